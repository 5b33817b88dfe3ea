/* scm-field.h — a field of science (water, geosciences, …) that centres belong to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "scm-enums.h"

G_BEGIN_DECLS

#define SCM_TYPE_FIELD (scm_field_get_type ())

G_DECLARE_FINAL_TYPE (ScmField, scm_field, SCM, FIELD, GObject)

const char *scm_field_get_id       (ScmField   *self);
const char *scm_field_get_name     (ScmField   *self);
const char *scm_field_get_color    (ScmField   *self);
ScmSymbolShape scm_field_get_symbol (ScmField *self);
void        scm_field_get_rgb      (ScmField   *self,
                                    double     *red,
                                    double     *green,
                                    double     *blue);
guint       scm_field_get_n_centres (ScmField  *self);
void        scm_field_set_n_centres (ScmField  *self,
                                     guint      n_centres);

gboolean    scm_field_parse_color  (const char *color,
                                    double     *red,
                                    double     *green,
                                    double     *blue);

G_END_DECLS
