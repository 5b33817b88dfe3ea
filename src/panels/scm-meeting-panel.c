/* scm-meeting-panel.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "scm-meeting-panel.h"
#include "scm-labels.h"
#include "scm-widget-util.h"

struct _ScmMeetingPanel
{
  GtkWidget parent_instance;

  GtkWidget *content;
  GtkLabel *network_label;
  GtkWidget *meeting_box;
  GtkLabel *title_label;
  GtkLabel *dates_label;
  GtkLabel *venue_label;
  GtkLabel *venue_notes_label;
  GtkLabel *attendance_label;
  GtkLabel *hosts_label;
  GtkBox *co_organisers_box;
  GtkWidget *details_box;
  GtkBox *objectives_box;
  GtkBox *outcomes_box;
  GtkBox *speakers_box;
  GtkBox *supporters_box;
  GtkWidget *attendees_heading;
  GtkLabel *attendees_label;
  GtkBox *attendees_box;
  GtkBox *notes_box;
  GtkBox *sources_box;

  ScmNetwork *details_network;  /* whose meeting's details are still to build, or NULL */
  gboolean details_held;
};

G_DEFINE_FINAL_TYPE (ScmMeetingPanel, scm_meeting_panel, GTK_TYPE_WIDGET)

enum {
  CENTRE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
co_organiser_clicked (GtkButton       *button,
                      ScmMeetingPanel *self)
{
  g_signal_emit (self, signals[CENTRE_ACTIVATED], 0,
                 g_object_get_data (G_OBJECT (button), "scm-centre"));
}

/* A button that names @centre and selects it */
static GtkWidget *
create_centre_button (ScmMeetingPanel *self,
                      ScmCentre       *centre)
{
  g_autofree char *text = g_strdup_printf (_("%s — %s"), scm_centre_get_short_name (centre),
                                           scm_centre_get_name (centre));
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *button = gtk_button_new ();

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  scm_widget_set_new_tooltip (button, _("Show this centre"));
  g_object_set_data_full (G_OBJECT (button), "scm-centre", g_object_ref (centre), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (co_organiser_clicked), self);
  return button;
}

static void
fill_co_organisers (ScmMeetingPanel *self,
                    ScmNetwork      *network,
                    ScmMeeting      *meeting)
{
  const char * const *ids = scm_meeting_get_co_organisers (meeting);

  scm_labels_clear_box (self->co_organisers_box);
  for (guint i = 0; ids[i] != NULL; i++)
    gtk_box_append (self->co_organisers_box, create_centre_button (self, scm_network_lookup (network, ids[i])));
}

/* The centres that sources show at the meeting, each with those sources */
static void
fill_attendees (ScmMeetingPanel *self,
                ScmNetwork      *network,
                ScmMeeting      *meeting)
{
  const char * const *ids = scm_meeting_get_attendees (meeting);
  guint n_named = g_strv_length ((char **)ids);
  g_autofree char *count = NULL;

  scm_labels_clear_box (self->attendees_box);
  gtk_widget_set_visible (self->attendees_heading, n_named > 0);
  if (scm_meeting_get_centres_represented (meeting) > 0)
    /* Translators: "11 of the 44 centres represented are named in sources" */
    count = g_strdup_printf (ngettext ("%1$u of the %2$u centres represented is named in sources:",
                                       "%1$u of the %2$u centres represented are named in sources:", n_named),
                             n_named, scm_meeting_get_centres_represented (meeting));
  scm_labels_show_text (self->attendees_label, n_named > 0 ? count : NULL);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      GtkWidget *sources = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

      gtk_widget_set_margin_start (sources, 12);
      scm_labels_fill_links (GTK_BOX (sources), scm_meeting_get_attendee_sources (meeting, i));
      gtk_box_append (self->attendees_box, create_centre_button (self, scm_network_lookup (network, ids[i])));
      gtk_box_append (self->attendees_box, sources);
    }
}

static void
fill_speakers (ScmMeetingPanel *self,
               ScmMeeting      *meeting)
{
  const char * const *names = scm_meeting_get_speaker_names (meeting);
  const char * const *roles = scm_meeting_get_speaker_roles (meeting);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;

  /* The model keeps the lists aligned; a shorter or missing list of roles
   * still shows every name */
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      const char *role = roles != NULL ? roles[i] : NULL;
      g_autofree char *line = role != NULL && *role ? g_strdup_printf (_("%s, %s"), names[i], role)
                                                    : g_strdup (names[i]);

      g_strv_builder_add (builder, line);
      if (role == NULL)
        roles = NULL;
    }
  lines = g_strv_builder_end (builder);
  scm_labels_fill_bullets (self->speakers_box, (const char * const *)lines);
}

