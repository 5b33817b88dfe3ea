/* scm-link.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "scm-link-private.h"

struct _ScmLink
{
  GObject parent_instance;

  ScmCentre *from;
  ScmCentre *to;
  ScmLinkKind kind;
  int year;
  char *summary;
  GStrv sources;
};

G_DEFINE_FINAL_TYPE (ScmLink, scm_link, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FROM,
  PROP_TO,
  PROP_KIND,
  PROP_YEAR,
  PROP_SUMMARY,
  PROP_SOURCES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
scm_link_dispose (GObject *object)
{
  ScmLink *self = (ScmLink *)object;

  g_clear_object (&self->from);
  g_clear_object (&self->to);

  G_OBJECT_CLASS (scm_link_parent_class)->dispose (object);
}

static void
scm_link_finalize (GObject *object)
{
  ScmLink *self = (ScmLink *)object;

  g_free (self->summary);
  g_strfreev (self->sources);

  G_OBJECT_CLASS (scm_link_parent_class)->finalize (object);
}

static void
scm_link_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  ScmLink *self = SCM_LINK (object);

  switch (prop_id)
    {
    case PROP_FROM:
      g_value_set_object (value, self->from);
      break;
    case PROP_TO:
      g_value_set_object (value, self->to);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_SOURCES:
      g_value_set_boxed (value, self->sources);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scm_link_class_init (ScmLinkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = scm_link_dispose;
  object_class->finalize = scm_link_finalize;
  object_class->get_property = scm_link_get_property;

  properties[PROP_FROM] = g_param_spec_object ("from", NULL, NULL, SCM_TYPE_CENTRE, flags);
  properties[PROP_TO] = g_param_spec_object ("to", NULL, NULL, SCM_TYPE_CENTRE, flags);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, SCM_TYPE_LINK_KIND,
                                             SCM_LINK_KIND_OTHER, flags);
  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, flags);
  properties[PROP_SOURCES] = g_param_spec_boxed ("sources", NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scm_link_init (ScmLink *self)
{
}

/* @year is 0 when the sources give none. */
ScmLink *
scm_link_new (ScmCentre          *from,
              ScmCentre          *to,
              ScmLinkKind         kind,
              int                 year,
              const char         *summary,
              const char * const *sources)
{
  ScmLink *self;

  g_return_val_if_fail (SCM_IS_CENTRE (from), NULL);
  g_return_val_if_fail (SCM_IS_CENTRE (to), NULL);

  self = g_object_new (SCM_TYPE_LINK, NULL);
  self->from = g_object_ref (from);
  self->to = g_object_ref (to);
  self->kind = kind;
  self->year = year;
  self->summary = g_strdup (summary);
  self->sources = g_strdupv ((char **)sources);

  return self;
}

ScmCentre *
scm_link_get_from (ScmLink *self)
{
  g_return_val_if_fail (SCM_IS_LINK (self), NULL);
  return self->from;
}

ScmCentre *
scm_link_get_to (ScmLink *self)
{
  g_return_val_if_fail (SCM_IS_LINK (self), NULL);
  return self->to;
}

gboolean
scm_link_involves (ScmLink   *self,
                   ScmCentre *centre)
{
  g_return_val_if_fail (SCM_IS_LINK (self), FALSE);
  return centre != NULL && (self->from == centre || self->to == centre);
}

/* The other end of the link seen from @centre, or NULL if @centre is no end. */
ScmCentre *
scm_link_get_partner (ScmLink   *self,
                      ScmCentre *centre)
{
  g_return_val_if_fail (SCM_IS_LINK (self), NULL);

  if (centre == self->from)
    return self->to;
  if (centre == self->to)
    return self->from;
  return NULL;
}

ScmLinkKind
scm_link_get_kind (ScmLink *self)
{
  g_return_val_if_fail (SCM_IS_LINK (self), SCM_LINK_KIND_OTHER);
  return self->kind;
}

int
scm_link_get_year (ScmLink *self)
{
  g_return_val_if_fail (SCM_IS_LINK (self), 0);
  return self->year;
}

const char *
scm_link_get_summary (ScmLink *self)
{
  g_return_val_if_fail (SCM_IS_LINK (self), NULL);
  return self->summary;
}

const char * const *
scm_link_get_sources (ScmLink *self)
{
  g_return_val_if_fail (SCM_IS_LINK (self), NULL);
  return (const char * const *)self->sources;
}
