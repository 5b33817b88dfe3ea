/* test-scale.c — a network of 10,000 centres: grouped on the map, filtered quickly
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "scm-point-layer.h"
#include "scm-sidebar.h"
#include "scm-window.h"
#include "test-util.h"

#define N_CENTRES 10000

static void
test_large_network (void)
{
  g_autoptr(GBytes) bytes = scm_test_generate_network (N_CENTRES);
  g_autoptr(ScmNetwork) network = scm_network_new_from_bytes (bytes, "generated.json");
  ScmWindow *window = scm_window_new (NULL, network);
  ScmMapView *map_view = scm_window_get_map_view (window);
  ScmSidebar *sidebar;
  ScmPointLayer *points;
  ShumateViewport *viewport;
  ScmCentre *centre = scm_network_lookup (network, "c1234");
  guint n_groups_far, n_groups_near;

  scm_test_show_window (GTK_WINDOW (window));

  g_assert_cmpuint (scm_network_get_n_problems (network), ==, 0);
  g_assert_cmpuint (scm_map_view_get_n_markers (map_view), ==, N_CENTRES);

  /* No widget per place: one layer draws them, grouped */
  points = SCM_POINT_LAYER (scm_test_find_of_type (GTK_WIDGET (map_view), SCM_TYPE_POINT_LAYER));
  g_assert_nonnull (points);
  g_assert_null (scm_map_view_get_marker_button (map_view, centre));
  /* The focus starts on the map there too, not in the search entry */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (map_view)));
  viewport = shumate_layer_get_viewport (SHUMATE_LAYER (points));

  shumate_viewport_set_zoom_level (viewport, 1);
  n_groups_far = scm_point_layer_get_n_groups (points);
  shumate_viewport_set_zoom_level (viewport, 6);
  n_groups_near = scm_point_layer_get_n_groups (points);
  g_assert_cmpuint (n_groups_far, <, N_CENTRES / 10);
  g_assert_cmpuint (n_groups_near, >, n_groups_far);
  g_assert_cmpuint (scm_point_layer_get_n_shown (points), ==, N_CENTRES);

  /* Filters reach the layer: the map and the list agree */
  sidebar = SCM_SIDEBAR (scm_test_find_of_type (GTK_WIDGET (window), SCM_TYPE_SIDEBAR));
  scm_sidebar_set_country (sidebar, "KE");
  g_assert_cmpuint (scm_point_layer_get_n_shown (points), ==, N_CENTRES / 10);
  g_assert_cmpuint (g_list_model_get_n_items (scm_sidebar_get_visible_centres (sidebar)), ==, N_CENTRES / 10);

  /* A place chosen on the layer opens its panel */
  g_signal_emit_by_name (points, "centre-activated", centre);
  g_assert_true (scm_sidebar_get_selected_centre (sidebar) == centre);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scale/10000-centres", test_large_network);

  return g_test_run ();
}
