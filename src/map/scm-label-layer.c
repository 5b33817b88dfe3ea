/* scm-label-layer.c
 *
 * Names are placed (scm-label-placement.c) when the zoom, the shown places,
 * the size or presenting change, or after a pan of a third of the map; in
 * between, each name keeps its offset from its place and only moves with the
 * map: names and lines are drawn once into render nodes that each frame
 * only translates. Names are drawn, not widgets: the markers already tell screen readers
 * who they are, and this layer takes no pointer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "scm-basemap-source.h"
#include "scm-geo.h"
#include "scm-label-layer.h"
#include "scm-label-placement.h"
#include "scm-map-transform.h"
#include "scm-pixel-node.h"

/* Names: semi-bold at a desk, bold and large enough for the back of a room */
#define PRESENTING_TEXT_SIZE 21      /* on a 768-pixel-high projector; taller screens, larger */
#define PROJECTOR_HEIGHT 768.0
#define HALO 3.0
#define PRESENTING_HALO 4.0
/* Keep names this far inside the map's edges */
#define EDGE 4.0
/* The map is at rest when its view has not changed for this long */
#define SETTLE_MS 250
/* At a desk, names show once this share of the places in view can have one */
#define MIN_SHARE_LABELLED 0.5

typedef struct
{
  guint index;            /* into centres */
  double marker_dx;       /* where the marker is drawn, from its place */
  double marker_dy;
  double radius;          /* half the marker's size */
  gboolean labelled;
  double label_dx;        /* the name's top-left corner, from its place */
  double label_dy;
  gboolean label_away;    /* the name stands off its marker: a line joins them */
  GskRenderNode *lines;   /* the lines to the marker and to the name, drawn once,
                           * from the place at 0, 0; NULL until needed */
  gboolean lines_to_name; /* whether lines has the line to the name */
} Shown;

static void
clear_shown (gpointer data)
{
  Shown *shown = data;

  g_clear_pointer (&shown->lines, gsk_render_node_unref);
}

struct _ScmLabelLayer
{
  ShumateLayer parent_instance;

  ScmPlaceLayer *places;
  GPtrArray *centres;     /* ScmCentre: every place that may be named */
  GPtrArray *layouts;     /* PangoLayout or NULL, parallel to centres */
  GPtrArray *name_nodes;  /* GskRenderNode or NULL, parallel to centres: each name
                           * drawn once, its box's corner at 0, 0, whatever its place */
  GArray *shown;          /* Shown: the shown places at the last placement */
  GPtrArray *avoided;     /* GtkWidget: what names must not cover */
  ScmBasemapSource *basemap_source;  /* whose names of cities and countries ours leave readable */
  char **highlighted;
  gboolean presenting;
  gboolean on_dark;
  gboolean names_shown;   /* the rule for a desk said yes, or presenting */
  gboolean drawn_as_vectors;  /* the kept nodes were drawn for a file */
  int drawn_scale;            /* the scale factor they were drawn at */
  double text_size;       /* of the layouts made so far; 0: the interface's */

  /* What the placement was made for */
  gboolean placed;
  int placed_quarters;
  int placed_width;
  int placed_height;
  double placed_x;        /* the viewport's centre, unit square */
  double placed_y;
  double placed_zoom;
  guint settle_source;    /* places again once the map rests */

};

G_DEFINE_FINAL_TYPE (ScmLabelLayer, scm_label_layer, SHUMATE_TYPE_LAYER)

static double
halo_width (ScmLabelLayer *self)
{
  return self->presenting ? PRESENTING_HALO : HALO;
}

static PangoLayout *
get_layout (ScmLabelLayer *self,
            guint          index)
{
  ScmCentre *centre = g_ptr_array_index (self->centres, index);
  g_autoptr(PangoFontDescription) font = NULL;
  PangoLayout *layout;

  if (g_ptr_array_index (self->layouts, index) != NULL)
    return g_ptr_array_index (self->layouts, index);

  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), scm_centre_get_short_name (centre));
  font = pango_font_description_copy (pango_context_get_font_description (pango_layout_get_context (layout)));
  if (self->text_size > 0)
    pango_font_description_set_absolute_size (font, self->text_size * PANGO_SCALE);
  pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  g_ptr_array_index (self->layouts, index) = layout;
  return layout;
}