/* What the panel's first screen shows: the meeting, where, who hosted it */
static void
fill_summary (ScmMeetingPanel *self,
              ScmNetwork      *network,
              ScmMeeting      *meeting)
{
  g_autofree char *dates = scm_meeting_format_dates (meeting);
  g_autofree char *venue = g_strdup_printf (_("%s, %s"), scm_meeting_get_venue (meeting),
                                            scm_meeting_get_city (meeting));
  g_autofree char *attendance = NULL;
  g_autofree char *hosts = NULL;
  g_autofree char *host_list = g_strjoinv (_(", "), (char **)scm_meeting_get_hosts (meeting));

  if (scm_meeting_get_centres_total (meeting) > 0)
    /* Translators: "44 of the 65 centres were represented" at the meeting; the
     * plural form follows the second number, the centres UNESCO counted */
    attendance = g_strdup_printf (ngettext ("%u of the %u centre were represented",
                                            "%u of the %u centres were represented",
                                            scm_meeting_get_centres_total (meeting)),
                                  scm_meeting_get_centres_represented (meeting),
                                  scm_meeting_get_centres_total (meeting));
  if (*host_list)
    hosts = g_strdup_printf (_("Co-hosted by %s"), host_list);

  gtk_label_set_text (self->title_label, scm_meeting_get_title (meeting));
  gtk_label_set_text (self->dates_label, dates);
  gtk_label_set_text (self->venue_label, venue);
  scm_labels_show_text (self->venue_notes_label, scm_meeting_get_venue_notes (meeting));
  scm_labels_show_text (self->attendance_label, attendance);
  scm_labels_show_text (self->hosts_label, hosts);
  fill_co_organisers (self, network, meeting);
}

/* The rest, below the first screen at a usual window size: who attended,
 * aims and outcomes, speakers, supporters, notes and sources. Their wrapped
 * labels are most of what GTK measures in the side panel, each at every width
 * it tries: the window builds them once its map is on screen. */
static void
fill_details (ScmMeetingPanel *self)
{
  g_autoptr(ScmNetwork) network = g_steal_pointer (&self->details_network);
  ScmMeeting *meeting = network ? scm_network_get_meeting (network) : NULL;

  if (meeting == NULL)
    return;

  fill_attendees (self, network, meeting);
  scm_labels_fill_bullets (self->objectives_box, scm_meeting_get_objectives (meeting));
  scm_labels_fill_bullets (self->outcomes_box, scm_meeting_get_outcomes (meeting));
  fill_speakers (self, meeting);
  scm_labels_fill_bullets (self->supporters_box, scm_meeting_get_supporters (meeting));
  scm_labels_fill_bullets (self->notes_box, scm_meeting_get_notes (meeting));
  scm_labels_fill_links (self->sources_box, scm_meeting_get_sources (meeting));
  gtk_widget_set_visible (self->details_box, TRUE);
}

void
scm_meeting_panel_set_network (ScmMeetingPanel *self,
                               ScmNetwork      *network)
{
  ScmMeeting *meeting = scm_network_get_meeting (network);
  guint n_centres = g_list_model_get_n_items (scm_network_get_centres (network));
  g_autofree char *story = NULL;

  g_return_if_fail (SCM_IS_MEETING_PANEL (self));

  if (meeting != NULL && scm_meeting_get_centres_total (meeting) > n_centres)
    /* Translators: the first number is the centres UNESCO counted (65): the
     * plural form follows it; the second, those on the map (51) */
    story = g_strdup_printf (ngettext ("In May 2016 UNESCO’s Natural Sciences Sector counted %u "
                                       "category 2 centre in water, renewable energy, science policy, "
                                       "biotechnology, geosciences, the basic sciences and remote "
                                       "sensing. This map shows the %u that public sources document, "
                                       "each with its sources.",
                                       "In May 2016 UNESCO’s Natural Sciences Sector counted %u "
                                       "category 2 centres in water, renewable energy, science policy, "
                                       "biotechnology, geosciences, the basic sciences and remote "
                                       "sensing. This map shows the %u that public sources document, "
                                       "each with its sources.",
                                       scm_meeting_get_centres_total (meeting)),
                             scm_meeting_get_centres_total (meeting), n_centres);
  else
    story = g_strdup_printf (ngettext ("This map shows %u centre, each with its sources.",
                                       "This map shows %u centres, each with its sources.",
                                       n_centres), n_centres);

  gtk_label_set_text (self->network_label, story);
  gtk_widget_set_visible (self->meeting_box, meeting != NULL);
  gtk_widget_set_visible (self->details_box, FALSE);
  g_clear_object (&self->details_network);
  if (meeting == NULL)
    return;

  self->details_network = g_object_ref (network);

  fill_summary (self, network, meeting);
  if (!self->details_held)
    fill_details (self);
}

