/* scm-tile-layer.h — the offline basemap's tiles, drawn as soon as they are
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <shumate/shumate.h>

#include "scm-basemap-source.h"

G_BEGIN_DECLS

#define SCM_TYPE_TILE_LAYER (scm_tile_layer_get_type ())

G_DECLARE_FINAL_TYPE (ScmTileLayer, scm_tile_layer, SCM, TILE_LAYER, ShumateLayer)

ScmTileLayer *scm_tile_layer_new         (ShumateViewport  *viewport);
void          scm_tile_layer_set_source  (ScmTileLayer     *self,
                                          ScmBasemapSource *source);
ScmBasemapSource *scm_tile_layer_get_source (ScmTileLayer     *self);
void          scm_tile_layer_prefetch    (ScmTileLayer     *self,
                                          int               width,
                                          int               height);
gboolean      scm_tile_layer_is_complete (ScmTileLayer     *self);

G_END_DECLS
