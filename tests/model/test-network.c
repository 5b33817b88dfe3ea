/* test-network.c — loading and validating network files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "scm-network.h"
#include "scm-text.h"

static ScmNetwork *
load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return scm_network_new_from_file (file);
}

static ScmNetwork *
load_text (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  return scm_network_new_from_bytes (bytes, "test.json");
}

static ScmNetwork *
load_bundled (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "network.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return scm_network_new_from_file (file);
}

/* Asserts that one problem, read as "FILE: problem" (the file is named once,
 * over its problems), contains every one of the given pieces. */
static void
assert_problem (ScmNetwork *network,
                ...)
{
  const char * const *problems = scm_network_get_problems (network);
  const char *name = scm_network_get_display_name (network);
  va_list args;

  for (guint i = 0; problems[i] != NULL; i++)
    {
      g_autofree char *named = g_strdup_printf ("%s: %s", name, problems[i]);
      const char *piece;
      gboolean all = TRUE;

      va_start (args, network);
      while ((piece = va_arg (args, const char *)) != NULL)
        all &= strstr (named, piece) != NULL;
      va_end (args);

      if (all)
        return;
    }

  va_start (args, network);
  g_test_message ("no problem has all of: %s …", va_arg (args, const char *));
  va_end (args);
  for (guint i = 0; problems[i] != NULL; i++)
    g_test_message ("  %s", problems[i]);
  g_test_fail ();
}

/* The count stated in data/README.md, on the line "Centres in the file: N". */
static guint
documented_centre_count (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "README.md", NULL);
  g_autofree char *text = NULL;
  const char *line;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  line = strstr (text, "Centres in the file: ");
  g_assert_nonnull (line);
  return (guint)g_ascii_strtoull (line + strlen ("Centres in the file: "), NULL, 10);
}

static void
test_bundled_loads_cleanly (void)
{
  g_autoptr(ScmNetwork) network = load_bundled ();
  const char * const *problems = scm_network_get_problems (network);

  for (guint i = 0; problems[i] != NULL; i++)
    g_test_message ("%s", problems[i]);
  g_assert_cmpuint (scm_network_get_n_problems (network), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (scm_network_get_centres (network)), ==,
                    documented_centre_count ());
  g_assert_cmpuint (g_list_model_get_n_items (scm_network_get_affiliates (network)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (scm_network_get_links (network)), >, 0);
  g_assert_nonnull (scm_network_get_meeting (network));
}

static void
test_bundled_every_centre_sourced (void)
{
  g_autoptr(ScmNetwork) network = load_bundled ();
  GListModel *centres = scm_network_get_centres (network);

  for (guint i = 0; i < g_list_model_get_n_items (centres); i++)
    {
      g_autoptr(ScmCentre) centre = g_list_model_get_item (centres, i);
      const char * const *sources = scm_centre_get_sources (centre);

      g_assert_nonnull (scm_centre_get_field (centre));
      g_assert_nonnull (sources);
      g_assert_nonnull (sources[0]);
      g_assert_true (g_str_has_prefix (sources[0], "http"));
    }
}

static void
test_bundled_meeting (void)
{
  g_autoptr(ScmNetwork) network = load_bundled ();
  ScmMeeting *meeting = scm_network_get_meeting (network);
  const char * const *co_organisers = scm_meeting_get_co_organisers (meeting);

  g_assert_cmpuint (scm_meeting_get_centres_represented (meeting), ==, 44);
  g_assert_cmpuint (scm_meeting_get_centres_total (meeting), ==, 65);
  g_assert_cmpint (g_date_get_day (scm_meeting_get_start (meeting)), ==, 16);
  g_assert_cmpint (g_date_get_day (scm_meeting_get_end (meeting)), ==, 18);
  g_assert_cmpint (g_date_get_year (scm_meeting_get_start (meeting)), ==, 2016);
  g_assert_cmpstr (co_organisers[0], ==, "ikcest");
  g_assert_cmpstr (co_organisers[1], ==, "hist");
  g_assert_nonnull (scm_network_lookup (network, "ikcest"));
}

static void
test_lookup_by_id (void)
{
  g_autoptr(ScmNetwork) network = load_bundled ();
  ScmCentre *icharm = scm_network_lookup (network, "icharm");
  ScmCentre *ictp = scm_network_lookup (network, "ictp");

  g_assert_nonnull (icharm);
  g_assert_cmpstr (scm_centre_get_city (icharm), ==, "Tsukuba");
  g_assert_cmpstr (scm_centre_get_country (icharm), ==, "JP");
  g_assert_cmpstr (scm_field_get_id (scm_centre_get_field (icharm)), ==, "water");
  g_assert_cmpint (scm_centre_get_kind (icharm), ==, SCM_PLACE_CENTRE);

  g_assert_nonnull (ictp);
  g_assert_cmpint (scm_centre_get_kind (ictp), ==, SCM_PLACE_AFFILIATE);
  g_assert_null (scm_centre_get_field (ictp));

  g_assert_null (scm_network_lookup (network, "no-such-centre"));
  g_assert_null (scm_network_lookup (network, NULL));
}

static void
test_lookup_by_country (void)
{
  g_autoptr(ScmNetwork) network = load_bundled ();
  GListModel *centres = scm_network_get_centres (network);
  const char * const *countries = scm_network_get_countries (network);
  guint in_china = 0, total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (centres); i++)
    {
      g_autoptr(ScmCentre) centre = g_list_model_get_item (centres, i);
      in_china += g_str_equal (scm_centre_get_country (centre), "CN");
    }

  g_assert_cmpuint (in_china, >=, 7);
  g_assert_cmpuint (scm_network_count_in_country (network, "CN"), ==, in_china);
  g_assert_cmpuint (scm_network_count_in_country (network, "ZZ"), ==, 0);
  g_assert_true (g_strv_contains (countries, "CN"));
  g_assert_false (g_strv_contains (countries, "IT")); /* only affiliates are in Italy */

  for (guint i = 0; countries[i] != NULL; i++)
    {
      total += scm_network_count_in_country (network, countries[i]);
      if (i > 0)
        g_assert_cmpstr (countries[i - 1], <, countries[i]);
    }
  g_assert_cmpuint (total, ==, g_list_model_get_n_items (centres));
}

