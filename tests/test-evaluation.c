/* test-evaluation.c: SPEC 15, evaluation in practice, rule by rule at its boundaries
 *
 * The pure rules (duaal-evaluation.h) without a database; the rules
 * that read a store (the evaluation grid, deliberation, warnings, visits
 * due) over a real SQLite file in a temporary directory; the visit
 * agenda PDF.  What the store itself keeps and refuses (units, choices,
 * results, pass mark, visits, their change notices) is checked once,
 * for every backend, in test-store-contract.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gstdio.h>

#include "duaal-error.h"
#include "duaal-evaluation-report.h"
#include "duaal-qualification-import-private.h"
#include "duaal-sqlite-store.h"
#include "duaal-store.h"
#include "duaal-visit-agenda.h"
#include "pdf-check.h"

/* ------------------------------------------------------------------ */
/* Pure rules                                                          */

static guint
percent (const char *text)
{
  g_autoptr(GError) error = NULL;
  guint tenths = 9999;

  g_assert_true (duaal_percent_parse (text, &tenths, &error));
  g_assert_no_error (error);
  return tenths;
}

static void
test_percent_parse (void)
{
  static const char * const refused[] = {
    "101", "-1", "50.05", "100.1", "", "abc", "50.", ".5", "5e1", " 50", "50 ", "+5", "0x10",
    "1000", "00000000050", "49.9.9", "49,99", NULL,
  };

  g_assert_cmpuint (percent ("55"), ==, 550);
  g_assert_cmpuint (percent ("50"), ==, 500);
  g_assert_cmpuint (percent ("49.9"), ==, 499);
  g_assert_cmpuint (percent ("49,9"), ==, 499);
  g_assert_cmpuint (percent ("40.1"), ==, 401);
  g_assert_cmpuint (percent ("100"), ==, 1000);
  g_assert_cmpuint (percent ("100.0"), ==, 1000);
  g_assert_cmpuint (percent ("0"), ==, 0);
  for (guint i = 0; refused[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      guint tenths = 7;

      g_assert_false (duaal_percent_parse (refused[i], &tenths, &error));
      g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
      g_assert_cmpuint (tenths, ==, 7);
    }
}

static void
test_percent_format (void)
{
  g_autofree char *a = duaal_percent_format (499);
  g_autofree char *b = duaal_percent_format (500);
  g_autofree char *c = duaal_percent_format (1);

  g_assert_cmpstr (a, ==, "49.9");
  g_assert_cmpstr (b, ==, "50");
  g_assert_cmpstr (c, ==, "0.1");
}

static const char *
verdict (const char *result,
         guint       pass_mark)
{
  return duaal_verdict_to_string (duaal_verdict_for_result (percent (result), pass_mark));
}

static void
test_verdict_boundaries (void)
{
  /* The "Checked by", with the default pass mark of 50%. */
  g_assert_cmpstr (verdict ("55", DUAAL_DEFAULT_PASS_MARK), ==, "sufficient");
  g_assert_cmpstr (verdict ("50", DUAAL_DEFAULT_PASS_MARK), ==, "sufficient");
  g_assert_cmpstr (verdict ("49.9", DUAAL_DEFAULT_PASS_MARK), ==, "insufficient");
  g_assert_cmpstr (verdict ("45", DUAAL_DEFAULT_PASS_MARK), ==, "insufficient");
  g_assert_cmpstr (verdict ("40.1", DUAAL_DEFAULT_PASS_MARK), ==, "insufficient");
  g_assert_cmpstr (verdict ("40", DUAAL_DEFAULT_PASS_MARK), ==, "cannot-qualify");
  g_assert_cmpstr (verdict ("0", DUAAL_DEFAULT_PASS_MARK), ==, "cannot-qualify");
  g_assert_cmpstr (verdict ("100", DUAAL_DEFAULT_PASS_MARK), ==, "sufficient");

  /* Relative to a group's own pass mark of 60%. */
  g_assert_cmpstr (verdict ("60", 600), ==, "sufficient");
  g_assert_cmpstr (verdict ("59.9", 600), ==, "insufficient");
  g_assert_cmpstr (verdict ("50.1", 600), ==, "insufficient");
  g_assert_cmpstr (verdict ("50", 600), ==, "cannot-qualify");
  /* A pass mark below the shortfall: nothing wraps below zero. */
  g_assert_cmpstr (verdict ("0", 50), ==, "insufficient");
  g_assert_cmpstr (verdict ("5", 50), ==, "sufficient");
}

static GDate *
day (const char *iso)
{
  GDate *date = duaal_period_date_from_iso (iso);

  g_assert_nonnull (date);
  return date;
}

static void
test_choice_open (void)
{
  g_autoptr(GDate) today = day ("2026-02-10");
  g_autoptr(GDate) tomorrow = day ("2026-02-11");
  g_autoptr(GDate) yesterday = day ("2026-02-09");
  g_autoptr(GError) closed = NULL;
  g_autoptr(GError) started = NULL;
  g_autoptr(GError) started_before = NULL;

  g_assert_true (duaal_unit_choice_check_open (2, FALSE, NULL, today, NULL));
  g_assert_true (duaal_unit_choice_check_open (2, FALSE, tomorrow, today, NULL));
  g_assert_false (duaal_unit_choice_check_open (2, FALSE, today, today, &started));
  g_assert_error (started, DUAAL_ERROR, DUAAL_ERROR_CONFLICT);
  g_assert_false (duaal_unit_choice_check_open (2, FALSE, yesterday, today, &started_before));
  g_assert_error (started_before, DUAAL_ERROR, DUAAL_ERROR_CONFLICT);
  g_assert_false (duaal_unit_choice_check_open (2, TRUE, tomorrow, today, &closed));
  g_assert_error (closed, DUAAL_ERROR, DUAAL_ERROR_CONFLICT);
}

/* The visit rule on @on for the training starting on @start (NULL:
 * unknown) with visits on the days of @visits (NULL-terminated ISO). */
static void
assert_visits (const char         *start,
               const char * const *visits,
               const char         *on,
               const char         *expected_last,
               const char         *expected_due,
               gboolean            expected_overdue)
{
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (GDate));
  g_autoptr(GDate) start_day = start != NULL ? day (start) : NULL;
  g_autoptr(GDate) on_day = day (on);
  g_autofree char *last = NULL;
  g_autofree char *due = NULL;
  DuaalVisitStatus status;

  for (guint i = 0; visits != NULL && visits[i] != NULL; i++)
    {
      g_autoptr(GDate) visit = day (visits[i]);
      g_array_append_val (days, *visit);
    }
  duaal_visits_assess (start_day, (const GDate *) days->data, days->len, on_day, &status);
  last = g_date_valid (&status.last) ? duaal_period_date_to_iso (&status.last) : NULL;
  due = duaal_period_date_to_iso (&status.due);
  g_assert_cmpstr (last, ==, expected_last);
  g_assert_cmpstr (due, ==, expected_due);
  g_assert_cmpint (status.overdue, ==, expected_overdue);
}

