/* test-first-window.c — the app's first window, started as from the desktop,
 * is styled once before it is shown: GTK's restyle for the icons that the
 * map brings to the icon theme comes before the window's first frame, not
 * just after it. Its own program: only the first map of a process changes
 * the icon theme.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "scm-application.h"
#include "test-util.h"

#define SHOWN_FOR_MS 500
#define LATEST_S 20       /* a window never shown fails the test, not its time limit */

typedef struct
{
  GtkApplication *app;
  guint n_restyles;            /* the icon theme changed */
  guint n_restyles_shown;      /* … while a window was on screen */
  gboolean shown;
  guint give_up_source;
} FirstWindow;

static void
icon_theme_changed (GtkIconTheme *theme,
                    FirstWindow  *first)
{
  first->n_restyles++;
  for (GList *l = gtk_application_get_windows (first->app); l != NULL; l = l->next)
    if (gtk_widget_get_mapped (l->data))
      first->n_restyles_shown++;
}

static gboolean
quit (gpointer user_data)
{
  g_application_quit (user_data);
  return G_SOURCE_REMOVE;
}

static gboolean
give_up (gpointer user_data)
{
  FirstWindow *first = user_data;

  first->give_up_source = 0;
  g_application_quit (G_APPLICATION (first->app));
  return G_SOURCE_REMOVE;
}

static void
window_mapped (GtkWidget   *window,
               FirstWindow *first)
{
  first->shown = TRUE;
  g_timeout_add (SHOWN_FOR_MS, quit, first->app);
}

static void
window_added (GtkApplication *app,
              GtkWindow      *window,
              FirstWindow    *first)
{
  g_signal_connect (window, "map", G_CALLBACK (window_mapped), first);
}

static void
test_styled_before_shown (void)
{
  g_autoptr(ScmApplication) app = NULL;
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  char *argv[] = { (char *)"science-centres-map", NULL };
  FirstWindow first = { 0 };

  app = scm_test_application_new ();
  first.app = GTK_APPLICATION (app);
  g_signal_connect (theme, "changed", G_CALLBACK (icon_theme_changed), &first);
  /* Loaded, as its loading thread has it by the time the first map is
   * built: the map's icons change it (not yet loaded, it would take them in
   * as it loads) */
  gtk_icon_theme_has_icon (theme, "edit-find-symbolic");
  g_signal_connect (app, "window-added", G_CALLBACK (window_added), &first);
  first.give_up_source = g_timeout_add_seconds (LATEST_S, give_up, &first);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, argv), ==, 0);
  g_clear_handle_id (&first.give_up_source, g_source_remove);

  g_assert_true (first.shown);
  g_assert_cmpuint (first.n_restyles, >, 0);
  g_assert_cmpuint (first.n_restyles_shown, ==, 0);
  g_signal_handlers_disconnect_by_data (theme, &first);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/first-window/styled-before-shown", test_styled_before_shown);

  return g_test_run ();
}
