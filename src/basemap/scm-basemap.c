/* scm-basemap.c
 *
 * Reads data/basemap.bin (written by build-aux/natural-earth-to-basemap.py,
 * whose docstring describes the layout) and draws tiles from it. Everything is
 * read-only after loading, so tiles can be drawn on several threads at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "scm-basemap.h"
#include "scm-cities.h"
#include "scm-geo.h"
#include "scm-halo-text.h"
#include "scm-country.h"
#include "scm-reader-private.h"

#define MAGIC "SCMBASE1"

/* Smallest step between two points kept in a path, in pixels. Strokes under
 * a pixel wide cost the most and show the least detail: they get coarser steps. */
#define FILL_STEP 0.6
#define STROKE_STEP 1.5

#define MIN_COAST_ZOOM 2

/* Country names appear from this zoom on, where they fit inside their country. */
#define MIN_LABEL_ZOOM 2

/* No city before capitals appear (see build-aux/geonames-to-cities.py) */
#define MIN_CITY_ZOOM 3

#define LABEL_FONT_SIZE 11

typedef struct
{
  float bbox[4];           /* x0, y0, x1, y1 in the unit square */
  guint32 n_rings;
  const guint32 *rings;    /* per ring: n_points, then 2 × n_points floats */
} Polygon;

typedef struct
{
  float bbox[4];
  guint32 is_border;
  guint32 n_points;
  const float *points;
} Line;

typedef struct
{
  float x, y;
  float bbox[4];
  char code[3];
  char *name;
  int width;    /* text size in pixels at one pixel per unit; -1 until measured */
  int height;
} Label;

typedef struct
{
  guint min_zoom;
  GArray *polygons;
  GArray *lines;
  GArray *labels;
} Level;

struct _ScmBasemap
{
  GObject parent_instance;

  GBytes *bytes;
  GArray *levels;

  ScmCities *cities;
  GMutex placing;
  GHashTable *city_labels;  /* zoom and text scale → ScmCityLabels */
};

G_DEFINE_FINAL_TYPE (ScmBasemap, scm_basemap, G_TYPE_OBJECT)

/* Skips @n_points points, returning where they start. */
static const float *
reader_points (ScmReader  *reader,
               guint32  n_points)
{
  if (n_points > G_MAXUINT32 / 8)
    {
      reader->failed = TRUE;
      return NULL;
    }
  return scm_reader_take (reader, (gsize)n_points * 8);
}

static void
read_polygon (ScmReader *reader,
              Level  *level)
{
  Polygon polygon;

  polygon.n_rings = scm_reader_uint (reader);
  scm_reader_floats (reader, polygon.bbox, 4);
  polygon.rings = (const guint32 *)(reader->data + reader->offset);

  for (guint32 i = 0; i < polygon.n_rings && !reader->failed; i++)
    reader_points (reader, scm_reader_uint (reader));

  g_array_append_val (level->polygons, polygon);
}

static void
read_line (ScmReader *reader,
           Level  *level)
{
  Line line;

  line.is_border = scm_reader_uint (reader);
  line.n_points = scm_reader_uint (reader);
  scm_reader_floats (reader, line.bbox, 4);
  line.points = reader_points (reader, line.n_points);

  g_array_append_val (level->lines, line);
}

static void
read_label (ScmReader *reader,
            Level  *level)
{
  Label label = { .width = -1, .height = -1 };
  const guint8 *code_and_length;
  const char *name;
  guint16 length;

  scm_reader_floats (reader, &label.x, 1);
  scm_reader_floats (reader, &label.y, 1);
  scm_reader_floats (reader, label.bbox, 4);
  code_and_length = scm_reader_take (reader, 4);
  if (code_and_length == NULL)
    return;

  memcpy (label.code, code_and_length, 2);
  length = code_and_length[2] | (code_and_length[3] << 8);
  name = scm_reader_take (reader, length + (-length & 3));
  if (name == NULL || !g_utf8_validate_len (name, length, NULL))
    {
      reader->failed = TRUE;
      return;
    }

  label.name = g_strndup (name, length);
  g_array_append_val (level->labels, label);
}

