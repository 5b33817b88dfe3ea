/* test-label-placement.c — names beside places, without overlaps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "scm-label-placement.h"

static gboolean
overlap (const ScmLabelRect *a,
         const ScmLabelRect *b)
{
  return a->x < b->x + b->width - 1e-9 && b->x < a->x + a->width - 1e-9 &&
         a->y < b->y + b->height - 1e-9 && b->y < a->y + a->height - 1e-9;
}

static ScmLabelRect
placed_rect (const ScmLabelItem *item,
             const ScmLabelSpot *spot)
{
  return (ScmLabelRect) { spot->x, spot->y, item->width, item->height };
}

static ScmLabelRect
symbol (const ScmLabelItem *item)
{
  return (ScmLabelRect) { item->x - item->radius, item->y - item->radius, 2 * item->radius, 2 * item->radius };
}

/* No name covers another name, any symbol or an obstacle */
static void
assert_no_overlaps (const ScmLabelItem *items,
                    const ScmLabelSpot *spots,
                    guint               n,
                    const ScmLabelRect *obstacles,
                    guint               n_obstacles)
{
  for (guint i = 0; i < n; i++)
    {
      ScmLabelRect rect = placed_rect (&items[i], &spots[i]);

      if (!spots[i].placed)
        continue;
      for (guint j = 0; j < n; j++)
        {
          ScmLabelRect other_symbol = symbol (&items[j]);
          ScmLabelRect other = placed_rect (&items[j], &spots[j]);

          g_assert_false (overlap (&rect, &other_symbol));
          if (j != i && spots[j].placed)
            g_assert_false (overlap (&rect, &other));
        }
      for (guint k = 0; k < n_obstacles; k++)
        g_assert_false (overlap (&rect, &obstacles[k]));
    }
}

/* A crowded cluster and scattered places: the scattered ones are all named,
 * nothing overlaps, and the ones left out are in the cluster */
static void
test_densest_loses (void)
{
  ScmLabelItem items[30];
  ScmLabelSpot spots[30];
  guint n = 0, cluster_named = 0;

  for (guint i = 0; i < 20; i++)
    items[n++] = (ScmLabelItem) { 500 + 14 * (i % 5), 400 + 14 * (i / 5), 6, 48, 16, FALSE };
  for (guint i = 0; i < 10; i++)
    items[n++] = (ScmLabelItem) { 60 + 90 * i, 100 + 60 * (i % 2), 6, 48, 16, FALSE };

  scm_label_placement_place (items, n, NULL, 0, NULL, 0, NULL, FALSE, spots);
  assert_no_overlaps (items, spots, n, NULL, 0);

  for (guint i = 0; i < 20; i++)
    cluster_named += spots[i].placed;
  for (guint i = 20; i < 30; i++)
    g_assert_true (spots[i].placed);
  g_assert_cmpuint (cluster_named, <, 20);
  g_assert_cmpuint (cluster_named, >, 0);
}

/* In a crowded row in a narrow band (no room further out), the middle (the
 * densest spot) loses its name, unless it is important: then it is named first */
static void
test_important_first (void)
{
  const ScmLabelRect band = { 0, 70, 400, 60 };
  ScmLabelItem items[9];
  ScmLabelSpot spots[9];

  for (guint i = 0; i < 9; i++)
    items[i] = (ScmLabelItem) { 100 + 20 * i, 100, 6, 60, 18, FALSE };

  scm_label_placement_place (items, 9, NULL, 0, NULL, 0, &band, FALSE, spots);
  assert_no_overlaps (items, spots, 9, NULL, 0);
  g_assert_false (spots[4].placed);

  items[4].important = TRUE;
  scm_label_placement_place (items, 9, NULL, 0, NULL, 0, &band, FALSE, spots);
  assert_no_overlaps (items, spots, 9, NULL, 0);
  g_assert_true (spots[4].placed);
}

/* A place whose sides are taken (here by obstacles above and below it, with a
 * gap for the line) is named further out, marked as away (the map joins them
 * by a line); a lone place is named beside its symbol. A name walled in has none. */
