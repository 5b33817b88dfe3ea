/* scm-centre.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "scm-centre-private.h"
#include "scm-country.h"

struct _ScmCentre
{
  GObject parent_instance;

  ScmPlaceKind kind;
  char *id;
  char *acronym;
  char *short_name;
  char *name;
  ScmField *field;
  char *city;
  char *country;
  double latitude;
  double longitude;
  char *website;
  int established;
  char *summary;
  ScmCentreStatus status;
  char *notes;
  GStrv sources;
  ScmPositionBasis position;
  GStrv position_sources;
  char *search_key;
};

G_DEFINE_FINAL_TYPE (ScmCentre, scm_centre, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_IS_AFFILIATE,
  PROP_ID,
  PROP_ACRONYM,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_FIELD,
  PROP_CITY,
  PROP_COUNTRY,
  PROP_COUNTRY_NAME,
  PROP_LATITUDE,
  PROP_LONGITUDE,
  PROP_WEBSITE,
  PROP_ESTABLISHED,
  PROP_SUMMARY,
  PROP_STATUS,
  PROP_NOTES,
  PROP_SOURCES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_ascii (const char *text)
{
  for (; *text != '\0'; text++)
    if ((guchar)*text >= 0x80)
      return FALSE;
  return TRUE;
}

/* Lower-case, without accents, so that "Lodz" finds "Łódź" and "iguacu" "Iguaçu". */
char *
scm_fold_for_search (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  GString *plain;

  if (text == NULL)
    return g_strdup ("");

  /* Most names are plain ASCII: lower case is all they need */
  if (is_ascii (text))
    return g_ascii_strdown (text, -1);

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  if (decomposed == NULL)
    return g_strdup ("");

  plain = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      /* Letters that do not decompose into a base letter and a mark */
      switch (c)
        {
        case 0x0141: case 0x0142: c = 'l'; break;  /* Ł ł */
        case 0x00D8: case 0x00F8: c = 'o'; break;  /* Ø ø */
        case 0x0110: case 0x0111: c = 'd'; break;  /* Đ đ */
        case 0x00DF: g_string_append (plain, "ss"); continue;
        default: break;
        }
      g_string_append_unichar (plain, c);
    }

  folded = g_string_free (plain, FALSE);
  return g_utf8_casefold (folded, -1);
}

static char *
build_search_key (ScmCentre *self)
{
  g_autofree char *joined = g_strjoin ("\n",
                                       self->name,
                                       self->acronym ? self->acronym : "",
                                       self->short_name ? self->short_name : "",
                                       self->city,
                                       scm_country_get_name (self->country),
                                       self->country,
                                       NULL);
  return scm_fold_for_search (joined);
}

static void
scm_centre_finalize (GObject *object)
{
  ScmCentre *self = (ScmCentre *)object;

  g_clear_object (&self->field);
  g_free (self->id);
  g_free (self->acronym);
  g_free (self->short_name);
  g_free (self->name);
  g_free (self->city);
  g_free (self->country);
  g_free (self->website);
  g_free (self->summary);
  g_free (self->notes);
  g_strfreev (self->sources);
  g_strfreev (self->position_sources);
  g_free (self->search_key);

  G_OBJECT_CLASS (scm_centre_parent_class)->finalize (object);
}

static void
scm_centre_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  ScmCentre *self = SCM_CENTRE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_IS_AFFILIATE:
      g_value_set_boolean (value, self->kind == SCM_PLACE_AFFILIATE);
      break;
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_ACRONYM:
      g_value_set_string (value, self->acronym);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_SHORT_NAME:
      g_value_set_string (value, scm_centre_get_short_name (self));
      break;
    case PROP_FIELD:
      g_value_set_object (value, self->field);
      break;
    case PROP_CITY:
      g_value_set_string (value, self->city);
      break;
    case PROP_COUNTRY:
      g_value_set_string (value, self->country);
      break;
    case PROP_COUNTRY_NAME:
      g_value_set_string (value, scm_centre_get_country_name (self));
      break;
    case PROP_LATITUDE:
      g_value_set_double (value, self->latitude);
      break;
    case PROP_LONGITUDE:
      g_value_set_double (value, self->longitude);
      break;
    case PROP_WEBSITE:
      g_value_set_string (value, self->website);
      break;
    case PROP_ESTABLISHED:
      g_value_set_int (value, self->established);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_SOURCES:
      g_value_set_boxed (value, self->sources);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
