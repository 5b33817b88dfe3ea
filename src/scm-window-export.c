/* scm-window-export.c — the window's map saved as PNG or SVG, from the dialog
 * (Ctrl+E) and from the command line, by one path: a window of the picture's
 * size, never shown on screen, holds the same centres, selection and links,
 * frames what this window frames as it would at that size, and is saved and
 * closed once drawn.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "scm-export.h"
#include "scm-window-private.h"

/* An export always has a caption: the tour's, or the network's title and count */
static char *
export_caption (ScmWindow *self)
{
  if (scm_map_view_get_caption (self->map_view) != NULL)
    return g_strdup (scm_map_view_get_caption (self->map_view));

  /* Translators: an exported map's caption: the network's title, then how many centres it shows */
  return g_strdup_printf (_("%s — %s"),
                          scm_network_get_title (self->network) ? scm_network_get_title (self->network)
                                                                : _("Science Centres Map"),
                          scm_sidebar_get_count_text (self->sidebar));
}

/* The map alone fills a window of @width × @height, and nothing the user set
 * (settings) is changed by it */
static void
prepare_export (ScmWindow *self,
                int        width,
                int        height)
{
  if (self->settings != NULL)
    {
      g_settings_unbind (self, "sidebar-visible");
      g_settings_unbind (self, "online-map");
    }
  scm_window_set_online_map (self, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->sidebar_revealer), FALSE);
  gtk_widget_set_visible (gtk_window_get_titlebar (GTK_WINDOW (self)), FALSE);
  scm_map_view_set_controls_visible (self->map_view, FALSE);
  /* The map asks for exactly the export's size; the window grows around it */
  gtk_window_set_decorated (GTK_WINDOW (self), FALSE);
  gtk_widget_set_size_request (GTK_WIDGET (self->map_view), width, height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
}

/* The map as @self shows it (places, filters, selection, links, caption and
 * framing) in a window of its own of @width × @height */
static ScmWindow *
open_export_window (ScmWindow *self,
                    int        width,
                    int        height)
{
  ScmWindow *copy = scm_window_new (SCM_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))),
                                    self->network);
  g_autofree char *caption = export_caption (self);

  prepare_export (copy, width, height);
  scm_centre_filter_copy_from (copy->filter, self->filter);
  scm_window_set_selected_centre (copy, self->selected_centre);
  scm_window_set_show_all_links (copy, self->show_all_links);
  scm_map_view_copy_framing (copy->map_view, self->map_view);
  scm_map_view_set_caption (copy->map_view, caption);
  return copy;
}

/* The tiles of the largest map (8192 × 8192) take seconds; a minute allows
 * for a machine that is busy with other work */
#define EXPORT_TIMEOUT_SECONDS 60

typedef struct
{
  ScmWindow *window;   /* the export's own window, closed at the end */
  char *path;
  ScmExportFormat format;
  int width, height;
  guint n_ready_polls;
  gint64 deadline;
} PendingExport;

static void
pending_export_free (PendingExport *pending)
{
  if (pending->window != NULL)
    gtk_window_destroy (GTK_WINDOW (pending->window));
  g_clear_object (&pending->window);
  g_free (pending->path);
  g_free (pending);
}

/* The export's window is realized (it has a renderer) but never shown, so
 * nothing flashes on the screen: its map alone is mapped, and laid out at the
 * export's size by hand, as no frame clock lays out a window off screen */
