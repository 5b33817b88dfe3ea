/* scm-network.c
 *
 * Loading never stops at a bad entry: every entry is checked on its own, the
 * valid ones are kept, and each problem is recorded as one line that names the
 * file, the entry (section, index and id) and what is wrong. The format is
 * described in data/README.md.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "scm-centre-private.h"
#include "scm-country.h"
#include "scm-field-private.h"
#include "scm-link-private.h"
#include "scm-meeting-private.h"
#include "scm-network.h"
#include "scm-url.h"

#define FORMAT_VERSION 1

/* Deeper than any valid file; checked before parsing so that a hostile file
 * cannot exhaust the stack of a recursive parser. */
#define MAX_NESTING_DEPTH 32

struct _ScmNetwork
{
  GObject parent_instance;

  char *display_name;
  char *title;
  char *as_of;
  GListStore *fields;
  GListStore *centres;
  GListStore *affiliates;
  GListStore *links;
  ScmMeeting *meeting;
  GHashTable *places_by_id;   /* id → ScmCentre (centres and affiliates) */
  GHashTable *fields_by_id;   /* id → ScmField */
  GHashTable *country_counts; /* code → count of centres */
  GStrv countries;
  GPtrArray *problems;        /* NULL-terminated array of strings */
  guint n_skipped;
};

G_DEFINE_FINAL_TYPE (ScmNetwork, scm_network, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DISPLAY_NAME,
  PROP_TITLE,
  PROP_AS_OF,
  PROP_FIELDS,
  PROP_CENTRES,
  PROP_AFFILIATES,
  PROP_LINKS,
  PROP_MEETING,
  PROP_N_PROBLEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Where a problem is: one entry of one section of the file. */
typedef struct
{
  ScmNetwork *network;
  const char *section;
  guint index;
  const char *id;
} Entry;

static void
add_problem (ScmNetwork *self,
             char       *message)
{
  /* Keep the array NULL-terminated for scm_network_get_problems() */
  g_ptr_array_remove_index (self->problems, self->problems->len - 1);
  g_ptr_array_add (self->problems, message);
  g_ptr_array_add (self->problems, NULL);
}

G_GNUC_PRINTF (2, 3)
static void
report_file (ScmNetwork *self,
             const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  add_problem (self, g_strdup_printf ("%s: %s", self->display_name, message));
}

G_GNUC_PRINTF (2, 3)
static void
report (const Entry *entry,
        const char  *format,
        ...)
{
  g_autofree char *message = NULL;
  g_autofree char *where = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (entry->index == G_MAXUINT)
    where = g_strdup (entry->section);
  else if (entry->id != NULL)
    where = g_strdup_printf ("%s[%u] (%s)", entry->section, entry->index, entry->id);
  else
    where = g_strdup_printf ("%s[%u]", entry->section, entry->index);

  add_problem (entry->network,
               g_strdup_printf ("%s: %s: %s", entry->network->display_name, where, message));
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
static const char *
json_type_name (JsonNode *node)
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

static gboolean
node_is_number (JsonNode *node)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  return type == G_TYPE_DOUBLE || type == G_TYPE_INT64;
}

/* A string member. Missing: NULL, reported only when @required. Wrong type or
 * empty: NULL, always reported. */
static const char *
read_string (const Entry *entry,
             JsonObject  *object,
             const char  *key,
             gboolean     required)
{
  JsonNode *node = json_object_get_member (object, key);
  const char *value;

  if (node == NULL)
    {
      if (required)
        report (entry, _("“%s” is missing"), key);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      report (entry, _("“%s” must be a string, not %s"), key, json_type_name (node));
      return NULL;
    }

  value = json_node_get_string (node);
  if (is_blank (value))
    {
      report (entry, _("“%s” is empty"), key);
      return NULL;
    }

  return value;
}

/* A number member within [@min, @max]; FALSE (and reported) when missing,
 * of the wrong type or out of range. */
static gboolean
read_number (const Entry *entry,
             JsonObject  *object,
             const char  *key,
             double       min,
             double       max,
             double      *value)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL)
    {
      report (entry, _("“%s” is missing"), key);
      return FALSE;
    }

  if (!node_is_number (node))
    {
      report (entry, _("“%s” must be a number, not %s"), key, json_type_name (node));
      return FALSE;
    }

  *value = json_node_get_double (node);
  if (!(*value >= min && *value <= max))
    {
      report (entry, _("%s %g is out of range [%g, %g]"), key, *value, min, max);
      return FALSE;
    }

  return TRUE;
}

