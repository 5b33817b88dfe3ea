/* scm-pixel-node.c
 *
 * A drawing made once into pixels and kept as a render node. GTK keeps what
 * is drawn on a cairo node as a recording, which its cairo renderer plays
 * again on every frame: every line stroked, every glyph and halo filled
 * again. A drawing that only moves with the map (the arcs over a pan, the
 * names, the markers' symbols) is cheaper as pixels: a frame then only
 * copies them.
 *
 *   cairo_t *cr = scm_pixel_node_begin (&bounds, scale);
 *   … draw in the same coordinates as on a node of @bounds …
 *   node = scm_pixel_node_end (cr);
 *
 * A drawing for a file (an export) wants the recording instead:
 * between scm_pixel_node_push_vectors() and scm_pixel_node_pop_vectors(),
 * nodes keep what is drawn as it is drawn, and those who keep nodes between
 * frames draw them again (scm_pixel_node_drawing_vectors()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "scm-pixel-node.h"

static guint vector_depth;
static cairo_user_data_key_t recording_node_key;

void
scm_pixel_node_push_vectors (void)
{
  vector_depth++;
}

void
scm_pixel_node_pop_vectors (void)
{
  g_return_if_fail (vector_depth > 0);
  vector_depth--;
}

gboolean
scm_pixel_node_drawing_vectors (void)
{
  return vector_depth > 0;
}

/* Starts recording a drawing of @bounds, as a cairo node of GTK's */
static cairo_t *
begin_recording (const graphene_rect_t *bounds)
{
  GskRenderNode *node = gsk_cairo_node_new (bounds);
  cairo_t *cr = gsk_cairo_node_get_draw_context (node);

  cairo_set_user_data (cr, &recording_node_key, node, NULL);
  return cr;
}

/* Starts drawing @bounds (widened to whole pixels) into an image of @scale
 * device pixels per pixel; recording it for a file */
cairo_t *
scm_pixel_node_begin (const graphene_rect_t *bounds,
                      int                    scale)
{
  double x = floor (bounds->origin.x), y = floor (bounds->origin.y);
  int width = MAX (1, (int)ceil (bounds->origin.x + bounds->size.width - x));
  int height = MAX (1, (int)ceil (bounds->origin.y + bounds->size.height - y));
  cairo_surface_t *image;
  cairo_t *cr;

  if (vector_depth > 0)
    return begin_recording (bounds);

  scale = MAX (1, scale);
  image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cairo_surface_set_device_scale (image, scale, scale);
  cairo_surface_set_device_offset (image, -x * scale, -y * scale);
  cr = cairo_create (image);
  cairo_surface_destroy (image);
  return cr;
}

/* Ends the drawing begun by scm_pixel_node_begin(), consuming @cr, and gives
 * it as a node */
GskRenderNode *
scm_pixel_node_end (cairo_t *cr)
{
  GskRenderNode *recording = cairo_get_user_data (cr, &recording_node_key);
  cairo_surface_t *image;
  double scale_x, scale_y, offset_x, offset_y;
  graphene_rect_t bounds;
  GskRenderNode *node;
  cairo_t *node_cr;

  if (recording != NULL)
    {
      cairo_destroy (cr);
      return recording;
    }

  image = cairo_surface_reference (cairo_get_target (cr));
  cairo_destroy (cr);
  cairo_surface_flush (image);
  cairo_surface_get_device_scale (image, &scale_x, &scale_y);
  cairo_surface_get_device_offset (image, &offset_x, &offset_y);
  graphene_rect_init (&bounds, -offset_x / scale_x, -offset_y / scale_y,
                      cairo_image_surface_get_width (image) / scale_x,
                      cairo_image_surface_get_height (image) / scale_y);

  node = gsk_cairo_node_new (&bounds);
  node_cr = gsk_cairo_node_get_draw_context (node);
  /* The image's device offset already places it */
  cairo_set_source_surface (node_cr, image, 0, 0);
  cairo_paint (node_cr);
  cairo_destroy (node_cr);
  cairo_surface_destroy (image);
  return node;
}
