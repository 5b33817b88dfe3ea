/* test-util.c — pieces that several tests and the benchmark share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gdk/x11/gdkx.h>

#include "scm-window.h"
#include "test-util.h"

/* @n_links links between distinct pairs of the generated centres, of every
 * kind in turn (a pair is never repeated, nor reversed, while @n_links stays
 * under @n_centres × (@n_centres / 2 - 1)) */
static void
append_links (GString *json,
              guint    n_centres,
              guint    n_links)
{
  static const char * const kinds[] = { "mou", "joint-project", "co-organised-event", "joint-training",
                                        "network", "other" };

  g_string_append (json, ", \"links\": [");
  for (guint k = 0; k < n_links; k++)
    {
      guint from = k % n_centres, to = (from + 1 + k / n_centres) % n_centres;

      g_string_append_printf (json,
                              "%s{\"from\": \"c%u\", \"to\": \"c%u\", \"kind\": \"%s\", \"year\": %u, "
                              "\"sources\": [\"https://example.org/l/%u\"]}",
                              k ? ", " : "", from, to, kinds[k % G_N_ELEMENTS (kinds)], 1990 + k % 27, k);
    }
  g_string_append (json, "]");
}

/* A valid network of @n_centres spread over the land-ish latitudes, in the
 * bundled file's format, with names that search can tell apart. */
GBytes *
scm_test_generate_network (guint n_centres)
{
  return scm_test_generate_linked_network (n_centres, 0);
}

/* The same, with @n_links links between its centres */
GBytes *
scm_test_generate_linked_network (guint n_centres,
                                  guint n_links)
{
  static const char * const countries[] = { "CN", "FR", "BR", "KE", "IN", "US", "RU", "AU", "JP", "EG" };
  static const char * const fields[] = { "water", "energy", "policy", "biotech", "geo" };
  GString *json = g_string_new ("{\"format\": 1, \"title\": \"Generated\", \"fields\": [");
  GRand *rand = g_rand_new_with_seed (65);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_string_append_printf (json, "%s{\"id\": \"%s\", \"name\": \"%s\", \"color\": \"#%06x\"}",
                            i ? ", " : "", fields[i], fields[i], 0x203040 * (i + 1));
  g_string_append (json, "], \"centres\": [");

  for (guint i = 0; i < n_centres; i++)
    g_string_append_printf (json,
                            "%s{\"id\": \"c%u\", \"acronym\": \"C%u\", \"name\": \"Centre number %u\", "
                            "\"field\": \"%s\", \"city\": \"City %u\", \"country\": \"%s\", "
                            "\"latitude\": %.3f, \"longitude\": %.3f, \"established\": %u, "
                            "\"website\": \"https://example.org/%u\", "
                            "\"summary\": \"A generated centre.\", \"sources\": [\"https://example.org/s/%u\"]}",
                            i ? ", " : "", i, i, i, fields[i % G_N_ELEMENTS (fields)], i % 997,
                            countries[i % G_N_ELEMENTS (countries)],
                            g_rand_double_range (rand, -55, 70), g_rand_double_range (rand, -180, 180),
                            1950 + i % 67, i, i);
  g_string_append (json, "]");
  if (n_links > 0)
    append_links (json, n_centres, n_links);
  g_string_append (json, "}");

  g_rand_free (rand);
  return g_string_free_to_bytes (json);
}


