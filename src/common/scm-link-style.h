/* scm-link-style.h — how each kind of link is drawn, on the map and in the legend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "scm-enums.h"

G_BEGIN_DECLS

void scm_link_style_apply (cairo_t     *cr,
                           ScmLinkKind  kind,
                           double       width,
                           double       alpha,
                           gboolean     on_dark);

G_END_DECLS
