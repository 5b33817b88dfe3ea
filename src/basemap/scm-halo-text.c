/* scm-halo-text.c
 *
 * Country and city names share one way of being drawn: glyphs shown in the
 * halo colour around the name, then the name (far cheaper than stroking
 * their outlines). A cairo context may carry a sink that takes the names
 * instead, with where and how they go, so that an SVG keeps them as text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "scm-halo-text.h"

typedef struct
{
  ScmHaloTextSink sink;
  gpointer user_data;
} Sink;

static const cairo_user_data_key_t sink_key;

/* From now on, names drawn on @cr go to @sink (%NULL: drawn again) */
void
scm_halo_text_set_sink (cairo_t         *cr,
                        ScmHaloTextSink  sink,
                        gpointer         user_data)
{
  Sink *data = NULL;

  if (sink != NULL)
    {
      data = g_new (Sink, 1);
      *data = (Sink) { sink, user_data };
    }
  cairo_set_user_data (cr, &sink_key, data, g_free);
}

/* Whether names drawn on @cr go to a sink: then nothing may draw them otherwise */
gboolean
scm_halo_text_has_sink (cairo_t *cr)
{
  return cairo_get_user_data (cr, &sink_key) != NULL;
}

/* The text of @layout with its top left corner at @x, @y */
void
scm_halo_text_draw (cairo_t      *cr,
                    PangoLayout  *layout,
                    double        x,
                    double        y,
                    double        halo_width,
                    const double  rgb[3],
                    const double  halo_rgb[3])
{
  static const double halo[][2] = { { -1, 0 }, { 1, 0 }, { 0, -1 }, { 0, 1 },
                                    { -0.7, -0.7 }, { 0.7, -0.7 }, { -0.7, 0.7 }, { 0.7, 0.7 } };
  Sink *sink = cairo_get_user_data (cr, &sink_key);

  if (sink != NULL)
    {
      ScmHaloText text = {
        pango_layout_get_text (layout), pango_layout_get_font_description (layout),
        x, y + pango_layout_get_baseline (layout) / (double)PANGO_SCALE, halo_width, rgb, halo_rgb,
      };

      sink->sink (&text, sink->user_data);
      return;
    }

  cairo_set_source_rgb (cr, halo_rgb[0], halo_rgb[1], halo_rgb[2]);
  for (guint i = 0; i < G_N_ELEMENTS (halo); i++)
    {
      cairo_move_to (cr, x + halo_width * halo[i][0], y + halo_width * halo[i][1]);
      pango_cairo_show_layout (cr, layout);
    }

  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}
