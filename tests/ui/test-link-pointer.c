/* test-link-pointer.c — the real pointer (through the X server) over the
 * links: tooltips along an arc and in its dashes' gaps, a click that opens
 * the link's centres, and an arc drawn whole across ±180°
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <math.h>

#include "scm-map-view.h"
#include "scm-sidebar.h"
#include "scm-window.h"
#include "test-util.h"

typedef ScmTestWindow Fixture;

/* The point of link @index on screen (layer coordinates) at @length pixels
 * along the arc from its first centre */
static void
point_along (ScmLinkLayer *layer,
             guint         index,
             double        length,
             double       *x,
             double        *y)
{
  g_autoptr(GArray) points = scm_link_layer_project_link (layer, index, 0,
                                                          gtk_widget_get_width (GTK_WIDGET (layer)),
                                                          gtk_widget_get_height (GTK_WIDGET (layer)));
  const double *xy = (const double *)points->data;

  for (guint i = 2; i < points->len; i += 2)
    {
      double step = hypot (xy[i] - xy[i - 2], xy[i + 1] - xy[i - 1]);

      if (length <= step || i + 2 >= points->len)
        {
          double t = step > 0 ? MIN (length / step, 1) : 0;

          *x = xy[i - 2] + t * (xy[i] - xy[i - 2]);
          *y = xy[i - 1] + t * (xy[i + 1] - xy[i - 1]);
          return;
        }
      length -= step;
    }
  g_assert_not_reached ();
}

static double
arc_length (ScmLinkLayer *layer,
            guint         index)
{
  g_autoptr(GArray) points = scm_link_layer_project_link (layer, index, 0,
                                                          gtk_widget_get_width (GTK_WIDGET (layer)),
                                                          gtk_widget_get_height (GTK_WIDGET (layer)));
  double length = 0;

  for (guint i = 2; i < points->len; i += 2)
    length += hypot (g_array_index (points, double, i) - g_array_index (points, double, i - 2),
                     g_array_index (points, double, i + 1) - g_array_index (points, double, i - 1));
  return length;
}

/* Runs the main loop until the map stops moving (the window's own framing
 * and ours are animated) */
static void
settle_viewport (ScmLinkLayer *layer)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (layer));

  for (guint i = 0; i < 20; i++)
    {
      double zoom = shumate_viewport_get_zoom_level (viewport);
      double latitude = shumate_location_get_latitude (SHUMATE_LOCATION (viewport));
      double longitude = shumate_location_get_longitude (SHUMATE_LOCATION (viewport));

      scm_test_settle ();
      if (zoom == shumate_viewport_get_zoom_level (viewport) &&
          latitude == shumate_location_get_latitude (SHUMATE_LOCATION (viewport)) &&
          longitude == shumate_location_get_longitude (SHUMATE_LOCATION (viewport)))
        return;
    }
  g_assert_not_reached ();
}

/* Frames link @index and moves the real pointer onto it, @length pixels
 * along (the middle for a negative @length); FALSE without X11 or xdotool */
static gboolean
point_at_link (Fixture *fixture,
               guint    index,
               double   length,
               gboolean click)
{
  ScmLink *link = scm_link_layer_get_link (fixture->layer, index);
  GtkWidget *layer = GTK_WIDGET (fixture->layer);
  graphene_point_t in_window;
  double x, y;

  settle_viewport (fixture->layer);
  scm_map_view_frame_link (fixture->map_view, link);
  settle_viewport (fixture->layer);
  point_along (fixture->layer, index, length < 0 ? arc_length (fixture->layer, index) / 2 : length, &x, &y);
  g_assert_cmpfloat (x, >, 0);
  g_assert_cmpfloat (x, <, gtk_widget_get_width (layer));
  g_assert_cmpfloat (y, >, 0);
  g_assert_cmpfloat (y, <, gtk_widget_get_height (layer));

  /* Nothing but the map is drawn there: the pointer is the links' to take */
  g_assert_true (gtk_widget_compute_point (layer, GTK_WIDGET (fixture->window),
                                           &GRAPHENE_POINT_INIT (x, y), &in_window));
  g_assert_false (GTK_IS_BUTTON (gtk_widget_get_ancestor (gtk_widget_pick (GTK_WIDGET (fixture->window),
                                                                           in_window.x, in_window.y,
                                                                           GTK_PICK_DEFAULT),
                                                          GTK_TYPE_BUTTON)));

  /* From elsewhere first, resting there until any tooltip has gone, so
   * that the tooltip is asked for anew */
  if (!scm_test_move_pointer (layer, 2, 2))
    return FALSE;
  scm_test_wait (1500);
  return click ? scm_test_click (layer, x, y) : scm_test_move_pointer (layer, x, y);
}

