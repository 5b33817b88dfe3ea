/* test-map-transform.c — the one transform from the unit square to widget pixels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <math.h>

#include "scm-geo.h"
#include "scm-map-transform.h"

static ShumateViewport *
viewport_at_zoom_one (double rotation)
{
  ShumateViewport *viewport = shumate_viewport_new ();

  shumate_viewport_set_max_zoom_level (viewport, 10);
  shumate_viewport_set_zoom_level (viewport, 1);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), 0, 0);
  shumate_viewport_set_rotation (viewport, rotation);
  return viewport;
}

/* At zoom 1 the world is two tiles across; the viewport's centre is the widget's */
static void
test_plain (void)
{
  g_autoptr(ShumateViewport) viewport = viewport_at_zoom_one (0);
  ScmMapTransform transform;
  double x, y, x0, y0, x1, y1;

  scm_map_transform_from_viewport (&transform, viewport, 800, 400);
  g_assert_cmpfloat_with_epsilon (transform.world, 2 * SCM_GEO_TILE_SIZE, 1e-9);

  scm_map_transform_apply (&transform, 0.5, 0.5, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 400, 1e-6);
  g_assert_cmpfloat_with_epsilon (y, 200, 1e-6);

  scm_map_transform_apply (&transform, 0.75, 0.25, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 400 + 128, 1e-6);
  g_assert_cmpfloat_with_epsilon (y, 200 - 128, 1e-6);

  scm_map_transform_get_bounds (&transform, &x0, &y0, &x1, &y1);
  g_assert_cmpfloat_with_epsilon (x1 - x0, 800 / transform.world, 1e-9);
  g_assert_cmpfloat_with_epsilon (y1 - y0, 400 / transform.world, 1e-9);
}

/* A quarter turn: east of the centre is drawn below it, and the visible box
 * swaps its width and height */
static void
test_rotated (void)
{
  g_autoptr(ShumateViewport) viewport = viewport_at_zoom_one (G_PI / 2);
  ScmMapTransform transform;
  double x, y, x0, y0, x1, y1;

  scm_map_transform_from_viewport (&transform, viewport, 800, 400);

  scm_map_transform_apply (&transform, 0.75, 0.5, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 400, 1e-6);
  g_assert_cmpfloat_with_epsilon (y, 200 + 128, 1e-6);

  scm_map_transform_apply (&transform, 0.5, 0.25, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 400 + 128, 1e-6);
  g_assert_cmpfloat_with_epsilon (y, 200, 1e-6);

  scm_map_transform_get_bounds (&transform, &x0, &y0, &x1, &y1);
  g_assert_cmpfloat_with_epsilon (x1 - x0, 400 / transform.world, 1e-9);
  g_assert_cmpfloat_with_epsilon (y1 - y0, 800 / transform.world, 1e-9);
}

/* A place is drawn at its copy nearest the centre: in a view across ±180°,
 * 170° east and 170° west lie on either side of it, 20° apart */
static void
test_nearest_across_antimeridian (void)
{
  g_autoptr(ShumateViewport) viewport = viewport_at_zoom_one (0);
  ScmMapTransform transform;
  double west_x, east_x, y;

  shumate_location_set_location (SHUMATE_LOCATION (viewport), 0, 180);
  scm_map_transform_from_viewport (&transform, viewport, 800, 400);

  scm_map_transform_apply_nearest (&transform, scm_geo_longitude_to_x (170), 0.5, &west_x, &y);
  scm_map_transform_apply_nearest (&transform, scm_geo_longitude_to_x (-170), 0.5, &east_x, &y);
  g_assert_cmpfloat_with_epsilon (west_x, 400 - transform.world / 36, 1e-6);
  g_assert_cmpfloat_with_epsilon (east_x, 400 + transform.world / 36, 1e-6);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map-transform/plain", test_plain);
  g_test_add_func ("/map-transform/rotated", test_rotated);
  g_test_add_func ("/map-transform/nearest-across-antimeridian", test_nearest_across_antimeridian);

  return g_test_run ();
}