static void
lay_out_off_screen (PendingExport *pending)
{
  GtkWidget *map = GTK_WIDGET (pending->window->map_view);
  int minimum;

  if (!gtk_widget_get_mapped (map))
    gtk_widget_map (map);
  gtk_widget_measure (map, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  gtk_widget_measure (map, GTK_ORIENTATION_VERTICAL, pending->width, &minimum, NULL, NULL, NULL);
  gtk_widget_size_allocate (map, &(GtkAllocation) { 0, 0, pending->width, pending->height }, -1);
}

/* Draws the export's window and writes the file */
static gboolean
save_export (PendingExport  *pending,
             GError        **error)
{
  GtkWidget *map = GTK_WIDGET (pending->window->map_view);
  g_autoptr(GBytes) bytes = NULL;

  /* A window manager or a language whose legend needs more room may have
   * made the window another size: never save a picture of the wrong size */
  if (gtk_widget_get_width (map) != pending->width || gtk_widget_get_height (map) != pending->height)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: sizes in pixels, width × height: the one asked for, then the one got */
                   _("The map could not be laid out at %d × %d (it was %d × %d)"),
                   pending->width, pending->height, gtk_widget_get_width (map), gtk_widget_get_height (map));
      return FALSE;
    }

  bytes = scm_export_map_view (pending->window->map_view, pending->format, error);
  return bytes != NULL && scm_export_save (pending->path, bytes, error);
}

static gboolean
export_poll (gpointer user_data)
{
  GTask *task = user_data;
  PendingExport *pending = g_task_get_task_data (task);
  GError *error = NULL;

  lay_out_off_screen (pending);
  /* Tiles load on worker threads: wait for them, but never forever. Ready
   * twice in a row: a move of the map asks for its tiles a poll later */
  pending->n_ready_polls = scm_map_view_is_ready (pending->window->map_view) &&
                           gtk_widget_is_drawable (GTK_WIDGET (pending->window->map_view))
                             ? pending->n_ready_polls + 1 : 0;
  if (pending->n_ready_polls < 2 && g_get_monotonic_time () < pending->deadline)
    return G_SOURCE_CONTINUE;

  /* A picture with missing tiles would look like a broken map: say so instead */
  if (pending->n_ready_polls == 0)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                 /* Translators: a number of seconds, then the file's name */
                 ngettext ("The map was not drawn within %d second: “%s” was not saved",
                           "The map was not drawn within %d seconds: “%s” was not saved",
                           EXPORT_TIMEOUT_SECONDS),
                 EXPORT_TIMEOUT_SECONDS, pending->path);
  if (error == NULL && save_export (pending, &error))
    g_task_return_boolean (task, TRUE);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_BUSY) && pending->n_ready_polls > 0 &&
           g_get_monotonic_time () < pending->deadline)
    {
      /* A snapshot that drew nothing yet: try at the next poll */
      g_clear_error (&error);
      pending->n_ready_polls = 0;
      return G_SOURCE_CONTINUE;
    }
  else
    g_task_return_error (task, error);

  g_object_unref (task);
  return G_SOURCE_REMOVE;
}

/**
 * scm_window_export_async:
 * @path: a local file name ending in .png or .svg (in any case)
 * @width: the picture's width, or 0 for the size the map has in @self
 *
 * Saves the map as @self shows it, framed for @width × @height as a window of
 * that size would frame it. The format comes from @path's extension; any
 * other extension, a size outside the limits and every failure to write
 * (with the system's reason) are errors of scm_window_export_finish().
 */
