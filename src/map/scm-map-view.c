/* scm-map-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <shumate/shumate.h>

#include "scm-basemap-source.h"
#include "scm-centre-filter.h"
#include "scm-geo.h"
#include "scm-legend.h"
#include "scm-link-layer.h"
#include "scm-map-view-private.h"
#include "scm-marker-places.h"
#include "scm-point-layer.h"
#include "scm-widget-util.h"

#define MARKER_SIZE 18
#define PRESENTING_MARKER_SIZE 26

/* Above this many places, one layer draws them all (grouped at low zoom)
 * instead of a widget per place */
#define MAX_MARKER_WIDGETS 500

/* libshumate's wheel and zoom functions move a fifth of a level */
#define WHEEL_STEPS_PER_LEVEL 5

/* Narrower than this, the legend starts folded */
#define NARROW_MAP_WIDTH 760

/* The venue's pin stands this far above its point, this wide around */
#define VENUE_PIN_RISE 15
#define VENUE_PIN_CLEARANCE 16


G_DEFINE_FINAL_TYPE (ScmMapView, scm_map_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FILTER,
  PROP_SELECTED_CENTRE,
  PROP_PRESENTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  VENUE_ACTIVATED,
  RESIZED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Asks the window, which owns the selection, to select @centre; a map on its
 * own selects it itself */
static void
request_centre (ScmMapView *self,
                ScmCentre  *centre)
{
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "win.select-centre", "s",
                                   centre ? scm_centre_get_id (centre) : ""))
    scm_map_view_set_selected_centre (self, centre);
}

static void
place_activated (ScmMapView *self,
                 ScmCentre  *centre)
{
  request_centre (self, centre);
}

int
scm_map_view_symbol_size (ScmMapView *self)
{
  return self->presenting ? PRESENTING_MARKER_SIZE : MARKER_SIZE;
}

static void places_shown_changed (ScmMapView *self);

/* The names go above the places and the pin, clear of what covers the map */
static void
create_label_layer (ScmMapView *self)
{
  ShumateMap *map = shumate_simple_map_get_map (self->simple_map);

  if (self->label_layer != NULL)
    shumate_map_remove_layer (map, SHUMATE_LAYER (self->label_layer));
  self->label_layer = scm_label_layer_new (get_viewport (self), self->places);
  shumate_simple_map_add_overlay_layer (self->simple_map, SHUMATE_LAYER (self->label_layer));
  scm_label_layer_set_presenting (self->label_layer, self->presenting);
  scm_label_layer_set_basemap_source (self->label_layer, self->basemap_source);
  scm_label_layer_set_on_dark (self->label_layer, scm_map_view_preferred_style (self) == SCM_BASEMAP_STYLE_DARK);
  scm_label_layer_avoid (self->label_layer, GTK_WIDGET (self->legend));
  scm_label_layer_avoid (self->label_layer, self->caption_box);
  scm_label_layer_avoid (self->label_layer, GTK_WIDGET (self->progress_label));
  scm_label_layer_avoid (self->label_layer, GTK_WIDGET (self->year_label));
  if (self->zoom_controls != NULL)
    scm_label_layer_avoid (self->label_layer, self->zoom_controls);
}

/* A widget per place, or for a large network one layer that draws them all */
static void
create_places (ScmMapView *self,
               ScmNetwork *network)
{
  guint n_places = g_list_model_get_n_items (scm_network_get_centres (network)) +
                   g_list_model_get_n_items (scm_network_get_affiliates (network));
  ShumateMap *map = shumate_simple_map_get_map (self->simple_map);
  ShumateViewport *viewport = get_viewport (self);

  if (self->places != NULL)
    shumate_map_remove_layer (map, scm_place_layer_get_layer (self->places));
  g_clear_object (&self->places);

  if (n_places > MAX_MARKER_WIDGETS)
    self->places = SCM_PLACE_LAYER (g_object_ref_sink (scm_point_layer_new (viewport)));
  else
    self->places = SCM_PLACE_LAYER (scm_marker_places_new (viewport));

  shumate_map_insert_layer_behind (map, scm_place_layer_get_layer (self->places),
                                   SHUMATE_LAYER (self->venue_layer));
  create_label_layer (self);
  scm_place_layer_set_symbol_size (self->places, scm_map_view_symbol_size (self));
  scm_place_layer_set_filter (self->places, self->filter);
  g_signal_connect_swapped (self->places, "centre-activated", G_CALLBACK (place_activated), self);
}

