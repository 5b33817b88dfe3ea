/* test-basemap.c — the offline basemap's tiles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-svg.h>
#include <math.h>
#include <string.h>

#include "scm-basemap.h"
#include "scm-geo.h"
#include "scm-halo-text.h"
#include "scm-network.h"

typedef struct
{
  const char *name;
  double latitude;
  double longitude;
} Place;

/* Far from coasts and from the points where country names are written */
static const Place land_points[] = {
  { "Paris", 48.85, 2.35 },
  { "Brasília", -15.80, -47.90 },
  { "Western Australia", -20.0, 125.0 },
  { "Moscow", 55.75, 37.62 },
  { "Texas", 31.0, -100.0 },
};

static const Place sea_points[] = {
  { "North Atlantic", 30.0, -40.0 },
  { "Pacific", 0.0, -150.0 },
  { "Indian Ocean", -30.0, 80.0 },
  { "Tasman Sea", -38.0, 160.0 },
};

static GBytes *
load_data (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GBytes *bytes = g_file_load_bytes (file, NULL, NULL, NULL);

  g_assert_nonnull (bytes);
  return bytes;
}

static ScmBasemap *
load_basemap (void)
{
  g_autoptr(GBytes) bytes = load_data ("basemap.bin");
  g_autoptr(GError) error = NULL;
  ScmBasemap *basemap;

  basemap = scm_basemap_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  return basemap;
}

static ScmCities *
load_cities (const char * const *languages)
{
  g_autoptr(GBytes) bytes = load_data ("cities.bin");
  g_autoptr(GError) error = NULL;
  ScmCities *cities;

  cities = scm_cities_new_from_bytes (bytes, languages, &error);
  g_assert_no_error (error);
  return cities;
}

static ScmBasemap *
load_basemap_with_cities (void)
{
  const char * const english[] = { "C", NULL };
  ScmBasemap *basemap = load_basemap ();
  g_autoptr(ScmCities) cities = load_cities (english);

  scm_basemap_set_cities (basemap, cities);
  return basemap;
}

/* Draws the tile under @place at @zoom and reads the pixel at the place. */
static void
pixel_at (ScmBasemap      *basemap,
          const Place     *place,
          guint            zoom,
          ScmBasemapStyle  style,
          double           rgb[3])
{
  double tiles = pow (2, zoom);
  double x = scm_geo_longitude_to_x (place->longitude) * tiles;
  double y = scm_geo_latitude_to_y (place->latitude) * tiles;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 256, 256);
  cairo_t *cr = cairo_create (surface);
  guint32 pixel;
  int px = (int)((x - floor (x)) * 256), py = (int)((y - floor (y)) * 256);

  scm_basemap_render_tile (basemap, cr, zoom, (guint)x, (guint)y, 256, style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  pixel = *(guint32 *)(cairo_image_surface_get_data (surface) +
                       py * cairo_image_surface_get_stride (surface) + px * 4);
  rgb[0] = ((pixel >> 16) & 0xff) / 255.0;
  rgb[1] = ((pixel >> 8) & 0xff) / 255.0;
  rgb[2] = (pixel & 0xff) / 255.0;
  cairo_surface_destroy (surface);
}

static void
assert_color (const double  actual[3],
              const double  expected[3],
              const char   *what)
{
  for (guint i = 0; i < 3; i++)
    if (fabs (actual[i] - expected[i]) > 2.5 / 255)
      {
        g_test_message ("%s: got %.3f %.3f %.3f, expected %.3f %.3f %.3f", what,
                        actual[0], actual[1], actual[2], expected[0], expected[1], expected[2]);
        g_test_fail ();
        return;
      }
}

