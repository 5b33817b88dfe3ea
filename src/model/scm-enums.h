/* scm-enums.h — the closed sets of the model, registered as enum types
 *
 * Each value's nick is the string that stands for it in a data file, so the
 * registered type is the one table that maps between them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What kind of place a centre is */
typedef enum {
  SCM_PLACE_CENTRE,
  SCM_PLACE_AFFILIATE,
} ScmPlaceKind;

/* Whether a centre belonged to the network at the date of the file */
typedef enum {
  SCM_CENTRE_STATUS_CONFIRMED,
  SCM_CENTRE_STATUS_DOUBTFUL,
  SCM_CENTRE_STATUS_APPROVED,
} ScmCentreStatus;

/* Where a centre's point on the map comes from */
typedef enum {
  SCM_POSITION_CITY,
  SCM_POSITION_HOST,
} ScmPositionBasis;

/* The shape that marks a field's centres */
typedef enum {
  SCM_SYMBOL_SHAPE_CIRCLE,
  SCM_SYMBOL_SHAPE_SQUARE,
  SCM_SYMBOL_SHAPE_DIAMOND,
  SCM_SYMBOL_SHAPE_TRIANGLE,
  SCM_SYMBOL_SHAPE_HEXAGON,
  SCM_SYMBOL_SHAPE_STAR,
  SCM_SYMBOL_SHAPE_PENTAGON,
  SCM_SYMBOL_SHAPE_CROSS,
} ScmSymbolShape;

/* The kinds of documented collaboration between two places */
typedef enum {
  SCM_LINK_KIND_MOU,
  SCM_LINK_KIND_JOINT_PROJECT,
  SCM_LINK_KIND_CO_ORGANISED_EVENT,
  SCM_LINK_KIND_JOINT_TRAINING,
  SCM_LINK_KIND_NETWORK,
  SCM_LINK_KIND_OTHER,
} ScmLinkKind;

#define SCM_N_LINK_KINDS (SCM_LINK_KIND_OTHER + 1)

/* What a stop of the presentation tour shows */
typedef enum {
  SCM_TOUR_OVERVIEW,
  SCM_TOUR_FIELD,
  SCM_TOUR_CLOSE_UP,       /* a closer look at one part of a crowded field */
  SCM_TOUR_TIMELINE,
  SCM_TOUR_MEETING,
  SCM_TOUR_LINKS,
} ScmTourStopKind;

#define SCM_TYPE_PLACE_KIND     (scm_place_kind_get_type ())
#define SCM_TYPE_CENTRE_STATUS  (scm_centre_status_get_type ())
#define SCM_TYPE_POSITION_BASIS (scm_position_basis_get_type ())
#define SCM_TYPE_SYMBOL_SHAPE   (scm_symbol_shape_get_type ())
#define SCM_TYPE_LINK_KIND      (scm_link_kind_get_type ())
#define SCM_TYPE_TOUR_STOP_KIND (scm_tour_stop_kind_get_type ())

GType       scm_place_kind_get_type     (void) G_GNUC_CONST;
GType       scm_centre_status_get_type  (void) G_GNUC_CONST;
GType       scm_position_basis_get_type (void) G_GNUC_CONST;
GType       scm_symbol_shape_get_type   (void) G_GNUC_CONST;
GType       scm_link_kind_get_type      (void) G_GNUC_CONST;
GType       scm_tour_stop_kind_get_type (void) G_GNUC_CONST;

gboolean    scm_enum_from_nick          (GType       enum_type,
                                         const char *nick,
                                         int        *value);
const char *scm_enum_to_nick            (GType       enum_type,
                                         int         value);

G_END_DECLS
