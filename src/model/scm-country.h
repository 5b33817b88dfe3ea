/* scm-country.h — country names from ISO 3166-1 codes, through iso-codes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean    scm_country_code_is_valid (const char *code);
const char *scm_country_get_name      (const char *code);
const char *scm_country_get_map_name  (const char *code,
                                       const char *fallback);

G_END_DECLS
