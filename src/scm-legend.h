/* scm-legend.h — the fields, their symbols and their counts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "scm-centre-filter.h"
#include "scm-network.h"

G_BEGIN_DECLS

#define SCM_TYPE_LEGEND (scm_legend_get_type ())

G_DECLARE_FINAL_TYPE (ScmLegend, scm_legend, SCM, LEGEND, GtkWidget)

void scm_legend_set_network (ScmLegend       *self,
                             ScmNetwork      *network);
void scm_legend_set_filter  (ScmLegend       *self,
                             ScmCentreFilter *filter);

G_END_DECLS
