/* test-window.c — the real main window, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <math.h>
#include <string.h>

#include "scm-application.h"
#include "scm-centre-button.h"
#include "scm-map-view.h"
#include "scm-window.h"
#include "test-util.h"

static void
test_window_bundled_network (void)
{
  g_autoptr(ScmNetwork) network = scm_network_new_from_resource (SCM_NETWORK_RESOURCE);
  ScmWindow *window = scm_window_new (NULL, network);
  GtkRevealer *banner;

  scm_test_show_window (GTK_WINDOW (window));

  g_assert_true (scm_window_get_network (window) == network);
  g_assert_cmpuint (scm_network_get_n_problems (network), ==, 0);
  banner = GTK_REVEALER (scm_test_find_of_type (GTK_WIDGET (window), GTK_TYPE_REVEALER));
  g_assert_false (gtk_revealer_get_reveal_child (banner));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_bad_file_shows_banner (void)
{
  g_autoptr(ScmNetwork) network = scm_test_load_data ("bad-entries.json");
  ScmWindow *window = scm_window_new (NULL, network);
  GtkRevealer *banner;
  GtkLabel *label;

  scm_test_show_window (GTK_WINDOW (window));

  banner = GTK_REVEALER (scm_test_find_of_type (GTK_WIDGET (window), GTK_TYPE_REVEALER));
  g_assert_true (gtk_revealer_get_reveal_child (banner));
  label = GTK_LABEL (scm_test_find_of_type (GTK_WIDGET (banner), GTK_TYPE_LABEL));
  g_assert_nonnull (strstr (gtk_label_get_text (label), "entries were left out"));
  g_assert_false (gtk_label_get_use_markup (label));

  /* Details names the file once, then lists every problem, each naming the
   * entry and what is wrong */
  {
    GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (scm_test_find_of_type (GTK_WIDGET (banner),
                                                                                              GTK_TYPE_MENU_BUTTON)));
    GtkLabel *file = GTK_LABEL (scm_test_find_of_type (gtk_popover_get_child (popover), GTK_TYPE_LABEL));
    GtkListView *list = GTK_LIST_VIEW (scm_test_find_of_type (gtk_popover_get_child (popover), GTK_TYPE_LIST_VIEW));
    GListModel *rows = G_LIST_MODEL (gtk_list_view_get_model (list));
    const char *name = scm_network_get_display_name (network);
    gboolean lat_out_listed = FALSE;

    g_assert_nonnull (strstr (gtk_label_get_text (file), name));
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, scm_network_get_n_problems (network));
    for (guint i = 0; i < scm_network_get_n_problems (network); i++)
      {
        g_autoptr(GtkStringObject) row = g_list_model_get_item (rows, i);
        const char *problem = scm_network_get_problems (network)[i];

        g_assert_null (strstr (problem, name));
        g_assert_cmpstr (gtk_string_object_get_string (row), ==, problem);
        lat_out_listed |= g_str_has_prefix (gtk_string_object_get_string (row), "centres[1] (lat-out): latitude 123");
      }
    g_assert_true (lat_out_listed);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A file whose name is not UTF-8 is named by its path with U+FFFD where the
 * bytes were, in the banner and over Details alike, never as a URI's "%FF" */
