/* scm-export.c
 *
 * The map view is drawn as it is on screen, at its own size: a PNG through
 * the window's renderer; an SVG through cairo, with the offline basemap drawn
 * as paths in one go rather than as the map's raster tiles. The file is
 * written beside its target under a temporary name and renamed into place,
 * so that a failure never leaves half a picture, and only a regular file is
 * ever replaced.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-svg.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "scm-export.h"
#include "scm-halo-text.h"
#include "scm-pixel-node.h"

static const char * const extensions[] = {
  [SCM_EXPORT_FORMAT_PNG] = ".png",
  [SCM_EXPORT_FORMAT_SVG] = ".svg",
};

/**
 * scm_export_format_for_name:
 *
 * The format that the extension of @name asks for (".png" or ".svg", in any
 * case). Any other extension, or none, is an error that says which are known.
 */
gboolean
scm_export_format_for_name (const char       *name,
                            ScmExportFormat  *format,
                            GError          **error)
{
  g_autofree char *basename = g_path_get_basename (name);
  g_autofree char *lower = g_ascii_strdown (basename, -1);
  g_autofree char *display_name = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    if (g_str_has_suffix (lower, extensions[i]) && strlen (lower) > strlen (extensions[i]))
      {
        *format = i;
        return TRUE;
      }

  display_name = g_filename_display_name (basename);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
               _("Cannot save “%s”: the map is saved as PNG (.png) or SVG (.svg)"), display_name);
  return FALSE;
}

/* @name with the extension of @format, unless it has an extension already */
char *
scm_export_name_with_extension (const char      *name,
                                ScmExportFormat  format)
{
  g_autofree char *basename = g_path_get_basename (name);
  const char *dot = strrchr (basename, '.');

  if (dot != NULL && dot != basename)
    return g_strdup (name);
  return g_strconcat (name, extensions[format], NULL);
}

static gboolean
parse_side (const char *text,
            gsize       length,
            int        *side)
{
  if (length == 0 || length > 5)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;

  *side = atoi (text);
  return TRUE;
}

/**
 * scm_export_parse_size:
 *
 * Reads "WIDTHxHEIGHT" exactly (digits, "x", digits; nothing else) within the
 * sizes an export can have.
 */
gboolean
scm_export_parse_size (const char  *text,
                       int         *width,
                       int         *height,
                       GError     **error)
{
  const char *x = strchr (text, 'x');

  if (x == NULL || !parse_side (text, x - text, width) || !parse_side (x + 1, strlen (x + 1), height))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("The size “%s” is not WIDTHxHEIGHT, such as 1920x1080"), text);
      return FALSE;
    }
  return scm_export_check_size (*width, *height, error);
}

gboolean
scm_export_check_size (int      width,
                       int      height,
                       GError **error)
{
  if (width >= SCM_EXPORT_MIN_WIDTH && height >= SCM_EXPORT_MIN_HEIGHT &&
      width <= SCM_EXPORT_MAX_SIDE && height <= SCM_EXPORT_MAX_SIDE)
    return TRUE;

  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               /* Translators: sizes in pixels, width × height: the one asked for, the smallest and the largest */
               _("The map cannot be saved at %d × %d: sizes go from %d × %d to %d × %d"),
               width, height, SCM_EXPORT_MIN_WIDTH, SCM_EXPORT_MIN_HEIGHT,
               SCM_EXPORT_MAX_SIDE, SCM_EXPORT_MAX_SIDE);
  return FALSE;
}

/* @widget drawn now, at its own origin: a window off screen has no last frame to take */
static GskRenderNode *
snapshot_widget (GtkWidget *widget,
                 int        width,
                 int        height)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  graphene_point_t origin;

  if (parent != NULL && gtk_widget_compute_point (widget, parent, &GRAPHENE_POINT_INIT (0, 0), &origin))
    {
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (-origin.x, -origin.y));
      gtk_widget_snapshot_child (parent, widget, snapshot);
    }
  return gtk_snapshot_free_to_node (snapshot);
}

