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

G_END_DECLS