static void
forget_name_nodes (ScmLabelLayer *self)
{
  for (guint i = 0; i < self->name_nodes->len; i++)
    g_clear_pointer ((GskRenderNode **)&g_ptr_array_index (self->name_nodes, i), gsk_render_node_unref);
}

static void
clear_layouts (ScmLabelLayer *self)
{
  for (guint i = 0; i < self->layouts->len; i++)
    g_clear_object ((PangoLayout **)&g_ptr_array_index (self->layouts, i));
  forget_name_nodes (self);
}

/* The size a name takes with its halo */
static void
label_size (ScmLabelLayer *self,
            guint          index,
            double        *width,
            double        *height)
{
  PangoRectangle logical;

  pango_layout_get_pixel_extents (get_layout (self, index), NULL, &logical);
  *width = logical.width + 2 * halo_width (self);
  *height = logical.height + 2 * halo_width (self);
}

static gboolean
is_highlighted (ScmLabelLayer *self,
                ScmCentre     *centre)
{
  return self->highlighted != NULL && g_strv_contains ((const char * const *)self->highlighted,
                                                       scm_centre_get_id (centre));
}

static void
place_in_unit (ScmCentre *centre,
               double    *x,
               double    *y)
{
  *x = scm_geo_longitude_to_x (scm_centre_get_longitude (centre));
  *y = scm_geo_latitude_to_y (scm_centre_get_latitude (centre));
}

/* The shown places, with their markers as drawn now */
static void
collect_shown (ScmLabelLayer *self)
{
  g_array_set_size (self->shown, 0);
  for (guint i = 0; i < self->centres->len; i++)
    {
      ScmCentre *centre = g_ptr_array_index (self->centres, i);
      GtkWidget *marker = scm_place_layer_get_place_widget (self->places, centre);
      Shown shown = { .index = i };
      int size = 0;

      if (!scm_place_layer_get_place_offset (self->places, centre, &shown.marker_dx, &shown.marker_dy))
        continue;
      if (marker != NULL)
        gtk_widget_get_size_request (marker, &size, NULL);
      shown.radius = MAX (size, 8) / 2.0;
      g_array_append_val (self->shown, shown);
    }
}

/* What lies over the map (legend, caption, pin) in this layer's pixels */
static GArray *
collect_obstacles (ScmLabelLayer *self)
{
  GArray *obstacles = g_array_new (FALSE, FALSE, sizeof (ScmLabelRect));

  for (guint i = 0; i < self->avoided->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (self->avoided, i);
      graphene_rect_t bounds;

      if (gtk_widget_is_drawable (widget) &&
          gtk_widget_compute_bounds (widget, GTK_WIDGET (self), &bounds))
        {
          ScmLabelRect rect = { bounds.origin.x, bounds.origin.y, bounds.size.width, bounds.size.height };
          g_array_append_val (obstacles, rect);
        }
    }
  return obstacles;
}

/* Where the basemap writes names in this layer's pixels (no rotation: the
 * boxes are kept upright) */
static GArray *
collect_map_names (ScmLabelLayer         *self,
                   const ScmMapTransform *t,
                   double                 width,
                   double                 height)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  GArray *names = g_array_new (FALSE, FALSE, sizeof (ScmLabelRect));
  g_autoptr(GArray) boxes = NULL;
  guint zoom;
  double world;

  if (self->basemap_source == NULL)
    return names;

  zoom = (guint)CLAMP (floor (shumate_viewport_get_zoom_level (viewport)), 0, SCM_BASEMAP_MAX_ZOOM);
  boxes = scm_basemap_source_get_name_boxes (self->basemap_source, zoom);
  world = SCM_GEO_TILE_SIZE * (double)(1u << zoom);
  for (guint i = 0; i < boxes->len; i++)
    {
      const ScmLabelBox *box = &g_array_index (boxes, ScmLabelBox, i);
      ScmLabelRect rect;

      scm_map_transform_apply_nearest (t, box->x0 / world, box->y0 / world, &rect.x, &rect.y);
      rect.width = (box->x1 - box->x0) * t->world / world;
      rect.height = (box->y1 - box->y0) * t->world / world;
      if (rect.x < width && rect.y < height && rect.x + rect.width > 0 && rect.y + rect.height > 0)
        g_array_append_val (names, rect);
    }
  return names;
}

