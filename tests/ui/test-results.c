/* test-results.c — the map answers the filter and the keys: search and
 * filters frame their results, a map the user moved is offered a framing
 * instead, an empty result says so, keys zoom, a presentation gives the
 * user's filters back, and the meeting's attendees can be shown alone —
 * driven through the real window under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <math.h>

#include "scm-sidebar.h"
#include "scm-window.h"
#include "test-util.h"

typedef ScmTestWindow Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  /* Each test starts from no filter, whatever the one before left */
  g_settings_reset (settings, "country");
  g_settings_reset (settings, "hidden-fields");
  scm_test_window_set_up (fixture, data);
  /* The first framing and its tiles */
  scm_test_wait (600);
}

static double
zoom_of (Fixture *fixture)
{
  double latitude, longitude, zoom;

  scm_map_view_get_view (fixture->map_view, &latitude, &longitude, &zoom);
  return zoom;
}

/* Whether the map shows (@latitude, @longitude) within its widget */
static gboolean
map_shows (Fixture *fixture,
           double   latitude,
           double   longitude)
{
  double centre_latitude, centre_longitude, zoom, world, dx, dy;

  scm_map_view_get_view (fixture->map_view, &centre_latitude, &centre_longitude, &zoom);
  world = 256 * pow (2, zoom);
  dx = (longitude - centre_longitude) / 360 * world;
  dy = (atanh (sin (centre_latitude * G_PI / 180)) - atanh (sin (latitude * G_PI / 180))) / (2 * G_PI) * world;
  return fabs (dx) < gtk_widget_get_width (GTK_WIDGET (fixture->map_view)) / 2.0 &&
         fabs (dy) < gtk_widget_get_height (GTK_WIDGET (fixture->map_view)) / 2.0;
}

static GtkEditable *
search_entry (Fixture *fixture)
{
  return GTK_EDITABLE (scm_test_find_of_type (GTK_WIDGET (fixture->sidebar), GTK_TYPE_SEARCH_ENTRY));
}

static gboolean
is_labelled (GtkWidget     *widget,
             gconstpointer  text)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), text) == 0;
}

static GtkWidget *
button_labelled (Fixture    *fixture,
                 const char *label)
{
  return scm_test_find_widget (GTK_WIDGET (fixture->window), is_labelled, label);
}

/* Typing "Tehran" frames Tehran's centres: the map zooms from the world
 * to a region around the city, after the typing rests */
static void
test_search_frames_results (Fixture       *fixture,
                            gconstpointer  data)
{
  ScmCentre *rcuwm = scm_network_lookup (fixture->network, "rcuwm");
  double world_zoom = zoom_of (fixture);

  g_assert_nonnull (rcuwm);
  g_assert_false (map_shows (fixture, 0, 51.389) && world_zoom >= 4);

  gtk_editable_set_text (search_entry (fixture), "Tehran");
  scm_test_wait (1800);

  g_assert_cmpfloat (zoom_of (fixture), >=, world_zoom + 3);
  g_assert_true (map_shows (fixture, scm_centre_get_latitude (rcuwm), scm_centre_get_longitude (rcuwm)));
  g_assert_false (gtk_widget_get_visible (button_labelled (fixture, "_Frame Results")));

  /* Clearing the search frames every place again */
  gtk_editable_set_text (search_entry (fixture), "");
  scm_test_wait (1800);
  g_assert_cmpfloat (fabs (zoom_of (fixture) - world_zoom), <, 0.1);
}

/* A country chosen frames its centres too, and the selected centre, filtered
 * out, gives way to the list of results */
static void
test_country_frames_results (Fixture       *fixture,
                             gconstpointer  data)
{
  ScmCentre *icharm = scm_network_lookup (fixture->network, "icharm");
  double world_zoom = zoom_of (fixture);

  scm_window_set_selected_centre (fixture->window, icharm);
  scm_sidebar_set_country (fixture->sidebar, "CN");
  g_assert_null (scm_window_get_selected_centre (fixture->window));
  g_assert_cmpstr (scm_sidebar_get_page (fixture->sidebar), ==, "list");

  scm_test_wait (1500);
  g_assert_cmpfloat (zoom_of (fixture), >, world_zoom + 1);
  g_assert_true (map_shows (fixture, 39.9, 116.4));   /* Beijing */
}

/* After the user zoomed, a filter change leaves the map where it is and
 * offers to frame the results; the offer frames them */
