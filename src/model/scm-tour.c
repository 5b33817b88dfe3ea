/* scm-tour.c
 *
 * The tour: the whole network → each field with centres (a crowded field
 * followed by a closer look at each of its parts of the world) → the network
 * through time → the meeting → the collaborations, then round to the start again.
 * Stops that the network cannot fill (no meeting, no links, no years) are left
 * out. The tour stops at either end; a tour that moves on by itself loops.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "scm-tour.h"

/* A field with more centres than this is looked at closer: a projector's view
 * of the whole world cannot name them all */
#define MAX_CENTRES_AT_ONCE 12
/* A closer look spans at most this many degrees of longitude … */
#define CLOSE_UP_SPAN 60.0
/* … and is worth a stop from this many centres */
#define MIN_CLOSE_UP_CENTRES 3

typedef struct
{
  ScmTourStopKind kind;
  ScmField *field;
  GPtrArray *framed;   /* ScmCentre: what a closer look frames, else NULL */
} Stop;

struct _ScmTour
{
  GObject parent_instance;

  ScmNetwork *network;
  GArray *stops;
  guint position;
  int first_year;
  int last_year;
  ScmCityNamer city_namer;
  gpointer city_namer_data;
};

G_DEFINE_FINAL_TYPE (ScmTour, scm_tour, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
add_stop (ScmTour         *self,
          ScmTourStopKind  kind,
          ScmField        *field)
{
  Stop stop = { kind, field ? g_object_ref (field) : NULL, NULL };
  g_array_append_val (self->stops, stop);
}

static void
add_close_up (ScmTour   *self,
              ScmField  *field,
              GPtrArray *centres,
              guint      start,
              guint      end)
{
  Stop stop = { SCM_TOUR_CLOSE_UP, g_object_ref (field), g_ptr_array_new_with_free_func (g_object_unref) };

  for (guint i = start; i < end; i++)
    g_ptr_array_add (stop.framed, g_object_ref (g_ptr_array_index (centres, i)));
  g_array_append_val (self->stops, stop);
}

static int
compare_longitudes (gconstpointer a,
                    gconstpointer b)
{
  double first = scm_centre_get_longitude (*(ScmCentre **)a);
  double second = scm_centre_get_longitude (*(ScmCentre **)b);

  return (first > second) - (first < second);
}

static GPtrArray *
centres_from_west_to_east (ScmTour  *self,
                           ScmField *field)
{
  GListModel *centres = scm_network_get_centres (self->network);
  GPtrArray *sorted = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (centres); i++)
    {
      ScmCentre *centre = g_list_model_get_item (centres, i);

      if (scm_centre_get_field (centre) == field)
        g_ptr_array_add (sorted, centre);
      else
        g_object_unref (centre);
    }
  g_ptr_array_sort (sorted, compare_longitudes);
  return sorted;
}

static double
longitude_at (GPtrArray *centres,
              guint      i)
{
  return scm_centre_get_longitude (g_ptr_array_index (centres, i));
}

/* Splits the centres from @start to @end (sorted west to east) at their widest
 * gap of longitude until each part spans at most CLOSE_UP_SPAN, and adds a
 * closer look at each part with enough centres */
static void
add_close_ups_of_part (ScmTour   *self,
                       ScmField  *field,
                       GPtrArray *centres,
                       guint      start,
                       guint      end)
{
  double widest = -1;
  guint split = start;

  if (longitude_at (centres, end - 1) - longitude_at (centres, start) <= CLOSE_UP_SPAN)
    {
      if (end - start >= MIN_CLOSE_UP_CENTRES)
        add_close_up (self, field, centres, start, end);
      return;
    }

  for (guint i = start + 1; i < end; i++)
    if (longitude_at (centres, i) - longitude_at (centres, i - 1) > widest)
      {
        widest = longitude_at (centres, i) - longitude_at (centres, i - 1);
        split = i;
      }

  add_close_ups_of_part (self, field, centres, start, split);
  add_close_ups_of_part (self, field, centres, split, end);
}

