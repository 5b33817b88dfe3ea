/* scm-map-view-captions.c — what the map view writes over the map: the
 * caption and its details, the tour's progress mark and the year of the
 * time-lapse
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "scm-map-view-private.h"

/* Sets @label's text and shows it only when there is some */
static void
show_text (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

/* A line of text over the bottom of the map (the tour's captions, an export's title) */
void
scm_map_view_set_caption (ScmMapView *self,
                          const char *caption)
{
  g_return_if_fail (SCM_IS_MAP_VIEW (self));

  show_text (self->caption_label, caption);
  gtk_widget_set_visible (self->caption_box, gtk_widget_get_visible (GTK_WIDGET (self->caption_label)));
}

const char *
scm_map_view_get_caption (ScmMapView *self)
{
  g_return_val_if_fail (SCM_IS_MAP_VIEW (self), NULL);
  return gtk_widget_get_visible (self->caption_box) ? gtk_label_get_text (self->caption_label) : NULL;
}

/* Smaller lines under the caption: the facts of a title card */
void
scm_map_view_set_caption_details (ScmMapView *self,
                                  const char *details)
{
  g_return_if_fail (SCM_IS_MAP_VIEW (self));
  show_text (self->caption_details_label, details);
}

const char *
scm_map_view_get_caption_details (ScmMapView *self)
{
  g_return_val_if_fail (SCM_IS_MAP_VIEW (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->caption_details_label))
           ? gtk_label_get_text (self->caption_details_label) : NULL;
}

/* A small mark of where the tour is, "4 / 12", in a corner of the map */
void
scm_map_view_set_progress (ScmMapView *self,
                           const char *progress)
{
  g_return_if_fail (SCM_IS_MAP_VIEW (self));
  show_text (self->progress_label, progress);
}

/* The year in large type, while the tour shows the network through time */
void
scm_map_view_set_year (ScmMapView *self,
                       int         year)
{
  g_autofree char *text = g_strdup_printf ("%d", year);

  g_return_if_fail (SCM_IS_MAP_VIEW (self));

  gtk_label_set_text (self->year_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->year_label), year > 0);
}
