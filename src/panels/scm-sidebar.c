/* scm-sidebar.c
 *
 * The panel has three pages: the network and its meeting ("overview"), the
 * matching centres ("list") and one centre ("centre"). Back returns through
 * the pages and centres the user came from.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "scm-centre-panel.h"
#include "scm-country.h"
#include "scm-field-symbol.h"
#include "scm-meeting-panel.h"
#include "scm-sidebar.h"

struct _ScmSidebar
{
  GtkWidget parent_instance;

  ScmNetwork *network;
  ScmCentreFilter *filter;
  GtkFilterListModel *visible_centres;
  GtkSortListModel *sorted_centres;
  ScmCentre *selected;
  GPtrArray *history;      /* HistoryEntry: where the user came from */
  GPtrArray *country_codes; /* parallel to the country chooser's items; NULL = all */
  gboolean details_held;   /* the countries wait, see scm_sidebar_hold_details() */
  gboolean going_back;     /* the selection comes back from the history */

  GtkWidget *content;
  GtkSearchEntry *search_entry;
  GtkDropDown *country_dropdown;
  GtkCheckButton *attendees_check;
  GtkLabel *count_label;
  GtkStack *pages;
  GtkStack *browse_stack;
  GtkListView *centre_list;
  ScmMeetingPanel *meeting_panel;
  ScmCentrePanel *centre_panel;
  GtkScrolledWindow *centre_scroller;
  char *count_text;
};

G_DEFINE_FINAL_TYPE (ScmSidebar, scm_sidebar, GTK_TYPE_WIDGET)

/* A centre that was shown, or else the page ("overview", "list") that was */
typedef struct
{
  ScmCentre *centre;
  const char *page;
} HistoryEntry;

static void
history_entry_free (gpointer data)
{
  HistoryEntry *entry = data;

  g_clear_object (&entry->centre);
  g_free (entry);
}

enum {
  PROP_0,
  PROP_FILTER,
  PROP_SELECTED_CENTRE,
  PROP_PAGE,
  PROP_COUNT_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_count (ScmSidebar *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->visible_centres));
  guint total = self->network ? g_list_model_get_n_items (scm_network_get_centres (self->network)) : 0;

  g_free (self->count_text);
  /* Translators: "12 of 51 centres" */
  self->count_text = g_strdup_printf (ngettext ("%u of %u centre", "%u of %u centres", total),
                                      shown, total);
  gtk_label_set_text (self->count_label, self->count_text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT_TEXT]);
}

/* Shows @page ("overview", "list" or "centre") without touching the history. */
static void
show_page (ScmSidebar *self,
           const char *page)
{
  if (g_str_equal (page, "centre"))
    gtk_stack_set_visible_child_name (self->pages, "centre");
  else
    {
      gtk_stack_set_visible_child_name (self->pages, "browse");
      gtk_stack_set_visible_child_name (self->browse_stack, page);
    }
}

/* The list gets its rows when first shown: no widgets for an unseen page at start-up */
static void
ensure_list_model (ScmSidebar *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  if (gtk_list_view_get_model (self->centre_list) != NULL)
    return;

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->sorted_centres)));
  gtk_list_view_set_model (self->centre_list, GTK_SELECTION_MODEL (selection));
}

static void
page_changed (ScmSidebar *self)
{
  if (g_strcmp0 (scm_sidebar_get_page (self), "list") == 0)
    ensure_list_model (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

const char *
scm_sidebar_get_page (ScmSidebar *self)
{
  g_return_val_if_fail (SCM_IS_SIDEBAR (self), NULL);

  if (g_str_equal (gtk_stack_get_visible_child_name (self->pages), "centre"))
    return "centre";
  return gtk_stack_get_visible_child_name (self->browse_stack);
}

/* Remembers where the user is before a centre is shown. */
static void
push_history (ScmSidebar *self)
{
  HistoryEntry *entry = g_new0 (HistoryEntry, 1);

  if (self->selected != NULL)
    entry->centre = g_object_ref (self->selected);
  else
    entry->page = g_intern_string (scm_sidebar_get_page (self));
  g_ptr_array_add (self->history, entry);
}

static void
show_centre (ScmSidebar *self,
             ScmCentre  *centre)
{
  scm_centre_panel_set_centre (self->centre_panel, self->network, centre);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->centre_scroller), 0);
  show_page (self, "centre");
}