/* Places the names of @items clear of @obstacles and, where they can, of
 * the basemap's @map_names (or NULL); TRUE when the share of the places in view that
 * have a name is the one a desk asks for */
static gboolean
place_items (ScmLabelLayer      *self,
             const ScmLabelItem *items,
             const GArray       *obstacles,
             const GArray       *map_names,
             double              width,
             double              height)
{
  const ScmLabelRect bounds = { EDGE, EDGE, width - 2 * EDGE, height - 2 * EDGE };
  g_autofree ScmLabelSpot *spots = g_new0 (ScmLabelSpot, MAX (self->shown->len, 1));
  guint n_in_view = 0, n_labelled = 0;

  scm_label_placement_place (items, self->shown->len, (const ScmLabelRect *)obstacles->data,
                             obstacles->len, map_names ? (const ScmLabelRect *)map_names->data : NULL,
                             map_names ? map_names->len : 0, &bounds,
                             gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL, spots);

  for (guint i = 0; i < self->shown->len; i++)
    {
      Shown *shown = &g_array_index (self->shown, Shown, i);
      gboolean in_view = items[i].x >= 0 && items[i].y >= 0 && items[i].x <= width && items[i].y <= height;

      shown->labelled = spots[i].placed;
      shown->label_dx = spots[i].x - (items[i].x - shown->marker_dx);
      shown->label_dy = spots[i].y - (items[i].y - shown->marker_dy);
      shown->label_away = spots[i].away;
      n_in_view += in_view;
      n_labelled += in_view && spots[i].placed;
    }
  return n_in_view > 0 && n_labelled >= MIN_SHARE_LABELLED * n_in_view;
}

static void
place_labels (ScmLabelLayer         *self,
              const ScmMapTransform *t,
              double                 width,
              double                 height)
{
  g_autoptr(GArray) obstacles = collect_obstacles (self);
  g_autoptr(GArray) map_names = NULL;
  g_autofree ScmLabelItem *items = NULL;

  collect_shown (self);
  items = g_new0 (ScmLabelItem, MAX (self->shown->len, 1));
  for (guint i = 0; i < self->shown->len; i++)
    {
      Shown *shown = &g_array_index (self->shown, Shown, i);
      ScmCentre *centre = g_ptr_array_index (self->centres, shown->index);
      double x, y;

      place_in_unit (centre, &x, &y);
      scm_map_transform_apply_nearest (t, x, y, &x, &y);
      items[i].x = x + shown->marker_dx;
      items[i].y = y + shown->marker_dy;
      items[i].radius = shown->radius;
      items[i].important = is_highlighted (self, centre);
      label_size (self, shown->index, &items[i].width, &items[i].height);
    }

  /* At a desk names show only where most places can have one. The basemap's
   * names change where ours go (a spot over them is still taken when no
   * other is free), hardly whether they go: that is first asked without
   * them, whose measuring at a new zoom takes long, so that a world view
   * with too many places to name never measures them */
  if (!self->presenting && !place_items (self, items, obstacles, NULL, width, height))
    {
      self->names_shown = FALSE;
      return;
    }

  map_names = collect_map_names (self, t, width, height);
  self->names_shown = place_items (self, items, obstacles, map_names, width, height) || self->presenting;
}

/* Names for the back of a room are as large a share of the screen on a
 * 1080-line projector as on a 768-line one; at a desk, names are in the
 * interface's own font, whose glyphs the window has already measured */
static void
update_text_size (ScmLabelLayer *self,
                  int            height)
{
  double size = self->presenting ? round (PRESENTING_TEXT_SIZE * MAX (1, height / PROJECTOR_HEIGHT)) : 0;

  if (size != self->text_size)
    {
      clear_layouts (self);
      self->text_size = size;
    }
}