void
scm_window_export_async (ScmWindow           *self,
                         const char          *path,
                         int                  width,
                         int                  height,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  PendingExport *pending;
  ScmExportFormat format;
  GError *error = NULL;

  g_return_if_fail (SCM_IS_WINDOW (self));
  g_return_if_fail (path != NULL);

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, scm_window_export_async);
  if (width <= 0 || height <= 0)
    {
      width = gtk_widget_get_width (GTK_WIDGET (self->map_view));
      height = gtk_widget_get_height (GTK_WIDGET (self->map_view));
    }
  if (!scm_export_format_for_name (path, &format, &error) ||
      !scm_export_check_size (width, height, &error) ||
      !scm_export_check_target (path, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  pending = g_new0 (PendingExport, 1);
  pending->window = g_object_ref_sink (open_export_window (self, width, height));
  /* An SVG draws the basemap as paths itself */
  scm_map_view_set_basemap_tiles_visible (pending->window->map_view, format != SCM_EXPORT_FORMAT_SVG);
  pending->path = g_strdup (path);
  pending->format = format;
  pending->width = width;
  pending->height = height;
  pending->deadline = g_get_monotonic_time () + EXPORT_TIMEOUT_SECONDS * G_USEC_PER_SEC;
  g_task_set_task_data (task, pending, (GDestroyNotify)pending_export_free);
  lay_out_off_screen (pending);
  g_timeout_add (100, export_poll, g_steal_pointer (&task));
}

gboolean
scm_window_export_finish (ScmWindow     *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Says in the window what became of an export: saved (with a way to open
 * the file) or why not */
static void
export_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  ScmWindow *self = SCM_WINDOW (source);
  g_autoptr(GFile) file = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (!scm_window_export_finish (self, result, &error))
    {
      scm_window_show_notice (self, error->message, NULL);
      return;
    }

  name = g_filename_display_basename (g_file_peek_path (file));
  /* Translators: %s is the name of the file the map was saved to */
  text = g_strdup_printf (_("Saved %s"), name);
  scm_window_show_notice (self, text, file);
}

/* win.export-to (path as bytes, width, height): what the dialog does once a
 * file and a size are chosen; a width of 0 keeps the map's size */
void
scm_window_export_to_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  const char *path;
  int width, height;

  g_variant_get (parameter, "(^&ayii)", &path, &width, &height);
  scm_window_export_async (SCM_WINDOW (widget), path, width, height,
                           export_done, g_file_new_for_path (path));
}

/* Sizes offered for an export besides the map's own */
static const struct { const char *id; int width, height; } export_sizes[] = {
  { "1920x1080", 1920, 1080 },
  { "1280x720", 1280, 720 },
  { "1024x768", 1024, 768 },
};

static void
export_dialog_response (GtkNativeDialog *dialog,
                        int              response,
                        ScmWindow       *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autofree char *chosen_path = NULL;
  g_autofree char *path = NULL;
  const char *size;
  int width = 0, height = 0;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_object_unref (dialog);
      return;
    }

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (dialog));
  chosen_path = g_file_get_path (file);
  size = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "size");
  g_object_unref (dialog);

  if (chosen_path == NULL)
    {
      scm_window_show_notice (self, _("The map can only be saved in a local folder"), NULL);
      return;
    }

  /* A name without an extension takes the chosen filter's */
  path = scm_export_name_with_extension (chosen_path,
                                         filter ? GPOINTER_TO_INT (g_object_get_data (G_OBJECT (filter), "scm-format"))
                                                : SCM_EXPORT_FORMAT_PNG);
  for (guint i = 0; i < G_N_ELEMENTS (export_sizes); i++)
    if (g_strcmp0 (size, export_sizes[i].id) == 0)
      {
        width = export_sizes[i].width;
        height = export_sizes[i].height;
      }

  gtk_widget_activate_action (GTK_WIDGET (self), "win.export-to", "(^ayii)", path, width, height);
}

static GtkFileFilter *
format_filter (const char      *name,
               const char      *suffix,
               ScmExportFormat  format)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_suffix (filter, suffix);
  g_object_set_data (G_OBJECT (filter), "scm-format", GINT_TO_POINTER (format));
  return filter;
}

void
scm_window_export_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) png = format_filter (_("PNG image"), "png", SCM_EXPORT_FORMAT_PNG);
  g_autoptr(GtkFileFilter) svg = format_filter (_("SVG image (vector, for slides)"), "svg", SCM_EXPORT_FORMAT_SVG);

  dialog = gtk_file_chooser_native_new (_("Export the Map"), GTK_WINDOW (widget),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), png);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), svg);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("science-centres-map.png"));
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (dialog), "size", _("Size"),
                               (const char *[]) { "window", "1920x1080", "1280x720", "1024x768", NULL },
                               (const char *[]) { _("As shown"), "1920 × 1080", "1280 × 720", "1024 × 768", NULL });
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (dialog), "size", "window");
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (export_dialog_response), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}
