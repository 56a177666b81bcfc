/* test-report.c: a learner's PDF report for each reader (SPEC section 16)
 *
 * On the demo database: what each of the four readers' reports must and
 * must not hold (SPEC section 6), read back by pdftotext; the file sound
 * by qpdf, its fonts embedded, its pages A4 and as many as said; a
 * competence kept on one page; a closed period's report; file names;
 * the errors that leave no file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "duaal-attention.h"
#include "duaal-demo.h"
#include "duaal-error.h"
#include "duaal-report-evolution.h"
#include "duaal-report-renderer.h"
#include "duaal-sqlite-store.h"
#include "pdf-check.h"

/* The demo's comments, on the first indicator of c07 of its first learner. */
#define LEARNER_COMMENT "Op de werf trek ik alle leidingen zelf."
#define TEACHER_COMMENT "Buigradius niet gerespecteerd"
#define TRAINER_COMMENT "Werkt zelfstandig, controleer nog de diameters."

typedef struct {
  char       *dir;
  DuaalStore *store;
  gint64      group_id;
  gint64      learner_id;   /* the demo's first learner, with the comments */
} Fixture;

#include "store-test-helpers.h"

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) learners = NULL;

  f->dir = g_dir_make_tmp ("duaal-report-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "demo.db", NULL);
  f->store = DUAAL_STORE (duaal_sqlite_store_open (path, &error));
  g_assert_no_error (error);
  g_assert_true (duaal_demo_load (f->store, &f->group_id, NULL, &error));
  g_assert_no_error (error);
  learners = duaal_store_list_learners (f->store, f->group_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < learners->len && f->learner_id == 0; i++)
    if (g_str_equal (duaal_learner_get_name (g_ptr_array_index (learners, i)), "Jonas Peeters"))
      f->learner_id = duaal_learner_get_id (g_ptr_array_index (learners, i));
  g_assert_cmpint (f->learner_id, >, 0);
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  remove_dir (f->dir);
  g_free (f->dir);
}

/* Writes @learner_id's report for @reader at @period into the fixture's
 * folder; returns its path and sets @n_pages. */
static char *
write_report (Fixture     *f,
              gint64       learner_id,
              guint        period,
              DuaalViewer  reader,
              guint       *n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalReport) report = duaal_report_new (f->store, learner_id, period, reader, &error);
  g_autofree char *name = g_strdup_printf ("report-%d-%u.pdf", (int) reader, period);
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_no_error (error);
  g_assert_true (duaal_report_write_pdf (report, path, n_pages, &error));
  g_assert_no_error (error);
  return path;
}

/* The report's text, after checking what every Duaal PDF must be, and
 * that it has the pages the writer said. */
static char *
checked_report_text (Fixture     *f,
                     guint        period,
                     DuaalViewer  reader)
{
  guint n_pages = 0;
  g_autofree char *path = write_report (f, f->learner_id, period, reader, &n_pages);
  char *text = duaal_test_pdf_get_checked_text (path);

  g_assert_cmpuint (n_pages, >, 1);
  g_assert_cmpuint (duaal_test_pdf_count_a4_pages (path), ==, n_pages);
  return text;
}

static void
assert_has (const char *text,
            const char *what)
{
  if (strstr (text, what) == NULL)
    g_error ("the report lacks “%s”", what);
}

static void
assert_lacks (const char *text,
              const char *what)
{
  if (strstr (text, what) != NULL)
    g_error ("the report holds “%s”, which its reader may not see", what);
}

/* What every reader gets: the header, colours, evolution and route. */
static void
assert_common (const char *text)
{
  assert_has (text, "Report on Jonas Peeters");
  assert_has (text, "Elektrische installaties duaal");
  assert_has (text, "Elektro De Smet bv");
  assert_has (text, "Karel De Smet");
  assert_has (text, "Elektrotechnicus");
  assert_has (text, "Now (Period 2)");
  assert_has (text, "Evolution");
  assert_has (text, "Period 1");
  assert_has (text, "Competence route");
  assert_has (text, "Workplace only");
  /* Every actor's colour, whoever reads (SPEC section 6). */
  assert_has (text, "Acquired autonomously");
  assert_has (text, "Not acquired");
}

