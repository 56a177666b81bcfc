/* duaal-store-rules.c: the rules every DuaalStore backend follows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "duaal-error.h"
#include "duaal-input.h"
#include "duaal-session-planner.h"
#include "duaal-store-rules.h"

#define DEFAULT_PERIODS 3
#define MAX_LISTED_IDS  20

/* ------------------------------------------------------------------ */
/* Re-import                                                           */

/* "competence" and "competence/indicator" keys: two qualifications with
 * the same key set differ only in texts and order. */
static GHashTable *
structure_keys (DuaalQualification *qualification)
{
  GHashTable *keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint c = 0; c < duaal_qualification_get_n_competences (qualification); c++)
    {
      DuaalCompetence *competence = duaal_qualification_get_competence (qualification, c);
      const char *competence_id = duaal_competence_get_id (competence);

      g_hash_table_add (keys, g_strdup (competence_id));
      for (guint i = 0; i < duaal_competence_get_n_indicators (competence); i++)
        g_hash_table_add (keys, g_strdup_printf ("%s/%s", competence_id,
                                                 duaal_indicator_get_id (duaal_competence_get_indicator (competence, i))));
    }
  return keys;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Keys in one set and not in the other, sorted; an indicator that moved
 * to another competence shows as "old/id" and "new/id".  The keys are
 * borrowed from the sets. */
static GPtrArray *
structure_difference (GHashTable *old_keys,
                      GHashTable *new_keys)
{
  GPtrArray *changed = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, old_keys);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (new_keys, key))
      g_ptr_array_add (changed, key);
  g_hash_table_iter_init (&iter, new_keys);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (old_keys, key))
      g_ptr_array_add (changed, key);
  g_ptr_array_sort (changed, compare_strings);
  return changed;
}

/* "c01.14, c02" for the coach: the bare ids, each once (an indicator
 * that moved is in both sets), at most MAX_LISTED_IDS of them. */
static char *
join_ids (GPtrArray *keys)
{
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_listed = 0, n_more = 0;

  for (guint i = 0; i < keys->len; i++)
    {
      const char *key = g_ptr_array_index (keys, i);
      const char *slash = strchr (key, '/');
      const char *id = slash != NULL ? slash + 1 : key;

      if (!g_hash_table_add (listed, (gpointer) id))
        continue;
      if (n_listed == MAX_LISTED_IDS)
        {
          n_more++;
          continue;
        }
      if (n_listed++ > 0)
        g_string_append (text, ", ");
      g_string_append (text, id);
    }
  if (n_more > 0)
    g_string_append_printf (text, _(" and %u more"), n_more);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Same ids: texts change in place.  Other ids: only while nobody scored
 * the qualification, or scores would lose their indicators. */
static gboolean
update_qualification (const DuaalQualificationStorage  *storage,
                      gpointer                          backend,
                      DuaalQualification               *stored,
                      DuaalQualification               *incoming,
                      GError                          **error)
{
  g_autoptr(GHashTable) old_keys = structure_keys (stored);
  g_autoptr(GHashTable) new_keys = structure_keys (incoming);
  g_autoptr(GPtrArray) changed = structure_difference (old_keys, new_keys);
  g_autofree char *ids = NULL;
  gboolean has_scores = FALSE;

  if (changed->len == 0)
    return storage->update_texts (backend, incoming, error);
  if (!storage->has_scores (backend, stored, &has_scores, error))
    return FALSE;
  if (!has_scores)
    return storage->replace (backend, incoming, error);

  ids = join_ids (changed);
  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_CONFLICT,
               _("Qualification %s version %u already has scores, and this file adds or removes "
                 "competences or indicators: %s. Import it as a new version instead."),
               duaal_qualification_get_code (incoming), duaal_qualification_get_version (incoming), ids);
  return FALSE;
}