static void
test_field_counts (void)
{
  g_autoptr(ScmNetwork) network = load_bundled ();
  ScmField *water = scm_network_lookup_field (network, "water");
  GListModel *centres = scm_network_get_centres (network);
  guint n_water = 0;

  for (guint i = 0; i < g_list_model_get_n_items (centres); i++)
    {
      g_autoptr(ScmCentre) centre = g_list_model_get_item (centres, i);
      n_water += scm_centre_get_field (centre) == water;
    }

  g_assert_cmpuint (scm_field_get_n_centres (water), ==, n_water);
  g_assert_cmpuint (g_list_model_get_n_items (scm_network_get_fields (network)), >=, 7);
}

static void
test_bad_entries_keep_valid_ones (void)
{
  g_autoptr(ScmNetwork) network = load_fixture ("bad-entries.json");
  ScmCentre *good = scm_network_lookup (network, "good");
  ScmCentre *bad_url = scm_network_lookup (network, "bad-url");

  /* "good" and "bad-url" (whose bad website and bad source are dropped) remain */
  g_assert_cmpuint (g_list_model_get_n_items (scm_network_get_centres (network)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (scm_network_get_fields (network)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (scm_network_get_links (network)), ==, 1);
  g_assert_nonnull (good);
  g_assert_nonnull (bad_url);
  g_assert_null (scm_centre_get_website (bad_url));
  g_assert_cmpstr (scm_centre_get_sources (bad_url)[0], ==, "https://example.org/b");
  g_assert_null (scm_centre_get_sources (bad_url)[1]);
}

static void
test_markup_kept_as_text (void)
{
  g_autoptr(ScmNetwork) network = load_fixture ("bad-entries.json");
  ScmCentre *good = scm_network_lookup (network, "good");

  g_assert_cmpstr (scm_centre_get_name (good), ==, "Good <i>Centre</i> & Co");
  g_assert_cmpstr (scm_centre_get_short_name (good), ==, "G&<b>");
}

static void
test_problem_out_of_range (void)
{
  g_autoptr(ScmNetwork) network = load_fixture ("bad-entries.json");

  assert_problem (network, "bad-entries.json: ", "centres[1] (lat-out)", "latitude 123",
                  "out of range [-90, 90]", NULL);
  assert_problem (network, "centres[10] (lon-out)", "longitude -181", NULL);
}

/* The file is named once, over its problems: no problem repeats its path, and
 * each one that is about an entry starts with it */
static void
test_problems_name_entry_not_file (void)
{
  g_autoptr(ScmNetwork) network = load_fixture ("bad-entries.json");
  const char * const *problems = scm_network_get_problems (network);

  g_assert_true (g_str_has_suffix (scm_network_get_display_name (network), "/bad-entries.json"));
  g_assert_cmpuint (scm_network_get_n_problems (network), >, 1);
  for (guint i = 0; problems[i] != NULL; i++)
    {
      g_test_message ("%s", problems[i]);
      g_assert_null (strstr (problems[i], "bad-entries.json"));
      g_assert_true (g_str_has_prefix (problems[i], "fields[") || g_str_has_prefix (problems[i], "centres[") ||
                     g_str_has_prefix (problems[i], "links["));
    }
}

static void
test_problem_duplicate_id (void)
{
  g_autoptr(ScmNetwork) network = load_fixture ("bad-entries.json");

  assert_problem (network, "centres[2] (good)", "duplicate id", NULL);
  assert_problem (network, "fields[1] (water)", "duplicate id", NULL);
}

static void
test_problem_unknown_field (void)
{
  g_autoptr(ScmNetwork) network = load_fixture ("bad-entries.json");

  assert_problem (network, "centres[3] (unknown-field)", "field “astrology”", NULL);
}

static void
test_problem_wrong_types (void)
{
  g_autoptr(ScmNetwork) network = load_fixture ("bad-entries.json");

  assert_problem (network, "centres[4] (wrong-type)", "“name” must be a string, not a number", NULL);
  assert_problem (network, "centres[4] (wrong-type)", "“latitude” must be a number, not a string", NULL);
  assert_problem (network, "centres[6]", "must be an object, not a string", NULL);
  assert_problem (network, "centres[7]", "id “Bad Id”", NULL);
  assert_problem (network, "centres[8] (no-sources)", "at least one", NULL);
  assert_problem (network, "centres[9] (bad-country)", "country “Japan”", NULL);
  assert_problem (network, "fields[2] (geo)", "color “brown”", NULL);
}

static void
test_problem_urls (void)
{
  g_autoptr(ScmNetwork) network = load_fixture ("bad-entries.json");

  assert_problem (network, "centres[5] (bad-url)", "javascript:alert(1)", "not an http or https URL", NULL);
  assert_problem (network, "centres[5] (bad-url)", "sources[0]", "file:///etc/passwd", NULL);
  assert_problem (network, "links[4]", "ftp://example.org/d", NULL);
}

static void
test_problem_links (void)
{
  g_autoptr(ScmNetwork) network = load_fixture ("bad-entries.json");

  assert_problem (network, "links[1]", "to “nowhere” is not the id", NULL);
  assert_problem (network, "links[2]", "to itself", NULL);
  assert_problem (network, "links[3]", "kind “gossip”", NULL);
}

#define TWO_CENTRES \
  "{\"fields\": [{\"id\": \"w\", \"name\": \"W\", \"color\": \"#000000\"}], \"centres\": [" \
  "{\"id\": \"a\", \"name\": \"A\", \"field\": \"w\", \"city\": \"X\", \"country\": \"FR\", " \
  "\"latitude\": 1, \"longitude\": 2, \"position\": \"host\", " \
  "\"position_sources\": [\"https://example.org/map\"], \"sources\": [\"https://example.org/\"]}," \
  "{\"id\": \"b\", \"name\": \"B\", \"field\": \"w\", \"city\": \"X\", \"country\": \"FR\", " \
  "\"latitude\": 1, \"longitude\": 3, \"position\": \"host\", \"sources\": [\"https://example.org/\"]}," \
  "{\"id\": \"c\", \"name\": \"C\", \"field\": \"w\", \"city\": \"X\", \"country\": \"FR\", " \
  "\"latitude\": 1, \"longitude\": 4, \"position\": \"roof\", \"sources\": [\"https://example.org/\"]}]"

/* A host position needs its sources; anything else is the city's */
static void
test_positions (void)
{
  g_autoptr(ScmNetwork) network = load_text (TWO_CENTRES "}");

  g_assert_cmpint (scm_centre_get_position (scm_network_lookup (network, "a")), ==, SCM_POSITION_HOST);
  g_assert_cmpstr (scm_centre_get_position_sources (scm_network_lookup (network, "a"))[0], ==,
                   "https://example.org/map");
  g_assert_cmpint (scm_centre_get_position (scm_network_lookup (network, "b")), ==, SCM_POSITION_CITY);
  assert_problem (network, "centres[1] (b)", "needs “position_sources”", NULL);
  g_assert_cmpint (scm_centre_get_position (scm_network_lookup (network, "c")), ==, SCM_POSITION_CITY);
  assert_problem (network, "centres[2] (c)", "position “roof” is unknown", NULL);
}

/* Only a centre of the file, with a source, is listed as attending; the
 * participants are the co-organisers and the attendees, each once */
static void
test_attendees (void)
{
  g_autoptr(ScmNetwork) network = load_text (
    TWO_CENTRES ", \"meeting\": {\"title\": \"M\", \"start\": \"2016-05-16\", \"end\": \"2016-05-18\", "
    "\"venue\": \"V\", \"city\": \"X\", \"latitude\": 1, \"longitude\": 2, "
    "\"sources\": [\"https://example.org/\"], \"co_organisers\": [\"b\", \"a\"], \"attendees\": ["
    "{\"centre\": \"a\", \"sources\": [\"https://example.org/a\"]}, {\"centre\": \"b\"}, "
    "{\"centre\": \"nobody\", \"sources\": [\"https://example.org/n\"]}, 5]}}");
  ScmMeeting *meeting = scm_network_get_meeting (network);

  g_assert_nonnull (meeting);
  g_assert_cmpuint (g_strv_length ((char **)scm_meeting_get_attendees (meeting)), ==, 1);
  g_assert_cmpstr (scm_meeting_get_attendees (meeting)[0], ==, "a");
  g_assert_cmpstr (scm_meeting_get_attendee_sources (meeting, 0)[0], ==, "https://example.org/a");
  assert_problem (network, "meeting.attendees[1] (b)", "sources", NULL);
  assert_problem (network, "meeting.attendees[2] (nobody)", "not the id of a centre", NULL);
  assert_problem (network, "meeting.attendees[3]", "must be an object", NULL);
  g_assert_cmpstrv (scm_meeting_get_participants (meeting), ((const char * const[]) { "b", "a", NULL }));
}

/* The bundled file: every host position has its source, every attendee too */
static void
test_bundled_positions_and_attendees (void)
{
  g_autoptr(ScmNetwork) network = load_bundled ();
  GListModel *centres = scm_network_get_centres (network);
  ScmMeeting *meeting = scm_network_get_meeting (network);
  const char * const *attendees = scm_meeting_get_attendees (meeting);
  guint n_hosts = 0;

  for (guint i = 0; i < g_list_model_get_n_items (centres); i++)
    {
      g_autoptr(ScmCentre) centre = g_list_model_get_item (centres, i);

      if (scm_centre_get_position (centre) == SCM_POSITION_HOST)
        {
          g_assert_nonnull (scm_centre_get_position_sources (centre));
          n_hosts++;
        }
    }
  g_assert_cmpuint (n_hosts, >, 0);

  g_assert_cmpuint (g_strv_length ((char **)attendees), >, 0);
  for (guint i = 0; attendees[i] != NULL; i++)
    {
      g_assert_nonnull (scm_network_lookup (network, attendees[i]));
      g_assert_nonnull (scm_meeting_get_attendee_sources (meeting, i)[0]);
    }
}

static void
test_invalid_json (void)
{
  g_autoptr(ScmNetwork) network = load_fixture ("partial.json");

  g_assert_cmpuint (g_list_model_get_n_items (scm_network_get_centres (network)), ==, 0);
  assert_problem (network, "partial.json: ", "not valid JSON", NULL);
}

static void
test_empty_file (void)
{
  g_autoptr(ScmNetwork) network = load_text ("");

  assert_problem (network, "test.json: ", "empty", NULL);
  g_assert_cmpuint (scm_network_get_n_problems (network), ==, 1);
}

static void
test_root_not_object (void)
{
  g_autoptr(ScmNetwork) array_root = load_text ("[1, 2, 3]");
  g_autoptr(ScmNetwork) number_root = load_text ("42");

  assert_problem (array_root, "top level must be an object, not an array", NULL);
  assert_problem (number_root, "top level must be an object", NULL);
}

static void
test_missing_centres (void)
{
  g_autoptr(ScmNetwork) network = load_text ("{\"format\": 1, \"fields\": []}");

  assert_problem (network, "test.json: ", "“centres” is missing", NULL);
}

static void
test_centres_not_array (void)
{
  g_autoptr(ScmNetwork) network = load_text ("{\"fields\": [], \"centres\": {}}");

  assert_problem (network, "“centres” must be an array, not an object", NULL);
}

static void
test_deep_nesting (void)
{
  const gsize depth = 100000;
  g_autoptr(GString) text = g_string_sized_new (2 * depth + 16);
  g_autoptr(ScmNetwork) network = NULL;

  g_string_append (text, "{\"centres\": ");
  for (gsize i = 0; i < depth; i++)
    g_string_append_c (text, '[');
  for (gsize i = 0; i < depth; i++)
    g_string_append_c (text, ']');
  g_string_append_c (text, '}');

  network = load_text (text->str);
  assert_problem (network, "nested more than", NULL);
}

static void
test_not_utf8 (void)
{
  g_autoptr(ScmNetwork) network = load_text ("{\"title\": \"\xff\xfe\"}");

  assert_problem (network, "not valid UTF-8", NULL);
}

static void
test_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/network.json");
  g_autoptr(ScmNetwork) network = scm_network_new_from_file (file);

  assert_problem (network, "/nonexistent/network.json: ", "cannot be read", NULL);
}


/* Wrong types in the meeting and at the top level drop the value, named; the
 * speakers' names and roles stay aligned */
static void
test_meeting_wrong_types (void)
{
  g_autoptr(ScmNetwork) network = load_fixture ("meeting-wrong-types.json");
  ScmMeeting *meeting = scm_network_get_meeting (network);
  const char * const *names, *const *roles;

  assert_problem (network, "meeting-wrong-types.json: “title” must be a string, not an object", NULL);
  assert_problem (network, "meeting-wrong-types.json: “as_of” must be a string, not a number", NULL);
  assert_problem (network, "meeting.speakers[0]: “role” must be a string, not a number", NULL);
  assert_problem (network, "meeting.speakers[1]: “role” must be a string, not a boolean", NULL);
  assert_problem (network, "meeting.speakers[2]: “name” must be a string, not a number", NULL);
  assert_problem (network, "meeting.speakers[3]: a speaker must be an object, not a string", NULL);
  assert_problem (network, "meeting: “venue_notes” must be a string, not an object", NULL);
  assert_problem (network, "meeting: “centres_total” must be a number, not a string", NULL);
  assert_problem (network, "meeting: hosts[1] must be a non-empty string", NULL);
  g_assert_null (scm_network_get_title (network));
  g_assert_null (scm_network_get_as_of (network));

  g_assert_nonnull (meeting);
  names = scm_meeting_get_speaker_names (meeting);
  roles = scm_meeting_get_speaker_roles (meeting);
  g_assert_cmpuint (g_strv_length ((char **)names), ==, 3);
  g_assert_cmpuint (g_strv_length ((char **)roles), ==, 3);
  g_assert_cmpstr (names[0], ==, "Ada");
  g_assert_cmpstr (roles[0], ==, "");
  g_assert_cmpstr (names[2], ==, "Dora");
  g_assert_cmpstr (roles[2], ==, "Chair");
  g_assert_null (scm_meeting_get_venue_notes (meeting));
  g_assert_cmpstr (scm_meeting_get_hosts (meeting)[0], ==, "UNESCO");
  g_assert_null (scm_meeting_get_hosts (meeting)[1]);
}

/* Numbers beyond 64 bits are reported with their true magnitude, never wrapped */
static void
test_huge_numbers (void)
{
  g_autoptr(ScmNetwork) network = load_fixture ("huge-numbers.json");
  ScmCentre *fine = scm_network_lookup (network, "fine");

  assert_problem (network, "centres[0] (wrapped-latitude): latitude 1.844674407e+19 is out of range", NULL);
  assert_problem (network, "centres[1] (wrapped-longitude): longitude 1.23456789e+29 is out of range", NULL);
  assert_problem (network, "centres[2] (huge-year): established 1e+20 is not a whole number", NULL);
  assert_problem (network, "centres[3] (just-over): latitude 90.0000001 is out of range", NULL);
  g_assert_null (scm_network_lookup (network, "wrapped-latitude"));
  g_assert_null (scm_network_lookup (network, "wrapped-longitude"));
  g_assert_null (scm_network_lookup (network, "just-over"));
  g_assert_cmpint (scm_centre_get_established (scm_network_lookup (network, "huge-year")), ==, 0);
  g_assert_cmpfloat (scm_centre_get_latitude (fine), ==, -10);
  g_assert_cmpint (scm_centre_get_established (fine), ==, 2001);
  g_assert_cmpuint (scm_network_get_n_problems (network), ==, 4);
}

/* What json-glib accepts beyond JSON is refused, with its line and column */
static void
test_strict_json (void)
{
  static const struct { const char *text; const char *problem; } cases[] = {
    { "{\"format\": 0x10}", "line 1, column 13: a number may not start with 0" },
    { "{\n  \"format\": 010\n}", "line 2, column 14: a number may not start with 0" },
    { "{'format': 1}", "line 1, column 2: a member name in double quotes" },
    { "{\"centres\": []}{\"centres\": []}", "line 1, column 16: more text after the end" },
    { "{\"centres\": []} x", "line 1, column 17: more text after the end" },
    { "{\"centres\": [1,]}", "line 1, column 16: unexpected character" },
    { "{\"centres\": [] /* c */}", "line 1, column 16: “,” or “}” was expected" },
    { "{\"title\": \"a\tb\"}", "line 1, column 13: a control character must be escaped" },
    { "{\"title\": \"\\x41\"}", "unknown escape" },
    { "{\"title\": \"\\u12\"}", "four hexadecimal digits" },
    { "{\"format\": 1.}", "after the decimal point" },
    { "{\"format\": -}", "a digit was expected" },
    { "{\"format\": tru}", "unexpected character" },
    { "{\"title\": \"é\" 1}", "line 1, column 15: “,” or “}” was expected" },
    { "{\"title\": \"abc", "the text ends inside a string" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ScmNetwork) network = load_text (cases[i].text);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpuint (scm_network_get_n_problems (network), ==, 1);
      assert_problem (network, "test.json: not valid JSON: ", cases[i].problem, NULL);
    }
}

/* Lone surrogates, "\u0000" and control characters: the value is dropped,
 * named; a surrogate pair is a character like any other */
static void
test_bad_text (void)
{
  g_autoptr(ScmNetwork) network = load_fixture ("bad-text.json");
  ScmCentre *escape = scm_network_lookup (network, "escape");
  const char * const *problems = scm_network_get_problems (network);

  assert_problem (network, "centres[0] (lone-high): “name” is not valid text", NULL);
  assert_problem (network, "centres[1] (lone-low): “summary” is not valid text", NULL);
  assert_problem (network, "centres[2] (nul): “city” holds a NUL character", NULL);
  assert_problem (network, "centres[3] (escape): “notes” holds a control character (U+001B)", NULL);
  assert_problem (network, "centres[3] (escape): sources[1] holds a control character (U+202E)", NULL);
  g_assert_null (scm_network_lookup (network, "lone-high"));
  g_assert_null (scm_centre_get_summary (scm_network_lookup (network, "lone-low")));
  g_assert_null (scm_network_lookup (network, "nul"));
  g_assert_null (scm_centre_get_notes (escape));
  g_assert_null (scm_centre_get_sources (escape)[1]);
  g_assert_cmpstr (scm_centre_get_name (scm_network_lookup (network, "pair")), ==, "Smile \xf0\x9f\x98\x80");
  g_assert_cmpuint (scm_network_get_n_problems (network), ==, 5);
  for (guint i = 0; problems[i] != NULL; i++)
    g_assert_true (g_utf8_validate (problems[i], -1, NULL));
}

/* A 1 MB name is refused as read, at the cost of reading it once */
static void
test_long_text (void)
{
  g_autoptr(GString) text = g_string_new ("{\"fields\": [], \"centres\": [], \"title\": \"");
  g_autoptr(ScmNetwork) network = NULL;

  for (guint i = 0; i < 1000000; i++)
    g_string_append_c (text, 'n');
  g_string_append (text, "\"}");
  network = load_text (text->str);

  assert_problem (network, "test.json: “title” is 1000000 characters long, more than the 500 allowed", NULL);
  g_assert_null (scm_network_get_title (network));
}

static void
test_duplicate_links (void)
{
  g_autoptr(ScmNetwork) network = load_fixture ("duplicate-links.json");

  assert_problem (network, "links[1]: the same link as links[0] (“a” to “b”, mou)", NULL);
  assert_problem (network, "links[2]: links[0] is the same link the other way round (“a” to “b”, mou)", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (scm_network_get_links (network)), ==, 2);
  g_assert_cmpuint (scm_network_get_n_problems (network), ==, 2);
  g_assert_cmpuint (scm_network_get_n_skipped (network), ==, 2);
}

/* Seconds to load @n_entries centres that each have three problems */
static double
time_many_problems (guint  n_entries,
                    guint *n_problems)
{
  g_autoptr(GString) text = g_string_new ("{\"fields\": [], \"centres\": [");
  g_autoptr(ScmNetwork) network = NULL;
  gint64 start;

  for (guint i = 0; i < n_entries; i++)
    g_string_append_printf (text, "%s{\"id\": \"c%u\", \"name\": %u}", i ? "," : "", i, i);
  g_string_append (text, "]}");

  start = g_get_monotonic_time ();
  network = load_text (text->str);
  *n_problems = scm_network_get_n_problems (network);
  return (g_get_monotonic_time () - start) / 1e6;
}

/* Problems are gathered in linear time: four times the entries take about
 * four times as long, not sixteen */
static void
test_many_problems_linear (void)
{
  guint n = g_getenv ("SCM_TEST_SMALL") != NULL ? 2000 : 10000;
  guint n_small, n_large;
  double small = time_many_problems (n, &n_small);
  double large = time_many_problems (4 * n, &n_large);

  g_test_message ("%u problems in %.3f s, %u in %.3f s", n_small, small, n_large, large);
  /* Per entry: “name” of the wrong type, “city”, “country”, “field”, “latitude”,
   * “longitude” and “sources” missing */
  g_assert_cmpuint (n_small, ==, 7 * n);
  g_assert_cmpuint (n_large, ==, 7 * 4 * n);
  g_assert_cmpfloat (large, <, 10 * MAX (small, 0.01));
}

/* Asserts that loading @path fails at once, saying @reason */
static void
assert_refused (const char *path,
                const char *reason)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gint64 start = g_get_monotonic_time ();
  g_autoptr(ScmNetwork) network = scm_network_new_from_file (file);

  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
  g_assert_cmpuint (scm_network_get_n_problems (network), ==, 1);
  assert_problem (network, path, reason, NULL);
}

