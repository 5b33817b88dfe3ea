/* scm-link-layer.c
 *
 * Arcs are computed once per network, as points of the unit-square world;
 * drawing a frame only scales and shifts them to the viewport, so panning
 * costs no geometry. By default the links of the selected centre are drawn
 * strongly and the others faintly; "show all" draws them all strongly.
 * A link is drawn only while both of its ends pass the filter.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "scm-geo.h"
#include "scm-link-layer.h"
#include "scm-link-style.h"
#include "scm-labels.h"
#include "scm-map-transform.h"

#define HIT_DISTANCE 6

/* Half the widest stroke (the focused link's halo), and then some for its caps */
#define STROKE_MARGIN 6

typedef struct
{
  ScmLink *link;
  GPtrArray *pieces;   /* GArray of doubles, x and y in the unit square */
  double x0, y0, x1, y1;   /* the pieces' bounding box, unit square */
  gboolean in_view;        /* at the frame being drawn */
} Arc;

struct _ScmLinkLayer
{
  ShumateLayer parent_instance;

  GArray *arcs;
  ScmCentreFilter *filter;
  ScmCentre *selected;
  ScmLink *focused;     /* the link the user points at in the panel, drawn on top */
  gboolean show_all;
  gboolean on_dark;     /* drawn over the dark basemap */
};

G_DEFINE_FINAL_TYPE (ScmLinkLayer, scm_link_layer, SHUMATE_TYPE_LAYER)

static void
clear_arc (gpointer data)
{
  Arc *arc = data;

  g_clear_object (&arc->link);
  g_clear_pointer (&arc->pieces, g_ptr_array_unref);
}

/* Enough points for a smooth curve at the highest zoom, fewer for short links */
static Arc
build_arc (ScmLink *link)
{
  ScmCentre *from = scm_link_get_from (link);
  ScmCentre *to = scm_link_get_to (link);
  double lat1 = scm_centre_get_latitude (from), lon1 = scm_centre_get_longitude (from);
  double lat2 = scm_centre_get_latitude (to), lon2 = scm_centre_get_longitude (to);
  guint n_segments = CLAMP ((guint)(scm_geo_distance_km (lat1, lon1, lat2, lon2) / 100), 8, 128);
  g_autoptr(GArray) points = scm_geo_great_circle (lat1, lon1, lat2, lon2, n_segments);
  Arc arc = { g_object_ref (link), scm_geo_split_antimeridian (points), 1, 1, 0, 0, FALSE };

  for (guint p = 0; p < arc.pieces->len; p++)
    {
      GArray *piece = g_ptr_array_index (arc.pieces, p);

      for (guint i = 0; i < piece->len; i += 2)
        {
          double x = scm_geo_longitude_to_x (g_array_index (piece, double, i + 1));
          double y = scm_geo_latitude_to_y (g_array_index (piece, double, i));

          g_array_index (piece, double, i) = x;
          g_array_index (piece, double, i + 1) = y;
          arc.x0 = MIN (arc.x0, x);
          arc.y0 = MIN (arc.y0, y);
          arc.x1 = MAX (arc.x1, x);
          arc.y1 = MAX (arc.y1, y);
        }
    }

  return arc;
}

static gboolean
place_passes (ScmLinkLayer *self,
              ScmCentre    *centre)
{
  return self->filter == NULL || scm_centre_filter_matches (self->filter, centre);
}

gboolean
scm_link_layer_is_link_shown (ScmLinkLayer *self,
                              guint         index)
{
  ScmLink *link;

  g_return_val_if_fail (SCM_IS_LINK_LAYER (self), FALSE);
  g_return_val_if_fail (index < self->arcs->len, FALSE);

  link = g_array_index (self->arcs, Arc, index).link;
  return place_passes (self, scm_link_get_from (link)) && place_passes (self, scm_link_get_to (link));
}

gboolean
scm_link_layer_is_link_emphasised (ScmLinkLayer *self,
                                   guint         index)
{
  g_return_val_if_fail (SCM_IS_LINK_LAYER (self), FALSE);

  return scm_link_layer_is_link_shown (self, index) &&
         (self->show_all ||
          scm_link_involves (g_array_index (self->arcs, Arc, index).link, self->selected));
}

