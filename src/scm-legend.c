/* scm-legend.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "scm-field-symbol.h"
#include "scm-legend.h"

struct _ScmLegend
{
  GtkWidget parent_instance;

  GtkWidget *card;
  GtkLabel *title_label;
  GtkBox *rows;
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
clear_rows (ScmLegend *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->rows))) != NULL)
    gtk_box_remove (self->rows, child);
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

      gtk_box_append (self->rows,
                      create_row (scm_field_symbol_new (field, 18),
                                  _(scm_field_get_name (field)),
                                  scm_field_get_n_centres (field)));
    }

  if (n_affiliates > 0)
    gtk_box_append (self->rows,
                    create_row (scm_field_symbol_new (NULL, 18), _("UNESCO affiliates"),
                                n_affiliates));
}

static void
scm_legend_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SCM_TYPE_LEGEND);
  g_clear_pointer (&SCM_LEGEND (object)->card, gtk_widget_unparent);
  G_OBJECT_CLASS (scm_legend_parent_class)->dispose (object);
}

static void
scm_legend_class_init (ScmLegendClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = scm_legend_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sciencecentres/Map/scm-legend.ui");
  gtk_widget_class_bind_template_child (widget_class, ScmLegend, card);
  gtk_widget_class_bind_template_child (widget_class, ScmLegend, title_label);
  gtk_widget_class_bind_template_child (widget_class, ScmLegend, rows);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "legend");
}

static void
scm_legend_init (ScmLegend *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