static void
add_places (ScmMapView *self,
            GListModel *places)
{
  for (guint i = 0; i < g_list_model_get_n_items (places); i++)
    g_ptr_array_add (self->all_places, g_list_model_get_item (places, i));
  scm_place_layer_add_places (self->places, places);
  scm_label_layer_add_places (self->label_layer, places);
}

static void
venue_clicked (ScmMapView *self)
{
  g_signal_emit (self, signals[VENUE_ACTIVATED], 0);
}

/* The meeting's venue, drawn as a pin beside the centres */
static void
add_venue (ScmMapView *self,
           ScmMeeting *meeting)
{
  GtkWidget *button;
  g_autofree char *description = NULL;

  ShumateMarker *venue;

  if (meeting == NULL)
    return;

  /* Translators: the meeting's pin: the meeting's full title, as the file
   * gives it (“First UNESCO Science Centres Coordination Meeting”, not
   * translated), then its venue and city; word it so that the title needs no
   * article or case ending of its own */
  description = g_strdup_printf (_("Venue of the %s: %s, %s"), scm_meeting_get_title (meeting),
                                 scm_meeting_get_venue (meeting), scm_meeting_get_city (meeting));
  button = gtk_button_new_from_icon_name ("mark-location-symbolic");
  gtk_widget_add_css_class (button, "venue-marker");
  scm_widget_set_new_tooltip (button, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (venue_clicked), self);

  venue = shumate_marker_new ();
  shumate_marker_set_child (venue, button);
  /* The pin's point is at the bottom of the icon */
  gtk_widget_set_margin_bottom (GTK_WIDGET (venue), 30);
  shumate_location_set_location (SHUMATE_LOCATION (venue),
                                 scm_meeting_get_latitude (meeting),
                                 scm_meeting_get_longitude (meeting));
  scm_marker_layer_add_marker (self->venue_layer, venue);

  /* No marker and no name covers the pin */
  scm_place_layer_set_reserved (self->places, (double[]) { scm_meeting_get_latitude (meeting),
                                                           scm_meeting_get_longitude (meeting),
                                                           VENUE_PIN_RISE, VENUE_PIN_CLEARANCE }, 1);
  scm_label_layer_avoid (self->label_layer, button);
}

/**
 * scm_map_view_start_first_tiles:
 *
 * Before the window is shown: frames the first view for the size the map is
 * expected to get, @width × @height, and starts drawing its tiles, so that
 * they are drawn while the window builds and lays out its widgets. The first
 * allocation frames the view again for the size it gets.
 */
void
scm_map_view_start_first_tiles (ScmMapView *self,
                                int         width,
                                int         height)
{
  g_return_if_fail (SCM_IS_MAP_VIEW (self));

  if (self->fitted || self->network == NULL || self->basemap_source == NULL || width <= 0 || height <= 0)
    return;
  scm_map_view_frame_first_view (self, width, height);
  scm_tile_layer_prefetch (self->tile_layer, width, height);
}

static void
scm_map_view_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  ScmMapView *self = SCM_MAP_VIEW (widget);
  gboolean first_size = !self->fitted && self->network != NULL && width > 0 && height > 0;

  /* Framed before the map gets its size, so that its first tiles are the right ones.
   * On a narrow map (a projector's 1024 × 768 beside the side panel) the legend
   * starts folded, so that it hides no place. */
  if (first_size)
    {
      self->fitted = TRUE;
      if (width < NARROW_MAP_WIDTH)
        scm_legend_set_expanded (self->legend, FALSE);
      scm_map_view_frame_first_view (self, width, height);
      /* Drawn while the rest of the window lays out: the first frame has them */
      if (self->tile_layer != NULL)
        scm_tile_layer_prefetch (self->tile_layer, width, height);
    }

  gtk_widget_allocate (self->overlay, width, height, baseline, NULL);

  /* Maximised, the side panel shown: whoever owns the framing may frame again */
  if (!first_size && self->fitted && (width != self->allocated_width || height != self->allocated_height))
    g_signal_emit (self, signals[RESIZED], 0);
  self->allocated_width = width;
  self->allocated_height = height;
}

/* The window's renderer is known from now on: tiles to suit it */
static void
scm_map_view_realize (GtkWidget *widget)
{
  ScmMapView *self = SCM_MAP_VIEW (widget);

  GTK_WIDGET_CLASS (scm_map_view_parent_class)->realize (widget);
  if (self->basemap_source != NULL)
    scm_basemap_source_suit_renderer (self->basemap_source, widget);
}

