/* bench-model.c — loading, filtering and tile drawing, without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <gtk/gtk.h>
#include <json-glib/json-glib.h>

#include "bench-util.h"
#include "scm-basemap-source.h"
#include "scm-centre-filter.h"
#include "scm-geo.h"
#include "scm-network.h"
#include "test-util.h"

#define LARGE_NETWORK 10000
#define LOAD_RUNS 7

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
          times[i] = bench_time_ms (start);
          cairo_destroy (cr);
        }

      /* The first tile of a zoom also places the cities' names */
      g_print ("tile-z%u-first %.2f ms\n", zoom, times[0]);
      g_print ("tile-z%u-median %.2f ms\n", zoom, bench_percentile (times, samples, 0.5));
      g_print ("tile-z%u-p95 %.2f ms\n", zoom, bench_percentile (times, samples, 0.95));
    }

  g_rand_free (rand);
  cairo_surface_destroy (surface);
}

static void
bench_load_bundled (void)
{
  g_autofree char *path = bench_source_path ("data/network.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, NULL);
  double times[20];

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(ScmNetwork) network = scm_network_new_from_bytes (bytes, path);

      times[i] = bench_time_ms (start);
    }

  g_print ("load-bundled-median %.2f ms\n", bench_percentile (times, G_N_ELEMENTS (times), 0.5));
}

static double
time_app_loader (GBytes *bytes)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(ScmNetwork) network = scm_network_new_from_bytes (bytes, "generated.json");
  double elapsed = bench_time_ms (start);

  g_assert_cmpuint (g_list_model_get_n_items (scm_network_get_centres (network)), ==, LARGE_NETWORK);
  return elapsed;
}

/* The floor: json-glib alone reads the same bytes into its tree and lets it
 * go, as any reader of the file must (the app's loader does both as well);
 * no validation, no objects */
static double
time_json_parse (GBytes *bytes)
{
  gint64 start = g_get_monotonic_time ();
  JsonParser *parser = json_parser_new ();
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (!json_parser_load_from_data (parser, data, size, NULL))
    g_error ("The generated network is not JSON");
  g_object_unref (parser);
  return bench_time_ms (start);
}

/* The app's loader against json-glib alone, run alternately so that the
 * machine's load at the time weighs on both */
static void
bench_load_large (GBytes *bytes)
{
  double load[LOAD_RUNS], parse[LOAD_RUNS], load_median, parse_median;

  for (guint i = 0; i < LOAD_RUNS; i++)
    {
      parse[i] = time_json_parse (bytes);
      load[i] = time_app_loader (bytes);
    }

  load_median = bench_percentile (load, LOAD_RUNS, 0.5);
  parse_median = bench_percentile (parse, LOAD_RUNS, 0.5);
  g_print ("load-%u-median %.1f ms\n", LARGE_NETWORK, load_median);
  g_print ("json-parse-%u-median %.1f ms\n", LARGE_NETWORK, parse_median);
  g_print ("load-%u-parse-ratio %.2f x\n", LARGE_NETWORK, load_median / parse_median);
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
  return bench_time_ms (start);
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

  g_print ("search-%u-p95 %.2f ms\n", LARGE_NETWORK, bench_percentile (search, G_N_ELEMENTS (search), 0.95));
  g_print ("country-filter-%u-p95 %.2f ms\n", LARGE_NETWORK, bench_percentile (country, G_N_ELEMENTS (country), 0.95));
}

void
bench_model (void)
{
  g_autofree char *basemap_path = bench_source_path ("data/basemap.bin");
  g_autofree char *network_path = bench_source_path ("data/network.json");
  g_autoptr(GFile) basemap_file = g_file_new_for_path (basemap_path);
  g_autoptr(GFile) network_file = g_file_new_for_path (network_path);
  g_autoptr(GBytes) basemap_bytes = g_file_load_bytes (basemap_file, NULL, NULL, NULL);
  g_autofree char *cities_path = bench_source_path ("data/cities.bin");
  g_autoptr(GFile) cities_file = g_file_new_for_path (cities_path);
  g_autoptr(GBytes) cities_bytes = g_file_load_bytes (cities_file, NULL, NULL, NULL);
  g_autoptr(ScmCities) cities = NULL;
  g_autoptr(ScmNetwork) network = scm_network_new_from_file (network_file);
  g_autoptr(ScmBasemap) basemap = NULL;
  g_autoptr(GBytes) large = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;

  if (basemap_bytes == NULL)
    g_error ("Cannot read %s", basemap_path);
  if (cities_bytes == NULL)
    g_error ("Cannot read %s", cities_path);

  start = g_get_monotonic_time ();
  basemap = scm_basemap_new_from_bytes (basemap_bytes, &error);
  if (basemap == NULL)
    g_error ("%s", error->message);
  g_print ("basemap-load %.2f ms\n", bench_time_ms (start));

  start = g_get_monotonic_time ();
  cities = scm_cities_new_from_bytes (cities_bytes, g_get_language_names (), &error);
  if (cities == NULL)
    g_error ("%s", error->message);
  scm_basemap_set_cities (basemap, cities);
  g_print ("cities-load %.2f ms\n", bench_time_ms (start));

  bench_load_bundled ();
  large = scm_test_generate_network (LARGE_NETWORK);
  bench_load_large (large);
  bench_filters_large (large);
  bench_tiles (basemap, network);
}
