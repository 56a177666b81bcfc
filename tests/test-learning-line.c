/* test-learning-line.c: SPEC section 14, contexts, the learning line and lesson scenarios
 *
 * The seed's example (chapter 4) is the first case: contexts offering
 * 3, 4, 6, 7 / 1, 3, 4, 5, 6, 7 / 1, 3, 6 give exactly the starts and
 * deepenings of SPEC 14, and competence 2 is uncovered.  Then through a
 * real SQLite store: moving a context, plans from offered contexts, a
 * learner's contexts done, scenarios and what they leave uncovered,
 * the qualification file's contexts and its refusals, and the chart in
 * PNG, SVG and PDF, read back with independent readers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>
#include <string.h>

#include <cairo.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>

#include "duaal-error.h"
#include "duaal-learning-line.h"
#include "duaal-learning-line-chart.h"
#include "duaal-qualification-import-private.h"
#include "duaal-qualification-private.h"
#include "duaal-sqlite-store.h"
#include "duaal-store.h"

typedef struct {
  char       *dir;
  char       *db_path;
  DuaalStore *store;
} Fixture;

#include "store-test-helpers.h"

static const char * const seven[] = { "c1:1", "c2:1", "c3:1", "c4:1", "c5:1", "c6:1", "c7:1", NULL };

static DuaalContext *
context (gint64      id,
         const char *title,
         const char *ids)
{
  g_auto(GStrv) competences = g_strsplit (ids, ",", -1);

  return duaal_context_new (id, (guint) id, title, NULL, (const char * const *) competences);
}

static GPtrArray *
seed_contexts (void)
{
  GPtrArray *contexts = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (contexts, context (1, "Rijwoning", "c3,c4,c6,c7"));
  g_ptr_array_add (contexts, context (2, "Appartement", "c1,c3,c4,c5,c6,c7"));
  g_ptr_array_add (contexts, context (3, "Keuken", "c1,c3,c6"));
  return contexts;
}

static const char * const seven_ids[] = { "c1", "c2", "c3", "c4", "c5", "c6", "c7", NULL };

/* "S" start, "D" deepen, "." none: one string per competence. */
static void
assert_marks (DuaalLearningLine  *line,
              const char * const *expected)
{
  for (guint c = 0; expected[c] != NULL; c++)
    for (guint k = 0; expected[c][k] != '\0'; k++)
      {
        DuaalLearningMark want = expected[c][k] == 'S' ? DUAAL_LEARNING_MARK_START
                               : expected[c][k] == 'D' ? DUAAL_LEARNING_MARK_DEEPEN
                               : DUAAL_LEARNING_MARK_NONE;

        if (duaal_learning_line_get_mark (line, c, k) != want)
          g_test_fail_printf ("competence %s, context %u: expected %c", seven_ids[c], k + 1, expected[c][k]);
      }
}

/* SPEC 14: 3, 4, 6, 7 start in 1 and deepen in 2; 1 and 5 start in 2;
 * 1, 3 and 6 deepen in 3; 2 is uncovered. */
static void
test_seed_example (void)
{
  g_autoptr(GPtrArray) contexts = seed_contexts ();
  g_autoptr(DuaalLearningLine) line = duaal_learning_line_new (seven_ids, NULL, contexts, NULL);
  g_auto(GStrv) uncovered = duaal_learning_line_get_uncovered (line);
  const char * const expected[] = {
    ".SD",   /* c1 */
    "...",   /* c2 */
    "SDD",   /* c3 */
    "SD.",   /* c4 */
    ".S.",   /* c5 */
    "SDD",   /* c6 */
    "SD.",   /* c7 */
    NULL,
  };

  assert_marks (line, expected);
  g_assert_cmpint (duaal_learning_line_get_start (line, 0), ==, 1);
  g_assert_cmpint (duaal_learning_line_get_start (line, 2), ==, 0);
  g_assert_cmpint (duaal_learning_line_get_start (line, 4), ==, 1);
  g_assert_cmpint (duaal_learning_line_get_start (line, 1), ==, -1);
  g_assert_cmpstrv (uncovered, ((const char * const[]) { "c2", NULL }));
  g_assert_false (duaal_learning_line_has_learner (line));
}

