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

/* The meeting's venue and organisers, all in one city, are framed closer:
 * close enough that the organisers' names find room among the city's centres */
#define MEETING_MAX_ZOOM 8
#define FRAMING_FLIGHT_MS 800

static gboolean place_is_shown (ScmMapView *self,
                                ScmCentre  *centre);
static void     add_point      (GArray     *points,
                                ScmCentre  *centre);

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

/* The height @widget takes over the map with its margins, when shown */
static double
covered_height (GtkWidget *widget,
                double     for_width)
{
  int height;

  if (!gtk_widget_get_visible (widget))
    return 0;
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL,
                      (int)(for_width - gtk_widget_get_margin_start (widget) - gtk_widget_get_margin_end (widget)),
                      NULL, &height, NULL, NULL);
  return height + gtk_widget_get_margin_top (widget) + gtk_widget_get_margin_bottom (widget);
}

static double
covered_width (GtkWidget *widget)
{
  int width;

  if (widget == NULL || !gtk_widget_get_visible (widget))
    return 0;
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
  return width + gtk_widget_get_margin_start (widget) + gtk_widget_get_margin_end (widget);
}

/* The area to frame in: clear of the caption and the progress mark at the
 * bottom, the year at the top, the zoom buttons at the trailing side */
static ScmGeoFrameArea
frame_area (ScmMapView *self,
            double      width,
            double      height)
{
  const double padding = self->presenting ? 64 : 48;
  ScmGeoFrameArea area = { width, height, padding, padding, width >= 700 ? 1 : 0.5, self->framing_max_zoom,
                           gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL, 0, 0, 0,
                           self->framing_area };

  area.bottom = MAX (covered_height (self->caption_box, width),
                     covered_height (GTK_WIDGET (self->progress_label), width)) - padding / 2;
  area.top = covered_height (GTK_WIDGET (self->year_label), width) - padding / 2;
  area.trailing = covered_width (self->zoom_controls) - padding / 2;
  area.bottom = MAX (area.bottom, 0);
  area.top = MAX (area.top, 0);
  area.trailing = MAX (area.trailing, 0);
  return area;
}

/* Whether a framing at @latitude, @longitude, @zoom leaves every point (and a
 * marker around it) out of the legend's corner */
static gboolean
legend_covers_none (ScmMapView            *self,
                    const double          *points,
                    guint                  n_points,
                    const ScmGeoFrameArea *area,
                    double                 legend_width,
                    double                 legend_height,
                    double                 latitude,
                    double                 longitude,
                    double                 zoom)
{
  double world = SCM_GEO_TILE_SIZE * pow (2, zoom), reach = scm_map_view_symbol_size (self);
  double centre_x = scm_geo_longitude_to_x (longitude), centre_y = scm_geo_latitude_to_y (latitude);

  for (guint i = 0; i < n_points; i++)
    {
      double x = area->width / 2 + scm_geo_x_offset (scm_geo_longitude_to_x (points[2 * i + 1]), centre_x) * world;
      double y = area->height / 2 + (scm_geo_latitude_to_y (points[2 * i]) - centre_y) * world;

      if (area->rtl)
        x = area->width - x;
      if (x < legend_width + reach && y < legend_height + reach)
        return FALSE;
    }
  return TRUE;
}

static void
measure_legend (ScmMapView *self,
                int        *width,
                int        *height)
{
  gtk_widget_measure (GTK_WIDGET (self->legend), GTK_ORIENTATION_HORIZONTAL, -1, NULL, width, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (self->legend), GTK_ORIENTATION_VERTICAL, *width, NULL, height, NULL, NULL);
  *width += gtk_widget_get_margin_start (GTK_WIDGET (self->legend));
  *height += gtk_widget_get_margin_top (GTK_WIDGET (self->legend));
}

/* The largest zoom that shows @points (latitude, longitude pairs), clear of
 * what lies over the map. The legend's corner stays clear of them: where the
 * whole map leaves it empty, or beside or below it, whichever zooms in
 * further; the legend folds when it is too large for either. */
static gboolean
choose_framing (ScmMapView   *self,
                const double *data,
                guint         n,
                double        width,
                double        height,
                double        view[3])
{
  ScmGeoFrameArea area = frame_area (self, width, height), beside, below;
  double beside_zoom = -1, below_zoom = -1;
  int legend_width, legend_height;

  measure_legend (self, &legend_width, &legend_height);
  if (legend_width > width * 0.4 && legend_height > height * 0.4)
    {
      scm_legend_set_expanded (self->legend, FALSE);
      measure_legend (self, &legend_width, &legend_height);
    }

  if (!scm_geo_frame_points (data, n, &area, &view[0], &view[1], &view[2]))
    return FALSE;
  if (!legend_covers_none (self, data, n, &area, legend_width, legend_height, view[0], view[1], view[2]))
    {
      beside = area;
      beside.leading = legend_width + area.margin;
      below = area;
      below.top = MAX (area.top, legend_height);
      scm_geo_frame_points (data, n, &beside, &view[0], &view[1], &beside_zoom);
      scm_geo_frame_points (data, n, &below, &view[0], &view[1], &below_zoom);
      scm_geo_frame_points (data, n, beside_zoom >= below_zoom ? &beside : &below, &view[0], &view[1], &view[2]);
    }
  return TRUE;
}

