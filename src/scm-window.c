/* scm-window.c — the main window: side panel, map, and the banners that tell
 * of a file's problems and of the online map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "scm-map-view.h"
#include "scm-window-private.h"


G_DEFINE_FINAL_TYPE (ScmWindow, scm_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_NETWORK,
  PROP_ONLINE_MAP,
  PROP_SIDEBAR_VISIBLE,
  PROP_SHOW_ALL_LINKS,
  PROP_PRESENTING,
  PROP_SELECTED_CENTRE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The menu's widgets are built when it first opens, not with the window */
static void
create_primary_menu (GtkMenuButton *button,
                     gpointer       user_data)
{
  ScmWindow *self = user_data;

  gtk_menu_button_set_menu_model (button, self->primary_menu);
}

#define ONLINE_TILE_HOST "tile.openstreetmap.org"

/**
 * scm_window_show_notice:
 * @text: (nullable): what to say, or NULL to hide the notice
 * @file: (nullable): a file that the notice's Open button opens
 *
 * A line over the map that stays until dismissed or replaced: the online
 * map's state, or what became of an export.
 */
void
scm_window_show_notice (ScmWindow  *self,
                        const char *text,
                        GFile      *file)
{
  g_set_object (&self->notice_file, file);
  gtk_label_set_text (self->notice_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->notice_open_button), file != NULL);
  gtk_revealer_set_reveal_child (self->notice_revealer, text != NULL);
}

static void
dismiss_notice (ScmWindow *self)
{
  scm_window_show_notice (self, NULL, NULL);
}

static void
notice_file_opened (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(ScmWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (g_app_info_launch_default_for_uri_finish (result, &error) || gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;

  /* Translators: %s is why, a sentence of the system or of the app */
  text = g_strdup_printf (_("The file could not be opened: %s"), error->message);
  scm_window_show_notice (self, text, NULL);
}

/* Opens the notice's file in the application the user chose for its type */
static void
open_notice_file (ScmWindow *self)
{
  g_autoptr(GAppLaunchContext) context = NULL;
  g_autofree char *uri = NULL;

  if (self->notice_file == NULL)
    return;

  context = G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (self))));
  uri = g_file_get_uri (self->notice_file);
  g_app_info_launch_default_for_uri_async (uri, context, NULL, notice_file_opened, g_object_ref (self));
}

/* Said once when the layer is chosen, never per tile: the tiles that fail
 * simply leave the offline map visible. */
static void
online_map_reached (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(ScmWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (g_network_monitor_can_reach_finish (G_NETWORK_MONITOR (source), result, &error))
    return;

  g_debug ("%s cannot be reached: %s", ONLINE_TILE_HOST, error->message);
  if (self->online_map && !gtk_widget_in_destruction (GTK_WIDGET (self)))
    scm_window_show_notice (self, _("The online map cannot be reached: the offline map is shown."), NULL);
}

/* The OpenStreetMap layer is never the default: it needs the network. Nothing
 * here waits for it: reachability is checked in the background. */
void
scm_window_set_online_map (ScmWindow *self,
                           gboolean   online_map)
{
  g_autoptr(GSocketConnectable) host = NULL;

  if (self->online_map == online_map)
    return;

  self->online_map = online_map;
  scm_map_view_set_online_layer (self->map_view, online_map);
  scm_window_show_notice (self, NULL, NULL);
  if (online_map)
    {
      host = g_network_address_new (ONLINE_TILE_HOST, 443);
      g_network_monitor_can_reach_async (g_network_monitor_get_default (), host, NULL,
                                         online_map_reached, g_object_ref (self));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ONLINE_MAP]);
}

/* The notice shown (the online map's, an export's), or NULL */
const char *
scm_window_get_notice (ScmWindow *self)
{
  g_return_val_if_fail (SCM_IS_WINDOW (self), NULL);
  return gtk_revealer_get_reveal_child (self->notice_revealer) ? gtk_label_get_text (self->notice_label)
                                                               : NULL;
}

void
scm_window_set_sidebar_visible (ScmWindow *self,
                                gboolean   visible)
{
  if (self->sidebar_visible == visible)
    return;

  self->sidebar_visible = visible;
  gtk_revealer_set_reveal_child (self->sidebar_revealer, visible);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDEBAR_VISIBLE]);
}

void
scm_window_set_show_all_links (ScmWindow *self,
                               gboolean   show_all)
{
  if (self->show_all_links == show_all)
    return;

  self->show_all_links = show_all;
  scm_map_view_set_show_all_links (self->map_view, show_all);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_ALL_LINKS]);
}