/* Moving the third context to the front changes where 1, 3 and 6 start. */
static void
test_reordered (void)
{
  g_autoptr(GPtrArray) contexts = seed_contexts ();
  g_autoptr(DuaalLearningLine) line = NULL;
  const char * const expected[] = { "S.D", "...", "SDD", ".SD", "..S", "SDD", ".SD", NULL };
  DuaalContext *last = g_ptr_array_steal_index (contexts, 2);

  g_ptr_array_insert (contexts, 0, last);
  line = duaal_learning_line_new (seven_ids, NULL, contexts, NULL);
  assert_marks (line, expected);
}

static void
test_offered_competences (void)
{
  g_autoptr(GPtrArray) contexts = seed_contexts ();
  g_autoptr(GArray) offered = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(GStrv) none = duaal_learning_line_offered_competences (contexts, offered);
  g_auto(GStrv) some = NULL;
  gint64 first = 1, third = 3;

  g_assert_cmpuint (g_strv_length (none), ==, 0);
  g_array_append_val (offered, third);
  g_array_append_val (offered, first);
  some = duaal_learning_line_offered_competences (contexts, offered);
  g_assert_cmpstrv (some, ((const char * const[]) { "c3", "c4", "c6", "c7", "c1", NULL }));
}

static void
test_scenario_rules (void)
{
  g_autoptr(GPtrArray) scenarios = g_ptr_array_new_with_free_func (g_object_unref);
  DuaalScenarioTexts a = { .title = "Buizen plooien", .sessions = 2 };
  DuaalScenarioTexts b = { .title = "Veilig werken", .sessions = 1 };
  DuaalScenarioTexts c = { .title = "Buizen leggen", .sessions = 3 };
  g_auto(GStrv) uncovered = NULL;
  g_autoptr(GPtrArray) for_c7 = NULL;

  g_ptr_array_add (scenarios, duaal_scenario_new (1, &a, (const char * const[]) { "c7", NULL }));
  g_ptr_array_add (scenarios, duaal_scenario_new (2, &b, (const char * const[]) { "c1", "c2", NULL }));
  g_ptr_array_add (scenarios, duaal_scenario_new (3, &c, (const char * const[]) { "c3", "c7", NULL }));
  uncovered = duaal_scenario_list_uncovered (scenarios, seven_ids);
  g_assert_cmpstrv (uncovered, ((const char * const[]) { "c4", "c5", "c6", NULL }));
  for_c7 = duaal_scenario_list_for_competence (scenarios, "c7");
  g_assert_cmpuint (for_c7->len, ==, 2);
  g_assert_cmpint (duaal_scenario_get_id (g_ptr_array_index (for_c7, 0)), ==, 1);
  g_assert_cmpint (duaal_scenario_get_id (g_ptr_array_index (for_c7, 1)), ==, 3);
}

