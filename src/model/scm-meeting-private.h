/* scm-meeting-private.h — how the network builds the meeting from a validated entry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "scm-meeting.h"

G_BEGIN_DECLS

typedef struct
{
  const char *title;
  const GDate *start;
  const GDate *end;
  const char *venue;
  const char *city;
  const char *country;
  double latitude;
  double longitude;
  const char *venue_notes;
  guint centres_represented;
  guint centres_total;
  const char * const *hosts;
  const char * const *co_organisers;  /* centre ids */
  const char * const *attendees;      /* centre ids, each with its sources below */
  GPtrArray *attendee_sources;        /* (element-type GStrv) */
  const char * const *supporters;
  const char * const *objectives;
  const char * const *outcomes;
  const char * const *speaker_names;
  const char * const *speaker_roles;
  const char * const *notes;
  const char * const *sources;
} ScmMeetingInfo;

ScmMeeting *scm_meeting_new (const ScmMeetingInfo *info);

G_END_DECLS
