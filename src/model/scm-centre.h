/* scm-centre.h — one place of the network: a category 2 centre or a UNESCO affiliate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "scm-enums.h"
#include "scm-field.h"

G_BEGIN_DECLS

#define SCM_TYPE_CENTRE (scm_centre_get_type ())

G_DECLARE_FINAL_TYPE (ScmCentre, scm_centre, SCM, CENTRE, GObject)

ScmPlaceKind        scm_centre_get_kind         (ScmCentre *self);
const char         *scm_centre_get_id           (ScmCentre *self);
const char         *scm_centre_get_acronym      (ScmCentre *self);
const char         *scm_centre_get_name         (ScmCentre *self);
const char         *scm_centre_get_short_name   (ScmCentre *self);
ScmField           *scm_centre_get_field        (ScmCentre *self);
const char         *scm_centre_get_city         (ScmCentre *self);
const char         *scm_centre_get_country      (ScmCentre *self);
const char         *scm_centre_get_country_name (ScmCentre *self);
double              scm_centre_get_latitude     (ScmCentre *self);
double              scm_centre_get_longitude    (ScmCentre *self);
ScmPositionBasis    scm_centre_get_position     (ScmCentre *self);
const char * const *scm_centre_get_position_sources (ScmCentre *self);
const char         *scm_centre_get_website      (ScmCentre *self);
int                 scm_centre_get_established  (ScmCentre *self);
const char         *scm_centre_get_summary      (ScmCentre *self);
ScmCentreStatus     scm_centre_get_status       (ScmCentre *self);
const char         *scm_centre_get_notes        (ScmCentre *self);
const char * const *scm_centre_get_sources      (ScmCentre *self);
const char         *scm_centre_get_search_key   (ScmCentre *self);
gboolean            scm_centre_matches          (ScmCentre  *self,
                                                 const char *folded_query);

char               *scm_fold_for_search         (const char *text);

G_END_DECLS