static void
test_tile_land_and_sea (void)
{
  g_autoptr(ScmBasemap) basemap = load_basemap ();
  const guint zooms[] = { 1, 3, 5, 8 };

  for (guint style = SCM_BASEMAP_STYLE_LIGHT; style <= SCM_BASEMAP_STYLE_DARK; style++)
    {
      const ScmBasemapPalette *palette = scm_basemap_get_palette (style);

      for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
        {
          for (guint i = 0; i < G_N_ELEMENTS (land_points); i++)
            {
              double rgb[3];
              g_autofree char *what = g_strdup_printf ("%s at zoom %u", land_points[i].name, zooms[z]);

              pixel_at (basemap, &land_points[i], zooms[z], style, rgb);
              assert_color (rgb, palette->land, what);
            }
          for (guint i = 0; i < G_N_ELEMENTS (sea_points); i++)
            {
              double rgb[3];
              g_autofree char *what = g_strdup_printf ("%s at zoom %u", sea_points[i].name, zooms[z]);

              pixel_at (basemap, &sea_points[i], zooms[z], style, rgb);
              assert_color (rgb, palette->sea, what);
            }
        }
    }
}

/* The Germany–Poland border runs along the Oder near 52.5° N, 14.6° E. The tile
 * is drawn at scale 2, as on a HiDPI screen, where the border is two pixels wide. */
static void
test_tile_border (void)
{
  g_autoptr(ScmBasemap) basemap = load_basemap ();
  const ScmBasemapPalette *palette = scm_basemap_get_palette (SCM_BASEMAP_STYLE_LIGHT);
  const Place near_border = { "Oder", 52.5, 14.6 };
  const guint zoom = 6;
  double tiles = pow (2, zoom);
  double x = scm_geo_longitude_to_x (near_border.longitude) * tiles;
  double y = scm_geo_latitude_to_y (near_border.latitude) * tiles;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 512, 512);
  cairo_t *cr = cairo_create (surface);
  int cx = (int)((x - floor (x)) * 512), cy = (int)((y - floor (y)) * 512);
  double best = G_MAXDOUBLE;

  scm_basemap_render_tile (basemap, cr, zoom, (guint)x, (guint)y, 512, SCM_BASEMAP_STYLE_LIGHT);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* Within a few pixels of the point, some pixel is close to the border colour */
  for (int py = MAX (0, cy - 12); py <= MIN (511, cy + 12); py++)
    for (int px = MAX (0, cx - 12); px <= MIN (511, cx + 12); px++)
      {
        guint32 pixel = *(guint32 *)(cairo_image_surface_get_data (surface) +
                                     py * cairo_image_surface_get_stride (surface) + px * 4);
        double distance = fabs (((pixel >> 16) & 0xff) / 255.0 - palette->border[0]) +
                          fabs (((pixel >> 8) & 0xff) / 255.0 - palette->border[1]) +
                          fabs ((pixel & 0xff) / 255.0 - palette->border[2]);
        best = MIN (best, distance);
      }

  cairo_surface_destroy (surface);
  g_assert_cmpfloat (best, <, 0.08);
}

static void
test_damaged_data (void)
{
  g_autoptr(GBytes) short_bytes = g_bytes_new_static ("SCMBASE1\x01\x00\x00\x00\x05", 13);
  g_autoptr(GBytes) wrong_magic = g_bytes_new_static ("NOTAMAP!\x00\x00\x00\x00", 12);
  g_autoptr(GError) error = NULL;
  ScmBasemap *basemap;

  basemap = scm_basemap_new_from_bytes (short_bytes, &error);
  g_assert_null (basemap);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);

  basemap = scm_basemap_new_from_bytes (wrong_magic, &error);
  g_assert_null (basemap);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

static void
test_levels_of_detail (void)
{
  g_autoptr(ScmBasemap) basemap = load_basemap ();

  /* Finer data from zoom 3 on */
  g_assert_cmpuint (scm_basemap_get_n_polygons (basemap, 2), <, scm_basemap_get_n_polygons (basemap, 3));
  g_assert_cmpuint (scm_basemap_get_n_polygons (basemap, 3), ==, scm_basemap_get_n_polygons (basemap, 8));
}

