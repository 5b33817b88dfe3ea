/* scm-link-layer-kept.c
 *
 * While the map pans at one zoom, the arcs are drawn once, KEPT_REACH pixels
 * beyond each side of the view, and each frame only moves that drawing with
 * the map until the pan leaves its edge. A frame at a new zoom draws only the
 * view: a zoom that moves on would throw the wider drawing away. The kept
 * drawing is pixels (scm-pixel-node.c), so that moving it costs a copy.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "scm-link-layer-private.h"
#include "scm-pixel-node.h"

#define KEPT_REACH 256.0   /* pixels */

void
scm_link_layer_forget_kept (ScmLinkLayer *self)
{
  g_clear_pointer (&self->kept.node, gsk_render_node_unref);
}

/* Paints the kept drawing moved with the map, when it still covers the view */
gboolean
scm_link_layer_paint_kept (ScmLinkLayer *self,
                           GtkSnapshot  *snapshot,
                           const Frame  *frame)
{
  const KeptArcs *kept = &self->kept;
  double dx, dy;

  if (kept->node == NULL || scm_pixel_node_drawing_vectors () || kept->world != frame->t.world || frame->t.sin_r != 0 ||
      kept->width != gtk_widget_get_width (GTK_WIDGET (self)) ||
      kept->height != gtk_widget_get_height (GTK_WIDGET (self)) ||
      kept->scale != gtk_widget_get_scale_factor (GTK_WIDGET (self)))
    return FALSE;

  dx = (kept->centre_x - frame->t.centre_x) * frame->t.world;
  dy = (kept->centre_y - frame->t.centre_y) * frame->t.world;
  if (fabs (dx) > KEPT_REACH || fabs (dy) > KEPT_REACH)
    return FALSE;

  gtk_snapshot_save (snapshot);
  /* Whole pixels: the kept drawing stays sharp */
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (round (dx), round (dy)));
  gtk_snapshot_append_node (snapshot, kept->node);
  gtk_snapshot_restore (snapshot);
  return TRUE;
}

/* How far beyond the view to draw this frame: a second frame at one zoom
 * (a pan, or a map at rest) draws wider and keeps it; a first draws the view */
double
scm_link_layer_kept_reach (ScmLinkLayer *self,
                           const Frame  *frame)
{
  gboolean same_zoom = self->kept.last_world == frame->t.world;

  self->kept.last_world = frame->t.world;
  return same_zoom && frame->t.sin_r == 0 && !scm_pixel_node_drawing_vectors () ? KEPT_REACH : 0;
}

void
scm_link_layer_keep (ScmLinkLayer  *self,
                     GskRenderNode *node,
                     const Frame   *frame)
{
  scm_link_layer_forget_kept (self);
  self->kept = (KeptArcs) {
    gsk_render_node_ref (node), frame->t.world, frame->t.centre_x, frame->t.centre_y,
    gtk_widget_get_width (GTK_WIDGET (self)), gtk_widget_get_height (GTK_WIDGET (self)),
    gtk_widget_get_scale_factor (GTK_WIDGET (self)), frame->t.world,
  };
}
