/* test-startup.c — the window's first frame: the side panel shows in view
 * what it always showed; what lies below its first screen is built once the
 * map is drawn, or at once when the window is tall enough to show it, and so
 * are the rows of the country chooser; the shortcuts window is built when
 * its keys are pressed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "scm-application.h"
#include "scm-basemap-source.h"
#include "scm-map-view.h"
#include "scm-sidebar.h"
#include "scm-tile-layer.h"
#include "scm-window.h"
#include "test-util.h"

/* Texts of the meeting's story: in its first screen, and below it */
#define TITLE "First UNESCO Science Centres Coordination Meeting"
#define CO_ORGANISER "IKCEST"
#define ATTENDEES_HEADING "Known to have attended"
#define ATTENDEE "ISEDC — International Sustainable Energy Development Centre"
#define COUNTRY "Brazil ("   /* near the top of the list: in view */

typedef struct
{
  ScmWindow *window;
  guint n_frames;
  gboolean title_shown;
  gboolean co_organiser_shown;
  gboolean attendees_shown;
  guint n_countries_listed;   /* items of the country chooser, "All countries" included */
  gboolean tiles_complete;    /* every tile of the map's view drawn */
} FirstFrame;

/* A label with @text, drawn with a size: in the frame being painted */
static gboolean
is_drawn_label_with (GtkWidget     *widget,
                     gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) &&
         gtk_widget_get_width (widget) > 0 && gtk_widget_get_height (widget) > 0 &&
         strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

static gboolean
panel_shows (ScmWindow  *window,
             const char *text)
{
  GtkWidget *sidebar = scm_test_find_of_type (GTK_WIDGET (window), SCM_TYPE_SIDEBAR);

  return scm_test_find_widget (sidebar, is_drawn_label_with, text) != NULL;
}

static GtkDropDown *
country_chooser (ScmWindow *window)
{
  return GTK_DROP_DOWN (scm_test_find_of_type (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN));
}

static void
first_frame_painted (GdkFrameClock *clock,
                     FirstFrame    *first)
{
  if (first->n_frames++ > 0)
    return;

  first->title_shown = panel_shows (first->window, TITLE);
  first->co_organiser_shown = panel_shows (first->window, CO_ORGANISER);
  first->attendees_shown = panel_shows (first->window, ATTENDEES_HEADING);
  first->n_countries_listed = g_list_model_get_n_items (gtk_drop_down_get_model (country_chooser (first->window)));
  first->tiles_complete = scm_tile_layer_is_complete (SCM_TILE_LAYER (scm_test_find_of_type (GTK_WIDGET (first->window),
                                                                                             SCM_TYPE_TILE_LAYER)));
}

static void
watch_first_frame (GtkWidget  *window,
                   FirstFrame *first)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (first_frame_painted), first);
}

/* Opens the bundled network in a window of @width × @height and waits for
 * its map to be drawn; what the first frame showed is in @first */
static ScmWindow *
open_window (int          width,
             int          height,
             ScmNetwork **network,
             FirstFrame  *first)
{
  ScmWindow *window;

  *network = scm_network_new_from_resource (SCM_NETWORK_RESOURCE);
  window = scm_window_new (NULL, *network);
  first->window = window;
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  g_signal_connect_after (window, "realize", G_CALLBACK (watch_first_frame), first);
  scm_test_show_window (GTK_WINDOW (window));

  for (guint i = 0; i < 500 && !scm_map_view_is_ready (scm_window_get_map_view (window)); i++)
    scm_test_wait (20);
  g_assert_true (scm_map_view_is_ready (scm_window_get_map_view (window)));
  g_assert_cmpuint (first->n_frames, >, 0);
  return window;
}

/* At a projector's 1024 × 768 the first frame shows the meeting's first
 * screen, and the map with all its land (its tiles were drawn as the window
 * was built); the attendees, below the first screen, come once it is shown */
