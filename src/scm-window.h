/* scm-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "scm-application.h"
#include "scm-network.h"

G_BEGIN_DECLS

#define SCM_TYPE_WINDOW (scm_window_get_type ())

G_DECLARE_FINAL_TYPE (ScmWindow, scm_window, SCM, WINDOW, GtkApplicationWindow)

ScmWindow  *scm_window_new         (ScmApplication *application,
                                    ScmNetwork     *network);
ScmNetwork *scm_window_get_network (ScmWindow      *self);

G_END_DECLS