static void
scm_map_view_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  gtk_widget_measure (SCM_MAP_VIEW (widget)->overlay, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
scm_map_view_dispose (GObject *object)
{
  ScmMapView *self = (ScmMapView *)object;

  g_clear_handle_id (&self->frame_source, g_source_remove);
  g_clear_handle_id (&self->legend_check_source, g_source_remove);
  g_clear_pointer (&self->pending_points, g_array_unref);
  g_clear_pointer (&self->framed_points, g_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), SCM_TYPE_MAP_VIEW);
  g_clear_pointer (&self->overlay, gtk_widget_unparent);
  g_clear_object (&self->places);
  self->label_layer = NULL;
  self->tile_layer = NULL;
  g_clear_pointer (&self->all_places, g_ptr_array_unref);
  g_clear_object (&self->basemap_source);
  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_func (self->filter, places_shown_changed, self);
  g_clear_object (&self->filter);
  g_clear_object (&self->network);
  g_clear_object (&self->selected);

  G_OBJECT_CLASS (scm_map_view_parent_class)->dispose (object);
}

static void
scm_map_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  ScmMapView *self = SCM_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_FILTER:
      g_value_set_object (value, self->filter);
      break;
    case PROP_SELECTED_CENTRE:
      g_value_set_object (value, self->selected);
      break;
    case PROP_PRESENTING:
      g_value_set_boolean (value, self->presenting);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scm_map_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  ScmMapView *self = SCM_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_FILTER:
      scm_map_view_set_filter (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_CENTRE:
      scm_map_view_set_selected_centre (self, g_value_get_object (value));
      break;
    case PROP_PRESENTING:
      scm_map_view_set_presenting (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scm_map_view_class_init (ScmMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = scm_map_view_dispose;
  object_class->get_property = scm_map_view_get_property;
  object_class->set_property = scm_map_view_set_property;
  /* Allocated by hand (no layout manager) to frame the centres once the size is known */
  widget_class->realize = scm_map_view_realize;
  widget_class->measure = scm_map_view_measure;
  widget_class->size_allocate = scm_map_view_size_allocate;

  /* The window's filter, selection and presenting: set by the window, one way */
  properties[PROP_FILTER] =
    g_param_spec_object ("filter", NULL, NULL, SCM_TYPE_CENTRE_FILTER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_CENTRE] =
    g_param_spec_object ("selected-centre", NULL, NULL, SCM_TYPE_CENTRE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[RESIZED] =
    g_signal_new ("resized", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[VENUE_ACTIVATED] =
    g_signal_new ("venue-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (SHUMATE_TYPE_SIMPLE_MAP);
  g_type_ensure (SCM_TYPE_LEGEND);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sciencecentres/Map/map/scm-map-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ScmMapView, overlay);
  gtk_widget_class_bind_template_child (widget_class, ScmMapView, simple_map);
  gtk_widget_class_bind_template_child (widget_class, ScmMapView, legend);
  gtk_widget_class_bind_template_child (widget_class, ScmMapView, caption_box);
  gtk_widget_class_bind_template_child (widget_class, ScmMapView, caption_label);
  gtk_widget_class_bind_template_child (widget_class, ScmMapView, caption_details_label);
  gtk_widget_class_bind_template_child (widget_class, ScmMapView, progress_label);
  gtk_widget_class_bind_template_child (widget_class, ScmMapView, year_label);
}

/* libshumate's zoom buttons show only an icon: give them names for screen readers */
static void
name_zoom_buttons (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *image = GTK_IS_BUTTON (child) ? gtk_button_get_child (GTK_BUTTON (child)) : NULL;
      const char *icon = GTK_IS_IMAGE (image) ? gtk_image_get_icon_name (GTK_IMAGE (image)) : NULL;

      if (g_strcmp0 (icon, "zoom-in-symbolic") == 0)
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        _("Zoom in"), -1);
      else if (g_strcmp0 (icon, "zoom-out-symbolic") == 0)
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        _("Zoom out"), -1);
      else if (!SHUMATE_IS_LAYER (child) && !SHUMATE_IS_MAP (child))
        name_zoom_buttons (child);
    }
}

/* The box in the map's corner that holds libshumate's zoom buttons */
static GtkWidget *
find_zoom_controls (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *image = GTK_IS_BUTTON (child) ? gtk_button_get_child (GTK_BUTTON (child)) : NULL;
      GtkWidget *found;

      if (GTK_IS_IMAGE (image) && g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (image)), "zoom-in-symbolic") == 0)
        return gtk_widget_get_parent (widget);
      if (!SHUMATE_IS_LAYER (child) && !SHUMATE_IS_MAP (child) && (found = find_zoom_controls (child)) != NULL)
        return found;
    }
  return NULL;
}

