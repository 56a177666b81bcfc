/* test-route.c: SPEC section 10, the competence route and its chart
 *
 * The counts are pinned on hand-made statuses whose every cell is
 * written out below, so the expected numbers can be checked by reading
 * the test.  The exports are read back with independent readers (Cairo's
 * PNG loader, libxml2, the PDF's own header and trailer).  Writes
 * screenshots/core-route.png and core-route-compare.png for people.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include <cairo.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>

#include "duaal-route-private.h"
#include "duaal-error.h"
#include "duaal-palette.h"
#include "duaal-route.h"
#include "duaal-route-chart.h"
#include "duaal-route-chart-private.h"
#include "duaal-text-private.h"
#include "pdf-check.h"

#define LEARNER_A 7
#define LEARNER_B 8

/* The pure rule, every combination written out. */
static void
test_classify (void)
{
  static const struct {
    DuaalCoverage trainer, teacher;
    DuaalRoutePart want;
  } cases[] = {
    { DUAAL_COVERAGE_NONE, DUAAL_COVERAGE_NONE, DUAAL_ROUTE_PART_NONE },
    { DUAAL_COVERAGE_NONE, DUAAL_COVERAGE_N, DUAAL_ROUTE_PART_NONE },
    { DUAAL_COVERAGE_NONE, DUAAL_COVERAGE_S, DUAAL_ROUTE_PART_CAMPUS },
    { DUAAL_COVERAGE_NONE, DUAAL_COVERAGE_R, DUAAL_ROUTE_PART_CAMPUS },
    { DUAAL_COVERAGE_N, DUAAL_COVERAGE_NONE, DUAAL_ROUTE_PART_NONE },
    { DUAAL_COVERAGE_N, DUAAL_COVERAGE_N, DUAAL_ROUTE_PART_NONE },
    { DUAAL_COVERAGE_N, DUAAL_COVERAGE_S, DUAAL_ROUTE_PART_CAMPUS },
    { DUAAL_COVERAGE_N, DUAAL_COVERAGE_R, DUAAL_ROUTE_PART_CAMPUS },
    { DUAAL_COVERAGE_S, DUAAL_COVERAGE_NONE, DUAAL_ROUTE_PART_WORKPLACE },
    { DUAAL_COVERAGE_S, DUAAL_COVERAGE_N, DUAAL_ROUTE_PART_WORKPLACE },
    { DUAAL_COVERAGE_S, DUAAL_COVERAGE_S, DUAAL_ROUTE_PART_BOTH },
    { DUAAL_COVERAGE_S, DUAAL_COVERAGE_R, DUAAL_ROUTE_PART_BOTH },
    { DUAAL_COVERAGE_R, DUAAL_COVERAGE_NONE, DUAAL_ROUTE_PART_WORKPLACE },
    { DUAAL_COVERAGE_R, DUAAL_COVERAGE_N, DUAAL_ROUTE_PART_WORKPLACE },
    { DUAAL_COVERAGE_R, DUAAL_COVERAGE_S, DUAAL_ROUTE_PART_BOTH },
    { DUAAL_COVERAGE_R, DUAAL_COVERAGE_R, DUAAL_ROUTE_PART_BOTH },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (duaal_route_classify (cases[i].trainer, cases[i].teacher), ==, cases[i].want);
}

static void
test_count_arrays (void)
{
  const DuaalCoverage trainer[] = { DUAAL_COVERAGE_R, DUAAL_COVERAGE_S, DUAAL_COVERAGE_N,
                                    DUAAL_COVERAGE_NONE, DUAAL_COVERAGE_R, DUAAL_COVERAGE_N };
  const DuaalCoverage teacher[] = { DUAAL_COVERAGE_N, DUAAL_COVERAGE_R, DUAAL_COVERAGE_S,
                                    DUAAL_COVERAGE_NONE, DUAAL_COVERAGE_NONE, DUAAL_COVERAGE_N };
  guint counts[DUAAL_N_ROUTE_PARTS] = { 99, 99, 99, 99 };

  duaal_route_count (trainer, teacher, G_N_ELEMENTS (trainer), counts);
  g_assert_cmpuint (counts[DUAAL_ROUTE_PART_WORKPLACE], ==, 2);
  g_assert_cmpuint (counts[DUAAL_ROUTE_PART_BOTH], ==, 1);
  g_assert_cmpuint (counts[DUAAL_ROUTE_PART_CAMPUS], ==, 1);
  g_assert_cmpuint (counts[DUAAL_ROUTE_PART_NONE], ==, 2);

  duaal_route_count (trainer, teacher, 0, counts);
  for (guint part = 0; part < DUAAL_N_ROUTE_PARTS; part++)
    g_assert_cmpuint (counts[part], ==, 0);
}

static void
test_part_names (void)
{
  g_assert_cmpstr (duaal_route_part_to_string (DUAAL_ROUTE_PART_WORKPLACE), ==, "workplace");
  g_assert_cmpstr (duaal_route_part_to_string (DUAAL_ROUTE_PART_BOTH), ==, "both");
  g_assert_cmpstr (duaal_route_part_to_string (DUAAL_ROUTE_PART_CAMPUS), ==, "campus");
  g_assert_cmpstr (duaal_route_part_to_string (DUAAL_ROUTE_PART_NONE), ==, "none");
  for (guint part = 0; part < DUAAL_N_ROUTE_PARTS; part++)
    g_assert_nonnull (duaal_route_part_get_label (part));
}

/* A competence "cN" with indicators "cN.01" .. */
static DuaalCompetence *
make_competence (guint       number,
                 const char *title,
                 guint       n_indicators)
{
  g_autofree char *id = g_strdup_printf ("c%u", number);
  GPtrArray *indicators = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 1; i <= n_indicators; i++)
    {
      g_autofree char *indicator_id = g_strdup_printf ("c%u.%02u", number, i);
      g_autofree char *text = g_strdup_printf ("Indicator %u of competence %u", i, number);
      g_ptr_array_add (indicators, duaal_indicator_new (indicator_id, text));
    }
  return duaal_competence_new (id, number, title, NULL, NULL, indicators, NULL);
}

