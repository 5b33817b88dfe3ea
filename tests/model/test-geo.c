/* test-geo.c — the projection, great circles and spreading crowded points
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "scm-geo.h"

static void
test_projection_known_values (void)
{
  g_assert_cmpfloat_with_epsilon (scm_geo_longitude_to_x (-180), 0.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (scm_geo_longitude_to_x (0), 0.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (scm_geo_longitude_to_x (90), 0.75, 1e-12);
  g_assert_cmpfloat_with_epsilon (scm_geo_latitude_to_y (0), 0.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (scm_geo_latitude_to_y (SCM_GEO_MAX_LATITUDE), 0.0, 1e-8);
  g_assert_cmpfloat_with_epsilon (scm_geo_latitude_to_y (-SCM_GEO_MAX_LATITUDE), 1.0, 1e-8);
  /* Tsukuba (36.08° N, 140.11° E) is in slippy-map tile 14568/6429 at zoom 14 */
  g_assert_cmpuint ((guint)(scm_geo_longitude_to_x (140.11) * 16384), ==, 14568);
  g_assert_cmpuint ((guint)(scm_geo_latitude_to_y (36.08) * 16384), ==, 6429);
  /* Beyond the square world, latitudes clamp to its edge */
  g_assert_cmpfloat_with_epsilon (scm_geo_latitude_to_y (89.9), 0.0, 1e-8);
}

static void
test_projection_round_trip (void)
{
  for (double latitude = -85; latitude <= 85; latitude += 8.5)
    g_assert_cmpfloat_with_epsilon (scm_geo_y_to_latitude (scm_geo_latitude_to_y (latitude)),
                                    latitude, 1e-9);
  for (double longitude = -180; longitude <= 180; longitude += 15)
    g_assert_cmpfloat_with_epsilon (scm_geo_x_to_longitude (scm_geo_longitude_to_x (longitude)),
                                    longitude, 1e-9);
}

/* A crowded row of points, each closer than the spacing to the next, must not
 * turn into one big ring: every point stays near where it is. */
static void
test_spread_points_do_not_chain (void)
{
  double points[40], offsets[40];

  for (guint i = 0; i < 20; i++)
    {
      points[2 * i] = 100 + 20 * i;
      points[2 * i + 1] = 100;
    }

  scm_geo_spread_points (points, 20, 26, offsets);

  for (guint i = 0; i < 20; i++)
    g_assert_cmpfloat (hypot (offsets[2 * i], offsets[2 * i + 1]), <, 26);
}

static void
test_spread_points (void)
{
  /* Three at one spot, one close to them, one far away */
  const double points[] = { 100, 100, 100, 100, 100, 100, 110, 100, 400, 300 };
  double offsets[10];
  double placed[10];

  scm_geo_spread_points (points, 5, 26, offsets);

  for (guint i = 0; i < 10; i++)
    placed[i] = points[i] + offsets[i];

  g_assert_cmpfloat (offsets[8], ==, 0);
  g_assert_cmpfloat (offsets[9], ==, 0);
  for (guint i = 0; i < 4; i++)
    for (guint j = i + 1; j < 4; j++)
      g_assert_cmpfloat (hypot (placed[2 * i] - placed[2 * j], placed[2 * i + 1] - placed[2 * j + 1]),
                         >=, 26 - 1e-9);
}

static void
test_distance_known_values (void)
{
  /* Paris–London ≈ 343.5 km; a quarter of a great circle ≈ 10 007.5 km */
  g_assert_cmpfloat_with_epsilon (scm_geo_distance_km (48.8566, 2.3522, 51.5074, -0.1278), 343.5, 1.0);
  g_assert_cmpfloat_with_epsilon (scm_geo_distance_km (0, 0, 0, 90), G_PI / 2 * SCM_GEO_EARTH_RADIUS_KM, 1e-6);
  g_assert_cmpfloat_with_epsilon (scm_geo_distance_km (90, 0, -90, 0), G_PI * SCM_GEO_EARTH_RADIUS_KM, 1e-6);
  g_assert_cmpfloat (scm_geo_distance_km (36.08, 140.11, 36.08, 140.11), ==, 0);
}

