/* scm-network.c
 *
 * The network and its lookups; scm-network-loader.c fills it from a file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "scm-country.h"
#include "scm-network-loader-private.h"

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

void
scm_network_add_problem (ScmNetwork *self,
                         char       *message)
{
  /* Keep the array NULL-terminated for scm_network_get_problems() */
  g_ptr_array_remove_index (self->problems, self->problems->len - 1);
  g_ptr_array_add (self->problems, message);
  g_ptr_array_add (self->problems, NULL);
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
  g_clear_pointer (&self->links_seen, g_hash_table_unref);
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
  self->links_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->problems = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->problems, NULL);
}

ScmNetwork *
scm_network_new_empty (const char *display_name)
{
  ScmNetwork *self = g_object_new (SCM_TYPE_NETWORK, NULL);

  self->display_name = g_strdup (display_name);
  return self;
}

/* Once loaded: the counts of centres per field and country */
void
scm_network_finish_loading (ScmNetwork *self)
{
  g_clear_pointer (&self->links_seen, g_hash_table_unref);
  count_centres (self);
}

/**
 * scm_network_new_from_bytes:
 * @display_name: how the file is named over its problems, usually its path
 *
 * Never fails: a broken file gives a network with fewer entries (maybe none)
 * and its problems.
 */
ScmNetwork *
scm_network_new_from_bytes (GBytes     *bytes,
                            const char *display_name)
{
  ScmNetwork *self = scm_network_new_empty (display_name);

  if (bytes != NULL)
    scm_network_loader_load_bytes (self, bytes);
  scm_network_finish_loading (self);

  return self;
}

/* Never fails: a file that cannot be read gives an empty network with the reason */
ScmNetwork *
scm_network_new_from_file (GFile *file)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return scm_network_loader_load_file (file, NULL);
}

/* A window names every centre's country: looked up here, the iso-codes table
 * is read on the loading thread, not by the first window */
static void
look_up_country_names (ScmNetwork *network)
{
  GListModel *centres = scm_network_get_centres (network);

  for (guint i = 0; i < g_list_model_get_n_items (centres); i++)
    {
      g_autoptr(ScmCentre) centre = g_list_model_get_item (centres, i);

      scm_country_get_name (scm_centre_get_country (centre));
    }
}

static void
load_file_in_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  g_autoptr(ScmNetwork) network = scm_network_loader_load_file (task_data, cancellable);

  if (network != NULL)
    look_up_country_names (network);
  if (!g_task_return_error_if_cancelled (task))
    g_task_return_pointer (task, g_steal_pointer (&network), g_object_unref);
}

/**
 * scm_network_load_file_async:
 *
 * Loads @file as scm_network_new_from_file() does, on a worker thread. The
 * network is built there and only handed to the caller's thread once
 * complete: no other thread sees it while its lists change and signal.
 */
void
scm_network_load_file_async (GFile               *file,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, scm_network_load_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_file_in_thread);
}

/* The network (never NULL unless cancelled: a broken file gives its problems) */
ScmNetwork *
scm_network_load_file_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == scm_network_load_file_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
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

/* One line per problem, "section[index] (id): what is wrong", or what is
 * wrong with the whole file; the file is scm_network_get_display_name() */
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
