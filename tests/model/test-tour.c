/* test-tour.c — the tour's stops, their order, their ends and their captions (no display)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "scm-tour.h"

static ScmNetwork *
load_bundled (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "network.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return scm_network_new_from_file (file);
}

static guint
n_fields_with_centres (ScmNetwork *network)
{
  GListModel *fields = scm_network_get_fields (network);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (fields); i++)
    {
      g_autoptr(ScmField) field = g_list_model_get_item (fields, i);
      n += scm_field_get_n_centres (field) > 0;
    }
  return n;
}

/* Passes the closer looks that follow a field stop */
static void
skip_close_ups (ScmTour *tour)
{
  while (scm_tour_get_position (tour) + 1 < scm_tour_get_n_stops (tour))
    {
      scm_tour_next (tour);
      if (scm_tour_get_kind (tour) != SCM_TOUR_CLOSE_UP)
        {
          scm_tour_previous (tour);
          return;
        }
    }
}

static guint
count_close_ups (ScmTour *tour)
{
  guint n = 0;

  for (guint i = 0; i < scm_tour_get_n_stops (tour); i++)
    {
      scm_tour_set_position (tour, i);
      n += scm_tour_get_kind (tour) == SCM_TOUR_CLOSE_UP;
    }
  scm_tour_first (tour);
  return n;
}

static void
test_order (void)
{
  g_autoptr(ScmNetwork) network = load_bundled ();
  g_autoptr(ScmTour) tour = scm_tour_new (network);
  guint n_fields = n_fields_with_centres (network);
  GListModel *fields = scm_network_get_fields (network);
  guint field_index = 0;

  g_assert_cmpuint (scm_tour_get_n_stops (tour), ==, 1 + n_fields + count_close_ups (tour) + 3);
  g_assert_cmpint (scm_tour_get_kind (tour), ==, SCM_TOUR_OVERVIEW);

  for (guint i = 1; i <= n_fields; i++)
    {
      g_autoptr(ScmField) expected = NULL;

      scm_tour_next (tour);
      g_assert_cmpint (scm_tour_get_kind (tour), ==, SCM_TOUR_FIELD);
      do
        {
          g_clear_object (&expected);
          expected = g_list_model_get_item (fields, field_index++);
        }
      while (scm_field_get_n_centres (expected) == 0);
      g_assert_true (scm_tour_get_field (tour) == expected);
      g_assert_null (scm_tour_get_framed_centres (tour));
      skip_close_ups (tour);
      g_assert_true (scm_tour_get_field (tour) == expected);
    }

  scm_tour_next (tour);
  g_assert_cmpint (scm_tour_get_kind (tour), ==, SCM_TOUR_TIMELINE);
  g_assert_cmpint (scm_tour_get_first_year (tour), ==, 1984); /* IRTCES */
  g_assert_cmpint (scm_tour_get_last_year (tour), ==, 2016);
  scm_tour_next (tour);
  g_assert_cmpint (scm_tour_get_kind (tour), ==, SCM_TOUR_MEETING);
  scm_tour_next (tour);
  g_assert_cmpint (scm_tour_get_kind (tour), ==, SCM_TOUR_LINKS);
}

/* The crowded field (water) is looked at closer, part by part from west to
 * east: each part a few of its centres, within 60° of longitude, no centre in
 * two parts; a field of a few centres is not */
