/* test-score-change.c: SPEC section 3's rules for partial changes and
 * undo, as pure functions (no store)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "duaal-score-change-private.h"
#include "duaal-error.h"
#include "duaal-score-change.h"

#define M   DUAAL_SCORE_FIELD_MASTERY
#define C   DUAAL_SCORE_FIELD_COVERAGE
#define K   DUAAL_SCORE_FIELD_COMMENT
#define ALL DUAAL_SCORE_FIELDS_ALL

static const DuaalScoreValue scored = { DUAAL_MASTERY_LIL, DUAAL_COVERAGE_S, "met hulp" };

/* Merging: the fields a change sets come from it, the others stay. */
static void
test_merge (void)
{
  DuaalScoreChange mastery = { .fields = M, .mastery = DUAAL_MASTERY_V };
  DuaalScoreChange coverage = { .fields = C, .coverage = DUAAL_COVERAGE_R };
  DuaalScoreChange clear_comment = { .fields = K, .comment = NULL };
  DuaalScoreChange clear_mastery = { .fields = M, .mastery = DUAAL_MASTERY_NONE };
  DuaalScoreChange whole = duaal_score_change_whole (DUAAL_MASTERY_X, DUAAL_COVERAGE_N, "nieuw");
  DuaalScoreValue v;

  v = duaal_score_change_merge (&scored, &mastery);
  g_assert_cmpint (v.mastery, ==, DUAAL_MASTERY_V);
  g_assert_cmpint (v.coverage, ==, DUAAL_COVERAGE_S);
  g_assert_cmpstr (v.comment, ==, "met hulp");

  v = duaal_score_change_merge (&scored, &coverage);
  g_assert_cmpint (v.mastery, ==, DUAAL_MASTERY_LIL);
  g_assert_cmpint (v.coverage, ==, DUAAL_COVERAGE_R);

  /* the two changes of the lost-update case, one after the other, in
   * either order: both kept */
  v = duaal_score_change_merge (&scored, &mastery);
  v = duaal_score_change_merge (&v, &coverage);
  g_assert_cmpint (v.mastery, ==, DUAAL_MASTERY_V);
  g_assert_cmpint (v.coverage, ==, DUAAL_COVERAGE_R);
  v = duaal_score_change_merge (&scored, &coverage);
  v = duaal_score_change_merge (&v, &mastery);
  g_assert_cmpint (v.mastery, ==, DUAAL_MASTERY_V);
  g_assert_cmpint (v.coverage, ==, DUAAL_COVERAGE_R);

  /* setting to nothing clears */
  v = duaal_score_change_merge (&scored, &clear_comment);
  g_assert_null (v.comment);
  g_assert_cmpint (v.mastery, ==, DUAAL_MASTERY_LIL);
  v = duaal_score_change_merge (&scored, &clear_mastery);
  g_assert_cmpint (v.mastery, ==, DUAAL_MASTERY_NONE);
  g_assert_cmpstr (v.comment, ==, "met hulp");

  /* a whole score replaces everything; an unscored cell starts empty */
  v = duaal_score_change_merge (&scored, &whole);
  g_assert_cmpint (v.mastery, ==, DUAAL_MASTERY_X);
  g_assert_cmpint (v.coverage, ==, DUAAL_COVERAGE_N);
  g_assert_cmpstr (v.comment, ==, "nieuw");
  v = duaal_score_change_merge (NULL, &coverage);
  g_assert_cmpint (v.mastery, ==, DUAAL_MASTERY_NONE);
  g_assert_cmpint (v.coverage, ==, DUAAL_COVERAGE_R);
  g_assert_null (v.comment);
  g_assert_false (duaal_score_value_is_empty (&v));
  v = duaal_score_change_merge (&v, &(DuaalScoreChange) { .fields = C, .coverage = DUAAL_COVERAGE_NONE });
  g_assert_true (duaal_score_value_is_empty (&v));
}

static void
test_alters (void)
{
  g_assert_false (duaal_score_change_alters (&(DuaalScoreChange) { .fields = M, .mastery = DUAAL_MASTERY_LIL },
                                             &scored));
  g_assert_true (duaal_score_change_alters (&(DuaalScoreChange) { .fields = M, .mastery = DUAAL_MASTERY_V },
                                            &scored));
  g_assert_false (duaal_score_change_alters (&(DuaalScoreChange) { .fields = K, .comment = "met hulp" },
                                             &scored));
  g_assert_true (duaal_score_change_alters (&(DuaalScoreChange) { .fields = K, .comment = NULL }, &scored));
  g_assert_false (duaal_score_change_alters (&(DuaalScoreChange) { .fields = K, .comment = NULL }, NULL));
  g_assert_true (duaal_score_change_alters (&(DuaalScoreChange) { .fields = C, .coverage = DUAAL_COVERAGE_N },
                                            NULL));
}