static void
test_learner_report (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *text = checked_report_text (f, 0, DUAAL_VIEWER_LEARNER);

  assert_common (text);
  assert_has (text, "Made for Learner (Jonas Peeters)");
  assert_has (text, "By the learner");
  assert_has (text, LEARNER_COMMENT);
  /* No indicator scores of others, no comments of others, no attention. */
  assert_lacks (text, "By the teacher");
  assert_lacks (text, "By the trainer");
  assert_lacks (text, TEACHER_COMMENT);
  assert_lacks (text, TRAINER_COMMENT);
  assert_lacks (text, "Needs attention");
  assert_lacks (text, "Severity");
}

static void
test_trainer_report (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *text = checked_report_text (f, 0, DUAAL_VIEWER_TRAINER);

  assert_common (text);
  assert_has (text, "Made for Trainer (Karel De Smet)");
  assert_has (text, "By the learner");
  assert_has (text, "By the teacher");
  assert_has (text, "By the trainer");
  assert_has (text, TRAINER_COMMENT);
  assert_lacks (text, TEACHER_COMMENT);
  assert_lacks (text, LEARNER_COMMENT);
  assert_lacks (text, "Needs attention");
}

static void
test_teacher_report (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *text = checked_report_text (f, 0, DUAAL_VIEWER_TEACHER);

  assert_common (text);
  assert_has (text, "Made for Teacher");
  assert_has (text, "By the learner");
  assert_has (text, "By the trainer");
  assert_has (text, TEACHER_COMMENT);
  assert_lacks (text, TRAINER_COMMENT);
  assert_lacks (text, LEARNER_COMMENT);
  assert_lacks (text, "Needs attention");
}

static void
test_coach_report (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *text = checked_report_text (f, 0, DUAAL_VIEWER_COACH);
  g_autofree char *path = write_report (f, f->learner_id, 0, DUAAL_VIEWER_COACH, NULL);
  g_autofree char *title = duaal_test_pdf_get_info (path, "Title");

  assert_common (text);
  assert_has (text, "Made for Coach");
  assert_has (text, LEARNER_COMMENT);
  assert_has (text, TEACHER_COMMENT);
  assert_has (text, TRAINER_COMMENT);
  /* The demo's disagreement on c07, with its indicators X against V. */
  assert_has (text, "Needs attention");
  assert_has (text, "Severity");
  assert_has (text, "Scored X by one actor and V by another");
  g_assert_cmpstr (title, ==, "Report on Jonas Peeters for: Coach");
}

/* The coach's report lists the learner's items of the attention list,
 * and only theirs; the other readers' reports have none. */
static void
test_attention_items (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalReport) coach = duaal_report_new (f->store, f->learner_id, 0, DUAAL_VIEWER_COACH, &error);
  g_autoptr(DuaalReport) teacher = duaal_report_new (f->store, f->learner_id, 0, DUAAL_VIEWER_TEACHER, &error);
  g_autoptr(GPtrArray) all = duaal_attention_list_now (f->store, f->group_id, &error);
  GPtrArray *items = duaal_report_get_attention (coach);
  guint of_learner = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < all->len; i++)
    of_learner += ((DuaalAttentionItem *) g_ptr_array_index (all, i))->learner_id == f->learner_id;
  g_assert_cmpuint (of_learner, >, 0);
  g_assert_cmpuint (of_learner, <, all->len);
  g_assert_cmpuint (items->len, ==, of_learner);
  for (guint i = 0; i < items->len; i++)
    g_assert_cmpint (((DuaalAttentionItem *) g_ptr_array_index (items, i))->learner_id, ==, f->learner_id);
  g_assert_null (duaal_report_get_attention (teacher));
}

/* A competence that fits on a page is never split: its first and last
 * indicators are on the page that has its title. */
