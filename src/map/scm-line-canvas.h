/* scm-line-canvas.h — one-pixel lines blended straight into an image, for
 * pictures of thousands of lines that cairo's stroker would take seconds over
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  guint32 *data;
  int stride;               /* in pixels */
  int width, height;
  double origin_x, origin_y;
  guint32 colour;           /* premultiplied ARGB */
  guint alpha;
} ScmLineCanvas;

void scm_line_canvas_draw (const ScmLineCanvas *canvas,
                           double               x0,
                           double               y0,
                           double               x1,
                           double               y1);

G_END_DECLS
