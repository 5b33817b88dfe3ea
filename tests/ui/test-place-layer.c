/* test-place-layer.c — markers and points answer the same calls of ScmPlaceLayer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <math.h>

#include "scm-geo.h"
#include "scm-marker-layer.h"
#include "scm-marker-places.h"
#include "scm-network.h"
#include "scm-point-layer.h"
#include "test-util.h"

#define N_PLACES 40

typedef struct
{
  ScmNetwork *network;
  ShumateViewport *viewport;
  ScmPlaceLayer *places;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  as_points)
{
  g_autoptr(GBytes) bytes = scm_test_generate_network (N_PLACES);

  fixture->network = scm_network_new_from_bytes (bytes, "generated.json");
  fixture->viewport = shumate_viewport_new ();
  shumate_viewport_set_zoom_level (fixture->viewport, 3);
  if (GPOINTER_TO_INT (as_points))
    fixture->places = SCM_PLACE_LAYER (g_object_ref_sink (scm_point_layer_new (fixture->viewport)));
  else
    fixture->places = SCM_PLACE_LAYER (scm_marker_places_new (fixture->viewport));
  scm_place_layer_add_places (fixture->places, scm_network_get_centres (fixture->network));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  as_points)
{
  g_clear_object (&fixture->places);
  g_clear_object (&fixture->viewport);
  g_clear_object (&fixture->network);
}

static guint
n_centres (Fixture *fixture)
{
  return g_list_model_get_n_items (scm_network_get_centres (fixture->network));
}

/* Either way, the layer is a ShumateLayer on the map's viewport */
static void
test_layer (Fixture       *fixture,
            gconstpointer  as_points)
{
  ShumateLayer *layer = scm_place_layer_get_layer (fixture->places);

  g_assert_true (SHUMATE_IS_LAYER (layer));
  g_assert_true (shumate_layer_get_viewport (layer) == fixture->viewport);
  g_assert_true (SCM_IS_MARKER_LAYER (layer) == !GPOINTER_TO_INT (as_points));
}

/* The filter decides how many places are shown, and its changes reach the layer */
static void
test_filter (Fixture       *fixture,
             gconstpointer  as_points)
{
  g_autoptr(ScmCentreFilter) filter = scm_centre_filter_new ();
  guint in_kenya = scm_network_count_in_country (fixture->network, "KE");

  g_assert_cmpuint (scm_place_layer_get_n_shown (fixture->places), ==, n_centres (fixture));
  scm_place_layer_set_filter (fixture->places, filter);
  scm_centre_filter_set_country (filter, "KE");
  g_assert_cmpuint (in_kenya, >, 0);
  g_assert_cmpuint (in_kenya, <, n_centres (fixture));
  g_assert_cmpuint (scm_place_layer_get_n_shown (fixture->places), ==, in_kenya);
  scm_centre_filter_set_country (filter, NULL);
  g_assert_cmpuint (scm_place_layer_get_n_shown (fixture->places), ==, n_centres (fixture));
}

static void
count_activation (ScmPlaceLayer *places,
                  ScmCentre     *centre,
                  ScmCentre    **activated)
{
  *activated = centre;
}

/* Markers are widgets that carry the selection and highlights; points are none */
static void
test_markers_are_widgets (Fixture       *fixture,
                          gconstpointer  as_points)
{
  ScmCentre *first = scm_network_lookup (fixture->network, "c0");
  ScmCentre *second = scm_network_lookup (fixture->network, "c1");
  GtkWidget *button = scm_place_layer_get_place_widget (fixture->places, first);
  ScmCentre *activated = NULL;

  g_signal_connect (fixture->places, "centre-activated", G_CALLBACK (count_activation), &activated);
  if (GPOINTER_TO_INT (as_points))
    {
      g_assert_null (button);
      scm_place_layer_set_selected (fixture->places, first);
      scm_place_layer_set_highlighted (fixture->places, (const char *[]) { "c0", NULL });
      g_assert_false (scm_place_layer_grab_first_focus (fixture->places));
      return;
    }

  g_assert_nonnull (button);
  scm_place_layer_set_selected (fixture->places, first);
  g_assert_true (gtk_widget_has_css_class (button, "selected"));
  scm_place_layer_set_selected (fixture->places, second);
  g_assert_false (gtk_widget_has_css_class (button, "selected"));
  g_assert_true (gtk_widget_has_css_class (scm_place_layer_get_place_widget (fixture->places, second),
                                           "selected"));

  scm_place_layer_set_highlighted (fixture->places, (const char *[]) { "c0", NULL });
  g_assert_true (gtk_widget_has_css_class (button, "highlighted"));
  scm_place_layer_set_highlighted (fixture->places, NULL);
  g_assert_false (gtk_widget_has_css_class (button, "highlighted"));

  g_signal_emit_by_name (button, "clicked");
  g_assert_true (activated == first);
}

