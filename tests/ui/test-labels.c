/* test-labels.c — the tour at a projector's 1024 × 768: every marker shown is
 * uncovered, most centres are named over the tour, and the meeting's
 * co-organisers are named and highlighted. Under Xvfb.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "scm-window.h"
#include "test-util.h"

/* Long enough for a stop's flight (800 ms) and its tiles */
#define STOP_SETTLE_MS 1500

static gboolean
has_css_class (GtkWidget     *widget,
               gconstpointer  data)
{
  return gtk_widget_has_css_class (widget, data);
}

static gboolean
point_in (GtkWidget              *widget,
          GtkWidget              *window,
          const graphene_point_t *point)
{
  graphene_rect_t bounds;

  return widget != NULL && gtk_widget_is_drawable (widget) &&
         gtk_widget_compute_bounds (widget, window, &bounds) &&
         graphene_rect_contains_point (&bounds, point);
}

/* The marker is what a hit test at its centre finds, and nothing drawn over
 * the map (the caption, which lets the pointer through, included) lies there */
static void
assert_uncovered (GtkWidget  *window,
                  GtkWidget  *map,
                  GtkWidget  *marker,
                  ScmCentre  *centre,
                  gboolean    must_be_in_view)
{
  graphene_point_t centre_point = GRAPHENE_POINT_INIT (gtk_widget_get_width (marker) / 2.0,
                                                       gtk_widget_get_height (marker) / 2.0), in_window;
  GtkWidget *picked;

  g_assert_true (gtk_widget_compute_point (marker, window, &centre_point, &in_window));
  if (!point_in (map, window, &in_window))
    {
      if (must_be_in_view)
        g_error ("%s is shown but framed out of the map", scm_centre_get_id (centre));
      return;
    }

  picked = gtk_widget_pick (window, in_window.x, in_window.y, GTK_PICK_DEFAULT);
  if (picked == NULL || (picked != marker && !gtk_widget_is_ancestor (picked, marker)))
    g_error ("%s is covered by a %s", scm_centre_get_id (centre),
             picked ? G_OBJECT_TYPE_NAME (picked) : "nothing");
  if (point_in (scm_test_find_widget (window, has_css_class, "map-caption"), window, &in_window) ||
      point_in (scm_test_find_widget (window, has_css_class, "map-progress"), window, &in_window))
    g_error ("%s is under the caption or the progress mark", scm_centre_get_id (centre));
}

static void
add_places (GPtrArray  *places,
            GListModel *model)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (places, g_list_model_get_item (model, i));
}

static void
assert_meeting_named (ScmNetwork *network,
                      ScmMapView *map_view)
{
  const char * const *ids = scm_meeting_get_co_organisers (scm_network_get_meeting (network));

  g_assert_cmpuint (g_strv_length ((char **)ids), >=, 2);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      ScmCentre *centre = scm_network_lookup (network, ids[i]);

      g_assert_true (scm_label_layer_is_labelled (scm_map_view_get_label_layer (map_view), centre));
      g_assert_true (gtk_widget_has_css_class (scm_map_view_get_marker_button (map_view, centre), "highlighted"));
    }
}

/* A closer look shows its centres alone, and names at least three in four of
 * them beside or near their markers */
static void
assert_close_up_named (ScmMapView *map_view,
                       GPtrArray  *places,
                       GPtrArray  *framed)
{
  ScmLabelLayer *labels = scm_map_view_get_label_layer (map_view);
  guint n_named = 0;

  for (guint i = 0; i < places->len; i++)
    {
      ScmCentre *centre = g_ptr_array_index (places, i);
      gboolean is_framed = g_ptr_array_find (framed, centre, NULL);

      g_assert_cmpint (gtk_widget_is_drawable (scm_map_view_get_marker_button (map_view, centre)), ==, is_framed);
      n_named += is_framed && scm_label_layer_is_labelled (labels, centre);
    }
  g_test_message ("closer look: %u of %u named", n_named, framed->len);
  g_assert_cmpuint (4 * n_named, >=, 3 * framed->len);
}

static void
test_tour_at_projector_size (void)
{
  g_autoptr(ScmNetwork) network = scm_network_new_from_resource (SCM_NETWORK_RESOURCE);
  ScmWindow *window = scm_window_new (NULL, network);
  ScmMapView *map_view = scm_window_get_map_view (window);
  ScmTour *tour = scm_window_get_tour (window);
  g_autoptr(GPtrArray) places = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) named = g_hash_table_new (NULL, NULL);
  GListModel *centres = scm_network_get_centres (network);
  guint n_named_centres = 0, n_close_ups = 0;
  gboolean met = FALSE;

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  scm_test_show_window (GTK_WINDOW (window));
  add_places (places, scm_network_get_affiliates (network));
  add_places (places, centres);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL);
  for (guint stop = 0; stop < scm_tour_get_n_stops (tour); stop++)
    {
      gboolean meeting = scm_tour_get_kind (tour) == SCM_TOUR_MEETING;

      g_assert_cmpuint (scm_tour_get_position (tour), ==, stop);
      g_test_message ("stop %u", stop);
      scm_test_wait (STOP_SETTLE_MS);
      g_assert_cmpint (gdk_surface_get_width (gtk_native_get_surface (GTK_NATIVE (window))), ==, 1024);

      for (guint i = 0; i < places->len; i++)
        {
          ScmCentre *centre = g_ptr_array_index (places, i);
          GtkWidget *marker = scm_map_view_get_marker_button (map_view, centre);

          if (!gtk_widget_is_drawable (marker))
            continue;
          /* The meeting frames its venue and co-organisers, not every centre there */
          assert_uncovered (GTK_WIDGET (window), GTK_WIDGET (map_view), marker, centre, !meeting);
          if (scm_label_layer_is_labelled (scm_map_view_get_label_layer (map_view), centre))
            g_hash_table_add (named, centre);
        }

      if (meeting)
        {
          assert_meeting_named (network, map_view);
          met = TRUE;
        }
      if (scm_tour_get_kind (tour) == SCM_TOUR_CLOSE_UP)
        {
          assert_close_up_named (map_view, places, scm_tour_get_framed_centres (tour));
          n_close_ups++;
        }
      scm_test_press_key (window, GDK_KEY_Page_Down);
    }
  g_assert_true (met);
  g_assert_cmpuint (n_close_ups, >, 0);

  for (guint i = 0; i < g_list_model_get_n_items (centres); i++)
    {
      g_autoptr(ScmCentre) centre = g_list_model_get_item (centres, i);

      if (g_hash_table_contains (named, centre))
        n_named_centres++;
      else
        g_test_message ("never named: %s", scm_centre_get_id (centre));
    }
  g_test_message ("%u of %u centres named over the tour", n_named_centres, g_list_model_get_n_items (centres));
  g_assert_cmpfloat (n_named_centres, >=, 0.8 * g_list_model_get_n_items (centres));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/labels/tour-at-projector-size", test_tour_at_projector_size);

  return g_test_run ();
}
