/* scm-network-reader-private.h — typed values read from one entry of a
 * network file, each problem reported as one line naming file, entry and key
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "scm-network-private.h"

G_BEGIN_DECLS

/* Where a problem is: one entry of one section of the file (index G_MAXUINT:
 * the section is a single object). */
typedef struct
{
  ScmNetwork *network;
  const char *section;
  guint index;
  const char *id;
} ScmEntry;

void        scm_report_file          (ScmNetwork  *network,
                                      const char  *format,
                                      ...) G_GNUC_PRINTF (2, 3);
void        scm_report               (const ScmEntry *entry,
                                      const char  *format,
                                      ...) G_GNUC_PRINTF (2, 3);
const char *scm_json_type_name       (JsonNode    *node);
gboolean    scm_json_node_is_number  (JsonNode    *node);
const char *scm_read_string          (const ScmEntry *entry,
                                      JsonObject  *object,
                                      const char  *key,
                                      gboolean     required);
gboolean    scm_read_number          (const ScmEntry *entry,
                                      JsonObject  *object,
                                      const char  *key,
                                      double       min,
                                      double       max,
                                      double      *value);
int         scm_read_optional_int    (const ScmEntry *entry,
                                      JsonObject  *object,
                                      const char  *key,
                                      int          min,
                                      int          max);
GStrv       scm_read_string_list     (const ScmEntry *entry,
                                      JsonObject  *object,
                                      const char  *key,
                                      gboolean     required,
                                      gboolean     urls);
GStrv       scm_read_sources         (const ScmEntry *entry,
                                      JsonObject  *object);
const char *scm_read_optional_url    (const ScmEntry *entry,
                                      JsonObject  *object,
                                      const char  *key);
const char *scm_read_id              (const ScmEntry *entry,
                                      JsonObject  *object);
JsonArray  *scm_read_section         (ScmNetwork  *network,
                                      JsonObject  *root,
                                      const char  *section,
                                      gboolean     required);
JsonObject *scm_read_entry_object    (ScmEntry    *entry,
                                      JsonNode    *node);

G_END_DECLS
