/* test-panels.c — side panel, filters and search, driven through the real widgets under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "scm-map-view.h"
#include "scm-sidebar.h"
#include "scm-window.h"
#include "test-util.h"

typedef ScmTestWindow Fixture;

static gboolean
is_mapped_label_with (GtkWidget     *widget,
                      gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) &&
         strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

static gboolean
is_toggle_for_field (GtkWidget     *widget,
                     gconstpointer  field)
{
  return GTK_IS_TOGGLE_BUTTON (widget) && g_object_get_data (G_OBJECT (widget), "scm-field") == field;
}

static void
iterate (guint n)
{
  for (guint i = 0; i < n; i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  scm_test_window_set_up (fixture, data);
  iterate (20);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  scm_test_window_tear_down (fixture, data);

  /* Each test starts as a first launch does */
  g_settings_reset (settings, "hidden-fields");
  g_settings_reset (settings, "country");
  g_settings_reset (settings, "sidebar-visible");
}

/* The last filters come back at the next start */
static void
test_filters_remembered (Fixture       *fixture,
                         gconstpointer  data)
{
  ScmField *water = scm_network_lookup_field (fixture->network, "water");
  ScmWindow *second;

  scm_sidebar_set_country (fixture->sidebar, "CN");
  scm_centre_filter_set_field_shown (scm_window_get_filter (fixture->window), water, FALSE);

  second = scm_window_new (NULL, fixture->network);
  g_assert_cmpstr (scm_centre_filter_get_country (scm_window_get_filter (second)), ==, "CN");
  g_assert_false (scm_centre_filter_get_field_shown (scm_window_get_filter (second), water));
  gtk_window_destroy (GTK_WINDOW (second));
}

static guint
n_listed (Fixture *fixture)
{
  return g_list_model_get_n_items (scm_sidebar_get_visible_centres (fixture->sidebar));
}

static guint
n_centres (Fixture *fixture)
{
  return g_list_model_get_n_items (scm_network_get_centres (fixture->network));
}

static guint
n_affiliates (Fixture *fixture)
{
  return g_list_model_get_n_items (scm_network_get_affiliates (fixture->network));
}

static gboolean
is_affiliates_toggle (GtkWidget     *widget,
                      gconstpointer  data)
{
  return GTK_IS_TOGGLE_BUTTON (widget) && gtk_widget_has_css_class (widget, "legend-affiliates");
}

/* The affiliates' legend row is a toggle like a field's: off, it hides the
 * affiliates and only them; a field turned off leaves them and their row on */
static void
test_affiliates_follow_their_row (Fixture       *fixture,
                                  gconstpointer  data)
{
  GtkToggleButton *affiliates = GTK_TOGGLE_BUTTON (scm_test_find_widget (GTK_WIDGET (fixture->map_view),
                                                                          is_affiliates_toggle, NULL));
  ScmField *water = scm_network_lookup_field (fixture->network, "water");
  GtkToggleButton *water_toggle = GTK_TOGGLE_BUTTON (scm_test_find_widget (GTK_WIDGET (fixture->map_view),
                                                                            is_toggle_for_field, water));
  guint n_water = scm_field_get_n_centres (water);

  g_assert_nonnull (affiliates);
  g_assert_cmpuint (n_affiliates (fixture), >, 0);
  g_assert_true (gtk_toggle_button_get_active (affiliates));

  gtk_toggle_button_set_active (water_toggle, FALSE);
  g_assert_true (gtk_toggle_button_get_active (affiliates));
  g_assert_cmpuint (scm_map_view_get_n_shown_markers (fixture->map_view), ==,
                    n_centres (fixture) - n_water + n_affiliates (fixture));

  gtk_toggle_button_set_active (affiliates, FALSE);
  g_assert_cmpuint (scm_map_view_get_n_shown_markers (fixture->map_view), ==, n_centres (fixture) - n_water);
  g_assert_cmpuint (n_listed (fixture), ==, n_centres (fixture) - n_water);

  gtk_toggle_button_set_active (water_toggle, TRUE);
  gtk_toggle_button_set_active (affiliates, TRUE);
  g_assert_cmpuint (scm_map_view_get_n_shown_markers (fixture->map_view), ==,
                    scm_map_view_get_n_markers (fixture->map_view));
}

static GtkEditable *
search_entry (Fixture *fixture)
{
  return GTK_EDITABLE (scm_test_find_of_type (GTK_WIDGET (fixture->sidebar), GTK_TYPE_SEARCH_ENTRY));
}

