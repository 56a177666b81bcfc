/* duaal-practice-rules-private.h: the SPEC 14/15 rules every DuaalStore backend follows
 *
 * The learning line, lesson scenarios, training units, unit choices,
 * workplace results, the pass mark and visits: what the backends check
 * and how they word a refusal, once.  A backend calls these from inside
 * its own transaction; where a rule needs to look something up it hands
 * over a lookup of its own (DuaalPracticeLookup) or a table of its
 * fetch and store primitives (DuaalUnitStorage), as duaal-store-rules.h
 * does for qualifications and class lists.  The backends keep only
 * their SQL and transaction glue.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-ccv-input.h"
#include "duaal-store.h"

G_BEGIN_DECLS

/* Whether @code names a row of qualification row @qualification_id (a
 * competence, a training unit): 1 with *@value set from the row, 0 when
 * there is none, -1 with @error set. */
typedef int (*DuaalPracticeLookup) (gpointer      backend,
                                    gint64        qualification_id,
                                    const char   *code,
                                    gint64       *value,
                                    GError      **error);

typedef enum {
  DUAAL_PRACTICE_CONTEXT,
  DUAAL_PRACTICE_SCENARIO,
} DuaalPracticeThing;

/* DUAAL_ERROR_NOT_FOUND, "There is no context with id 7"; always FALSE. */
gboolean duaal_practice_rules_not_found          (GError             **error,
                                                  DuaalPracticeThing   thing,
                                                  gint64               id);

/* ---- SPEC 14: contexts and lesson scenarios ---- */

/* The competence ids of a context or scenario checked
 * (duaal_ccv_check_competence_ids()), each a competence of the
 * qualification (@position gives its place in the qualification), and
 * returned in the qualification's order.  (transfer full) */
GStrv    duaal_practice_rules_order_competences  (const char * const  *ids,
                                                  DuaalCcvKind         kind,
                                                  DuaalPracticeLookup  position,
                                                  gpointer             backend,
                                                  gint64               qualification_id,
                                                  GError             **error);
/* A context as stored: its title and activities cleaned, its
 * competences ordered (above).  (out) all three, owned by the caller. */
gboolean duaal_practice_rules_clean_context      (const char          *title,
                                                  const char          *activities,
                                                  const char * const  *competences,
                                                  DuaalPracticeLookup  position,
                                                  gpointer             backend,
                                                  gint64               qualification_id,
                                                  char               **clean_title,
                                                  char               **clean_activities,
                                                  GStrv               *clean_competences,
                                                  GError             **error);
/* A lesson scenario as stored: its texts cleaned and its session
 * estimate checked (duaal_ccv_clean_scenario_texts()), its competences
 * ordered (above).  (out) both, owned by the caller. */
gboolean duaal_practice_rules_clean_scenario     (const DuaalScenarioTexts  *texts,
                                                  const char * const        *competences,
                                                  DuaalPracticeLookup        position,
                                                  gpointer                   backend,
                                                  gint64                     qualification_id,
                                                  DuaalScenarioTexts        *clean_texts,
                                                  GStrv                     *clean_competences,
                                                  GError                   **error);
/* Where a new context goes on a line of @n_contexts: @position, or the
 * end when it is 0 or past the end. */
guint    duaal_practice_rules_insert_position    (guint                position,
                                                  gint64               n_contexts);
/* Where a context moved to @position ends up on a line of @n_contexts. */
gint64   duaal_practice_rules_move_position      (guint                position,
                                                  gint64               n_contexts);
/* A learner can only have done a context of their own qualification's
 * learning line. */
gboolean duaal_practice_rules_check_on_line      (gint64               learner_qualification_id,
                                                  gint64               context_qualification_id,
                                                  gint64               context_id,
                                                  GError             **error);

/* The row of qualification @code, @version; 0 with @error set when
 * there is none (as duaal_*_find_qualification). */
typedef gint64 (*DuaalPracticeFind) (gpointer     backend,
                                     const char  *code,
                                     guint        version,
                                     GError     **error);

