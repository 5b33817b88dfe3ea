/* scm-clean-screen.h — a screen without leftovers while presenting: no
 * tooltips, and a pointer that hides when it rests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SCM_TYPE_CLEAN_SCREEN (scm_clean_screen_get_type ())

G_DECLARE_FINAL_TYPE (ScmCleanScreen, scm_clean_screen, SCM, CLEAN_SCREEN, GObject)

ScmCleanScreen *scm_clean_screen_new        (GtkWidget      *root);
gboolean        scm_clean_screen_get_active (ScmCleanScreen *self);
void            scm_clean_screen_set_active (ScmCleanScreen *self,
                                             gboolean        active);

G_END_DECLS
