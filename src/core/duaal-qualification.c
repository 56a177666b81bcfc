/* duaal-qualification.c: a professional qualification (beroepskwalificatie)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-qualification-private.h"

struct _DuaalQualification
{
  GObject     parent_instance;

  char       *code;
  guint       version;
  char       *title;
  char       *definition;
  char       *lang;
  guint       recognised;
  GArray     *levels;             /* DuaalLevel, owned */
  GPtrArray  *competences;        /* DuaalCompetence, owned, document order */
  GPtrArray  *training_units;     /* DuaalTrainingUnit the file defines (SPEC 15), owned */
  GPtrArray  *contexts;           /* (nullable) DuaalContext its file defines, in order */

  /* Lookups by id; the values point into @competences. */
  GHashTable *competence_by_id;   /* id → DuaalCompetence */
  GHashTable *owner_by_indicator; /* indicator id → DuaalCompetence */
  guint       n_indicators;
};

G_DEFINE_FINAL_TYPE (DuaalQualification, duaal_qualification, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_VERSION,
  PROP_TITLE,
  PROP_DEFINITION,
  PROP_LANG,
  PROP_RECOGNISED,
  PROP_N_COMPETENCES,
  PROP_N_INDICATORS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
duaal_level_clear (DuaalLevel *level)
{
  g_clear_pointer (&level->framework, g_free);
}

static void
duaal_qualification_finalize (GObject *object)
{
  DuaalQualification *self = DUAAL_QUALIFICATION (object);

  g_clear_pointer (&self->competence_by_id, g_hash_table_unref);
  g_clear_pointer (&self->owner_by_indicator, g_hash_table_unref);
  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->definition, g_free);
  g_clear_pointer (&self->lang, g_free);
  g_clear_pointer (&self->levels, g_array_unref);
  g_clear_pointer (&self->competences, g_ptr_array_unref);
  g_clear_pointer (&self->training_units, g_ptr_array_unref);

  g_clear_pointer (&self->contexts, g_ptr_array_unref);
  G_OBJECT_CLASS (duaal_qualification_parent_class)->finalize (object);
}

