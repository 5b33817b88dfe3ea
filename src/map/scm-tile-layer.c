/* scm-tile-layer.c
 *
 * The offline basemap, drawn in the first frame that needs it from the tiles
 * ScmBasemapSource has drawn: a map layer that asks for its tiles only after
 * a frame (as libshumate's does) shows a map without land first, however
 * early the tiles were drawn.
 *
 * The tiles a view needs are asked for as soon as the view changes, and the
 * layer holds them while the view shows them, whatever the source keeps. A
 * tile still being drawn has the part of a lower zoom's tile that covers it
 * standing in. Unrotated, tiles meet on whole pixels: no seam between them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "scm-geo.h"
#include "scm-tile-layer.h"

struct _ScmTileLayer
{
  ShumateLayer parent_instance;

  ScmBasemapSource *source;
  GHashTable *held;          /* tile key → GdkPaintable: the view's tiles and a ring around it */
  GHashTable *stand_ins;     /* the same, of the view before, until the view's are all drawn */
  GCancellable *requests;    /* the view's requests, cancelled once it changes */
  guint ring_idle;           /* asks for the ring once the view's tiles are drawn */
};

G_DEFINE_FINAL_TYPE (ScmTileLayer, scm_tile_layer, SHUMATE_TYPE_LAYER)

/* The tiles a view needs: those of one zoom, their columns running on
 * around the world, their rows within it */
typedef struct
{
  guint zoom;
  double side;                      /* of a tile, in the layer's pixels */
  double half_width, half_height;   /* of the layer: where the view's centre is */
  double centre_x, centre_y;        /* the view's centre, in tiles */
  int first_column, last_column;
  int first_row, last_row;
} TileGrid;

/* The grid of the layer's view at @width × @height; FALSE if it has none */
static gboolean
tile_grid_init (TileGrid     *grid,
                ScmTileLayer *self,
                double        width,
                double        height)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  double zoom = shumate_viewport_get_zoom_level (viewport);
  double rotation = shumate_viewport_get_rotation (viewport);
  double c = fabs (cos (rotation)), s = fabs (sin (rotation));
  /* Half the size of the box that holds the view, turned with the map */
  double half_across = (c * width + s * height) / 2, half_down = (s * width + c * height) / 2;
  guint n;

  if (self->source == NULL || width <= 0 || height <= 0)
    return FALSE;

  grid->half_width = width / 2;
  grid->half_height = height / 2;
  grid->zoom = (guint)CLAMP (floor (zoom), 0, SCM_BASEMAP_MAX_ZOOM);
  n = 1u << grid->zoom;
  grid->side = SCM_GEO_TILE_SIZE * pow (2, zoom - grid->zoom);
  grid->centre_x = scm_geo_longitude_to_x (shumate_location_get_longitude (SHUMATE_LOCATION (viewport))) * n;
  grid->centre_y = scm_geo_latitude_to_y (shumate_location_get_latitude (SHUMATE_LOCATION (viewport))) * n;
  grid->first_column = (int)floor (grid->centre_x - half_across / grid->side);
  grid->last_column = (int)floor (grid->centre_x + half_across / grid->side);
  grid->first_row = MAX (0, (int)floor (grid->centre_y - half_down / grid->side));
  grid->last_row = MIN ((int)n - 1, (int)floor (grid->centre_y + half_down / grid->side));
  return TRUE;
}

/* The grid of the layer's view at its size */
static gboolean
layer_grid_init (TileGrid     *grid,
                 ScmTileLayer *self)
{
  return tile_grid_init (grid, self, gtk_widget_get_width (GTK_WIDGET (self)), gtk_widget_get_height (GTK_WIDGET (self)));
}

static guint
wrap_column (const TileGrid *grid,
             int             column)
{
  int n = 1 << grid->zoom;

  return (guint)((column % n + n) % n);
}

/* The world's columns that the view shows, each once however wide it is */
static int
last_distinct_column (const TileGrid *grid)
{
  return MIN (grid->last_column, grid->first_column + (1 << grid->zoom) - 1);
}

/* Whether the view, widened by @ring tiles on every side, has the tile at
 * @zoom, @x, @y */