static void
clear_label (gpointer data)
{
  g_free (((Label *)data)->name);
}

static void
clear_level (gpointer data)
{
  Level *level = data;

  g_clear_pointer (&level->polygons, g_array_unref);
  g_clear_pointer (&level->lines, g_array_unref);
  g_clear_pointer (&level->labels, g_array_unref);
}

static gboolean
read_levels (ScmBasemap *self,
             ScmReader     *reader)
{
  guint n_levels;
  const char *magic = scm_reader_take (reader, strlen (MAGIC));

  if (magic == NULL || memcmp (magic, MAGIC, strlen (MAGIC)) != 0)
    return FALSE;

  n_levels = scm_reader_uint (reader);
  for (guint i = 0; i < n_levels && !reader->failed; i++)
    {
      Level level;
      guint n_polygons, n_lines, n_labels;

      level.min_zoom = scm_reader_uint (reader);
      n_polygons = scm_reader_uint (reader);
      n_lines = scm_reader_uint (reader);
      n_labels = scm_reader_uint (reader);
      level.polygons = g_array_new (FALSE, FALSE, sizeof (Polygon));
      level.lines = g_array_new (FALSE, FALSE, sizeof (Line));
      level.labels = g_array_new (FALSE, FALSE, sizeof (Label));
      g_array_set_clear_func (level.labels, clear_label);
      g_array_append_val (self->levels, level);

      for (guint j = 0; j < n_polygons && !reader->failed; j++)
        read_polygon (reader, &level);
      for (guint j = 0; j < n_lines && !reader->failed; j++)
        read_line (reader, &level);
      for (guint j = 0; j < n_labels && !reader->failed; j++)
        read_label (reader, &level);
    }

  return !reader->failed && self->levels->len > 0;
}

static void
scm_basemap_finalize (GObject *object)
{
  ScmBasemap *self = (ScmBasemap *)object;

  g_clear_pointer (&self->levels, g_array_unref);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->city_labels, g_hash_table_unref);
  g_clear_object (&self->cities);
  g_mutex_clear (&self->placing);

  G_OBJECT_CLASS (scm_basemap_parent_class)->finalize (object);
}

static void
scm_basemap_class_init (ScmBasemapClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = scm_basemap_finalize;
}

static void
scm_basemap_init (ScmBasemap *self)
{
  self->levels = g_array_new (FALSE, FALSE, sizeof (Level));
  g_array_set_clear_func (self->levels, clear_level);
  g_mutex_init (&self->placing);
  self->city_labels = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                             (GDestroyNotify)scm_city_labels_free);
}

ScmBasemap *
scm_basemap_new_from_bytes (GBytes  *bytes,
                            GError **error)
{
  g_autoptr(ScmBasemap) self = g_object_new (SCM_TYPE_BASEMAP, NULL);
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);
  ScmReader reader;

  /* The points are read in place as floats: keep them 4-byte aligned. */
  if (GPOINTER_TO_SIZE (data) % 4 != 0)
    self->bytes = g_bytes_new (data, length);
  else
    self->bytes = g_bytes_ref (bytes);

  reader = (ScmReader) { g_bytes_get_data (self->bytes, NULL), length, 0, FALSE };
  if (!read_levels (self, &reader))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "The basemap data is damaged (at byte %" G_GSIZE_FORMAT ")", reader.offset);
      return NULL;
    }

  return g_steal_pointer (&self);
}

/* The cities of SCM_CITIES_RESOURCE in the interface language, where the
 * resources have them: without them the map names countries only. */
static ScmCities *
load_bundled_cities (void)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (SCM_CITIES_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(GError) error = NULL;
  ScmCities *cities;

  if (bytes == NULL)
    return NULL;

  cities = scm_cities_new_from_bytes (bytes, g_get_language_names (), &error);
  if (cities == NULL)
    g_warning ("Cannot load %s: %s", SCM_CITIES_RESOURCE, error->message);
  return cities;
}

