/* scm-link-layer-private.h — what the link layer's files share: its arcs,
 * its state and what one frame needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "scm-link-layer.h"
#include "scm-map-transform.h"

G_BEGIN_DECLS

#define MIN_STEP 6           /* pixels: closer points of an arc are skipped while drawing */

/* Beyond this many arcs in view the picture is a web where dashes and
 * antialiasing no longer show, and cairo's stroker would take seconds: the
 * arcs are then drawn as one-pixel lines straight into an image */
#define SCM_LINK_LAYER_DENSE_ARCS 3000

typedef struct
{
  ScmLink *link;
  guint first;              /* its first point in points (a pair index) */
  guint n_points;
  double x0, y0, x1, y1;    /* its bounds in the unit square, x unwrapped */
  gboolean shown;           /* both ends pass the filter */
} Arc;

/* The dense web of the whole world, kept between frames (scm-link-layer-dense.c) */
typedef struct
{
  cairo_surface_t *image;   /* one copy of the world, as wide as it was drawn, or NULL */
  double last_world;        /* the world's width in the last frame: whether the zoom moves */
  guint settle_source;      /* draws the web sharp once the zoom rests */
  cairo_surface_t *next;    /* the sharp image being drawn between frames, or NULL */
  guint next_step;          /* where its drawing goes on (see draw_web) */
  guint slice_source;       /* draws its next slice */
  gboolean stale;           /* the image shows what the web showed before a change */
} Web;

/* The arcs as a pan draws them: drawn once a little beyond the view, then
 * only moved with the map until the zoom, the size or what is shown changes
 * (scm-link-layer-kept.c) */
typedef struct
{
  GskRenderNode *node;      /* or NULL */
  double world;             /* the world's width in pixels it was drawn at */
  double centre_x, centre_y;/* the viewport's centre then, unit square */
  int width, height;        /* the layer's size then */
  int scale;                /* its scale factor then */
  double last_world;        /* the world's width at the last frame drawn */
} KeptArcs;

struct _ScmLinkLayer
{
  ShumateLayer parent_instance;

  GArray *arcs;             /* Arc, in the network's order */
  GArray *points;           /* doubles: x, y in the unit square of every arc, one after another */
  guint *by_kind;           /* indices of arcs, sorted by kind: one stroke per style */
  ScmCentreFilter *filter;
  ScmCentre *selected;
  ScmLink *focused;         /* the link the user points at in the panel, drawn on top */
  int hovered;              /* the arc under the pointer, or -1 */
  gboolean show_all;
  gboolean on_dark;         /* drawn over the dark basemap */
  Web web;
  KeptArcs kept;
};

/* What one frame (or one hit test) needs: the transform and the part of the
 * unit square in view, widened by @margin pixels */
typedef struct
{
  ScmMapTransform t;
  double x0, y0, x1, y1;
  double pixel;             /* one pixel, in the unit square */
} Frame;

/* The points of one copy of an arc on screen, in order, without those closer
 * than MIN_STEP pixels to the last one given (the ends are always given) */
typedef struct
{
  const Frame *frame;
  const double *xy;
  guint n_points;
  guint next;
  double shift;             /* the copy: whole worlds to the east */
  double min_step;
  double last_x, last_y;
} ArcWalk;

const double *scm_link_layer_arc_points         (ScmLinkLayer          *self,
                                                const Arc             *arc);
gboolean      scm_link_layer_arc_copies_in_view (const Frame           *frame,
                                                const Arc             *arc,
                                                int                   *first,
                                                int                   *last);
void          scm_link_layer_arc_walk_init      (ArcWalk               *walk,
                                                ScmLinkLayer          *self,
                                                const Frame           *frame,
                                                const Arc             *arc,
                                                double                 shift);
gboolean      scm_link_layer_arc_walk_next      (ArcWalk               *walk,
                                                double                *x,
                                                double                *y);
gboolean      scm_link_layer_arc_is_emphasised  (ScmLinkLayer          *self,
                                                const Arc             *arc);
void          scm_link_layer_draw_dense         (ScmLinkLayer          *self,
                                                cairo_t               *cr,
                                                const Frame           *frame,
                                                const graphene_rect_t *box);
void          scm_link_layer_web_changed        (ScmLinkLayer          *self);
gboolean      scm_link_layer_paint_kept         (ScmLinkLayer          *self,
                                                GtkSnapshot           *snapshot,
                                                const Frame           *frame);
double        scm_link_layer_kept_reach         (ScmLinkLayer          *self,
                                                const Frame           *frame);
void          scm_link_layer_keep               (ScmLinkLayer          *self,
                                                GskRenderNode         *node,
                                                const Frame           *frame);
void          scm_link_layer_forget_kept        (ScmLinkLayer          *self);
void          scm_link_layer_forget_web         (ScmLinkLayer          *self);

G_END_DECLS
