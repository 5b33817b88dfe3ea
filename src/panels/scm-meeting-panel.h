/* scm-meeting-panel.h — the story of the network and of its Beijing meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "scm-network.h"

G_BEGIN_DECLS

#define SCM_TYPE_MEETING_PANEL (scm_meeting_panel_get_type ())

G_DECLARE_FINAL_TYPE (ScmMeetingPanel, scm_meeting_panel, SCM, MEETING_PANEL, GtkWidget)

void  scm_meeting_panel_set_network  (ScmMeetingPanel *self,
                                      ScmNetwork      *network);
void  scm_meeting_panel_hold_details (ScmMeetingPanel *self,
                                      gboolean         held);

G_END_DECLS