static void
test_midpoint (void)
{
  double latitude, longitude;

  /* Along the equator */
  scm_geo_interpolate (0, 10, 0, 50, 0.5, &latitude, &longitude);
  g_assert_cmpfloat_with_epsilon (latitude, 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (longitude, 30, 1e-9);

  /* Between two places at 60° N, the great circle bows towards the pole */
  scm_geo_interpolate (60, -40, 60, 40, 0.5, &latitude, &longitude);
  g_assert_cmpfloat_with_epsilon (longitude, 0, 1e-9);
  g_assert_cmpfloat (latitude, >, 63);
  g_assert_cmpfloat_with_epsilon (scm_geo_distance_km (60, -40, latitude, longitude),
                                  scm_geo_distance_km (60, -40, 60, 40) / 2, 1e-6);
}

static void
test_antimeridian_split (void)
{
  /* Tokyo to San Francisco crosses longitude 180 */
  g_autoptr(GArray) points = scm_geo_great_circle (35.68, 139.69, 37.77, -122.42, 64);
  g_autoptr(GPtrArray) pieces = scm_geo_split_antimeridian (points);
  GArray *west, *east;
  double crossing_west, crossing_east;

  g_assert_cmpuint (points->len, ==, 2 * 65);
  g_assert_cmpuint (pieces->len, ==, 2);
  west = g_ptr_array_index (pieces, 0);
  east = g_ptr_array_index (pieces, 1);

  /* The first piece ends at +180, the second starts at -180, at the same latitude */
  g_assert_cmpfloat (g_array_index (west, double, west->len - 1), ==, 180);
  g_assert_cmpfloat (g_array_index (east, double, 1), ==, -180);
  crossing_west = g_array_index (west, double, west->len - 2);
  crossing_east = g_array_index (east, double, 0);
  g_assert_cmpfloat (crossing_west, ==, crossing_east);
  g_assert_cmpfloat (crossing_west, >, 45); /* far north of both ends */

  for (guint p = 0; p < pieces->len; p++)
    {
      GArray *piece = g_ptr_array_index (pieces, p);

      for (guint i = 3; i < piece->len; i += 2)
        g_assert_cmpfloat (fabs (g_array_index (piece, double, i) - g_array_index (piece, double, i - 2)), <, 10);
    }
}

static void
test_no_split_without_crossing (void)
{
  g_autoptr(GArray) points = scm_geo_great_circle (52.0, 4.36, 36.08, 140.11, 32);
  g_autoptr(GPtrArray) pieces = scm_geo_split_antimeridian (points);

  g_assert_cmpuint (pieces->len, ==, 1);
  g_assert_cmpuint (((GArray *)g_ptr_array_index (pieces, 0))->len, ==, points->len);
}

/* Opposite places: every great circle joins them; one is taken, always the
 * same (heading east from the first), and walked in even steps */
static void
test_antipodes_one_circle (void)
{
  g_autoptr(GArray) points = scm_geo_great_circle (10, 20, -10, -160, 32);
  g_autoptr(GArray) again = scm_geo_great_circle (10, 20, -10, -160, 32);
  double step = scm_geo_distance_km (10, 20, -10, -160) / 32;

  g_assert_cmpuint (points->len, ==, 2 * 33);
  g_assert_cmpmem (points->data, points->len * sizeof (double), again->data, again->len * sizeof (double));
  g_assert_cmpfloat (g_array_index (points, double, 3), >, 20);
  for (guint i = 2; i < points->len; i += 2)
    {
      double *p = &g_array_index (points, double, i);

      g_assert_cmpfloat_with_epsilon (scm_geo_distance_km (p[-2], p[-1], p[0], p[1]), step, 1e-6);
      g_assert_cmpfloat (fabs (p[1] - p[-1]), <, 20);
    }
  g_assert_cmpfloat_with_epsilon (g_array_index (points, double, points->len - 2), -10, 1e-9);
  g_assert_cmpfloat_with_epsilon (fmod (g_array_index (points, double, points->len - 1) + 720, 360), 200, 1e-9);
}

/* +180 and −180 are one meridian: the line stays on it, never crossing the map */
static void
test_line_on_antimeridian (void)
{
  g_autoptr(GArray) points = scm_geo_great_circle (10, 180, 20, -180, 8);

  for (guint i = 0; i < points->len; i += 2)
    {
      g_assert_cmpfloat_with_epsilon (g_array_index (points, double, i + 1), 180, 1e-9);
      g_assert_cmpfloat (g_array_index (points, double, i), >=, 10 - 1e-9);
      g_assert_cmpfloat (g_array_index (points, double, i), <=, 20 + 1e-9);
    }
}

/* Tokyo to San Francisco: longitudes run on past 180 instead of jumping */
static void
test_great_circle_unwrapped (void)
{
  g_autoptr(GArray) points = scm_geo_great_circle (35.68, 139.69, 37.77, -122.42, 64);

  for (guint i = 3; i < points->len; i += 2)
    g_assert_cmpfloat (fabs (g_array_index (points, double, i) - g_array_index (points, double, i - 2)), <, 10);
  g_assert_cmpfloat_with_epsilon (g_array_index (points, double, points->len - 1), -122.42 + 360, 1e-9);
}

/* Projects (latitude, longitude) to pixels of a view centred on a frame */
static void
to_pixels (double  latitude,
           double  longitude,
           double  centre_latitude,
           double  centre_longitude,
           double  zoom,
           double  width,
           double  height,
           double *px,
           double *py)
{
  double world = SCM_GEO_TILE_SIZE * pow (2, zoom);

  *px = width / 2 + (scm_geo_longitude_to_x (longitude) - scm_geo_longitude_to_x (centre_longitude)) * world;
  *py = height / 2 + (scm_geo_latitude_to_y (latitude) - scm_geo_latitude_to_y (centre_latitude)) * world;
}

/* Every point lands inside the free area, and a quarter zoom more would not fit */
static void
test_frame_points_fit (void)
{
  const double points[] = { 36.08, 140.11, -33.9, 18.4, 51.5, -0.1, 9.0, -79.5 };
  const ScmGeoFrameArea area = { 1024, 768, 300, 48, 0.5, 16, FALSE };
  double latitude, longitude, zoom;
  gboolean at_edge = FALSE;

  g_assert_true (scm_geo_frame_points (points, 4, &area, &latitude, &longitude, &zoom));
  g_assert_cmpfloat (zoom, >=, area.min_zoom);
  g_assert_cmpfloat_with_epsilon (zoom * 4, round (zoom * 4), 1e-9);

  for (guint i = 0; i < 4; i++)
    {
      double px, py, wider_px, wider_py;

      to_pixels (points[2 * i], points[2 * i + 1], latitude, longitude, zoom,
                 area.width, area.height, &px, &py);
      g_assert_cmpfloat (px, >=, area.leading - 1e-6);
      g_assert_cmpfloat (px, <=, area.width - area.margin + 1e-6);
      g_assert_cmpfloat (py, >=, area.margin - 1e-6);
      g_assert_cmpfloat (py, <=, area.height - area.margin + 1e-6);

      to_pixels (points[2 * i], points[2 * i + 1], latitude, longitude, zoom + 0.25,
                 area.width, area.height, &wider_px, &wider_py);
      at_edge |= wider_px < area.leading || wider_px > area.width - area.margin ||
                 wider_py < area.margin || wider_py > area.height - area.margin;
    }
  /* Half the points' spread, as the area's centre does: a quarter step more overflows */
  g_assert_true (at_edge);
}

/* The leading margin moves the points away from it, to the other side in RTL */
static void
test_frame_points_leading_margin (void)
{
  const double points[] = { 10, 10, 20, 20 };
  ScmGeoFrameArea area = { 800, 600, 48, 48, 0, 10, FALSE };
  double plain_longitude, ltr_longitude, rtl_longitude, latitude, zoom;

  g_assert_true (scm_geo_frame_points (points, 2, &area, &latitude, &plain_longitude, &zoom));
  g_assert_cmpfloat_with_epsilon (plain_longitude, 15, 1e-9);
  area.leading = 300;
  g_assert_true (scm_geo_frame_points (points, 2, &area, &latitude, &ltr_longitude, &zoom));
  area.rtl = TRUE;
  g_assert_true (scm_geo_frame_points (points, 2, &area, &latitude, &rtl_longitude, &zoom));
  g_assert_cmpfloat (ltr_longitude, <, 15);
  g_assert_cmpfloat (rtl_longitude, >, 15);
  g_assert_cmpfloat_with_epsilon (ltr_longitude + rtl_longitude, 30, 1e-9);
}

/* One point, or none, or an area smaller than its margins: a finite answer in range */
static void
test_frame_points_degenerate (void)
{
  const double one[] = { 35.0, 139.0 };
  ScmGeoFrameArea area = { 640, 64, 48, 48, 1, 14, FALSE };
  double latitude = -1, longitude = -1, zoom = -1;

  g_assert_false (scm_geo_frame_points (one, 0, &area, &latitude, &longitude, &zoom));
  g_assert_cmpfloat (zoom, ==, -1);

  g_assert_true (scm_geo_frame_points (one, 1, &area, &latitude, &longitude, &zoom));
  g_assert_true (isfinite (zoom));
  g_assert_cmpfloat (zoom, >=, 1);
  g_assert_cmpfloat (zoom, <=, 14);
  g_assert_cmpfloat_with_epsilon (latitude, 35.0, 1e-6);

  area.height = 768;
  g_assert_true (scm_geo_frame_points (one, 1, &area, &latitude, &longitude, &zoom));
  g_assert_cmpfloat (zoom, ==, 14);
}

/* Insets at the top, bottom and trailing side (a legend, a caption, buttons)
 * are kept free beside the margin, and the points fill what is left */
static void
test_frame_points_insets (void)
{
  const double points[] = { 36.08, 140.11, -33.9, 18.4, 51.5, -0.1, 9.0, -79.5 };
  ScmGeoFrameArea area = { 1024, 768, 48, 48, 0.5, 16, FALSE, 120, 200, 60 };
  double latitude, longitude, zoom;
  gboolean at_edge = FALSE;

  for (guint rtl = 0; rtl < 2; rtl++)
    {
      area.rtl = rtl;
      g_assert_true (scm_geo_frame_points (points, 4, &area, &latitude, &longitude, &zoom));
      for (guint i = 0; i < 4; i++)
        {
          double px, py, wider_px, wider_py;

          to_pixels (points[2 * i], points[2 * i + 1], latitude, longitude, zoom,
                     area.width, area.height, &px, &py);
          if (rtl)
            px = area.width - px;
          g_assert_cmpfloat (px, >=, area.leading - 1e-6);
          g_assert_cmpfloat (px, <=, area.width - area.margin - area.trailing + 1e-6);
          g_assert_cmpfloat (py, >=, area.margin + area.top - 1e-6);
          g_assert_cmpfloat (py, <=, area.height - area.margin - area.bottom + 1e-6);

          to_pixels (points[2 * i], points[2 * i + 1], latitude, longitude, zoom + 0.25,
                     area.width, area.height, &wider_px, &wider_py);
          if (rtl)
            wider_px = area.width - wider_px;
          at_edge |= wider_px < area.leading || wider_px > area.width - area.margin - area.trailing ||
                     wider_py < area.margin + area.top || wider_py > area.height - area.margin - area.bottom;
        }
    }
  g_assert_true (at_edge);
}

/* Points that share one place (four centres in one city) stay apart, about
 * one spacing from it; none comes near a fixed spot (the venue's pin) */
static void
test_spread_points_around_fixed (void)
{
  const double points[] = { 200, 200, 200, 200, 200, 200, 200, 200, 260, 200, 500, 500 };
  const double fixed[] = { 260, 190, 40 };
  double offsets[12], placed[12];

  scm_geo_spread_points_around (points, 6, 26, fixed, 1, offsets);
  for (guint i = 0; i < 12; i++)
    placed[i] = points[i] + offsets[i];

  for (guint i = 0; i < 6; i++)
    {
      g_assert_cmpfloat (hypot (placed[2 * i] - fixed[0], placed[2 * i + 1] - fixed[1]), >=, fixed[2] - 1e-9);
      for (guint j = i + 1; j < 6; j++)
        g_assert_cmpfloat (hypot (placed[2 * i] - placed[2 * j], placed[2 * i + 1] - placed[2 * j + 1]),
                           >=, 26 - 1e-9);
    }
  /* The shared place keeps one of its points, the others ring it closely */
  g_assert_cmpfloat (hypot (offsets[0], offsets[1]), ==, 0);
  for (guint i = 1; i < 4; i++)
    g_assert_cmpfloat (hypot (offsets[2 * i], offsets[2 * i + 1]), <=, 1.5 * 26);
  g_assert_cmpfloat (offsets[10], ==, 0);
  g_assert_cmpfloat (offsets[11], ==, 0);
}

/* Two places on either side of ±180° are framed across it, closer than the
 * long way round; given as an area's corners they are framed between them */
static void
test_frame_points_antimeridian (void)
{
  const double points[] = { -17.7, 170, -14.3, -170 };
  ScmGeoFrameArea area = { 1024, 768, 48, 48, 0.5, 16, FALSE };
  double latitude, longitude, zoom, long_way_longitude, long_way_zoom;

  g_assert_true (scm_geo_frame_points (points, 2, &area, &latitude, &longitude, &zoom));
  g_assert_cmpfloat (fabs (longitude), >, 179);
  g_assert_cmpfloat (fabs (longitude), <=, 180);
  for (guint i = 0; i < 2; i++)
    {
      double px = area.width / 2 + scm_geo_x_offset (scm_geo_longitude_to_x (points[2 * i + 1]),
                                                     scm_geo_longitude_to_x (longitude)) *
                                   SCM_GEO_TILE_SIZE * pow (2, zoom);

      g_assert_cmpfloat (px, >=, area.leading - 1e-6);
      g_assert_cmpfloat (px, <=, area.width - area.margin + 1e-6);
    }

  area.corners = TRUE;
  g_assert_true (scm_geo_frame_points (points, 2, &area, &latitude, &long_way_longitude, &long_way_zoom));
  g_assert_cmpfloat (fabs (long_way_longitude), <, 1);
  g_assert_cmpfloat (long_way_zoom, <, zoom - 2);
}

/* Of three places the widest gap decides: across ±180° when it lies
 * elsewhere, and not when it lies across ±180° */
static void
test_frame_points_widest_gap (void)
{
  const double across[] = { 0, 170, 0, -170, 0, 10 };
  const double around[] = { 0, -100, 0, 10, 0, 100 };
  ScmGeoFrameArea area = { 1024, 768, 48, 48, 0, 16, FALSE };
  double latitude, longitude, zoom;

  /* Gaps of 160°, 20° and 180°: the span runs from 10° east to 170° west */
  g_assert_true (scm_geo_frame_points (across, 3, &area, &latitude, &longitude, &zoom));
  g_assert_cmpfloat_with_epsilon (longitude, 100, 1e-9);
  /* Gaps of 110°, 90° and 160° across ±180°: framed as without wrapping */
  g_assert_true (scm_geo_frame_points (around, 3, &area, &latitude, &longitude, &zoom));
  g_assert_cmpfloat_with_epsilon (longitude, 0, 1e-9);
}

/* The offset between two x is the shorter way round the world */
static void
test_x_offset (void)
{
  g_assert_cmpfloat_with_epsilon (scm_geo_x_offset (0.6, 0.4), 0.2, 1e-12);
  g_assert_cmpfloat_with_epsilon (scm_geo_x_offset (0.02, 0.98), 0.04, 1e-12);
  g_assert_cmpfloat_with_epsilon (scm_geo_x_offset (0.98, 0.02), -0.04, 1e-12);
  g_assert_cmpfloat_with_epsilon (scm_geo_x_offset (1.3, 0.2), 0.1, 1e-12);
}

/* A pole frames at the map's edge, no further than libshumate's views go,
 * and a place on ±180° beside the sidebar frames at a longitude in range */
static void
test_frame_points_poles (void)
{
  const ScmGeoFrameArea area = { 1024, 768, 300, 48, 0.5, 7, FALSE };
  const double places[][2] = { { 90, 180 }, { -90, -180 }, { 90, -180 }, { -90, 180 } };
  double latitude, longitude, zoom;

  g_assert_cmpfloat (scm_geo_y_to_latitude (0), ==, SCM_GEO_MAX_LATITUDE);
  g_assert_cmpfloat (scm_geo_y_to_latitude (-0.25), ==, SCM_GEO_MAX_LATITUDE);
  g_assert_cmpfloat (scm_geo_y_to_latitude (1.25), ==, -SCM_GEO_MAX_LATITUDE);
  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      g_assert_true (scm_geo_frame_points (places[i], 1, &area, &latitude, &longitude, &zoom));
      g_test_message ("%g, %g framed at %.10f, %.6f", places[i][0], places[i][1], latitude, longitude);
      g_assert_cmpfloat (fabs (latitude), <=, SCM_GEO_MAX_LATITUDE);
      g_assert_cmpfloat (fabs (longitude), <=, 180);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/geo/frame/fit", test_frame_points_fit);
  g_test_add_func ("/geo/frame/leading-margin", test_frame_points_leading_margin);
  g_test_add_func ("/geo/frame/degenerate", test_frame_points_degenerate);
  g_test_add_func ("/geo/projection/known-values", test_projection_known_values);
  g_test_add_func ("/geo/projection/round-trip", test_projection_round_trip);
  g_test_add_func ("/geo/spread-points", test_spread_points);
  g_test_add_func ("/geo/spread-points/no-chains", test_spread_points_do_not_chain);
  g_test_add_func ("/geo/spread-points/around-fixed", test_spread_points_around_fixed);
  g_test_add_func ("/geo/frame/insets", test_frame_points_insets);
  g_test_add_func ("/geo/frame/antimeridian", test_frame_points_antimeridian);
  g_test_add_func ("/geo/frame/widest-gap", test_frame_points_widest_gap);
  g_test_add_func ("/geo/x-offset", test_x_offset);
  g_test_add_func ("/geo/frame/poles", test_frame_points_poles);
  g_test_add_func ("/geo/great-circle/distance", test_distance_known_values);
  g_test_add_func ("/geo/great-circle/midpoint", test_midpoint);
  g_test_add_func ("/geo/great-circle/antimeridian", test_antimeridian_split);
  g_test_add_func ("/geo/great-circle/no-split", test_no_split_without_crossing);
  g_test_add_func ("/geo/great-circle/antipodes", test_antipodes_one_circle);
  g_test_add_func ("/geo/great-circle/on-antimeridian", test_line_on_antimeridian);
  g_test_add_func ("/geo/great-circle/unwrapped", test_great_circle_unwrapped);

  return g_test_run ();
}
