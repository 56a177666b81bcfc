/* test-status-filter.c: SPEC section 6 through duaal_status_filter_for_viewer()
 *
 * A real database: one class group of three learners, two trained by
 * Tom, one by An; every actor scores every indicator of k05 with a
 * comment.  Per viewer the test proves what is ABSENT (other learners,
 * indicator scores, comments) and what stays (colours, progress).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "duaal-attention-count.h"
#include "duaal-error.h"
#include "duaal-qualification-import-private.h"
#include "duaal-route.h"
#include "duaal-sqlite-store.h"
#include "duaal-status-filter.h"
#include "duaal-visibility.h"

typedef struct {
  char             *dir;
  DuaalSqliteStore *sqlite;
  DuaalStore       *store;
  gint64            group;
  gint64            learners[3];   /* Ada and Bo (trainer Tom), Cas (trainer An) */
  gint64            tom;
  gint64            an;
  DuaalStatus      *status;        /* the group, now, unfiltered */
} Fixture;

static const char *const names[3] = { "Ada", "Bo", "Cas" };

/* Mastery per actor for k05.01..05: the learner sees themselves dark
 * green, the teacher red, the trainer light green. */
static const DuaalMastery scores[DUAAL_N_ACTORS][5] = {
  [DUAAL_ACTOR_LEARNER] = { DUAAL_MASTERY_V, DUAAL_MASTERY_V, DUAAL_MASTERY_V, DUAAL_MASTERY_V, DUAAL_MASTERY_V },
  [DUAAL_ACTOR_TEACHER] = { DUAAL_MASTERY_X, DUAAL_MASTERY_X, DUAAL_MASTERY_X, DUAAL_MASTERY_LIL, DUAAL_MASTERY_NONE },
  [DUAAL_ACTOR_TRAINER] = { DUAAL_MASTERY_V, DUAAL_MASTERY_LIL, DUAAL_MASTERY_LIL, DUAAL_MASTERY_LIL, DUAAL_MASTERY_V },
};

