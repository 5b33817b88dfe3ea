/* scm-link-layer-dense.c
 *
 * A network of thousands of links in view is drawn as plain one-pixel lines
 * straight into an image: the faint arcs, then the emphasised ones.
 *
 * While the whole world is small (the views where most arcs are in sight),
 * the image is one copy of the world, drawn once per zoom level and kept:
 * a frame then only paints it, repeated east and west, wherever the map was
 * panned. While the zoom moves, the kept image is painted scaled; once the
 * zoom rests, or what the web shows changes, the image is drawn anew, a
 * slice of arcs at a time between frames, the old one standing in until it
 * is done.
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
/* The longest a slice of the web drawn between frames may take (µs) */
#define SLICE_US 25000
/* The longest a slice of the web drawn between frames may take (µs) */
#define SLICE_US 25000

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

/* The faint, then the emphasised arcs of @frame as one-pixel lines on
 * @canvas (@cr only gives the styles' colours), from step *@step on (the
 * faint pass's arcs, then the emphasised pass's); stops after @deadline
 * (monotonic µs) with *@step where to go on. Returns whether all is drawn. */
static gboolean
draw_web (ScmLinkLayer  *self,
          cairo_t       *cr,
          const Frame   *frame,
          ScmLineCanvas *canvas,
          guint         *step,
          gint64         deadline)
{
  int style = -1;  /* of the colour on the canvas: kind × 2 + emphasised */

  for (; *step < 2 * self->arcs->len; ++*step)
    {
      gboolean emphasised = *step >= self->arcs->len;
      const Arc *arc = &g_array_index (self->arcs, Arc, self->by_kind[*step % self->arcs->len]);

      if (*step % 256 == 0 && g_get_monotonic_time () > deadline)
        return FALSE;
      if (!arc->shown || scm_link_layer_arc_is_emphasised (self, arc) != emphasised)
        continue;
      if ((int)scm_link_get_kind (arc->link) * 2 + emphasised != style)
        {
          style = (int)scm_link_get_kind (arc->link) * 2 + emphasised;
          kind_colour (cr, scm_link_get_kind (arc->link), emphasised ? 0.9 : 0.3, self->on_dark, canvas);
        }
      canvas_arc (self, canvas, frame, arc);
    }
  return TRUE;
}

/* The web of @frame into an image of @width × @height whose corner is
 * (@x, @y) of the frame */
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
  guint step = 0;

  cairo_surface_flush (image);
  draw_web (self, cr, frame, &canvas, &step, G_MAXINT64);
  cairo_surface_mark_dirty (image);
  cairo_destroy (cr);

  return image;
}

/* One copy of the world, @size pixels wide, as the web's frame */
static void
world_frame_init (Frame *world,
                  int    size)
{
  *world = (Frame) {
    .t = { .centre_x = 0.5, .centre_y = 0.5, .world = size, .half_width = size / 2.0,
           .half_height = size / 2.0, .cos_r = 1, .sin_r = 0 },
    .x0 = -1.0 / size, .y0 = -1.0 / size, .x1 = 1 + 1.0 / size, .y1 = 1 + 1.0 / size,
    .pixel = 1.0 / size,
  };
}

/* One copy of the world, @size pixels wide, as the kept image, at once */
static void
render_world (ScmLinkLayer *self,
              int           size)
{
  Frame world;

  world_frame_init (&world, size);
  g_clear_pointer (&self->web.image, cairo_surface_destroy);
  self->web.image = render_web (self, &world, 0, 0, size, size);
}

