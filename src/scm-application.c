/* scm-application.c — command line, application actions and accelerators
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <shumate/shumate.h>

#include "scm-application.h"
#include "scm-export.h"
#include "scm-network.h"
#include "scm-text.h"
#include "scm-window.h"

struct _ScmApplication
{
  GtkApplication parent_instance;

  int exit_status;   /* of work that outlives the command line handler: an export */

  /* The bundled network, loaded on a worker thread from the start while GTK
   * and the session bus start up, for the first window (scm_application_preload) */
  gboolean preloading;
  ScmNetwork *preloaded;
  GApplicationCommandLine *awaiting_preload;
};

G_DEFINE_FINAL_TYPE (ScmApplication, scm_application, GTK_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "version", 'v', 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
  { "validate", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Check a network file, print its problems and exit"),
    /* Translators: the placeholder of a file name in --help
     * ("--validate FILE"): translate it, in capitals where the script has them */
    N_("FILE") },
  { "data", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Show the network of another file instead of the bundled one"), N_("FILE") },
  { "present", 'p', 0, G_OPTION_ARG_NONE, NULL,
    N_("Start the presentation: fullscreen, the tour of the network"), NULL },
  { "interval", 0, 0, G_OPTION_ARG_INT, NULL,
    /* Translators: SECONDS is the placeholder of the --interval value, as
     * translated in the string "SECONDS": use the same word here */
    N_("With --present, move to the next stop every SECONDS"),
    /* Translators: the placeholder of a number of seconds in --help
     * ("--interval SECONDS"): translate it, and use the same word in "With
     * --present, move to the next stop every SECONDS" */
    N_("SECONDS") },
  { "export", 'e', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Save the map as a PNG or SVG image (by the file’s extension) and exit"), N_("FILE") },
  { "size", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export, the image’s size, from 320x200 to 8192x8192 (default 1920x1080)"),
    /* Translators: the placeholder of --size in --help ("--size WIDTHxHEIGHT"):
     * translate the words; keep the x, which is what is typed between them */
    N_("WIDTHxHEIGHT") },
  { NULL }
};

/* Prints @line with its control characters escaped: a file cannot move the
 * cursor, retitle the terminal or start a line of its own. */
static void
print_line (const char *line)
{
  g_autofree char *escaped = scm_text_escape_controls (line);

  g_print ("%s\n", escaped);
}

/**
 * scm_application_validate:
 *
 * Prints the name of @file, then one line per problem, on standard output.
 *
 * Returns: the exit status: 0 if the file has no problem, 1 otherwise
 */
int
scm_application_validate (GFile *file)
{
  g_autoptr(ScmNetwork) network = scm_network_new_from_file (file);
  const char * const *problems = scm_network_get_problems (network);
  g_autofree char *centres = NULL, *affiliates = NULL, *links = NULL, *summary = NULL;
  guint n_centres, n_affiliates, n_links;

  if (problems[0] != NULL)
    {
      /* Translators: --validate's first line: the file's name, then how many problems it has */
      g_autofree char *header = g_strdup_printf (ngettext ("%s: %u problem", "%s: %u problems",
                                                           scm_network_get_n_problems (network)),
                                                 scm_network_get_display_name (network),
                                                 scm_network_get_n_problems (network));
      print_line (header);
      for (guint i = 0; problems[i] != NULL; i++)
        {
          g_autofree char *line = g_strconcat ("  ", problems[i], NULL);

          print_line (line);
        }
      return 1;
    }

  n_centres = g_list_model_get_n_items (scm_network_get_centres (network));
  n_affiliates = g_list_model_get_n_items (scm_network_get_affiliates (network));
  n_links = g_list_model_get_n_items (scm_network_get_links (network));
  centres = g_strdup_printf (ngettext ("%u centre", "%u centres", n_centres), n_centres);
  affiliates = g_strdup_printf (ngettext ("%u affiliate", "%u affiliates", n_affiliates), n_affiliates);
  links = g_strdup_printf (ngettext ("%u link", "%u links", n_links), n_links);
  /* Translators: --validate's line for a file without problems: the file's
   * name, then "51 centres", "4 affiliates" and "60 links" */
  summary = g_strdup_printf (_("%1$s: no problems (%2$s, %3$s, %4$s)"),
                             scm_network_get_display_name (network), centres, affiliates, links);
  print_line (summary);
  return 0;
}

static int run_command_line (ScmApplication          *self,
                             GApplicationCommandLine *command_line,
                             ScmNetwork              *network);

static void
preload_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(ScmApplication) self = user_data;
  g_autoptr(GApplicationCommandLine) command_line = g_steal_pointer (&self->awaiting_preload);

  self->preloading = FALSE;
  self->preloaded = scm_network_load_file_finish (result, NULL);
  if (command_line == NULL)
    return;

  if (self->preloaded != NULL)
    {
      g_autoptr(ScmNetwork) network = g_steal_pointer (&self->preloaded);

      g_application_command_line_set_exit_status (command_line, run_command_line (self, command_line, network));
    }
  g_application_release (G_APPLICATION (self));
}

/* A window on the bundled network is what a start without --data asks for */
static void
preload (ScmApplication *self,
         GVariantDict   *options)
{
  g_autoptr(GFile) file = NULL;

  if (g_variant_dict_contains (options, "data") || g_variant_dict_contains (options, "export"))
    return;
  file = g_file_new_for_uri ("resource://" SCM_NETWORK_RESOURCE);
  self->preloading = TRUE;
  scm_network_load_file_async (file, NULL, preload_done, g_object_ref (self));
}

/* Hands the preloaded network to @command_line, now or once loaded; FALSE
 * when there is none */
static gboolean
take_preload (ScmApplication          *self,
              GApplicationCommandLine *command_line)
{
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autoptr(ScmNetwork) network = NULL;

  if (g_variant_dict_contains (options, "data") || self->awaiting_preload != NULL ||
      (!self->preloading && self->preloaded == NULL))
    return FALSE;

  if (self->preloading)
    {
      g_application_hold (G_APPLICATION (self));
      self->awaiting_preload = g_object_ref (command_line);
      return TRUE;
    }
  network = g_steal_pointer (&self->preloaded);
  g_application_command_line_set_exit_status (command_line, run_command_line (self, command_line, network));
  return TRUE;
}

static int
scm_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  g_autofree char *validate_path = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "science-centres-map", PACKAGE_VERSION);
      return 0;
    }

  /* Validation needs no display and no running instance. */
  if (g_variant_dict_lookup (options, "validate", "^ay", &validate_path))
    {
      g_autoptr(GFile) file = NULL;

      if (*validate_path == '\0')
        {
          g_printerr (_("--validate needs the name of a file\n"));
          return 2;
        }
      file = g_file_new_for_commandline_arg (validate_path);
      return scm_application_validate (file);
    }

  preload (SCM_APPLICATION (app), options);
  return -1;
}