static void
test_moved_map_is_offered_framing (Fixture       *fixture,
                                   gconstpointer  data)
{
  GtkWidget *frame_button = button_labelled (fixture, "_Frame Results");
  double zoomed;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.zoom-in", NULL);
  scm_test_wait (800);
  zoomed = zoom_of (fixture);

  scm_sidebar_set_country (fixture->sidebar, "CN");
  scm_test_wait (1200);
  g_assert_cmpfloat (fabs (zoom_of (fixture) - zoomed), <, 0.01);
  g_assert_true (gtk_widget_get_visible (frame_button));

  gtk_widget_activate (frame_button);
  scm_test_wait (1200);
  g_assert_false (gtk_widget_get_visible (frame_button));
  g_assert_true (map_shows (fixture, 39.9, 116.4));
  g_assert_cmpfloat (zoom_of (fixture), >, zoomed);
}

/* A search that matches nothing says so on the map, and its button clears
 * the search, the country and the fields */
static void
test_no_match (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *clear = button_labelled (fixture, "_Clear Filters");
  ScmCentreFilter *filter = scm_window_get_filter (fixture->window);
  ScmField *water = scm_network_lookup_field (fixture->network, "water");

  g_assert_nonnull (clear);
  g_assert_false (gtk_widget_is_visible (clear));

  scm_centre_filter_set_field_shown (filter, water, FALSE);
  gtk_editable_set_text (search_entry (fixture), "no such centre anywhere");
  scm_test_wait (400);
  g_assert_true (gtk_widget_is_visible (clear));
  g_assert_cmpuint (scm_map_view_get_n_shown_markers (fixture->map_view), ==, 0);

  gtk_widget_activate (clear);
  scm_test_wait (400);
  g_assert_false (gtk_widget_is_visible (clear));
  g_assert_cmpstr (gtk_editable_get_text (search_entry (fixture)), ==, "");
  g_assert_true (scm_centre_filter_get_field_shown (filter, water));
  g_assert_false (scm_centre_filter_is_active (filter));
}

/* Ctrl+plus, Ctrl+minus and the bare keys zoom the map, pressed as a person
 * presses them; in the search entry the bare keys type */
static void
test_keys_zoom (Fixture       *fixture,
                gconstpointer  data)
{
  double before = zoom_of (fixture), after_in;

  if (!scm_test_type_keys (GTK_WIDGET (fixture->window), "ctrl+plus"))
    {
      g_test_skip ("needs X11 and xdotool to press keys");
      return;
    }
  scm_test_wait (600);
  after_in = zoom_of (fixture);
  g_assert_cmpfloat (after_in, >, before + 0.9);

  scm_test_type_keys (GTK_WIDGET (fixture->window), "ctrl+minus");
  scm_test_wait (600);
  g_assert_cmpfloat (fabs (zoom_of (fixture) - before), <, 0.05);

  scm_test_type_keys (GTK_WIDGET (fixture->window), "KP_Add");
  scm_test_wait (600);
  g_assert_cmpfloat (zoom_of (fixture), >, before + 0.9);
  scm_test_type_keys (GTK_WIDGET (fixture->window), "minus");
  scm_test_wait (600);
  g_assert_cmpfloat (fabs (zoom_of (fixture) - before), <, 0.05);

  /* Keys pressed fast add up */
  scm_test_type_keys (GTK_WIDGET (fixture->window), "plus plus");
  scm_test_wait (600);
  g_assert_cmpfloat (zoom_of (fixture), >, before + 1.9);
  scm_test_type_keys (GTK_WIDGET (fixture->window), "ctrl+KP_Subtract ctrl+minus");
  scm_test_wait (600);
  g_assert_cmpfloat (fabs (zoom_of (fixture) - before), <, 0.05);

  /* Typing in the search: + and - are text, the map stays */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL);
  scm_test_type_keys (GTK_WIDGET (fixture->window), "plus minus");
  scm_test_wait (600);
  g_assert_cmpstr (gtk_editable_get_text (search_entry (fixture)), ==, "+-");
  g_assert_cmpfloat (fabs (zoom_of (fixture) - before), <, 0.05);
}

/* The presentation starts from a clean screen and gives back the user's
 * search, country, fields and selection, then frames the results again */
