/* scm-presenter.h — drives the map through the tour's stops
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "scm-map-view.h"
#include "scm-tour.h"

G_BEGIN_DECLS

#define SCM_TYPE_PRESENTER (scm_presenter_get_type ())

G_DECLARE_FINAL_TYPE (ScmPresenter, scm_presenter, SCM, PRESENTER, GObject)

ScmPresenter *scm_presenter_new          (ScmMapView      *map_view,
                                          ScmCentreFilter *filter,
                                          ScmNetwork      *network);
ScmTour      *scm_presenter_get_tour     (ScmPresenter    *self);
void          scm_presenter_start        (ScmPresenter    *self,
                                          guint            interval_seconds);
void          scm_presenter_stop         (ScmPresenter    *self);

G_END_DECLS
