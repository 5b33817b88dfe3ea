/* scm-link-pointer.c — the pointer over the link layer's arcs: a highlight,
 * a tooltip and a click, taken by the widget that holds every layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "scm-labels.h"
#include "scm-link-layer.h"

/* "ICHARM ↔ ICIWaRM · Memorandum of understanding · 2014" */
static char *
describe_link (ScmLink *link)
{
  const char *from = scm_centre_get_short_name (scm_link_get_from (link));
  const char *to = scm_centre_get_short_name (scm_link_get_to (link));
  const char *kind = scm_labels_link_kind (scm_link_get_kind (link));

  if (scm_link_get_year (link) > 0)
    /* Translators: a link's tooltip on the map: the two centres' short names,
     * the kind of collaboration and the year it began */
    return g_strdup_printf (_("%1$s ↔ %2$s · %3$s · %4$d"), from, to, kind, scm_link_get_year (link));
  /* Translators: a link's tooltip on the map: the two centres' short names
   * and the kind of collaboration */
  return g_strdup_printf (_("%1$s ↔ %2$s · %3$s"), from, to, kind);
}

/* Links answer the pointer only where it is over the map itself (a layer's
 * empty part or the map), not over a marker, a button or the legend */
static gboolean
over_map (GtkWidget *host,
          double     x,
          double     y)
{
  GtkWidget *picked = gtk_widget_pick (host, x, y, GTK_PICK_DEFAULT);

  return picked != NULL && (SHUMATE_IS_LAYER (picked) || SHUMATE_IS_MAP (picked));
}

/* The arc under point @x, @y of @host, or -1 */
static int
find_arc_at_host_point (ScmLinkLayer *self,
                        GtkWidget    *host,
                        double        x,
                        double        y)
{
  graphene_point_t point;

  if (!over_map (host, x, y) ||
      !gtk_widget_compute_point (host, GTK_WIDGET (self), &GRAPHENE_POINT_INIT (x, y), &point))
    return -1;
  return scm_link_layer_find_index_at (self, point.x, point.y);
}

static void
pointer_moved (GtkEventControllerMotion *motion,
               double                    x,
               double                    y,
               ScmLinkLayer             *self)
{
  GtkWidget *host = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (motion));

  scm_link_layer_set_hovered (self, find_arc_at_host_point (self, host, x, y));
}

static void
pointer_left (ScmLinkLayer *self)
{
  scm_link_layer_set_hovered (self, -1);
}

static gboolean
host_query_tooltip (GtkWidget    *host,
                    int           x,
                    int           y,
                    gboolean      keyboard,
                    GtkTooltip   *tooltip,
                    ScmLinkLayer *self)
{
  g_autofree char *text = NULL;
  int index;

  if (keyboard || (index = find_arc_at_host_point (self, host, x, y)) < 0)
    return FALSE;

  text = describe_link (scm_link_layer_get_link (self, index));
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* A click on an arc selects its link: the window's win.follow-link shows
 * its centres and frames it */
static void
clicked (GtkGestureClick *click,
         int              n_press,
         double           x,
         double           y,
         ScmLinkLayer    *self)
{
  GtkWidget *host = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (click));
  int index = find_arc_at_host_point (self, host, x, y);

  if (n_press == 1 && index >= 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.follow-link", "i", index);
}

/**
 * scm_link_layer_track_pointer:
 * @host: the widget that holds the map and every layer
 *
 * The layers above the links (markers, the venue) cover the whole map, so
 * the links cannot take the pointer themselves: @host, an ancestor of all of
 * them, hovers, explains and clicks the arcs wherever the pointer is not
 * over something drawn above them.
 */
void
scm_link_layer_track_pointer (ScmLinkLayer *self,
                              GtkWidget    *host)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  g_return_if_fail (SCM_IS_LINK_LAYER (self));
  g_return_if_fail (gtk_widget_is_ancestor (GTK_WIDGET (self), host));

  g_signal_connect_object (motion, "motion", G_CALLBACK (pointer_moved), self, 0);
  g_signal_connect_object (motion, "leave", G_CALLBACK (pointer_left), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (host, motion);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (click, "released", G_CALLBACK (clicked), self, 0);
  gtk_widget_add_controller (host, GTK_EVENT_CONTROLLER (click));

  gtk_widget_set_has_tooltip (host, TRUE);
  g_signal_connect_object (host, "query-tooltip", G_CALLBACK (host_query_tooltip), self, 0);
}
