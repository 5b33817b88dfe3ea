/* scm-field-symbol.h — the coloured shape that stands for a field, on the map and in the legend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "scm-field.h"

G_BEGIN_DECLS

#define SCM_TYPE_FIELD_SYMBOL (scm_field_symbol_get_type ())

G_DECLARE_FINAL_TYPE (ScmFieldSymbol, scm_field_symbol, SCM, FIELD_SYMBOL, GtkWidget)

GtkWidget *scm_field_symbol_new      (ScmField       *field,
                                      int             size);
void       scm_field_symbol_draw     (cairo_t        *cr,
                                      ScmField       *field,
                                      double          cx,
                                      double          cy,
                                      double          radius);
void       scm_field_symbol_snapshot_in (GtkWidget   *widget,
                                         GtkSnapshot *snapshot,
                                         ScmField    *field,
                                         double       radius);

G_END_DECLS
