/* test-links.c — the link layer's geometry and which links it shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <math.h>

#include "scm-geo.h"
#include "scm-map-view.h"
#include "scm-window.h"
#include "test-util.h"

typedef ScmTestWindow Fixture;

static void
test_layer_geometry (Fixture       *fixture,
                     gconstpointer  data)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (fixture->layer));
  guint index = scm_test_find_link (fixture->layer, "iciwarm", "erce", SCM_LINK_KIND_MOU);
  ScmLink *link = scm_link_layer_get_link (fixture->layer, index);
  ScmCentre *from = scm_link_get_from (link), *to = scm_link_get_to (link);
  g_autoptr(GArray) points = NULL;
  double world = 256 * 4; /* zoom 2 */
  double expected_x, expected_y;

  /* A known viewport: centred on 0° 0° at zoom 2, 1000 × 800 pixels */
  shumate_viewport_set_zoom_level (viewport, 2);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), 0, 0);
  points = scm_link_layer_project_link (fixture->layer, index, 0, 1000, 800);
  g_assert_nonnull (points);

  /* Its ends sit where the projection puts the two centres */
  expected_x = 500 + (scm_geo_longitude_to_x (scm_centre_get_longitude (from)) - 0.5) * world;
  expected_y = 400 + (scm_geo_latitude_to_y (scm_centre_get_latitude (from)) - 0.5) * world;
  g_assert_cmpfloat_with_epsilon (g_array_index (points, double, 0), expected_x, 1e-6);
  g_assert_cmpfloat_with_epsilon (g_array_index (points, double, 1), expected_y, 1e-6);
  expected_x = 500 + (scm_geo_longitude_to_x (scm_centre_get_longitude (to)) - 0.5) * world;
  expected_y = 400 + (scm_geo_latitude_to_y (scm_centre_get_latitude (to)) - 0.5) * world;
  g_assert_cmpfloat_with_epsilon (g_array_index (points, double, points->len - 2), expected_x, 1e-6);
  g_assert_cmpfloat_with_epsilon (g_array_index (points, double, points->len - 1), expected_y, 1e-6);

  /* Washington to Łódź bows north of both ends on a Mercator map */
  for (guint i = 1; i < points->len; i += 2)
    g_assert_cmpfloat (g_array_index (points, double, i), <=, MAX (g_array_index (points, double, 1), expected_y) + 1e-6);

  /* The link is found under its middle point, in the layer as it is on screen */
  {
    double width = gtk_widget_get_width (GTK_WIDGET (fixture->layer));
    double height = gtk_widget_get_height (GTK_WIDGET (fixture->layer));
    g_autoptr(GArray) on_screen = scm_link_layer_project_link (fixture->layer, index, 0, width, height);
    guint middle = (on_screen->len / 4) * 2;

    g_assert_true (scm_link_layer_find_link_at (fixture->layer,
                                                g_array_index (on_screen, double, middle),
                                                g_array_index (on_screen, double, middle + 1)) == link);
    g_assert_null (scm_link_layer_find_link_at (fixture->layer, -100, -100));
  }
}

static void
test_selection_emphasises_its_links (Fixture       *fixture,
                                     gconstpointer  data)
{
  ScmCentre *iciwarm = scm_network_lookup (fixture->network, "iciwarm");
  guint n_links = scm_link_layer_get_n_links (fixture->layer), n_emphasised = 0, n_expected = 0;

  for (guint i = 0; i < n_links; i++)
    g_assert_false (scm_link_layer_is_link_emphasised (fixture->layer, i));

  g_signal_emit_by_name (scm_map_view_get_marker_button (fixture->map_view, iciwarm), "clicked");

  for (guint i = 0; i < n_links; i++)
    {
      gboolean involves = scm_link_involves (scm_link_layer_get_link (fixture->layer, i), iciwarm);

      g_assert_cmpint (scm_link_layer_is_link_emphasised (fixture->layer, i), ==, involves);
      n_emphasised += scm_link_layer_is_link_emphasised (fixture->layer, i);
      n_expected += involves;
    }
  g_assert_cmpuint (n_emphasised, ==, n_expected);
  g_assert_cmpuint (n_expected, >=, 5);

  /* Show all links (Ctrl+L's action) */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-links", NULL);
  for (guint i = 0; i < n_links; i++)
    g_assert_true (scm_link_layer_is_link_emphasised (fixture->layer, i));
}