/* The basemap of @path, with the bundled cities */
ScmBasemap *
scm_basemap_new_from_resource (const char  *path,
                               GError     **error)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  g_autoptr(ScmCities) cities = NULL;
  ScmBasemap *self;

  if (bytes == NULL)
    return NULL;

  self = scm_basemap_new_from_bytes (bytes, error);
  cities = load_bundled_cities ();
  if (self != NULL && cities != NULL)
    scm_basemap_set_cities (self, cities);
  return self;
}

/**
 * scm_basemap_set_cities:
 * @cities: (nullable): the cities to name, or %NULL for none
 *
 * Before any tile is drawn: the labels' places are worked out once per zoom.
 */
void
scm_basemap_set_cities (ScmBasemap *self,
                        ScmCities  *cities)
{
  g_return_if_fail (SCM_IS_BASEMAP (self));
  g_return_if_fail (cities == NULL || SCM_IS_CITIES (cities));

  g_mutex_lock (&self->placing);
  g_set_object (&self->cities, cities);
  g_hash_table_remove_all (self->city_labels);
  g_mutex_unlock (&self->placing);
}

static const Level *
level_for_zoom (ScmBasemap *self,
                guint       zoom)
{
  const Level *chosen = &g_array_index (self->levels, Level, 0);

  for (guint i = 1; i < self->levels->len; i++)
    if (g_array_index (self->levels, Level, i).min_zoom <= zoom)
      chosen = &g_array_index (self->levels, Level, i);

  return chosen;
}

guint
scm_basemap_get_n_polygons (ScmBasemap *self,
                            guint       zoom)
{
  g_return_val_if_fail (SCM_IS_BASEMAP (self), 0);
  return level_for_zoom (self, zoom)->polygons->len;
}

/* Where the tile is, in the unit square and in pixels of the whole world. */
typedef struct
{
  double x0, y0, x1, y1;   /* tile bounds in the unit square, with a margin */
  double scale;            /* pixels across the whole world */
  double origin_x, origin_y;
} TileView;

static gboolean
bbox_visible (const TileView *view,
              const float     bbox[4])
{
  return bbox[2] >= view->x0 && bbox[0] <= view->x1 && bbox[3] >= view->y0 && bbox[1] <= view->y1;
}

/* Adds a polyline to the path, dropping points closer than @min_step pixels
 * to the last one: at low zoom most points of the coast collapse. */
static void
append_points (cairo_t        *cr,
               const TileView *view,
               const float    *points,
               guint32         n_points,
               double          min_step,
               gboolean        close)
{
  double last_x = 0, last_y = 0;

  for (guint32 i = 0; i < n_points; i++)
    {
      double px = points[2 * i] * view->scale - view->origin_x;
      double py = points[2 * i + 1] * view->scale - view->origin_y;

      if (i == 0)
        cairo_move_to (cr, px, py);
      else if (i == n_points - 1 || fabs (px - last_x) + fabs (py - last_y) > min_step)
        cairo_line_to (cr, px, py);
      else
        continue;

      last_x = px;
      last_y = py;
    }

  if (close)
    cairo_close_path (cr);
}

static void
fill_land (cairo_t        *cr,
           const TileView *view,
           const Level    *level)
{
  for (guint i = 0; i < level->polygons->len; i++)
    {
      const Polygon *polygon = &g_array_index (level->polygons, Polygon, i);
      const guint32 *ring = polygon->rings;

      if (!bbox_visible (view, polygon->bbox))
        continue;

      for (guint32 r = 0; r < polygon->n_rings; r++)
        {
          guint32 n_points = GUINT32_FROM_LE (ring[0]);

          append_points (cr, view, (const float *)(ring + 1), n_points, FILL_STEP, TRUE);
          ring += 1 + 2 * n_points;
        }
    }

  /* Countries never overlap, so even-odd leaves exactly the lakes open. */
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_fill (cr);
}

static void
stroke_lines (cairo_t        *cr,
              const TileView *view,
              const Level    *level,
              gboolean        borders)
{
  for (guint i = 0; i < level->lines->len; i++)
    {
      const Line *line = &g_array_index (level->lines, Line, i);

      if ((line->is_border != 0) == borders && bbox_visible (view, line->bbox))
        append_points (cr, view, line->points, line->n_points, STROKE_STEP, FALSE);
    }

  cairo_stroke (cr);
}

