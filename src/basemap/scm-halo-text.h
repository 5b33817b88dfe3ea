/* scm-halo-text.h — the basemap's names: text in a halo of the land's colour
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

typedef struct
{
  const char *text;
  const PangoFontDescription *font;
  double x;               /* left end of the text */
  double baseline;        /* in the user space of the cairo context */
  double halo_width;
  const double *rgb;      /* 3 components */
  const double *halo_rgb;
} ScmHaloText;

/* Receives the names instead of the cairo context: for a file format that
 * keeps text as text (SVG) */
typedef void (*ScmHaloTextSink) (const ScmHaloText *text,
                                 gpointer           user_data);

void     scm_halo_text_set_sink (cairo_t         *cr,
                                 ScmHaloTextSink  sink,
                                 gpointer         user_data);
gboolean scm_halo_text_has_sink (cairo_t         *cr);
void     scm_halo_text_draw     (cairo_t         *cr,
                                 PangoLayout     *layout,
                                 double           x,
                                 double           y,
                                 double           halo_width,
                                 const double     rgb[3],
                                 const double     halo_rgb[3]);

G_END_DECLS
