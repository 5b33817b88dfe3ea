/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "scm-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ScmApplication) app = NULL;
  int status;

  setlocale (LC_ALL, "");
  /* Run from the build tree (build-aux/run.sh), the translations are there */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SCM_LOCALEDIR") ? g_getenv ("SCM_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = scm_application_new ();
  status = g_application_run (G_APPLICATION (app), argc, argv);
  return status != 0 ? status : scm_application_get_exit_status (app);
}