/* Places the names again when what they were placed for has changed */
static void
ensure_placement (ScmLabelLayer *self)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  int width = gtk_widget_get_width (GTK_WIDGET (self)), height = gtk_widget_get_height (GTK_WIDGET (self));
  int quarters = (int)round (shumate_viewport_get_zoom_level (viewport) * 4);
  ScmMapTransform t;
  double panned;

  if (width <= 0 || height <= 0)
    return;

  scm_map_transform_from_viewport (&t, viewport, width, height);
  panned = hypot (t.centre_x - self->placed_x, t.centre_y - self->placed_y) * t.world;
  if (self->placed && quarters == self->placed_quarters && width == self->placed_width &&
      height == self->placed_height && panned < MIN (width, height) / 3.0)
    return;

  update_text_size (self, height);
  place_labels (self, &t, width, height);
  self->placed = TRUE;
  self->placed_quarters = quarters;
  self->placed_width = width;
  self->placed_height = height;
  self->placed_x = t.centre_x;
  self->placed_y = t.centre_y;
  self->placed_zoom = shumate_viewport_get_zoom_level (viewport);
}

/* Where the map comes to rest after a flight or a pan, the names are placed
 * for that view: one placed on the way could have left out a place that was
 * not yet in view */
static gboolean
settle (gpointer user_data)
{
  ScmLabelLayer *self = user_data;
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  double x = scm_geo_longitude_to_x (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)));
  double y = scm_geo_latitude_to_y (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)));

  self->settle_source = 0;
  if (self->placed && (self->placed_zoom != shumate_viewport_get_zoom_level (viewport) ||
                       fabs (x - self->placed_x) > 1e-9 || fabs (y - self->placed_y) > 1e-9))
    {
      self->placed = FALSE;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  return G_SOURCE_REMOVE;
}

static void
set_source_text_alpha (ScmLabelLayer *self,
                       cairo_t       *cr,
                       gboolean       halo,
                       double         alpha)
{
  /* Dark names with a light halo on the light map, and the other way round */
  gboolean light = self->on_dark != halo;

  if (light)
    cairo_set_source_rgba (cr, 0.98, 0.98, 0.96, alpha);
  else
    cairo_set_source_rgba (cr, 0.11, 0.11, 0.13, alpha);
}

static void
set_source_text (ScmLabelLayer *self,
                 cairo_t       *cr,
                 gboolean       halo)
{
  set_source_text_alpha (self, cr, halo, halo ? 0.9 : 1);
}

static void
stroke_leader (ScmLabelLayer *self,
               cairo_t       *cr,
               const Shown   *shown,
               double         x,
               double         y,
               gboolean       halo)
{
  double length = hypot (shown->marker_dx, shown->marker_dy);
  double end = (length - shown->radius) / length;
  double dot = (self->presenting ? 3.5 : 2.5) + (halo ? 1 : 0);

  set_source_text (self, cr, halo);
  cairo_set_line_width (cr, halo ? 3.5 : 1.5);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + shown->marker_dx * end, y + shown->marker_dy * end);
  cairo_stroke (cr);
  cairo_arc (cr, x, y, dot, 0, 2 * G_PI);
  cairo_fill (cr);
}

/* A thin line from a marker that moved aside back to a dot at its place */
static void
draw_leader (ScmLabelLayer *self,
             cairo_t       *cr,
             const Shown   *shown,
             double         x,
             double         y)
{
  stroke_leader (self, cr, shown, x, y, TRUE);
  stroke_leader (self, cr, shown, x, y, FALSE);
}

/* A rounded card under a name while presenting: the name stays readable over
 * borders, lines and city names, from the back of a room */
static void
fill_card (ScmLabelLayer *self,
           cairo_t       *cr,
           double         x,
           double         y,
           double         width,
           double         height)
{
  double r = height / 4;

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + width - r, y + height - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + height - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  set_source_text_alpha (self, cr, TRUE, 0.94);
  cairo_fill (cr);
}

