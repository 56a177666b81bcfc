/* duaal-bench.c: every hot path of Duaal against its floor (issue 8)
 *
 * Generates a training centre deterministically (200 class groups of 25
 * learners, a qualification of 25 competences x 12 indicators, three
 * actors scoring about 60% of the indicators about three times each, two
 * closed periods), then times each figure together with its floor, the
 * best the hardware and libraries can do for the same work, measured in
 * the same run.  Prints one JSON line per figure:
 *
 *   {"figure": "class-status", "median_ms": 4.1, "floor_ms": 1.8, "ratio": 2.3}
 *
 * Usage: duaal-bench [--dir DIR] [--reuse] [--runs N] [--app PATH --bare PATH]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <math.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "duaal-score-change-private.h"
#include "duaal-attention-count-private.h"
#include "duaal-qualification-importer-private.h"
#include "duaal-attention.h"
#include "duaal-attention-count.h"
#include "duaal-overview.h"
#include "duaal-qualification-import-private.h"
#include "duaal-qualification-importer.h"
#include "duaal-route-chart.h"
#include "duaal-route.h"
#include "duaal-session-planner.h"
#include "duaal-sqlite-store.h"

#define N_GROUPS          200
#define GROUP_SIZE        25
#define N_COMPETENCES     25
#define N_INDICATORS      12
#define N_COMPANIES       400
#define SCORED_PERCENT    60
#define N_ROUNDS          3      /* changes per scored cell; periods close between rounds */
#define SEED              20261123
#define GENERATOR_VERSION 6      /* bump when the generated centre changes */

typedef struct {
  char  *figure;   /* only this figure, for profiling; NULL for all */
  char  *dir;
  char  *db_path;
  guint  runs;
  char  *app;
  char  *bare;
} Bench;

typedef double (*RunFunc) (Bench *bench, guint run, gpointer data);

/* ------------------------------------------------------------------ */
/* Timing                                                              */

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double median_of_times (GArray *times);

/* Median of @runs timed calls after one warm-up call.  @func returns the
 * milliseconds of the part it times, so set-up stays out of the figure. */
static double
median_of (Bench *bench, RunFunc func, gpointer data)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  func (bench, 0, data);
  for (guint run = 1; run <= bench->runs; run++)
    {
      double ms = func (bench, run, data);
      g_array_append_val (times, ms);
    }
  return median_of_times (times);
}

static double
median_of_times (GArray *times)
{
  g_array_sort (times, compare_doubles);
  if (times->len % 2 == 1)
    return g_array_index (times, double, times->len / 2);
  return (g_array_index (times, double, times->len / 2 - 1) + g_array_index (times, double, times->len / 2)) / 2;
}

/* The medians of @func with @a and with @b, the two run in turn (a
 * warm-up each first): a machine that gets busier or quieter meanwhile
 * slows both alike, and their ratio holds. */
static void
medians_in_turn (Bench *bench, RunFunc func, gpointer a, gpointer b, double *median_a, double *median_b)
{
  g_autoptr(GArray) times_a = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) times_b = g_array_new (FALSE, FALSE, sizeof (double));

  func (bench, 0, a);
  func (bench, 0, b);
  for (guint run = 1; run <= bench->runs; run++)
    {
      double ms_a = func (bench, run, a);
      double ms_b = func (bench, run, b);

      g_array_append_val (times_a, ms_a);
      g_array_append_val (times_b, ms_b);
    }
  *median_a = median_of_times (times_a);
  *median_b = median_of_times (times_b);
}

static void
print_figure (const char *figure, double median_ms, double floor_ms)
{
  g_print ("{\"figure\": \"%s\", \"median_ms\": %.3f, \"floor_ms\": %.3f, \"ratio\": %.2f}\n",
           figure, median_ms, floor_ms, floor_ms > 0 ? median_ms / floor_ms : 0.0);
}

static void
print_value (const char *figure, const char *unit, double value)
{
  g_print ("{\"figure\": \"%s\", \"%s\": %.1f}\n", figure, unit, value);
}