static gboolean
grid_has_tile (const TileGrid *grid,
               int             ring,
               guint           zoom,
               guint           x,
               guint           y)
{
  int first = grid->first_column - ring;
  int column = first + (int)wrap_column (grid, (int)x - first);

  return zoom == grid->zoom && (int)y >= grid->first_row - ring && (int)y <= grid->last_row + ring &&
         column <= last_distinct_column (grid) + ring;
}

/* A tile's edge, from the view's centre, on a whole pixel of the layer
 * (whose centre may lie between two pixels) */
static double
pixel_edge (const TileGrid *grid,
            double          column_or_row,
            gboolean        across)
{
  double half = across ? grid->half_width : grid->half_height;
  double tiles_from_centre = column_or_row - (across ? grid->centre_x : grid->centre_y);

  return round (half + tiles_from_centre * grid->side) - half;
}

/* The box of @span × @span tiles from @column, @row, from the view's centre */
static graphene_rect_t
tiles_box (const TileGrid *grid,
           int             column,
           int             row,
           guint           span)
{
  double left = pixel_edge (grid, column, TRUE), right = pixel_edge (grid, column + span, TRUE);
  double top = pixel_edge (grid, row, FALSE), bottom = pixel_edge (grid, row + span, FALSE);

  return GRAPHENE_RECT_INIT (left, top, right - left, bottom - top);
}

/* The tile at @zoom, @x, @y if held or kept by the source, else NULL */
static GdkPaintable *
find_tile (ScmTileLayer *self,
           guint         zoom,
           guint         x,
           guint         y)
{
  guint64 key = scm_basemap_tile_key (zoom, x, y);
  GdkPaintable *tile = g_hash_table_lookup (self->held, &key);

  if (tile == NULL)
    tile = g_hash_table_lookup (self->stand_ins, &key);
  return tile != NULL ? tile : scm_basemap_source_lookup_tile (self->source, zoom, x, y);
}

static GHashTable *
tile_table_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

static void
hold (GHashTable   *held,
      guint64       key,
      GdkPaintable *tile)
{
  g_hash_table_insert (held, g_memdup2 (&key, sizeof key), g_object_ref (tile));
}

static void
snapshot_paintable (GtkSnapshot           *snapshot,
                    GdkPaintable          *paintable,
                    const graphene_rect_t *box)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &box->origin);
  gdk_paintable_snapshot (paintable, snapshot, box->size.width, box->size.height);
  gtk_snapshot_restore (snapshot);
}

/* Stands in for the missing tile at @column, @row (@x, @y in the world):
 * the part of the nearest lower zoom's tile that covers it, if drawn */
static void
snapshot_stand_in (ScmTileLayer          *self,
                   GtkSnapshot           *snapshot,
                   const TileGrid        *grid,
                   int                   column,
                   int                   row,
                   guint                 x,
                   const graphene_rect_t *box)
{
  for (guint up = 1; up <= grid->zoom; up++)
    {
      GdkPaintable *parent = find_tile (self, grid->zoom - up, x >> up, (guint)row >> up);
      guint span = 1u << up;   /* tiles of the view's zoom across the parent */
      graphene_rect_t parent_box;

      if (parent == NULL)
        continue;
      parent_box = tiles_box (grid, column - (int)(x % span), row - (int)((guint)row % span), span);
      gtk_snapshot_push_clip (snapshot, box);
      snapshot_paintable (snapshot, parent, &parent_box);
      gtk_snapshot_pop (snapshot);
      return;
    }
}

static void
scm_tile_layer_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  ScmTileLayer *self = SCM_TILE_LAYER (widget);
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  TileGrid grid;

  if (!layer_grid_init (&grid, self))
    return;

  /* Turned with the map around the view's centre */
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (grid.half_width, grid.half_height));
  gtk_snapshot_rotate (snapshot, shumate_viewport_get_rotation (viewport) * 180 / G_PI);

  for (int row = grid.first_row; row <= grid.last_row; row++)
    for (int column = grid.first_column; column <= grid.last_column; column++)
      {
        guint x = wrap_column (&grid, column);
        GdkPaintable *tile = find_tile (self, grid.zoom, x, row);
        graphene_rect_t box = tiles_box (&grid, column, row, 1);

        if (tile != NULL)
          snapshot_paintable (snapshot, tile, &box);
        else
          snapshot_stand_in (self, snapshot, &grid, column, row, x, &box);
      }

  gtk_snapshot_restore (snapshot);
}

