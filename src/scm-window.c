/* scm-window.c — the main window: side panel, map and the problems banner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "scm-map-view.h"
#include "scm-sidebar.h"
#include "scm-window.h"

struct _ScmWindow
{
  GtkApplicationWindow parent_instance;

  ScmNetwork *network;
  GSettings *settings;
  gboolean online_map;
  gboolean sidebar_visible;
  gboolean show_all_links;

  GtkRevealer *problems_revealer;
  GtkLabel *problems_label;
  GtkRevealer *sidebar_revealer;
  ScmSidebar *sidebar;
  ScmMapView *map_view;
  GtkLabel *subtitle_label;
};

G_DEFINE_FINAL_TYPE (ScmWindow, scm_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_NETWORK,
  PROP_ONLINE_MAP,
  PROP_SIDEBAR_VISIBLE,
  PROP_SHOW_ALL_LINKS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Tells the user once, visibly, that the file had problems and what was left out. */
static void
show_problems (ScmWindow *self)
{
  const char * const *problems = scm_network_get_problems (self->network);
  guint n_problems = scm_network_get_n_problems (self->network);
  guint n_skipped = scm_network_get_n_skipped (self->network);
  g_autofree char *summary = NULL;
  g_autofree char *details = NULL;

  if (n_problems == 0)
    return;

  summary = g_strdup_printf (ngettext ("The network file has %u problem; %u entries were left out.",
                                       "The network file has %u problems; %u entries were left out.",
                                       n_problems),
                             n_problems, n_skipped);
  details = g_strjoinv ("\n", (char **)problems);

  gtk_label_set_text (self->problems_label, summary);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->problems_label), details);
  gtk_revealer_set_reveal_child (self->problems_revealer, TRUE);

  for (guint i = 0; problems[i] != NULL; i++)
    g_message ("%s", problems[i]);
}

static void
dismiss_problems (ScmWindow *self)
{
  gtk_revealer_set_reveal_child (self->problems_revealer, FALSE);
}

/* The OpenStreetMap layer is never the default: it needs the network. */
static void
scm_window_set_online_map (ScmWindow *self,
                           gboolean   online_map)
{
  if (self->online_map == online_map)
    return;

  self->online_map = online_map;
  scm_map_view_set_online_layer (self->map_view, online_map);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ONLINE_MAP]);
}

static void
scm_window_set_sidebar_visible (ScmWindow *self,
                                gboolean   visible)
{
  if (self->sidebar_visible == visible)
    return;

  self->sidebar_visible = visible;
  gtk_revealer_set_reveal_child (self->sidebar_revealer, visible);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDEBAR_VISIBLE]);
}

static void
scm_window_set_show_all_links (ScmWindow *self,
                               gboolean   show_all)
{
  if (self->show_all_links == show_all)
    return;

  self->show_all_links = show_all;
  scm_map_view_set_show_all_links (self->map_view, show_all);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_ALL_LINKS]);
}

/* Selecting a centre on the map opens its panel, even when the panel was hidden. */
static void
selection_changed (ScmWindow *self)
{
  if (scm_sidebar_get_selected_centre (self->sidebar) != NULL)
    scm_window_set_sidebar_visible (self, TRUE);
}

/* While the meeting's story is shown, its co-organisers stand out on the map. */
static void
sidebar_page_changed (ScmWindow *self)
{
  ScmMeeting *meeting = scm_network_get_meeting (self->network);
  gboolean on_overview = g_strcmp0 (scm_sidebar_get_page (self->sidebar), "overview") == 0;

  scm_map_view_set_highlighted (self->map_view,
                                meeting && on_overview ? scm_meeting_get_co_organisers (meeting)
                                                       : NULL);
}

static void
venue_activated (ScmWindow *self)
{
  scm_sidebar_set_selected_centre (self->sidebar, NULL);
  scm_window_set_sidebar_visible (self, TRUE);
}

static void
link_chosen (ScmWindow *self,
             ScmLink   *link)
{
  scm_map_view_frame_link (self->map_view, link);
}

static void
fit_requested (ScmWindow *self)
{
  scm_map_view_fit_shown (self->map_view);
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

static void
fit_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  scm_map_view_fit_shown (SCM_WINDOW (widget)->map_view);
}

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

static void
restore_state (ScmWindow *self)
{
  if (self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
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

  G_OBJECT_CLASS (scm_window_parent_class)->constructed (object);

  scm_sidebar_set_network (self->sidebar, self->network);
  scm_map_view_set_network (self->map_view, self->network);
  scm_map_view_set_filter (self->map_view, scm_sidebar_get_filter (self->sidebar));
  g_object_bind_property (self->map_view, "selected-centre", self->sidebar, "selected-centre",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->sidebar, "count-text", self->subtitle_label, "label",
                          G_BINDING_SYNC_CREATE);
  sidebar_page_changed (self);

  self->settings = lookup_settings ();
  restore_state (self);
  show_problems (self);
}

static void
scm_window_dispose (GObject *object)
{
  ScmWindow *self = (ScmWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), SCM_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->network);

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
  properties[PROP_SHOW_ALL_LINKS] =
    g_param_spec_boolean ("show-all-links", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SCM_TYPE_MAP_VIEW);
  g_type_ensure (SCM_TYPE_SIDEBAR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sciencecentres/Map/scm-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ScmWindow, problems_revealer);
  gtk_widget_class_bind_template_child (widget_class, ScmWindow, problems_label);
  gtk_widget_class_bind_template_child (widget_class, ScmWindow, sidebar_revealer);
  gtk_widget_class_bind_template_child (widget_class, ScmWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, ScmWindow, map_view);
  gtk_widget_class_bind_template_child (widget_class, ScmWindow, subtitle_label);
  gtk_widget_class_bind_template_callback (widget_class, dismiss_problems);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_page_changed);
  gtk_widget_class_bind_template_callback (widget_class, venue_activated);
  gtk_widget_class_bind_template_callback (widget_class, fit_requested);
  gtk_widget_class_bind_template_callback (widget_class, link_chosen);

  gtk_widget_class_install_property_action (widget_class, "win.online-map", "online-map");
  gtk_widget_class_install_property_action (widget_class, "win.show-sidebar", "sidebar-visible");
  gtk_widget_class_install_property_action (widget_class, "win.show-links", "show-all-links");
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.fit", NULL, fit_action);
}

static void
scm_window_init (ScmWindow *self)
{
  self->sidebar_visible = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
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