/* Pixels of @surface that differ from @other's by more than a few levels */
static guint
count_different_pixels (cairo_surface_t *surface,
                        cairo_surface_t *other)
{
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *a = cairo_image_surface_get_data (surface);
  const guint8 *b = cairo_image_surface_get_data (other);
  guint n = 0;

  cairo_surface_flush (surface);
  cairo_surface_flush (other);
  for (int row = 0; row < cairo_image_surface_get_height (surface); row++)
    for (int column = 0; column < cairo_image_surface_get_width (surface); column++)
      for (int channel = 0; channel < 3; channel++)
        if (abs (a[row * stride + 4 * column + channel] - b[row * stride + 4 * column + channel]) > 8)
          {
            n++;
            break;
          }
  return n;
}

static cairo_surface_t *
render_view_image (ScmBasemap *basemap,
                   double      zoom,
                   double      x,
                   double      y,
                   int         width,
                   int         height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);

  scm_basemap_render_view (basemap, cr, zoom, x, y, width, height, SCM_BASEMAP_STYLE_LIGHT, 1);
  cairo_destroy (cr);
  return surface;
}

/* A view that covers exactly one tile is that tile (names near its edges
 * may be placed differently: a tile sees only the names that touch it) */
static void
test_view_is_tile (void)
{
  g_autoptr(ScmBasemap) basemap = load_basemap ();
  cairo_surface_t *tile = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 256, 256);
  cairo_t *cr = cairo_create (tile);
  cairo_surface_t *view;

  scm_basemap_render_tile (basemap, cr, 3, 4, 2, 256, SCM_BASEMAP_STYLE_LIGHT);
  cairo_destroy (cr);
  view = render_view_image (basemap, 3, 4 * 256, 2 * 256, 256, 256);

  g_assert_cmpuint (count_different_pixels (tile, view), <, 256 * 256 / 100);
  cairo_surface_destroy (tile);
  cairo_surface_destroy (view);
}

/* Left and right of the world, the world again: a view across the
 * antimeridian shows the same land as the view a world's width away */
static void
test_view_wraps (void)
{
  g_autoptr(ScmBasemap) basemap = load_basemap ();
  double world = 256 * pow (2, 2.5);
  cairo_surface_t *across = render_view_image (basemap, 2.5, -300, 500, 600, 400);
  cairo_surface_t *shifted = render_view_image (basemap, 2.5, world - 300, 500, 600, 400);
  double rgb[3];
  const guint8 *pixel;

  g_assert_cmpuint (count_different_pixels (across, shifted), ==, 0);
  /* Not a blank picture: Australia is left of the edge, inland at -25°, 135° */
  pixel = cairo_image_surface_get_data (across)
          + (int)(scm_geo_latitude_to_y (-25) * world - 500) * cairo_image_surface_get_stride (across)
          + 4 * (int)(300 - (1 - scm_geo_longitude_to_x (135)) * world);
  rgb[0] = pixel[2] / 255.0;
  g_assert_cmpfloat (fabs (rgb[0] - scm_basemap_get_palette (SCM_BASEMAP_STYLE_LIGHT)->land[0]), <, 0.02);
  cairo_surface_destroy (across);
  cairo_surface_destroy (shifted);
}

