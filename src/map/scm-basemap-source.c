/* scm-basemap-source.c
 *
 * Tiles are drawn on GLib's worker threads (the basemap is read-only), at the
 * screen's scale factor so that they stay sharp on HiDPI screens, and handed
 * to the map on the main thread as textures, or for GTK's cairo renderer as
 * the cairo surfaces they were drawn into (see scm-tile-paintable.c). Each tile is drawn once however
 * many times the map shows it, and the recent ones are kept. The app's map
 * draws them with ScmTileLayer (scm_basemap_source_request_tile() and
 * scm_basemap_source_lookup_tile()); a ShumateMapLayer can show them too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "scm-basemap-source.h"
#include "scm-geo.h"
#include "scm-tile-paintable.h"

struct _ScmBasemapSource
{
  ShumateMapSource parent_instance;

  ScmBasemap *basemap;
  ScmBasemapStyle style;
  int scale_factor;
  double text_scale;
  gboolean cairo_tiles;

  GHashTable *drawing;     /* tile key → TileJob being drawn */
  GHashTable *drawn;       /* tile key → GdkPaintable, the most recently drawn tiles */
  GQueue *drawn_order;     /* tile keys of drawn, oldest first */
  guint generation;        /* changes with the look: older jobs' tiles are not kept */
  guint n_waiting;         /* tiles of the map waiting for a job */
  guint n_shown;           /* tiles handed to the map */
  guint n_drawn;           /* tiles drawn, each once */
};

G_DEFINE_FINAL_TYPE (ScmBasemapSource, scm_basemap_source, SHUMATE_TYPE_MAP_SOURCE)

enum {
  TILE_DRAWN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Bytes of recent tiles kept: a full-screen map's worth at scale 1 */
#define DRAWN_TILES_BUDGET (16 * 1024 * 1024)

/* One tile drawn once for every ShumateTile that shows it: the map asks for
 * the same tile several times when the world repeats across a wide window. */
typedef struct
{
  ScmBasemap *basemap;
  ScmBasemapStyle style;
  double text_scale;
  guint zoom, x, y;
  int size;
  guint generation;

  GPtrArray *waiters;         /* TileWaiter, main thread only */
  int n_live_waiters;         /* atomic: waiters not cancelled yet */
  GCancellable *cancellable;  /* cancelled when every waiter is */
} TileJob;

typedef struct
{
  GTask *task;                /* the map's fill_tile_async() */
  gulong cancelled_handler;
} TileWaiter;

static void
tile_waiter_free (TileWaiter *waiter)
{
  g_cancellable_disconnect (g_task_get_cancellable (waiter->task), waiter->cancelled_handler);
  g_object_unref (waiter->task);
  g_free (waiter);
}

static void
tile_job_clear (TileJob *job)
{
  g_clear_object (&job->basemap);
  g_clear_object (&job->cancellable);
  g_clear_pointer (&job->waiters, g_ptr_array_unref);
}

static void
tile_job_unref (TileJob *job)
{
  g_atomic_rc_box_release_full (job, (GDestroyNotify)tile_job_clear);
}

static void
render_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  TileJob *job = task_data;
  cairo_surface_t *surface;
  ScmTilePaintable *paintable;
  cairo_t *cr;

  if (g_task_return_error_if_cancelled (task))
    return;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, job->size, job->size);
  cr = cairo_create (surface);
  scm_basemap_render_tile_full (job->basemap, cr, job->zoom, job->x, job->y, job->size, job->style,
                                job->text_scale);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  paintable = scm_tile_paintable_new (surface);
  cairo_surface_destroy (surface);

  g_task_return_pointer (task, paintable, g_object_unref);
}

/* Keeps the most recently drawn tiles, so that zooming back or panning back
 * shows them at once */
static void
remember_tile (ScmBasemapSource *self,
               guint64           key,
               ScmTilePaintable *paintable)
{
  gsize tile_bytes = 4 * (gsize)gdk_paintable_get_intrinsic_width (GDK_PAINTABLE (paintable)) *
                     gdk_paintable_get_intrinsic_height (GDK_PAINTABLE (paintable));
  guint max_tiles = MAX (16, DRAWN_TILES_BUDGET / tile_bytes);
  guint64 *stored_key;

  if (g_hash_table_contains (self->drawn, &key))
    return;

  while (g_queue_get_length (self->drawn_order) >= max_tiles)
    g_hash_table_remove (self->drawn, g_queue_pop_head (self->drawn_order));

  stored_key = g_memdup2 (&key, sizeof key);
  g_hash_table_insert (self->drawn, stored_key, g_object_ref (paintable));
  g_queue_push_tail (self->drawn_order, stored_key);
}

