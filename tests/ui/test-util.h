/* test-util.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

GBytes *scm_test_generate_network (guint n_centres);

G_END_DECLS

#include <gtk/gtk.h>

#include "scm-window.h"

G_BEGIN_DECLS

typedef gboolean (*ScmTestMatch) (GtkWidget     *widget,
                                  gconstpointer  data);

GtkWidget *scm_test_find_widget  (GtkWidget    *root,
                                  ScmTestMatch  match,
                                  gconstpointer data);
GtkWidget *scm_test_find_of_type (GtkWidget    *root,
                                  GType         type);
void       scm_test_show_window  (GtkWindow    *window);
void       scm_test_settle       (void);
void       scm_test_wait         (guint         ms);
gboolean   scm_test_move_pointer (GtkWidget    *widget,
                                  double        x,
                                  double        y);
gboolean   scm_test_tooltip_shown (GtkWidget   *window);

ScmWindow *scm_test_open_bundled (ScmNetwork  **network);
void       scm_test_close        (ScmWindow    *window,
                                  ScmNetwork  **network);

G_END_DECLS
