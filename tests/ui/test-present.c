/* test-present.c — presentation mode and the tour's keys, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "scm-sidebar.h"
#include "scm-window.h"
#include "test-util.h"

typedef struct
{
  ScmNetwork *network;
  ScmWindow *window;
  ScmTour *tour;
  ScmMapView *map_view;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = scm_test_open_bundled (&fixture->network);
  fixture->tour = scm_window_get_tour (fixture->window);
  fixture->map_view = scm_window_get_map_view (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  scm_test_close (fixture->window, &fixture->network);
}

static void
test_keys_move_the_tour (Fixture       *fixture,
                         gconstpointer  data)
{
  guint last = scm_tour_get_n_stops (fixture->tour) - 1;

  /* Outside presentation mode the keys belong to the map and the panels */
  g_assert_false (scm_test_press_key (fixture->window, GDK_KEY_Page_Down));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.present", NULL);
  g_assert_true (scm_test_is_presenting (fixture->window));
  g_assert_cmpuint (scm_tour_get_position (fixture->tour), ==, 0);
  g_assert_nonnull (scm_map_view_get_caption (fixture->map_view));

  g_assert_true (scm_test_press_key (fixture->window, GDK_KEY_Page_Down));
  g_assert_cmpuint (scm_tour_get_position (fixture->tour), ==, 1);
  scm_test_press_key (fixture->window, GDK_KEY_Right);
  scm_test_press_key (fixture->window, GDK_KEY_Down);
  scm_test_press_key (fixture->window, GDK_KEY_space);
  g_assert_cmpuint (scm_tour_get_position (fixture->tour), ==, 4);
  scm_test_press_key (fixture->window, GDK_KEY_Page_Up);
  scm_test_press_key (fixture->window, GDK_KEY_Left);
  scm_test_press_key (fixture->window, GDK_KEY_Up);
  g_assert_cmpuint (scm_tour_get_position (fixture->tour), ==, 1);
  scm_test_press_key (fixture->window, GDK_KEY_End);
  g_assert_cmpuint (scm_tour_get_position (fixture->tour), ==, last);
  /* A clicker stops at both ends */
  scm_test_press_key (fixture->window, GDK_KEY_Page_Down);
  g_assert_cmpuint (scm_tour_get_position (fixture->tour), ==, last);
  scm_test_press_key (fixture->window, GDK_KEY_Home);
  g_assert_cmpuint (scm_tour_get_position (fixture->tour), ==, 0);
  scm_test_press_key (fixture->window, GDK_KEY_Page_Up);
  g_assert_cmpuint (scm_tour_get_position (fixture->tour), ==, 0);

  scm_test_press_key (fixture->window, GDK_KEY_Escape);
  g_assert_false (scm_test_is_presenting (fixture->window));
  g_assert_null (scm_map_view_get_caption (fixture->map_view));
}

static void
test_field_stop_shows_the_field (Fixture       *fixture,
                                 gconstpointer  data)
{
  ScmField *water = scm_network_lookup_field (fixture->network, "water");
  g_autofree char *caption = NULL;

  scm_window_start_presentation (fixture->window, 0);
  scm_tour_next (fixture->tour);

  g_assert_true (scm_tour_get_field (fixture->tour) == water);
  g_assert_cmpuint (scm_map_view_get_n_shown_markers (fixture->map_view), ==, scm_field_get_n_centres (water));
  g_assert_nonnull (strstr (scm_map_view_get_caption (fixture->map_view), "Water"));

  /* Leaving shows every place again */
  scm_window_stop_presentation (fixture->window);
  g_assert_cmpuint (scm_map_view_get_n_shown_markers (fixture->map_view), ==,
                    scm_map_view_get_n_markers (fixture->map_view));
}

static const char *
cursor_name_at (GtkWidget *window,
                GtkWidget *widget)
{
  graphene_point_t centre = GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) / 2.0,
                                                 gtk_widget_get_height (widget) / 2.0), in_window;
  GtkWidget *under;

  g_assert_true (gtk_widget_compute_point (widget, window, &centre, &in_window));
  under = gtk_widget_pick (window, in_window.x, in_window.y, GTK_PICK_DEFAULT);
  for (; under != NULL; under = gtk_widget_get_parent (under))
    if (gtk_widget_get_cursor (under) != NULL)
      return gdk_cursor_get_name (gtk_widget_get_cursor (under));

  return NULL;
}

/* Rests the pointer on @marker until a tooltip shows (at most about 6 s: the
 * marker may still be flying to its place after a change of frame) */