static void
test_details_after_map (void)
{
  g_autoptr(ScmNetwork) network = NULL;
  FirstFrame first = { 0 };
  ScmWindow *window = open_window (1024, 768, &network, &first);

  g_assert_true (first.tiles_complete);
  g_assert_true (first.title_shown);
  g_assert_true (first.co_organiser_shown);
  g_assert_false (first.attendees_shown);

  scm_test_settle ();
  g_assert_true (panel_shows (window, ATTENDEES_HEADING));
  g_assert_true (panel_shows (window, ATTENDEE));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The country chooser's rows are built once the map is drawn: the first
 * frame has "All countries" alone; a click on the chooser then lists the
 * countries, and a click on one chooses it */
static void
test_countries_after_map (void)
{
  g_autoptr(ScmNetwork) network = NULL;
  FirstFrame first = { 0 };
  ScmWindow *window = open_window (1024, 768, &network, &first);
  GtkDropDown *chooser = country_chooser (window);
  GtkStringObject *chosen;
  GtkWidget *row;

  g_assert_cmpuint (first.n_countries_listed, ==, 1);
  scm_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (chooser)), ==,
                    1 + g_strv_length ((GStrv)scm_network_get_countries (network)));

  g_assert_true (scm_test_click (GTK_WIDGET (chooser), gtk_widget_get_width (GTK_WIDGET (chooser)) / 2.0,
                                 gtk_widget_get_height (GTK_WIDGET (chooser)) / 2.0));
  row = scm_test_find_widget (GTK_WIDGET (chooser), is_drawn_label_with, COUNTRY);
  g_assert_nonnull (row);

  /* Choosing it closes the list and filters the map by it */
  g_assert_true (scm_test_click (row, gtk_widget_get_width (row) / 2.0, gtk_widget_get_height (row) / 2.0));
  chosen = gtk_drop_down_get_selected_item (chooser);
  g_assert_true (g_str_has_prefix (gtk_string_object_get_string (chosen), COUNTRY));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A window tall enough to show the attendees shows them in its first frame:
 * no frame shows the side panel cut short */
static void
test_tall_window_shows_details_at_once (void)
{
  g_autoptr(ScmNetwork) network = NULL;
  FirstFrame first = { 0 };
  GdkMonitor *monitor = g_list_model_get_item (gdk_display_get_monitors (gdk_display_get_default ()), 0);
  GdkRectangle screen;
  ScmWindow *window;

  gdk_monitor_get_geometry (monitor, &screen);
  g_object_unref (monitor);
  window = open_window (1024, screen.height, &network, &first);

  g_assert_true (first.title_shown);
  g_assert_true (first.attendees_shown);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_shortcuts_window (gpointer item,
                     gpointer user_data)
{
  return GTK_IS_SHORTCUTS_WINDOW (item);
}

/* A shortcuts window among the toplevels, or NULL; GTK holds a reference to
 * every toplevel, so that the pointer stays good while the window lives */
static GtkWindow *
find_shortcuts_window (void)
{
  g_autoptr(GtkFilterListModel) found =
    gtk_filter_list_model_new (g_object_ref (gtk_window_get_toplevels ()),
                               GTK_FILTER (gtk_custom_filter_new (is_shortcuts_window, NULL, NULL)));
  GtkWindow *window = g_list_model_get_item (G_LIST_MODEL (found), 0);

  if (window != NULL)
    g_object_unref (window);
  return window;
}

static void
count_drawn_at_first_frame (GdkFrameClock    *clock,
                            ScmBasemapSource *source)
{
  guint *n_drawn = g_object_get_data (G_OBJECT (clock), "scm-test-n-drawn");

  if (*n_drawn == G_MAXUINT)
    *n_drawn = scm_basemap_source_get_n_drawn (source);
}

static void
watch_drawn_tiles (GtkWidget *window,
                   guint     *n_drawn)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  ScmTileLayer *tiles = SCM_TILE_LAYER (scm_test_find_of_type (window, SCM_TYPE_TILE_LAYER));

  g_object_set_data (G_OBJECT (clock), "scm-test-n-drawn", n_drawn);
  g_signal_connect (clock, "after-paint", G_CALLBACK (count_drawn_at_first_frame), scm_tile_layer_get_source (tiles));
}

/* The map's first tiles start drawing once the window is built, before it
 * is shown; its first frame shows them and asks for no other (the ring of
 * tiles around the view, ready for a pan, comes after) */