/* An optional whole number within [@min, @max]; 0 when absent or invalid. */
static int
read_optional_int (const Entry *entry,
                   JsonObject  *object,
                   const char  *key,
                   int          min,
                   int          max)
{
  JsonNode *node = json_object_get_member (object, key);
  double value;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return 0;

  if (!node_is_number (node))
    {
      report (entry, _("“%s” must be a number, not %s"), key, json_type_name (node));
      return 0;
    }

  value = json_node_get_double (node);
  if (value != (double)(gint64)value || value < min || value > max)
    {
      report (entry, _("%s %g is not a whole number in [%d, %d]"), key, value, min, max);
      return 0;
    }

  return (int)value;
}

/* An array of non-empty strings. Returns NULL (reported) when the member is
 * required and missing, or is not an array; bad items are reported and left out. */
static GStrv
read_string_list (const Entry *entry,
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
        report (entry, _("“%s” is missing"), key);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      report (entry, _("“%s” must be an array, not %s"), key, json_type_name (node));
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
        report (entry, _("%s[%u] must be a non-empty string"), key, i);
      else if (urls && !scm_url_is_web (text))
        report (entry, _("%s[%u] “%s” is not an http or https URL"), key, i, text);
      else
        g_strv_builder_add (builder, text);
    }

  return g_strv_builder_end (builder);
}

/* "sources": at least one valid http(s) URL */
static GStrv
read_sources (const Entry *entry,
              JsonObject  *object)
{
  g_auto(GStrv) sources = read_string_list (entry, object, "sources", TRUE, TRUE);

  if (sources != NULL && sources[0] == NULL)
    {
      report (entry, _("“sources” needs at least one http or https URL"));
      return NULL;
    }

  return g_steal_pointer (&sources);
}

static const char *
read_optional_url (const Entry *entry,
                   JsonObject  *object,
                   const char  *key)
{
  const char *url = read_string (entry, object, key, FALSE);

  if (url != NULL && !scm_url_is_web (url))
    {
      report (entry, _("%s “%s” is not an http or https URL"), key, url);
      return NULL;
    }

  return url;
}

static const char *
read_id (const Entry *entry,
         JsonObject  *object)
{
  const char *id = read_string (entry, object, "id", TRUE);

  if (id != NULL && !is_valid_id (id))
    {
      report (entry, _("id “%s” may only hold lower-case ASCII letters, digits and “-”"), id);
      return NULL;
    }

  return id;
}

static JsonArray *
get_section (ScmNetwork *self,
             JsonObject *root,
             const char *section,
             gboolean    required)
{
  JsonNode *node = json_object_get_member (root, section);

  if (node == NULL)
    {
      if (required)
        report_file (self, _("“%s” is missing: the file lists no %s"), section, section);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      report_file (self, _("“%s” must be an array, not %s"), section, json_type_name (node));
      return NULL;
    }

  return json_node_get_array (node);
}

/* Returns the entry's object, or NULL (reported and counted as skipped). */
static JsonObject *
get_entry_object (Entry    *entry,
                  JsonNode *node)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      report (entry, _("entry must be an object, not %s"), json_type_name (node));
      entry->network->n_skipped++;
      return NULL;
    }

  return json_node_get_object (node);
}

