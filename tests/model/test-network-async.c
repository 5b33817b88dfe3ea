/* test-network-async.c — loading a network file on a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "scm-network.h"

static void
store_result (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  *(GAsyncResult **)user_data = g_object_ref (result);
}

/* Loads @file asynchronously, counting the main loop's turns meanwhile */
static ScmNetwork *
load_async (GFile *file,
            guint *n_iterations)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  ScmNetwork *network;

  scm_network_load_file_async (file, NULL, store_result, &result);
  *n_iterations = 0;
  while (result == NULL)
    {
      g_main_context_iteration (NULL, TRUE);
      (*n_iterations)++;
    }

  network = scm_network_load_file_finish (result, &error);
  g_assert_no_error (error);
  g_assert_true (SCM_IS_NETWORK (network));
  return network;
}

static void
assert_same_models (GListModel *a,
                    GListModel *b)
{
  g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
  g_assert_true (g_list_model_get_item_type (a) == g_list_model_get_item_type (b));
}

/* The same entries, problems and names as a synchronous load */
static void
test_async_same_as_sync (gconstpointer data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, data, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ScmNetwork) sync = scm_network_new_from_file (file);
  g_autoptr(ScmNetwork) async = NULL;
  const char * const *sync_problems = scm_network_get_problems (sync);
  const char * const *async_problems;
  guint n_iterations;

  async = load_async (file, &n_iterations);
  async_problems = scm_network_get_problems (async);

  g_assert_cmpstr (scm_network_get_display_name (async), ==, scm_network_get_display_name (sync));
  g_assert_cmpstr (scm_network_get_title (async), ==, scm_network_get_title (sync));
  assert_same_models (scm_network_get_fields (async), scm_network_get_fields (sync));
  assert_same_models (scm_network_get_centres (async), scm_network_get_centres (sync));
  assert_same_models (scm_network_get_affiliates (async), scm_network_get_affiliates (sync));
  assert_same_models (scm_network_get_links (async), scm_network_get_links (sync));
  g_assert_true ((scm_network_get_meeting (async) == NULL) == (scm_network_get_meeting (sync) == NULL));
  g_assert_cmpuint (scm_network_get_n_skipped (async), ==, scm_network_get_n_skipped (sync));
  g_assert_true (g_strv_equal ((const char * const *)async_problems, sync_problems));
  g_assert_cmpuint (g_list_model_get_n_items (scm_network_get_centres (async)), >, 0);
}

/* A file that cannot be read still gives a network, with the reason */
static void
test_async_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/network.json");
  g_autoptr(ScmNetwork) network = NULL;
  guint n_iterations;

  network = load_async (file, &n_iterations);
  g_assert_cmpuint (scm_network_get_n_problems (network), ==, 1);
  g_assert_nonnull (strstr (scm_network_get_problems (network)[0], "cannot be read"));
}

/* A valid network of @n_centres centres, about 250 bytes each */
static char *
generate_network (guint n_centres)
{
  GString *text = g_string_new ("{\"format\":1,\"fields\":[{\"id\":\"f\",\"name\":\"F\",\"color\":\"#102030\"}],"
                                "\"centres\":[");

  for (guint i = 0; i < n_centres; i++)
    g_string_append_printf (text,
                            "%s{\"id\":\"c%u\",\"name\":\"Generated centre number %u\",\"field\":\"f\","
                            "\"city\":\"Some city\",\"country\":\"JP\",\"latitude\":%.4f,"
                            "\"longitude\":%.4f,\"summary\":\"A centre generated to measure loading.\","
                            "\"sources\":[\"https://example.org/centre/%u\"]}\n",
                            i == 0 ? "" : ",", i, i, -60 + (i % 1200) / 10.0,
                            -170 + (i % 3400) / 10.0, i);
  g_string_append (text, "]}");
  return g_string_free (text, FALSE);
}

static gboolean
count_tick (gpointer user_data)
{
  (*(guint *)user_data)++;
  return G_SOURCE_CONTINUE;
}

/* While a ~30 MB file loads, the main loop keeps turning: a 10 ms timer
 * fires again and again instead of waiting for the end of the load. */
static void
test_async_main_loop_runs (void)
{
  /* Under valgrind, a twentieth takes as long */
  const guint n_centres = g_getenv ("SCM_TEST_SMALL") != NULL ? 6000 : 120000;
  g_autofree char *text = generate_network (n_centres);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(ScmNetwork) network = NULL;
  g_autoptr(GError) error = NULL;
  guint n_ticks = 0, n_iterations, timer;
  gint64 start;
  double seconds;
  int fd;

  fd = g_file_open_tmp ("scm-large-XXXXXX.json", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_cmpuint (strlen (text), >, n_centres * 235);
  file = g_file_new_for_path (path);

  timer = g_timeout_add (10, count_tick, &n_ticks);
  start = g_get_monotonic_time ();
  network = load_async (file, &n_iterations);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_source_remove (timer);
  g_unlink (path);

  g_test_message ("%zu bytes loaded in %.2f s; %u timer ticks, %u main loop iterations",
                  strlen (text), seconds, n_ticks, n_iterations);
  g_assert_cmpuint (g_list_model_get_n_items (scm_network_get_centres (network)), ==, n_centres);
  g_assert_cmpuint (scm_network_get_n_problems (network), ==, 0);
  /* The load takes far longer than 100 ms; a blocked loop would tick once */
  g_assert_cmpfloat (seconds, >, 0.1);
  g_assert_cmpuint (n_ticks, >, 10);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/network/async/same-as-sync/bundled", "../data/network.json",
                        test_async_same_as_sync);
  g_test_add_data_func ("/network/async/same-as-sync/bad-entries", "data/bad-entries.json",
                        test_async_same_as_sync);
  g_test_add_func ("/network/async/missing-file", test_async_missing_file);
  g_test_add_func ("/network/async/main-loop-runs", test_async_main_loop_runs);

  return g_test_run ();
}