static void
test_tiles_before_show (void)
{
  g_autoptr(ScmNetwork) network = scm_network_new_from_resource (SCM_NETWORK_RESOURCE);
  ScmWindow *window = scm_window_new (NULL, network);
  ScmTileLayer *tiles = SCM_TILE_LAYER (scm_test_find_of_type (GTK_WIDGET (window), SCM_TYPE_TILE_LAYER));
  ScmBasemapSource *source = scm_tile_layer_get_source (tiles);
  guint n_drawn_before_show = 0, n_drawn_at_first_frame = G_MAXUINT;


  /* Until the drawing stops: nothing new for a fifth of a second */
  for (guint i = 0, quiet = 0; i < 250 && quiet < 10; i++)
    {
      n_drawn_before_show = scm_basemap_source_get_n_drawn (source);
      scm_test_wait (20);
      quiet = n_drawn_before_show > 0 && scm_basemap_source_get_n_drawn (source) == n_drawn_before_show ? quiet + 1 : 0;
    }
  g_assert_cmpuint (n_drawn_before_show, >, 0);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (window)));

  g_signal_connect_after (window, "realize", G_CALLBACK (watch_drawn_tiles), &n_drawn_at_first_frame);
  scm_test_show_window (GTK_WINDOW (window));
  for (guint i = 0; i < 500 && !scm_map_view_is_ready (scm_window_get_map_view (window)); i++)
    scm_test_wait (20);
  g_assert_true (scm_map_view_is_ready (scm_window_get_map_view (window)));
  g_test_message ("tiles drawn before the window was shown: %u; at its first frame: %u",
                  n_drawn_before_show, n_drawn_at_first_frame);
  /* Nothing drawn again: the view guessed is the one the map shows */
  g_assert_cmpuint (n_drawn_at_first_frame, ==, n_drawn_before_show);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* GTK 4.8's own shortcuts window warns of a label of negative width as it
 * lays out its key caps, whatever the app: that warning is let through once
 * the window is asked for; any other stays fatal */
static gboolean shortcuts_asked;

static GLogWriterOutput
write_log (GLogLevelFlags   level,
           const GLogField *fields,
           gsize            n_fields,
           gpointer         user_data)
{
  const char *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].key, "MESSAGE"))
      message = fields[i].value;
  if (shortcuts_asked && (level & G_LOG_LEVEL_WARNING) && message != NULL &&
      g_str_has_prefix (message, "GtkLabel") && strstr (message, "reported min width") != NULL)
    return G_LOG_WRITER_HANDLED;
  return g_log_writer_default (level, fields, n_fields, user_data);
}

/* No window of shortcuts until Ctrl+? asks for one: then it shows, over the
 * window that asked */
static void
test_shortcuts_on_demand (void)
{
  g_autoptr(ScmApplication) app = scm_test_application_new ();
  g_autoptr(ScmNetwork) network = scm_network_new_from_resource (SCM_NETWORK_RESOURCE);
  ScmWindow *window = scm_window_new (app, network);
  GtkWindow *shortcuts;

  scm_test_show_window (GTK_WINDOW (window));
  scm_test_settle ();
  g_assert_null (find_shortcuts_window ());

  shortcuts_asked = TRUE;
  if (!scm_test_type_keys (GTK_WIDGET (window), "ctrl+question"))
    {
      gtk_window_destroy (GTK_WINDOW (window));
      g_test_skip ("needs X11 and xdotool to press keys");
      return;
    }
  for (guint i = 0; i < 100 && (find_shortcuts_window () == NULL ||
                                !gtk_widget_get_mapped (GTK_WIDGET (find_shortcuts_window ()))); i++)
    scm_test_wait (20);
  shortcuts = find_shortcuts_window ();
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (shortcuts)));
  g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (window));

  gtk_window_destroy (GTK_WINDOW (window));
  scm_test_settle ();
  g_assert_null (find_shortcuts_window ());
  shortcuts_asked = FALSE;
}

int
main (int   argc,
      char *argv[])
{
  g_log_set_writer_func (write_log, NULL, NULL);
  gtk_test_init (&argc, &argv, NULL);
  /* As the app starts: its style sheet sets the side panel's type size */
  scm_application_load_style ();

  g_test_add_func ("/startup/details-after-map", test_details_after_map);
  g_test_add_func ("/startup/tall-window-shows-details-at-once", test_tall_window_shows_details_at_once);
  g_test_add_func ("/startup/countries-after-map", test_countries_after_map);
  g_test_add_func ("/startup/shortcuts-on-demand", test_shortcuts_on_demand);
  g_test_add_func ("/startup/tiles-before-show", test_tiles_before_show);

  return g_test_run ();
}
