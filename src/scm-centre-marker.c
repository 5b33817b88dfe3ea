/* scm-centre-marker.c
 *
 * One widget per place, not a button holding a symbol: a network's markers
 * are most of the widgets on screen when the window opens. It behaves as a
 * button does: it takes the focus, Enter or Space activates it, it is a
 * button for screen readers, and the style sheet draws its hover and
 * selection.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "scm-centre-marker.h"
#include "scm-field-symbol.h"
#include "scm-widget-util.h"

/* Room around the symbol for the hover and selection background */
#define SYMBOL_PADDING 3

struct _ScmCentreMarker
{
  ShumateMarker parent_instance;

  ScmCentre *centre;
  int symbol_size;
};

G_DEFINE_FINAL_TYPE (ScmCentreMarker, scm_centre_marker, SHUMATE_TYPE_MARKER)

enum {
  CLICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
released (GtkGestureClick *gesture,
          int              n_press,
          double           x,
          double           y,
          ScmCentreMarker *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  if (gtk_widget_contains (GTK_WIDGET (self), x, y))
    g_signal_emit (self, signals[CLICKED], 0);
}

static void
scm_centre_marker_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  ScmCentreMarker *self = SCM_CENTRE_MARKER (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  scm_field_symbol_draw (cr, scm_centre_get_field (self->centre), width / 2.0, height / 2.0,
                         self->symbol_size / 2.0 - 2);
  cairo_destroy (cr);
}

static void
scm_centre_marker_dispose (GObject *object)
{
  g_clear_object (&SCM_CENTRE_MARKER (object)->centre);
  G_OBJECT_CLASS (scm_centre_marker_parent_class)->dispose (object);
}

static void
scm_centre_marker_class_init (ScmCentreMarkerClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const guint activate_keys[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter,
                                  GDK_KEY_space, GDK_KEY_KP_Space };

  G_OBJECT_CLASS (klass)->dispose = scm_centre_marker_dispose;
  widget_class->snapshot = scm_centre_marker_snapshot;

  signals[CLICKED] =
    g_signal_new ("clicked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_FIRST | G_SIGNAL_ACTION,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_activate_signal (widget_class, signals[CLICKED]);
  for (guint i = 0; i < G_N_ELEMENTS (activate_keys); i++)
    gtk_widget_class_add_binding_signal (widget_class, activate_keys[i], 0, "clicked", NULL);

  gtk_widget_class_set_css_name (widget_class, "centre-marker");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
scm_centre_marker_init (ScmCentreMarker *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
}

/* @description: what the marker says to a screen reader; with the centre's
 * full name, its tooltip */
ScmCentreMarker *
scm_centre_marker_new (ScmCentre  *centre,
                       const char *description,
                       int         symbol_size)
{
  ScmCentreMarker *self = g_object_new (SCM_TYPE_CENTRE_MARKER, NULL);
  g_autofree char *tooltip = g_strdup_printf ("%s\n%s", scm_centre_get_name (centre), description);

  self->centre = g_object_ref (centre);
  scm_centre_marker_set_symbol_size (self, symbol_size);
  scm_widget_set_new_tooltip (GTK_WIDGET (self), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  shumate_location_set_location (SHUMATE_LOCATION (self),
                                 scm_centre_get_latitude (centre),
                                 scm_centre_get_longitude (centre));
  return self;
}

ScmCentre *
scm_centre_marker_get_centre (ScmCentreMarker *self)
{
  g_return_val_if_fail (SCM_IS_CENTRE_MARKER (self), NULL);
  return self->centre;
}

void
scm_centre_marker_set_symbol_size (ScmCentreMarker *self,
                                   int              symbol_size)
{
  int size = symbol_size + 2 * SYMBOL_PADDING;

  g_return_if_fail (SCM_IS_CENTRE_MARKER (self));

  self->symbol_size = symbol_size;
  gtk_widget_set_size_request (GTK_WIDGET (self), size, size);
}
