/* scm-clean-screen.c
 *
 * While active, no widget of the root shows a tooltip, and the pointer hides
 * after it rests for a few seconds wherever it is, markers included; it comes
 * back when moved. GTK shows the cursor of the widget under the pointer (or
 * of its nearest ancestor with one), so hiding it means setting "none" on that
 * widget, not only on the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "scm-clean-screen.h"

/* Seconds without moving the pointer before it is hidden */
#define POINTER_IDLE_SECONDS 3

/* Marks a widget whose tooltip this object turned off, to turn it on again */
#define HELD_TOOLTIP_KEY "scm-clean-screen-held-tooltip"

struct _ScmCleanScreen
{
  GObject parent_instance;

  GtkWidget *root;               /* weak */
  GtkEventController *motion;
  double pointer_x;
  double pointer_y;
  GtkWidget *hidden_under;       /* weak: the widget whose cursor was replaced */
  GdkCursor *cursor_before;
  guint hide_source;
  gboolean active;
};

G_DEFINE_FINAL_TYPE (ScmCleanScreen, scm_clean_screen, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hold_tooltips (GtkWidget *widget,
               gboolean   hold)
{
  if (hold && gtk_widget_get_has_tooltip (widget))
    {
      g_object_set_data (G_OBJECT (widget), HELD_TOOLTIP_KEY, GINT_TO_POINTER (TRUE));
      gtk_widget_set_has_tooltip (widget, FALSE);
    }
  else if (!hold && g_object_steal_data (G_OBJECT (widget), HELD_TOOLTIP_KEY) != NULL)
    {
      gtk_widget_set_has_tooltip (widget, TRUE);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    hold_tooltips (child, hold);
}

static void
show_pointer (ScmCleanScreen *self)
{
  if (self->hidden_under != NULL)
    {
      gtk_widget_set_cursor (self->hidden_under, self->cursor_before);
      g_clear_weak_pointer (&self->hidden_under);
    }
  g_clear_object (&self->cursor_before);
  if (self->root != NULL)
    gtk_widget_set_cursor (self->root, NULL);
}

static gboolean
hide_pointer (gpointer user_data)
{
  ScmCleanScreen *self = user_data;
  GtkWidget *under;

  self->hide_source = 0;
  if (self->root == NULL)
    return G_SOURCE_REMOVE;

  gtk_widget_set_cursor_from_name (self->root, "none");
  under = gtk_widget_pick (self->root, self->pointer_x, self->pointer_y, GTK_PICK_DEFAULT);
  if (under != NULL && under != self->root)
    {
      g_set_object (&self->cursor_before, gtk_widget_get_cursor (under));
      g_set_weak_pointer (&self->hidden_under, under);
      gtk_widget_set_cursor_from_name (under, "none");
    }

  return G_SOURCE_REMOVE;
}

static void
restart_idle_time (ScmCleanScreen *self)
{
  g_clear_handle_id (&self->hide_source, g_source_remove);
  if (self->active)
    self->hide_source = g_timeout_add_seconds (POINTER_IDLE_SECONDS, hide_pointer, self);
}

static void
pointer_moved (ScmCleanScreen *self,
               double          x,
               double          y)
{
  /* GTK repeats the last position after the content changed under it: not a move */
  if (x == self->pointer_x && y == self->pointer_y && self->hidden_under != NULL)
    return;

  self->pointer_x = x;
  self->pointer_y = y;
  show_pointer (self);
  restart_idle_time (self);
}

static void
scm_clean_screen_dispose (GObject *object)
{
  ScmCleanScreen *self = (ScmCleanScreen *)object;

  g_clear_handle_id (&self->hide_source, g_source_remove);
  show_pointer (self);
  if (self->root != NULL && self->motion != NULL)
    gtk_widget_remove_controller (self->root, self->motion);
  self->motion = NULL;
  g_clear_weak_pointer (&self->root);

  G_OBJECT_CLASS (scm_clean_screen_parent_class)->dispose (object);
}

static void
scm_clean_screen_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_ACTIVE:
      g_value_set_boolean (value, SCM_CLEAN_SCREEN (object)->active);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scm_clean_screen_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_ACTIVE:
      scm_clean_screen_set_active (SCM_CLEAN_SCREEN (object), g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scm_clean_screen_class_init (ScmCleanScreenClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = scm_clean_screen_dispose;
  object_class->get_property = scm_clean_screen_get_property;
  object_class->set_property = scm_clean_screen_set_property;

  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scm_clean_screen_init (ScmCleanScreen *self)
{
  self->pointer_x = -1;
  self->pointer_y = -1;
}

ScmCleanScreen *
scm_clean_screen_new (GtkWidget *root)
{
  ScmCleanScreen *self;

  g_return_val_if_fail (GTK_IS_WIDGET (root), NULL);

  self = g_object_new (SCM_TYPE_CLEAN_SCREEN, NULL);
  g_set_weak_pointer (&self->root, root);
  self->motion = gtk_event_controller_motion_new ();
  gtk_event_controller_set_propagation_phase (self->motion, GTK_PHASE_CAPTURE);
  g_signal_connect_object (self->motion, "motion", G_CALLBACK (pointer_moved), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (root, self->motion);
  return self;
}

gboolean
scm_clean_screen_get_active (ScmCleanScreen *self)
{
  g_return_val_if_fail (SCM_IS_CLEAN_SCREEN (self), FALSE);
  return self->active;
}

void
scm_clean_screen_set_active (ScmCleanScreen *self,
                             gboolean        active)
{
  g_return_if_fail (SCM_IS_CLEAN_SCREEN (self));

  active = !!active;
  if (self->active == active)
    return;

  self->active = active;
  if (self->root != NULL)
    {
      hold_tooltips (self->root, active);
      /* A tooltip already shown goes as GTK asks again and finds none */
      gtk_widget_trigger_tooltip_query (self->root);
    }
  show_pointer (self);
  restart_idle_time (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}