/* While the meeting's story is shown, its co-organisers and the centres known
 * to have attended stand out on the map. */
static void
sidebar_page_changed (ScmWindow *self)
{
  ScmMeeting *meeting = scm_network_get_meeting (self->network);
  gboolean on_overview = g_strcmp0 (scm_sidebar_get_page (self->sidebar), "overview") == 0;

  scm_map_view_set_highlighted (self->map_view,
                                meeting && on_overview ? scm_meeting_get_participants (meeting) : NULL,
                                meeting && on_overview ? scm_meeting_get_co_organisers (meeting) : NULL);
}

/**
 * scm_window_start_presentation:
 * @interval_seconds: 0 to move only on keys, else the pace of the tour
 *
 * Fullscreen, without chrome, larger type and markers; the tour starts at its
 * first stop. Escape leaves.
 */
void
scm_window_start_presentation (ScmWindow *self,
                               guint      interval_seconds)
{
  g_return_if_fail (SCM_IS_WINDOW (self));

  if (!self->presenting)
    {
      self->presenting = TRUE;
      self->sidebar_before_presenting = self->sidebar_visible;
      g_set_object (&self->selected_before_presenting, self->selected_centre);
      scm_centre_filter_copy_from (self->filter_before_presenting, self->filter);
      g_clear_handle_id (&self->frame_source, g_source_remove);
      scm_window_set_selected_centre (self, NULL);
      scm_sidebar_clear_filters (self->sidebar);
      scm_window_set_sidebar_visible (self, FALSE);
      gtk_widget_set_visible (gtk_window_get_titlebar (GTK_WINDOW (self)), FALSE);
      gtk_widget_add_css_class (GTK_WIDGET (self), "presenting");
      gtk_window_fullscreen (GTK_WINDOW (self));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTING]);
    }

  scm_presenter_start (self->presenter, interval_seconds);
}

void
scm_window_stop_presentation (ScmWindow *self)
{
  g_return_if_fail (SCM_IS_WINDOW (self));

  if (!self->presenting)
    return;

  self->presenting = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTING]);
  scm_presenter_stop (self->presenter);
  scm_map_view_set_show_all_links (self->map_view, self->show_all_links);
  gtk_widget_remove_css_class (GTK_WIDGET (self), "presenting");
  gtk_widget_set_visible (gtk_window_get_titlebar (GTK_WINDOW (self)), TRUE);
  gtk_window_unfullscreen (GTK_WINDOW (self));
  scm_window_set_sidebar_visible (self, self->sidebar_before_presenting);
  sidebar_page_changed (self);

  /* The user's search, country, fields and selection, as they were */
  scm_centre_filter_copy_from (self->filter, self->filter_before_presenting);
  scm_window_set_selected_centre (self, self->selected_before_presenting);
  g_clear_object (&self->selected_before_presenting);
  scm_window_results_after_presentation (self);
}

ScmTour *
scm_window_get_tour (ScmWindow *self)
{
  g_return_val_if_fail (SCM_IS_WINDOW (self), NULL);
  return scm_presenter_get_tour (self->presenter);
}

ScmMapView *
scm_window_get_map_view (ScmWindow *self)
{
  g_return_val_if_fail (SCM_IS_WINDOW (self), NULL);
  return self->map_view;
}

/* The clicker's keys (Page Up/Down) and the arrows, Space, Home and End move
 * through the tour; Escape leaves it. */
static gboolean
presentation_key_pressed (ScmWindow       *self,
                          guint            keyval,
                          guint            keycode,
                          GdkModifierType  state)
{
  ScmTour *tour = scm_presenter_get_tour (self->presenter);

  if (!self->presenting)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Page_Down:
    case GDK_KEY_Right:
    case GDK_KEY_Down:
    case GDK_KEY_space:
      scm_tour_next (tour);
      return TRUE;
    case GDK_KEY_Page_Up:
    case GDK_KEY_Left:
    case GDK_KEY_Up:
      scm_tour_previous (tour);
      return TRUE;
    case GDK_KEY_Home:
      scm_tour_first (tour);
      return TRUE;
    case GDK_KEY_End:
      scm_tour_last (tour);
      return TRUE;
    case GDK_KEY_Escape:
      scm_window_stop_presentation (self);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ScmWindow *self = SCM_WINDOW (widget);

  if (self->presenting)
    scm_window_stop_presentation (self);
  else
    scm_window_start_presentation (self, 0);
}

