/* bench-window.c — the app's window against a bare libshumate window showing
 * the same offline tiles: first frame, peak memory and frame times while the
 * map moves. Each window runs in a fresh process (this program, run again
 * with --window KIND MODE), so that its time and memory are its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <gtk/gtk.h>

#include "bench-util.h"
#include "scm-application.h"
#include "scm-basemap-source.h"
#include "scm-map-view.h"
#include "scm-network.h"
#include "scm-window.h"
#include "test-util.h"

static const char * const kinds[] = { "bare", "app" };

/* ---- In the child: one window ---- */

static gint64 window_start;

/* As the app starts: the bundled network loads on a worker thread from the
 * process's start, while GTK starts up (scm-application.c) */
static ScmNetwork *preloaded;
static gboolean preload_finished;

static void
preload_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  preloaded = scm_network_load_file_finish (result, NULL);
  preload_finished = TRUE;
}

static void
start_preload (void)
{
  g_autoptr(GFile) file = g_file_new_for_uri ("resource://" SCM_NETWORK_RESOURCE);

  scm_network_load_file_async (file, NULL, preload_done, NULL);
}

static ScmNetwork *
finish_preload (void)
{
  while (!preload_finished)
    g_main_context_iteration (NULL, TRUE);
  return g_steal_pointer (&preloaded);
}

/* Tiles as the app gives them to the map for the window's renderer */
static void
suit_tiles (GtkWidget        *window,
            ScmBasemapSource *source)
{
  scm_basemap_source_suit_renderer (source, window);
}

static GtkWidget *
create_window (const char *kind)
{
  GtkWidget *window;

  if (g_str_equal (kind, "app"))
    {
      g_autoptr(ScmNetwork) network = NULL;

      /* As the app starts: its style sheet, then its window once the
       * network is loaded */
      scm_application_load_style ();
      network = finish_preload ();
      window = GTK_WIDGET (scm_window_new (NULL, network));
    }
  else
    {
      /* A bare libshumate map with the same offline tiles: the baseline */
      g_autoptr(ScmBasemap) basemap = scm_basemap_new_from_resource (SCM_BASEMAP_RESOURCE, NULL);
      ScmBasemapSource *source = scm_basemap_source_new (basemap);
      ShumateSimpleMap *map = shumate_simple_map_new ();

      window = gtk_window_new ();
      gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
      shumate_simple_map_set_map_source (map, SHUMATE_MAP_SOURCE (source));
      shumate_viewport_set_zoom_level (shumate_simple_map_get_viewport (map), 2);
      gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (map));
      g_signal_connect_after (window, "realize", G_CALLBACK (suit_tiles), source);
      g_object_set_data_full (G_OBJECT (window), "scm-source", source, g_object_unref);
    }

  g_object_set_data (G_OBJECT (window), "scm-kind", (gpointer)kind);
  return window;
}

/* Every tile of the basemap in view drawn */
static gboolean
window_ready (GtkWidget *window)
{
  ScmBasemapSource *source = g_object_get_data (G_OBJECT (window), "scm-source");

  if (SCM_IS_WINDOW (window))
    return scm_map_view_is_ready (scm_window_get_map_view (SCM_WINDOW (window)));
  return source != NULL && scm_basemap_source_is_idle (source);
}

static void
first_frame_painted (GdkFrameClock *clock,
                     GtkWidget     *window)
{
  const char *kind = g_object_get_data (G_OBJECT (window), "scm-kind");

  if (!window_ready (window))
    return;

  g_print ("first-frame-%s %.1f ms\n", kind, bench_time_ms (window_start));
  g_print ("first-frame-cpu-%s %.1f ms\n", kind, bench_process_cpu_ms ());
  g_print ("peak-memory-%s %ld KiB\n", kind, bench_peak_memory_kb ());
  exit (0);
}

static void
watch_first_frame (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (first_frame_painted), window);
}

/* The scripted motion: from the world to Europe and back, then across the
 * Pacific, the same number of frames for every window whatever their speed */
