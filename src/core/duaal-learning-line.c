/* duaal-learning-line.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-learning-line.h"

struct _DuaalLearningLine
{
  GObject parent_instance;

  GPtrArray *contexts;          /* DuaalContext, in order */
  GStrv      competence_ids;
  GStrv      competence_titles;
  guint8    *marks;             /* marks[competence * n_contexts + context] */
  gboolean  *done;              /* (nullable) per context */
};

G_DEFINE_FINAL_TYPE (DuaalLearningLine, duaal_learning_line, G_TYPE_OBJECT)

static void
duaal_learning_line_finalize (GObject *object)
{
  DuaalLearningLine *self = DUAAL_LEARNING_LINE (object);

  g_ptr_array_unref (self->contexts);
  g_strfreev (self->competence_ids);
  g_strfreev (self->competence_titles);
  g_free (self->marks);
  g_free (self->done);

  G_OBJECT_CLASS (duaal_learning_line_parent_class)->finalize (object);
}

static void
duaal_learning_line_class_init (DuaalLearningLineClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = duaal_learning_line_finalize;
}

static void
duaal_learning_line_init (DuaalLearningLine *self)
{
}

static gboolean
ids_contain (GArray *ids,
             gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

/* Walking the line from the front: the first context that offers a
 * competence starts it, every later one deepens it. */
static void
mark_line (DuaalLearningLine *self)
{
  guint n_competences = g_strv_length (self->competence_ids);
  guint n_contexts = self->contexts->len;

  self->marks = g_new0 (guint8, MAX (n_competences * n_contexts, 1));
  for (guint c = 0; c < n_competences; c++)
    {
      gboolean started = FALSE;

      for (guint k = 0; k < n_contexts; k++)
        {
          if (!duaal_context_offers (g_ptr_array_index (self->contexts, k), self->competence_ids[c]))
            continue;
          self->marks[c * n_contexts + k] = started ? DUAAL_LEARNING_MARK_DEEPEN : DUAAL_LEARNING_MARK_START;
          started = TRUE;
        }
    }
}

DuaalLearningLine *
duaal_learning_line_new (const char * const *competence_ids,
                         const char * const *competence_titles,
                         GPtrArray          *contexts,
                         GArray             *done)
{
  DuaalLearningLine *self;
  guint n_competences;

  g_return_val_if_fail (competence_ids != NULL, NULL);
  g_return_val_if_fail (contexts != NULL, NULL);

  n_competences = g_strv_length ((char **) competence_ids);
  self = g_object_new (DUAAL_TYPE_LEARNING_LINE, NULL);
  self->contexts = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint k = 0; k < contexts->len; k++)
    g_ptr_array_add (self->contexts, g_object_ref (g_ptr_array_index (contexts, k)));
  self->competence_ids = g_strdupv ((char **) competence_ids);
  self->competence_titles = g_new0 (char *, n_competences + 1);
  for (guint c = 0; c < n_competences; c++)
    self->competence_titles[c] = g_strdup (competence_titles != NULL && competence_titles[c] != NULL
                                           ? competence_titles[c] : competence_ids[c]);
  mark_line (self);

  if (done != NULL)
    {
      self->done = g_new0 (gboolean, MAX (contexts->len, 1));
      for (guint k = 0; k < contexts->len; k++)
        self->done[k] = ids_contain (done, duaal_context_get_id (g_ptr_array_index (contexts, k)));
    }
  return self;
}

DuaalLearningLine *
duaal_learning_line_new_for_qualification (DuaalQualification *qualification,
                                           GPtrArray          *contexts,
                                           GArray             *done)
{
  guint n = duaal_qualification_get_n_competences (qualification);
  g_autofree const char **ids = g_new0 (const char *, n + 1);
  g_autofree const char **titles = g_new0 (const char *, n + 1);

  for (guint c = 0; c < n; c++)
    {
      DuaalCompetence *competence = duaal_qualification_get_competence (qualification, c);

      ids[c] = duaal_competence_get_id (competence);
      titles[c] = duaal_competence_get_title (competence);
    }
  return duaal_learning_line_new (ids, titles, contexts, done);
}

