/* scm-tile-paintable.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SCM_TYPE_TILE_PAINTABLE (scm_tile_paintable_get_type ())

G_DECLARE_FINAL_TYPE (ScmTilePaintable, scm_tile_paintable, SCM, TILE_PAINTABLE, GObject)

ScmTilePaintable *scm_tile_paintable_new         (cairo_surface_t  *surface);
GdkTexture       *scm_tile_paintable_get_texture (ScmTilePaintable *self);

G_END_DECLS
