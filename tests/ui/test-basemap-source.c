/* test-basemap-source.c — the offline map's tiles as the map asks for them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "scm-basemap-source.h"
#include "scm-tile-paintable.h"

static ScmBasemapSource *
create_source (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScmBasemap) basemap = scm_basemap_new_from_resource (SCM_BASEMAP_RESOURCE, &error);

  g_assert_no_error (error);
  return scm_basemap_source_new (basemap);
}

static void
tile_filled (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  guint *n_filled = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (shumate_map_source_fill_tile_finish (SHUMATE_MAP_SOURCE (source), result, &error));
  g_assert_no_error (error);
  (*n_filled)++;
}

/* Asks for tile (zoom, x, y) as the map does; returns the ShumateTile */
static ShumateTile *
request_tile (ScmBasemapSource *source,
              guint             zoom,
              guint             x,
              guint             y,
              guint            *n_filled)
{
  ShumateTile *tile = g_object_ref_sink (shumate_tile_new_full (x, y, 256, zoom));

  shumate_map_source_fill_tile_async (SHUMATE_MAP_SOURCE (source), tile, NULL, tile_filled, n_filled);
  return tile;
}

static void
wait_for (guint *n_filled,
          guint  expected)
{
  while (*n_filled < expected)
    g_main_context_iteration (NULL, TRUE);
}

/* The map asks for the same tile once per copy of the world in view */
static void
test_tile_drawn_once (void)
{
  g_autoptr(ScmBasemapSource) source = create_source ();
  ShumateTile *tiles[3];
  guint n_filled = 0;

  for (guint i = 0; i < G_N_ELEMENTS (tiles); i++)
    tiles[i] = request_tile (source, 2, 1, 1, &n_filled);
  g_assert_false (scm_basemap_source_is_idle (source));
  wait_for (&n_filled, G_N_ELEMENTS (tiles));

  g_assert_cmpuint (scm_basemap_source_get_n_drawn (source), ==, 1);
  g_assert_true (scm_basemap_source_is_idle (source));
  for (guint i = 0; i < G_N_ELEMENTS (tiles); i++)
    {
      g_assert_cmpint (shumate_tile_get_state (tiles[i]), ==, SHUMATE_STATE_DONE);
      g_assert_true (shumate_tile_get_paintable (tiles[i]) == shumate_tile_get_paintable (tiles[0]));
      g_object_unref (tiles[i]);
    }
}

/* A tile asked for again is shown at once, until the look changes */
static void
test_recent_tiles_kept (void)
{
  g_autoptr(ScmBasemapSource) source = create_source ();
  g_autoptr(ShumateTile) first = NULL;
  g_autoptr(ShumateTile) again = NULL;
  g_autoptr(ShumateTile) dark = NULL;
  guint n_filled = 0;

  first = request_tile (source, 3, 4, 2, &n_filled);
  wait_for (&n_filled, 1);

  again = request_tile (source, 3, 4, 2, &n_filled);
  g_assert_cmpint (shumate_tile_get_state (again), ==, SHUMATE_STATE_DONE);
  wait_for (&n_filled, 2);
  g_assert_cmpuint (scm_basemap_source_get_n_drawn (source), ==, 1);

  scm_basemap_source_set_style (source, SCM_BASEMAP_STYLE_DARK);
  dark = request_tile (source, 3, 4, 2, &n_filled);
  g_assert_cmpint (shumate_tile_get_state (dark), ==, SHUMATE_STATE_LOADING);
  wait_for (&n_filled, 3);
  g_assert_cmpuint (scm_basemap_source_get_n_drawn (source), ==, 2);
  g_assert_false (shumate_tile_get_paintable (dark) == shumate_tile_get_paintable (first));
}

/* @paintable drawn at @size × @size by GTK's cairo renderer */
static GBytes *
render_with_cairo (GdkPaintable *paintable,
                   int           size)
{
  g_autoptr(GskRenderer) renderer = gsk_cairo_renderer_new ();
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  guchar *pixels = g_malloc (4 * size * size);

  g_assert_true (gsk_renderer_realize (renderer, NULL, &error));
  gdk_paintable_snapshot (paintable, snapshot, size, size);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, size, size));
  gdk_texture_download (texture, pixels, 4 * size);
  gsk_renderer_unrealize (renderer);
  return g_bytes_new_take (pixels, 4 * size * size);
}

/* For GTK's cairo renderer tiles come as the cairo surfaces they were drawn
 * into, not textures, and look the same */
static void
test_cairo_tiles_look_the_same (void)
{
  g_autoptr(ScmBasemapSource) textures = create_source ();
  g_autoptr(ScmBasemapSource) surfaces = create_source ();
  g_autoptr(ShumateTile) texture_tile = NULL;
  g_autoptr(ShumateTile) surface_tile = NULL;
  g_autoptr(GBytes) texture_pixels = NULL;
  g_autoptr(GBytes) surface_pixels = NULL;
  guint n_filled = 0;

  scm_basemap_source_set_cairo_tiles (surfaces, TRUE);
  texture_tile = request_tile (textures, 3, 4, 2, &n_filled);
  surface_tile = request_tile (surfaces, 3, 4, 2, &n_filled);
  wait_for (&n_filled, 2);

  g_assert_true (GDK_IS_TEXTURE (shumate_tile_get_paintable (texture_tile)));
  g_assert_false (GDK_IS_TEXTURE (shumate_tile_get_paintable (surface_tile)));
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (shumate_tile_get_paintable (surface_tile)), ==, 256);

  texture_pixels = render_with_cairo (shumate_tile_get_paintable (texture_tile), 256);
  surface_pixels = render_with_cairo (shumate_tile_get_paintable (surface_tile), 256);
  g_assert_true (g_bytes_equal (texture_pixels, surface_pixels));
}

