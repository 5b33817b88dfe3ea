/* scm-geo.h — Web Mercator projection helpers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Latitudes beyond this are outside the square Web Mercator world. */
#define SCM_GEO_MAX_LATITUDE 85.05112878

double scm_geo_longitude_to_x (double longitude);
double scm_geo_latitude_to_y  (double latitude);
double scm_geo_x_to_longitude (double x);
double scm_geo_y_to_latitude  (double y);

void scm_geo_spread_points (const double *points,
                            guint         n_points,
                            double        min_distance,
                            double       *offsets);

G_END_DECLS