/* A tile is drawn into a cairo surface, which the cairo renderer draws as
 * it is; any other renderer gets a texture made from it */
static GdkPaintable *
suit_paintable (ScmBasemapSource *self,
                ScmTilePaintable *paintable)
{
  if (self->cairo_tiles)
    return GDK_PAINTABLE (paintable);
  return GDK_PAINTABLE (scm_tile_paintable_get_texture (paintable));
}

static void
show_tile (ScmBasemapSource *self,
           ShumateTile      *tile,
           ScmTilePaintable *paintable)
{
  self->n_shown++;
  shumate_tile_set_paintable (tile, suit_paintable (self, paintable));
  shumate_tile_set_fade_in (tile, FALSE);
  shumate_tile_set_state (tile, SHUMATE_STATE_DONE);
}

static void
tile_rendered (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  ScmBasemapSource *self = SCM_BASEMAP_SOURCE (source_object);
  TileJob *job = user_data;
  guint64 key = scm_basemap_tile_key (job->zoom, job->x, job->y);
  g_autoptr(ScmTilePaintable) paintable = NULL;
  g_autoptr(GError) error = NULL;

  paintable = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_hash_table_lookup (self->drawing, &key) == job)
    g_hash_table_remove (self->drawing, &key);
  if (paintable != NULL)
    self->n_drawn++;
  if (paintable != NULL && job->generation == self->generation)
    {
      remember_tile (self, key, paintable);
      g_signal_emit (self, signals[TILE_DRAWN], 0, job->zoom, job->x, job->y);
    }

  for (guint i = 0; i < job->waiters->len; i++)
    {
      TileWaiter *waiter = g_ptr_array_index (job->waiters, i);

      self->n_waiting--;
      if (paintable == NULL)
        {
          g_task_return_error (waiter->task, g_error_copy (error));
          continue;
        }
      show_tile (self, g_task_get_task_data (waiter->task), paintable);
      g_task_return_boolean (waiter->task, TRUE);
    }
  /* Disconnects from the waiters' cancellables, which hold references */
  g_ptr_array_set_size (job->waiters, 0);
  tile_job_unref (job);
}

/* Runs in whichever thread cancels: the job stops once nobody waits for it */
static void
waiter_cancelled (GCancellable *cancellable,
                  TileJob      *job)
{
  if (g_atomic_int_dec_and_test (&job->n_live_waiters))
    g_cancellable_cancel (job->cancellable);
}

/* One more waits for @job until @cancellable is cancelled; the handler's id */
static gulong
wait_until_cancelled (TileJob      *job,
                      GCancellable *cancellable)
{
  g_atomic_int_inc (&job->n_live_waiters);
  return g_cancellable_connect (cancellable, G_CALLBACK (waiter_cancelled),
                                g_atomic_rc_box_acquire (job), (GDestroyNotify)tile_job_unref);
}

static void
add_waiter (TileJob *job,
            GTask   *task)
{
  TileWaiter *waiter = g_new0 (TileWaiter, 1);
  GCancellable *cancellable = g_task_get_cancellable (task);

  waiter->task = task;
  if (cancellable != NULL)
    waiter->cancelled_handler = wait_until_cancelled (job, cancellable);
  else
    g_atomic_int_inc (&job->n_live_waiters);
  g_ptr_array_add (job->waiters, waiter);
}

static TileJob *
start_job (ScmBasemapSource *self,
           guint             zoom,
           guint             x,
           guint             y,
           int               size)
{
  TileJob *job = g_atomic_rc_box_new0 (TileJob);
  g_autoptr(GTask) render = NULL;
  guint64 key = scm_basemap_tile_key (zoom, x, y);

  job->basemap = g_object_ref (self->basemap);
  job->style = self->style;
  job->text_scale = self->text_scale;
  job->zoom = zoom;
  job->x = x;
  job->y = y;
  job->size = size;
  job->generation = self->generation;
  job->waiters = g_ptr_array_new_with_free_func ((GDestroyNotify)tile_waiter_free);
  job->cancellable = g_cancellable_new ();
  g_hash_table_insert (self->drawing, g_memdup2 (&key, sizeof key), job);

  /* The render task holds one reference, tile_rendered() gives it back */
  render = g_task_new (self, job->cancellable, tile_rendered, job);
  g_task_set_task_data (render, g_atomic_rc_box_acquire (job), (GDestroyNotify)tile_job_unref);
  g_task_run_in_thread (render, render_in_thread);
  return job;
}

