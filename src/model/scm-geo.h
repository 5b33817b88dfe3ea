/* scm-geo.h — Web Mercator projection helpers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Latitudes beyond this are outside the square Web Mercator world; the
 * value is libshumate's (SHUMATE_MAX_LATITUDE), which its views keep to. */
#define SCM_GEO_MAX_LATITUDE 85.0511287798

double scm_geo_clamp_latitude (double latitude);
double scm_geo_longitude_to_x (double longitude);
double scm_geo_latitude_to_y  (double latitude);
double scm_geo_x_to_longitude (double x);
double scm_geo_y_to_latitude  (double y);
double scm_geo_x_offset       (double x,
                               double from_x);

#define SCM_GEO_EARTH_RADIUS_KM 6371.0088

double  scm_geo_distance_km          (double latitude1,
                                      double longitude1,
                                      double latitude2,
                                      double longitude2);
void    scm_geo_interpolate          (double latitude1,
                                      double longitude1,
                                      double latitude2,
                                      double longitude2,
                                      double fraction,
                                      double *latitude,
                                      double *longitude);
GArray *scm_geo_great_circle         (double latitude1,
                                      double longitude1,
                                      double latitude2,
                                      double longitude2,
                                      guint  n_segments);
GPtrArray *scm_geo_split_antimeridian (GArray *points);

/* Pixels across the whole world at zoom 0 (one slippy-map tile) */
#define SCM_GEO_TILE_SIZE 256

/* A rectangle of the screen that points are framed in, in pixels */
typedef struct
{
  double width;
  double height;
  double leading;    /* kept free at the start side (left, or right when @rtl) */
  double margin;     /* kept free at the other three sides */
  double min_zoom;
  double max_zoom;
  gboolean rtl;
  /* What covers the map at the other sides (a caption, a legend, buttons),
   * kept free in addition to the margin */
  double top;
  double bottom;
  double trailing;
  /* The points are an area's corners, framed between them as they are given;
   * otherwise places, framed the shorter way round, across ±180° if need be */
  gboolean corners;
} ScmGeoFrameArea;

gboolean scm_geo_frame_points (const double          *points,
                               guint                  n_points,
                               const ScmGeoFrameArea *area,
                               double                *latitude,
                               double                *longitude,
                               double                *zoom);

void scm_geo_spread_points        (const double *points,
                                   guint         n_points,
                                   double        min_distance,
                                   double       *offsets);
void scm_geo_spread_points_around (const double *points,
                                   guint         n_points,
                                   double        min_distance,
                                   const double *fixed,
                                   guint         n_fixed,
                                   double       *offsets);

G_END_DECLS
