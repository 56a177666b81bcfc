/* duaal-sqlite-evaluation-private.h: the SQLite backend's training units, flexible evaluation, workplace results and visits (SPEC 15)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-sqlite-store.h"
#include "duaal-store.h"

G_BEGIN_DECLS

/* The tables, part of migration step 3 -> 4 in duaal-sqlite-store.c (a
 * string literal, concatenated with the other part of that step).
 *
 * training_unit: a qualification's units (SPEC 15), in their order;
 * from_file is 1 for a unit the qualification file defines (replaced on
 * each import of that file) and 0 for one added in Duaal (kept).
 * training_unit_competence: the competence codes of a unit, in order.
 * unit_choice: the units a learner chose for the summative evaluation at
 * the end of a period.  workplace_result: the trainer's workplace result
 * of a period in tenths of a percent (0-1000), exact where a REAL would
 * not be.  group_evaluation: a class group's pass mark in tenths of a
 * percent, when it is not the default 50%.  workplace_visit: the coach's
 * visits, day an ISO 8601 date. */
#define DUAAL_SQLITE_SCHEMA_EVALUATION \
  "CREATE TABLE training_unit ("                                                          \
  "  qualification_id INTEGER NOT NULL REFERENCES qualification (id) ON DELETE CASCADE,"  \
  "  code TEXT NOT NULL,"                                                                 \
  "  title TEXT NOT NULL,"                                                                \
  "  position INTEGER NOT NULL,"                                                          \
  "  from_file INTEGER NOT NULL CHECK (from_file IN (0, 1)),"                             \
  "  PRIMARY KEY (qualification_id, code)) WITHOUT ROWID;"                                \
  "CREATE TABLE training_unit_competence ("                                               \
  "  qualification_id INTEGER NOT NULL,"                                                  \
  "  unit_code TEXT NOT NULL,"                                                            \
  "  position INTEGER NOT NULL,"                                                          \
  "  competence_code TEXT NOT NULL,"                                                      \
  "  PRIMARY KEY (qualification_id, unit_code, position),"                                \
  "  FOREIGN KEY (qualification_id, unit_code)"                                           \
  "    REFERENCES training_unit (qualification_id, code) ON DELETE CASCADE) WITHOUT ROWID;" \
  "CREATE TABLE unit_choice ("                                                            \
  "  period_id INTEGER NOT NULL REFERENCES period (id) ON DELETE CASCADE,"                \
  "  learner_id INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,"              \
  "  unit_code TEXT NOT NULL,"                                                            \
  "  PRIMARY KEY (period_id, learner_id, unit_code)) WITHOUT ROWID;"                      \
  "CREATE INDEX unit_choice_by_learner ON unit_choice (learner_id);"                      \
  "CREATE TABLE workplace_result ("                                                       \
  "  period_id INTEGER NOT NULL REFERENCES period (id) ON DELETE CASCADE,"                \
  "  learner_id INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,"              \
  "  tenths INTEGER NOT NULL CHECK (tenths BETWEEN 0 AND 1000),"                          \
  "  PRIMARY KEY (period_id, learner_id)) WITHOUT ROWID;"                                 \
  "CREATE INDEX workplace_result_by_learner ON workplace_result (learner_id);"            \
  "CREATE TABLE group_evaluation ("                                                       \
  "  group_id INTEGER PRIMARY KEY REFERENCES class_group (id) ON DELETE CASCADE,"         \
  "  pass_mark INTEGER NOT NULL CHECK (pass_mark BETWEEN 1 AND 1000));"                   \
  "CREATE TABLE workplace_visit ("                                                        \
  "  id INTEGER PRIMARY KEY,"                                                             \
  "  learner_id INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,"              \
  "  day TEXT NOT NULL CHECK (day = date (day)),"                                         \
  "  notes TEXT);"                                                                        \
  "CREATE INDEX workplace_visit_by_learner ON workplace_visit (learner_id, day);"

/* Sets the DuaalStore members of this part. */
void     duaal_sqlite_evaluation_iface_init    (DuaalStoreInterface *iface);

/* Inside the import's write transaction: stores the units the file of
 * @qualification defines, replacing those an earlier import of it
 * stored and keeping the ones added in Duaal. */
gboolean duaal_sqlite_evaluation_import_units  (DuaalSqliteStore    *self,
                                                DuaalQualification  *qualification,
                                                GError             **error);

G_END_DECLS