static DuaalQualification *
make_qualification (const char * const *titles,
                    const guint        *sizes,
                    guint               n_competences)
{
  GPtrArray *competences = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n_competences; i++)
    g_ptr_array_add (competences, make_competence (i + 1, titles[i], sizes[i]));
  return duaal_qualification_new ("T-ROUTE", 1, "Keukenmedewerker (testkwalificatie)", NULL, "nl",
                                  2020, NULL, competences);
}

static DuaalStatus *
make_status (DuaalQualification *qualification,
             guint               period)
{
  g_autoptr(GPtrArray) learners = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (learners, duaal_learner_new (LEARNER_A, 1, "Anouk Peeters", 11,
                                                "Brasserie De Linde", 21, "Jan Claes"));
  g_ptr_array_add (learners, duaal_learner_new (LEARNER_B, 1, "Bram Janssens", 12,
                                                "Grootkeuken Zorgpunt", 22, "Els Maes"));
  return duaal_status_new (qualification, period, learners);
}

static void
score (DuaalStatus   *status,
       gint64         learner,
       const char    *indicator,
       DuaalActor     actor,
       DuaalMastery   mastery,
       DuaalCoverage  coverage)
{
  g_assert_true (duaal_status_set_cell (status, learner, indicator, actor, mastery, coverage, NULL, 1));
}

static const char * const small_titles[] = { "Eerste", "Tweede", "Derde" };
static const guint small_sizes[] = { 5, 3, 4 };

/* Every cell of learner A written out; the comment on each line is the
 * class the indicator must fall in. */
static DuaalStatus *
make_small_status (DuaalQualification *qualification)
{
  DuaalStatus *status = make_status (qualification, 0);
  const DuaalActor L = DUAAL_ACTOR_LEARNER, T = DUAAL_ACTOR_TEACHER, W = DUAAL_ACTOR_TRAINER;
  const DuaalMastery none = DUAAL_MASTERY_NONE, X = DUAAL_MASTERY_X, lil = DUAAL_MASTERY_LIL, V = DUAAL_MASTERY_V;
  const DuaalCoverage N = DUAAL_COVERAGE_N, S = DUAAL_COVERAGE_S, R = DUAAL_COVERAGE_R, unscored = DUAAL_COVERAGE_NONE;

  /* c1: scored by all three; the teacher's colour is the marker. */
  score (status, LEARNER_A, "c1.01", W, V, R);          /* workplace */
  score (status, LEARNER_A, "c1.01", T, lil, N);
  score (status, LEARNER_A, "c1.02", W, V, S);          /* both */
  score (status, LEARNER_A, "c1.02", T, V, R);
  score (status, LEARNER_A, "c1.03", W, lil, N);        /* campus */
  score (status, LEARNER_A, "c1.03", T, V, S);
  score (status, LEARNER_A, "c1.04", L, V, R);          /* none: only the learner says R */
  score (status, LEARNER_A, "c1.04", W, X, N);
  score (status, LEARNER_A, "c1.04", T, X, N);
  score (status, LEARNER_A, "c1.05", T, V, unscored);   /* none: mastery without coverage */
  score (status, LEARNER_A, "c1.05", L, V, S);

  /* c2: only the learner scored it: all "not yet", the learner's colour marks it. */
  score (status, LEARNER_A, "c2.01", L, V, R);
  score (status, LEARNER_A, "c2.02", L, V, R);
  score (status, LEARNER_A, "c2.03", L, V, S);

  /* c3: only the trainer scored it: the trainer's colour. */
  score (status, LEARNER_A, "c3.01", W, X, R);          /* workplace */
  score (status, LEARNER_A, "c3.02", W, X, S);          /* workplace */
  score (status, LEARNER_A, "c3.03", W, none, R);       /* workplace: coverage alone counts */
                                                        /* c3.04 unscored: none */

  /* Learner B, to show that routes are per learner. */
  score (status, LEARNER_B, "c1.01", T, V, R);
  return status;
}

static void
assert_counts (DuaalRoute *route,
               guint       position,
               guint       n,
               guint       workplace,
               guint       both,
               guint       campus,
               guint       none)
{
  const DuaalRouteRow *row = duaal_route_get_row (route, position);
  guint sum = 0;

  g_assert_cmpuint (row->n, ==, n);
  g_assert_cmpuint (duaal_route_get_n (route, position), ==, n);
  g_assert_cmpuint (duaal_route_get_count (route, position, DUAAL_ROUTE_PART_WORKPLACE), ==, workplace);
  g_assert_cmpuint (duaal_route_get_count (route, position, DUAAL_ROUTE_PART_BOTH), ==, both);
  g_assert_cmpuint (duaal_route_get_count (route, position, DUAAL_ROUTE_PART_CAMPUS), ==, campus);
  g_assert_cmpuint (duaal_route_get_count (route, position, DUAAL_ROUTE_PART_NONE), ==, none);
  for (guint part = 0; part < DUAAL_N_ROUTE_PARTS; part++)
    sum += row->counts[part];
  g_assert_cmpuint (sum, ==, n);
}

