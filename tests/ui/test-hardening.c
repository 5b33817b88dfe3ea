/* test-hardening.c — what a hostile or broken file can and cannot do to the app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "scm-labels.h"
#include "scm-url.h"
#include "scm-sidebar.h"
#include "scm-window.h"
#include "test-util.h"

static gboolean
is_label_with_text (GtkWidget     *widget,
                    gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) &&
         g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text);
}

static gboolean
is_link_to (GtkWidget     *widget,
            gconstpointer  prefix)
{
  return GTK_IS_LINK_BUTTON (widget) && gtk_widget_is_drawable (widget) &&
         g_str_has_prefix (gtk_link_button_get_uri (GTK_LINK_BUTTON (widget)), prefix);
}

/* Names with markup characters are shown as they are written */
static void
test_markup_is_text (void)
{
  g_autoptr(ScmNetwork) network = NULL;
  ScmWindow *window = scm_test_open_data ("bad-entries.json", &network);
  ScmMapView *map_view = scm_window_get_map_view (window);
  ScmCentre *good = scm_network_lookup (network, "good");
  GtkWidget *label, *marker;

  scm_window_set_selected_centre (window, good);
  scm_test_settle ();

  label = scm_test_find_widget (GTK_WIDGET (window), is_label_with_text, "Good <i>Centre</i> & Co");
  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (label)));
  g_assert_nonnull (scm_test_find_widget (GTK_WIDGET (window), is_label_with_text, "G&<b>"));

  marker = scm_map_view_get_marker_button (map_view, good);
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (marker), "Good <i>Centre</i> & Co"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A javascript: website and a file: source never become links */
static void
test_only_web_links (void)
{
  g_autoptr(ScmNetwork) network = NULL;
  ScmWindow *window = scm_test_open_data ("bad-entries.json", &network);
  GtkWidget *sidebar = scm_test_find_of_type (GTK_WIDGET (window), SCM_TYPE_SIDEBAR);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  const char *urls[] = { "javascript:alert(1)", "file:///etc/passwd", "https://example.org/ok", NULL };

  scm_window_set_selected_centre (window, scm_network_lookup (network, "bad-url"));
  scm_test_settle ();

  g_assert_nonnull (scm_test_find_widget (sidebar, is_link_to, "https://example.org/b"));
  g_assert_null (scm_test_find_widget (sidebar, is_link_to, "javascript:"));
  g_assert_null (scm_test_find_widget (sidebar, is_link_to, "file:"));

  /* The panels' own guard, whatever they are given */
  g_object_ref_sink (box);
  scm_labels_fill_links (GTK_BOX (box), urls);
  g_assert_nonnull (gtk_widget_get_first_child (box));
  g_assert_true (gtk_widget_get_first_child (box) == gtk_widget_get_last_child (box));
  g_assert_cmpstr (gtk_link_button_get_uri (GTK_LINK_BUTTON (gtk_widget_get_first_child (box))), ==,
                   "https://example.org/ok");
  g_assert_false (scm_url_is_web ("ftp://example.org/"));
  g_assert_false (scm_url_is_web ("JAVASCRIPT:alert(1)"));
  g_assert_true (scm_url_is_web ("HTTPS://example.org/"));
  g_object_unref (box);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_link_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_LINK_BUTTON (widget) && gtk_widget_is_drawable (widget);
}

/* The texts of the labels in @button, in order, joined by "|" */
static char *
button_texts (GtkWidget *button)
{
  GString *texts = g_string_new (NULL);
  GtkWidget *face = gtk_button_get_child (GTK_BUTTON (button));

  for (GtkWidget *child = gtk_widget_get_first_child (face); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child))
      g_string_append_printf (texts, "%s%s", texts->len ? "|" : "", gtk_label_get_text (GTK_LABEL (child)));
  return g_string_free (texts, FALSE);
}

/* Links that would mislead are not offered; the others show the host a
 * click opens, in full, a look-alike host in the form that gives it away */