static void
wait_for_tooltip (Fixture *fixture)
{
  for (guint i = 0; i < 60 && !scm_test_tooltip_shown (GTK_WIDGET (fixture->window)); i++)
    scm_test_wait (50);
}

/* The tooltip names both centres, the kind and the year */
static void
assert_tooltip_names (Fixture *fixture,
                      ScmLink *link)
{
  const char *text;
  g_autofree char *year = g_strdup_printf ("%d", scm_link_get_year (link));

  wait_for_tooltip (fixture);
  g_assert_true (scm_test_tooltip_shown (GTK_WIDGET (fixture->window)));
  text = scm_test_tooltip_text (GTK_WIDGET (fixture->window));
  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, scm_centre_get_short_name (scm_link_get_from (link))));
  g_assert_nonnull (strstr (text, scm_centre_get_short_name (scm_link_get_to (link))));
  g_assert_nonnull (strstr (text, year));
}

/* Ctrl+L shows every link; the pointer over one's middle explains and highlights it */
static void
test_tooltip_all_links (Fixture       *fixture,
                        gconstpointer  data)
{
  guint index = scm_test_find_link (fixture->layer, "iciwarm", "erce", SCM_LINK_KIND_MOU);
  ScmLink *link = scm_link_layer_get_link (fixture->layer, index);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-links", NULL);
  if (!point_at_link (fixture, index, -1, FALSE))
    {
      g_test_skip ("no X11 pointer (xdotool) here");
      return;
    }

  assert_tooltip_names (fixture, link);
  g_assert_true (scm_link_layer_get_hovered (fixture->layer) == link);

  /* Away from every arc: no link, no highlight */
  scm_test_move_pointer (GTK_WIDGET (fixture->layer), 2, 2);
  g_assert_null (scm_link_layer_get_hovered (fixture->layer));
}

/* With a centre selected, its dashed link answers in a gap between dashes:
 * a "thematic network" is drawn 3 widths on, 3 off, 3 px wide when emphasised */
static void
test_tooltip_in_dash_gap (Fixture       *fixture,
                          gconstpointer  data)
{
  guint index = scm_test_find_link (fixture->layer, "htc-kl", "icharm", SCM_LINK_KIND_NETWORK);
  ScmLink *link = scm_link_layer_get_link (fixture->layer, index);
  double period = 18, gap_middle = 13.5, length;

  scm_window_set_selected_centre (fixture->window, scm_link_get_from (link));
  scm_test_settle ();
  g_assert_true (scm_link_layer_is_link_emphasised (fixture->layer, index));

  settle_viewport (fixture->layer);
  scm_map_view_frame_link (fixture->map_view, link);
  settle_viewport (fixture->layer);
  length = floor (arc_length (fixture->layer, index) / 2 / period) * period + gap_middle;
  if (!point_at_link (fixture, index, length, FALSE))
    {
      g_test_skip ("no X11 pointer (xdotool) here");
      return;
    }

  assert_tooltip_names (fixture, link);
  g_assert_true (scm_link_layer_get_hovered (fixture->layer) == link);
}

static gboolean
is_label_with_text (GtkWidget     *widget,
                    gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) &&
         strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

/* A click on an arc opens one of its centres, whose panel lists the other */
static void
test_click_selects_link (Fixture       *fixture,
                         gconstpointer  data)
{
  guint index = scm_test_find_link (fixture->layer, "iciwarm", "erce", SCM_LINK_KIND_MOU);
  ScmLink *link = scm_link_layer_get_link (fixture->layer, index);
  GtkWidget *sidebar;
  ScmCentre *selected, *partner;

  g_assert_null (scm_window_get_selected_centre (fixture->window));
  if (!point_at_link (fixture, index, -1, TRUE))
    {
      g_test_skip ("no X11 pointer (xdotool) here");
      return;
    }
  scm_test_settle ();

  selected = scm_window_get_selected_centre (fixture->window);
  g_assert_nonnull (selected);
  g_assert_true (scm_link_involves (link, selected));
  partner = scm_link_get_partner (link, selected);
  g_assert_true (scm_link_layer_is_link_emphasised (fixture->layer, index));

  /* The side panel shows the one centre and, in its links, the other */
  sidebar = scm_test_find_of_type (GTK_WIDGET (fixture->window), SCM_TYPE_SIDEBAR);
  g_assert_nonnull (scm_test_find_widget (sidebar, is_label_with_text, scm_centre_get_name (selected)));
  g_assert_nonnull (scm_test_find_widget (sidebar, is_label_with_text, scm_centre_get_short_name (partner)));
}

