/* scm-window-export.c — the window's map saved as PNG or SVG: from the dialog
 * (Ctrl+E), at the window's size or a chosen one, and from the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "scm-export.h"
#include "scm-window-private.h"

/* Saves the map as it is shown now. */
gboolean
scm_window_export (ScmWindow   *self,
                   const char  *path,
                   GError     **error)
{
  g_return_val_if_fail (SCM_IS_WINDOW (self), FALSE);
  return scm_export_widget (GTK_WIDGET (self->map_view), path, error);
}

/* An export always has a caption: the tour's, or the network's title and count */
static char *
export_caption (ScmWindow *self)
{
  if (scm_map_view_get_caption (self->map_view) != NULL)
    return NULL;

  return g_strdup_printf (_("%s — %s"),
                          scm_network_get_title (self->network) ? scm_network_get_title (self->network)
                                                                : _("Science Centres Map"),
                          scm_sidebar_get_count_text (self->sidebar));
}

/* For a scripted export: the map alone fills a window of @width × @height,
 * and nothing the user set (settings) is changed. */
void
scm_window_prepare_export (ScmWindow *self,
                           int        width,
                           int        height)
{
  g_return_if_fail (SCM_IS_WINDOW (self));

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

typedef struct
{
  ScmWindow *window;
  char *path;
  gboolean own_caption;
  guint n_ready_polls;
  gint64 deadline;
} PendingExport;

static void
pending_export_free (PendingExport *pending)
{
  g_object_unref (pending->window);
  g_free (pending->path);
  g_free (pending);
}

static gboolean
export_poll (gpointer user_data)
{
  GTask *task = user_data;
  PendingExport *pending = g_task_get_task_data (task);

  /* Tiles load on worker threads: wait for them, but never forever */
  GError *error = NULL;

  /* Ready twice in a row: a move of the map asks for its tiles a frame later */
  pending->n_ready_polls = scm_map_view_is_ready (pending->window->map_view) ? pending->n_ready_polls + 1 : 0;
  if (pending->n_ready_polls < 2 && g_get_monotonic_time () < pending->deadline)
    return G_SOURCE_CONTINUE;

  if (scm_window_export (pending->window, pending->path, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);

  if (pending->own_caption)
    scm_map_view_set_caption (pending->window->map_view, NULL);
  g_object_unref (task);
  return G_SOURCE_REMOVE;
}

/* Exports once the map is framed, its tiles are drawn and the caption laid out. */
void
scm_window_export_async (ScmWindow           *self,
                         const char          *path,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  GTask *task = g_task_new (self, NULL, callback, user_data);
  PendingExport *pending = g_new0 (PendingExport, 1);
  g_autofree char *caption = export_caption (self);

  if (caption != NULL)
    {
      scm_map_view_set_caption (self->map_view, caption);
      pending->own_caption = TRUE;
    }

  pending->window = g_object_ref (self);
  pending->path = g_strdup (path);
  pending->deadline = g_get_monotonic_time () + 15 * G_USEC_PER_SEC;
  g_task_set_task_data (task, pending, (GDestroyNotify)pending_export_free);
  g_timeout_add (100, export_poll, task);
}

gboolean
scm_window_export_finish (ScmWindow     *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
export_saved (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!scm_window_export_finish (SCM_WINDOW (source), result, &error))
    g_warning ("Export failed: %s", error->message);
}

static void
export_window_saved (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  export_saved (source, result, user_data);
  gtk_window_destroy (GTK_WINDOW (source));
}

/* The map as this window shows it (places, filters, selection, links, centre
 * and zoom) in a window of its own of @width × @height */
static ScmWindow *
open_export_window (ScmWindow *self,
                    int        width,
                    int        height)
{
  ScmWindow *copy = scm_window_new (SCM_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))),
                                    self->network);
  double latitude, longitude, zoom;

  scm_window_prepare_export (copy, width, height);
  scm_centre_filter_copy_from (copy->filter, self->filter);
  scm_window_set_selected_centre (copy, self->selected_centre);
  scm_window_set_show_all_links (copy, self->show_all_links);
  scm_map_view_get_view (self->map_view, &latitude, &longitude, &zoom);
  scm_map_view_set_view (copy->map_view, latitude, longitude, zoom);
  return copy;
}

/**
 * scm_window_export_at_size_async:
 *
 * Exports the map as this window shows it, at @width × @height, through a
 * window of that size that closes afterwards.
 */
void
scm_window_export_at_size_async (ScmWindow           *self,
                                 const char          *path,
                                 int                  width,
                                 int                  height,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  ScmWindow *copy;

  g_return_if_fail (SCM_IS_WINDOW (self));

  copy = open_export_window (self, width, height);
  gtk_window_present (GTK_WINDOW (copy));
  scm_window_export_async (copy, path, callback, user_data);
}

/* Sizes offered for an export besides the window's own */
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
  g_autofree char *path = NULL;
  const char *size;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_object_unref (dialog);
      return;
    }

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  path = g_file_get_path (file);
  size = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "size");

  for (guint i = 0; i < G_N_ELEMENTS (export_sizes); i++)
    if (g_strcmp0 (size, export_sizes[i].id) == 0)
      {
        scm_window_export_at_size_async (self, path, export_sizes[i].width, export_sizes[i].height,
                                         export_window_saved, NULL);
        g_object_unref (dialog);
        return;
      }

  scm_window_export_async (self, path, export_saved, NULL);
  g_object_unref (dialog);
}

void
scm_window_export_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) png = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) svg = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Export the Map"), GTK_WINDOW (widget),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (png, _("PNG image"));
  gtk_file_filter_add_suffix (png, "png");
  gtk_file_filter_set_name (svg, _("SVG image"));
  gtk_file_filter_add_suffix (svg, "svg");
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
