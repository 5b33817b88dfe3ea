/* scm-export.h — the map as an image file for slides
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean scm_export_widget (GtkWidget   *widget,
                            const char  *path,
                            GError     **error);

G_END_DECLS
