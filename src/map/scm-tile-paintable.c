/* scm-tile-paintable.c — a basemap tile drawn from the cairo image surface
 * it was drawn into
 *
 * GTK 4.8's cairo renderer turns a texture into a new cairo surface each
 * time it draws it, through a float conversion of every pixel: a moving map
 * of textures spends most of each frame on that. A tile that keeps its
 * surface is drawn by cairo as it is, and on X11 cairo keeps its copy in the
 * X server. The GL renderer keeps textures on the GPU, so it gets textures,
 * made from the surface once it asks (scm_tile_paintable_get_texture()): a
 * tile is drawn before the window's renderer is known.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "scm-tile-paintable.h"

struct _ScmTilePaintable
{
  GObject parent_instance;

  cairo_surface_t *surface;
  GdkTexture *texture;      /* made from surface once asked for, or NULL */
};

static void paintable_iface_init (GdkPaintableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ScmTilePaintable, scm_tile_paintable, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GDK_TYPE_PAINTABLE, paintable_iface_init))

static void
scm_tile_paintable_snapshot (GdkPaintable *paintable,
                             GdkSnapshot  *snapshot,
                             double        width,
                             double        height)
{
  ScmTilePaintable *self = SCM_TILE_PAINTABLE (paintable);
  int size = cairo_image_surface_get_width (self->surface);
  cairo_t *cr = gtk_snapshot_append_cairo (GTK_SNAPSHOT (snapshot), &GRAPHENE_RECT_INIT (0, 0, width, height));

  cairo_scale (cr, width / size, height / size);
  cairo_set_source_surface (cr, self->surface, 0, 0);
  /* Scaled between zoom levels, a tile's edge blends with its own pixels,
   * not with the transparency around it: no seams between tiles */
  cairo_pattern_set_extend (cairo_get_source (cr), CAIRO_EXTEND_PAD);
  cairo_paint (cr);
  cairo_destroy (cr);
}

static int
scm_tile_paintable_get_intrinsic_size (GdkPaintable *paintable)
{
  return cairo_image_surface_get_width (SCM_TILE_PAINTABLE (paintable)->surface);
}

static GdkPaintableFlags
scm_tile_paintable_get_flags (GdkPaintable *paintable)
{
  return GDK_PAINTABLE_STATIC_SIZE | GDK_PAINTABLE_STATIC_CONTENTS;
}

static void
paintable_iface_init (GdkPaintableInterface *iface)
{
  iface->snapshot = scm_tile_paintable_snapshot;
  iface->get_intrinsic_width = scm_tile_paintable_get_intrinsic_size;
  iface->get_intrinsic_height = scm_tile_paintable_get_intrinsic_size;
  iface->get_flags = scm_tile_paintable_get_flags;
}

static void
scm_tile_paintable_finalize (GObject *object)
{
  cairo_surface_destroy (SCM_TILE_PAINTABLE (object)->surface);
  g_clear_object (&SCM_TILE_PAINTABLE (object)->texture);
  G_OBJECT_CLASS (scm_tile_paintable_parent_class)->finalize (object);
}

static void
scm_tile_paintable_class_init (ScmTilePaintableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = scm_tile_paintable_finalize;
}

static void
scm_tile_paintable_init (ScmTilePaintable *self)
{
}

/* Takes a reference to @surface, a square ARGB32 image surface */
ScmTilePaintable *
scm_tile_paintable_new (cairo_surface_t *surface)
{
  ScmTilePaintable *self = g_object_new (SCM_TYPE_TILE_PAINTABLE, NULL);

  self->surface = cairo_surface_reference (surface);
  return self;
}

/* The tile as a texture, for a renderer that keeps textures (GL) */
GdkTexture *
scm_tile_paintable_get_texture (ScmTilePaintable *self)
{
  g_return_val_if_fail (SCM_IS_TILE_PAINTABLE (self), NULL);

  if (self->texture == NULL)
    {
      int size = cairo_image_surface_get_width (self->surface);
      int stride = cairo_image_surface_get_stride (self->surface);
      /* The texture shares the surface's pixels, which never change */
      g_autoptr(GBytes) pixels = g_bytes_new_with_free_func (cairo_image_surface_get_data (self->surface),
                                                             (gsize)stride * size,
                                                             (GDestroyNotify)cairo_surface_destroy,
                                                             cairo_surface_reference (self->surface));

      self->texture = gdk_memory_texture_new (size, size, GDK_MEMORY_DEFAULT, pixels, stride);
    }
  return self->texture;
}
