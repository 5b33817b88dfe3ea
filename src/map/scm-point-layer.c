/* scm-point-layer.c
 *
 * For networks too large for a widget per place (thousands of places), the
 * places are drawn by this one layer. Places closer than a cell of the screen
 * grid are grouped into a bubble with their count; a click on a bubble zooms
 * into it, a click on a lone place selects it. Groups are made once per zoom
 * level and filter change; a frame draws only the groups in view, found by a
 * binary search over groups sorted west to east.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "scm-field-symbol.h"
#include "scm-geo.h"
#include "scm-map-transform.h"
#include "scm-point-layer.h"

#define CELL_SIZE 44     /* pixels: places closer than this share a bubble */
#define SYMBOL_RADIUS 8
#define HIT_RADIUS 14

typedef struct
{
  double x, y;          /* unit square */
  ScmCentre *centre;
} Point;

typedef struct
{
  double x, y;          /* mean position, unit square */
  guint count;
  ScmCentre *first;     /* the place itself when count == 1 */
} Group;

struct _ScmPointLayer
{
  ShumateLayer parent_instance;

  GArray *points;       /* Point */
  GArray *groups;       /* Group, sorted by x */
  int grouped_zoom;     /* zoom the groups were made for, -1 for none */
  ScmCentreFilter *filter;
  ScmCentre *selected;
};

static void place_layer_iface_init (ScmPlaceLayerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ScmPointLayer, scm_point_layer, SHUMATE_TYPE_LAYER,
                               G_IMPLEMENT_INTERFACE (SCM_TYPE_PLACE_LAYER, place_layer_iface_init))

static int
current_zoom (ScmPointLayer *self)
{
  return (int)floor (shumate_viewport_get_zoom_level (shumate_layer_get_viewport (SHUMATE_LAYER (self))));
}

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  double ax = ((const Group *)a)->x, bx = ((const Group *)b)->x;
  return (ax > bx) - (ax < bx);
}

/* One pass over the shown places: each falls into a grid cell of the zoom's
 * world, and each cell becomes a group. */
static void
make_groups (ScmPointLayer *self,
             int            zoom)
{
  double cells = SCM_GEO_TILE_SIZE * pow (2, zoom) / CELL_SIZE;
  g_autoptr(GHashTable) by_cell = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_array_set_size (self->groups, 0);
  g_array_set_size (keys, self->points->len);

  for (guint i = 0; i < self->points->len; i++)
    {
      const Point *point = &g_array_index (self->points, Point, i);
      gint64 *key = &g_array_index (keys, gint64, i);
      gpointer index;
      Group *group;

      if (self->filter != NULL && !scm_centre_filter_matches (self->filter, point->centre))
        continue;

      *key = (gint64)(point->x * cells) * 1000003 + (gint64)(point->y * cells);
      if (g_hash_table_lookup_extended (by_cell, key, NULL, &index))
        group = &g_array_index (self->groups, Group, GPOINTER_TO_UINT (index));
      else
        {
          Group fresh = { 0, 0, 0, point->centre };

          g_hash_table_insert (by_cell, key, GUINT_TO_POINTER (self->groups->len));
          g_array_append_val (self->groups, fresh);
          group = &g_array_index (self->groups, Group, self->groups->len - 1);
        }

      group->x += point->x;
      group->y += point->y;
      group->count++;
    }

  for (guint i = 0; i < self->groups->len; i++)
    {
      Group *group = &g_array_index (self->groups, Group, i);

      group->x /= group->count;
      group->y /= group->count;
    }

  g_array_sort (self->groups, compare_groups);
  self->grouped_zoom = zoom;
}

static void
ensure_groups (ScmPointLayer *self)
{
  int zoom = current_zoom (self);

  if (zoom != self->grouped_zoom)
    make_groups (self, zoom);
}