static void
test_validate (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (duaal_score_change_validate (&(DuaalScoreChange) { .fields = K, .comment = NULL }, &error));
  g_assert_no_error (error);
  g_assert_false (duaal_score_change_validate (&(DuaalScoreChange) { .fields = 0 }, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (duaal_score_change_validate (&(DuaalScoreChange) { .fields = 8 }, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (duaal_score_change_validate (&(DuaalScoreChange) { .fields = M, .mastery = 4 }, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  /* a value out of range in a field the change does not set is no matter */
  g_assert_true (duaal_score_change_validate (&(DuaalScoreChange) { .fields = M, .coverage = 9 }, NULL));
  g_assert_false (duaal_score_change_validate (&(DuaalScoreChange) { .fields = K, .comment = "\xff" }, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
}

static void
test_boxed_copy (void)
{
  DuaalScoreChange change = { .fields = M | K, .mastery = DUAAL_MASTERY_V, .comment = "Zoë" };
  g_autoptr(DuaalScoreChange) copy = duaal_score_change_copy (&change);
  g_autoptr(DuaalScoreChange) without = duaal_score_change_copy (&(DuaalScoreChange) { .fields = C });

  g_assert_cmpint (copy->fields, ==, M | K);
  g_assert_cmpint (copy->mastery, ==, DUAAL_MASTERY_V);
  g_assert_cmpstr (copy->comment, ==, "Zoë");
  g_assert_true (copy->comment != change.comment);
  g_assert_null (without->comment);
  g_assert_true (G_TYPE_IS_BOXED (DUAAL_TYPE_SCORE_CHANGE));
}

static const DuaalScoreValue before = { DUAAL_MASTERY_X, DUAAL_COVERAGE_N, "eerst" };

static DuaalScoreFields
plan (const DuaalScoreLogEntry *log,
      guint                     n,
      gint64                    undone,
      DuaalScoreChange         *restore)
{
  return duaal_score_change_plan_undo (log, n, undone, &before, restore);
}

/* Nobody changed anything since: every field the change set goes back,
 * and only those. */
static void
test_undo_latest (void)
{
  static const DuaalScoreLogEntry log[] = { { 1, ALL, 0 }, { 2, M | K, 0 } };
  DuaalScoreChange restore;

  g_assert_cmpint (plan (log, 2, 2, &restore), ==, 0);
  g_assert_cmpint (restore.fields, ==, M | K);
  g_assert_cmpint (restore.mastery, ==, DUAAL_MASTERY_X);
  g_assert_cmpstr (restore.comment, ==, "eerst");
}

/* The case: A sets mastery and comment, B later the comment;
 * undoing A restores the mastery and keeps B's comment. */
static void
test_undo_keeps_later_field (void)
{
  static const DuaalScoreLogEntry log[] = { { 10, ALL, 0 }, { 11, M | K, 0 }, { 12, K, 0 } };
  DuaalScoreChange restore;

  g_assert_cmpint (plan (log, 3, 11, &restore), ==, K);
  g_assert_cmpint (restore.fields, ==, M);
  g_assert_cmpint (restore.mastery, ==, DUAAL_MASTERY_X);
}

/* Every field set again since: nothing to restore. */
static void
test_undo_all_overwritten (void)
{
  static const DuaalScoreLogEntry log[] = { { 1, M, 0 }, { 2, C, 0 }, { 3, M | C, 0 } };
  DuaalScoreChange restore;

  g_assert_cmpint (plan (log, 3, 1, &restore), ==, M);
  g_assert_cmpint (restore.fields, ==, 0);
  g_assert_cmpint (plan (log, 3, 2, &restore), ==, C);
  g_assert_cmpint (restore.fields, ==, 0);
}

/* Undoing twice: the first undo set the fields again, so the second has
 * nothing left to do. */
static void
test_undo_twice (void)
{
  static const DuaalScoreLogEntry log[] = { { 1, M, 0 }, { 2, M, 1 } };
  DuaalScoreChange restore;

  g_assert_cmpint (plan (log, 2, 1, &restore), ==, M);
  g_assert_cmpint (restore.fields, ==, 0);
}

/* Walking back through one's own changes: X, then V; undo V (back to X);
 * then undo X: the later V no longer counts, it was undone. */
static void
test_undo_walks_back (void)
{
  static const DuaalScoreLogEntry log[] = { { 1, M, 0 }, { 2, M, 0 }, { 3, M, 2 } };
  DuaalScoreChange restore;

  g_assert_cmpint (plan (log, 3, 1, &restore), ==, 0);
  g_assert_cmpint (restore.fields, ==, M);
}

/* A later change undone only in part still counts for the part kept:
 * 1 sets mastery; 2 (someone else) sets mastery and comment; 3 sets the
 * comment; undoing 2 put the mastery back and kept 3's comment (entry
 * 4).  Undoing 1 now restores the mastery. */
static void
test_undo_after_partial_undo (void)
{
  static const DuaalScoreLogEntry log[] = { { 1, M, 0 }, { 2, M | K, 0 }, { 3, K, 0 }, { 4, M, 2 } };
  DuaalScoreChange restore;

  g_assert_cmpint (plan (log, 4, 1, &restore), ==, 0);
  g_assert_cmpint (restore.fields, ==, M);
}

/* Redo: undoing an undo puts the undone change back, unless the field
 * was changed after the undo; and then the redone change is the one in
 * place, so the original can be undone again. */
static void
test_undo_of_undo (void)
{
  static const DuaalScoreLogEntry redo[] = { { 1, M, 0 }, { 2, M, 1 } };
  static const DuaalScoreLogEntry redone[] = { { 1, M, 0 }, { 2, M, 1 }, { 3, M, 2 } };
  static const DuaalScoreLogEntry changed[] = { { 1, M, 0 }, { 2, M, 1 }, { 3, M, 0 } };
  DuaalScoreChange restore;

  g_assert_cmpint (plan (redo, 2, 2, &restore), ==, 0);
  g_assert_cmpint (restore.fields, ==, M);
  g_assert_cmpint (plan (redone, 3, 1, &restore), ==, 0);
  g_assert_cmpint (restore.fields, ==, M);
  g_assert_cmpint (plan (changed, 3, 2, &restore), ==, M);
  g_assert_cmpint (restore.fields, ==, 0);
}

/* Entries of schema version 2 set all three fields; an undo of an entry
 * that is not in the log counts as a change of its own. */
static void
test_undo_old_entries (void)
{
  static const DuaalScoreLogEntry log[] = { { 1, ALL, 0 }, { 2, ALL, 99 } };
  DuaalScoreChange restore;

  g_assert_cmpint (plan (log, 2, 1, &restore), ==, ALL);
  g_assert_cmpint (restore.fields, ==, 0);
  g_assert_cmpint (plan (log, 2, 2, &restore), ==, 0);
  g_assert_cmpint (restore.fields, ==, ALL);
}

static void
test_field_names (void)
{
  g_assert_cmpstr (duaal_score_field_to_string (M), ==, "mastery");
  g_assert_cmpstr (duaal_score_field_to_string (C), ==, "coverage");
  g_assert_cmpstr (duaal_score_field_to_string (K), ==, "comment");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/score-change/merge", test_merge);
  g_test_add_func ("/score-change/alters", test_alters);
  g_test_add_func ("/score-change/validate", test_validate);
  g_test_add_func ("/score-change/boxed-copy", test_boxed_copy);
  g_test_add_func ("/score-change/field-names", test_field_names);
  g_test_add_func ("/score-change/undo/latest", test_undo_latest);
  g_test_add_func ("/score-change/undo/keeps-later-field", test_undo_keeps_later_field);
  g_test_add_func ("/score-change/undo/all-overwritten", test_undo_all_overwritten);
  g_test_add_func ("/score-change/undo/twice", test_undo_twice);
  g_test_add_func ("/score-change/undo/walks-back", test_undo_walks_back);
  g_test_add_func ("/score-change/undo/after-partial-undo", test_undo_after_partial_undo);
  g_test_add_func ("/score-change/undo/of-undo", test_undo_of_undo);
  g_test_add_func ("/score-change/undo/old-entries", test_undo_old_entries);
  return g_test_run ();
}
