/* scm-window-results.c — the map answers the filter: it frames the places
 * that match, or offers to when the user has moved the map since it was last
 * framed, or says that none match; and keys zoom it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <shumate/shumate.h>

#include "scm-window-private.h"

/* Typing "Teh" on the way to "Tehran" does not fly the map three times */
#define FRAME_DELAY_MS 300

/* A pointer that moves this far with a button down drags the map */
#define DRAG_THRESHOLD 8

static gboolean
has_places (ScmWindow *self)
{
  return g_list_model_get_n_items (scm_network_get_centres (self->network)) +
         g_list_model_get_n_items (scm_network_get_affiliates (self->network)) > 0;
}

static gboolean
any_matches (ScmWindow  *self,
             GListModel *places)
{
  for (guint i = 0; i < g_list_model_get_n_items (places); i++)
    {
      g_autoptr(ScmCentre) centre = g_list_model_get_item (places, i);

      if (scm_centre_filter_matches (self->filter, centre))
        return TRUE;
    }
  return FALSE;
}

/* Whether the filter lets any place of the network through */
static gboolean
filter_shows_places (ScmWindow *self)
{
  return any_matches (self, scm_network_get_centres (self->network)) ||
         any_matches (self, scm_network_get_affiliates (self->network));
}

/* "No centre matches", over the map, while the filters hide every place */
static void
update_no_match (ScmWindow *self)
{
  gboolean empty = !self->presenting && has_places (self) && !filter_shows_places (self);

  gtk_widget_set_visible (self->no_match_box, empty);
  if (empty)
    gtk_widget_set_visible (self->frame_results_button, FALSE);
}

/**
 * scm_window_frame_results:
 *
 * Frames the places that the filter shows, and forgets that the user moved
 * the map.
 */
void
scm_window_frame_results (ScmWindow *self)
{
  self->map_moved = FALSE;
  gtk_widget_set_visible (self->frame_results_button, FALSE);
  scm_map_view_fit_shown (self->map_view, TRUE);
}

static gboolean
frame_results_later (gpointer user_data)
{
  ScmWindow *self = user_data;

  self->frame_source = 0;
  if (self->presenting || !filter_shows_places (self))
    return G_SOURCE_REMOVE;

  /* The user's own view is not taken away: the map offers to frame instead */
  if (self->map_moved)
    gtk_widget_set_visible (self->frame_results_button, TRUE);
  else
    scm_window_frame_results (self);
  return G_SOURCE_REMOVE;
}

/* The side panel shows the results when the selected centre is filtered out */
static void
deselect_filtered_out (ScmWindow *self)
{
  if (self->selected_centre == NULL || scm_centre_filter_matches (self->filter, self->selected_centre))
    return;

  scm_window_set_selected_centre (self, NULL);
  scm_sidebar_show_results (self->sidebar);
}

static void
filter_changed (ScmWindow *self)
{
  /* The tour sets the filter and frames each stop itself */
  if (self->presenting)
    return;

  deselect_filtered_out (self);
  update_no_match (self);
  g_clear_handle_id (&self->frame_source, g_source_remove);
  self->frame_source = g_timeout_add (FRAME_DELAY_MS, frame_results_later, self);
}

/* A new size (maximised, the side panel shown or hidden) frames again what
 * was framed, unless the user has moved the map */
static void
size_changed (ScmWindow *self)
{
  if (!self->map_moved || self->presenting)
    scm_map_view_frame_again (self->map_view);
}

static void
mark_moved (ScmWindow *self)
{
  if (!self->presenting)
    self->map_moved = TRUE;
}

/* libshumate's zoom buttons: buttons of the map that are not places */
static gboolean
is_zoom_button (ScmWindow *self,
                GdkEvent  *event)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self->map_view));
  graphene_point_t in_native, in_map;
  double x, y, surface_x, surface_y;
  GtkWidget *picked, *button;

  if (native == NULL || !gdk_event_get_position (event, &x, &y))
    return FALSE;
  gtk_native_get_surface_transform (native, &surface_x, &surface_y);
  in_native = GRAPHENE_POINT_INIT (x - surface_x, y - surface_y);
  if (!gtk_widget_compute_point (GTK_WIDGET (native), GTK_WIDGET (self->map_view), &in_native, &in_map))
    return FALSE;

  picked = gtk_widget_pick (GTK_WIDGET (self->map_view), in_map.x, in_map.y, GTK_PICK_DEFAULT);
  button = picked ? gtk_widget_get_ancestor (picked, GTK_TYPE_BUTTON) : NULL;
  return button != NULL && gtk_widget_get_ancestor (button, SHUMATE_TYPE_SIMPLE_MAP) != NULL &&
         gtk_widget_get_ancestor (button, SHUMATE_TYPE_LAYER) == NULL;
}