/* The file of --data, or the bundled network */
static GFile *
network_file (GApplicationCommandLine *command_line)
{
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autofree char *data_path = NULL;

  if (g_variant_dict_lookup (options, "data", "^ay", &data_path))
    return g_application_command_line_create_file_for_arg (command_line, data_path);

  return g_file_new_for_uri ("resource://" SCM_NETWORK_RESOURCE);
}

static void
export_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GApplicationCommandLine) command_line = user_data;
  g_autoptr(GError) error = NULL;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (source));

  if (!scm_window_export_finish (SCM_WINDOW (source), result, &error))
    {
      g_application_command_line_printerr (command_line, "%s\n", error->message);
      /* A remote command line passes this on; a local one ends with the app's */
      g_application_command_line_set_exit_status (command_line, 1);
      SCM_APPLICATION (app)->exit_status = 1;
    }

  gtk_window_destroy (GTK_WINDOW (source));
}

/* The local file that --export names. A name that GLib reads as a URI of no
 * local file ("a:b.png") is refused with a way to say what was meant. */
static char *
export_target (GApplicationCommandLine  *command_line,
               const char               *argument,
               GError                  **error)
{
  g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line, argument);
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = g_filename_display_name (argument);

  if (path == NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                 _("Cannot save “%s”: it is not the name of a local file (for a file of that name, write “./%s”)"),
                 name, name);
  return g_steal_pointer (&path);
}

/* --export: the map of a window that is never shown, saved by the same path as
 * the export dialog's; the app exits once it is written, non-zero on failure */
static int
export_from_command_line (ScmWindow               *window,
                          GApplicationCommandLine *command_line,
                          const char              *argument)
{
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autofree char *size = NULL;
  g_autofree char *target = NULL;
  g_autoptr(GError) error = NULL;
  int width = 1920, height = 1080;

  target = export_target (command_line, argument, &error);
  if (target == NULL ||
      (g_variant_dict_lookup (options, "size", "s", &size) &&
       !scm_export_parse_size (size, &width, &height, &error)))
    {
      g_application_command_line_printerr (command_line, "%s\n", error->message);
      gtk_window_destroy (GTK_WINDOW (window));
      return 1;
    }

  scm_window_export_async (window, target, width, height, export_done, g_object_ref (command_line));
  return 0;
}

typedef struct
{
  ScmWindow *window;
  int        presentation_interval;  /* seconds; -1: no presentation */
} Presenting;

