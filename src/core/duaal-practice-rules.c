/* duaal-practice-rules.c: the SPEC 14/15 rules every DuaalStore backend follows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "duaal-error.h"
#include "duaal-evaluation.h"
#include "duaal-practice-rules-private.h"
#include "duaal-qualification-private.h"

/* Whole sentences per kind of thing, so translators can decline them;
 * the id is formatted first because xgettext cannot see through
 * G_GINT64_FORMAT. */
gboolean
duaal_practice_rules_not_found (GError             **error,
                                DuaalPracticeThing   thing,
                                gint64               id)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  if (thing == DUAAL_PRACTICE_CONTEXT)
    g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND, _("There is no context with id %s"), text);
  else
    g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND, _("There is no lesson scenario with id %s"), text);
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Contexts and lesson scenarios (SPEC 14)                             */

GStrv
duaal_practice_rules_order_competences (const char * const  *ids,
                                        DuaalCcvKind         kind,
                                        DuaalPracticeLookup  position,
                                        gpointer             backend,
                                        gint64               qualification_id,
                                        GError             **error)
{
  g_auto(GStrv) checked = duaal_ccv_check_competence_ids (ids, kind, error);
  g_autoptr(GArray) positions = NULL;
  guint n;

  if (checked == NULL)
    return NULL;
  n = g_strv_length (checked);
  positions = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
  for (guint i = 0; i < n; i++)
    {
      gint64 place = 0;
      int rc = position (backend, qualification_id, checked[i], &place, error);

      if (rc < 0)
        return NULL;
      if (rc == 0)
        {
          g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                       _("The qualification has no competence “%s”"), checked[i]);
          return NULL;
        }
      g_array_append_val (positions, place);
    }
  /* A handful of ids: a simple insertion sort by position. */
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && g_array_index (positions, gint64, j - 1) > g_array_index (positions, gint64, j); j--)
      {
        gint64 p = g_array_index (positions, gint64, j);
        char *id = checked[j];

        g_array_index (positions, gint64, j) = g_array_index (positions, gint64, j - 1);
        g_array_index (positions, gint64, j - 1) = p;
        checked[j] = checked[j - 1];
        checked[j - 1] = id;
      }
  return g_steal_pointer (&checked);
}

gboolean
duaal_practice_rules_clean_context (const char          *title,
                                    const char          *activities,
                                    const char * const  *competences,
                                    DuaalPracticeLookup  position,
                                    gpointer             backend,
                                    gint64               qualification_id,
                                    char               **clean_title,
                                    char               **clean_activities,
                                    GStrv               *clean_competences,
                                    GError             **error)
{
  *clean_title = duaal_ccv_clean_title (title, DUAAL_CCV_CONTEXT, error);
  if (*clean_title == NULL || !duaal_ccv_clean_text (activities, clean_activities, error))
    return FALSE;
  *clean_competences = duaal_practice_rules_order_competences (competences, DUAAL_CCV_CONTEXT, position,
                                                               backend, qualification_id, error);
  return *clean_competences != NULL;
}

gboolean
duaal_practice_rules_clean_scenario (const DuaalScenarioTexts  *texts,
                                     const char * const        *competences,
                                     DuaalPracticeLookup        position,
                                     gpointer                   backend,
                                     gint64                     qualification_id,
                                     DuaalScenarioTexts        *clean_texts,
                                     GStrv                     *clean_competences,
                                     GError                   **error)
{
  if (!duaal_ccv_clean_scenario_texts (texts, clean_texts, error))
    return FALSE;
  *clean_competences = duaal_practice_rules_order_competences (competences, DUAAL_CCV_SCENARIO, position,
                                                               backend, qualification_id, error);
  return *clean_competences != NULL;
}

guint
duaal_practice_rules_insert_position (guint   position,
                                      gint64  n_contexts)
{
  return position == 0 || position > n_contexts ? (guint) n_contexts + 1 : position;
}

gint64
duaal_practice_rules_move_position (guint   position,
                                    gint64  n_contexts)
{
  return CLAMP ((gint64) position, 1, n_contexts);
}

gboolean
duaal_practice_rules_check_on_line (gint64   learner_qualification_id,
                                    gint64   context_qualification_id,
                                    gint64   context_id,
                                    GError **error)
{
  g_autofree char *text = NULL;

  if (learner_qualification_id == context_qualification_id)
    return TRUE;
  text = g_strdup_printf ("%" G_GINT64_FORMAT, context_id);
  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
               _("Context %s is not on the learning line of the learner’s qualification"), text);
  return FALSE;
}

