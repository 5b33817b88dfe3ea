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
#include "scm-link-layer-private.h"
#include "scm-link-style.h"
#include "scm-labels.h"
#include "scm-map-transform.h"
#include "scm-pixel-node.h"

#define HIT_DISTANCE 6       /* pixels from an arc that still point at it */
#define MAX_WORLD_COPIES 16  /* copies of the world side by side, at the smallest zoom */
#define STROKE_MARGIN 6      /* half the widest stroke (a highlighted link's halo), and its caps */

G_DEFINE_FINAL_TYPE (ScmLinkLayer, scm_link_layer, SHUMATE_TYPE_LAYER)

static void
clear_arc (gpointer data)
{
  g_clear_object (&((Arc *)data)->link);
}

static void
frame_init (Frame        *frame,
            ScmLinkLayer *self,
            double        margin)
{
  scm_map_transform_from_viewport (&frame->t, shumate_layer_get_viewport (SHUMATE_LAYER (self)),
                                   gtk_widget_get_width (GTK_WIDGET (self)),
                                   gtk_widget_get_height (GTK_WIDGET (self)));
  scm_map_transform_get_bounds (&frame->t, &frame->x0, &frame->y0, &frame->x1, &frame->y1);
  frame->pixel = 1 / frame->t.world;
  frame->x0 -= margin * frame->pixel;
  frame->y0 -= margin * frame->pixel;
  frame->x1 += margin * frame->pixel;
  frame->y1 += margin * frame->pixel;
}

/* The copies of the world (shifts of x by whole worlds) in which @arc is in
 * view and at least a pixel long; FALSE for none */
gboolean
scm_link_layer_arc_copies_in_view (const Frame *frame,
                                   const Arc   *arc,
                                   int         *first,
                                   int         *last)
{
  if (arc->y1 < frame->y0 || arc->y0 > frame->y1 ||
      MAX (arc->x1 - arc->x0, arc->y1 - arc->y0) < frame->pixel)
    return FALSE;

  *first = (int)MAX (ceil (frame->x0 - arc->x1), -MAX_WORLD_COPIES);
  *last = (int)MIN (floor (frame->x1 - arc->x0), MAX_WORLD_COPIES);
  return *first <= *last;
}

static void
shift_arc (ScmLinkLayer *self,
           Arc          *arc,
           double        shift)
{
  double *xy = &g_array_index (self->points, double, 2 * arc->first);

  for (guint i = 0; i < arc->n_points; i++)
    xy[2 * i] += shift;
  arc->x0 += shift;
  arc->x1 += shift;
}

/* Enough points for a smooth curve at the highest zoom, fewer for short links;
 * x continues past the edges of the square where the arc crosses ±180° */
static void
add_arc (ScmLinkLayer *self,
         ScmLink      *link)
{
  ScmCentre *from = scm_link_get_from (link);
  ScmCentre *to = scm_link_get_to (link);
  double lat1 = scm_centre_get_latitude (from), lon1 = scm_centre_get_longitude (from);
  double lat2 = scm_centre_get_latitude (to), lon2 = scm_centre_get_longitude (to);
  guint n_segments = CLAMP ((guint)(scm_geo_distance_km (lat1, lon1, lat2, lon2) / 100), 8, 128);
  g_autoptr(GArray) points = scm_geo_great_circle (lat1, lon1, lat2, lon2, n_segments);
  Arc arc = { g_object_ref (link), self->points->len / 2, points->len / 2, G_MAXDOUBLE, G_MAXDOUBLE,
              -G_MAXDOUBLE, -G_MAXDOUBLE, TRUE };

  for (guint i = 0; i < points->len; i += 2)
    {
      double xy[2] = { scm_geo_longitude_to_x (g_array_index (points, double, i + 1)),
                       scm_geo_latitude_to_y (g_array_index (points, double, i)) };

      g_array_append_vals (self->points, xy, 2);
      arc.x0 = MIN (arc.x0, xy[0]);
      arc.x1 = MAX (arc.x1, xy[0]);
      arc.y0 = MIN (arc.y0, xy[1]);
      arc.y1 = MAX (arc.y1, xy[1]);
    }

  /* Every arc starts east of the square's west edge: one crossing ±180°
   * runs on past x = 1 into the next copy of the world */
  shift_arc (self, &arc, -floor (arc.x0));
  g_array_append_val (self->arcs, arc);
}

