/* test-changes.c: change notices (SPEC section 12) on real SQLite files
 *
 * Every committed write says what it changed, to this store at once and
 * to every other connection on the same file after duaal_store_watch();
 * a failed write says nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "duaal-score-change-private.h"
#include "duaal-demo.h"
#include "duaal-error.h"
#include "duaal-sqlite-store-private.h"
#include "duaal-store.h"

typedef struct {
  char             *dir;
  char             *path;
  DuaalSqliteStore *writer;
  gint64            group_id;
  GPtrArray        *heard;   /* (element-type DuaalChange) */
} Fixture;

static void
on_changed (DuaalStore  *store,
            DuaalChange *change,
            Fixture     *f)
{
  g_ptr_array_add (f->heard, duaal_change_copy (change));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("duaal-changes-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "duaal.db", NULL);
  f->writer = duaal_sqlite_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (duaal_demo_load (DUAAL_STORE (f->writer), &f->group_id, NULL, &error));
  g_assert_no_error (error);
  f->heard = g_ptr_array_new_with_free_func ((GDestroyNotify) duaal_change_free);
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_dir (child);
      else
        g_unlink (child);
    }
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->writer);
  g_ptr_array_unref (f->heard);
  remove_dir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static gint64
first_learner (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) learners = duaal_store_list_learners (DUAAL_STORE (f->writer), f->group_id, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (learners->len, >, 0);
  return duaal_learner_get_id (g_ptr_array_index (learners, 0));
}

static gboolean
heard_change (Fixture         *f,
              DuaalChangeKind  kind,
              gint64           group_id,
              gint64           learner_id)
{
  for (guint i = 0; i < f->heard->len; i++)
    {
      const DuaalChange *change = g_ptr_array_index (f->heard, i);

      if (change->kind == kind && change->group_id == group_id && change->learner_id == learner_id)
        return TRUE;
    }
  return FALSE;
}

