/* scm-window-private.h — what the window's source files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "scm-clean-screen.h"
#include "scm-presenter.h"
#include "scm-sidebar.h"
#include "scm-window.h"

G_BEGIN_DECLS

struct _ScmWindow
{
  GtkApplicationWindow parent_instance;

  ScmNetwork *network;
  ScmCentreFilter *filter;     /* the one the side panel, the map and the tour share */
  ScmCentre *selected_centre;
  GSettings *settings;
  gboolean online_map;
  gboolean sidebar_visible;
  gboolean show_all_links;
  gboolean presenting;
  gboolean sidebar_before_presenting;
  ScmCentreFilter *filter_before_presenting;  /* the user's, given back at the end */
  ScmCentre *selected_before_presenting;
  gboolean map_moved;          /* by the user, since the map was last framed */
  guint frame_source;          /* frames the results once the filter rests */
  guint32 last_press_time;
  gboolean pressed;
  double press_x, press_y;
  ScmPresenter *presenter;
  ScmCleanScreen *clean_screen;
  GdkFrameClock *startup_clock;   /* until the first frame with the map: scm-window-startup.c */
  gulong startup_paint_handler;
  guint startup_timeout;
  guint startup_idle;
  gboolean rest_built;
  GtkWindow *shortcuts_window;    /* built when first shown, or NULL */

  GtkRevealer *problems_revealer;
  GtkLabel *problems_label;
  GtkLabel *problems_file_label;
  GtkListView *problems_list;
  GtkWidget *problems_button;
  GtkWidget *show_bundled_button;
  GtkWidget *no_match_box;
  GtkWidget *frame_results_button;
  GtkRevealer *notice_revealer;
  GtkLabel *notice_label;
  GtkButton *notice_open_button;
  GFile *notice_file;
  GtkRevealer *sidebar_revealer;
  ScmSidebar *sidebar;
  ScmMapView *map_view;
  GtkLabel *subtitle_label;
  GtkMenuButton *primary_menu_button;
  GMenuModel *primary_menu;
};

void scm_window_set_online_map      (ScmWindow  *self,
                                     gboolean    online_map);
void scm_window_set_sidebar_visible (ScmWindow  *self,
                                     gboolean    visible);
void scm_window_set_show_all_links  (ScmWindow  *self,
                                     gboolean    show_all);
void scm_window_show_notice         (ScmWindow  *self,
                                     const char *text,
                                     GFile      *file);
void scm_window_frame_results       (ScmWindow  *self);
void scm_window_results_class_init  (GtkWidgetClass *widget_class);
void scm_window_results_init        (ScmWindow  *self);
void scm_window_results_after_presentation (ScmWindow *self);
void scm_window_startup_init        (ScmWindow  *self);
void scm_window_startup_dispose     (ScmWindow  *self);
void scm_window_startup_start_tiles (ScmWindow  *self);
void scm_window_show_problems       (ScmWindow  *self);
void scm_window_problems_class_init (GtkWidgetClass *widget_class);
void scm_window_startup_class_init  (GtkWidgetClass *widget_class);
void scm_window_problems_init       (ScmWindow  *self);
void scm_window_export_action       (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter);
void scm_window_export_to_action    (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter);

G_END_DECLS
