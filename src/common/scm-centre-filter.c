/* scm-centre-filter.c
 *
 * Fields are shown unless hidden; country, search and attendance at the
 * meeting narrow further. Each
 * change tells the list models whether it can only add items, only remove
 * them, or both, so that they redo the least work.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "scm-centre-filter.h"

struct _ScmCentreFilter
{
  GtkFilter parent_instance;

  GHashTable *hidden_fields;  /* ScmField set */
  gboolean affiliates_hidden; /* affiliates have no field: a toggle of their own */
  char *country;
  char *search_text;
  char *folded_query;
  int year_limit;
  GStrv attendees;            /* ids of the centres known to have attended the meeting */
  gboolean attendees_only;
  GHashTable *only;           /* ScmCentre set: a tour's closer look shows these alone; NULL for all */
};

G_DEFINE_FINAL_TYPE (ScmCentreFilter, scm_centre_filter, GTK_TYPE_FILTER)

enum {
  PROP_0,
  PROP_COUNTRY,
  PROP_SEARCH_TEXT,
  PROP_ATTENDEES_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

gboolean
scm_centre_filter_matches (ScmCentreFilter *self,
                           ScmCentre       *centre)
{
  ScmField *field = scm_centre_get_field (centre);

  g_return_val_if_fail (SCM_IS_CENTRE_FILTER (self), FALSE);

  if (field == NULL ? self->affiliates_hidden
                    : g_hash_table_contains (self->hidden_fields, field))
    return FALSE;

  /* While the timeline runs, centres of unknown year (and affiliates) wait for its end */
  if (self->year_limit > 0 &&
      (scm_centre_get_established (centre) == 0 || scm_centre_get_established (centre) > self->year_limit))
    return FALSE;

  if (self->country != NULL && g_strcmp0 (self->country, scm_centre_get_country (centre)) != 0)
    return FALSE;

  if (self->attendees_only &&
      (self->attendees == NULL || !g_strv_contains ((const char * const *)self->attendees,
                                                    scm_centre_get_id (centre))))
    return FALSE;

  if (self->only != NULL && !g_hash_table_contains (self->only, centre))
    return FALSE;

  return scm_centre_matches (centre, self->folded_query);
}

static gboolean
scm_centre_filter_match (GtkFilter *filter,
                         gpointer   item)
{
  return scm_centre_filter_matches (SCM_CENTRE_FILTER (filter), SCM_CENTRE (item));
}

static GtkFilterMatch
scm_centre_filter_get_strictness (GtkFilter *filter)
{
  return scm_centre_filter_is_active (SCM_CENTRE_FILTER (filter)) ? GTK_FILTER_MATCH_SOME
                                                                  : GTK_FILTER_MATCH_ALL;
}

static void
scm_centre_filter_finalize (GObject *object)
{
  ScmCentreFilter *self = (ScmCentreFilter *)object;

  g_hash_table_unref (self->hidden_fields);
  g_free (self->country);
  g_free (self->search_text);
  g_free (self->folded_query);
  g_strfreev (self->attendees);
  g_clear_pointer (&self->only, g_hash_table_unref);

  G_OBJECT_CLASS (scm_centre_filter_parent_class)->finalize (object);
}

static void
scm_centre_filter_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ScmCentreFilter *self = SCM_CENTRE_FILTER (object);

