/* scm-widget-util.h — small helpers for building widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void scm_widget_set_new_tooltip (GtkWidget  *widget,
                                 const char *text);

G_END_DECLS
