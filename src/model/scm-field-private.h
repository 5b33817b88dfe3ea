/* scm-field-private.h — how the loader builds a field from a validated entry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "scm-field.h"

G_BEGIN_DECLS

ScmField *scm_field_new (const char     *id,
                         const char     *name,
                         const char     *color,
                         ScmSymbolShape  symbol);

G_END_DECLS