/* The box @widget takes over a map of @width × @height when shown, with its
 * margins, from its alignment */
static gboolean
covered_box (GtkWidget       *widget,
             double           width,
             double           height,
             graphene_rect_t *box)
{
  double w = MIN (covered_width (widget), width), h = covered_height (widget, w);
  GtkAlign halign = gtk_widget_get_halign (widget), valign = gtk_widget_get_valign (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;

  if (w <= 0 || h <= 0)
    return FALSE;
  if (halign == GTK_ALIGN_CENTER || halign == GTK_ALIGN_FILL)
    box->origin.x = (width - w) / 2;
  else
    box->origin.x = (halign == GTK_ALIGN_END) != rtl ? width - w : 0;
  box->origin.y = valign == GTK_ALIGN_END ? height - h : valign == GTK_ALIGN_START ? 0 : (height - h) / 2;
  box->size.width = w;
  box->size.height = h;
  return TRUE;
}

/* Shown places that a framing would leave under the caption, the progress
 * mark or the legend: they join what is framed */
static guint
add_covered_places (ScmMapView   *self,
                    GArray       *points,
                    double        width,
                    double        height,
                    const double  view[3])
{
  GtkWidget *covers[] = { self->caption_box, GTK_WIDGET (self->progress_label), GTK_WIDGET (self->legend) };
  double world = SCM_GEO_TILE_SIZE * pow (2, view[2]), reach = scm_map_view_symbol_size (self) / 2.0 + 4;
  double centre_x = scm_geo_longitude_to_x (view[1]), centre_y = scm_geo_latitude_to_y (view[0]);
  guint n_added = 0;

  for (guint i = 0; i < self->all_places->len; i++)
    {
      ScmCentre *centre = g_ptr_array_index (self->all_places, i);
      double x = width / 2 + scm_geo_x_offset (scm_geo_longitude_to_x (scm_centre_get_longitude (centre)),
                                               centre_x) * world;
      double y = height / 2 + (scm_geo_latitude_to_y (scm_centre_get_latitude (centre)) - centre_y) * world;

      if (!place_is_shown (self, centre))
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (covers); k++)
        {
          graphene_rect_t box;

          if (covered_box (covers[k], width, height, &box) &&
              x > box.origin.x - reach && x < box.origin.x + box.size.width + reach &&
              y > box.origin.y - reach && y < box.origin.y + box.size.height + reach)
            {
              add_point (points, centre);
              n_added++;
              break;
            }
        }
    }
  return n_added;
}

static gboolean
legend_covers_a_marker (ScmMapView *self)
{
  graphene_rect_t legend, marker;

  if (!gtk_widget_compute_bounds (GTK_WIDGET (self->legend), GTK_WIDGET (self), &legend))
    return FALSE;
  for (guint i = 0; i < self->all_places->len; i++)
    {
      GtkWidget *button = scm_place_layer_get_place_widget (self->places, g_ptr_array_index (self->all_places, i));

      if (button != NULL && gtk_widget_is_drawable (button) &&
          gtk_widget_compute_bounds (button, GTK_WIDGET (self), &marker) &&
          graphene_rect_intersection (&legend, &marker, NULL))
        return TRUE;
    }
  return FALSE;
}

/* Where framing could not keep the legend's corner clear, the legend folds
 * and, if that is not enough, moves to the other top corner */
static gboolean
check_legend (gpointer user_data)
{
  ScmMapView *self = user_data;

  self->legend_check_source = 0;
  if (!legend_covers_a_marker (self))
    return G_SOURCE_REMOVE;

  if (self->legend_check_round++ == 0)
    scm_legend_fold (self->legend);
  else
    gtk_widget_set_halign (GTK_WIDGET (self->legend), GTK_ALIGN_END);
  if (self->label_layer != NULL)
    scm_label_layer_invalidate (self->label_layer);
  if (self->legend_check_round < 2)
    self->legend_check_source = g_timeout_add (100, check_legend, self);
  return G_SOURCE_REMOVE;
}

