/* scm-labels.c
 *
 * Everything from a data file is set as plain text: no label here parses markup.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "scm-labels.h"
#include "scm-url.h"
#include "scm-widget-util.h"

void
scm_labels_clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

/* The host a click opens, in full (wrapped, never cut), then the rest of the
 * address, which alone is shortened: "example.org — /path…" */
static GtkWidget *
create_link_face (const char *url)
{
  g_autofree char *host = scm_url_get_display_host (url);
  g_autofree char *path = scm_url_get_path (url);
  g_autofree char *rest = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *host_label = gtk_label_new (host);
  GtkWidget *path_label;

  gtk_label_set_wrap (GTK_LABEL (host_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (host_label), PANGO_WRAP_CHAR);
  gtk_label_set_xalign (GTK_LABEL (host_label), 0);
  gtk_widget_add_css_class (host_label, "link-host");
  gtk_box_append (GTK_BOX (box), host_label);

  if (*path != '\0')
    {
      /* Translators: before the path of a web address, after its host */
      rest = g_strdup_printf (_("— %s"), path);
      path_label = gtk_label_new (rest);
      gtk_widget_set_margin_start (path_label, 6);
      gtk_label_set_ellipsize (GTK_LABEL (path_label), PANGO_ELLIPSIZE_END);
      gtk_label_set_xalign (GTK_LABEL (path_label), 0);
      gtk_widget_set_hexpand (path_label, TRUE);
      gtk_box_append (GTK_BOX (box), path_label);
    }
  return box;
}

/* One link per web URL, each showing the host it opens */
void
scm_labels_fill_links (GtkBox             *box,
                      const char * const *urls)
{
  guint n_links = 0;

  scm_labels_clear_box (box);

  for (guint i = 0; urls != NULL && urls[i] != NULL; i++)
    {
      g_autofree char *host = NULL;
      g_autofree char *path = NULL;
      g_autofree char *scheme = NULL;
      g_autofree char *name = NULL;
      GtkWidget *link;

      if (!scm_url_is_web (urls[i]))
        continue;

      host = scm_url_get_display_host (urls[i]);
      path = scm_url_get_path (urls[i]);
      scheme = g_ascii_strdown (urls[i], strchr (urls[i], ':') - urls[i]);
      name = g_strconcat (scheme, "://", host, path, NULL);
      link = gtk_link_button_new (urls[i]);
      gtk_button_set_child (GTK_BUTTON (link), create_link_face (urls[i]));
      gtk_widget_set_halign (link, GTK_ALIGN_START);
      gtk_accessible_update_property (GTK_ACCESSIBLE (link), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      /* The whole address, with the host as shown */
      scm_widget_set_new_tooltip (link, name);
      gtk_box_append (box, link);
      n_links++;
    }

  gtk_widget_set_visible (GTK_WIDGET (box), n_links > 0);
}

void
scm_labels_fill_bullets (GtkBox             *box,
                        const char * const *items)
{
  scm_labels_clear_box (box);

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      g_autofree char *text = g_strdup_printf ("•  %s", items[i]);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (box, label);
    }

  gtk_widget_set_visible (GTK_WIDGET (box), items != NULL && items[0] != NULL);
}

/* Sets @text, or hides the label when there is none. */
void
scm_labels_show_text (GtkLabel   *label,
                     const char *text)
{
  gtk_label_set_text (label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

/* The names of the bundled network's fields, so that they are in the catalog;
 * views translate field names with _() (scm-legend.c, scm-centre-panel.c). */
static const char * const bundled_field_names[] G_GNUC_UNUSED = {
  N_("Water"), N_("Renewable energy"), N_("Science policy"), N_("Biotechnology"),
  N_("Geosciences"), N_("Basic sciences"), N_("Remote sensing"), N_("Ecology"),
};

/* The translated name of a kind of link (see data/README.md). */
const char *
scm_labels_link_kind (ScmLinkKind kind)
{
  static const char * const labels[] = {
    [SCM_LINK_KIND_MOU] = N_("Memorandum of understanding"),
    [SCM_LINK_KIND_JOINT_PROJECT] = N_("Joint project"),
    [SCM_LINK_KIND_CO_ORGANISED_EVENT] = N_("Co-organised event"),
    [SCM_LINK_KIND_JOINT_TRAINING] = N_("Joint training"),
    [SCM_LINK_KIND_NETWORK] = N_("Thematic network"),
    [SCM_LINK_KIND_OTHER] = N_("Other collaboration"),
  };
  G_STATIC_ASSERT (G_N_ELEMENTS (labels) == SCM_N_LINK_KINDS);

  g_return_val_if_fail ((guint)kind < SCM_N_LINK_KINDS, NULL);
  return _(labels[kind]);
}

/* What a centre's status means, or NULL for a confirmed centre. */
const char *
scm_labels_status (ScmCentreStatus status)
{
  switch (status)
    {
    case SCM_CENTRE_STATUS_APPROVED:
      return _("Approved by UNESCO before May 2016; its agreement was signed or it opened later.");
    case SCM_CENTRE_STATUS_DOUBTFUL:
      return _("Whether this centre belonged to the network in May 2016 is not settled by the sources.");
    case SCM_CENTRE_STATUS_CONFIRMED:
    default:
      return NULL;
    }
}

const char *
scm_labels_position (ScmPositionBasis position)
{
  if (position == SCM_POSITION_HOST)
    return _("Position: host institution, from the sources below.");
  return _("Position: city centre. No source read gives the host institution’s place.");
}

/* "ICIWaRM — ERCE: Memorandum of understanding, 2016", as the map's tooltip
 * and a screen reader say a link */
char *
scm_labels_describe_link (ScmLink *link)
{
  const char *from = scm_centre_get_short_name (scm_link_get_from (link));
  const char *to = scm_centre_get_short_name (scm_link_get_to (link));
  const char *kind = scm_labels_link_kind (scm_link_get_kind (link));

  if (scm_link_get_year (link) > 0)
    /* Translators: a link: its two centres' short names, the kind of
     * collaboration and the year it began: "ICHARM — IHP: Memorandum, 2014" */
    return g_strdup_printf (_("%s — %s: %s, %d"), from, to, kind, scm_link_get_year (link));
  /* Translators: a link: its two centres' short names and the kind of collaboration */
  return g_strdup_printf (_("%s — %s: %s"), from, to, kind);
}
