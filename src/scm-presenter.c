/* scm-presenter.c
 *
 * Each stop sets the filter, the links, the caption and the frame of the map;
 * leaving the tour shows every field again and takes the caption away.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "scm-presenter.h"

/* How long each year stays on screen while the network grows */
#define YEAR_STEP_MS 700

struct _ScmPresenter
{
  GObject parent_instance;

  ScmMapView *map_view;   /* weak: the window owns both */
  ScmCentreFilter *filter;
  ScmNetwork *network;
  ScmTour *tour;
  gulong stop_handler;    /* connected while the tour is shown */
  guint interval_source;
  guint timeline_source;
  int timeline_year;
  guint shown_position;
};

G_DEFINE_FINAL_TYPE (ScmPresenter, scm_presenter, G_TYPE_OBJECT)

static void
stop_timeline (ScmPresenter *self)
{
  g_clear_handle_id (&self->timeline_source, g_source_remove);
  scm_centre_filter_set_year_limit (self->filter, 0);
  scm_map_view_set_year (self->map_view, 0);
}

static gboolean
timeline_step (gpointer user_data)
{
  ScmPresenter *self = user_data;

  if (self->timeline_year >= scm_tour_get_last_year (self->tour))
    {
      /* The end: every centre, those of unknown year too */
      self->timeline_source = 0;
      scm_centre_filter_set_year_limit (self->filter, 0);
      return G_SOURCE_REMOVE;
    }

  self->timeline_year++;
  scm_centre_filter_set_year_limit (self->filter, self->timeline_year);
  scm_map_view_set_year (self->map_view, self->timeline_year);
  return G_SOURCE_CONTINUE;
}

/* Going forward, the network grows year by year; coming back from the next
 * stop, it shows as it ended, in the last year. */
static void
start_timeline (ScmPresenter *self,
                gboolean      backwards)
{
  if (backwards)
    {
      scm_map_view_set_year (self->map_view, scm_tour_get_last_year (self->tour));
      return;
    }

  self->timeline_year = scm_tour_get_first_year (self->tour);
  scm_centre_filter_set_year_limit (self->filter, self->timeline_year);
  scm_map_view_set_year (self->map_view, self->timeline_year);
  self->timeline_source = g_timeout_add (YEAR_STEP_MS, timeline_step, self);
}

static void
show_progress (ScmPresenter *self)
{
  /* Translators: where the tour is, "4 / 12" */
  g_autofree char *progress = g_strdup_printf (_("%1$u / %2$u"), scm_tour_get_position (self->tour) + 1,
                                               scm_tour_get_n_stops (self->tour));

  scm_map_view_set_progress (self->map_view, progress);
}

static void
show_stop (ScmPresenter *self)
{
  ScmMeeting *meeting = scm_network_get_meeting (self->network);
  ScmTourStopKind kind = scm_tour_get_kind (self->tour);
  g_autofree char *caption = scm_tour_get_caption (self->tour);
  g_autofree char *details = scm_tour_get_details (self->tour);
  gboolean backwards = scm_tour_get_position (self->tour) < self->shown_position;

  self->shown_position = scm_tour_get_position (self->tour);
  stop_timeline (self);
  scm_centre_filter_show_only_field (self->filter, scm_network_get_fields (self->network),
                                     scm_tour_get_field (self->tour));
  scm_centre_filter_set_only_centres (self->filter, scm_tour_get_framed_centres (self->tour));
  scm_map_view_set_show_all_links (self->map_view, kind == SCM_TOUR_LINKS);
  scm_map_view_set_legend_links (self->map_view, kind == SCM_TOUR_LINKS ? SCM_LEGEND_LINKS_EXPANDED
                                                                        : SCM_LEGEND_LINKS_HIDDEN);
  /* Beijing stands out with the centres known to have been there; its
   * co-organisers are named first */
  scm_map_view_set_highlighted (self->map_view,
                                kind == SCM_TOUR_MEETING ? scm_meeting_get_participants (meeting) : NULL,
                                kind == SCM_TOUR_MEETING ? scm_meeting_get_co_organisers (meeting) : NULL);
  scm_map_view_set_caption (self->map_view, caption);
  scm_map_view_set_caption_details (self->map_view, details);
  show_progress (self);

  if (kind == SCM_TOUR_TIMELINE)
    start_timeline (self, backwards);

  if (kind == SCM_TOUR_MEETING)
    scm_map_view_frame_meeting (self->map_view, meeting);
  else if (kind == SCM_TOUR_TIMELINE)
    scm_map_view_fit_all (self->map_view, TRUE);
  else
    scm_map_view_fit_shown (self->map_view, TRUE);
}

