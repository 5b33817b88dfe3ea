/* scm-basemap-palette.c — the colours of the basemap's light and dark styles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "scm-basemap.h"

static const ScmBasemapPalette palettes[] = {
  [SCM_BASEMAP_STYLE_LIGHT] = {
    .sea = { 0.835, 0.894, 0.929 },
    .land = { 0.969, 0.961, 0.937 },
    .coast = { 0.600, 0.690, 0.749 },
    .border = { 0.690, 0.655, 0.600 },
    .label = { 0.420, 0.400, 0.370 },
    .city = { 0.180, 0.180, 0.200 },
  },
  [SCM_BASEMAP_STYLE_DARK] = {
    .sea = { 0.114, 0.149, 0.184 },
    .land = { 0.196, 0.212, 0.235 },
    .coast = { 0.255, 0.333, 0.400 },
    .border = { 0.380, 0.400, 0.435 },
    .label = { 0.690, 0.710, 0.740 },
    .city = { 0.900, 0.910, 0.930 },
  },
};

const ScmBasemapPalette *
scm_basemap_get_palette (ScmBasemapStyle style)
{
  g_return_val_if_fail (style <= SCM_BASEMAP_STYLE_DARK, &palettes[0]);
  return &palettes[style];
}