static void
duaal_qualification_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DuaalQualification *self = DUAAL_QUALIFICATION (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_VERSION:
      g_value_set_uint (value, self->version);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DEFINITION:
      g_value_set_string (value, self->definition);
      break;
    case PROP_LANG:
      g_value_set_string (value, self->lang);
      break;
    case PROP_RECOGNISED:
      g_value_set_uint (value, self->recognised);
      break;
    case PROP_N_COMPETENCES:
      g_value_set_uint (value, self->competences->len);
      break;
    case PROP_N_INDICATORS:
      g_value_set_uint (value, self->n_indicators);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
duaal_qualification_class_init (DuaalQualificationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = duaal_qualification_finalize;
  object_class->get_property = duaal_qualification_get_property;

  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_VERSION] =
    g_param_spec_uint ("version", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEFINITION] =
    g_param_spec_string ("definition", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANG] =
    g_param_spec_string ("lang", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECOGNISED] =
    g_param_spec_uint ("recognised", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_COMPETENCES] =
    g_param_spec_uint ("n-competences", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_INDICATORS] =
    g_param_spec_uint ("n-indicators", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
duaal_qualification_init (DuaalQualification *self)
{
  self->competence_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->owner_by_indicator = g_hash_table_new (g_str_hash, g_str_equal);
}

static void
index_competences (DuaalQualification *self)
{
  for (guint i = 0; i < self->competences->len; i++)
    {
      DuaalCompetence *competence = g_ptr_array_index (self->competences, i);
      GPtrArray *indicators = duaal_competence_get_indicators (competence);

      /* Ids are unique in a valid file; should they not be, the first wins,
       * as it does for a reader of the file. */
      if (!g_hash_table_contains (self->competence_by_id, duaal_competence_get_id (competence)))
        g_hash_table_insert (self->competence_by_id,
                             (gpointer) duaal_competence_get_id (competence), competence);

      for (guint j = 0; j < indicators->len; j++)
        {
          const char *indicator_id = duaal_indicator_get_id (g_ptr_array_index (indicators, j));
          if (!g_hash_table_contains (self->owner_by_indicator, indicator_id))
            g_hash_table_insert (self->owner_by_indicator, (gpointer) indicator_id, competence);
        }
      self->n_indicators += indicators->len;
    }
}

DuaalQualification *
duaal_qualification_new (const char *code,
                         guint       version,
                         const char *title,
                         const char *definition,
                         const char *lang,
                         guint       recognised,
                         GArray     *levels,
                         GPtrArray  *competences)
{
  DuaalQualification *self;

  g_return_val_if_fail (code != NULL, NULL);
  g_return_val_if_fail (version > 0, NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (competences != NULL, NULL);
  g_return_val_if_fail (levels == NULL
                        || g_array_get_element_size (levels) == sizeof (DuaalLevel), NULL);

  self = g_object_new (DUAAL_TYPE_QUALIFICATION, NULL);
  self->code = g_strdup (code);
  self->version = version;
  self->title = g_strdup (title);
  self->definition = g_strdup (definition);
  self->lang = g_strdup (lang != NULL ? lang : "nl");
  self->recognised = recognised;

  /* Transfer full: we free the members, whatever the caller set up. */
  self->levels = levels != NULL ? levels : g_array_new (FALSE, FALSE, sizeof (DuaalLevel));
  g_array_set_clear_func (self->levels, (GDestroyNotify) duaal_level_clear);
  self->competences = competences;
  g_ptr_array_set_free_func (self->competences, g_object_unref);

  index_competences (self);
  return self;
}

const char *
duaal_qualification_get_code (DuaalQualification *self)
{
  g_return_val_if_fail (DUAAL_IS_QUALIFICATION (self), NULL);
  return self->code;
}

guint
duaal_qualification_get_version (DuaalQualification *self)
{
  g_return_val_if_fail (DUAAL_IS_QUALIFICATION (self), 0);
  return self->version;
}

const char *
duaal_qualification_get_title (DuaalQualification *self)
{
  g_return_val_if_fail (DUAAL_IS_QUALIFICATION (self), NULL);
  return self->title;
}

const char *
duaal_qualification_get_definition (DuaalQualification *self)
{
  g_return_val_if_fail (DUAAL_IS_QUALIFICATION (self), NULL);
  return self->definition;
}

const char *
duaal_qualification_get_lang (DuaalQualification *self)
{
  g_return_val_if_fail (DUAAL_IS_QUALIFICATION (self), NULL);
  return self->lang;
}

guint
duaal_qualification_get_recognised (DuaalQualification *self)
{
  g_return_val_if_fail (DUAAL_IS_QUALIFICATION (self), 0);
  return self->recognised;
}

GArray *
duaal_qualification_get_levels (DuaalQualification *self)
{
  g_return_val_if_fail (DUAAL_IS_QUALIFICATION (self), NULL);
  return self->levels;
}

guint
duaal_qualification_get_n_competences (DuaalQualification *self)
{
  g_return_val_if_fail (DUAAL_IS_QUALIFICATION (self), 0);
  return self->competences->len;
}

guint
duaal_qualification_get_n_indicators (DuaalQualification *self)
{
  g_return_val_if_fail (DUAAL_IS_QUALIFICATION (self), 0);
  return self->n_indicators;
}

DuaalCompetence *
duaal_qualification_get_competence (DuaalQualification *self,
                                    guint               position)
{
  g_return_val_if_fail (DUAAL_IS_QUALIFICATION (self), NULL);
  g_return_val_if_fail (position < self->competences->len, NULL);
  return g_ptr_array_index (self->competences, position);
}

GPtrArray *
duaal_qualification_get_competences (DuaalQualification *self)
{
  g_return_val_if_fail (DUAAL_IS_QUALIFICATION (self), NULL);
  return self->competences;
}

DuaalCompetence *
duaal_qualification_find_competence (DuaalQualification *self,
                                     const char         *competence_id)
{
  g_return_val_if_fail (DUAAL_IS_QUALIFICATION (self), NULL);
  g_return_val_if_fail (competence_id != NULL, NULL);
  return g_hash_table_lookup (self->competence_by_id, competence_id);
}

DuaalIndicator *
duaal_qualification_find_indicator (DuaalQualification  *self,
                                    const char          *indicator_id,
                                    DuaalCompetence    **competence)
{
  DuaalCompetence *owner;

  g_return_val_if_fail (DUAAL_IS_QUALIFICATION (self), NULL);
  g_return_val_if_fail (indicator_id != NULL, NULL);

  owner = g_hash_table_lookup (self->owner_by_indicator, indicator_id);
  if (competence != NULL)
    *competence = owner;
  if (owner == NULL)
    return NULL;
  return duaal_competence_find_indicator (owner, indicator_id);
}

static gboolean
levels_equal (GArray *a,
              GArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      const DuaalLevel *la = &g_array_index (a, DuaalLevel, i);
      const DuaalLevel *lb = &g_array_index (b, DuaalLevel, i);
      if (g_strcmp0 (la->framework, lb->framework) != 0 || la->value != lb->value)
        return FALSE;
    }
  return TRUE;
}

gboolean
duaal_qualification_equal (DuaalQualification *self,
                           DuaalQualification *other)
{
  g_return_val_if_fail (DUAAL_IS_QUALIFICATION (self), FALSE);
  g_return_val_if_fail (DUAAL_IS_QUALIFICATION (other), FALSE);

  if (self == other)
    return TRUE;
  if (!g_str_equal (self->code, other->code)
      || self->version != other->version
      || !g_str_equal (self->title, other->title)
      || g_strcmp0 (self->definition, other->definition) != 0
      || g_strcmp0 (self->lang, other->lang) != 0
      || self->recognised != other->recognised
      || !levels_equal (self->levels, other->levels)
      || self->competences->len != other->competences->len)
    return FALSE;

  for (guint i = 0; i < self->competences->len; i++)
    if (!duaal_competence_equal (g_ptr_array_index (self->competences, i),
                                 g_ptr_array_index (other->competences, i)))
      return FALSE;

  return TRUE;
}

GPtrArray *
duaal_qualification_get_contexts (DuaalQualification *self)
{
  g_return_val_if_fail (DUAAL_IS_QUALIFICATION (self), NULL);
  return self->contexts;
}

void
duaal_qualification_take_contexts (DuaalQualification *self,
                                   GPtrArray          *contexts)
{
  g_return_if_fail (DUAAL_IS_QUALIFICATION (self));
  g_clear_pointer (&self->contexts, g_ptr_array_unref);
  self->contexts = contexts;
}

void
duaal_qualification_set_training_units (DuaalQualification *self,
                                        GPtrArray          *units)
{
  g_return_if_fail (DUAAL_IS_QUALIFICATION (self));

  g_clear_pointer (&self->training_units, g_ptr_array_unref);
  if (units != NULL)
    self->training_units = g_ptr_array_ref (units);
}

GPtrArray *
duaal_qualification_get_training_units (DuaalQualification *self)
{
  g_return_val_if_fail (DUAAL_IS_QUALIFICATION (self), NULL);

  if (self->training_units == NULL)
    self->training_units = g_ptr_array_new_with_free_func (g_object_unref);
  return self->training_units;
}
