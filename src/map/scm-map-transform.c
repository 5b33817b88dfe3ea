/* scm-map-transform.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "scm-geo.h"
#include "scm-map-transform.h"

/* The transform of a widget of @width × @height that shows @viewport */
void
scm_map_transform_from_viewport (ScmMapTransform *self,
                                 ShumateViewport *viewport,
                                 double           width,
                                 double           height)
{
  double rotation = shumate_viewport_get_rotation (viewport);

  *self = (ScmMapTransform) {
    .centre_x = scm_geo_longitude_to_x (shumate_location_get_longitude (SHUMATE_LOCATION (viewport))),
    .centre_y = scm_geo_latitude_to_y (shumate_location_get_latitude (SHUMATE_LOCATION (viewport))),
    .world = SCM_GEO_TILE_SIZE * pow (2, shumate_viewport_get_zoom_level (viewport)),
    .half_width = width / 2, .half_height = height / 2,
    .cos_r = cos (rotation), .sin_r = sin (rotation),
  };
}

/* Unit-square point (@x, @y) → widget point */
void
scm_map_transform_apply (const ScmMapTransform *self,
                         double                 x,
                         double                 y,
                         double                *widget_x,
                         double                *widget_y)
{
  double dx = (x - self->centre_x) * self->world;
  double dy = (y - self->centre_y) * self->world;

  *widget_x = self->half_width + dx * self->cos_r - dy * self->sin_r;
  *widget_y = self->half_height + dx * self->sin_r + dy * self->cos_r;
}

/* The same, for a place: at its copy nearest the viewport's centre, the
 * shorter way round the world (across ±180° if need be) */
void
scm_map_transform_apply_nearest (const ScmMapTransform *self,
                                 double                 x,
                                 double                 y,
                                 double                *widget_x,
                                 double                *widget_y)
{
  scm_map_transform_apply (self, self->centre_x + scm_geo_x_offset (x, self->centre_x), y, widget_x, widget_y);
}

/* Widget point (@widget_x, @widget_y) → unit-square point */
void
scm_map_transform_invert (const ScmMapTransform *self,
                          double                 widget_x,
                          double                 widget_y,
                          double                *x,
                          double                *y)
{
  double dx = widget_x - self->half_width;
  double dy = widget_y - self->half_height;

  *x = self->centre_x + (dx * self->cos_r + dy * self->sin_r) / self->world;
  *y = self->centre_y + (dy * self->cos_r - dx * self->sin_r) / self->world;
}

/* The unit-square box that holds all the widget shows, rotated or not */
void
scm_map_transform_get_bounds (const ScmMapTransform *self,
                              double                *x0,
                              double                *y0,
                              double                *x1,
                              double                *y1)
{
  double half_x = (self->half_width * fabs (self->cos_r) + self->half_height * fabs (self->sin_r)) / self->world;
  double half_y = (self->half_width * fabs (self->sin_r) + self->half_height * fabs (self->cos_r)) / self->world;

  *x0 = self->centre_x - half_x;
  *x1 = self->centre_x + half_x;
  *y0 = self->centre_y - half_y;
  *y1 = self->centre_y + half_y;
}
