/* scm-field.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "scm-field-private.h"

struct _ScmField
{
  GObject parent_instance;

  char *id;
  char *name;
  char *color;
  ScmSymbolShape symbol;
  double rgb[3];
  guint n_centres;
};

G_DEFINE_FINAL_TYPE (ScmField, scm_field, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_COLOR,
  PROP_SYMBOL,
  PROP_N_CENTRES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Accepts "#rrggbb" only: the data format keeps colours simple and exact. */
gboolean
scm_field_parse_color (const char *color,
                       double     *red,
                       double     *green,
                       double     *blue)
{
  double channels[3];

  if (color == NULL || strlen (color) != 7 || color[0] != '#')
    return FALSE;

  for (guint i = 0; i < 3; i++)
    {
      int high = g_ascii_xdigit_value (color[1 + 2 * i]);
      int low = g_ascii_xdigit_value (color[2 + 2 * i]);

      if (high < 0 || low < 0)
        return FALSE;
      channels[i] = (high * 16 + low) / 255.0;
    }

  if (red)
    *red = channels[0];
  if (green)
    *green = channels[1];
  if (blue)
    *blue = channels[2];
  return TRUE;
}

static void
scm_field_finalize (GObject *object)
{
  ScmField *self = (ScmField *)object;

  g_free (self->id);
  g_free (self->name);
  g_free (self->color);

  G_OBJECT_CLASS (scm_field_parent_class)->finalize (object);
}

static void
scm_field_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ScmField *self = SCM_FIELD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;
    case PROP_SYMBOL:
      g_value_set_enum (value, self->symbol);
      break;
    case PROP_N_CENTRES:
      g_value_set_uint (value, self->n_centres);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scm_field_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  ScmField *self = SCM_FIELD (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;
    case PROP_COLOR:
      self->color = g_value_dup_string (value);
      if (!scm_field_parse_color (self->color, &self->rgb[0], &self->rgb[1], &self->rgb[2]))
        self->rgb[0] = self->rgb[1] = self->rgb[2] = 0.5;
      break;
    case PROP_SYMBOL:
      self->symbol = g_value_get_enum (value);
      break;
    case PROP_N_CENTRES:
      scm_field_set_n_centres (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scm_field_class_init (ScmFieldClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = scm_field_finalize;
  object_class->get_property = scm_field_get_property;
  object_class->set_property = scm_field_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL, "#808080",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SYMBOL] =
    g_param_spec_enum ("symbol", NULL, NULL, SCM_TYPE_SYMBOL_SHAPE, SCM_SYMBOL_SHAPE_CIRCLE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_CENTRES] =
    g_param_spec_uint ("n-centres", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scm_field_init (ScmField *self)
{
}

ScmField *
scm_field_new (const char     *id,
               const char     *name,
               const char     *color,
               ScmSymbolShape  symbol)
{
  return g_object_new (SCM_TYPE_FIELD,
                       "id", id,
                       "name", name,
                       "color", color,
                       "symbol", symbol,
                       NULL);
}

const char *
scm_field_get_id (ScmField *self)
{
  g_return_val_if_fail (SCM_IS_FIELD (self), NULL);
  return self->id;
}

/* The English name from the data file; views pass it through gettext, so the
 * fields of the bundled network appear translated. */
const char *
scm_field_get_name (ScmField *self)
{
  g_return_val_if_fail (SCM_IS_FIELD (self), NULL);
  return self->name;
}

const char *
scm_field_get_color (ScmField *self)
{
  g_return_val_if_fail (SCM_IS_FIELD (self), NULL);
  return self->color;
}

ScmSymbolShape
scm_field_get_symbol (ScmField *self)
{
  g_return_val_if_fail (SCM_IS_FIELD (self), SCM_SYMBOL_SHAPE_CIRCLE);
  return self->symbol;
}

void
scm_field_get_rgb (ScmField *self,
                   double   *red,
                   double   *green,
                   double   *blue)
{
  g_return_if_fail (SCM_IS_FIELD (self));
  *red = self->rgb[0];
  *green = self->rgb[1];
  *blue = self->rgb[2];
}

/* Number of centres of the loaded network in this field (the legend shows it). */
guint
scm_field_get_n_centres (ScmField *self)
{
  g_return_val_if_fail (SCM_IS_FIELD (self), 0);
  return self->n_centres;
}

void
scm_field_set_n_centres (ScmField *self,
                         guint     n_centres)
{
  g_return_if_fail (SCM_IS_FIELD (self));
  if (self->n_centres == n_centres)
    return;
  self->n_centres = n_centres;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_CENTRES]);
}