static void
test_close_ups (void)
{
  g_autoptr(ScmNetwork) network = load_bundled ();
  g_autoptr(ScmTour) tour = scm_tour_new (network);
  ScmField *water = scm_network_lookup_field (network, "water");
  ScmField *energy = scm_network_lookup_field (network, "renewable-energy");
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  double west_of_previous = -G_MAXDOUBLE;
  guint n_water = 0;

  for (guint i = 0; i < scm_tour_get_n_stops (tour); i++)
    {
      GPtrArray *framed;
      double west = G_MAXDOUBLE, east = -G_MAXDOUBLE;
      g_autofree char *caption = NULL, *expected = NULL;

      scm_tour_set_position (tour, i);
      if (scm_tour_get_kind (tour) != SCM_TOUR_CLOSE_UP)
        continue;

      g_assert_true (scm_tour_get_field (tour) != energy);
      framed = scm_tour_get_framed_centres (tour);
      g_assert_nonnull (framed);
      g_assert_cmpuint (framed->len, >=, 3);
      g_assert_cmpuint (framed->len, <, scm_field_get_n_centres (scm_tour_get_field (tour)));
      for (guint j = 0; j < framed->len; j++)
        {
          ScmCentre *centre = g_ptr_array_index (framed, j);

          g_assert_true (scm_centre_get_field (centre) == scm_tour_get_field (tour));
          g_assert_true (g_hash_table_add (seen, centre));
          west = MIN (west, scm_centre_get_longitude (centre));
          east = MAX (east, scm_centre_get_longitude (centre));
        }
      g_assert_cmpfloat (east - west, <=, 60);
      if (scm_tour_get_field (tour) == water)
        {
          g_assert_cmpfloat (west, >, west_of_previous);
          west_of_previous = east;
          n_water++;
        }

      caption = scm_tour_get_caption (tour);
      expected = g_strdup_printf ("Water, a closer look: %u of %u centres", framed->len,
                                  scm_field_get_n_centres (water));
      if (scm_tour_get_field (tour) == water)
        g_assert_cmpstr (caption, ==, expected);
    }
  g_assert_cmpuint (n_water, >=, 2);
}

/* A clicker stops at both ends; a tour that runs by itself loops */
static void
test_ends (void)
{
  g_autoptr(ScmNetwork) network = load_bundled ();
  g_autoptr(ScmTour) tour = scm_tour_new (network);
  guint n_stops = scm_tour_get_n_stops (tour);

  scm_tour_previous (tour);
  g_assert_cmpuint (scm_tour_get_position (tour), ==, 0);
  g_assert_cmpint (scm_tour_get_kind (tour), ==, SCM_TOUR_OVERVIEW);

  scm_tour_last (tour);
  g_assert_cmpuint (scm_tour_get_position (tour), ==, n_stops - 1);
  g_assert_cmpint (scm_tour_get_kind (tour), ==, SCM_TOUR_LINKS);
  scm_tour_next (tour);
  g_assert_cmpuint (scm_tour_get_position (tour), ==, n_stops - 1);
  scm_tour_next_looping (tour);
  g_assert_cmpuint (scm_tour_get_position (tour), ==, 0);
  scm_tour_next_looping (tour);
  g_assert_cmpuint (scm_tour_get_position (tour), ==, 1);

  scm_tour_first (tour);
  g_assert_cmpuint (scm_tour_get_position (tour), ==, 0);
}

/* Moves the tour to the first stop of @kind (and of @field, for a field stop) */
static void
go_to (ScmTour         *tour,
       ScmTourStopKind  kind,
       ScmField        *field)
{
  for (guint i = 0; i < scm_tour_get_n_stops (tour); i++)
    {
      scm_tour_set_position (tour, i);
      if (scm_tour_get_kind (tour) == kind && (field == NULL || scm_tour_get_field (tour) == field))
        return;
    }
  g_assert_not_reached ();
}

static void
test_captions (void)
{
  g_autoptr(ScmNetwork) network = load_bundled ();
  g_autoptr(ScmTour) tour = scm_tour_new (network);
  g_autofree char *overview = NULL, *water = NULL, *meeting = NULL, *meeting_details = NULL, *links = NULL;
  g_autofree char *n_centres = g_strdup_printf ("%u of UNESCO’s 65 science centres",
                                                g_list_model_get_n_items (scm_network_get_centres (network)));
  g_autofree char *n_water = g_strdup_printf ("%u centres",
                                              scm_field_get_n_centres (scm_network_lookup_field (network, "water")));
  g_autofree char *n_links = g_strdup_printf ("%u documented collaborations",
                                              g_list_model_get_n_items (scm_network_get_links (network)));

  overview = scm_tour_get_caption (tour);
  g_assert_null (scm_tour_get_details (tour));
  go_to (tour, SCM_TOUR_FIELD, scm_network_lookup_field (network, "water"));
  water = scm_tour_get_caption (tour);
  g_assert_null (scm_tour_get_details (tour));
  go_to (tour, SCM_TOUR_MEETING, NULL);
  meeting = scm_tour_get_caption (tour);
  meeting_details = scm_tour_get_details (tour);
  scm_tour_last (tour);
  links = scm_tour_get_caption (tour);

  g_assert_cmpstr (overview, ==, n_centres);
  g_assert_nonnull (strstr (water, "Water"));
  g_assert_nonnull (strstr (water, n_water));
  /* The meeting's title card: its name, place and date, hosts, organisers, attendance, outcome */
  g_assert_cmpstr (meeting, ==, "First UNESCO Science Centres Coordination Meeting");
  g_assert_nonnull (strstr (meeting_details, "Beijing Conference Centre, Beijing · 16–18 May 2016"));
  g_assert_nonnull (strstr (meeting_details, "Hosted by UNESCO, CAE and CAS · organised by IKCEST and HIST"));
  g_assert_nonnull (strstr (meeting_details, "44 of UNESCO’s 65 centres represented"));
  g_assert_nonnull (strstr (meeting_details, "Beijing Action Plan"));
  g_assert_nonnull (strstr (links, n_links));
}