static void
scm_map_view_init (ScmMapView *self)
{
  ShumateViewport *viewport;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->all_places = g_ptr_array_new_with_free_func (g_object_unref);
  self->pending_points = g_array_new (FALSE, FALSE, sizeof (double));
  self->framed_points = g_array_new (FALSE, FALSE, sizeof (double));
  self->framing_max_zoom = SCM_MAP_VIEW_FRAME_MAX_ZOOM;

  scm_map_view_install_basemap (self);
  name_zoom_buttons (GTK_WIDGET (self->simple_map));
  self->zoom_controls = find_zoom_controls (GTK_WIDGET (self->simple_map));
  viewport = get_viewport (self);
  shumate_viewport_set_min_zoom_level (viewport, 0);
  shumate_viewport_set_max_zoom_level (viewport, SCM_BASEMAP_MAX_ZOOM);

  self->link_layer = scm_link_layer_new (viewport);
  scm_link_layer_set_on_dark (self->link_layer, scm_map_view_preferred_style (self) == SCM_BASEMAP_STYLE_DARK);
  shumate_simple_map_add_overlay_layer (self->simple_map, SHUMATE_LAYER (self->link_layer));
  scm_link_layer_track_pointer (self->link_layer, GTK_WIDGET (self));
  self->venue_layer = scm_marker_layer_new (viewport);
  shumate_simple_map_add_overlay_layer (self->simple_map, SHUMATE_LAYER (self->venue_layer));

  g_signal_connect_object (gtk_widget_get_settings (GTK_WIDGET (self)),
                           "notify::gtk-application-prefer-dark-theme",
                           G_CALLBACK (scm_map_view_refresh_basemap), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_widget_get_settings (GTK_WIDGET (self)), "notify::gtk-theme-name",
                           G_CALLBACK (scm_map_view_refresh_basemap), self, G_CONNECT_SWAPPED);
  g_signal_connect_swapped (self, "notify::scale-factor", G_CALLBACK (scm_map_view_refresh_basemap), self);
}

void
scm_map_view_set_network (ScmMapView *self,
                          ScmNetwork *network)
{
  g_return_if_fail (SCM_IS_MAP_VIEW (self));
  g_return_if_fail (SCM_IS_NETWORK (network));

  g_set_object (&self->network, network);
  scm_marker_layer_remove_all (self->venue_layer);
  g_ptr_array_set_size (self->all_places, 0);
  create_places (self, network);

  add_places (self, scm_network_get_affiliates (network));
  add_places (self, scm_network_get_centres (network));
  add_venue (self, scm_network_get_meeting (network));
  scm_link_layer_set_network (self->link_layer, network);
  scm_legend_set_network (self->legend, network);
}

/* Pans to @centre when it is outside the visible part of the map */
static void
bring_into_view (ScmMapView *self,
                 ScmCentre  *centre)
{
  double x, y;
  double width = gtk_widget_get_width (GTK_WIDGET (self->simple_map));
  double height = gtk_widget_get_height (GTK_WIDGET (self->simple_map));

  if (width <= 0 || height <= 0)
    return;

  shumate_viewport_location_to_widget_coords (get_viewport (self), GTK_WIDGET (self->simple_map),
                                              scm_centre_get_latitude (centre),
                                              scm_centre_get_longitude (centre), &x, &y);
  if (x < 40 || y < 40 || x > width - 40 || y > height - 40)
    shumate_map_go_to (shumate_simple_map_get_map (self->simple_map),
                       scm_geo_clamp_latitude (scm_centre_get_latitude (centre)),
                       scm_centre_get_longitude (centre));
}

/* Other places shown: their names are placed again */
static void
places_shown_changed (ScmMapView *self)
{
  if (self->label_layer != NULL)
    scm_label_layer_invalidate (self->label_layer);
}

