/* scm-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "scm-text.h"

/* C0 and C1 controls and DEL, and the characters that end a line or change
 * the direction of text: none belongs in a value of a network file, and a
 * terminal or a label would act on them. */
gboolean
scm_text_is_control (gunichar c)
{
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) ||
         c == 0x2028 || c == 0x2029 ||                   /* line and paragraph separators */
         (c >= 0x202A && c <= 0x202E) ||                 /* embeddings and overrides */
         (c >= 0x2066 && c <= 0x2069) ||                 /* isolates */
         c == 0x200E || c == 0x200F || c == 0x061C;      /* marks */
}

/* The first control character of @text (valid UTF-8), or 0 if none */
gunichar
scm_text_find_control (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (scm_text_is_control (c))
        return c;
    }
  return 0;
}

/**
 * scm_text_escape_controls:
 *
 * @text with every control character written as an escape (ESC as "\e",
 * others as "\uXXXX") and every byte that is not UTF-8 as "\xNN", so that a
 * terminal prints it as one inert line.
 */
char *
scm_text_escape_controls (const char *text)
{
  GString *escaped = g_string_sized_new (strlen (text));
  const char *p = text;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar)-1 || c == (gunichar)-2)
        {
          g_string_append_printf (escaped, "\\x%02X", (guchar)*p);
          p++;
          continue;
        }

      if (c == 0x1B)
        g_string_append (escaped, "\\e");
      else if (scm_text_is_control (c))
        g_string_append_printf (escaped, "\\u%04X", c);
      else
        g_string_append_len (escaped, p, g_utf8_next_char (p) - p);
      p = g_utf8_next_char (p);
    }

  return g_string_free (escaped, FALSE);
}