static gboolean
advance (gpointer user_data)
{
  scm_tour_next_looping (SCM_TOUR (user_data));
  return G_SOURCE_CONTINUE;
}

static void
scm_presenter_dispose (GObject *object)
{
  ScmPresenter *self = (ScmPresenter *)object;

  g_clear_handle_id (&self->interval_source, g_source_remove);
  g_clear_handle_id (&self->timeline_source, g_source_remove);
  g_clear_object (&self->tour);
  g_clear_object (&self->filter);
  g_clear_object (&self->network);

  G_OBJECT_CLASS (scm_presenter_parent_class)->dispose (object);
}

static void
scm_presenter_class_init (ScmPresenterClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = scm_presenter_dispose;
}

static void
scm_presenter_init (ScmPresenter *self)
{
}

static const char *
name_city (const char *name,
           double      latitude,
           double      longitude,
           gpointer    map_view)
{
  return scm_map_view_name_city (SCM_MAP_VIEW (map_view), name, latitude, longitude);
}

ScmPresenter *
scm_presenter_new (ScmMapView      *map_view,
                   ScmCentreFilter *filter,
                   ScmNetwork      *network)
{
  ScmPresenter *self = g_object_new (SCM_TYPE_PRESENTER, NULL);

  self->map_view = map_view;
  self->filter = g_object_ref (filter);
  self->network = g_object_ref (network);
  self->tour = scm_tour_new (network);
  scm_tour_set_city_namer (self->tour, name_city, map_view);
  return self;
}

ScmTour *
scm_presenter_get_tour (ScmPresenter *self)
{
  g_return_val_if_fail (SCM_IS_PRESENTER (self), NULL);
  return self->tour;
}

/* Shows the first stop; with @interval_seconds > 0 the tour moves on by itself. */
void
scm_presenter_start (ScmPresenter *self,
                     guint         interval_seconds)
{
  g_return_if_fail (SCM_IS_PRESENTER (self));

  if (self->stop_handler == 0)
    self->stop_handler = g_signal_connect_swapped (self->tour, "notify::position",
                                                   G_CALLBACK (show_stop), self);
  g_clear_handle_id (&self->interval_source, g_source_remove);
  if (interval_seconds > 0)
    self->interval_source = g_timeout_add_seconds (interval_seconds, advance, self->tour);
  self->shown_position = 0;
  scm_tour_first (self->tour);
}

void
scm_presenter_stop (ScmPresenter *self)
{
  g_return_if_fail (SCM_IS_PRESENTER (self));

  if (self->stop_handler == 0)
    return;

  g_clear_signal_handler (&self->stop_handler, self->tour);
  g_clear_handle_id (&self->interval_source, g_source_remove);
  stop_timeline (self);
  scm_centre_filter_show_only_field (self->filter, scm_network_get_fields (self->network), NULL);
  scm_centre_filter_set_only_centres (self->filter, NULL);
  scm_map_view_set_show_all_links (self->map_view, FALSE);
  scm_map_view_set_legend_links (self->map_view, SCM_LEGEND_LINKS_NORMAL);
  scm_map_view_set_highlighted (self->map_view, NULL, NULL);
  scm_map_view_set_caption (self->map_view, NULL);
  scm_map_view_set_caption_details (self->map_view, NULL);
  scm_map_view_set_progress (self->map_view, NULL);
  scm_map_view_fit_shown (self->map_view, TRUE);
}
