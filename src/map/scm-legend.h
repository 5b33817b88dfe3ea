/* scm-legend.h — the fields, their symbols and their counts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "scm-centre-filter.h"
#include "scm-network.h"

G_BEGIN_DECLS

typedef enum {
  SCM_LEGEND_LINKS_NORMAL,
  SCM_LEGEND_LINKS_HIDDEN,
  SCM_LEGEND_LINKS_EXPANDED,
} ScmLegendLinks;

#define SCM_TYPE_LEGEND (scm_legend_get_type ())

G_DECLARE_FINAL_TYPE (ScmLegend, scm_legend, SCM, LEGEND, GtkWidget)

void scm_legend_set_network (ScmLegend       *self,
                             ScmNetwork      *network);
void scm_legend_set_filter  (ScmLegend       *self,
                             ScmCentreFilter *filter);
void scm_legend_set_links_mode (ScmLegend      *self,
                                ScmLegendLinks  mode);
void scm_legend_set_expanded   (ScmLegend      *self,
                                gboolean        expanded);
void scm_legend_fold           (ScmLegend      *self);

G_END_DECLS