static void
fullscreen_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkWindow *window = GTK_WINDOW (widget);

  if (gtk_window_is_fullscreen (window))
    gtk_window_unfullscreen (window);
  else
    gtk_window_fullscreen (window);
}

/* The selected centre, shown by the side panel and the map, which bind to it.
 * Selecting a centre opens its panel, even when the panel was hidden. */
void
scm_window_set_selected_centre (ScmWindow *self,
                                ScmCentre *centre)
{
  g_return_if_fail (SCM_IS_WINDOW (self));

  if (!g_set_object (&self->selected_centre, centre))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_CENTRE]);
  if (centre != NULL)
    scm_window_set_sidebar_visible (self, TRUE);
}

ScmCentre *
scm_window_get_selected_centre (ScmWindow *self)
{
  g_return_val_if_fail (SCM_IS_WINDOW (self), NULL);
  return self->selected_centre;
}

/* The filter that the side panel, the map and the tour share */
ScmCentreFilter *
scm_window_get_filter (ScmWindow *self)
{
  g_return_val_if_fail (SCM_IS_WINDOW (self), NULL);
  return self->filter;
}

/* win.select-centre: a centre's id, or "" for none */
static void
select_centre_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ScmWindow *self = SCM_WINDOW (widget);

  scm_window_set_selected_centre (self, scm_network_lookup (self->network,
                                                            g_variant_get_string (parameter, NULL)));
}

/* The link at @index of the network's list, or NULL */
static ScmLink *
lookup_link (ScmWindow *self,
             GVariant  *index)
{
  GListModel *links = scm_network_get_links (self->network);
  int position = g_variant_get_int32 (index);
  g_autoptr(ScmLink) link = NULL;

  if (position < 0 || (guint)position >= g_list_model_get_n_items (links))
    return NULL;
  link = g_list_model_get_item (links, position);
  return link;    /* the network keeps it */
}

/* win.focus-link: a link (its index in the network), or -1 for none, drawn
 * brighter while its row in the centre's panel is pointed at or focused */
static void
focus_link_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ScmWindow *self = SCM_WINDOW (widget);

  /* Rows lose the focus while the window is taken apart, after the map */
  if (self->map_view != NULL)
    scm_link_layer_set_focused (scm_map_view_get_link_layer (self->map_view),
                                lookup_link (self, parameter));
}

/* win.follow-link: opens the selected centre's partner in the link (or,
 * when the selected centre is neither end, as for a click on the arc, the
 * link's first centre, whose panel lists the other) and frames both ends */
static void
follow_link_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ScmWindow *self = SCM_WINDOW (widget);
  ScmLink *link = lookup_link (self, parameter);
  ScmCentre *partner;

  if (link == NULL)
    return;
  partner = scm_link_get_partner (link, self->selected_centre);
  scm_window_set_selected_centre (self, partner != NULL ? partner : scm_link_get_from (link));
  scm_map_view_frame_link (self->map_view, link);
}

static void
venue_activated (ScmWindow *self)
{
  scm_window_set_selected_centre (self, NULL);
  scm_window_set_sidebar_visible (self, TRUE);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ScmWindow *self = SCM_WINDOW (widget);

  scm_window_set_sidebar_visible (self, TRUE);
  scm_sidebar_focus_search (self->sidebar);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  scm_sidebar_go_back (SCM_WINDOW (widget)->sidebar);
}

/* The smallest window the layout is made for (a projector's 1024 × 768 is
 * larger), and a bound on sizes read from the settings */
#define MIN_WIDTH 640
#define MIN_HEIGHT 480
#define MAX_SIZE 16384

/* NULL when the schema is not installed (running an uninstalled binary):
 * the app then works without remembering anything. */
static GSettings *
lookup_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_debug ("Schema %s is not installed: settings are not remembered", APP_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

/* The last filters: hidden fields and country */
static void
save_filters (ScmWindow *self)
{
  ScmCentreFilter *filter = self->filter;
  GListModel *fields = scm_network_get_fields (self->network);
  g_autoptr(GStrvBuilder) hidden = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;
  const char *country = scm_centre_filter_get_country (filter);

  /* The tour sets filters of its own: they are not the user's */
  if (self->presenting)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (fields); i++)
    {
      g_autoptr(ScmField) field = g_list_model_get_item (fields, i);

      if (!scm_centre_filter_get_field_shown (filter, field))
        g_strv_builder_add (hidden, scm_field_get_id (field));
    }

  ids = g_strv_builder_end (hidden);
  g_settings_set_strv (self->settings, "hidden-fields", (const char * const *)ids);
  g_settings_set_string (self->settings, "country", country ? country : "");
}

