/* scm-legend.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "scm-centre-filter.h"
#include "scm-field-symbol.h"
#include "scm-link-style.h"
#include "scm-labels.h"
#include "scm-legend.h"
#include "scm-widget-util.h"

struct _ScmLegend
{
  GtkWidget parent_instance;

  ScmCentreFilter *filter;

  GtkWidget *card;
  GtkExpander *expander;
  GtkBox *rows;
  GtkBox *link_rows;
  GtkWidget *links_section;
  GtkWidget *show_links_check;
  GtkExpander *link_kinds_expander;
  ScmLegendLinks links_mode;
};

G_DEFINE_FINAL_TYPE (ScmLegend, scm_legend, GTK_TYPE_WIDGET)

static GtkWidget *
create_row (GtkWidget  *symbol,
            const char *name,
            guint       count)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *name_label = gtk_label_new (name);
  g_autofree char *count_text = g_strdup_printf ("%u", count);
  GtkWidget *count_label = gtk_label_new (count_text);

  gtk_label_set_xalign (GTK_LABEL (name_label), 0);
  gtk_widget_set_hexpand (name_label, TRUE);
  gtk_widget_add_css_class (count_label, "numeric");
  gtk_widget_add_css_class (count_label, "dim-label");
  gtk_box_append (GTK_BOX (row), symbol);
  gtk_box_append (GTK_BOX (row), name_label);
  gtk_box_append (GTK_BOX (row), count_label);
  return row;
}

static void
field_toggled (GtkToggleButton *button,
               ScmLegend       *self)
{
  ScmField *field = g_object_get_data (G_OBJECT (button), "scm-field");
  gboolean shown = gtk_toggle_button_get_active (button);

  if (self->filter == NULL)
    return;
  if (field != NULL)
    scm_centre_filter_set_field_shown (self->filter, field, shown);
  else
    scm_centre_filter_set_affiliates_shown (self->filter, shown);
}

static gboolean
row_shown (ScmLegend *self,
           GtkWidget *row)
{
  ScmField *field = g_object_get_data (G_OBJECT (row), "scm-field");

  if (self->filter == NULL)
    return TRUE;
  return field != NULL ? scm_centre_filter_get_field_shown (self->filter, field)
                       : scm_centre_filter_get_affiliates_shown (self->filter);
}

/* A toggle that shows or hides the field's centres or, for no @field, the
 * affiliates: a row that looks on always shows its places */
static GtkWidget *
create_toggle (ScmLegend  *self,
               ScmField   *field,
               const char *name,
               guint       count)
{
  GtkWidget *toggle = gtk_toggle_button_new ();
  g_autofree char *description = NULL;

  /* Translators: a legend row for screen readers: a field (or "UNESCO
   * affiliate") and how many places are of it: "Water, 25 centres" */
  description = field != NULL ? g_strdup_printf (ngettext ("%s, %u centre", "%s, %u centres", count), name, count)
                               : g_strdup_printf (ngettext ("%s, %u affiliate", "%s, %u affiliates", count), name, count);
  gtk_button_set_child (GTK_BUTTON (toggle), create_row (scm_field_symbol_new (field, 18), name, count));
  gtk_widget_add_css_class (toggle, "flat");
  gtk_widget_add_css_class (toggle, "legend-toggle");
  if (field != NULL)
    g_object_set_data_full (G_OBJECT (toggle), "scm-field", g_object_ref (field), g_object_unref);
  else
    gtk_widget_add_css_class (toggle, "legend-affiliates");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), row_shown (self, toggle));
  scm_widget_set_new_tooltip (toggle, field != NULL ? _("Show or hide this field’s centres")
                                                    : _("Show or hide UNESCO’s affiliates"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  g_signal_connect (toggle, "toggled", G_CALLBACK (field_toggled), self);
  return toggle;
}

static void
clear_rows (ScmLegend *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->rows))) != NULL)
    gtk_box_remove (self->rows, child);
}

static void
draw_link_sample (GtkDrawingArea *area,
                  cairo_t        *cr,
                  int             width,
                  int             height,
                  gpointer        user_data)
{
  GdkRGBA text;

  /* Light text means a dark theme: the samples match the links on the dark map */
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &text);
  scm_link_style_apply (cr, GPOINTER_TO_INT (user_data), 3, 0.9, text.red + text.green + text.blue > 1.5);
  cairo_move_to (cr, 1, height / 2.0);
  cairo_line_to (cr, width - 1, height / 2.0);
  cairo_stroke (cr);
}

static GtkWidget *
create_link_row (ScmLinkKind kind)
{
  GtkWidget *sample = gtk_drawing_area_new ();

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (sample), 28);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (sample), 12);
  gtk_widget_set_valign (sample, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (sample), draw_link_sample,
                                  GINT_TO_POINTER (kind), NULL);
  return create_row (sample, scm_labels_link_kind (kind), 0);
}