typedef struct
{
  double latitude, longitude, zoom;
  guint frames;     /* frames to get here from the previous stop */
} Stop;

static const Stop motion[] = {
  {  20,   0, 2,  0 },   /* the world at 1920 × 1080 */
  {  50,  10, 5, 60 },   /* Europe */
  {  20,   0, 2, 60 },
  {   0, 120, 3, 30 },   /* the western Pacific */
  {   0, 240, 3, 90 },   /* across it to the eastern Pacific */
};

static guint
motion_frames (void)
{
  guint frames = 0;

  for (guint i = 0; i < G_N_ELEMENTS (motion); i++)
    frames += motion[i].frames;
  return frames;
}

static void
set_motion_step (ShumateMap *map,
                 guint       step)
{
  ShumateViewport *viewport = shumate_map_get_viewport (map);
  guint stop = 1;
  double t, longitude;

  while (stop < G_N_ELEMENTS (motion) - 1 && step > motion[stop].frames)
    step -= motion[stop++].frames;

  t = (double)step / motion[stop].frames;
  longitude = motion[stop - 1].longitude + t * (motion[stop].longitude - motion[stop - 1].longitude);
  shumate_viewport_set_zoom_level (viewport, motion[stop - 1].zoom + t * (motion[stop].zoom - motion[stop - 1].zoom));
  shumate_location_set_location (SHUMATE_LOCATION (viewport),
                                 motion[stop - 1].latitude + t * (motion[stop].latitude - motion[stop - 1].latitude),
                                 longitude > 180 ? longitude - 360 : longitude);
}

typedef enum { WAITING_FIRST_FRAME, WAITING_START_VIEW, MOVING } MotionState;

typedef struct
{
  GtkWidget *window;
  ShumateMap *map;
  MotionState state;
  guint step;
  gint64 paint_start, last_paint_end;
  double cpu_start;
  GArray *paint_ms;     /* double: before-paint to after-paint of each frame */
  GArray *cpu_ms;       /* double: the main thread's processor time in that span */
  GArray *interval_ms;  /* double: after-paint to after-paint */
} Motion;

static gboolean
is_map (GtkWidget     *widget,
        gconstpointer  data)
{
  return SHUMATE_IS_MAP (widget);
}

static gboolean
motion_tick (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  Motion *m = user_data;

  switch (m->state)
    {
    case WAITING_FIRST_FRAME:
      if (window_ready (m->window))
        {
          set_motion_step (m->map, 0);
          m->state = WAITING_START_VIEW;
        }
      break;
    case WAITING_START_VIEW:
      if (window_ready (m->window))
        m->state = MOVING;
      break;
    case MOVING:
      set_motion_step (m->map, ++m->step);
      break;
    default:
      g_assert_not_reached ();
    }

  return G_SOURCE_CONTINUE;
}

static double
thread_cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
}

static void
before_paint (GdkFrameClock *clock,
              Motion        *m)
{
  m->paint_start = g_get_monotonic_time ();
  m->cpu_start = thread_cpu_ms ();
}

static void
print_series (const char *name,
              const char *kind,
              GArray     *values)
{
  g_print ("%s-%s", name, kind);
  for (guint i = 0; i < values->len; i++)
    g_print (" %.3f", g_array_index (values, double, i));
  g_print ("\n");
}

/* The time to produce a frame, not the interval between frames: without a
 * compositor the X11 frame clock paces frames with a 16.7 ms timer, so that
 * any frame produced faster than that shows as 16.7 ms, whatever its cost.
 * The display is synced first, so that the X server's share of the drawing
 * (the tiles' images sent to it) counts too. The main thread's processor
 * time is kept beside it: it says what the app itself costs, even on a
 * machine that other work keeps busy. */
