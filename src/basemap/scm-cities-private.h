/* scm-cities-private.h — what the cities file and the placing of their
 * labels share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "scm-cities.h"

G_BEGIN_DECLS

typedef struct
{
  float x, y;              /* in the unit square */
  guint8 min_zoom;
  guint8 flags;
  gboolean rtl;
  const char *name;
  int width, height;       /* in 1/64 px at text scale 1; -1 until measured */
} City;

struct _ScmCities
{
  GObject parent_instance;

  GStringChunk *names;
  GArray *cities;
};

static inline City *
scm_cities_get_city (ScmCities *self,
                     guint      index)
{
  return &g_array_index (self->cities, City, index);
}

G_END_DECLS