gboolean
duaal_store_rules_import_qualification (const DuaalQualificationStorage  *storage,
                                        gpointer                          backend,
                                        DuaalQualification               *incoming,
                                        DuaalImportStatus                *status,
                                        GError                          **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(DuaalQualification) stored = NULL;

  g_return_val_if_fail (storage != NULL, FALSE);
  g_return_val_if_fail (DUAAL_IS_QUALIFICATION (incoming), FALSE);
  g_return_val_if_fail (status != NULL, FALSE);

  stored = storage->fetch (backend, duaal_qualification_get_code (incoming),
                           duaal_qualification_get_version (incoming), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (stored == NULL)
    {
      *status = DUAAL_IMPORT_IMPORTED;
      return storage->insert (backend, incoming, error);
    }
  if (duaal_qualification_equal (stored, incoming))
    {
      *status = DUAAL_IMPORT_UNCHANGED;
      return TRUE;
    }
  *status = DUAAL_IMPORT_UPDATED;
  return update_qualification (storage, backend, stored, incoming, error);
}

/* ------------------------------------------------------------------ */
/* Periods                                                             */

guint
duaal_store_rules_n_default_periods (void)
{
  return DEFAULT_PERIODS;
}

/* ------------------------------------------------------------------ */
/* Learners                                                            */

gboolean
duaal_store_rules_check_learner_name (gint64       holder_id,
                                      gint64       learner_id,
                                      const char  *name,
                                      GError     **error)
{
  if (holder_id == 0 || holder_id == learner_id)
    return TRUE;

  /* Translators: a second learner of the same name in one class group */
  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_CONFLICT,
               _("This class group already has a learner called “%s”; "
                 "add an initial or a second name to tell them apart."), name);
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Class lists                                                         */

typedef struct {
  const DuaalClassStorage *storage;
  gpointer                 backend;
  GHashTable              *seen_companies;   /* names counted already */
  DuaalClassImportResult  *result;
} ClassImport;

static gboolean
set_row_error (GError     **error,
               guint        row,
               const char  *message)
{
  /* Translators: "Row 3: A learner needs a name." */
  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID, _("Row %u: %s"), row, message);
  return FALSE;
}

/* The company of a row, created when its exact name is new; counted
 * once per distinct name. */
static gboolean
import_row_company (ClassImport  *import,
                    const char   *name,
                    gint64       *company_id,
                    GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean first_time = g_hash_table_add (import->seen_companies, g_strdup (name));

  *company_id = import->storage->find_company (import->backend, name, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (*company_id != 0)
    {
      if (first_time)
        import->result->companies_present++;
      return TRUE;
    }
  import->result->companies_added++;
  *company_id = import->storage->add_company (import->backend, name, error);
  return *company_id != 0;
}

static gboolean
import_row (ClassImport          *import,
            gint64                group_id,
            const DuaalClassRow  *row,
            guint                 number,
            GError              **error)
{
  g_autoptr(GError) row_error = NULL;
  g_autofree char *learner = duaal_input_clean_name (row->learner, DUAAL_NAME_LEARNER, &row_error);
  g_autofree char *company = learner != NULL ? duaal_input_clean_name (row->company, DUAAL_NAME_COMPANY,
                                                                      &row_error) : NULL;
  gint64 company_id;
  gboolean present;

  if (row_error != NULL)
    return set_row_error (error, number, row_error->message);
  if (!import_row_company (import, company, &company_id, error) ||
      !import->storage->has_learner (import->backend, group_id, learner, &present, error))
    return FALSE;
  if (present)
    {
      import->result->learners_present++;
      return TRUE;
    }
  if (!import->storage->add_learner (import->backend, group_id, learner, company_id, row->trainer, error))
    return FALSE;
  import->result->learners_added++;
  return TRUE;
}

gboolean
duaal_store_rules_import_class (const DuaalClassStorage  *storage,
                                gpointer                  backend,
                                gint64                    group_id,
                                const DuaalClassRow      *rows,
                                guint                     n_rows,
                                DuaalClassImportResult   *result,
                                GError                  **error)
{
  g_autoptr(GHashTable) seen_companies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ClassImport import = { storage, backend, seen_companies, result };

  g_return_val_if_fail (storage != NULL, FALSE);
  g_return_val_if_fail (rows != NULL || n_rows == 0, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  memset (result, 0, sizeof *result);
  for (guint i = 0; i < n_rows; i++)
    if (!import_row (&import, group_id, &rows[i], i + 1, error))
      return FALSE;
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Checks before writing                                               */

/* Whole sentences per kind of thing, so translators can decline them;
 * the id is formatted first because xgettext cannot see through
 * G_GINT64_FORMAT. */
gboolean
duaal_store_rules_not_found (GError          **error,
                             DuaalStoreThing   thing,
                             gint64            id)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  switch (thing)
    {
    case DUAAL_STORE_THING_GROUP:
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND, _("There is no class group with id %s"), text);
      break;
    case DUAAL_STORE_THING_COMPANY:
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND, _("There is no company with id %s"), text);
      break;
    case DUAAL_STORE_THING_LEARNER:
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND, _("There is no learner with id %s"), text);
      break;
    case DUAAL_STORE_THING_TEACHER:
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND, _("There is no teacher with id %s"), text);
      break;
    case DUAAL_STORE_THING_SCORE_CHANGE:
    default:
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND, _("There is no score change with id %s"), text);
      break;
    }
  return FALSE;
}

