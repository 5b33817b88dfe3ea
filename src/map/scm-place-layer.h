/* scm-place-layer.h — what draws the places on the map, whichever way it draws them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <shumate/shumate.h>

#include "scm-centre-filter.h"

G_BEGIN_DECLS

#define SCM_TYPE_PLACE_LAYER (scm_place_layer_get_type ())

G_DECLARE_INTERFACE (ScmPlaceLayer, scm_place_layer, SCM, PLACE_LAYER, GObject)

/**
 * ScmPlaceLayerInterface:
 * @get_layer: the layer to put on the map
 * @add_places: draws these places (ScmCentre) too
 * @set_filter: shows only the places that the filter lets through
 * @set_selected: marks the selected place
 * @set_highlighted: (optional) marks the places with these ids
 * @set_symbol_size: (optional) the size of a place's symbol, in pixels
 * @grab_first_focus: (optional) gives the focus to the first shown place
 * @get_n_shown: how many places the filter lets through
 * @get_place_widget: (optional) the widget of a place, when it has one
 * @get_place_offset: (optional) where a shown place's symbol is drawn, in
 *   pixels from its true position (it moves aside where places crowd)
 * @set_reserved: (optional) spots that no symbol may cover (the venue's pin):
 *   latitude, longitude, pixels up from there, clearance in pixels
 *
 * The map holds one of these: a widget per place (#ScmMarkerPlaces) or one
 * layer that draws them all (#ScmPointLayer). An implementation lays its own
 * symbols out at each zoom (markers spread where crowded, points group into
 * counts): labels beside places and clusters belong in that step.
 */
struct _ScmPlaceLayerInterface
{
  GTypeInterface parent_iface;

  ShumateLayer *(*get_layer)        (ScmPlaceLayer      *self);
  void          (*add_places)       (ScmPlaceLayer      *self,
                                     GListModel         *places);
  void          (*set_filter)       (ScmPlaceLayer      *self,
                                     ScmCentreFilter    *filter);
  void          (*set_selected)     (ScmPlaceLayer      *self,
                                     ScmCentre          *centre);
  void          (*set_highlighted)  (ScmPlaceLayer      *self,
                                     const char * const *ids);
  void          (*set_symbol_size)  (ScmPlaceLayer      *self,
                                     int                 size);
  gboolean      (*grab_first_focus) (ScmPlaceLayer      *self);
  guint         (*get_n_shown)      (ScmPlaceLayer      *self);
  GtkWidget    *(*get_place_widget) (ScmPlaceLayer      *self,
                                     ScmCentre          *centre);
  gboolean      (*get_place_offset) (ScmPlaceLayer      *self,
                                     ScmCentre          *centre,
                                     double             *dx,
                                     double             *dy);
  void          (*set_reserved)     (ScmPlaceLayer      *self,
                                     const double       *spots,
                                     guint               n_spots);
};

ShumateLayer *scm_place_layer_get_layer        (ScmPlaceLayer      *self);
void          scm_place_layer_add_places       (ScmPlaceLayer      *self,
                                                GListModel         *places);
void          scm_place_layer_set_filter       (ScmPlaceLayer      *self,
                                                ScmCentreFilter    *filter);
void          scm_place_layer_set_selected     (ScmPlaceLayer      *self,
                                                ScmCentre          *centre);
void          scm_place_layer_set_highlighted  (ScmPlaceLayer      *self,
                                                const char * const *ids);
void          scm_place_layer_set_symbol_size  (ScmPlaceLayer      *self,
                                                int                 size);
gboolean      scm_place_layer_grab_first_focus (ScmPlaceLayer      *self);
guint         scm_place_layer_get_n_shown      (ScmPlaceLayer      *self);
GtkWidget    *scm_place_layer_get_place_widget (ScmPlaceLayer      *self,
                                                ScmCentre          *centre);
gboolean      scm_place_layer_get_place_offset (ScmPlaceLayer      *self,
                                                ScmCentre          *centre,
                                                double             *dx,
                                                double             *dy);
void          scm_place_layer_set_reserved     (ScmPlaceLayer      *self,
                                                const double       *spots,
                                                guint               n_spots);
void          scm_place_layer_centre_activated (ScmPlaceLayer      *self,
                                                ScmCentre          *centre);

G_END_DECLS
