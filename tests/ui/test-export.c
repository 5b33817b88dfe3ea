/* test-export.c — the map as a PNG or SVG file: the dialog's path (the
 * window's export action) and the command line's give the same picture, the
 * window says what became of it, and a file is only ever written whole
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <math.h>
#include <gtk/gtk.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "scm-export.h"
#include "scm-sidebar.h"
#include "scm-window.h"
#include "test-util.h"

typedef struct
{
  ScmNetwork *network;
  ScmWindow *window;
  ScmMapView *map_view;
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = scm_test_open_bundled (&fixture->network);
  fixture->map_view = scm_window_get_map_view (fixture->window);
  fixture->dir = g_dir_make_tmp ("scm-export-XXXXXX", NULL);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        {
          g_chmod (child, 0755);
          remove_dir (child);
        }
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  scm_test_close (fixture->window, &fixture->network);
  remove_dir (fixture->dir);
  g_free (fixture->dir);
}

typedef struct
{
  gboolean done;
  gboolean saved;
  GError *error;
} Result;

static void
export_finished (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Result *outcome = user_data;

  outcome->saved = scm_window_export_finish (SCM_WINDOW (source), result, &outcome->error);
  outcome->done = TRUE;
}

/* Exports through the window's async API and waits; returns the error, if any */
static GError *
export_and_wait (ScmWindow  *window,
                 const char *path,
                 int         width,
                 int         height)
{
  Result outcome = { FALSE, FALSE, NULL };

  scm_window_export_async (window, path, width, height, export_finished, &outcome);
  while (!outcome.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (outcome.saved == (outcome.error == NULL));
  return outcome.error;
}

static void
assert_png_size (const char *path,
                 int         width,
                 int         height)
{
  g_autoptr(GdkTexture) texture = gdk_texture_new_from_filename (path, NULL);

  g_assert_nonnull (texture);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, width);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, height);
}

static void
assert_well_formed (const char *xml)
{
  static const GMarkupParser parser = { NULL };
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_markup_parse_context_parse (context, xml, -1, &error) &&
                 g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
}

static guint
count_occurrences (const char *text,
                   const char *needle)
{
  guint n = 0;

  for (const char *found = strstr (text, needle); found != NULL; found = strstr (found + 1, needle))
    n++;
  return n;
}

/* "As shown": the map's own size; the SVG's basemap is paths and text, not tiles */
static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *png = g_build_filename (fixture->dir, "map.png", NULL);
  g_autofree char *svg = g_build_filename (fixture->dir, "map.SVG", NULL);
  g_autofree char *svg_text = NULL;
  g_autofree char *size_attributes = NULL;
  int width, height;

  scm_test_settle ();
  width = gtk_widget_get_width (GTK_WIDGET (fixture->map_view));
  height = gtk_widget_get_height (GTK_WIDGET (fixture->map_view));

  g_assert_no_error (export_and_wait (fixture->window, png, 0, 0));
  assert_png_size (png, width, height);

  /* At a slide's size the map is framed close enough for country names */
  g_assert_no_error (export_and_wait (fixture->window, svg, 1280, 720));
  g_assert_true (g_file_get_contents (svg, &svg_text, NULL, NULL));
  size_attributes = g_strdup ("viewBox=\"0 0 1280 720\"");
  g_assert_true (g_str_has_prefix (svg_text, "<?xml"));
  g_assert_nonnull (strstr (svg_text, size_attributes));
  g_assert_true (g_str_has_suffix (g_strchomp (svg_text), "</svg>"));
  /* Coasts and borders are paths, and so is each marker's symbol over them */
  g_assert_cmpuint (count_occurrences (svg_text, "<path"), >, scm_map_view_get_n_shown_markers (fixture->map_view));
  /* Country names are text; the document is well-formed XML */
  g_assert_nonnull (strstr (svg_text, "<g id=\"basemap-names\">\n<text "));
  assert_well_formed (svg_text);
  /* No tile of the basemap is a picture: the only pictures are the blurs of
   * shadows and halos, smaller than a tile */
  for (const char *image = strstr (svg_text, "<image"); image != NULL; image = strstr (image + 1, "<image"))
    {
      const char *image_width = strstr (image, "width=\"");

      g_assert_nonnull (image_width);
      g_assert_cmpint (atoi (image_width + strlen ("width=\"")), <, 256);
    }

  /* The export's own window is gone, and the caption it had too */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_window_get_toplevels ()), ==, 1);
  g_assert_null (scm_map_view_get_caption (fixture->map_view));
}

