/* scm-link-style.c
 *
 * Each kind has its own colour and dash, so kinds stay apart in grey-scale
 * and on a washed-out projector.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "scm-link-style.h"

typedef struct
{
  double rgb[3];
  double dashes[4];  /* in line widths; a zero length ends the pattern */
} LinkStyle;

static const LinkStyle styles[] = {
  [SCM_LINK_KIND_MOU] = { { 0.102, 0.137, 0.494 }, { 0 } },
  [SCM_LINK_KIND_JOINT_PROJECT] = { { 0.0, 0.412, 0.361 }, { 6, 2.5 } },
  [SCM_LINK_KIND_CO_ORGANISED_EVENT] = { { 0.718, 0.110, 0.110 }, { 1, 2 } },
  [SCM_LINK_KIND_JOINT_TRAINING] = { { 0.365, 0.251, 0.216 }, { 6, 2, 1, 2 } },
  [SCM_LINK_KIND_NETWORK] = { { 0.216, 0.278, 0.310 }, { 3, 3 } },
  [SCM_LINK_KIND_OTHER] = { { 0.38, 0.38, 0.38 }, { 1.5, 1.5 } },
};
G_STATIC_ASSERT (G_N_ELEMENTS (styles) == SCM_N_LINK_KINDS);

static const LinkStyle *
lookup_style (ScmLinkKind kind)
{
  return &styles[(guint)kind < SCM_N_LINK_KINDS ? kind : SCM_LINK_KIND_OTHER];
}

/* Sets colour, width and dash of @kind on @cr. On a dark background the
 * colours are lightened, halfway to white, so that they keep their contrast. */
void
scm_link_style_apply (cairo_t     *cr,
                      ScmLinkKind  kind,
                      double       width,
                      double       alpha,
                      gboolean     on_dark)
{
  const LinkStyle *style = lookup_style (kind);
  double rgb[3];
  double dashes[4];
  int n_dashes = 0;

  for (guint i = 0; i < 3; i++)
    rgb[i] = on_dark ? (style->rgb[i] + 1) / 2 : style->rgb[i];

  while (n_dashes < 4 && style->dashes[n_dashes] > 0)
    {
      dashes[n_dashes] = style->dashes[n_dashes] * width;
      n_dashes++;
    }

  cairo_set_source_rgba (cr, rgb[0], rgb[1], rgb[2], alpha);
  cairo_set_line_width (cr, width);
  cairo_set_line_cap (cr, n_dashes > 0 && style->dashes[0] <= 1.5 ? CAIRO_LINE_CAP_ROUND
                                                                  : CAIRO_LINE_CAP_BUTT);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_dash (cr, dashes, n_dashes, 0);
}