static cairo_status_t
append_to_string (void                *closure,
                  const unsigned char *data,
                  unsigned int         length)
{
  g_string_append_len (closure, (const char *)data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* On a vector surface the map stays vector: paths, not a picture */
static void
test_view_as_svg (void)
{
  g_autoptr(ScmBasemap) basemap = load_basemap ();
  g_autoptr(GString) svg = g_string_new (NULL);
  cairo_surface_t *surface = cairo_svg_surface_create_for_stream (append_to_string, svg, 1920, 1080);
  cairo_t *cr = cairo_create (surface);

  scm_basemap_render_view (basemap, cr, 2.75, 200, 300, 1920, 1080, SCM_BASEMAP_STYLE_LIGHT, 1);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  g_assert_nonnull (strstr (svg->str, "<path"));
  g_assert_null (strstr (svg->str, "<image"));
}

static void
collect_name (const ScmHaloText *text,
              gpointer           user_data)
{
  g_ptr_array_add (user_data, g_strdup (text->text));
}

/* With a sink, the names go to it as text, and no glyph is drawn */
static void
test_view_names_to_sink (void)
{
  g_autoptr(ScmBasemap) basemap = load_basemap ();
  g_autoptr(GString) svg = g_string_new (NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  cairo_surface_t *surface = cairo_svg_surface_create_for_stream (append_to_string, svg, 1024, 768);
  cairo_t *cr = cairo_create (surface);
  double world = 256 * pow (2, 3);

  scm_halo_text_set_sink (cr, collect_name, names);
  /* South America at zoom 3 */
  scm_basemap_render_view (basemap, cr, 3, scm_geo_longitude_to_x (-60) * world - 512,
                           scm_geo_latitude_to_y (-15) * world - 384, 1024, 768, SCM_BASEMAP_STYLE_LIGHT, 1);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);

  g_assert_true (g_ptr_array_find_with_equal_func (names, "Brazil", g_str_equal, NULL));
  g_assert_null (strstr (svg->str, "glyph"));
}

/* Draws the 3 × 3 tiles around @place at @zoom into one image, the place's
 * pixel at *px, *py. The caller destroys the surface. */
static cairo_surface_t *
draw_tiles_around (ScmBasemap  *basemap,
                   const Place *place,
                   guint        zoom,
                   int         *px,
                   int         *py)
{
  double tiles = pow (2, zoom);
  double x = scm_geo_longitude_to_x (place->longitude) * tiles;
  double y = scm_geo_latitude_to_y (place->latitude) * tiles;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 3 * 256, 3 * 256);
  cairo_t *cr = cairo_create (surface);

  for (int column = -1; column <= 1; column++)
    for (int row = -1; row <= 1; row++)
      {
        cairo_save (cr);
        cairo_translate (cr, (column + 1) * 256, (row + 1) * 256);
        scm_basemap_render_tile (basemap, cr, zoom, (guint)x + column, (guint)y + row, 256,
                                 SCM_BASEMAP_STYLE_LIGHT);
        cairo_restore (cr);
      }
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  *px = (int)((x - floor (x) + 1) * 256);
  *py = (int)((y - floor (y) + 1) * 256);
  return surface;
}

/* Pixels of the cities' ink (within 0.25 of its colour) in a square of
 * @radius around (@cx, @cy), leaving out the dot itself */
static guint
count_city_ink (cairo_surface_t *surface,
                int              cx,
                int              cy,
                int              radius)
{
  const double *ink = scm_basemap_get_palette (SCM_BASEMAP_STYLE_LIGHT)->city;
  int size = cairo_image_surface_get_width (surface);
  guint count = 0;

  for (int py = MAX (0, cy - radius); py < MIN (size, cy + radius); py++)
    for (int px = MAX (0, cx - radius); px < MIN (size, cx + radius); px++)
      {
        guint32 pixel = *(guint32 *)(cairo_image_surface_get_data (surface) +
                                     py * cairo_image_surface_get_stride (surface) + px * 4);
        double distance = fabs (((pixel >> 16) & 0xff) / 255.0 - ink[0]) +
                          fabs (((pixel >> 8) & 0xff) / 255.0 - ink[1]) +
                          fabs ((pixel & 0xff) / 255.0 - ink[2]);

        if (distance < 0.25 && abs (px - cx) + abs (py - cy) > 8)
          count++;
      }
  return count;
}

/* Tsukuba, ICHARM's city, is named from zoom 5 on; no city is named at zoom 2 */
static void
test_cities_drawn (void)
{
  const Place tsukuba = { "Tsukuba", 36.08, 140.08 };
  g_autoptr(ScmBasemap) bare = load_basemap ();
  g_autoptr(ScmBasemap) named = load_basemap_with_cities ();
  cairo_surface_t *surface;
  int px, py;

  /* Dark text beside the city, where the map without cities has none */
  surface = draw_tiles_around (named, &tsukuba, 5, &px, &py);
  g_assert_cmpuint (count_city_ink (surface, px, py, 90), >, 40);
  cairo_surface_destroy (surface);

  surface = draw_tiles_around (bare, &tsukuba, 5, &px, &py);
  g_assert_cmpuint (count_city_ink (surface, px, py, 90), ==, 0);
  cairo_surface_destroy (surface);

  /* At zoom 2 not even Tokyo: no city ink anywhere in the tiles */
  surface = draw_tiles_around (named, &tsukuba, 2, &px, &py);
  g_assert_cmpuint (count_city_ink (surface, px, py, 3 * 256), ==, 0);
  cairo_surface_destroy (surface);
}

/* The nearest city flagged as a host within 50 km of @latitude, @longitude, or -1 */
static int
find_host_city (ScmCities *cities,
                double     latitude,
                double     longitude)
{
  int found = -1;
  double best = 50;

  for (guint i = 0; i < scm_cities_get_n_cities (cities); i++)
    {
      double city_latitude, city_longitude, distance;

      if (!(scm_cities_get_flags (cities, i) & SCM_CITY_HOST))
        continue;
      scm_cities_get_position (cities, i, &city_latitude, &city_longitude);
      distance = scm_geo_distance_km (latitude, longitude, city_latitude, city_longitude);
      if (distance < best)
        {
          best = distance;
          found = (int)i;
        }
    }
  return found;
}

static void
assert_host_named (ScmCities           *cities,
                   const ScmCityLabels *labels[2],
                   const char          *what,
                   const char          *city,
                   double               latitude,
                   double               longitude)
{
  int index = find_host_city (cities, latitude, longitude);

  g_test_message ("%s: %s", what, city);
  g_assert_cmpint (index, >=, 0);
  g_assert_cmpuint (scm_cities_get_min_zoom (cities, index), <=, 5);
  /* Named at zoom 5, in the window and on a projector */
  g_assert_true (scm_city_labels_has_city (labels[0], index));
  g_assert_true (scm_city_labels_has_city (labels[1], index));
}

/* Every centre's, affiliate's and the meeting's city is in the cities file,
 * and named at zoom 5 */
static void
test_cities_hosts (void)
{
  const char * const english[] = { "C", NULL };
  g_autoptr(GBytes) network_bytes = load_data ("network.json");
  g_autoptr(ScmNetwork) network = scm_network_new_from_bytes (network_bytes, "network.json");
  g_autoptr(ScmBasemap) basemap = load_basemap ();
  g_autoptr(ScmCities) cities = load_cities (english);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 256, 256);
  cairo_t *cr = cairo_create (surface);
  GListModel *lists[] = { scm_network_get_centres (network), scm_network_get_affiliates (network) };
  ScmMeeting *meeting = scm_network_get_meeting (network);
  const ScmCityLabels *labels[2];
  guint n_checked = 0;

  scm_basemap_set_cities (basemap, cities);
  labels[0] = scm_basemap_get_city_labels (basemap, cr, 5, 1.0);
  labels[1] = scm_basemap_get_city_labels (basemap, cr, 5, 1.6);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(ScmCentre) centre = g_list_model_get_item (lists[l], i);

        assert_host_named (cities, labels, scm_centre_get_id (centre), scm_centre_get_city (centre),
                           scm_centre_get_latitude (centre), scm_centre_get_longitude (centre));
        n_checked++;
      }
  g_assert_nonnull (meeting);
  assert_host_named (cities, labels, "meeting", scm_meeting_get_city (meeting),
                     scm_meeting_get_latitude (meeting), scm_meeting_get_longitude (meeting));

  g_assert_cmpuint (n_checked, ==, g_list_model_get_n_items (lists[0]) + g_list_model_get_n_items (lists[1]));
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The index of the capital nearest to @latitude, @longitude */
static guint
find_capital (ScmCities *cities,
              double     latitude,
              double     longitude)
{
  guint found = G_MAXUINT;
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < scm_cities_get_n_cities (cities); i++)
    {
      double city_latitude, city_longitude, distance;

      if (!(scm_cities_get_flags (cities, i) & SCM_CITY_CAPITAL))
        continue;
      scm_cities_get_position (cities, i, &city_latitude, &city_longitude);
      distance = scm_geo_distance_km (latitude, longitude, city_latitude, city_longitude);
      if (distance < best)
        {
          best = distance;
          found = i;
        }
    }
  g_assert_cmpfloat (best, <, 30);
  return found;
}