gboolean
duaal_store_rules_clean_change (const DuaalScoreChange  *change,
                                DuaalScoreChange        *clean,
                                char                   **clean_comment,
                                GError                 **error)
{
  *clean = *change;
  clean->comment = NULL;
  if (!(change->fields & DUAAL_SCORE_FIELD_COMMENT))
    return TRUE;
  if (!duaal_input_clean_comment (change->comment, clean_comment, error))
    return FALSE;
  clean->comment = *clean_comment;
  return TRUE;
}

gboolean
duaal_store_rules_check_source (const char  *source,
                                GError     **error)
{
  if (source == NULL || g_utf8_validate (source, -1, NULL))
    return TRUE;
  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID, _("The name of the score’s source is not valid text."));
  return FALSE;
}

gboolean
duaal_store_rules_check_changes (const DuaalScoreInput  *changes,
                                 guint                   n_changes,
                                 const char             *source,
                                 GError                **error)
{
  if (!duaal_store_rules_check_source (source, error))
    return FALSE;
  for (guint i = 0; i < n_changes; i++)
    if (changes[i].indicator_id == NULL || changes[i].actor >= DUAAL_N_ACTORS ||
        !duaal_score_change_validate (&changes[i].change, NULL))
      {
        g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID, _("Score %u of %u is not a valid score."),
                     i + 1, n_changes);
        return FALSE;
      }
  return TRUE;
}

gboolean
duaal_store_rules_check_session_settings (guint        max_groups,
                                          GHashTable  *durations,
                                          GError     **error)
{
  GHashTableIter iter;
  gpointer sessions;

  if (max_groups < 1 || max_groups > 9)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("A teacher can guide 1 to 9 groups at a time, not %u."), max_groups);
      return FALSE;
    }
  if (durations == NULL)
    return TRUE;
  g_hash_table_iter_init (&iter, durations);
  while (g_hash_table_iter_next (&iter, NULL, &sessions))
    if (GPOINTER_TO_UINT (sessions) < 1 || GPOINTER_TO_UINT (sessions) > DUAAL_SESSION_MAX_DURATION)
      {
        g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                     _("A competence takes 1 to 3 campus sessions, not %u."), GPOINTER_TO_UINT (sessions));
        return FALSE;
      }
  return TRUE;
}

static char *
iso_date_or_null (const GDate *date)
{
  return date != NULL && g_date_valid (date) ? duaal_period_date_to_iso (date) : NULL;
}

