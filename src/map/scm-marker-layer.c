/* scm-marker-layer.c
 *
 * libshumate 1.0's marker layer places a marker at its longitude's distance
 * from the view's, so that a view across ±180° (framing a link between Fiji
 * and Samoa, or panned there) leaves the markers beyond it a world away. This
 * layer places each marker at its copy nearest the middle of the view, as the
 * tiles and the links are drawn there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "scm-geo.h"
#include "scm-map-transform.h"
#include "scm-marker-layer.h"

struct _ScmMarkerLayer
{
  ShumateLayer parent_instance;
};

G_DEFINE_FINAL_TYPE (ScmMarkerLayer, scm_marker_layer, SHUMATE_TYPE_LAYER)

/* Where @marker goes in a layer of @width × @height: centred on its place
 * (its margins shift it); FALSE when that is out of view */
static gboolean
place_marker (ScmMarkerLayer *self,
              GtkWidget      *marker,
              int             width,
              int             height,
              GtkAllocation  *allocation)
{
  ScmMapTransform t;
  double x, y;

  scm_map_transform_from_viewport (&t, shumate_layer_get_viewport (SHUMATE_LAYER (self)), width, height);
  gtk_widget_measure (marker, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &allocation->width, NULL, NULL);
  gtk_widget_measure (marker, GTK_ORIENTATION_VERTICAL, -1, NULL, &allocation->height, NULL, NULL);
  scm_map_transform_apply_nearest (&t,
                                   scm_geo_longitude_to_x (shumate_location_get_longitude (SHUMATE_LOCATION (marker))),
                                   scm_geo_latitude_to_y (shumate_location_get_latitude (SHUMATE_LOCATION (marker))),
                                   &x, &y);
  allocation->x = (int)floor (x - allocation->width / 2.0);
  allocation->y = (int)floor (y - allocation->height / 2.0);

  return allocation->x > -allocation->width && allocation->x <= width &&
         allocation->y > -allocation->height && allocation->y <= height &&
         allocation->width < width && allocation->height < height;
}

static void
scm_marker_layer_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkAllocation allocation;
      gboolean in_view;

      if (!gtk_widget_should_layout (child))
        continue;
      in_view = place_marker (SCM_MARKER_LAYER (widget), child, width, height, &allocation);
      gtk_widget_set_child_visible (child, in_view);
      if (in_view)
        gtk_widget_size_allocate (child, &allocation, -1);
    }
}

/* As the view moves, markers show and hide at once; those that move are
 * placed again. A layer not on screen places them when next allocated. */
static void
view_changed (ScmMarkerLayer *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self)), height = gtk_widget_get_height (GTK_WIDGET (self));
  gboolean moved = FALSE;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      gtk_widget_queue_allocate (GTK_WIDGET (self));
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkAllocation allocation, now;
      gboolean in_view = place_marker (self, child, width, height, &allocation);

      gtk_widget_set_child_visible (child, in_view);
      gtk_widget_get_allocation (child, &now);
      moved |= in_view && (now.x != allocation.x || now.y != allocation.y);
    }
  if (moved)
    gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
scm_marker_layer_constructed (GObject *object)
{
  G_OBJECT_CLASS (scm_marker_layer_parent_class)->constructed (object);

  g_signal_connect_object (shumate_layer_get_viewport (SHUMATE_LAYER (object)), "notify",
                           G_CALLBACK (view_changed), object, G_CONNECT_SWAPPED);
}

static void
scm_marker_layer_dispose (GObject *object)
{
  scm_marker_layer_remove_all (SCM_MARKER_LAYER (object));

  G_OBJECT_CLASS (scm_marker_layer_parent_class)->dispose (object);
}

static void
scm_marker_layer_class_init (ScmMarkerLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = scm_marker_layer_constructed;
  object_class->dispose = scm_marker_layer_dispose;
  widget_class->size_allocate = scm_marker_layer_size_allocate;
}

static void
scm_marker_layer_init (ScmMarkerLayer *self)
{
}

ScmMarkerLayer *
scm_marker_layer_new (ShumateViewport *viewport)
{
  return g_object_new (SCM_TYPE_MARKER_LAYER, "viewport", viewport, NULL);
}

void
scm_marker_layer_add_marker (ScmMarkerLayer *self,
                             ShumateMarker  *marker)
{
  g_return_if_fail (SCM_IS_MARKER_LAYER (self));
  g_return_if_fail (SHUMATE_IS_MARKER (marker));

  gtk_widget_insert_before (GTK_WIDGET (marker), GTK_WIDGET (self), NULL);
  g_signal_connect_object (marker, "notify::latitude", G_CALLBACK (gtk_widget_queue_allocate), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (marker, "notify::longitude", G_CALLBACK (gtk_widget_queue_allocate), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

void
scm_marker_layer_remove_all (ScmMarkerLayer *self)
{
  GtkWidget *child;

  g_return_if_fail (SCM_IS_MARKER_LAYER (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    {
      g_signal_handlers_disconnect_by_data (child, self);
      gtk_widget_unparent (child);
    }
}
