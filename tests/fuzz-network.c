/* fuzz-network.c — libFuzzer target: any bytes through the loader and validator
 *
 * Built with -Dfuzzing=true and clang; run as
 *   _build-fuzz/tests/fuzz-network -max_total_time=60 tests/fuzz-corpus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>

#include "scm-network.h"
#include "scm-tour.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(ScmNetwork) network = scm_network_new_from_bytes (bytes, "fuzz.json");
  const char * const *problems = scm_network_get_problems (network);
  GListModel *centres = scm_network_get_centres (network);

  /* Every problem says something without repeating the file's name (named
   * once, over them), and every kept centre is whole */
  for (guint i = 0; problems[i] != NULL; i++)
    g_assert (problems[i][0] != '\0' && !g_str_has_prefix (problems[i], "fuzz.json"));

  for (guint i = 0; i < g_list_model_get_n_items (centres); i++)
    {
      g_autoptr(ScmCentre) centre = g_list_model_get_item (centres, i);

      g_assert (scm_centre_get_id (centre) != NULL);
      g_assert (scm_centre_get_sources (centre)[0] != NULL);
      g_assert (scm_network_lookup (network, scm_centre_get_id (centre)) == centre);
    }

  /* The tour is built from whatever loaded */
  g_object_unref (scm_tour_new (network));
  return 0;
}
