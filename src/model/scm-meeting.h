/* scm-meeting.h — the First UNESCO Science Centres Coordination Meeting (or another meeting
 * that a network file describes)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SCM_TYPE_MEETING (scm_meeting_get_type ())

G_DECLARE_FINAL_TYPE (ScmMeeting, scm_meeting, SCM, MEETING, GObject)

const char         *scm_meeting_get_title              (ScmMeeting *self);
GDate              *scm_meeting_get_start              (ScmMeeting *self);
GDate              *scm_meeting_get_end                (ScmMeeting *self);
const char         *scm_meeting_get_venue              (ScmMeeting *self);
const char         *scm_meeting_get_city               (ScmMeeting *self);
const char         *scm_meeting_get_country            (ScmMeeting *self);
double              scm_meeting_get_latitude           (ScmMeeting *self);
double              scm_meeting_get_longitude          (ScmMeeting *self);
const char         *scm_meeting_get_venue_notes        (ScmMeeting *self);
guint               scm_meeting_get_centres_represented (ScmMeeting *self);
guint               scm_meeting_get_centres_total      (ScmMeeting *self);
const char * const *scm_meeting_get_hosts              (ScmMeeting *self);
const char * const *scm_meeting_get_co_organisers      (ScmMeeting *self);
const char * const *scm_meeting_get_attendees          (ScmMeeting *self);
const char * const *scm_meeting_get_participants       (ScmMeeting *self);
const char * const *scm_meeting_get_attendee_sources   (ScmMeeting *self,
                                                        guint       index);
const char * const *scm_meeting_get_supporters         (ScmMeeting *self);
const char * const *scm_meeting_get_objectives         (ScmMeeting *self);
const char * const *scm_meeting_get_outcomes           (ScmMeeting *self);
const char * const *scm_meeting_get_speaker_names      (ScmMeeting *self);
const char * const *scm_meeting_get_speaker_roles      (ScmMeeting *self);
const char * const *scm_meeting_get_notes              (ScmMeeting *self);
const char * const *scm_meeting_get_sources            (ScmMeeting *self);
char               *scm_meeting_format_dates           (ScmMeeting *self);

G_END_DECLS
