/* scm-map-view-basemap.c
 *
 * The map view's offline basemap: its tiles (scm-tile-layer.c), its style
 * (light or dark), its scale, and drawn in one go for an export.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "scm-geo.h"
#include "scm-map-view-private.h"

#define PRESENTING_TEXT_SCALE 1.6

/* Dark when the user prefers it, or uses a dark theme (Adwaita:dark, GTK_THEME) */
ScmBasemapStyle
scm_map_view_preferred_style (ScmMapView *self)
{
  g_autofree char *theme = NULL;
  g_autofree char *lower = NULL;
  gboolean dark = FALSE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)),
                "gtk-application-prefer-dark-theme", &dark,
                "gtk-theme-name", &theme,
                NULL);
  lower = g_ascii_strdown (g_getenv ("GTK_THEME") ? g_getenv ("GTK_THEME") : theme ? theme : "", -1);
  return dark || strstr (lower, "dark") != NULL ? SCM_BASEMAP_STYLE_DARK : SCM_BASEMAP_STYLE_LIGHT;
}

/* The map's tiles, its scale and zoom limits and its credit line come
 * from the basemap source, in place of @previous */
static void
show_source (ScmMapView       *self,
             ScmBasemapSource *previous)
{
  ShumateLicense *license = shumate_simple_map_get_license (self->simple_map);

  /* Made before the map's other layers, it lies beneath them */
  if (self->tile_layer == NULL)
    {
      self->tile_layer = scm_tile_layer_new (get_viewport (self));
      shumate_simple_map_add_overlay_layer (self->simple_map, SHUMATE_LAYER (self->tile_layer));
    }
  scm_tile_layer_set_source (self->tile_layer, self->basemap_source);
  shumate_viewport_set_reference_map_source (get_viewport (self), SHUMATE_MAP_SOURCE (self->basemap_source));
  if (previous != NULL)
    shumate_license_remove_map_source (license, SHUMATE_MAP_SOURCE (previous));
  shumate_license_append_map_source (license, SHUMATE_MAP_SOURCE (self->basemap_source));
}

void
scm_map_view_install_basemap (ScmMapView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScmBasemap) basemap = scm_basemap_new_from_resource (SCM_BASEMAP_RESOURCE, &error);
  g_autoptr(ScmBasemapSource) previous = NULL;

  if (basemap == NULL)
    {
      g_warning ("Cannot load the offline basemap: %s", error->message);
      return;
    }

  previous = g_steal_pointer (&self->basemap_source);
  self->basemap_source = scm_basemap_source_new (basemap);
  scm_basemap_source_set_style (self->basemap_source, scm_map_view_preferred_style (self));
  if (self->link_layer != NULL)
    scm_link_layer_set_on_dark (self->link_layer, scm_map_view_preferred_style (self) == SCM_BASEMAP_STYLE_DARK);
  if (self->label_layer != NULL)
    {
      scm_label_layer_set_on_dark (self->label_layer, scm_map_view_preferred_style (self) == SCM_BASEMAP_STYLE_DARK);
      scm_label_layer_set_basemap_source (self->label_layer, self->basemap_source);
    }
  scm_basemap_source_set_text_scale (self->basemap_source, self->presenting ? PRESENTING_TEXT_SCALE : 1);
  scm_basemap_source_set_scale_factor (self->basemap_source,
                                       gtk_widget_get_scale_factor (GTK_WIDGET (self)));
  scm_basemap_source_suit_renderer (self->basemap_source, GTK_WIDGET (self));
  show_source (self, previous);
}

/* Redraws the tiles for the dark style or a new scale factor: a new source
 * draws them, for the same tile layer */
void
scm_map_view_refresh_basemap (ScmMapView *self)
{
  if (self->basemap_source == NULL)
    return;
  scm_map_view_install_basemap (self);
}

/**
 * scm_map_view_render_basemap:
 *
 * Draws the offline basemap of the area the map shows, in one go: on a vector
 * surface its land, coasts and borders stay paths.
 */
void
scm_map_view_render_basemap (ScmMapView *self,
                             cairo_t    *cr)
{
  ShumateViewport *viewport;
  double zoom, world;
  int width, height;

  g_return_if_fail (SCM_IS_MAP_VIEW (self));

  if (self->basemap_source == NULL)
    return;

  viewport = get_viewport (self);
  zoom = shumate_viewport_get_zoom_level (viewport);
  world = SCM_GEO_TILE_SIZE * pow (2, zoom);
  width = gtk_widget_get_width (GTK_WIDGET (self->simple_map));
  height = gtk_widget_get_height (GTK_WIDGET (self->simple_map));
  scm_basemap_source_render_view (self->basemap_source, cr, zoom,
                                  scm_geo_longitude_to_x (shumate_location_get_longitude (SHUMATE_LOCATION (viewport))) * world - width / 2.0,
                                  scm_geo_latitude_to_y (shumate_location_get_latitude (SHUMATE_LOCATION (viewport))) * world - height / 2.0,
                                  width, height);
}

/* The tiles of the offline basemap hidden (for a picture that draws it itself) or shown */
void
scm_map_view_set_basemap_tiles_visible (ScmMapView *self,
                                        gboolean    visible)
{
  g_return_if_fail (SCM_IS_MAP_VIEW (self));

  if (self->tile_layer != NULL)
    gtk_widget_set_opacity (GTK_WIDGET (self->tile_layer), visible ? 1 : 0);
}

/* The name of the city at (@latitude, @longitude) in the interface language,
 * where the offline map knows it; else @name (a data file's own name). */
const char *
scm_map_view_name_city (ScmMapView *self,
                        const char *name,
                        double      latitude,
                        double      longitude)
{
  const char *translated = NULL;
  ScmCities *cities = self->basemap_source != NULL
                        ? scm_basemap_get_cities (scm_basemap_source_get_basemap (self->basemap_source)) : NULL;

  if (cities != NULL)
    translated = scm_cities_name_host_city (cities, latitude, longitude);
  return translated != NULL ? translated : name;
}
