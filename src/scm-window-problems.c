/* scm-window-problems.c — the banner that tells what became of a network
 * file with problems: how many entries were kept and how many left out, or
 * why nothing could be shown, with the bundled network a click away; and the
 * Details list, which shows any number of problems at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "scm-window-private.h"

/* Entries the file kept: fields, places, links and the meeting */
static guint
count_kept (ScmNetwork *network)
{
  return g_list_model_get_n_items (scm_network_get_fields (network)) +
         g_list_model_get_n_items (scm_network_get_centres (network)) +
         g_list_model_get_n_items (scm_network_get_affiliates (network)) +
         g_list_model_get_n_items (scm_network_get_links (network)) +
         (scm_network_get_meeting (network) != NULL ? 1 : 0);
}

static gboolean
has_places (ScmNetwork *network)
{
  return g_list_model_get_n_items (scm_network_get_centres (network)) +
         g_list_model_get_n_items (scm_network_get_affiliates (network)) > 0;
}

/* One sentence on what became of the file */
static char *
describe_outcome (ScmNetwork *network,
                  const char *file_name)
{
  guint n_problems = scm_network_get_n_problems (network);
  guint n_skipped = scm_network_get_n_skipped (network);
  const char *first = scm_network_get_problems (network)[0];
  g_autofree char *problems = NULL;
  g_autofree char *entries = NULL;

  /* Nothing read: the file's one problem is the whole story */
  if (!has_places (network) && n_skipped == 0)
    /* Translators: a file's name, then its one problem */
    return g_strdup_printf (_("“%s” cannot be shown: %s"), file_name, first);

  /* Translators: a file's name, then how many problems it has */
  problems = g_strdup_printf (ngettext ("“%s” has %u problem.", "“%s” has %u problems.", n_problems),
                              file_name, n_problems);
  if (n_skipped > 0)
    /* Translators: how many entries of the file were left out (the plural
     * form follows it), then how many were kept */
    entries = g_strdup_printf (ngettext ("%u entry was left out and %u kept.",
                                         "%u entries were left out and %u kept.", n_skipped),
                               n_skipped, count_kept (network));
  else
    entries = g_strdup (_("Every entry was kept, without the values that Details names."));

  /* Translators: a file's problems, then what became of its entries */
  return g_strdup_printf (C_("problems and entries", "%s %s"), problems, entries);
}

static GListModel *
create_problem_list (ScmNetwork *network)
{
  const char * const *problems = scm_network_get_problems (network);
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; problems[i] != NULL; i++)
    gtk_string_list_append (list, problems[i]);
  return G_LIST_MODEL (list);
}

static void
setup_problem_row (GtkSignalListItemFactory *factory,
                   GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 80);
  gtk_widget_add_css_class (label, "problem-row");
  gtk_list_item_set_child (item, label);
}

static void
bind_problem_row (GtkSignalListItemFactory *factory,
                  GtkListItem              *item)
{
  GtkStringObject *problem = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (problem));
}

/* Tells the user once, visibly, that the file had problems and what became of it */
void
scm_window_show_problems (ScmWindow *self)
{
  const char *path = scm_network_get_display_name (self->network);
  const char * const *problems = scm_network_get_problems (self->network);
  g_autofree char *file_name = g_path_get_basename (path);
  g_autofree char *summary = NULL;
  g_autofree char *where = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GtkNoSelection) selection = NULL;

  if (scm_network_get_n_problems (self->network) == 0)
    return;

  summary = describe_outcome (self->network, file_name);
  gtk_label_set_text (self->problems_label, summary);
  /* Translators: over the list of a file's problems; %s is the file's full name */
  where = g_strdup_printf (_("Problems of %s"), path);
  gtk_label_set_text (self->problems_file_label, where);

  list = create_problem_list (self->network);
  selection = gtk_no_selection_new (g_steal_pointer (&list));
  gtk_list_view_set_model (self->problems_list, GTK_SELECTION_MODEL (selection));

  /* A file that shows nothing offers the network that always opens */
  gtk_widget_set_visible (self->show_bundled_button, !has_places (self->network));
  gtk_revealer_set_reveal_child (self->problems_revealer, TRUE);

  for (guint i = 0; problems[i] != NULL; i++)
    g_debug ("%s: %s", path, problems[i]);
}

/* win.show-bundled: the bundled network in a window that takes this one's place */
static void
show_bundled_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (widget));
  g_autoptr(ScmNetwork) bundled = scm_network_new_from_resource (SCM_NETWORK_RESOURCE);
  ScmWindow *window = scm_window_new (application ? SCM_APPLICATION (application) : NULL, bundled);

  gtk_window_present (GTK_WINDOW (window));
  gtk_window_close (GTK_WINDOW (widget));
}

static void
dismiss_problems (ScmWindow *self)
{
  gtk_revealer_set_reveal_child (self->problems_revealer, FALSE);
}

void
scm_window_problems_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, ScmWindow, problems_revealer);
  gtk_widget_class_bind_template_child (widget_class, ScmWindow, problems_label);
  gtk_widget_class_bind_template_child (widget_class, ScmWindow, problems_file_label);
  gtk_widget_class_bind_template_child (widget_class, ScmWindow, problems_list);
  gtk_widget_class_bind_template_child (widget_class, ScmWindow, problems_button);
  gtk_widget_class_bind_template_child (widget_class, ScmWindow, show_bundled_button);
  gtk_widget_class_bind_template_callback (widget_class, dismiss_problems);
  gtk_widget_class_install_action (widget_class, "win.show-bundled", NULL, show_bundled_action);
}

void
scm_window_problems_init (ScmWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_problem_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_problem_row), NULL);
  gtk_list_view_set_factory (self->problems_list, factory);
}
