/* scm-link-layer-dense.c
 *
 * A network of thousands of links in view is drawn as plain one-pixel lines
 * straight into an image: the faint arcs, then the emphasised ones.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "scm-line-canvas.h"
#include "scm-link-layer-private.h"
#include "scm-link-style.h"

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

/* The faint, then the emphasised arcs as one-pixel lines into an image of @box */
void
scm_link_layer_draw_dense (ScmLinkLayer          *self,
                           cairo_t               *cr,
                           const Frame           *frame,
                           const graphene_rect_t *box)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int)ceil (box->size.width),
                                                       (int)ceil (box->size.height));
  ScmLineCanvas canvas = { (guint32 *)cairo_image_surface_get_data (image),
                    cairo_image_surface_get_stride (image) / 4,
                    cairo_image_surface_get_width (image), cairo_image_surface_get_height (image),
                    box->origin.x, box->origin.y, 0, 0 };

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

  cairo_set_source_surface (cr, image, box->origin.x, box->origin.y);
  cairo_paint (cr);
  cairo_surface_destroy (image);
}
