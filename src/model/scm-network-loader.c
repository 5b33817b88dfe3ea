/* scm-network-loader.c
 *
 * Loading never stops at a bad entry: every entry is checked on its own, the
 * valid ones are kept, and each problem is recorded. The format is described
 * in data/README.md.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "scm-centre-private.h"
#include "scm-country.h"
#include "scm-field-private.h"
#include "scm-json-check-private.h"
#include "scm-link-private.h"
#include "scm-meeting-private.h"
#include "scm-network-loader-private.h"
#include "scm-network-reader-private.h"

#define FORMAT_VERSION 1

/* Deeper than any valid file; checked before parsing so that a hostile file
 * cannot exhaust the stack of a recursive parser. */
#define MAX_NESTING_DEPTH 32

static gpointer
load_field (ScmNetwork *self,
            ScmEntry      *entry,
            JsonObject *object)
{
  ScmField *field;
  const char *id, *name, *color, *symbol_name;
  int symbol = SCM_SYMBOL_SHAPE_CIRCLE;

  entry->id = id = scm_read_id (entry, object);
  name = scm_read_string (entry, object, "name", TRUE);
  color = scm_read_string (entry, object, "color", TRUE);
  symbol_name = scm_read_string (entry, object, "symbol", FALSE);

  if (color != NULL && !scm_field_parse_color (color, NULL, NULL, NULL))
    {
      scm_report (entry, _("color “%s” is not of the form #rrggbb"), color);
      color = NULL;
    }

  if (symbol_name != NULL && !scm_enum_from_nick (SCM_TYPE_SYMBOL_SHAPE, symbol_name, &symbol))
    scm_report (entry, _("symbol “%s” is unknown; using “circle”"), symbol_name);

  if (id != NULL && g_hash_table_contains (self->fields_by_id, id))
    {
      scm_report (entry, _("duplicate id “%s”: only the first field with it is kept"), id);
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

/* "position": "host" with the "position_sources" that place the host
 * institution, or "city" (the default) for a city's centre */
static ScmPositionBasis
read_position (ScmEntry    *entry,
               JsonObject  *object,
               GStrv       *sources)
{
  const char *name = scm_read_string (entry, object, "position", FALSE);
  int basis = SCM_POSITION_CITY;

  if (name != NULL && !scm_enum_from_nick (SCM_TYPE_POSITION_BASIS, name, &basis))
    scm_report (entry, _("position “%s” is unknown (host or city); shown as city"), name);

  if (basis == SCM_POSITION_HOST)
    {
      *sources = scm_read_string_list (entry, object, "position_sources", TRUE, FALSE);
      if (*sources == NULL || (*sources)[0] == NULL)
        {
          scm_report (entry, _("position “host” needs “position_sources”; shown as city"));
          g_clear_pointer (sources, g_strfreev);
          basis = SCM_POSITION_CITY;
        }
    }

  return basis;
}

static ScmCentre *
load_place (ScmNetwork   *self,
            ScmEntry        *entry,
            JsonObject   *object,
            ScmPlaceKind  kind)
{
  ScmCentre *centre;
  g_auto(GStrv) sources = NULL, position_sources = NULL;
  ScmCentreInfo info = { .kind = kind };
  const char *status;
  int status_value = SCM_CENTRE_STATUS_CONFIRMED;
  gboolean valid = TRUE;

  entry->id = info.id = scm_read_id (entry, object);
  info.name = scm_read_string (entry, object, "name", TRUE);
  info.acronym = scm_read_string (entry, object, "acronym", FALSE);
  info.short_name = scm_read_string (entry, object, "short_name", FALSE);
  info.city = scm_read_string (entry, object, "city", TRUE);
  info.country = scm_read_string (entry, object, "country", TRUE);
  info.website = scm_read_optional_url (entry, object, "website");
  info.established = scm_read_optional_int (entry, object, "established", 1900, 2100);
  info.summary = scm_read_string (entry, object, "summary", FALSE);
  status = scm_read_string (entry, object, "status", FALSE);
  info.notes = scm_read_string (entry, object, "notes", FALSE);
  info.sources = (const char * const *)(sources = scm_read_sources (entry, object));

  valid &= scm_read_number (entry, object, "latitude", -90, 90, &info.latitude);
  valid &= scm_read_number (entry, object, "longitude", -180, 180, &info.longitude);
  info.position = read_position (entry, object, &position_sources);
  info.position_sources = (const char * const *)position_sources;

  if (info.country != NULL && !scm_country_code_is_valid (info.country))
    {
      scm_report (entry, _("country “%s” is not an ISO 3166-1 alpha-2 code such as “JP”"),
                  info.country);
      info.country = NULL;
    }

  if (status != NULL && !scm_enum_from_nick (SCM_TYPE_CENTRE_STATUS, status, &status_value))
    {
      scm_report (entry, _("status “%s” is unknown (confirmed, doubtful or approved); "
                           "shown as doubtful"), status);
      status_value = SCM_CENTRE_STATUS_DOUBTFUL;
    }
  info.status = status_value;

  if (kind == SCM_PLACE_CENTRE)
    {
      const char *field_id = scm_read_string (entry, object, "field", TRUE);

      if (field_id != NULL)
        {
          info.field = g_hash_table_lookup (self->fields_by_id, field_id);
          if (info.field == NULL)
            scm_report (entry, _("field “%s” is not one of the fields of the file"), field_id);
        }
      valid &= info.field != NULL;
    }

  if (info.id != NULL && g_hash_table_contains (self->places_by_id, info.id))
    {
      scm_report (entry, _("duplicate id “%s”: only the first place with it is kept"), info.id);
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
read_place_reference (const ScmEntry *entry,
                      JsonObject  *object,
                      const char  *key)
{
  const char *id = scm_read_string (entry, object, key, TRUE);
  ScmCentre *place;

  if (id == NULL)
    return NULL;

  place = g_hash_table_lookup (entry->network->places_by_id, id);
  if (place == NULL)
    /* Translators: a key of the file, untranslated ("from", "to"), and its value */
    scm_report (entry, _("%s “%s” is not the id of a centre or affiliate"), key, id);

  return place;
}

/* Whether an earlier link joins the same two places with the same kind,
 * either way round; the earlier one is named. */
static gboolean
is_duplicate_link (const ScmEntry *entry,
                   ScmCentre      *from,
                   ScmCentre      *to,
                   ScmLinkKind     kind)
{
  GHashTable *seen = entry->network->links_seen;
  const char *from_id = scm_centre_get_id (from);
  const char *to_id = scm_centre_get_id (to);
  gboolean reversed = strcmp (from_id, to_id) > 0;
  g_autofree char *key = g_strdup_printf ("%s\n%s\n%d", reversed ? to_id : from_id,
                                          reversed ? from_id : to_id, kind);
  guint first = GPOINTER_TO_UINT (g_hash_table_lookup (seen, key));

  if (first == 0)
    {
      g_hash_table_insert (seen, g_steal_pointer (&key),
                           GUINT_TO_POINTER ((entry->index + 1) * 2 + reversed));
      return FALSE;
    }

  if ((first & 1) == (guint)reversed)
    /* Translators: the index of the first link in the file, the ids of the two
     * centres and the link's kind, all as the file writes them */
    scm_report (entry, _("the same link as links[%u] (“%s” to “%s”, %s): only the first is kept"),
                first / 2 - 1, from_id, to_id, scm_enum_to_nick (SCM_TYPE_LINK_KIND, kind));
  else
    /* Translators: the index of the first link in the file, the ids of the two
     * centres and the link's kind, all as the file writes them */
    scm_report (entry, _("links[%u] is the same link the other way round (“%s” to “%s”, %s): "
                         "only the first is kept"),
                first / 2 - 1, to_id, from_id, scm_enum_to_nick (SCM_TYPE_LINK_KIND, kind));
  return TRUE;
}

static gpointer
load_link (ScmNetwork *self,
           ScmEntry      *entry,
           JsonObject *object)
{
  g_auto(GStrv) sources = NULL;
  ScmCentre *from, *to;
  const char *kind_name, *summary;
  int kind = SCM_LINK_KIND_OTHER;
  int year;

  from = read_place_reference (entry, object, "from");
  to = read_place_reference (entry, object, "to");
  kind_name = scm_read_string (entry, object, "kind", TRUE);
  summary = scm_read_string (entry, object, "summary", FALSE);
  year = scm_read_optional_int (entry, object, "year", 1900, 2100);
  sources = scm_read_sources (entry, object);

  if (kind_name != NULL && !scm_enum_from_nick (SCM_TYPE_LINK_KIND, kind_name, &kind))
    {
      scm_report (entry, _("kind “%s” is unknown"), kind_name);
      kind_name = NULL;
    }

  if (from != NULL && from == to)
    {
      scm_report (entry, _("a link cannot join “%s” to itself"), scm_centre_get_id (from));
      from = NULL;
    }

  if (from != NULL && to != NULL && kind_name != NULL && is_duplicate_link (entry, from, to, kind))
    from = NULL;

  if (from == NULL || to == NULL || kind_name == NULL || sources == NULL)
    {
      self->n_skipped++;
      return NULL;
    }

  return scm_link_new (from, to, kind, year, summary, (const char * const *)sources);
}

/* Returns the entry's new item, or NULL when it is left out */
typedef gpointer (*LoadEntryFunc) (ScmNetwork *self,
                                   ScmEntry      *entry,
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
  JsonArray *array = scm_read_section (self, root, section, required);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      ScmEntry entry = { self, section, i, NULL };
      JsonObject *object = scm_read_entry_object (&entry, json_array_get_element (array, i));
      gpointer item = object != NULL ? load_entry (self, &entry, object) : NULL;

      if (item != NULL)
        g_ptr_array_add (items, item);
    }

  g_list_store_splice (store, g_list_model_get_n_items (G_LIST_MODEL (store)), 0, items->pdata, items->len);
}

static gpointer
load_centre_entry (ScmNetwork *self,
                   ScmEntry      *entry,
                   JsonObject *object)
{
  return load_place (self, entry, object, SCM_PLACE_CENTRE);
}

static gpointer
load_affiliate_entry (ScmNetwork *self,
                      ScmEntry      *entry,
                      JsonObject *object)
{
  return load_place (self, entry, object, SCM_PLACE_AFFILIATE);
}

/* Whether @text has the @form, where "d" stands for an ASCII digit */
static gboolean
has_form (const char *text,
          const char *form)
{
  for (; *form != '\0'; text++, form++)
    if (*form == 'd' ? !g_ascii_isdigit (*text) : *text != *form)
      return FALSE;
  return *text == '\0';
}

/* An optional "YYYY-MM" */
static const char *
read_month (const ScmEntry *entry,
            JsonObject     *object,
            const char     *key)
{
  const char *text = scm_read_string (entry, object, key, FALSE);
  int year, month;

  if (text != NULL &&
      (!has_form (text, "dddd-dd") || sscanf (text, "%4d-%2d", &year, &month) != 2 ||
       month < 1 || month > 12))
    {
      /* Translators: a key of the file, untranslated ("as_of"), and its value */
      scm_report (entry, _("%s “%s” is not a month of the form YYYY-MM"), key, text);
      return NULL;
    }
  return text;
}

static gboolean
read_date (const ScmEntry *entry,
           JsonObject  *object,
           const char  *key,
           GDate       *date)
{
  const char *text = scm_read_string (entry, object, key, TRUE);
  int year, month, day;

  if (text == NULL)
    return FALSE;

  if (!has_form (text, "dddd-dd-dd") ||
      sscanf (text, "%4d-%2d-%2d", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    {
      /* Translators: a key of the file, untranslated ("start", "end"), and its value */
      scm_report (entry, _("%s “%s” is not a date of the form YYYY-MM-DD"), key, text);
      return FALSE;
    }

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/* Speakers are objects with a "name" and an optional "role"; both lists stay
 * aligned, a missing or invalid role being empty. */
static void
read_speakers (const ScmEntry *entry,
               JsonObject     *object,
               GStrvBuilder   *names,
               GStrvBuilder   *roles)
{
  JsonNode *node = json_object_get_member (object, "speakers");
  JsonArray *array;

  if (node == NULL)
    return;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      scm_report (entry, _("“speakers” must be an array, not %s"), scm_json_type_name (node));
      return;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      ScmEntry speaker_entry = { entry->network, "meeting.speakers", i, NULL };
      JsonNode *item = json_array_get_element (array, i);
      JsonObject *speaker;
      const char *name, *role;

      if (!JSON_NODE_HOLDS_OBJECT (item))
        {
          scm_report (&speaker_entry, _("a speaker must be an object, not %s"), scm_json_type_name (item));
          continue;
        }
      speaker = json_node_get_object (item);
      name = scm_read_string (&speaker_entry, speaker, "name", TRUE);
      role = scm_read_string (&speaker_entry, speaker, "role", FALSE);
      if (name == NULL)
        continue;
      g_strv_builder_add (names, name);
      g_strv_builder_add (roles, role != NULL ? role : "");
    }
}

static GStrv
read_co_organisers (const ScmEntry *entry,
                    JsonObject  *object)
{
  g_auto(GStrv) ids = scm_read_string_list (entry, object, "co_organisers", FALSE, FALSE);
  g_autoptr(GStrvBuilder) known = g_strv_builder_new ();

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      if (g_hash_table_contains (entry->network->places_by_id, ids[i]))
        g_strv_builder_add (known, ids[i]);
      else
        scm_report (entry, _("co_organisers[%u] “%s” is not the id of a centre"), i, ids[i]);
    }

  return g_strv_builder_end (known);
}

/* "attendees": the centres that a source shows at the meeting, each as
 * { "centre": id, "sources": [urls] }. One without a source is left out. */
static void
read_attendees (const ScmEntry *meeting_entry,
                JsonObject     *object,
                GStrvBuilder   *ids,
                GPtrArray      *sources)
{
  JsonNode *node = json_object_get_member (object, "attendees");
  JsonArray *array;

  if (node == NULL)
    return;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      scm_report (meeting_entry, _("“attendees” must be an array, not %s"), scm_json_type_name (node));
      return;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      ScmEntry entry = { meeting_entry->network, "meeting.attendees", i, NULL };
      JsonObject *attendee;
      const char *id;
      GStrv attendee_sources;

      if (!JSON_NODE_HOLDS_OBJECT (item))
        {
          scm_report (&entry, _("must be an object, not %s"), scm_json_type_name (item));
          continue;
        }

      attendee = json_node_get_object (item);
      entry.id = id = scm_read_string (&entry, attendee, "centre", TRUE);
      if (id != NULL && !g_hash_table_contains (entry.network->places_by_id, id))
        {
          scm_report (&entry, _("centre “%s” is not the id of a centre"), id);
          continue;
        }
      attendee_sources = scm_read_sources (&entry, attendee);
      if (id == NULL || attendee_sources == NULL)
        {
          g_strfreev (attendee_sources);
          continue;
        }

      g_strv_builder_add (ids, id);
      g_ptr_array_add (sources, attendee_sources);
    }
}

static void
load_meeting (ScmNetwork *self,
              JsonObject *root)
{
  JsonNode *node = json_object_get_member (root, "meeting");
  ScmEntry entry = { self, "meeting", G_MAXUINT, NULL };
  g_autoptr(GStrvBuilder) speaker_names = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) speaker_roles = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) attendee_ids = g_strv_builder_new ();
  g_autoptr(GPtrArray) attendee_sources = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  g_auto(GStrv) attendees = NULL;
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
      scm_report (&entry, _("must be an object, not %s"), scm_json_type_name (node));
      return;
    }

  object = json_node_get_object (node);
  g_date_clear (&start, 1);
  g_date_clear (&end, 1);

  info.title = scm_read_string (&entry, object, "title", TRUE);
  info.venue = scm_read_string (&entry, object, "venue", TRUE);
  info.city = scm_read_string (&entry, object, "city", TRUE);
  info.country = scm_read_string (&entry, object, "country", FALSE);
  info.venue_notes = scm_read_string (&entry, object, "venue_notes", FALSE);
  valid &= read_date (&entry, object, "start", &start);
  valid &= read_date (&entry, object, "end", &end);
  valid &= scm_read_number (&entry, object, "latitude", -90, 90, &info.latitude);
  valid &= scm_read_number (&entry, object, "longitude", -180, 180, &info.longitude);
  info.centres_represented = scm_read_optional_int (&entry, object, "centres_represented", 0, 100000);
  info.centres_total = scm_read_optional_int (&entry, object, "centres_total", 0, 100000);
  info.hosts = (const char * const *)(hosts = scm_read_string_list (&entry, object, "hosts", FALSE, FALSE));
  info.co_organisers = (const char * const *)(co_organisers = read_co_organisers (&entry, object));
  info.supporters = (const char * const *)(supporters = scm_read_string_list (&entry, object, "supporters", FALSE, FALSE));
  info.objectives = (const char * const *)(objectives = scm_read_string_list (&entry, object, "objectives", FALSE, FALSE));
  info.outcomes = (const char * const *)(outcomes = scm_read_string_list (&entry, object, "outcomes", FALSE, FALSE));
  info.notes = (const char * const *)(notes = scm_read_string_list (&entry, object, "notes", FALSE, FALSE));
  info.sources = (const char * const *)(sources = scm_read_sources (&entry, object));
  read_speakers (&entry, object, speaker_names, speaker_roles);
  read_attendees (&entry, object, attendee_ids, attendee_sources);
  info.attendees = (const char * const *)(attendees = g_strv_builder_end (attendee_ids));
  info.attendee_sources = attendee_sources;
  info.speaker_names = (const char * const *)(names = g_strv_builder_end (speaker_names));
  info.speaker_roles = (const char * const *)(roles = g_strv_builder_end (speaker_roles));

  if (valid && g_date_compare (&start, &end) > 0)
    {
      scm_report (&entry, _("the meeting ends before it starts"));
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

static void
load_root (ScmNetwork *self,
           JsonObject *root)
{
  JsonNode *format = json_object_get_member (root, "format");
  const ScmEntry top = { self, NULL, G_MAXUINT, NULL };

  if (format != NULL && (!scm_json_node_is_number (format) || json_node_get_double (format) != FORMAT_VERSION))
    scm_report_file (self, _("“format” must be %d; reading the file as format %d anyway"),
                     FORMAT_VERSION, FORMAT_VERSION);

  self->title = g_strdup (scm_read_string (&top, root, "title", FALSE));
  self->as_of = g_strdup (read_month (&top, root, "as_of"));

  load_section (self, root, "fields", TRUE, load_field, self->fields);
  load_section (self, root, "centres", TRUE, load_centre_entry, self->centres);
  load_section (self, root, "affiliates", FALSE, load_affiliate_entry, self->affiliates);
  load_section (self, root, "links", FALSE, load_link, self->links);
  load_meeting (self, root);
}

static void
report_too_large (ScmNetwork *network)
{
  guint mib = SCM_NETWORK_MAX_FILE_SIZE >> 20;

  /* Translators: %d counts mebibytes (MiB), the largest file that is read */
  scm_report_file (network, ngettext ("the file is larger than %d MiB, the most a network file may hold",
                                      "the file is larger than %d MiB, the most a network file may hold", mib),
                   (int)mib);
}

void
scm_network_loader_load_bytes (ScmNetwork *self,
                               GBytes     *bytes)
{
  /* Not immutable: sealing would hash every node of a large file for nothing */
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) rewritten = NULL;
  g_autofree char *syntax_error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  JsonNode *root;

  if (length == 0)
    {
      scm_report_file (self, _("the file is empty"));
      return;
    }

  if (length > SCM_NETWORK_MAX_FILE_SIZE)
    {
      report_too_large (self);
      return;
    }

  if (!g_utf8_validate_len (data, length, NULL))
    {
      scm_report_file (self, _("the file is not valid UTF-8 text"));
      return;
    }

  syntax_error = scm_json_check (data, length, MAX_NESTING_DEPTH, &rewritten);
  if (syntax_error != NULL)
    {
      scm_report_file (self, _("not valid JSON: %s"), syntax_error);
      return;
    }
  if (rewritten != NULL)
    data = g_bytes_get_data (rewritten, &length);

  if (!json_parser_load_from_data (parser, data, length, &error))
    {
      scm_report_file (self, _("not valid JSON: %s"), error->message);
      return;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      scm_report_file (self, _("the top level must be an object, not %s"),
                       root ? scm_json_type_name (root) : "nothing");
      return;
    }

  load_root (self, json_node_get_object (root));
}

/* Why a file of @type is refused, as a whole sentence for translators */
static const char *
refusal_of_file_type (GFileType type)
{
  switch (type)
    {
    case G_FILE_TYPE_DIRECTORY:
      return _("cannot be read: it is a folder; only regular files are read");
    case G_FILE_TYPE_SPECIAL:
      return _("cannot be read: it is a device, pipe or socket; only regular files are read");
    case G_FILE_TYPE_MOUNTABLE:
    case G_FILE_TYPE_SHORTCUT:
      return _("cannot be read: it is a shortcut; only regular files are read");
    case G_FILE_TYPE_SYMBOLIC_LINK:
    case G_FILE_TYPE_UNKNOWN:
    case G_FILE_TYPE_REGULAR:
    default:
      return _("cannot be read: it is not a regular file; only regular files are read");
    }
}

/* The contents of @file if it is a regular file within the size limit,
 * checked before reading and again while reading, as it may grow meanwhile;
 * otherwise NULL and the reason reported. */
static GBytes *
read_regular_file (ScmNetwork   *network,
                   GFile        *file,
                   GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autofree char *buffer = NULL;
  gsize size, n_read = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &error);
  if (info == NULL)
    {
      scm_report_file (network, _("cannot be read: %s"), error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      scm_report_file (network, "%s", refusal_of_file_type (g_file_info_get_file_type (info)));
      return NULL;
    }
  if (g_file_info_get_size (info) > SCM_NETWORK_MAX_FILE_SIZE)
    {
      report_too_large (network);
      return NULL;
    }

  stream = g_file_read (file, cancellable, &error);
  size = (gsize)g_file_info_get_size (info);
  buffer = g_malloc (size + 1);
  /* One byte more than announced tells a file that grew since */
  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), buffer, size + 1, &n_read, cancellable, &error))
    {
      scm_report_file (network, _("cannot be read: %s"), error->message);
      return NULL;
    }
  if (n_read > size)
    {
      scm_report_file (network, _("cannot be read: the file changed while it was read"));
      return NULL;
    }

  return g_bytes_new_take (g_steal_pointer (&buffer), n_read);
}

/* How problems name @file: a local file by its path as text, bytes that are
 * not UTF-8 shown as U+FFFD (never as a URI's %FF); any other by its URI */
static char *
file_display_name (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  if (path != NULL)
    return g_filename_display_name (path);
  return g_file_get_parse_name (file);
}

ScmNetwork *
scm_network_loader_load_file (GFile        *file,
                              GCancellable *cancellable)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display_name = file_display_name (file);
  ScmNetwork *network = scm_network_new_empty (display_name);

  bytes = read_regular_file (network, file, cancellable);
  if (bytes != NULL)
    scm_network_loader_load_bytes (network, bytes);
  scm_network_finish_loading (network);

  return network;
}
