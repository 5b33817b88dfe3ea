/* scm-meeting.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "scm-meeting-private.h"

struct _ScmMeeting
{
  GObject parent_instance;

  char *title;
  GDate start;
  GDate end;
  char *venue;
  char *city;
  char *country;
  double latitude;
  double longitude;
  char *venue_notes;
  guint centres_represented;
  guint centres_total;
  GStrv hosts;
  GStrv co_organisers;
  GStrv attendees;
  GPtrArray *attendee_sources;
  GStrv participants;     /* the co-organisers, then the other attendees */
  GStrv supporters;
  GStrv objectives;
  GStrv outcomes;
  GStrv speaker_names;
  GStrv speaker_roles;
  GStrv notes;
  GStrv sources;
};

G_DEFINE_FINAL_TYPE (ScmMeeting, scm_meeting, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_VENUE,
  PROP_CITY,
  PROP_LATITUDE,
  PROP_LONGITUDE,
  PROP_CENTRES_REPRESENTED,
  PROP_CENTRES_TOTAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
scm_meeting_finalize (GObject *object)
{
  ScmMeeting *self = (ScmMeeting *)object;

  g_free (self->title);
  g_free (self->venue);
  g_free (self->city);
  g_free (self->country);
  g_free (self->venue_notes);
  g_strfreev (self->hosts);
  g_strfreev (self->co_organisers);
  g_strfreev (self->supporters);
  g_strfreev (self->objectives);
  g_strfreev (self->outcomes);
  g_strfreev (self->attendees);
  g_clear_pointer (&self->attendee_sources, g_ptr_array_unref);
  g_strfreev (self->participants);
  g_strfreev (self->speaker_names);
  g_strfreev (self->speaker_roles);
  g_strfreev (self->notes);
  g_strfreev (self->sources);

  G_OBJECT_CLASS (scm_meeting_parent_class)->finalize (object);
}

static void
scm_meeting_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  ScmMeeting *self = SCM_MEETING (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_VENUE:
      g_value_set_string (value, self->venue);
      break;
    case PROP_CITY:
      g_value_set_string (value, self->city);
      break;
    case PROP_LATITUDE:
      g_value_set_double (value, self->latitude);
      break;
    case PROP_LONGITUDE:
      g_value_set_double (value, self->longitude);
      break;
    case PROP_CENTRES_REPRESENTED:
      g_value_set_uint (value, self->centres_represented);
      break;
    case PROP_CENTRES_TOTAL:
      g_value_set_uint (value, self->centres_total);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scm_meeting_class_init (ScmMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = scm_meeting_finalize;
  object_class->get_property = scm_meeting_get_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_VENUE] = g_param_spec_string ("venue", NULL, NULL, NULL, flags);
  properties[PROP_CITY] = g_param_spec_string ("city", NULL, NULL, NULL, flags);
  properties[PROP_LATITUDE] = g_param_spec_double ("latitude", NULL, NULL, -90, 90, 0, flags);
  properties[PROP_LONGITUDE] = g_param_spec_double ("longitude", NULL, NULL, -180, 180, 0, flags);
  properties[PROP_CENTRES_REPRESENTED] =
    g_param_spec_uint ("centres-represented", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_CENTRES_TOTAL] =
    g_param_spec_uint ("centres-total", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scm_meeting_init (ScmMeeting *self)
{
  g_date_clear (&self->start, 1);
  g_date_clear (&self->end, 1);
}

static GStrv
copy_strv (const char * const *strv)
{
  static const char * const empty[] = { NULL };
  return g_strdupv ((char **)(strv ? strv : empty));
}

static GStrv
join_participants (const char * const *co_organisers,
                   const char * const *attendees)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_strv_builder_addv (builder, (const char **)co_organisers);
  for (guint i = 0; attendees[i] != NULL; i++)
    if (!g_strv_contains (co_organisers, attendees[i]))
      g_strv_builder_add (builder, attendees[i]);
  return g_strv_builder_end (builder);
}

ScmMeeting *
scm_meeting_new (const ScmMeetingInfo *info)
{
  ScmMeeting *self = g_object_new (SCM_TYPE_MEETING, NULL);

  self->title = g_strdup (info->title);
  if (info->start)
    self->start = *info->start;
  if (info->end)
    self->end = *info->end;
  self->venue = g_strdup (info->venue);
  self->city = g_strdup (info->city);
  self->country = g_strdup (info->country);
  self->latitude = info->latitude;
  self->longitude = info->longitude;
  self->venue_notes = g_strdup (info->venue_notes);
  self->centres_represented = info->centres_represented;
  self->centres_total = info->centres_total;
  self->hosts = copy_strv (info->hosts);
  self->co_organisers = copy_strv (info->co_organisers);
  self->attendees = copy_strv (info->attendees);
  self->attendee_sources = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  for (guint i = 0; info->attendee_sources != NULL && i < info->attendee_sources->len; i++)
    g_ptr_array_add (self->attendee_sources, copy_strv (g_ptr_array_index (info->attendee_sources, i)));
  self->participants = join_participants ((const char * const *)self->co_organisers,
                                         (const char * const *)self->attendees);
  self->supporters = copy_strv (info->supporters);
  self->objectives = copy_strv (info->objectives);
  self->outcomes = copy_strv (info->outcomes);
  self->speaker_names = copy_strv (info->speaker_names);
  self->speaker_roles = copy_strv (info->speaker_roles);
  self->notes = copy_strv (info->notes);
  self->sources = copy_strv (info->sources);

  return self;
}

#define STRING_GETTER(member) \
  const char * \
  scm_meeting_get_##member (ScmMeeting *self) \
  { \
    g_return_val_if_fail (SCM_IS_MEETING (self), NULL); \
    return self->member; \
  }

#define STRV_GETTER(member) \
  const char * const * \
  scm_meeting_get_##member (ScmMeeting *self) \
  { \
    g_return_val_if_fail (SCM_IS_MEETING (self), NULL); \
    return (const char * const *)self->member; \
  }

STRING_GETTER (title)
STRING_GETTER (venue)
STRING_GETTER (city)
STRING_GETTER (country)
STRING_GETTER (venue_notes)
STRV_GETTER (hosts)
STRV_GETTER (co_organisers)
STRV_GETTER (attendees)
STRV_GETTER (supporters)
STRV_GETTER (objectives)
STRV_GETTER (outcomes)
STRV_GETTER (speaker_names)
STRV_GETTER (speaker_roles)
STRV_GETTER (notes)
STRV_GETTER (sources)

/* The centres that the sources show at the meeting: its co-organisers and
 * the centres known to have attended, each once */
const char * const *
scm_meeting_get_participants (ScmMeeting *self)
{
  g_return_val_if_fail (SCM_IS_MEETING (self), NULL);
  return (const char * const *)self->participants;
}

/* The sources that show the @index-th of scm_meeting_get_attendees() at the meeting */
const char * const *
scm_meeting_get_attendee_sources (ScmMeeting *self,
                                  guint       index)
{
  g_return_val_if_fail (SCM_IS_MEETING (self), NULL);
  g_return_val_if_fail (index < self->attendee_sources->len, NULL);
  return g_ptr_array_index (self->attendee_sources, index);
}

/* The returned date is owned by the meeting; it is invalid when the file gives none. */
GDate *
scm_meeting_get_start (ScmMeeting *self)
{
  g_return_val_if_fail (SCM_IS_MEETING (self), NULL);
  return &self->start;
}

GDate *
scm_meeting_get_end (ScmMeeting *self)
{
  g_return_val_if_fail (SCM_IS_MEETING (self), NULL);
  return &self->end;
}

double
scm_meeting_get_latitude (ScmMeeting *self)
{
  g_return_val_if_fail (SCM_IS_MEETING (self), 0);
  return self->latitude;
}

double
scm_meeting_get_longitude (ScmMeeting *self)
{
  g_return_val_if_fail (SCM_IS_MEETING (self), 0);
  return self->longitude;
}

guint
scm_meeting_get_centres_represented (ScmMeeting *self)
{
  g_return_val_if_fail (SCM_IS_MEETING (self), 0);
  return self->centres_represented;
}

guint
scm_meeting_get_centres_total (ScmMeeting *self)
{
  g_return_val_if_fail (SCM_IS_MEETING (self), 0);
  return self->centres_total;
}

static char *
format_date (const GDate *date,
             const char  *format)
{
  g_autoptr(GDateTime) time = g_date_time_new_utc (g_date_get_year (date),
                                                   g_date_get_month (date),
                                                   g_date_get_day (date), 0, 0, 0);
  g_autofree char *text = g_date_time_format (time, format);

  return g_strdup (g_strstrip (text));
}

/* "16–18 May 2016", or "30 May – 2 June 2016" across months, in the user's language */
char *
scm_meeting_format_dates (ScmMeeting *self)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  g_return_val_if_fail (SCM_IS_MEETING (self), NULL);

  last = format_date (&self->end, "%e %B %Y");
  if (g_date_compare (&self->start, &self->end) == 0)
    return g_steal_pointer (&last);

  if (g_date_get_month (&self->start) == g_date_get_month (&self->end) &&
      g_date_get_year (&self->start) == g_date_get_year (&self->end))
    {
      first = format_date (&self->start, "%e");
      /* Translators: a range of days, "16–18 May 2016" */
      return g_strdup_printf (_("%s–%s"), first, last);
    }

  first = format_date (&self->start, "%e %B");
  /* Translators: a range of dates across months, "30 April – 2 May 2016" */
  return g_strdup_printf (_("%s – %s"), first, last);
}
