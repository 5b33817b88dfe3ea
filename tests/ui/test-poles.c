/* test-poles.c — places at latitude ±90 and longitude ±180, where the map's
 * projection ends: the tour, the framing of every place (Ctrl+0) and each
 * place chosen, driven by keys under Xvfb with G_DEBUG=fatal-criticals, so
 * that a CRITICAL of libshumate or GTK fails the test
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <math.h>
#include <shumate/shumate.h>

#include "scm-window.h"
#include "test-util.h"

/* Long enough for a framing's flight (800 ms) and the frames after it */
#define FLIGHT_WAIT_MS 1200

static ScmApplication *app;

typedef struct
{
  ScmNetwork *network;
  ScmWindow *window;
  ScmMapView *map_view;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->network = scm_test_load_data ("poles.json");
  g_assert_cmpuint (scm_network_get_n_problems (fixture->network), ==, 0);
  fixture->window = scm_window_new (app, fixture->network);
  fixture->map_view = scm_window_get_map_view (fixture->window);
  scm_test_show_window (GTK_WINDOW (fixture->window));
  scm_test_wait (FLIGHT_WAIT_MS);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  scm_test_close (fixture->window, &fixture->network);
}

/* The viewport is somewhere on the map: finite, within the projection */
static void
assert_view_sane (Fixture *fixture)
{
  double latitude, longitude, zoom;

  scm_map_view_get_view (fixture->map_view, &latitude, &longitude, &zoom);
  g_test_message ("view: %.6f, %.6f at zoom %.2f", latitude, longitude, zoom);
  g_assert_true (isfinite (latitude) && isfinite (longitude) && isfinite (zoom));
  g_assert_cmpfloat (fabs (latitude), <=, SHUMATE_MAX_LATITUDE);
  g_assert_cmpfloat (fabs (longitude), <=, 180);
}

/* F5, then Page Down through every stop of the tour, then Escape */
static void
test_tour_at_the_poles (Fixture       *fixture,
                        gconstpointer  data)
{
  ScmTour *tour = scm_window_get_tour (fixture->window);

  if (!scm_test_type_keys (GTK_WIDGET (fixture->window), "F5"))
    {
      g_test_skip ("needs X11 and xdotool to press keys");
      return;
    }
  g_assert_true (scm_test_is_presenting (fixture->window));
  g_assert_cmpuint (scm_tour_get_n_stops (tour), >, 2);
  scm_test_wait (FLIGHT_WAIT_MS);
  assert_view_sane (fixture);

  for (guint stop = 1; stop < scm_tour_get_n_stops (tour); stop++)
    {
      scm_test_type_keys (GTK_WIDGET (fixture->window), "Next");
      g_assert_cmpuint (scm_tour_get_position (tour), ==, stop);
      scm_test_wait (FLIGHT_WAIT_MS);
      assert_view_sane (fixture);
    }

  scm_test_type_keys (GTK_WIDGET (fixture->window), "Escape");
  g_assert_false (scm_test_is_presenting (fixture->window));
}

/* Ctrl+0 frames every place, and each place chosen from there is brought
 * into view, the poles included, and zoomed in on */
static void
test_frame_all_at_the_poles (Fixture       *fixture,
                             gconstpointer  data)
{
  GListModel *centres = scm_network_get_centres (fixture->network);

  if (!scm_test_type_keys (GTK_WIDGET (fixture->window), "ctrl+plus ctrl+plus ctrl+plus"))
    {
      g_test_skip ("needs X11 and xdotool to press keys");
      return;
    }
  scm_test_wait (FLIGHT_WAIT_MS);

  for (guint i = 0; i < g_list_model_get_n_items (centres); i++)
    {
      g_autoptr(ScmCentre) centre = g_list_model_get_item (centres, i);
      GtkWidget *button = scm_map_view_get_marker_button (fixture->map_view, centre);

      scm_test_type_keys (GTK_WIDGET (fixture->window), "ctrl+0");
      scm_test_wait (FLIGHT_WAIT_MS);
      assert_view_sane (fixture);
      g_assert_cmpuint (scm_map_view_get_n_shown_markers (fixture->map_view), ==,
                        g_list_model_get_n_items (centres));

      /* Return on a focused marker */
      g_assert_true (gtk_widget_grab_focus (button));
      scm_test_type_keys (GTK_WIDGET (fixture->window), "Return");
      g_assert_true (scm_map_view_get_selected_centre (fixture->map_view) == centre);
      scm_test_type_keys (GTK_WIDGET (fixture->window), "ctrl+plus ctrl+plus ctrl+plus ctrl+plus");
      scm_test_wait (FLIGHT_WAIT_MS);
      assert_view_sane (fixture);
    }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  app = scm_test_application_new ();

  g_test_add ("/poles/tour", Fixture, NULL, fixture_set_up, test_tour_at_the_poles, fixture_tear_down);
  g_test_add ("/poles/frame-all", Fixture, NULL, fixture_set_up, test_frame_all_at_the_poles, fixture_tear_down);

  return g_test_run ();
}
