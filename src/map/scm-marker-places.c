/* scm-marker-places.c
 *
 * A ShumateMarkerLayer with a ScmCentreButton per place. At each zoom (in
 * quarter steps, as framing zooms) a shown marker that would cover another
 * or the venue's pin moves to the nearest free spot around its place; the
 * label layer draws a line from there back home.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "scm-centre-button.h"
#include "scm-geo.h"
#include "scm-marker-layer.h"
#include "scm-marker-places.h"

struct _ScmMarkerPlaces
{
  GObject parent_instance;

  ScmMarkerLayer *layer;
  GPtrArray *places;      /* ScmCentre */
  GPtrArray *markers;     /* ShumateMarker holding a ScmCentreButton, parallel to places */
  ScmCentreFilter *filter;
  ScmCentre *selected;
  int symbol_size;
  int spread_zoom;        /* the zoom the markers were spread for, in quarters; -1 for none */
  GArray *offsets;        /* double x, y per place: where its marker is drawn, from its place */
  GArray *reserved;       /* double latitude, longitude, pixels up, clearance per spot */
};

/* Room around the symbol that the button takes (see scm-centre-button.c) */
#define BUTTON_PADDING 3

static void place_layer_iface_init (ScmPlaceLayerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ScmMarkerPlaces, scm_marker_places, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (SCM_TYPE_PLACE_LAYER, place_layer_iface_init))

static GtkWidget *
marker_button (ScmMarkerPlaces *self,
               guint            index)
{
  return shumate_marker_get_child (g_ptr_array_index (self->markers, index));
}

/* "ICHARM — Water — Tsukuba, Japan" */
static char *
describe_place (ScmCentre *centre)
{
  ScmField *field = scm_centre_get_field (centre);
  const char *kind = field ? _(scm_field_get_name (field)) : _("UNESCO affiliate");

  /* Translators: a marker's name for screen readers and its tooltip: the
   * centre's short name, its field, city and country: "ICHARM — Water — Tsukuba, Japan" */
  return g_strdup_printf (_("%s — %s — %s, %s"),
                          scm_centre_get_short_name (centre), kind,
                          scm_centre_get_city (centre), scm_centre_get_country_name (centre));
}

static double
button_size (ScmMarkerPlaces *self)
{
  return self->symbol_size + 2 * BUTTON_PADDING;
}

/* The reserved spots in pixels of a world @world wide: x, y, clearance */
static double *
reserved_spots (ScmMarkerPlaces *self,
                double           world)
{
  guint n = self->reserved->len / 4;
  double *spots = g_new (double, 3 * MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      const double *spot = &g_array_index (self->reserved, double, 4 * i);

      spots[3 * i] = scm_geo_longitude_to_x (spot[1]) * world;
      spots[3 * i + 1] = scm_geo_latitude_to_y (spot[0]) * world - spot[2];
      spots[3 * i + 2] = spot[3] + button_size (self) / 2;
    }
  return spots;
}

/* Markers closer than a button's width (and a little air) move aside */
static void
spread_markers (ScmMarkerPlaces *self)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self->layer));
  int quarters = (int)round (shumate_viewport_get_zoom_level (viewport) * 4);
  double world = SCM_GEO_TILE_SIZE * pow (2, quarters / 4.0);
  guint n = 0;
  g_autofree guint *shown = g_new (guint, MAX (self->places->len, 1));
  g_autofree double *points = g_new (double, 2 * MAX (self->places->len, 1));
  g_autofree double *offsets = g_new (double, 2 * MAX (self->places->len, 1));
  g_autofree double *fixed = NULL;

  if (quarters == self->spread_zoom)
    return;
  self->spread_zoom = quarters;

  g_array_set_size (self->offsets, 2 * self->places->len);
  if (self->offsets->len > 0)
    memset (self->offsets->data, 0, sizeof (double) * self->offsets->len);
  for (guint i = 0; i < self->markers->len; i++)
    {
      ScmCentre *centre = g_ptr_array_index (self->places, i);

      if (!gtk_widget_get_visible (g_ptr_array_index (self->markers, i)))
        continue;
      shown[n] = i;
      points[2 * n] = scm_geo_longitude_to_x (scm_centre_get_longitude (centre)) * world;
      points[2 * n + 1] = scm_geo_latitude_to_y (scm_centre_get_latitude (centre)) * world;
      n++;
    }

  fixed = reserved_spots (self, world);
  scm_geo_spread_points_around (points, n, button_size (self) + 2, fixed, self->reserved->len / 4, offsets);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *marker = g_ptr_array_index (self->markers, shown[i]);
      int dx = (int)round (offsets[2 * i]), dy = (int)round (offsets[2 * i + 1]);

      g_array_index (self->offsets, double, 2 * shown[i]) = dx;
      g_array_index (self->offsets, double, 2 * shown[i] + 1) = dy;
      /* The layer centres each marker on its location: margins on one side shift it. */
      gtk_widget_set_margin_start (marker, MAX (0, 2 * dx));
      gtk_widget_set_margin_end (marker, MAX (0, -2 * dx));
      gtk_widget_set_margin_top (marker, MAX (0, 2 * dy));
      gtk_widget_set_margin_bottom (marker, MAX (0, -2 * dy));
    }
}

