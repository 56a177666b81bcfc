/* duaal-knowledge-item.c: knowledge a competence includes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-knowledge-item.h"

struct _DuaalKnowledgeItem
{
  GObject  parent_instance;

  char    *text;
};

G_DEFINE_FINAL_TYPE (DuaalKnowledgeItem, duaal_knowledge_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
duaal_knowledge_item_finalize (GObject *object)
{
  DuaalKnowledgeItem *self = DUAAL_KNOWLEDGE_ITEM (object);

  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (duaal_knowledge_item_parent_class)->finalize (object);
}

static void
duaal_knowledge_item_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DuaalKnowledgeItem *self = DUAAL_KNOWLEDGE_ITEM (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
duaal_knowledge_item_class_init (DuaalKnowledgeItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = duaal_knowledge_item_finalize;
  object_class->get_property = duaal_knowledge_item_get_property;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
duaal_knowledge_item_init (DuaalKnowledgeItem *self)
{
}

DuaalKnowledgeItem *
duaal_knowledge_item_new (const char *text)
{
  DuaalKnowledgeItem *self;

  g_return_val_if_fail (text != NULL, NULL);

  self = g_object_new (DUAAL_TYPE_KNOWLEDGE_ITEM, NULL);
  self->text = g_strdup (text);
  return self;
}

const char *
duaal_knowledge_item_get_text (DuaalKnowledgeItem *self)
{
  g_return_val_if_fail (DUAAL_IS_KNOWLEDGE_ITEM (self), NULL);
  return self->text;
}