static void
set_color (cairo_t      *cr,
           const double  rgb[3])
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
}

/* The size of a name is measured once, by whichever thread needs it first
 * (two threads measuring at once find the same size). */
static void
measure_label (Label       *label,
               PangoLayout *layout,
               double       unit)
{
  int width, height;

  if (g_atomic_int_get (&label->width) >= 0)
    return;

  pango_layout_set_text (layout, scm_country_get_map_name (label->code, label->name), -1);
  pango_layout_get_pixel_size (layout, &width, &height);
  g_atomic_int_set (&label->height, (int)ceil (height / unit));
  g_atomic_int_set (&label->width, (int)ceil (width / unit));
}

/* Text with a halo of land colour, so that borders never cross it */
static void
draw_label (cairo_t                 *cr,
            PangoLayout             *layout,
            const ScmBasemapPalette *palette,
            double                   x,
            double                   y,
            double                   unit)
{
  scm_halo_text_draw (cr, layout, x, y, 1.5 * unit, palette->label, palette->land);
}

static PangoLayout *
create_label_layout (cairo_t *cr,
                     double   unit)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (font, LABEL_FONT_SIZE * unit * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  return layout;
}

/* A country's name is written only where it fits the country, @scale pixels
 * across the world and @unit pixels per unit of text */
static gboolean
label_fits (const Label *label,
            double       scale,
            double       unit)
{
  return label->width * unit <= (label->bbox[2] - label->bbox[0]) * scale * 0.8;
}

static void
draw_labels (cairo_t                 *cr,
             const TileView          *view,
             const Level             *level,
             const ScmBasemapPalette *palette,
             double                   unit)
{
  g_autoptr(PangoLayout) layout = create_label_layout (cr, unit);
  double reach = 200 * unit / view->scale; /* farther than any name reaches from its point */

  for (guint i = 0; i < level->labels->len; i++)
    {
      Label *label = &g_array_index (level->labels, Label, i);
      double width, height, half_width, half_height;

      if (label->x < view->x0 - reach || label->x > view->x1 + reach ||
          label->y < view->y0 - reach || label->y > view->y1 + reach)
        continue;

      measure_label (label, layout, unit);
      width = label->width * unit;
      height = label->height * unit;
      half_width = width / 2 / view->scale;
      half_height = height / 2 / view->scale;

      /* Only names that fit their country, and only where they touch this tile */
      if (!label_fits (label, view->scale, unit) ||
          label->x + half_width < view->x0 || label->x - half_width > view->x1 ||
          label->y + half_height < view->y0 || label->y - half_height > view->y1)
        continue;

      pango_layout_set_text (layout, scm_country_get_map_name (label->code, label->name), -1);

      draw_label (cr, layout, palette,
                  label->x * view->scale - view->origin_x - width / 2.0,
                  label->y * view->scale - view->origin_y - height / 2.0, unit);
    }
}

/* Where the country names of @level are at @zoom, in pixels of the world */
static GArray *
country_label_boxes (const Level *level,
                     cairo_t     *cr,
                     guint        zoom,
                     double       text_scale)
{
  g_autoptr(PangoLayout) layout = create_label_layout (cr, 1);
  GArray *boxes = g_array_new (FALSE, FALSE, sizeof (ScmLabelBox));
  double world = SCM_GEO_TILE_SIZE * (double)(1u << zoom);

  for (guint i = 0; i < level->labels->len; i++)
    {
      Label *label = &g_array_index (level->labels, Label, i);
      double half_width, half_height;
      ScmLabelBox box;

      measure_label (label, layout, 1);
      if (!label_fits (label, world, text_scale))
        continue;
      half_width = label->width * text_scale / 2;
      half_height = label->height * text_scale / 2;
      box = (ScmLabelBox) { label->x * world - half_width, label->y * world - half_height,
                            label->x * world + half_width, label->y * world + half_height };
      g_array_append_val (boxes, box);
    }
  return boxes;
}

