/* scm-place-layer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "scm-place-layer.h"

G_DEFINE_INTERFACE (ScmPlaceLayer, scm_place_layer, G_TYPE_OBJECT)

enum {
  CENTRE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
scm_place_layer_default_init (ScmPlaceLayerInterface *iface)
{
  /* A place was clicked or otherwise chosen */
  signals[CENTRE_ACTIVATED] =
    g_signal_new ("centre-activated", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, SCM_TYPE_CENTRE);
}

#define IFACE(self) SCM_PLACE_LAYER_GET_IFACE (self)

ShumateLayer *
scm_place_layer_get_layer (ScmPlaceLayer *self)
{
  g_return_val_if_fail (SCM_IS_PLACE_LAYER (self), NULL);
  return IFACE (self)->get_layer (self);
}

void
scm_place_layer_add_places (ScmPlaceLayer *self,
                            GListModel    *places)
{
  g_return_if_fail (SCM_IS_PLACE_LAYER (self));
  g_return_if_fail (G_IS_LIST_MODEL (places));
  IFACE (self)->add_places (self, places);
}

void
scm_place_layer_set_filter (ScmPlaceLayer   *self,
                            ScmCentreFilter *filter)
{
  g_return_if_fail (SCM_IS_PLACE_LAYER (self));
  g_return_if_fail (filter == NULL || SCM_IS_CENTRE_FILTER (filter));
  IFACE (self)->set_filter (self, filter);
}

void
scm_place_layer_set_selected (ScmPlaceLayer *self,
                              ScmCentre     *centre)
{
  g_return_if_fail (SCM_IS_PLACE_LAYER (self));
  g_return_if_fail (centre == NULL || SCM_IS_CENTRE (centre));
  IFACE (self)->set_selected (self, centre);
}

void
scm_place_layer_set_highlighted (ScmPlaceLayer      *self,
                                 const char * const *ids)
{
  g_return_if_fail (SCM_IS_PLACE_LAYER (self));
  if (IFACE (self)->set_highlighted != NULL)
    IFACE (self)->set_highlighted (self, ids);
}

void
scm_place_layer_set_symbol_size (ScmPlaceLayer *self,
                                 int            size)
{
  g_return_if_fail (SCM_IS_PLACE_LAYER (self));
  if (IFACE (self)->set_symbol_size != NULL)
    IFACE (self)->set_symbol_size (self, size);
}

/* FALSE when no place takes the focus (none shown, or none is a widget) */
gboolean
scm_place_layer_grab_first_focus (ScmPlaceLayer *self)
{
  g_return_val_if_fail (SCM_IS_PLACE_LAYER (self), FALSE);
  return IFACE (self)->grab_first_focus != NULL && IFACE (self)->grab_first_focus (self);
}

guint
scm_place_layer_get_n_shown (ScmPlaceLayer *self)
{
  g_return_val_if_fail (SCM_IS_PLACE_LAYER (self), 0);
  return IFACE (self)->get_n_shown (self);
}

/* The widget that stands for @centre, or NULL when places are not widgets */
GtkWidget *
scm_place_layer_get_place_widget (ScmPlaceLayer *self,
                                  ScmCentre     *centre)
{
  g_return_val_if_fail (SCM_IS_PLACE_LAYER (self), NULL);
  return IFACE (self)->get_place_widget != NULL ? IFACE (self)->get_place_widget (self, centre) : NULL;
}

/* For implementations: tells that @centre was chosen */
void
scm_place_layer_centre_activated (ScmPlaceLayer *self,
                                  ScmCentre     *centre)
{
  g_return_if_fail (SCM_IS_PLACE_LAYER (self));
  g_signal_emit (self, signals[CENTRE_ACTIVATED], 0, centre);
}

/* FALSE when @centre is not shown or the layer does not say where it is drawn */
gboolean
scm_place_layer_get_place_offset (ScmPlaceLayer *self,
                                  ScmCentre     *centre,
                                  double        *dx,
                                  double        *dy)
{
  g_return_val_if_fail (SCM_IS_PLACE_LAYER (self), FALSE);
  return IFACE (self)->get_place_offset != NULL && IFACE (self)->get_place_offset (self, centre, dx, dy);
}

/* @spots: (array): latitude, longitude, pixels up, clearance: four per spot */
void
scm_place_layer_set_reserved (ScmPlaceLayer *self,
                              const double  *spots,
                              guint          n_spots)
{
  g_return_if_fail (SCM_IS_PLACE_LAYER (self));
  if (IFACE (self)->set_reserved != NULL)
    IFACE (self)->set_reserved (self, spots, n_spots);
}