static gpointer
load_field (ScmNetwork *self,
            Entry      *entry,
            JsonObject *object)
{
  ScmField *field;
  const char *id, *name, *color, *symbol_name;
  int symbol = SCM_SYMBOL_SHAPE_CIRCLE;

  entry->id = id = read_id (entry, object);
  name = read_string (entry, object, "name", TRUE);
  color = read_string (entry, object, "color", TRUE);
  symbol_name = read_string (entry, object, "symbol", FALSE);

  if (color != NULL && !scm_field_parse_color (color, NULL, NULL, NULL))
    {
      report (entry, _("color “%s” is not of the form #rrggbb"), color);
      color = NULL;
    }

  if (symbol_name != NULL && !scm_enum_from_nick (SCM_TYPE_SYMBOL_SHAPE, symbol_name, &symbol))
    report (entry, _("symbol “%s” is unknown; using “circle”"), symbol_name);

  if (id != NULL && g_hash_table_contains (self->fields_by_id, id))
    {
      report (entry, _("duplicate id “%s”: only the first field with it is kept"), id);
      id = NULL;
    }

  if (id == NULL || name == NULL || color == NULL)
    {
      self->n_skipped++;
      return NULL;
    }

  field = scm_field_new (id, name, color, symbol);
  g_hash_table_insert (self->fields_by_id, g_strdup (id), g_object_ref (field));
  return field;
}

static ScmCentre *
load_place (ScmNetwork   *self,
            Entry        *entry,
            JsonObject   *object,
            ScmPlaceKind  kind)
{
  ScmCentre *centre;
  g_auto(GStrv) sources = NULL;
  ScmCentreInfo info = { .kind = kind };
  const char *status;
  int status_value = SCM_CENTRE_STATUS_CONFIRMED;
  gboolean valid = TRUE;

  entry->id = info.id = read_id (entry, object);
  info.name = read_string (entry, object, "name", TRUE);
  info.acronym = read_string (entry, object, "acronym", FALSE);
  info.city = read_string (entry, object, "city", TRUE);
  info.country = read_string (entry, object, "country", TRUE);
  info.website = read_optional_url (entry, object, "website");
  info.established = read_optional_int (entry, object, "established", 1900, 2100);
  info.summary = read_string (entry, object, "summary", FALSE);
  status = read_string (entry, object, "status", FALSE);
  info.notes = read_string (entry, object, "notes", FALSE);
  info.sources = (const char * const *)(sources = read_sources (entry, object));

  valid &= read_number (entry, object, "latitude", -90, 90, &info.latitude);
  valid &= read_number (entry, object, "longitude", -180, 180, &info.longitude);

  if (info.country != NULL && !scm_country_code_is_valid (info.country))
    {
      report (entry, _("country “%s” is not an ISO 3166-1 alpha-2 code such as “JP”"),
              info.country);
      info.country = NULL;
    }

  if (status != NULL && !scm_enum_from_nick (SCM_TYPE_CENTRE_STATUS, status, &status_value))
    {
      report (entry, _("status “%s” is unknown (confirmed, doubtful or approved); "
                       "shown as doubtful"), status);
      status_value = SCM_CENTRE_STATUS_DOUBTFUL;
    }
  info.status = status_value;

  if (kind == SCM_PLACE_CENTRE)
    {
      const char *field_id = read_string (entry, object, "field", TRUE);

      if (field_id != NULL)
        {
          info.field = g_hash_table_lookup (self->fields_by_id, field_id);
          if (info.field == NULL)
            report (entry, _("field “%s” is not one of the fields of the file"), field_id);
        }
      valid &= info.field != NULL;
    }

  if (info.id != NULL && g_hash_table_contains (self->places_by_id, info.id))
    {
      report (entry, _("duplicate id “%s”: only the first place with it is kept"), info.id);
      valid = FALSE;
    }

  valid &= info.id != NULL && info.name != NULL && info.city != NULL &&
           info.country != NULL && info.sources != NULL;

  if (!valid)
    {
      self->n_skipped++;
      return NULL;
    }

  centre = scm_centre_new (&info);
  g_hash_table_insert (self->places_by_id, g_strdup (info.id), g_object_ref (centre));
  return centre;
}