static char *
comment_for (guint learner, DuaalActor actor, guint indicator)
{
  return g_strdup_printf ("%s about %s, k05.0%u", duaal_actor_to_string (actor), names[learner], indicator + 1);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalQualification) qualification = NULL;
  g_autofree char *path = NULL;
  g_autofree char *xml = g_test_build_filename (G_TEST_DIST, "data", "cli-boundaries.xml", NULL);
  gint64 companies[2];

  f->dir = g_dir_make_tmp ("duaal-filter-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "duaal.db", NULL);
  f->sqlite = duaal_sqlite_store_open (path, &error);
  g_assert_no_error (error);
  f->store = DUAAL_STORE (f->sqlite);

  qualification = duaal_qualification_import_file (xml, &error);
  g_assert_no_error (error);
  g_assert_true (duaal_store_import_qualification (f->store, qualification, NULL, &error));
  g_assert_no_error (error);
  f->group = duaal_store_add_group (f->store, "5 EI duaal", "T-CLI", 0, &error);
  g_assert_no_error (error);
  companies[0] = duaal_store_add_company (f->store, "Elektro Peeters", NULL, &error);
  g_assert_no_error (error);
  companies[1] = duaal_store_add_company (f->store, "Installatie Jansens", NULL, &error);
  g_assert_no_error (error);

  for (guint l = 0; l < 3; l++)
    {
      g_autoptr(DuaalLearner) learner = NULL;

      f->learners[l] = duaal_store_add_learner (f->store, f->group, names[l], companies[l / 2],
                                                l < 2 ? "Tom" : "An", &error);
      g_assert_no_error (error);
      learner = duaal_store_get_learner (f->store, f->learners[l], &error);
      g_assert_no_error (error);
      if (l == 0)
        f->tom = duaal_learner_get_trainer_id (learner);
      else if (l == 2)
        f->an = duaal_learner_get_trainer_id (learner);

      for (DuaalActor a = 0; a < DUAAL_N_ACTORS; a++)
        for (guint i = 0; i < 5; i++)
          {
            g_autofree char *id = g_strdup_printf ("k05.0%u", i + 1);
            g_autofree char *comment = comment_for (l, a, i);
            DuaalScoreChange change = {
              DUAAL_SCORE_FIELDS_ALL, scores[a][i], i < 3 ? DUAAL_COVERAGE_R : DUAAL_COVERAGE_N, comment,
            };

            duaal_store_record_change (f->store, f->learners[l], id, a, &change, NULL, &error);
            g_assert_no_error (error);
          }
    }
  g_assert_cmpint (f->tom, >, 0);
  g_assert_cmpint (f->an, >, 0);
  g_assert_cmpint (f->tom, !=, f->an);

  f->status = duaal_store_load_group_status (f->store, f->group, 0, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->status);
  g_clear_object (&f->sqlite);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

/* Colour and progress of every actor for @learner are those of the
 * unfiltered status, whatever the viewer. */
static void
assert_summaries_kept (Fixture     *f,
                       DuaalStatus *filtered,
                       gint64       learner)
{
  for (DuaalActor a = 0; a < DUAAL_N_ACTORS; a++)
    {
      const DuaalTally *orig = duaal_status_get_tally (f->status, learner, "k05", a);
      const DuaalTally *kept = duaal_status_get_tally (filtered, learner, "k05", a);

      g_assert_nonnull (kept);
      g_assert_cmpuint (kept->n, ==, 5);
      g_assert_cmpuint (kept->covered, ==, 3);
      g_assert_cmpuint (kept->covered, ==, orig->covered);
      g_assert_cmpuint (kept->x, ==, orig->x);
      g_assert_cmpuint (kept->lil, ==, orig->lil);
      g_assert_cmpuint (kept->v, ==, orig->v);
      g_assert_cmpint (duaal_status_get_colour (filtered, learner, "k05", a), ==,
                       duaal_status_get_colour (f->status, learner, "k05", a));
      g_assert_cmpfloat (duaal_tally_get_progress (kept), ==, duaal_tally_get_progress (orig));
    }
  g_assert_cmpint (duaal_status_get_colour (filtered, learner, "k05", DUAAL_ACTOR_LEARNER), ==, DUAAL_COLOUR_DARK_GREEN);
  g_assert_cmpint (duaal_status_get_colour (filtered, learner, "k05", DUAAL_ACTOR_TEACHER), ==, DUAAL_COLOUR_RED);
  g_assert_cmpint (duaal_status_get_colour (filtered, learner, "k05", DUAAL_ACTOR_TRAINER), ==, DUAAL_COLOUR_LIGHT_GREEN);
}

/* @scores_of / @comments_of: per actor whether the viewer sees them,
 * written out by hand from SPEC section 6 for each test. */
static void
assert_cells (DuaalStatus    *filtered,
              gint64          learner,
              guint           learner_index,
              const gboolean  scores_of[DUAAL_N_ACTORS],
              const gboolean  comments_of[DUAAL_N_ACTORS])
{
  for (DuaalActor a = 0; a < DUAAL_N_ACTORS; a++)
    for (guint i = 0; i < 5; i++)
      {
        g_autofree char *id = g_strdup_printf ("k05.0%u", i + 1);
        const DuaalCell *cell = duaal_status_get_cell (filtered, learner, id, a);

        if (!scores_of[a])
          {
            g_assert_null (cell);
            continue;
          }
        g_assert_nonnull (cell);
        g_assert_cmpint (cell->mastery, ==, scores[a][i]);
        if (comments_of[a])
          {
            g_autofree char *expected = comment_for (learner_index, a, i);
            g_assert_cmpstr (cell->comment, ==, expected);
          }
        else
          g_assert_null (cell->comment);
      }
}

static DuaalStatus *
filter (Fixture *f, DuaalViewer viewer, gint64 viewer_id)
{
  g_autoptr(GError) error = NULL;
  DuaalStatus *filtered = duaal_status_filter_for_viewer (f->status, viewer, viewer_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (filtered);
  g_assert_true (filtered != f->status);
  g_assert_true (duaal_status_get_qualification (filtered) == duaal_status_get_qualification (f->status));
  g_assert_cmpuint (duaal_status_get_period (filtered), ==, duaal_status_get_period (f->status));
  return filtered;
}

static void
test_learner (Fixture *f, gconstpointer data)
{
  g_autoptr(DuaalStatus) filtered = filter (f, DUAAL_VIEWER_LEARNER, f->learners[1]);
  const gboolean scores_of[] = { TRUE, FALSE, FALSE };
  const gboolean comments_of[] = { TRUE, FALSE, FALSE };

  /* Bo sees Bo, nobody else. */
  g_assert_cmpuint (duaal_status_get_learners (filtered)->len, ==, 1);
  g_assert_nonnull (duaal_status_find_learner (filtered, f->learners[1]));
  g_assert_null (duaal_status_find_learner (filtered, f->learners[0]));
  g_assert_null (duaal_status_find_learner (filtered, f->learners[2]));
  g_assert_null (duaal_status_get_tally (filtered, f->learners[0], "k05", DUAAL_ACTOR_LEARNER));
  assert_cells (filtered, f->learners[1], 1, scores_of, comments_of);
  assert_summaries_kept (f, filtered, f->learners[1]);
}

/* The route (SPEC 10) is a summary: a learner, who may not see the
 * teacher's and trainer's cells it is made of, gets the same counts. */
static void
test_route_kept (Fixture *f, gconstpointer data)
{
  g_autoptr(DuaalStatus) filtered = filter (f, DUAAL_VIEWER_LEARNER, f->learners[1]);
  g_autoptr(DuaalRoute) whole = NULL;
  g_autoptr(DuaalRoute) seen = NULL;
  g_autoptr(GError) error = NULL;
  const DuaalRouteRow *row;

  g_assert_null (duaal_status_get_cell (filtered, f->learners[1], "k05.01", DUAAL_ACTOR_TEACHER));
  whole = duaal_route_new_from_status (f->status, f->learners[1], &error);
  g_assert_no_error (error);
  seen = duaal_route_new_from_status (filtered, f->learners[1], &error);
  g_assert_no_error (error);
  row = duaal_route_find_row (seen, "k05");
  g_assert_nonnull (row);
  /* k05.01-03 regularly in both places, .04-.05 not yet. */
  g_assert_cmpuint (row->counts[DUAAL_ROUTE_PART_BOTH], ==, 3);
  g_assert_cmpuint (row->counts[DUAAL_ROUTE_PART_NONE], ==, 2);
  for (guint r = 0; r < duaal_route_get_n_rows (whole); r++)
    for (guint part = 0; part < DUAAL_N_ROUTE_PARTS; part++)
      g_assert_cmpuint (duaal_route_get_row (seen, r)->counts[part], ==,
                        duaal_route_get_row (whole, r)->counts[part]);
}

static void
test_teacher (Fixture *f, gconstpointer data)
{
  g_autoptr(DuaalStatus) filtered = filter (f, DUAAL_VIEWER_TEACHER, 0);
  const gboolean scores_of[] = { TRUE, TRUE, TRUE };
  const gboolean comments_of[] = { FALSE, TRUE, FALSE };

  g_assert_cmpuint (duaal_status_get_learners (filtered)->len, ==, 3);
  for (guint l = 0; l < 3; l++)
    {
      assert_cells (filtered, f->learners[l], l, scores_of, comments_of);
      assert_summaries_kept (f, filtered, f->learners[l]);
    }
}

static void
test_trainer (Fixture *f, gconstpointer data)
{
  g_autoptr(DuaalStatus) filtered = filter (f, DUAAL_VIEWER_TRAINER, f->tom);
  g_autoptr(DuaalStatus) filtered_an = filter (f, DUAAL_VIEWER_TRAINER, f->an);
  const gboolean scores_of[] = { TRUE, TRUE, TRUE };
  const gboolean comments_of[] = { FALSE, FALSE, TRUE };

  /* Tom trains Ada and Bo, not Cas. */
  g_assert_cmpuint (duaal_status_get_learners (filtered)->len, ==, 2);
  g_assert_null (duaal_status_find_learner (filtered, f->learners[2]));
  for (guint l = 0; l < 2; l++)
    {
      assert_cells (filtered, f->learners[l], l, scores_of, comments_of);
      assert_summaries_kept (f, filtered, f->learners[l]);
    }

  g_assert_cmpuint (duaal_status_get_learners (filtered_an)->len, ==, 1);
  g_assert_nonnull (duaal_status_find_learner (filtered_an, f->learners[2]));
  assert_cells (filtered_an, f->learners[2], 2, scores_of, comments_of);
}

static void
test_coach (Fixture *f, gconstpointer data)
{
  g_autoptr(DuaalStatus) filtered = filter (f, DUAAL_VIEWER_COACH, 0);
  const gboolean all[] = { TRUE, TRUE, TRUE };

  g_assert_cmpuint (duaal_status_get_learners (filtered)->len, ==, 3);
  for (guint l = 0; l < 3; l++)
    {
      assert_cells (filtered, f->learners[l], l, all, all);
      assert_summaries_kept (f, filtered, f->learners[l]);
    }
}

/* The filter and duaal-visibility.h never disagree, for any viewer. */
static void
test_follows_visibility (Fixture *f, gconstpointer data)
{
  for (DuaalViewer v = DUAAL_VIEWER_LEARNER; v <= DUAAL_VIEWER_COACH; v++)
    {
      gint64 viewer_id = v == DUAAL_VIEWER_LEARNER ? f->learners[0] : v == DUAAL_VIEWER_TRAINER ? f->tom : 0;
      g_autoptr(DuaalStatus) filtered = filter (f, v, viewer_id);
      gboolean scores_of[DUAAL_N_ACTORS], comments_of[DUAAL_N_ACTORS];

      for (DuaalActor a = 0; a < DUAAL_N_ACTORS; a++)
        {
          scores_of[a] = duaal_visibility_can_see_indicators (v, a);
          comments_of[a] = duaal_visibility_can_see_comments (v, a);
        }
      assert_cells (filtered, f->learners[0], 0, scores_of, comments_of);
    }
}

/* A learner or trainer viewer without an id is refused, not shown all. */
static void
test_needs_identity (Fixture *f, gconstpointer data)
{
  for (DuaalViewer v = DUAAL_VIEWER_LEARNER; v <= DUAAL_VIEWER_TRAINER; v += DUAAL_VIEWER_TRAINER - DUAAL_VIEWER_LEARNER)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DuaalStatus) filtered = duaal_status_filter_for_viewer (f->status, v, 0, &error);

      g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
      g_assert_null (filtered);
    }
}

