/* scm-centre-button.h — a place on the map: a button that draws its field's symbol
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "scm-centre.h"

G_BEGIN_DECLS

#define SCM_TYPE_CENTRE_BUTTON (scm_centre_button_get_type ())

G_DECLARE_FINAL_TYPE (ScmCentreButton, scm_centre_button, SCM, CENTRE_BUTTON, GtkButton)

GtkWidget *scm_centre_button_new             (ScmCentre       *centre,
                                              const char      *description,
                                              int              symbol_size);
ScmCentre *scm_centre_button_get_centre      (ScmCentreButton *self);
void       scm_centre_button_set_symbol_size (ScmCentreButton *self,
                                              int              symbol_size);

G_END_DECLS