static void
test_starts_on_meeting (Fixture       *fixture,
                        gconstpointer  data)
{
  scm_test_settle ();
  g_assert_cmpstr (scm_sidebar_get_page (fixture->sidebar), ==, "overview");
  g_assert_nonnull (scm_test_find_widget (GTK_WIDGET (fixture->sidebar), is_mapped_label_with,
                                 "First UNESCO Science Centres Coordination Meeting"));
  g_assert_nonnull (scm_test_find_widget (GTK_WIDGET (fixture->sidebar), is_mapped_label_with,
                                 "44 of the 65 centres"));
  g_assert_nonnull (scm_test_find_widget (GTK_WIDGET (fixture->sidebar), is_mapped_label_with, "IKCEST"));
  g_assert_nonnull (scm_test_find_widget (GTK_WIDGET (fixture->sidebar), is_mapped_label_with, "HIST"));
  /* Who sources show at the meeting */
  g_assert_nonnull (scm_test_find_widget (GTK_WIDGET (fixture->sidebar), is_mapped_label_with,
                                          "centres represented are named in sources"));
  g_assert_nonnull (scm_test_find_widget (GTK_WIDGET (fixture->sidebar), is_mapped_label_with,
                                          "ISEDC — International Sustainable Energy Development Centre"));
  g_assert_true (gtk_widget_has_css_class (
    scm_map_view_get_marker_button (fixture->map_view, scm_network_lookup (fixture->network, "hist")),
    "highlighted"));
}

static void
test_select_shows_panel (Fixture       *fixture,
                         gconstpointer  data)
{
  ScmCentre *icharm = scm_network_lookup (fixture->network, "icharm");

  g_signal_emit_by_name (scm_map_view_get_marker_button (fixture->map_view, icharm), "clicked");
  scm_test_settle ();

  g_assert_true (scm_sidebar_get_selected_centre (fixture->sidebar) == icharm);
  g_assert_cmpstr (scm_sidebar_get_page (fixture->sidebar), ==, "centre");
  g_assert_nonnull (scm_test_find_widget (GTK_WIDGET (fixture->sidebar), is_mapped_label_with, "Tsukuba, Japan"));
  g_assert_nonnull (scm_test_find_widget (GTK_WIDGET (fixture->sidebar), is_mapped_label_with,
                                 "International Centre for Water Hazard and Risk Management"));
  /* Where its point comes from */
  g_assert_nonnull (scm_test_find_widget (GTK_WIDGET (fixture->sidebar), is_mapped_label_with,
                                          scm_centre_get_position (icharm) == SCM_POSITION_HOST
                                            ? "Position: host institution" : "Position: city centre"));
}

static void
test_back_returns (Fixture       *fixture,
                   gconstpointer  data)
{
  ScmCentre *icharm = scm_network_lookup (fixture->network, "icharm");
  ScmCentre *erce = scm_network_lookup (fixture->network, "erce");

  scm_window_set_selected_centre (fixture->window, icharm);
  scm_window_set_selected_centre (fixture->window, erce);
  g_assert_true (scm_sidebar_get_selected_centre (fixture->sidebar) == erce);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL);
  g_assert_true (scm_sidebar_get_selected_centre (fixture->sidebar) == icharm);
  g_assert_true (scm_map_view_get_selected_centre (fixture->map_view) == icharm);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL);
  g_assert_null (scm_sidebar_get_selected_centre (fixture->sidebar));
  g_assert_cmpstr (scm_sidebar_get_page (fixture->sidebar), ==, "overview");
}

static void
test_field_filter (Fixture       *fixture,
                   gconstpointer  data)
{
  ScmField *water = scm_network_lookup_field (fixture->network, "water");
  guint n_water = scm_field_get_n_centres (water);
  GtkToggleButton *toggle = GTK_TOGGLE_BUTTON (scm_test_find_widget (GTK_WIDGET (fixture->map_view),
                                                            is_toggle_for_field, water));

  g_assert_nonnull (toggle);
  g_assert_cmpuint (n_water, >, 0);
  g_assert_cmpuint (scm_map_view_get_n_shown_markers (fixture->map_view), ==,
                    scm_map_view_get_n_markers (fixture->map_view));

  gtk_toggle_button_set_active (toggle, FALSE);
  g_assert_cmpuint (n_listed (fixture), ==, n_centres (fixture) - n_water);
  /* Affiliates belong to no field: they follow their own legend row, which is still on */
  g_assert_cmpuint (scm_map_view_get_n_shown_markers (fixture->map_view), ==,
                    n_centres (fixture) - n_water + n_affiliates (fixture));

  gtk_toggle_button_set_active (toggle, TRUE);
  g_assert_cmpuint (n_listed (fixture), ==, n_centres (fixture));
}