/**
 * scm_link_layer_project_link:
 *
 * Returns: (transfer full) (nullable): the widget coordinates (x, y pairs) of
 *   piece @piece of link @index in a layer of @width × @height
 */
GArray *
scm_link_layer_project_link (ScmLinkLayer *self,
                             guint         index,
                             guint         piece,
                             double        width,
                             double        height)
{
  ScmMapTransform t;
  GPtrArray *pieces;
  GArray *points, *projected;

  g_return_val_if_fail (SCM_IS_LINK_LAYER (self), NULL);
  g_return_val_if_fail (index < self->arcs->len, NULL);

  pieces = g_array_index (self->arcs, Arc, index).pieces;
  if (piece >= pieces->len)
    return NULL;

  scm_map_transform_from_viewport (&t, shumate_layer_get_viewport (SHUMATE_LAYER (self)), width, height);

  points = g_ptr_array_index (pieces, piece);
  projected = g_array_sized_new (FALSE, FALSE, sizeof (double), points->len);
  for (guint i = 0; i < points->len; i += 2)
    {
      double xy[2];

      scm_map_transform_apply (&t, g_array_index (points, double, i), g_array_index (points, double, i + 1),
                                &xy[0], &xy[1]);
      g_array_append_vals (projected, xy, 2);
    }

  return projected;
}