/* A chosen size: the map as shown, filters and all, in a picture of that size */
static void
test_export_at_size (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *png = g_build_filename (fixture->dir, "map.png", NULL);
  ScmSidebar *sidebar = SCM_SIDEBAR (scm_test_find_of_type (GTK_WIDGET (fixture->window), SCM_TYPE_SIDEBAR));
  guint expected_shown = scm_network_count_in_country (fixture->network, "IR");
  g_autoptr(GError) error = NULL;

  scm_sidebar_set_country (sidebar, "IR");
  g_assert_cmpuint (scm_map_view_get_n_shown_markers (fixture->map_view), ==, expected_shown);
  /* As a person would: the map frames the results after a short pause */
  scm_test_wait (800);

  error = export_and_wait (fixture->window, png, 1280, 720);
  g_assert_no_error (error);
  assert_png_size (png, 1280, 720);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_window_get_toplevels ()), ==, 1);
}

/* Pixels whose colour differs by more than @threshold in some channel */
static guint
count_different_pixels (GdkTexture *a,
                        GdkTexture *b,
                        int         threshold)
{
  int width = gdk_texture_get_width (a), height = gdk_texture_get_height (a);
  g_autofree guchar *pixels_a = g_malloc (4 * width * height);
  g_autofree guchar *pixels_b = g_malloc (4 * width * height);
  guint n = 0;

  gdk_texture_download (a, pixels_a, 4 * width);
  gdk_texture_download (b, pixels_b, 4 * width);
  for (int i = 0; i < width * height; i++)
    for (int channel = 0; channel < 3; channel++)
      if (ABS (pixels_a[4 * i + channel] - pixels_b[4 * i + channel]) > threshold)
        {
          n++;
          break;
        }
  return n;
}

static void
run_command_line_export (const char *path,
                         const char *size)
{
  g_autofree char *app = g_test_build_filename (G_TEST_BUILT, "..", "src", "science-centres-map", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error,
                                                     app, "--export", path, "--size", size, NULL);

  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait_check (process, NULL, &error));
  g_assert_no_error (error);
}

static const char *
wait_for_notice (ScmWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (scm_window_get_notice (window) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  return scm_window_get_notice (window);
}

static gboolean
is_open_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Open") == 0;
}

/* The dialog's export at 1920 × 1080 from a 1024 × 768 window is the command
 * line's picture of the same state: framed for 1920 × 1080, not the small
 * window's zoom repeated across a large picture. The window says it saved
 * the file and offers to open it. */
static void
test_dialog_matches_command_line (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *from_window = g_build_filename (fixture->dir, "science-centres-map.png", NULL);
  g_autofree char *from_command_line = g_build_filename (fixture->dir, "command-line.png", NULL);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(ScmNetwork) network = scm_network_new_from_resource (SCM_NETWORK_RESOURCE);
  ScmWindow *window;
  g_autoptr(GdkTexture) window_picture = NULL;
  g_autoptr(GdkTexture) command_line_picture = NULL;
  GtkWidget *open_button;
  guint n_different;

  /* The same state as a new process: no filter that an earlier test left */
  g_settings_reset (settings, "country");
  g_settings_reset (settings, "hidden-fields");
  window = scm_window_new (NULL, network);
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  scm_test_show_window (GTK_WINDOW (window));
  scm_test_settle ();
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (scm_window_get_map_view (window))), <, 1024);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-to", "(^ayii)", from_window, 1920, 1080);
  g_assert_cmpstr (wait_for_notice (window), ==, "Saved science-centres-map.png");
  open_button = scm_test_find_widget (GTK_WIDGET (window), is_open_button, NULL);
  g_assert_nonnull (open_button);
  g_assert_true (gtk_widget_get_visible (open_button));

  run_command_line_export (from_command_line, "1920x1080");

  window_picture = gdk_texture_new_from_filename (from_window, NULL);
  command_line_picture = gdk_texture_new_from_filename (from_command_line, NULL);
  g_assert_nonnull (window_picture);
  g_assert_nonnull (command_line_picture);
  g_assert_cmpint (gdk_texture_get_width (window_picture), ==, 1920);
  g_assert_cmpint (gdk_texture_get_height (window_picture), ==, 1080);
  g_assert_cmpint (gdk_texture_get_width (command_line_picture), ==, 1920);
  g_assert_cmpint (gdk_texture_get_height (command_line_picture), ==, 1080);

  /* The same code, fonts and renderer draw both, and they are equal in
   * practice (0 pixels differ under Xvfb). The tolerance, 0.1 % of the
   * pixels off by more than 48 levels, only allows for antialiasing at the
   * edges of markers laid out a fraction of a pixel apart; another zoom, a
   * shifted centre (the legend's width) or a tiled world changes 5–90 %. */
  n_different = count_different_pixels (window_picture, command_line_picture, 48);
  g_test_message ("%u of %d pixels differ", n_different, 1920 * 1080);
  g_assert_cmpuint (n_different, <, 1920 * 1080 / 1000);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Once the user moved the map, an export frames the area it shows */