static void
test_country_filter (Fixture       *fixture,
                     gconstpointer  data)
{
  guint in_china = scm_network_count_in_country (fixture->network, "CN");
  ScmField *water = scm_network_lookup_field (fixture->network, "water");
  GListModel *visible = scm_sidebar_get_visible_centres (fixture->sidebar);
  guint water_in_china = 0;
  g_autofree char *of_all = NULL;

  scm_sidebar_set_country (fixture->sidebar, "CN");
  g_assert_cmpuint (n_listed (fixture), ==, in_china);
  g_assert_cmpuint (scm_map_view_get_n_shown_markers (fixture->map_view), ==, in_china);

  for (guint i = 0; i < g_list_model_get_n_items (visible); i++)
    {
      g_autoptr(ScmCentre) centre = g_list_model_get_item (visible, i);
      g_assert_cmpstr (scm_centre_get_country (centre), ==, "CN");
      water_in_china += scm_centre_get_field (centre) == water;
    }

  /* Field and country combine */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (scm_test_find_widget (GTK_WIDGET (fixture->map_view),
                                                                is_toggle_for_field, water)), FALSE);
  g_assert_cmpuint (n_listed (fixture), ==, in_china - water_in_china);
  g_assert_cmpuint (scm_map_view_get_n_shown_markers (fixture->map_view), ==, in_china - water_in_china);
  of_all = g_strdup_printf ("of %u centres", n_centres (fixture));
  g_assert_nonnull (strstr (scm_sidebar_get_count_text (fixture->sidebar), of_all));

  scm_sidebar_set_country (fixture->sidebar, NULL);
  g_assert_cmpuint (n_listed (fixture), ==, n_centres (fixture) - scm_field_get_n_centres (water));
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  GtkEditable *entry = search_entry (fixture);
  GListModel *visible = scm_sidebar_get_visible_centres (fixture->sidebar);
  g_autoptr(ScmCentre) first = NULL;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL);
  iterate (5);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (entry)) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)), GTK_WIDGET (entry)));

  /* By acronym, whatever the case */
  gtk_editable_set_text (entry, "icharm");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpuint (n_listed (fixture), ==, 1);
  g_assert_cmpstr (scm_sidebar_get_page (fixture->sidebar), ==, "list");
  first = g_list_model_get_item (visible, 0);
  g_assert_cmpstr (scm_centre_get_id (first), ==, "icharm");
  g_assert_cmpuint (scm_map_view_get_n_shown_markers (fixture->map_view), ==, 1);

  /* By a name written without its accents: Łódź */
  gtk_editable_set_text (entry, "lodz");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpuint (n_listed (fixture), >=, 1);
  g_clear_object (&first);
  first = g_list_model_get_item (visible, 0);
  g_assert_cmpstr (scm_centre_get_id (first), ==, "erce");

  /* Enter opens the first match */
  g_signal_emit_by_name (entry, "activate");
  g_assert_true (scm_sidebar_get_selected_centre (fixture->sidebar) == first);

  /* Escape clears */
  g_signal_emit_by_name (entry, "stop-search");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  g_assert_cmpuint (n_listed (fixture), ==, n_centres (fixture));
}

static void
test_sidebar_toggle (Fixture       *fixture,
                     gconstpointer  data)
{
  gboolean visible = TRUE;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-sidebar", NULL);
  g_object_get (fixture->window, "sidebar-visible", &visible, NULL);
  g_assert_false (visible);

  /* Choosing a centre brings the panel back */
  scm_window_set_selected_centre (fixture->window, scm_network_lookup (fixture->network, "hist"));
  g_object_get (fixture->window, "sidebar-visible", &visible, NULL);
  g_assert_true (visible);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/panels/starts-on-meeting", test_starts_on_meeting);
  ADD ("/panels/select-shows-panel", test_select_shows_panel);
  ADD ("/panels/back-returns", test_back_returns);
  ADD ("/panels/filter/field", test_field_filter);
  ADD ("/panels/filter/affiliates", test_affiliates_follow_their_row);
  ADD ("/panels/filter/country", test_country_filter);
  ADD ("/panels/search", test_search);
  ADD ("/panels/sidebar-toggle", test_sidebar_toggle);
  ADD ("/panels/filters-remembered", test_filters_remembered);
#undef ADD

  return g_test_run ();
}
