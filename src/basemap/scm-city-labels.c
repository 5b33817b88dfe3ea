/* scm-city-labels.c
 *
 * Labels are placed once per zoom for the whole world, in the file's order of
 * priority, each at the first free spot around its dot, so that a label that
 * straddles two tiles is drawn the same in both and no label ever covers
 * another, across tiles as within one. Each name is measured once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "scm-cities-private.h"
#include "scm-halo-text.h"
#include "scm-geo.h"

#define FONT_SIZE 10.5        /* pixels, at text scale 1 */
#define MEASURE_SCALE 8       /* names are measured this many times larger, for precision */
#define DOT_RADIUS 2.2
#define CAPITAL_RADIUS 3.2
#define GAP 2.5               /* between the dot and the name */
#define MARKER_RADIUS 17      /* half a centre's marker, drawn over its host city's dot */
#define HALO 1.5              /* the halo's reach around the glyphs */
#define GRID_CELL 64          /* pixels of the collision grid's cells */

/* A name and its halo drawn once, copied into every tile that shows it */
typedef struct
{
  double unit;
  int x, y;                  /* where the masks start, from the name's first whole pixel */
  cairo_surface_t *halo;
  cairo_surface_t *glyphs;
} NameMasks;

typedef struct
{
  guint city;
  double dot_x, dot_y;     /* world pixels */
  double text_x, text_y;   /* top left of the name */
  ScmLabelBox box;         /* dot and name, with their halo */
  NameMasks *masks;        /* made by the first tile that draws the name */
} Placed;

struct _ScmCityLabels
{
  ScmCities *cities;
  double text_scale;
  GArray *placed;
};

/* The same glyph positions whatever the size and the tile: no rounding to
 * whole pixels, so that sizes scale with the text and straddling names join. */
static void
set_city_font (PangoLayout *layout,
               double       size)
{
  PangoContext *context = pango_layout_get_context (layout);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_layout_context_changed (layout);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
}

/* Measured once, by whichever thread needs it first (two threads measuring at
 * once find the same size). @layout is set for measuring. */
