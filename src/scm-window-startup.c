/* scm-window-startup.c — what the window starts before it is shown: its
 * map's first tiles; what it builds only once its map is on screen: the side
 * panel's parts below its first screen; and what it builds only when asked:
 * the shortcuts window, which GtkApplication would build with every window
 * before its first frame (from gtk/help-overlay.ui). The window's first frame
 * then measures and draws what it shows and little else.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "scm-map-view.h"
#include "scm-window-private.h"

/* Should the map never be drawn (no basemap), the rest waits no longer than this */
#define LATEST_MS 1500

static void
stop_waiting (ScmWindow *self)
{
  g_clear_signal_handler (&self->startup_paint_handler, self->startup_clock);
  g_clear_object (&self->startup_clock);
  g_clear_handle_id (&self->startup_timeout, g_source_remove);
}

static gboolean
build_rest (gpointer user_data)
{
  ScmWindow *self = user_data;

  self->startup_idle = 0;
  self->rest_built = TRUE;
  scm_sidebar_hold_details (self->sidebar, FALSE);
  return G_SOURCE_REMOVE;
}

/* Out of the frame clock's handlers: from the main loop, after this frame */
static void
build_rest_soon (ScmWindow *self)
{
  stop_waiting (self);
  if (self->startup_idle == 0)
    self->startup_idle = g_idle_add (build_rest, self);
}

static gboolean
waited_long_enough (gpointer user_data)
{
  ScmWindow *self = user_data;

  self->startup_timeout = 0;
  build_rest_soon (self);
  return G_SOURCE_REMOVE;
}

/* A frame has been drawn: is it one with the map, tiles and all? */
static void
frame_painted (GdkFrameClock *clock,
               ScmWindow     *self)
{
  if (scm_map_view_is_ready (self->map_view))
    build_rest_soon (self);
}

/* The map's first tiles start drawing once the window is built, before it
 * is shown, for the size the map gets in a window of its default size, so
 * that they are drawn while the window lays out and draws the rest. (Not
 * later, at its realization: the first view framed then, its styles known,
 * set off a marker's style transition after the first frames.) A maximised
 * window's size is the window manager's to give: it is not guessed. */
void
scm_window_startup_start_tiles (ScmWindow *self)
{
  GtkWidget *titlebar = gtk_window_get_titlebar (GTK_WINDOW (self));
  int width, height, sidebar_width = 0, titlebar_height = 0;

  if (self->settings != NULL && g_settings_get_boolean (self->settings, "window-maximized"))
    return;
  /* An export's window gives its map the size asked for (scm-window-export.c) */
  gtk_widget_get_size_request (GTK_WIDGET (self->map_view), &width, &height);
  if (width > 0 && height > 0)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (gtk_widget_get_visible (GTK_WIDGET (self->sidebar_revealer)) &&
      gtk_revealer_get_reveal_child (self->sidebar_revealer))
    {
      gtk_widget_get_size_request (GTK_WIDGET (self->sidebar), &sidebar_width, NULL);
      sidebar_width += 1;   /* the separator beside it */
    }
  if (titlebar != NULL && gtk_widget_get_visible (titlebar))
    gtk_widget_measure (titlebar, GTK_ORIENTATION_VERTICAL, -1, NULL, &titlebar_height, NULL, NULL);
  scm_map_view_start_first_tiles (self->map_view, width - sidebar_width, height - titlebar_height);
}

static void
window_realized (GtkWidget *widget,
                 gpointer   user_data)
{
  ScmWindow *self = SCM_WINDOW (widget);

  if (self->rest_built || self->startup_clock != NULL)
    return;

  self->startup_clock = g_object_ref (gtk_widget_get_frame_clock (GTK_WIDGET (self)));
  self->startup_paint_handler = g_signal_connect (self->startup_clock, "after-paint",
                                                  G_CALLBACK (frame_painted), self);
  self->startup_timeout = g_timeout_add (LATEST_MS, waited_long_enough, self);
}

/* The frame clock goes with the window's surface */
static void
window_unrealized (GtkWidget *widget,
                   gpointer   user_data)
{
  stop_waiting (SCM_WINDOW (widget));
}

/* Called before the side panel gets the network */
void
scm_window_startup_init (ScmWindow *self)
{
  scm_sidebar_hold_details (self->sidebar, TRUE);
  g_signal_connect (self, "realize", G_CALLBACK (window_realized), NULL);
  g_signal_connect (self, "unrealize", G_CALLBACK (window_unrealized), NULL);
}

void
scm_window_startup_dispose (ScmWindow *self)
{
  stop_waiting (self);
  g_clear_handle_id (&self->startup_idle, g_source_remove);
  g_clear_pointer (&self->shortcuts_window, gtk_window_destroy);
}

static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ScmWindow *self = SCM_WINDOW (widget);

  if (self->shortcuts_window == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/io/github/sciencecentres/Map/scm-shortcuts-window.ui");

      self->shortcuts_window = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));
      gtk_window_set_transient_for (self->shortcuts_window, GTK_WINDOW (self));
      gtk_window_set_hide_on_close (self->shortcuts_window, TRUE);
    }
  gtk_window_present (self->shortcuts_window);
}

void
scm_window_startup_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_shortcuts_action);
}