/**
 * scm_meeting_panel_hold_details:
 * @held: whether the details wait
 *
 * While held, the meeting's details (see fill_details()) are not built,
 * unless the panel has room for them in view: no frame shows the panel cut
 * short. Released, they are built at once.
 */
void
scm_meeting_panel_hold_details (ScmMeetingPanel *self,
                                gboolean         held)
{
  g_return_if_fail (SCM_IS_MEETING_PANEL (self));

  self->details_held = held;
  if (!held)
    fill_details (self);
}

static GtkSizeRequestMode
scm_meeting_panel_get_request_mode (GtkWidget *widget)
{
  return gtk_widget_get_request_mode (SCM_MEETING_PANEL (widget)->content);
}

static void
scm_meeting_panel_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  gtk_widget_measure (SCM_MEETING_PANEL (widget)->content, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

/* Given more height than its content needs, the panel shows its end: held
 * details are built now, in this layout, before the frame is drawn */
static void
scm_meeting_panel_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  ScmMeetingPanel *self = SCM_MEETING_PANEL (widget);
  int natural;

  if (self->details_network != NULL)
    {
      gtk_widget_measure (self->content, GTK_ORIENTATION_VERTICAL, width, NULL, &natural, NULL, NULL);
      if (height > natural)
        fill_details (self);
    }
  gtk_widget_allocate (self->content, width, height, baseline, NULL);
}

static void
scm_meeting_panel_dispose (GObject *object)
{
  ScmMeetingPanel *self = (ScmMeetingPanel *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), SCM_TYPE_MEETING_PANEL);
  g_clear_pointer (&self->content, gtk_widget_unparent);
  g_clear_object (&self->details_network);

  G_OBJECT_CLASS (scm_meeting_panel_parent_class)->dispose (object);
}

static void
scm_meeting_panel_class_init (ScmMeetingPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = scm_meeting_panel_dispose;
  widget_class->get_request_mode = scm_meeting_panel_get_request_mode;
  widget_class->measure = scm_meeting_panel_measure;
  widget_class->size_allocate = scm_meeting_panel_size_allocate;

  signals[CENTRE_ACTIVATED] =
    g_signal_new ("centre-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, SCM_TYPE_CENTRE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sciencecentres/Map/panels/scm-meeting-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, ScmMeetingPanel, content);
  gtk_widget_class_bind_template_child (widget_class, ScmMeetingPanel, network_label);
  gtk_widget_class_bind_template_child (widget_class, ScmMeetingPanel, meeting_box);
  gtk_widget_class_bind_template_child (widget_class, ScmMeetingPanel, title_label);
  gtk_widget_class_bind_template_child (widget_class, ScmMeetingPanel, dates_label);
  gtk_widget_class_bind_template_child (widget_class, ScmMeetingPanel, venue_label);
  gtk_widget_class_bind_template_child (widget_class, ScmMeetingPanel, venue_notes_label);
  gtk_widget_class_bind_template_child (widget_class, ScmMeetingPanel, attendance_label);
  gtk_widget_class_bind_template_child (widget_class, ScmMeetingPanel, hosts_label);
  gtk_widget_class_bind_template_child (widget_class, ScmMeetingPanel, co_organisers_box);
  gtk_widget_class_bind_template_child (widget_class, ScmMeetingPanel, details_box);
  gtk_widget_class_bind_template_child (widget_class, ScmMeetingPanel, attendees_heading);
  gtk_widget_class_bind_template_child (widget_class, ScmMeetingPanel, attendees_label);
  gtk_widget_class_bind_template_child (widget_class, ScmMeetingPanel, attendees_box);
  gtk_widget_class_bind_template_child (widget_class, ScmMeetingPanel, objectives_box);
  gtk_widget_class_bind_template_child (widget_class, ScmMeetingPanel, outcomes_box);
  gtk_widget_class_bind_template_child (widget_class, ScmMeetingPanel, speakers_box);
  gtk_widget_class_bind_template_child (widget_class, ScmMeetingPanel, supporters_box);
  gtk_widget_class_bind_template_child (widget_class, ScmMeetingPanel, notes_box);
  gtk_widget_class_bind_template_child (widget_class, ScmMeetingPanel, sources_box);
}

static void
scm_meeting_panel_init (ScmMeetingPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