/* GTK keeps each widget's last drawing; this has them all draw again */
static void
queue_draw_all (GtkWidget *widget)
{
  gtk_widget_queue_draw (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    queue_draw_all (child);
}

/* @widget drawn as paths and glyphs where it keeps pixels on screen: a file
 * is one frame, which pixels kept for the next would only make larger */
static GskRenderNode *
snapshot_vectors (GtkWidget *widget,
                  int        width,
                  int        height)
{
  GskRenderNode *node;

  scm_pixel_node_push_vectors ();
  queue_draw_all (widget);
  node = snapshot_widget (widget, width, height);
  scm_pixel_node_pop_vectors ();
  /* Back to pixels on screen */
  queue_draw_all (widget);
  return node;
}

static GBytes *
render_png (ScmMapView *view,
            int         width,
            int         height)
{
  GtkWidget *widget = GTK_WIDGET (view);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  g_autoptr(GskRenderNode) node = snapshot_vectors (widget, width, height);
  g_autoptr(GdkTexture) texture = NULL;

  if (node == NULL)
    return NULL;
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  return gdk_texture_save_to_png_bytes (texture);
}

static cairo_status_t
append_to_string (void                *closure,
                  const unsigned char *data,
                  unsigned int         length)
{
  g_string_append_len (closure, (const char *)data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
append_number (GString    *svg,
               const char *name,
               double      value)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_printf (svg, " %s=\"%s\"", name, g_ascii_formatd (number, sizeof number, "%.2f", value));
}

static void
append_color (GString      *svg,
              const char   *name,
              const double  rgb[3])
{
  g_string_append_printf (svg, " %s=\"#%02x%02x%02x\"", name, (guint)(rgb[0] * 255 + 0.5),
                          (guint)(rgb[1] * 255 + 0.5), (guint)(rgb[2] * 255 + 0.5));
}

/* A name of the basemap as an SVG <text>, its halo a stroke painted under it */
static void
append_text_element (const ScmHaloText *text,
                     gpointer           user_data)
{
  GString *svg = user_data;
  g_autofree char *family = g_markup_escape_text (pango_font_description_get_family (text->font), -1);
  g_autofree char *escaped = g_markup_escape_text (text->text, -1);

  g_string_append (svg, "<text");
  append_number (svg, "x", text->x);
  append_number (svg, "y", text->baseline);
  g_string_append_printf (svg, " font-family=\"%s\" font-weight=\"%d\"", family,
                          (int)pango_font_description_get_weight (text->font));
  append_number (svg, "font-size", pango_font_description_get_size (text->font) / (double)PANGO_SCALE);
  append_color (svg, "fill", text->rgb);
  append_color (svg, "stroke", text->halo_rgb);
  append_number (svg, "stroke-width", 2 * text->halo_width);
  g_string_append_printf (svg, " stroke-linejoin=\"round\" paint-order=\"stroke\">%s</text>\n", escaped);
}

/* Draws with @draw on an SVG surface of @width × @height; NULL on failure */
static GString *
draw_svg (int      width,
          int      height,
          void   (*draw) (cairo_t *cr, gpointer data),
          gpointer data)
{
  g_autoptr(GString) svg = g_string_new (NULL);
  cairo_surface_t *surface = cairo_svg_surface_create_for_stream (append_to_string, svg, width, height);
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  draw (cr, data);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status == CAIRO_STATUS_SUCCESS ? g_steal_pointer (&svg) : NULL;
}

typedef struct
{
  ScmMapView *view;
  GString *names;
} BasemapDrawing;

static void
draw_basemap (cairo_t  *cr,
              gpointer  data)
{
  BasemapDrawing *drawing = data;

  scm_halo_text_set_sink (cr, append_text_element, drawing->names);
  scm_map_view_render_basemap (drawing->view, cr);
}

static void
draw_node (cairo_t  *cr,
           gpointer  node)
{
  gsk_render_node_draw (node, cr);
}

/* What lies between an SVG document's <svg …> and </svg> */
static char *
svg_content (const char *document,
             const char *id_prefix)
{
  const char *start = strstr (document, "<svg");
  const char *end = g_strrstr (document, "</svg>");
  g_autofree char *content = NULL;
  g_autoptr(GRegex) references = NULL;

  start = start ? strchr (start, '>') : NULL;
  if (start == NULL || end == NULL || end < start)
    return g_strdup ("");
  content = g_strndup (start + 1, end - start - 1);

  /* Two documents of cairo's number their definitions alike */
  references = g_regex_new ("(\\bid=\"|url\\(#|href=\"#)", G_REGEX_OPTIMIZE, 0, NULL);
  return g_regex_replace (references, content, -1, 0, id_prefix ? "\\1o-" : "\\1", 0, NULL);
}

/* The basemap as paths with its names as <text>, then everything over it
 * (markers, links, legend, caption) as cairo draws the widgets, each in a
 * document of cairo's, joined: cairo itself writes text as glyph shapes.
 * The map's tiles are hidden, so that the overlay draws none of them. */
static GBytes *
render_svg (ScmMapView  *view,
            int          width,
            int          height)
{
  g_autoptr(GskRenderNode) node = snapshot_vectors (GTK_WIDGET (view), width, height);
  g_autoptr(GString) names = g_string_new (NULL);
  BasemapDrawing drawing = { view, names };
  g_autoptr(GString) basemap = draw_svg (width, height, draw_basemap, &drawing);
  g_autoptr(GString) overlay = node ? draw_svg (width, height, draw_node, node) : g_string_new (NULL);
  g_autofree char *basemap_content = NULL;
  g_autofree char *overlay_content = NULL;
  GString *svg;
  const char *header_end;

  if (basemap == NULL || overlay == NULL ||
      (header_end = strstr (basemap->str, "<svg")) == NULL || (header_end = strchr (header_end, '>')) == NULL)
    return NULL;

  basemap_content = svg_content (basemap->str, NULL);
  overlay_content = svg_content (overlay->str, "o-");
  svg = g_string_new_len (basemap->str, header_end + 1 - basemap->str);
  g_string_append (svg, basemap_content);
  g_string_append_printf (svg, "<g id=\"basemap-names\">\n%s</g>\n", names->str);
  g_string_append (svg, overlay_content);
  g_string_append (svg, "</svg>\n");
  return g_string_free_to_bytes (svg);
}

/**
 * scm_export_map_view:
 *
 * @view, which must be mapped and laid out in a realized window (shown on
 * screen or not), as a picture in @format: drawn now, not taken from a frame
 * on screen. For SVG, its raster tiles must have been hidden with
 * scm_map_view_set_basemap_tiles_visible().
 */
GBytes *
scm_export_map_view (ScmMapView       *view,
                     ScmExportFormat   format,
                     GError          **error)
{
  int width = gtk_widget_get_width (GTK_WIDGET (view));
  int height = gtk_widget_get_height (GTK_WIDGET (view));
  GBytes *bytes;

  g_return_val_if_fail (SCM_IS_MAP_VIEW (view), NULL);

  if (width <= 0 || height <= 0 || gtk_widget_get_native (GTK_WIDGET (view)) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, _("The map is not shown yet"));
      return NULL;
    }

  bytes = format == SCM_EXPORT_FORMAT_SVG ? render_svg (view, width, height) : render_png (view, width, height);
  if (bytes == NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_BUSY, _("The map could not be drawn"));
  return bytes;
}

static gboolean
set_error_from_errno (GError     **error,
                      int          saved_errno,
                      const char  *path)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not save “%s”: %s"), name, g_strerror (saved_errno));
  return FALSE;
}

