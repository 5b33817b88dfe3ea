/* scm-reader-private.h — a bounds-checked reader of the basemap's binary files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Once a read goes past the end, every later read fails too */
typedef struct
{
  const guint8 *data;
  gsize length;
  gsize offset;
  gboolean failed;
} ScmReader;

const void *scm_reader_take   (ScmReader *reader,
                               gsize      n_bytes);
guint32     scm_reader_uint   (ScmReader *reader);
void        scm_reader_floats (ScmReader *reader,
                               float     *out,
                               guint      n);
void        scm_reader_align  (ScmReader *reader);

G_END_DECLS
