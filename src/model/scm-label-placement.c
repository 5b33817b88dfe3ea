/* scm-label-placement.c
 *
 * Greedy placement: places in sparse spots are named first, each at the first
 * of eight positions around its symbol that is free; where all eight are
 * taken, the same eight a step or two further out, joined to the symbol by a
 * line. Where names cannot all fit it is the densest spot that loses some (a
 * zoom step spreads it and names them). Taken rectangles live in a grid of cells, so each test
 * looks only at its neighbours.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "scm-label-placement.h"

/* Between a symbol and its name */
#define GAP 3.0
#define CELL_SIZE 64.0
/* Rings of positions: beside the symbol, then each half a name's height further out */
#define N_RINGS 5
#define RING_STEP 0.5      /* of a name's height */

typedef struct
{
  GArray *rects;        /* ScmLabelRect: everything taken */
  GHashTable *cells;    /* cell key → GArray of indices into rects */
} RectIndex;

static gint64
cell_key (gint64 column,
          gint64 row)
{
  /* Unsigned: shifting a negative column is undefined */
  return (gint64)(((guint64)column << 32) ^ ((guint64)row & 0xffffffff));
}

static void
rect_index_init (RectIndex *index)
{
  index->rects = g_array_new (FALSE, FALSE, sizeof (ScmLabelRect));
  index->cells = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                        (GDestroyNotify)g_array_unref);
}

static void
rect_index_clear (RectIndex *index)
{
  g_clear_pointer (&index->rects, g_array_unref);
  g_clear_pointer (&index->cells, g_hash_table_unref);
}