static void
test_window_non_utf8_file_name (void)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "bad-entries.json", NULL);
  g_autofree char *dir = g_dir_make_tmp ("scm-name-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bad\xff.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ScmNetwork) network = NULL;
  ScmWindow *window;
  GtkRevealer *banner;
  GtkPopover *popover;
  const char *summary, *where;

  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  network = scm_network_new_from_file (file);
  window = scm_window_new (NULL, network);
  scm_test_show_window (GTK_WINDOW (window));

  banner = GTK_REVEALER (scm_test_find_of_type (GTK_WIDGET (window), GTK_TYPE_REVEALER));
  g_assert_true (gtk_revealer_get_reveal_child (banner));
  summary = gtk_label_get_text (GTK_LABEL (scm_test_find_of_type (GTK_WIDGET (banner), GTK_TYPE_LABEL)));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (scm_test_find_of_type (GTK_WIDGET (banner),
                                                                                GTK_TYPE_MENU_BUTTON)));
  where = gtk_label_get_text (GTK_LABEL (scm_test_find_of_type (gtk_popover_get_child (popover), GTK_TYPE_LABEL)));
  g_test_message ("banner: %s; Details: %s", summary, where);

  g_assert_nonnull (strstr (summary, "“bad\xef\xbf\xbd.json”"));
  g_assert_nonnull (strstr (where, dir));
  g_assert_nonnull (strstr (where, "/bad\xef\xbf\xbd.json"));
  g_assert_null (strstr (summary, "%FF"));
  g_assert_null (strstr (where, "%FF"));
  g_assert_null (strstr (where, "file:"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_no_errno (g_remove (path));
  g_assert_no_errno (g_rmdir (dir));
}

static gboolean
find_label_containing (GtkWidget  *root,
                       const char *text)
{
  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return gtk_widget_is_drawable (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (find_label_containing (child, text))
      return TRUE;

  return FALSE;
}

static void
test_window_shows_attribution (void)
{
  g_autoptr(ScmNetwork) network = scm_network_new_from_resource (SCM_NETWORK_RESOURCE);
  ScmWindow *window = scm_window_new (NULL, network);

  scm_test_show_window (GTK_WINDOW (window));
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);

  g_assert_true (find_label_containing (GTK_WIDGET (window), "Natural Earth"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_one_marker_per_place (void)
{
  g_autoptr(ScmNetwork) network = scm_test_load_data ("bad-entries.json");
  g_autoptr(ScmNetwork) bundled = scm_network_new_from_resource (SCM_NETWORK_RESOURCE);
  ScmWindow *window = scm_window_new (NULL, network);
  ScmWindow *bundled_window = scm_window_new (NULL, bundled);
  GListModel *centres = scm_network_get_centres (bundled);
  ScmMapView *map_view;

  scm_test_show_window (GTK_WINDOW (window));
  map_view = SCM_MAP_VIEW (scm_test_find_of_type (GTK_WIDGET (window), SCM_TYPE_MAP_VIEW));
  /* The valid centres and the affiliate of the file, no more */
  g_assert_cmpuint (scm_map_view_get_n_markers (map_view), ==, 3);

  scm_test_show_window (GTK_WINDOW (bundled_window));
  map_view = SCM_MAP_VIEW (scm_test_find_of_type (GTK_WIDGET (bundled_window), SCM_TYPE_MAP_VIEW));
  g_assert_cmpuint (scm_map_view_get_n_markers (map_view), ==,
                    g_list_model_get_n_items (centres) +
                    g_list_model_get_n_items (scm_network_get_affiliates (bundled)));

  for (guint i = 0; i < g_list_model_get_n_items (centres); i++)
    {
      g_autoptr(ScmCentre) centre = g_list_model_get_item (centres, i);
      GtkWidget *button = scm_map_view_get_marker_button (map_view, centre);
      const char *tooltip = gtk_widget_get_tooltip_text (button);

      g_assert_nonnull (button);
      g_assert_true (gtk_widget_get_focusable (button));
      g_assert_nonnull (strstr (tooltip, scm_centre_get_name (centre)));
      g_assert_nonnull (strstr (tooltip, scm_centre_get_city (centre)));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (bundled_window));
}

static void
test_window_marker_selects (void)
{
  g_autoptr(ScmNetwork) network = scm_network_new_from_resource (SCM_NETWORK_RESOURCE);
  ScmWindow *window = scm_window_new (NULL, network);
  ScmCentre *icharm = scm_network_lookup (network, "icharm");
  ScmCentre *erce = scm_network_lookup (network, "erce");
  ScmMapView *map_view;
  GtkWidget *icharm_button, *erce_button;

  scm_test_show_window (GTK_WINDOW (window));
  map_view = SCM_MAP_VIEW (scm_test_find_of_type (GTK_WIDGET (window), SCM_TYPE_MAP_VIEW));
  icharm_button = scm_map_view_get_marker_button (map_view, icharm);
  erce_button = scm_map_view_get_marker_button (map_view, erce);

  g_signal_emit_by_name (icharm_button, "clicked");
  g_assert_true (scm_map_view_get_selected_centre (map_view) == icharm);
  g_assert_true (gtk_widget_has_css_class (icharm_button, "selected"));

  /* A button for screen readers, activated as one (Enter, Space) */
  scm_test_settle ();
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (erce_button)), ==,
                   GTK_ACCESSIBLE_ROLE_BUTTON);
  g_assert_true (gtk_widget_activate (erce_button));
  /* A button pressed from the keyboard shows itself pressed a moment before it clicks */
  {
    gint64 give_up = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

    while (scm_map_view_get_selected_centre (map_view) != erce && g_get_monotonic_time () < give_up)
      g_main_context_iteration (NULL, FALSE);
  }
  g_assert_true (scm_map_view_get_selected_centre (map_view) == erce);
  g_assert_false (gtk_widget_has_css_class (icharm_button, "selected"));
  g_assert_true (gtk_widget_has_css_class (erce_button, "selected"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Tab reaches the markers, as it does every control */
static void
test_markers_reachable_by_tab (void)
{
  g_autoptr(ScmNetwork) network = scm_network_new_from_resource (SCM_NETWORK_RESOURCE);
  ScmWindow *window = scm_window_new (NULL, network);
  ScmMapView *map_view = scm_window_get_map_view (window);
  g_autoptr(GHashTable) reached = g_hash_table_new (NULL, NULL);
  GListModel *centres = scm_network_get_centres (network);

  scm_test_show_window (GTK_WINDOW (window));
  scm_test_settle ();

  for (guint i = 0; i < 400; i++)
    {
      GtkWidget *focus;

      gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
      focus = gtk_root_get_focus (GTK_ROOT (window));
      if (SCM_IS_CENTRE_BUTTON (focus))
        g_hash_table_add (reached, focus);
    }

  /* Every marker in view, and at least every centre of one continent, takes the focus */
  g_assert_cmpuint (g_hash_table_size (reached), >=, g_list_model_get_n_items (centres) / 2);
  g_assert_true (g_hash_table_contains (reached,
                                        scm_map_view_get_marker_button (map_view,
                                                                        scm_network_lookup (network, "icharm"))));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_primary_menu_button (GtkWidget     *widget,
                        gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget));
}

/* The main menu is built when it first opens (F10 or a click), with every item */
static void
test_main_menu_opens (void)
{
  g_autoptr(ScmNetwork) network = NULL;
  ScmWindow *window = scm_test_open_bundled (&network);
  GtkMenuButton *button = GTK_MENU_BUTTON (scm_test_find_widget (GTK_WIDGET (window), is_primary_menu_button, NULL));
  GMenuModel *model;

  g_assert_null (gtk_menu_button_get_popover (button));
  gtk_menu_button_popup (button);
  g_assert_nonnull (gtk_menu_button_get_popover (button));
  model = gtk_menu_button_get_menu_model (button);
  g_assert_nonnull (model);
  g_assert_cmpint (g_menu_model_get_n_items (model), >, 0);
  gtk_menu_button_popdown (button);

  scm_test_close (window, &network);
}

static void
count_paint (GdkFrameClock *clock,
             gint64        *last_paint)
{
  *last_paint = g_get_monotonic_time ();
}

/* At rest, the window draws nothing: no text cursor blinks in it when it
 * opens, and its first focus is on the map */
static void
test_window_comes_to_rest (void)
{
  g_autoptr(ScmNetwork) network = NULL;
  ScmWindow *window = scm_test_open_bundled (&network);
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  gint64 last_paint = g_get_monotonic_time ();
  gint64 give_up = last_paint + 5 * G_USEC_PER_SEC;
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (count_paint), &last_paint);

  g_assert_true (SCM_IS_CENTRE_BUTTON (gtk_root_get_focus (GTK_ROOT (window))));

  /* Scroll bars fade out in the first second; after that, half a second without a frame */
  while (g_get_monotonic_time () - last_paint < G_USEC_PER_SEC / 2 && g_get_monotonic_time () < give_up)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (g_get_monotonic_time () - last_paint, >=, G_USEC_PER_SEC / 2);

  g_signal_handler_disconnect (clock, handler);
  scm_test_close (window, &network);
}

/* A file whose @n entries each have a problem (a country that is no code) */
static ScmNetwork *
network_with_problems (guint n)
{
  GString *json = g_string_new ("{\"format\": 1, \"fields\": [{\"id\": \"water\", \"name\": \"Water\", "
                                "\"color\": \"#1f6fb2\"}], \"centres\": [");
  g_autoptr(GBytes) bytes = NULL;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\": \"c%u\", \"name\": \"C\", \"field\": \"water\", \"city\": \"X\", "
                            "\"country\": \"Nowhere\", \"latitude\": 1, \"longitude\": 1, "
                            "\"sources\": [\"https://example.org/\"]}", i ? ", " : "", i);
  g_string_append (json, "]}");
  bytes = g_string_free_to_bytes (json);
  return scm_network_new_from_bytes (bytes, "many-problems.json");
}

/* Seconds from pressing Details until the list is on screen */
static double
time_details (guint n)
{
  g_autoptr(ScmNetwork) network = network_with_problems (n);
  ScmWindow *window = scm_window_new (NULL, network);
  GtkMenuButton *details;
  GtkPopover *popover;
  gint64 start;
  double seconds;

  g_assert_cmpuint (scm_network_get_n_problems (network), >=, n);
  scm_test_show_window (GTK_WINDOW (window));
  details = GTK_MENU_BUTTON (scm_test_find_of_type (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON));
  while (!gtk_widget_get_mapped (GTK_WIDGET (details)))
    g_main_context_iteration (NULL, TRUE);
  popover = gtk_menu_button_get_popover (details);

  start = g_get_monotonic_time ();
  gtk_widget_activate (GTK_WIDGET (details));
  while (!gtk_widget_get_mapped (GTK_WIDGET (popover)))
    g_main_context_iteration (NULL, TRUE);
  for (guint i = 0; i < 5; i++)
    g_main_context_iteration (NULL, FALSE);
  seconds = (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC;

  /* The list holds every problem, and it is wide enough to read */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (
                      GTK_LIST_VIEW (scm_test_find_of_type (GTK_WIDGET (popover), GTK_TYPE_LIST_VIEW))))), ==,
                    scm_network_get_n_problems (network));
  {
    int minimum;

    gtk_widget_measure (gtk_popover_get_child (popover), GTK_ORIENTATION_HORIZONTAL, -1,
                        &minimum, NULL, NULL, NULL);
    g_assert_cmpint (minimum, >=, 480);
  }
  gtk_popover_popdown (popover);
  scm_test_wait (300);
  gtk_window_destroy (GTK_WINDOW (window));
  return seconds;
}