static void
trace_arc (cairo_t             *cr,
           const ScmMapTransform *t,
           const Arc           *arc)
{
  for (guint p = 0; p < arc->pieces->len; p++)
    {
      GArray *piece = g_ptr_array_index (arc->pieces, p);

      for (guint i = 0; i < piece->len; i += 2)
        {
          double x, y;

          scm_map_transform_apply (t, g_array_index (piece, double, i), g_array_index (piece, double, i + 1),
                                    &x, &y);
          if (i == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
        }
    }
}

static void
draw_arcs (ScmLinkLayer        *self,
           cairo_t             *cr,
           const ScmMapTransform *t,
           gboolean             emphasised)
{
  for (guint i = 0; i < self->arcs->len; i++)
    {
      const Arc *arc = &g_array_index (self->arcs, Arc, i);

      if (!arc->in_view || !scm_link_layer_is_link_shown (self, i) ||
          scm_link_layer_is_link_emphasised (self, i) != emphasised)
        continue;

      scm_link_style_apply (cr, scm_link_get_kind (arc->link),
                            emphasised ? 3.0 : 1.5, emphasised ? 0.9 : 0.3, self->on_dark);
      trace_arc (cr, t, arc);
      cairo_stroke (cr);
    }
}

/* The focused link over everything, wide, on a white halo */
static void
draw_focused (ScmLinkLayer        *self,
              cairo_t             *cr,
              const ScmMapTransform *t)
{
  for (guint i = 0; self->focused != NULL && i < self->arcs->len; i++)
    {
      const Arc *arc = &g_array_index (self->arcs, Arc, i);

      if (arc->link != self->focused || !arc->in_view)
        continue;

      trace_arc (cr, t, arc);
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_set_source_rgba (cr, 1, 1, 1, 0.9);
      cairo_set_line_width (cr, 9);
      cairo_stroke_preserve (cr);
      scm_link_style_apply (cr, scm_link_get_kind (arc->link), 5, 1, self->on_dark);
      cairo_stroke (cr);
    }
}

/* The widget box of @arc's strokes, clipped to the widget; FALSE when empty */
static gboolean
get_arc_box (const ScmMapTransform *t,
             const Arc             *arc,
             graphene_rect_t       *box)
{
  const double corners[4][2] = { { arc->x0, arc->y0 }, { arc->x1, arc->y0 },
                                 { arc->x0, arc->y1 }, { arc->x1, arc->y1 } };
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  for (guint i = 0; i < G_N_ELEMENTS (corners); i++)
    {
      double x, y;

      scm_map_transform_apply (t, corners[i][0], corners[i][1], &x, &y);
      x0 = MIN (x0, x);
      y0 = MIN (y0, y);
      x1 = MAX (x1, x);
      y1 = MAX (y1, y);
    }

  x0 = MAX (x0 - STROKE_MARGIN, 0);
  y0 = MAX (y0 - STROKE_MARGIN, 0);
  x1 = MIN (x1 + STROKE_MARGIN, 2 * t->half_width);
  y1 = MIN (y1 + STROKE_MARGIN, 2 * t->half_height);
  if (x1 <= x0 || y1 <= y0)
    return FALSE;

  graphene_rect_init (box, x0, y0, x1 - x0, y1 - y0);
  return TRUE;
}

/* Marks the arcs that reach into the widget; returns the box around them,
 * so that a frame composites only that part of the layer */
static gboolean
find_arcs_in_view (ScmLinkLayer          *self,
                   const ScmMapTransform *t,
                   graphene_rect_t       *bounds)
{
  gboolean any = FALSE;

  for (guint i = 0; i < self->arcs->len; i++)
    {
      Arc *arc = &g_array_index (self->arcs, Arc, i);
      graphene_rect_t box;

      arc->in_view = get_arc_box (t, arc, &box);
      if (!arc->in_view)
        continue;
      if (any)
        graphene_rect_union (bounds, &box, bounds);
      else
        *bounds = box;
      any = TRUE;
    }

  return any;
}

static void
scm_link_layer_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  ScmLinkLayer *self = SCM_LINK_LAYER (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  graphene_rect_t bounds;
  ScmMapTransform t;
  cairo_t *cr;

  if (self->arcs->len == 0 || width <= 0 || height <= 0)
    return;

  scm_map_transform_from_viewport (&t, shumate_layer_get_viewport (SHUMATE_LAYER (self)), width, height);
  if (!find_arcs_in_view (self, &t, &bounds))
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  draw_arcs (self, cr, &t, FALSE);
  draw_arcs (self, cr, &t, TRUE);
  draw_focused (self, cr, &t);
  cairo_destroy (cr);
}

static double
distance_to_segment (double px, double py,
                     double ax, double ay,
                     double bx, double by)
{
  double dx = bx - ax, dy = by - ay;
  double length2 = dx * dx + dy * dy;
  double t = length2 > 0 ? CLAMP (((px - ax) * dx + (py - ay) * dy) / length2, 0, 1) : 0;

  return hypot (px - (ax + t * dx), py - (ay + t * dy));
}

/* The shown link nearest to widget point @x, @y, within a few pixels */
ScmLink *
scm_link_layer_find_link_at (ScmLinkLayer *self,
                             double        x,
                             double        y)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double best = HIT_DISTANCE;
  ScmLink *found = NULL;

  g_return_val_if_fail (SCM_IS_LINK_LAYER (self), NULL);

  for (guint i = 0; i < self->arcs->len; i++)
    {
      GPtrArray *pieces = g_array_index (self->arcs, Arc, i).pieces;

      if (!scm_link_layer_is_link_shown (self, i))
        continue;

      for (guint p = 0; p < pieces->len; p++)
        {
          g_autoptr(GArray) points = scm_link_layer_project_link (self, i, p, width, height);
          const double *xy = (const double *)points->data;

          for (guint k = 2; k < points->len; k += 2)
            {
              double distance = distance_to_segment (x, y, xy[k - 2], xy[k - 1], xy[k], xy[k + 1]);

              if (distance < best)
                {
                  best = distance;
                  found = g_array_index (self->arcs, Arc, i).link;
                }
            }
        }
    }

  return found;
}

