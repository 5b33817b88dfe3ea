/* scm-cities.c
 *
 * Reads data/cities.bin (written by build-aux/geonames-to-cities.py, whose
 * docstring describes the layout). Their labels are placed in
 * scm-city-labels.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "scm-cities-private.h"
#include "scm-geo.h"
#include "scm-reader-private.h"

#define MAGIC "SCMCITY1"

G_DEFINE_FINAL_TYPE (ScmCities, scm_cities, G_TYPE_OBJECT)

/* A UTF-8 string with its 16-bit length; NULL when empty or damaged */
static const char *
reader_string (ScmReader  *reader,
               gsize   *length)
{
  const guint8 *header = scm_reader_take (reader, 2);
  const char *text;

  *length = header ? (gsize)(header[0] | header[1] << 8) : 0;
  text = (const char *)scm_reader_take (reader, *length);
  if (text != NULL && !g_utf8_validate_len (text, *length, NULL))
    reader->failed = TRUE;
  return reader->failed || *length == 0 ? NULL : text;
}

/* Which of the file's languages the interface speaks: 0 for English */
static guint
read_language_choice (ScmReader             *reader,
                      guint               n_languages,
                      const char * const *wanted)
{
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n_languages && !reader->failed; i++)
    {
      const guint8 *length = scm_reader_take (reader, 1);
      const char *code = length ? (const char *)scm_reader_take (reader, *length) : NULL;

      if (code != NULL)
        g_ptr_array_add (codes, g_strndup (code, *length));
    }
  scm_reader_align (reader);

  for (guint w = 0; wanted != NULL && wanted[w] != NULL; w++)
    {
      if (g_str_equal (wanted[w], "C") || g_str_equal (wanted[w], "POSIX") ||
          g_str_has_prefix (wanted[w], "en"))
        return 0;
      for (guint i = 0; i < codes->len; i++)
        if (g_str_equal (wanted[w], g_ptr_array_index (codes, i)))
          return i + 1;
    }
  return 0;
}

/* Whether the name's first letter is of a script written from right to left */
static gboolean
is_right_to_left (const char *name)
{
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalpha (c))
        continue;
      switch (g_unichar_get_script (c))
        {
        case G_UNICODE_SCRIPT_ARABIC:
        case G_UNICODE_SCRIPT_HEBREW:
        case G_UNICODE_SCRIPT_SYRIAC:
        case G_UNICODE_SCRIPT_THAANA:
        case G_UNICODE_SCRIPT_NKO:
          return TRUE;
        default:
          return FALSE;
        }
    }
  return FALSE;
}

static void
read_city (ScmCities *self,
           ScmReader    *reader,
           guint      n_languages,
           guint      language)
{
  City city = { .width = -1, .height = -1 };
  const guint8 *zoom_and_flags;
  const char *english = NULL;

  scm_reader_floats (reader, &city.x, 1);
  scm_reader_floats (reader, &city.y, 1);
  zoom_and_flags = scm_reader_take (reader, 2);
  if (zoom_and_flags == NULL)
    return;
  city.min_zoom = zoom_and_flags[0];
  city.flags = zoom_and_flags[1];

  for (guint i = 0; i <= n_languages && !reader->failed; i++)
    {
      gsize length;
      const char *name = reader_string (reader, &length);

      if (i == 0 && name != NULL)
        english = city.name = g_string_chunk_insert_len (self->names, name, length);
      else if (i == language && name != NULL)
        city.name = g_string_chunk_insert_len (self->names, name, length);
    }
  scm_reader_align (reader);

  if (english == NULL)
    {
      reader->failed = TRUE;
      return;
    }
  city.rtl = is_right_to_left (city.name);
  g_array_append_val (self->cities, city);
}

static gboolean
read_cities (ScmCities          *self,
             ScmReader             *reader,
             const char * const *languages)
{
  const guint8 *magic = scm_reader_take (reader, strlen (MAGIC));
  guint n_languages, n_cities, language;

  if (magic == NULL || memcmp (magic, MAGIC, strlen (MAGIC)) != 0)
    return FALSE;

  n_languages = scm_reader_uint (reader);
  n_cities = scm_reader_uint (reader);
  if (n_languages > 255)
    return FALSE;
  language = read_language_choice (reader, n_languages, languages);

  for (guint i = 0; i < n_cities && !reader->failed; i++)
    read_city (self, reader, n_languages, language);

  return !reader->failed;
}

