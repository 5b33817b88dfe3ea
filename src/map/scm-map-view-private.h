/* scm-map-view-private.h — what the map view's source files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "scm-basemap-source.h"
#include "scm-label-layer.h"
#include "scm-map-view.h"
#include "scm-marker-layer.h"
#include "scm-place-layer.h"
#include "scm-tile-layer.h"

G_BEGIN_DECLS

/* Framing one place, or a few close together, shows at least its country and
 * the neighbours around it */
#define SCM_MAP_VIEW_FRAME_MAX_ZOOM 5

struct _ScmMapView
{
  GtkWidget parent_instance;

  GtkWidget *overlay;
  ShumateSimpleMap *simple_map;
  ScmLegend *legend;
  GtkWidget *caption_box;
  GtkLabel *caption_label;
  GtkLabel *caption_details_label;
  GtkLabel *progress_label;
  GtkLabel *year_label;

  ScmNetwork *network;
  ScmCentreFilter *filter;
  ScmBasemapSource *basemap_source;
  ScmTileLayer *tile_layer;
  ScmLinkLayer *link_layer;
  ScmPlaceLayer *places;            /* a marker per place, or one layer of points */
  ScmLabelLayer *label_layer;       /* the places' names, above the pin */
  GtkWidget *zoom_controls;         /* libshumate's zoom buttons */
  ScmMarkerLayer *venue_layer;      /* above the places */
  ShumateMapLayer *online_layer;
  GPtrArray *all_places;  /* ScmCentre: every place on the map, for framing */
  ScmCentre *selected;
  gboolean fitted;
  int allocated_width, allocated_height;  /* to tell when the size changes */
  gboolean presenting;
  GArray *pending_points;   /* latitude, longitude pairs to frame after layout */
  GArray *framed_points;    /* what the last framing showed, to frame it again at another size */
  double framed_view[3];    /* the latitude, longitude and zoom that framing chose */
  gboolean pending_animate;
  double framing_max_zoom;    /* the closest that framing goes */
  gboolean framing_area;      /* framing an area as shown, not places */
  guint legend_check_source;  /* after a framing lands: does the legend cover a place? */
  guint legend_check_round;
  guint frame_source;
};

static inline ShumateViewport *
get_viewport (ScmMapView *self)
{
  return shumate_simple_map_get_viewport (self->simple_map);
}

/* scm-map-view-basemap.c */
ScmBasemapStyle scm_map_view_preferred_style   (ScmMapView *self);
void            scm_map_view_install_basemap   (ScmMapView *self);
void            scm_map_view_refresh_basemap   (ScmMapView *self);

/* scm-map-view.c */
int             scm_map_view_symbol_size       (ScmMapView *self);

/* scm-map-view-framing.c */
void            scm_map_view_frame_first_view  (ScmMapView *self,
                                                double      width,
                                                double      height);

G_END_DECLS