static ScmCentre *
read_place_reference (const Entry *entry,
                      JsonObject  *object,
                      const char  *key)
{
  const char *id = read_string (entry, object, key, TRUE);
  ScmCentre *place;

  if (id == NULL)
    return NULL;

  place = g_hash_table_lookup (entry->network->places_by_id, id);
  if (place == NULL)
    report (entry, _("%s “%s” is not the id of a centre or affiliate"), key, id);

  return place;
}

static gpointer
load_link (ScmNetwork *self,
           Entry      *entry,
           JsonObject *object)
{
  g_auto(GStrv) sources = NULL;
  ScmCentre *from, *to;
  const char *kind_name, *summary;
  int kind = SCM_LINK_KIND_OTHER;
  int year;

  from = read_place_reference (entry, object, "from");
  to = read_place_reference (entry, object, "to");
  kind_name = read_string (entry, object, "kind", TRUE);
  summary = read_string (entry, object, "summary", FALSE);
  year = read_optional_int (entry, object, "year", 1900, 2100);
  sources = read_sources (entry, object);

  if (kind_name != NULL && !scm_enum_from_nick (SCM_TYPE_LINK_KIND, kind_name, &kind))
    {
      report (entry, _("kind “%s” is unknown"), kind_name);
      kind_name = NULL;
    }

  if (from != NULL && from == to)
    {
      report (entry, _("a link cannot join “%s” to itself"), scm_centre_get_id (from));
      from = NULL;
    }

  if (from == NULL || to == NULL || kind_name == NULL || sources == NULL)
    {
      self->n_skipped++;
      return NULL;
    }

  return scm_link_new (from, to, kind, year, summary, (const char * const *)sources);
}

/* Returns the entry's new item, or NULL when it is left out */
typedef gpointer (*LoadEntryFunc) (ScmNetwork *self,
                                   Entry      *entry,
                                   JsonObject *object);

/* Loads every entry of @section into @store, in one change of the list */
static void
load_section (ScmNetwork    *self,
              JsonObject    *root,
              const char    *section,
              gboolean       required,
              LoadEntryFunc  load_entry,
              GListStore    *store)
{
  JsonArray *array = get_section (self, root, section, required);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      Entry entry = { self, section, i, NULL };
      JsonObject *object = get_entry_object (&entry, json_array_get_element (array, i));
      gpointer item = object != NULL ? load_entry (self, &entry, object) : NULL;

      if (item != NULL)
        g_ptr_array_add (items, item);
    }

  g_list_store_splice (store, g_list_model_get_n_items (G_LIST_MODEL (store)), 0, items->pdata, items->len);
}

static gpointer
load_centre_entry (ScmNetwork *self,
                   Entry      *entry,
                   JsonObject *object)
{
  return load_place (self, entry, object, SCM_PLACE_CENTRE);
}

static gpointer
load_affiliate_entry (ScmNetwork *self,
                      Entry      *entry,
                      JsonObject *object)
{
  return load_place (self, entry, object, SCM_PLACE_AFFILIATE);
}

static gboolean
read_date (const Entry *entry,
           JsonObject  *object,
           const char  *key,
           GDate       *date)
{
  const char *text = read_string (entry, object, key, TRUE);
  int year, month, day;

  if (text == NULL)
    return FALSE;

  if (sscanf (text, "%4d-%2d-%2d", &year, &month, &day) != 3 ||
      strlen (text) != 10 ||
      !g_date_valid_dmy (day, month, year))
    {
      report (entry, _("%s “%s” is not a date of the form YYYY-MM-DD"), key, text);
      return FALSE;
    }

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/* Speakers are objects with a "name" and a "role"; both lists stay aligned. */
static void
read_speakers (const Entry  *entry,
               JsonObject   *object,
               GStrvBuilder *names,
               GStrvBuilder *roles)
{
  JsonNode *node = json_object_get_member (object, "speakers");
  JsonArray *array;

  if (node == NULL)
    return;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      report (entry, _("“speakers” must be an array, not %s"), json_type_name (node));
      return;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      JsonObject *speaker = JSON_NODE_HOLDS_OBJECT (item) ? json_node_get_object (item) : NULL;
      const char *name = NULL, *role = NULL;

      if (speaker != NULL)
        {
          name = json_object_get_string_member_with_default (speaker, "name", NULL);
          role = json_object_get_string_member_with_default (speaker, "role", "");
        }
      if (name == NULL || *name == '\0')
        {
          report (entry, _("speakers[%u] must be an object with a “name”"), i);
          continue;
        }
      g_strv_builder_add (names, name);
      g_strv_builder_add (roles, role);
    }
}

