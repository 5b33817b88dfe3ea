/* scm-network-private.h — what the loader fills in a network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "scm-network.h"

G_BEGIN_DECLS

struct _ScmNetwork
{
  GObject parent_instance;

  char *display_name;
  char *title;
  char *as_of;
  GListStore *fields;
  GListStore *centres;
  GListStore *affiliates;
  GListStore *links;
  ScmMeeting *meeting;
  GHashTable *places_by_id;   /* id → ScmCentre (centres and affiliates) */
  GHashTable *fields_by_id;   /* id → ScmField */
  GHashTable *country_counts; /* code → count of centres */
  GStrv countries;
  GPtrArray *problems;        /* NULL-terminated array of strings */
  guint n_skipped;
  GHashTable *links_seen;     /* while loading: link key → 1 + index of its first link */
};

ScmNetwork *scm_network_new_empty   (const char *display_name);
void        scm_network_add_problem (ScmNetwork *self,
                                     char       *message);
void        scm_network_finish_loading (ScmNetwork *self);

G_END_DECLS