static gboolean
present_now (gpointer user_data)
{
  Presenting *presenting = user_data;

  if (gtk_widget_in_destruction (GTK_WIDGET (presenting->window)))
    return G_SOURCE_REMOVE;
  gtk_window_present (GTK_WINDOW (presenting->window));
  if (presenting->presentation_interval >= 0)
    scm_window_start_presentation (presenting->window, presenting->presentation_interval);
  return G_SOURCE_REMOVE;
}

static void
presenting_free (gpointer data)
{
  Presenting *presenting = data;

  g_object_unref (presenting->window);
  g_free (presenting);
}

/* Shows @window, and starts the presentation if @presentation_interval is
 * not negative, once GTK has restyled for the icons that the window brought.
 * libshumate's compass adds its icons to the display's icon theme when the
 * first map is built, and GTK restyles every widget of every window from an
 * idle (at GTK_PRIORITY_RESIZE - 2). A window presented at once draws its
 * first frame before that idle on X11, and is restyled, laid out and partly
 * redrawn right after it: some 20 to 30 ms more before it is up. */
void
scm_application_present_when_styled (ScmWindow *window,
                                     int        presentation_interval)
{
  Presenting *presenting = g_new (Presenting, 1);

  presenting->window = g_object_ref (window);
  presenting->presentation_interval = presentation_interval;
  g_idle_add_full (GTK_PRIORITY_RESIZE, present_now, presenting, presenting_free);
}

/* What the command line asks for, once its network is loaded */
static int
run_command_line (ScmApplication          *self,
                  GApplicationCommandLine *command_line,
                  ScmNetwork              *network)
{
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  ScmWindow *window = scm_window_new (self, network);

  g_autofree char *export_path = NULL;
  int presentation_interval = -1;

  if (g_variant_dict_lookup (options, "export", "^ay", &export_path))
    return export_from_command_line (window, command_line, export_path);

  if (g_variant_dict_contains (options, "present"))
    {
      int interval = 0;

      g_variant_dict_lookup (options, "interval", "i", &interval);
      presentation_interval = MAX (interval, 0);
    }
  scm_application_present_when_styled (window, presentation_interval);
  return 0;
}

static void
command_line_network_loaded (GObject      *source,
                             GAsyncResult *result,
                             gpointer      user_data)
{
  g_autoptr(GApplicationCommandLine) command_line = user_data;
  ScmApplication *self = SCM_APPLICATION (g_application_get_default ());
  g_autoptr(ScmNetwork) network = scm_network_load_file_finish (result, NULL);

  if (network != NULL)
    g_application_command_line_set_exit_status (command_line,
                                                run_command_line (self, command_line, network));
  g_application_release (G_APPLICATION (self));
}

/* For a window, the network loads on a worker thread while the main loop
 * runs; the application is held so that it does not quit before the window
 * appears. */
static int
scm_application_command_line (GApplication            *app,
                              GApplicationCommandLine *command_line)
{
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autoptr(GFile) file = network_file (command_line);

  /* A script waits for the export anyway, and the exit status is the value
   * returned here: the export loads synchronously. */
  if (g_variant_dict_contains (options, "export"))
    {
      g_autoptr(ScmNetwork) network = scm_network_new_from_file (file);
      return run_command_line (SCM_APPLICATION (app), command_line, network);
    }
  if (take_preload (SCM_APPLICATION (app), command_line))
    return 0;

  g_application_hold (app);
  scm_network_load_file_async (file, NULL, command_line_network_loaded, g_object_ref (command_line));
  return 0;
}

static void
scm_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      g_autoptr(ScmNetwork) network = scm_network_new_from_resource (SCM_NETWORK_RESOURCE);
      scm_application_present_when_styled (scm_window_new (SCM_APPLICATION (app), network), -1);
      return;
    }

  gtk_window_present (window);
}

static void
network_loaded (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(ScmApplication) self = user_data;
  g_autoptr(ScmNetwork) network = scm_network_load_file_finish (result, NULL);

  if (network != NULL)
    scm_application_present_when_styled (scm_window_new (self, network), -1);
  g_application_release (G_APPLICATION (self));
}

/* A window for the network of @file, once loaded without blocking the main
 * loop; a broken file still opens one, which shows what is valid and says
 * what is not. */
void
scm_application_open_network (ScmApplication *self,
                              GFile          *file)
{
  g_application_hold (G_APPLICATION (self));
  scm_network_load_file_async (file, NULL, network_loaded, g_object_ref (self));
}

static void
open_response (GtkNativeDialog *dialog,
               int              response,
               ScmApplication  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      scm_application_open_network (self, file);
    }

  g_object_unref (dialog);
}

