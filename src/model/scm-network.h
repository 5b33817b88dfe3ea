/* scm-network.h — the whole network, loaded from one validated JSON file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "scm-centre.h"
#include "scm-field.h"
#include "scm-link.h"
#include "scm-meeting.h"

G_BEGIN_DECLS

#define SCM_TYPE_NETWORK (scm_network_get_type ())

G_DECLARE_FINAL_TYPE (ScmNetwork, scm_network, SCM, NETWORK, GObject)

#define SCM_NETWORK_RESOURCE "/io/github/sciencecentres/Map/data/network.json"

/* Larger files are refused before they are read (64 MiB) */
#define SCM_NETWORK_MAX_FILE_SIZE (64 << 20)

ScmNetwork         *scm_network_new_from_bytes      (GBytes     *bytes,
                                                     const char *display_name);
ScmNetwork         *scm_network_new_from_file       (GFile      *file);
ScmNetwork         *scm_network_new_from_resource   (const char *path);
void                scm_network_load_file_async     (GFile               *file,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
ScmNetwork         *scm_network_load_file_finish    (GAsyncResult        *result,
                                                     GError             **error);

const char         *scm_network_get_display_name    (ScmNetwork *self);
const char         *scm_network_get_title           (ScmNetwork *self);
const char         *scm_network_get_as_of           (ScmNetwork *self);
GListModel         *scm_network_get_fields          (ScmNetwork *self);
GListModel         *scm_network_get_centres         (ScmNetwork *self);
GListModel         *scm_network_get_affiliates      (ScmNetwork *self);
GListModel         *scm_network_get_links           (ScmNetwork *self);
ScmMeeting         *scm_network_get_meeting         (ScmNetwork *self);
ScmCentre          *scm_network_lookup              (ScmNetwork *self,
                                                     const char *id);
ScmField           *scm_network_lookup_field        (ScmNetwork *self,
                                                     const char *id);
const char * const *scm_network_get_countries       (ScmNetwork *self);
guint               scm_network_count_in_country    (ScmNetwork *self,
                                                     const char *country);
const char * const *scm_network_get_problems        (ScmNetwork *self);
guint               scm_network_get_n_problems      (ScmNetwork *self);
guint               scm_network_get_n_skipped       (ScmNetwork *self);

G_END_DECLS
