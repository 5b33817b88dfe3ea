/* scm-url.c
 *
 * The app opens nothing but web pages. The loader refuses other URLs and the
 * panels check again with the same function, whatever a caller passes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "scm-url.h"

/* An http or https URL with a host and no whitespace or control character */
gboolean
scm_url_is_web (const char *text)
{
  const char *host;

  if (text == NULL)
    return FALSE;

  if (g_ascii_strncasecmp (text, "https://", 8) == 0)
    host = text + 8;
  else if (g_ascii_strncasecmp (text, "http://", 7) == 0)
    host = text + 7;
  else
    return FALSE;

  if (*host == '\0' || strchr ("/?#:@", *host) != NULL)
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    if ((guchar)*p <= ' ' || *p == 0x7f)
      return FALSE;

  return TRUE;
}