/* Only regular files are read, and only up to the size limit */
static void
test_special_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("scm-files-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.json", NULL);
  g_autofree char *large = g_build_filename (dir, "large.json", NULL);
  int fd;

  g_assert_nonnull (dir);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  fd = g_open (large, O_WRONLY | O_CREAT, 0600);
  g_assert_cmpint (fd, >=, 0);
  /* Sparse: as large as announced without writing it */
  g_assert_cmpint (ftruncate (fd, SCM_NETWORK_MAX_FILE_SIZE + 1), ==, 0);
  close (fd);

  assert_refused (fifo, "a device, pipe or socket; only regular files are read");
  assert_refused ("/dev/zero", "a device, pipe or socket; only regular files are read");
  assert_refused (dir, "a folder; only regular files are read");
  assert_refused (large, "larger than 64 MiB");

  g_unlink (fifo);
  g_unlink (large);
  g_rmdir (dir);
}

static void
test_escape_controls (void)
{
  g_autofree char *escaped = scm_text_escape_controls ("a\x1b]0;x\x07" "b\nc\xe2\x80\xae" "d\xff" "é");

  g_assert_cmpstr (escaped, ==, "a\\e]0;x\\u0007b\\u000Ac\\u202Ed\\xFFé");
}

static void
test_search_folding (void)
{
  g_autofree char *folded = scm_fold_for_search ("Łódź, Foz do Iguaçu, Măgurele");
  g_autoptr(ScmNetwork) network = load_bundled ();
  ScmCentre *erce = scm_network_lookup (network, "erce");
  g_autofree char *query = scm_fold_for_search ("LODZ");

  g_assert_cmpstr (folded, ==, "lodz, foz do iguacu, magurele");
  g_assert_true (scm_centre_matches (erce, query));
  g_assert_false (scm_centre_matches (scm_network_lookup (network, "icharm"), query));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/network/bundled/loads-cleanly", test_bundled_loads_cleanly);
  g_test_add_func ("/network/bundled/every-centre-sourced", test_bundled_every_centre_sourced);
  g_test_add_func ("/network/bundled/meeting", test_bundled_meeting);
  g_test_add_func ("/network/lookup/id", test_lookup_by_id);
  g_test_add_func ("/network/lookup/country", test_lookup_by_country);
  g_test_add_func ("/network/fields/counts", test_field_counts);
  g_test_add_func ("/network/load/keeps-valid-entries", test_bad_entries_keep_valid_ones);
  g_test_add_func ("/network/load/markup-is-text", test_markup_kept_as_text);
  g_test_add_func ("/network/load/out-of-range", test_problem_out_of_range);
  g_test_add_func ("/network/load/file-named-once", test_problems_name_entry_not_file);
  g_test_add_func ("/network/load/duplicate-id", test_problem_duplicate_id);
  g_test_add_func ("/network/load/unknown-field", test_problem_unknown_field);
  g_test_add_func ("/network/load/wrong-types", test_problem_wrong_types);
  g_test_add_func ("/network/load/urls", test_problem_urls);
  g_test_add_func ("/network/load/links", test_problem_links);
  g_test_add_func ("/network/load/positions", test_positions);
  g_test_add_func ("/network/load/attendees", test_attendees);
  g_test_add_func ("/network/bundled/positions-and-attendees", test_bundled_positions_and_attendees);
  g_test_add_func ("/network/load/invalid-json", test_invalid_json);
  g_test_add_func ("/network/load/empty", test_empty_file);
  g_test_add_func ("/network/load/root-not-object", test_root_not_object);
  g_test_add_func ("/network/load/missing-centres", test_missing_centres);
  g_test_add_func ("/network/load/centres-not-array", test_centres_not_array);
  g_test_add_func ("/network/load/deep-nesting", test_deep_nesting);
  g_test_add_func ("/network/load/not-utf8", test_not_utf8);
  g_test_add_func ("/network/load/missing-file", test_missing_file);
  g_test_add_func ("/network/load/meeting-wrong-types", test_meeting_wrong_types);
  g_test_add_func ("/network/load/huge-numbers", test_huge_numbers);
  g_test_add_func ("/network/load/strict-json", test_strict_json);
  g_test_add_func ("/network/load/bad-text", test_bad_text);
  g_test_add_func ("/network/load/long-text", test_long_text);
  g_test_add_func ("/network/load/duplicate-links", test_duplicate_links);
  g_test_add_func ("/network/load/special-files", test_special_files);
  g_test_add_func ("/network/load/many-problems", test_many_problems_linear);
  g_test_add_func ("/network/text/escape-controls", test_escape_controls);
  g_test_add_func ("/network/search/folding", test_search_folding);

  return g_test_run ();
}
