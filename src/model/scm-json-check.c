/* scm-json-check.c
 *
 * json-glib's parser accepts more than JSON (single quotes, hexadecimal and
 * octal numbers, text after the document) and reads what it accepts in ways
 * that mislead: integers beyond 64 bits wrap, and "\u0000" ends a string. So
 * the text is first checked against the strict grammar (RFC 8259) in one pass
 * that also bounds the nesting, without recursing deeper than that bound.
 * The few literals json-glib would misread are rewritten in a copy, so that
 * the loader sees, and reports, what the file really says.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "scm-json-check-private.h"

/* More digits than this and an integer may not fit json-glib's 64 bits, nor
 * a double exactly: it is read as a float instead (its true magnitude). */
#define MAX_INTEGER_DIGITS 15

typedef struct
{
  const char *data;
  gsize length;
  gsize pos;
  guint max_depth;
  char *error;          /* the first problem, "line L, column C: …" */
  GArray *big_numbers;  /* offsets just past integers to widen to floats */
  GArray *nul_escapes;  /* offsets of the "0000" of "\u0000" escapes */
} Checker;

static gboolean value (Checker *self, guint depth);

G_GNUC_PRINTF (2, 3)
static gboolean
fail (Checker    *self,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  guint line = 1, column = 1;
  va_list args;

  if (self->error != NULL)
    return FALSE;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* Columns count characters, not bytes */
  for (gsize i = 0; i < self->pos && i < self->length; i++)
    {
      if (self->data[i] == '\n')
        line++, column = 1;
      else if (((guchar)self->data[i] & 0xC0) != 0x80)
        column++;
    }

  /* Translators: where in the file a JSON error is (line and column numbers), then what it is */
  self->error = g_strdup_printf (_("line %u, column %u: %s"), line, column, message);
  return FALSE;
}

static int
peek (Checker *self)
{
  return self->pos < self->length ? (guchar)self->data[self->pos] : -1;
}

static void
skip_whitespace (Checker *self)
{
  int c;

  while ((c = peek (self)) == ' ' || c == '\t' || c == '\n' || c == '\r')
    self->pos++;
}

static gboolean
literal (Checker    *self,
         const char *word)
{
  gsize length = strlen (word);

  if (self->length - self->pos < length || memcmp (self->data + self->pos, word, length) != 0)
    return fail (self, _("unexpected character; a value (object, array, string, number, "
                         "true, false or null) was expected"));
  self->pos += length;
  return TRUE;
}

static guint
digits (Checker *self)
{
  guint n = 0;

  while (g_ascii_isdigit (peek (self)))
    self->pos++, n++;
  return n;
}

static gboolean
number (Checker *self)
{
  guint n_integer_digits;
  gboolean is_integer = TRUE;

  if (peek (self) == '-')
    self->pos++;
  if (peek (self) == '0')
    {
      self->pos++;
      if (g_ascii_isdigit (peek (self)) || peek (self) == 'x' || peek (self) == 'X')
        return fail (self, _("a number may not start with 0 (no octal or hexadecimal numbers)"));
      n_integer_digits = 1;
    }
  else if ((n_integer_digits = digits (self)) == 0)
    return fail (self, _("a digit was expected"));

  if (peek (self) == '.')
    {
      self->pos++;
      is_integer = FALSE;
      if (digits (self) == 0)
        return fail (self, _("a digit was expected after the decimal point"));
    }
  if (peek (self) == 'e' || peek (self) == 'E')
    {
      self->pos++;
      is_integer = FALSE;
      if (peek (self) == '+' || peek (self) == '-')
        self->pos++;
      if (digits (self) == 0)
        return fail (self, _("a digit was expected in the exponent"));
    }

  if (is_integer && n_integer_digits > MAX_INTEGER_DIGITS)
    g_array_append_val (self->big_numbers, self->pos);
  return TRUE;
}

static int
hex4 (Checker *self)
{
  int code = 0;

  for (guint i = 0; i < 4; i++)
    {
      int digit = self->pos < self->length ? g_ascii_xdigit_value (self->data[self->pos]) : -1;

      if (digit < 0)
        return -1;
      code = code * 16 + digit;
      self->pos++;
    }
  return code;
}

/* Lone surrogates pass here: the loader reports the text they give as
 * invalid, naming the entry and key. */
