/* scm-tour.c
 *
 * The tour: the whole network → each field with centres → the network through
 * time → the meeting → the collaborations, then round to the start again.
 * Stops that the network cannot fill (no meeting, no links, no years) are left
 * out. Moving past either end wraps around.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "scm-tour.h"

typedef struct
{
  ScmTourStopKind kind;
  ScmField *field;
} Stop;

struct _ScmTour
{
  GObject parent_instance;

  ScmNetwork *network;
  GArray *stops;
  guint position;
  int first_year;
  int last_year;
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
  Stop stop = { kind, field ? g_object_ref (field) : NULL };
  g_array_append_val (self->stops, stop);
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
        add_stop (self, SCM_TOUR_FIELD, field);
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

void
scm_tour_next (ScmTour *self)
{
  g_return_if_fail (SCM_IS_TOUR (self));
  scm_tour_set_position (self, (self->position + 1) % self->stops->len);
}

void
scm_tour_previous (ScmTour *self)
{
  g_return_if_fail (SCM_IS_TOUR (self));
  scm_tour_set_position (self, (self->position + self->stops->len - 1) % self->stops->len);
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

/* The field of a field stop, else NULL */
ScmField *
scm_tour_get_field (ScmTour *self)
{
  g_return_val_if_fail (SCM_IS_TOUR (self), NULL);
  return current_stop (self)->field;
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

static char *
meeting_caption (ScmMeeting *meeting)
{
  g_autofree char *dates = scm_meeting_format_dates (meeting);

  /* Translators: "Beijing, 16–18 May 2016 · 44 of 65 centres represented" */
  return g_strdup_printf (_("%s, %s · %u of %u centres represented"),
                          scm_meeting_get_city (meeting), dates,
                          scm_meeting_get_centres_represented (meeting),
                          scm_meeting_get_centres_total (meeting));
}

/* The caption shown under the map at the current stop */
char *
scm_tour_get_caption (ScmTour *self)
{
  const Stop *stop;
  guint n_centres, n_links;

  g_return_val_if_fail (SCM_IS_TOUR (self), NULL);

  stop = current_stop (self);
  n_centres = g_list_model_get_n_items (scm_network_get_centres (self->network));
  n_links = g_list_model_get_n_items (scm_network_get_links (self->network));

  switch (stop->kind)
    {
    case SCM_TOUR_FIELD:
      return g_strdup_printf (ngettext ("%s — %u centre", "%s — %u centres",
                                        scm_field_get_n_centres (stop->field)),
                              _(scm_field_get_name (stop->field)),
                              scm_field_get_n_centres (stop->field));
    case SCM_TOUR_TIMELINE:
      return g_strdup_printf (_("The network through time, %d–%d"), self->first_year, self->last_year);
    case SCM_TOUR_MEETING:
      return meeting_caption (scm_network_get_meeting (self->network));
    case SCM_TOUR_LINKS:
      return g_strdup_printf (ngettext ("%u documented collaboration", "%u documented collaborations",
                                        n_links), n_links);
    case SCM_TOUR_OVERVIEW:
    default:
      return g_strdup_printf (ngettext ("%s — %u centre", "%s — %u centres", n_centres),
                              scm_network_get_title (self->network)
                                ? scm_network_get_title (self->network) : _("The network"),
                              n_centres);
    }
}
