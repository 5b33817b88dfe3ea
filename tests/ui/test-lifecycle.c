/* test-lifecycle.c — a whole session, for the leak checkers: open the window,
 * select every centre, run the tour, export nothing, close
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "scm-window.h"
#include "test-util.h"

static void
iterate (guint n)
{
  for (guint i = 0; i < n; i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
test_session (void)
{
  ScmNetwork *network = scm_network_new_from_resource (SCM_NETWORK_RESOURCE);
  GListModel *centres = scm_network_get_centres (network);
  ScmWindow *window = scm_window_new (NULL, network);
  ScmMapView *map_view = scm_window_get_map_view (window);
  ScmTour *tour;
  guint n_centres = g_list_model_get_n_items (centres);

  g_object_add_weak_pointer (G_OBJECT (network), (gpointer *)&network);
  scm_test_show_window (GTK_WINDOW (window));

  for (guint i = 0; i < n_centres; i++)
    {
      g_autoptr(ScmCentre) centre = g_list_model_get_item (centres, i);

      scm_window_set_selected_centre (window, centre);
      iterate (3);
      g_assert_true (scm_map_view_get_selected_centre (map_view) == centre);
    }

  scm_window_start_presentation (window, 0);
  tour = scm_window_get_tour (window);
  for (guint i = 0; i <= scm_tour_get_n_stops (tour); i++)
    {
      scm_tour_next (tour);
      iterate (10);
    }
  scm_window_stop_presentation (window);
  iterate (10);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (network);
  iterate (50);

  /* Nothing in the app keeps the network alive once its window is gone */
  g_assert_null (network);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lifecycle/session", test_session);

  return g_test_run ();
}