/* A collaboration row of the centre panel, pointed at or focused, shows its link on the map */
static void
test_panel_row_focuses_link (Fixture       *fixture,
                             gconstpointer  data)
{
  ScmCentre *iciwarm = scm_network_lookup (fixture->network, "iciwarm");
  GtkWidget *list, *row;
  ScmLink *link;

  scm_window_set_selected_centre (fixture->window, iciwarm);
  scm_test_settle ();
  list = scm_test_find_of_type (GTK_WIDGET (fixture->window), GTK_TYPE_LIST_BOX);
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  g_assert_nonnull (row);
  link = g_object_get_data (G_OBJECT (row), "scm-link");
  g_assert_true (scm_link_involves (link, iciwarm));

  g_assert_null (scm_link_layer_get_focused (fixture->layer));
  gtk_widget_grab_focus (row);
  g_assert_true (scm_link_layer_get_focused (fixture->layer) == link);
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1)));
  g_assert_true (scm_link_layer_get_focused (fixture->layer) != link);
}

static void
test_filter_hides_links (Fixture       *fixture,
                         gconstpointer  data)
{
  ScmCentreFilter *filter = scm_centre_filter_new ();
  ScmField *water = scm_network_lookup_field (fixture->network, "water");
  guint n_links = scm_link_layer_get_n_links (fixture->layer);

  scm_map_view_set_filter (fixture->map_view, filter);
  for (guint i = 0; i < n_links; i++)
    g_assert_true (scm_link_layer_is_link_shown (fixture->layer, i));

  /* A link shows only while both of its ends do */
  scm_centre_filter_set_field_shown (filter, water, FALSE);
  for (guint i = 0; i < n_links; i++)
    {
      ScmLink *link = scm_link_layer_get_link (fixture->layer, i);
      ScmField *from = scm_centre_get_field (scm_link_get_from (link));
      ScmField *to = scm_centre_get_field (scm_link_get_to (link));
      /* Affiliates (no field) follow their own legend row, which stays on */
      gboolean both_shown = from != water && to != water;

      g_assert_cmpint (scm_link_layer_is_link_shown (fixture->layer, i), ==, both_shown);
    }

  g_object_unref (filter);
}

/* Following a link between centres on either side of ±180° frames it the
 * short way, across ±180°, with the markers of both its centres in view */
static void
test_follow_link_across_antimeridian (void)
{
  static const char * const ends[] = { "west-of-180", "east-of-180" };
  g_autoptr(ScmNetwork) network = NULL;
  ScmWindow *window = scm_test_open_data ("antimeridian.json", &network);
  ScmMapView *map_view = scm_window_get_map_view (window);
  double latitude, longitude, zoom, first_zoom;

  scm_test_wait (300);
  scm_map_view_get_view (map_view, &latitude, &longitude, &first_zoom);
  g_assert_cmpfloat (fabs (longitude), <, 170);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.follow-link", "i", 0);
  scm_test_wait (1500);
  scm_map_view_get_view (map_view, &latitude, &longitude, &zoom);
  g_assert_cmpfloat (fabs (longitude), >, 175);
  g_assert_cmpfloat (zoom, >, first_zoom + 2);

  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    {
      GtkWidget *button = scm_map_view_get_marker_button (map_view, scm_network_lookup (network, ends[i]));
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_is_drawable (button));
      g_assert_true (gtk_widget_compute_bounds (button, GTK_WIDGET (map_view), &bounds));
      g_assert_cmpfloat (bounds.origin.x, >=, 0);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (map_view)));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/links/layer/geometry", Fixture, NULL, scm_test_window_set_up, test_layer_geometry, scm_test_window_tear_down);
  g_test_add ("/links/layer/selection", Fixture, NULL, scm_test_window_set_up,
              test_selection_emphasises_its_links, scm_test_window_tear_down);
  g_test_add ("/links/layer/filter", Fixture, NULL, scm_test_window_set_up, test_filter_hides_links, scm_test_window_tear_down);
  g_test_add ("/links/panel-row-focuses-link", Fixture, NULL, scm_test_window_set_up, test_panel_row_focuses_link,
              scm_test_window_tear_down);

  g_test_add_func ("/links/follow/antimeridian", test_follow_link_across_antimeridian);

  return g_test_run ();
}