static void
test_counts_from_status (void)
{
  g_autoptr(DuaalQualification) qualification = make_qualification (small_titles, small_sizes, 3);
  g_autoptr(DuaalStatus) status = make_small_status (qualification);
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalRoute) route = duaal_route_new_from_status (status, LEARNER_A, &error);
  g_autoptr(DuaalRoute) route_b = duaal_route_new_from_status (status, LEARNER_B, &error);
  guint totals[DUAAL_N_ROUTE_PARTS];

  g_assert_no_error (error);
  g_assert_cmpint (duaal_learner_get_id (duaal_route_get_learner (route)), ==, LEARNER_A);
  g_assert_true (duaal_route_get_qualification (route) == qualification);
  g_assert_cmpuint (duaal_route_get_period (route), ==, 0);
  g_assert_cmpuint (duaal_route_get_n_rows (route), ==, 3);

  assert_counts (route, 0, 5, 1, 1, 1, 2);
  assert_counts (route, 1, 3, 0, 0, 0, 3);
  assert_counts (route, 2, 4, 3, 0, 0, 1);

  duaal_route_get_totals (route, totals);
  g_assert_cmpuint (totals[DUAAL_ROUTE_PART_WORKPLACE], ==, 4);
  g_assert_cmpuint (totals[DUAAL_ROUTE_PART_BOTH], ==, 1);
  g_assert_cmpuint (totals[DUAAL_ROUTE_PART_CAMPUS], ==, 1);
  g_assert_cmpuint (totals[DUAAL_ROUTE_PART_NONE], ==, 6);

  /* Learner B's only score is the teacher's R on c1.01. */
  assert_counts (route_b, 0, 5, 0, 0, 1, 4);
  assert_counts (route_b, 1, 3, 0, 0, 0, 3);

  g_assert_cmpstr (duaal_route_get_row (route, 1)->competence_id, ==, "c2");
  g_assert_cmpstr (duaal_route_get_row (route, 1)->title, ==, "Tweede");
  g_assert_cmpuint (duaal_route_get_row (route, 1)->number, ==, 2);
  g_assert_true (duaal_route_find_row (route, "c3") == duaal_route_get_row (route, 2));
  g_assert_null (duaal_route_find_row (route, "c9"));
}

static void
test_describe (void)
{
  g_autoptr(DuaalQualification) qualification = make_qualification (small_titles, small_sizes, 3);
  g_autoptr(DuaalStatus) status = make_small_status (qualification);
  g_autoptr(DuaalRoute) route = duaal_route_new_from_status (status, LEARNER_A, NULL);
  g_autoptr(DuaalRoute) route_b = duaal_route_new_from_status (status, LEARNER_B, NULL);
  g_autofree char *first = duaal_route_row_describe (duaal_route_get_row (route, 2));
  g_autofree char *unscored = duaal_route_row_describe (duaal_route_get_row (route_b, 1));

  g_assert_cmpstr (first, ==, "4 indicators: 3 workplace only, 0 workplace and campus, 0 campus only, "
                              "1 not yet. Trainer: Not acquired.");
  g_assert_cmpstr (unscored, ==, "3 indicators: 0 workplace only, 0 workplace and campus, 0 campus only, "
                                 "3 not yet. Not scored.");
}

/* The marker: teacher's colour, else the trainer's, else the learner's. */
static void
test_marker (void)
{
  g_autoptr(DuaalQualification) qualification = make_qualification (small_titles, small_sizes, 3);
  g_autoptr(DuaalStatus) status = make_small_status (qualification);
  g_autoptr(DuaalRoute) route = duaal_route_new_from_status (status, LEARNER_A, NULL);
  g_autoptr(DuaalRoute) route_b = duaal_route_new_from_status (status, LEARNER_B, NULL);

  /* c1 teacher: lil, V, V, X, V of 5: lil + V = 4 = 80%, V = 3 < 80%: light green. */
  g_assert_cmpint (duaal_route_get_marker (route, 0), ==, DUAAL_COLOUR_LIGHT_GREEN);
  g_assert_cmpint (duaal_route_get_row (route, 0)->marker_actor, ==, DUAAL_ACTOR_TEACHER);
  /* c2 learner: V on all 3: dark green. */
  g_assert_cmpint (duaal_route_get_marker (route, 1), ==, DUAAL_COLOUR_DARK_GREEN);
  g_assert_cmpint (duaal_route_get_row (route, 1)->marker_actor, ==, DUAAL_ACTOR_LEARNER);
  /* c3 trainer: X, X of 4: red. */
  g_assert_cmpint (duaal_route_get_marker (route, 2), ==, DUAAL_COLOUR_RED);
  g_assert_cmpint (duaal_route_get_row (route, 2)->marker_actor, ==, DUAAL_ACTOR_TRAINER);
  /* Nobody scored B's c2: grey. */
  g_assert_cmpint (duaal_route_get_marker (route_b, 1), ==, DUAAL_COLOUR_GREY);
}

/* A closed period's status gives that period's route: the same
 * indicators, other coverages, other counts. */
static void
test_closed_period_versus_now (void)
{
  g_autoptr(DuaalQualification) qualification = make_qualification (small_titles, small_sizes, 3);
  g_autoptr(DuaalStatus) now = make_status (qualification, 0);
  g_autoptr(DuaalStatus) closed = make_status (qualification, 1);
  g_autoptr(DuaalRoute) route_now = NULL;
  g_autoptr(DuaalRoute) route_closed = NULL;

  /* In period 1 only the trainer had seen c2.01; since then the
   * teacher covered it too, and c2.02 at the workplace. */
  score (closed, LEARNER_A, "c2.01", DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_LIL, DUAAL_COVERAGE_S);
  score (now, LEARNER_A, "c2.01", DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_V, DUAAL_COVERAGE_R);
  score (now, LEARNER_A, "c2.01", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_V, DUAAL_COVERAGE_S);
  score (now, LEARNER_A, "c2.02", DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_LIL, DUAAL_COVERAGE_S);

  route_now = duaal_route_new_from_status (now, LEARNER_A, NULL);
  route_closed = duaal_route_new_from_status (closed, LEARNER_A, NULL);
  g_assert_cmpuint (duaal_route_get_period (route_now), ==, 0);
  g_assert_cmpuint (duaal_route_get_period (route_closed), ==, 1);
  assert_counts (route_closed, 1, 3, 1, 0, 0, 2);
  assert_counts (route_now, 1, 3, 1, 1, 0, 1);
}