static gboolean
on_deadline (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @f heard @n notices; the deadline is only a
 * guard against hanging (no timing is asserted). */
static void
wait_for_notices (Fixture *f,
                  guint    n)
{
  gboolean expired = FALSE;
  guint deadline = g_timeout_add_seconds (10, on_deadline, &expired);

  while (f->heard->len < n && !expired)
    g_main_context_iteration (NULL, TRUE);
  if (!expired)
    g_source_remove (deadline);
}

static void
test_own_write (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DuaalStore *store = DUAAL_STORE (f->writer);
  gint64 learner_id = first_learner (f);

  DuaalScoreChange change = duaal_score_change_whole (DUAAL_MASTERY_V, DUAAL_COVERAGE_R, NULL);

  g_signal_connect (store, "changed", G_CALLBACK (on_changed), f);
  g_assert_cmpint (duaal_store_record_change (store, learner_id, "c01.01", DUAAL_ACTOR_TEACHER,
                                              &change, NULL, &error), >, 0);
  g_assert_no_error (error);
  /* At once, in the writing thread: no main loop ran. */
  g_assert_cmpuint (f->heard->len, ==, 1);
  g_assert_true (heard_change (f, DUAAL_CHANGE_SCORE, f->group_id, learner_id));

  g_ptr_array_set_size (f->heard, 0);
  g_assert_true (duaal_store_set_plan_cell (store, learner_id, "c02", TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (heard_change (f, DUAAL_CHANGE_PLAN, f->group_id, learner_id));

  g_ptr_array_set_size (f->heard, 0);
  g_assert_true (duaal_store_rename_group (store, f->group_id, "Duaal 2", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->heard->len, ==, 1);
  g_assert_true (heard_change (f, DUAAL_CHANGE_GROUP, f->group_id, 0));
}

static void
test_failed_write_is_silent (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DuaalStore *store = DUAAL_STORE (f->writer);
  DuaalScoreChange change = duaal_score_change_whole (DUAAL_MASTERY_V, DUAAL_COVERAGE_R, NULL);

  g_signal_connect (store, "changed", G_CALLBACK (on_changed), f);
  g_assert_cmpint (duaal_store_record_change (store, first_learner (f), "no-such-indicator",
                                              DUAAL_ACTOR_TEACHER, &change, NULL, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
  g_assert_cmpuint (f->heard->len, ==, 0);
}

/* A batch of many scores of one learner is one notice, not hundreds. */
static void
test_batch_is_one_notice_per_learner (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DuaalStore *store = DUAAL_STORE (f->writer);
  gint64 learner_id = first_learner (f);
  g_autoptr(DuaalStatus) status = duaal_store_load_learner_status (store, learner_id, 0, &error);
  GPtrArray *competences = duaal_qualification_get_competences (duaal_status_get_qualification (status));
  g_autoptr(GArray) scores = g_array_new (FALSE, TRUE, sizeof (DuaalScoreInput));

  for (guint c = 0; c < competences->len; c++)
    {
      GPtrArray *indicators = duaal_competence_get_indicators (g_ptr_array_index (competences, c));

      for (guint i = 0; i < indicators->len; i++)
        {
          DuaalScoreInput input = { learner_id, duaal_indicator_get_id (g_ptr_array_index (indicators, i)),
                                    DUAAL_ACTOR_TRAINER,
                                    duaal_score_change_whole (DUAAL_MASTERY_LIL, DUAAL_COVERAGE_S, NULL) };
          g_array_append_val (scores, input);
        }
    }
  g_assert_cmpuint (scores->len, >, 20);
  g_signal_connect (store, "changed", G_CALLBACK (on_changed), f);
  g_assert_true (duaal_store_record_changes (store, (DuaalScoreInput *) scores->data, scores->len, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->heard->len, ==, 1);
  g_assert_true (heard_change (f, DUAAL_CHANGE_SCORE, f->group_id, learner_id));
}

/* Another connection (here a second store on the same file, as another
 * window or process has) hears the write after duaal_store_watch(), and
 * does not hear its own writes twice. */
static void
test_other_connection (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSqliteStore) reader = duaal_sqlite_store_open (f->path, &error);
  gint64 learner_id = first_learner (f);
  DuaalScoreChange change;
  gint64 added;

  g_assert_no_error (error);
  g_signal_connect (reader, "changed", G_CALLBACK (on_changed), f);
  duaal_store_watch (DUAAL_STORE (reader));
  /* What was written before the watch started is not news. */
  g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (f->heard->len, ==, 0);

  change = duaal_score_change_whole (DUAAL_MASTERY_X, DUAAL_COVERAGE_N, NULL);
  g_assert_cmpint (duaal_store_record_change (DUAAL_STORE (f->writer), learner_id, "c01.01", DUAAL_ACTOR_TRAINER,
                                              &change, NULL, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (f->heard->len, ==, 0);
  wait_for_notices (f, 1);
  g_assert_cmpuint (f->heard->len, ==, 1);
  g_assert_true (heard_change (f, DUAAL_CHANGE_SCORE, f->group_id, learner_id));

  /* Its own write: heard once, at once, not again from the log. */
  g_ptr_array_set_size (f->heard, 0);
  added = duaal_store_add_learner (DUAAL_STORE (reader), f->group_id, "Nora Claes", 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (heard_change (f, DUAAL_CHANGE_LEARNER, f->group_id, added));
  g_ptr_array_set_size (f->heard, 0);
  g_assert_true (duaal_store_rename_group (DUAAL_STORE (f->writer), f->group_id, "Duaal 3", &error));
  wait_for_notices (f, 1);
  g_assert_cmpuint (f->heard->len, ==, 1);
  g_assert_true (heard_change (f, DUAAL_CHANGE_GROUP, f->group_id, 0));
}

/* A watcher that fell further behind than the log keeps is told that
 * anything may have changed, rather than missing notices. */
static void
test_gap_means_everything (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSqliteStore) reader = duaal_sqlite_store_open (f->path, &error);
  sqlite3 *db = duaal_sqlite_store_get_db (f->writer);

  g_assert_no_error (error);
  g_signal_connect (reader, "changed", G_CALLBACK (on_changed), f);
  duaal_store_watch (DUAAL_STORE (reader));
  g_assert_true (duaal_store_rename_group (DUAAL_STORE (f->writer), f->group_id, "Duaal 4", &error));
  g_assert_true (duaal_store_rename_group (DUAAL_STORE (f->writer), f->group_id, "Duaal 5", &error));
  /* As the pruning of a long log would. */
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM change_log WHERE seq < (SELECT max (seq) FROM change_log)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  wait_for_notices (f, 2);
  g_assert_cmpuint (f->heard->len, ==, 2);
  g_assert_cmpint (((DuaalChange *) g_ptr_array_index (f->heard, 0))->kind, ==, DUAAL_CHANGE_ALL);
  g_assert_true (heard_change (f, DUAAL_CHANGE_GROUP, f->group_id, 0));
}

/* An upsert that updates (the kept session plan saved again) fires the
 * UPDATE trigger with equal NEW and OLD notices: one notice, and the
 * write goes through. */
static void
test_upsert_is_one_notice (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) durations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  DuaalStore *store = DUAAL_STORE (f->writer);

  g_hash_table_insert (durations, g_strdup ("c02"), GUINT_TO_POINTER (2));
  g_signal_connect (store, "changed", G_CALLBACK (on_changed), f);
  for (guint i = 0; i < 2; i++)
    {
      g_ptr_array_set_size (f->heard, 0);
      g_assert_true (duaal_store_save_session_plan (store, f->group_id, 2 + i, durations, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (f->heard->len, ==, 1);
      g_assert_true (heard_change (f, DUAAL_CHANGE_PLAN, f->group_id, 0));
    }
}

static void
test_concerns (void)
{
  g_autoptr(DuaalChange) score = duaal_change_new (DUAAL_CHANGE_SCORE, 3, 7);
  g_autoptr(DuaalChange) group = duaal_change_new (DUAAL_CHANGE_GROUP, 3, 0);
  g_autoptr(DuaalChange) all = duaal_change_new (DUAAL_CHANGE_ALL, 0, 0);

  g_assert_true (duaal_change_concerns (score, 3, 7));
  g_assert_false (duaal_change_concerns (score, 3, 8));
  g_assert_true (duaal_change_concerns (score, 3, 0));
  g_assert_false (duaal_change_concerns (score, 4, 0));
  g_assert_true (duaal_change_concerns (group, 3, 7));
  g_assert_false (duaal_change_concerns (group, 4, 0));
  g_assert_true (duaal_change_concerns (all, 4, 9));
  g_assert_cmpstr (duaal_change_kind_to_string (DUAAL_CHANGE_PLAN), ==, "plan");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/changes/concerns", test_concerns);
  g_test_add ("/changes/own-write", Fixture, NULL, fixture_set_up, test_own_write, fixture_tear_down);
  g_test_add ("/changes/failed-write-is-silent", Fixture, NULL, fixture_set_up,
              test_failed_write_is_silent, fixture_tear_down);
  g_test_add ("/changes/batch", Fixture, NULL, fixture_set_up,
              test_batch_is_one_notice_per_learner, fixture_tear_down);
  g_test_add ("/changes/other-connection", Fixture, NULL, fixture_set_up, test_other_connection,
              fixture_tear_down);
  g_test_add ("/changes/gap", Fixture, NULL, fixture_set_up, test_gap_means_everything, fixture_tear_down);
  g_test_add ("/changes/upsert", Fixture, NULL, fixture_set_up, test_upsert_is_one_notice, fixture_tear_down);
  return g_test_run ();
}
