/* scm-widget-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "scm-widget-util.h"

/* Sets the tooltip of @widget, a widget being built and not yet in a window.
 * On a shown widget GTK checks at once whether the pointer is over it, which
 * asks the X server where the pointer is: one round trip per widget, and a
 * map has a marker per place. A widget that is not shown skips the check. */
void
scm_widget_set_new_tooltip (GtkWidget  *widget,
                            const char *text)
{
  gboolean visible;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (gtk_widget_get_parent (widget) == NULL);

  visible = gtk_widget_get_visible (widget);
  gtk_widget_set_visible (widget, FALSE);
  gtk_widget_set_tooltip_text (widget, text);
  gtk_widget_set_visible (widget, visible);
}