static void
test_moved_map_keeps_its_area (Fixture       *fixture,
                               gconstpointer  data)
{
  ScmWindow *copy = scm_window_new (NULL, fixture->network);
  ScmMapView *copy_view = scm_window_get_map_view (copy);
  double latitude, longitude, zoom;

  scm_test_settle ();
  scm_map_view_set_view (fixture->map_view, 35.7, 139.7, 6);
  scm_test_settle ();

  scm_map_view_copy_framing (copy_view, fixture->map_view);
  gtk_window_set_default_size (GTK_WINDOW (copy), 1600, 1000);
  scm_test_show_window (GTK_WINDOW (copy));
  scm_test_settle ();

  /* Tokyo, a little more of it on a larger map; not the whole network. The
   * centre is a few degrees west, so that the area sits right of the legend */
  scm_map_view_get_view (copy_view, &latitude, &longitude, &zoom);
  g_assert_cmpfloat (fabs (latitude - 35.7), <, 1);
  g_assert_cmpfloat (longitude, <=, 139.7 + 0.5);
  g_assert_cmpfloat (longitude, >, 139.7 - 5);
  /* The area with the framing's margins: at most half a step further out */
  g_assert_cmpfloat (zoom, >=, 5.5);
  g_assert_cmpfloat (zoom, <=, 7);

  gtk_window_destroy (GTK_WINDOW (copy));
}

/* A file name that is not UTF-8 is saved as it is and named readably */
static void
test_name_not_utf8 (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "map-\xff.png", NULL);
  const char *notice;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export-to", "(^ayii)", path, 640, 480);
  notice = wait_for_notice (fixture->window);
  g_assert_nonnull (notice);
  g_assert_true (g_utf8_validate (notice, -1, NULL));
  g_assert_cmpstr (notice, ==, "Saved map-\xef\xbf\xbd.png");
  assert_png_size (path, 640, 480);
}

/* Failures are said in the window, with the reason */
static void
test_failure_in_window (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "missing", "map.png", NULL);
  g_autofree char *jpeg = g_build_filename (fixture->dir, "map.jpg", NULL);
  g_autofree char *first_notice = NULL;
  const char *notice;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export-to", "(^ayii)", missing, 1024, 768);
  notice = wait_for_notice (fixture->window);
  g_assert_nonnull (notice);
  g_assert_nonnull (strstr (notice, "map.png"));
  g_assert_nonnull (strstr (notice, g_strerror (ENOENT)));
  g_assert_false (gtk_widget_get_visible (scm_test_find_widget (GTK_WIDGET (fixture->window), is_open_button, NULL)));

  first_notice = g_strdup (notice);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export-to", "(^ayii)", jpeg, 0, 0);
  while (g_strcmp0 (scm_window_get_notice (fixture->window), first_notice) == 0)
    g_main_context_iteration (NULL, TRUE);
  notice = scm_window_get_notice (fixture->window);
  g_assert_nonnull (strstr (notice, "map.jpg"));
  g_assert_nonnull (strstr (notice, ".svg"));
  g_assert_false (g_file_test (jpeg, G_FILE_TEST_EXISTS));
}

static void
test_size_parsing (void)
{
  static const char * const refused[] = {
    "64x64junk", "1920x1080x5", " 100x100", "100x100 ", "1920X1080", "x1080", "1920x", "-320x200",
    "+320x200", "320x199", "319x200", "8193x1080", "1920x8193", "0x0", "99999999999x1", "",
  };
  int width = 0, height = 0;

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (scm_export_parse_size (refused[i], &width, &height, &error));
      g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
    }

  g_assert_true (scm_export_parse_size ("320x200", &width, &height, NULL));
  g_assert_cmpint (width, ==, 320);
  g_assert_cmpint (height, ==, 200);
  g_assert_true (scm_export_parse_size ("8192x8192", &width, &height, NULL));
  g_assert_true (scm_export_parse_size ("1920x1080", &width, &height, NULL));
  g_assert_cmpint (width, ==, 1920);
  g_assert_cmpint (height, ==, 1080);
}

