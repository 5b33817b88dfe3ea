/* scm-centre-panel.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "scm-centre-panel.h"
#include "scm-field-symbol.h"
#include "scm-labels.h"
#include "scm-widget-util.h"

struct _ScmCentrePanel
{
  GtkWidget parent_instance;

  ScmCentre *centre;

  GtkWidget *content;
  GtkLabel *name_label;
  GtkLabel *acronym_label;
  GtkBox *field_box;
  GtkLabel *place_label;
  GtkLabel *year_label;
  GtkLabel *status_label;
  GtkLabel *notes_label;
  GtkLabel *position_label;
  GtkBox *position_sources_box;
  GtkLabel *summary_label;
  GtkBox *website_box;
  GtkWidget *links_heading;
  GtkListBox *links_list;
  GtkBox *sources_box;
};

G_DEFINE_FINAL_TYPE (ScmCentrePanel, scm_centre_panel, GTK_TYPE_WIDGET)

static void
fill_field (ScmCentrePanel *self,
            ScmCentre      *centre)
{
  ScmField *field = scm_centre_get_field (centre);
  GtkWidget *label = gtk_label_new (field ? _(scm_field_get_name (field)) : _("UNESCO affiliate"));

  scm_labels_clear_box (self->field_box);
  gtk_box_append (self->field_box, scm_field_symbol_new (field, 20));
  gtk_box_append (self->field_box, label);
}

/* The link's position in the network's list: what the window's link actions take */
static int
row_link_index (GtkWidget *row)
{
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "scm-link-index"));
}

static void
row_pointed_at (GtkEventController *controller,
                ScmCentrePanel     *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.focus-link", "i",
                              row_link_index (gtk_event_controller_get_widget (controller)));
}

static void
row_left (GtkEventController *controller,
          ScmCentrePanel     *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.focus-link", "i", -1);
}

/* Pointing at a row, or moving the focus to it, shows its link on the map */
static void
watch_row (ScmCentrePanel *self,
           GtkWidget      *row)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  g_signal_connect (focus, "enter", G_CALLBACK (row_pointed_at), self);
  g_signal_connect (focus, "leave", G_CALLBACK (row_left), self);
  g_signal_connect (motion, "enter", G_CALLBACK (row_pointed_at), self);
  g_signal_connect (motion, "leave", G_CALLBACK (row_left), self);
  gtk_widget_add_controller (row, focus);
  gtk_widget_add_controller (row, motion);
}

/* "ERCE · Memorandum of understanding · 2016" with the summary below */
static GtkWidget *
create_link_row (ScmLink   *link,
                 ScmCentre *centre)
{
  ScmCentre *partner = scm_link_get_partner (link, centre);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *title, *summary, *sources;
  g_autofree char *heading = NULL;
  g_autofree char *description = NULL;

  if (scm_link_get_year (link) > 0)
    /* Translators: a row of a centre's links: the partner's short name, the
     * kind of collaboration and the year it began: "ICHARM · Memorandum · 2014" */
    heading = g_strdup_printf (_("%s · %s · %d"), scm_centre_get_short_name (partner),
                               scm_labels_link_kind (scm_link_get_kind (link)),
                               scm_link_get_year (link));
  else
    /* Translators: a row of a centre's links: the partner's short name and the kind of collaboration */
    heading = g_strdup_printf (_("%s · %s"), scm_centre_get_short_name (partner),
                               scm_labels_link_kind (scm_link_get_kind (link)));

  title = gtk_label_new (heading);
  gtk_widget_add_css_class (title, "heading");
  summary = gtk_label_new (NULL);
  scm_labels_show_text (GTK_LABEL (summary), scm_link_get_summary (link));
  sources = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  scm_labels_fill_links (GTK_BOX (sources), scm_link_get_sources (link));

  for (GtkWidget *label = title; label != NULL; label = label == title ? summary : NULL)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
    }

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), summary);
  gtk_box_append (GTK_BOX (box), sources);
  gtk_widget_add_css_class (box, "link-row");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "scm-link", g_object_ref (link), g_object_unref);
  scm_widget_set_new_tooltip (row, scm_centre_get_name (partner));
  description = scm_labels_describe_link (link);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  return row;
}

