/* scm-label-placement.h — names beside the places on a map, placed so that
 * none covers another name, a place's symbol or what lies over the map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A rectangle in pixels: top-left corner and size */
typedef struct
{
  double x, y;
  double width, height;
} ScmLabelRect;

/* A place to name: its symbol, a circle, and the size of its name */
typedef struct
{
  double x, y;             /* the symbol's centre */
  double radius;           /* half the symbol's size */
  double width, height;    /* the name's size */
  gboolean important;      /* placed before all others (the meeting's organisers) */
} ScmLabelItem;

/* Where a name went: its top-left corner, when it found room */
typedef struct
{
  gboolean placed;
  double x, y;
  gboolean away;           /* not beside its symbol: a line leads to it */
} ScmLabelSpot;

void scm_label_placement_place (const ScmLabelItem *items,
                                guint               n_items,
                                const ScmLabelRect *obstacles,
                                guint               n_obstacles,
                                const ScmLabelRect *names,
                                guint               n_names,
                                const ScmLabelRect *bounds,
                                gboolean            rtl,
                                ScmLabelSpot       *spots);

G_END_DECLS
