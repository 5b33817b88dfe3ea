/* test-util.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

GBytes *scm_test_generate_network        (guint n_centres);
GBytes *scm_test_generate_linked_network (guint n_centres,
                                          guint n_links);

G_END_DECLS

#include <gtk/gtk.h>

#include "scm-link-layer.h"
#include "scm-sidebar.h"
#include "scm-window.h"

G_BEGIN_DECLS

/* The bundled network in a window on screen, and the parts of it that tests
 * look at: the fixture of g_test_add() for most UI tests */
typedef struct
{
  ScmNetwork *network;
  ScmWindow *window;
  ScmMapView *map_view;
  ScmLinkLayer *layer;
  ScmSidebar *sidebar;
} ScmTestWindow;

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
gboolean   scm_test_click        (GtkWidget    *widget,
                                  double        x,
                                  double        y);
gboolean   scm_test_drag         (GtkWidget    *widget,
                                  double        x,
                                  double        y,
                                  double        dx,
                                  double        dy);
guchar    *scm_test_render_node  (GtkWidget    *widget,
                                  GskRenderNode *node,
                                  int           width,
                                  int           height);
guchar    *scm_test_render_pixels (GtkWidget   *layer);
guint      scm_test_alpha_at     (GtkWidget    *layer,
                                  int           x,
                                  int           y);
gboolean   scm_test_tooltip_shown (GtkWidget   *window);
const char *scm_test_tooltip_text (GtkWidget   *window);
gboolean   scm_test_type_keys    (GtkWidget    *window,
                                  const char   *keys);

ScmApplication *scm_test_application_new (void);
ScmNetwork *scm_test_load_data   (const char   *name);
ScmWindow *scm_test_open_bundled (ScmNetwork  **network);
ScmWindow *scm_test_open_data    (const char   *name,
                                  ScmNetwork  **network);
gboolean   scm_test_is_presenting (ScmWindow   *window);
void       scm_test_close        (ScmWindow    *window,
                                  ScmNetwork  **network);

void       scm_test_window_set_up    (ScmTestWindow *fixture,
                                      gconstpointer  data);
void       scm_test_window_tear_down (ScmTestWindow *fixture,
                                      gconstpointer  data);
guint      scm_test_find_link        (ScmLinkLayer  *layer,
                                      const char    *from,
                                      const char    *to,
                                      ScmLinkKind    kind);
gboolean   scm_test_press_key        (ScmWindow     *window,
                                      guint          keyval);

G_END_DECLS