static void
scm_cities_finalize (GObject *object)
{
  ScmCities *self = (ScmCities *)object;

  g_clear_pointer (&self->cities, g_array_unref);
  g_clear_pointer (&self->names, g_string_chunk_free);

  G_OBJECT_CLASS (scm_cities_parent_class)->finalize (object);
}

static void
scm_cities_class_init (ScmCitiesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = scm_cities_finalize;
}

static void
scm_cities_init (ScmCities *self)
{
  self->names = g_string_chunk_new (16 * 1024);
  self->cities = g_array_new (FALSE, FALSE, sizeof (City));
}

/**
 * scm_cities_new_from_bytes:
 * @languages: (nullable): the interface's languages, as g_get_language_names()
 *   gives them: the first that the file has names the cities
 */
ScmCities *
scm_cities_new_from_bytes (GBytes             *bytes,
                           const char * const *languages,
                           GError            **error)
{
  g_autoptr(ScmCities) self = g_object_new (SCM_TYPE_CITIES, NULL);
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);
  ScmReader reader = { data, length, 0, FALSE };

  if (!read_cities (self, &reader, languages))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "The cities data is damaged (at byte %" G_GSIZE_FORMAT ")", reader.offset);
      return NULL;
    }

  return g_steal_pointer (&self);
}

guint
scm_cities_get_n_cities (ScmCities *self)
{
  g_return_val_if_fail (SCM_IS_CITIES (self), 0);
  return self->cities->len;
}

/* The name in the interface language where the file has one, else in English */
const char *
scm_cities_get_name (ScmCities *self,
                     guint      index)
{
  g_return_val_if_fail (SCM_IS_CITIES (self), NULL);
  g_return_val_if_fail (index < self->cities->len, NULL);
  return scm_cities_get_city (self, index)->name;
}

guint
scm_cities_get_min_zoom (ScmCities *self,
                         guint      index)
{
  g_return_val_if_fail (SCM_IS_CITIES (self), 0);
  g_return_val_if_fail (index < self->cities->len, 0);
  return scm_cities_get_city (self, index)->min_zoom;
}

ScmCityFlags
scm_cities_get_flags (ScmCities *self,
                      guint      index)
{
  g_return_val_if_fail (SCM_IS_CITIES (self), 0);
  g_return_val_if_fail (index < self->cities->len, 0);
  return scm_cities_get_city (self, index)->flags;
}

void
scm_cities_get_position (ScmCities *self,
                         guint      index,
                         double    *latitude,
                         double    *longitude)
{
  g_return_if_fail (SCM_IS_CITIES (self));
  g_return_if_fail (index < self->cities->len);
  *latitude = scm_geo_y_to_latitude (scm_cities_get_city (self, index)->y);
  *longitude = scm_geo_x_to_longitude (scm_cities_get_city (self, index)->x);
}


/* Host cities this close to a place are the place's city */
#define SAME_CITY_KM 30

/**
 * scm_cities_name_host_city:
 *
 * The name, in the interface language, of the host city nearest to
 * (@latitude, @longitude), or %NULL when no host city is there.
 */
const char *
scm_cities_name_host_city (ScmCities *self,
                           double     latitude,
                           double     longitude)
{
  const char *nearest = NULL;
  double nearest_km = SAME_CITY_KM;

  g_return_val_if_fail (SCM_IS_CITIES (self), NULL);

  for (guint i = 0; i < self->cities->len; i++)
    {
      double city_latitude, city_longitude, km;

      if (!(scm_cities_get_flags (self, i) & SCM_CITY_HOST))
        continue;
      scm_cities_get_position (self, i, &city_latitude, &city_longitude);
      km = scm_geo_distance_km (latitude, longitude, city_latitude, city_longitude);
      if (km < nearest_km)
        {
          nearest_km = km;
          nearest = scm_cities_get_name (self, i);
        }
    }

  return nearest;
}