static void
respread (ScmMarkerPlaces *self)
{
  self->spread_zoom = -1;
  spread_markers (self);
}

static void
apply_filter (ScmMarkerPlaces *self)
{
  for (guint i = 0; i < self->markers->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (self->markers, i),
                            self->filter == NULL ||
                            scm_centre_filter_matches (self->filter, g_ptr_array_index (self->places, i)));
  respread (self);
}

static void
marker_clicked (ScmCentreButton *button,
                ScmMarkerPlaces *self)
{
  scm_place_layer_centre_activated (SCM_PLACE_LAYER (self), scm_centre_button_get_centre (button));
}

static ShumateMarker *
create_marker (ScmMarkerPlaces *self,
               ScmCentre       *centre)
{
  ShumateMarker *marker = shumate_marker_new ();
  g_autofree char *description = describe_place (centre);
  GtkWidget *button = scm_centre_button_new (centre, description, self->symbol_size);

  g_signal_connect_object (button, "clicked", G_CALLBACK (marker_clicked), self, 0);
  shumate_marker_set_child (marker, button);
  shumate_location_set_location (SHUMATE_LOCATION (marker),
                                 scm_centre_get_latitude (centre),
                                 scm_centre_get_longitude (centre));
  return marker;
}

static ShumateLayer *
marker_places_get_layer (ScmPlaceLayer *layer)
{
  return SHUMATE_LAYER (SCM_MARKER_PLACES (layer)->layer);
}

static void
marker_places_add_places (ScmPlaceLayer *layer,
                          GListModel    *places)
{
  ScmMarkerPlaces *self = SCM_MARKER_PLACES (layer);

  for (guint i = 0; i < g_list_model_get_n_items (places); i++)
    {
      g_autoptr(ScmCentre) centre = g_list_model_get_item (places, i);
      ShumateMarker *marker = create_marker (self, centre);

      g_ptr_array_add (self->places, g_object_ref (centre));
      g_ptr_array_add (self->markers, marker);
      gtk_widget_set_visible (GTK_WIDGET (marker),
                              self->filter == NULL || scm_centre_filter_matches (self->filter, centre));
      scm_marker_layer_add_marker (self->layer, marker);
    }
  respread (self);
}

static void
marker_places_set_filter (ScmPlaceLayer   *layer,
                          ScmCentreFilter *filter)
{
  ScmMarkerPlaces *self = SCM_MARKER_PLACES (layer);

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_set_object (&self->filter, filter);
  if (filter != NULL)
    g_signal_connect_swapped (filter, "changed", G_CALLBACK (apply_filter), self);
  apply_filter (self);
}

static void
marker_places_set_selected (ScmPlaceLayer *layer,
                            ScmCentre     *centre)
{
  ScmMarkerPlaces *self = SCM_MARKER_PLACES (layer);
  GtkWidget *button;

  if (self->selected && (button = scm_place_layer_get_place_widget (layer, self->selected)))
    gtk_widget_remove_css_class (button, "selected");
  g_set_object (&self->selected, centre);
  if (centre && (button = scm_place_layer_get_place_widget (layer, centre)))
    gtk_widget_add_css_class (button, "selected");
}

static void
marker_places_set_highlighted (ScmPlaceLayer      *layer,
                               const char * const *ids)
{
  ScmMarkerPlaces *self = SCM_MARKER_PLACES (layer);

  for (guint i = 0; i < self->markers->len; i++)
    {
      ScmCentre *centre = g_ptr_array_index (self->places, i);

      if (ids != NULL && g_strv_contains (ids, scm_centre_get_id (centre)))
        gtk_widget_add_css_class (marker_button (self, i), "highlighted");
      else
        gtk_widget_remove_css_class (marker_button (self, i), "highlighted");
    }
}

static void
marker_places_set_symbol_size (ScmPlaceLayer *layer,
                               int            size)
{
  ScmMarkerPlaces *self = SCM_MARKER_PLACES (layer);

  self->symbol_size = size;
  for (guint i = 0; i < self->markers->len; i++)
    scm_centre_button_set_symbol_size (SCM_CENTRE_BUTTON (marker_button (self, i)), size);
  respread (self);
}

