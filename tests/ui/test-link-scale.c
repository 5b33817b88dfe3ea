/* test-link-scale.c — 100,000 links: a frame of the link layer costs far
 * less than 100 times a frame of 1,000 links, because arcs out of view or
 * under a pixel are skipped, nothing is computed per frame but the
 * transform, and a view of thousands of arcs is drawn as plain lines; with
 * the whole world in view that web is drawn once per zoom level, so that a
 * pan or a zoom step only paints it. The times are printed (run with
 * --verbose) for the README.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "scm-map-view.h"
#include "scm-window.h"
#include "test-util.h"

#define N_CENTRES 1000
#define N_FEW 1000
#define N_MANY 100000

typedef struct
{
  double world;     /* ms for the layer's frame after a change of what it shows, the whole world in view */
  double redrawn;   /* ms from that change until the web is drawn as it should be */
  double redrawn_longest;  /* meanwhile, the longest ms the main loop was kept from answering */
  double pan;       /* ms per frame of the layer, the whole world in view, panned */
  double region;    /* ms for the layer's first frame at a region's zoom: drawn, not moved */
  double world_response;  /* ms from a zoom step to the window's painted frame, the whole world in view */
  double sharp;     /* ms from that zoom step until the links are drawn sharp at the new zoom */
  double longest;   /* meanwhile, the longest ms the main loop was kept from answering */
  double response;  /* ms from a zoom step (as a scroll makes) to the window's painted frame, a region */
} Times;

/* The least of @n draws (ms) of @layer as a frame draws it: snapshot, then
 * its cairo drawing rendered into an image like the window's */
static double
time_layer_frames (GtkWidget *layer,
                   guint      n)
{
  int width = gtk_widget_get_width (layer), height = gtk_widget_get_height (layer);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < n; i++)
    {
      gint64 start = g_get_monotonic_time ();
      GtkSnapshot *snapshot = gtk_snapshot_new ();
      GskRenderNode *node;

      GTK_WIDGET_GET_CLASS (layer)->snapshot (layer, snapshot);
      node = gtk_snapshot_free_to_node (snapshot);
      if (node != NULL)
        {
          gsk_render_node_draw (node, cr);
          gsk_render_node_unref (node);
        }
      best = MIN (best, (g_get_monotonic_time () - start) / 1000.0);
    }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return best;
}

static void
painted (GdkFrameClock *clock,
         gboolean      *done)
{
  *done = TRUE;
}

/* ms from a change of zoom to the end of the window's next paint */
static double
time_response (ScmWindow       *window,
               ShumateViewport *viewport,
               double           zoom)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  gboolean done = FALSE;
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (painted), &done);
  gint64 start = g_get_monotonic_time ();

  shumate_viewport_set_zoom_level (viewport, zoom);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
  return (g_get_monotonic_time () - start) / 1000.0;
}

typedef struct
{
  gint64 last;
  gint64 longest;
} Heartbeat;

static gboolean
beat (gpointer user_data)
{
  Heartbeat *heartbeat = user_data;
  gint64 now = g_get_monotonic_time ();

  heartbeat->longest = MAX (heartbeat->longest, now - heartbeat->last);
  heartbeat->last = now;
  return G_SOURCE_CONTINUE;
}

/* ms until @layer's links are drawn sharp; *@longest: the longest the main
 * loop went meanwhile without answering a timeout of 10 ms */
static double
time_until_drawn (ScmLinkLayer *layer,
                  gint64        since,
                  double       *longest)
{
  Heartbeat heartbeat = { g_get_monotonic_time (), 0 };
  guint source = g_timeout_add (10, beat, &heartbeat);

  while (!scm_link_layer_is_drawn (layer) && g_get_monotonic_time () - since < 20 * G_USEC_PER_SEC)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (source);
  *longest = heartbeat.longest / 1000.0;
  return (g_get_monotonic_time () - since) / 1000.0;
}

