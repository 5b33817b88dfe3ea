/* scm-json-check-private.h — strict JSON before json-glib reads it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char   *scm_json_check (const char *data,
                        gsize       length,
                        guint       max_depth,
                        GBytes    **rewritten);

G_END_DECLS
