/* scm-link-layer.h — the collaborations, drawn as great-circle arcs under the markers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <shumate/shumate.h>

#include "scm-centre-filter.h"
#include "scm-network.h"

G_BEGIN_DECLS

#define SCM_TYPE_LINK_LAYER (scm_link_layer_get_type ())

G_DECLARE_FINAL_TYPE (ScmLinkLayer, scm_link_layer, SCM, LINK_LAYER, ShumateLayer)

ScmLinkLayer *scm_link_layer_new               (ShumateViewport *viewport);
void          scm_link_layer_set_network       (ScmLinkLayer    *self,
                                                ScmNetwork      *network);
void          scm_link_layer_set_filter        (ScmLinkLayer    *self,
                                                ScmCentreFilter *filter);
void          scm_link_layer_set_selected      (ScmLinkLayer    *self,
                                                ScmCentre       *centre);
void          scm_link_layer_set_show_all      (ScmLinkLayer    *self,
                                                gboolean         show_all);
guint         scm_link_layer_get_n_links       (ScmLinkLayer    *self);
gboolean      scm_link_layer_is_drawn          (ScmLinkLayer    *self);
gboolean      scm_link_layer_is_link_shown     (ScmLinkLayer    *self,
                                                guint            index);
gboolean      scm_link_layer_is_link_emphasised (ScmLinkLayer   *self,
                                                 guint           index);
ScmLink      *scm_link_layer_get_link          (ScmLinkLayer    *self,
                                                guint            index);
GArray       *scm_link_layer_project_link      (ScmLinkLayer    *self,
                                                guint            index,
                                                guint            piece,
                                                double           width,
                                                double           height);
void          scm_link_layer_set_focused       (ScmLinkLayer    *self,
                                                ScmLink         *link);
ScmLink      *scm_link_layer_get_focused       (ScmLinkLayer    *self);
ScmLink      *scm_link_layer_get_hovered       (ScmLinkLayer    *self);
void          scm_link_layer_set_on_dark       (ScmLinkLayer    *self,
                                                gboolean         on_dark);
ScmLink      *scm_link_layer_find_link_at      (ScmLinkLayer    *self,
                                                double           x,
                                                double           y);
const double *scm_link_layer_get_unit_arc      (ScmLinkLayer    *self,
                                                guint            index,
                                                guint           *n_points);
int           scm_link_layer_find_index_at     (ScmLinkLayer    *self,
                                                double           x,
                                                double           y);
void          scm_link_layer_set_hovered       (ScmLinkLayer    *self,
                                                int              index);
/* in scm-link-pointer.c */
void          scm_link_layer_track_pointer     (ScmLinkLayer    *self,
                                                GtkWidget       *host);

G_END_DECLS