static void
set_selected (ScmSidebar *self,
              ScmCentre  *centre)
{
  if (!g_set_object (&self->selected, centre))
    return;

  if (centre != NULL)
    show_centre (self, centre);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_CENTRE]);
}

/* Shows the window's selection: set through the binding from the window */
void
scm_sidebar_set_selected_centre (ScmSidebar *self,
                                 ScmCentre  *centre)
{
  g_return_if_fail (SCM_IS_SIDEBAR (self));

  if (centre == self->selected)
    return;

  /* Coming back through the history adds nothing to it */
  if (!self->going_back && centre != NULL)
    push_history (self);
  else if (!self->going_back)
    show_page (self, "overview");

  set_selected (self, centre);
}

/* Asks the window, which owns the selection, to select @centre. Without a
 * window (the panel on its own) the panel shows it itself. */
static void
request_centre (ScmSidebar *self,
                ScmCentre  *centre)
{
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "win.select-centre", "s",
                                   centre ? scm_centre_get_id (centre) : ""))
    scm_sidebar_set_selected_centre (self, centre);
}

ScmCentre *
scm_sidebar_get_selected_centre (ScmSidebar *self)
{
  g_return_val_if_fail (SCM_IS_SIDEBAR (self), NULL);
  return self->selected;
}

void
scm_sidebar_go_back (ScmSidebar *self)
{
  HistoryEntry *entry;

  g_return_if_fail (SCM_IS_SIDEBAR (self));

  self->going_back = TRUE;
  if (self->history->len == 0)
    {
      request_centre (self, NULL);
      self->going_back = FALSE;
      show_page (self, "overview");
      return;
    }

  entry = g_ptr_array_steal_index (self->history, self->history->len - 1);
  request_centre (self, entry->centre);
  self->going_back = FALSE;
  if (entry->centre == NULL)
    show_page (self, entry->page);
  history_entry_free (entry);
}

static void
panel_centre_activated (ScmSidebar *self,
                        ScmCentre  *centre)
{
  request_centre (self, centre);
}

static void
search_changed (ScmSidebar *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (self->filter == NULL)
    return;
  scm_centre_filter_set_search_text (self->filter, text);
  if (*text != '\0' && !g_str_equal (scm_sidebar_get_page (self), "centre"))
    show_page (self, "list");
}

/* Enter opens the first match, even before the entry's typing delay is over */
static void
search_activated (ScmSidebar *self)
{
  g_autoptr(ScmCentre) first = NULL;

  search_changed (self);
  first = g_list_model_get_item (G_LIST_MODEL (self->sorted_centres), 0);
  if (first != NULL)
    request_centre (self, first);
}

