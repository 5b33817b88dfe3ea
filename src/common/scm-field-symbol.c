/* scm-field-symbol.c
 *
 * A shape per field as well as a colour, so that fields stay apart for people
 * who do not tell the colours apart, and on a washed-out projector. With no
 * field (an affiliate) the symbol is a white ring.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "scm-field-symbol.h"
#include "scm-pixel-node.h"

struct _ScmFieldSymbol
{
  GtkWidget parent_instance;

  ScmField *field;
  int size;
};

G_DEFINE_FINAL_TYPE (ScmFieldSymbol, scm_field_symbol, GTK_TYPE_WIDGET)

static void
trace_polygon (cairo_t *cr,
               double   cx,
               double   cy,
               double   radius,
               guint    n_corners,
               double   inner_ratio)
{
  guint n_points = inner_ratio > 0 ? 2 * n_corners : n_corners;

  for (guint i = 0; i < n_points; i++)
    {
      double r = (inner_ratio > 0 && i % 2 == 1) ? radius * inner_ratio : radius;
      double angle = -G_PI / 2 + 2 * G_PI * i / n_points;

      cairo_line_to (cr, cx + r * cos (angle), cy + r * sin (angle));
    }
  cairo_close_path (cr);
}

/* The outline of a cross with arms 0.76 of @radius wide */
static void
trace_cross (cairo_t *cr,
             double   cx,
             double   cy,
             double   radius)
{
  double arm = radius * 0.38;

  cairo_move_to (cr, cx - arm, cy - radius);
  cairo_line_to (cr, cx + arm, cy - radius);
  cairo_line_to (cr, cx + arm, cy - arm);
  cairo_line_to (cr, cx + radius, cy - arm);
  cairo_line_to (cr, cx + radius, cy + arm);
  cairo_line_to (cr, cx + arm, cy + arm);
  cairo_line_to (cr, cx + arm, cy + radius);
  cairo_line_to (cr, cx - arm, cy + radius);
  cairo_line_to (cr, cx - arm, cy + arm);
  cairo_line_to (cr, cx - radius, cy + arm);
  cairo_line_to (cr, cx - radius, cy - arm);
  cairo_line_to (cr, cx - arm, cy - arm);
  cairo_close_path (cr);
}

/* Adds the outline of @symbol to the path. */
static void
trace_symbol (cairo_t        *cr,
              ScmSymbolShape  symbol,
              double          cx,
              double          cy,
              double          radius)
{
  cairo_new_sub_path (cr);
  switch (symbol)
    {
    case SCM_SYMBOL_SHAPE_SQUARE:
      cairo_rectangle (cr, cx - radius * 0.85, cy - radius * 0.85, radius * 1.7, radius * 1.7);
      break;
    case SCM_SYMBOL_SHAPE_DIAMOND:
      trace_polygon (cr, cx, cy, radius * 1.1, 4, 0);
      break;
    case SCM_SYMBOL_SHAPE_TRIANGLE:
      trace_polygon (cr, cx, cy + radius * 0.15, radius * 1.15, 3, 0);
      break;
    case SCM_SYMBOL_SHAPE_HEXAGON:
      trace_polygon (cr, cx, cy, radius, 6, 0);
      break;
    case SCM_SYMBOL_SHAPE_PENTAGON:
      trace_polygon (cr, cx, cy, radius * 1.05, 5, 0);
      break;
    case SCM_SYMBOL_SHAPE_STAR:
      trace_polygon (cr, cx, cy + radius * 0.08, radius * 1.2, 5, 0.5);
      break;
    case SCM_SYMBOL_SHAPE_CROSS:
      trace_cross (cr, cx, cy, radius);
      break;
    case SCM_SYMBOL_SHAPE_CIRCLE:
    default:
      cairo_arc (cr, cx, cy, radius, 0, 2 * G_PI);
      break;
    }
}

