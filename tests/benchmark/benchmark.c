/* benchmark.c — speed figures, one "name value unit" line each
 *
 * Run with `meson test -C _build --benchmark --verbose`, under Xvfb for the
 * window figures. Where a floor exists the figure is also given as a ratio
 * to it (json-glib's parse, a bare libshumate window, GNOME Maps), which
 * carries from one machine to another better than a time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib.h>
#include <unistd.h>

#include "bench-util.h"

/* benchmark [APP WINDOW-UP-SCRIPT]: with the app's executable and
 * build-aux/benchmark-window-up.py, also against GNOME Maps
 * benchmark --window bare|app first-frame|motion|stay: one window, for the above */
int
main (int   argc,
      char *argv[])
{
  g_autofree char *dbus_run_session = NULL;

  if (argc == 4 && g_str_equal (argv[1], "--window"))
    return bench_run_window (argv[2], argv[3]);

  /* The windows start as on a desktop, under one session bus. Without one, GTK
   * starts a bus of its own in each window's process (dbus-launch), which
   * costs that window time and leaves a daemon running through the run. */
  dbus_run_session = g_find_program_in_path ("dbus-run-session");
  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL && dbus_run_session != NULL)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) command = NULL;

      g_strv_builder_addv (builder, (const char *[]) { dbus_run_session, "--", NULL });
      g_strv_builder_addv (builder, (const char **)argv);
      command = g_strv_builder_end (builder);
      execv (command[0], command);
      g_printerr ("# dbus-run-session: %s\n", g_strerror (errno));
    }

  g_print ("machine-cores %u cores\n", g_get_num_processors ());
  bench_model ();

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("# the window figures need a display: run under xvfb-run\n");
      return 0;
    }

  bench_windows (argv[0]);
  bench_motion (argv[0]);
  bench_window_up (argv[0], argc == 3 ? argv[1] : NULL, argc == 3 ? argv[2] : NULL);
  return 0;
}