static GStrv
read_co_organisers (const Entry *entry,
                    JsonObject  *object)
{
  g_auto(GStrv) ids = read_string_list (entry, object, "co_organisers", FALSE, FALSE);
  g_autoptr(GStrvBuilder) known = g_strv_builder_new ();

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      if (g_hash_table_contains (entry->network->places_by_id, ids[i]))
        g_strv_builder_add (known, ids[i]);
      else
        report (entry, _("co_organisers[%u] “%s” is not the id of a centre"), i, ids[i]);
    }

  return g_strv_builder_end (known);
}

static void
load_meeting (ScmNetwork *self,
              JsonObject *root)
{
  JsonNode *node = json_object_get_member (root, "meeting");
  Entry entry = { self, "meeting", G_MAXUINT, NULL };
  g_autoptr(GStrvBuilder) speaker_names = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) speaker_roles = g_strv_builder_new ();
  g_auto(GStrv) hosts = NULL, co_organisers = NULL, supporters = NULL, objectives = NULL;
  g_auto(GStrv) outcomes = NULL, notes = NULL, sources = NULL, names = NULL, roles = NULL;
  ScmMeetingInfo info = { 0 };
  GDate start, end;
  JsonObject *object;
  gboolean valid = TRUE;

  if (node == NULL)
    return;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      report (&entry, _("must be an object, not %s"), json_type_name (node));
      return;
    }

  object = json_node_get_object (node);
  g_date_clear (&start, 1);
  g_date_clear (&end, 1);

  info.title = read_string (&entry, object, "title", TRUE);
  info.venue = read_string (&entry, object, "venue", TRUE);
  info.city = read_string (&entry, object, "city", TRUE);
  info.country = read_string (&entry, object, "country", FALSE);
  info.venue_notes = read_string (&entry, object, "venue_notes", FALSE);
  valid &= read_date (&entry, object, "start", &start);
  valid &= read_date (&entry, object, "end", &end);
  valid &= read_number (&entry, object, "latitude", -90, 90, &info.latitude);
  valid &= read_number (&entry, object, "longitude", -180, 180, &info.longitude);
  info.centres_represented = read_optional_int (&entry, object, "centres_represented", 0, 100000);
  info.centres_total = read_optional_int (&entry, object, "centres_total", 0, 100000);
  info.hosts = (const char * const *)(hosts = read_string_list (&entry, object, "hosts", FALSE, FALSE));
  info.co_organisers = (const char * const *)(co_organisers = read_co_organisers (&entry, object));
  info.supporters = (const char * const *)(supporters = read_string_list (&entry, object, "supporters", FALSE, FALSE));
  info.objectives = (const char * const *)(objectives = read_string_list (&entry, object, "objectives", FALSE, FALSE));
  info.outcomes = (const char * const *)(outcomes = read_string_list (&entry, object, "outcomes", FALSE, FALSE));
  info.notes = (const char * const *)(notes = read_string_list (&entry, object, "notes", FALSE, FALSE));
  info.sources = (const char * const *)(sources = read_sources (&entry, object));
  read_speakers (&entry, object, speaker_names, speaker_roles);
  info.speaker_names = (const char * const *)(names = g_strv_builder_end (speaker_names));
  info.speaker_roles = (const char * const *)(roles = g_strv_builder_end (speaker_roles));

  if (valid && g_date_compare (&start, &end) > 0)
    {
      report (&entry, _("the meeting ends before it starts"));
      valid = FALSE;
    }

  if (!valid || info.title == NULL || info.venue == NULL || info.city == NULL ||
      info.sources == NULL)
    {
      self->n_skipped++;
      return;
    }

  info.start = &start;
  info.end = &end;
  self->meeting = scm_meeting_new (&info);
}