/* A learner looking at someone else's status sees nobody. */
static void
test_other_learner_is_empty (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalStatus) one = duaal_store_load_learner_status (f->store, f->learners[2], 0, &error);
  g_autoptr(DuaalStatus) filtered = NULL;

  g_assert_no_error (error);
  filtered = duaal_status_filter_for_viewer (one, DUAAL_VIEWER_LEARNER, f->learners[0], &error);
  g_assert_no_error (error);
  g_assert_cmpuint (duaal_status_get_learners (filtered)->len, ==, 0);
  g_assert_null (duaal_status_get_cell (filtered, f->learners[2], "k05.01", DUAAL_ACTOR_LEARNER));
}

/* A closed period filters the same way and keeps its number. */
static void
test_closed_period (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalStatus) closed = NULL;
  g_autoptr(DuaalStatus) filtered = NULL;
  guint period = duaal_store_close_period (f->store, f->group, &error);
  const gboolean scores_of[] = { TRUE, FALSE, FALSE };
  const gboolean comments_of[] = { TRUE, FALSE, FALSE };

  g_assert_no_error (error);
  g_assert_cmpuint (period, ==, 1);
  closed = duaal_store_load_group_status (f->store, f->group, period, &error);
  g_assert_no_error (error);
  filtered = duaal_status_filter_for_viewer (closed, DUAAL_VIEWER_LEARNER, f->learners[0], &error);
  g_assert_no_error (error);
  g_assert_cmpuint (duaal_status_get_period (filtered), ==, 1);
  assert_cells (filtered, f->learners[0], 0, scores_of, comments_of);
  assert_summaries_kept (f, filtered, f->learners[0]);
}

