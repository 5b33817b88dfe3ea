/* test-window-size.c — the window's size in the settings: a value edited by
 * hand into nonsense still opens a window that fits the screen, and the size
 * the user gave the window is saved however the app ends (Ctrl+W, Ctrl+Q),
 * driven by real key presses under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gdk/x11/gdkx.h>
#include <gtk/gtk.h>

#include "scm-window.h"
#include "test-util.h"

/* The smallest window the layout is made for (as in scm-window.c) */
#define MIN_WIDTH 640
#define MIN_HEIGHT 480

static ScmApplication *app;

/* The largest monitor's size: no window should open larger */
static void
get_screen_size (int *width,
                 int *height)
{
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());

  *width = *height = 0;
  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      *width = MAX (*width, geometry.width);
      *height = MAX (*height, geometry.height);
    }
  g_assert_cmpint (*width, >, 0);
}

static ScmWindow *
open_window (ScmNetwork **network)
{
  ScmWindow *window;

  *network = scm_network_new_from_resource (SCM_NETWORK_RESOURCE);
  window = scm_window_new (app, *network);
  scm_test_show_window (GTK_WINDOW (window));
  scm_test_wait (300);
  return window;
}

/* Negative, zero and huge sizes in the settings give a window between the
 * smallest the layout is made for and the screen (fatal-criticals: without a
 * Gtk-CRITICAL) */
static void
test_nonsense_sizes (void)
{
  static const int sizes[][2] = { { -500, -1 }, { 0, G_MAXINT }, { G_MAXINT, G_MININT }, { 100000, 100000 } };
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  int screen_width, screen_height;

  get_screen_size (&screen_width, &screen_height);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(ScmNetwork) network = NULL;
      ScmWindow *window;
      GdkSurface *surface;
      int width, height;

      g_settings_set_int (settings, "window-width", sizes[i][0]);
      g_settings_set_int (settings, "window-height", sizes[i][1]);
      window = open_window (&network);
      surface = gtk_native_get_surface (GTK_NATIVE (window));
      gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
      g_test_message ("%d × %d in the settings: a window of %d × %d (surface %d × %d) on a screen of %d × %d",
                      sizes[i][0], sizes[i][1], width, height,
                      gdk_surface_get_width (surface), gdk_surface_get_height (surface),
                      screen_width, screen_height);
      g_assert_cmpint (width, >=, MIN (MIN_WIDTH, screen_width));
      g_assert_cmpint (height, >=, MIN (MIN_HEIGHT, screen_height));
      g_assert_cmpint (gdk_surface_get_width (surface), <=, screen_width);
      g_assert_cmpint (gdk_surface_get_height (surface), <=, screen_height);
      gtk_window_destroy (GTK_WINDOW (window));
    }

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

/* Resizes @window as a person does, through the X server; FALSE where that is
 * impossible (no X11, no xdotool), for the test to skip */
static gboolean
resize_window (ScmWindow *window,
               int        width,
               int        height)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *command = NULL;
  int status;

  if (!GDK_IS_X11_SURFACE (surface) || g_find_program_in_path ("xdotool") == NULL)
    return FALSE;

  command = g_strdup_printf ("xdotool windowsize --sync %lu %d %d",
                             (gulong)gdk_x11_surface_get_xid (surface), width, height);
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, NULL));
  g_assert_cmpint (status, ==, 0);
  for (guint i = 0; i < 100 && gdk_surface_get_width (surface) != width; i++)
    scm_test_wait (20);
  scm_test_wait (200);
  return TRUE;
}

/* The window resized by hand, then closed by @keys (Ctrl+W, Ctrl+Q): the
 * settings hold the new size */
static void
test_size_saved_by_key (gconstpointer data)
{
  const char *keys = data;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(ScmNetwork) network = NULL;
  ScmWindow *window;
  int screen_width, screen_height, width, height;

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  window = open_window (&network);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  get_screen_size (&screen_width, &screen_height);
  /* Neither the default size nor any size the app chooses */
  width = MIN (911, screen_width - 7);
  height = MIN (677, screen_height - 5);
  if (!resize_window (window, width, height))
    {
      gtk_window_destroy (GTK_WINDOW (window));
      g_test_skip ("needs X11 and xdotool to resize the window and press keys");
      return;
    }
  g_assert_cmpint (gdk_surface_get_width (gtk_native_get_surface (GTK_NATIVE (window))), ==, width);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), !=, width);

  g_assert_true (scm_test_type_keys (GTK_WIDGET (window), keys));
  for (guint i = 0; i < 100 && window != NULL; i++)
    scm_test_wait (20);

  g_assert_null (window);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, width);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, height);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  app = scm_test_application_new ();

  g_test_add_func ("/window-size/nonsense-settings", test_nonsense_sizes);
  g_test_add_data_func ("/window-size/saved-by-ctrl-w", "ctrl+w", test_size_saved_by_key);
  /* Last: the app quits */
  g_test_add_data_func ("/window-size/saved-by-ctrl-q", "ctrl+q", test_size_saved_by_key);

  return g_test_run ();
}
