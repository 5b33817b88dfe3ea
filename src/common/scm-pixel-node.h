/* scm-pixel-node.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

cairo_t       *scm_pixel_node_begin (const graphene_rect_t *bounds,
                                     int                    scale);
GskRenderNode *scm_pixel_node_end   (cairo_t               *cr);

void           scm_pixel_node_push_vectors    (void);
void           scm_pixel_node_pop_vectors     (void);
gboolean       scm_pixel_node_drawing_vectors (void);

G_END_DECLS