/* A later score replaces the earlier one: the current coverage counts. */
static void
test_current_coverage_counts (void)
{
  g_autoptr(DuaalQualification) qualification = make_qualification (small_titles, small_sizes, 3);
  g_autoptr(DuaalStatus) status = make_status (qualification, 0);
  g_autoptr(DuaalRoute) route = NULL;

  score (status, LEARNER_A, "c3.01", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_LIL, DUAAL_COVERAGE_S);
  score (status, LEARNER_A, "c3.01", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_LIL, DUAAL_COVERAGE_N);
  route = duaal_route_new_from_status (status, LEARNER_A, NULL);
  assert_counts (route, 2, 4, 0, 0, 0, 4);
}

static void
test_unknown_learner (void)
{
  g_autoptr(DuaalQualification) qualification = make_qualification (small_titles, small_sizes, 3);
  g_autoptr(DuaalStatus) status = make_status (qualification, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalRoute) route = duaal_route_new_from_status (status, 999, &error);

  g_assert_null (route);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
}

/* The seed's figure (chapter 2.5): six competences, learner A learns
 * competence 1 at the workplace and 2 on campus, B the other way round
 * for competence 1; 3 to 5 mixed, 6 with clear overlap. */
static const char * const seed_titles[] = {
  "Bereidt de werkplek voor en houdt ze ordelijk en hygiënisch",
  "Ontvangt goederen, controleert ze en slaat ze op volgens de voorschriften (FIFO, temperatuur, etikettering)",
  "Bereidt koude en warme gerechten volgens de technische fiche",
  "Werkt duurzaam en gaat zuinig om met energie, water en grondstoffen",
  "Communiceert met collega's, de leidinggevende en klanten",
  "Werkt volgens de regels van voedselveiligheid en het HACCP-zelfcontrolesysteem",
};
static const guint seed_sizes[] = { 6, 5, 10, 4, 7, 8 };

typedef struct {
  guint        counts[DUAAL_N_ROUTE_PARTS];
  DuaalMastery teacher_mastery;
} SeedRow;

static const SeedRow seed_a[] = {
  { { 6, 0, 0, 0 }, DUAAL_MASTERY_V },
  { { 0, 0, 5, 0 }, DUAAL_MASTERY_LIL },
  { { 5, 2, 1, 2 }, DUAAL_MASTERY_V },
  { { 1, 1, 2, 0 }, DUAAL_MASTERY_X },
  { { 2, 1, 2, 2 }, DUAAL_MASTERY_LIL },
  { { 1, 6, 1, 0 }, DUAAL_MASTERY_V },
};

static const SeedRow seed_b[] = {
  { { 0, 0, 6, 0 }, DUAAL_MASTERY_LIL },
  { { 2, 1, 1, 1 }, DUAAL_MASTERY_LIL },
  { { 1, 2, 6, 1 }, DUAAL_MASTERY_X },
  { { 3, 0, 1, 0 }, DUAAL_MASTERY_NONE },
  { { 4, 1, 0, 2 }, DUAAL_MASTERY_V },
  { { 0, 8, 0, 0 }, DUAAL_MASTERY_V },
};

/* Scores a learner so that each competence has the given counts. */
static void
score_seed (DuaalStatus   *status,
            gint64         learner,
            const SeedRow *rows)
{
  for (guint c = 0; c < G_N_ELEMENTS (seed_sizes); c++)
    {
      guint i = 1;
      for (guint part = 0; part < DUAAL_N_ROUTE_PARTS; part++)
        for (guint k = 0; k < rows[c].counts[part]; k++, i++)
          {
            g_autofree char *id = g_strdup_printf ("c%u.%02u", c + 1, i);
            gboolean workplace = part == DUAAL_ROUTE_PART_WORKPLACE || part == DUAAL_ROUTE_PART_BOTH;
            gboolean campus = part == DUAAL_ROUTE_PART_CAMPUS || part == DUAAL_ROUTE_PART_BOTH;

            score (status, learner, id, DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_LIL,
                   workplace ? DUAAL_COVERAGE_R : DUAAL_COVERAGE_N);
            score (status, learner, id, DUAAL_ACTOR_TEACHER, rows[c].teacher_mastery,
                   campus ? DUAAL_COVERAGE_S : DUAAL_COVERAGE_N);
          }
    }
}