gboolean
duaal_practice_rules_import_contexts (const DuaalContextStorage  *storage,
                                      gpointer                    backend,
                                      DuaalQualification         *qualification,
                                      GError                    **error)
{
  GPtrArray *contexts = duaal_qualification_get_contexts (qualification);
  gint64 qualification_id, n = 0;

  if (contexts == NULL || contexts->len == 0)
    return TRUE;
  qualification_id = storage->find (backend, duaal_qualification_get_code (qualification),
                                    duaal_qualification_get_version (qualification), error);
  if (qualification_id == 0 || !storage->count (backend, qualification_id, &n, error))
    return FALSE;
  if (n > 0)
    return TRUE;
  /* The importer checked the texts and the competences already. */
  for (guint k = 0; k < contexts->len; k++)
    if (storage->insert (backend, qualification_id, g_ptr_array_index (contexts, k), error) == 0)
      return FALSE;
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Training units, choices, results and visits (SPEC 15)               */

/* The first of @codes @lookup finds no row for, in *@missing (NULL
 * when every one is there). */
static gboolean
find_missing (const char * const  *codes,
              DuaalPracticeLookup  lookup,
              gpointer             backend,
              gint64               qualification_id,
              const char         **missing,
              GError             **error)
{
  *missing = NULL;
  for (guint i = 0; codes[i] != NULL; i++)
    {
      gint64 value;
      int rc = lookup (backend, qualification_id, codes[i], &value, error);

      if (rc < 0)
        return FALSE;
      if (rc == 0)
        {
          *missing = codes[i];
          return TRUE;
        }
    }
  return TRUE;
}

gboolean
duaal_practice_rules_check_unit (DuaalTrainingUnit   *unit,
                                 DuaalPracticeLookup  competence,
                                 gpointer             backend,
                                 gint64               qualification_id,
                                 GError             **error)
{
  const char * const *competences = duaal_training_unit_get_competences (unit);
  const char *missing;

  if (competences[0] == NULL)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("Training unit %s needs at least one competence"), duaal_training_unit_get_code (unit));
      return FALSE;
    }
  if (!find_missing (competences, competence, backend, qualification_id, &missing, error))
    return FALSE;
  if (missing != NULL)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND, _("The qualification has no competence %s"), missing);
      return FALSE;
    }
  return TRUE;
}

gboolean
duaal_practice_rules_check_new_unit (GPtrArray           *existing,
                                     DuaalTrainingUnit   *unit,
                                     DuaalPracticeLookup  competence,
                                     gpointer             backend,
                                     gint64               qualification_id,
                                     GError             **error)
{
  const char *code = duaal_training_unit_get_code (unit);

  if (!duaal_practice_rules_check_unit (unit, competence, backend, qualification_id, error))
    return FALSE;
  for (guint i = 0; i < existing->len; i++)
    if (g_str_equal (duaal_training_unit_get_code (g_ptr_array_index (existing, i)), code))
      {
        g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_CONFLICT,
                     _("The qualification already has a training unit %s"), code);
        return FALSE;
      }
  return TRUE;
}

gboolean
duaal_practice_rules_check_units_known (const char * const  *units,
                                        DuaalPracticeLookup  unit,
                                        gpointer             backend,
                                        gint64               qualification_id,
                                        GError             **error)
{
  const char *missing;

  if (!find_missing (units, unit, backend, qualification_id, &missing, error))
    return FALSE;
  if (missing != NULL)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND,
                   _("The qualification has no training unit %s"), missing);
      return FALSE;
    }
  return TRUE;
}

static gboolean
units_equal (GPtrArray *a,
             GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!duaal_training_unit_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;
  return TRUE;
}

gboolean
duaal_practice_rules_import_units (const DuaalUnitStorage  *storage,
                                   gpointer                 backend,
                                   DuaalQualification      *qualification,
                                   GError                 **error)
{
  GPtrArray *incoming = duaal_qualification_get_training_units (qualification);
  g_autoptr(GPtrArray) stored = NULL;
  gint64 qualification_id;

  qualification_id = storage->find (backend, duaal_qualification_get_code (qualification),
                                    duaal_qualification_get_version (qualification), error);
  if (qualification_id == 0)
    return FALSE;
  stored = storage->read_file_units (backend, qualification_id, error);
  if (stored == NULL)
    return FALSE;
  /* Nothing written when nothing changed: no change notice either. */
  if (units_equal (stored, incoming))
    return TRUE;

  if (!storage->delete_file_units (backend, qualification_id, error))
    return FALSE;
  for (guint i = 0; i < incoming->len; i++)
    {
      DuaalTrainingUnit *unit = g_ptr_array_index (incoming, i);

      if (!storage->delete_own_unit (backend, qualification_id, duaal_training_unit_get_code (unit), error)
          || !duaal_practice_rules_check_unit (unit, storage->competence, backend, qualification_id, error)
          || !storage->insert_file_unit (backend, qualification_id, unit, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
duaal_practice_rules_no_period (GError **error,
                                guint    number)
{
  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND, _("The class group has no period %u"), number);
  return FALSE;
}

gboolean
duaal_practice_rules_check_result (guint    tenths,
                                   GError **error)
{
  g_autofree char *shown = NULL;

  if (tenths <= DUAAL_MAX_PERCENT)
    return TRUE;
  shown = duaal_percent_format (tenths);
  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
               _("“%s” is not a percentage from 0 to 100 with at most one decimal"), shown);
  return FALSE;
}

gboolean
duaal_practice_rules_check_pass_mark (guint    tenths,
                                      GError **error)
{
  if (tenths > 0 && tenths <= DUAAL_MAX_PERCENT)
    return TRUE;
  g_set_error_literal (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                       _("A pass mark is a percentage above 0 and at most 100"));
  return FALSE;
}

char *
duaal_practice_rules_clean_notes (const char *notes)
{
  g_autofree char *clean = notes != NULL ? g_strstrip (g_strdup (notes)) : NULL;

  return clean != NULL && clean[0] != '\0' ? g_steal_pointer (&clean) : NULL;
}

GHashTable *
duaal_practice_choices_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
}

void
duaal_practice_choices_add (GHashTable  *choices,
                            gint64       learner_id,
                            const char  *unit_code)
{
  GPtrArray *codes = g_hash_table_lookup (choices, &learner_id);

  if (codes == NULL)
    {
      gint64 *key = g_new (gint64, 1);

      *key = learner_id;
      codes = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (choices, key, codes);
    }
  g_ptr_array_add (codes, g_strdup (unit_code));
}