static gboolean
rects_overlap (const ScmLabelRect *a,
               const ScmLabelRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

/* The cells under @rect: calls @visit on each until it returns FALSE */
static gboolean
rect_index_visit (RectIndex          *index,
                  const ScmLabelRect *rect,
                  gboolean          (*visit) (RectIndex *, gint64, gpointer),
                  gpointer            data)
{
  gint64 column0 = (gint64)floor (rect->x / CELL_SIZE), column1 = (gint64)floor ((rect->x + rect->width) / CELL_SIZE);
  gint64 row0 = (gint64)floor (rect->y / CELL_SIZE), row1 = (gint64)floor ((rect->y + rect->height) / CELL_SIZE);

  for (gint64 column = column0; column <= column1; column++)
    for (gint64 row = row0; row <= row1; row++)
      if (!visit (index, cell_key (column, row), data))
        return FALSE;
  return TRUE;
}

static gboolean
add_to_cell (RectIndex *index,
             gint64     key,
             gpointer   data)
{
  GArray *cell = g_hash_table_lookup (index->cells, &key);
  guint rect = GPOINTER_TO_UINT (data);

  if (cell == NULL)
    {
      cell = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (index->cells, g_memdup2 (&key, sizeof key), cell);
    }
  g_array_append_val (cell, rect);
  return TRUE;
}

static void
rect_index_add (RectIndex          *index,
                const ScmLabelRect *rect)
{
  /* Empty rectangles take nothing */
  if (rect->width <= 0 || rect->height <= 0)
    return;
  g_array_append_val (index->rects, *rect);
  rect_index_visit (index, rect, add_to_cell, GUINT_TO_POINTER (index->rects->len - 1));
}

/* What a look-up in the index asks: whether a shape (a rectangle, a line)
 * meets none of the rectangles taken, but @own */
typedef struct
{
  gboolean (*meets) (gconstpointer shape, const ScmLabelRect *taken);
  gconstpointer shape;
  const ScmLabelRect *own;  /* or NULL */
} Query;

static gboolean
cell_is_clear (RectIndex *index,
               gint64     key,
               gpointer   data)
{
  Query *query = data;
  GArray *cell = g_hash_table_lookup (index->cells, &key);

  for (guint i = 0; cell != NULL && i < cell->len; i++)
    {
      const ScmLabelRect *taken = &g_array_index (index->rects, ScmLabelRect, g_array_index (cell, guint, i));

      if ((query->own == NULL || memcmp (taken, query->own, sizeof *taken) != 0) && query->meets (query->shape, taken))
        return FALSE;
    }
  return TRUE;
}

static gboolean
rect_meets (gconstpointer       shape,
            const ScmLabelRect *taken)
{
  return rects_overlap (shape, taken);
}

static gboolean
rect_index_is_free (RectIndex          *index,
                    const ScmLabelRect *rect)
{
  Query query = { rect_meets, rect, NULL };

  return rect_index_visit (index, rect, cell_is_clear, &query);
}

/* The line from a symbol's edge to the nearest point of its name */
typedef struct
{
  double x0, y0, x1, y1;
} Segment;

static Segment
line_to_name (const ScmLabelItem *item,
              const ScmLabelRect *name)
{
  double x1 = CLAMP (item->x, name->x, name->x + name->width);
  double y1 = CLAMP (item->y, name->y, name->y + name->height);
  double length = hypot (x1 - item->x, y1 - item->y);
  double start = length > 0 ? item->radius / length : 0;

  return (Segment) { item->x + (x1 - item->x) * start, item->y + (y1 - item->y) * start, x1, y1 };
}

/* Whether @segment passes through the inside of @rect (Liang–Barsky) */
static gboolean
segment_crosses_rect (const Segment      *segment,
                      const ScmLabelRect *rect)
{
  double dx = segment->x1 - segment->x0, dy = segment->y1 - segment->y0;
  const double p[4] = { -dx, dx, -dy, dy };
  const double q[4] = { segment->x0 - rect->x, rect->x + rect->width - segment->x0,
                        segment->y0 - rect->y, rect->y + rect->height - segment->y0 };
  double t0 = 0, t1 = 1;

  for (guint k = 0; k < 4; k++)
    {
      if (p[k] == 0)
        {
          if (q[k] <= 0)
            return FALSE;
          continue;
        }
      if (p[k] < 0)
        t0 = MAX (t0, q[k] / p[k]);
      else
        t1 = MIN (t1, q[k] / p[k]);
    }
  return t0 < t1;
}

static double
turn (double ax, double ay, double bx, double by, double cx, double cy)
{
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

static gboolean
segments_cross (const Segment *a,
                const Segment *b)
{
  return turn (a->x0, a->y0, a->x1, a->y1, b->x0, b->y0) * turn (a->x0, a->y0, a->x1, a->y1, b->x1, b->y1) < 0 &&
         turn (b->x0, b->y0, b->x1, b->y1, a->x0, a->y0) * turn (b->x0, b->y0, b->x1, b->y1, a->x1, a->y1) < 0;
}

static gboolean
segment_meets (gconstpointer       shape,
               const ScmLabelRect *taken)
{
  return segment_crosses_rect (shape, taken);
}

/* A line crosses no symbol or name but its own, and no other line */
static gboolean
line_is_clear (RectIndex          *index,
               GArray             *lines,
               const Segment      *segment,
               const ScmLabelRect *own)
{
  Query query = { segment_meets, segment, own };
  ScmLabelRect extent = { MIN (segment->x0, segment->x1), MIN (segment->y0, segment->y1),
                          fabs (segment->x1 - segment->x0), fabs (segment->y1 - segment->y0) };

  for (guint i = 0; i < lines->len; i++)
    if (segments_cross (segment, &g_array_index (lines, Segment, i)))
      return FALSE;
  return rect_index_visit (index, &extent, cell_is_clear, &query);
}

/* A name covers no line placed before */
static gboolean
name_clears_lines (GArray             *lines,
                   const ScmLabelRect *rect)
{
  for (guint i = 0; i < lines->len; i++)
    if (segment_crosses_rect (&g_array_index (lines, Segment, i), rect))
      return FALSE;
  return TRUE;
}

/* The square a symbol covers */
static ScmLabelRect
symbol_rect (const ScmLabelItem *item)
{
  return (ScmLabelRect) { item->x - item->radius, item->y - item->radius, 2 * item->radius, 2 * item->radius };
}

typedef enum { EAST, WEST, NORTH_EAST, SOUTH_EAST, NORTH_WEST, SOUTH_WEST, NORTH, SOUTH, N_POSITIONS } Position;

/* Beside first, then the corners, then above and below; the reading
 * direction's start side first: the right in English, the left in Arabic */
static const Position ltr_order[N_POSITIONS] = { EAST, WEST, NORTH_EAST, SOUTH_EAST, NORTH_WEST, SOUTH_WEST, NORTH, SOUTH };
static const Position rtl_order[N_POSITIONS] = { WEST, EAST, NORTH_WEST, SOUTH_WEST, NORTH_EAST, SOUTH_EAST, NORTH, SOUTH };

static ScmLabelRect
label_rect (const ScmLabelItem *item,
            Position            position)
{
  double reach = item->radius + GAP, corner = item->radius;
  double x = item->x, y = item->y, w = item->width, h = item->height;

  switch (position)
    {
    case EAST:       return (ScmLabelRect) { x + reach, y - h / 2, w, h };
    case WEST:       return (ScmLabelRect) { x - reach - w, y - h / 2, w, h };
    case NORTH_EAST: return (ScmLabelRect) { x + corner, y - corner - h, w, h };
    case SOUTH_EAST: return (ScmLabelRect) { x + corner, y + corner, w, h };
    case NORTH_WEST: return (ScmLabelRect) { x - corner - w, y - corner - h, w, h };
    case SOUTH_WEST: return (ScmLabelRect) { x - corner - w, y + corner, w, h };
    case NORTH:      return (ScmLabelRect) { x - w / 2, y - reach - h, w, h };
    case SOUTH:      return (ScmLabelRect) { x - w / 2, y + reach, w, h };
    case N_POSITIONS:
    default:
      g_assert_not_reached ();
    }
}

/* A position @ring steps further out than beside the symbol */
static ScmLabelRect
label_rect_in_ring (const ScmLabelItem *item,
                    Position            position,
                    guint               ring)
{
  static const double directions[N_POSITIONS][2] = {
    [EAST] = { 1, 0 }, [WEST] = { -1, 0 }, [NORTH_EAST] = { 1, -1 }, [SOUTH_EAST] = { 1, 1 },
    [NORTH_WEST] = { -1, -1 }, [SOUTH_WEST] = { -1, 1 }, [NORTH] = { 0, -1 }, [SOUTH] = { 0, 1 },
  };
  ScmLabelRect rect = label_rect (item, position);

  rect.x += directions[position][0] * ring * RING_STEP * item->height;
  rect.y += directions[position][1] * ring * RING_STEP * item->height;
  return rect;
}

static gboolean
rect_inside (const ScmLabelRect *rect,
             const ScmLabelRect *bounds)
{
  return bounds == NULL ||
         (rect->x >= bounds->x && rect->y >= bounds->y &&
          rect->x + rect->width <= bounds->x + bounds->width &&
          rect->y + rect->height <= bounds->y + bounds->height);
}

typedef struct
{
  guint index;
  gboolean important;
  guint neighbours;
} Order;

static int
compare_order (gconstpointer a,
               gconstpointer b)
{
  const Order *first = a, *second = b;

  if (first->important != second->important)
    return first->important ? -1 : 1;
  if (first->neighbours != second->neighbours)
    return first->neighbours < second->neighbours ? -1 : 1;
  return first->index < second->index ? -1 : first->index > second->index;
}

/* How crowded each place is: the other symbols within a name's reach */
static Order *
order_by_density (const ScmLabelItem *items,
                  guint               n_items)
{
  Order *order = g_new (Order, n_items);

  for (guint i = 0; i < n_items; i++)
    {
      double reach = items[i].width + 2 * items[i].radius + GAP;

      order[i] = (Order) { i, items[i].important, 0 };
      for (guint j = 0; j < n_items; j++)
        if (j != i && hypot (items[j].x - items[i].x, items[j].y - items[i].y) < reach)
          order[i].neighbours++;
    }
  if (n_items > 1)  /* qsort must not be given the NULL of an empty array */
    qsort (order, n_items, sizeof *order, compare_order);
  return order;
}

/* The first free position in rings @first_ring to @last_ring, nearest first;
 * a name further out than beside its symbol needs a clear line to it too.
 * Unless @over_names, the position also leaves the map's own names (@names)
 * uncovered. */
static void
place_one (RectIndex          *index,
           RectIndex          *names,
           gboolean            over_names,
           GArray             *lines,
           const ScmLabelItem *item,
           const Position     *positions,
           const ScmLabelRect *bounds,
           guint               first_ring,
           guint               last_ring,
           ScmLabelSpot       *spot)
{
  ScmLabelRect symbol = symbol_rect (item);

  for (guint ring = first_ring; ring <= last_ring; ring++)
    for (guint p = 0; p < N_POSITIONS; p++)
      {
        ScmLabelRect rect = label_rect_in_ring (item, positions[p], ring);
        Segment line = line_to_name (item, &rect);

        if (!rect_inside (&rect, bounds) || !rect_index_is_free (index, &rect) || !name_clears_lines (lines, &rect))
          continue;
        if (!over_names && !rect_index_is_free (names, &rect))
          continue;
        if (ring > 0 && !line_is_clear (index, lines, &line, &symbol))
          continue;

        *spot = (ScmLabelSpot) { TRUE, rect.x, rect.y, ring > 0 };
        rect_index_add (index, &rect);
        if (ring > 0)
          g_array_append_val (lines, line);
        return;
      }
}

/* The rings tried, in turn, by every name still without a place */
static const struct
{
  guint first_ring, last_ring;
  gboolean over_names;
} passes[] = {
  { 0, 0, FALSE },
  { 1, 1, FALSE },
  { 0, 0, TRUE },
  { 2, N_RINGS - 1, FALSE },
  { 1, N_RINGS - 1, TRUE },
};

/**
 * scm_label_placement_place:
 * @items: (array length=n_items): the places to name
 * @obstacles: (array length=n_obstacles) (nullable): what no name may cover
 *   (a legend, a caption, a pin)
 * @names: (array length=n_names) (nullable): the map's own names (cities,
 *   countries), left uncovered where there is room
 * @bounds: (nullable): where names must stay whole, or %NULL for anywhere
 * @rtl: right-to-left: names prefer the left of their symbol
 * @spots: (out caller-allocates) (array length=n_items): where each went
 *
 * Names each place where its name covers no symbol, no obstacle and no name
 * placed before, beside its symbol or, failing that, further out (@away: the
 * caller draws a line to it); a name that finds no room is left out. The same input gives
 * the same placement.
 */
void
scm_label_placement_place (const ScmLabelItem *items,
                           guint               n_items,
                           const ScmLabelRect *obstacles,
                           guint               n_obstacles,
                           const ScmLabelRect *names,
                           guint               n_names,
                           const ScmLabelRect *bounds,
                           gboolean            rtl,
                           ScmLabelSpot       *spots)
{
  const Position *positions = rtl ? rtl_order : ltr_order;
  g_autofree Order *order = order_by_density (items, n_items);
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (Segment));
  RectIndex index, names_index;

  rect_index_init (&index);
  rect_index_init (&names_index);
  for (guint i = 0; i < n_obstacles; i++)
    rect_index_add (&index, &obstacles[i]);
  for (guint i = 0; i < n_names; i++)
    rect_index_add (&names_index, &names[i]);
  for (guint i = 0; i < n_items; i++)
    {
      ScmLabelRect symbol = symbol_rect (&items[i]);
      rect_index_add (&index, &symbol);
    }

  /* Every name that fits beside its symbol first, leaving the map's names
   * uncovered; then a short step out; then beside but over the map's names;
   * then further out */
  for (guint i = 0; i < n_items; i++)
    spots[i] = (ScmLabelSpot) { FALSE, 0, 0, FALSE };
  for (guint pass = 0; pass < G_N_ELEMENTS (passes); pass++)
    for (guint k = 0; k < n_items; k++)
      if (!spots[order[k].index].placed)
        place_one (&index, &names_index, passes[pass].over_names, lines, &items[order[k].index], positions,
                   bounds, passes[pass].first_ring, passes[pass].last_ring, &spots[order[k].index]);

  rect_index_clear (&names_index);
  rect_index_clear (&index);
}
