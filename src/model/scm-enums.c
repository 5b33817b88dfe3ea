/* scm-enums.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "scm-enums.h"

G_DEFINE_ENUM_TYPE (ScmPlaceKind, scm_place_kind,
  G_DEFINE_ENUM_VALUE (SCM_PLACE_CENTRE, "centre"),
  G_DEFINE_ENUM_VALUE (SCM_PLACE_AFFILIATE, "affiliate"))

G_DEFINE_ENUM_TYPE (ScmCentreStatus, scm_centre_status,
  G_DEFINE_ENUM_VALUE (SCM_CENTRE_STATUS_CONFIRMED, "confirmed"),
  G_DEFINE_ENUM_VALUE (SCM_CENTRE_STATUS_DOUBTFUL, "doubtful"),
  G_DEFINE_ENUM_VALUE (SCM_CENTRE_STATUS_APPROVED, "approved"))

G_DEFINE_ENUM_TYPE (ScmPositionBasis, scm_position_basis,
  G_DEFINE_ENUM_VALUE (SCM_POSITION_CITY, "city"),
  G_DEFINE_ENUM_VALUE (SCM_POSITION_HOST, "host"))

G_DEFINE_ENUM_TYPE (ScmSymbolShape, scm_symbol_shape,
  G_DEFINE_ENUM_VALUE (SCM_SYMBOL_SHAPE_CIRCLE, "circle"),
  G_DEFINE_ENUM_VALUE (SCM_SYMBOL_SHAPE_SQUARE, "square"),
  G_DEFINE_ENUM_VALUE (SCM_SYMBOL_SHAPE_DIAMOND, "diamond"),
  G_DEFINE_ENUM_VALUE (SCM_SYMBOL_SHAPE_TRIANGLE, "triangle"),
  G_DEFINE_ENUM_VALUE (SCM_SYMBOL_SHAPE_HEXAGON, "hexagon"),
  G_DEFINE_ENUM_VALUE (SCM_SYMBOL_SHAPE_STAR, "star"),
  G_DEFINE_ENUM_VALUE (SCM_SYMBOL_SHAPE_PENTAGON, "pentagon"),
  G_DEFINE_ENUM_VALUE (SCM_SYMBOL_SHAPE_CROSS, "cross"))

G_DEFINE_ENUM_TYPE (ScmLinkKind, scm_link_kind,
  G_DEFINE_ENUM_VALUE (SCM_LINK_KIND_MOU, "mou"),
  G_DEFINE_ENUM_VALUE (SCM_LINK_KIND_JOINT_PROJECT, "joint-project"),
  G_DEFINE_ENUM_VALUE (SCM_LINK_KIND_CO_ORGANISED_EVENT, "co-organised-event"),
  G_DEFINE_ENUM_VALUE (SCM_LINK_KIND_JOINT_TRAINING, "joint-training"),
  G_DEFINE_ENUM_VALUE (SCM_LINK_KIND_NETWORK, "network"),
  G_DEFINE_ENUM_VALUE (SCM_LINK_KIND_OTHER, "other"))

G_DEFINE_ENUM_TYPE (ScmTourStopKind, scm_tour_stop_kind,
  G_DEFINE_ENUM_VALUE (SCM_TOUR_OVERVIEW, "overview"),
  G_DEFINE_ENUM_VALUE (SCM_TOUR_FIELD, "field"),
  G_DEFINE_ENUM_VALUE (SCM_TOUR_CLOSE_UP, "close-up"),
  G_DEFINE_ENUM_VALUE (SCM_TOUR_TIMELINE, "timeline"),
  G_DEFINE_ENUM_VALUE (SCM_TOUR_MEETING, "meeting"),
  G_DEFINE_ENUM_VALUE (SCM_TOUR_LINKS, "links"))

/* The value whose file string is @nick; FALSE, leaving @value alone, if none */
gboolean
scm_enum_from_nick (GType       enum_type,
                    const char *nick,
                    int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *found = nick != NULL ? g_enum_get_value_by_nick (klass, nick) : NULL;

  if (found == NULL)
    return FALSE;
  *value = found->value;
  return TRUE;
}

/* The file string of @value, or NULL if @value is none of @enum_type */
const char *
scm_enum_to_nick (GType enum_type,
                  int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *found = g_enum_get_value (klass, value);

  return found != NULL ? found->value_nick : NULL;
}
