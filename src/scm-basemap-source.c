/* scm-basemap-source.c
 *
 * Tiles are drawn on GLib's worker threads (the basemap is read-only), at the
 * screen's scale factor so that they stay sharp on HiDPI screens, and handed
 * to the map as textures on the main thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "scm-basemap-source.h"

struct _ScmBasemapSource
{
  ShumateMapSource parent_instance;

  ScmBasemap *basemap;
  ScmBasemapStyle style;
  int scale_factor;
  double text_scale;
  guint n_pending;
  guint n_drawn;
};

G_DEFINE_FINAL_TYPE (ScmBasemapSource, scm_basemap_source, SHUMATE_TYPE_MAP_SOURCE)

typedef struct
{
  ScmBasemap *basemap;
  ScmBasemapStyle style;
  double text_scale;
  guint zoom, x, y;
  int size;
} TileJob;

static void
tile_job_free (TileJob *job)
{
  g_clear_object (&job->basemap);
  g_free (job);
}

static void
render_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  TileJob *job = task_data;
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autoptr(GBytes) pixels = NULL;
  GdkTexture *texture;

  if (g_task_return_error_if_cancelled (task))
    return;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, job->size, job->size);
  cr = cairo_create (surface);
  scm_basemap_render_tile_full (job->basemap, cr, job->zoom, job->x, job->y, job->size, job->style,
                                job->text_scale);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  pixels = g_bytes_new (cairo_image_surface_get_data (surface),
                        (gsize)cairo_image_surface_get_stride (surface) * job->size);
  texture = gdk_memory_texture_new (job->size, job->size, GDK_MEMORY_DEFAULT,
                                    pixels, cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);

  g_task_return_pointer (task, texture, g_object_unref);
}

static void
tile_rendered (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  ScmBasemapSource *self = SCM_BASEMAP_SOURCE (source_object);
  ShumateTile *tile = g_task_get_task_data (outer);
  g_autoptr(GdkTexture) texture = NULL;
  GError *error = NULL;

  self->n_pending--;
  texture = g_task_propagate_pointer (G_TASK (result), &error);
  if (texture == NULL)
    {
      g_task_return_error (outer, error);
      return;
    }

  shumate_tile_set_paintable (tile, GDK_PAINTABLE (texture));
  shumate_tile_set_fade_in (tile, FALSE);
  shumate_tile_set_state (tile, SHUMATE_STATE_DONE);
  self->n_drawn++;
  g_task_return_boolean (outer, TRUE);
}

static void
scm_basemap_source_fill_tile_async (ShumateMapSource    *source,
                                    ShumateTile         *tile,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  ScmBasemapSource *self = SCM_BASEMAP_SOURCE (source);
  GTask *outer = g_task_new (self, cancellable, callback, user_data);
  g_autoptr(GTask) render = NULL;
  TileJob *job = g_new0 (TileJob, 1);

  g_task_set_source_tag (outer, scm_basemap_source_fill_tile_async);
  g_task_set_task_data (outer, g_object_ref (tile), g_object_unref);

  job->basemap = g_object_ref (self->basemap);
  job->style = self->style;
  job->text_scale = self->text_scale;
  job->zoom = shumate_tile_get_zoom_level (tile);
  job->x = shumate_tile_get_x (tile);
  job->y = shumate_tile_get_y (tile);
  job->size = shumate_tile_get_size (tile) * self->scale_factor;

  shumate_tile_set_state (tile, SHUMATE_STATE_LOADING);
  self->n_pending++;

  render = g_task_new (self, cancellable, tile_rendered, outer);
  g_task_set_task_data (render, job, (GDestroyNotify)tile_job_free);
  g_task_run_in_thread (render, render_in_thread);
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
}

static void
scm_basemap_source_init (ScmBasemapSource *self)
{
  self->scale_factor = 1;
  self->text_scale = 1;
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
                                         "tile-size", 256,
                                         "projection", SHUMATE_MAP_PROJECTION_MERCATOR,
                                         NULL);

  self->basemap = g_object_ref (basemap);
  return self;
}

/* Applies to tiles drawn from now on; the caller reloads the map. */
void
scm_basemap_source_set_style (ScmBasemapSource *self,
                              ScmBasemapStyle   style)
{
  g_return_if_fail (SCM_IS_BASEMAP_SOURCE (self));
  self->style = style;
}

/* Country names @text_scale times their usual size, for tiles drawn from now on */
void
scm_basemap_source_set_text_scale (ScmBasemapSource *self,
                                   double            text_scale)
{
  g_return_if_fail (SCM_IS_BASEMAP_SOURCE (self));
  self->text_scale = CLAMP (text_scale, 0.5, 4);
}

void
scm_basemap_source_set_scale_factor (ScmBasemapSource *self,
                                     int               scale_factor)
{
  g_return_if_fail (SCM_IS_BASEMAP_SOURCE (self));
  self->scale_factor = CLAMP (scale_factor, 1, 4);
}

/* TRUE when tiles have been drawn and none is being drawn now */
gboolean
scm_basemap_source_is_idle (ScmBasemapSource *self)
{
  g_return_val_if_fail (SCM_IS_BASEMAP_SOURCE (self), FALSE);
  return self->n_drawn > 0 && self->n_pending == 0;
}
