/* scm-tile-layer.c
 *
 * The offline basemap, drawn from ScmBasemapSource's tiles in the frame that
 * first shows them. libshumate's map layer asks for its tiles from an idle
 * after the frame that lays it out, and shows them a frame later, even when
 * they were drawn before the window: the window's first frame would show an
 * empty map, and the next one the same map with its land. Here, the tiles a
 * view needs are asked for as soon as the view changes, and those drawn
 * are shown in the next frame; the tile of a lower zoom stands in for those
 * that are not, until they are.
 *
 * Tiles sit on whole pixels, so that no seam shows between them at any zoom.
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
  GPtrArray *shown;        /* GdkPaintable: the tiles of the last frame, held while shown */
};

G_DEFINE_FINAL_TYPE (ScmTileLayer, scm_tile_layer, SHUMATE_TYPE_LAYER)

/* The tiles a view needs: those of one zoom, their columns running on
 * around the world, their rows within it */
typedef struct
{
  guint zoom;
  double side;                   /* of a tile, in the layer's pixels */
  double half_width, half_height;  /* of the layer: where the view's centre is */
  double centre_x, centre_y;     /* the view's centre, in tiles */
  int first_column, last_column;
  int first_row, last_row;
} TileGrid;

static void
tile_grid_init (TileGrid        *grid,
                ShumateViewport *viewport,
                double           width,
                double           height)
{
  double zoom = shumate_viewport_get_zoom_level (viewport);
  double rotation = shumate_viewport_get_rotation (viewport);
  double c = fabs (cos (rotation)), s = fabs (sin (rotation));
  /* Half the size of the box that holds the view, turned with the map */
  double half_width = (c * width + s * height) / 2, half_height = (s * width + c * height) / 2;
  guint n;

  grid->half_width = width / 2;
  grid->half_height = height / 2;
  grid->zoom = (guint)CLAMP (floor (zoom), 0, SCM_BASEMAP_MAX_ZOOM);
  n = 1u << grid->zoom;
  grid->side = SCM_GEO_TILE_SIZE * pow (2, zoom - grid->zoom);
  grid->centre_x = scm_geo_longitude_to_x (shumate_location_get_longitude (SHUMATE_LOCATION (viewport))) * n;
  grid->centre_y = scm_geo_latitude_to_y (shumate_location_get_latitude (SHUMATE_LOCATION (viewport))) * n;
  grid->first_column = (int)floor (grid->centre_x - half_width / grid->side);
  grid->last_column = (int)floor (grid->centre_x + half_width / grid->side);
  grid->first_row = MAX (0, (int)floor (grid->centre_y - half_height / grid->side));
  grid->last_row = MIN ((int)n - 1, (int)floor (grid->centre_y + half_height / grid->side));
}

static guint
wrap_column (const TileGrid *grid,
             int             column)
{
  int n = 1 << grid->zoom;

  return (guint)((column % n + n) % n);
}

/* A tile's edge, from the view's centre, on a whole pixel of the layer
 * (whose centre may lie between two pixels) */
static double
pixel_edge (double tiles_from_centre,
            double side,
            double half)
{
  return round (half + tiles_from_centre * side) - half;
}

/* A tile's box, from the view's centre */
static graphene_rect_t
tile_box (const TileGrid *grid,
          int             column,
          int             row)
{
  double left = pixel_edge (column - grid->centre_x, grid->side, grid->half_width);
  double top = pixel_edge (row - grid->centre_y, grid->side, grid->half_height);
  double right = pixel_edge (column + 1 - grid->centre_x, grid->side, grid->half_width);
  double bottom = pixel_edge (row + 1 - grid->centre_y, grid->side, grid->half_height);

  return GRAPHENE_RECT_INIT (left, top, right - left, bottom - top);
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

/* Stands in for a missing tile: the part of the nearest lower zoom's tile
 * that covers it, if that one is drawn; FALSE if none is */
static gboolean
snapshot_stand_in (ScmTileLayer          *self,
                   GtkSnapshot           *snapshot,
                   const TileGrid        *grid,
                   guint                  x,
                   guint                  y,
                   const graphene_rect_t *box)
{
  for (guint up = 1; up <= grid->zoom; up++)
    {
      GdkPaintable *parent = scm_basemap_source_lookup_tile (self->source, grid->zoom - up, x >> up, y >> up);
      guint share = 1u << up;   /* tiles of this zoom across the parent */
      graphene_rect_t parent_box;

      if (parent == NULL)
        continue;
      parent_box = GRAPHENE_RECT_INIT (box->origin.x - (x % share) * box->size.width,
                                       box->origin.y - (y % share) * box->size.height,
                                       box->size.width * share, box->size.height * share);
      gtk_snapshot_push_clip (snapshot, box);
      snapshot_paintable (snapshot, parent, &parent_box);
      gtk_snapshot_pop (snapshot);
      g_ptr_array_add (self->shown, g_object_ref (parent));
      return TRUE;
    }
  return FALSE;
}

static void
scm_tile_layer_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  ScmTileLayer *self = SCM_TILE_LAYER (widget);
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autoptr(GPtrArray) last_shown = g_steal_pointer (&self->shown);
  TileGrid grid;

  self->shown = g_ptr_array_new_with_free_func (g_object_unref);
  if (self->source == NULL || width <= 0 || height <= 0)
    return;

  tile_grid_init (&grid, viewport, width, height);

  /* Turned with the map around the view's centre */
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (width / 2.0, height / 2.0));
  gtk_snapshot_rotate (snapshot, shumate_viewport_get_rotation (viewport) * 180 / G_PI);

  for (int row = grid.first_row; row <= grid.last_row; row++)
    for (int column = grid.first_column; column <= grid.last_column; column++)
      {
        guint x = wrap_column (&grid, column);
        GdkPaintable *tile = scm_basemap_source_lookup_tile (self->source, grid.zoom, x, row);
        graphene_rect_t box = tile_box (&grid, column, row);

        if (tile != NULL)
          {
            snapshot_paintable (snapshot, tile, &box);
            g_ptr_array_add (self->shown, g_object_ref (tile));
          }
        else
          snapshot_stand_in (self, snapshot, &grid, x, row, &box);
      }

  gtk_snapshot_restore (snapshot);
}

