/* test-view-state.c — one owner for each piece of view state: the window's
 * filter, selection and "presenting", followed by the side panel and the map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "scm-link-layer.h"
#include "scm-map-view.h"
#include "scm-sidebar.h"
#include "scm-window.h"
#include "test-util.h"

typedef ScmTestWindow Fixture;

static ScmCentreFilter *
filter_of (gpointer object)
{
  g_autoptr(ScmCentreFilter) filter = NULL;

  g_object_get (object, "filter", &filter, NULL);
  return filter;   /* the window keeps it */
}

/* The side panel and the map are handed the window's filter: a country chosen
 * in the panel hides markers on the map */
static void
test_one_filter (Fixture       *fixture,
                 gconstpointer  data)
{
  ScmCentreFilter *filter = scm_window_get_filter (fixture->window);
  guint in_china = scm_network_count_in_country (fixture->network, "CN");

  g_assert_nonnull (filter);
  g_assert_true (filter_of (fixture->sidebar) == filter);
  g_assert_true (filter_of (fixture->map_view) == filter);

  scm_sidebar_set_country (fixture->sidebar, "CN");
  g_assert_cmpstr (scm_centre_filter_get_country (filter), ==, "CN");
  g_assert_cmpuint (in_china, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (scm_sidebar_get_visible_centres (fixture->sidebar)), ==, in_china);
  g_assert_cmpuint (scm_map_view_get_n_shown_markers (fixture->map_view), ==, in_china);
}

/* The copy an export makes lets through the same places, attendance too */
static void
test_filter_copy (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(ScmCentreFilter) copy = scm_centre_filter_new ();
  ScmCentreFilter *filter = scm_window_get_filter (fixture->window);
  ScmField *water = scm_network_lookup_field (fixture->network, "water");
  GListModel *centres = scm_network_get_centres (fixture->network);
  guint n_differ = 0;

  scm_centre_filter_set_field_shown (filter, water, FALSE);
  scm_centre_filter_set_search_text (filter, "a");
  scm_centre_filter_set_attendees_only (filter, TRUE);
  scm_centre_filter_copy_from (copy, filter);

  g_assert_false (scm_centre_filter_get_field_shown (copy, water));
  g_assert_cmpstr (scm_centre_filter_get_search_text (copy), ==, "a");
  g_assert_true (scm_centre_filter_get_attendees_only (copy));
  for (guint i = 0; i < g_list_model_get_n_items (centres); i++)
    {
      g_autoptr(ScmCentre) centre = g_list_model_get_item (centres, i);

      n_differ += scm_centre_filter_matches (copy, centre) != scm_centre_filter_matches (filter, centre);
    }
  g_assert_cmpuint (n_differ, ==, 0);
}

/* A click on a marker selects through the window: the panel follows */
static void
test_marker_selects_through_window (Fixture       *fixture,
                                    gconstpointer  data)
{
  ScmCentre *icharm = scm_network_lookup (fixture->network, "icharm");
  ScmCentre *erce = scm_network_lookup (fixture->network, "erce");

  g_signal_emit_by_name (scm_map_view_get_marker_button (fixture->map_view, icharm), "clicked");
  g_assert_true (scm_window_get_selected_centre (fixture->window) == icharm);
  g_assert_true (scm_sidebar_get_selected_centre (fixture->sidebar) == icharm);
  g_assert_true (scm_map_view_get_selected_centre (fixture->map_view) == icharm);
  g_assert_true (gtk_widget_has_css_class (scm_map_view_get_marker_button (fixture->map_view, icharm),
                                           "selected"));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.select-centre", "s", "erce");
  g_assert_true (scm_sidebar_get_selected_centre (fixture->sidebar) == erce);
  g_assert_true (scm_map_view_get_selected_centre (fixture->map_view) == erce);
  g_assert_false (gtk_widget_has_css_class (scm_map_view_get_marker_button (fixture->map_view, icharm),
                                            "selected"));

  /* Back goes through the window too: map and panel agree */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL);
  g_assert_true (scm_window_get_selected_centre (fixture->window) == icharm);
  g_assert_true (scm_map_view_get_selected_centre (fixture->map_view) == icharm);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.select-centre", "s", "");
  g_assert_null (scm_map_view_get_selected_centre (fixture->map_view));
  g_assert_null (scm_sidebar_get_selected_centre (fixture->sidebar));
}

/* Following a link of the selected centre opens its partner; focusing one marks it */
static void
test_link_actions (Fixture       *fixture,
                   gconstpointer  data)
{
  ScmLinkLayer *layer = scm_map_view_get_link_layer (fixture->map_view);
  GListModel *links = scm_network_get_links (fixture->network);
  g_autoptr(ScmLink) link = g_list_model_get_item (links, 0);
  ScmCentre *from = scm_link_get_from (link);

  scm_window_set_selected_centre (fixture->window, from);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.focus-link", "i", 0);
  g_assert_true (scm_link_layer_get_focused (layer) == link);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.focus-link", "i", -1);
  g_assert_null (scm_link_layer_get_focused (layer));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.follow-link", "i", 0);
  g_assert_true (scm_sidebar_get_selected_centre (fixture->sidebar) == scm_link_get_to (link));
  g_assert_true (scm_map_view_get_selected_centre (fixture->map_view) == scm_link_get_to (link));
}

/* "presenting" is the window's; the map follows it */
static void
test_presenting_followed (Fixture       *fixture,
                          gconstpointer  data)
{
  gboolean presenting = FALSE;

  scm_window_start_presentation (fixture->window, 0);
  g_object_get (fixture->map_view, "presenting", &presenting, NULL);
  g_assert_true (presenting);

  scm_window_stop_presentation (fixture->window);
  g_object_get (fixture->map_view, "presenting", &presenting, NULL);
  g_assert_false (presenting);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, scm_test_window_set_up, func, scm_test_window_tear_down)
  ADD ("/view-state/one-filter", test_one_filter);
  ADD ("/view-state/filter-copy", test_filter_copy);
  ADD ("/view-state/marker-selects-through-window", test_marker_selects_through_window);
  ADD ("/view-state/link-actions", test_link_actions);
  ADD ("/view-state/presenting-followed", test_presenting_followed);
#undef ADD

  return g_test_run ();
}