/* The first widget under @root (itself included) that @match accepts */
GtkWidget *
scm_test_find_widget (GtkWidget     *root,
                      ScmTestMatch   match,
                      gconstpointer  data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = scm_test_find_widget (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

GtkWidget *
scm_test_find_of_type (GtkWidget *root,
                       GType      type)
{
  return scm_test_find_widget (root, is_of_type, GSIZE_TO_POINTER (type));
}

/* Presents @window and runs the main loop until it is on screen */
void
scm_test_show_window (GtkWindow *window)
{
  gtk_window_present (window);
  for (guint i = 0; i < 2000 && !gtk_widget_get_mapped (GTK_WIDGET (window)); i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
}

/* Lets transitions end (half a second), so that what is shown is drawable */
void
scm_test_settle (void)
{
  gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC / 2;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* The application with its actions and accelerators, as the app starts it,
 * registered without taking its name on the session bus: tests run side by
 * side, and a user's instance may run too. One per test program: a second
 * would find the first's objects on the bus. */
ScmApplication *
scm_test_application_new (void)
{
  ScmApplication *app = scm_application_new ();
  g_autoptr(GError) error = NULL;

  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  return app;
}

/* The network of the file @name in tests/data */
ScmNetwork *
scm_test_load_data (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return scm_network_new_from_file (file);
}

static ScmWindow *
show_network (ScmNetwork *network)
{
  ScmWindow *window = scm_window_new (NULL, network);

  scm_test_show_window (GTK_WINDOW (window));
  return window;
}

/* The bundled network in a window on screen, as a test fixture starts */
ScmWindow *
scm_test_open_bundled (ScmNetwork **network)
{
  *network = scm_network_new_from_resource (SCM_NETWORK_RESOURCE);
  return show_network (*network);
}

/* The network of the file @name in tests/data, in a window on screen */
ScmWindow *
scm_test_open_data (const char  *name,
                    ScmNetwork **network)
{
  *network = scm_test_load_data (name);
  return show_network (*network);
}

gboolean
scm_test_is_presenting (ScmWindow *window)
{
  gboolean presenting;

  g_object_get (window, "presenting", &presenting, NULL);
  return presenting;
}

void
scm_test_close (ScmWindow   *window,
                ScmNetwork **network)
{
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (network);
}

void
scm_test_window_set_up (ScmTestWindow *fixture,
                        gconstpointer  data)
{
  fixture->window = scm_test_open_bundled (&fixture->network);
  fixture->map_view = scm_window_get_map_view (fixture->window);
  fixture->layer = scm_map_view_get_link_layer (fixture->map_view);
  fixture->sidebar = SCM_SIDEBAR (scm_test_find_of_type (GTK_WIDGET (fixture->window), SCM_TYPE_SIDEBAR));
}

void
scm_test_window_tear_down (ScmTestWindow *fixture,
                           gconstpointer  data)
{
  scm_test_close (fixture->window, &fixture->network);
}

/* The index in @layer of the link of @kind from @from to @to (ids) */
guint
scm_test_find_link (ScmLinkLayer *layer,
                    const char   *from,
                    const char   *to,
                    ScmLinkKind   kind)
{
  for (guint i = 0; i < scm_link_layer_get_n_links (layer); i++)
    {
      ScmLink *link = scm_link_layer_get_link (layer, i);

      if (g_str_equal (scm_centre_get_id (scm_link_get_from (link)), from) &&
          g_str_equal (scm_centre_get_id (scm_link_get_to (link)), to) &&
          scm_link_get_kind (link) == kind)
        return i;
    }
  g_assert_not_reached ();
}

/* Delivers a key press the way GTK does, to the window's key controllers */
gboolean
scm_test_press_key (ScmWindow *window,
                    guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, (GdkModifierType)0, &handled);
    }
  return handled;
}

/* Runs the main loop for @ms milliseconds */
void
scm_test_wait (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * (G_USEC_PER_SEC / 1000);

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* Moves the real pointer to (@x, @y) of @widget the way a person does: through
 * the X server (XTest, with xdotool), so that GTK receives the motion events it
 * would from a mouse. Returns FALSE where that is impossible (no X11, no
 * xdotool), for the test to skip. */
gboolean
scm_test_move_pointer (GtkWidget *widget,
                       double     x,
                       double     y)
{
  GtkNative *native = gtk_widget_get_native (widget);
  GdkSurface *surface = gtk_native_get_surface (native);
  graphene_point_t in_widget = GRAPHENE_POINT_INIT (x, y), in_native;
  double surface_x, surface_y;
  g_autofree char *command = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!GDK_IS_X11_SURFACE (surface) || g_find_program_in_path ("xdotool") == NULL)
    return FALSE;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native), &in_widget, &in_native));
  gtk_native_get_surface_transform (native, &surface_x, &surface_y);
  command = g_strdup_printf ("xdotool mousemove --sync --window %lu %d %d",
                             (gulong)gdk_x11_surface_get_xid (surface),
                             (int)(in_native.x + surface_x), (int)(in_native.y + surface_y));
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  scm_test_wait (150);
  return TRUE;
}

/* @node's pixels, @width × @height, as the window of @widget draws them: 4
 * bytes each, premultiplied BGRA or RGBA (alpha last), row after row; free
 * with g_free() */
