/* scm-map-view-framing.c
 *
 * Framing: the zoom and centre that show a set of places clear of the legend,
 * computed once the map has its size, and remembered so that another map (an
 * export's) frames the same at its own size.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "scm-geo.h"
#include "scm-map-view-private.h"

static void
remember_framing (ScmMapView *self,
                  GArray     *points,
                  double      latitude,
                  double      longitude,
                  double      zoom)
{
  if (points != self->framed_points)
    {
      g_array_set_size (self->framed_points, 0);
      g_array_append_vals (self->framed_points, points->data, points->len);
    }
  /* Where the viewport really goes: it keeps to the map's latitudes */
  self->framed_view[0] = CLAMP (latitude, SHUMATE_MIN_LATITUDE, SHUMATE_MAX_LATITUDE);
  self->framed_view[1] = longitude;
  self->framed_view[2] = zoom;
}

/* Frames @points (latitude, longitude pairs) at the largest zoom that shows
 * them all, clear of the legend; with @animate, flies there briefly. */
static void
frame_points_in (ScmMapView *self,
                 GArray     *points,
                 double      width,
                 double      height,
                 gboolean    animate)
{
  const double padding = self->presenting ? 96 : 48;
  ScmGeoFrameArea area = { width, height, 0, padding, width >= 700 ? 1 : 0.5,
                           SCM_BASEMAP_MAX_ZOOM - 2,
                           gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL };
  double latitude, longitude, zoom;
  int legend_width;

  /* Keep clear of the legend only where that leaves room for the map;
   * below zoom 1 the world no longer fills a wide map: only for narrow ones */
  gtk_widget_measure (GTK_WIDGET (self->legend), GTK_ORIENTATION_HORIZONTAL, -1,
                      NULL, &legend_width, NULL, NULL);
  area.leading = legend_width + 12 + padding;
  if (area.leading > width * 0.4)
    area.leading = padding;
  if (!scm_geo_frame_points ((const double *)points->data, points->len / 2, &area,
                             &latitude, &longitude, &zoom))
    return;

  remember_framing (self, points, latitude, longitude, zoom);
  if (animate)
    shumate_map_go_to_full_with_duration (shumate_simple_map_get_map (self->simple_map),
                                          latitude, longitude, zoom, 800);
  else
    {
      shumate_viewport_set_zoom_level (get_viewport (self), zoom);
      shumate_location_set_location (SHUMATE_LOCATION (get_viewport (self)), latitude, longitude);
    }
}

static gboolean
frame_pending (gpointer user_data)
{
  ScmMapView *self = user_data;

  self->frame_source = 0;
  frame_points_in (self, self->pending_points, gtk_widget_get_width (GTK_WIDGET (self->simple_map)),
                   gtk_widget_get_height (GTK_WIDGET (self->simple_map)), self->pending_animate);
  return G_SOURCE_REMOVE;
}

/* Frames @points once the window is laid out: a frame asked for together with
 * a change of layout (the side panel hiding, the legend unfolding, going
 * fullscreen) is computed for the map's new size, not its old one. */
static void
frame_points (ScmMapView *self,
              GArray     *points,
              gboolean    animate)
{
  g_array_set_size (self->pending_points, 0);
  g_array_append_vals (self->pending_points, points->data, points->len);
  self->pending_animate = animate;
  if (self->frame_source == 0)
    self->frame_source = g_idle_add (frame_pending, self);
}

static gboolean
place_is_shown (ScmMapView *self,
                ScmCentre  *centre)
{
  return self->filter == NULL || scm_centre_filter_matches (self->filter, centre);
}

static void
add_point (GArray    *points,
           ScmCentre *centre)
{
  double point[2] = { scm_centre_get_latitude (centre), scm_centre_get_longitude (centre) };
  g_array_append_vals (points, point, 2);
}

static void
frame_places (ScmMapView *self,
              gboolean    only_shown,
              gboolean    animate)
{
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < self->all_places->len; i++)
    if (!only_shown || place_is_shown (self, g_ptr_array_index (self->all_places, i)))
      add_point (points, g_ptr_array_index (self->all_places, i));

  frame_points (self, points, animate);
}

static void
frame_places_in (ScmMapView *self,
                 double      width,
                 double      height)
{
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < self->all_places->len; i++)
    if (place_is_shown (self, g_ptr_array_index (self->all_places, i)))
      add_point (points, g_ptr_array_index (self->all_places, i));

  frame_points_in (self, points, width, height, FALSE);
}