static void
open_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  ScmApplication *self = SCM_APPLICATION (user_data);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Open a Network File"),
                                        gtk_application_get_active_window (GTK_APPLICATION (self)),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (json, _("Network files (JSON)"));
  gtk_file_filter_add_suffix (json, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), json);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (open_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* Closes every window as Ctrl+W does, so each remembers its size, then quits */
static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (user_data));
  g_autoptr(GList) copy = g_list_copy (windows);

  for (GList *l = copy; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *authors[] = { "The Science Centres Map developers", NULL };
  static const char *map_data[] = {
    "Natural Earth https://www.naturalearthdata.com/",
    "GeoNames (CC BY 4.0) https://www.geonames.org/",
    "libgweather's locations https://gitlab.gnome.org/GNOME/libgweather",
    NULL
  };
  static const char *centre_data[] = {
    "UNESCO, its centres and their national commissions (every source is cited in the app)",
    NULL
  };
  static const char *libraries[] = {
    "GTK https://gtk.org/",
    "libshumate https://gitlab.gnome.org/GNOME/libshumate",
    "json-glib https://gitlab.gnome.org/GNOME/json-glib",
    "iso-codes https://salsa.debian.org/iso-codes-team/iso-codes",
    NULL
  };
  GtkWidget *about = g_object_new (GTK_TYPE_ABOUT_DIALOG,
                         "program-name", _("Science Centres Map"),
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("UNESCO's natural sciences category 2 centres of May 2016 "
                                       "on a map that works offline."),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", authors,
                         "copyright", _("Map data: Natural Earth (public domain). Centre data: "
                                        "public sources cited for every entry.\n"
                                        "The boundaries and names shown and the designations used "
                                        "on this map do not imply official endorsement or "
                                        "acceptance by the United Nations or UNESCO, nor any "
                                        "opinion on the legal status of any country, territory, "
                                        "city or area or of its authorities."),
                         "wrap-license", TRUE,
                         "transient-for", gtk_application_get_active_window (app),
                         "modal", TRUE,
                         NULL);

  gtk_about_dialog_add_credit_section (GTK_ABOUT_DIALOG (about), _("Map data"), map_data);
  gtk_about_dialog_add_credit_section (GTK_ABOUT_DIALOG (about), _("Centre data"), centre_data);
  gtk_about_dialog_add_credit_section (GTK_ABOUT_DIALOG (about), _("Built with"), libraries);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "open", open_activated },
  { "quit", quit_activated },
  { "about", about_activated },
};

/* The app's style sheet, for every window on the default display. */
void
scm_application_load_style (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, "/io/github/sciencecentres/Map/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
scm_application_startup (GApplication *app)
{
  /* The keys that zoom the map are the window's (scm-window-results.c):
   * bare + and - must reach the search entry first */
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.open", { "<Control>o", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
    { "win.show-sidebar", { "F9", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.back", { "<Alt>Left", NULL } },
    { "win.fit", { "<Control>0", "<Control>KP_0", NULL } },
    { "win.show-links", { "<Control>l", NULL } },
    { "win.present", { "F5", NULL } },
    { "win.fullscreen", { "F11", NULL } },
    { "win.export", { "<Control>e", NULL } },
  };

  G_APPLICATION_CLASS (scm_application_parent_class)->startup (app);

  scm_application_load_style ();

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app),
                                           accels[i].action, accels[i].accels);
}

static void
scm_application_dispose (GObject *object)
{
  ScmApplication *self = SCM_APPLICATION (object);

  g_clear_object (&self->preloaded);
  g_clear_object (&self->awaiting_preload);
  G_OBJECT_CLASS (scm_application_parent_class)->dispose (object);
}

static void
scm_application_class_init (ScmApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = scm_application_dispose;

  app_class->handle_local_options = scm_application_handle_local_options;
  app_class->command_line = scm_application_command_line;
  app_class->activate = scm_application_activate;
  app_class->startup = scm_application_startup;
}

static void
scm_application_init (ScmApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Show UNESCO's natural sciences category 2 "
                                              "centres on a map."));
}

/**
 * scm_application_get_exit_status:
 *
 * What the process should return once g_application_run() has: GLib
 * returns 0 for a local command line whose work ran in the main loop, even
 * when that work (an export) failed.
 */
int
scm_application_get_exit_status (ScmApplication *self)
{
  g_return_val_if_fail (SCM_IS_APPLICATION (self), 1);
  return self->exit_status;
}

ScmApplication *
scm_application_new (void)
{
  return g_object_new (SCM_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", "/io/github/sciencecentres/Map",
                       NULL);
}