/* A framing puts the legend back in its corner and checks it once landed */
static void
check_legend_after (ScmMapView *self,
                    guint       delay_ms)
{
  gtk_widget_set_halign (GTK_WIDGET (self->legend), GTK_ALIGN_START);
  self->legend_check_round = 0;
  g_clear_handle_id (&self->legend_check_source, g_source_remove);
  self->legend_check_source = g_timeout_add (delay_ms, check_legend, self);
}

/* Frames @points at the largest zoom that shows them all, clear of what lies
 * over the map, with the shown places that would be left under it (a few
 * rounds at most); with @animate, flies there. */
static void
frame_points_in (ScmMapView *self,
                 GArray     *points,
                 double      width,
                 double      height,
                 gboolean    animate)
{
  g_autoptr(GArray) framed = g_array_copy (points);
  double view[3], wider[3], latitude, longitude, zoom;

  if (!choose_framing (self, (const double *)framed->data, framed->len / 2, width, height, view))
    return;
  /* Not at any price: a step of zoom out at most */
  for (guint round = 0; round < 3 && !self->framing_area && add_covered_places (self, framed, width, height, view) > 0; round++)
    {
      choose_framing (self, (const double *)framed->data, framed->len / 2, width, height, wider);
      if (wider[2] < view[2] - 1)
        break;
      memcpy (view, wider, sizeof wider);
    }
  latitude = view[0];
  longitude = view[1];
  zoom = view[2];

  remember_framing (self, points, latitude, longitude, zoom);
  check_legend_after (self, animate ? FRAMING_FLIGHT_MS + 100 : 100);
  if (animate)
    shumate_map_go_to_full_with_duration (shumate_simple_map_get_map (self->simple_map),
                                          latitude, longitude, zoom, FRAMING_FLIGHT_MS);
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
              double      max_zoom,
              gboolean    animate)
{
  self->framing_max_zoom = max_zoom;
  self->framing_area = FALSE;
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

/* A place at a pole is framed at the map's edge: the map ends at about 85° */
static void
add_point (GArray    *points,
           ScmCentre *centre)
{
  double point[2] = { CLAMP (scm_centre_get_latitude (centre), SHUMATE_MIN_LATITUDE, SHUMATE_MAX_LATITUDE),
                      scm_centre_get_longitude (centre) };
  g_array_append_vals (points, point, 2);
}

/* With nothing to frame, the inhabited world once, not tiles of it: the
 * corners of an area (TRUE), not two places on either side of ±180° */
static gboolean
add_world_if_empty (GArray *points)
{
  static const double world[4] = { 72, -170, -56, 170 };

  if (points->len > 0)
    return FALSE;
  g_array_append_vals (points, world, 4);
  return TRUE;
}

static void
frame_places (ScmMapView *self,
              gboolean    only_shown,
              gboolean    animate)
{
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (double));
  gboolean world;

  for (guint i = 0; i < self->all_places->len; i++)
    if (!only_shown || place_is_shown (self, g_ptr_array_index (self->all_places, i)))
      add_point (points, g_ptr_array_index (self->all_places, i));

  world = add_world_if_empty (points);
  frame_points (self, points, SCM_MAP_VIEW_FRAME_MAX_ZOOM, animate);
  self->framing_area = world;
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

  self->framing_area = add_world_if_empty (points);
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
  frame_points (self, points, SCM_MAP_VIEW_FRAME_MAX_ZOOM, TRUE);
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
  frame_points (self, points, MEETING_MAX_ZOOM, TRUE);
}

/* TRUE when the user moved or zoomed the map since it was last framed */
static gboolean
moved_since_framing (ScmMapView *self)
{
  ShumateViewport *viewport = get_viewport (self);
  double zoom = shumate_viewport_get_zoom_level (viewport);
  double world = SCM_GEO_TILE_SIZE * pow (2, zoom);
  double dx = scm_geo_x_offset (scm_geo_longitude_to_x (shumate_location_get_longitude (SHUMATE_LOCATION (viewport))),
                                scm_geo_longitude_to_x (self->framed_view[1]));
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
  /* An area the user chose is framed as it is, at its own zoom */
  self->framing_area = moved_since_framing (from) || from->framing_area;
  self->framing_max_zoom = self->framing_area ? SCM_BASEMAP_MAX_ZOOM - 2 : from->framing_max_zoom;
}

/* Frames again what was last framed, for the map's new size */
void
scm_map_view_frame_again (ScmMapView *self)
{
  gboolean area = self->framing_area;

  g_return_if_fail (SCM_IS_MAP_VIEW (self));

  if (self->framed_points->len == 0)
    return;
  frame_points (self, self->framed_points, self->framing_max_zoom, FALSE);
  self->framing_area = area;
}