guint
duaal_learning_line_get_n_contexts (DuaalLearningLine *self)
{
  g_return_val_if_fail (DUAAL_IS_LEARNING_LINE (self), 0);
  return self->contexts->len;
}

DuaalContext *
duaal_learning_line_get_context (DuaalLearningLine *self,
                                 guint              index)
{
  g_return_val_if_fail (DUAAL_IS_LEARNING_LINE (self), NULL);
  g_return_val_if_fail (index < self->contexts->len, NULL);
  return g_ptr_array_index (self->contexts, index);
}

guint
duaal_learning_line_get_n_competences (DuaalLearningLine *self)
{
  g_return_val_if_fail (DUAAL_IS_LEARNING_LINE (self), 0);
  return g_strv_length (self->competence_ids);
}

const char *
duaal_learning_line_get_competence_id (DuaalLearningLine *self,
                                       guint              competence)
{
  g_return_val_if_fail (DUAAL_IS_LEARNING_LINE (self), NULL);
  g_return_val_if_fail (competence < g_strv_length (self->competence_ids), NULL);
  return self->competence_ids[competence];
}

const char *
duaal_learning_line_get_competence_title (DuaalLearningLine *self,
                                          guint              competence)
{
  g_return_val_if_fail (DUAAL_IS_LEARNING_LINE (self), NULL);
  g_return_val_if_fail (competence < g_strv_length (self->competence_ids), NULL);
  return self->competence_titles[competence];
}

DuaalLearningMark
duaal_learning_line_get_mark (DuaalLearningLine *self,
                              guint              competence,
                              guint              context)
{
  g_return_val_if_fail (DUAAL_IS_LEARNING_LINE (self), DUAAL_LEARNING_MARK_NONE);
  g_return_val_if_fail (competence < g_strv_length (self->competence_ids), DUAAL_LEARNING_MARK_NONE);
  g_return_val_if_fail (context < self->contexts->len, DUAAL_LEARNING_MARK_NONE);
  return self->marks[competence * self->contexts->len + context];
}

int
duaal_learning_line_get_start (DuaalLearningLine *self,
                               guint              competence)
{
  g_return_val_if_fail (DUAAL_IS_LEARNING_LINE (self), -1);

  for (guint k = 0; k < self->contexts->len; k++)
    if (duaal_learning_line_get_mark (self, competence, k) == DUAAL_LEARNING_MARK_START)
      return (int) k;
  return -1;
}

gboolean
duaal_learning_line_is_uncovered (DuaalLearningLine *self,
                                  guint              competence)
{
  return duaal_learning_line_get_start (self, competence) < 0;
}

GStrv
duaal_learning_line_get_uncovered (DuaalLearningLine *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (DUAAL_IS_LEARNING_LINE (self), NULL);

  for (guint c = 0; self->competence_ids[c] != NULL; c++)
    if (duaal_learning_line_is_uncovered (self, c))
      g_strv_builder_add (builder, self->competence_ids[c]);
  return g_strv_builder_end (builder);
}

gboolean
duaal_learning_line_is_done (DuaalLearningLine *self,
                             guint              context)
{
  g_return_val_if_fail (DUAAL_IS_LEARNING_LINE (self), FALSE);
  g_return_val_if_fail (context < self->contexts->len, FALSE);
  return self->done != NULL && self->done[context];
}

gboolean
duaal_learning_line_has_learner (DuaalLearningLine *self)
{
  g_return_val_if_fail (DUAAL_IS_LEARNING_LINE (self), FALSE);
  return self->done != NULL;
}

GStrv
duaal_learning_line_offered_competences (GPtrArray *contexts,
                                         GArray    *offered)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (contexts != NULL && offered != NULL, NULL);

  for (guint k = 0; k < contexts->len; k++)
    {
      DuaalContext *context = g_ptr_array_index (contexts, k);
      const char * const *competences = duaal_context_get_competences (context);

      if (!ids_contain (offered, duaal_context_get_id (context)))
        continue;
      for (guint c = 0; competences[c] != NULL; c++)
        if (g_hash_table_add (seen, (gpointer) competences[c]))
          g_strv_builder_add (builder, competences[c]);
    }
  return g_strv_builder_end (builder);
}
