/* benchmark.c — speed figures, one "name value unit" line each
 *
 * Run with `meson test -C _build --benchmark --verbose`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include <gtk/gtk.h>
#include <stdio.h>
#include <string.h>

#include "scm-basemap-source.h"
#include "scm-centre-filter.h"
#include "scm-geo.h"
#include "scm-network.h"
#include "scm-application.h"
#include "scm-window.h"
#include "test-util.h"

#define LARGE_NETWORK 10000

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

static double
time_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
bench_load_large (GBytes *bytes)
{
  double times[5];

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(ScmNetwork) network = scm_network_new_from_bytes (bytes, "generated.json");

      times[i] = time_ms (start);
      g_assert (g_list_model_get_n_items (scm_network_get_centres (network)) == LARGE_NETWORK);
    }

  g_print ("load-%u-median %.1f ms\n", LARGE_NETWORK, percentile (times, G_N_ELEMENTS (times), 0.5));
}

/* One filter change as the list and the map see it: the filtered model recounts */
static double
time_filter_change (GtkFilterListModel *model,
                    void (*change) (ScmCentreFilter *filter, gpointer data),
                    ScmCentreFilter    *filter,
                    gpointer            data)
{
  gint64 start = g_get_monotonic_time ();

  change (filter, data);
  g_list_model_get_n_items (G_LIST_MODEL (model));
  return time_ms (start);
}

static void
set_search (ScmCentreFilter *filter,
            gpointer         text)
{
  scm_centre_filter_set_search_text (filter, text);
}

static void
set_country (ScmCentreFilter *filter,
             gpointer         country)
{
  scm_centre_filter_set_country (filter, country);
}

static void
bench_filters_large (GBytes *bytes)
{
  g_autoptr(ScmNetwork) network = scm_network_new_from_bytes (bytes, "generated.json");
  ScmCentreFilter *filter = scm_centre_filter_new ();
  g_autoptr(GtkFilterListModel) model = gtk_filter_list_model_new (g_object_ref (scm_network_get_centres (network)),
                                                                    GTK_FILTER (filter));
  static const char * const queries[] = { "c", "ce", "cen", "centre 1", "centre 12", "city 9", "", "numbr" };
  static const char * const countries[] = { "CN", "FR", NULL, "KE", NULL };
  double search[G_N_ELEMENTS (queries)], country[G_N_ELEMENTS (countries)];

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    search[i] = time_filter_change (model, set_search, filter, (gpointer)queries[i]);
  for (guint i = 0; i < G_N_ELEMENTS (countries); i++)
    country[i] = time_filter_change (model, set_country, filter, (gpointer)countries[i]);

  g_print ("search-%u-p95 %.2f ms\n", LARGE_NETWORK, percentile (search, G_N_ELEMENTS (search), 0.95));
  g_print ("country-filter-%u-p95 %.2f ms\n", LARGE_NETWORK, percentile (country, G_N_ELEMENTS (country), 0.95));
}

/* --window app|bare: one window, timed from the start of the process to the
 * first frame painted with every tile of the basemap; then the peak memory. */
static gint64 window_start;

static long
peak_memory_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmHWM:")) == NULL)
    return -1;
  return strtol (line + strlen ("VmHWM:"), NULL, 10);
}

static gboolean
window_ready (GtkWidget *window)
{
  ScmBasemapSource *source = g_object_get_data (G_OBJECT (window), "scm-source");

  if (SCM_IS_WINDOW (window))
    return scm_map_view_is_ready (scm_window_get_map_view (SCM_WINDOW (window)));
  return source != NULL && scm_basemap_source_is_idle (source);
}

static void
after_paint (GdkFrameClock *clock,
             GtkWidget     *window)
{
  const char *kind = g_object_get_data (G_OBJECT (window), "scm-kind");

  if (!window_ready (window))
    return;

  g_print ("first-frame-%s %.1f ms\n", kind, time_ms (window_start));
  g_print ("peak-memory-%s %ld KiB\n", kind, peak_memory_kb ());
  exit (0);
}

static void
window_mapped (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint), window);
}