static void
die_on_error (const char *what, GError *error)
{
  if (error != NULL)
    g_error ("%s: %s", what, error->message);
}

/* ------------------------------------------------------------------ */
/* The centre                                                          */

static char *
qualification_xml (const char *code, guint n_competences)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<qualification xmlns=\"https://example.org/ns/duaal/qualification/1\"");

  g_string_append_printf (xml, " code=\"%s\" version=\"1\">\n  <title>Benchmarktechnicus</title>\n", code);
  for (guint c = 1; c <= n_competences; c++)
    {
      g_string_append_printf (xml, "  <competence id=\"c%02u\" number=\"%u\">\n"
                                   "    <title>Voert beroepsactiviteit %u uit volgens de voorschriften"
                                   " en de plannen van de installatie</title>\n", c, c, c);
      for (guint i = 1; i <= N_INDICATORS; i++)
        g_string_append_printf (xml, "    <indicator id=\"c%02u.%02u\">Past handeling %u van activiteit %u"
                                     " correct en veilig toe</indicator>\n", c, i, i, c);
      g_string_append (xml, "    <knowledge>Kennis van het AREI</knowledge>\n  </competence>\n");
    }
  g_string_append (xml, "</qualification>\n");
  return g_string_free (xml, FALSE);
}

static void
import_qualification (DuaalStore *store, const char *code, guint n_competences)
{
  g_autofree char *xml = qualification_xml (code, n_competences);
  g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&xml), strlen (xml));
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalQualification) qualification = NULL;

  qualification = duaal_qualification_import_bytes ("centre.xml", bytes, &error);
  die_on_error ("parsing the generated qualification", error);
  duaal_store_import_qualification (store, qualification, NULL, &error);
  die_on_error ("importing the generated qualification", error);
}

static void
add_companies (DuaalStore *store, GRand *rand)
{
  for (guint k = 1; k <= N_COMPANIES; k++)
    {
      g_autoptr(GPtrArray) activities = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *name = g_strdup_printf ("Leerbedrijf %03u", k);
      g_autoptr(GError) error = NULL;

      for (guint c = 1; c <= N_COMPETENCES; c++)
        if (g_rand_int_range (rand, 0, 100) < 55)
          g_ptr_array_add (activities, g_strdup_printf ("c%02u", c));
      g_ptr_array_add (activities, NULL);
      duaal_store_add_company (store, name, (const char * const *) activities->pdata, &error);
      die_on_error ("adding a company", error);
    }
}

static void
add_groups (DuaalStore *store, GRand *rand)
{
  for (guint g = 1; g <= N_GROUPS; g++)
    {
      g_autofree char *group_name = g_strdup_printf ("Klasgroep %03u", g);
      g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
      DuaalClassRow rows[GROUP_SIZE];
      DuaalClassImportResult result;
      g_autoptr(GError) error = NULL;
      gint64 group_id;

      group_id = duaal_store_add_group (store, group_name, "BENCH", 1, &error);
      die_on_error ("adding a group", error);
      for (guint l = 0; l < GROUP_SIZE; l++)
        {
          guint company = g_rand_int_range (rand, 1, N_COMPANIES + 1);
          char *learner = g_strdup_printf ("Lerende %03u-%02u", g, l + 1);
          char *company_name = g_strdup_printf ("Leerbedrijf %03u", company);
          char *trainer = g_strdup_printf ("Mentor %03u", company);

          g_ptr_array_add (strings, learner);
          g_ptr_array_add (strings, company_name);
          g_ptr_array_add (strings, trainer);
          rows[l] = (DuaalClassRow) { learner, company_name, trainer };
        }
      duaal_store_import_class (store, group_id, rows, GROUP_SIZE, &result, &error);
      die_on_error ("importing a class list", error);
    }
}

/* Each actor sees each learner at a level of its own, so the actors
 * agree on most competences and disagree on some, as in a real centre. */
