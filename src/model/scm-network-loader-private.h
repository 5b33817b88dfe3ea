/* scm-network-loader-private.h — reading a network file into a network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "scm-network-private.h"

G_BEGIN_DECLS

void        scm_network_loader_load_bytes (ScmNetwork   *network,
                                           GBytes       *bytes);
ScmNetwork *scm_network_loader_load_file  (GFile        *file,
                                           GCancellable *cancellable);

G_END_DECLS