/* Rejects input nested deeper than MAX_NESTING_DEPTH without recursing. */
static gboolean
nesting_is_shallow (const char *data,
                    gsize       length)
{
  gboolean in_string = FALSE;
  guint depth = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > MAX_NESTING_DEPTH)
            return FALSE;
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }

  return TRUE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

static void
count_centres (ScmNetwork *self)
{
  g_autoptr(GHashTable) per_field = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  GListModel *centres = G_LIST_MODEL (self->centres);
  GHashTableIter iter;
  gpointer code;

  for (guint i = 0; i < g_list_model_get_n_items (centres); i++)
    {
      g_autoptr(ScmCentre) centre = g_list_model_get_item (centres, i);
      const char *country = scm_centre_get_country (centre);
      ScmField *field = scm_centre_get_field (centre);
      guint in_country = GPOINTER_TO_UINT (g_hash_table_lookup (self->country_counts, country));

      g_hash_table_insert (self->country_counts, g_strdup (country), GUINT_TO_POINTER (in_country + 1));
      g_hash_table_insert (per_field, field,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (per_field, field)) + 1));
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->fields)); i++)
    {
      g_autoptr(ScmField) field = g_list_model_get_item (G_LIST_MODEL (self->fields), i);
      scm_field_set_n_centres (field, GPOINTER_TO_UINT (g_hash_table_lookup (per_field, field)));
    }

  g_hash_table_iter_init (&iter, self->country_counts);
  while (g_hash_table_iter_next (&iter, &code, NULL))
    g_ptr_array_add (codes, code);
  g_ptr_array_sort (codes, compare_strings);
  g_ptr_array_add (codes, NULL);
  self->countries = g_strdupv ((char **)codes->pdata);
}

static void
load_root (ScmNetwork *self,
           JsonObject *root)
{
  JsonNode *format = json_object_get_member (root, "format");

  if (format != NULL && (!node_is_number (format) || json_node_get_int (format) != FORMAT_VERSION))
    report_file (self, _("“format” must be %d; reading the file as format %d anyway"),
                 FORMAT_VERSION, FORMAT_VERSION);

  self->title = g_strdup (json_object_get_string_member_with_default (root, "title", NULL));
  self->as_of = g_strdup (json_object_get_string_member_with_default (root, "as_of", NULL));

  load_section (self, root, "fields", TRUE, load_field, self->fields);
  load_section (self, root, "centres", TRUE, load_centre_entry, self->centres);
  load_section (self, root, "affiliates", FALSE, load_affiliate_entry, self->affiliates);
  load_section (self, root, "links", FALSE, load_link, self->links);
  load_meeting (self, root);
}

static void
load_bytes (ScmNetwork *self,
            GBytes     *bytes)
{
  /* Not immutable: sealing would hash every node of a large file for nothing */
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  JsonNode *root;

  if (length == 0)
    {
      report_file (self, _("the file is empty"));
      return;
    }

  if (!g_utf8_validate_len (data, length, NULL))
    {
      report_file (self, _("the file is not valid UTF-8 text"));
      return;
    }

  if (!nesting_is_shallow (data, length))
    {
      report_file (self, _("the file is nested more than %d levels deep"), MAX_NESTING_DEPTH);
      return;
    }

  if (!json_parser_load_from_data (parser, data, length, &error))
    {
      report_file (self, _("not valid JSON: %s"), error->message);
      return;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      report_file (self, _("the top level must be an object, not %s"),
                   root ? json_type_name (root) : "nothing");
      return;
    }

  load_root (self, json_node_get_object (root));
}