/* The permissions a new file gets: what the user's umask leaves of rw-rw-rw- */
static mode_t
new_file_mode (void)
{
  mode_t mask = umask (022);

  umask (mask);
  return 0666 & ~mask;
}

/* Only a regular file, or nothing, may be replaced: never a link, a folder,
 * a device or a pipe. @mode gets the permissions of a file that is there. */
static gboolean
check_target (const char  *path,
              mode_t      *mode,
              GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);
  GStatBuf st;

  *mode = new_file_mode ();
  if (g_lstat (path, &st) != 0)
    return errno == ENOENT || set_error_from_errno (error, errno, path);

  if (S_ISREG (st.st_mode))
    {
      *mode = st.st_mode & 0777;
      return TRUE;
    }
  if (S_ISLNK (st.st_mode))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                 _("Could not save “%s”: it is a symbolic link, which is left as it is"), name);
  else if (S_ISDIR (st.st_mode))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                 _("Could not save “%s”: it is a folder"), name);
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                 _("Could not save “%s”: it is a device or a pipe, not a regular file"), name);
  return FALSE;
}

/**
 * scm_export_check_target:
 *
 * Fails, as scm_export_save() would, when @path can certainly not be
 * written: before the picture is drawn, so that the error comes at once.
 */
gboolean
scm_export_check_target (const char  *path,
                         GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  mode_t mode;

  if (!check_target (path, &mode, error))
    return FALSE;
  if (g_access (dir, W_OK | X_OK) != 0)
    return set_error_from_errno (error, errno, path);
  return TRUE;
}

/* Writes everything, or fails with errno set */
static gboolean
write_all (int     fd,
           GBytes *bytes)
{
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);

  while (length > 0)
    {
      gssize written = write (fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written < 0)
        return FALSE;
      data += written;
      length -= written;
    }
  return fsync (fd) == 0;
}

/* @bytes in a new file beside @path, under a name of its own; NULL on failure, with errno set */
static char *
write_temporary (const char *path,
                 GBytes     *bytes,
                 mode_t      mode)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *temporary = g_strdup_printf ("%s/.%s.XXXXXX", dir, basename);
  int fd = g_mkstemp_full (temporary, O_WRONLY | O_CLOEXEC, 0600);
  gboolean written;
  int saved_errno;

  if (fd < 0)
    return NULL;

  written = fchmod (fd, mode) == 0 && write_all (fd, bytes);
  saved_errno = errno;
  if (close (fd) != 0 && written)
    {
      written = FALSE;
      saved_errno = errno;
    }
  if (written)
    return g_steal_pointer (&temporary);

  g_unlink (temporary);
  errno = saved_errno;
  return NULL;
}

/**
 * scm_export_save:
 *
 * Writes @bytes to @path through a temporary file beside it, renamed into
 * place once complete. Errors name the file and give the system's reason.
 */
gboolean
scm_export_save (const char  *path,
                 GBytes      *bytes,
                 GError     **error)
{
  g_autofree char *temporary = NULL;
  mode_t mode;
  int saved_errno;

  if (!check_target (path, &mode, error))
    return FALSE;

  temporary = write_temporary (path, bytes, mode);
  if (temporary == NULL)
    return set_error_from_errno (error, errno, path);
  if (g_rename (temporary, path) == 0)
    return TRUE;

  saved_errno = errno;
  g_unlink (temporary);
  return set_error_from_errno (error, saved_errno, path);
}