/* A slice of the next image; once it is whole, it replaces the kept one */
static gboolean
draw_next_slice (gpointer user_data)
{
  ScmLinkLayer *self = user_data;
  cairo_surface_t *next = self->web.next;
  int size = cairo_image_surface_get_width (next);
  cairo_t *cr = cairo_create (next);
  ScmLineCanvas canvas = { (guint32 *)cairo_image_surface_get_data (next),
                           cairo_image_surface_get_stride (next) / 4, size, size, 0, 0, 0, 0 };
  gboolean done;
  Frame world;

  world_frame_init (&world, size);
  cairo_surface_flush (next);
  done = draw_web (self, cr, &world, &canvas, &self->web.next_step, g_get_monotonic_time () + SLICE_US);
  cairo_surface_mark_dirty (next);
  cairo_destroy (cr);
  if (!done)
    return G_SOURCE_CONTINUE;

  g_clear_pointer (&self->web.image, cairo_surface_destroy);
  self->web.image = g_steal_pointer (&self->web.next);
  self->web.stale = FALSE;
  self->web.slice_source = 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

static void
stop_next (ScmLinkLayer *self)
{
  g_clear_pointer (&self->web.next, cairo_surface_destroy);
  g_clear_handle_id (&self->web.slice_source, g_source_remove);
}

/* Starts drawing the web @size pixels wide between frames, unless it is
 * being drawn already */
static void
start_next (ScmLinkLayer *self,
            int           size)
{
  if (self->web.next != NULL && cairo_image_surface_get_width (self->web.next) == size)
    return;

  stop_next (self);
  self->web.next = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  self->web.next_step = 0;
  /* Below the redrawing of frames: each frame of a pan still comes first */
  self->web.slice_source = g_idle_add_full (G_PRIORITY_LOW, draw_next_slice, self, NULL);
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

/* Makes sure the kept world can stand for @frame: drawn at once when there is
 * none; while the zoom moves, scaled, to be drawn sharp once it rests; at
 * rest, standing in while the right one is drawn between frames */
static void
prepare_world (ScmLinkLayer *self,
               const Frame  *frame)
{
  int size = (int)ceil (frame->t.world);
  gboolean moving = frame->t.world != self->web.last_world;

  if (self->web.image == NULL)
    {
      render_world (self, size);
      return;
    }
  if (cairo_image_surface_get_width (self->web.image) == size && !self->web.stale)
    {
      stop_next (self);
      return;
    }

  if (moving)
    {
      stop_next (self);
      g_clear_handle_id (&self->web.settle_source, g_source_remove);
      self->web.settle_source = g_timeout_add (SETTLE_MS, zoom_rested, self);
    }
  else
    start_next (self, size);
}

/* The dense web of @frame into @cr, over @box */
void
scm_link_layer_draw_dense (ScmLinkLayer          *self,
                           cairo_t               *cr,
                           const Frame           *frame,
                           const graphene_rect_t *box)
{
  /* A rotated map, or a world too large to keep: only what is in view */
  gboolean kept = frame->t.sin_r == 0 && frame->t.world <= MAX_WEB_SIZE;
  cairo_surface_t *image;

  if (kept)
    prepare_world (self, frame);
  else
    stop_next (self);
  self->web.last_world = frame->t.world;
  if (!kept)
    {
      image = render_web (self, frame, box->origin.x, box->origin.y,
                          (int)ceil (box->size.width), (int)ceil (box->size.height));
      cairo_set_source_surface (cr, image, box->origin.x, box->origin.y);
      cairo_paint (cr);
      cairo_surface_destroy (image);
      return;
    }

  paint_world (self, cr, frame, box);
}

/* What the web shows changed (filter, selection, colours, network): the kept
 * image stands in while it is drawn anew */
void
scm_link_layer_web_changed (ScmLinkLayer *self)
{
  self->web.stale = TRUE;
  stop_next (self);
}

void
scm_link_layer_forget_web (ScmLinkLayer *self)
{
  g_clear_pointer (&self->web.image, cairo_surface_destroy);
  g_clear_handle_id (&self->web.settle_source, g_source_remove);
  stop_next (self);
}

/* Whether the links are drawn as they should be, not a stand-in while the
 * web waits to be drawn: an export waits for it */
gboolean
scm_link_layer_is_drawn (ScmLinkLayer *self)
{
  g_return_val_if_fail (SCM_IS_LINK_LAYER (self), FALSE);
  return self->web.image == NULL || self->web.last_world > MAX_WEB_SIZE ||
         (!self->web.stale && cairo_image_surface_get_width (self->web.image) == (int)ceil (self->web.last_world));
}
