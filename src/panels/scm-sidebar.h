/* scm-sidebar.h — the side panel: search, filters, the list of centres, the
 * story of the meeting and the panel of the selected centre
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "scm-centre-filter.h"
#include "scm-network.h"

G_BEGIN_DECLS

#define SCM_TYPE_SIDEBAR (scm_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (ScmSidebar, scm_sidebar, SCM, SIDEBAR, GtkWidget)

void             scm_sidebar_set_network         (ScmSidebar *self,
                                                  ScmNetwork *network);
void             scm_sidebar_hold_details        (ScmSidebar *self,
                                                  gboolean    held);
void             scm_sidebar_set_filter          (ScmSidebar      *self,
                                                  ScmCentreFilter *filter);
GListModel      *scm_sidebar_get_visible_centres (ScmSidebar *self);
ScmCentre       *scm_sidebar_get_selected_centre (ScmSidebar *self);
void             scm_sidebar_set_selected_centre (ScmSidebar *self,
                                                  ScmCentre  *centre);
const char      *scm_sidebar_get_page            (ScmSidebar *self);
void             scm_sidebar_go_back             (ScmSidebar *self);
void             scm_sidebar_focus_search        (ScmSidebar *self);
void             scm_sidebar_set_country         (ScmSidebar *self,
                                                  const char *country);
const char      *scm_sidebar_get_count_text      (ScmSidebar *self);
void             scm_sidebar_clear_filters       (ScmSidebar *self);
void             scm_sidebar_show_results        (ScmSidebar *self);

G_END_DECLS