static void
scm_basemap_source_fill_tile_async (ShumateMapSource    *source,
                                    ShumateTile         *tile,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  ScmBasemapSource *self = SCM_BASEMAP_SOURCE (source);
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  guint zoom = shumate_tile_get_zoom_level (tile);
  guint x = shumate_tile_get_x (tile), y = shumate_tile_get_y (tile);
  guint64 key = scm_basemap_tile_key (zoom, x, y);
  ScmTilePaintable *paintable;
  TileJob *job;

  g_task_set_source_tag (task, scm_basemap_source_fill_tile_async);
  g_task_set_task_data (task, g_object_ref (tile), g_object_unref);

  paintable = g_hash_table_lookup (self->drawn, &key);
  if (paintable != NULL)
    {
      show_tile (self, tile, paintable);
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }

  shumate_tile_set_state (tile, SHUMATE_STATE_LOADING);
  job = g_hash_table_lookup (self->drawing, &key);
  /* A job whose waiters all left is stopping: start again */
  if (job == NULL || g_cancellable_is_cancelled (job->cancellable))
    job = start_job (self, zoom, x, y, shumate_tile_get_size (tile) * self->scale_factor);
  add_waiter (job, task);
  self->n_waiting++;
}

/* The tile at @zoom, @x, @y, drawn and kept, for the window's renderer: or
 * NULL, and it can be asked for with scm_basemap_source_request_tile() */
GdkPaintable *
scm_basemap_source_lookup_tile (ScmBasemapSource *self,
                                guint             zoom,
                                guint             x,
                                guint             y)
{
  guint64 key = scm_basemap_tile_key (zoom, x, y);
  ScmTilePaintable *paintable;

  g_return_val_if_fail (SCM_IS_BASEMAP_SOURCE (self), NULL);

  paintable = g_hash_table_lookup (self->drawn, &key);
  return paintable != NULL ? suit_paintable (self, paintable) : NULL;
}

/* Starts drawing the tile at @zoom, @x, @y unless it is drawn or being
 * drawn; ::tile-drawn says when it is ready. Once @cancellable is cancelled
 * and nothing else waits for the tile, its drawing stops. */
void
scm_basemap_source_request_tile (ScmBasemapSource *self,
                                 guint             zoom,
                                 guint             x,
                                 guint             y,
                                 GCancellable     *cancellable)
{
  guint64 key = scm_basemap_tile_key (zoom, x, y);
  TileJob *job;

  g_return_if_fail (SCM_IS_BASEMAP_SOURCE (self));

  if (g_hash_table_contains (self->drawn, &key))
    return;
  job = g_hash_table_lookup (self->drawing, &key);
  if (job == NULL || g_cancellable_is_cancelled (job->cancellable))
    job = start_job (self, zoom, x, y, SCM_GEO_TILE_SIZE * self->scale_factor);
  if (cancellable != NULL)
    wait_until_cancelled (job, cancellable);
}