/* Shows only the places that @filter lets through */
void
scm_map_view_set_filter (ScmMapView      *self,
                         ScmCentreFilter *filter)
{
  g_return_if_fail (SCM_IS_MAP_VIEW (self));

  if (self->filter == filter)
    return;
  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_func (self->filter, places_shown_changed, self);
  g_set_object (&self->filter, filter);
  if (self->places != NULL)
    scm_place_layer_set_filter (self->places, filter);
  if (filter != NULL)
    g_signal_connect_swapped (filter, "changed", G_CALLBACK (places_shown_changed), self);
  places_shown_changed (self);
  scm_legend_set_filter (self->legend, filter);
  scm_link_layer_set_filter (self->link_layer, filter);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
}

/* Markers that the filter lets through */
guint
scm_map_view_get_n_shown_markers (ScmMapView *self)
{
  g_return_val_if_fail (SCM_IS_MAP_VIEW (self), 0);
  return self->places ? scm_place_layer_get_n_shown (self->places) : 0;
}

/* The first shown widget under @widget that takes the focus */
static GtkWidget *
find_focusable (GtkWidget *widget)
{
  if (!gtk_widget_get_visible (widget))
    return NULL;
  if (gtk_widget_get_focusable (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_focusable (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Gives the keyboard focus to the first shown marker or, when no place takes
 * it (the point layer), to the map's first control */
gboolean
scm_map_view_focus_first_place (ScmMapView *self)
{
  GtkWidget *control;

  g_return_val_if_fail (SCM_IS_MAP_VIEW (self), FALSE);

  if (self->places != NULL && scm_place_layer_grab_first_focus (self->places))
    return TRUE;

  control = find_focusable (GTK_WIDGET (self));
  return control != NULL && gtk_widget_grab_focus (control);
}

/* Marks the places with @ids (the meeting's participants, say) and names
 * those of @named_first (its co-organisers) before any other: a few names
 * that must be read, however many places stand out */
void
scm_map_view_set_highlighted (ScmMapView         *self,
                              const char * const *ids,
                              const char * const *named_first)
{
  g_return_if_fail (SCM_IS_MAP_VIEW (self));

  if (self->places != NULL)
    scm_place_layer_set_highlighted (self->places, ids);
  if (self->label_layer != NULL)
    scm_label_layer_set_highlighted (self->label_layer, named_first);
}

ScmCentre *
scm_map_view_get_selected_centre (ScmMapView *self)
{
  g_return_val_if_fail (SCM_IS_MAP_VIEW (self), NULL);
  return self->selected;
}

void
scm_map_view_set_selected_centre (ScmMapView *self,
                                  ScmCentre  *centre)
{
  g_return_if_fail (SCM_IS_MAP_VIEW (self));

  if (self->selected == centre)
    return;

  g_set_object (&self->selected, centre);
  scm_link_layer_set_selected (self->link_layer, centre);
  if (self->places != NULL)
    scm_place_layer_set_selected (self->places, centre);
  if (centre != NULL)
    bring_into_view (self, centre);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_CENTRE]);
}

/* Places on the map (a marker each, or a point of the point layer) */
guint
scm_map_view_get_n_markers (ScmMapView *self)
{
  g_return_val_if_fail (SCM_IS_MAP_VIEW (self), 0);
  return self->all_places->len;
}

/* The marker of @centre, or NULL when places are drawn as points */
GtkWidget *
scm_map_view_get_marker_button (ScmMapView *self,
                                ScmCentre  *centre)
{
  g_return_val_if_fail (SCM_IS_MAP_VIEW (self), NULL);
  return self->places ? scm_place_layer_get_place_widget (self->places, centre) : NULL;
}

/* Where the map looks: its centre and zoom */
void
scm_map_view_get_view (ScmMapView *self,
                       double     *latitude,
                       double     *longitude,
                       double     *zoom)
{
  ShumateViewport *viewport;

  g_return_if_fail (SCM_IS_MAP_VIEW (self));

  viewport = get_viewport (self);
  *latitude = shumate_location_get_latitude (SHUMATE_LOCATION (viewport));
  *longitude = shumate_location_get_longitude (SHUMATE_LOCATION (viewport));
  *zoom = shumate_viewport_get_zoom_level (viewport);
}

/* Looks there, instead of framing the places when first shown */
void
scm_map_view_set_view (ScmMapView *self,
                       double      latitude,
                       double      longitude,
                       double      zoom)
{
  g_return_if_fail (SCM_IS_MAP_VIEW (self));

  self->fitted = TRUE;
  shumate_viewport_set_zoom_level (get_viewport (self), zoom);
  shumate_location_set_location (SHUMATE_LOCATION (get_viewport (self)), latitude, longitude);
}

/* Framed and with every tile of the basemap drawn: ready for an export */
gboolean
scm_map_view_is_ready (ScmMapView *self)
{
  g_return_val_if_fail (SCM_IS_MAP_VIEW (self), FALSE);

  return self->fitted && gtk_widget_get_width (GTK_WIDGET (self)) > 0 &&
         self->tile_layer != NULL && scm_tile_layer_is_complete (self->tile_layer) &&
         scm_link_layer_is_drawn (self->link_layer);
}

/* Zoom buttons and scale: useful at a desk, clutter on a slide or a projector */
void
scm_map_view_set_controls_visible (ScmMapView *self,
                                   gboolean    visible)
{
  g_return_if_fail (SCM_IS_MAP_VIEW (self));

  shumate_simple_map_set_show_zoom_buttons (self->simple_map, visible);
  gtk_widget_set_visible (GTK_WIDGET (shumate_simple_map_get_scale (self->simple_map)), visible);
}

/* Larger markers for the back of the room: follows the window's "presenting" */
void
scm_map_view_set_presenting (ScmMapView *self,
                             gboolean    presenting)
{
  g_return_if_fail (SCM_IS_MAP_VIEW (self));

  if (self->presenting == presenting)
    return;

  self->presenting = presenting;
  scm_map_view_refresh_basemap (self);
  scm_map_view_set_controls_visible (self, !presenting);
  if (self->places != NULL)
    scm_place_layer_set_symbol_size (self->places, scm_map_view_symbol_size (self));
  if (self->label_layer != NULL)
    scm_label_layer_set_presenting (self->label_layer, presenting);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTING]);
}