/* The most opaque pixel of @layer around the point of link @index halfway along it */
static guint
alpha_at_middle (ScmLinkLayer *layer,
                 guint         index)
{
  double x, y;
  guint alpha = 0;

  point_along (layer, index, arc_length (layer, index) / 2, &x, &y);
  for (int dx = -1; dx <= 1; dx++)
    for (int dy = -1; dy <= 1; dy++)
      alpha = MAX (alpha, scm_test_alpha_at (GTK_WIDGET (layer), (int)round (x) + dx, (int)round (y) + dy));
  return alpha;
}

/* Dragging the map with the pointer moves the arcs with it: the layer keeps
 * its drawing over a pan, and that drawing lands where the arc now is */
static void
test_drag_moves_arcs (Fixture       *fixture,
                      gconstpointer  data)
{
  guint index = scm_test_find_link (fixture->layer, "iciwarm", "erce", SCM_LINK_KIND_MOU);
  GtkWidget *layer = GTK_WIDGET (fixture->layer);
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (fixture->layer));
  double latitude, zoom;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-links", NULL);
  settle_viewport (fixture->layer);
  scm_map_view_frame_link (fixture->map_view, scm_link_layer_get_link (fixture->layer, index));
  settle_viewport (fixture->layer);
  g_assert_cmpuint (alpha_at_middle (fixture->layer, index), >, 0);
  latitude = shumate_location_get_latitude (SHUMATE_LOCATION (viewport));
  zoom = shumate_viewport_get_zoom_level (viewport);

  /* From low in the map, where no marker is, 100 px up: across the arc, so
   * that a drawing left behind or moved the wrong way misses it */
  if (!scm_test_drag (layer, gtk_widget_get_width (layer) / 2.0, gtk_widget_get_height (layer) - 60, 0, -100))
    {
      g_test_skip ("no X11 pointer (xdotool) here");
      return;
    }
  settle_viewport (fixture->layer);
  g_assert_cmpfloat (shumate_viewport_get_zoom_level (viewport), ==, zoom);
  g_assert_cmpfloat (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)), <, latitude);
  g_assert_cmpuint (alpha_at_middle (fixture->layer, index), >, 0);
}

/* ICIWaRM (Virginia) to ICHARM (Tsukuba) crosses the Pacific: one polyline
 * that runs on past the world's east edge, never a jump across the map */
static void
test_antimeridian_arc_whole (Fixture       *fixture,
                             gconstpointer  data)
{
  guint index = scm_test_find_link (fixture->layer, "iciwarm", "icharm", SCM_LINK_KIND_MOU);
  guint n_points;
  const double *xy = scm_link_layer_get_unit_arc (fixture->layer, index, &n_points);
  double x0 = xy[0], x1 = xy[0];

  g_assert_cmpuint (n_points, >, 8);
  for (guint i = 1; i < n_points; i++)
    {
      g_assert_cmpfloat (fabs (xy[2 * i] - xy[2 * i - 2]), <, 0.02);
      x0 = MIN (x0, xy[2 * i]);
      x1 = MAX (x1, xy[2 * i]);
    }
  g_assert_cmpfloat (x0, <, 1);
  g_assert_cmpfloat (x1, >, 1);
  g_assert_cmpfloat (x0, >=, 0);
  g_assert_null (scm_link_layer_project_link (fixture->layer, index, 1, 100, 100));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/link-pointer/drag-moves-arcs", Fixture, NULL,
              scm_test_window_set_up, test_drag_moves_arcs, scm_test_window_tear_down);
  g_test_add ("/link-pointer/tooltip/all-links", Fixture, NULL, scm_test_window_set_up, test_tooltip_all_links,
              scm_test_window_tear_down);
  g_test_add ("/link-pointer/tooltip/dash-gap", Fixture, NULL, scm_test_window_set_up, test_tooltip_in_dash_gap,
              scm_test_window_tear_down);
  g_test_add ("/link-pointer/click", Fixture, NULL, scm_test_window_set_up, test_click_selects_link,
              scm_test_window_tear_down);
  g_test_add ("/link-pointer/antimeridian", Fixture, NULL, scm_test_window_set_up, test_antimeridian_arc_whole,
              scm_test_window_tear_down);

  return g_test_run ();
}