/* The symbol of @field (NULL: an affiliate's ring), filled and outlined */
void
scm_field_symbol_draw (cairo_t  *cr,
                       ScmField *field,
                       double    cx,
                       double    cy,
                       double    radius)
{
  double red = 1, green = 1, blue = 1;

  if (field != NULL)
    scm_field_get_rgb (field, &red, &green, &blue);

  cairo_new_path (cr);
  trace_symbol (cr, field ? scm_field_get_symbol (field) : SCM_SYMBOL_SHAPE_CIRCLE, cx, cy, radius);
  cairo_set_source_rgb (cr, red, green, blue);
  cairo_fill_preserve (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_width (cr, field ? 1.5 : 3);
  if (field)
    cairo_set_source_rgb (cr, 1, 1, 1);
  else
    cairo_set_source_rgb (cr, 0.25, 0.25, 0.3);
  cairo_stroke (cr);
}

/* The symbol's pixels, drawn once for each look and size and shared by every
 * widget that shows it (see scm-pixel-node.c). The few looks and sizes are
 * kept for the life of the process. */
static GskRenderNode *
lookup_symbol_node (ScmField *field,
                    double    radius,
                    int       width,
                    int       height,
                    int       scale)
{
  static GHashTable *drawn;
  double red = -1, green = -1, blue = -1;
  g_autofree char *key = NULL;
  GskRenderNode *node;
  cairo_t *cr;

  if (field != NULL)
    scm_field_get_rgb (field, &red, &green, &blue);
  key = g_strdup_printf ("%d %.3f %.3f %.3f %.2f %d %d %d %d", field ? (int)scm_field_get_symbol (field) : -1,
                         red, green, blue, radius, width, height, scale, scm_pixel_node_drawing_vectors ());
  if (drawn == NULL)
    drawn = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)gsk_render_node_unref);

  node = g_hash_table_lookup (drawn, key);
  if (node == NULL)
    {
      cr = scm_pixel_node_begin (&GRAPHENE_RECT_INIT (0, 0, width, height), scale);
      scm_field_symbol_draw (cr, field, width / 2.0, height / 2.0, radius);
      node = scm_pixel_node_end (cr);
      g_hash_table_insert (drawn, g_steal_pointer (&key), node);
    }
  return node;
}

/* The symbol of @field in the middle of @widget, @radius in size */
void
scm_field_symbol_snapshot_in (GtkWidget   *widget,
                              GtkSnapshot *snapshot,
                              ScmField    *field,
                              double       radius)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (width > 0 && height > 0)
    gtk_snapshot_append_node (snapshot, lookup_symbol_node (field, radius, width, height,
                                                            gtk_widget_get_scale_factor (widget)));
}

static void
scm_field_symbol_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  double radius = MIN (gtk_widget_get_width (widget), gtk_widget_get_height (widget)) / 2.0 - 2;

  scm_field_symbol_snapshot_in (widget, snapshot, SCM_FIELD_SYMBOL (widget)->field, radius);
}

static void
scm_field_symbol_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  *minimum = *natural = SCM_FIELD_SYMBOL (widget)->size;
}

static void
scm_field_symbol_dispose (GObject *object)
{
  g_clear_object (&SCM_FIELD_SYMBOL (object)->field);
  G_OBJECT_CLASS (scm_field_symbol_parent_class)->dispose (object);
}

static void
scm_field_symbol_class_init (ScmFieldSymbolClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = scm_field_symbol_dispose;
  widget_class->snapshot = scm_field_symbol_snapshot;
  widget_class->measure = scm_field_symbol_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
scm_field_symbol_init (ScmFieldSymbol *self)
{
  self->size = 16;
}

/* @field may be NULL, for an affiliate. */
GtkWidget *
scm_field_symbol_new (ScmField *field,
                      int       size)
{
  ScmFieldSymbol *self = g_object_new (SCM_TYPE_FIELD_SYMBOL, NULL);

  self->field = field ? g_object_ref (field) : NULL;
  self->size = size;
  return GTK_WIDGET (self);
}
