/* scm-network-reader.c
 *
 * Every problem is one line that names the entry (section, index and id) and
 * what is wrong; the file is named once, by whoever shows the problems.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "scm-network-reader-private.h"
#include "scm-text.h"
#include "scm-url.h"

void
scm_report_file (ScmNetwork *self,
                 const char *format,
                 ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  scm_network_add_problem (self, g_steal_pointer (&message));
}

void
scm_report (const ScmEntry *entry,
            const char  *format,
            ...)
{
  g_autofree char *message = NULL;
  g_autofree char *where = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (entry->section == NULL)
    {
      scm_report_file (entry->network, "%s", message);
      return;
    }
  if (entry->index == G_MAXUINT)
    where = g_strdup (entry->section);
  else if (entry->id != NULL)
    where = g_strdup_printf ("%s[%u] (%s)", entry->section, entry->index, entry->id);
  else
    where = g_strdup_printf ("%s[%u]", entry->section, entry->index);

  scm_network_add_problem (entry->network, g_strdup_printf ("%s: %s", where, message));
}

/* The most characters a value may hold: a name is a line, a summary a
 * paragraph. Longer text is a mistake, or an attempt to exhaust memory. */
static glong
max_text_length (const char *key)
{
  static const char * const paragraphs[] = { "summary", "notes", "venue_notes", "objectives",
                                             "outcomes", NULL };
  static const char * const urls[] = { "sources", "website", "position_sources", NULL };

  if (g_strv_contains (paragraphs, key))
    return 4000;
  if (g_strv_contains (urls, key))
    return 2000;
  return 500;
}

/* Whether @text, as json-glib unescaped it, is text to show: valid UTF-8
 * (a lone surrogate escape is not), no control character (nor "\u0000",
 * which the check of the syntax turned into one), not too long. */
static gboolean
is_valid_text (const ScmEntry *entry,
               const char     *key,
               guint           index,
               const char     *text)
{
  g_autofree char *where = index == G_MAXUINT ? g_strdup_printf ("“%s”", key)
                                              : g_strdup_printf ("%s[%u]", key, index);
  glong length;
  gunichar control;

  if (!g_utf8_validate (text, -1, NULL))
    {
      scm_report (entry, _("%s is not valid text (an escape of a lone surrogate, such as "
                           "\\ud800, is no character)"), where);
      return FALSE;
    }
  if ((control = scm_text_find_control (text)) != 0)
    {
      /* U+0001 also stands for an escaped U+0000, which json-glib would cut the text at */
      if (control <= 1)
        scm_report (entry, _("%s holds a NUL character (\\u0000) or U+0001"), where);
      else
        scm_report (entry, _("%s holds a control character (U+%04X)"), where, control);
      return FALSE;
    }
  length = g_utf8_strlen (text, -1);
  if (length > max_text_length (key))
    {
      /* Translators: the first %s names a value of the file ("“title”"), the
       * numbers count characters: its length, then the most allowed */
      scm_report (entry, ngettext ("%s is %ld character long, more than the %ld allowed",
                                   "%s is %ld characters long, more than the %ld allowed", (gulong)length),
                  where, length, max_text_length (key));
      return FALSE;
    }
  return TRUE;
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

static gboolean
is_valid_id (const char *id)
{
  if (id == NULL || *id == '\0')
    return FALSE;

  for (const char *p = id; *p; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-'))
      return FALSE;

  return TRUE;
}

/* Only http and https, with a host and no blanks or control characters:
 * the app never opens anything else. */
const char *
scm_json_type_name (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return "an object";
    case JSON_NODE_ARRAY:
      return "an array";
    case JSON_NODE_NULL:
      return "null";
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return "a string";
    case G_TYPE_BOOLEAN:
      return "a boolean";
    default:
      return "a number";
    }
}

gboolean
scm_json_node_is_number (JsonNode *node)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  return type == G_TYPE_DOUBLE || type == G_TYPE_INT64;
}

/* A string member. Missing: NULL, reported only when @required. Wrong type or
 * empty: NULL, always reported. */
const char *
scm_read_string (const ScmEntry *entry,
                 JsonObject  *object,
                 const char  *key,
                 gboolean     required)
{
  JsonNode *node = json_object_get_member (object, key);
  const char *value;

  if (node == NULL)
    {
      if (required)
        scm_report (entry, _("“%s” is missing"), key);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      /* Translators: a key of the file, untranslated, then what it holds
       * instead, as “an object”, “a string”… name it */
      scm_report (entry, _("“%s” must be a string, not %s"), key, scm_json_type_name (node));
      return NULL;
    }

  value = json_node_get_string (node);
  if (is_blank (value))
    {
      scm_report (entry, _("“%s” is empty"), key);
      return NULL;
    }
  if (!is_valid_text (entry, key, G_MAXUINT, value))
    return NULL;

  return value;
}

/* A number member within [@min, @max]; FALSE (and reported) when missing,
 * of the wrong type or out of range. */
