/* test-util.c — pieces that several tests and the benchmark share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "test-util.h"

/* A valid network of @n_centres spread over the land-ish latitudes, in the
 * bundled file's format, with names that search can tell apart. */
GBytes *
scm_test_generate_network (guint n_centres)
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
  g_string_append (json, "]}");

  g_rand_free (rand);
  return g_string_free_to_bytes (json);
}