static void
after_paint (GdkFrameClock *clock,
             Motion        *m)
{
  double cpu_ms = thread_cpu_ms () - m->cpu_start;
  gint64 now;
  double paint_ms;

  gdk_display_sync (gtk_widget_get_display (m->window));
  now = g_get_monotonic_time ();
  paint_ms = (now - m->paint_start) / 1000.0;

  if (m->state == MOVING && m->step > 0)
    {
      double interval_ms = (now - m->last_paint_end) / 1000.0;

      g_array_append_val (m->paint_ms, paint_ms);
      g_array_append_val (m->cpu_ms, cpu_ms);
      g_array_append_val (m->interval_ms, interval_ms);
    }
  m->last_paint_end = now;

  if (m->state == MOVING && m->step >= motion_frames ())
    {
      const char *kind = g_object_get_data (G_OBJECT (m->window), "scm-kind");

      print_series ("pan-zoom-paint", kind, m->paint_ms);
      print_series ("pan-zoom-cpu", kind, m->cpu_ms);
      print_series ("pan-zoom-interval", kind, m->interval_ms);
      exit (0);
    }
}

static void
watch_motion (GtkWidget *window,
              Motion    *m)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint), m);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint), m);
  gtk_widget_add_tick_callback (window, motion_tick, m, NULL);
}

/* --window KIND first-frame|motion|stay */
int
bench_run_window (const char *kind,
                  const char *mode)
{
  GtkWidget *window;
  Motion m = { 0 };

  window_start = g_get_monotonic_time ();
  if (g_str_equal (kind, "app"))
    start_preload ();
  gtk_init ();
  window = create_window (kind);

  if (g_str_equal (mode, "first-frame"))
    g_signal_connect (window, "map", G_CALLBACK (watch_first_frame), NULL);
  else if (g_str_equal (mode, "motion"))
    {
      m.window = window;
      m.map = SHUMATE_MAP (scm_test_find_widget (window, is_map, NULL));
      m.paint_ms = g_array_new (FALSE, FALSE, sizeof (double));
      m.cpu_ms = g_array_new (FALSE, FALSE, sizeof (double));
      m.interval_ms = g_array_new (FALSE, FALSE, sizeof (double));
      gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
      if (SCM_IS_WINDOW (window))
        g_object_set (window, "show-all-links", TRUE, NULL);
      g_signal_connect_after (window, "map", G_CALLBACK (watch_motion), &m);
    }

  if (SCM_IS_WINDOW (window))
    scm_application_present_when_styled (SCM_WINDOW (window), -1);
  else
    gtk_window_present (GTK_WINDOW (window));

  /* Exits from a frame clock handler, or is ended by the caller */
  while (g_list_model_get_n_items (gtk_window_get_toplevels ()) > 0)
    g_main_context_iteration (NULL, TRUE);
  return 1;
}

/* ---- In the parent ---- */

static char *
run_child (const char *self_path,
           const char *kind,
           const char *mode)
{
  g_autofree char *output = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { self_path, "--window", kind, mode, NULL };

  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &output, NULL, NULL, &error))
    {
      g_printerr ("# %s window (%s) failed: %s\n", kind, mode, error->message);
      return NULL;
    }
  return g_steal_pointer (&output);
}

/* The value after "NAME-KIND " in @output */
static gboolean
read_figure (const char *output,
             const char *name,
             const char *kind,
             double     *value)
{
  g_autofree char *key = g_strdup_printf ("%s-%s ", name, kind);
  const char *line = output ? strstr (output, key) : NULL;

  if (line == NULL)
    return FALSE;
  *value = g_ascii_strtod (line + strlen (key), NULL);
  return TRUE;
}

/* Appends every value of the line "NAME-KIND v1 v2 …" to @values */
static gboolean
read_series (const char *output,
             const char *name,
             const char *kind,
             GArray     *values)
{
  g_autofree char *key = g_strdup_printf ("%s-%s ", name, kind);
  const char *p = output ? strstr (output, key) : NULL;
  char *end;

  if (p == NULL)
    return FALSE;
  for (p += strlen (key); *p != '\n' && *p != '\0'; p = end)
    {
      double value = g_ascii_strtod (p, &end);

      if (end == p)
        break;
      g_array_append_val (values, value);
    }
  return TRUE;
}