/* The cities' labels at @zoom, placed by the first tile that needs them */
static const ScmCityLabels *
get_city_labels (ScmBasemap  *self,
                 const Level *level,
                 cairo_t     *cr,
                 guint        zoom,
                 double       text_scale)
{
  guint64 key = (guint64)zoom << 32 | (guint32)lround (text_scale * 1000);
  ScmCityLabels *labels;

  g_mutex_lock (&self->placing);
  labels = g_hash_table_lookup (self->city_labels, &key);
  if (labels == NULL && self->cities != NULL)
    {
      g_autoptr(GArray) taken = country_label_boxes (level, cr, zoom, text_scale);
      g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);

      labels = scm_cities_place (self->cities, layout, zoom, text_scale,
                                 (const ScmLabelBox *)(void *)taken->data, taken->len);
      g_hash_table_insert (self->city_labels, g_memdup2 (&key, sizeof key), labels);
    }
  g_mutex_unlock (&self->placing);
  return labels;
}

/* The cities named at @zoom as tiles draw them (%NULL without cities); @cr
 * measures their names */
const ScmCityLabels *
scm_basemap_get_city_labels (ScmBasemap *self,
                             cairo_t    *cr,
                             guint       zoom,
                             double      text_scale)
{
  g_return_val_if_fail (SCM_IS_BASEMAP (self), NULL);
  g_return_val_if_fail (zoom <= 30, NULL);
  return get_city_labels (self, level_for_zoom (self, zoom), cr, zoom, text_scale);
}

/* Where tiles of @zoom write country and city names (#ScmLabelBox, pixels of
 * the world at @zoom), so that what is drawn over the map can leave them readable */
GArray *
scm_basemap_get_name_boxes (ScmBasemap *self,
                            guint       zoom,
                            double      text_scale)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  const ScmCityLabels *cities = scm_basemap_get_city_labels (self, cr, zoom, text_scale);
  GArray *boxes;

  g_mutex_lock (&self->placing);
  boxes = country_label_boxes (level_for_zoom (self, zoom), cr, zoom, text_scale);
  g_mutex_unlock (&self->placing);
  if (cities != NULL)
    scm_city_labels_collect_boxes (cities, boxes);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return boxes;
}

static void
draw_cities (ScmBasemap              *self,
             cairo_t                 *cr,
             const TileView          *view,
             const Level             *level,
             guint                    zoom,
             double                   unit,
             double                   text_scale,
             const ScmBasemapPalette *palette)
{
  const ScmCityLabels *labels = get_city_labels (self, level, cr, zoom, text_scale);
  double world = view->scale / unit;  /* the world's width in the labels' pixels */
  ScmLabelBox area = { view->x0 * world, view->y0 * world, view->x1 * world, view->y1 * world };
  g_autoptr(PangoLayout) layout = NULL;

  if (labels == NULL)
    return;
  layout = pango_cairo_create_layout (cr);
  scm_city_labels_draw (labels, cr, layout, &area, view->origin_x, view->origin_y, unit,
                        palette->city, palette->land);
}

/* Land, coasts, borders and country names over the sea: the same drawing for
 * a tile and for a whole view. @unit is one CSS pixel in device pixels. */
static void
draw_view (ScmBasemap      *self,
           cairo_t         *cr,
           const TileView  *view,
           guint            zoom,
           ScmBasemapStyle  style,
           double           unit,
           double           text_scale)
{
  const ScmBasemapPalette *palette = scm_basemap_get_palette (style);
  const Level *level = level_for_zoom (self, zoom);

  set_color (cr, palette->land);
  fill_land (cr, view, level);

  /* Bevel joins: at under a pixel wide they look the same as round ones, for less work */
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);
  /* A whole continent is a few pixels wide at zoom 0 and 1: colour alone outlines it */
  if (zoom >= MIN_COAST_ZOOM)
    {
      cairo_set_line_width (cr, 0.8 * unit);
      set_color (cr, palette->coast);
      stroke_lines (cr, view, level, FALSE);
    }

  cairo_set_line_width (cr, (zoom < 3 ? 0.6 : 0.9) * unit);
  set_color (cr, palette->border);
  stroke_lines (cr, view, level, TRUE);

  if (zoom >= MIN_LABEL_ZOOM)
    draw_labels (cr, view, level, palette, unit * text_scale);
  if (zoom >= MIN_CITY_ZOOM && zoom <= 30)
    draw_cities (self, cr, view, level, zoom, unit, text_scale, palette);
}

