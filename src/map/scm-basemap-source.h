/* scm-basemap-source.h — a ShumateMapSource that draws the offline basemap
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <shumate/shumate.h>

#include "scm-basemap.h"

G_BEGIN_DECLS

#define SCM_TYPE_BASEMAP_SOURCE (scm_basemap_source_get_type ())

G_DECLARE_FINAL_TYPE (ScmBasemapSource, scm_basemap_source, SCM, BASEMAP_SOURCE, ShumateMapSource)

#define SCM_BASEMAP_MAX_ZOOM 8

/* A tile's position as one number: zoom, column and row */
static inline guint64
scm_basemap_tile_key (guint zoom,
                      guint x,
                      guint y)
{
  return (guint64)zoom << 56 | (guint64)x << 28 | y;
}

ScmBasemapSource *scm_basemap_source_new          (ScmBasemap       *basemap);
ScmBasemap       *scm_basemap_source_get_basemap  (ScmBasemapSource *self);
void              scm_basemap_source_set_style    (ScmBasemapSource *self,
                                                   ScmBasemapStyle   style);
gboolean          scm_basemap_source_is_idle      (ScmBasemapSource *self);
void              scm_basemap_source_set_cairo_tiles (ScmBasemapSource *self,
                                                      gboolean          cairo_tiles);
void              scm_basemap_source_suit_renderer (ScmBasemapSource *self,
                                                    GtkWidget        *widget);
guint             scm_basemap_source_get_n_drawn  (ScmBasemapSource *self);
GdkPaintable     *scm_basemap_source_lookup_tile  (ScmBasemapSource *self,
                                                   guint             zoom,
                                                   guint             x,
                                                   guint             y);
void              scm_basemap_source_request_tile (ScmBasemapSource *self,
                                                   guint             zoom,
                                                   guint             x,
                                                   guint             y,
                                                   GCancellable     *cancellable);
void              scm_basemap_source_set_text_scale (ScmBasemapSource *self,
                                                     double            text_scale);
GArray           *scm_basemap_source_get_name_boxes (ScmBasemapSource *self,
                                                     guint             zoom);
void              scm_basemap_source_set_scale_factor (ScmBasemapSource *self,
                                                       int               scale_factor);
void              scm_basemap_source_render_view  (ScmBasemapSource *self,
                                                   cairo_t          *cr,
                                                   double            zoom,
                                                   double            x,
                                                   double            y,
                                                   double            width,
                                                   double            height);

G_END_DECLS