/* The badge: each learner's k05 has the teacher red against the others'
 * green; k13 is unscored. */
static void
test_attention_count (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (duaal_attention_count_for_group (f->store, f->group, &error), ==, 3);
  g_assert_no_error (error);
  g_assert_cmpuint (duaal_attention_count_for_group (f->store, 9999, &error), ==, 0);
  g_assert_nonnull (error);
}

/* Who a learner or trainer viewer is when they look at one learner. */
static void
test_viewer_id_for_learner (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalLearner) cas = duaal_store_get_learner (f->store, f->learners[2], &error);
  gint64 no_trainer;
  g_autoptr(DuaalLearner) alone = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (duaal_viewer_id_for_learner (DUAAL_VIEWER_LEARNER, cas), ==, f->learners[2]);
  g_assert_cmpint (duaal_viewer_id_for_learner (DUAAL_VIEWER_TRAINER, cas), ==, f->an);
  g_assert_cmpint (duaal_viewer_id_for_learner (DUAAL_VIEWER_TEACHER, cas), ==, 0);
  g_assert_cmpint (duaal_viewer_id_for_learner (DUAAL_VIEWER_COACH, cas), ==, 0);

  /* Nobody trains them yet: no trainer can be the viewer. */
  no_trainer = duaal_store_add_learner (f->store, f->group, "Dirk", duaal_learner_get_company_id (cas), NULL, &error);
  g_assert_no_error (error);
  alone = duaal_store_get_learner (f->store, no_trainer, &error);
  g_assert_no_error (error);
  g_assert_cmpint (duaal_viewer_id_for_learner (DUAAL_VIEWER_TRAINER, alone), ==, 0);
  g_assert_cmpint (duaal_viewer_id_for_learner (DUAAL_VIEWER_LEARNER, alone), ==, no_trainer);
}