static void
test_competences_kept_together (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *path = write_report (f, f->learner_id, 0, DUAAL_VIEWER_COACH, NULL);
  g_autofree char *text = duaal_test_pdf_get_text (path);
  g_auto(GStrv) pages = g_strsplit (text, "\f", -1);
  g_autoptr(DuaalQualification) qualification = duaal_store_get_qualification (f->store, "BK-0138", 0, NULL);
  GPtrArray *competences = duaal_qualification_get_competences (qualification);

  for (guint i = 0; i < competences->len; i++)
    {
      DuaalCompetence *competence = g_ptr_array_index (competences, i);
      guint n = duaal_competence_get_n_indicators (competence);
      const char *first = duaal_indicator_get_id (duaal_competence_get_indicator (competence, 0));
      const char *last = duaal_indicator_get_id (duaal_competence_get_indicator (competence, n - 1));
      int first_page = -1, last_page = -1;

      for (int p = 0; pages[p] != NULL && (first_page < 0 || last_page < 0); p++)
        {
          if (first_page < 0 && strstr (pages[p], first) != NULL)
            first_page = p;
          if (last_page < 0 && strstr (pages[p], last) != NULL)
            last_page = p;
        }
      g_assert_cmpint (first_page, >=, 0);
      g_assert_cmpint (first_page, ==, last_page);
    }
}

/* A competence longer than a page starts on a page of its own and goes
 * on with its title repeated, "(continued)"; the short one after it
 * stays whole. */
static void
test_long_competence (Fixture       *f,
                      gconstpointer  data)
{
  static const char * const layout[] = { "c1:3", "c2:90", "c3:4", NULL };
  g_autoptr(DuaalQualification) qualification = make_qualification ("BK-LONG", 1, "", layout);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  gint64 group, company, learner;
  int c2_first = -1, c2_last = -1, c1_page = -1, c3_first = -1, c3_last = -1;
  guint n_pages = 0;

  import_ok (f, qualification, DUAAL_IMPORT_IMPORTED);
  group = duaal_store_add_group (f->store, "Lange competentie", "BK-LONG", 1, &error);
  g_assert_no_error (error);
  company = duaal_store_add_company (f->store, "Bedrijf", NULL, &error);
  g_assert_no_error (error);
  learner = duaal_store_add_learner (f->store, group, "Lena Lang", company, "Mentor", &error);
  g_assert_no_error (error);

  path = write_report (f, learner, 0, DUAAL_VIEWER_COACH, &n_pages);
  g_assert_cmpuint (duaal_test_pdf_count_a4_pages (path), ==, n_pages);
  text = duaal_test_pdf_get_checked_text (path);
  pages = g_strsplit (text, "\f", -1);
  for (int p = 0; pages[p] != NULL; p++)
    {
      if (c1_page < 0 && strstr (pages[p], "c1.3") != NULL)
        c1_page = p;
      if (c2_first < 0 && strstr (pages[p], "c2.1 ") != NULL)
        c2_first = p;
      if (c2_last < 0 && strstr (pages[p], "c2.90") != NULL)
        c2_last = p;
      if (c3_first < 0 && strstr (pages[p], "c3.1") != NULL)
        c3_first = p;
      if (c3_last < 0 && strstr (pages[p], "c3.4") != NULL)
        c3_last = p;
    }
  g_assert_cmpint (c1_page, ==, 0);
  g_assert_cmpint (c2_first, ==, 1);
  g_assert_cmpint (c2_last, >, c2_first);
  for (int p = c2_first + 1; p <= c2_last; p++)
    assert_has (pages[p], "2. Competence c2 (continued)");
  assert_lacks (pages[c2_first], "(continued)");
  g_assert_cmpint (c3_first, >=, c2_last);
  g_assert_cmpint (c3_first, ==, c3_last);
}

