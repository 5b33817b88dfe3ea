/* scm-text.h — text from a file that is safe to show and to print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  scm_text_is_control       (gunichar    c);
gunichar  scm_text_find_control     (const char *text);
char     *scm_text_escape_controls  (const char *text);

G_END_DECLS
