/* scm-window.c — the main window: the map and the problems banner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "scm-map-view.h"
#include "scm-window.h"

struct _ScmWindow
{
  GtkApplicationWindow parent_instance;

  ScmNetwork *network;
  gboolean online_map;

  GtkRevealer *problems_revealer;
  GtkLabel *problems_label;
  ScmMapView *map_view;
};

G_DEFINE_FINAL_TYPE (ScmWindow, scm_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_NETWORK,
  PROP_ONLINE_MAP,
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
scm_window_constructed (GObject *object)
{
  ScmWindow *self = (ScmWindow *)object;

  G_OBJECT_CLASS (scm_window_parent_class)->constructed (object);

  scm_map_view_set_network (self->map_view, self->network);
  show_problems (self);
}

static void
scm_window_dispose (GObject *object)
{
  ScmWindow *self = (ScmWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), SCM_TYPE_WINDOW);
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
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scm_window_class_init (ScmWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = scm_window_constructed;
  object_class->dispose = scm_window_dispose;
  object_class->get_property = scm_window_get_property;
  object_class->set_property = scm_window_set_property;

  properties[PROP_NETWORK] =
    g_param_spec_object ("network", NULL, NULL, SCM_TYPE_NETWORK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ONLINE_MAP] =
    g_param_spec_boolean ("online-map", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SCM_TYPE_MAP_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sciencecentres/Map/scm-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ScmWindow, problems_revealer);
  gtk_widget_class_bind_template_child (widget_class, ScmWindow, problems_label);
  gtk_widget_class_bind_template_child (widget_class, ScmWindow, map_view);
  gtk_widget_class_install_property_action (widget_class, "win.online-map", "online-map");
  gtk_widget_class_bind_template_callback (widget_class, dismiss_problems);
}

static void
scm_window_init (ScmWindow *self)
{
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
