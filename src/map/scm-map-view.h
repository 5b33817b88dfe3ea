/* scm-map-view.h — the map: offline basemap, a marker per place, the legend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "scm-centre-filter.h"
#include "scm-label-layer.h"
#include "scm-legend.h"
#include "scm-link-layer.h"
#include "scm-network.h"

G_BEGIN_DECLS

#define SCM_TYPE_MAP_VIEW (scm_map_view_get_type ())

G_DECLARE_FINAL_TYPE (ScmMapView, scm_map_view, SCM, MAP_VIEW, GtkWidget)

void       scm_map_view_set_network         (ScmMapView *self,
                                             ScmNetwork *network);
ScmCentre *scm_map_view_get_selected_centre (ScmMapView *self);
void       scm_map_view_set_selected_centre (ScmMapView *self,
                                             ScmCentre  *centre);
guint      scm_map_view_get_n_markers       (ScmMapView *self);
GtkWidget *scm_map_view_get_marker_button   (ScmMapView *self,
                                             ScmCentre  *centre);
void       scm_map_view_fit_shown           (ScmMapView *self,
                                             gboolean    animate);
void       scm_map_view_fit_all             (ScmMapView *self,
                                             gboolean    animate);
void       scm_map_view_frame_meeting       (ScmMapView *self,
                                             ScmMeeting *meeting);
void       scm_map_view_set_caption         (ScmMapView *self,
                                             const char *caption);
const char *scm_map_view_get_caption        (ScmMapView *self);
void       scm_map_view_set_caption_details (ScmMapView *self,
                                             const char *details);
const char *scm_map_view_get_caption_details (ScmMapView *self);
const char *scm_map_view_name_city          (ScmMapView *self,
                                             const char *name,
                                             double      latitude,
                                             double      longitude);
void       scm_map_view_set_progress        (ScmMapView *self,
                                             const char *progress);
void       scm_map_view_set_year            (ScmMapView *self,
                                             int         year);
void       scm_map_view_set_presenting      (ScmMapView *self,
                                             gboolean    presenting);
gboolean   scm_map_view_is_ready            (ScmMapView *self);
void       scm_map_view_get_view            (ScmMapView *self,
                                             double     *latitude,
                                             double     *longitude,
                                             double     *zoom);
void       scm_map_view_set_view            (ScmMapView *self,
                                             double      latitude,
                                             double      longitude,
                                             double      zoom);
void       scm_map_view_set_controls_visible (ScmMapView *self,
                                              gboolean    visible);
void       scm_map_view_frame_link          (ScmMapView *self,
                                             ScmLink    *link);
void       scm_map_view_set_show_all_links  (ScmMapView *self,
                                             gboolean    show_all);
ScmLinkLayer *scm_map_view_get_link_layer   (ScmMapView *self);
ScmLabelLayer *scm_map_view_get_label_layer (ScmMapView *self);
void       scm_map_view_set_legend_links    (ScmMapView     *self,
                                             ScmLegendLinks  mode);
void       scm_map_view_set_filter          (ScmMapView      *self,
                                             ScmCentreFilter *filter);
guint      scm_map_view_get_n_shown_markers (ScmMapView *self);
gboolean   scm_map_view_focus_first_place   (ScmMapView *self);
void       scm_map_view_start_first_tiles   (ScmMapView *self,
                                             int         width,
                                             int         height);
void       scm_map_view_set_highlighted     (ScmMapView         *self,
                                             const char * const *ids,
                                             const char * const *named_first);
void       scm_map_view_set_online_layer    (ScmMapView *self,
                                             gboolean    online);
void       scm_map_view_copy_framing        (ScmMapView *self,
                                             ScmMapView *from);
void       scm_map_view_render_basemap      (ScmMapView *self,
                                             cairo_t    *cr);
void       scm_map_view_set_basemap_tiles_visible (ScmMapView *self,
                                                   gboolean    visible);
void       scm_map_view_frame_again         (ScmMapView *self);
void       scm_map_view_zoom_by             (ScmMapView *self,
                                             int         levels);

G_END_DECLS
