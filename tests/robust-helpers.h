/* robust-helpers.h: running duaal-cli from the robustness tests
 *
 * The crash and concurrency tests drive the real duaal-cli binary, as a
 * user or a script would, and check the result through the store API.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "duaal-store.h"

G_BEGIN_DECLS

typedef struct {
  gboolean  killed;       /* the run ended by our SIGKILL */
  int       exit_code;    /* valid when !killed */
  char     *out;          /* stdout and stderr of the run */
  char     *err;
} RobustRun;

void      robust_run_clear          (RobustRun   *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RobustRun, robust_run_clear)

/* Whether the run exited on its own with code 0: the user was told
 * "done", so what it wrote must be there for ever after. */
gboolean  robust_run_acknowledged   (const RobustRun *run);

/* Runs `duaal-cli --db DB ARGS...`; when kill_at (monotonic time, µs)
 * is non-zero and comes before the process ends, sends it SIGKILL then.
 * scratch_dir holds the captured output (one per thread). */
void      robust_run_cli            (const char         *db_path,
                                     const char * const *args,
                                     gint64              kill_at,
                                     const char         *scratch_dir,
                                     RobustRun          *run);

/* As robust_run_cli() without a kill, failing the test unless it exits 0. */
char     *robust_cli_ok             (const char         *db_path,
                                     const char         *scratch_dir,
                                     ...) G_GNUC_NULL_TERMINATED;

/* The integer after "key": in a JSON document, or 0. */
gint64    robust_json_int           (const char *json,
                                     const char *key);

/* A valid qualification file (formats/qualification-xml.md) with
 * n_competences competences "cNNNN" of n_indicators indicators
 * "cNNNN.MM" each. */
char     *robust_qualification_xml  (const char *code,
                                     guint       n_competences,
                                     guint       n_indicators);
char     *robust_indicator_id       (guint       competence,
                                     guint       indicator);

/* The class every robustness test scores in: qualification "ROB" of
 * ROBUST_COMPETENCES x ROBUST_INDICATORS indicators, one group, one
 * company and n_learners learners whose ids go to learners[]; all made
 * with duaal-cli. */
#define ROBUST_COMPETENCES 10
#define ROBUST_INDICATORS  6
void      robust_setup_class        (const char *dir,
                                     const char *db_path,
                                     guint       n_learners,
                                     gint64     *learners);

/* The fixture of both robustness tests: a temporary directory with that
 * class in dir/duaal.db.  g_test_add() passes the number of learners as
 * the test data: GUINT_TO_POINTER (n), at most ROBUST_MAX_LEARNERS. */
#define ROBUST_MAX_LEARNERS 8
typedef struct {
  char   *dir;
  char   *db_path;
  gint64  learners[ROBUST_MAX_LEARNERS];
} RobustFixture;

void      robust_fixture_set_up     (RobustFixture *f,
                                     gconstpointer  n_learners);
void      robust_fixture_tear_down  (RobustFixture *f,
                                     gconstpointer  n_learners);

/* Writes a file or fails the test. */
void      robust_write_file         (const char *path,
                                     const char *contents);

/* A fresh temporary directory; robust_remove_tree() takes it away. */
char     *robust_make_tmp_dir       (void);
void      robust_remove_tree        (const char *path);

/* "ok" from PRAGMA integrity_check, else what it reported. */
char     *robust_integrity_check    (const char *db_path);

/* The seed for this run: $DUAAL_TEST_SEED or a fixed default, printed
 * so that a failure can be replayed. */
guint32   robust_seed               (void);

/* One score a test sends: once acknowledged, it must stay in the log. */
typedef struct {
  gint64        learner;
  char         *indicator;
  DuaalActor    actor;
  DuaalMastery  mastery;
  DuaalCoverage coverage;
  char         *comment;
} RobustScore;

void      robust_score_free         (gpointer            score);

/* Sends @score as `duaal-cli score`, as robust_run_cli() does. */
void      robust_run_score          (const char         *db_path,
                                     const RobustScore  *score,
                                     gint64              kill_at,
                                     const char         *scratch_dir,
                                     RobustRun          *run);

/* Whether @score's comment is in the score log of its learner, indicator
 * and actor with its mastery and coverage. */
gboolean  robust_score_is_stored    (DuaalStore         *store,
                                     const RobustScore  *score);

G_END_DECLS
