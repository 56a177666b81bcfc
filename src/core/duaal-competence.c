/* duaal-competence.c: a competence with its indicators and knowledge items
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-competence.h"

struct _DuaalCompetence
{
  GObject    parent_instance;

  char      *id;
  guint      number;
  char      *title;
  char      *reference;
  char      *group_title;
  GPtrArray *indicators;   /* DuaalIndicator, owned */
  GPtrArray *knowledge;    /* DuaalKnowledgeItem, owned */
};

G_DEFINE_FINAL_TYPE (DuaalCompetence, duaal_competence, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_REFERENCE,
  PROP_GROUP_TITLE,
  PROP_N_INDICATORS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
duaal_competence_finalize (GObject *object)
{
  DuaalCompetence *self = DUAAL_COMPETENCE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->reference, g_free);
  g_clear_pointer (&self->group_title, g_free);
  g_clear_pointer (&self->indicators, g_ptr_array_unref);
  g_clear_pointer (&self->knowledge, g_ptr_array_unref);

  G_OBJECT_CLASS (duaal_competence_parent_class)->finalize (object);
}

static void
duaal_competence_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DuaalCompetence *self = DUAAL_COMPETENCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_REFERENCE:
      g_value_set_string (value, self->reference);
      break;
    case PROP_GROUP_TITLE:
      g_value_set_string (value, self->group_title);
      break;
    case PROP_N_INDICATORS:
      g_value_set_uint (value, self->indicators->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
duaal_competence_class_init (DuaalCompetenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = duaal_competence_finalize;
  object_class->get_property = duaal_competence_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NUMBER] =
    g_param_spec_uint ("number", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REFERENCE] =
    g_param_spec_string ("reference", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_GROUP_TITLE] =
    g_param_spec_string ("group-title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_INDICATORS] =
    g_param_spec_uint ("n-indicators", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
duaal_competence_init (DuaalCompetence *self)
{
}

DuaalCompetence *
duaal_competence_new (const char *id,
                      guint       number,
                      const char *title,
                      const char *reference,
                      const char *group_title,
                      GPtrArray  *indicators,
                      GPtrArray  *knowledge)
{
  DuaalCompetence *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (indicators != NULL, NULL);

  self = g_object_new (DUAAL_TYPE_COMPETENCE, NULL);
  self->id = g_strdup (id);
  self->number = number;
  self->title = g_strdup (title);
  self->reference = g_strdup (reference);
  self->group_title = g_strdup (group_title);

  /* Transfer full: the elements' references are ours now, whatever free
   * function the caller gave the array. */
  self->indicators = indicators;
  g_ptr_array_set_free_func (self->indicators, g_object_unref);
  if (knowledge != NULL)
    {
      self->knowledge = knowledge;
      g_ptr_array_set_free_func (self->knowledge, g_object_unref);
    }
  else
    self->knowledge = g_ptr_array_new_with_free_func (g_object_unref);

  return self;
}

const char *
duaal_competence_get_id (DuaalCompetence *self)
{
  g_return_val_if_fail (DUAAL_IS_COMPETENCE (self), NULL);
  return self->id;
}

guint
duaal_competence_get_number (DuaalCompetence *self)
{
  g_return_val_if_fail (DUAAL_IS_COMPETENCE (self), 0);
  return self->number;
}

const char *
duaal_competence_get_title (DuaalCompetence *self)
{
  g_return_val_if_fail (DUAAL_IS_COMPETENCE (self), NULL);
  return self->title;
}

const char *
duaal_competence_get_reference (DuaalCompetence *self)
{
  g_return_val_if_fail (DUAAL_IS_COMPETENCE (self), NULL);
  return self->reference;
}

const char *
duaal_competence_get_group_title (DuaalCompetence *self)
{
  g_return_val_if_fail (DUAAL_IS_COMPETENCE (self), NULL);
  return self->group_title;
}

guint
duaal_competence_get_n_indicators (DuaalCompetence *self)
{
  g_return_val_if_fail (DUAAL_IS_COMPETENCE (self), 0);
  return self->indicators->len;
}

DuaalIndicator *
duaal_competence_get_indicator (DuaalCompetence *self,
                                guint            position)
{
  g_return_val_if_fail (DUAAL_IS_COMPETENCE (self), NULL);
  g_return_val_if_fail (position < self->indicators->len, NULL);
  return g_ptr_array_index (self->indicators, position);
}

GPtrArray *
duaal_competence_get_indicators (DuaalCompetence *self)
{
  g_return_val_if_fail (DUAAL_IS_COMPETENCE (self), NULL);
  return self->indicators;
}

GPtrArray *
duaal_competence_get_knowledge (DuaalCompetence *self)
{
  g_return_val_if_fail (DUAAL_IS_COMPETENCE (self), NULL);
  return self->knowledge;
}

DuaalIndicator *
duaal_competence_find_indicator (DuaalCompetence *self,
                                 const char      *indicator_id)
{
  g_return_val_if_fail (DUAAL_IS_COMPETENCE (self), NULL);
  g_return_val_if_fail (indicator_id != NULL, NULL);

  for (guint i = 0; i < self->indicators->len; i++)
    {
      DuaalIndicator *indicator = g_ptr_array_index (self->indicators, i);
      if (g_str_equal (duaal_indicator_get_id (indicator), indicator_id))
        return indicator;
    }
  return NULL;
}

gboolean
duaal_competence_equal (DuaalCompetence *self,
                        DuaalCompetence *other)
{
  g_return_val_if_fail (DUAAL_IS_COMPETENCE (self), FALSE);
  g_return_val_if_fail (DUAAL_IS_COMPETENCE (other), FALSE);

  if (self == other)
    return TRUE;
  if (!g_str_equal (self->id, other->id)
      || self->number != other->number
      || !g_str_equal (self->title, other->title)
      || g_strcmp0 (self->reference, other->reference) != 0
      || g_strcmp0 (self->group_title, other->group_title) != 0
      || self->indicators->len != other->indicators->len
      || self->knowledge->len != other->knowledge->len)
    return FALSE;

  for (guint i = 0; i < self->indicators->len; i++)
    {
      DuaalIndicator *a = g_ptr_array_index (self->indicators, i);
      DuaalIndicator *b = g_ptr_array_index (other->indicators, i);
      if (!g_str_equal (duaal_indicator_get_id (a), duaal_indicator_get_id (b))
          || !g_str_equal (duaal_indicator_get_text (a), duaal_indicator_get_text (b)))
        return FALSE;
    }

  for (guint i = 0; i < self->knowledge->len; i++)
    {
      DuaalKnowledgeItem *a = g_ptr_array_index (self->knowledge, i);
      DuaalKnowledgeItem *b = g_ptr_array_index (other->knowledge, i);
      if (!g_str_equal (duaal_knowledge_item_get_text (a), duaal_knowledge_item_get_text (b)))
        return FALSE;
    }

  return TRUE;
}