typedef struct {
  DuaalQualification *qualification;
  DuaalStatus        *status;
  DuaalRoute         *a;
  DuaalRoute         *b;
  char               *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->qualification = make_qualification (seed_titles, seed_sizes, G_N_ELEMENTS (seed_sizes));
  f->status = make_status (f->qualification, 0);
  score_seed (f->status, LEARNER_A, seed_a);
  score_seed (f->status, LEARNER_B, seed_b);
  f->a = duaal_route_new_from_status (f->status, LEARNER_A, &error);
  g_assert_no_error (error);
  f->b = duaal_route_new_from_status (f->status, LEARNER_B, &error);
  g_assert_no_error (error);
  f->dir = g_dir_make_tmp ("duaal-route-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_clear_object (&f->a);
  g_clear_object (&f->b);
  g_clear_object (&f->status);
  g_clear_object (&f->qualification);
}

/* The scoring helper itself produced the intended counts. */
static void
test_seed_counts (Fixture       *f,
                  gconstpointer  data)
{
  for (guint c = 0; c < G_N_ELEMENTS (seed_sizes); c++)
    for (guint part = 0; part < DUAAL_N_ROUTE_PARTS; part++)
      {
        g_assert_cmpuint (duaal_route_get_count (f->a, c, part), ==, seed_a[c].counts[part]);
        g_assert_cmpuint (duaal_route_get_count (f->b, c, part), ==, seed_b[c].counts[part]);
      }
}

static void
test_export_png (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "route.png", NULL);
  g_autofree char *upper = g_build_filename (f->dir, "ROUTE.PNG", NULL);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *png;
  double height;

  g_assert_true (duaal_route_chart_export (f->a, NULL, NULL, path, 800, 2, &error));
  g_assert_no_error (error);
  duaal_route_chart_measure (f->a, NULL, NULL, 800, &height);

  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 1600);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, (int) ceil (height * 2));
  cairo_surface_destroy (png);

  /* The extension is case-insensitive; scale 1 is the plain width. */
  g_assert_true (duaal_route_chart_export (f->a, f->b, NULL, upper, 640, 1, &error));
  g_assert_no_error (error);
  png = cairo_image_surface_create_from_png (upper);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 640);
  cairo_surface_destroy (png);
}

static void
test_export_svg (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "route.svg", NULL);
  g_autoptr(GError) error = NULL;
  xmlDocPtr doc;
  xmlNodePtr root;
  xmlChar *width;

  g_assert_true (duaal_route_chart_export (f->a, f->b, NULL, path, 900, 1, &error));
  g_assert_no_error (error);

  doc = xmlReadFile (path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  g_assert_nonnull (doc);
  root = xmlDocGetRootElement (doc);
  g_assert_nonnull (root);
  g_assert_cmpstr ((const char *) root->name, ==, "svg");
  /* Sized in pixels, as wide as asked. */
  width = xmlGetProp (root, (const xmlChar *) "width");
  g_assert_cmpstr ((const char *) width, ==, "900px");
  xmlFree (width);
  xmlFreeDoc (doc);
}

static void
test_export_pdf (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "route.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *tail = NULL;
  gsize length;

  g_assert_true (duaal_route_chart_export (f->a, NULL, NULL, path, 800, 1, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 100);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  tail = g_strndup (contents + length - 16, 16);
  g_strchomp (tail);
  g_assert_true (g_str_has_suffix (tail, "%%EOF"));
}

/* What a PDF reader gets: text it can search and read aloud, in
 * embedded fonts, and a title naming whose route it is. */
static void
test_export_pdf_text (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "route.pdf", NULL);
  g_autofree char *compared = g_build_filename (f->dir, "compared.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *compared_title = NULL;

  g_assert_true (duaal_route_chart_export (f->a, NULL, NULL, path, 800, 1, &error));
  g_assert_no_error (error);
  text = duaal_test_pdf_get_checked_text (path);
  g_assert_nonnull (strstr (text, "Competence route"));
  g_assert_nonnull (strstr (text, "Anouk Peeters"));
  g_assert_nonnull (strstr (text, "Brasserie De Linde"));
  g_assert_nonnull (strstr (text, "Bereidt de werkplek"));
  title = duaal_test_pdf_get_info (path, "Title");
  g_assert_cmpstr (title, ==, "Competence route of Anouk Peeters");
  subject = duaal_test_pdf_get_info (path, "Subject");
  g_assert_cmpstr (subject, ==, duaal_qualification_get_title (f->qualification));

  g_assert_true (duaal_route_chart_export (f->a, f->b, NULL, compared, 1000, 1, &error));
  g_assert_no_error (error);
  compared_title = duaal_test_pdf_get_info (compared, "Title");
  g_assert_cmpstr (compared_title, ==, "Competence routes of Anouk Peeters and Bram Janssens");
}

/* A route too tall for a PNG picture at the scale asked says so, and
 * leaves no file; the same chart as PDF is fine. */
static void
test_export_too_tall (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *png = g_build_filename (f->dir, "tall.png", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "tall.pdf", NULL);
  g_autoptr(GError) error = NULL;

  /* 400 wide at scale 60 is 24,000 pixels across, well over 32,767 down. */
  g_assert_false (duaal_route_chart_export (f->a, NULL, NULL, png, 400, 60, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "too tall for a PNG picture"));
  g_assert_nonnull (strstr (error->message, png));
  g_assert_nonnull (strstr (error->message, "PDF"));
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));

  g_assert_true (duaal_route_chart_export (f->a, NULL, NULL, pdf, 400, 60, NULL));
}

/* A learner named @name alone in a status of @qualification. */
static DuaalRoute *
route_of (DuaalQualification *qualification,
          const char         *name)
{
  g_autoptr(GPtrArray) learners = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DuaalStatus) status = NULL;
  g_autoptr(GError) error = NULL;
  DuaalRoute *route;

  g_ptr_array_add (learners, duaal_learner_new (LEARNER_A, 1, name, 11, name, 21, "Jan Claes"));
  status = duaal_status_new (qualification, 0, learners);
  route = duaal_route_new_from_status (status, LEARNER_A, &error);
  g_assert_no_error (error);
  return route;
}

/* Laying out grows with the text, not its square (issue 19): a name
 * ten times as long makes as many Pango layouts and hands Pango at
 * most ten times the text; shortening by measuring ever longer
 * prefixes, as the hand-written ellipsis did, handed it a hundred
 * times as much.  Past DUAAL_TEXT_MAX_CHARS the work stays, and the
 * lines a name may take are bounded, so the chart is no taller. */