static Times
measure (guint n_links)
{
  g_autoptr(GBytes) bytes = scm_test_generate_linked_network (N_CENTRES, n_links);
  g_autoptr(ScmNetwork) network = scm_network_new_from_bytes (bytes, "generated.json");
  ScmWindow *window = scm_window_new (NULL, network);
  ScmLinkLayer *layer;
  ShumateViewport *viewport;
  Times times;

  g_assert_cmpuint (g_list_model_get_n_items (scm_network_get_links (network)), ==, n_links);
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  scm_test_show_window (GTK_WINDOW (window));
  layer = scm_map_view_get_link_layer (scm_window_get_map_view (window));
  viewport = shumate_layer_get_viewport (SHUMATE_LAYER (layer));
  g_assert_cmpuint (scm_link_layer_get_n_links (layer), ==, n_links);

  /* Every link drawn strongly: the most a frame can cost */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-links", NULL);
  scm_test_settle ();

  /* The whole world, its web drawn; then a change of what it shows (every
   * link faint): the frame after it, and the time until the web is drawn
   * anew; the frames after that, panned east and south, only paint it */
  shumate_viewport_set_zoom_level (viewport, 1.5);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), 20, 0);
  time_until_drawn (layer, g_get_monotonic_time (), &times.redrawn_longest);
  scm_link_layer_set_show_all (layer, FALSE);
  {
    gint64 change = g_get_monotonic_time ();

    times.world = time_layer_frames (GTK_WIDGET (layer), 1);
    times.redrawn = time_until_drawn (layer, change, &times.redrawn_longest);
    g_assert_true (scm_link_layer_is_drawn (layer));
  }
  shumate_location_set_location (SHUMATE_LOCATION (viewport), 5, 60);
  times.pan = time_layer_frames (GTK_WIDGET (layer), 3);
  {
    gint64 step = g_get_monotonic_time ();

    times.world_response = time_response (window, viewport, 1.75);
    times.sharp = time_until_drawn (layer, step, &times.longest);
    g_assert_true (scm_link_layer_is_drawn (layer));
  }

  shumate_viewport_set_zoom_level (viewport, 6);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), 48, 8);
  times.region = time_layer_frames (GTK_WIDGET (layer), 1);
  time_response (window, viewport, 6.5);
  times.response = time_response (window, viewport, 7);

  g_test_message ("%u links: layer frame %.1f ms (world, after a change), %.1f ms (world, panned), "
                  "%.1f ms (region); web drawn anew after the change in %.0f ms, the main loop answering "
                  "within %.1f ms; zoom step to painted frame %.1f ms (world), %.1f ms (region); "
                  "world drawn sharp after the zoom step in %.0f ms, the main loop answering within %.1f ms",
                  n_links, times.world, times.pan, times.region, times.redrawn, times.redrawn_longest,
                  times.world_response, times.response, times.sharp, times.longest);
  gtk_window_destroy (GTK_WINDOW (window));
  return times;
}

static void
test_many_links (void)
{
  Times few = measure (N_FEW), many = measure (N_MANY);

  /* A hundred times the links cost far less than a hundred times the time:
   * all in view, they are drawn as plain lines into an image; a region in
   * view skips the links out of it */
  g_assert_cmpfloat (many.world, <, 25 * MAX (few.world, 1));
  g_assert_cmpfloat (many.region, <, 25 * MAX (few.region, 1));
  /* The whole world stays responsive: a pan, a zoom step or a change of what
   * the web shows paints the web drawn before (scaled, until the zoom
   * rests), and the web is drawn anew in slices that leave the main loop free */
  g_assert_cmpfloat (many.world, <, 300);
  g_assert_cmpfloat (many.pan, <, 300);
  g_assert_cmpfloat (many.redrawn_longest, <, 300);
  g_assert_cmpfloat (many.longest, <, 300);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/links/scale/100000", test_many_links);

  return g_test_run ();
}