const double *
scm_link_layer_arc_points (ScmLinkLayer *self,
                           const Arc    *arc)
{
  return &g_array_index (self->points, double, 2 * arc->first);
}

static int
compare_kinds (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  GArray *arcs = user_data;
  int kind_a = scm_link_get_kind (g_array_index (arcs, Arc, *(const guint *)a).link);
  int kind_b = scm_link_get_kind (g_array_index (arcs, Arc, *(const guint *)b).link);

  return kind_a != kind_b ? kind_a - kind_b : (int)*(const guint *)a - (int)*(const guint *)b;
}

static gboolean
place_passes (ScmLinkLayer *self,
              ScmCentre    *centre)
{
  return self->filter == NULL || scm_centre_filter_matches (self->filter, centre);
}

/* Which arcs are shown changes only with the filter: not looked up per frame */
/* What the arcs show changed: the kept drawing goes */
static void
redraw (ScmLinkLayer *self)
{
  scm_link_layer_forget_kept (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
refresh_shown (ScmLinkLayer *self)
{
  for (guint i = 0; i < self->arcs->len; i++)
    {
      Arc *arc = &g_array_index (self->arcs, Arc, i);

      arc->shown = place_passes (self, scm_link_get_from (arc->link)) &&
                   place_passes (self, scm_link_get_to (arc->link));
    }
  scm_link_layer_web_changed (self);
  redraw (self);
}

gboolean
scm_link_layer_is_link_shown (ScmLinkLayer *self,
                              guint         index)
{
  g_return_val_if_fail (SCM_IS_LINK_LAYER (self), FALSE);
  g_return_val_if_fail (index < self->arcs->len, FALSE);

  return g_array_index (self->arcs, Arc, index).shown;
}

gboolean
scm_link_layer_arc_is_emphasised (ScmLinkLayer *self,
                                  const Arc    *arc)
{
  return arc->shown && (self->show_all || scm_link_involves (arc->link, self->selected));
}

gboolean
scm_link_layer_is_link_emphasised (ScmLinkLayer *self,
                                   guint         index)
{
  g_return_val_if_fail (SCM_IS_LINK_LAYER (self), FALSE);
  g_return_val_if_fail (index < self->arcs->len, FALSE);

  return scm_link_layer_arc_is_emphasised (self, &g_array_index (self->arcs, Arc, index));
}

/**
 * scm_link_layer_get_unit_arc:
 * @n_points: (out): the number of points
 *
 * Returns: (transfer none): the x, y pairs of link @index in the unit
 *   square, x unwrapped (beyond [0, 1] where the arc crosses ±180°)
 */
const double *
scm_link_layer_get_unit_arc (ScmLinkLayer *self,
                             guint         index,
                             guint        *n_points)
{
  const Arc *arc;

  g_return_val_if_fail (SCM_IS_LINK_LAYER (self), NULL);
  g_return_val_if_fail (index < self->arcs->len, NULL);

  arc = &g_array_index (self->arcs, Arc, index);
  *n_points = arc->n_points;
  return scm_link_layer_arc_points (self, arc);
}

/**
 * scm_link_layer_project_link:
 *
 * Returns: (transfer full) (nullable): the widget coordinates (x, y pairs) of
 *   piece @piece of link @index in a layer of @width × @height; an arc is
 *   one piece, drawn across ±180° in the world it starts in
 */
GArray *
scm_link_layer_project_link (ScmLinkLayer *self,
                             guint         index,
                             guint         piece,
                             double        width,
                             double        height)
{
  ScmMapTransform t;
  const double *xy;
  GArray *projected;
  guint n_points;

  g_return_val_if_fail (SCM_IS_LINK_LAYER (self), NULL);
  g_return_val_if_fail (index < self->arcs->len, NULL);

  if (piece > 0)
    return NULL;

  scm_map_transform_from_viewport (&t, shumate_layer_get_viewport (SHUMATE_LAYER (self)), width, height);
  xy = scm_link_layer_get_unit_arc (self, index, &n_points);
  projected = g_array_sized_new (FALSE, FALSE, sizeof (double), 2 * n_points);
  for (guint i = 0; i < n_points; i++)
    {
      double point[2];

      scm_map_transform_apply (&t, xy[2 * i], xy[2 * i + 1], &point[0], &point[1]);
      g_array_append_vals (projected, point, 2);
    }

  return projected;
}

void
scm_link_layer_arc_walk_init (ArcWalk      *walk,
                              ScmLinkLayer *self,
                              const Frame  *frame,
                              const Arc    *arc,
                              double        shift)
{
  *walk = (ArcWalk) { frame, scm_link_layer_arc_points (self, arc), arc->n_points, 0, shift,
                      MIN_STEP * frame->pixel, 0, 0 };
}

/* The next point of @walk on screen; FALSE past the last one */
gboolean
scm_link_layer_arc_walk_next (ArcWalk *walk,
                              double  *x,
                              double  *y)
{
  for (; walk->next < walk->n_points; walk->next++)
    {
      const double *p = walk->xy + 2 * walk->next;
      gboolean end = walk->next == 0 || walk->next + 1 == walk->n_points;

      if (!end && fabs (p[0] - walk->last_x) + fabs (p[1] - walk->last_y) < walk->min_step)
        continue;
      walk->last_x = p[0];
      walk->last_y = p[1];
      walk->next++;
      scm_map_transform_apply (&walk->frame->t, p[0] + walk->shift, p[1], x, y);
      return TRUE;
    }
  return FALSE;
}

/* The arc's copy @shift worlds to the east */
static void
trace_arc (ScmLinkLayer *self,
           cairo_t      *cr,
           const Frame  *frame,
           const Arc    *arc,
           double        shift)
{
  ArcWalk walk;
  double x, y;

  scm_link_layer_arc_walk_init (&walk, self, frame, arc, shift);
  if (!scm_link_layer_arc_walk_next (&walk, &x, &y))
    return;
  cairo_move_to (cr, x, y);
  while (scm_link_layer_arc_walk_next (&walk, &x, &y))
    cairo_line_to (cr, x, y);
}

/* Every copy of @arc in view */
static void
trace_arc_copies (ScmLinkLayer *self,
                  cairo_t      *cr,
                  const Frame  *frame,
                  const Arc    *arc)
{
  int first, last;

  if (!scm_link_layer_arc_copies_in_view (frame, arc, &first, &last))
    return;
  for (int k = first; k <= last; k++)
    trace_arc (self, cr, frame, arc, k);
}

/* The faint or the emphasised arcs, one path and one stroke per kind */
static void
draw_arcs (ScmLinkLayer *self,
           cairo_t      *cr,
           const Frame  *frame,
           gboolean      emphasised)
{
  int kind = -1;

  for (guint i = 0; i < self->arcs->len; i++)
    {
      const Arc *arc = &g_array_index (self->arcs, Arc, self->by_kind[i]);

      if (!arc->shown || scm_link_layer_arc_is_emphasised (self, arc) != emphasised)
        continue;

      if ((int)scm_link_get_kind (arc->link) != kind)
        {
          cairo_stroke (cr);
          kind = scm_link_get_kind (arc->link);
          scm_link_style_apply (cr, kind, emphasised ? 3.0 : 1.5, emphasised ? 0.9 : 0.3, self->on_dark);
        }
      trace_arc_copies (self, cr, frame, arc);
    }
  cairo_stroke (cr);
}

/* One link over everything, wide, on a white halo: the link pointed at in
 * the panel or on the map */
static void
draw_on_halo (ScmLinkLayer *self,
              cairo_t      *cr,
              const Frame  *frame,
              const Arc    *arc)
{
  trace_arc_copies (self, cr, frame, arc);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.9);
  cairo_set_line_width (cr, 9);
  cairo_stroke_preserve (cr);
  scm_link_style_apply (cr, scm_link_get_kind (arc->link), 5, 1, self->on_dark);
  cairo_stroke (cr);
}

static void
draw_highlights (ScmLinkLayer *self,
                 cairo_t      *cr,
                 const Frame  *frame)
{
  for (guint i = 0; self->focused != NULL && i < self->arcs->len; i++)
    if (g_array_index (self->arcs, Arc, i).link == self->focused)
      draw_on_halo (self, cr, frame, &g_array_index (self->arcs, Arc, i));

  if (self->hovered >= 0 && g_array_index (self->arcs, Arc, self->hovered).shown)
    draw_on_halo (self, cr, frame, &g_array_index (self->arcs, Arc, self->hovered));
}

/* The widget box around the shown arcs in view, clipped to the widget, so
 * that a frame composites only that part of the layer, and how many arcs
 * are in view; FALSE when none */
static gboolean
find_box_in_view (ScmLinkLayer    *self,
                  const Frame     *frame,
                  double           reach,
                  graphene_rect_t *box,
                  guint           *n_in_view)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  *n_in_view = 0;
  for (guint i = 0; i < self->arcs->len; i++)
    {
      const Arc *arc = &g_array_index (self->arcs, Arc, i);
      int first, last;

      if (!arc->shown || !scm_link_layer_arc_copies_in_view (frame, arc, &first, &last))
        continue;

      ++*n_in_view;
      for (guint c = 0; c < 4; c++)
        {
          double x, y;

          scm_map_transform_apply (&frame->t, (c & 1 ? arc->x1 + last : arc->x0 + first),
                                   (c & 2 ? arc->y1 : arc->y0), &x, &y);
          x0 = MIN (x0, x);
          y0 = MIN (y0, y);
          x1 = MAX (x1, x);
          y1 = MAX (y1, y);
        }
    }

  x0 = MAX (x0 - STROKE_MARGIN, -reach);
  y0 = MAX (y0 - STROKE_MARGIN, -reach);
  x1 = MIN (x1 + STROKE_MARGIN, 2 * frame->t.half_width + reach);
  y1 = MIN (y1 + STROKE_MARGIN, 2 * frame->t.half_height + reach);
  if (x1 <= x0 || y1 <= y0)
    return FALSE;

  graphene_rect_init (box, x0, y0, x1 - x0, y1 - y0);
  return TRUE;
}

