/* scm-centre-private.h — how the network builds centres from a validated entry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "scm-centre.h"

G_BEGIN_DECLS

/* Everything a data file says about one place, already validated. */
typedef struct
{
  ScmPlaceKind kind;
  const char *id;
  const char *acronym;
  const char *name;
  const char *short_name;     /* a label for the map where there is no acronym */
  ScmField *field;
  const char *city;
  const char *country;
  double latitude;
  double longitude;
  ScmPositionBasis position;
  const char * const *position_sources;
  const char *website;
  int established;
  const char *summary;
  ScmCentreStatus status;
  const char *notes;
  const char * const *sources;
} ScmCentreInfo;

ScmCentre *scm_centre_new (const ScmCentreInfo *info);

G_END_DECLS