/**
 * scm_basemap_render_tile:
 * @cr: a context whose origin is the tile's top left corner
 * @size: the tile's width in device pixels (256 at scale 1, 512 on HiDPI)
 *
 * Draws tile @x, @y at @zoom in slippy-map numbering.
 */
void
scm_basemap_render_tile (ScmBasemap      *self,
                         cairo_t         *cr,
                         guint            zoom,
                         guint            x,
                         guint            y,
                         double           size,
                         ScmBasemapStyle  style)
{
  scm_basemap_render_tile_full (self, cr, zoom, x, y, size, style, 1.0);
}

/* The same, with country names @text_scale times their usual size (for a projector) */
void
scm_basemap_render_tile_full (ScmBasemap      *self,
                              cairo_t         *cr,
                              guint            zoom,
                              guint            x,
                              guint            y,
                              double           size,
                              ScmBasemapStyle  style,
                              double           text_scale)
{
  double tiles = (double)(1u << MIN (zoom, 30));
  double unit = size / SCM_GEO_TILE_SIZE;  /* one CSS pixel in device pixels */
  double margin = 4 * unit / (tiles * size);
  TileView view;

  g_return_if_fail (SCM_IS_BASEMAP (self));

  view = (TileView) {
    .x0 = x / tiles - margin, .y0 = y / tiles - margin,
    .x1 = (x + 1) / tiles + margin, .y1 = (y + 1) / tiles + margin,
    .scale = tiles * size, .origin_x = x * size, .origin_y = y * size,
  };

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, size, size);
  cairo_clip (cr);
  set_color (cr, scm_basemap_get_palette (style)->sea);
  cairo_paint (cr);
  draw_view (self, cr, &view, zoom, style, unit, text_scale);
  cairo_restore (cr);
}

/**
 * scm_basemap_render_view:
 * @zoom: the map's zoom, which may be fractional
 * @x: (in pixels of the whole world at @zoom) the view's left edge
 * @y: the view's top edge
 *
 * Draws a @width × @height view of the world in one go, with its top left
 * corner at the origin of @cr: on a vector surface (SVG, PDF) the land and
 * the borders stay paths. Between whole zooms it looks as the map's tiles do
 * (those of the zoom below, enlarged), and the world repeats left and right.
 */
void
scm_basemap_render_view (ScmBasemap      *self,
                         cairo_t         *cr,
                         double           zoom,
                         double           x,
                         double           y,
                         double           width,
                         double           height,
                         ScmBasemapStyle  style,
                         double           text_scale)
{
  guint tile_zoom = (guint)floor (CLAMP (zoom, 0, 30));
  double world = SCM_GEO_TILE_SIZE * pow (2, CLAMP (zoom, 0, 30));
  double unit = world / (SCM_GEO_TILE_SIZE * (double)(1u << tile_zoom));
  double margin = 4 * unit / world;

  g_return_if_fail (SCM_IS_BASEMAP (self));

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  set_color (cr, scm_basemap_get_palette (style)->sea);
  cairo_paint (cr);

  for (double copy = floor (x / world); copy * world < x + width; copy++)
    {
      TileView view = {
        .x0 = x / world - copy - margin, .y0 = y / world - margin,
        .x1 = (x + width) / world - copy + margin, .y1 = (y + height) / world + margin,
        .scale = world, .origin_x = x - copy * world, .origin_y = y,
      };

      draw_view (self, cr, &view, tile_zoom, style, unit, text_scale);
    }

  cairo_restore (cr);
}

/* The cities that the tiles name, or %NULL */
ScmCities *
scm_basemap_get_cities (ScmBasemap *self)
{
  g_return_val_if_fail (SCM_IS_BASEMAP (self), NULL);
  return self->cities;
}