static void
measure_city (City        *city,
              PangoLayout *layout)
{
  PangoRectangle logical;

  if (g_atomic_int_get (&city->width) >= 0)
    return;

  pango_layout_set_text (layout, city->name, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  g_atomic_int_set (&city->height, (int)ceil (logical.height * 64.0 / PANGO_SCALE / MEASURE_SCALE));
  g_atomic_int_set (&city->width, (int)ceil (logical.width * 64.0 / PANGO_SCALE / MEASURE_SCALE));
}

static double
dot_radius (const City *city,
            double      text_scale)
{
  return (city->flags & SCM_CITY_CAPITAL ? CAPITAL_RADIUS : DOT_RADIUS) * text_scale;
}

/* How far names keep from the city's point: a host city's point is under a
 * centre's marker, which its own name and the others' must clear */
static double
clearance (const City *city,
           double      text_scale)
{
  return city->flags & SCM_CITY_HOST ? MARKER_RADIUS * text_scale : dot_radius (city, text_scale);
}

/* Boxes that labels may not overlap, found through the grid cells they cover.
 * Cells share a fixed number of buckets: the world at zoom 8 has a million
 * cells, nearly all empty. */
#define N_BUCKETS 4096

typedef struct
{
  GArray *buckets[N_BUCKETS];   /* of ScmLabelBox */
} Grid;

static GArray *
grid_bucket (Grid *grid,
             int   column,
             int   row)
{
  guint index = ((guint)column * 73856093u ^ (guint)row * 19349663u) % N_BUCKETS;

  if (grid->buckets[index] == NULL)
    grid->buckets[index] = g_array_sized_new (FALSE, FALSE, sizeof (ScmLabelBox), 8);
  return grid->buckets[index];
}

static gboolean
boxes_overlap (const ScmLabelBox *a,
               const ScmLabelBox *b)
{
  return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}

/* Whether @box overlaps nothing but @own (a city's own dot, or %NULL) */
static gboolean
grid_is_free (Grid              *grid,
              const ScmLabelBox *box,
              const ScmLabelBox *own)
{
  for (int column = (int)floor (box->x0 / GRID_CELL); column <= (int)floor (box->x1 / GRID_CELL); column++)
    for (int row = (int)floor (box->y0 / GRID_CELL); row <= (int)floor (box->y1 / GRID_CELL); row++)
      {
        GArray *boxes = grid_bucket (grid, column, row);

        for (guint i = 0; i < boxes->len; i++)
          {
            const ScmLabelBox *other = &g_array_index (boxes, ScmLabelBox, i);

            if (boxes_overlap (box, other) && (own == NULL || memcmp (own, other, sizeof *own) != 0))
              return FALSE;
          }
      }
  return TRUE;
}

static void
grid_take (Grid              *grid,
           const ScmLabelBox *box)
{
  for (int column = (int)floor (box->x0 / GRID_CELL); column <= (int)floor (box->x1 / GRID_CELL); column++)
    for (int row = (int)floor (box->y0 / GRID_CELL); row <= (int)floor (box->y1 / GRID_CELL); row++)
      g_array_append_val (grid_bucket (grid, column, row), *box);
}

static void
grid_clear (Grid *grid)
{
  for (guint i = 0; i < N_BUCKETS; i++)
    g_clear_pointer (&grid->buckets[i], g_array_unref);
}

static ScmLabelBox
padded (double x0,
        double y0,
        double x1,
        double y1,
        double padding)
{
  return (ScmLabelBox) { x0 - padding, y0 - padding, x1 + padding, y1 + padding };
}

/* Tries the spots around the dot, the reading side first: right, left,
 * above right, below right, above, below, above left, below left. */
static ScmLabelBox
dot_box (const City *city,
         double      world,
         double      text_scale)
{
  double radius = clearance (city, text_scale);
  double x = city->x * world, y = city->y * world;

  return padded (x - radius, y - radius, x + radius, y + radius, HALO * text_scale);
}

/* Capitals and host cities keep their dot clear of others' names */
static gboolean
has_reserved_dot (const City *city)
{
  return (city->flags & (SCM_CITY_CAPITAL | SCM_CITY_HOST)) != 0;
}

static gboolean
place_city (Grid       *grid,
            const City *city,
            guint       index,
            double      world,
            double      text_scale,
            Placed     *placed)
{
  static const double spots[][2] = { { 1, 0 }, { -1, 0 }, { 1, -1 }, { 1, 1 },
                                     { 0, -1 }, { 0, 1 }, { -1, -1 }, { -1, 1 } };
  double x = city->x * world, y = city->y * world;
  double radius = clearance (city, text_scale);
  double width = city->width / 64.0 * text_scale, height = city->height / 64.0 * text_scale;
  double reach = radius + GAP * text_scale, halo = HALO * text_scale;
  ScmLabelBox dot = dot_box (city, world, text_scale);

  if (!has_reserved_dot (city) && !grid_is_free (grid, &dot, NULL))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (spots); i++)
    {
      double side = city->rtl ? -spots[i][0] : spots[i][0], up_down = spots[i][1];
      /* Beside the dot, the name is centred on it or just above or below its
       * middle; straight above or below, it clears the dot. */
      double left = side > 0 ? x + reach : side < 0 ? x - reach - width : x - width / 2;
      double shift = side != 0 ? radius * 0.5 : reach;
      double top = up_down > 0 ? y + shift : up_down < 0 ? y - shift - height : y - height / 2;
      ScmLabelBox text = padded (left, top, left + width, top + height, halo);

      /* Never across the edge of the world, where the next copy would cut it */
      if (text.x0 < 0 || text.x1 > world || text.y0 < 0 || text.y1 > world || !grid_is_free (grid, &text, &dot))
        continue;

      if (!has_reserved_dot (city))
        grid_take (grid, &dot);
      grid_take (grid, &text);
      *placed = (Placed) {
        .masks = NULL,
        .city = index, .dot_x = x, .dot_y = y, .text_x = left, .text_y = top,
        .box = { MIN (dot.x0, text.x0), MIN (dot.y0, text.y0), MAX (dot.x1, text.x1), MAX (dot.y1, text.y1) },
      };
      return TRUE;
    }

  return FALSE;
}

/**
 * scm_cities_place:
 * @layout: any layout, used to measure names
 * @taken: (array length=n_taken): what the names must leave clear, such as the
 *   country names, in pixels of the world at @zoom
 *
 * Places the labels of the cities shown at @zoom, the most important first.
 */