static void
test_visits_due (void)
{
  const char * const before_start[] = { "2025-09-10", NULL };
  const char * const first_year[] = { "2025-09-10", "2025-12-01", "2026-04-01", "2026-08-01", NULL };
  const char * const later_year[] = { "2025-09-10", "2025-12-01", "2026-04-01", "2026-08-01",
                                      "2026-10-05", NULL };
  const char * const two[] = { "2025-10-01", "2026-02-01", NULL };
  const char * const one[] = { "2025-10-01", NULL };
  const char * const future[] = { "2026-06-01", NULL };

  /* One visit before the start: due the day before it, overdue the day it starts. */
  assert_visits ("2025-09-15", NULL, "2025-09-01", NULL, "2025-09-14", FALSE);
  assert_visits ("2025-09-15", NULL, "2025-09-14", NULL, "2025-09-14", FALSE);
  assert_visits ("2025-09-15", NULL, "2025-09-15", NULL, "2025-09-14", TRUE);
  /* Before the start in the previous school year: the same visit is due. */
  assert_visits ("2025-09-15", NULL, "2025-06-01", NULL, "2025-09-14", FALSE);
  /* Then one by the end of each third: 31 December, 30 April, 31 August. */
  assert_visits ("2025-09-15", before_start, "2025-12-31", "2025-09-10", "2025-12-31", FALSE);
  assert_visits ("2025-09-15", before_start, "2026-01-01", "2025-09-10", "2025-12-31", TRUE);
  assert_visits ("2025-09-15", first_year, "2026-08-31", "2026-08-01", "2026-12-31", FALSE);
  /* A later school year counts its own visits from 1 September. */
  assert_visits ("2025-09-15", first_year, "2026-09-01", "2026-08-01", "2026-12-31", FALSE);
  assert_visits ("2025-09-15", first_year, "2027-01-01", "2026-08-01", "2026-12-31", TRUE);
  assert_visits ("2025-09-15", later_year, "2027-01-01", "2026-10-05", "2027-04-30", FALSE);
  assert_visits ("2025-09-15", later_year, "2027-05-01", "2026-10-05", "2027-04-30", TRUE);
  /* A start in the middle of a school year: thirds ended before it are not asked. */
  assert_visits ("2026-02-01", NULL, "2026-01-20", NULL, "2026-01-31", FALSE);
  assert_visits ("2026-02-01", one, "2026-03-01", "2025-10-01", "2026-04-30", FALSE);
  /* No start known: three a school year, no visit before the start. */
  assert_visits (NULL, two, "2026-05-01", "2026-02-01", "2026-08-31", FALSE);
  assert_visits (NULL, one, "2026-04-30", "2025-10-01", "2026-04-30", FALSE);
  assert_visits (NULL, one, "2026-05-01", "2025-10-01", "2026-04-30", TRUE);
  /* A visit planned after the day reckoned from does not count. */
  assert_visits (NULL, future, "2026-05-01", NULL, "2025-12-31", TRUE);
}

