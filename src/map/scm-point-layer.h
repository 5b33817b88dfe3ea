/* scm-point-layer.h — many places drawn by one layer, grouped into counts at low zoom
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <shumate/shumate.h>

#include "scm-place-layer.h"

G_BEGIN_DECLS

#define SCM_TYPE_POINT_LAYER (scm_point_layer_get_type ())

G_DECLARE_FINAL_TYPE (ScmPointLayer, scm_point_layer, SCM, POINT_LAYER, ShumateLayer)

ScmPointLayer *scm_point_layer_new          (ShumateViewport *viewport);
void           scm_point_layer_add_places   (ScmPointLayer   *self,
                                             GListModel      *places);
void           scm_point_layer_set_filter   (ScmPointLayer   *self,
                                             ScmCentreFilter *filter);
void           scm_point_layer_set_selected (ScmPointLayer   *self,
                                             ScmCentre       *centre);
guint          scm_point_layer_get_n_groups (ScmPointLayer   *self);
guint          scm_point_layer_get_n_shown  (ScmPointLayer   *self);

G_END_DECLS