static void
test_format_from_name (void)
{
  ScmExportFormat format;
  g_autoptr(GError) error = NULL;
  g_autofree char *with_svg = scm_export_name_with_extension ("/tmp/slides", SCM_EXPORT_FORMAT_SVG);
  g_autofree char *kept = scm_export_name_with_extension ("/tmp/map.jpg", SCM_EXPORT_FORMAT_SVG);

  g_assert_true (scm_export_format_for_name ("a/Map.PNG", &format, NULL));
  g_assert_cmpint (format, ==, SCM_EXPORT_FORMAT_PNG);
  g_assert_true (scm_export_format_for_name ("map.Svg", &format, NULL));
  g_assert_cmpint (format, ==, SCM_EXPORT_FORMAT_SVG);
  g_assert_false (scm_export_format_for_name ("x.jpg", &format, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME);
  g_assert_false (scm_export_format_for_name (".png", &format, NULL));
  g_assert_false (scm_export_format_for_name ("map", &format, NULL));

  g_assert_cmpstr (with_svg, ==, "/tmp/slides.svg");
  g_assert_cmpstr (kept, ==, "/tmp/map.jpg");
}

/* Written whole or not at all; a link, a pipe or a folder is never replaced */
static void
test_save_targets (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("picture", 7);
  g_autofree char *regular = g_build_filename (fixture->dir, "regular.png", NULL);
  g_autofree char *link = g_build_filename (fixture->dir, "link.png", NULL);
  g_autofree char *fifo = g_build_filename (fixture->dir, "fifo.png", NULL);
  g_autofree char *read_only = g_build_filename (fixture->dir, "read-only", NULL);
  g_autofree char *in_read_only = g_build_filename (read_only, "map.png", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (regular, "old", -1, NULL));
  g_chmod (regular, 0640);
  g_assert_true (scm_export_save (regular, bytes, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (regular, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "picture");
  g_assert_cmpint (g_lstat (regular, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);

  g_assert_cmpint (symlink (regular, link), ==, 0);
  g_assert_false (scm_export_save (link, bytes, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_clear_error (&error);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_false (scm_export_save (fifo, bytes, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_clear_error (&error);

  g_assert_false (scm_export_save (fixture->dir, bytes, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_clear_error (&error);

  g_assert_cmpint (g_mkdir (read_only, 0555), ==, 0);
  if (access (read_only, W_OK) != 0)   /* root writes anywhere */
    {
      g_assert_false (scm_export_save (in_read_only, bytes, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
      g_assert_nonnull (strstr (error->message, g_strerror (EACCES)));
      g_clear_error (&error);
    }

  /* No temporary file is left behind */
  dir = g_dir_open (fixture->dir, 0, NULL);
  for (const char *name; (name = g_dir_read_name (dir)) != NULL;)
    g_assert_false (g_str_has_prefix (name, "."));
}

/* The export's own window is never shown: no toplevel but the app's window
 * is mapped at any moment of an export, and the picture is still drawn */
static void
test_no_window_shown (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "hidden.png", NULL);
  Result outcome = { FALSE, FALSE, NULL };
  gboolean export_window_seen = FALSE;

  scm_window_export_async (fixture->window, path, 800, 600, export_finished, &outcome);
  while (!outcome.done)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

          if (toplevel == GTK_WIDGET (fixture->window) || !SCM_IS_WINDOW (toplevel))
            continue;
          export_window_seen = TRUE;
          g_assert_false (gtk_widget_get_mapped (toplevel));
        }
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_no_error (outcome.error);
  g_assert_true (export_window_seen);
  assert_png_size (path, 800, 600);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  /* As the app draws itself: the command line's pictures are compared with these */
  scm_application_load_style ();

  g_test_add ("/export/png-and-svg", Fixture, NULL, fixture_set_up, test_export, fixture_tear_down);
  g_test_add ("/export/at-size", Fixture, NULL, fixture_set_up, test_export_at_size, fixture_tear_down);
  g_test_add ("/export/dialog-matches-command-line", Fixture, NULL, fixture_set_up,
              test_dialog_matches_command_line, fixture_tear_down);
  g_test_add ("/export/moved-map-keeps-its-area", Fixture, NULL, fixture_set_up,
              test_moved_map_keeps_its_area, fixture_tear_down);
  g_test_add ("/export/name-not-utf8", Fixture, NULL, fixture_set_up, test_name_not_utf8, fixture_tear_down);
  g_test_add ("/export/failure-in-window", Fixture, NULL, fixture_set_up, test_failure_in_window, fixture_tear_down);
  g_test_add ("/export/save-targets", Fixture, NULL, fixture_set_up, test_save_targets, fixture_tear_down);
  g_test_add ("/export/no-window-shown", Fixture, NULL, fixture_set_up, test_no_window_shown, fixture_tear_down);
  g_test_add_func ("/export/size-parsing", test_size_parsing);
  g_test_add_func ("/export/format-from-name", test_format_from_name);

  return g_test_run ();
}
