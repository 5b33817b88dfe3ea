/* scm-link.h — a documented collaboration between two places of the network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "scm-centre.h"

G_BEGIN_DECLS

#define SCM_TYPE_LINK (scm_link_get_type ())

G_DECLARE_FINAL_TYPE (ScmLink, scm_link, SCM, LINK, GObject)

ScmCentre          *scm_link_get_from     (ScmLink            *self);
ScmCentre          *scm_link_get_to       (ScmLink            *self);
ScmCentre          *scm_link_get_partner  (ScmLink            *self,
                                           ScmCentre          *centre);
gboolean            scm_link_involves     (ScmLink            *self,
                                           ScmCentre          *centre);
ScmLinkKind         scm_link_get_kind     (ScmLink            *self);
int                 scm_link_get_year     (ScmLink            *self);
const char         *scm_link_get_summary  (ScmLink            *self);
const char * const *scm_link_get_sources  (ScmLink            *self);

G_END_DECLS