static void
scm_link_layer_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  ScmLinkLayer *self = SCM_LINK_LAYER (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  g_autoptr(GskRenderNode) node = NULL;
  graphene_rect_t bounds;
  guint n_in_view;
  double reach;
  Frame frame;
  cairo_t *cr;

  if (self->arcs->len == 0 || width <= 0 || height <= 0)
    return;

  /* A wide line's halo reaches into view from just outside */
  frame_init (&frame, self, STROKE_MARGIN);
  if (scm_link_layer_paint_kept (self, snapshot, &frame))
    return;
  if (!find_box_in_view (self, &frame, 0, &bounds, &n_in_view))
    return;
  if (n_in_view > SCM_LINK_LAYER_DENSE_ARCS)
    {
      cr = gtk_snapshot_append_cairo (snapshot, &bounds);
      scm_link_layer_draw_dense (self, cr, &frame, &bounds);
      draw_highlights (self, cr, &frame);
      cairo_destroy (cr);
      return;
    }

  reach = scm_link_layer_kept_reach (self, &frame);
  frame_init (&frame, self, STROKE_MARGIN + reach);
  if (!find_box_in_view (self, &frame, reach, &bounds, &n_in_view))
    return;
  /* Pixels, even for a frame of a moving zoom: a recording would be played
   * again by every later frame that redraws the map beneath (the window's
   * second frame, with its tiles; a hover) */
  cr = scm_pixel_node_begin (&bounds, gtk_widget_get_scale_factor (widget));
  draw_arcs (self, cr, &frame, FALSE);
  draw_arcs (self, cr, &frame, TRUE);
  draw_highlights (self, cr, &frame);
  node = scm_pixel_node_end (cr);
  if (reach > 0)
    scm_link_layer_keep (self, node, &frame);
  gtk_snapshot_append_node (snapshot, node);
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

/* Pixels from widget point @x, @y to the arc's copy @shift worlds east */
static double
distance_to_arc (ScmLinkLayer *self,
                 const Frame  *frame,
                 const Arc    *arc,
                 double        shift,
                 double        x,
                 double        y)
{
  const double *xy = scm_link_layer_arc_points (self, arc);
  double best = G_MAXDOUBLE, ax, ay, bx, by;

  scm_map_transform_apply (&frame->t, xy[0] + shift, xy[1], &ax, &ay);
  for (guint i = 1; i < arc->n_points; i++)
    {
      scm_map_transform_apply (&frame->t, xy[2 * i] + shift, xy[2 * i + 1], &bx, &by);
      best = MIN (best, distance_to_segment (x, y, ax, ay, bx, by));
      ax = bx;
      ay = by;
    }
  return best;
}

/* The index of the shown arc nearest to widget point @x, @y within
 * HIT_DISTANCE pixels, emphasised arcs before faint ones; -1 for none */
static int
find_arc_at (ScmLinkLayer *self,
             double        x,
             double        y)
{
  double best = G_MAXDOUBLE, ux, uy, reach;
  int found = -1;
  Frame frame;

  frame_init (&frame, self, 0);
  scm_map_transform_invert (&frame.t, x, y, &ux, &uy);
  reach = HIT_DISTANCE * frame.pixel;

  for (guint i = 0; i < self->arcs->len; i++)
    {
      const Arc *arc = &g_array_index (self->arcs, Arc, i);
      double penalty = scm_link_layer_arc_is_emphasised (self, arc) ? 0 : HIT_DISTANCE;

      if (!arc->shown || uy < arc->y0 - reach || uy > arc->y1 + reach)
        continue;

      for (int k = (int)ceil (ux - reach - arc->x1); k <= (int)floor (ux + reach - arc->x0); k++)
        {
          double distance = distance_to_arc (self, &frame, arc, k, x, y);

          if (distance <= HIT_DISTANCE && distance + penalty < best)
            {
              best = distance + penalty;
              found = i;
            }
        }
    }

  return found;
}

/* The shown link nearest to widget point @x, @y, within a few pixels */
ScmLink *
scm_link_layer_find_link_at (ScmLinkLayer *self,
                             double        x,
                             double        y)
{
  int index;

  g_return_val_if_fail (SCM_IS_LINK_LAYER (self), NULL);

  index = find_arc_at (self, x, y);
  return index < 0 ? NULL : g_array_index (self->arcs, Arc, index).link;
}

/* The index of the shown link nearest to widget point @x, @y, within a few
 * pixels; -1 for none */
int
scm_link_layer_find_index_at (ScmLinkLayer *self,
                              double        x,
                              double        y)
{
  g_return_val_if_fail (SCM_IS_LINK_LAYER (self), -1);
  return find_arc_at (self, x, y);
}

/* Highlights link @index (-1 for none), the one under the pointer */
void
scm_link_layer_set_hovered (ScmLinkLayer *self,
                            int           index)
{
  g_return_if_fail (SCM_IS_LINK_LAYER (self));
  g_return_if_fail (index < (int)self->arcs->len);

  if (self->hovered == index)
    return;
  self->hovered = index;
  redraw (self);
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
  g_clear_pointer (&self->by_kind, g_free);
  scm_link_layer_forget_web (self);
  scm_link_layer_forget_kept (self);

  G_OBJECT_CLASS (scm_link_layer_parent_class)->dispose (object);
}

static void
scm_link_layer_finalize (GObject *object)
{
  g_array_unref (SCM_LINK_LAYER (object)->arcs);
  g_array_unref (SCM_LINK_LAYER (object)->points);
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
}

static void
scm_link_layer_init (ScmLinkLayer *self)
{
  self->arcs = g_array_new (FALSE, FALSE, sizeof (Arc));
  g_array_set_clear_func (self->arcs, clear_arc);
  self->points = g_array_new (FALSE, FALSE, sizeof (double));
  self->hovered = -1;
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

  self->hovered = -1;
  g_array_set_size (self->arcs, 0);
  g_array_set_size (self->points, 0);
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(ScmLink) link = g_list_model_get_item (links, i);

      add_arc (self, link);
    }

  g_free (self->by_kind);
  self->by_kind = g_new (guint, self->arcs->len);
  for (guint i = 0; i < self->arcs->len; i++)
    self->by_kind[i] = i;
  g_qsort_with_data (self->by_kind, self->arcs->len, sizeof (guint), compare_kinds, self->arcs);

  refresh_shown (self);
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
    g_signal_connect_swapped (filter, "changed", G_CALLBACK (refresh_shown), self);
  refresh_shown (self);
}

void
scm_link_layer_set_selected (ScmLinkLayer *self,
                             ScmCentre    *centre)
{
  g_return_if_fail (SCM_IS_LINK_LAYER (self));

  if (g_set_object (&self->selected, centre))
    {
      scm_link_layer_web_changed (self);
      redraw (self);
    }
}

void
scm_link_layer_set_show_all (ScmLinkLayer *self,
                             gboolean      show_all)
{
  g_return_if_fail (SCM_IS_LINK_LAYER (self));

  self->show_all = show_all;
  scm_link_layer_web_changed (self);
  redraw (self);
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
    redraw (self);
}

/* The link highlighted under the pointer, or NULL */
ScmLink *
scm_link_layer_get_hovered (ScmLinkLayer *self)
{
  g_return_val_if_fail (SCM_IS_LINK_LAYER (self), NULL);
  return self->hovered < 0 ? NULL : g_array_index (self->arcs, Arc, self->hovered).link;
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
  scm_link_layer_web_changed (self);
  redraw (self);
}
