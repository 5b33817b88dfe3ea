/* scm-marker-layer.h — markers (ShumateMarker) on the map, each at its copy
 * nearest the middle of the view, so that they stay in view across ±180°
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <shumate/shumate.h>

G_BEGIN_DECLS

#define SCM_TYPE_MARKER_LAYER (scm_marker_layer_get_type ())

G_DECLARE_FINAL_TYPE (ScmMarkerLayer, scm_marker_layer, SCM, MARKER_LAYER, ShumateLayer)

ScmMarkerLayer *scm_marker_layer_new        (ShumateViewport *viewport);
void            scm_marker_layer_add_marker (ScmMarkerLayer  *self,
                                             ShumateMarker   *marker);
void            scm_marker_layer_remove_all (ScmMarkerLayer  *self);

G_END_DECLS