/* Start-up times vary from run to run by a fifth on this machine, their
 * medians over nine runs much less: the two windows are started alternately,
 * after one pair that warms the caches. Beside the time, the processor time
 * that the process (all its threads) spent to get there, which other work
 * on the machine does not stretch. */
#define WINDOW_RUNS 9

static const char * const window_figures[] = { "first-frame", "first-frame-cpu", "peak-memory" };
static const char * const window_units[] = { "ms", "ms", "KiB" };
static const char * const window_ratios[] = { "first-frame-ratio", "first-frame-cpu-ratio", "peak-memory-ratio" };

void
bench_windows (const char *self_path)
{
  double values[G_N_ELEMENTS (window_figures)][2][WINDOW_RUNS + 1];

  for (guint run = 0; run <= WINDOW_RUNS; run++)
    for (guint k = 0; k < 2; k++)
      {
        g_autofree char *output = run_child (self_path, kinds[k], "first-frame");

        for (guint f = 0; f < G_N_ELEMENTS (window_figures); f++)
          if (!read_figure (output, window_figures[f], kinds[k], &values[f][k][run]))
            return;
      }

  for (guint f = 0; f < G_N_ELEMENTS (window_figures); f++)
    {
      double median[2];

      for (guint k = 0; k < 2; k++)
        {
          median[k] = bench_percentile (values[f][k] + 1, WINDOW_RUNS, 0.5);
          g_print ("%s-%s-median %.1f %s\n", window_figures[f], kinds[k], median[k], window_units[f]);
        }
      g_print ("%s %.2f x\n", window_ratios[f], median[1] / median[0]);
    }
}

/* Frames of all runs pooled; the windows alternate, as above */
#define MOTION_RUNS 3

static void
print_motion_series (const char *name,
                     GArray     *values[2])
{
  double p95[2], median[2];

  for (guint k = 0; k < 2; k++)
    {
      median[k] = bench_percentile ((double *)values[k]->data, values[k]->len, 0.5);
      p95[k] = bench_percentile ((double *)values[k]->data, values[k]->len, 0.95);
      g_print ("pan-zoom-%s-%s-median %.2f ms\n", name, kinds[k], median[k]);
      g_print ("pan-zoom-%s-%s-p95 %.2f ms\n", name, kinds[k], p95[k]);
    }
  g_print ("pan-zoom-%s-median-ratio %.2f x\n", name, median[1] / median[0]);
  g_print ("pan-zoom-%s-p95-ratio %.2f x\n", name, p95[1] / p95[0]);
}

void
bench_motion (const char *self_path)
{
  GArray *paint[2], *cpu[2], *interval[2];
  gboolean finished = TRUE;

  for (guint k = 0; k < 2; k++)
    {
      paint[k] = g_array_new (FALSE, FALSE, sizeof (double));
      cpu[k] = g_array_new (FALSE, FALSE, sizeof (double));
      interval[k] = g_array_new (FALSE, FALSE, sizeof (double));
    }

  for (guint run = 0; run < MOTION_RUNS && finished; run++)
    for (guint k = 0; k < 2 && finished; k++)
      {
        g_autofree char *output = run_child (self_path, kinds[k], "motion");

        finished = read_series (output, "pan-zoom-paint", kinds[k], paint[k]) &&
                   read_series (output, "pan-zoom-cpu", kinds[k], cpu[k]) &&
                   read_series (output, "pan-zoom-interval", kinds[k], interval[k]);
        if (!finished)
          g_print ("# pan-zoom: the %s window did not finish its motion\n", kinds[k]);
      }

  if (finished)
    {
      for (guint k = 0; k < 2; k++)
        g_print ("pan-zoom-frames-%s %u frames\n", kinds[k], paint[k]->len);
      /* "frame": the time to produce a frame; "cpu": the main thread's share */
      print_motion_series ("frame", paint);
      print_motion_series ("cpu", cpu);
      print_motion_series ("interval", interval);
    }

  for (guint k = 0; k < 2; k++)
    {
      g_array_unref (paint[k]);
      g_array_unref (cpu[k]);
      g_array_unref (interval[k]);
    }
}
