/* scm-centre-marker.h — a place on the map: its field's symbol, and a button that selects it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <shumate/shumate.h>

#include "scm-centre.h"

G_BEGIN_DECLS

#define SCM_TYPE_CENTRE_MARKER (scm_centre_marker_get_type ())

G_DECLARE_FINAL_TYPE (ScmCentreMarker, scm_centre_marker, SCM, CENTRE_MARKER, ShumateMarker)

ScmCentreMarker *scm_centre_marker_new             (ScmCentre       *centre,
                                                    const char      *description,
                                                    int              symbol_size);
ScmCentre       *scm_centre_marker_get_centre      (ScmCentreMarker *self);
void             scm_centre_marker_set_symbol_size (ScmCentreMarker *self,
                                                    int              symbol_size);

G_END_DECLS