static gboolean
scm_basemap_source_fill_tile_finish (ShumateMapSource  *source,
                                     GAsyncResult      *result,
                                     GError           **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
scm_basemap_source_dispose (GObject *object)
{
  ScmBasemapSource *self = (ScmBasemapSource *)object;

  g_clear_object (&self->basemap);
  g_clear_pointer (&self->drawing, g_hash_table_unref);
  g_clear_pointer (&self->drawn, g_hash_table_unref);
  g_clear_pointer (&self->drawn_order, g_queue_free);

  G_OBJECT_CLASS (scm_basemap_source_parent_class)->dispose (object);
}

static void
scm_basemap_source_class_init (ScmBasemapSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ShumateMapSourceClass *source_class = SHUMATE_MAP_SOURCE_CLASS (klass);

  object_class->dispose = scm_basemap_source_dispose;
  source_class->fill_tile_async = scm_basemap_source_fill_tile_async;
  source_class->fill_tile_finish = scm_basemap_source_fill_tile_finish;

  /**
   * ScmBasemapSource::tile-drawn:
   * @zoom: @x: @y: the tile's position
   *
   * A tile has been drawn: scm_basemap_source_lookup_tile() finds it, until
   * newer tiles take its place among those kept.
   */
  signals[TILE_DRAWN] =
    g_signal_new ("tile-drawn", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_UINT);
}

static void
scm_basemap_source_init (ScmBasemapSource *self)
{
  self->scale_factor = 1;
  self->text_scale = 1;
  self->drawing = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->drawn = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->drawn_order = g_queue_new ();
}

ScmBasemapSource *
scm_basemap_source_new (ScmBasemap *basemap)
{
  /* Construct properties of ShumateMapSource: set here, not in init(). */
  ScmBasemapSource *self = g_object_new (SCM_TYPE_BASEMAP_SOURCE,
                                         "id", "scm-natural-earth",
                                         "name", _("Offline world map"),
                                         "license", _("Map data: Natural Earth"),
                                         "license-uri", "https://www.naturalearthdata.com/about/terms-of-use/",
                                         "min-zoom-level", 0,
                                         "max-zoom-level", SCM_BASEMAP_MAX_ZOOM,
                                         "tile-size", SCM_GEO_TILE_SIZE,
                                         "projection", SHUMATE_MAP_PROJECTION_MERCATOR,
                                         NULL);

  self->basemap = g_object_ref (basemap);
  return self;
}

/* Tiles drawn before a change of look are not shown again */
static void
forget_tiles (ScmBasemapSource *self)
{
  self->generation++;
  g_hash_table_remove_all (self->drawing);
  g_queue_clear (self->drawn_order);
  g_hash_table_remove_all (self->drawn);
}

/* Applies to tiles drawn from now on; the caller reloads the map. */
void
scm_basemap_source_set_style (ScmBasemapSource *self,
                              ScmBasemapStyle   style)
{
  g_return_if_fail (SCM_IS_BASEMAP_SOURCE (self));
  self->style = style;
  forget_tiles (self);
}

/* Country names @text_scale times their usual size, for tiles drawn from now on */
void
scm_basemap_source_set_text_scale (ScmBasemapSource *self,
                                   double            text_scale)
{
  g_return_if_fail (SCM_IS_BASEMAP_SOURCE (self));
  self->text_scale = CLAMP (text_scale, 0.5, 4);
  forget_tiles (self);
}

/* Where the tiles of @zoom write the names of countries and cities
 * (#ScmLabelBox, pixels of the world at @zoom) */
GArray *
scm_basemap_source_get_name_boxes (ScmBasemapSource *self,
                                   guint             zoom)
{
  g_return_val_if_fail (SCM_IS_BASEMAP_SOURCE (self), NULL);
  return scm_basemap_get_name_boxes (self->basemap, MIN (zoom, SCM_BASEMAP_MAX_ZOOM), self->text_scale);
}

void
scm_basemap_source_set_scale_factor (ScmBasemapSource *self,
                                     int               scale_factor)
{
  g_return_if_fail (SCM_IS_BASEMAP_SOURCE (self));
  self->scale_factor = CLAMP (scale_factor, 1, 4);
  forget_tiles (self);
}

/* With @cairo_tiles, tiles are handed to the map as cairo surfaces rather
 * than textures: for GTK's cairo renderer, which draws surfaces as they are
 * and converts textures on every frame. Applies to tiles handed over from
 * now on, drawn ones too: a tile's surface becomes a texture when needed. */
void
scm_basemap_source_set_cairo_tiles (ScmBasemapSource *self,
                                    gboolean          cairo_tiles)
{
  g_return_if_fail (SCM_IS_BASEMAP_SOURCE (self));

  self->cairo_tiles = !!cairo_tiles;
}

/* For the renderer of the window that shows @widget, once it is realized */
void
scm_basemap_source_suit_renderer (ScmBasemapSource *self,
                                  GtkWidget        *widget)
{
  GtkNative *native = gtk_widget_get_native (widget);
  GskRenderer *renderer = native != NULL ? gtk_native_get_renderer (native) : NULL;

  g_return_if_fail (SCM_IS_BASEMAP_SOURCE (self));

  if (renderer != NULL)
    scm_basemap_source_set_cairo_tiles (self, GSK_IS_CAIRO_RENDERER (renderer));
}

/* TRUE when tiles have been drawn and none is being drawn now */
gboolean
scm_basemap_source_is_idle (ScmBasemapSource *self)
{
  g_return_val_if_fail (SCM_IS_BASEMAP_SOURCE (self), FALSE);
  return self->n_shown > 0 && self->n_waiting == 0;
}

/* How many tiles were drawn: however many the map shows, each is drawn once */
guint
scm_basemap_source_get_n_drawn (ScmBasemapSource *self)
{
  g_return_val_if_fail (SCM_IS_BASEMAP_SOURCE (self), 0);
  return self->n_drawn;
}

/**
 * scm_basemap_source_render_view:
 *
 * Draws a @width × @height view of the basemap in the source's style, as
 * scm_basemap_render_view() does: for a picture of the whole map in one go.
 */
void
scm_basemap_source_render_view (ScmBasemapSource *self,
                                cairo_t          *cr,
                                double            zoom,
                                double            x,
                                double            y,
                                double            width,
                                double            height)
{
  g_return_if_fail (SCM_IS_BASEMAP_SOURCE (self));
  scm_basemap_render_view (self->basemap, cr, zoom, x, y, width, height, self->style, self->text_scale);
}

ScmBasemap *
scm_basemap_source_get_basemap (ScmBasemapSource *self)
{
  g_return_val_if_fail (SCM_IS_BASEMAP_SOURCE (self), NULL);
  return self->basemap;
}