/* Index of the first group at or east of @x */
static guint
first_group_from (ScmPointLayer *self,
                  double         x)
{
  guint low = 0, high = self->groups->len;

  while (low < high)
    {
      guint middle = (low + high) / 2;

      if (g_array_index (self->groups, Group, middle).x < x)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/* Calls @func for each group in view, with its widget position */
static void
foreach_group_in_view (ScmPointLayer *self,
                       void (*func) (ScmPointLayer *self, const Group *group, double x, double y, gpointer data),
                       gpointer       data)
{
  ScmMapTransform transform;
  double west, north, east, south, margin;

  scm_map_transform_from_viewport (&transform, shumate_layer_get_viewport (SHUMATE_LAYER (self)),
                                   gtk_widget_get_width (GTK_WIDGET (self)),
                                   gtk_widget_get_height (GTK_WIDGET (self)));
  scm_map_transform_get_bounds (&transform, &west, &north, &east, &south);
  margin = CELL_SIZE / transform.world;

  ensure_groups (self);

  /* Every copy of the world in view, k worlds to the east: across ±180° too */
  for (int k = (int)floor (west - margin); k <= (int)floor (east + margin); k++)
    for (guint i = first_group_from (self, west - margin - k); i < self->groups->len; i++)
      {
        const Group *group = &g_array_index (self->groups, Group, i);
        double x, y;

        if (group->x + k > east + margin)
          break;
        if (group->y < north - margin || group->y > south + margin)
          continue;
        scm_map_transform_apply (&transform, group->x + k, group->y, &x, &y);
        func (self, group, x, y, data);
      }
}

static void
draw_group (ScmPointLayer *self,
            const Group   *group,
            double         x,
            double         y,
            gpointer       data)
{
  cairo_t *cr = data;

  if (group->count == 1)
    {
      ScmField *field = scm_centre_get_field (group->first);

      cairo_new_path (cr);
      if (group->first == self->selected)
        {
          cairo_arc (cr, x, y, SYMBOL_RADIUS + 5, 0, 2 * G_PI);
          cairo_set_source_rgb (cr, 0.21, 0.52, 0.89);
          cairo_fill (cr);
        }
      scm_field_symbol_draw (cr, field, x, y, SYMBOL_RADIUS);
    }
  else
    {
      g_autofree char *count = g_strdup_printf ("%u", group->count);
      double radius = MIN (11 + 4 * log10 (group->count), CELL_SIZE / 2 - 1);
      PangoLayout *layout = pango_cairo_create_layout (cr);
      PangoFontDescription *font = pango_font_description_from_string ("Sans Bold 9");
      int width, height;

      pango_layout_set_font_description (layout, font);
      pango_font_description_free (font);
      cairo_new_path (cr);
      cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
      cairo_set_source_rgba (cr, 0.11, 0.16, 0.20, 0.85);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);

      pango_layout_set_text (layout, count, -1);
      pango_layout_get_pixel_size (layout, &width, &height);
      cairo_move_to (cr, x - width / 2.0, y - height / 2.0);
      pango_cairo_show_layout (cr, layout);
      g_object_unref (layout);
    }
}

static void
scm_point_layer_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  ScmPointLayer *self = SCM_POINT_LAYER (widget);
  cairo_t *cr;

  if (self->points->len == 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                                 gtk_widget_get_height (widget)));
  foreach_group_in_view (self, draw_group, cr);
  cairo_destroy (cr);
}

typedef struct
{
  double x, y, best;
  const Group *found;
} Hit;

static void
hit_group (ScmPointLayer *self,
           const Group   *group,
           double         x,
           double         y,
           gpointer       data)
{
  Hit *hit = data;
  double distance = hypot (hit->x - x, hit->y - y);

  if (distance < hit->best)
    {
      hit->best = distance;
      hit->found = group;
    }
}

static void
pressed (GtkGestureClick *gesture,
         int              n_press,
         double           x,
         double           y,
         ScmPointLayer   *self)
{
  Hit hit = { x, y, HIT_RADIUS + 12, NULL };
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  GtkWidget *map = gtk_widget_get_ancestor (GTK_WIDGET (self), SHUMATE_TYPE_MAP);

  foreach_group_in_view (self, hit_group, &hit);
  if (hit.found == NULL)
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  if (hit.found->count == 1)
    scm_place_layer_centre_activated (SCM_PLACE_LAYER (self), hit.found->first);
  else if (map != NULL)
    /* A bubble opens: zoom in on it until its places part */
    shumate_map_go_to_full_with_duration (SHUMATE_MAP (map),
                                          scm_geo_y_to_latitude (hit.found->y),
                                          scm_geo_x_to_longitude (hit.found->x),
                                          MIN (shumate_viewport_get_zoom_level (viewport) + 2,
                                               shumate_viewport_get_max_zoom_level (viewport)),
                                          400);
}