/* duaal_status_set_tally(): replaces a tally whole, refuses unknown ids. */
static void
test_set_tally (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) learners = g_ptr_array_new ();
  g_autoptr(DuaalStatus) copy = NULL;
  const DuaalTally *kept;
  DuaalTally tally = { .n = 5, .x = 1, .lil = 0, .v = 4, .covered = 2 };

  g_ptr_array_add (learners, duaal_status_find_learner (f->status, f->learners[0]));
  copy = duaal_status_new (duaal_status_get_qualification (f->status), 0, learners);
  g_assert_true (duaal_status_set_tally (copy, f->learners[0], "k05", DUAAL_ACTOR_TEACHER, &tally));
  kept = duaal_status_get_tally (copy, f->learners[0], "k05", DUAAL_ACTOR_TEACHER);
  g_assert_cmpuint (kept->v, ==, 4);
  g_assert_cmpuint (kept->covered, ==, 2);
  g_assert_cmpint (duaal_status_get_colour (copy, f->learners[0], "k05", DUAAL_ACTOR_TEACHER), ==, DUAAL_COLOUR_DARK_GREEN);
  /* No cell came with it. */
  g_assert_null (duaal_status_get_cell (copy, f->learners[0], "k05.01", DUAAL_ACTOR_TEACHER));
  g_assert_false (duaal_status_set_tally (copy, f->learners[1], "k05", DUAAL_ACTOR_TEACHER, &tally));
  g_assert_false (duaal_status_set_tally (copy, f->learners[0], "nope", DUAAL_ACTOR_TEACHER, &tally));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/status-filter/learner", test_learner);
  ADD ("/status-filter/route-kept", test_route_kept);
  ADD ("/status-filter/teacher", test_teacher);
  ADD ("/status-filter/trainer", test_trainer);
  ADD ("/status-filter/coach", test_coach);
  ADD ("/status-filter/follows-visibility", test_follows_visibility);
  ADD ("/status-filter/needs-identity", test_needs_identity);
  ADD ("/status-filter/other-learner-is-empty", test_other_learner_is_empty);
  ADD ("/status-filter/closed-period", test_closed_period);
  ADD ("/status-filter/attention-count", test_attention_count);
  ADD ("/status-filter/set-tally", test_set_tally);
  ADD ("/status-filter/viewer-id-for-learner", test_viewer_id_for_learner);
#undef ADD
  return g_test_run ();
}