static void
restore_filters (ScmWindow *self)
{
  ScmCentreFilter *filter = self->filter;
  g_auto(GStrv) hidden = g_settings_get_strv (self->settings, "hidden-fields");
  g_autofree char *country = g_settings_get_string (self->settings, "country");

  for (guint i = 0; hidden[i] != NULL; i++)
    {
      ScmField *field = scm_network_lookup_field (self->network, hidden[i]);

      if (field != NULL)
        scm_centre_filter_set_field_shown (filter, field, FALSE);
    }
  if (scm_network_count_in_country (self->network, country) > 0)
    scm_sidebar_set_country (self->sidebar, country);

  g_signal_connect_object (filter, "changed", G_CALLBACK (save_filters), self, G_CONNECT_SWAPPED);
}

static void
restore_state (ScmWindow *self)
{
  if (self->settings == NULL)
    return;

  restore_filters (self);

  /* A size edited by hand may be nonsense: a window stays usable */
  gtk_window_set_default_size (GTK_WINDOW (self),
                               CLAMP (g_settings_get_int (self->settings, "window-width"), MIN_WIDTH, MAX_SIZE),
                               CLAMP (g_settings_get_int (self->settings, "window-height"), MIN_HEIGHT, MAX_SIZE));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_settings_bind (self->settings, "sidebar-visible", self, "sidebar-visible", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "online-map", self, "online-map", G_SETTINGS_BIND_DEFAULT);
}

static gboolean
scm_window_close_request (GtkWindow *window)
{
  ScmWindow *self = SCM_WINDOW (window);
  int width, height;

  if (self->settings != NULL)
    {
      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
    }

  return GTK_WINDOW_CLASS (scm_window_parent_class)->close_request (window);
}

static void
scm_window_constructed (GObject *object)
{
  ScmWindow *self = (ScmWindow *)object;
  ScmMeeting *meeting = scm_network_get_meeting (self->network);

  G_OBJECT_CLASS (scm_window_parent_class)->constructed (object);

  scm_centre_filter_set_attendees (self->filter, meeting ? scm_meeting_get_attendees (meeting) : NULL);
  scm_window_startup_init (self);
  scm_sidebar_set_network (self->sidebar, self->network);
  scm_map_view_set_network (self->map_view, self->network);
  /* The window owns the selection and "presenting"; the others follow, one way */
  g_object_bind_property (self, "selected-centre", self->sidebar, "selected-centre",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "selected-centre", self->map_view, "selected-centre",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "presenting", self->map_view, "presenting",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->sidebar, "count-text", self->subtitle_label, "label",
                          G_BINDING_SYNC_CREATE);
  sidebar_page_changed (self);

  self->presenter = scm_presenter_new (self->map_view, self->filter, self->network);

  self->settings = lookup_settings ();
  restore_state (self);
  scm_window_results_init (self);
  scm_window_show_problems (self);

  /* The map has the focus first, not the search entry: a text cursor blinks,
   * which is a distraction on a projector, and it redraws the window sixty
   * times a second while it does. Ctrl+F, or Tab, reach the search. */
  scm_map_view_focus_first_place (self->map_view);
  scm_window_startup_start_tiles (self);
}

static void
scm_window_dispose (GObject *object)
{
  ScmWindow *self = (ScmWindow *)object;

  g_clear_handle_id (&self->frame_source, g_source_remove);
  scm_window_startup_dispose (self);
  g_clear_object (&self->clean_screen);
  g_clear_object (&self->filter_before_presenting);
  g_clear_object (&self->selected_before_presenting);
  g_clear_object (&self->presenter);
  gtk_widget_dispose_template (GTK_WIDGET (self), SCM_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->selected_centre);
  g_clear_object (&self->network);
  g_clear_object (&self->notice_file);

  G_OBJECT_CLASS (scm_window_parent_class)->dispose (object);
}

