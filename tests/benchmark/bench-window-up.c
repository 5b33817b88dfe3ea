/* bench-window-up.c — the app's start against GNOME Maps', measured from
 * outside by build-aux/benchmark-window-up.py the same way for the app, the
 * bare libshumate window and GNOME Maps, when GNOME Maps is installed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <glib.h>

#include "bench-util.h"

#define WINDOW_UP_RUNS "9"
#define SETTLE_SECONDS "2"

void
bench_window_up (const char *self_path,
                 const char *app_path,
                 const char *script_path)
{
  g_autofree char *gnome_maps = g_find_program_in_path ("gnome-maps");
  g_autofree char *dbus_run_session = g_find_program_in_path ("dbus-run-session");
  g_autofree char *app = NULL, *bare = NULL, *maps = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_autoptr(GError) error = NULL;

  if (gnome_maps == NULL || app_path == NULL || script_path == NULL)
    {
      g_print ("# window-up: GNOME Maps is not installed (apt-get install gnome-maps), skipped\n");
      return;
    }

  /* Both apps start as on a desktop, with a session bus */
  if (dbus_run_session != NULL && g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    g_strv_builder_addv (builder, (const char *[]) { dbus_run_session, "--", NULL });
  app = g_strdup_printf ("app=%s", app_path);
  bare = g_strdup_printf ("bare=%s --window bare stay", self_path);
  maps = g_strdup_printf ("gnome-maps=%s", gnome_maps);
  g_strv_builder_addv (builder, (const char *[]) { "python3", script_path, "--runs", WINDOW_UP_RUNS,
                                                   "--settle", SETTLE_SECONDS, app, bare, maps, NULL });
  argv = g_strv_builder_end (builder);

  fflush (stdout);
  if (!g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, NULL, &error))
    g_print ("# window-up: %s\n", error->message);
}