static void
test_text_work_linear (Fixture       *f,
                       gconstpointer  data)
{
  static const guint repeats[] = { 40, 400, 150000 };   /* 80, 800 and 300,000 characters */
  g_autoptr(DuaalRoute) plain = route_of (f->qualification, "Anouk Peeters");
  guint layouts[G_N_ELEMENTS (repeats)], plain_layouts;
  gsize bytes[G_N_ELEMENTS (repeats)], plain_bytes;
  double heights[G_N_ELEMENTS (repeats)];

  duaal_route_chart_count_text_work (plain, NULL, 800, &plain_layouts, &plain_bytes);
  for (guint i = 0; i < G_N_ELEMENTS (repeats); i++)
    {
      g_autoptr(GString) name = g_string_new (NULL);
      g_autoptr(DuaalRoute) route = NULL;

      /* One word without a break: the hardest case for wrapping. */
      for (guint r = 0; r < repeats[i]; r++)
        g_string_append (name, "Ab");
      route = route_of (f->qualification, name->str);
      duaal_route_chart_count_text_work (route, NULL, 800, &layouts[i], &bytes[i]);
      duaal_route_chart_measure (route, NULL, NULL, 800, &heights[i]);
      g_assert_cmpuint (layouts[i], ==, plain_layouts);
    }

  /* The name (here also the company) handed over once each, */
  g_assert_cmpuint (bytes[1] - bytes[0], ==, 2 * (800 - 80));
  /* and never more than a line of the title block takes. */
  g_assert_cmpuint (bytes[2], <=, plain_bytes + DUAAL_TEXT_MAX_CHARS);
  g_assert_cmpfloat (heights[2], ==, heights[1]);
}

/* The case: a 300,000-character name in a route PDF, its start
 * printed as text. */
static void
test_long_name_pdf (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "long.pdf", NULL);
  g_autoptr(GString) name = g_string_new ("Begin");
  g_autoptr(DuaalRoute) route = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; name->len < 300000; i++)
    g_string_append (name, i % 7 == 6 ? " " : "x");
  route = route_of (f->qualification, name->str);
  g_assert_true (duaal_route_chart_export (route, NULL, NULL, path, 800, 1, &error));
  g_assert_no_error (error);
  text = duaal_test_pdf_get_checked_text (path);
  g_assert_nonnull (strstr (text, "Learner: Begin"));
  /* Shortened: the PDF holds no more of the name than it shows. */
  g_assert_cmpuint (strlen (text), <, 20000);
}