static void
add_close_ups (ScmTour  *self,
               ScmField *field)
{
  g_autoptr(GPtrArray) centres = NULL;

  if (scm_field_get_n_centres (field) <= MAX_CENTRES_AT_ONCE)
    return;

  centres = centres_from_west_to_east (self, field);
  add_close_ups_of_part (self, field, centres, 0, centres->len);
}

/* From the oldest known year to the year the file describes ("as_of"):
 * centres whose agreement came later appear with those of unknown year. */
static void
find_years (ScmTour *self)
{
  GListModel *centres = scm_network_get_centres (self->network);
  const char *as_of = scm_network_get_as_of (self->network);
  int as_of_year = as_of ? (int)g_ascii_strtoll (as_of, NULL, 10) : 0;

  self->first_year = G_MAXINT;
  self->last_year = 0;
  for (guint i = 0; i < g_list_model_get_n_items (centres); i++)
    {
      g_autoptr(ScmCentre) centre = g_list_model_get_item (centres, i);
      int year = scm_centre_get_established (centre);

      if (year > 0)
        {
          self->first_year = MIN (self->first_year, year);
          self->last_year = MAX (self->last_year, year);
        }
    }

  if (as_of_year > 0 && self->last_year > as_of_year)
    self->last_year = as_of_year;
}

static void
build_stops (ScmTour *self)
{
  GListModel *fields = scm_network_get_fields (self->network);

  add_stop (self, SCM_TOUR_OVERVIEW, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (fields); i++)
    {
      g_autoptr(ScmField) field = g_list_model_get_item (fields, i);

      if (scm_field_get_n_centres (field) > 0)
        {
          add_stop (self, SCM_TOUR_FIELD, field);
          add_close_ups (self, field);
        }
    }

  find_years (self);
  if (self->last_year > 0)
    add_stop (self, SCM_TOUR_TIMELINE, NULL);
  if (scm_network_get_meeting (self->network) != NULL)
    add_stop (self, SCM_TOUR_MEETING, NULL);
  if (g_list_model_get_n_items (scm_network_get_links (self->network)) > 0)
    add_stop (self, SCM_TOUR_LINKS, NULL);
}

static void
clear_stop (gpointer data)
{
  g_clear_object (&((Stop *)data)->field);
  g_clear_pointer (&((Stop *)data)->framed, g_ptr_array_unref);
}

static void
scm_tour_dispose (GObject *object)
{
  ScmTour *self = (ScmTour *)object;

  g_clear_pointer (&self->stops, g_array_unref);
  g_clear_object (&self->network);

  G_OBJECT_CLASS (scm_tour_parent_class)->dispose (object);
}

