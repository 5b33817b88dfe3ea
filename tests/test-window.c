/* test-window.c — the real main window, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "scm-application.h"
#include "scm-window.h"

static ScmNetwork *
load_test_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return scm_network_new_from_file (file);
}

static void
iterate_until_mapped (GtkWidget *widget)
{
  for (guint i = 0; i < 2000 && !gtk_widget_get_mapped (widget); i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_get_mapped (widget));
}

static GtkWidget *
find_child_of_type (GtkWidget *root,
                    GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_child_of_type (child, type);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_window_bundled_network (void)
{
  g_autoptr(ScmNetwork) network = scm_network_new_from_resource (SCM_NETWORK_RESOURCE);
  ScmWindow *window = scm_window_new (NULL, network);
  GtkRevealer *banner;

  gtk_window_present (GTK_WINDOW (window));
  iterate_until_mapped (GTK_WIDGET (window));

  g_assert_true (scm_window_get_network (window) == network);
  g_assert_cmpuint (scm_network_get_n_problems (network), ==, 0);
  banner = GTK_REVEALER (find_child_of_type (GTK_WIDGET (window), GTK_TYPE_REVEALER));
  g_assert_false (gtk_revealer_get_reveal_child (banner));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_bad_file_shows_banner (void)
{
  g_autoptr(ScmNetwork) network = load_test_file ("bad-entries.json");
  ScmWindow *window = scm_window_new (NULL, network);
  GtkRevealer *banner;
  GtkLabel *label;

  gtk_window_present (GTK_WINDOW (window));
  iterate_until_mapped (GTK_WIDGET (window));

  banner = GTK_REVEALER (find_child_of_type (GTK_WIDGET (window), GTK_TYPE_REVEALER));
  g_assert_true (gtk_revealer_get_reveal_child (banner));
  label = GTK_LABEL (find_child_of_type (GTK_WIDGET (banner), GTK_TYPE_LABEL));
  g_assert_nonnull (strstr (gtk_label_get_text (label), "entries were left out"));
  g_assert_false (gtk_label_get_use_markup (label));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/window/bundled-network", test_window_bundled_network);
  g_test_add_func ("/window/bad-file-shows-banner", test_window_bad_file_shows_banner);

  return g_test_run ();
}