/* A field with one centre names it in full, with its city and country */
static void
test_one_centre_stop (void)
{
  g_autoptr(ScmNetwork) network = load_bundled ();
  g_autoptr(ScmTour) tour = scm_tour_new (network);
  ScmField *energy = scm_network_lookup_field (network, "renewable-energy");
  g_autofree char *caption = NULL, *details = NULL;

  g_assert_cmpuint (scm_field_get_n_centres (energy), ==, 1);
  go_to (tour, SCM_TOUR_FIELD, energy);
  caption = scm_tour_get_caption (tour);
  details = scm_tour_get_details (tour);

  g_assert_cmpstr (caption, ==, "Renewable energy: ISEDC");
  g_assert_nonnull (strstr (details, "International Sustainable Energy Development Centre"));
  g_assert_nonnull (strstr (details, "Moscow"));
}

static void
test_small_network (void)
{
  const char *text = "{\"fields\": [{\"id\": \"w\", \"name\": \"W\", \"color\": \"#000000\"},"
                     "{\"id\": \"e\", \"name\": \"E\", \"color\": \"#ffffff\"}],"
                     "\"centres\": [{\"id\": \"a\", \"name\": \"A\", \"field\": \"w\", \"city\": \"X\","
                     "\"country\": \"FR\", \"latitude\": 1, \"longitude\": 2,"
                     "\"sources\": [\"https://example.org/\"]}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(ScmNetwork) network = scm_network_new_from_bytes (bytes, "small.json");
  g_autoptr(ScmTour) tour = scm_tour_new (network);

  /* No years, meeting or links: overview and the one field with centres */
  g_assert_cmpuint (scm_tour_get_n_stops (tour), ==, 2);
  scm_tour_next (tour);
  g_assert_cmpint (scm_tour_get_kind (tour), ==, SCM_TOUR_FIELD);
  scm_tour_next_looping (tour);
  g_assert_cmpint (scm_tour_get_kind (tour), ==, SCM_TOUR_OVERVIEW);
}

static const char *
name_in_capitals (const char *name,
                  double      latitude,
                  double      longitude,
                  gpointer    user_data)
{
  return g_str_equal (name, "Beijing") && latitude > 39 && latitude < 41 ? "BEIJING" : user_data;
}

/* Where the caller knows a city's name in the interface language, captions use it */
static void
test_city_namer (void)
{
  g_autoptr(ScmNetwork) network = load_bundled ();
  g_autoptr(ScmTour) tour = scm_tour_new (network);
  g_autofree char *details = NULL, *one_centre = NULL;

  scm_tour_set_city_namer (tour, name_in_capitals, "ELSEWHERE");
  go_to (tour, SCM_TOUR_MEETING, NULL);
  details = scm_tour_get_details (tour);
  g_assert_nonnull (strstr (details, "Beijing Conference Centre, BEIJING ·"));
  go_to (tour, SCM_TOUR_FIELD, scm_network_lookup_field (network, "renewable-energy"));
  one_centre = scm_tour_get_details (tour);
  g_assert_nonnull (strstr (one_centre, "ELSEWHERE"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tour/order", test_order);
  g_test_add_func ("/tour/close-ups", test_close_ups);
  g_test_add_func ("/tour/ends", test_ends);
  g_test_add_func ("/tour/captions", test_captions);
  g_test_add_func ("/tour/one-centre-stop", test_one_centre_stop);
  g_test_add_func ("/tour/city-namer", test_city_namer);
  g_test_add_func ("/tour/small-network", test_small_network);

  return g_test_run ();
}
