/* scm-map-transform.h — from the map's unit square (Web Mercator x, y in [0, 1])
 * to a layer's widget pixels, as the viewport shows it: centre, zoom and rotation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <shumate/shumate.h>

G_BEGIN_DECLS

typedef struct
{
  double centre_x, centre_y;       /* the viewport's centre, unit square */
  double world;                    /* the world's width in pixels at the viewport's zoom */
  double half_width, half_height;  /* half the widget's size */
  double cos_r, sin_r;             /* the viewport's rotation */
} ScmMapTransform;

void scm_map_transform_from_viewport (ScmMapTransform       *self,
                                      ShumateViewport       *viewport,
                                      double                 width,
                                      double                 height);
void scm_map_transform_apply         (const ScmMapTransform *self,
                                      double                 x,
                                      double                 y,
                                      double                *widget_x,
                                      double                *widget_y);
void scm_map_transform_apply_nearest (const ScmMapTransform *self,
                                      double                 x,
                                      double                 y,
                                      double                *widget_x,
                                      double                *widget_y);
void scm_map_transform_invert        (const ScmMapTransform *self,
                                      double                 widget_x,
                                      double                 widget_y,
                                      double                *x,
                                      double                *y);
void scm_map_transform_get_bounds    (const ScmMapTransform *self,
                                      double                *x0,
                                      double                *y0,
                                      double                *x1,
                                      double                *y1);

G_END_DECLS