static gboolean
scm_link_layer_query_tooltip (GtkWidget  *widget,
                              int         x,
                              int         y,
                              gboolean    keyboard,
                              GtkTooltip *tooltip)
{
  ScmLink *link = scm_link_layer_find_link_at (SCM_LINK_LAYER (widget), x, y);
  g_autofree char *text = NULL;

  if (link == NULL)
    return FALSE;

  text = scm_labels_describe_link (link);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
viewport_changed (ScmLinkLayer *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
scm_link_layer_constructed (GObject *object)
{
  ScmLinkLayer *self = (ScmLinkLayer *)object;
  ShumateViewport *viewport;

  G_OBJECT_CLASS (scm_link_layer_parent_class)->constructed (object);

  viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  g_signal_connect_object (viewport, "notify", G_CALLBACK (viewport_changed), self, G_CONNECT_SWAPPED);
}

static void
scm_link_layer_dispose (GObject *object)
{
  ScmLinkLayer *self = (ScmLinkLayer *)object;

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_clear_object (&self->filter);
  g_clear_object (&self->selected);
  g_clear_object (&self->focused);
  g_array_set_size (self->arcs, 0);

  G_OBJECT_CLASS (scm_link_layer_parent_class)->dispose (object);
}

static void
scm_link_layer_finalize (GObject *object)
{
  g_array_unref (SCM_LINK_LAYER (object)->arcs);
  G_OBJECT_CLASS (scm_link_layer_parent_class)->finalize (object);
}

static void
scm_link_layer_class_init (ScmLinkLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = scm_link_layer_constructed;
  object_class->dispose = scm_link_layer_dispose;
  object_class->finalize = scm_link_layer_finalize;
  widget_class->snapshot = scm_link_layer_snapshot;
  widget_class->query_tooltip = scm_link_layer_query_tooltip;
}

static void
scm_link_layer_init (ScmLinkLayer *self)
{
  self->arcs = g_array_new (FALSE, FALSE, sizeof (Arc));
  g_array_set_clear_func (self->arcs, clear_arc);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

ScmLinkLayer *
scm_link_layer_new (ShumateViewport *viewport)
{
  return g_object_new (SCM_TYPE_LINK_LAYER, "viewport", viewport, NULL);
}

void
scm_link_layer_set_network (ScmLinkLayer *self,
                            ScmNetwork   *network)
{
  GListModel *links = scm_network_get_links (network);

  g_return_if_fail (SCM_IS_LINK_LAYER (self));

  g_array_set_size (self->arcs, 0);
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(ScmLink) link = g_list_model_get_item (links, i);
      Arc arc = build_arc (link);

      g_array_append_val (self->arcs, arc);
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
scm_link_layer_set_filter (ScmLinkLayer    *self,
                           ScmCentreFilter *filter)
{
  g_return_if_fail (SCM_IS_LINK_LAYER (self));

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_set_object (&self->filter, filter);
  if (filter != NULL)
    g_signal_connect_swapped (filter, "changed", G_CALLBACK (gtk_widget_queue_draw), self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
scm_link_layer_set_selected (ScmLinkLayer *self,
                             ScmCentre    *centre)
{
  g_return_if_fail (SCM_IS_LINK_LAYER (self));

  if (g_set_object (&self->selected, centre))
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
scm_link_layer_set_show_all (ScmLinkLayer *self,
                             gboolean      show_all)
{
  g_return_if_fail (SCM_IS_LINK_LAYER (self));

  self->show_all = show_all;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
scm_link_layer_get_n_links (ScmLinkLayer *self)
{
  g_return_val_if_fail (SCM_IS_LINK_LAYER (self), 0);
  return self->arcs->len;
}

ScmLink *
scm_link_layer_get_link (ScmLinkLayer *self,
                         guint         index)
{
  g_return_val_if_fail (SCM_IS_LINK_LAYER (self), NULL);
  g_return_val_if_fail (index < self->arcs->len, NULL);
  return g_array_index (self->arcs, Arc, index).link;
}

/* Draws @link (or none) over the others, for the link the user points at */
void
scm_link_layer_set_focused (ScmLinkLayer *self,
                            ScmLink      *link)
{
  g_return_if_fail (SCM_IS_LINK_LAYER (self));

  if (g_set_object (&self->focused, link))
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

ScmLink *
scm_link_layer_get_focused (ScmLinkLayer *self)
{
  g_return_val_if_fail (SCM_IS_LINK_LAYER (self), NULL);
  return self->focused;
}

/* Lighter colours over the dark basemap */
void
scm_link_layer_set_on_dark (ScmLinkLayer *self,
                            gboolean      on_dark)
{
  g_return_if_fail (SCM_IS_LINK_LAYER (self));

  self->on_dark = on_dark;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
