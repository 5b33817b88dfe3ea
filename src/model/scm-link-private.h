/* scm-link-private.h — how the loader builds a link from a validated entry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "scm-link.h"

G_BEGIN_DECLS

ScmLink *scm_link_new (ScmCentre          *from,
                       ScmCentre          *to,
                       ScmLinkKind         kind,
                       int                 year,
                       const char         *summary,
                       const char * const *sources);

G_END_DECLS