static DuaalMastery
pick_mastery (GRand *rand, gint64 learner_id, DuaalActor actor)
{
  guint level = (guint) ((learner_id * 2654435761u + actor * 40503u) % 100);
  guint r = g_rand_int_range (rand, 0, 100);

  if (r < (100 - level) / 2)
    return DUAAL_MASTERY_X;
  if (r >= 100 - level * 3 / 4)
    return DUAAL_MASTERY_V;
  return DUAAL_MASTERY_LIL;
}

/* One round: every scored cell of one group gets a new value. */
static void
score_group_round (DuaalStore *store, GRand *rand, GPtrArray *learners, GArray *inputs,
                   GPtrArray *indicator_ids)
{
  g_autoptr(GError) error = NULL;

  g_array_set_size (inputs, 0);
  for (guint l = 0; l < learners->len; l++)
    {
      gint64 learner_id = duaal_learner_get_id (g_ptr_array_index (learners, l));

      for (guint i = 0; i < indicator_ids->len; i++)
        for (guint a = 0; a < DUAAL_N_ACTORS; a++)
          {
            /* Actors score whole competences: which ones depends on the
             * (learner, competence, actor) alone, so the same ~60% of the
             * cells change in every round. */
            guint competence = i / N_INDICATORS;
            guint32 cell_hash = (guint32) ((learner_id * 2246822519u + competence * 3266489917u + a * 668265263u) >> 7);
            DuaalScoreInput input;

            if (cell_hash % 100 >= SCORED_PERCENT)
              continue;
            input = (DuaalScoreInput) {
              .learner_id = learner_id,
              .indicator_id = g_ptr_array_index (indicator_ids, i),
              .actor = a,
              .change = duaal_score_change_whole (pick_mastery (rand, learner_id, a),
                                                  g_rand_int_range (rand, DUAAL_COVERAGE_N, DUAAL_COVERAGE_R + 1),
                                                  NULL),
            };
            g_array_append_val (inputs, input);
          }
    }
  duaal_store_record_changes (store, (DuaalScoreInput *) inputs->data, inputs->len, NULL, &error);
  die_on_error ("recording scores", error);
}

static void
score_centre (DuaalStore *store, GRand *rand)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) groups = duaal_store_list_groups (store, &error);
  g_autoptr(DuaalQualification) qualification = duaal_store_get_qualification (store, "BENCH", 1, &error);
  g_autoptr(GPtrArray) indicator_ids = g_ptr_array_new ();
  g_autoptr(GArray) inputs = g_array_new (FALSE, FALSE, sizeof (DuaalScoreInput));

  die_on_error ("reading the centre", error);
  for (guint c = 0; c < duaal_qualification_get_n_competences (qualification); c++)
    {
      DuaalCompetence *competence = duaal_qualification_get_competence (qualification, c);
      for (guint i = 0; i < duaal_competence_get_n_indicators (competence); i++)
        g_ptr_array_add (indicator_ids, (gpointer) duaal_indicator_get_id (duaal_competence_get_indicator (competence, i)));
    }

  for (guint round = 0; round < N_ROUNDS; round++)
    for (guint g = 0; g < groups->len; g++)
      {
        gint64 group_id = duaal_class_group_get_id (g_ptr_array_index (groups, g));
        g_autoptr(GPtrArray) learners = duaal_store_list_learners (store, group_id, &error);

        die_on_error ("listing learners", error);
        score_group_round (store, rand, learners, inputs, indicator_ids);
        if (round + 1 < N_ROUNDS)
          {
            duaal_store_close_period (store, group_id, &error);
            die_on_error ("closing a period", error);
          }
      }
}

static void
generate_centre (Bench *bench)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSqliteStore) store = NULL;
  double start = now_ms ();

  g_unlink (bench->db_path);
  store = duaal_sqlite_store_open (bench->db_path, &error);
  die_on_error ("creating the centre database", error);
  import_qualification (DUAAL_STORE (store), "BENCH", N_COMPETENCES);
  add_companies (DUAAL_STORE (store), rand);
  add_groups (DUAAL_STORE (store), rand);
  score_centre (DUAAL_STORE (store), rand);
  g_printerr ("duaal-bench: generated the centre in %.0f s\n", (now_ms () - start) / 1000);
}