static void
scm_tour_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_POSITION:
      g_value_set_uint (value, SCM_TOUR (object)->position);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scm_tour_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_POSITION:
      scm_tour_set_position (SCM_TOUR (object), g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scm_tour_class_init (ScmTourClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = scm_tour_dispose;
  object_class->get_property = scm_tour_get_property;
  object_class->set_property = scm_tour_set_property;

  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scm_tour_init (ScmTour *self)
{
  self->stops = g_array_new (FALSE, FALSE, sizeof (Stop));
  g_array_set_clear_func (self->stops, clear_stop);
}

ScmTour *
scm_tour_new (ScmNetwork *network)
{
  ScmTour *self = g_object_new (SCM_TYPE_TOUR, NULL);

  self->network = g_object_ref (network);
  build_stops (self);
  return self;
}

guint
scm_tour_get_n_stops (ScmTour *self)
{
  g_return_val_if_fail (SCM_IS_TOUR (self), 0);
  return self->stops->len;
}

guint
scm_tour_get_position (ScmTour *self)
{
  g_return_val_if_fail (SCM_IS_TOUR (self), 0);
  return self->position;
}

/* Emits notify::position even when the position stays, so that a stop can be shown again. */
void
scm_tour_set_position (ScmTour *self,
                       guint    position)
{
  g_return_if_fail (SCM_IS_TOUR (self));
  g_return_if_fail (position < self->stops->len);

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

/* A presenter's clicker stops at the last stop: nothing happens past it */
void
scm_tour_next (ScmTour *self)
{
  g_return_if_fail (SCM_IS_TOUR (self));

  if (self->position + 1 < self->stops->len)
    scm_tour_set_position (self, self->position + 1);
}

void
scm_tour_previous (ScmTour *self)
{
  g_return_if_fail (SCM_IS_TOUR (self));

  if (self->position > 0)
    scm_tour_set_position (self, self->position - 1);
}

/* The next stop, or the first after the last: for a tour that runs by itself */
void
scm_tour_next_looping (ScmTour *self)
{
  g_return_if_fail (SCM_IS_TOUR (self));
  scm_tour_set_position (self, (self->position + 1) % self->stops->len);
}

void
scm_tour_first (ScmTour *self)
{
  scm_tour_set_position (self, 0);
}

void
scm_tour_last (ScmTour *self)
{
  g_return_if_fail (SCM_IS_TOUR (self));
  scm_tour_set_position (self, self->stops->len - 1);
}

static const Stop *
current_stop (ScmTour *self)
{
  return &g_array_index (self->stops, Stop, self->position);
}

ScmTourStopKind
scm_tour_get_kind (ScmTour *self)
{
  g_return_val_if_fail (SCM_IS_TOUR (self), SCM_TOUR_OVERVIEW);
  return current_stop (self)->kind;
}

/* The field of a field stop or of a closer look, else NULL */
ScmField *
scm_tour_get_field (ScmTour *self)
{
  g_return_val_if_fail (SCM_IS_TOUR (self), NULL);
  return current_stop (self)->field;
}

/* The centres a closer look frames (ScmCentre), else NULL */
GPtrArray *
scm_tour_get_framed_centres (ScmTour *self)
{
  g_return_val_if_fail (SCM_IS_TOUR (self), NULL);
  return current_stop (self)->framed;
}

/* Year of the oldest centre with a known year, for the timeline */
int
scm_tour_get_first_year (ScmTour *self)
{
  g_return_val_if_fail (SCM_IS_TOUR (self), 0);
  return self->first_year;
}

int
scm_tour_get_last_year (ScmTour *self)
{
  g_return_val_if_fail (SCM_IS_TOUR (self), 0);
  return self->last_year;
}

/* A city as the captions name it: in the interface language where the
 * namer knows it, else as the data file writes it */
static const char *
name_city (ScmTour    *self,
           const char *name,
           double      latitude,
           double      longitude)
{
  if (self->city_namer == NULL)
    return name;
  return self->city_namer (name, latitude, longitude, self->city_namer_data);
}

/* "A", "A and B", "A, B and C": a list of names as a sentence reads it */
static char *
join_names (GPtrArray *names)
{
  g_autofree char *joined = NULL;

  if (names->len == 0)
    return g_strdup ("");

  joined = g_strdup (g_ptr_array_index (names, 0));
  for (guint i = 1; i < names->len; i++)
    {
      char *longer;

      if (i + 1 < names->len)
        /* Translators: the first items of a list of names, "UNESCO, CAE" */
        longer = g_strdup_printf (_("%1$s, %2$s"), joined, (const char *)g_ptr_array_index (names, i));
      else
        /* Translators: the last item of a list of names, "UNESCO, CAE and CAS" */
        longer = g_strdup_printf (_("%1$s and %2$s"), joined, (const char *)g_ptr_array_index (names, i));
      g_free (joined);
      joined = longer;
    }

  return g_steal_pointer (&joined);
}

/* "Chinese Academy of Engineering (CAE)" is called "CAE" where space is short */
static char *
short_name (const char *name)
{
  const char *open = strrchr (name, '(');
  const char *close = open ? strchr (open, ')') : NULL;

  if (open != NULL && close != NULL && close > open + 1 && close[1] == '\0')
    return g_strndup (open + 1, close - open - 1);

  return g_strdup (name);
}

static char *
join_hosts (ScmMeeting *meeting)
{
  const char * const *hosts = scm_meeting_get_hosts (meeting);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; hosts != NULL && hosts[i] != NULL; i++)
    g_ptr_array_add (names, short_name (hosts[i]));

  return join_names (names);
}

static char *
join_co_organisers (ScmTour    *self,
                    ScmMeeting *meeting)
{
  const char * const *ids = scm_meeting_get_co_organisers (meeting);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      ScmCentre *centre = scm_network_lookup (self->network, ids[i]);

      if (centre != NULL)
        g_ptr_array_add (names, (gpointer)scm_centre_get_short_name (centre));
    }

  return join_names (names);
}

/* The lines under the meeting's title: where and when, who hosted and
 * organised it, how many centres came and what they adopted. */
static char *
meeting_details (ScmTour    *self,
                 ScmMeeting *meeting)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *dates = scm_meeting_format_dates (meeting);
  g_autofree char *hosts = join_hosts (meeting);
  g_autofree char *co_organisers = join_co_organisers (self, meeting);
  const char * const *outcomes = scm_meeting_get_outcomes (meeting);

  /* Translators: "Beijing Conference Centre, Beijing · 16–18 May 2016" */
  g_ptr_array_add (lines, g_strdup_printf (_("%1$s, %2$s · %3$s"), scm_meeting_get_venue (meeting),
                                           name_city (self, scm_meeting_get_city (meeting),
                                                      scm_meeting_get_latitude (meeting),
                                                      scm_meeting_get_longitude (meeting)),
                                           dates));
  if (*hosts != '\0' && *co_organisers != '\0')
    /* Translators: "Hosted by UNESCO, CAE and CAS · organised by IKCEST and HIST" */
    g_ptr_array_add (lines, g_strdup_printf (_("Hosted by %1$s · organised by %2$s"), hosts, co_organisers));
  else if (*hosts != '\0')
    g_ptr_array_add (lines, g_strdup_printf (_("Hosted by %s"), hosts));
  if (scm_meeting_get_centres_total (meeting) > 0)
    /* Translators: "44 of UNESCO's 65 centres represented" at the meeting;
     * the plural form follows the second number, the centres counted */
    g_ptr_array_add (lines, g_strdup_printf (ngettext ("%1$u of UNESCO’s %2$u centre represented",
                                                       "%1$u of UNESCO’s %2$u centres represented",
                                                       scm_meeting_get_centres_total (meeting)),
                                             scm_meeting_get_centres_represented (meeting),
                                             scm_meeting_get_centres_total (meeting)));
  if (outcomes != NULL && outcomes[0] != NULL)
    g_ptr_array_add (lines, g_strdup (outcomes[0]));
  g_ptr_array_add (lines, NULL);

  return g_strjoinv ("\n", (char **)lines->pdata);
}

