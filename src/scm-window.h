/* scm-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "scm-application.h"
#include "scm-map-view.h"
#include "scm-tour.h"
#include "scm-network.h"

G_BEGIN_DECLS

#define SCM_TYPE_WINDOW (scm_window_get_type ())

G_DECLARE_FINAL_TYPE (ScmWindow, scm_window, SCM, WINDOW, GtkApplicationWindow)

ScmWindow  *scm_window_new         (ScmApplication *application,
                                    ScmNetwork     *network);
ScmNetwork *scm_window_get_network (ScmWindow      *self);
ScmMapView *scm_window_get_map_view (ScmWindow     *self);
ScmTour    *scm_window_get_tour    (ScmWindow      *self);
const char *scm_window_get_notice  (ScmWindow      *self);
ScmCentreFilter *scm_window_get_filter (ScmWindow  *self);
ScmCentre  *scm_window_get_selected_centre (ScmWindow *self);
void        scm_window_set_selected_centre (ScmWindow *self,
                                            ScmCentre *centre);
void        scm_window_start_presentation (ScmWindow *self,
                                           guint      interval_seconds);
void        scm_window_stop_presentation  (ScmWindow *self);
void        scm_window_export_async       (ScmWindow           *self,
                                           const char          *path,
                                           int                  width,
                                           int                  height,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
gboolean    scm_window_export_finish      (ScmWindow     *self,
                                           GAsyncResult  *result,
                                           GError       **error);

G_END_DECLS