static void
scm_network_dispose (GObject *object)
{
  ScmNetwork *self = (ScmNetwork *)object;

  g_clear_object (&self->fields);
  g_clear_object (&self->centres);
  g_clear_object (&self->affiliates);
  g_clear_object (&self->links);
  g_clear_object (&self->meeting);
  g_clear_pointer (&self->places_by_id, g_hash_table_unref);
  g_clear_pointer (&self->fields_by_id, g_hash_table_unref);

  G_OBJECT_CLASS (scm_network_parent_class)->dispose (object);
}

static void
scm_network_finalize (GObject *object)
{
  ScmNetwork *self = (ScmNetwork *)object;

  g_free (self->display_name);
  g_free (self->title);
  g_free (self->as_of);
  g_clear_pointer (&self->country_counts, g_hash_table_unref);
  g_strfreev (self->countries);
  g_ptr_array_unref (self->problems);

  G_OBJECT_CLASS (scm_network_parent_class)->finalize (object);
}

static void
scm_network_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  ScmNetwork *self = SCM_NETWORK (object);

  switch (prop_id)
    {
    case PROP_DISPLAY_NAME:
      g_value_set_string (value, self->display_name);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_AS_OF:
      g_value_set_string (value, self->as_of);
      break;
    case PROP_FIELDS:
      g_value_set_object (value, self->fields);
      break;
    case PROP_CENTRES:
      g_value_set_object (value, self->centres);
      break;
    case PROP_AFFILIATES:
      g_value_set_object (value, self->affiliates);
      break;
    case PROP_LINKS:
      g_value_set_object (value, self->links);
      break;
    case PROP_MEETING:
      g_value_set_object (value, self->meeting);
      break;
    case PROP_N_PROBLEMS:
      g_value_set_uint (value, scm_network_get_n_problems (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scm_network_class_init (ScmNetworkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = scm_network_dispose;
  object_class->finalize = scm_network_finalize;
  object_class->get_property = scm_network_get_property;

  properties[PROP_DISPLAY_NAME] = g_param_spec_string ("display-name", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_AS_OF] = g_param_spec_string ("as-of", NULL, NULL, NULL, flags);
  properties[PROP_FIELDS] = g_param_spec_object ("fields", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_CENTRES] = g_param_spec_object ("centres", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_AFFILIATES] =
    g_param_spec_object ("affiliates", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_LINKS] = g_param_spec_object ("links", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_MEETING] = g_param_spec_object ("meeting", NULL, NULL, SCM_TYPE_MEETING, flags);
  properties[PROP_N_PROBLEMS] =
    g_param_spec_uint ("n-problems", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scm_network_init (ScmNetwork *self)
{
  self->fields = g_list_store_new (SCM_TYPE_FIELD);
  self->centres = g_list_store_new (SCM_TYPE_CENTRE);
  self->affiliates = g_list_store_new (SCM_TYPE_CENTRE);
  self->links = g_list_store_new (SCM_TYPE_LINK);
  self->places_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->fields_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->country_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->problems = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->problems, NULL);
}

/**
 * scm_network_new_from_bytes:
 * @display_name: how problems name the file, usually its path
 *
 * Never fails: a broken file gives a network with fewer entries (maybe none)
 * and its problems.
 */
ScmNetwork *
scm_network_new_from_bytes (GBytes     *bytes,
                            const char *display_name)
{
  ScmNetwork *self = g_object_new (SCM_TYPE_NETWORK, NULL);

  self->display_name = g_strdup (display_name);
  if (bytes != NULL)
    load_bytes (self, bytes);
  count_centres (self);

  return self;
}

ScmNetwork *
scm_network_new_from_file (GFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display_name = NULL;
  ScmNetwork *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  display_name = g_file_get_parse_name (file);
  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  if (bytes == NULL)
    {
      self = scm_network_new_from_bytes (NULL, display_name);
      report_file (self, _("cannot be read: %s"), error->message);
      return self;
    }

  return scm_network_new_from_bytes (bytes, display_name);
}

ScmNetwork *
scm_network_new_from_resource (const char *path)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = g_strconcat ("resource://", path, NULL);

  file = g_file_new_for_uri (uri);
  return scm_network_new_from_file (file);
}

const char *
scm_network_get_display_name (ScmNetwork *self)
{
  g_return_val_if_fail (SCM_IS_NETWORK (self), NULL);
  return self->display_name;
}

const char *
scm_network_get_title (ScmNetwork *self)
{
  g_return_val_if_fail (SCM_IS_NETWORK (self), NULL);
  return self->title;
}

/* "YYYY-MM": the date the file describes the network at */
const char *
scm_network_get_as_of (ScmNetwork *self)
{
  g_return_val_if_fail (SCM_IS_NETWORK (self), NULL);
  return self->as_of;
}

/* A list of ScmField */
GListModel *
scm_network_get_fields (ScmNetwork *self)
{
  g_return_val_if_fail (SCM_IS_NETWORK (self), NULL);
  return G_LIST_MODEL (self->fields);
}

/* A list of ScmCentre, the category 2 centres only, in file order */
GListModel *
scm_network_get_centres (ScmNetwork *self)
{
  g_return_val_if_fail (SCM_IS_NETWORK (self), NULL);
  return G_LIST_MODEL (self->centres);
}

/* A list of ScmCentre whose kind is SCM_PLACE_AFFILIATE */
GListModel *
scm_network_get_affiliates (ScmNetwork *self)
{
  g_return_val_if_fail (SCM_IS_NETWORK (self), NULL);
  return G_LIST_MODEL (self->affiliates);
}

/* A list of ScmLink */
GListModel *
scm_network_get_links (ScmNetwork *self)
{
  g_return_val_if_fail (SCM_IS_NETWORK (self), NULL);
  return G_LIST_MODEL (self->links);
}

/* NULL when the file describes no (valid) meeting */
ScmMeeting *
scm_network_get_meeting (ScmNetwork *self)
{
  g_return_val_if_fail (SCM_IS_NETWORK (self), NULL);
  return self->meeting;
}

/* A centre or an affiliate by id */
ScmCentre *
scm_network_lookup (ScmNetwork *self,
                    const char *id)
{
  g_return_val_if_fail (SCM_IS_NETWORK (self), NULL);
  return id ? g_hash_table_lookup (self->places_by_id, id) : NULL;
}

ScmField *
scm_network_lookup_field (ScmNetwork *self,
                          const char *id)
{
  g_return_val_if_fail (SCM_IS_NETWORK (self), NULL);
  return id ? g_hash_table_lookup (self->fields_by_id, id) : NULL;
}

/* The ISO codes of the countries that have centres, sorted */
const char * const *
scm_network_get_countries (ScmNetwork *self)
{
  g_return_val_if_fail (SCM_IS_NETWORK (self), NULL);
  return (const char * const *)self->countries;
}

guint
scm_network_count_in_country (ScmNetwork *self,
                              const char *country)
{
  g_return_val_if_fail (SCM_IS_NETWORK (self), 0);
  return country ? GPOINTER_TO_UINT (g_hash_table_lookup (self->country_counts, country)) : 0;
}

/* One line per problem, "FILE: section[index] (id): what is wrong" */
const char * const *
scm_network_get_problems (ScmNetwork *self)
{
  g_return_val_if_fail (SCM_IS_NETWORK (self), NULL);
  return (const char * const *)self->problems->pdata;
}

guint
scm_network_get_n_problems (ScmNetwork *self)
{
  g_return_val_if_fail (SCM_IS_NETWORK (self), 0);
  return self->problems->len - 1;
}

/* How many entries were left out because of their problems */
guint
scm_network_get_n_skipped (ScmNetwork *self)
{
  g_return_val_if_fail (SCM_IS_NETWORK (self), 0);
  return self->n_skipped;
}