/* Sees every pointer event over the map before the map does, and keeps none:
 * a drag, the wheel, a double click or a zoom button move the map. */
static gboolean
map_event (ScmWindow               *self,
           GdkEvent                *event,
           GtkEventControllerLegacy *controller)
{
  double x, y;
  guint32 time = gdk_event_get_time (event);
  int double_click_time = 400;

  switch ((int)gdk_event_get_event_type (event))
    {
    case GDK_BUTTON_PRESS:
      g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-double-click-time", &double_click_time, NULL);
      if (time - self->last_press_time < (guint32)double_click_time || is_zoom_button (self, event))
        mark_moved (self);
      self->last_press_time = time;
      self->pressed = gdk_event_get_position (event, &self->press_x, &self->press_y);
      break;
    case GDK_MOTION_NOTIFY:
      if (self->pressed && gdk_event_get_position (event, &x, &y) &&
          (ABS (x - self->press_x) > DRAG_THRESHOLD || ABS (y - self->press_y) > DRAG_THRESHOLD))
        mark_moved (self);
      break;
    case GDK_BUTTON_RELEASE:
      self->pressed = FALSE;
      break;
    case GDK_SCROLL:
    case GDK_TOUCHPAD_PINCH:
      mark_moved (self);
      break;
    default:
      break;
    }
  return GDK_EVENT_PROPAGATE;
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ScmWindow *self = SCM_WINDOW (widget);

  mark_moved (self);
  scm_map_view_zoom_by (self->map_view, 1);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ScmWindow *self = SCM_WINDOW (widget);

  mark_moved (self);
  scm_map_view_zoom_by (self->map_view, -1);
}

/* Frames the results: the map's button, Ctrl+0 and the menu's "Fit" */
static void
frame_results_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  scm_window_frame_results (SCM_WINDOW (widget));
}

/* Every field, the affiliates, every country and no search */
static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ScmWindow *self = SCM_WINDOW (widget);

  scm_sidebar_clear_filters (self->sidebar);
  scm_centre_filter_show_only_field (self->filter, scm_network_get_fields (self->network), NULL);
}

/* The keys that zoom, all here: window bindings, which the focused widget
 * sees first, so that + and - typed into the search are text */
static const struct
{
  guint keyval;
  GdkModifierType modifiers;
  const char *action;
} zoom_keys[] = {
  { GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in" },
  { GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in" },
  { GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.zoom-in" },
  { GDK_KEY_plus, 0, "win.zoom-in" },
  { GDK_KEY_equal, 0, "win.zoom-in" },
  { GDK_KEY_KP_Add, 0, "win.zoom-in" },
  { GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out" },
  { GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.zoom-out" },
  { GDK_KEY_minus, 0, "win.zoom-out" },
  { GDK_KEY_KP_Subtract, 0, "win.zoom-out" },
};

void
scm_window_results_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "win.fit", NULL, frame_results_action);
  gtk_widget_class_install_action (widget_class, "win.clear-filters", NULL, clear_filters_action);

  for (guint i = 0; i < G_N_ELEMENTS (zoom_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, zoom_keys[i].keyval, zoom_keys[i].modifiers,
                                         zoom_keys[i].action, NULL);
}

/* Called once the network and the settings' filters are in place */
void
scm_window_results_init (ScmWindow *self)
{
  GtkEventController *pointer = gtk_event_controller_legacy_new ();

  gtk_event_controller_set_propagation_phase (pointer, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (pointer, "event", G_CALLBACK (map_event), self);
  gtk_widget_add_controller (GTK_WIDGET (self->map_view), pointer);

  g_signal_connect_object (self->filter, "changed", G_CALLBACK (filter_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_swapped (self->map_view, "resized", G_CALLBACK (size_changed), self);
  update_no_match (self);
}

/* A presentation, once over, leaves the results framed */
void
scm_window_results_after_presentation (ScmWindow *self)
{
  update_no_match (self);
  scm_window_frame_results (self);
}
