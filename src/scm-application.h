/* scm-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SCM_TYPE_APPLICATION (scm_application_get_type ())

G_DECLARE_FINAL_TYPE (ScmApplication, scm_application, SCM, APPLICATION, GtkApplication)

ScmApplication *scm_application_new          (void);
int             scm_application_validate     (GFile *file);
int             scm_application_get_exit_status (ScmApplication *self);
void            scm_application_load_style   (void);
void            scm_application_open_network (ScmApplication *self,
                                              GFile          *file);

typedef struct _ScmWindow ScmWindow;

void            scm_application_present_when_styled (ScmWindow *window,
                                                     int        presentation_interval);

G_END_DECLS