typedef struct {
  DuaalPracticeFind find;  /* the qualification's row */
  /* How many contexts qualification row @qualification_id has. */
  gboolean (*count)  (gpointer backend, gint64 qualification_id, gint64 *n, GError **error);
  /* A context at the end of the line; its id, or 0 with @error set. */
  gint64   (*insert) (gpointer backend, gint64 qualification_id, DuaalContext *context, GError **error);
} DuaalContextStorage;

/* Inside the import transaction of @qualification (already stored):
 * the contexts its file defines, when the qualification has none yet,
 * so that contexts a coach edited are never overwritten. */
gboolean duaal_practice_rules_import_contexts    (const DuaalContextStorage  *storage,
                                                  gpointer                    backend,
                                                  DuaalQualification         *qualification,
                                                  GError                    **error);

/* ---- SPEC 15: training units, choices, results, visits ---- */

/* A unit has at least one competence, each one of the qualification's
 * (@competence looks them up). */
gboolean duaal_practice_rules_check_unit         (DuaalTrainingUnit   *unit,
                                                  DuaalPracticeLookup  competence,
                                                  gpointer             backend,
                                                  gint64               qualification_id,
                                                  GError             **error);
/* A unit added in Duaal: checked (above), and its code not yet one of
 * @existing's (the qualification's units). */
gboolean duaal_practice_rules_check_new_unit     (GPtrArray           *existing,
                                                  DuaalTrainingUnit   *unit,
                                                  DuaalPracticeLookup  competence,
                                                  gpointer             backend,
                                                  gint64               qualification_id,
                                                  GError             **error);
/* Every code of @units names a training unit of the qualification
 * (@unit looks them up). */
gboolean duaal_practice_rules_check_units_known  (const char * const  *units,
                                                  DuaalPracticeLookup  unit,
                                                  gpointer             backend,
                                                  gint64               qualification_id,
                                                  GError             **error);

typedef struct {
  DuaalPracticeFind   find;  /* the qualification's row */
  DuaalPracticeLookup competence;
  /* The units of qualification row @qualification_id that came from its
   * file, in order.  (transfer full) */
  GPtrArray *(*read_file_units) (gpointer backend, gint64 qualification_id, GError **error);
  /* Removes the units of the file's earlier import. */
  gboolean   (*delete_file_units) (gpointer backend, gint64 qualification_id, GError **error);
  /* Removes the unit added in Duaal under @code, if any. */
  gboolean   (*delete_own_unit) (gpointer backend, gint64 qualification_id, const char *code, GError **error);
  /* Stores @unit as one of the file's, after the others. */
  gboolean   (*insert_file_unit) (gpointer backend, gint64 qualification_id, DuaalTrainingUnit *unit,
                                  GError **error);
} DuaalUnitStorage;

/* Inside the import transaction of @qualification (already stored):
 * the file's units replace those of its earlier import, and a unit
 * added in Duaal under a code the file now defines; nothing is written
 * when nothing changed (no change notice either). */
gboolean duaal_practice_rules_import_units       (const DuaalUnitStorage  *storage,
                                                  gpointer                 backend,
                                                  DuaalQualification      *qualification,
                                                  GError                 **error);

/* DUAAL_ERROR_NOT_FOUND for a period @number a class group lacks; always FALSE. */
gboolean duaal_practice_rules_no_period          (GError             **error,
                                                  guint                number);
/* A workplace result is 0-100 % in tenths. */
gboolean duaal_practice_rules_check_result       (guint                tenths,
                                                  GError             **error);
/* A pass mark is above 0 and at most 100 %, in tenths. */
gboolean duaal_practice_rules_check_pass_mark    (guint                tenths,
                                                  GError             **error);
/* A visit's notes as stored: trimmed, NULL when blank.  (transfer full) */
char    *duaal_practice_rules_clean_notes        (const char          *notes);

/* The learners' unit choices as list_unit_choices returns them: learner
 * id (gint64 *) -> GPtrArray of unit codes, in the order added. */
GHashTable *duaal_practice_choices_new           (void);
void     duaal_practice_choices_add              (GHashTable          *choices,
                                                  gint64               learner_id,
                                                  const char          *unit_code);

G_END_DECLS