/* A qualification: c1 with 3 indicators, c2 with 2, c3 with 1. */
static DuaalQualification *
make_qualification (const char *code)
{
  static const struct { const char *id; guint n; } layout[] = { { "c1", 3 }, { "c2", 2 }, { "c3", 1 } };
  GPtrArray *competences = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint c = 0; c < G_N_ELEMENTS (layout); c++)
    {
      GPtrArray *indicators = g_ptr_array_new_with_free_func (g_object_unref);
      GPtrArray *knowledge = g_ptr_array_new_with_free_func (g_object_unref);
      g_autofree char *title = g_strdup_printf ("Competence %s title", layout[c].id);

      for (guint i = 1; i <= layout[c].n; i++)
        {
          g_autofree char *id = g_strdup_printf ("%s.%u", layout[c].id, i);
          g_ptr_array_add (indicators, duaal_indicator_new (id, "Indicator"));
        }
      g_ptr_array_add (competences, duaal_competence_new (layout[c].id, c + 1, title, NULL, NULL,
                                                          indicators, knowledge));
    }
  return duaal_qualification_new (code, 1, "Elektrotechnicus", NULL, "nl", 0,
                                  g_array_new (FALSE, TRUE, sizeof (DuaalLevel)), competences);
}

static gint64 *
id_key (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static void
test_warnings_rule (void)
{
  g_autoptr(DuaalQualification) q = make_qualification ("BK-1");
  g_autoptr(GPtrArray) learners = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DuaalStatus) status = NULL;
  g_autoptr(GHashTable) plans = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                       (GDestroyNotify) g_strfreev);
  g_autoptr(GHashTable) scored = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) results = g_hash_table_new (g_int64_hash, g_int64_equal);
  DuaalWorkplaceResult result_a = { 1, 2, 499 }, result_b = { 2, 2, 500 }, result_c = { 3, 2, 400 };
  DuaalWarningInput input = { 0 };
  g_autoptr(GPtrArray) warnings = NULL;
  const char * const plan_a[] = { "c1", "c2", "c3", NULL };
  const char * const plan_b[] = { "c1", NULL };
  const char * const plan_c[] = { NULL };

  g_ptr_array_add (learners, duaal_learner_new (1, 1, "A", 1, "Firm", 1, "Trainer"));
  g_ptr_array_add (learners, duaal_learner_new (2, 1, "B", 1, "Firm", 1, "Trainer"));
  g_ptr_array_add (learners, duaal_learner_new (3, 1, "C", 1, "Firm", 1, "Trainer"));
  status = duaal_status_new (q, 2, learners);
  /* A: c1 covered on one indicator (S), c2 N on all, c3 not scored at all. */
  duaal_status_set_cell (status, 1, "c1.1", DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_NONE, DUAAL_COVERAGE_S, NULL, 1);
  duaal_status_set_cell (status, 1, "c1.2", DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_NONE, DUAAL_COVERAGE_N, NULL, 2);
  duaal_status_set_cell (status, 1, "c2.1", DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_X, DUAAL_COVERAGE_N, NULL, 3);
  duaal_status_set_cell (status, 1, "c2.2", DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_X, DUAAL_COVERAGE_N, NULL, 4);
  /* Another actor's coverage does not count for the trainer. */
  duaal_status_set_cell (status, 1, "c3.1", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_V, DUAAL_COVERAGE_R, NULL, 5);
  /* B: c1 covered regularly on one indicator. */
  duaal_status_set_cell (status, 2, "c1.3", DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_V, DUAAL_COVERAGE_R, NULL, 6);

  g_hash_table_insert (plans, id_key (1), g_strdupv ((char **) plan_a));
  g_hash_table_insert (plans, id_key (2), g_strdupv ((char **) plan_b));
  g_hash_table_insert (plans, id_key (3), g_strdupv ((char **) plan_c));
  g_hash_table_add (scored, id_key (1));
  g_hash_table_add (scored, id_key (3));
  g_hash_table_insert (results, &result_a.learner_id, &result_a);
  g_hash_table_insert (results, &result_b.learner_id, &result_b);
  g_hash_table_insert (results, &result_c.learner_id, &result_c);
  input.status = status;
  input.plans = plans;
  input.trainer_scored = scored;
  input.results = results;
  input.pass_mark = DUAAL_DEFAULT_PASS_MARK;

  warnings = duaal_warnings_collect (&input);
  {
    static const struct { gint64 learner; const char *kind; const char *competence; } expected[] = {
      { 1, "planned-not-covered", "c2" },
      { 1, "planned-not-covered", "c3" },
      { 1, "workplace-insufficient", NULL },   /* 49.9 */
      { 2, "trainer-silent", NULL },           /* 50: sufficient, no warning */
      { 3, "workplace-insufficient", NULL },   /* 40: cannot qualify, also a warning */
    };

    g_assert_cmpuint (warnings->len, ==, G_N_ELEMENTS (expected));
    for (guint i = 0; i < warnings->len; i++)
      {
        DuaalWarning *warning = g_ptr_array_index (warnings, i);

        g_assert_cmpint (warning->learner_id, ==, expected[i].learner);
        g_assert_cmpstr (duaal_warning_kind_to_string (warning->kind), ==, expected[i].kind);
        g_assert_cmpstr (warning->competence_id, ==, expected[i].competence);
        g_assert_cmpuint (warning->period, ==, 2);
      }
  }
}