scm_centre_class_init (ScmCentreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = scm_centre_finalize;
  object_class->get_property = scm_centre_get_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, SCM_TYPE_PLACE_KIND, SCM_PLACE_CENTRE, flags);
  properties[PROP_IS_AFFILIATE] = g_param_spec_boolean ("is-affiliate", NULL, NULL, FALSE, flags);
  properties[PROP_ID] = string_property ("id");
  properties[PROP_ACRONYM] = string_property ("acronym");
  properties[PROP_NAME] = string_property ("name");
  properties[PROP_SHORT_NAME] = string_property ("short-name");
  properties[PROP_FIELD] = g_param_spec_object ("field", NULL, NULL, SCM_TYPE_FIELD, flags);
  properties[PROP_CITY] = string_property ("city");
  properties[PROP_COUNTRY] = string_property ("country");
  properties[PROP_COUNTRY_NAME] = string_property ("country-name");
  properties[PROP_LATITUDE] = g_param_spec_double ("latitude", NULL, NULL, -90, 90, 0, flags);
  properties[PROP_LONGITUDE] = g_param_spec_double ("longitude", NULL, NULL, -180, 180, 0, flags);
  properties[PROP_WEBSITE] = string_property ("website");
  properties[PROP_ESTABLISHED] = g_param_spec_int ("established", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_SUMMARY] = string_property ("summary");
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, SCM_TYPE_CENTRE_STATUS,
                                               SCM_CENTRE_STATUS_CONFIRMED, flags);
  properties[PROP_NOTES] = string_property ("notes");
  properties[PROP_SOURCES] = g_param_spec_boxed ("sources", NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scm_centre_init (ScmCentre *self)
{
}

ScmCentre *
scm_centre_new (const ScmCentreInfo *info)
{
  ScmCentre *self = g_object_new (SCM_TYPE_CENTRE, NULL);

  self->kind = info->kind;
  self->id = g_strdup (info->id);
  self->acronym = g_strdup (info->acronym);
  self->short_name = g_strdup (info->short_name);
  self->name = g_strdup (info->name);
  self->field = info->field ? g_object_ref (info->field) : NULL;
  self->city = g_strdup (info->city);
  self->country = g_strdup (info->country);
  self->latitude = info->latitude;
  self->longitude = info->longitude;
  self->website = g_strdup (info->website);
  self->established = info->established;
  self->summary = g_strdup (info->summary);
  self->status = info->status;
  self->notes = g_strdup (info->notes);
  self->sources = g_strdupv ((char **)info->sources);
  self->position = info->position;
  self->position_sources = g_strdupv ((char **)info->position_sources);
  self->search_key = build_search_key (self);

  return self;
}

ScmPlaceKind
scm_centre_get_kind (ScmCentre *self)
{
  g_return_val_if_fail (SCM_IS_CENTRE (self), SCM_PLACE_CENTRE);
  return self->kind;
}

const char *
scm_centre_get_id (ScmCentre *self)
{
  g_return_val_if_fail (SCM_IS_CENTRE (self), NULL);
  return self->id;
}

const char *
scm_centre_get_acronym (ScmCentre *self)
{
  g_return_val_if_fail (SCM_IS_CENTRE (self), NULL);
  return self->acronym;
}

const char *
scm_centre_get_name (ScmCentre *self)
{
  g_return_val_if_fail (SCM_IS_CENTRE (self), NULL);
  return self->name;
}

/* The acronym where the centre has one, else the file's short name for it,
 * else its full name: what the map writes beside its marker. */
const char *
scm_centre_get_short_name (ScmCentre *self)
{
  g_return_val_if_fail (SCM_IS_CENTRE (self), NULL);
  if (self->acronym != NULL)
    return self->acronym;
  return self->short_name ? self->short_name : self->name;
}

/* NULL for an affiliate, which belongs to no field. */
ScmField *
scm_centre_get_field (ScmCentre *self)
{
  g_return_val_if_fail (SCM_IS_CENTRE (self), NULL);
  return self->field;
}

const char *
scm_centre_get_city (ScmCentre *self)
{
  g_return_val_if_fail (SCM_IS_CENTRE (self), NULL);
  return self->city;
}

/* ISO 3166-1 alpha-2 code */
const char *
scm_centre_get_country (ScmCentre *self)
{
  g_return_val_if_fail (SCM_IS_CENTRE (self), NULL);
  return self->country;
}

const char *
scm_centre_get_country_name (ScmCentre *self)
{
  g_return_val_if_fail (SCM_IS_CENTRE (self), NULL);
  return scm_country_get_name (self->country);
}

double
scm_centre_get_latitude (ScmCentre *self)
{
  g_return_val_if_fail (SCM_IS_CENTRE (self), 0);
  return self->latitude;
}

double
scm_centre_get_longitude (ScmCentre *self)
{
  g_return_val_if_fail (SCM_IS_CENTRE (self), 0);
  return self->longitude;
}

const char *
scm_centre_get_website (ScmCentre *self)
{
  g_return_val_if_fail (SCM_IS_CENTRE (self), NULL);
  return self->website;
}

/* Year the centre came under UNESCO's auspices, or 0 when unknown. */
int
scm_centre_get_established (ScmCentre *self)
{
  g_return_val_if_fail (SCM_IS_CENTRE (self), 0);
  return self->established;
}

const char *
scm_centre_get_summary (ScmCentre *self)
{
  g_return_val_if_fail (SCM_IS_CENTRE (self), NULL);
  return self->summary;
}

/* Confirmed, doubtful or approved: see data/README.md */
ScmCentreStatus
scm_centre_get_status (ScmCentre *self)
{
  g_return_val_if_fail (SCM_IS_CENTRE (self), SCM_CENTRE_STATUS_CONFIRMED);
  return self->status;
}

const char *
scm_centre_get_notes (ScmCentre *self)
{
  g_return_val_if_fail (SCM_IS_CENTRE (self), NULL);
  return self->notes;
}

const char * const *
scm_centre_get_sources (ScmCentre *self)
{
  g_return_val_if_fail (SCM_IS_CENTRE (self), NULL);
  return (const char * const *)self->sources;
}

const char *
scm_centre_get_search_key (ScmCentre *self)
{
  g_return_val_if_fail (SCM_IS_CENTRE (self), NULL);
  return self->search_key;
}

/* @folded_query comes from scm_fold_for_search(); an empty query matches all. */
gboolean
scm_centre_matches (ScmCentre  *self,
                    const char *folded_query)
{
  g_return_val_if_fail (SCM_IS_CENTRE (self), FALSE);
  return folded_query == NULL || strstr (self->search_key, folded_query) != NULL;
}

/* Whether the centre's point is its host institution's or its city's */
ScmPositionBasis
scm_centre_get_position (ScmCentre *self)
{
  g_return_val_if_fail (SCM_IS_CENTRE (self), SCM_POSITION_CITY);
  return self->position;
}

/* Where the host institution's position comes from; NULL at city level */
const char * const *
scm_centre_get_position_sources (ScmCentre *self)
{
  g_return_val_if_fail (SCM_IS_CENTRE (self), NULL);
  return (const char * const *)self->position_sources;
}