static gboolean
string (Checker *self)
{
  self->pos++;  /* the opening quote */

  for (;;)
    {
      int c = peek (self);

      if (c < 0)
        return fail (self, _("the text ends inside a string"));
      if (c == '"')
        break;
      if (c < 0x20)
        return fail (self, _("a control character must be escaped in a string"));
      if (c != '\\')
        {
          self->pos++;
          continue;
        }

      self->pos++;
      c = peek (self);
      if (c >= 0 && strchr ("\"\\/bfnrt", c) != NULL && c != '\0')
        self->pos++;
      else if (c == 'u')
        {
          gsize start = ++self->pos;

          if (hex4 (self) < 0)
            return fail (self, _("\\u must be followed by four hexadecimal digits"));
          if (memcmp (self->data + start, "0000", 4) == 0)
            g_array_append_val (self->nul_escapes, start);
        }
      else
        return fail (self, _("unknown escape in a string"));
    }

  self->pos++;  /* the closing quote */
  return TRUE;
}

static gboolean
members (Checker *self,
         guint    depth,
         gboolean is_object)
{
  char close = is_object ? '}' : ']';

  self->pos++;  /* the opening bracket */
  skip_whitespace (self);
  if (peek (self) == close)
    {
      self->pos++;
      return TRUE;
    }

  for (;;)
    {
      skip_whitespace (self);
      if (is_object)
        {
          if (peek (self) != '"')
            return fail (self, _("a member name in double quotes was expected"));
          if (!string (self))
            return FALSE;
          skip_whitespace (self);
          if (peek (self) != ':')
            return fail (self, _("“:” was expected after a member name"));
          self->pos++;
        }
      if (!value (self, depth + 1))
        return FALSE;

      skip_whitespace (self);
      if (peek (self) == close)
        {
          self->pos++;
          return TRUE;
        }
      if (peek (self) != ',')
        return fail (self, is_object ? _("“,” or “}” was expected") : _("“,” or “]” was expected"));
      self->pos++;
    }
}

static gboolean
value (Checker *self,
       guint    depth)
{
  int c;

  skip_whitespace (self);
  c = peek (self);
  switch (c)
    {
    case '{':
    case '[':
      if (depth >= self->max_depth)
        return fail (self, ngettext ("nested more than %u level deep", "nested more than %u levels deep",
                                     self->max_depth), self->max_depth);
      return members (self, depth, c == '{');
    case '"':
      return string (self);
    case 't':
      return literal (self, "true");
    case 'f':
      return literal (self, "false");
    case 'n':
      return literal (self, "null");
    case -1:
      return fail (self, _("the text ends where a value was expected"));
    default:
      if (c == '-' || g_ascii_isdigit (c))
        return number (self);
      return fail (self, _("unexpected character; a value (object, array, string, number, "
                           "true, false or null) was expected"));
    }
}

/* A copy where big integers end in ".0" and "\u0000" is "\u0001", a control
 * character the loader names in the entry and key that hold it. */
static GBytes *
rewrite (Checker *self)
{
  GString *text = g_string_sized_new (self->length + 2 * self->big_numbers->len + 1);
  gsize from = 0, next_number = 0, next_nul = 0;

  while (next_number < self->big_numbers->len || next_nul < self->nul_escapes->len)
    {
      gsize number_at = next_number < self->big_numbers->len
                        ? g_array_index (self->big_numbers, gsize, next_number) : G_MAXSIZE;
      gsize nul_at = next_nul < self->nul_escapes->len
                     ? g_array_index (self->nul_escapes, gsize, next_nul) : G_MAXSIZE;

      if (number_at < nul_at)
        {
          g_string_append_len (text, self->data + from, number_at - from);
          g_string_append (text, ".0");
          from = number_at;
          next_number++;
        }
      else
        {
          g_string_append_len (text, self->data + from, nul_at - from);
          g_string_append (text, "0001");
          from = nul_at + 4;
          next_nul++;
        }
    }
  g_string_append_len (text, self->data + from, self->length - from);

  return g_string_free_to_bytes (text);
}

/**
 * scm_json_check:
 * @rewritten: (out): set to the text json-glib should read instead of @data,
 *   or NULL when @data itself is fine
 *
 * Returns: NULL if @data is one strict JSON value nested at most @max_depth
 *   deep, otherwise where and what the first problem is
 */
char *
scm_json_check (const char *data,
                gsize       length,
                guint       max_depth,
                GBytes    **rewritten)
{
  g_autoptr(GArray) big_numbers = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GArray) nul_escapes = g_array_new (FALSE, FALSE, sizeof (gsize));
  Checker self = { data, length, 0, max_depth, NULL, big_numbers, nul_escapes };

  *rewritten = NULL;
  if (value (&self, 0))
    {
      skip_whitespace (&self);
      if (self.pos < length)
        fail (&self, _("more text after the end of the JSON document (only one is allowed)"));
    }
  if (self.error != NULL)
    return self.error;

  if (big_numbers->len > 0 || nul_escapes->len > 0)
    *rewritten = rewrite (&self);
  return NULL;
}