static void
test_training_unit_checked (void)
{
  const char * const ok[] = { "c1", "c2", NULL };
  const char * const twice[] = { "c1", "c1", NULL };
  const char * const none[] = { NULL };
  const char * const bad[] = { "c 1", NULL };
  g_autoptr(GError) e1 = NULL, e2 = NULL, e3 = NULL, e4 = NULL, e5 = NULL;
  g_autoptr(DuaalTrainingUnit) unit = duaal_training_unit_new_checked ("OO1", "  Installeren   thuis ", ok, NULL);

  g_assert_nonnull (unit);
  g_assert_cmpstr (duaal_training_unit_get_title (unit), ==, "Installeren thuis");
  g_assert_null (duaal_training_unit_new_checked ("OO 1", "T", ok, &e1));
  g_assert_error (e1, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_assert_null (duaal_training_unit_new_checked ("OO1", "  ", ok, &e2));
  g_assert_error (e2, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_assert_null (duaal_training_unit_new_checked ("OO1", "T", twice, &e3));
  g_assert_error (e3, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_assert_null (duaal_training_unit_new_checked ("OO1", "T", none, &e4));
  g_assert_error (e4, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_assert_null (duaal_training_unit_new_checked ("OO1", "T", bad, &e5));
  g_assert_error (e5, DUAAL_ERROR, DUAAL_ERROR_INVALID);
}

/* ------------------------------------------------------------------ */
/* Training units in the qualification file                            */

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "qualification", name, NULL);
}

static void
test_import_units (void)
{
  g_autofree char *path = data_path ("good-units.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalQualification) q = duaal_qualification_import_file (path, &error);
  GPtrArray *units;
  const char * const first[] = { "c1", "c2", NULL };

  g_assert_no_error (error);
  units = duaal_qualification_get_training_units (q);
  g_assert_cmpuint (units->len, ==, 2);
  g_assert_cmpstr (duaal_training_unit_get_code (g_ptr_array_index (units, 0)), ==, "OO1");
  g_assert_cmpstr (duaal_training_unit_get_title (g_ptr_array_index (units, 0)), ==, "Veilig leidingen leggen");
  g_assert_true (g_strv_equal (duaal_training_unit_get_competences (g_ptr_array_index (units, 0)), first));
  g_assert_cmpstr (duaal_training_unit_get_code (g_ptr_array_index (units, 1)), ==, "OO2");
}

static void
test_import_units_refused (void)
{
  static const struct { const char *file; long line; const char *cause; } bad[] = {
    { "bad-unit-unknown-competence.xml", 19, "includes “c9”, which is not a competence of this file" },
    { "bad-unit-duplicate-code.xml", 21, "duplicate training unit code “OO1”" },
    { "bad-unit-duplicate-include.xml", 20, "includes competence “c2” twice" },
    { "bad-unit-no-includes.xml", 17, "element <unit> has no <includes> element" },
    { "bad-unit-before-competence.xml", 21, "element <competence> must come before <unit>" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *path = data_path (bad[i].file);
      g_autofree char *prefix = g_strdup_printf ("%s:%ld: ", path, bad[i].line);
      g_autoptr(GError) error = NULL;
      g_autoptr(DuaalQualification) q = duaal_qualification_import_file (path, &error);

      g_assert_null (q);
      g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID_FILE);
      if (!g_str_has_prefix (error->message, prefix) || strstr (error->message, bad[i].cause) == NULL)
        g_test_fail_printf ("%s: expected “%s…%s…”, got “%s”", bad[i].file, prefix, bad[i].cause,
                            error->message);
    }
}

/* ------------------------------------------------------------------ */
/* Rules that read a store, over a real SQLite file                    */

typedef struct {
  char       *dir;
  char       *path;
  DuaalStore *store;
  gint64      group;
  gint64      learners[6];
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalQualification) q = make_qualification ("BK-1");
  const char * const activities[] = { "c1", "c2", NULL };
  static const char * const names[] = { "Ann", "Bert", "Cas", "Dirk", "Els", "Fien" };
  gint64 company;

  f->dir = g_dir_make_tmp ("duaal-evaluation-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "duaal.db", NULL);
  f->store = DUAAL_STORE (duaal_sqlite_store_open (f->path, &error));
  g_assert_no_error (error);
  g_assert_true (duaal_store_import_qualification (f->store, q, NULL, &error));
  g_assert_no_error (error);
  f->group = duaal_store_add_group (f->store, "5 EL", "BK-1", 0, &error);
  g_assert_no_error (error);
  company = duaal_store_add_company (f->store, "Firm", activities, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      f->learners[i] = duaal_store_add_learner (f->store, f->group, names[i], company, "Trainer", &error);
      g_assert_no_error (error);
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->store);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (f->dir, name, NULL);
      g_unlink (child);
    }
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
add_unit_ok (Fixture            *f,
             const char         *code,
             const char * const *competences)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalTrainingUnit) unit = duaal_training_unit_new (code, "Unit title", competences);

  g_assert_true (duaal_store_add_training_unit (f->store, "BK-1", 0, unit, &error));
  g_assert_no_error (error);
}

static gboolean
choose (Fixture     *f,
        guint        learner,
        guint        period,
        const char  *units_text,
        const char  *today,
        GError     **error)
{
  g_auto(GStrv) units = g_strsplit (units_text, ",", -1);
  g_autoptr(GDate) today_day = day (today);

  return duaal_store_choose_units (f->store, f->learners[learner], period, (const char * const *) units,
                                   today_day, error);
}

static void
assert_ids (GArray        *ids,
            Fixture       *f,
            const guint   *expected,
            guint          n_expected)
{
  g_assert_cmpuint (ids->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    g_assert_cmpint (g_array_index (ids, gint64, i), ==, f->learners[expected[i]]);
}

static void
test_store_choices (Fixture       *f,
                    gconstpointer  data)
{
  const char * const u1[] = { "c1", "c2", NULL };
  const char * const u2[] = { "c3", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalEvaluationGrid) grid = NULL;
  g_autoptr(DuaalEvaluationGrid) after = NULL;

  add_unit_ok (f, "OO1", u1);
  add_unit_ok (f, "OO2", u2);
  g_assert_true (choose (f, 0, 1, "OO1", "2026-01-10", NULL));
  g_assert_true (choose (f, 1, 1, "OO1,OO2", "2026-01-10", NULL));
  g_assert_true (choose (f, 2, 1, "OO2", "2026-01-11", NULL));

  grid = duaal_evaluation_grid_load (f->store, f->group, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (grid->units->len, ==, 2);
  assert_ids (g_ptr_array_index (grid->assessed, 0), f, (const guint[]) { 0, 1 }, 2);
  assert_ids (g_ptr_array_index (grid->assessed, 1), f, (const guint[]) { 1, 2 }, 2);
  assert_ids (grid->without_choice, f, (const guint[]) { 3, 4, 5 }, 3);

  /* A later choice, then the period closed: the grid of the closed period. */
  g_assert_true (choose (f, 3, 1, "OO1", "2026-02-28", NULL));
  g_assert_cmpuint (duaal_store_close_period (f->store, f->group, NULL), ==, 1);

  after = duaal_evaluation_grid_load (f->store, f->group, 1, NULL);
  assert_ids (g_ptr_array_index (after->assessed, 0), f, (const guint[]) { 0, 1, 3 }, 3);
  assert_ids (after->without_choice, f, (const guint[]) { 4, 5 }, 2);
}

static void
result_ok (Fixture    *f,
           guint       learner,
           guint       period,
           const char *text)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (duaal_store_set_workplace_result (f->store, f->learners[learner], period, percent (text), &error));
  g_assert_no_error (error);
}

static void
test_store_results (Fixture       *f,
                    gconstpointer  data)
{
  static const char * const results[] = { "55", "50", "49.9", "45", "40.1", "40" };
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) stricter = NULL;
  g_autoptr(GHashTable) cannot = NULL;
  guint period = 0;

  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    result_ok (f, i, 1, results[i]);

  list = duaal_evaluation_list_deliberation (f->store, f->group, 0, &period, NULL);
  g_assert_cmpuint (period, ==, 1);
  {
    static const struct { guint learner; guint tenths; DuaalVerdict verdict; } expected[] = {
      { 2, 499, DUAAL_VERDICT_INSUFFICIENT }, { 3, 450, DUAAL_VERDICT_INSUFFICIENT },
      { 4, 401, DUAAL_VERDICT_INSUFFICIENT }, { 5, 400, DUAAL_VERDICT_CANNOT_QUALIFY },
    };

    g_assert_cmpuint (list->len, ==, G_N_ELEMENTS (expected));
    for (guint i = 0; i < list->len; i++)
      {
        DuaalDeliberation *entry = g_ptr_array_index (list, i);

        g_assert_cmpint (entry->learner_id, ==, f->learners[expected[i].learner]);
        g_assert_cmpuint (entry->tenths, ==, expected[i].tenths);
        g_assert_cmpint (entry->verdict, ==, expected[i].verdict);
      }
  }
  cannot = duaal_evaluation_cannot_qualify (f->store, f->group, NULL);
  g_assert_cmpuint (g_hash_table_size (cannot), ==, 1);
  g_assert_true (g_hash_table_contains (cannot, &f->learners[5]));

  /* A stricter pass mark of 55%: 50 is now insufficient, 45 cannot qualify. */
  g_assert_true (duaal_store_set_pass_mark (f->store, f->group, 550, NULL));
  stricter = duaal_evaluation_list_deliberation (f->store, f->group, 1, NULL, NULL);
  g_assert_cmpuint (stricter->len, ==, 5);
  g_assert_cmpint (((DuaalDeliberation *) g_ptr_array_index (stricter, 0))->learner_id, ==, f->learners[1]);
  g_assert_cmpint (((DuaalDeliberation *) g_ptr_array_index (stricter, 2))->verdict, ==,
                   DUAAL_VERDICT_CANNOT_QUALIFY);
}

static void
score_trainer (Fixture    *f,
               guint       learner,
               const char *indicator,
               DuaalCoverage coverage)
{
  g_autoptr(GError) error = NULL;
  DuaalScoreChange change = { .fields = DUAAL_SCORE_FIELD_COVERAGE, .coverage = coverage };

  g_assert_cmpint (duaal_store_record_change (f->store, f->learners[learner], indicator, DUAAL_ACTOR_TRAINER,
                                              &change, NULL, &error), >, 0);
  g_assert_no_error (error);
}

static guint
count_warnings (GPtrArray  *warnings,
                gint64      learner,
                const char *kind)
{
  guint n = 0;

  for (guint i = 0; i < warnings->len; i++)
    {
      DuaalWarning *warning = g_ptr_array_index (warnings, i);

      if (warning->learner_id == learner && g_str_equal (duaal_warning_kind_to_string (warning->kind), kind))
        n++;
    }
  return n;
}

static void
test_store_warnings (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;

  /* Every learner has c1 and c2 planned (the company's activities). */
  before = duaal_evaluation_list_warnings (f->store, f->group, NULL);
  g_assert_cmpuint (before->len, ==, 0);   /* nothing before a period is closed */

  score_trainer (f, 0, "c1.1", DUAAL_COVERAGE_S);
  score_trainer (f, 0, "c2.1", DUAAL_COVERAGE_N);
  score_trainer (f, 1, "c1.1", DUAAL_COVERAGE_R);
  score_trainer (f, 1, "c2.2", DUAAL_COVERAGE_S);
  result_ok (f, 0, 1, "49.9");
  result_ok (f, 1, 1, "50");
  g_assert_cmpuint (duaal_store_close_period (f->store, f->group, NULL), ==, 1);

  first = duaal_evaluation_list_warnings (f->store, f->group, NULL);
  g_assert_cmpuint (count_warnings (first, f->learners[0], "planned-not-covered"), ==, 1);
  g_assert_cmpuint (count_warnings (first, f->learners[0], "trainer-silent"), ==, 0);
  g_assert_cmpuint (count_warnings (first, f->learners[0], "workplace-insufficient"), ==, 1);
  g_assert_cmpuint (first->len - count_warnings (first, f->learners[0], "planned-not-covered")
                    - count_warnings (first, f->learners[0], "workplace-insufficient"), ==,
                    /* the other four: both competences uncovered and a silent trainer each */
                    4 * 3);
  g_assert_cmpuint (count_warnings (first, f->learners[1], "planned-not-covered"), ==, 0);
  g_assert_cmpuint (count_warnings (first, f->learners[1], "trainer-silent"), ==, 0);
  g_assert_cmpuint (count_warnings (first, f->learners[1], "workplace-insufficient"), ==, 0);

  /* Period 2: only Bert's trainer scores, after period 1 was closed. */
  score_trainer (f, 1, "c1.2", DUAAL_COVERAGE_S);
  g_assert_cmpuint (duaal_store_close_period (f->store, f->group, NULL), ==, 2);
  second = duaal_evaluation_list_warnings (f->store, f->group, NULL);
  g_assert_cmpuint (count_warnings (second, f->learners[0], "trainer-silent"), ==, 1);
  g_assert_cmpuint (count_warnings (second, f->learners[1], "trainer-silent"), ==, 0);
  /* The result of period 1 is not the last period's. */
  g_assert_cmpuint (count_warnings (second, f->learners[0], "workplace-insufficient"), ==, 0);
  for (guint i = 0; i < second->len; i++)
    g_assert_cmpuint (((DuaalWarning *) g_ptr_array_index (second, i))->period, ==, 2);
}

static void
test_store_visits (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDate) starts_on = day ("2025-09-15");
  g_autoptr(GDate) visit1 = day ("2025-09-10");
  g_autoptr(GDate) visit2 = day ("2025-11-20");
  g_autoptr(GDate) on = day ("2026-01-05");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) status = NULL;

  g_assert_true (duaal_store_update_period (f->store, f->group, 1, NULL, starts_on, NULL, NULL));
  g_assert_cmpint (duaal_store_add_visit (f->store, f->learners[0], visit2, "Second", &error), >, 0);
  g_assert_cmpint (duaal_store_add_visit (f->store, f->learners[0], visit1, NULL, &error), >, 0);
  g_assert_cmpint (duaal_store_add_visit (f->store, f->learners[1], visit1, NULL, &error), >, 0);
  g_assert_no_error (error);

  status = duaal_evaluation_list_visit_status (f->store, f->group, on, NULL);
  g_assert_cmpuint (status->len, ==, 6);
  /* Ann: before the start and in the first third: the next by 30 April. */
  g_assert_cmpuint (g_date_get_month (&((DuaalLearnerVisits *) g_ptr_array_index (status, 0))->status.due), ==, 4);
  g_assert_false (((DuaalLearnerVisits *) g_ptr_array_index (status, 0))->status.overdue);
  /* Bert: only before the start; 31 December has passed. */
  g_assert_true (((DuaalLearnerVisits *) g_ptr_array_index (status, 1))->status.overdue);
  /* Cas: never visited, overdue since the day before the start. */
  g_assert_true (((DuaalLearnerVisits *) g_ptr_array_index (status, 2))->status.overdue);
  g_assert_false (g_date_valid (&((DuaalLearnerVisits *) g_ptr_array_index (status, 2))->status.last));
}

