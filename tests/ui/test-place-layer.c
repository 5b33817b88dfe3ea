/* test-place-layer.c — markers and points answer the same calls of ScmPlaceLayer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

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

  return g_test_run ();
}