static gboolean
marker_places_grab_first_focus (ScmPlaceLayer *layer)
{
  ScmMarkerPlaces *self = SCM_MARKER_PLACES (layer);

  for (guint i = 0; i < self->markers->len; i++)
    if (gtk_widget_get_visible (g_ptr_array_index (self->markers, i)))
      return gtk_widget_grab_focus (marker_button (self, i));
  return FALSE;
}

static guint
marker_places_get_n_shown (ScmPlaceLayer *layer)
{
  ScmMarkerPlaces *self = SCM_MARKER_PLACES (layer);
  guint n_shown = 0;

  for (guint i = 0; i < self->markers->len; i++)
    n_shown += gtk_widget_get_visible (g_ptr_array_index (self->markers, i));
  return n_shown;
}

static GtkWidget *
marker_places_get_place_widget (ScmPlaceLayer *layer,
                                ScmCentre     *centre)
{
  ScmMarkerPlaces *self = SCM_MARKER_PLACES (layer);
  guint index;

  return g_ptr_array_find (self->places, centre, &index) ? marker_button (self, index) : NULL;
}

static gboolean
marker_places_get_place_offset (ScmPlaceLayer *layer,
                                ScmCentre     *centre,
                                double        *dx,
                                double        *dy)
{
  ScmMarkerPlaces *self = SCM_MARKER_PLACES (layer);
  guint index;

  if (!g_ptr_array_find (self->places, centre, &index) ||
      !gtk_widget_get_visible (g_ptr_array_index (self->markers, index)))
    return FALSE;

  spread_markers (self);
  *dx = 2 * index + 1 < self->offsets->len ? g_array_index (self->offsets, double, 2 * index) : 0;
  *dy = 2 * index + 1 < self->offsets->len ? g_array_index (self->offsets, double, 2 * index + 1) : 0;
  return TRUE;
}

static void
marker_places_set_reserved (ScmPlaceLayer *layer,
                            const double  *spots,
                            guint          n_spots)
{
  ScmMarkerPlaces *self = SCM_MARKER_PLACES (layer);

  g_array_set_size (self->reserved, 0);
  g_array_append_vals (self->reserved, spots, 4 * n_spots);
  respread (self);
}

static void
place_layer_iface_init (ScmPlaceLayerInterface *iface)
{
  iface->get_place_offset = marker_places_get_place_offset;
  iface->set_reserved = marker_places_set_reserved;
  iface->get_layer = marker_places_get_layer;
  iface->add_places = marker_places_add_places;
  iface->set_filter = marker_places_set_filter;
  iface->set_selected = marker_places_set_selected;
  iface->set_highlighted = marker_places_set_highlighted;
  iface->set_symbol_size = marker_places_set_symbol_size;
  iface->grab_first_focus = marker_places_grab_first_focus;
  iface->get_n_shown = marker_places_get_n_shown;
  iface->get_place_widget = marker_places_get_place_widget;
}

static void
scm_marker_places_dispose (GObject *object)
{
  ScmMarkerPlaces *self = (ScmMarkerPlaces *)object;

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_clear_object (&self->filter);
  g_clear_object (&self->selected);
  g_clear_object (&self->layer);
  g_clear_pointer (&self->places, g_ptr_array_unref);
  g_clear_pointer (&self->markers, g_ptr_array_unref);
  g_clear_pointer (&self->offsets, g_array_unref);
  g_clear_pointer (&self->reserved, g_array_unref);

  G_OBJECT_CLASS (scm_marker_places_parent_class)->dispose (object);
}

static void
scm_marker_places_class_init (ScmMarkerPlacesClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = scm_marker_places_dispose;
}

static void
scm_marker_places_init (ScmMarkerPlaces *self)
{
  self->places = g_ptr_array_new_with_free_func (g_object_unref);
  self->markers = g_ptr_array_new ();
  self->symbol_size = 18;
  self->spread_zoom = -1;
  self->offsets = g_array_new (FALSE, TRUE, sizeof (double));
  self->reserved = g_array_new (FALSE, FALSE, sizeof (double));
}

ScmMarkerPlaces *
scm_marker_places_new (ShumateViewport *viewport)
{
  ScmMarkerPlaces *self = g_object_new (SCM_TYPE_MARKER_PLACES, NULL);

  self->layer = g_object_ref_sink (scm_marker_layer_new (viewport));
  g_signal_connect_object (viewport, "notify::zoom-level", G_CALLBACK (spread_markers), self,
                           G_CONNECT_SWAPPED);
  return self;
}