/* ------------------------------------------------------------------ */
/* Through the SQLite store                                            */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalQualification) qualification = make_qualification ("BK-CCV", 1, "", seven);
  DuaalImportStatus status;

  fixture->dir = g_dir_make_tmp ("duaal-learning-line-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db_path = g_build_filename (fixture->dir, "test.db", NULL);
  fixture->store = DUAAL_STORE (duaal_sqlite_store_open (fixture->db_path, &error));
  g_assert_no_error (error);
  g_assert_true (duaal_store_import_qualification (fixture->store, qualification, &status, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_unlink (fixture->db_path);
  g_rmdir (fixture->dir);
  g_free (fixture->db_path);
  g_free (fixture->dir);
}

static gint64
add_context (Fixture    *fixture,
             const char *title,
             const char *ids,
             guint       position)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) competences = g_strsplit (ids, ",", -1);
  gint64 id = duaal_store_add_context (fixture->store, "BK-CCV", 0, title, NULL,
                                       (const char * const *) competences, position, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
add_seed_contexts (Fixture *fixture,
                   gint64   ids[3])
{
  ids[0] = add_context (fixture, "Rijwoning", "c3,c4,c6,c7", 0);
  /* Given out of order: stored in the qualification's order. */
  ids[1] = add_context (fixture, "Appartement", "c7,c6,c5,c4,c3,c1", 0);
  ids[2] = add_context (fixture, "Keuken", "c1,c3,c6", 0);
}

static DuaalLearningLine *
load_line (Fixture *fixture,
           gint64   learner_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalQualification) qualification = duaal_store_get_qualification (fixture->store, "BK-CCV", 0, &error);
  g_autoptr(GPtrArray) contexts = duaal_store_list_contexts (fixture->store, "BK-CCV", 0, &error);
  g_autoptr(GArray) done = NULL;

  g_assert_no_error (error);
  if (learner_id != 0)
    {
      done = duaal_store_list_contexts_done (fixture->store, learner_id, &error);
      g_assert_no_error (error);
    }
  return duaal_learning_line_new_for_qualification (qualification, contexts, done);
}

static void
test_store_contexts (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) contexts = NULL;
  g_autoptr(DuaalLearningLine) line = NULL;
  g_autoptr(DuaalLearningLine) moved = NULL;
  const char * const seed[] = { ".SD", "...", "SDD", "SD.", ".S.", "SDD", "SD.", NULL };
  const char * const front[] = { "S.D", "...", "SDD", ".SD", "..S", "SDD", ".SD", NULL };
  gint64 ids[3];

  add_seed_contexts (fixture, ids);
  contexts = duaal_store_list_contexts (fixture->store, "BK-CCV", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (contexts->len, ==, 3);
  g_assert_cmpstrv (duaal_context_get_competences (g_ptr_array_index (contexts, 1)),
                    ((const char * const[]) { "c1", "c3", "c4", "c5", "c6", "c7", NULL }));
  for (guint k = 0; k < 3; k++)
    {
      g_assert_cmpint (duaal_context_get_id (g_ptr_array_index (contexts, k)), ==, ids[k]);
      g_assert_cmpuint (duaal_context_get_position (g_ptr_array_index (contexts, k)), ==, k + 1);
    }
  line = load_line (fixture, 0);
  assert_marks (line, seed);

  /* The third context to the front: 1, 3 and 6 now start there. */
  g_assert_true (duaal_store_move_context (fixture->store, ids[2], 1, &error));
  g_assert_no_error (error);
  moved = load_line (fixture, 0);
  g_assert_cmpint (duaal_context_get_id (duaal_learning_line_get_context (moved, 0)), ==, ids[2]);
  g_assert_cmpint (duaal_context_get_id (duaal_learning_line_get_context (moved, 1)), ==, ids[0]);
  assert_marks (moved, front);

  /* And back to the end, past it: the seed's order again. */
  g_assert_true (duaal_store_move_context (fixture->store, ids[2], 99, &error));
  g_clear_object (&line);
  line = load_line (fixture, 0);
  assert_marks (line, seed);
}

static void
test_store_edit_and_remove (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) contexts = NULL;
  gint64 ids[3];
  gint64 inserted;

  add_seed_contexts (fixture, ids);
  inserted = add_context (fixture, "Werf", "c2", 2);
  g_assert_true (duaal_store_update_context (fixture->store, ids[0], "  Rijwoning  bekabelen ", "Buizen\nleggen",
                                             (const char * const[]) { "c4", NULL }, &error));
  g_assert_no_error (error);
  g_assert_true (duaal_store_delete_context (fixture->store, ids[1], &error));
  g_assert_no_error (error);

  contexts = duaal_store_list_contexts (fixture->store, "BK-CCV", 0, &error);
  g_assert_cmpuint (contexts->len, ==, 3);
  g_assert_cmpint (duaal_context_get_id (g_ptr_array_index (contexts, 0)), ==, ids[0]);
  g_assert_cmpint (duaal_context_get_id (g_ptr_array_index (contexts, 1)), ==, inserted);
  g_assert_cmpint (duaal_context_get_id (g_ptr_array_index (contexts, 2)), ==, ids[2]);
  g_assert_cmpuint (duaal_context_get_position (g_ptr_array_index (contexts, 2)), ==, 3);
  g_assert_cmpstr (duaal_context_get_title (g_ptr_array_index (contexts, 0)), ==, "Rijwoning bekabelen");
  g_assert_cmpstr (duaal_context_get_activities (g_ptr_array_index (contexts, 0)), ==, "Buizen\nleggen");
  g_assert_cmpstrv (duaal_context_get_competences (g_ptr_array_index (contexts, 0)),
                    ((const char * const[]) { "c4", NULL }));

  /* Refusals: nothing changes. */
  g_assert_cmpint (duaal_store_add_context (fixture->store, "BK-CCV", 0, "Zolder", NULL,
                                            (const char * const[]) { "c9", NULL }, 0, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (duaal_store_add_context (fixture->store, "BK-CCV", 0, " ", NULL,
                                            (const char * const[]) { "c1", NULL }, 0, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (duaal_store_add_context (fixture->store, "BK-CCV", 0, "Zolder", NULL,
                                            (const char * const[]) { NULL }, 0, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (duaal_store_move_context (fixture->store, 999, 1, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_pointer (&contexts, g_ptr_array_unref);
  contexts = duaal_store_list_contexts (fixture->store, "BK-CCV", 0, &error);
  g_assert_cmpuint (contexts->len, ==, 3);
}

static gint64
add_learner_at (Fixture    *fixture,
                gint64      group_id,
                const char *name,
                gint64      company_id)
{
  g_autoptr(GError) error = NULL;
  gint64 id = duaal_store_add_learner (fixture->store, group_id, name, company_id, NULL, &error);

  g_assert_no_error (error);
  return id;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The learner's plan, in any order, is exactly @expected (sorted). */
static void
assert_plan (Fixture            *fixture,
             gint64              learner_id,
             const char * const *expected)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) plan = duaal_store_get_plan (fixture->store, learner_id, &error);

  g_assert_no_error (error);
  qsort (plan, g_strv_length (plan), sizeof (char *), compare_ids);
  g_assert_cmpstrv (plan, expected);
}

static void
test_store_plans_from_contexts (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) offer = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) offered = NULL;
  gint64 ids[3], group, builder, installer, ann, bert;
  guint n = 0;

  add_seed_contexts (fixture, ids);
  group = duaal_store_add_group (fixture->store, "6EL", "BK-CCV", 0, &error);
  builder = duaal_store_add_company (fixture->store, "Bouw NV", (const char * const[]) { "c2", NULL }, &error);
  installer = duaal_store_add_company (fixture->store, "Elektro BV", (const char * const[]) { "c5", NULL }, &error);
  g_assert_no_error (error);
  ann = add_learner_at (fixture, group, "Ann", builder);
  bert = add_learner_at (fixture, group, "Bert", installer);

  g_array_append_val (offer, ids[2]);
  g_array_append_val (offer, ids[0]);
  g_assert_true (duaal_store_set_company_contexts (fixture->store, builder, offer, &error));
  g_assert_no_error (error);
  offered = duaal_store_list_company_contexts (fixture->store, builder, &error);
  g_assert_cmpuint (offered->len, ==, 2);
  g_assert_cmpint (g_array_index (offered, gint64, 0), ==, ids[0]);   /* learning-line order */
  g_assert_cmpint (g_array_index (offered, gint64, 1), ==, ids[2]);

  /* From contexts: Ann's company offers 3,4,6,7 and 1,3,6; Bert's none. */
  g_assert_true (duaal_store_reset_plans (fixture->store, group, DUAAL_PLAN_FROM_CONTEXTS, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  assert_plan (fixture, ann, (const char * const[]) { "c1", "c3", "c4", "c6", "c7", NULL });
  assert_plan (fixture, bert, (const char * const[]) { NULL });

  /* Back to the activity lists. */
  g_assert_true (duaal_store_reset_plans (fixture->store, group, DUAAL_PLAN_FROM_ACTIVITIES, &n, &error));
  assert_plan (fixture, ann, (const char * const[]) { "c2", NULL });
  assert_plan (fixture, bert, (const char * const[]) { "c5", NULL });

  /* An unknown context is refused, the offer kept. */
  {
    g_autoptr(GArray) bad = g_array_new (FALSE, FALSE, sizeof (gint64));
    g_autoptr(GArray) kept = NULL;
    gint64 unknown = 4242;

    g_array_append_val (bad, unknown);
    g_assert_false (duaal_store_set_company_contexts (fixture->store, builder, bad, &error));
    g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
    g_clear_error (&error);
    kept = duaal_store_list_company_contexts (fixture->store, builder, &error);
    g_assert_cmpuint (kept->len, ==, 2);
  }
}

static void
test_store_done (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) done = NULL;
  g_autoptr(DuaalLearningLine) line = NULL;
  g_autoptr(DuaalQualification) other = make_qualification ("BK-OTHER", 1, "", seven);
  gint64 ids[3], group, company, ann, foreign;
  DuaalImportStatus status;

  add_seed_contexts (fixture, ids);
  group = duaal_store_add_group (fixture->store, "6EL", "BK-CCV", 0, &error);
  company = duaal_store_add_company (fixture->store, "Bouw NV", NULL, &error);
  ann = add_learner_at (fixture, group, "Ann", company);

  g_assert_true (duaal_store_set_context_done (fixture->store, ann, ids[2], TRUE, &error));
  g_assert_true (duaal_store_set_context_done (fixture->store, ann, ids[0], TRUE, &error));
  g_assert_true (duaal_store_set_context_done (fixture->store, ann, ids[0], TRUE, &error));
  g_assert_no_error (error);
  done = duaal_store_list_contexts_done (fixture->store, ann, &error);
  g_assert_cmpuint (done->len, ==, 2);
  g_assert_cmpint (g_array_index (done, gint64, 0), ==, ids[0]);
  g_assert_cmpint (g_array_index (done, gint64, 1), ==, ids[2]);
  line = load_line (fixture, ann);
  g_assert_true (duaal_learning_line_has_learner (line));
  g_assert_true (duaal_learning_line_is_done (line, 0));
  g_assert_false (duaal_learning_line_is_done (line, 1));
  g_assert_true (duaal_learning_line_is_done (line, 2));

  /* Undone. */
  g_assert_true (duaal_store_set_context_done (fixture->store, ann, ids[2], FALSE, &error));
  g_clear_pointer (&done, g_array_unref);
  done = duaal_store_list_contexts_done (fixture->store, ann, &error);
  g_assert_cmpuint (done->len, ==, 1);

  /* A context of another qualification is not on Ann's line. */
  g_assert_true (duaal_store_import_qualification (fixture->store, other, &status, &error));
  foreign = duaal_store_add_context (fixture->store, "BK-OTHER", 0, "Elders", NULL,
                                     (const char * const[]) { "c1", NULL }, 0, &error);
  g_assert_no_error (error);
  g_assert_false (duaal_store_set_context_done (fixture->store, ann, foreign, TRUE, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (duaal_store_set_context_done (fixture->store, 777, ids[0], TRUE, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
}

static void
test_store_scenarios (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scenarios = NULL;
  g_auto(GStrv) uncovered = NULL;
  DuaalScenarioTexts pipes = { .title = "Buizen plooien", .template_name = "Lessjabloon A",
                               .objectives = "De lerende plooit buizen.", .course = "Demonstratie\nOefening",
                               .sessions = 2 };
  DuaalScenarioTexts safety = { .title = "Veilig werken", .sessions = 1 };
  DuaalScenarioTexts too_long = { .title = "Te lang", .sessions = 4 };
  gint64 first, second;

  first = duaal_store_add_scenario (fixture->store, "BK-CCV", 0, &pipes,
                                    (const char * const[]) { "c7", "c3", NULL }, &error);
  g_assert_no_error (error);
  second = duaal_store_add_scenario (fixture->store, "BK-CCV", 0, &safety,
                                     (const char * const[]) { "c1", NULL }, &error);
  g_assert_no_error (error);
  g_assert_cmpint (second, >, first);

  g_assert_cmpint (duaal_store_add_scenario (fixture->store, "BK-CCV", 0, &too_long,
                                             (const char * const[]) { "c1", NULL }, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (duaal_store_add_scenario (fixture->store, "BK-CCV", 0, &safety,
                                             (const char * const[]) { "c8", NULL }, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);

  scenarios = duaal_store_list_scenarios (fixture->store, "BK-CCV", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scenarios->len, ==, 2);
  g_assert_cmpstr (duaal_scenario_get_template (g_ptr_array_index (scenarios, 0)), ==, "Lessjabloon A");
  g_assert_cmpstr (duaal_scenario_get_course (g_ptr_array_index (scenarios, 0)), ==, "Demonstratie\nOefening");
  g_assert_cmpuint (duaal_scenario_get_sessions (g_ptr_array_index (scenarios, 0)), ==, 2);
  g_assert_cmpstrv (duaal_scenario_get_competences (g_ptr_array_index (scenarios, 0)),
                    ((const char * const[]) { "c3", "c7", NULL }));
  uncovered = duaal_scenario_list_uncovered (scenarios, seven_ids);
  g_assert_cmpstrv (uncovered, ((const char * const[]) { "c2", "c4", "c5", "c6", NULL }));

  /* Edited, then removed. */
  safety.sessions = 3;
  g_assert_true (duaal_store_update_scenario (fixture->store, second, &safety,
                                              (const char * const[]) { "c2", "c4", NULL }, &error));
  g_assert_true (duaal_store_delete_scenario (fixture->store, first, &error));
  g_assert_no_error (error);
  g_clear_pointer (&scenarios, g_ptr_array_unref);
  scenarios = duaal_store_list_scenarios (fixture->store, "BK-CCV", 0, &error);
  g_assert_cmpuint (scenarios->len, ==, 1);
  g_assert_cmpuint (duaal_scenario_get_sessions (g_ptr_array_index (scenarios, 0)), ==, 3);
  g_assert_cmpstrv (duaal_scenario_get_competences (g_ptr_array_index (scenarios, 0)),
                    ((const char * const[]) { "c2", "c4", NULL }));
  g_assert_false (duaal_store_delete_scenario (fixture->store, first, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
}


/* Every write reaches the views as a change notice (SPEC 12): contexts
 * and scenarios as their qualification's, offers as the company's, a
 * context done as the learner's plan. */
static void
on_changed (DuaalStore  *store,
            DuaalChange *change,
            GPtrArray   *seen)
{
  g_ptr_array_add (seen, duaal_change_copy (change));
}

static gboolean
has_notice (GPtrArray       *seen,
            DuaalChangeKind  kind,
            gint64           learner_id,
            gint64           company_id,
            const char      *qualification)
{
  for (guint i = 0; i < seen->len; i++)
    {
      DuaalChange *change = g_ptr_array_index (seen, i);

      if (change->kind == kind && (learner_id == 0 || change->learner_id == learner_id)
          && (company_id == 0 || change->company_id == company_id)
          && (qualification == NULL || g_strcmp0 (change->qualification, qualification) == 0))
        return TRUE;
    }
  return FALSE;
}

static void
test_store_notices (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func ((GDestroyNotify) duaal_change_free);
  g_autoptr(GArray) offer = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  DuaalScenarioTexts texts = { .title = "Veilig werken", .sessions = 1 };
  gint64 ids[3], group, company, ann;

  group = duaal_store_add_group (fixture->store, "6EL", "BK-CCV", 0, &error);
  company = duaal_store_add_company (fixture->store, "Bouw NV", NULL, &error);
  ann = add_learner_at (fixture, group, "Ann", company);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_changed), seen);

  add_seed_contexts (fixture, ids);
  g_assert_true (has_notice (seen, DUAAL_CHANGE_QUALIFICATION, 0, 0, "BK-CCV@1"));
  g_ptr_array_set_size (seen, 0);
  duaal_store_add_scenario (fixture->store, "BK-CCV", 0, &texts, (const char * const[]) { "c1", NULL }, &error);
  g_assert_true (has_notice (seen, DUAAL_CHANGE_QUALIFICATION, 0, 0, "BK-CCV@1"));
  g_array_append_val (offer, ids[0]);
  g_assert_true (duaal_store_set_company_contexts (fixture->store, company, offer, &error));
  g_assert_true (has_notice (seen, DUAAL_CHANGE_COMPANY, 0, company, NULL));
  g_assert_true (duaal_store_set_context_done (fixture->store, ann, ids[0], TRUE, &error));
  g_assert_true (has_notice (seen, DUAAL_CHANGE_PLAN, ann, 0, NULL));
  g_assert_no_error (error);
  g_signal_handlers_disconnect_by_data (fixture->store, seen);
}

/* ------------------------------------------------------------------ */
/* The qualification file                                              */

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "qualification", name, NULL);
}

static gchar *
read_database (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
test_file_contexts (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = data_path ("good-contexts.xml");
  g_autoptr(DuaalQualification) qualification = duaal_qualification_import_file (path, &error);
  g_autoptr(GPtrArray) contexts = NULL;
  g_autoptr(DuaalLearningLine) line = NULL;
  g_autoptr(DuaalQualification) stored = NULL;
  g_auto(GStrv) uncovered = NULL;
  const char * const seed[] = { ".SD", "...", "SDD", "SD.", ".S.", "SDD", "SD.", NULL };
  DuaalImportStatus status;

  g_assert_no_error (error);
  g_assert_nonnull (duaal_qualification_get_contexts (qualification));
  g_assert_cmpuint (duaal_qualification_get_contexts (qualification)->len, ==, 3);

  /* BK-CCV version 1 is already there (the fixture's, without contexts):
   * same ids, other texts, and its contexts come in. */
  g_assert_true (duaal_store_import_qualification (fixture->store, qualification, &status, &error));
  g_assert_no_error (error);
  contexts = duaal_store_list_contexts (fixture->store, "BK-CCV", 1, &error);
  g_assert_cmpuint (contexts->len, ==, 3);
  g_assert_cmpstr (duaal_context_get_title (g_ptr_array_index (contexts, 0)), ==, "Een rijwoning bekabelen");
  g_assert_nonnull (duaal_context_get_activities (g_ptr_array_index (contexts, 0)));
  stored = duaal_store_get_qualification (fixture->store, "BK-CCV", 1, &error);
  line = duaal_learning_line_new_for_qualification (stored, contexts, NULL);
  assert_marks (line, seed);
  uncovered = duaal_learning_line_get_uncovered (line);
  g_assert_cmpstrv (uncovered, ((const char * const[]) { "c2", NULL }));

  /* Imported again: the contexts a coach may have edited are kept. */
  g_assert_true (duaal_store_move_context (fixture->store, duaal_context_get_id (g_ptr_array_index (contexts, 2)),
                                           1, &error));
  g_assert_true (duaal_store_import_qualification (fixture->store, qualification, &status, &error));
  g_assert_cmpint (status, ==, DUAAL_IMPORT_UNCHANGED);
  g_clear_pointer (&contexts, g_ptr_array_unref);
  contexts = duaal_store_list_contexts (fixture->store, "BK-CCV", 1, &error);
  g_assert_cmpuint (contexts->len, ==, 3);
  g_assert_cmpstr (duaal_context_get_title (g_ptr_array_index (contexts, 0)), ==, "Een keuken vernieuwen");
}

/* A bad context definition refuses the whole file, naming line and
 * cause; the database is not touched. */
static void
test_file_refusals (Fixture       *fixture,
                    gconstpointer  data)
{
  static const struct {
    const char *file;
    const char *cause;
  } bad[] = {
    { "bad-context-unknown-competence.xml", ":44: the context offers “c9”, which is not a competence of this file" },
    { "bad-context-no-offers.xml", ":38: element <context> has no <offers> element" },
    { "bad-context-duplicate-offer.xml", ":37: the context offers competence “c3” twice" },
    { "bad-context-empty-title.xml", ":34: element <title> is empty" },
  };
  g_autofree char *before = NULL;

  g_clear_object (&fixture->store);
  before = read_database (fixture->db_path);
  fixture->store = DUAAL_STORE (duaal_sqlite_store_open (fixture->db_path, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = data_path (bad[i].file);
      g_autoptr(DuaalQualification) qualification = duaal_qualification_import_file (path, &error);

      g_assert_null (qualification);
      g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID_FILE);
      if (!g_str_has_suffix (error->message, bad[i].cause))
        g_test_fail_printf ("%s: %s", bad[i].file, error->message);
    }
  g_clear_object (&fixture->store);
  {
    g_autofree char *after = read_database (fixture->db_path);

    g_assert_cmpstr (before, ==, after);
  }
}

/* ------------------------------------------------------------------ */
/* The chart                                                           */

static void
test_chart_exports (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) contexts = seed_contexts ();
  g_autoptr(GArray) done = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(DuaalLearningLine) line = NULL;
  g_autofree char *dir = g_dir_make_tmp ("duaal-learning-line-chart-XXXXXX", &error);
  g_autofree char *png = g_build_filename (dir, "line.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "line.svg", NULL);
  g_autofree char *pdf = g_build_filename (dir, "line.pdf", NULL);
  g_autofree char *bad = g_build_filename (dir, "line.gif", NULL);
  g_autofree char *pdf_text = NULL;
  g_autofree char *shots = g_build_filename (g_getenv ("G_TEST_BUILDDIR") != NULL ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                             "screenshots", NULL);
  g_autofree char *shot = g_build_filename (shots, "core-learning-line.png", NULL);
  DuaalLearningLineChartInfo info = { .qualification = "Elektrotechnicus", .learner = "Ann Peeters" };
  cairo_surface_t *image;
  xmlDocPtr doc;
  gsize length;
  double height = 0;
  gint64 second = 2;

  g_array_append_val (done, second);
  line = duaal_learning_line_new (seven_ids, NULL, contexts, done);
  duaal_learning_line_chart_measure (line, &info, 900, &height);
  g_assert_cmpfloat (height, >, 200);

  g_assert_true (duaal_learning_line_chart_export (line, &info, png, 900, 1, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 900);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, (int) height);
  cairo_surface_destroy (image);

  g_assert_true (duaal_learning_line_chart_export (line, &info, svg, 900, 1, &error));
  doc = xmlReadFile (svg, NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  g_assert_cmpstr ((const char *) xmlDocGetRootElement (doc)->name, ==, "svg");
  xmlFreeDoc (doc);

  g_assert_true (duaal_learning_line_chart_export (line, &info, pdf, 900, 1, &error));
  g_assert_true (g_file_get_contents (pdf, &pdf_text, &length, NULL));
  g_assert_true (length > 5 && memcmp (pdf_text, "%PDF-", 5) == 0);
  g_assert_nonnull (g_strstr_len (pdf_text + length - MIN (length, 16), MIN (length, 16), "%%EOF"));

  g_assert_false (duaal_learning_line_chart_export (line, &info, bad, 900, 1, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));

  /* For people: what the chart looks like. */
  g_mkdir_with_parents (shots, 0755);
  g_assert_true (duaal_learning_line_chart_export (line, &info, shot, 900, 1, NULL));

  g_unlink (png);
  g_unlink (svg);
  g_unlink (pdf);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/learning-line/seed-example", test_seed_example);
  g_test_add_func ("/learning-line/reordered", test_reordered);
  g_test_add_func ("/learning-line/offered-competences", test_offered_competences);
  g_test_add_func ("/learning-line/scenario-rules", test_scenario_rules);
  g_test_add ("/learning-line/store/contexts", Fixture, NULL, fixture_set_up, test_store_contexts, fixture_tear_down);
  g_test_add ("/learning-line/store/edit-and-remove", Fixture, NULL, fixture_set_up, test_store_edit_and_remove,
              fixture_tear_down);
  g_test_add ("/learning-line/store/plans-from-contexts", Fixture, NULL, fixture_set_up,
              test_store_plans_from_contexts, fixture_tear_down);
  g_test_add ("/learning-line/store/done", Fixture, NULL, fixture_set_up, test_store_done, fixture_tear_down);
  g_test_add ("/learning-line/store/scenarios", Fixture, NULL, fixture_set_up, test_store_scenarios,
              fixture_tear_down);
  g_test_add ("/learning-line/store/notices", Fixture, NULL, fixture_set_up, test_store_notices, fixture_tear_down);
  g_test_add ("/learning-line/file/contexts", Fixture, NULL, fixture_set_up, test_file_contexts, fixture_tear_down);
  g_test_add ("/learning-line/file/refusals", Fixture, NULL, fixture_set_up, test_file_refusals, fixture_tear_down);
  g_test_add_func ("/learning-line/chart/exports", test_chart_exports);

  return g_test_run ();
}