/* The only centre of a field, named in full with its city */
static ScmCentre *
only_centre_of (ScmTour  *self,
                ScmField *field)
{
  GListModel *centres = scm_network_get_centres (self->network);

  if (scm_field_get_n_centres (field) != 1)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (centres); i++)
    {
      g_autoptr(ScmCentre) centre = g_list_model_get_item (centres, i);

      if (scm_centre_get_field (centre) == field)
        return centre;
    }

  return NULL;
}

static char *
field_caption (ScmTour  *self,
               ScmField *field)
{
  ScmCentre *centre = only_centre_of (self, field);

  if (centre != NULL)
    /* Translators: a field with one centre: "Renewable energy: ISEDC" */
    return g_strdup_printf (_("%1$s: %2$s"), _(scm_field_get_name (field)), scm_centre_get_short_name (centre));

  /* Translators: a field and how many centres work in it: "Water — 25 centres" */
  return g_strdup_printf (ngettext ("%1$s — %2$u centre", "%1$s — %2$u centres", scm_field_get_n_centres (field)),
                          _(scm_field_get_name (field)), scm_field_get_n_centres (field));
}

static char *
close_up_caption (const Stop *stop)
{
  guint n_centres = scm_field_get_n_centres (stop->field);

  /* Translators: a closer look at one part of the world: "Water, a closer look: 13 of 30 centres";
   * %1$s is the field, %2$u the centres shown, %3$u all of the field's centres */
  return g_strdup_printf (ngettext ("%1$s, a closer look: %2$u of %3$u centre",
                                    "%1$s, a closer look: %2$u of %3$u centres", n_centres),
                          _(scm_field_get_name (stop->field)), stop->framed->len, n_centres);
}

