/* scm-centre-filter.h — which places to show: by field, by country, by search text
 * and by attendance at the meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "scm-centre.h"

G_BEGIN_DECLS

#define SCM_TYPE_CENTRE_FILTER (scm_centre_filter_get_type ())

G_DECLARE_FINAL_TYPE (ScmCentreFilter, scm_centre_filter, SCM, CENTRE_FILTER, GtkFilter)

ScmCentreFilter *scm_centre_filter_new                (void);
void             scm_centre_filter_set_field_shown    (ScmCentreFilter *self,
                                                       ScmField        *field,
                                                       gboolean         shown);
gboolean         scm_centre_filter_get_field_shown    (ScmCentreFilter *self,
                                                       ScmField        *field);
void             scm_centre_filter_set_affiliates_shown (ScmCentreFilter *self,
                                                         gboolean         shown);
gboolean         scm_centre_filter_get_affiliates_shown (ScmCentreFilter *self);
void             scm_centre_filter_set_country        (ScmCentreFilter *self,
                                                       const char      *country);
const char      *scm_centre_filter_get_country        (ScmCentreFilter *self);
void             scm_centre_filter_set_search_text    (ScmCentreFilter *self,
                                                       const char      *text);
const char      *scm_centre_filter_get_search_text    (ScmCentreFilter *self);
void             scm_centre_filter_set_attendees      (ScmCentreFilter    *self,
                                                       const char * const *ids);
void             scm_centre_filter_set_attendees_only (ScmCentreFilter *self,
                                                       gboolean         only);
gboolean         scm_centre_filter_get_attendees_only (ScmCentreFilter *self);
gboolean         scm_centre_filter_is_active          (ScmCentreFilter *self);
void             scm_centre_filter_set_year_limit     (ScmCentreFilter *self,
                                                       int              year);
void             scm_centre_filter_set_only_centres   (ScmCentreFilter *self,
                                                       GPtrArray       *centres);
void             scm_centre_filter_show_only_field    (ScmCentreFilter *self,
                                                       GListModel      *fields,
                                                       ScmField        *field);
gboolean         scm_centre_filter_matches            (ScmCentreFilter *self,
                                                       ScmCentre       *centre);
void             scm_centre_filter_copy_from          (ScmCentreFilter *self,
                                                       ScmCentreFilter *other);

G_END_DECLS
