/* duaal-indicator.c: one behaviour indicator (gedragsindicator)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-indicator.h"

struct _DuaalIndicator
{
  GObject  parent_instance;

  char    *id;
  char    *text;
};

G_DEFINE_FINAL_TYPE (DuaalIndicator, duaal_indicator, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
duaal_indicator_finalize (GObject *object)
{
  DuaalIndicator *self = DUAAL_INDICATOR (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (duaal_indicator_parent_class)->finalize (object);
}

static void
duaal_indicator_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DuaalIndicator *self = DUAAL_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
duaal_indicator_class_init (DuaalIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = duaal_indicator_finalize;
  object_class->get_property = duaal_indicator_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
duaal_indicator_init (DuaalIndicator *self)
{
}

DuaalIndicator *
duaal_indicator_new (const char *id,
                     const char *text)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  return duaal_indicator_new_take (g_strdup (id), g_strdup (text));
}

DuaalIndicator *
duaal_indicator_new_take (char *id,
                          char *text)
{
  DuaalIndicator *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  self = g_object_new (DUAAL_TYPE_INDICATOR, NULL);
  self->id = id;
  self->text = text;
  return self;
}

const char *
duaal_indicator_get_id (DuaalIndicator *self)
{
  g_return_val_if_fail (DUAAL_IS_INDICATOR (self), NULL);
  return self->id;
}

const char *
duaal_indicator_get_text (DuaalIndicator *self)
{
  g_return_val_if_fail (DUAAL_IS_INDICATOR (self), NULL);
  return self->text;
}
