/* scm-reader.c — the little-endian words of data/basemap.bin and data/cities.bin
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "scm-reader-private.h"

/* Where the next @n_bytes start, or NULL past the end */
const void *
scm_reader_take (ScmReader *reader,
                 gsize      n_bytes)
{
  const void *start;

  if (reader->failed || n_bytes > reader->length - reader->offset)
    {
      reader->failed = TRUE;
      return NULL;
    }

  start = reader->data + reader->offset;
  reader->offset += n_bytes;
  return start;
}

guint32
scm_reader_uint (ScmReader *reader)
{
  const guint8 *bytes = scm_reader_take (reader, 4);
  return bytes ? bytes[0] | bytes[1] << 8 | bytes[2] << 16 | (guint32)bytes[3] << 24 : 0;
}

void
scm_reader_floats (ScmReader *reader,
                   float     *out,
                   guint      n)
{
  const float *floats = scm_reader_take (reader, 4 * n);

  if (floats != NULL)
    memcpy (out, floats, 4 * n);
}

/* Skips the padding to the next multiple of 4 bytes */
void
scm_reader_align (ScmReader *reader)
{
  scm_reader_take (reader, -reader->offset & 3);
}