/* ------------------------------------------------------------------ */
/* class-status                                                        */

static gint64
group_of_run (guint run)
{
  /* a different group each run, so no run reads what the last one cached */
  return 1 + (run * 37) % N_GROUPS;
}

static double
run_class_status (Bench *bench, guint run, gpointer data)
{
  double start = now_ms ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSqliteStore) store = duaal_sqlite_store_open (bench->db_path, &error);
  g_autoptr(DuaalStatus) status = NULL;
  DuaalQualification *qualification;
  GPtrArray *learners;
  guint sum = 0;

  die_on_error ("opening", error);
  status = duaal_store_load_group_status (DUAAL_STORE (store), group_of_run (run), 0, &error);
  die_on_error ("class status", error);
  qualification = duaal_status_get_qualification (status);
  learners = duaal_status_get_learners (status);
  for (guint l = 0; l < learners->len; l++)
    for (guint c = 0; c < duaal_qualification_get_n_competences (qualification); c++)
      for (guint a = 0; a < DUAAL_N_ACTORS; a++)
        sum += duaal_status_get_colour (status, duaal_learner_get_id (g_ptr_array_index (learners, l)),
                                        duaal_competence_get_id (duaal_qualification_get_competence (qualification, c)), a);
  g_assert_cmpuint (learners->len, ==, GROUP_SIZE);
  g_assert_cmpuint (sum, >, 0);
  return now_ms () - start;
}