static void
regroup (ScmPointLayer *self)
{
  self->grouped_zoom = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
scm_point_layer_constructed (GObject *object)
{
  ScmPointLayer *self = (ScmPointLayer *)object;

  G_OBJECT_CLASS (scm_point_layer_parent_class)->constructed (object);

  g_signal_connect_object (shumate_layer_get_viewport (SHUMATE_LAYER (self)), "notify",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

static void
scm_point_layer_dispose (GObject *object)
{
  ScmPointLayer *self = (ScmPointLayer *)object;

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_clear_object (&self->filter);
  g_clear_object (&self->selected);
  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->groups, g_array_unref);

  G_OBJECT_CLASS (scm_point_layer_parent_class)->dispose (object);
}

static void
scm_point_layer_class_init (ScmPointLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = scm_point_layer_constructed;
  object_class->dispose = scm_point_layer_dispose;
  widget_class->snapshot = scm_point_layer_snapshot;
}

static void
clear_point (gpointer data)
{
  g_clear_object (&((Point *)data)->centre);
}

static void
scm_point_layer_init (ScmPointLayer *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  self->points = g_array_new (FALSE, FALSE, sizeof (Point));
  g_array_set_clear_func (self->points, clear_point);
  self->groups = g_array_new (FALSE, FALSE, sizeof (Group));
  self->grouped_zoom = -1;

  g_signal_connect (click, "pressed", G_CALLBACK (pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

ScmPointLayer *
scm_point_layer_new (ShumateViewport *viewport)
{
  return g_object_new (SCM_TYPE_POINT_LAYER, "viewport", viewport, NULL);
}

/* Draws the places of @places (ScmCentre) */
void
scm_point_layer_add_places (ScmPointLayer *self,
                            GListModel    *places)
{
  g_return_if_fail (SCM_IS_POINT_LAYER (self));

  for (guint i = 0; i < g_list_model_get_n_items (places); i++)
    {
      ScmCentre *centre = g_list_model_get_item (places, i);
      Point point = {
        scm_geo_longitude_to_x (scm_centre_get_longitude (centre)),
        scm_geo_latitude_to_y (scm_centre_get_latitude (centre)),
        centre,
      };

      g_array_append_val (self->points, point);
    }

  regroup (self);
}

void
scm_point_layer_set_filter (ScmPointLayer   *self,
                            ScmCentreFilter *filter)
{
  g_return_if_fail (SCM_IS_POINT_LAYER (self));

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_set_object (&self->filter, filter);
  if (filter != NULL)
    g_signal_connect_swapped (filter, "changed", G_CALLBACK (regroup), self);
  regroup (self);
}

void
scm_point_layer_set_selected (ScmPointLayer *self,
                              ScmCentre     *centre)
{
  g_return_if_fail (SCM_IS_POINT_LAYER (self));

  if (g_set_object (&self->selected, centre))
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Groups drawn at the current zoom (a bubble counts once), for tests */
guint
scm_point_layer_get_n_groups (ScmPointLayer *self)
{
  g_return_val_if_fail (SCM_IS_POINT_LAYER (self), 0);
  ensure_groups (self);
  return self->groups->len;
}

/* Places that pass the filter */
guint
scm_point_layer_get_n_shown (ScmPointLayer *self)
{
  guint n_shown = 0;

  g_return_val_if_fail (SCM_IS_POINT_LAYER (self), 0);
  ensure_groups (self);
  for (guint i = 0; i < self->groups->len; i++)
    n_shown += g_array_index (self->groups, Group, i).count;
  return n_shown;
}

static ShumateLayer *
point_layer_get_layer (ScmPlaceLayer *layer)
{
  return SHUMATE_LAYER (layer);
}

static void
point_layer_add_places (ScmPlaceLayer *layer,
                        GListModel    *places)
{
  scm_point_layer_add_places (SCM_POINT_LAYER (layer), places);
}

static void
point_layer_set_filter (ScmPlaceLayer   *layer,
                        ScmCentreFilter *filter)
{
  scm_point_layer_set_filter (SCM_POINT_LAYER (layer), filter);
}

static void
point_layer_set_selected (ScmPlaceLayer *layer,
                          ScmCentre     *centre)
{
  scm_point_layer_set_selected (SCM_POINT_LAYER (layer), centre);
}

static guint
point_layer_get_n_shown (ScmPlaceLayer *layer)
{
  return scm_point_layer_get_n_shown (SCM_POINT_LAYER (layer));
}

/* Points are drawn at one size, take no focus and are no widgets: those
 * calls of the interface are left out */
static void
place_layer_iface_init (ScmPlaceLayerInterface *iface)
{
  iface->get_layer = point_layer_get_layer;
  iface->add_places = point_layer_add_places;
  iface->set_filter = point_layer_set_filter;
  iface->set_selected = point_layer_set_selected;
  iface->get_n_shown = point_layer_get_n_shown;
}