static void
test_presentation_restores_filters (Fixture       *fixture,
                                    gconstpointer  data)
{
  ScmCentreFilter *filter = scm_window_get_filter (fixture->window);
  ScmField *water = scm_network_lookup_field (fixture->network, "water");
  ScmCentre *selected = NULL;
  double framed;

  scm_centre_filter_set_field_shown (filter, water, FALSE);
  scm_sidebar_set_country (fixture->sidebar, "CN");
  gtk_editable_set_text (search_entry (fixture), "research");
  scm_test_wait (1500);
  framed = zoom_of (fixture);
  selected = g_list_model_get_item (scm_sidebar_get_visible_centres (fixture->sidebar), 0);
  g_assert_nonnull (selected);
  scm_window_set_selected_centre (fixture->window, selected);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.present", NULL);
  g_assert_null (scm_centre_filter_get_country (filter));
  g_assert_null (scm_window_get_selected_centre (fixture->window));
  scm_test_wait (500);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.present", NULL);
  g_assert_cmpstr (scm_centre_filter_get_country (filter), ==, "CN");
  g_assert_cmpstr (scm_centre_filter_get_search_text (filter), ==, "research");
  g_assert_cmpstr (gtk_editable_get_text (search_entry (fixture)), ==, "research");
  g_assert_false (scm_centre_filter_get_field_shown (filter, water));
  g_assert_true (scm_window_get_selected_centre (fixture->window) == selected);

  scm_test_wait (1500);
  g_assert_cmpfloat (fabs (zoom_of (fixture) - framed), <, 0.3);
  g_object_unref (selected);
}

/* A new size frames the results again, unless the user moved the map */
static void
test_resize_frames_again (Fixture       *fixture,
                          gconstpointer  data)
{
  double before = zoom_of (fixture);
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (fixture->window), &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width * 2, height * 2);
  scm_test_wait (1200);
  g_assert_cmpfloat (zoom_of (fixture), >, before + 0.5);

  /* Moved by the user: a new size leaves the map alone */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.zoom-out", NULL);
  scm_test_wait (800);
  before = zoom_of (fixture);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, height);
  scm_test_wait (1200);
  g_assert_cmpfloat (fabs (zoom_of (fixture) - before), <, 0.01);
}

/* The places that sources name at the meeting, as the filter's list */
static GPtrArray *
attending_places (Fixture *fixture)
{
  const char * const *ids = scm_meeting_get_attendees (scm_network_get_meeting (fixture->network));
  GPtrArray *places = g_ptr_array_new ();

  for (guint i = 0; ids[i] != NULL; i++)
    g_ptr_array_add (places, scm_network_lookup (fixture->network, ids[i]));
  return places;
}

static guint
n_centres_among (GPtrArray *places)
{
  guint n = 0;

  for (guint i = 0; i < places->len; i++)
    n += scm_centre_get_kind (g_ptr_array_index (places, i)) == SCM_PLACE_CENTRE;
  return n;
}

/* Whether the map shows the marker of each place of @model exactly when it
 * is one of @attending */
static void
assert_markers_follow (Fixture    *fixture,
                       GListModel *model,
                       GPtrArray  *attending,
                       gboolean    only_attending)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ScmCentre) place = g_list_model_get_item (model, i);
      GtkWidget *marker = scm_map_view_get_marker_button (fixture->map_view, place);
      gboolean expected = !only_attending || g_ptr_array_find (attending, place, NULL);

      if (gtk_widget_is_visible (marker) != expected)
        g_error ("%s is %s on the map", scm_centre_get_id (place), expected ? "missing" : "shown");
    }
}

static void
assert_map_shows_attendees (Fixture   *fixture,
                            GPtrArray *attending,
                            gboolean   only_attending)
{
  guint n_places = g_list_model_get_n_items (scm_network_get_centres (fixture->network)) +
                   g_list_model_get_n_items (scm_network_get_affiliates (fixture->network));

  g_assert_cmpuint (scm_map_view_get_n_shown_markers (fixture->map_view), ==,
                    only_attending ? attending->len : n_places);
  assert_markers_follow (fixture, scm_network_get_centres (fixture->network), attending, only_attending);
  assert_markers_follow (fixture, scm_network_get_affiliates (fixture->network), attending, only_attending);
}

/* Clicks @widget in its middle as a person does or, without X11 and
 * xdotool, activates it as the space bar does */
static void
press_widget (GtkWidget *widget)
{
  if (!scm_test_click (widget, gtk_widget_get_width (widget) / 2.0, gtk_widget_get_height (widget) / 2.0))
    gtk_widget_activate (widget);
  scm_test_wait (100);
}