/* A larger symbol asks for a larger marker */
static void
test_symbol_size (Fixture       *fixture,
                  gconstpointer  as_points)
{
  GtkWidget *button = scm_place_layer_get_place_widget (fixture->places,
                                                        scm_network_lookup (fixture->network, "c0"));
  int small, large;

  scm_place_layer_set_symbol_size (fixture->places, 18);
  if (button == NULL)
    {
      g_assert_true (GPOINTER_TO_INT (as_points));
      return;
    }
  gtk_widget_get_size_request (button, &small, NULL);
  scm_place_layer_set_symbol_size (fixture->places, 26);
  gtk_widget_get_size_request (button, &large, NULL);
  g_assert_cmpint (large, >, small);
}

/* In a view centred on 180° both places beside it are drawn, 170° E to the
 * west of the middle and 170° W to the east, not a world away */
static void
test_points_across_antimeridian (void)
{
  g_autoptr(ScmNetwork) network = scm_test_load_data ("antimeridian.json");
  g_autoptr(ShumateViewport) viewport = shumate_viewport_new ();
  GtkWidget *window = gtk_window_new ();
  ScmPointLayer *layer = scm_point_layer_new (viewport);
  const char * const ids[] = { "west-of-180", "east-of-180" };
  double world, centre_y;

  shumate_viewport_set_max_zoom_level (viewport, 10);
  shumate_viewport_set_zoom_level (viewport, 4);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), -16, 180);
  scm_point_layer_add_places (layer, scm_network_get_centres (network));
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (layer));
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 300);
  scm_test_show_window (GTK_WINDOW (window));
  scm_test_wait (200);

  world = SCM_GEO_TILE_SIZE * pow (2, 4);
  centre_y = scm_geo_latitude_to_y (-16);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      ScmCentre *centre = scm_network_lookup (network, ids[i]);
      double dx = scm_geo_x_offset (scm_geo_longitude_to_x (scm_centre_get_longitude (centre)), 1.0) * world;
      double dy = (scm_geo_latitude_to_y (scm_centre_get_latitude (centre)) - centre_y) * world;
      int width = gtk_widget_get_width (GTK_WIDGET (layer)), height = gtk_widget_get_height (GTK_WIDGET (layer));

      g_assert_cmpfloat (fabs (dx), <, width / 2.0);
      g_assert_cmpuint (scm_test_alpha_at (GTK_WIDGET (layer), (int)round (width / 2.0 + dx),
                                  (int)round (height / 2.0 + dy)), >, 0);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, points, func) \
  g_test_add (path, Fixture, GINT_TO_POINTER (points), fixture_set_up, func, fixture_tear_down)
  ADD ("/place-layer/markers/layer", FALSE, test_layer);
  ADD ("/place-layer/points/layer", TRUE, test_layer);
  ADD ("/place-layer/markers/filter", FALSE, test_filter);
  ADD ("/place-layer/points/filter", TRUE, test_filter);
  ADD ("/place-layer/markers/widgets", FALSE, test_markers_are_widgets);
  ADD ("/place-layer/points/widgets", TRUE, test_markers_are_widgets);
  ADD ("/place-layer/markers/symbol-size", FALSE, test_symbol_size);
  ADD ("/place-layer/points/symbol-size", TRUE, test_symbol_size);
#undef ADD
  g_test_add_func ("/place-layer/points/across-antimeridian", test_points_across_antimeridian);

  return g_test_run ();
}