ScmCityLabels *
scm_cities_place (ScmCities         *self,
                  PangoLayout       *layout,
                  guint              zoom,
                  double             text_scale,
                  const ScmLabelBox *taken,
                  guint              n_taken)
{
  ScmCityLabels *labels;
  g_autofree Grid *grid = g_new0 (Grid, 1);
  double world = SCM_GEO_TILE_SIZE * (double)(1u << MIN (zoom, 30));

  g_return_val_if_fail (SCM_IS_CITIES (self), NULL);

  labels = g_new0 (ScmCityLabels, 1);
  labels->cities = g_object_ref (self);
  labels->text_scale = text_scale;
  labels->placed = g_array_new (FALSE, FALSE, sizeof (Placed));

  for (guint i = 0; i < n_taken; i++)
    grid_take (grid, &taken[i]);
  for (guint i = 0; i < self->cities->len; i++)
    {
      const City *city = scm_cities_get_city (self, i);
      ScmLabelBox dot = dot_box (city, world, text_scale);

      /* A centre's marker is there before its city is named */
      if ((city->min_zoom <= zoom || city->flags & SCM_CITY_HOST) && has_reserved_dot (city))
        grid_take (grid, &dot);
    }

  set_city_font (layout, FONT_SIZE * MEASURE_SCALE);
  for (guint i = 0; i < self->cities->len; i++)
    {
      City *city = scm_cities_get_city (self, i);
      Placed placed;

      if (city->min_zoom > zoom)
        continue;
      measure_city (city, layout);
      if (place_city (grid, city, i, world, text_scale, &placed))
        g_array_append_val (labels->placed, placed);
    }

  grid_clear (grid);
  return labels;
}

guint
scm_city_labels_get_n_labels (const ScmCityLabels *labels)
{
  g_return_val_if_fail (labels != NULL, 0);
  return labels->placed->len;
}

/* Appends to @boxes (ScmLabelBox) where each name is written, with its dot */
void
scm_city_labels_collect_boxes (const ScmCityLabels *labels,
                               GArray              *boxes)
{
  g_return_if_fail (labels != NULL);

  for (guint i = 0; i < labels->placed->len; i++)
    g_array_append_val (boxes, g_array_index (labels->placed, Placed, i).box);
}

/* Whether city @index of the cities is named */
gboolean
scm_city_labels_has_city (const ScmCityLabels *labels,
                          guint                index)
{
  g_return_val_if_fail (labels != NULL, FALSE);

  for (guint i = 0; i < labels->placed->len; i++)
    if (g_array_index (labels->placed, Placed, i).city == index)
      return TRUE;
  return FALSE;
}

static void
name_masks_free (NameMasks *masks)
{
  cairo_surface_destroy (masks->halo);
  cairo_surface_destroy (masks->glyphs);
  g_free (masks);
}

void
scm_city_labels_free (ScmCityLabels *labels)
{
  if (labels == NULL)
    return;
  for (guint i = 0; i < labels->placed->len; i++)
    g_clear_pointer (&g_array_index (labels->placed, Placed, i).masks, name_masks_free);
  g_object_unref (labels->cities);
  g_array_unref (labels->placed);
  g_free (labels);
}

static void
draw_dot (cairo_t      *cr,
          const City   *city,
          double        x,
          double        y,
          double        radius,
          double        unit,
          const double  text_rgb[3],
          const double  halo_rgb[3])
{
  cairo_new_path (cr);
  cairo_arc (cr, x, y, radius + HALO * unit, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, halo_rgb[0], halo_rgb[1], halo_rgb[2]);
  cairo_fill (cr);

  cairo_set_source_rgb (cr, text_rgb[0], text_rgb[1], text_rgb[2]);
  if (city->flags & SCM_CITY_CAPITAL)
    {
      /* A ring around a dot: the usual sign of a capital */
      cairo_arc (cr, x, y, radius - 0.6 * unit, 0, 2 * G_PI);
      cairo_set_line_width (cr, 1.2 * unit);
      cairo_stroke (cr);
      cairo_arc (cr, x, y, radius * 0.4, 0, 2 * G_PI);
    }
  else
    cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
  cairo_fill (cr);
}

static void
draw_name (cairo_t      *cr,
           PangoLayout  *layout,
           double        x,
           double        y,
           double        unit,
           const double  text_rgb[3],
           const double  halo_rgb[3])
{
  scm_halo_text_draw (cr, layout, x, y, HALO * unit, text_rgb, halo_rgb);
}

/* @layout holds the name, at @unit device pixels per pixel of the world and
 * @text_unit per pixel of text. The name sits at the same fraction of a pixel
 * in every tile, whose origins are whole pixels: the masks fit them all. */