/* Names in the first of the interface's languages that the file has */
static void
test_cities_languages (void)
{
  const char * const french[] = { "fr_FR.UTF-8", "fr_FR", "fr", "C", NULL };
  const char * const chinese[] = { "zh_CN.UTF-8", "zh_CN", "zh", "C", NULL };
  const char * const german[] = { "de_DE", "de", "C", NULL };
  const char * const english_first[] = { "en_GB", "en", "fr", "C", NULL };
  g_autoptr(ScmCities) in_french = load_cities (french);
  g_autoptr(ScmCities) in_chinese = load_cities (chinese);
  g_autoptr(ScmCities) in_german = load_cities (german);
  g_autoptr(ScmCities) in_english = load_cities (english_first);

  g_assert_cmpstr (scm_cities_get_name (in_french, find_capital (in_french, 39.9, 116.4)), ==, "Pékin");
  g_assert_cmpstr (scm_cities_get_name (in_chinese, find_capital (in_chinese, 39.9, 116.4)), ==, "北京");
  /* No German names in the file: English ones */
  g_assert_cmpstr (scm_cities_get_name (in_german, find_capital (in_german, 39.9, 116.4)), ==, "Beijing");
  g_assert_cmpstr (scm_cities_get_name (in_english, find_capital (in_english, 35.7, 51.4)), ==, "Tehran");
}

