/* duaal-sqlite-contexts-private.h: the SQLite backend's CCV contexts, learning line and lesson scenarios (SPEC 14)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-sqlite-store.h"
#include "duaal-store.h"

G_BEGIN_DECLS

/* The tables, part of migration step 3 -> 4 in duaal-sqlite-store.c (a
 * string literal, concatenated with the other part of that step). */
/* context: a qualification's CCV contexts; position: the place on the
 * learning line, 1..n without gaps (kept so by every write).
 * context_competence, scenario_competence: competence codes of the
 * qualification, like company_activity, so a re-import that keeps the
 * ids keeps them.  company_context: the contexts a company offers;
 * context_done: those a learner's trainer confirmed as done, and when
 * (unix time in microseconds, UTC).  scenario: a lesson scenario and
 * its estimate of campus sessions (SPEC 9's d, 1-3). */
#define DUAAL_SQLITE_SCHEMA_CONTEXTS \
  "CREATE TABLE context ("                                                            \
  "  id INTEGER PRIMARY KEY,"                                                         \
  "  qualification_id INTEGER NOT NULL REFERENCES qualification (id) ON DELETE CASCADE," \
  "  position INTEGER NOT NULL CHECK (position > 0),"                                 \
  "  title TEXT NOT NULL,"                                                            \
  "  activities TEXT);"                                                               \
  "CREATE INDEX context_by_qualification ON context (qualification_id, position);"    \
  "CREATE TABLE context_competence ("                                                 \
  "  context_id INTEGER NOT NULL REFERENCES context (id) ON DELETE CASCADE,"         \
  "  competence_code TEXT NOT NULL,"                                                  \
  "  PRIMARY KEY (context_id, competence_code)) WITHOUT ROWID;"                       \
  "CREATE TABLE company_context ("                                                    \
  "  company_id INTEGER NOT NULL REFERENCES company (id) ON DELETE CASCADE,"         \
  "  context_id INTEGER NOT NULL REFERENCES context (id) ON DELETE CASCADE,"         \
  "  PRIMARY KEY (company_id, context_id)) WITHOUT ROWID;"                            \
  "CREATE INDEX company_context_by_context ON company_context (context_id);"          \
  "CREATE TABLE context_done ("                                                       \
  "  learner_id INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,"         \
  "  context_id INTEGER NOT NULL REFERENCES context (id) ON DELETE CASCADE,"         \
  "  done_at INTEGER NOT NULL,"                                                       \
  "  PRIMARY KEY (learner_id, context_id)) WITHOUT ROWID;"                            \
  "CREATE INDEX context_done_by_context ON context_done (context_id);"                \
  "CREATE TABLE scenario ("                                                           \
  "  id INTEGER PRIMARY KEY,"                                                         \
  "  qualification_id INTEGER NOT NULL REFERENCES qualification (id) ON DELETE CASCADE," \
  "  title TEXT NOT NULL,"                                                            \
  "  template TEXT,"                                                                  \
  "  objectives TEXT,"                                                                \
  "  course TEXT,"                                                                    \
  "  sessions INTEGER NOT NULL CHECK (sessions BETWEEN 1 AND 3));"                    \
  "CREATE INDEX scenario_by_qualification ON scenario (qualification_id);"            \
  "CREATE TABLE scenario_competence ("                                                \
  "  scenario_id INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,"       \
  "  competence_code TEXT NOT NULL,"                                                  \
  "  PRIMARY KEY (scenario_id, competence_code)) WITHOUT ROWID;"

/* Sets the DuaalStore members of this part. */
void     duaal_sqlite_contexts_iface_init (DuaalStoreInterface *iface);

/* Inside the import transaction of @qualification (already stored):
 * stores the contexts its file defines when the qualification has none
 * yet, so that contexts a coach edited are never overwritten. */
gboolean duaal_sqlite_contexts_import     (DuaalSqliteStore    *self,
                                           DuaalQualification  *qualification,
                                           GError             **error);

G_END_DECLS