static void
test_misleading_links (void)
{
  g_autoptr(ScmNetwork) network = NULL;
  ScmWindow *window = scm_test_open_data ("misleading-links.json", &network);
  GtkWidget *sidebar = scm_test_find_of_type (GTK_WIDGET (window), SCM_TYPE_SIDEBAR);
  g_autofree char *lookalike = g_hostname_to_ascii ("\u0430pple.com");
  g_autofree char *expected = g_strdup_printf ("%s|— /login", lookalike);
  GtkWidget *website, *source;
  g_autofree char *website_texts = NULL;
  g_autofree char *source_texts = NULL;

  g_assert_nonnull (scm_network_lookup (network, "lookalike"));
  scm_window_set_selected_centre (window, scm_network_lookup (network, "lookalike"));
  scm_test_settle ();

  g_assert_null (scm_test_find_widget (sidebar, is_link_to, "https://www.unesco.org@"));
  g_assert_null (scm_test_find_widget (sidebar, is_link_to, "https://user:"));
  g_assert_null (scm_test_find_widget (sidebar, is_link_to, "http://127."));
  g_assert_null (scm_test_find_widget (sidebar, is_link_to, "https://example.org/\u202e"));

  website = scm_test_find_widget (sidebar, is_link_to, "https://\u0430pple.com/");
  g_assert_nonnull (website);
  website_texts = button_texts (website);
  g_assert_cmpstr (website_texts, ==, expected);
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (website), lookalike));
  g_assert_null (strstr (gtk_widget_get_tooltip_text (website), "apple.com"));

  /* A long path is shortened; its host never is */
  source = scm_test_find_widget (sidebar, is_link_to, "https://example.org/a/path");
  g_assert_nonnull (source);
  source_texts = button_texts (source);
  g_assert_true (g_str_has_prefix (source_texts, "example.org|— /a/path/long"));
  g_assert_cmpint (gtk_label_get_ellipsize (GTK_LABEL (gtk_widget_get_first_child (gtk_button_get_child (GTK_BUTTON (source))))),
                   ==, PANGO_ELLIPSIZE_NONE);
  g_assert_cmpint (gtk_label_get_ellipsize (GTK_LABEL (gtk_widget_get_last_child (gtk_button_get_child (GTK_BUTTON (source))))),
                   ==, PANGO_ELLIPSIZE_END);
  g_assert_nonnull (scm_test_find_widget (sidebar, is_link_button, NULL));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A file that is not a network at all still opens a window, which says so */
static void
test_broken_file_opens (void)
{
  g_autoptr(ScmNetwork) network = NULL;
  ScmWindow *window = scm_test_open_data ("partial.json", &network);

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_cmpuint (scm_network_get_n_problems (network), >, 0);
  g_assert_cmpuint (scm_map_view_get_n_markers (scm_window_get_map_view (window)), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Speakers whose role or name has the wrong type: the window opens and shows
 * the others, each with its own role */
static void
test_meeting_wrong_types_open (void)
{
  g_autoptr(ScmNetwork) network = NULL;
  ScmWindow *window = scm_test_open_data ("meeting-wrong-types.json", &network);

  scm_test_settle ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_nonnull (scm_test_find_widget (GTK_WIDGET (window), is_label_with_text, "•  Ada"));
  g_assert_nonnull (scm_test_find_widget (GTK_WIDGET (window), is_label_with_text, "•  Ben"));
  g_assert_nonnull (scm_test_find_widget (GTK_WIDGET (window), is_label_with_text, "•  Dora, Chair"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
reached (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  int *reachable = user_data;
  *reachable = g_network_monitor_can_reach_finish (G_NETWORK_MONITOR (source), result, NULL);
}

/* With no network, choosing the online map keeps the app responsive and
 * says once that the layer is unavailable; the offline map stays. */
static void
test_online_map_without_network (void)
{
  g_autoptr(ScmNetwork) network = scm_network_new_from_resource (SCM_NETWORK_RESOURCE);
  g_autoptr(GSocketConnectable) host = g_network_address_new ("tile.openstreetmap.org", 443);
  ScmWindow *window;
  int reachable = -1;
  gint64 start, deadline;
  g_autofree char *first_notice = NULL;

  g_network_monitor_can_reach_async (g_network_monitor_get_default (), host, NULL, reached, &reachable);
  while (reachable < 0)
    g_main_context_iteration (NULL, TRUE);
  if (reachable)
    {
      g_test_skip ("the tile server can be reached from here");
      return;
    }

  window = scm_window_new (NULL, network);
  scm_test_show_window (GTK_WINDOW (window));

  start = g_get_monotonic_time ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.online-map", NULL);
  /* Choosing the layer returns at once: nothing waits for the network */
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 2);

  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (scm_window_get_notice (window) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (scm_window_get_notice (window));
  first_notice = g_strdup (scm_window_get_notice (window));

  /* While tiles keep failing the main loop turns and the one notice stays as it
   * was. A turn that waited for the network would take seconds (a connection's
   * time-out); a frame of the map takes some tens of milliseconds, a few
   * hundred under the sanitizers on a busy machine. */
  deadline = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < deadline)
    {
      gint64 before = g_get_monotonic_time ();

      g_main_context_iteration (NULL, FALSE);
      g_assert_cmpint (g_get_monotonic_time () - before, <, G_USEC_PER_SEC);
    }
  g_assert_cmpstr (scm_window_get_notice (window), ==, first_notice);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_window_get_toplevels ()), ==, 1);

  /* Turning it off takes the notice away */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.online-map", NULL);
  g_assert_null (scm_window_get_notice (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hardening/misleading-links", test_misleading_links);
  g_test_add_func ("/hardening/markup-is-text", test_markup_is_text);
  g_test_add_func ("/hardening/only-web-links", test_only_web_links);
  g_test_add_func ("/hardening/broken-file-opens", test_broken_file_opens);
  g_test_add_func ("/hardening/meeting-wrong-types", test_meeting_wrong_types_open);
  g_test_add_func ("/hardening/online-map-without-network", test_online_map_without_network);

  return g_test_run ();
}