  switch (prop_id)
    {
    case PROP_COUNTRY:
      g_value_set_string (value, self->country);
      break;
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;
    case PROP_ATTENDEES_ONLY:
      g_value_set_boolean (value, self->attendees_only);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scm_centre_filter_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ScmCentreFilter *self = SCM_CENTRE_FILTER (object);

  switch (prop_id)
    {
    case PROP_COUNTRY:
      scm_centre_filter_set_country (self, g_value_get_string (value));
      break;
    case PROP_SEARCH_TEXT:
      scm_centre_filter_set_search_text (self, g_value_get_string (value));
      break;
    case PROP_ATTENDEES_ONLY:
      scm_centre_filter_set_attendees_only (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scm_centre_filter_class_init (ScmCentreFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->finalize = scm_centre_filter_finalize;
  object_class->get_property = scm_centre_filter_get_property;
  object_class->set_property = scm_centre_filter_set_property;
  filter_class->match = scm_centre_filter_match;
  filter_class->get_strictness = scm_centre_filter_get_strictness;

  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ATTENDEES_ONLY] =
    g_param_spec_boolean ("attendees-only", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scm_centre_filter_init (ScmCentreFilter *self)
{
  self->hidden_fields = g_hash_table_new (NULL, NULL);
}

ScmCentreFilter *
scm_centre_filter_new (void)
{
  return g_object_new (SCM_TYPE_CENTRE_FILTER, NULL);
}

void
scm_centre_filter_set_field_shown (ScmCentreFilter *self,
                                   ScmField        *field,
                                   gboolean         shown)
{
  g_return_if_fail (SCM_IS_CENTRE_FILTER (self));
  g_return_if_fail (SCM_IS_FIELD (field));

  if (shown == !g_hash_table_contains (self->hidden_fields, field))
    return;

  if (shown)
    g_hash_table_remove (self->hidden_fields, field);
  else
    g_hash_table_add (self->hidden_fields, field);

  gtk_filter_changed (GTK_FILTER (self), shown ? GTK_FILTER_CHANGE_LESS_STRICT
                                               : GTK_FILTER_CHANGE_MORE_STRICT);
}

gboolean
scm_centre_filter_get_field_shown (ScmCentreFilter *self,
                                   ScmField        *field)
{
  g_return_val_if_fail (SCM_IS_CENTRE_FILTER (self), FALSE);
  return !g_hash_table_contains (self->hidden_fields, field);
}

/* The UNESCO affiliates, which belong to no field, follow their own legend row */
void
scm_centre_filter_set_affiliates_shown (ScmCentreFilter *self,
                                        gboolean         shown)
{
  g_return_if_fail (SCM_IS_CENTRE_FILTER (self));

  if (self->affiliates_hidden == !shown)
    return;

  self->affiliates_hidden = !shown;
  gtk_filter_changed (GTK_FILTER (self), shown ? GTK_FILTER_CHANGE_LESS_STRICT
                                               : GTK_FILTER_CHANGE_MORE_STRICT);
}

gboolean
scm_centre_filter_get_affiliates_shown (ScmCentreFilter *self)
{
  g_return_val_if_fail (SCM_IS_CENTRE_FILTER (self), FALSE);
  return !self->affiliates_hidden;
}

/* @country: an ISO 3166-1 alpha-2 code, or NULL for every country */
void
scm_centre_filter_set_country (ScmCentreFilter *self,
                               const char      *country)
{
  GtkFilterChange change;

  g_return_if_fail (SCM_IS_CENTRE_FILTER (self));

  if (g_strcmp0 (self->country, country) == 0)
    return;

  if (self->country == NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (country == NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;

  g_free (self->country);
  self->country = g_strdup (country);
  gtk_filter_changed (GTK_FILTER (self), change);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTRY]);
}

const char *
scm_centre_filter_get_country (ScmCentreFilter *self)
{
  g_return_val_if_fail (SCM_IS_CENTRE_FILTER (self), NULL);
  return self->country;
}

void
scm_centre_filter_set_search_text (ScmCentreFilter *self,
                                   const char      *text)
{
  g_autofree char *folded = NULL;
  GtkFilterChange change;

  g_return_if_fail (SCM_IS_CENTRE_FILTER (self));

  folded = scm_fold_for_search (text);
  if (g_strcmp0 (folded, self->folded_query ? self->folded_query : "") == 0)
    return;

  /* Typing on only narrows; deleting only widens */
  if (self->folded_query == NULL || strstr (folded, self->folded_query) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (strstr (self->folded_query, folded) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;

  g_free (self->search_text);
  g_free (self->folded_query);
  self->search_text = g_strdup (text);
  self->folded_query = *folded ? g_steal_pointer (&folded) : NULL;
  gtk_filter_changed (GTK_FILTER (self), change);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
}

const char *
scm_centre_filter_get_search_text (ScmCentreFilter *self)
{
  g_return_val_if_fail (SCM_IS_CENTRE_FILTER (self), NULL);
  return self->search_text;
}

/* @ids: the centres (and affiliates) that sources name at the meeting, which
 * scm_centre_filter_set_attendees_only() lets through */
void
scm_centre_filter_set_attendees (ScmCentreFilter    *self,
                                 const char * const *ids)
{
  g_return_if_fail (SCM_IS_CENTRE_FILTER (self));

  g_strfreev (self->attendees);
  self->attendees = g_strdupv ((char **)ids);
  if (self->attendees_only)
    gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

/* Shows only the centres known to have attended the meeting */
void
scm_centre_filter_set_attendees_only (ScmCentreFilter *self,
                                      gboolean         only)
{
  g_return_if_fail (SCM_IS_CENTRE_FILTER (self));

  only = !!only;
  if (self->attendees_only == only)
    return;

  self->attendees_only = only;
  gtk_filter_changed (GTK_FILTER (self), only ? GTK_FILTER_CHANGE_MORE_STRICT
                                              : GTK_FILTER_CHANGE_LESS_STRICT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTENDEES_ONLY]);
}

gboolean
scm_centre_filter_get_attendees_only (ScmCentreFilter *self)
{
  g_return_val_if_fail (SCM_IS_CENTRE_FILTER (self), FALSE);
  return self->attendees_only;
}

gboolean
scm_centre_filter_is_active (ScmCentreFilter *self)
{
  g_return_val_if_fail (SCM_IS_CENTRE_FILTER (self), FALSE);
  return g_hash_table_size (self->hidden_fields) > 0 || self->affiliates_hidden || self->country ||
         self->folded_query || self->year_limit > 0 || self->attendees_only ||
         self->only != NULL;
}

/* Shows @centres (ScmCentre) alone, with the other rules; %NULL shows all again */
void
scm_centre_filter_set_only_centres (ScmCentreFilter *self,
                                    GPtrArray       *centres)
{
  g_return_if_fail (SCM_IS_CENTRE_FILTER (self));

  if (self->only == NULL && centres == NULL)
    return;

  g_clear_pointer (&self->only, g_hash_table_unref);
  if (centres != NULL)
    {
      self->only = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
      for (guint i = 0; i < centres->len; i++)
        g_hash_table_add (self->only, g_object_ref (g_ptr_array_index (centres, i)));
    }
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

/* Shows only centres under UNESCO's auspices by @year; 0 shows every year */
void
scm_centre_filter_set_year_limit (ScmCentreFilter *self,
                                  int              year)
{
  GtkFilterChange change;

  g_return_if_fail (SCM_IS_CENTRE_FILTER (self));

  if (self->year_limit == year)
    return;

  if (year == 0)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else if (self->year_limit == 0)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else
    change = year > self->year_limit ? GTK_FILTER_CHANGE_LESS_STRICT : GTK_FILTER_CHANGE_MORE_STRICT;

  self->year_limit = year;
  gtk_filter_changed (GTK_FILTER (self), change);
}

/* Shows only @field, or every field and the affiliates when @field is NULL */
void
scm_centre_filter_show_only_field (ScmCentreFilter *self,
                                   GListModel      *fields,
                                   ScmField        *field)
{
  g_return_if_fail (SCM_IS_CENTRE_FILTER (self));

  g_hash_table_remove_all (self->hidden_fields);
  self->affiliates_hidden = field != NULL;
  for (guint i = 0; field != NULL && i < g_list_model_get_n_items (fields); i++)
    {
      g_autoptr(ScmField) other = g_list_model_get_item (fields, i);

      if (other != field)
        g_hash_table_add (self->hidden_fields, other);
    }

  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
replace_string (char       **target,
                const char  *value)
{
  g_free (*target);
  *target = g_strdup (value);
}

/* Makes @self let through what @other does: fields, affiliates, country,
 * search, year, attendance and the centres of a closer look */
void
scm_centre_filter_copy_from (ScmCentreFilter *self,
                             ScmCentreFilter *other)
{
  GHashTableIter iter;
  gpointer field;

  g_return_if_fail (SCM_IS_CENTRE_FILTER (self));
  g_return_if_fail (SCM_IS_CENTRE_FILTER (other));

  if (self == other)
    return;

  g_hash_table_remove_all (self->hidden_fields);
  g_hash_table_iter_init (&iter, other->hidden_fields);
  while (g_hash_table_iter_next (&iter, &field, NULL))
    g_hash_table_add (self->hidden_fields, field);
  self->affiliates_hidden = other->affiliates_hidden;
  replace_string (&self->country, other->country);
  replace_string (&self->search_text, other->search_text);
  replace_string (&self->folded_query, other->folded_query);
  self->year_limit = other->year_limit;
  g_strfreev (self->attendees);
  self->attendees = g_strdupv (other->attendees);
  self->attendees_only = other->attendees_only;
  g_clear_pointer (&self->only, g_hash_table_unref);
  if (other->only != NULL)
    self->only = g_hash_table_ref (other->only);

  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTRY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTENDEES_ONLY]);
}