static gboolean
tooltip_shows_over (GtkWidget *window,
                    GtkWidget *marker)
{
  for (guint attempt = 0; attempt < 6; attempt++)
    {
      scm_test_move_pointer (window, 2, 2);
      scm_test_move_pointer (marker, gtk_widget_get_width (marker) / 2.0, gtk_widget_get_height (marker) / 2.0);
      scm_test_wait (1000);
      if (scm_test_tooltip_shown (window))
        return TRUE;
    }

  return FALSE;
}

/* A pointer that rests on a marker: a tooltip in the window, none while
 * presenting, and the pointer itself hidden after a few seconds */
static void
test_clean_screen (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *marker = scm_map_view_get_marker_button (fixture->map_view,
                                                      scm_network_lookup (fixture->network, "icharm"));
  double middle_x, middle_y;

  scm_test_settle ();
  middle_x = gtk_widget_get_width (marker) / 2.0;
  middle_y = gtk_widget_get_height (marker) / 2.0;
  if (!scm_test_move_pointer (marker, middle_x, middle_y))
    {
      g_test_skip ("needs X11 and xdotool to move the pointer");
      return;
    }
  g_assert_true (tooltip_shows_over (window, marker));

  scm_test_move_pointer (window, 2, 2);
  gtk_widget_activate_action (window, "win.present", NULL);
  scm_test_wait (1500);
  scm_test_move_pointer (marker, middle_x, middle_y);
  scm_test_wait (1500);
  g_assert_true (gtk_widget_get_state_flags (marker) & GTK_STATE_FLAG_PRELIGHT); /* the pointer rests on it */
  g_assert_false (scm_test_tooltip_shown (window));

  for (guint i = 0; i < 40 && g_strcmp0 (cursor_name_at (window, marker), "none") != 0; i++)
    scm_test_wait (100);
  g_assert_cmpstr (cursor_name_at (window, marker), ==, "none");
  scm_test_move_pointer (marker, middle_x + 1, middle_y);
  g_assert_cmpstr (cursor_name_at (window, marker), !=, "none");

  /* Out of the presentation, tooltips are back */
  scm_test_press_key (fixture->window, GDK_KEY_Escape);
  g_assert_true (tooltip_shows_over (window, marker));
}

/* The meeting's stop marks the co-organisers and the centres known to have
 * attended, and no other place; the next stop marks none */
static void
test_meeting_stop_highlights_participants (Fixture       *fixture,
                                           gconstpointer  data)
{
  ScmMeeting *meeting = scm_network_get_meeting (fixture->network);
  GListModel *models[] = { scm_network_get_centres (fixture->network),
                           scm_network_get_affiliates (fixture->network) };
  guint n_marked = 0;

  scm_window_start_presentation (fixture->window, 0);
  while (scm_tour_get_kind (fixture->tour) != SCM_TOUR_MEETING)
    {
      g_assert_cmpuint (scm_tour_get_position (fixture->tour) + 1, <, scm_tour_get_n_stops (fixture->tour));
      scm_tour_next (fixture->tour);
    }

  for (guint m = 0; m < G_N_ELEMENTS (models); m++)
    for (guint i = 0; i < g_list_model_get_n_items (models[m]); i++)
      {
        g_autoptr(ScmCentre) place = g_list_model_get_item (models[m], i);
        GtkWidget *marker = scm_map_view_get_marker_button (fixture->map_view, place);
        gboolean attended = g_strv_contains (scm_meeting_get_attendees (meeting), scm_centre_get_id (place)) ||
                            g_strv_contains (scm_meeting_get_co_organisers (meeting), scm_centre_get_id (place));

        g_assert_cmpint (gtk_widget_has_css_class (marker, "highlighted"), ==, attended);
        n_marked += attended;
      }
  g_assert_cmpuint (n_marked, >, g_strv_length ((char **)scm_meeting_get_co_organisers (meeting)));

  /* The links come after the meeting */
  scm_tour_next (fixture->tour);
  g_assert_cmpint (scm_tour_get_kind (fixture->tour), ==, SCM_TOUR_LINKS);
  g_assert_false (gtk_widget_has_css_class (
    scm_map_view_get_marker_button (fixture->map_view, scm_network_lookup (fixture->network,
                                                                           scm_meeting_get_attendees (meeting)[0])),
    "highlighted"));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/present/keys", Fixture, NULL, fixture_set_up, test_keys_move_the_tour, fixture_tear_down);
  g_test_add ("/present/clean-screen", Fixture, NULL, fixture_set_up, test_clean_screen, fixture_tear_down);
  g_test_add ("/present/field-stop", Fixture, NULL, fixture_set_up, test_field_stop_shows_the_field,
              fixture_tear_down);
  g_test_add ("/present/meeting-stop-highlights", Fixture, NULL, fixture_set_up,
              test_meeting_stop_highlights_participants, fixture_tear_down);

  return g_test_run ();
}