/* Zoom 1's four tiles, each asked for twice */
static void
request_zoom_1 (ScmBasemapSource *source)
{
  for (guint round = 0; round < 2; round++)
    for (guint x = 0; x < 2; x++)
      for (guint y = 0; y < 2; y++)
        scm_basemap_source_request_tile (source, 1, x, y, NULL);
  while (scm_basemap_source_get_n_drawn (source) < 4)
    g_main_context_iteration (NULL, TRUE);
}

static void
count_drawn (guint *n_drawn)
{
  (*n_drawn)++;
}

/* Tiles asked for ahead of the map are drawn once each, say so, and are
 * ready when the map, or the tile layer, looks them up */
static void
test_requested_tiles_ready (void)
{
  g_autoptr(ScmBasemapSource) source = create_source ();
  guint n_filled = 0, n_signalled = 0;

  g_signal_connect_swapped (source, "tile-drawn", G_CALLBACK (count_drawn), &n_signalled);
  g_assert_null (scm_basemap_source_lookup_tile (source, 1, 0, 0));
  request_zoom_1 (source);
  g_assert_cmpuint (n_signalled, ==, 4);

  for (guint x = 0; x < 2; x++)
    for (guint y = 0; y < 2; y++)
      {
        g_autoptr(ShumateTile) tile = request_tile (source, 1, x, y, &n_filled);

        g_assert_nonnull (scm_basemap_source_lookup_tile (source, 1, x, y));
        g_assert_cmpint (shumate_tile_get_state (tile), ==, SHUMATE_STATE_DONE);
      }
  wait_for (&n_filled, 4);
  g_assert_cmpuint (scm_basemap_source_get_n_drawn (source), ==, 4);
}

/* A tile drawn before the window's renderer is known (the first view's,
 * started before the window is shown) is handed over as the renderer wants
 * it once known, and is not drawn again for it */
static void
test_renderer_known_after_drawing (void)
{
  g_autoptr(ScmBasemapSource) source = create_source ();
  g_autoptr(ShumateTile) as_surface = NULL;
  g_autoptr(ShumateTile) as_texture = NULL;
  guint n_filled = 0;

  request_zoom_1 (source);

  scm_basemap_source_set_cairo_tiles (source, TRUE);
  as_surface = request_tile (source, 1, 0, 0, &n_filled);
  scm_basemap_source_set_cairo_tiles (source, FALSE);
  as_texture = request_tile (source, 1, 1, 0, &n_filled);
  wait_for (&n_filled, 2);

  g_assert_true (SCM_IS_TILE_PAINTABLE (shumate_tile_get_paintable (as_surface)));
  g_assert_true (GDK_IS_TEXTURE (shumate_tile_get_paintable (as_texture)));
  g_assert_cmpuint (scm_basemap_source_get_n_drawn (source), ==, 4);
  g_assert_true (GDK_IS_TEXTURE (scm_basemap_source_lookup_tile (source, 1, 1, 1)));
}

static void
cancelled_fill (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  guint *n_finished = user_data;

  /* Cancelled, or drawn before the cancellation reached it: either is fine */
  shumate_map_source_fill_tile_finish (SHUMATE_MAP_SOURCE (source), result, NULL);
  (*n_finished)++;
}

/* A tile nobody waits for any more is dropped; a new request draws it again */
static void
test_cancelled_requests (void)
{
  g_autoptr(ScmBasemapSource) source = create_source ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(ShumateTile) left = g_object_ref_sink (shumate_tile_new_full (5, 9, 256, 5));
  g_autoptr(ShumateTile) wanted = NULL;
  guint n_finished = 0, n_filled = 0;

  shumate_map_source_fill_tile_async (SHUMATE_MAP_SOURCE (source), left, cancellable,
                                      cancelled_fill, &n_finished);
  g_cancellable_cancel (cancellable);
  wanted = request_tile (source, 5, 9, 5, &n_filled);

  wait_for (&n_finished, 1);
  wait_for (&n_filled, 1);
  g_assert_cmpint (shumate_tile_get_state (wanted), ==, SHUMATE_STATE_DONE);
  g_assert_true (scm_basemap_source_is_idle (source));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/basemap-source/tile-drawn-once", test_tile_drawn_once);
  g_test_add_func ("/basemap-source/cairo-tiles-look-the-same", test_cairo_tiles_look_the_same);
  g_test_add_func ("/basemap-source/recent-tiles-kept", test_recent_tiles_kept);
  g_test_add_func ("/basemap-source/requested-tiles-ready", test_requested_tiles_ready);
  g_test_add_func ("/basemap-source/renderer-known-after-drawing", test_renderer_known_after_drawing);
  g_test_add_func ("/basemap-source/cancelled-requests", test_cancelled_requests);

  return g_test_run ();
}