/* A map that was given another's framing frames that; any other, its places */
void
scm_map_view_frame_first_view (ScmMapView *self,
                               double      width,
                               double      height)
{
  if (self->framed_points->len > 0)
    frame_points_in (self, self->framed_points, width, height, FALSE);
  else
    frame_places_in (self, width, height);
}

/* Frames the places that the filter shows */
void
scm_map_view_fit_shown (ScmMapView *self,
                        gboolean    animate)
{
  g_return_if_fail (SCM_IS_MAP_VIEW (self));
  frame_places (self, TRUE, animate);
}

/* Frames every place, shown or not (the timeline fills this frame) */
void
scm_map_view_fit_all (ScmMapView *self,
                      gboolean    animate)
{
  g_return_if_fail (SCM_IS_MAP_VIEW (self));
  frame_places (self, FALSE, animate);
}

/* Frames both ends of @link */
void
scm_map_view_frame_link (ScmMapView *self,
                         ScmLink    *link)
{
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (double));

  g_return_if_fail (SCM_IS_MAP_VIEW (self));

  add_point (points, scm_link_get_from (link));
  add_point (points, scm_link_get_to (link));
  frame_points (self, points, TRUE);
}

/* Frames the meeting's venue and its co-organisers */
void
scm_map_view_frame_meeting (ScmMapView *self,
                            ScmMeeting *meeting)
{
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (double));
  const char * const *ids = scm_meeting_get_co_organisers (meeting);
  double venue[2] = { scm_meeting_get_latitude (meeting), scm_meeting_get_longitude (meeting) };

  g_return_if_fail (SCM_IS_MAP_VIEW (self));

  g_array_append_vals (points, venue, 2);
  for (guint i = 0; ids[i] != NULL; i++)
    add_point (points, scm_network_lookup (self->network, ids[i]));
  frame_points (self, points, TRUE);
}

/* TRUE when the user moved or zoomed the map since it was last framed */
static gboolean
moved_since_framing (ScmMapView *self)
{
  ShumateViewport *viewport = get_viewport (self);
  double zoom = shumate_viewport_get_zoom_level (viewport);
  double world = SCM_GEO_TILE_SIZE * pow (2, zoom);
  double dx = scm_geo_longitude_to_x (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)))
              - scm_geo_longitude_to_x (self->framed_view[1]);
  double dy = scm_geo_latitude_to_y (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)))
              - scm_geo_latitude_to_y (self->framed_view[0]);

  return fabs (zoom - self->framed_view[2]) > 0.01 || fabs (dx) * world > 1 || fabs (dy) * world > 1;
}

/* The two corners of the area the map shows, as latitude, longitude pairs */
static GArray *
shown_area (ScmMapView *self)
{
  ShumateViewport *viewport = get_viewport (self);
  double world = SCM_GEO_TILE_SIZE * pow (2, shumate_viewport_get_zoom_level (viewport));
  double x = scm_geo_longitude_to_x (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)));
  double y = scm_geo_latitude_to_y (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)));
  double half_width = MIN (gtk_widget_get_width (GTK_WIDGET (self->simple_map)) / 2.0 / world, 0.5);
  double half_height = MIN (gtk_widget_get_height (GTK_WIDGET (self->simple_map)) / 2.0 / world, 0.5);
  double corners[4] = { scm_geo_y_to_latitude (y - half_height), scm_geo_x_to_longitude (x - half_width),
                        scm_geo_y_to_latitude (y + half_height), scm_geo_x_to_longitude (x + half_width) };
  GArray *points = g_array_new (FALSE, FALSE, sizeof (double));

  g_array_append_vals (points, corners, 4);
  return points;
}

/**
 * scm_map_view_copy_framing:
 *
 * When @self first gets its size, it frames what @from frames, as it would
 * frame it at that size: the places @from last framed or, if the user moved
 * that map since, the area it shows. A map not framed yet gives nothing: then
 * @self frames the places that it shows, as any map does.
 */
void
scm_map_view_copy_framing (ScmMapView *self,
                           ScmMapView *from)
{
  g_autoptr(GArray) points = NULL;

  g_return_if_fail (SCM_IS_MAP_VIEW (self));
  g_return_if_fail (SCM_IS_MAP_VIEW (from));

  if (from->framed_points->len == 0)
    return;

  points = moved_since_framing (from) ? shown_area (from) : g_array_copy (from->framed_points);
  g_array_set_size (self->framed_points, 0);
  g_array_append_vals (self->framed_points, points->data, points->len);
}
