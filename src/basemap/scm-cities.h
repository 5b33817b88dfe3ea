/* scm-cities.h — the places the offline basemap names: capitals, large cities
 * and the centres' host cities, with the zoom they appear from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pango.h>

G_BEGIN_DECLS

typedef enum {
  SCM_CITY_CAPITAL = 1 << 0,
  SCM_CITY_HOST = 1 << 1,
} ScmCityFlags;

/* A rectangle in pixels of the whole world at one zoom (256 × 2^zoom across) */
typedef struct
{
  double x0, y0, x1, y1;
} ScmLabelBox;

/* The cities' labels placed at one zoom and text size, read-only once made */
typedef struct _ScmCityLabels ScmCityLabels;

#define SCM_CITIES_RESOURCE "/io/github/sciencecentres/Map/data/cities.bin"

#define SCM_TYPE_CITIES (scm_cities_get_type ())

G_DECLARE_FINAL_TYPE (ScmCities, scm_cities, SCM, CITIES, GObject)

ScmCities     *scm_cities_new_from_bytes   (GBytes             *bytes,
                                            const char * const *languages,
                                            GError            **error);
guint          scm_cities_get_n_cities     (ScmCities          *self);
const char    *scm_cities_get_name         (ScmCities          *self,
                                            guint               index);
guint          scm_cities_get_min_zoom     (ScmCities          *self,
                                            guint               index);
ScmCityFlags   scm_cities_get_flags        (ScmCities          *self,
                                            guint               index);
void           scm_cities_get_position     (ScmCities          *self,
                                            guint               index,
                                            double             *latitude,
                                            double             *longitude);
const char    *scm_cities_name_host_city   (ScmCities          *self,
                                            double              latitude,
                                            double              longitude);
ScmCityLabels *scm_cities_place            (ScmCities          *self,
                                            PangoLayout        *layout,
                                            guint               zoom,
                                            double              text_scale,
                                            const ScmLabelBox  *taken,
                                            guint               n_taken);

void           scm_city_labels_draw        (const ScmCityLabels *labels,
                                            cairo_t             *cr,
                                            PangoLayout         *layout,
                                            const ScmLabelBox   *area,
                                            double               origin_x,
                                            double               origin_y,
                                            double               unit,
                                            const double         text_rgb[3],
                                            const double         halo_rgb[3]);
guint          scm_city_labels_get_n_labels (const ScmCityLabels *labels);
void           scm_city_labels_collect_boxes (const ScmCityLabels *labels,
                                              GArray              *boxes);
gboolean       scm_city_labels_has_city    (const ScmCityLabels *labels,
                                            guint                index);
void           scm_city_labels_free        (ScmCityLabels       *labels);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScmCityLabels, scm_city_labels_free)

G_END_DECLS