static void
scm_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  ScmWindow *self = SCM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_NETWORK:
      g_value_set_object (value, self->network);
      break;
    case PROP_ONLINE_MAP:
      g_value_set_boolean (value, self->online_map);
      break;
    case PROP_SIDEBAR_VISIBLE:
      g_value_set_boolean (value, self->sidebar_visible);
      break;
    case PROP_SHOW_ALL_LINKS:
      g_value_set_boolean (value, self->show_all_links);
      break;
    case PROP_PRESENTING:
      g_value_set_boolean (value, self->presenting);
      break;
    case PROP_SELECTED_CENTRE:
      g_value_set_object (value, self->selected_centre);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scm_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  ScmWindow *self = SCM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_NETWORK:
      self->network = g_value_dup_object (value);
      break;
    case PROP_ONLINE_MAP:
      scm_window_set_online_map (self, g_value_get_boolean (value));
      break;
    case PROP_SIDEBAR_VISIBLE:
      scm_window_set_sidebar_visible (self, g_value_get_boolean (value));
      break;
    case PROP_SHOW_ALL_LINKS:
      scm_window_set_show_all_links (self, g_value_get_boolean (value));
      break;
    case PROP_SELECTED_CENTRE:
      scm_window_set_selected_centre (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scm_window_class_init (ScmWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = scm_window_constructed;
  object_class->dispose = scm_window_dispose;
  object_class->get_property = scm_window_get_property;
  object_class->set_property = scm_window_set_property;
  window_class->close_request = scm_window_close_request;

  properties[PROP_NETWORK] =
    g_param_spec_object ("network", NULL, NULL, SCM_TYPE_NETWORK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ONLINE_MAP] =
    g_param_spec_boolean ("online-map", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIDEBAR_VISIBLE] =
    g_param_spec_boolean ("sidebar-visible", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_ALL_LINKS] =
    g_param_spec_boolean ("show-all-links", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_CENTRE] =
    g_param_spec_object ("selected-centre", NULL, NULL, SCM_TYPE_CENTRE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SCM_TYPE_CENTRE_FILTER);
  g_type_ensure (SCM_TYPE_MAP_VIEW);
  g_type_ensure (SCM_TYPE_SIDEBAR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sciencecentres/Map/scm-window.ui");
  scm_window_problems_class_init (widget_class);
  scm_window_results_class_init (widget_class);
  scm_window_startup_class_init (widget_class);
  gtk_widget_class_bind_template_child (widget_class, ScmWindow, no_match_box);
  gtk_widget_class_bind_template_child (widget_class, ScmWindow, frame_results_button);
  gtk_widget_class_bind_template_child (widget_class, ScmWindow, notice_revealer);
  gtk_widget_class_bind_template_child (widget_class, ScmWindow, notice_label);
  gtk_widget_class_bind_template_child (widget_class, ScmWindow, notice_open_button);
  gtk_widget_class_bind_template_callback (widget_class, dismiss_notice);
  gtk_widget_class_bind_template_callback (widget_class, open_notice_file);
  gtk_widget_class_bind_template_child (widget_class, ScmWindow, sidebar_revealer);
  gtk_widget_class_bind_template_child (widget_class, ScmWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, ScmWindow, map_view);
  gtk_widget_class_bind_template_child (widget_class, ScmWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, ScmWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, ScmWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, ScmWindow, filter);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_page_changed);
  gtk_widget_class_bind_template_callback (widget_class, venue_activated);

  gtk_widget_class_install_property_action (widget_class, "win.online-map", "online-map");
  gtk_widget_class_install_property_action (widget_class, "win.show-sidebar", "sidebar-visible");
  gtk_widget_class_install_property_action (widget_class, "win.show-links", "show-all-links");
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.select-centre", "s", select_centre_action);
  gtk_widget_class_install_action (widget_class, "win.focus-link", "i", focus_link_action);
  gtk_widget_class_install_action (widget_class, "win.follow-link", "i", follow_link_action);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, scm_window_export_action);
  gtk_widget_class_install_action (widget_class, "win.export-to", "(ayii)", scm_window_export_to_action);
  gtk_widget_class_install_action (widget_class, "win.fullscreen", NULL, fullscreen_action);
}

static void
scm_window_init (ScmWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->sidebar_visible = TRUE;
  self->filter_before_presenting = scm_centre_filter_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  scm_window_problems_init (self);
  gtk_menu_button_set_create_popup_func (self->primary_menu_button, create_primary_menu, self, NULL);

  /* Before any focused widget sees them: the tour's keys win while presenting */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (presentation_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  /* While presenting: no tooltips, and the pointer hides when it rests */
  self->clean_screen = scm_clean_screen_new (GTK_WIDGET (self));
  g_object_bind_property (self, "presenting", self->clean_screen, "active", G_BINDING_DEFAULT);
}

ScmWindow *
scm_window_new (ScmApplication *application,
                ScmNetwork     *network)
{
  return g_object_new (SCM_TYPE_WINDOW,
                       "application", application,
                       "network", network,
                       NULL);
}

ScmNetwork *
scm_window_get_network (ScmWindow *self)
{
  g_return_val_if_fail (SCM_IS_WINDOW (self), NULL);
  return self->network;
}
