/* test-tile-layer.c — the offline basemap's tiles in a map: all of the view
 * covered, a lower zoom's tile standing in while a tile is drawn, and no
 * seam between tiles at a zoom between two levels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "scm-basemap-source.h"
#include "scm-geo.h"
#include "scm-tile-layer.h"
#include "test-util.h"

/* Odd: the view's centre lies between two pixels */
#define WIDTH 601
#define HEIGHT 401

typedef struct
{
  GtkWindow *window;
  ShumateMap *map;
  ScmTileLayer *layer;
  ScmBasemapSource *source;
} Fixture;

/* A window's size, and the scale of the screen its tiles are drawn for */
typedef struct
{
  int width, height;
  int scale_factor;
  double zoom;
} View;

static const View small_view = { WIDTH, HEIGHT, 1, 1 };
/* More tiles than the source keeps: 30 or so at zoom 3, 16 kept at scale 2 */
static const View large_view = { 1200, 800, 2, 3 };
static const View panned_view = { 1200, 800, 2, 5 };

static ShumateViewport *
viewport_of (Fixture *fixture)
{
  return shumate_map_get_viewport (fixture->map);
}

/* Until every tile of the view is drawn */
static void
wait_for_tiles (Fixture *fixture)
{
  for (guint i = 0; i < 500 && !scm_tile_layer_is_complete (fixture->layer); i++)
    scm_test_wait (10);
  g_assert_true (scm_tile_layer_is_complete (fixture->layer));
}

/* … and the window has drawn them */
static void
wait_until_complete (Fixture *fixture)
{
  wait_for_tiles (fixture);
  scm_test_settle ();
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const View *view = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScmBasemap) basemap = scm_basemap_new_from_resource (SCM_BASEMAP_RESOURCE, &error);

  g_assert_no_error (error);
  fixture->source = scm_basemap_source_new (basemap);
  scm_basemap_source_set_scale_factor (fixture->source, view->scale_factor);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, view->width, view->height);
  fixture->map = shumate_map_new ();
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->map));
  shumate_viewport_set_reference_map_source (viewport_of (fixture), SHUMATE_MAP_SOURCE (fixture->source));
  shumate_viewport_set_zoom_level (viewport_of (fixture), view->zoom);
  shumate_location_set_location (SHUMATE_LOCATION (viewport_of (fixture)), 0, 10);

  fixture->layer = scm_tile_layer_new (viewport_of (fixture));
  shumate_map_add_layer (fixture->map, SHUMATE_LAYER (fixture->layer));
  scm_tile_layer_set_source (fixture->layer, fixture->source);
  scm_test_show_window (fixture->window);
  wait_until_complete (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_object_unref (fixture->source);
}

/* Every pixel of the view that shows the world has a tile */
static void
test_view_covered (Fixture       *fixture,
                   gconstpointer  data)
{
  int width = gtk_widget_get_width (GTK_WIDGET (fixture->layer));
  int height = gtk_widget_get_height (GTK_WIDGET (fixture->layer));

  for (int x = 0; x < width; x += width / 10)
    for (int y = 0; y < height; y += height / 10)
      g_assert_cmpuint (scm_test_alpha_at (GTK_WIDGET (fixture->layer), x, y), ==, 255);
}

/* Whether the layer, drawn now, covers its view's centre */
static gboolean
centre_covered_now (GtkWidget *layer)
{
  int width = gtk_widget_get_width (layer), height = gtk_widget_get_height (layer);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autofree guchar *pixels = NULL;

  GTK_WIDGET_GET_CLASS (layer)->snapshot (layer, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)   /* nothing drawn at all */
    return FALSE;
  pixels = scm_test_render_node (layer, node, width, height);
  return pixels[4 * (height / 2 * width + width / 2) + 3] == 255;
}

/* Zoomed in, the new tiles are asked for at once; until they are drawn (their
 * threads report back through the main loop, which has not run), the lower
 * zoom's tile covers their place */
static void
test_stand_in_while_drawing (Fixture       *fixture,
                             gconstpointer  data)
{
  shumate_viewport_set_zoom_level (viewport_of (fixture), 4);
  g_assert_false (scm_tile_layer_is_complete (fixture->layer));
  g_assert_true (centre_covered_now (GTK_WIDGET (fixture->layer)));

  wait_until_complete (fixture);
  g_assert_true (centre_covered_now (GTK_WIDGET (fixture->layer)));
}