/* Holds the drawn tiles of the view and of the ring around it (from @kept,
 * or from the source) and asks for the view's missing ones, and with
 * @with_ring the ring's too; TRUE if the view's own are all drawn */
static gboolean
hold_tiles (ScmTileLayer   *self,
            const TileGrid *grid,
            GHashTable     *kept,
            gboolean        with_ring)
{
  gboolean complete = TRUE;

  /* Each tile once, however wide the view */
  for (int row = MAX (0, grid->first_row - 1); row <= MIN (grid->last_row + 1, (1 << grid->zoom) - 1); row++)
    for (int column = grid->first_column - 1; column <= last_distinct_column (grid) + 1; column++)
      {
        guint x = wrap_column (grid, column);
        guint64 key = scm_basemap_tile_key (grid->zoom, x, row);
        gboolean in_view = grid_has_tile (grid, 0, grid->zoom, x, row);
        GdkPaintable *tile;

        if (g_hash_table_contains (self->held, &key))
          continue;
        tile = kept != NULL ? g_hash_table_lookup (kept, &key) : NULL;
        if (tile == NULL)
          tile = scm_basemap_source_lookup_tile (self->source, grid->zoom, x, row);
        if (tile != NULL)
          hold (self->held, key, tile);
        else if (in_view || with_ring)
          scm_basemap_source_request_tile (self->source, grid->zoom, x, row, self->requests);
        complete = complete && (tile != NULL || !in_view);
      }
  return complete;
}

/* Asks for the ring's tiles, ready for a pan: only once the view's tiles are
 * drawn and the window has drawn its frames, so as not to delay them */
static gboolean
request_ring (gpointer user_data)
{
  ScmTileLayer *self = user_data;
  TileGrid grid;

  self->ring_idle = 0;
  if (layer_grid_init (&grid, self))
    hold_tiles (self, &grid, NULL, TRUE);
  return G_SOURCE_REMOVE;
}

/* The view's tiles are all drawn: those of the view before stand in no more,
 * and the ring comes next */
static void
view_complete (ScmTileLayer *self)
{
  g_hash_table_remove_all (self->stand_ins);
  if (self->ring_idle == 0)
    self->ring_idle = g_idle_add_full (G_PRIORITY_LOW, request_ring, self, NULL);
}

/* Holds the tiles of the view, and of the ring around it, that are drawn,
 * and asks for the view's others; the requests of the view before that it
 * no longer needs stop. Until the view's tiles are all drawn, those of the
 * view before stand in. */