static void
test_visit_agenda (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "agenda.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) today = day ("2026-01-05");
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  guint pages;

  /* Ann's trainer covered c1; c2 is planned and still not covered. */
  score_trainer (f, 0, "c1.1", DUAAL_COVERAGE_S);
  result_ok (f, 0, 1, "45");
  g_assert_cmpuint (duaal_store_close_period (f->store, f->group, NULL), ==, 1);

  pages = duaal_visit_agenda_write_pdf (f->store, f->learners[0], today, pdf, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pages, >=, 1);
  g_assert_cmpuint (duaal_test_pdf_count_a4_pages (pdf), ==, pages);
  text = duaal_test_pdf_get_checked_text (pdf);
  flat = g_strdelimit (g_strdup (text), "\n", ' ');
  g_assert_nonnull (strstr (flat, "Ann"));
  g_assert_nonnull (strstr (flat, "Competence c2 title"));
  g_assert_null (strstr (flat, "Competence c1 title (c1)"));
  g_assert_nonnull (strstr (flat, "Notes"));

  /* An unknown learner writes nothing. */
  {
    g_autofree char *other = g_build_filename (f->dir, "other.pdf", NULL);
    g_autoptr(GError) unknown = NULL;

    g_assert_cmpuint (duaal_visit_agenda_write_pdf (f->store, 9999, today, other, &unknown), ==, 0);
    g_assert_error (unknown, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
    g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/evaluation/percent/parse", test_percent_parse);
  g_test_add_func ("/evaluation/percent/format", test_percent_format);
  g_test_add_func ("/evaluation/verdict/boundaries", test_verdict_boundaries);
  g_test_add_func ("/evaluation/choice/open", test_choice_open);
  g_test_add_func ("/evaluation/visits/due", test_visits_due);
  g_test_add_func ("/evaluation/warnings/rule", test_warnings_rule);
  g_test_add_func ("/evaluation/unit/checked", test_training_unit_checked);
  g_test_add_func ("/evaluation/unit/import", test_import_units);
  g_test_add_func ("/evaluation/unit/import-refused", test_import_units_refused);
  g_test_add ("/evaluation/store/choices", Fixture, NULL, fixture_set_up, test_store_choices, fixture_tear_down);
  g_test_add ("/evaluation/store/results", Fixture, NULL, fixture_set_up, test_store_results, fixture_tear_down);
  g_test_add ("/evaluation/store/warnings", Fixture, NULL, fixture_set_up, test_store_warnings, fixture_tear_down);
  g_test_add ("/evaluation/store/visits", Fixture, NULL, fixture_set_up, test_store_visits, fixture_tear_down);
  g_test_add ("/evaluation/agenda/pdf", Fixture, NULL, fixture_set_up, test_visit_agenda, fixture_tear_down);

  return g_test_run ();
}