static void
test_cities_damaged (void)
{
  g_autoptr(GBytes) bytes = load_data ("cities.bin");
  g_autoptr(GBytes) cut = g_bytes_new_from_bytes (bytes, 0, g_bytes_get_size (bytes) - 3);
  g_autoptr(GBytes) wrong_magic = g_bytes_new_static ("NOTCITY!\0\0\0\0\0\0\0\0", 16);
  g_autoptr(GError) error = NULL;
  ScmCities *cities;

  cities = scm_cities_new_from_bytes (cut, NULL, &error);
  g_assert_null (cities);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);

  cities = scm_cities_new_from_bytes (wrong_magic, NULL, &error);
  g_assert_null (cities);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

/* Captions name a centre's city in the interface language, through the map */
static void
test_cities_name_city (void)
{
  const char * const french[] = { "fr", NULL };
  g_autoptr(ScmBasemap) basemap = load_basemap ();
  g_autoptr(ScmCities) cities = load_cities (french);

  g_assert_null (scm_basemap_get_cities (basemap));
  scm_basemap_set_cities (basemap, cities);
  g_assert_cmpstr (scm_cities_name_host_city (scm_basemap_get_cities (basemap), 39.95, 116.35), ==, "Pékin");
  g_assert_cmpstr (scm_cities_name_host_city (cities, 55.75, 37.62), ==, "Moscou");
  g_assert_null (scm_cities_name_host_city (cities, 0, -150)); /* the Pacific */
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/basemap/tile/land-and-sea", test_tile_land_and_sea);
  g_test_add_func ("/basemap/tile/border", test_tile_border);
  g_test_add_func ("/basemap/damaged-data", test_damaged_data);
  g_test_add_func ("/basemap/levels-of-detail", test_levels_of_detail);
  g_test_add_func ("/basemap/view/is-tile", test_view_is_tile);
  g_test_add_func ("/basemap/view/wraps", test_view_wraps);
  g_test_add_func ("/basemap/view/as-svg", test_view_as_svg);
  g_test_add_func ("/basemap/view/names-to-sink", test_view_names_to_sink);
  g_test_add_func ("/basemap/cities/drawn", test_cities_drawn);
  g_test_add_func ("/basemap/cities/hosts", test_cities_hosts);
  g_test_add_func ("/basemap/cities/languages", test_cities_languages);
  g_test_add_func ("/basemap/cities/damaged", test_cities_damaged);
  g_test_add_func ("/basemap/cities/name-city", test_cities_name_city);

  return g_test_run ();
}
