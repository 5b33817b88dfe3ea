/* scm-label-layer.h — the places' names beside their markers, and lines back
 * home from markers that moved aside
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <shumate/shumate.h>

#include "scm-basemap-source.h"
#include "scm-place-layer.h"

G_BEGIN_DECLS

#define SCM_TYPE_LABEL_LAYER (scm_label_layer_get_type ())

G_DECLARE_FINAL_TYPE (ScmLabelLayer, scm_label_layer, SCM, LABEL_LAYER, ShumateLayer)

ScmLabelLayer *scm_label_layer_new             (ShumateViewport    *viewport,
                                                ScmPlaceLayer      *places);
void           scm_label_layer_add_places      (ScmLabelLayer      *self,
                                                GListModel         *places);
void           scm_label_layer_clear           (ScmLabelLayer      *self);
void           scm_label_layer_avoid           (ScmLabelLayer      *self,
                                                GtkWidget          *widget);
void           scm_label_layer_set_basemap_source (ScmLabelLayer    *self,
                                                   ScmBasemapSource *source);
void           scm_label_layer_set_presenting  (ScmLabelLayer      *self,
                                                gboolean            presenting);
void           scm_label_layer_set_on_dark     (ScmLabelLayer      *self,
                                                gboolean            on_dark);
void           scm_label_layer_set_highlighted (ScmLabelLayer      *self,
                                                const char * const *ids);
void           scm_label_layer_invalidate      (ScmLabelLayer      *self);
gboolean       scm_label_layer_is_labelled     (ScmLabelLayer      *self,
                                                ScmCentre          *centre);

G_END_DECLS
