/* duaal-store-rules.h: the rules every DuaalStore backend follows
 *
 * SPEC section 12: the rules live in the core, once; a backend only
 * stores and fetches.  A backend calls these from inside its own write
 * transaction and hands them its fetch and store primitives (a table of
 * functions and the backend's data), so SQLite and PostgreSQL count,
 * refuse and word their messages the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-store.h"

G_BEGIN_DECLS

/* ---- qualifications: the re-import rules of formats/qualification-xml.md ---- */

typedef struct {
  /* The stored (code, version), or NULL with no error when there is none. */
  DuaalQualification *(*fetch)          (gpointer backend, const char *code, guint version, GError **error);
  /* A new (code, version). */
  gboolean            (*insert)         (gpointer backend, DuaalQualification *qualification, GError **error);
  /* Same competence and indicator ids: everything else replaced in
   * place, so every score stays with its indicator. */
  gboolean            (*update_texts)   (gpointer backend, DuaalQualification *qualification, GError **error);
  /* Whether any learner has ever scored this (code, version). */
  gboolean            (*has_scores)     (gpointer backend, DuaalQualification *qualification,
                                         gboolean *has_scores, GError **error);
  /* Another structure for a (code, version) nobody has scored yet. */
  gboolean            (*replace)        (gpointer backend, DuaalQualification *qualification, GError **error);
} DuaalQualificationStorage;

/* Imports @incoming: new (IMPORTED), the same content (UNCHANGED, nothing
 * written) or the same ids with other texts (UPDATED); other ids are
 * refused with DUAAL_ERROR_CONFLICT once anyone scored the qualification. */
gboolean duaal_store_rules_import_qualification (const DuaalQualificationStorage *storage,
                                                 gpointer                         backend,
                                                 DuaalQualification              *incoming,
                                                 DuaalImportStatus               *status,
                                                 GError                         **error);

/* ---- class groups: their evaluation periods (SPEC section 5) ---- */

/* How many periods a new class group starts with, numbered from 1 and
 * without names of their own (duaal-period.h). */
guint    duaal_store_rules_n_default_periods    (void);

/* ---- learners: one name is one learner in a class group ---- */

/* Refuses @name (DUAAL_ERROR_CONFLICT, a message a coach understands)
 * when @holder_id, the learner of the class group who has that exact name
 * already (0: nobody), is another learner than @learner_id (the learner
 * renamed, 0 when adding one).  Names compare as stored: cleaned and in
 * NFC (duaal_input_clean_name()), as the class-list import does. */
gboolean duaal_store_rules_check_learner_name   (gint64                   holder_id,
                                                 gint64                   learner_id,
                                                 const char              *name,
                                                 GError                 **error);

/* ---- class lists (formats/csv.md) ---- */

typedef struct {
  /* The company of exactly this name, or 0 with no error when there is none. */
  gint64   (*find_company) (gpointer backend, const char *name, GError **error);
  gint64   (*add_company)  (gpointer backend, const char *name, GError **error);
  gboolean (*has_learner)  (gpointer backend, gint64 group_id, const char *name, gboolean *found,
                            GError **error);
  /* @trainer: (nullable) as the row gave it */
  gboolean (*add_learner)  (gpointer backend, gint64 group_id, const char *name, gint64 company_id,
                            const char *trainer, GError **error);
} DuaalClassStorage;

/* Adds the learners of @rows that @group_id lacks (by exact name), and
 * companies new by name; counts learners and companies added and already
 * present, each company once.  A row without a learner's or company's
 * name is refused with its row number. */
gboolean duaal_store_rules_import_class         (const DuaalClassStorage *storage,
                                                 gpointer                 backend,
                                                 gint64                   group_id,
                                                 const DuaalClassRow     *rows,
                                                 guint                    n_rows,
                                                 DuaalClassImportResult  *result,
                                                 GError                 **error);

/* ---- checks every backend makes before it writes ---- */

typedef enum {
  DUAAL_STORE_THING_GROUP,
  DUAAL_STORE_THING_COMPANY,
  DUAAL_STORE_THING_LEARNER,
  DUAAL_STORE_THING_TEACHER,
  DUAAL_STORE_THING_SCORE_CHANGE,
} DuaalStoreThing;

/* DUAAL_ERROR_NOT_FOUND, "There is no learner with id 7"; always FALSE. */
gboolean duaal_store_rules_not_found            (GError                 **error,
                                                 DuaalStoreThing          thing,
                                                 gint64                   id);
/* A change as stored: its comment cleaned (duaal_input_clean_comment()),
 * a blank one removing the comment; @clean_comment: (out) owns it. */
gboolean duaal_store_rules_clean_change         (const DuaalScoreChange  *change,
                                                 DuaalScoreChange        *clean,
                                                 char                   **clean_comment,
                                                 GError                 **error);
/* @source: (nullable) the name of where scores came from: valid text. */
gboolean duaal_store_rules_check_source         (const char              *source,
                                                 GError                 **error);
/* A batch for record_changes: every score valid, and its source. */
gboolean duaal_store_rules_check_changes        (const DuaalScoreInput   *changes,
                                                 guint                    n_changes,
                                                 const char              *source,
                                                 GError                 **error);
/* The session planner's settings: 1-9 groups, 1-3 sessions each. */
gboolean duaal_store_rules_check_session_settings (guint                  max_groups,
                                                   GHashTable            *durations,
                                                   GError               **error);
/* A period's name (blank: the default, NULL) and dates as stored, ISO
 * 8601 or NULL; refuses an end before the start.  (out) all three. */
gboolean duaal_store_rules_clean_period         (const char              *name,
                                                 const GDate             *starts_on,
                                                 const GDate             *ends_on,
                                                 char                   **clean_name,
                                                 char                   **starts,
                                                 char                   **ends,
                                                 GError                 **error);

/* ---- a new class group's teachers and periods ---- */

/* One period to set on a new group: number, clean name (NULL: the
 * default), dates as ISO 8601 (NULL: none). */
typedef struct {
  guint  number;
  char  *name;
  char  *starts_on;
  char  *ends_on;
} DuaalPeriodUpdate;

struct _DuaalGroupSetup
{
  GPtrArray *teachers;  /* (element-type utf8) clean names, each once */
  GArray    *periods;   /* (element-type DuaalPeriodUpdate) only those with a name or a date */
};

/* The teachers' names cleaned (blank ones and repeats left out) and the
 * periods checked as duaal_store_rules_clean_period() checks one; NULL
 * with @error set when one is refused. */
DuaalGroupSetup *duaal_group_setup_new  (const char * const       *teachers,
                                         const DuaalPeriodInput   *periods,
                                         guint                     n_periods,
                                         GError                  **error);
void             duaal_group_setup_free (DuaalGroupSetup *setup);

/* How a backend stores one teacher and one period of a new group. */
typedef struct {
  gboolean (*add_teacher) (gpointer backend, gint64 group_id, const char *name, GError **error);
  gboolean (*set_period)  (gpointer backend, gint64 group_id, const DuaalPeriodUpdate *period, GError **error);
} DuaalGroupSetupStorage;

/* Inside the write transaction that made @group_id: its teachers, then
 * its periods (@setup nullable: nothing). */
gboolean         duaal_group_setup_store (const DuaalGroupSetup         *setup,
                                          gint64                         group_id,
                                          const DuaalGroupSetupStorage  *storage,
                                          gpointer                       backend,
                                          GError                       **error);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DuaalGroupSetup, duaal_group_setup_free)

G_END_DECLS