/* Escape clears the search */
static void
search_stopped (ScmSidebar *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
country_selected (ScmSidebar *self)
{
  guint position = gtk_drop_down_get_selected (self->country_dropdown);

  if (position == GTK_INVALID_LIST_POSITION || position >= self->country_codes->len || self->filter == NULL)
    return;

  scm_centre_filter_set_country (self->filter, g_ptr_array_index (self->country_codes, position));
  if (!g_str_equal (scm_sidebar_get_page (self), "centre"))
    show_page (self, position == 0 ? scm_sidebar_get_page (self) : "list");
}

/* The check button asks the filter; a change that comes from the filter
 * (the meeting panel's "Show on Map", a presentation) only shows here */
static void
attendees_toggled (ScmSidebar *self)
{
  gboolean only = gtk_check_button_get_active (self->attendees_check);

  if (self->filter == NULL || scm_centre_filter_get_attendees_only (self->filter) == only)
    return;

  scm_centre_filter_set_attendees_only (self->filter, only);
  if (only && !g_str_equal (scm_sidebar_get_page (self), "centre"))
    show_page (self, "list");
}

static void
filter_attendees_changed (ScmSidebar *self)
{
  gboolean only = scm_centre_filter_get_attendees_only (self->filter);

  gtk_check_button_set_active (self->attendees_check, only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sidebar.show-attendees", !only);
}

static void
show_attendees_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ScmSidebar *self = SCM_SIDEBAR (widget);

  if (self->filter != NULL)
    scm_centre_filter_set_attendees_only (self->filter, TRUE);
}

/* Shows the list of the centres that match, as when the selected one no
 * longer does */
void
scm_sidebar_show_results (ScmSidebar *self)
{
  g_return_if_fail (SCM_IS_SIDEBAR (self));
  show_page (self, "list");
}

/* The search entry and the country chooser show the filter's values, also
 * when someone else set them (a presentation that gives them back) */
static void
filter_search_changed (ScmSidebar *self)
{
  const char *text = scm_centre_filter_get_search_text (self->filter);

  if (g_strcmp0 (text ? text : "", gtk_editable_get_text (GTK_EDITABLE (self->search_entry))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
}

static void
filter_country_changed (ScmSidebar *self)
{
  guint position = gtk_drop_down_get_selected (self->country_dropdown);
  const char *country = scm_centre_filter_get_country (self->filter);

  if (position >= self->country_codes->len ||
      g_strcmp0 (g_ptr_array_index (self->country_codes, position), country) != 0)
    scm_sidebar_set_country (self, country);
}

/* Empties the search, shows every country and every centre, attending or not */
void
scm_sidebar_clear_filters (ScmSidebar *self)
{
  g_return_if_fail (SCM_IS_SIDEBAR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  search_changed (self);
  gtk_drop_down_set_selected (self->country_dropdown, 0);
  gtk_check_button_set_active (self->attendees_check, FALSE);
}

static void
list_activated (ScmSidebar *self,
                guint       position)
{
  g_autoptr(ScmCentre) centre = g_list_model_get_item (G_LIST_MODEL (self->sorted_centres), position);

  request_centre (self, centre);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *symbol_slot = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *acronym = gtk_label_new (NULL);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  /* The acronym whole, the name as far as it goes */
  gtk_label_set_xalign (GTK_LABEL (acronym), 0);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  /* Asks for no width of its own: the panel keeps its width, the name fills what is left */
  gtk_label_set_max_width_chars (GTK_LABEL (name), 1);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (acronym, "heading");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (title), acronym);
  gtk_box_append (GTK_BOX (title), name);
  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), subtitle);
  gtk_widget_set_valign (symbol_slot, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (row), symbol_slot);
  gtk_box_append (GTK_BOX (row), texts);
  gtk_widget_add_css_class (row, "centre-row");
  gtk_list_item_set_child (item, row);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item)
{
  ScmCentre *centre = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkWidget *symbol_slot = gtk_widget_get_first_child (row);
  GtkWidget *texts = gtk_widget_get_next_sibling (symbol_slot);
  GtkWidget *old_symbol = gtk_widget_get_first_child (symbol_slot);
  GtkWidget *title = gtk_widget_get_first_child (texts);
  GtkWidget *acronym = gtk_widget_get_first_child (title);
  GtkWidget *name = gtk_widget_get_next_sibling (acronym);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  const char *short_name = scm_centre_get_short_name (centre);
  const char *full_name = scm_centre_get_name (centre);
  /* Translators: a centre's city, then its country: "Tsukuba, Japan" */
  g_autofree char *place = g_strdup_printf (_("%s, %s"), scm_centre_get_city (centre),
                                            scm_centre_get_country_name (centre));
  /* Translators: a centre's full name, then its city and country */
  g_autofree char *described = g_strdup_printf (_("%s, %s"), scm_centre_get_name (centre), place);

  if (old_symbol != NULL)
    gtk_box_remove (GTK_BOX (symbol_slot), old_symbol);
  gtk_box_append (GTK_BOX (symbol_slot), scm_field_symbol_new (scm_centre_get_field (centre), 20));

  /* A centre without an acronym shows its name once, ellipsised too */
  gtk_label_set_text (GTK_LABEL (acronym), short_name);
  gtk_label_set_text (GTK_LABEL (name), full_name);
  gtk_widget_set_visible (acronym, g_strcmp0 (short_name, full_name) != 0);
  if (gtk_widget_get_visible (acronym))
    gtk_widget_remove_css_class (name, "heading");
  else
    gtk_widget_add_css_class (name, "heading");
  gtk_label_set_text (GTK_LABEL (subtitle), place);
  gtk_widget_set_tooltip_text (row, scm_centre_get_name (centre));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, described, -1);
}

static int
compare_country_names (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  return g_utf8_collate (scm_country_get_name (*(const char * const *)a),
                         scm_country_get_name (*(const char * const *)b));
}

/* The chooser's first item, which the window shows before its map */
static void
fill_all_countries (ScmSidebar *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *all = NULL;

  g_ptr_array_set_size (self->country_codes, 0);
  g_ptr_array_add (self->country_codes, NULL);
  /* Translators: in the list of countries; %u is how many centres they have in all */
  all = g_strdup_printf (_("All countries (%u)"),
                         g_list_model_get_n_items (scm_network_get_centres (self->network)));
  gtk_string_list_append (names, all);

  gtk_drop_down_set_model (self->country_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->country_dropdown, 0);
}