/* The same score rows through one bare prepared SELECT on a new handle. */
static double
run_class_status_floor (Bench *bench, guint run, gpointer data)
{
  double start = now_ms ();
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint rows = 0;
  gint64 sum = 0;

  g_assert_cmpint (sqlite3_open_v2 (bench->db_path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT s.learner_id, s.indicator_id, s.actor, s.mastery, s.coverage"
                                           " FROM learner l JOIN current_score s ON s.learner_id = l.id"
                                           " WHERE l.group_id = ?1", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, group_of_run (run));
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      sum += sqlite3_column_int (stmt, 3) + sqlite3_column_int (stmt, 4);
      rows++;
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_assert_cmpuint (rows, >, 0);
  g_assert_cmpint (sum, >, 0);
  return now_ms () - start;
}

/* ------------------------------------------------------------------ */
/* score                                                               */

typedef struct {
  DuaalStore *store;
  sqlite3    *floor_db;
} ScoreData;

static double
run_score (Bench *bench, guint run, gpointer data)
{
  ScoreData *score = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *indicator = g_strdup_printf ("c%02u.%02u", 1 + run % N_COMPETENCES, 1 + run % N_INDICATORS);
  /* One click: the mastery only, merged with the current score. */
  DuaalScoreChange change = { .fields = DUAAL_SCORE_FIELD_MASTERY, .mastery = DUAAL_MASTERY_LIL };
  double start = now_ms ();

  duaal_store_record_change (score->store, 1 + run % (N_GROUPS * GROUP_SIZE), indicator, DUAAL_ACTOR_TRAINER,
                             &change, NULL, &error);
  die_on_error ("score", error);
  return now_ms () - start;
}

static double
run_score_floor (Bench *bench, guint run, gpointer data)
{
  ScoreData *score = data;
  sqlite3_stmt *stmt = NULL;
  double start = now_ms ();

  g_assert_cmpint (sqlite3_exec (score->floor_db, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (score->floor_db, "INSERT INTO floor (learner, indicator, actor, value)"
                                       " VALUES (?1, ?2, 2, 2)", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int (stmt, 1, run);
  sqlite3_bind_int (stmt, 2, run % N_INDICATORS);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_exec (score->floor_db, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  return now_ms () - start;
}

static void
bench_score (Bench *bench)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSqliteStore) store = duaal_sqlite_store_open (bench->db_path, &error);
  g_autofree char *floor_path = g_build_filename (bench->dir, "floor.db", NULL);
  ScoreData data = { DUAAL_STORE (store), NULL };
  double median, floor;

  die_on_error ("opening", error);
  g_unlink (floor_path);
  g_assert_cmpint (sqlite3_open (floor_path, &data.floor_db), ==, SQLITE_OK);
  /* the same PRAGMAs as the store (duaal-sqlite-store.c) */
  g_assert_cmpint (sqlite3_exec (data.floor_db,
                                 "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;"
                                 "CREATE TABLE floor (id INTEGER PRIMARY KEY, learner INTEGER, indicator INTEGER,"
                                 " actor INTEGER, value INTEGER)", NULL, NULL, NULL), ==, SQLITE_OK);
  median = median_of (bench, run_score, &data);
  floor = median_of (bench, run_score_floor, &data);
  sqlite3_close (data.floor_db);
  print_figure ("score", median, floor);
}

/* ------------------------------------------------------------------ */
/* attention                                                           */

static double
run_attention_group (Bench *bench, guint run, gpointer data)
{
  DuaalStore *store = data;
  g_autoptr(GError) error = NULL;
  double start = now_ms ();
  g_autoptr(GPtrArray) items = duaal_attention_list_now (store, group_of_run (run), &error);

  die_on_error ("attention", error);
  g_assert_nonnull (items);
  return now_ms () - start;
}

static double
run_attention_centre (Bench *bench, guint run, gpointer data)
{
  DuaalStore *store = data;
  double start = now_ms ();
  guint total = 0;

  g_autoptr(GError) error = NULL;
  guint badge;

  /* Every group's list, as the coach goes through them, and the
   * centre's badge: both read the list kept up to date on each write. */
  for (gint64 group = 1; group <= N_GROUPS; group++)
    {
      g_autoptr(GPtrArray) items = duaal_attention_list_now (store, group, &error);

      die_on_error ("attention", error);
      total += items->len;
    }
  badge = duaal_attention_count_for_centre (store, &error);
  die_on_error ("attention", error);
  g_assert_cmpuint (total, >, 0);
  g_assert_cmpuint (badge, ==, total);
  return now_ms () - start;
}

/* Every current score of the centre through one bare SELECT. */
static double
run_attention_centre_floor (Bench *bench, guint run, gpointer data)
{
  double start = now_ms ();
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 sum = 0;

  g_assert_cmpint (sqlite3_open_v2 (bench->db_path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT learner_id, indicator_id, actor, mastery, coverage"
                                           " FROM current_score", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    sum += sqlite3_column_int (stmt, 3);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_assert_cmpint (sum, >, 0);
  return now_ms () - start;
}

/* ------------------------------------------------------------------ */
/* overview-plan                                                       */

static double
run_overview_plan (Bench *bench, guint run, gpointer data)
{
  DuaalStore *store = data;
  g_autoptr(GError) error = NULL;
  double start = now_ms ();
  g_autoptr(DuaalStatus) status = duaal_store_load_group_status (store, group_of_run (run), 0, &error);
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(DuaalOverview) overview = NULL;
  g_autoptr(DuaalSessionPlan) plan = NULL;
  g_autofree gboolean *acquired = NULL;
  GPtrArray *learners;
  DuaalQualification *qualification;
  guint n_competences;

  die_on_error ("overview", error);
  learners = duaal_status_get_learners (status);
  qualification = duaal_status_get_qualification (status);
  n_competences = duaal_qualification_get_n_competences (qualification);
  acquired = g_new0 (gboolean, learners->len * n_competences);
  for (guint l = 0; l < learners->len; l++)
    {
      gint64 learner_id = duaal_learner_get_id (g_ptr_array_index (learners, l));

      g_ptr_array_add (plans, duaal_store_get_plan (store, learner_id, &error));
      die_on_error ("plan", error);
      for (guint c = 0; c < n_competences; c++)
        acquired[l * n_competences + c] = duaal_colour_is_acquired (
          duaal_status_get_colour (status, learner_id,
                                   duaal_competence_get_id (duaal_qualification_get_competence (qualification, c)),
                                   DUAAL_ACTOR_TEACHER));
    }
  overview = duaal_overview_new_from_status (status, plans);
  plan = duaal_session_plan_new_from_overview (overview, acquired, NULL, 2, &error);
  die_on_error ("session plan", error);
  g_assert_cmpuint (duaal_session_plan_get_n_sessions (plan), >=, duaal_session_plan_get_lower_bound (plan));
  return now_ms () - start;
}

/* ------------------------------------------------------------------ */
/* import                                                              */

typedef struct {
  GBytes                     *bytes;
  DuaalQualificationImporter *importer;   /* compiles the schema once, as the application does */
} ImportData;

static double
run_import (Bench *bench, guint run, gpointer data)
{
  ImportData *import = data;
  g_autoptr(GError) error = NULL;
  double start = now_ms ();
  g_autoptr(DuaalQualification) qualification =
    duaal_qualification_importer_import_bytes (import->importer, "import.xml", import->bytes, &error);
  double elapsed = now_ms () - start;

  /* the qualification is the caller's to keep: freeing it is not import */
  die_on_error ("import", error);
  g_assert_cmpuint (duaal_qualification_get_n_competences (qualification), ==, 30);
  return elapsed;
}

static double
run_import_floor (Bench *bench, guint run, gpointer data)
{
  ImportData *import = data;
  gsize size;
  const char *xml = g_bytes_get_data (import->bytes, &size);
  double start = now_ms ();
  xmlDocPtr doc = xmlReadMemory (xml, (int) size, "import.xml", NULL, XML_PARSE_NONET);

  g_assert_nonnull (doc);
  xmlFreeDoc (doc);
  return now_ms () - start;
}

/* Parsing and storing together, into a fresh database each run: what a
 * coach waits for after choosing a file. */
static double
run_import_store (Bench *bench, guint run, gpointer data)
{
  ImportData *import = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_strdup_printf ("%s/import-%u.db", bench->dir, run);
  g_autoptr(DuaalSqliteStore) store = NULL;
  g_autoptr(DuaalQualification) qualification = NULL;
  double start;

  g_unlink (path);
  store = duaal_sqlite_store_open (path, &error);
  die_on_error ("opening", error);
  start = now_ms ();
  qualification = duaal_qualification_importer_import_bytes (import->importer, "import.xml", import->bytes, &error);
  die_on_error ("import", error);
  duaal_store_import_qualification (DUAAL_STORE (store), qualification, NULL, &error);
  die_on_error ("import", error);
  start = now_ms () - start;
  g_clear_object (&store);
  g_unlink (path);
  return start;
}

/* ------------------------------------------------------------------ */
/* route-png                                                           */

typedef struct {
  DuaalRoute *route;
  char       *path;
} RouteData;

/* The figure: a 1600 x 1200 PNG, the chart fitted into it. */
#define ROUTE_PNG_WIDTH  1600
#define ROUTE_PNG_HEIGHT 1200

static double
run_route_png (Bench *bench, guint run, gpointer data)
{
  RouteData *route = data;
  g_autoptr(GError) error = NULL;
  DuaalRouteChartInfo info = { 0 };
  double start = now_ms ();

  duaal_route_chart_export_sized (route->route, NULL, &info, route->path,
                                  ROUTE_PNG_WIDTH, ROUTE_PNG_HEIGHT, 1, &error);
  die_on_error ("route", error);
  return now_ms () - start;
}

/* A surface of the same size filled with as many rectangles, written
 * as PNG by Cairo. */
static double
run_route_png_floor (Bench *bench, guint run, gpointer data)
{
  RouteData *route = data;
  double start = now_ms ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, ROUTE_PNG_WIDTH, ROUTE_PNG_HEIGHT);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  for (guint c = 0; c < N_COMPETENCES; c++)
    for (guint part = 0; part < DUAAL_N_ROUTE_PARTS; part++)
      {
        cairo_set_source_rgb (cr, part * 0.2, 0.4, 1 - part * 0.2);
        cairo_rectangle (cr, 400 + part * 280, 100 + c * (ROUTE_PNG_HEIGHT - 200) / N_COMPETENCES, 270, 34);
        cairo_fill (cr);
      }
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, route->path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return now_ms () - start;
}

static void
bench_route (Bench *bench, DuaalStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalStatus) status = duaal_store_load_learner_status (store, 1, 0, &error);
  g_autoptr(DuaalRoute) route = NULL;
  RouteData data;

  die_on_error ("route status", error);
  route = duaal_route_new_from_status (status, 1, &error);
  die_on_error ("route", error);
  data = (RouteData) { route, g_build_filename (bench->dir, "route.png", NULL) };
  {
    double layout_width, layout_height, zoom;
    duaal_route_chart_fit (route, NULL, ROUTE_PNG_WIDTH, ROUTE_PNG_HEIGHT, &layout_width, &layout_height, &zoom);
    g_printerr ("duaal-bench: the route chart of %u competences fits %d x %d pixels with its text at %.0f%%\n",
                N_COMPETENCES, ROUTE_PNG_WIDTH, ROUTE_PNG_HEIGHT, zoom * 100);
  }
  print_figure ("route-png", median_of (bench, run_route_png, &data), median_of (bench, run_route_png_floor, &data));
  g_free (data.path);
}

/* ------------------------------------------------------------------ */
/* startup and memory                                                  */

typedef struct {
  const char *program;
  gboolean    centre;      /* open the centre database */
  double      max_rss_mb;
} StartupData;

/* From exec to exit after the first frame: the program quits itself
 * when DUAAL_EXIT_AFTER_FIRST_FRAME is set. */
static double
run_startup (Bench *bench, guint run, gpointer data)
{
  StartupData *startup = data;
  const char *argv[] = { startup->program, startup->centre ? "--database" : NULL, bench->db_path, NULL };
  struct rusage usage;
  int status = 0;
  double start = now_ms ();
  pid_t pid = fork ();

  if (pid == 0)
    {
      g_setenv ("DUAAL_EXIT_AFTER_FIRST_FRAME", "1", TRUE);
      g_setenv ("GSK_RENDERER", "cairo", FALSE);
      execv (argv[0], (char **) argv);
      _exit (127);
    }
  g_assert_cmpint (wait4 (pid, &status, 0, &usage), ==, pid);
  start = now_ms () - start;
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("%s exited with status %d", startup->program, status);
  startup->max_rss_mb = MAX (startup->max_rss_mb, usage.ru_maxrss / 1024.0);
  return start;
}

static void
bench_startup (Bench *bench)
{
  StartupData app = { bench->app, TRUE, 0 };
  StartupData bare = { bench->bare, FALSE, 0 };

  if (bench->app == NULL || bench->bare == NULL || g_getenv ("DISPLAY") == NULL)
    {
      g_printerr ("duaal-bench: startup not measured: give --app and --bare and run under a display (xvfb-run)\n");
      return;
    }
  double app_ms, bare_ms;

  medians_in_turn (bench, run_startup, &app, &bare, &app_ms, &bare_ms);
  print_figure ("startup", app_ms, bare_ms);
  print_value ("rss-mb", "value", app.max_rss_mb);
}

/* ------------------------------------------------------------------ */

static gboolean
wants (Bench *bench, const char *figure)
{
  return bench->figure == NULL || g_str_equal (bench->figure, figure);
}

static void
run_all (Bench *bench)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSqliteStore) store = NULL;
  g_autofree char *import_xml = qualification_xml ("IMPORT", 30);
  ImportData import = { g_bytes_new (import_xml, strlen (import_xml)),
                        duaal_qualification_importer_new (NULL) };
  struct stat st;

  if (wants (bench, "class-status"))
    print_figure ("class-status", median_of (bench, run_class_status, NULL),
                  median_of (bench, run_class_status_floor, NULL));
  if (wants (bench, "score"))
    bench_score (bench);

  store = duaal_sqlite_store_open (bench->db_path, &error);
  die_on_error ("opening", error);
  /* A group's attention list and overview have no bare-library
   * equivalent; their floor is reading the group's rows (class-status). */
  if (wants (bench, "attention-group"))
    print_figure ("attention-group", median_of (bench, run_attention_group, store),
                  median_of (bench, run_class_status_floor, NULL));
  if (wants (bench, "attention-centre"))
    print_figure ("attention-centre", median_of (bench, run_attention_centre, store),
                  median_of (bench, run_attention_centre_floor, NULL));
  if (wants (bench, "overview-plan"))
    print_figure ("overview-plan", median_of (bench, run_overview_plan, store),
                  median_of (bench, run_class_status_floor, NULL));
  if (wants (bench, "import"))
    print_figure ("import", median_of (bench, run_import, &import), median_of (bench, run_import_floor, &import));
  if (wants (bench, "import-store"))
    print_figure ("import-store", median_of (bench, run_import_store, &import),
                  median_of (bench, run_import_floor, &import));
  if (wants (bench, "route-png"))
    bench_route (bench, DUAAL_STORE (store));
  g_clear_object (&store);
  if (wants (bench, "startup"))
    bench_startup (bench);

  g_assert_cmpint (g_stat (bench->db_path, &st), ==, 0);
  if (wants (bench, "db-bytes-per-learner"))
    print_value ("db-bytes-per-learner", "value", (double) st.st_size / (N_GROUPS * GROUP_SIZE));
  g_bytes_unref (import.bytes);
  g_object_unref (import.importer);
}

static gboolean
centre_is_current (Bench *bench)
{
  g_autofree char *stamp_path = g_strconcat (bench->db_path, ".generator", NULL);
  g_autofree char *stamp = NULL;

  return g_file_test (bench->db_path, G_FILE_TEST_EXISTS) &&
         g_file_get_contents (stamp_path, &stamp, NULL, NULL) &&
         atoi (stamp) == GENERATOR_VERSION;
}

static void
mark_centre_current (Bench *bench)
{
  g_autofree char *stamp_path = g_strconcat (bench->db_path, ".generator", NULL);
  g_autofree char *stamp = g_strdup_printf ("%d\n", GENERATOR_VERSION);

  g_file_set_contents (stamp_path, stamp, -1, NULL);
}

int
main (int argc, char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *app = NULL;
  g_autofree char *bare = NULL;
  g_autofree char *figure = NULL;
  gboolean reuse = FALSE;
  int runs = 15;
  GOptionEntry entries[] = {
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir, "Where the centre database goes", "DIR" },
    { "figure", 0, 0, G_OPTION_ARG_STRING, &figure, "Time only this figure (for profiling)", "NAME" },
    { "reuse", 0, 0, G_OPTION_ARG_NONE, &reuse, "Keep a centre generated by an earlier run", NULL },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Timed runs per figure (at least 15)", "N" },
    { "app", 0, 0, G_OPTION_ARG_FILENAME, &app, "The duaal application, for startup", "PATH" },
    { "bare", 0, 0, G_OPTION_ARG_FILENAME, &bare, "The bare window program, startup's floor", "PATH" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- time Duaal's hot paths against their floors");
  g_autoptr(GError) error = NULL;
  Bench bench = { 0 };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("duaal-bench: %s\n", error->message);
      return 2;
    }
  bench.dir = dir != NULL ? dir : g_dir_make_tmp ("duaal-bench-XXXXXX", NULL);
  g_mkdir_with_parents (bench.dir, 0700);
  bench.db_path = g_build_filename (bench.dir, "centre.db", NULL);
  bench.runs = MAX (runs, 15);
  bench.figure = figure;
  bench.app = app;
  bench.bare = bare;

  if (!reuse || !centre_is_current (&bench))
    {
      generate_centre (&bench);
      mark_centre_current (&bench);
    }
  run_all (&bench);
  if (dir == NULL)
    g_free (bench.dir);
  g_free (bench.db_path);
  return 0;
}
