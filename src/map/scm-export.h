/* scm-export.h — the map as an image file for slides
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "scm-map-view.h"

G_BEGIN_DECLS

/* The sizes an export can have, in pixels: below these the legend and the
 * caption no longer fit the map; above, a picture takes over 256 MB */
#define SCM_EXPORT_MIN_WIDTH 320
#define SCM_EXPORT_MIN_HEIGHT 200
#define SCM_EXPORT_MAX_SIDE 8192

typedef enum {
  SCM_EXPORT_FORMAT_PNG,
  SCM_EXPORT_FORMAT_SVG,
} ScmExportFormat;

gboolean scm_export_format_for_name     (const char       *name,
                                         ScmExportFormat  *format,
                                         GError          **error);
char    *scm_export_name_with_extension (const char       *name,
                                         ScmExportFormat   format);
gboolean scm_export_parse_size          (const char       *text,
                                         int              *width,
                                         int              *height,
                                         GError          **error);
gboolean scm_export_check_size          (int               width,
                                         int               height,
                                         GError          **error);
GBytes  *scm_export_map_view            (ScmMapView       *view,
                                         ScmExportFormat   format,
                                         GError          **error);
gboolean scm_export_check_target        (const char       *path,
                                         GError          **error);
gboolean scm_export_save                (const char       *path,
                                         GBytes           *bytes,
                                         GError          **error);

G_END_DECLS
