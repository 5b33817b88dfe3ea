/* scm-tour.h — the stops of the presentation tour of a network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "scm-network.h"

G_BEGIN_DECLS

/* The name of the city @name at a place, in the interface language where known */
typedef const char *(*ScmCityNamer) (const char *name,
                                     double      latitude,
                                     double      longitude,
                                     gpointer    user_data);

#define SCM_TYPE_TOUR (scm_tour_get_type ())

G_DECLARE_FINAL_TYPE (ScmTour, scm_tour, SCM, TOUR, GObject)

ScmTour         *scm_tour_new             (ScmNetwork *network);
guint            scm_tour_get_n_stops     (ScmTour    *self);
guint            scm_tour_get_position    (ScmTour    *self);
void             scm_tour_set_position    (ScmTour    *self,
                                           guint       position);
void             scm_tour_next            (ScmTour    *self);
void             scm_tour_previous        (ScmTour    *self);
void             scm_tour_next_looping    (ScmTour    *self);
void             scm_tour_first           (ScmTour    *self);
void             scm_tour_last            (ScmTour    *self);
ScmTourStopKind  scm_tour_get_kind        (ScmTour    *self);
ScmField        *scm_tour_get_field       (ScmTour    *self);
GPtrArray       *scm_tour_get_framed_centres (ScmTour *self);
char            *scm_tour_get_caption     (ScmTour    *self);
char            *scm_tour_get_details     (ScmTour    *self);
void             scm_tour_set_city_namer  (ScmTour      *self,
                                           ScmCityNamer  namer,
                                           gpointer      user_data);
int              scm_tour_get_first_year  (ScmTour    *self);
int              scm_tour_get_last_year   (ScmTour    *self);

G_END_DECLS