/* The countries follow "All countries" in the chooser, by name. They are
 * added once the window has shown its map (a row for each, built before any
 * is seen, costs the first frame), or as soon as one is chosen. */
static void
add_countries (ScmSidebar *self)
{
  GtkStringList *names = GTK_STRING_LIST (gtk_drop_down_get_model (self->country_dropdown));
  const char * const *codes;
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();

  if (names == NULL || self->country_codes->len > 1)
    return;

  codes = scm_network_get_countries (self->network);
  for (guint i = 0; codes[i] != NULL; i++)
    g_ptr_array_add (sorted, (gpointer)codes[i]);
  g_ptr_array_sort_with_data (sorted, (GCompareDataFunc)compare_country_names, NULL);

  for (guint i = 0; i < sorted->len; i++)
    {
      const char *code = g_ptr_array_index (sorted, i);
      /* Translators: a country and how many centres it has: "Japan (2)" */
      g_autofree char *item = g_strdup_printf (_("%s (%u)"), scm_country_get_name (code),
                                               scm_network_count_in_country (self->network, code));

      g_ptr_array_add (self->country_codes, g_strdup (code));
      gtk_string_list_append (names, item);
    }
}

/* @country: an ISO code present in the network, or NULL for all countries */
void
scm_sidebar_set_country (ScmSidebar *self,
                         const char *country)
{
  if (country != NULL)
    add_countries (self);
  for (guint i = 0; i < self->country_codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->country_codes, i), country) == 0)
      gtk_drop_down_set_selected (self->country_dropdown, i);
}

static gboolean
has_attendees (ScmNetwork *network)
{
  ScmMeeting *meeting = scm_network_get_meeting (network);

  return meeting != NULL && scm_meeting_get_attendees (meeting)[0] != NULL;
}

void
scm_sidebar_set_network (ScmSidebar *self,
                         ScmNetwork *network)
{
  g_return_if_fail (SCM_IS_SIDEBAR (self));

  g_set_object (&self->network, network);
  gtk_filter_list_model_set_model (self->visible_centres, scm_network_get_centres (network));
  scm_meeting_panel_set_network (self->meeting_panel, network);
  gtk_widget_set_visible (GTK_WIDGET (self->attendees_check), has_attendees (network));
  fill_all_countries (self);
  if (!self->details_held)
    add_countries (self);
  g_ptr_array_set_size (self->history, 0);
  update_count (self);
}

/* While held, what the side panel shows below its first screen and in the
 * country chooser's list waits: the meeting's details (see
 * scm_meeting_panel_hold_details()) and the countries after "All countries" */
void
scm_sidebar_hold_details (ScmSidebar *self,
                          gboolean    held)
{
  g_return_if_fail (SCM_IS_SIDEBAR (self));

  self->details_held = held;
  scm_meeting_panel_hold_details (self->meeting_panel, held);
  if (!held)
    add_countries (self);
}

/* The filter that the search and the country chooser set, and the list follows:
 * the window's, handed to the side panel and the map alike */
void
scm_sidebar_set_filter (ScmSidebar      *self,
                        ScmCentreFilter *filter)
{
  g_return_if_fail (SCM_IS_SIDEBAR (self));

  if (self->filter == filter)
    return;
  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_set_object (&self->filter, filter);
  if (filter != NULL)
    {
      g_signal_connect_swapped (filter, "notify::search-text", G_CALLBACK (filter_search_changed), self);
      g_signal_connect_swapped (filter, "notify::country", G_CALLBACK (filter_country_changed), self);
      g_signal_connect_swapped (filter, "notify::attendees-only", G_CALLBACK (filter_attendees_changed), self);
      filter_attendees_changed (self);
    }
  gtk_filter_list_model_set_filter (self->visible_centres, GTK_FILTER (filter));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
}

/* The centres that match the filter, in list order */
GListModel *
scm_sidebar_get_visible_centres (ScmSidebar *self)
{
  g_return_val_if_fail (SCM_IS_SIDEBAR (self), NULL);
  return G_LIST_MODEL (self->sorted_centres);
}

const char *
scm_sidebar_get_count_text (ScmSidebar *self)
{
  g_return_val_if_fail (SCM_IS_SIDEBAR (self), NULL);
  return self->count_text;
}

