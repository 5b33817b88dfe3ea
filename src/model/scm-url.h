/* scm-url.h — which links the app agrees to open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean scm_url_is_web (const char *text);

G_END_DECLS