/* One row per kind of link that the network has, in the order of first use */
static void
fill_link_kinds (ScmLegend  *self,
                 ScmNetwork *network)
{
  GListModel *links = scm_network_get_links (network);
  guint counts[SCM_N_LINK_KINDS] = { 0 };
  ScmLinkKind kinds[SCM_N_LINK_KINDS];
  guint n_kinds = 0;

  scm_labels_clear_box (self->link_rows);
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(ScmLink) link = g_list_model_get_item (links, i);
      ScmLinkKind kind = scm_link_get_kind (link);

      if (counts[kind]++ == 0)
        kinds[n_kinds++] = kind;
    }

  for (guint i = 0; i < n_kinds; i++)
    {
      GtkWidget *row = create_link_row (kinds[i]);
      GtkWidget *count = gtk_widget_get_last_child (row);
      g_autofree char *text = g_strdup_printf ("%u", counts[kinds[i]]);

      gtk_label_set_text (GTK_LABEL (count), text);
      gtk_box_append (self->link_rows, row);
    }

  gtk_widget_set_visible (self->links_section, n_kinds > 0 && self->links_mode != SCM_LEGEND_LINKS_HIDDEN);
}

/* How much the legend says about links: a toggle and a folded list at a desk;
 * nothing, or the unfolded list alone, during the tour. */
void
scm_legend_set_links_mode (ScmLegend      *self,
                           ScmLegendLinks  mode)
{
  g_return_if_fail (SCM_IS_LEGEND (self));

  self->links_mode = mode;
  gtk_widget_set_visible (self->links_section,
                          mode != SCM_LEGEND_LINKS_HIDDEN &&
                          gtk_widget_get_first_child (GTK_WIDGET (self->link_rows)) != NULL);
  gtk_widget_set_visible (self->show_links_check, mode == SCM_LEGEND_LINKS_NORMAL);
  gtk_expander_set_expanded (self->link_kinds_expander, mode == SCM_LEGEND_LINKS_EXPANDED);
  /* Room for the kinds: the fields fold while they are explained */
  gtk_expander_set_expanded (self->expander, mode != SCM_LEGEND_LINKS_EXPANDED);
}

/* Shows every field of @network, even one without centres, and the affiliates. */
void
scm_legend_set_network (ScmLegend  *self,
                        ScmNetwork *network)
{
  GListModel *fields = scm_network_get_fields (network);
  guint n_affiliates = g_list_model_get_n_items (scm_network_get_affiliates (network));

  g_return_if_fail (SCM_IS_LEGEND (self));

  clear_rows (self);
  for (guint i = 0; i < g_list_model_get_n_items (fields); i++)
    {
      g_autoptr(ScmField) field = g_list_model_get_item (fields, i);

      gtk_box_append (self->rows, create_toggle (self, field, _(scm_field_get_name (field)),
                                                 scm_field_get_n_centres (field)));
    }

  if (n_affiliates > 0)
    gtk_box_append (self->rows, create_toggle (self, NULL, _("UNESCO affiliates"), n_affiliates));

  fill_link_kinds (self, network);
}

/* Keeps the toggles in step when the filter changes elsewhere (the tour) */
static void
sync_toggles (ScmLegend *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->rows));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      g_signal_handlers_block_by_func (child, field_toggled, self);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child), row_shown (self, child));
      g_signal_handlers_unblock_by_func (child, field_toggled, self);
    }
}

/* The toggles show and hide fields through @filter */
void
scm_legend_set_filter (ScmLegend       *self,
                       ScmCentreFilter *filter)
{
  g_return_if_fail (SCM_IS_LEGEND (self));

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_set_object (&self->filter, filter);
  if (filter != NULL)
    g_signal_connect_swapped (filter, "changed", G_CALLBACK (sync_toggles), self);
}

static void
scm_legend_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SCM_TYPE_LEGEND);
  if (SCM_LEGEND (object)->filter != NULL)
    g_signal_handlers_disconnect_by_data (SCM_LEGEND (object)->filter, object);
  g_clear_object (&SCM_LEGEND (object)->filter);
  g_clear_pointer (&SCM_LEGEND (object)->card, gtk_widget_unparent);
  G_OBJECT_CLASS (scm_legend_parent_class)->dispose (object);
}

static void
scm_legend_class_init (ScmLegendClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = scm_legend_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sciencecentres/Map/map/scm-legend.ui");
  gtk_widget_class_bind_template_child (widget_class, ScmLegend, card);
  gtk_widget_class_bind_template_child (widget_class, ScmLegend, expander);
  gtk_widget_class_bind_template_child (widget_class, ScmLegend, rows);
  gtk_widget_class_bind_template_child (widget_class, ScmLegend, link_rows);
  gtk_widget_class_bind_template_child (widget_class, ScmLegend, links_section);
  gtk_widget_class_bind_template_child (widget_class, ScmLegend, show_links_check);
  gtk_widget_class_bind_template_child (widget_class, ScmLegend, link_kinds_expander);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "legend");
}

static void
scm_legend_init (ScmLegend *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Unfolds or folds the list of fields */
void
scm_legend_set_expanded (ScmLegend *self,
                         gboolean   expanded)
{
  g_return_if_fail (SCM_IS_LEGEND (self));
  gtk_expander_set_expanded (self->expander, expanded);
}

/* Folds everything, leaving only the headers (where the legend would cover a place) */
void
scm_legend_fold (ScmLegend *self)
{
  g_return_if_fail (SCM_IS_LEGEND (self));
  gtk_expander_set_expanded (self->expander, FALSE);
  gtk_expander_set_expanded (self->link_kinds_expander, FALSE);
}
