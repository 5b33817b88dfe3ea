/* scm-marker-places.h — places drawn as a marker widget each: focusable, with tooltips
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "scm-place-layer.h"

G_BEGIN_DECLS

#define SCM_TYPE_MARKER_PLACES (scm_marker_places_get_type ())

G_DECLARE_FINAL_TYPE (ScmMarkerPlaces, scm_marker_places, SCM, MARKER_PLACES, GObject)

ScmMarkerPlaces *scm_marker_places_new (ShumateViewport *viewport);

G_END_DECLS
