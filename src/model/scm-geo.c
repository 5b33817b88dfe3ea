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

/* A place's latitude as far as the map goes: a pole is drawn, and looked at,
 * at the map's top or bottom edge */
double
scm_geo_clamp_latitude (double latitude)
{
  return CLAMP (latitude, -SCM_GEO_MAX_LATITUDE, SCM_GEO_MAX_LATITUDE);
}

double
scm_geo_longitude_to_x (double longitude)
{
  return (longitude + 180.0) / 360.0;
}

double
scm_geo_latitude_to_y (double latitude)
{
  double radians = scm_geo_clamp_latitude (latitude) * G_PI / 180.0;

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
  /* The edges of the square give the bound itself, not a rounding beyond it */
  return scm_geo_clamp_latitude (atan (sinh (G_PI * (1.0 - 2.0 * y))) * 180.0 / G_PI);
}

/* How far east @x lies from @from_x, the shorter way round the world: in
 * [-0.5, 0.5] of it, the width of the unit square */
double
scm_geo_x_offset (double x,
                  double from_x)
{
  return remainder (x - from_x, 1.0);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

/* The narrowest span [*x0, *x1] of x that holds every point: the
 * complement of the widest gap between them around the world. Where that gap
 * is not the one across ±180°, *x1 passes 1 (the span crosses it). */
static void
shortest_x_span (const double *points,
                 guint         n_points,
                 double       *x0,
                 double       *x1)
{
  g_autofree double *xs = g_new (double, n_points);
  double widest_gap;

  for (guint i = 0; i < n_points; i++)
    xs[i] = scm_geo_longitude_to_x (points[2 * i + 1]);
  qsort (xs, n_points, sizeof (double), compare_doubles);

  *x0 = xs[0];
  *x1 = xs[n_points - 1];
  widest_gap = xs[0] + 1 - xs[n_points - 1];
  for (guint i = 0; i + 1 < n_points; i++)
    if (xs[i + 1] - xs[i] > widest_gap)
      {
        widest_gap = xs[i + 1] - xs[i];
        *x0 = xs[i + 1];
        *x1 = xs[i] + 1;
      }
}

/* The longitude of @x, one world either way brought within [-180°, 180°] */
static double
x_to_wrapped_longitude (double x)
{
  return remainder (scm_geo_x_to_longitude (x), 360.0);
}

/**
 * scm_geo_frame_points:
 * @points: (latitude, longitude) pairs
 *
 * The centre and zoom that show every point in @area, at the largest zoom in
 * steps of a quarter within [min_zoom, max_zoom]. The centre sits over the
 * middle of the area that is left free by the leading side, the margin and
 * the insets. Places are framed the shorter way round the world: two on
 * either side of ±180° are framed across it. Returns FALSE, leaving the
 * outputs alone, when there is nothing to frame.
 */
gboolean
scm_geo_frame_points (const double          *points,
                      guint                  n_points,
                      const ScmGeoFrameArea *area,
                      double                *latitude,
                      double                *longitude,
                      double                *zoom)
{
  double x0 = 1, y0 = 1, x1 = 0, y1 = 0, free_width, free_height, fit, world, shift_x, shift_y;
  double trailing = area->margin + area->trailing;
  double top = area->margin + area->top, bottom = area->margin + area->bottom;

  if (n_points == 0 || area->width <= 0 || area->height <= 0)
    return FALSE;

  for (guint i = 0; i < n_points; i++)
    {
      double x = scm_geo_longitude_to_x (points[2 * i + 1]);
      double y = scm_geo_latitude_to_y (points[2 * i]);

      x0 = MIN (x0, x);
      x1 = MAX (x1, x);
      y0 = MIN (y0, y);
      y1 = MAX (y1, y);
    }
  if (!area->corners)
    shortest_x_span (points, n_points, &x0, &x1);

  /* At least a pixel: margins wider than a tiny area give the smallest zoom */
  free_width = MAX (area->width - area->leading - trailing, 1);
  free_height = MAX (area->height - top - bottom, 1);
  fit = log2 (MIN (free_width / (MAX (x1 - x0, 1e-4) * SCM_GEO_TILE_SIZE),
                   free_height / (MAX (y1 - y0, 1e-4) * SCM_GEO_TILE_SIZE)));
  *zoom = CLAMP (floor (fit * 4) / 4, area->min_zoom, area->max_zoom);
  world = SCM_GEO_TILE_SIZE * pow (2, *zoom);

  /* From the middle of the widget to the middle of the free area */
  shift_x = (area->leading - trailing) / 2 / world;
  if (area->rtl)
    shift_x = -shift_x;
  shift_y = (top - bottom) / 2 / world;
  *latitude = scm_geo_y_to_latitude ((y0 + y1) / 2 - shift_y);
  *longitude = x_to_wrapped_longitude ((x0 + x1) / 2 - shift_x);
  return TRUE;
}

/* Whether (dx, dy) is shorter than @distance (less a rounding error),
 * without a square root: this runs for every pair on every ring tried */
static inline gboolean
is_closer_than (double dx,
                double dy,
                double distance)
{
  double limit = distance - 1e-9;

  return limit > 0 && dx * dx + dy * dy < limit * limit;
}

static gboolean
spot_is_free (const double *placed,
              guint         n_placed,
              const double *fixed,
              guint         n_fixed,
              double        min_distance,
              double        x,
              double        y)
{
  for (guint i = 0; i < n_placed; i++)
    if (is_closer_than (placed[2 * i] - x, placed[2 * i + 1] - y, min_distance))
      return FALSE;
  for (guint i = 0; i < n_fixed; i++)
    if (is_closer_than (fixed[3 * i] - x, fixed[3 * i + 1] - y, fixed[3 * i + 2]))
      return FALSE;
  return TRUE;
}

/* Rings of growing radius around (x, y), a quarter of @min_distance apart,
 * each tried from straight up clockwise; the first free spot wins. */
static void
find_free_spot (const double *placed,
                guint         n_placed,
                const double *fixed,
                guint         n_fixed,
                double        min_distance,
                double       *x,
                double       *y)
{
  const guint n_angles = 16;

  if (spot_is_free (placed, n_placed, fixed, n_fixed, min_distance, *x, *y))
    return;

  for (guint ring = 1; ; ring++)
    {
      double radius = min_distance * (0.5 + ring / 4.0);

      for (guint k = 0; k < n_angles; k++)
        {
          /* Alternate sides, so that a pair at one point moves apart evenly */
          double step = (double)((k + 1) / 2) * (k % 2 ? 1 : -1);
          double angle = -G_PI / 2 + 2 * G_PI * step / n_angles;
          double cx = *x + radius * cos (angle), cy = *y + radius * sin (angle);

          if (spot_is_free (placed, n_placed, fixed, n_fixed, min_distance, cx, cy))
            {
              *x = cx;
              *y = cy;
              return;
            }
        }
    }
}

/**
 * scm_geo_spread_points_around:
 * @points: (array): x, y pairs in pixels
 * @fixed: (array) (nullable): x, y, clearance triples: spots that stay where
 *   they are (the venue's pin), which no point comes nearer than its clearance
 * @offsets: (out caller-allocates): x, y pairs, one per point
 *
 * Points keep their place where it is free; one that comes closer than
 * @min_distance to a point already placed (in the order given) moves to the
 * nearest free spot on rings around its place. So every point stays visible
 * and clickable, moves as little as it can, and a crowded continent never
 * turns into one big ring.
 */
void
scm_geo_spread_points_around (const double *points,
                              guint         n_points,
                              double        min_distance,
                              const double *fixed,
                              guint         n_fixed,
                              double       *offsets)
{
  g_autofree double *placed = g_new (double, 2 * MAX (n_points, 1));

  for (guint i = 0; i < n_points; i++)
    {
      double x = points[2 * i], y = points[2 * i + 1];

      find_free_spot (placed, i, fixed, n_fixed, min_distance, &x, &y);
      placed[2 * i] = x;
      placed[2 * i + 1] = y;
      offsets[2 * i] = x - points[2 * i];
      offsets[2 * i + 1] = y - points[2 * i + 1];
    }
}

/* As scm_geo_spread_points_around(), with nothing fixed */
void
scm_geo_spread_points (const double *points,
                       guint         n_points,
                       double        min_distance,
                       double       *offsets)
{
  scm_geo_spread_points_around (points, n_points, min_distance, NULL, 0, offsets);
}

static void
to_vector (double latitude,
           double longitude,
           double v[3])
{
  double phi = latitude * G_PI / 180, lambda = longitude * G_PI / 180;

  v[0] = cos (phi) * cos (lambda);
  v[1] = cos (phi) * sin (lambda);
  v[2] = sin (phi);
}

/* Angle between two places seen from the centre of the Earth, in radians */
static double
central_angle (double latitude1,
               double longitude1,
               double latitude2,
               double longitude2)
{
  double a[3], b[3], cross[3];

  to_vector (latitude1, longitude1, a);
  to_vector (latitude2, longitude2, b);
  cross[0] = a[1] * b[2] - a[2] * b[1];
  cross[1] = a[2] * b[0] - a[0] * b[2];
  cross[2] = a[0] * b[1] - a[1] * b[0];

  /* atan2 stays accurate for very close and for opposite places */
  return atan2 (sqrt (cross[0] * cross[0] + cross[1] * cross[1] + cross[2] * cross[2]),
                a[0] * b[0] + a[1] * b[1] + a[2] * b[2]);
}

/* Great-circle distance on a spherical Earth of mean radius */
double
scm_geo_distance_km (double latitude1,
                     double longitude1,
                     double latitude2,
                     double longitude2)
{
  return central_angle (latitude1, longitude1, latitude2, longitude2) * SCM_GEO_EARTH_RADIUS_KM;
}

/* A unit vector at right angles to @a in the plane of @a and @b, towards @b.
 * When @b is @a or its antipode every great circle through @a reaches it:
 * the one heading due east from @a is taken, so that the choice never
 * depends on rounding. */
static void
towards (const double a[3],
         const double b[3],
         double       longitude,
         double       u[3])
{
  double dot = a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  double norm;

  for (guint i = 0; i < 3; i++)
    u[i] = b[i] - dot * a[i];
  norm = sqrt (u[0] * u[0] + u[1] * u[1] + u[2] * u[2]);

  if (norm < 1e-9)
    {
      double lambda = longitude * G_PI / 180;

      u[0] = -sin (lambda);
      u[1] = cos (lambda);
      u[2] = 0;
      return;
    }

  for (guint i = 0; i < 3; i++)
    u[i] /= norm;
}

/* The point @fraction of the way along the great circle from place 1 to place 2 */
void
scm_geo_interpolate (double  latitude1,
                     double  longitude1,
                     double  latitude2,
                     double  longitude2,
                     double  fraction,
                     double *latitude,
                     double *longitude)
{
  double angle = central_angle (latitude1, longitude1, latitude2, longitude2);
  double a[3], b[3], u[3], p[3];

  if (angle < 1e-12)
    {
      *latitude = latitude1;
      *longitude = longitude1;
      return;
    }

  /* Turning from a towards b in their plane: stable even for opposite places */
  to_vector (latitude1, longitude1, a);
  to_vector (latitude2, longitude2, b);
  towards (a, b, longitude1, u);
  for (guint i = 0; i < 3; i++)
    p[i] = cos (fraction * angle) * a[i] + sin (fraction * angle) * u[i];

  *latitude = atan2 (p[2], hypot (p[0], p[1])) * 180 / G_PI;
  *longitude = atan2 (p[1], p[0]) * 180 / G_PI;
}

/**
 * scm_geo_great_circle:
 *
 * The longitudes are unwrapped: they start at @longitude1 and change
 * continuously, past ±180 where the line crosses the antimeridian, so the
 * line never jumps across the map.
 *
 * Returns: (transfer full): @n_segments + 1 points (pairs of doubles:
 *   latitude, longitude) along the shorter great circle between two places
 */
GArray *
scm_geo_great_circle (double latitude1,
                      double longitude1,
                      double latitude2,
                      double longitude2,
                      guint  n_segments)
{
  GArray *points = g_array_sized_new (FALSE, FALSE, sizeof (double), 2 * (n_segments + 1));
  double previous = longitude1;

  n_segments = MAX (n_segments, 1);
  for (guint i = 0; i <= n_segments; i++)
    {
      double point[2];

      scm_geo_interpolate (latitude1, longitude1, latitude2, longitude2,
                           (double)i / n_segments, &point[0], &point[1]);
      point[1] += 360 * round ((previous - point[1]) / 360);
      previous = point[1];
      g_array_append_vals (points, point, 2);
    }

  return points;
}

/* @longitude in [-180, 180] */
static double
wrap_longitude (double longitude)
{
  return longitude - 360 * round (longitude / 360);
}

/**
 * scm_geo_split_antimeridian:
 * @points: pairs of doubles (latitude, longitude), wrapped or unwrapped
 *
 * Cuts a line where it crosses longitude ±180, adding the crossing point to
 * both pieces, so that no piece jumps across the whole map.
 *
 * Returns: (transfer full) (element-type GArray): the pieces
 */
GPtrArray *
scm_geo_split_antimeridian (GArray *points)
{
  GPtrArray *pieces = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  GArray *piece = g_array_new (FALSE, FALSE, sizeof (double));
  guint n_points = points->len / 2;

  for (guint i = 0; i < n_points; i++)
    {
      double latitude = g_array_index (points, double, 2 * i);
      double longitude = wrap_longitude (g_array_index (points, double, 2 * i + 1));

      if (i > 0)
        {
          double previous_latitude = g_array_index (points, double, 2 * i - 2);
          double previous_longitude = wrap_longitude (g_array_index (points, double, 2 * i - 1));

          if (fabs (longitude - previous_longitude) > 180)
            {
              /* Where the straight step (in unwrapped longitude) meets the edge */
              double edge = previous_longitude > 0 ? 180 : -180;
              double unwrapped = longitude + (previous_longitude > 0 ? 360 : -360);
              double step = unwrapped - previous_longitude;
              double t = step != 0 ? (edge - previous_longitude) / step : 0;
              double crossing[2] = { previous_latitude + t * (latitude - previous_latitude), edge };

              g_array_append_vals (piece, crossing, 2);
              g_ptr_array_add (pieces, piece);
              piece = g_array_new (FALSE, FALSE, sizeof (double));
              crossing[1] = -edge;
              g_array_append_vals (piece, crossing, 2);
            }
        }

      g_array_append_vals (piece, (double[]) { latitude, longitude }, 2);
    }

  g_ptr_array_add (pieces, piece);
  return pieces;
}