static void
fill_links (ScmCentrePanel *self,
            ScmNetwork     *network,
            ScmCentre      *centre)
{
  GListModel *links = scm_network_get_links (network);
  guint n_rows = 0;
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->links_list))) != NULL)
    gtk_list_box_remove (self->links_list, row);

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(ScmLink) link = g_list_model_get_item (links, i);

      if (scm_link_involves (link, centre))
        {
          row = create_link_row (link, centre);
          g_object_set_data (G_OBJECT (row), "scm-link-index", GINT_TO_POINTER (i));
          watch_row (self, row);
          gtk_list_box_append (self->links_list, row);
          n_rows++;
        }
    }

  gtk_widget_set_visible (self->links_heading, n_rows > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->links_list), n_rows > 0);
}

static void
link_row_activated (ScmCentrePanel *self,
                    GtkListBoxRow  *row)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.follow-link", "i",
                              row_link_index (GTK_WIDGET (row)));
}

void
scm_centre_panel_set_centre (ScmCentrePanel *self,
                             ScmNetwork     *network,
                             ScmCentre      *centre)
{
  g_autofree char *place = NULL;
  g_autofree char *year = NULL;
  const char *acronym;

  g_return_if_fail (SCM_IS_CENTRE_PANEL (self));

  if (!g_set_object (&self->centre, centre) || centre == NULL)
    return;

  acronym = scm_centre_get_acronym (centre);
  /* Translators: a centre's city, then its country: "Tsukuba, Japan" */
  place = g_strdup_printf (_("%s, %s"), scm_centre_get_city (centre),
                           scm_centre_get_country_name (centre));
  if (scm_centre_get_established (centre) > 0)
    /* Translators: %d is a year: "Under UNESCO's auspices since 2006" */
    year = g_strdup_printf (_("Under UNESCO’s auspices since %d"),
                            scm_centre_get_established (centre));

  gtk_label_set_text (self->name_label, scm_centre_get_name (centre));
  scm_labels_show_text (self->acronym_label, acronym);
  fill_field (self, centre);
  gtk_label_set_text (self->place_label, place);
  scm_labels_show_text (self->year_label, year);
  scm_labels_show_text (self->status_label, scm_labels_status (scm_centre_get_status (centre)));
  scm_labels_show_text (self->notes_label, scm_centre_get_notes (centre));
  scm_labels_show_text (self->position_label, scm_labels_position (scm_centre_get_position (centre)));
  scm_labels_fill_links (self->position_sources_box, scm_centre_get_position_sources (centre));
  scm_labels_show_text (self->summary_label, scm_centre_get_summary (centre));
  scm_labels_fill_links (self->website_box,
                        (const char *[]) { scm_centre_get_website (centre), NULL });
  fill_links (self, network, centre);
  scm_labels_fill_links (self->sources_box, scm_centre_get_sources (centre));
}

static void
scm_centre_panel_dispose (GObject *object)
{
  ScmCentrePanel *self = (ScmCentrePanel *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), SCM_TYPE_CENTRE_PANEL);
  g_clear_pointer (&self->content, gtk_widget_unparent);
  g_clear_object (&self->centre);

  G_OBJECT_CLASS (scm_centre_panel_parent_class)->dispose (object);
}

static void
scm_centre_panel_class_init (ScmCentrePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = scm_centre_panel_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sciencecentres/Map/panels/scm-centre-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, ScmCentrePanel, content);
  gtk_widget_class_bind_template_child (widget_class, ScmCentrePanel, name_label);
  gtk_widget_class_bind_template_child (widget_class, ScmCentrePanel, acronym_label);
  gtk_widget_class_bind_template_child (widget_class, ScmCentrePanel, field_box);
  gtk_widget_class_bind_template_child (widget_class, ScmCentrePanel, place_label);
  gtk_widget_class_bind_template_child (widget_class, ScmCentrePanel, year_label);
  gtk_widget_class_bind_template_child (widget_class, ScmCentrePanel, status_label);
  gtk_widget_class_bind_template_child (widget_class, ScmCentrePanel, notes_label);
  gtk_widget_class_bind_template_child (widget_class, ScmCentrePanel, position_label);
  gtk_widget_class_bind_template_child (widget_class, ScmCentrePanel, position_sources_box);
  gtk_widget_class_bind_template_child (widget_class, ScmCentrePanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ScmCentrePanel, website_box);
  gtk_widget_class_bind_template_child (widget_class, ScmCentrePanel, links_heading);
  gtk_widget_class_bind_template_child (widget_class, ScmCentrePanel, links_list);
  gtk_widget_class_bind_template_child (widget_class, ScmCentrePanel, sources_box);
  gtk_widget_class_bind_template_callback (widget_class, link_row_activated);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
scm_centre_panel_init (ScmCentrePanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
