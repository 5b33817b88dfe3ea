/* scm-centre-button.c
 *
 * The button of a marker draws its field's symbol itself rather than hold a
 * symbol widget: a network's markers are most of the widgets on screen when
 * the window opens. Being a GtkButton, it is a button to screen readers too,
 * with the "click" action that switch and voice control use.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "scm-centre-button.h"
#include "scm-field-symbol.h"
#include "scm-widget-util.h"

/* Room around the symbol for the hover and selection background */
#define SYMBOL_PADDING 3

struct _ScmCentreButton
{
  GtkButton parent_instance;

  ScmCentre *centre;
  int symbol_size;
};

G_DEFINE_FINAL_TYPE (ScmCentreButton, scm_centre_button, GTK_TYPE_BUTTON)

static void
scm_centre_button_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  ScmCentreButton *self = SCM_CENTRE_BUTTON (widget);

  scm_field_symbol_snapshot_in (widget, snapshot, scm_centre_get_field (self->centre),
                                self->symbol_size / 2.0 - 2);
}

static void
scm_centre_button_dispose (GObject *object)
{
  g_clear_object (&SCM_CENTRE_BUTTON (object)->centre);
  G_OBJECT_CLASS (scm_centre_button_parent_class)->dispose (object);
}

static void
scm_centre_button_class_init (ScmCentreButtonClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = scm_centre_button_dispose;
  GTK_WIDGET_CLASS (klass)->snapshot = scm_centre_button_snapshot;
}

static void
scm_centre_button_init (ScmCentreButton *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "centre-marker");
}

/* @description: what the button says to a screen reader; with the centre's
 * full name, its tooltip */
GtkWidget *
scm_centre_button_new (ScmCentre  *centre,
                       const char *description,
                       int         symbol_size)
{
  ScmCentreButton *self = g_object_new (SCM_TYPE_CENTRE_BUTTON, NULL);
  g_autofree char *tooltip = g_strdup_printf ("%s\n%s", scm_centre_get_name (centre), description);

  self->centre = g_object_ref (centre);
  scm_centre_button_set_symbol_size (self, symbol_size);
  scm_widget_set_new_tooltip (GTK_WIDGET (self), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  return GTK_WIDGET (self);
}

ScmCentre *
scm_centre_button_get_centre (ScmCentreButton *self)
{
  g_return_val_if_fail (SCM_IS_CENTRE_BUTTON (self), NULL);
  return self->centre;
}

void
scm_centre_button_set_symbol_size (ScmCentreButton *self,
                                   int              symbol_size)
{
  int size = symbol_size + 2 * SYMBOL_PADDING;

  g_return_if_fail (SCM_IS_CENTRE_BUTTON (self));

  self->symbol_size = symbol_size;
  gtk_widget_set_size_request (GTK_WIDGET (self), size, size);
}