static void
test_export_errors (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *unknown = g_build_filename (f->dir, "route.gif", NULL);
  g_autofree char *huge = g_build_filename (f->dir, "huge.png", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (duaal_route_chart_export (f->a, NULL, NULL, "/nonexistent/dir/x.png", 800, 2, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "/nonexistent/dir/x.png"));
  g_clear_error (&error);

  g_assert_false (duaal_route_chart_export (f->a, NULL, NULL, "/nonexistent/dir/x.pdf", 800, 1, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "/nonexistent/dir/x.pdf"));
  g_clear_error (&error);

  g_assert_false (duaal_route_chart_export (f->a, NULL, NULL, unknown, 800, 1, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, unknown));
  g_assert_false (g_file_test (unknown, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (duaal_route_chart_export (f->a, NULL, NULL, huge, 20000, 2, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_assert_false (g_file_test (huge, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (duaal_route_chart_export (f->a, NULL, NULL, huge, 0, 1, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
}

static void
assert_png_size (const char *path,
                 int         width,
                 int         height)
{
  cairo_surface_t *png = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, height);
  cairo_surface_destroy (png);
}

/* A box the chart fits in keeps zoom 1; a shorter one lays the chart
 * out wider and zooms it out just enough; a tiny one is refused. */
static void
test_fit (Fixture       *f,
          gconstpointer  data)
{
  double natural, layout_width, layout_height, zoom;

  duaal_route_chart_measure (f->a, f->b, NULL, 800, &natural);
  g_assert_true (duaal_route_chart_fit (f->a, f->b, 800, natural + 100, &layout_width, &layout_height, &zoom));
  g_assert_cmpfloat (zoom, ==, 1.0);
  g_assert_cmpfloat (layout_width, ==, 800);
  g_assert_cmpfloat (layout_height, ==, natural);

  g_assert_true (duaal_route_chart_fit (f->a, f->b, 800, natural * 0.8, &layout_width, &layout_height, &zoom));
  g_assert_cmpfloat (zoom, <, 1.0);
  g_assert_cmpfloat (zoom, >=, DUAAL_ROUTE_CHART_MIN_ZOOM);
  g_assert_cmpfloat (layout_width, >, 800);
  g_assert_cmpfloat_with_epsilon (layout_width * zoom, 800, 1e-9);
  g_assert_cmpfloat (layout_height * zoom, <=, natural * 0.8 + 1e-9);

  g_assert_false (duaal_route_chart_fit (f->a, f->b, 800, natural * 0.2, &layout_width, &layout_height, &zoom));
  g_assert_cmpfloat (zoom, <, DUAAL_ROUTE_CHART_MIN_ZOOM);
}

static void
test_export_sized (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *slide = g_build_filename (f->dir, "slide.png", NULL);
  g_autofree char *page = g_build_filename (f->dir, "page.pdf", NULL);
  g_autofree char *tiny = g_build_filename (f->dir, "tiny.png", NULL);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *png;
  const guint32 *pixels;
  int stride;

  g_assert_true (duaal_route_chart_export_sized (f->a, NULL, NULL, slide, 1600, 1200, 1, &error));
  g_assert_no_error (error);
  assert_png_size (slide, 1600, 1200);

  /* The seed's chart is shorter than the slide: centred, white above
   * and below, drawn in between. */
  png = cairo_image_surface_create_from_png (slide);
  pixels = (const guint32 *) cairo_image_surface_get_data (png);
  stride = cairo_image_surface_get_stride (png) / 4;
  g_assert_cmphex (pixels[0] & 0xffffff, ==, 0xffffff);
  g_assert_cmphex (pixels[1199 * stride + 800] & 0xffffff, ==, 0xffffff);
  {
    gboolean ink = FALSE;
    for (int y = 0; y < 1200 && !ink; y++)
      for (int x = 0; x < 1600 && !ink; x++)
        ink = (pixels[y * stride + x] & 0xffffff) != 0xffffff;
    g_assert_true (ink);
  }
  cairo_surface_destroy (png);

  g_assert_true (duaal_route_chart_export_sized (f->a, f->b, NULL, slide, 1000, 400, 2, &error));
  g_assert_no_error (error);
  assert_png_size (slide, 2000, 800);

  g_assert_true (duaal_route_chart_export_sized (f->a, f->b, NULL, page, 842, 595, 1, &error));
  g_assert_no_error (error);

  g_assert_false (duaal_route_chart_export_sized (f->a, f->b, NULL, tiny, 300, 50, 1, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, tiny));
  g_assert_false (g_file_test (tiny, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (duaal_route_chart_export_sized (f->a, NULL, NULL, tiny, 800, -5, 1, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_assert_false (g_file_test (tiny, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* Height 0: as tall as the chart needs, as duaal_route_chart_export(). */
  {
    double natural;

    duaal_route_chart_measure (f->a, NULL, NULL, 800, &natural);
    g_assert_true (duaal_route_chart_export_sized (f->a, NULL, NULL, slide, 800, 0, 1, &error));
    g_assert_no_error (error);
    assert_png_size (slide, 800, (int) ceil (natural));
  }
}

/* Long titles wrap: a narrow chart is taller than a wide one, and the
 * compare mode, with two bars sharing the width, is no shorter. */
static void
test_measure_wraps (Fixture       *f,
                    gconstpointer  data)
{
  double narrow, wide, compare;

  duaal_route_chart_measure (f->a, NULL, NULL, 420, &narrow);
  duaal_route_chart_measure (f->a, NULL, NULL, 1400, &wide);
  duaal_route_chart_measure (f->a, f->b, NULL, 1400, &compare);
  g_assert_cmpfloat (wide, >, 200);
  g_assert_cmpfloat (narrow, >, wide);
  g_assert_cmpfloat (compare, >=, wide);
}

/* The mean colour of a 24 x 12 block. */
static void
mean_colour (cairo_surface_t *surface,
             int              x0,
             int              y0,
             double           rgb[3])
{
  const guint8 *data;
  int stride;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  rgb[0] = rgb[1] = rgb[2] = 0;
  for (int y = y0; y < y0 + 12; y++)
    for (int x = x0; x < x0 + 24; x++)
      {
        guint32 px = *(const guint32 *) (data + y * stride + 4 * x);
        rgb[0] += ((px >> 16) & 0xff) / (24.0 * 12.0);
        rgb[1] += ((px >> 8) & 0xff) / (24.0 * 12.0);
        rgb[2] += (px & 0xff) / (24.0 * 12.0);
      }
}

/* Which route part a block of the bar shows: the part whose own fill,
 * pattern and all, has the nearest mean colour. */
static DuaalRoutePart
part_at (cairo_surface_t *bar,
         int              x,
         int              y)
{
  DuaalRoutePart nearest = DUAAL_ROUTE_PART_NONE;
  double best = G_MAXDOUBLE;
  double got[3];

  mean_colour (bar, x, y, got);
  for (guint part = 0; part < DUAAL_N_ROUTE_PARTS; part++)
    {
      cairo_surface_t *swatch = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 96, 40);
      cairo_t *cr = cairo_create (swatch);
      double want[3], d;

      duaal_palette_fill_route_part (cr, part, 0, 0, 96, 40);
      cairo_destroy (cr);
      mean_colour (swatch, 36, 14, want);
      cairo_surface_destroy (swatch);
      d = (got[0] - want[0]) * (got[0] - want[0]) + (got[1] - want[1]) * (got[1] - want[1])
          + (got[2] - want[2]) * (got[2] - want[2]);
      if (d < best)
        {
          best = d;
          nearest = part;
        }
    }
  return nearest;
}

/* Workplace only, both, campus only, not yet: always in that order,
 * each as wide as its share. */
static void
test_bar_order (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 40);
  cairo_t *cr = cairo_create (surface);
  const guint equal[DUAAL_N_ROUTE_PARTS] = { 1, 1, 1, 1 };
  const guint skewed[DUAAL_N_ROUTE_PARTS] = { 0, 3, 0, 1 };

  duaal_route_chart_draw_bar (cr, equal, 0, 0, 400, 40);
  /* Left of each part's centred count. */
  for (guint part = 0; part < DUAAL_N_ROUTE_PARTS; part++)
    g_assert_cmpint (part_at (surface, 100 * part + 8, 14), ==, part);

  duaal_route_chart_draw_bar (cr, skewed, 0, 0, 400, 40);
  g_assert_cmpint (part_at (surface, 8, 14), ==, DUAAL_ROUTE_PART_BOTH);
  g_assert_cmpint (part_at (surface, 260, 14), ==, DUAAL_ROUTE_PART_BOTH);
  g_assert_cmpint (part_at (surface, 320, 14), ==, DUAAL_ROUTE_PART_NONE);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Whether anything but the white background was drawn. */
static gboolean
page_has_ink (Fixture *f,
              double   width,
              double   page_height,
              guint    page)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, page_height);
  cairo_t *cr = cairo_create (surface);
  const guint8 *data;
  gboolean ink = FALSE;

  duaal_route_chart_draw_page (cr, f->a, f->b, NULL, width, page_height, page);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  for (int y = 0; y < (int) page_height && !ink; y++)
    for (int x = 0; x < (int) width && !ink; x++)
      ink = (*(const guint32 *) (data + y * cairo_image_surface_get_stride (surface) + 4 * x) & 0xffffff) != 0xffffff;
  cairo_surface_destroy (surface);
  return ink;
}

static void
test_pages (Fixture       *f,
            gconstpointer  data)
{
  double height;
  guint n_pages;

  duaal_route_chart_measure (f->a, f->b, NULL, 800, &height);
  /* Exactly the measured height holds everything on one page; a little
   * less pushes the totals onto a second one. */
  g_assert_cmpuint (duaal_route_chart_get_n_pages (f->a, f->b, NULL, 800, height), ==, 1);
  g_assert_cmpuint (duaal_route_chart_get_n_pages (f->a, f->b, NULL, 800, height - 30), ==, 2);

  /* Half the height: more pages, each with something on it, and
   * nothing on the page after the last. */
  n_pages = duaal_route_chart_get_n_pages (f->a, f->b, NULL, 800, height / 2);
  g_assert_cmpuint (n_pages, >=, 2);
  for (guint page = 0; page < n_pages; page++)
    g_assert_true (page_has_ink (f, 800, height / 2, page));
  g_assert_false (page_has_ink (f, 800, height / 2, n_pages));

  /* A page smaller than any row still ends: one row per page at most. */
  n_pages = duaal_route_chart_get_n_pages (f->a, NULL, NULL, 800, 10);
  g_assert_cmpuint (n_pages, ==, 1 + G_N_ELEMENTS (seed_sizes) + 1);
}

static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  const char *root = g_getenv ("DUAAL_BUILD_ROOT");
  g_autofree char *dir = g_build_filename (root ? root : ".", "screenshots", NULL);
  g_autofree char *single = g_build_filename (dir, "core-route.png", NULL);
  g_autofree char *compare = g_build_filename (dir, "core-route-compare.png", NULL);
  g_autofree char *dark = g_build_filename (dir, "core-route-dark.png", NULL);
  g_autoptr(GDateTime) date = g_date_time_new_local (2026, 11, 23, 10, 0, 0);
  DuaalRouteChartInfo info = { .period_label = NULL, .date = date };
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (duaal_route_chart_export (f->a, NULL, &info, single, 900, 1, &error));
  g_assert_no_error (error);
  g_assert_true (duaal_route_chart_export (f->a, f->b, &info, compare, 1200, 1, &error));
  g_assert_no_error (error);
  /* As the widget draws it in a dark theme. */
  info.dark_theme = TRUE;
  info.period_label = "Periode 2 (januari)";
  g_assert_true (duaal_route_chart_export (f->a, NULL, &info, dark, 700, 1, &error));
  g_assert_no_error (error);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/route/classify", test_classify);
  g_test_add_func ("/route/count-arrays", test_count_arrays);
  g_test_add_func ("/route/part-names", test_part_names);
  g_test_add_func ("/route/counts-from-status", test_counts_from_status);
  g_test_add_func ("/route/marker", test_marker);
  g_test_add_func ("/route/describe", test_describe);
  g_test_add_func ("/route/closed-period-versus-now", test_closed_period_versus_now);
  g_test_add_func ("/route/current-coverage-counts", test_current_coverage_counts);
  g_test_add_func ("/route/unknown-learner", test_unknown_learner);
  g_test_add_func ("/route-chart/bar-order", test_bar_order);
  g_test_add ("/route/seed-counts", Fixture, NULL, fixture_set_up, test_seed_counts, fixture_tear_down);
  g_test_add ("/route-chart/export-png", Fixture, NULL, fixture_set_up, test_export_png, fixture_tear_down);
  g_test_add ("/route-chart/export-svg", Fixture, NULL, fixture_set_up, test_export_svg, fixture_tear_down);
  g_test_add ("/route-chart/export-pdf", Fixture, NULL, fixture_set_up, test_export_pdf, fixture_tear_down);
  g_test_add ("/route-chart/export-pdf-text", Fixture, NULL, fixture_set_up, test_export_pdf_text, fixture_tear_down);
  g_test_add ("/route-chart/export-too-tall", Fixture, NULL, fixture_set_up, test_export_too_tall, fixture_tear_down);
  g_test_add ("/route-chart/text-work-linear", Fixture, NULL, fixture_set_up, test_text_work_linear, fixture_tear_down);
  g_test_add ("/route-chart/long-name-pdf", Fixture, NULL, fixture_set_up, test_long_name_pdf, fixture_tear_down);
  g_test_add ("/route-chart/export-errors", Fixture, NULL, fixture_set_up, test_export_errors, fixture_tear_down);
  g_test_add ("/route-chart/fit", Fixture, NULL, fixture_set_up, test_fit, fixture_tear_down);
  g_test_add ("/route-chart/export-sized", Fixture, NULL, fixture_set_up, test_export_sized, fixture_tear_down);
  g_test_add ("/route-chart/measure-wraps", Fixture, NULL, fixture_set_up, test_measure_wraps, fixture_tear_down);
  g_test_add ("/route-chart/pages", Fixture, NULL, fixture_set_up, test_pages, fixture_tear_down);
  g_test_add ("/route-chart/screenshots", Fixture, NULL, fixture_set_up, test_screenshots, fixture_tear_down);
  return g_test_run ();
}