/* Details opens as fast on 10,000 problems as on 100: a list view makes rows
 * only for those in sight */
static void
test_details_many_problems (void)
{
  double few = time_details (100);
  double many = time_details (10000);

  g_test_message ("Details: %.3f s for 100 problems, %.3f s for 10,000", few, many);
  g_assert_cmpfloat (many, <, MAX (few, 0.05) * 5);
}

/* A network with no place frames the inhabited world from 170° W to
 * 170° E, not the short way between them across ±180° */
static void
test_nothing_to_show_frames_world (void)
{
  g_autoptr(ScmNetwork) network = NULL;
  ScmWindow *window = scm_test_open_data ("no-places.json", &network);
  double latitude, longitude, zoom;

  scm_test_wait (300);
  scm_map_view_get_view (scm_window_get_map_view (window), &latitude, &longitude, &zoom);
  /* Beside the legend the world's middle moves a little east */
  g_assert_cmpfloat (fabs (longitude), <, 45);
  g_assert_cmpfloat (zoom, <, 3);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/window/bundled-network", test_window_bundled_network);
  g_test_add_func ("/window/bad-file-shows-banner", test_window_bad_file_shows_banner);
  g_test_add_func ("/window/nothing-to-show-frames-world", test_nothing_to_show_frames_world);
  g_test_add_func ("/window/details-many-problems", test_details_many_problems);
  g_test_add_func ("/window/non-utf8-file-name", test_window_non_utf8_file_name);

  g_test_add_func ("/window/shows-attribution", test_window_shows_attribution);

  g_test_add_func ("/window/one-marker-per-place", test_window_one_marker_per_place);
  g_test_add_func ("/window/marker-selects", test_window_marker_selects);
  g_test_add_func ("/window/markers-reachable-by-tab", test_markers_reachable_by_tab);
  g_test_add_func ("/window/comes-to-rest", test_window_comes_to_rest);
  g_test_add_func ("/window/main-menu-opens", test_main_menu_opens);

  return g_test_run ();
}