void
scm_map_view_set_show_all_links (ScmMapView *self,
                                 gboolean    show_all)
{
  g_return_if_fail (SCM_IS_MAP_VIEW (self));
  scm_link_layer_set_show_all (self->link_layer, show_all);
}

void
scm_map_view_set_legend_links (ScmMapView     *self,
                               ScmLegendLinks  mode)
{
  g_return_if_fail (SCM_IS_MAP_VIEW (self));
  scm_legend_set_links_mode (self->legend, mode);
}

/* The places' names */
ScmLabelLayer *
scm_map_view_get_label_layer (ScmMapView *self)
{
  g_return_val_if_fail (SCM_IS_MAP_VIEW (self), NULL);
  return self->label_layer;
}

ScmLinkLayer *
scm_map_view_get_link_layer (ScmMapView *self)
{
  g_return_val_if_fail (SCM_IS_MAP_VIEW (self), NULL);
  return self->link_layer;
}

/* OpenStreetMap tiles over the offline map: a tile that cannot be downloaded
 * leaves the offline map visible beneath it. */
void
scm_map_view_set_online_layer (ScmMapView *self,
                               gboolean    online)
{
  g_return_if_fail (SCM_IS_MAP_VIEW (self));

  if (online == (self->online_layer != NULL))
    return;

  if (online)
    {
      g_autoptr(ShumateMapSourceRegistry) registry = shumate_map_source_registry_new_with_defaults ();
      ShumateMapSource *osm = shumate_map_source_registry_get_by_id (registry,
                                                                     SHUMATE_MAP_SOURCE_OSM_MAPNIK);

      self->online_layer = shumate_map_layer_new (osm, get_viewport (self));
      shumate_map_insert_layer_behind (shumate_simple_map_get_map (self->simple_map),
                                       SHUMATE_LAYER (self->online_layer),
                                       scm_place_layer_get_layer (self->places));
    }
  else
    {
      shumate_map_remove_layer (shumate_simple_map_get_map (self->simple_map),
                                SHUMATE_LAYER (self->online_layer));
      self->online_layer = NULL;
    }
}

/**
 * scm_map_view_zoom_by:
 * @levels: whole zoom levels, in (> 0) or out (< 0)
 *
 * Zooms about the map's centre, animated as the wheel zooms and adding to a
 * zoom under way, in the wheel's steps.
 */
void
scm_map_view_zoom_by (ScmMapView *self,
                      int         levels)
{
  ShumateMap *map;

  g_return_if_fail (SCM_IS_MAP_VIEW (self));

  map = shumate_simple_map_get_map (self->simple_map);
  for (int step = 0; step < ABS (levels) * WHEEL_STEPS_PER_LEVEL; step++)
    {
      if (levels > 0)
        shumate_map_zoom_in (map);
      else
        shumate_map_zoom_out (map);
    }
}