/* The name of centres[@index], its box's corner at 0, 0 */
static void
draw_name (ScmLabelLayer *self,
           cairo_t       *cr,
           guint          index)
{
  PangoLayout *layout = get_layout (self, index);
  double pad = halo_width (self);
  PangoRectangle logical;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  if (self->presenting)
    fill_card (self, cr, 0.5, 0.5, logical.width + 2 * pad - 1, logical.height + 2 * pad - 1);
  cairo_move_to (cr, round (pad - logical.x), round (pad - logical.y));
  cairo_save (cr);
  pango_cairo_layout_path (cr, layout);
  if (!self->presenting)
    {
      set_source_text (self, cr, TRUE);
      cairo_set_line_width (cr, 2 * pad);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke_preserve (cr);
    }
  set_source_text (self, cr, FALSE);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* The line from a marker to its name standing off it, ending at the name's
 * nearest edge */
static void
draw_name_line (ScmLabelLayer *self,
                cairo_t       *cr,
                const Shown   *shown,
                double         width,
                double         height)
{
  double from_x = shown->marker_dx, from_y = shown->marker_dy;
  double to_x = CLAMP (from_x, shown->label_dx, shown->label_dx + width);
  double to_y = CLAMP (from_y, shown->label_dy, shown->label_dy + height);
  double length = hypot (to_x - from_x, to_y - from_y);

  if (length <= shown->radius)
    return;
  from_x += (to_x - from_x) * shown->radius / length;
  from_y += (to_y - from_y) * shown->radius / length;
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_move_to (cr, from_x, from_y);
  cairo_line_to (cr, to_x, to_y);
  set_source_text (self, cr, TRUE);
  cairo_set_line_width (cr, 4);
  cairo_stroke_preserve (cr);
  set_source_text (self, cr, FALSE);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
}

static gboolean
has_leader (const Shown *shown)
{
  return hypot (shown->marker_dx, shown->marker_dy) >= shown->radius;
}

/* The line back home from a marker that moved aside, and the line from the
 * marker to its name standing off it (@to_name), drawn once with the place
 * at 0, 0 */
static GskRenderNode *
create_lines_node (ScmLabelLayer *self,
                   const Shown   *shown,
                   gboolean       to_name)
{
  const double room = 8;
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (MIN (0, shown->marker_dx) - room, MIN (0, shown->marker_dy) - room,
                                               fabs (shown->marker_dx) + 2 * room, fabs (shown->marker_dy) + 2 * room);
  double width, height;
  cairo_t *cr;

  label_size (self, shown->index, &width, &height);
  if (to_name)
    graphene_rect_union (&bounds, &GRAPHENE_RECT_INIT (shown->label_dx - room, shown->label_dy - room,
                                                       width + 2 * room, height + 2 * room), &bounds);
  cr = scm_pixel_node_begin (&bounds, gtk_widget_get_scale_factor (GTK_WIDGET (self)));
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  if (has_leader (shown))
    draw_leader (self, cr, shown, 0, 0);
  if (to_name)
    draw_name_line (self, cr, shown, width, height);
  return scm_pixel_node_end (cr);
}

/* The lines of @shown, drawn once for each placement */
static GskRenderNode *
lookup_lines_node (ScmLabelLayer *self,
                   Shown         *shown,
                   gboolean       to_name)
{
  if (shown->lines == NULL || shown->lines_to_name != to_name)
    {
      g_clear_pointer (&shown->lines, gsk_render_node_unref);
      shown->lines_to_name = to_name;
      shown->lines = create_lines_node (self, shown, to_name);
    }
  return shown->lines;
}

/* The name of centres[@index] with its halo or card, drawn once */
static GskRenderNode *
lookup_name_node (ScmLabelLayer *self,
                  guint          index)
{
  GskRenderNode **node = (GskRenderNode **)&g_ptr_array_index (self->name_nodes, index);
  double width, height;
  cairo_t *cr;

  if (*node == NULL)
    {
      label_size (self, index, &width, &height);
      cr = scm_pixel_node_begin (&GRAPHENE_RECT_INIT (-1, -1, width + 3, height + 3),
                                 gtk_widget_get_scale_factor (GTK_WIDGET (self)));
      draw_name (self, cr, index);
      *node = scm_pixel_node_end (cr);
    }
  return *node;
}

static void
forget_drawn_nodes (ScmLabelLayer *self)
{
  for (guint i = 0; i < self->shown->len; i++)
    clear_shown (&g_array_index (self->shown, Shown, i));
  forget_name_nodes (self);
}

static void
append_at (GtkSnapshot   *snapshot,
           GskRenderNode *node,
           double         x,
           double         y)
{
  gtk_snapshot_save (snapshot);
  /* Whole pixels: the cached drawing stays sharp */
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (round (x), round (y)));
  gtk_snapshot_append_node (snapshot, node);
  gtk_snapshot_restore (snapshot);
}