static char *
overview_caption (ScmTour *self)
{
  guint n_centres = g_list_model_get_n_items (scm_network_get_centres (self->network));
  ScmMeeting *meeting = scm_network_get_meeting (self->network);
  guint n_counted = meeting != NULL ? scm_meeting_get_centres_total (meeting) : 0;

  if (n_counted >= n_centres)
    /* Translators: "51 of UNESCO's 65 science centres" are on the map; the
     * plural form follows the second number, the centres UNESCO counted */
    return g_strdup_printf (ngettext ("%1$u of UNESCO’s %2$u science centre",
                                      "%1$u of UNESCO’s %2$u science centres", n_counted),
                            n_centres, n_counted);

  return g_strdup_printf (ngettext ("%u centre", "%u centres", n_centres), n_centres);
}

/* The caption shown under the map at the current stop */
char *
scm_tour_get_caption (ScmTour *self)
{
  const Stop *stop;
  guint n_links;

  g_return_val_if_fail (SCM_IS_TOUR (self), NULL);

  stop = current_stop (self);
  n_links = g_list_model_get_n_items (scm_network_get_links (self->network));

  switch (stop->kind)
    {
    case SCM_TOUR_FIELD:
      return field_caption (self, stop->field);
    case SCM_TOUR_CLOSE_UP:
      return close_up_caption (stop);
    case SCM_TOUR_TIMELINE:
      /* Translators: the first and the last year of the timeline: "1977–2016" */
      return g_strdup_printf (_("The network through time, %1$d–%2$d"), self->first_year, self->last_year);
    case SCM_TOUR_MEETING:
      return g_strdup (scm_meeting_get_title (scm_network_get_meeting (self->network)));
    case SCM_TOUR_LINKS:
      return g_strdup_printf (ngettext ("%u documented collaboration", "%u documented collaborations",
                                        n_links), n_links);
    case SCM_TOUR_OVERVIEW:
    default:
      return overview_caption (self);
    }
}

/* Smaller lines under the caption, or NULL: the meeting's facts, or the full
 * name and place of a field's only centre. */
char *
scm_tour_get_details (ScmTour *self)
{
  const Stop *stop;
  ScmCentre *centre;

  g_return_val_if_fail (SCM_IS_TOUR (self), NULL);

  stop = current_stop (self);
  if (stop->kind == SCM_TOUR_MEETING)
    return meeting_details (self, scm_network_get_meeting (self->network));

  centre = stop->kind == SCM_TOUR_FIELD ? only_centre_of (self, stop->field) : NULL;
  if (centre != NULL)
    /* Translators: "International Sustainable Energy Development Centre · Moscow, Russian Federation" */
    return g_strdup_printf (_("%1$s · %2$s, %3$s"), scm_centre_get_name (centre),
                            name_city (self, scm_centre_get_city (centre), scm_centre_get_latitude (centre),
                                       scm_centre_get_longitude (centre)),
                            scm_centre_get_country_name (centre));

  return NULL;
}

/* Lets the captions name cities in the interface language (the model knows
 * no gazetteer: the caller's map does). */
void
scm_tour_set_city_namer (ScmTour      *self,
                         ScmCityNamer  namer,
                         gpointer      user_data)
{
  g_return_if_fail (SCM_IS_TOUR (self));

  self->city_namer = namer;
  self->city_namer_data = user_data;
}