gboolean
scm_read_number (const ScmEntry *entry,
                 JsonObject  *object,
                 const char  *key,
                 double       min,
                 double       max,
                 double      *value)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL)
    {
      scm_report (entry, _("“%s” is missing"), key);
      return FALSE;
    }

  if (!scm_json_node_is_number (node))
    {
      /* Translators: a key of the file, untranslated, then what it holds
       * instead, as “an object”, “a string”… name it */
      scm_report (entry, _("“%s” must be a number, not %s"), key, scm_json_type_name (node));
      return FALSE;
    }

  *value = json_node_get_double (node);
  if (!(*value >= min && *value <= max))
    {
      /* Translators: a key of the file, untranslated ("latitude"), its value and the range allowed */
      scm_report (entry, _("%s %.10g is out of range [%g, %g]"), key, *value, min, max);
      return FALSE;
    }

  return TRUE;
}

/* An optional whole number within [@min, @max]; 0 when absent or invalid. */
int
scm_read_optional_int (const ScmEntry *entry,
                       JsonObject  *object,
                       const char  *key,
                       int          min,
                       int          max)
{
  JsonNode *node = json_object_get_member (object, key);
  double value;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return 0;

  if (!scm_json_node_is_number (node))
    {
      scm_report (entry, _("“%s” must be a number, not %s"), key, scm_json_type_name (node));
      return 0;
    }

  value = json_node_get_double (node);
  if (!(value >= min && value <= max) || value != floor (value))
    {
      /* Translators: a key of the file, untranslated ("established"), its value and the range allowed */
      scm_report (entry, _("%s %.10g is not a whole number in [%d, %d]"), key, value, min, max);
      return 0;
    }

  return (int)value;
}

/* An array of non-empty strings. Returns NULL (reported) when the member is
 * required and missing, or is not an array; bad items are reported and left out. */
GStrv
scm_read_string_list (const ScmEntry *entry,
                      JsonObject  *object,
                      const char  *key,
                      gboolean     required,
                      gboolean     urls)
{
  JsonNode *node = json_object_get_member (object, key);
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonArray *array;

  if (node == NULL)
    {
      if (required)
        scm_report (entry, _("“%s” is missing"), key);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      /* Translators: a key of the file, untranslated, then what it holds
       * instead, as “an object”, “a string”… name it */
      scm_report (entry, _("“%s” must be an array, not %s"), key, scm_json_type_name (node));
      return NULL;
    }

  builder = g_strv_builder_new ();
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      const char *text = NULL;

      if (JSON_NODE_HOLDS_VALUE (item) && json_node_get_value_type (item) == G_TYPE_STRING)
        text = json_node_get_string (item);

      if (is_blank (text))
        /* Translators: a key of the file, untranslated, and the index of the item in its array: "sources[2]" */
        scm_report (entry, _("%s[%u] must be a non-empty string"), key, i);
      else if (!is_valid_text (entry, key, i, text))
        continue;
      else if (urls && !scm_url_is_web (text))
        scm_report (entry, _("%s[%u] “%s” is not an http or https URL"), key, i, text);
      else
        g_strv_builder_add (builder, text);
    }

  return g_strv_builder_end (builder);
}

/* "sources": at least one valid http(s) URL */
GStrv
scm_read_sources (const ScmEntry *entry,
                  JsonObject  *object)
{
  g_auto(GStrv) sources = scm_read_string_list (entry, object, "sources", TRUE, TRUE);

  if (sources != NULL && sources[0] == NULL)
    {
      scm_report (entry, _("“sources” needs at least one http or https URL"));
      return NULL;
    }

  return g_steal_pointer (&sources);
}

const char *
scm_read_optional_url (const ScmEntry *entry,
                       JsonObject  *object,
                       const char  *key)
{
  const char *url = scm_read_string (entry, object, key, FALSE);

  if (url != NULL && !scm_url_is_web (url))
    {
      scm_report (entry, _("%s “%s” is not an http or https URL"), key, url);
      return NULL;
    }

  return url;
}

const char *
scm_read_id (const ScmEntry *entry,
             JsonObject  *object)
{
  const char *id = scm_read_string (entry, object, "id", TRUE);

  if (id != NULL && !is_valid_id (id))
    {
      scm_report (entry, _("id “%s” may only hold lower-case ASCII letters, digits and “-”"), id);
      return NULL;
    }

  return id;
}

JsonArray *
scm_read_section (ScmNetwork *self,
                  JsonObject *root,
                  const char *section,
                  gboolean    required)
{
  JsonNode *node = json_object_get_member (root, section);

  if (node == NULL)
    {
      if (required)
        scm_report_file (self, _("“%s” is missing: the file lists no %s"), section, section);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      scm_report_file (self, _("“%s” must be an array, not %s"), section, scm_json_type_name (node));
      return NULL;
    }

  return json_node_get_array (node);
}

/* Returns the entry's object, or NULL (reported and counted as skipped). */
JsonObject *
scm_read_entry_object (ScmEntry    *entry,
                       JsonNode *node)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      scm_report (entry, _("entry must be an object, not %s"), scm_json_type_name (node));
      entry->network->n_skipped++;
      return NULL;
    }

  return json_node_get_object (node);
}