static void
scm_label_layer_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  ScmLabelLayer *self = SCM_LABEL_LAYER (widget);
  double width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  ScmMapTransform t;

  ensure_placement (self);
  if (self->shown->len == 0)
    return;
  if (self->drawn_as_vectors != scm_pixel_node_drawing_vectors () ||
      self->drawn_scale != gtk_widget_get_scale_factor (widget))
    {
      forget_drawn_nodes (self);
      self->drawn_as_vectors = scm_pixel_node_drawing_vectors ();
      self->drawn_scale = gtk_widget_get_scale_factor (widget);
    }

  scm_map_transform_from_viewport (&t, shumate_layer_get_viewport (SHUMATE_LAYER (self)), width, height);
  /* Lines first, so that no line crosses a name */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->shown->len; i++)
      {
        Shown *shown = &g_array_index (self->shown, Shown, i);
        gboolean named = shown->labelled && self->names_shown;
        gboolean to_name = named && shown->label_away;
        double x, y;

        place_in_unit (g_ptr_array_index (self->centres, shown->index), &x, &y);
        scm_map_transform_apply_nearest (&t, x, y, &x, &y);
        if (x < -width || x > 2 * width || y < -height || y > 2 * height)
          continue;
        if (pass == 0 && (has_leader (shown) || to_name))
          append_at (snapshot, lookup_lines_node (self, shown, to_name), x, y);
        else if (pass == 1 && named)
          append_at (snapshot, lookup_name_node (self, shown->index), round (x) + round (shown->label_dx),
                     round (y) + round (shown->label_dy));
      }
}

static void
viewport_changed (ScmLabelLayer *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_clear_handle_id (&self->settle_source, g_source_remove);
  self->settle_source = g_timeout_add (SETTLE_MS, settle, self);
}

static void
scm_label_layer_constructed (GObject *object)
{
  ScmLabelLayer *self = (ScmLabelLayer *)object;

  G_OBJECT_CLASS (scm_label_layer_parent_class)->constructed (object);
  g_signal_connect_object (shumate_layer_get_viewport (SHUMATE_LAYER (self)), "notify",
                           G_CALLBACK (viewport_changed), self, G_CONNECT_SWAPPED);
}

static void
scm_label_layer_dispose (GObject *object)
{
  ScmLabelLayer *self = (ScmLabelLayer *)object;

  scm_label_layer_clear (self);
  g_clear_handle_id (&self->settle_source, g_source_remove);
  g_ptr_array_set_size (self->avoided, 0);
  g_clear_object (&self->places);
  g_clear_object (&self->basemap_source);
  g_clear_pointer (&self->highlighted, g_strfreev);
  G_OBJECT_CLASS (scm_label_layer_parent_class)->dispose (object);
}

static void
scm_label_layer_finalize (GObject *object)
{
  ScmLabelLayer *self = (ScmLabelLayer *)object;

  g_ptr_array_unref (self->avoided);
  g_ptr_array_unref (self->centres);
  g_ptr_array_unref (self->layouts);
  g_ptr_array_unref (self->name_nodes);
  g_array_unref (self->shown);
  G_OBJECT_CLASS (scm_label_layer_parent_class)->finalize (object);
}

static void
scm_label_layer_class_init (ScmLabelLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = scm_label_layer_constructed;
  object_class->dispose = scm_label_layer_dispose;
  object_class->finalize = scm_label_layer_finalize;
  GTK_WIDGET_CLASS (klass)->snapshot = scm_label_layer_snapshot;
}

