/* scm-basemap.h — the offline world map: Natural Earth land, coasts, borders and
 * country names, drawn into tiles with cairo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "scm-cities.h"

G_BEGIN_DECLS

typedef enum {
  SCM_BASEMAP_STYLE_LIGHT,
  SCM_BASEMAP_STYLE_DARK,
} ScmBasemapStyle;

typedef struct
{
  double sea[3];
  double land[3];
  double coast[3];
  double border[3];
  double label[3];
  double city[3];
} ScmBasemapPalette;

#define SCM_BASEMAP_RESOURCE "/io/github/sciencecentres/Map/data/basemap.bin"

#define SCM_TYPE_BASEMAP (scm_basemap_get_type ())

G_DECLARE_FINAL_TYPE (ScmBasemap, scm_basemap, SCM, BASEMAP, GObject)

ScmBasemap              *scm_basemap_new_from_bytes    (GBytes           *bytes,
                                                        GError          **error);
ScmBasemap              *scm_basemap_new_from_resource (const char       *path,
                                                        GError          **error);
void                     scm_basemap_render_tile       (ScmBasemap       *self,
                                                        cairo_t          *cr,
                                                        guint             zoom,
                                                        guint             x,
                                                        guint             y,
                                                        double            size,
                                                        ScmBasemapStyle   style);
void                     scm_basemap_render_tile_full  (ScmBasemap       *self,
                                                        cairo_t          *cr,
                                                        guint             zoom,
                                                        guint             x,
                                                        guint             y,
                                                        double            size,
                                                        ScmBasemapStyle   style,
                                                        double            text_scale);
void                     scm_basemap_render_view       (ScmBasemap       *self,
                                                        cairo_t          *cr,
                                                        double            zoom,
                                                        double            x,
                                                        double            y,
                                                        double            width,
                                                        double            height,
                                                        ScmBasemapStyle   style,
                                                        double            text_scale);
void                     scm_basemap_set_cities        (ScmBasemap       *self,
                                                        ScmCities        *cities);
GArray              *scm_basemap_get_name_boxes  (ScmBasemap *self,
                                                 guint       zoom,
                                                 double      text_scale);
const ScmCityLabels     *scm_basemap_get_city_labels   (ScmBasemap       *self,
                                                        cairo_t          *cr,
                                                        guint             zoom,
                                                        double            text_scale);
guint                    scm_basemap_get_n_polygons    (ScmBasemap       *self,
                                                        guint             zoom);
ScmCities               *scm_basemap_get_cities        (ScmBasemap       *self);
const ScmBasemapPalette *scm_basemap_get_palette       (ScmBasemapStyle   style);

G_END_DECLS
