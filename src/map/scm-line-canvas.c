/* scm-line-canvas.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "scm-line-canvas.h"

static void
blend_pixel (guint32 *pixel,
             guint32  colour,
             guint    alpha)
{
  guint32 keep = 255 - alpha;
  guint32 rb = (*pixel & 0xff00ff) * keep + 0x800080;
  guint32 ag = ((*pixel >> 8) & 0xff00ff) * keep + 0x800080;

  /* Two channels at a time, each × keep / 255 rounded */
  rb = ((rb + ((rb >> 8) & 0xff00ff)) >> 8) & 0xff00ff;
  ag = ((ag + ((ag >> 8) & 0xff00ff)) >> 8) & 0xff00ff;
  *pixel = colour + (rb | ag << 8);
}

/* A one-pixel line from (@x0, @y0) to (@x1, @y1), in the pixels the canvas
 * starts from, blended over what the image holds */
void
scm_line_canvas_draw (const ScmLineCanvas *canvas,
                      double               x0,
                      double               y0,
                      double               x1,
                      double               y1)
{
  double dx, dy;
  int n;

  x0 -= canvas->origin_x;
  x1 -= canvas->origin_x;
  y0 -= canvas->origin_y;
  y1 -= canvas->origin_y;
  if (MAX (x0, x1) < 0 || MIN (x0, x1) >= canvas->width || MAX (y0, y1) < 0 || MIN (y0, y1) >= canvas->height)
    return;

  dx = x1 - x0;
  dy = y1 - y0;
  n = MAX (1, (int)ceil (MAX (fabs (dx), fabs (dy))));
  for (int i = 1; i <= n; i++)
    {
      int x = (int)(x0 + dx * i / n), y = (int)(y0 + dy * i / n);

      if (x >= 0 && x < canvas->width && y >= 0 && y < canvas->height)
        blend_pixel (&canvas->data[y * canvas->stride + x], canvas->colour, canvas->alpha);
    }
}