/* Asks for the tiles a view of @width × @height needs that are not drawn
 * yet; TRUE if there are none */
static gboolean
request_tiles (ScmTileLayer *self,
               int           width,
               int           height)
{
  gboolean complete = TRUE;
  TileGrid grid;
  int n;

  if (self->source == NULL || width <= 0 || height <= 0)
    return FALSE;

  tile_grid_init (&grid, shumate_layer_get_viewport (SHUMATE_LAYER (self)), width, height);
  n = 1 << grid.zoom;
  /* However wide the view, each of the world's tiles once */
  for (int row = grid.first_row; row <= grid.last_row; row++)
    for (int column = grid.first_column; column <= MIN (grid.last_column, grid.first_column + n - 1); column++)
      if (scm_basemap_source_lookup_tile (self->source, grid.zoom, wrap_column (&grid, column), row) == NULL)
        {
          scm_basemap_source_request_tile (self->source, grid.zoom, wrap_column (&grid, column), row);
          complete = FALSE;
        }
  return complete;
}

/* Starts drawing the tiles that a layer of @width × @height would show for
 * its viewport now: before it has that size, so that its first frame has them */
void
scm_tile_layer_prefetch (ScmTileLayer *self,
                         int           width,
                         int           height)
{
  g_return_if_fail (SCM_IS_TILE_LAYER (self));
  request_tiles (self, width, height);
}

/* Whether every tile of the view is drawn: none would stand in for another */
gboolean
scm_tile_layer_is_complete (ScmTileLayer *self)
{
  g_return_val_if_fail (SCM_IS_TILE_LAYER (self), FALSE);
  return request_tiles (self, gtk_widget_get_width (GTK_WIDGET (self)), gtk_widget_get_height (GTK_WIDGET (self)));
}

/* The view moved or zoomed, or the layer has a new size: its tiles are
 * asked for at once, ready for the frame, or drawn when they are */
static void
view_changed (ScmTileLayer *self)
{
  request_tiles (self, gtk_widget_get_width (GTK_WIDGET (self)), gtk_widget_get_height (GTK_WIDGET (self)));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
scm_tile_layer_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  request_tiles (SCM_TILE_LAYER (widget), width, height);
}

void
scm_tile_layer_set_source (ScmTileLayer     *self,
                           ScmBasemapSource *source)
{
  g_return_if_fail (SCM_IS_TILE_LAYER (self));
  g_return_if_fail (source == NULL || SCM_IS_BASEMAP_SOURCE (source));

  if (self->source != NULL)
    g_signal_handlers_disconnect_by_func (self->source, gtk_widget_queue_draw, self);
  g_set_object (&self->source, source);
  /* A new tile may be one that the view waits for */
  if (source != NULL)
    g_signal_connect_object (source, "tile-drawn", G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  view_changed (self);
}

static void
scm_tile_layer_constructed (GObject *object)
{
  G_OBJECT_CLASS (scm_tile_layer_parent_class)->constructed (object);

  g_signal_connect_object (shumate_layer_get_viewport (SHUMATE_LAYER (object)), "notify",
                           G_CALLBACK (view_changed), object, G_CONNECT_SWAPPED);
}

static void
scm_tile_layer_dispose (GObject *object)
{
  ScmTileLayer *self = SCM_TILE_LAYER (object);

  if (self->source != NULL)
    g_signal_handlers_disconnect_by_func (self->source, gtk_widget_queue_draw, self);
  g_clear_object (&self->source);
  g_clear_pointer (&self->shown, g_ptr_array_unref);

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
  self->shown = g_ptr_array_new_with_free_func (g_object_unref);
}

ScmBasemapSource *
scm_tile_layer_get_source (ScmTileLayer *self)
{
  g_return_val_if_fail (SCM_IS_TILE_LAYER (self), NULL);
  return self->source;
}

ScmTileLayer *
scm_tile_layer_new (ShumateViewport *viewport)
{
  return g_object_new (SCM_TYPE_TILE_LAYER, "viewport", viewport, NULL);
}
