/* scm-country.c
 *
 * Country names come from the iso-codes package (its JSON table and its
 * "iso_3166-1" gettext domain), so they are translated wherever the system
 * has the translations. Without iso-codes the code itself is shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "scm-country.h"

#ifndef ISO_CODES_JSON
# define ISO_CODES_JSON "/usr/share/iso-codes/json/iso_3166-1.json"
#endif

/* alpha-2 code → English name, interned for the life of the process */
static GHashTable *
load_country_names (void)
{
  GHashTable *names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;
  JsonArray *entries = NULL;

  if (!json_parser_load_from_file (parser, ISO_CODES_JSON, NULL))
    {
      g_debug ("No iso-codes table at %s: countries are shown by code", ISO_CODES_JSON);
      return names;
    }

  root = json_parser_get_root (parser);
  if (JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonObject *object = json_node_get_object (root);
      if (json_object_has_member (object, "3166-1"))
        entries = json_object_get_array_member (object, "3166-1");
    }

  for (guint i = 0; entries != NULL && i < json_array_get_length (entries); i++)
    {
      JsonObject *entry = json_array_get_object_element (entries, i);
      const char *code = json_object_get_string_member_with_default (entry, "alpha_2", NULL);
      const char *name = json_object_get_string_member_with_default (entry, "common_name", NULL);

      if (name == NULL)
        name = json_object_get_string_member_with_default (entry, "name", NULL);
      if (code != NULL && name != NULL)
        g_hash_table_insert (names,
                             (gpointer)g_intern_string (code),
                             (gpointer)g_intern_string (name));
    }

  return names;
}

static GHashTable *
get_country_names (void)
{
  static GHashTable *names;

  if (g_once_init_enter (&names))
    g_once_init_leave (&names, load_country_names ());

  return names;
}

/* Two upper-case ASCII letters; whether the code is assigned is not checked,
 * so that a data file stays valid on a system without iso-codes. */
gboolean
scm_country_code_is_valid (const char *code)
{
  return code != NULL &&
         g_ascii_isupper (code[0]) &&
         g_ascii_isupper (code[1]) &&
         code[2] == '\0';
}

/* Translated name of the country, or the code when it is unknown. The
 * translation is looked up once per country (gettext costs more than a hash). */
const char *
scm_country_get_name (const char *code)
{
  static GHashTable *translated;
  static GMutex lock;
  const char *name;

  g_return_val_if_fail (code != NULL, NULL);

  g_mutex_lock (&lock);
  if (translated == NULL)
    translated = g_hash_table_new (g_str_hash, g_str_equal);
  name = g_hash_table_lookup (translated, code);
  if (name == NULL)
    {
      name = g_hash_table_lookup (get_country_names (), code);
      name = name ? g_intern_string (g_dgettext ("iso_3166-1", name)) : g_intern_string (code);
      g_hash_table_insert (translated, (gpointer)g_intern_string (code), (gpointer)name);
    }
  g_mutex_unlock (&lock);

  return name;
}

/* The name to write on the map: the translated iso-codes name where the
 * user's language has one, else @fallback (Natural Earth's short English name,
 * which fits a map better than the formal ISO name). */
const char *
scm_country_get_map_name (const char *code,
                          const char *fallback)
{
  const char *name;
  const char *translated;

  g_return_val_if_fail (code != NULL, fallback);

  name = g_hash_table_lookup (get_country_names (), code);
  if (name == NULL)
    return fallback;

  translated = g_dgettext ("iso_3166-1", name);
  return translated != name ? translated : fallback;
}
