/* scm-url.h — which links the app agrees to open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean scm_url_is_web           (const char *text);
char    *scm_url_get_display_host (const char *url);
char    *scm_url_get_path         (const char *url);

G_END_DECLS