static void
test_closed_period (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalReport) report = duaal_report_new (f->store, f->learner_id, 1, DUAAL_VIEWER_TRAINER, &error);
  g_autoptr(DuaalReport) open_period = NULL;
  g_autofree char *text = NULL;
  g_autofree char *column = NULL;
  guint period = 99;

  g_assert_no_error (error);
  g_assert_cmpuint (duaal_status_get_period (duaal_report_get_status (report)), ==, 1);
  /* The evolution ends with the report's period: no "now" after it. */
  g_assert_cmpuint (duaal_report_get_n_columns (report), ==, 1);
  duaal_report_get_column (report, 0, &period);
  g_assert_cmpuint (period, ==, 1);
  column = duaal_report_get_column_name (report, 0);
  g_assert_cmpstr (column, ==, "Period 1");

  text = checked_report_text (f, 1, DUAAL_VIEWER_TRAINER);
  assert_has (text, "Period 1 (closed)");
  assert_lacks (text, "Now");
  /* Period 1 had no comments yet. */
  assert_lacks (text, TRAINER_COMMENT);

  open_period = duaal_report_new (f->store, f->learner_id, 2, DUAAL_VIEWER_TRAINER, &error);
  g_assert_null (open_period);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
}

/* The core's trend rule that the evolution page and the reports share. */
static void
test_trend (void)
{
  g_assert_cmpint (duaal_colour_trend (DUAAL_COLOUR_RED, DUAAL_COLOUR_ORANGE), ==, 1);
  g_assert_cmpint (duaal_colour_trend (DUAAL_COLOUR_DARK_GREEN, DUAAL_COLOUR_LIGHT_GREEN), ==, -1);
  g_assert_cmpint (duaal_colour_trend (DUAAL_COLOUR_ORANGE, DUAAL_COLOUR_ORANGE), ==, 0);
  /* Grey is "not scored": neither up nor down. */
  g_assert_cmpint (duaal_colour_trend (DUAAL_COLOUR_GREY, DUAAL_COLOUR_DARK_GREEN), ==, 0);
  g_assert_cmpint (duaal_colour_trend (DUAAL_COLOUR_RED, DUAAL_COLOUR_GREY), ==, 0);
}

static void
assert_file_name (const char *name,
                  const char *expected)
{
  g_autoptr(DuaalLearner) learner = duaal_learner_new (1, 1, name, 1, "Bedrijf", 0, NULL);
  g_autofree char *file_name = duaal_report_file_name (learner);

  g_assert_cmpstr (file_name, ==, expected);
}

static void
test_file_name (void)
{
  g_autofree char *long_name = g_strnfill (150, 'a');
  g_autofree char *long_expected = NULL;

  assert_file_name ("Jonas Peeters", "Jonas Peeters.pdf");
  assert_file_name ("Émile Côté-Dubois", "Émile Côté-Dubois.pdf");
  assert_file_name ("../etc/passwd", "_etc_passwd.pdf");
  assert_file_name ("a/b\\c:d*e?f\"g<h>i|j", "a_b_c_d_e_f_g_h_i_j.pdf");
  assert_file_name (" .hidden ", "hidden.pdf");
  assert_file_name ("...", "report.pdf");
  long_expected = g_strdup_printf ("%.100s.pdf", long_name);
  assert_file_name (long_name, long_expected);
}

static gint64
add_learner (Fixture    *f,
             const char *name,
             const char *trainer)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalLearner) jonas = duaal_store_get_learner (f->store, f->learner_id, &error);
  gint64 id = duaal_store_add_learner (f->store, f->group_id, name, duaal_learner_get_company_id (jonas),
                                       trainer, &error);

  g_assert_no_error (error);
  return id;
}

/* A class group's reports: one per learner, in list order, each with a
 * file name of its own, the same every time. */