guchar *
scm_test_render_node (GtkWidget     *widget,
                      GskRenderNode *node,
                      int            width,
                      int            height)
{
  g_autoptr(GdkTexture) texture = NULL;
  guchar *pixels = g_malloc (4 * width * height);

  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_download (texture, pixels, 4 * width);
  return pixels;
}

/* @layer's pixels as its window last drew them (see scm_test_render_node()) */
guchar *
scm_test_render_pixels (GtkWidget *layer)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (layer);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  int width = gtk_widget_get_width (layer), height = gtk_widget_get_height (layer);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  return scm_test_render_node (layer, node, width, height);
}

/* The opacity of @layer's pixel at (@x, @y), as its window draws it */
guint
scm_test_alpha_at (GtkWidget *layer,
                   int        x,
                   int        y)
{
  g_autofree guchar *pixels = scm_test_render_pixels (layer);

  return pixels[4 * (y * gtk_widget_get_width (layer) + x) + 3];
}

/* Drags the map from (@x, @y) of @widget by @dx, @dy pixels with the real
 * pointer's first button, in steps, as a hand does; FALSE where impossible */
gboolean
scm_test_drag (GtkWidget *widget,
               double     x,
               double     y,
               double     dx,
               double     dy)
{
  const guint steps = 6;

  if (!scm_test_move_pointer (widget, x, y))
    return FALSE;
  g_assert_true (g_spawn_command_line_sync ("xdotool mousedown 1", NULL, NULL, NULL, NULL));
  for (guint i = 1; i <= steps; i++)
    scm_test_move_pointer (widget, x + dx * i / steps, y + dy * i / steps);
  g_assert_true (g_spawn_command_line_sync ("xdotool mouseup 1", NULL, NULL, NULL, NULL));
  scm_test_wait (150);
  return TRUE;
}

/* Moves the real pointer to (@x, @y) of @widget and clicks the first button
 * there, through the X server; FALSE where that is impossible */
gboolean
scm_test_click (GtkWidget *widget,
                double     x,
                double     y)
{
  g_autoptr(GError) error = NULL;
  int status;

  if (!scm_test_move_pointer (widget, x, y))
    return FALSE;
  g_assert_true (g_spawn_command_line_sync ("xdotool click 1", NULL, NULL, &status, &error));
  g_assert_no_error (error);
  scm_test_wait (150);
  return TRUE;
}

static gboolean
is_shown_tooltip (GtkWidget     *widget,
                  gconstpointer  data)
{
  return g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkTooltipWindow") && gtk_widget_get_mapped (widget);
}

/* Whether a tooltip of @window is on screen */
gboolean
scm_test_tooltip_shown (GtkWidget *window)
{
  return scm_test_find_widget (window, is_shown_tooltip, NULL) != NULL;
}

static gboolean
is_label (GtkWidget     *widget,
          gconstpointer  data)
{
  return GTK_IS_LABEL (widget);
}

/* The text of the tooltip of @window on screen, or NULL */
const char *
scm_test_tooltip_text (GtkWidget *window)
{
  GtkWidget *tooltip = scm_test_find_widget (window, is_shown_tooltip, NULL);
  GtkWidget *label = tooltip != NULL ? scm_test_find_widget (tooltip, is_label, NULL) : NULL;

  return label != NULL ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
}

/* Types @keys ("ctrl+plus", "minus") into @window the way a person does:
 * through the X server, with the window focused, so that they pass GTK's
 * shortcuts, bindings and the focused widget as real key presses do. Returns
 * FALSE where that is impossible (no X11, no xdotool), for the test to skip. */
gboolean
scm_test_type_keys (GtkWidget  *window,
                    const char *keys)
{
  GdkSurface *surface = gtk_native_get_surface (gtk_widget_get_native (window));
  g_autofree char *focus = NULL;
  g_autofree char *type = NULL;
  int status;

  if (!GDK_IS_X11_SURFACE (surface) || g_find_program_in_path ("xdotool") == NULL)
    return FALSE;

  focus = g_strdup_printf ("xdotool windowfocus --sync %lu", (gulong)gdk_x11_surface_get_xid (surface));
  type = g_strdup_printf ("xdotool key --clearmodifiers %s", keys);
  g_assert_true (g_spawn_command_line_sync (focus, NULL, NULL, &status, NULL));
  scm_test_wait (100);
  g_assert_true (g_spawn_command_line_sync (type, NULL, NULL, &status, NULL));
  g_assert_cmpint (status, ==, 0);
  scm_test_wait (100);
  return TRUE;
}
