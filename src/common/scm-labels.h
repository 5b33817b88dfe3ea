/* scm-panel-util.h — pieces that the side panels share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "scm-link.h"

G_BEGIN_DECLS

gboolean scm_panel_is_web_url (const char       *url);
void scm_panel_clear_box     (GtkBox             *box);
void scm_panel_fill_links    (GtkBox             *box,
                              const char * const *urls);
void scm_panel_fill_bullets  (GtkBox             *box,
                              const char * const *items);
void scm_panel_show_text     (GtkLabel           *label,
                              const char         *text);

G_END_DECLS

G_BEGIN_DECLS

const char *scm_panel_link_kind_label (const char *kind);
const char *scm_panel_status_label    (const char *status);
char       *scm_panel_describe_link   (ScmLink    *link);

G_END_DECLS
