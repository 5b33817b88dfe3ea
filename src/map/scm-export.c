/* scm-export.c
 *
 * The widget is drawn as it is on screen, at its own size: PNG through the
 * window's renderer, SVG through cairo (the basemap tiles stay pictures
 * inside the SVG; everything else is drawn as cairo draws it).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-svg.h>
#include <glib/gi18n.h>

#include "scm-export.h"

static GskRenderNode *
snapshot_widget (GtkWidget *widget,
                 int        width,
                 int        height)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  return gtk_snapshot_free_to_node (snapshot);
}

static gboolean
save_png (GtkWidget      *widget,
          GskRenderNode  *node,
          int             width,
          int             height,
          const char     *path,
          GError        **error)
{
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  g_autoptr(GdkTexture) texture = gsk_renderer_render_texture (renderer, node,
                                                               &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”"), path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
save_svg (GskRenderNode  *node,
          int             width,
          int             height,
          const char     *path,
          GError        **error)
{
  cairo_surface_t *surface = cairo_svg_surface_create (path, width, height);
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s"),
                   path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/**
 * scm_export_widget:
 * @path: ends in ".svg" for SVG; anything else is written as PNG
 *
 * Saves @widget, which must be shown in a window, as it looks now.
 */
gboolean
scm_export_widget (GtkWidget   *widget,
                   const char  *path,
                   GError     **error)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autofree char *lower = g_ascii_strdown (path, -1);

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  if (width <= 0 || height <= 0 || gtk_widget_get_native (widget) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, _("The map is not shown yet"));
      return FALSE;
    }

  node = snapshot_widget (widget, width, height);
  if (node == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The map has nothing to draw"));
      return FALSE;
    }

  if (g_str_has_suffix (lower, ".svg"))
    return save_svg (node, width, height, path, error);
  return save_png (widget, node, width, height, path, error);
}