gboolean
duaal_store_rules_clean_period (const char   *name,
                                const GDate  *starts_on,
                                const GDate  *ends_on,
                                char        **clean_name,
                                char        **starts,
                                char        **ends,
                                GError      **error)
{
  *clean_name = *starts = *ends = NULL;
  /* A blank name is the default name, shown in each reader's language. */
  if (!duaal_input_clean_optional_name (name, DUAAL_NAME_PERIOD, clean_name, error))
    return FALSE;
  *starts = iso_date_or_null (starts_on);
  *ends = iso_date_or_null (ends_on);
  if (*starts != NULL && *ends != NULL && g_date_compare (starts_on, ends_on) > 0)
    {
      g_clear_pointer (clean_name, g_free);
      g_clear_pointer (starts, g_free);
      g_clear_pointer (ends, g_free);
      g_set_error_literal (error, DUAAL_ERROR, DUAAL_ERROR_INVALID, _("A period cannot end before it starts."));
      return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* A new class group's teachers and periods                            */

static void
period_update_clear (DuaalPeriodUpdate *update)
{
  g_free (update->name);
  g_free (update->starts_on);
  g_free (update->ends_on);
}

void
duaal_group_setup_free (DuaalGroupSetup *setup)
{
  if (setup == NULL)
    return;
  g_ptr_array_unref (setup->teachers);
  g_array_unref (setup->periods);
  g_free (setup);
}

static gboolean
add_teacher_once (DuaalGroupSetup  *setup,
                  const char       *name,
                  GError          **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name != NULL ? name : ""));
  g_autofree char *clean = NULL;

  if (*trimmed == '\0')
    return TRUE;
  if ((clean = duaal_input_clean_name (name, DUAAL_NAME_TEACHER, error)) == NULL)
    return FALSE;
  if (!g_ptr_array_find_with_equal_func (setup->teachers, clean, g_str_equal, NULL))
    g_ptr_array_add (setup->teachers, g_steal_pointer (&clean));
  return TRUE;
}

DuaalGroupSetup *
duaal_group_setup_new (const char * const      *teachers,
                       const DuaalPeriodInput  *periods,
                       guint                    n_periods,
                       GError                 **error)
{
  g_autoptr(DuaalGroupSetup) setup = g_new0 (DuaalGroupSetup, 1);

  setup->teachers = g_ptr_array_new_with_free_func (g_free);
  setup->periods = g_array_new (FALSE, TRUE, sizeof (DuaalPeriodUpdate));
  g_array_set_clear_func (setup->periods, (GDestroyNotify) period_update_clear);
  for (guint i = 0; teachers != NULL && teachers[i] != NULL; i++)
    if (!add_teacher_once (setup, teachers[i], error))
      return NULL;
  for (guint i = 0; i < n_periods; i++)
    {
      DuaalPeriodUpdate update = { .number = i + 1 };

      if (!duaal_store_rules_clean_period (periods[i].name, periods[i].starts_on, periods[i].ends_on,
                                           &update.name, &update.starts_on, &update.ends_on, error))
        return NULL;
      if (update.name == NULL && update.starts_on == NULL && update.ends_on == NULL)
        continue;
      g_array_append_val (setup->periods, update);
    }
  return g_steal_pointer (&setup);
}

gboolean
duaal_group_setup_store (const DuaalGroupSetup         *setup,
                         gint64                         group_id,
                         const DuaalGroupSetupStorage  *storage,
                         gpointer                       backend,
                         GError                       **error)
{
  if (setup == NULL)
    return TRUE;
  for (guint i = 0; i < setup->teachers->len; i++)
    if (!storage->add_teacher (backend, group_id, g_ptr_array_index (setup->teachers, i), error))
      return FALSE;
  for (guint i = 0; i < setup->periods->len; i++)
    if (!storage->set_period (backend, group_id, &g_array_index (setup->periods, DuaalPeriodUpdate, i), error))
      return FALSE;
  return TRUE;
}
