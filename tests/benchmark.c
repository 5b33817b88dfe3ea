/* benchmark.c — speed figures, one "name value unit" line each
 *
 * Run with `meson test -C _build --benchmark --verbose`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "scm-basemap.h"
#include "scm-geo.h"
#include "scm-network.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double
percentile (double *values,
            guint   n,
            double  fraction)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[MIN (n - 1, (guint)floor (fraction * n))];
}

static char *
source_path (const char *relative)
{
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");
  return g_build_filename (srcdir ? srcdir : ".", "..", relative, NULL);
}

/* Tiles around the places people look at: the centres of the bundled network. */
static void
bench_tiles (ScmBasemap *basemap,
             ScmNetwork *network)
{
  GListModel *centres = scm_network_get_centres (network);
  guint n_centres = g_list_model_get_n_items (centres);
  const guint samples = 60;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 256, 256);
  GRand *rand = g_rand_new_with_seed (2016);

  for (guint zoom = 0; zoom <= 8; zoom++)
    {
      double times[60];
      double tiles = pow (2, zoom);

      for (guint i = 0; i < samples; i++)
        {
          g_autoptr(ScmCentre) centre = g_list_model_get_item (centres, g_rand_int_range (rand, 0, n_centres));
          guint x = (guint)(scm_geo_longitude_to_x (scm_centre_get_longitude (centre)) * tiles);
          guint y = (guint)(scm_geo_latitude_to_y (scm_centre_get_latitude (centre)) * tiles);
          cairo_t *cr = cairo_create (surface);
          gint64 start = g_get_monotonic_time ();

          scm_basemap_render_tile (basemap, cr, zoom, x, y, 256, SCM_BASEMAP_STYLE_LIGHT);
          cairo_surface_flush (surface);
          times[i] = (g_get_monotonic_time () - start) / 1000.0;
          cairo_destroy (cr);
        }

      g_print ("tile-z%u-median %.2f ms\n", zoom, percentile (times, samples, 0.5));
      g_print ("tile-z%u-p95 %.2f ms\n", zoom, percentile (times, samples, 0.95));
    }

  g_rand_free (rand);
  cairo_surface_destroy (surface);
}

static void
bench_load_bundled (void)
{
  g_autofree char *path = source_path ("data/network.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, NULL);
  double times[20];

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(ScmNetwork) network = scm_network_new_from_bytes (bytes, path);

      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  g_print ("load-bundled-median %.2f ms\n", percentile (times, G_N_ELEMENTS (times), 0.5));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *basemap_path = source_path ("data/basemap.bin");
  g_autofree char *network_path = source_path ("data/network.json");
  g_autoptr(GFile) basemap_file = g_file_new_for_path (basemap_path);
  g_autoptr(GFile) network_file = g_file_new_for_path (network_path);
  g_autoptr(GBytes) basemap_bytes = g_file_load_bytes (basemap_file, NULL, NULL, NULL);
  g_autoptr(ScmNetwork) network = scm_network_new_from_file (network_file);
  g_autoptr(ScmBasemap) basemap = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;

  if (basemap_bytes == NULL)
    g_error ("Cannot read %s", basemap_path);

  start = g_get_monotonic_time ();
  basemap = scm_basemap_new_from_bytes (basemap_bytes, &error);
  if (basemap == NULL)
    g_error ("%s", error->message);
  g_print ("basemap-load %.2f ms\n", (g_get_monotonic_time () - start) / 1000.0);

  bench_load_bundled ();
  bench_tiles (basemap, network);
  return 0;
}