static void
test_group (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GPtrArray) learners = NULL;
  g_auto(GStrv) names = NULL;
  g_auto(GStrv) again = NULL;
  gint64 slash = add_learner (f, "Jan/Piet", "Karel De Smet");
  gint64 colon = add_learner (f, "Jan:Piet", "Karel De Smet");
  g_autofree char *slash_name = g_strdup_printf ("Jan_Piet (%" G_GINT64_FORMAT ").pdf", slash);
  g_autofree char *colon_name = g_strdup_printf ("Jan_Piet (%" G_GINT64_FORMAT ").pdf", colon);

  reports = duaal_report_new_for_group (f->store, f->group_id, 0, DUAAL_VIEWER_TEACHER, &error);
  g_assert_no_error (error);
  learners = duaal_store_list_learners (f->store, f->group_id, &error);
  g_assert_cmpuint (reports->len, ==, learners->len);
  g_assert_cmpuint (reports->len, ==, 6);
  names = duaal_report_file_names (reports);
  again = duaal_report_file_names (reports);
  g_assert_cmpuint (g_strv_length (names), ==, reports->len);
  g_assert_true (g_strv_equal ((const char * const *) names, (const char * const *) again));
  for (guint i = 0; i < reports->len; i++)
    {
      DuaalLearner *learner = duaal_report_get_learner (g_ptr_array_index (reports, i));

      g_assert_cmpint (duaal_learner_get_id (learner), ==,
                       duaal_learner_get_id (g_ptr_array_index (learners, i)));
      for (guint j = 0; j < i; j++)
        g_assert_cmpstr (names[i], !=, names[j]);
    }
  g_assert_true (g_strv_contains ((const char * const *) names, "Jonas Peeters.pdf"));
  g_assert_true (g_strv_contains ((const char * const *) names, slash_name));
  g_assert_true (g_strv_contains ((const char * const *) names, colon_name));

  g_clear_pointer (&reports, g_ptr_array_unref);
  reports = duaal_report_new_for_group (f->store, 999, 0, DUAAL_VIEWER_TEACHER, &error);
  g_assert_null (reports);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
}

/* A trainer's report needs a trainer; the learner's own one does not. */
static void
test_learner_without_trainer (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 alone = add_learner (f, "Zonder Mentor", NULL);
  g_autoptr(DuaalReport) report = duaal_report_new (f->store, alone, 0, DUAAL_VIEWER_TRAINER, &error);
  g_autoptr(GPtrArray) reports = NULL;

  g_assert_null (report);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  /* The group's run stops before any report, rather than leave one out. */
  reports = duaal_report_new_for_group (f->store, f->group_id, 0, DUAAL_VIEWER_TRAINER, &error);
  g_assert_null (reports);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);

  report = duaal_report_new (f->store, alone, 0, DUAAL_VIEWER_LEARNER, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);

  g_clear_object (&report);
  report = duaal_report_new (f->store, 999, 0, DUAAL_VIEWER_COACH, &error);
  g_assert_null (report);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
}

/* A file that cannot be written: an error naming it, and nothing left. */
static void
test_unwritable (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalReport) report = duaal_report_new (f->store, f->learner_id, 0, DUAAL_VIEWER_COACH, &error);
  g_autofree char *path = g_build_filename (f->dir, "no-such-folder", "report.pdf", NULL);

  g_assert_no_error (error);
  g_assert_false (duaal_report_write_pdf (report, path, NULL, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "report.pdf"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/report/reader/learner", test_learner_report);
  ADD ("/report/reader/trainer", test_trainer_report);
  ADD ("/report/reader/teacher", test_teacher_report);
  ADD ("/report/reader/coach", test_coach_report);
  ADD ("/report/attention", test_attention_items);
  ADD ("/report/pages/competences-kept-together", test_competences_kept_together);
  ADD ("/report/pages/long-competence", test_long_competence);
  ADD ("/report/period/closed", test_closed_period);
  ADD ("/report/group", test_group);
  ADD ("/report/errors/no-trainer", test_learner_without_trainer);
  ADD ("/report/errors/unwritable", test_unwritable);
#undef ADD
  g_test_add_func ("/report/evolution/trend", test_trend);
  g_test_add_func ("/report/file-name", test_file_name);
  return g_test_run ();
}
