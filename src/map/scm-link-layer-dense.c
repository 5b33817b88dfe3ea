/* scm-link-layer-dense.c
 *
 * A network of thousands of links in view is drawn as plain one-pixel lines
 * straight into an image: the faint arcs, then the emphasised ones.
 *
 * While the whole world is small (the views where most arcs are in sight),
 * the image is one copy of the world, drawn once per zoom level and kept:
 * a frame then only paints it, repeated east and west, wherever the map was
 * panned. While the zoom moves, the kept image is painted scaled, and drawn
 * anew, sharp, once the zoom rests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "scm-line-canvas.h"
#include "scm-link-layer-private.h"
#include "scm-link-style.h"

/* The widest world (pixels) kept as one image: 16 MiB, a whole-world view
 * even fullscreen on a 1920 × 1080 screen */
#define MAX_WEB_SIZE 2048
/* How long the zoom must rest before the web is drawn sharp at it (ms) */
#define SETTLE_MS 200

/* Every copy of @arc in view, as lines on @canvas */
static void
canvas_arc (ScmLinkLayer         *self,
            const ScmLineCanvas *canvas,
            const Frame         *frame,
            const Arc           *arc)
{
  int first, last;

  if (!scm_link_layer_arc_copies_in_view (frame, arc, &first, &last))
    return;

  for (int k = first; k <= last; k++)
    {
      ArcWalk walk;
      double ax, ay, bx, by;

      scm_link_layer_arc_walk_init (&walk, self, frame, arc, k);
      if (!scm_link_layer_arc_walk_next (&walk, &ax, &ay))
        continue;
      while (scm_link_layer_arc_walk_next (&walk, &bx, &by))
        {
          scm_line_canvas_draw (canvas, ax, ay, bx, by);
          ax = bx;
          ay = by;
        }
    }
}

/* The colour @kind is stroked in, premultiplied, as cairo's style gives it */
static void
kind_colour (cairo_t       *cr,
             ScmLinkKind    kind,
             double         alpha,
             gboolean       on_dark,
             ScmLineCanvas *canvas)
{
  double r, g, b, a;

  cairo_save (cr);
  scm_link_style_apply (cr, kind, 1, alpha, on_dark);
  cairo_pattern_get_rgba (cairo_get_source (cr), &r, &g, &b, &a);
  cairo_restore (cr);
  canvas->alpha = (guint)round (a * 255);
  canvas->colour = canvas->alpha << 24 | (guint)round (r * a * 255) << 16 |
                   (guint)round (g * a * 255) << 8 | (guint)round (b * a * 255);
}

/* The faint, then the emphasised arcs of @frame as one-pixel lines into an
 * image of @width × @height whose corner is (@x, @y) of the frame */
static cairo_surface_t *
render_web (ScmLinkLayer *self,
            const Frame  *frame,
            double        x,
            double        y,
            int           width,
            int           height)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (image);
  ScmLineCanvas canvas = { (guint32 *)cairo_image_surface_get_data (image),
                           cairo_image_surface_get_stride (image) / 4,
                           width, height, x, y, 0, 0 };

  cairo_surface_flush (image);
  for (int emphasised = 0; emphasised < 2; emphasised++)
    {
      int kind = -1;

      for (guint i = 0; i < self->arcs->len; i++)
        {
          const Arc *arc = &g_array_index (self->arcs, Arc, self->by_kind[i]);

          if (!arc->shown || scm_link_layer_arc_is_emphasised (self, arc) != emphasised)
            continue;
          if ((int)scm_link_get_kind (arc->link) != kind)
            {
              kind = scm_link_get_kind (arc->link);
              kind_colour (cr, kind, emphasised ? 0.9 : 0.3, self->on_dark, &canvas);
            }
          canvas_arc (self, &canvas, frame, arc);
        }
    }
  cairo_surface_mark_dirty (image);
  cairo_destroy (cr);

  return image;
}

/* One copy of the world, @size pixels wide, as the kept image */
static void
render_world (ScmLinkLayer *self,
              int           size)
{
  Frame world = {
    .t = { .centre_x = 0.5, .centre_y = 0.5, .world = size, .half_width = size / 2.0,
           .half_height = size / 2.0, .cos_r = 1, .sin_r = 0 },
    .x0 = -1.0 / size, .y0 = -1.0 / size, .x1 = 1 + 1.0 / size, .y1 = 1 + 1.0 / size,
    .pixel = 1.0 / size,
  };

  g_clear_pointer (&self->web.image, cairo_surface_destroy);
  self->web.image = render_web (self, &world, 0, 0, size, size);
}

/* The kept world painted where @frame shows it, scaled to its zoom, repeated
 * east and west, not north or south */
static void
paint_world (ScmLinkLayer          *self,
             cairo_t               *cr,
             const Frame           *frame,
             const graphene_rect_t *box)
{
  cairo_pattern_t *pattern = cairo_pattern_create_for_surface (self->web.image);
  double scale = frame->t.world / cairo_image_surface_get_width (self->web.image);
  double x, y;

  scm_map_transform_apply (&frame->t, 0, 0, &x, &y);
  cairo_save (cr);
  cairo_rectangle (cr, box->origin.x, y, box->size.width, frame->t.world);
  cairo_clip (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_set_source (cr, pattern);
  cairo_paint (cr);
  cairo_restore (cr);
  cairo_pattern_destroy (pattern);
}

static gboolean
zoom_rested (gpointer user_data)
{
  ScmLinkLayer *self = user_data;

  self->web.settle_source = 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

/* Whether the kept world serves @frame: drawn at its zoom, or the zoom is
 * moving (and the image not too far from it), to be drawn sharp once it rests */
static gboolean
world_serves (ScmLinkLayer *self,
              const Frame  *frame)
{
  int size = (int)ceil (frame->t.world);
  double scale;
  gboolean moving = frame->t.world != self->web.last_world;

  self->web.last_world = frame->t.world;
  if (self->web.image == NULL)
    return FALSE;
  if (cairo_image_surface_get_width (self->web.image) == size)
    return TRUE;

  scale = frame->t.world / cairo_image_surface_get_width (self->web.image);
  if (!moving || scale < 0.5 || scale > 2)
    return FALSE;

  g_clear_handle_id (&self->web.settle_source, g_source_remove);
  self->web.settle_source = g_timeout_add (SETTLE_MS, zoom_rested, self);
  return TRUE;
}

/* The dense web of @frame into @cr, over @box */
void
scm_link_layer_draw_dense (ScmLinkLayer          *self,
                           cairo_t               *cr,
                           const Frame           *frame,
                           const graphene_rect_t *box)
{
  cairo_surface_t *image;

  /* A rotated map, or a world too large to keep: only what is in view */
  if (frame->t.sin_r != 0 || frame->t.world > MAX_WEB_SIZE)
    {
      image = render_web (self, frame, box->origin.x, box->origin.y,
                          (int)ceil (box->size.width), (int)ceil (box->size.height));
      cairo_set_source_surface (cr, image, box->origin.x, box->origin.y);
      cairo_paint (cr);
      cairo_surface_destroy (image);
      return;
    }

  if (!world_serves (self, frame))
    render_world (self, (int)ceil (frame->t.world));
  paint_world (self, cr, frame, box);
}

/* What the web shows changed (filter, selection, colours, network): the kept
 * image is drawn anew */
void
scm_link_layer_forget_web (ScmLinkLayer *self)
{
  g_clear_pointer (&self->web.image, cairo_surface_destroy);
  g_clear_handle_id (&self->web.settle_source, g_source_remove);
}
