/* scm-centre-panel.h — what the side panel says about one centre or affiliate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "scm-network.h"

G_BEGIN_DECLS

#define SCM_TYPE_CENTRE_PANEL (scm_centre_panel_get_type ())

G_DECLARE_FINAL_TYPE (ScmCentrePanel, scm_centre_panel, SCM, CENTRE_PANEL, GtkWidget)

void       scm_centre_panel_set_centre (ScmCentrePanel *self,
                                        ScmNetwork     *network,
                                        ScmCentre      *centre);

G_END_DECLS