void
scm_sidebar_focus_search (ScmSidebar *self)
{
  g_return_if_fail (SCM_IS_SIDEBAR (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
scm_sidebar_dispose (GObject *object)
{
  ScmSidebar *self = (ScmSidebar *)object;

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SCM_TYPE_SIDEBAR);
  g_clear_pointer (&self->content, gtk_widget_unparent);
  g_clear_object (&self->sorted_centres);
  g_clear_object (&self->filter);
  g_clear_object (&self->network);
  g_clear_object (&self->selected);
  g_clear_pointer (&self->history, g_ptr_array_unref);
  g_clear_pointer (&self->country_codes, g_ptr_array_unref);
  g_clear_pointer (&self->count_text, g_free);

  G_OBJECT_CLASS (scm_sidebar_parent_class)->dispose (object);
}

static void
scm_sidebar_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  ScmSidebar *self = SCM_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_FILTER:
      g_value_set_object (value, self->filter);
      break;
    case PROP_SELECTED_CENTRE:
      g_value_set_object (value, self->selected);
      break;
    case PROP_PAGE:
      g_value_set_string (value, scm_sidebar_get_page (self));
      break;
    case PROP_COUNT_TEXT:
      g_value_set_string (value, self->count_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scm_sidebar_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  ScmSidebar *self = SCM_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_FILTER:
      scm_sidebar_set_filter (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_CENTRE:
      scm_sidebar_set_selected_centre (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scm_sidebar_class_init (ScmSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = scm_sidebar_dispose;
  object_class->get_property = scm_sidebar_get_property;
  object_class->set_property = scm_sidebar_set_property;

  properties[PROP_FILTER] =
    g_param_spec_object ("filter", NULL, NULL, SCM_TYPE_CENTRE_FILTER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_CENTRE] =
    g_param_spec_object ("selected-centre", NULL, NULL, SCM_TYPE_CENTRE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL, "overview",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNT_TEXT] =
    g_param_spec_string ("count-text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SCM_TYPE_CENTRE_PANEL);
  g_type_ensure (SCM_TYPE_MEETING_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sciencecentres/Map/panels/scm-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, ScmSidebar, content);
  gtk_widget_class_bind_template_child (widget_class, ScmSidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ScmSidebar, country_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ScmSidebar, attendees_check);
  gtk_widget_class_bind_template_child (widget_class, ScmSidebar, count_label);
  gtk_widget_class_bind_template_child (widget_class, ScmSidebar, pages);
  gtk_widget_class_bind_template_child (widget_class, ScmSidebar, browse_stack);
  gtk_widget_class_bind_template_child (widget_class, ScmSidebar, centre_list);
  gtk_widget_class_bind_template_child (widget_class, ScmSidebar, meeting_panel);
  gtk_widget_class_bind_template_child (widget_class, ScmSidebar, centre_panel);
  gtk_widget_class_bind_template_child (widget_class, ScmSidebar, centre_scroller);
  gtk_widget_class_bind_template_callback (widget_class, search_changed);
  gtk_widget_class_bind_template_callback (widget_class, search_activated);
  gtk_widget_class_bind_template_callback (widget_class, search_stopped);
  gtk_widget_class_bind_template_callback (widget_class, country_selected);
  gtk_widget_class_bind_template_callback (widget_class, attendees_toggled);
  gtk_widget_class_bind_template_callback (widget_class, list_activated);
  gtk_widget_class_bind_template_callback (widget_class, panel_centre_activated);
  gtk_widget_class_bind_template_callback (widget_class, page_changed);
  gtk_widget_class_install_action (widget_class, "sidebar.show-attendees", NULL, show_attendees_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sidebar");
}

static void
scm_sidebar_init (ScmSidebar *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkExpression *short_name;
  GtkStringSorter *sorter;

  self->history = g_ptr_array_new_with_free_func (history_entry_free);
  self->country_codes = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  short_name = gtk_property_expression_new (SCM_TYPE_CENTRE, NULL, "short-name");
  sorter = gtk_string_sorter_new (short_name);
  self->visible_centres = gtk_filter_list_model_new (NULL, NULL);
  self->sorted_centres = gtk_sort_list_model_new (G_LIST_MODEL (self->visible_centres),
                                                  GTK_SORTER (sorter));
  g_signal_connect_swapped (self->visible_centres, "items-changed", G_CALLBACK (update_count), self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  gtk_list_view_set_factory (self->centre_list, factory);
}