static void
update_tiles (ScmTileLayer *self)
{
  g_autoptr(GHashTable) held_before = NULL;
  g_autoptr(GCancellable) requests_before = NULL;
  gboolean complete;
  TileGrid grid;

  if (!layer_grid_init (&grid, self))
    return;

  held_before = g_steal_pointer (&self->held);
  requests_before = g_steal_pointer (&self->requests);
  self->held = tile_table_new ();
  self->requests = g_cancellable_new ();

  complete = hold_tiles (self, &grid, held_before, FALSE);

  /* The view before stands in (not older ones: it held what it could) */
  if (complete)
    view_complete (self);
  else if (g_hash_table_size (held_before) > 0)
    {
      g_hash_table_unref (self->stand_ins);
      self->stand_ins = g_steal_pointer (&held_before);
    }

  g_cancellable_cancel (requests_before);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* A tile the view waits for is held and shown */
static void
tile_drawn (ScmTileLayer *self,
            guint         zoom,
            guint         x,
            guint         y)
{
  GdkPaintable *tile;
  TileGrid grid;

  if (!layer_grid_init (&grid, self) || !grid_has_tile (&grid, 1, zoom, x, y))
    return;
  tile = scm_basemap_source_lookup_tile (self->source, zoom, x, y);
  if (tile == NULL)
    return;
  hold (self->held, scm_basemap_tile_key (zoom, x, y), tile);
  if (scm_tile_layer_is_complete (self))
    view_complete (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Starts drawing the tiles that the layer would show at @width × @height
 * for its viewport now: before it has that size, so that its first frame
 * has them */
void
scm_tile_layer_prefetch (ScmTileLayer *self,
                         int           width,
                         int           height)
{
  TileGrid grid;

  g_return_if_fail (SCM_IS_TILE_LAYER (self));

  if (!tile_grid_init (&grid, self, width, height))
    return;
  for (int row = grid.first_row; row <= grid.last_row; row++)
    for (int column = grid.first_column; column <= last_distinct_column (&grid); column++)
      scm_basemap_source_request_tile (self->source, grid.zoom, wrap_column (&grid, column), row, self->requests);
}

/* Whether every tile of the view is drawn: none would stand in for another */
gboolean
scm_tile_layer_is_complete (ScmTileLayer *self)
{
  TileGrid grid;

  g_return_val_if_fail (SCM_IS_TILE_LAYER (self), FALSE);

  if (!layer_grid_init (&grid, self))
    return FALSE;
  for (int row = grid.first_row; row <= grid.last_row; row++)
    for (int column = grid.first_column; column <= last_distinct_column (&grid); column++)
      if (find_tile (self, grid.zoom, wrap_column (&grid, column), row) == NULL)
        return FALSE;
  return TRUE;
}

static void
scm_tile_layer_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  update_tiles (SCM_TILE_LAYER (widget));
}

static void
disconnect_source (ScmTileLayer *self)
{
  if (self->source != NULL)
    g_signal_handlers_disconnect_by_func (self->source, tile_drawn, self);
  g_clear_object (&self->source);
}

void
scm_tile_layer_set_source (ScmTileLayer     *self,
                           ScmBasemapSource *source)
{
  g_return_if_fail (SCM_IS_TILE_LAYER (self));
  g_return_if_fail (source == NULL || SCM_IS_BASEMAP_SOURCE (source));

  disconnect_source (self);
  self->source = source != NULL ? g_object_ref (source) : NULL;
  if (source != NULL)
    g_signal_connect_object (source, "tile-drawn", G_CALLBACK (tile_drawn), self, G_CONNECT_SWAPPED);
  /* Another source's tiles are another look: none stands in */
  g_hash_table_remove_all (self->held);
  g_hash_table_remove_all (self->stand_ins);
  g_cancellable_cancel (self->requests);
  g_set_object (&self->requests, g_cancellable_new ());
  update_tiles (self);
}

ScmBasemapSource *
scm_tile_layer_get_source (ScmTileLayer *self)
{
  g_return_val_if_fail (SCM_IS_TILE_LAYER (self), NULL);
  return self->source;
}

static void
scm_tile_layer_constructed (GObject *object)
{
  G_OBJECT_CLASS (scm_tile_layer_parent_class)->constructed (object);

  g_signal_connect_object (shumate_layer_get_viewport (SHUMATE_LAYER (object)), "notify",
                           G_CALLBACK (update_tiles), object, G_CONNECT_SWAPPED);
}

static void
scm_tile_layer_dispose (GObject *object)
{
  ScmTileLayer *self = SCM_TILE_LAYER (object);

  disconnect_source (self);
  g_clear_handle_id (&self->ring_idle, g_source_remove);
  if (self->requests != NULL)
    g_cancellable_cancel (self->requests);
  g_clear_object (&self->requests);
  g_clear_pointer (&self->held, g_hash_table_unref);
  g_clear_pointer (&self->stand_ins, g_hash_table_unref);

  G_OBJECT_CLASS (scm_tile_layer_parent_class)->dispose (object);
}

static void
scm_tile_layer_class_init (ScmTileLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = scm_tile_layer_constructed;
  object_class->dispose = scm_tile_layer_dispose;
  widget_class->snapshot = scm_tile_layer_snapshot;
  widget_class->size_allocate = scm_tile_layer_size_allocate;
}

static void
scm_tile_layer_init (ScmTileLayer *self)
{
  self->held = tile_table_new ();
  self->stand_ins = tile_table_new ();
  self->requests = g_cancellable_new ();
}

ScmTileLayer *
scm_tile_layer_new (ShumateViewport *viewport)
{
  return g_object_new (SCM_TYPE_TILE_LAYER, "viewport", viewport, NULL);
}