/* Between two zoom levels tiles are scaled: their edges meet on whole
 * pixels, so no line of the background shows between them */
static void
test_no_seams (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *layer = GTK_WIDGET (fixture->layer);
  g_autofree guchar *pixels = NULL;
  int width, height;

  shumate_viewport_set_zoom_level (viewport_of (fixture), 2.37);
  shumate_location_set_location (SHUMATE_LOCATION (viewport_of (fixture)), 12.3, 4.56);
  wait_until_complete (fixture);
  width = gtk_widget_get_width (layer);
  height = gtk_widget_get_height (layer);
  pixels = scm_test_render_pixels (layer);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      g_assert_cmpuint (pixels[4 * (y * width + x) + 3], ==, 255);
}

/* A view of more tiles than the source keeps holds its own: it is complete,
 * has no hole, and nothing is drawn again while it stays */
static void
test_more_tiles_than_kept (Fixture       *fixture,
                           gconstpointer  data)
{
  guint n_drawn = scm_basemap_source_get_n_drawn (fixture->source);

  g_assert_cmpuint (n_drawn, >, 16);
  test_view_covered (fixture, data);
  scm_test_wait (300);
  g_assert_true (scm_tile_layer_is_complete (fixture->layer));
  g_assert_cmpuint (scm_basemap_source_get_n_drawn (fixture->source), ==, n_drawn);
}

/* Panned in small steps, each tile it comes to is drawn once: the ring of
 * tiles drawn ahead of the view is held, not drawn again and again */
static void
test_pan_draws_each_tile_once (Fixture       *fixture,
                               gconstpointer  data)
{
  const View *view = data;
  ShumateLocation *centre = SHUMATE_LOCATION (viewport_of (fixture));
  double tile_degrees = 360.0 / (1 << (int)view->zoom);
  double latitude = shumate_location_get_latitude (centre), longitude = shumate_location_get_longitude (centre);
  /* The tiles of the view and its ring, over the 2.5 tiles it moves */
  guint columns = view->width / SCM_GEO_TILE_SIZE + 2 + 2 + 3, rows = view->height / SCM_GEO_TILE_SIZE + 2 + 2;

  /* A frame's time at each step, as a dragging hand moves it */
  for (guint step = 1; step <= 40; step++)
    {
      shumate_location_set_location (centre, latitude, longitude + step * tile_degrees / 16);
      scm_test_wait (16);
    }
  wait_for_tiles (fixture);
  g_test_message ("drawn %u bound %u", scm_basemap_source_get_n_drawn (fixture->source), columns * rows);
  g_assert_cmpuint (scm_basemap_source_get_n_drawn (fixture->source), <=, columns * rows);
}

/* Dragged with the pointer, as a hand pans it, the map shows the tiles of
 * where it went: all of them, no hole */
static void
test_dragged_view_covered (Fixture       *fixture,
                           gconstpointer  data)
{
  ShumateLocation *centre = SHUMATE_LOCATION (viewport_of (fixture));
  GtkWidget *map = GTK_WIDGET (fixture->map);
  double longitude = shumate_location_get_longitude (centre);

  g_assert_true (scm_test_drag (map, gtk_widget_get_width (map) * 0.8, gtk_widget_get_height (map) / 2.0,
                                -gtk_widget_get_width (map) * 0.6, 0));
  g_assert_cmpfloat (shumate_location_get_longitude (centre), >, longitude + 10);
  wait_until_complete (fixture);
  test_view_covered (fixture, data);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/tile-layer/view-covered", Fixture, &small_view, fixture_set_up, test_view_covered, fixture_tear_down);
  g_test_add ("/tile-layer/stand-in-while-drawing", Fixture, &small_view,
              fixture_set_up, test_stand_in_while_drawing, fixture_tear_down);
  g_test_add ("/tile-layer/no-seams", Fixture, &small_view, fixture_set_up, test_no_seams, fixture_tear_down);
  g_test_add ("/tile-layer/more-tiles-than-kept", Fixture, &large_view,
              fixture_set_up, test_more_tiles_than_kept, fixture_tear_down);
  g_test_add ("/tile-layer/dragged-view-covered", Fixture, &panned_view,
              fixture_set_up, test_dragged_view_covered, fixture_tear_down);
  g_test_add ("/tile-layer/pan-draws-each-tile-once", Fixture, &panned_view,
              fixture_set_up, test_pan_draws_each_tile_once, fixture_tear_down);

  return g_test_run ();
}