static NameMasks *
name_masks_new (PangoLayout  *layout,
                const Placed *placed,
                const City   *city,
                double        unit,
                double        text_unit)
{
  static const double around[][2] = { { -1, 0 }, { 1, 0 }, { 0, -1 }, { 0, 1 },
                                      { -0.7, -0.7 }, { 0.7, -0.7 }, { -0.7, 0.7 }, { 0.7, 0.7 } };
  NameMasks *masks = g_new0 (NameMasks, 1);
  double x = placed->text_x * unit, y = placed->text_y * unit;
  int pad = (int)ceil (2 * HALO * text_unit) + 2;
  int width = (int)ceil (city->width / 64.0 * text_unit) + 2 * pad;
  int height = (int)ceil (city->height / 64.0 * text_unit) + 2 * pad;
  cairo_t *cr;

  masks->unit = unit;
  masks->x = masks->y = -pad;
  masks->halo = cairo_image_surface_create (CAIRO_FORMAT_A8, width, height);
  masks->glyphs = cairo_image_surface_create (CAIRO_FORMAT_A8, width, height);
  x = pad + x - floor (x);
  y = pad + y - floor (y);

  cr = cairo_create (masks->glyphs);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  cairo_destroy (cr);

  /* The halo: the glyphs' coverage copied around them, with no text shaped
   * again, by whole pixels (copies at fractions of a pixel are filtered: slow) */
  cr = cairo_create (masks->halo);
  for (guint i = 0; i < G_N_ELEMENTS (around); i++)
    cairo_mask_surface (cr, masks->glyphs, round (HALO * text_unit * around[i][0]),
                        round (HALO * text_unit * around[i][1]));
  cairo_mask_surface (cr, masks->glyphs, 0, 0);
  cairo_destroy (cr);
  return masks;
}

/* The masks of @placed at @unit, made once by whichever thread comes first;
 * NULL when they were made for another scale */
static const NameMasks *
get_name_masks (Placed      *placed,
                PangoLayout *layout,
                const City  *city,
                double       unit,
                double       text_unit)
{
  NameMasks *masks = g_atomic_pointer_get (&placed->masks);

  if (masks == NULL)
    {
      NameMasks *made = name_masks_new (layout, placed, city, unit, text_unit);

      if (g_atomic_pointer_compare_and_exchange (&placed->masks, NULL, made))
        masks = made;
      else
        {
          name_masks_free (made);
          masks = g_atomic_pointer_get (&placed->masks);
        }
    }
  return masks->unit == unit ? masks : NULL;
}

/**
 * scm_city_labels_draw:
 * @area: the part of the world drawn, in pixels of the world at the labels' zoom
 * @origin_x: where the origin of @cr is, in device pixels of the world
 * @unit: device pixels per pixel of the world (2 on HiDPI)
 *
 * Draws the labels that reach into @area, whole: a label that straddles two
 * tiles is drawn in each of them, at the same place.
 */
void
scm_city_labels_draw (const ScmCityLabels *labels,
                      cairo_t             *cr,
                      PangoLayout         *layout,
                      const ScmLabelBox   *area,
                      double               origin_x,
                      double               origin_y,
                      double               unit,
                      const double         text_rgb[3],
                      const double         halo_rgb[3])
{
  gboolean font_set = FALSE;

  g_return_if_fail (labels != NULL);

  for (guint i = 0; i < labels->placed->len; i++)
    {
      Placed *placed = &g_array_index (labels->placed, Placed, i);
      const City *city = scm_cities_get_city (labels->cities, placed->city);
      double text_unit = unit * labels->text_scale;
      double x = placed->text_x * unit - origin_x, y = placed->text_y * unit - origin_y;
      const NameMasks *masks = NULL;

      if (!boxes_overlap (&placed->box, area))
        continue;
      if (!font_set)
        set_city_font (layout, FONT_SIZE * labels->text_scale * unit);
      font_set = TRUE;

      draw_dot (cr, city, placed->dot_x * unit - origin_x, placed->dot_y * unit - origin_y,
                dot_radius (city, labels->text_scale) * unit, unit * labels->text_scale, text_rgb, halo_rgb);
      pango_layout_set_text (layout, city->name, -1);
      /* Views at any offset, and files that keep names as text, draw the name itself */
      if (origin_x == floor (origin_x) && origin_y == floor (origin_y) && !scm_halo_text_has_sink (cr))
        masks = get_name_masks (placed, layout, city, unit, text_unit);
      if (masks == NULL)
        {
          draw_name (cr, layout, x, y, text_unit, text_rgb, halo_rgb);
          continue;
        }
      cairo_set_source_rgb (cr, halo_rgb[0], halo_rgb[1], halo_rgb[2]);
      cairo_mask_surface (cr, masks->halo, floor (x) + masks->x, floor (y) + masks->y);
      cairo_set_source_rgb (cr, text_rgb[0], text_rgb[1], text_rgb[2]);
      cairo_mask_surface (cr, masks->glyphs, floor (x) + masks->x, floor (y) + masks->y);
    }
}