static void
scm_label_layer_init (ScmLabelLayer *self)
{
  self->centres = g_ptr_array_new_with_free_func (g_object_unref);
  self->layouts = g_ptr_array_new ();
  self->name_nodes = g_ptr_array_new ();
  self->shown = g_array_new (FALSE, FALSE, sizeof (Shown));
  g_array_set_clear_func (self->shown, clear_shown);
  self->avoided = g_ptr_array_new_with_free_func (g_object_unref);
  self->text_size = 0;
  /* Names are decorative: the pointer and screen readers go to the markers */
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
}

ScmLabelLayer *
scm_label_layer_new (ShumateViewport *viewport,
                     ScmPlaceLayer   *places)
{
  ScmLabelLayer *self = g_object_new (SCM_TYPE_LABEL_LAYER, "viewport", viewport, NULL);

  self->places = g_object_ref (places);
  return self;
}

/* Names these places (ScmCentre) too, when they are shown */
void
scm_label_layer_add_places (ScmLabelLayer *self,
                            GListModel    *places)
{
  g_return_if_fail (SCM_IS_LABEL_LAYER (self));

  for (guint i = 0; i < g_list_model_get_n_items (places); i++)
    {
      g_ptr_array_add (self->centres, g_list_model_get_item (places, i));
      g_ptr_array_add (self->layouts, NULL);
      g_ptr_array_add (self->name_nodes, NULL);
    }
  scm_label_layer_invalidate (self);
}

void
scm_label_layer_clear (ScmLabelLayer *self)
{
  g_return_if_fail (SCM_IS_LABEL_LAYER (self));

  clear_layouts (self);
  g_ptr_array_set_size (self->layouts, 0);
  g_ptr_array_set_size (self->name_nodes, 0);
  g_ptr_array_set_size (self->centres, 0);
  g_array_set_size (self->shown, 0);
  scm_label_layer_invalidate (self);
}

/* Names never cover @widget (a legend, a caption, a pin over the map) */
void
scm_label_layer_avoid (ScmLabelLayer *self,
                       GtkWidget     *widget)
{
  g_return_if_fail (SCM_IS_LABEL_LAYER (self));

  g_ptr_array_add (self->avoided, g_object_ref (widget));
}

/* Names are placed clear of the names that @source writes on the map, where
 * they find room */
void
scm_label_layer_set_basemap_source (ScmLabelLayer    *self,
                                    ScmBasemapSource *source)
{
  g_return_if_fail (SCM_IS_LABEL_LAYER (self));

  if (g_set_object (&self->basemap_source, source))
    scm_label_layer_invalidate (self);
}

/* Larger names, always shown */
void
scm_label_layer_set_presenting (ScmLabelLayer *self,
                                gboolean       presenting)
{
  g_return_if_fail (SCM_IS_LABEL_LAYER (self));

  if (self->presenting == presenting)
    return;
  self->presenting = presenting;
  clear_layouts (self);
  scm_label_layer_invalidate (self);
}

void
scm_label_layer_set_on_dark (ScmLabelLayer *self,
                             gboolean       on_dark)
{
  g_return_if_fail (SCM_IS_LABEL_LAYER (self));
  self->on_dark = on_dark;
  forget_drawn_nodes (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The places with these ids are named first (the meeting's co-organisers) */
void
scm_label_layer_set_highlighted (ScmLabelLayer      *self,
                                 const char * const *ids)
{
  g_return_if_fail (SCM_IS_LABEL_LAYER (self));

  g_strfreev (self->highlighted);
  self->highlighted = g_strdupv ((char **)ids);
  scm_label_layer_invalidate (self);
}

/* The shown places or their markers changed: place the names again */
void
scm_label_layer_invalidate (ScmLabelLayer *self)
{
  g_return_if_fail (SCM_IS_LABEL_LAYER (self));
  self->placed = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Whether @centre's name is on the map now */
gboolean
scm_label_layer_is_labelled (ScmLabelLayer *self,
                             ScmCentre     *centre)
{
  g_return_val_if_fail (SCM_IS_LABEL_LAYER (self), FALSE);

  ensure_placement (self);
  if (!self->names_shown)
    return FALSE;
  for (guint i = 0; i < self->shown->len; i++)
    {
      const Shown *shown = &g_array_index (self->shown, Shown, i);

      if (g_ptr_array_index (self->centres, shown->index) == centre)
        return shown->labelled;
    }
  return FALSE;
}
