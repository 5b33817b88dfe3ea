/* scm-geo.c
 *
 * The world is the unit square: x grows east from longitude -180 and y grows
 * south from latitude SCM_GEO_MAX_LATITUDE, as in slippy-map tile numbering.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "scm-geo.h"

double
scm_geo_longitude_to_x (double longitude)
{
  return (longitude + 180.0) / 360.0;
}

double
scm_geo_latitude_to_y (double latitude)
{
  double radians = CLAMP (latitude, -SCM_GEO_MAX_LATITUDE, SCM_GEO_MAX_LATITUDE) * G_PI / 180.0;

  return (1.0 - log (tan (radians) + 1.0 / cos (radians)) / G_PI) / 2.0;
}

double
scm_geo_x_to_longitude (double x)
{
  return x * 360.0 - 180.0;
}

double
scm_geo_y_to_latitude (double y)
{
  return atan (sinh (G_PI * (1.0 - 2.0 * y))) * 180.0 / G_PI;
}

static guint
find_root (guint *parent,
           guint  i)
{
  while (parent[i] != i)
    i = parent[i] = parent[parent[i]];
  return i;
}

/**
 * scm_geo_spread_points:
 * @points: (array): x, y pairs in pixels
 * @offsets: (out caller-allocates): x, y pairs, one per point
 *
 * Points closer than @min_distance to another (directly or through a chain)
 * form a group; each group is laid out on a ring around its centre, so that
 * every point stays visible and clickable. Lone points get a zero offset.
 */
void
scm_geo_spread_points (const double *points,
                       guint         n_points,
                       double        min_distance,
                       double       *offsets)
{
  g_autofree guint *parent = g_new (guint, n_points);
  g_autofree guint *group_size = g_new0 (guint, n_points);
  g_autofree guint *rank_in_group = g_new0 (guint, n_points);
  g_autofree double *centre = g_new0 (double, 2 * n_points);

  for (guint i = 0; i < n_points; i++)
    parent[i] = i;

  for (guint i = 0; i < n_points; i++)
    for (guint j = i + 1; j < n_points; j++)
      if (hypot (points[2 * i] - points[2 * j], points[2 * i + 1] - points[2 * j + 1]) < min_distance)
        parent[find_root (parent, i)] = find_root (parent, j);

  for (guint i = 0; i < n_points; i++)
    {
      guint root = find_root (parent, i);

      rank_in_group[i] = group_size[root]++;
      centre[2 * root] += points[2 * i];
      centre[2 * root + 1] += points[2 * i + 1];
    }

  for (guint i = 0; i < n_points; i++)
    {
      guint root = find_root (parent, i);
      guint size = group_size[root];
      double radius, angle;

      if (size < 2)
        {
          offsets[2 * i] = offsets[2 * i + 1] = 0;
          continue;
        }

      /* Neighbours on the ring stay min_distance apart */
      radius = MAX (min_distance * 0.75, size * min_distance / (2 * G_PI));
      angle = -G_PI / 2 + 2 * G_PI * rank_in_group[i] / size;
      offsets[2 * i] = centre[2 * root] / size + radius * cos (angle) - points[2 * i];
      offsets[2 * i + 1] = centre[2 * root + 1] / size + radius * sin (angle) - points[2 * i + 1];
    }
}