static void
test_away_when_hemmed_in (void)
{
  const ScmLabelItem items[2] = { { 200, 200, 6, 60, 18, FALSE }, { 600, 200, 6, 60, 18, FALSE } };
  const ScmLabelRect beside[2] = { { 170, 150, 60, 42 }, { 170, 208, 60, 40 } };
  const ScmLabelRect around = { 150, 150, 100, 100 };
  ScmLabelSpot spots[2];
  double gap_x, gap_y;

  scm_label_placement_place (items, 2, beside, 2, NULL, 0, NULL, FALSE, spots);
  assert_no_overlaps (items, spots, 2, beside, 2);
  g_assert_true (spots[0].placed);
  g_assert_true (spots[0].away);
  g_assert_true (spots[1].placed);
  g_assert_false (spots[1].away);
  g_assert_cmpfloat (spots[1].x, ==, items[1].x + items[1].radius + 3);

  /* Further out, yet within a few names' heights */
  gap_x = MAX (0, MAX (spots[0].x - items[0].x, items[0].x - (spots[0].x + items[0].width)));
  gap_y = MAX (0, MAX (spots[0].y - items[0].y, items[0].y - (spots[0].y + items[0].height)));
  g_assert_cmpfloat (hypot (gap_x, gap_y), >, items[0].radius + 3);
  g_assert_cmpfloat (hypot (gap_x, gap_y), <, 4 * items[0].height);

  /* No line may cross an obstacle */
  scm_label_placement_place (items, 1, &around, 1, NULL, 0, NULL, FALSE, spots);
  g_assert_false (spots[0].placed);
}

/* A lone place is named on the side the reading starts from: the right in
 * English, the left in Arabic; a name that would cover an obstacle or leave
 * the bounds goes elsewhere or is left out */
static void
test_rtl_and_obstacles (void)
{
  const ScmLabelItem item = { 200, 200, 8, 50, 16, FALSE };
  const ScmLabelRect right_side = { 205, 150, 200, 100 };
  const ScmLabelRect bounds = { 0, 0, 400, 400 };
  const ScmLabelRect tight = { 150, 190, 100, 20 };
  ScmLabelSpot spot;

  scm_label_placement_place (&item, 1, NULL, 0, NULL, 0, &bounds, FALSE, &spot);
  g_assert_true (spot.placed);
  g_assert_cmpfloat (spot.x, >, item.x);

  scm_label_placement_place (&item, 1, NULL, 0, NULL, 0, &bounds, TRUE, &spot);
  g_assert_true (spot.placed);
  g_assert_cmpfloat (spot.x + item.width, <, item.x);

  scm_label_placement_place (&item, 1, &right_side, 1, NULL, 0, &bounds, FALSE, &spot);
  g_assert_true (spot.placed);
  g_assert_cmpfloat (spot.x + item.width, <=, right_side.x);
  assert_no_overlaps (&item, &spot, 1, &right_side, 1);

  scm_label_placement_place (&item, 1, NULL, 0, NULL, 0, &tight, FALSE, &spot);
  g_assert_false (spot.placed);
}

/* The map's own names (a city east of the place) are left uncovered where
 * another side is free, and covered rather than the place left unnamed */
static void
test_names_avoided (void)
{
  const ScmLabelItem item = { 200, 200, 8, 50, 16, FALSE };
  const ScmLabelRect city_east = { 205, 185, 120, 30 };
  const ScmLabelRect city_everywhere = { 100, 100, 200, 200 };
  ScmLabelSpot spot;

  scm_label_placement_place (&item, 1, NULL, 0, &city_east, 1, NULL, FALSE, &spot);
  g_assert_true (spot.placed);
  g_assert_false (spot.away);
  assert_no_overlaps (&item, &spot, 1, &city_east, 1);

  scm_label_placement_place (&item, 1, NULL, 0, &city_everywhere, 1, NULL, FALSE, &spot);
  g_assert_true (spot.placed);
  g_assert_false (spot.away);
  g_assert_cmpfloat (spot.x, ==, item.x + item.radius + 3);
}

/* The same input gives the same answer, whatever the order of equals */
static void
test_deterministic (void)
{
  ScmLabelItem items[40];
  ScmLabelSpot first[40], second[40];
  GRand *rand = g_rand_new_with_seed (15);

  for (guint i = 0; i < 40; i++)
    items[i] = (ScmLabelItem) { g_rand_double_range (rand, 0, 600), g_rand_double_range (rand, 0, 400),
                                8, g_rand_double_range (rand, 30, 90), 20, FALSE };
  g_rand_free (rand);

  scm_label_placement_place (items, 40, NULL, 0, NULL, 0, NULL, FALSE, first);
  scm_label_placement_place (items, 40, NULL, 0, NULL, 0, NULL, FALSE, second);
  assert_no_overlaps (items, first, 40, NULL, 0);
  for (guint i = 0; i < 40; i++)
    {
      g_assert_cmpint (first[i].placed, ==, second[i].placed);
      g_assert_cmpfloat (first[i].x, ==, second[i].x);
      g_assert_cmpfloat (first[i].y, ==, second[i].y);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/label-placement/densest-loses", test_densest_loses);
  g_test_add_func ("/label-placement/important-first", test_important_first);
  g_test_add_func ("/label-placement/away-when-hemmed-in", test_away_when_hemmed_in);
  g_test_add_func ("/label-placement/rtl-and-obstacles", test_rtl_and_obstacles);
  g_test_add_func ("/label-placement/names-avoided", test_names_avoided);
  g_test_add_func ("/label-placement/deterministic", test_deterministic);

  return g_test_run ();
}
