/* scm-labels.h — the text that panels and the map show: the names of the
 * model's values, and boxes of labels and links filled from the data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "scm-link.h"

G_BEGIN_DECLS

void        scm_labels_clear_box      (GtkBox             *box);
void        scm_labels_fill_links     (GtkBox             *box,
                                       const char * const *urls);
void        scm_labels_fill_bullets   (GtkBox             *box,
                                       const char * const *items);
void        scm_labels_show_text      (GtkLabel           *label,
                                       const char         *text);

const char *scm_labels_link_kind      (ScmLinkKind         kind);
const char *scm_labels_status         (ScmCentreStatus     status);
const char *scm_labels_position       (ScmPositionBasis    position);
char       *scm_labels_describe_link  (ScmLink            *link);

G_END_DECLS