/* "Attended the Beijing meeting" shows on the map, in the list and in the
 * count exactly the places that sources name there, framed; Clear Filters
 * shows every place again */
static void
test_attendees_filter (Fixture       *fixture,
                       gconstpointer  data)
{
  ScmCentreFilter *filter = scm_window_get_filter (fixture->window);
  GtkWidget *check = scm_test_find_of_type (GTK_WIDGET (fixture->sidebar), GTK_TYPE_CHECK_BUTTON);
  g_autoptr(GPtrArray) attending = attending_places (fixture);
  guint n_centres = g_list_model_get_n_items (scm_network_get_centres (fixture->network));
  g_autofree char *count = g_strdup_printf ("%u of %u centres", n_centres_among (attending), n_centres);

  g_assert_cmpuint (attending->len, >, 0);
  g_assert_nonnull (check);
  g_assert_true (gtk_widget_is_drawable (check));
  g_assert_cmpstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (check)), ==, "Attended the Beijing meeting");
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  assert_map_shows_attendees (fixture, attending, FALSE);

  press_widget (check);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_assert_true (scm_centre_filter_get_attendees_only (filter));
  assert_map_shows_attendees (fixture, attending, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (scm_sidebar_get_visible_centres (fixture->sidebar)), ==,
                    n_centres_among (attending));
  g_assert_cmpstr (scm_sidebar_get_count_text (fixture->sidebar), ==, count);
  g_assert_cmpstr (scm_sidebar_get_page (fixture->sidebar), ==, "list");

  /* The map frames them, wherever they are */
  scm_test_wait (1800);
  for (guint i = 0; i < attending->len; i++)
    {
      ScmCentre *place = g_ptr_array_index (attending, i);

      if (!map_shows (fixture, scm_centre_get_latitude (place), scm_centre_get_longitude (place)))
        g_error ("%s is out of the frame", scm_centre_get_id (place));
    }

  /* A presentation starts from every place and gives the filter back */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.present", NULL);
  g_assert_false (scm_centre_filter_get_attendees_only (filter));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.present", NULL);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  assert_map_shows_attendees (fixture, attending, TRUE);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.clear-filters", NULL);
  scm_test_wait (100);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_assert_false (scm_centre_filter_is_active (filter));
  assert_map_shows_attendees (fixture, attending, FALSE);
}

static gboolean
is_show_on_map (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "sidebar.show-attendees") == 0;
}

/* The meeting panel's "Show on Map" turns the filter on, and the check
 * button follows; unchecking it shows every place again */
static void
test_attendees_show_on_map (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkWidget *check = scm_test_find_of_type (GTK_WIDGET (fixture->sidebar), GTK_TYPE_CHECK_BUTTON);
  GtkWidget *show = scm_test_find_widget (GTK_WIDGET (fixture->sidebar), is_show_on_map, NULL);
  g_autoptr(GPtrArray) attending = attending_places (fixture);

  g_assert_nonnull (show);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (show)), ==, "Show on Map");
  g_assert_true (gtk_widget_is_drawable (show));
  g_assert_true (gtk_widget_is_sensitive (show));

  press_widget (show);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  assert_map_shows_attendees (fixture, attending, TRUE);
  /* Already shown: the button rests */
  g_assert_false (gtk_widget_is_sensitive (show));
  /* The reader stays with the meeting's story */
  g_assert_cmpstr (scm_sidebar_get_page (fixture->sidebar), ==, "overview");

  press_widget (check);
  g_assert_false (scm_centre_filter_get_attendees_only (scm_window_get_filter (fixture->window)));
  assert_map_shows_attendees (fixture, attending, FALSE);
  g_assert_true (gtk_widget_is_sensitive (show));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, scm_test_window_tear_down)
  ADD ("/results/search-frames", test_search_frames_results);
  ADD ("/results/country-frames", test_country_frames_results);
  ADD ("/results/moved-map-offered", test_moved_map_is_offered_framing);
  ADD ("/results/no-match", test_no_match);
  ADD ("/results/keys-zoom", test_keys_zoom);
  ADD ("/results/presentation-restores", test_presentation_restores_filters);
  ADD ("/results/resize-frames-again", test_resize_frames_again);
  ADD ("/results/attendees-filter", test_attendees_filter);
  ADD ("/results/attendees-show-on-map", test_attendees_show_on_map);
#undef ADD

  return g_test_run ();
}