static int
run_window (const char *kind)
{
  GtkWidget *window;

  window_start = g_get_monotonic_time ();
  gtk_init ();

  if (g_str_equal (kind, "app"))
    {
      g_autoptr(ScmNetwork) network = scm_network_new_from_resource (SCM_NETWORK_RESOURCE);

      /* As the app starts: its style sheet, then its window */
      scm_application_load_style ();
      window = GTK_WIDGET (scm_window_new (NULL, network));
    }
  else
    {
      /* A bare libshumate map with the same offline tiles: the baseline */
      g_autoptr(ScmBasemap) basemap = scm_basemap_new_from_resource (SCM_BASEMAP_RESOURCE, NULL);
      ScmBasemapSource *source = scm_basemap_source_new (basemap);
      ShumateSimpleMap *map = shumate_simple_map_new ();

      window = gtk_window_new ();
      gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
      shumate_simple_map_set_map_source (map, SHUMATE_MAP_SOURCE (source));
      shumate_viewport_set_zoom_level (shumate_simple_map_get_viewport (map), 2);
      gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (map));
      g_object_set_data_full (G_OBJECT (window), "scm-source", source, g_object_unref);
    }

  g_object_set_data (G_OBJECT (window), "scm-kind", (gpointer)kind);
  g_signal_connect (window, "map", G_CALLBACK (window_mapped), NULL);
  gtk_window_present (GTK_WINDOW (window));

  /* after_paint() exits once the frame is painted */
  while (g_list_model_get_n_items (gtk_window_get_toplevels ()) > 0)
    g_main_context_iteration (NULL, TRUE);
  return 1;
}

/* Runs this program again in a fresh process, so that each window's time and
 * memory are its own; returns its two figures */
static gboolean
measure_window (const char *self_path,
                const char *kind,
                double     *first_frame_ms,
                double     *peak_kib)
{
  g_autofree char *output = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { self_path, "--window", kind, NULL };
  const char *frame, *memory;

  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &output, NULL, NULL, &error))
    {
      g_printerr ("first-frame-%s failed: %s\n", kind, error->message);
      return FALSE;
    }

  frame = strstr (output, "first-frame-");
  memory = strstr (output, "peak-memory-");
  if (frame == NULL || memory == NULL)
    return FALSE;

  *first_frame_ms = g_ascii_strtod (strchr (frame, ' ') + 1, NULL);
  *peak_kib = g_ascii_strtod (strchr (memory, ' ') + 1, NULL);
  return TRUE;
}

/* The app's window against a bare libshumate window, alternately, after one
 * pair that warms the caches: start-up times vary from run to run by a fifth
 * on this machine, their medians over nine runs much less */
#define WINDOW_RUNS 9

static void
bench_windows (const char *self_path)
{
  const char *kinds[] = { "bare", "app" };
  double frames[2][WINDOW_RUNS + 1], memory[2][WINDOW_RUNS + 1], median_frame[2], median_memory[2];

  for (guint run = 0; run <= WINDOW_RUNS; run++)
    for (guint k = 0; k < 2; k++)
      if (!measure_window (self_path, kinds[k], &frames[k][run], &memory[k][run]))
        return;

  for (guint k = 0; k < 2; k++)
    {
      median_frame[k] = percentile (frames[k] + 1, WINDOW_RUNS, 0.5);
      median_memory[k] = percentile (memory[k] + 1, WINDOW_RUNS, 0.5);
      g_print ("first-frame-%s-median %.1f ms\n", kinds[k], median_frame[k]);
      g_print ("peak-memory-%s-median %.0f KiB\n", kinds[k], median_memory[k]);
    }
  g_print ("first-frame-ratio %.2f x\n", median_frame[1] / median_frame[0]);
  g_print ("peak-memory-ratio %.2f x\n", median_memory[1] / median_memory[0]);
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

  g_autoptr(GBytes) large = NULL;

  if (argc == 3 && g_str_equal (argv[1], "--window"))
    return run_window (argv[2]);

  if (basemap_bytes == NULL)
    g_error ("Cannot read %s", basemap_path);

  start = g_get_monotonic_time ();
  basemap = scm_basemap_new_from_bytes (basemap_bytes, &error);
  if (basemap == NULL)
    g_error ("%s", error->message);
  g_print ("basemap-load %.2f ms\n", (g_get_monotonic_time () - start) / 1000.0);

  bench_load_bundled ();
  large = scm_test_generate_network (LARGE_NETWORK);
  bench_load_large (large);
  bench_filters_large (large);
  bench_tiles (basemap, network);

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    g_print ("# first frame and memory need a display: run under xvfb-run\n");
  else
    bench_windows (argv[0]);
  return 0;
}
