/* duaal-bench-pg.c: the team database's hot paths against bare libpq (issue 14)
 *
 *   tests/pg/run-with-pg.sh duaal-bench-pg [--groups N]
 *
 * Run inside a throwaway PostgreSQL cluster (the environment names the
 * server) with fsync on, as a server keeps scores, by `make bench`.  Generates a centre with the store (by
 * default 10 class groups of 25 learners, a qualification of 25
 * competences with 12 indicators, the three actors scoring about 60% of
 * the cells twice with a period closed in between), then times each
 * figure (median of 15 runs after a warm-up) together with its floor,
 * the same work done with bare libpq in the same run:
 *
 *   class-status     a group's status on a new connection; floor: a new
 *                    connection and one SELECT of the group's score rows
 *   score            one durable change of one field, merged in a
 *                    serializable transaction with the attention list
 *                    kept; floor: the same by hand (the ids looked up
 *                    beforehand, untimed; BEGIN, the log entry into the
 *                    same table, whose triggers keep current_score and
 *                    the notices, and the rule's rows in one pipeline;
 *                    the attention item and COMMIT in a second)
 *   score-vs-insert  the same score against one prepared INSERT into a
 *                    table of its own and COMMIT: the least a durable
 *                    write costs (an extra figure, no target)
 *   attention-group  the group's kept attention list; floor as class-status
 *                    but on an open connection
 *   writers-8        changes per second of 8 connections scoring at once
 *                    for 5 s (retries included), and how many failed
 *
 * One JSON line per figure, as duaal-bench prints them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include <unistd.h>

#include <libpq-fe.h>

#include "duaal-attention.h"
#include "duaal-pg-store.h"
#include "duaal-score-change-private.h"

#define GROUP_SIZE     25
#define N_COMPETENCES  25
#define N_INDICATORS   12
#define SCORED_PERCENT 60
#define N_RUNS         15
#define N_WRITERS      8
#define WRITE_SECONDS  5

typedef double (*RunFunc) (guint run, gpointer data);

static char *conninfo;
static guint n_groups = 10;

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median_of (RunFunc  func,
           gpointer data)
{
  double times[N_RUNS];

  func (N_RUNS, data);   /* warm-up */
  for (guint run = 0; run < N_RUNS; run++)
    times[run] = func (run, data);
  qsort (times, N_RUNS, sizeof times[0], compare_doubles);
  return times[N_RUNS / 2];
}

static void
print_figure (const char *figure,
              double      median_ms,
              double      floor_ms)
{
  g_print ("{\"figure\": \"%s\", \"median_ms\": %.3f, \"floor_ms\": %.3f, \"ratio\": %.2f}\n",
           figure, median_ms, floor_ms, floor_ms > 0 ? median_ms / floor_ms : 0.0);
}

static void
die_on_error (const char *what,
              GError     *error)
{
  if (error != NULL)
    g_error ("%s: %s", what, error->message);
}

static void
admin (const char *command)
{
  PGconn *conn = PQconnectdb ("");
  PGresult *result = PQexec (conn, command);

  if (PQresultStatus (result) != PGRES_COMMAND_OK)
    g_error ("%s: %s", command, PQerrorMessage (conn));
  PQclear (result);
  PQfinish (conn);
}

/* ------------------------------------------------------------------ */
/* The centre                                                          */

static DuaalQualification *
make_qualification (void)
{
  GPtrArray *competences = g_ptr_array_new_with_free_func (g_object_unref);
  GArray *levels = g_array_new (FALSE, TRUE, sizeof (DuaalLevel));

  for (guint c = 1; c <= N_COMPETENCES; c++)
    {
      GPtrArray *indicators = g_ptr_array_new_with_free_func (g_object_unref);
      GPtrArray *knowledge = g_ptr_array_new_with_free_func (g_object_unref);
      g_autofree char *id = g_strdup_printf ("c%02u", c);
      g_autofree char *title = g_strdup_printf ("Voert beroepsactiviteit %u uit volgens de voorschriften", c);

      for (guint i = 1; i <= N_INDICATORS; i++)
        {
          g_autofree char *indicator = g_strdup_printf ("c%02u.%02u", c, i);
          g_autofree char *text = g_strdup_printf ("Past handeling %u van activiteit %u correct toe", i, c);

          g_ptr_array_add (indicators, duaal_indicator_new (indicator, text));
        }
      g_ptr_array_add (knowledge, duaal_knowledge_item_new ("Kennis van het AREI"));
      g_ptr_array_add (competences, duaal_competence_new (id, c, title, NULL, NULL, indicators, knowledge));
    }
  return duaal_qualification_new ("BENCH", 1, "Benchmarktechnicus", NULL, "nl", 0, levels, competences);
}

static DuaalMastery
pick_mastery (GRand      *rand,
              gint64      learner_id,
              DuaalActor  actor)
{
  guint level = (guint) ((learner_id * 2654435761u + actor * 40503u) % 100);
  guint r = g_rand_int_range (rand, 0, 100);

  if (r < (100 - level) / 2)
    return DUAAL_MASTERY_X;
  if (r >= 100 - level * 3 / 4)
    return DUAAL_MASTERY_V;
  return DUAAL_MASTERY_LIL;
}

static void
score_group (DuaalStore *store,
             GRand      *rand,
             gint64      group_id,
             GPtrArray  *indicator_ids)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) learners = duaal_store_list_learners (store, group_id, &error);
  g_autoptr(GArray) inputs = g_array_new (FALSE, FALSE, sizeof (DuaalScoreInput));

  die_on_error ("listing learners", error);
  for (guint l = 0; l < learners->len; l++)
    {
      gint64 learner_id = duaal_learner_get_id (g_ptr_array_index (learners, l));

      for (guint i = 0; i < indicator_ids->len; i++)
        for (guint a = 0; a < DUAAL_N_ACTORS; a++)
          {
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
generate_centre (DuaalStore *store)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261207);
  g_autoptr(DuaalQualification) qualification = make_qualification ();
  g_autoptr(GPtrArray) indicator_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  double start = now_ms ();

  duaal_store_import_qualification (store, qualification, NULL, &error);
  die_on_error ("importing the qualification", error);
  for (guint c = 1; c <= N_COMPETENCES; c++)
    for (guint i = 1; i <= N_INDICATORS; i++)
      g_ptr_array_add (indicator_ids, g_strdup_printf ("c%02u.%02u", c, i));

  for (guint g = 1; g <= n_groups; g++)
    {
      g_autofree char *name = g_strdup_printf ("Klasgroep %03u", g);
      g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
      DuaalClassRow rows[GROUP_SIZE];
      gint64 group_id = duaal_store_add_group (store, name, "BENCH", 1, &error);

      die_on_error ("adding a group", error);
      for (guint l = 0; l < GROUP_SIZE; l++)
        {
          guint company = g_rand_int_range (rand, 1, 2 * n_groups + 1);
          char *learner = g_strdup_printf ("Lerende %03u-%02u", g, l + 1);
          char *company_name = g_strdup_printf ("Leerbedrijf %03u", company);
          char *trainer = g_strdup_printf ("Mentor %03u", company);

          g_ptr_array_add (strings, learner);
          g_ptr_array_add (strings, company_name);
          g_ptr_array_add (strings, trainer);
          rows[l] = (DuaalClassRow) { learner, company_name, trainer };
        }
      duaal_store_import_class (store, group_id, rows, GROUP_SIZE, NULL, &error);
      die_on_error ("importing a class list", error);
      score_group (store, rand, group_id, indicator_ids);
      duaal_store_close_period (store, group_id, &error);
      die_on_error ("closing a period", error);
      score_group (store, rand, group_id, indicator_ids);
    }
  g_printerr ("duaal-bench-pg: generated %u groups in %.0f s\n", n_groups, (now_ms () - start) / 1000);
}

/* ------------------------------------------------------------------ */
/* Figures                                                             */

static gint64
group_of_run (guint run)
{
  return 1 + (run * 7) % n_groups;
}

static double
run_class_status (guint    run,
                  gpointer data)
{
  double start = now_ms ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalPgStore) store = duaal_pg_store_open (conninfo, &error);
  g_autoptr(DuaalStatus) status = NULL;

  die_on_error ("opening", error);
  status = duaal_store_load_group_status (DUAAL_STORE (store), group_of_run (run), 0, &error);
  die_on_error ("class status", error);
  g_assert_cmpuint (duaal_status_get_learners (status)->len, ==, GROUP_SIZE);
  return now_ms () - start;
}

/* The group's score rows through one bare SELECT, on @data's connection
 * or (NULL) a new one. */
static double
run_rows_floor (guint    run,
                gpointer data)
{
  double start = now_ms ();
  PGconn *conn = data != NULL ? data : PQconnectdb (conninfo);
  g_autofree char *group = g_strdup_printf ("%" G_GINT64_FORMAT, group_of_run (run));
  const char *values[] = { group };
  PGresult *result = PQexecParams (conn, "SELECT s.learner_id, s.indicator_id, s.actor, s.mastery, s.coverage"
                                         " FROM learner l JOIN current_score s ON s.learner_id = l.id"
                                         " WHERE l.group_id = $1", 1, NULL, values, NULL, NULL, 0);
  gint64 sum = 0;

  g_assert_cmpint (PQresultStatus (result), ==, PGRES_TUPLES_OK);
  for (int r = 0; r < PQntuples (result); r++)
    sum += g_ascii_strtoll (PQgetvalue (result, r, 3), NULL, 10) + g_ascii_strtoll (PQgetvalue (result, r, 4), NULL, 10);
  g_assert_cmpint (sum, >, 0);
  PQclear (result);
  if (data == NULL)
    PQfinish (conn);
  return now_ms () - start;
}

static double
run_score (guint    run,
           gpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *indicator = g_strdup_printf ("c%02u.%02u", 1 + run % N_COMPETENCES, 1 + run % N_INDICATORS);
  DuaalScoreChange change = { .fields = DUAAL_SCORE_FIELD_MASTERY, .mastery = DUAAL_MASTERY_LIL };
  double start = now_ms ();

  duaal_store_record_change (data, 1 + run % (n_groups * GROUP_SIZE), indicator, DUAAL_ACTOR_TRAINER,
                             &change, NULL, &error);
  die_on_error ("score", error);
  return now_ms () - start;
}

/* A bare INSERT into a table of its own and COMMIT: what a durable
 * write costs at least, for the extra figure score-vs-insert. */
static double
run_insert_floor (guint    run,
                  gpointer data)
{
  PGconn *conn = data;
  g_autofree char *value = g_strdup_printf ("%u", run);
  const char *values[] = { value };
  double start = now_ms ();
  PGresult *result;

  PQclear (PQexec (conn, "BEGIN"));
  result = PQexecPrepared (conn, "floor_insert", 1, values, NULL, NULL, 0);
  g_assert_cmpint (PQresultStatus (result), ==, PGRES_COMMAND_OK);
  PQclear (result);
  result = PQexec (conn, "COMMIT");
  g_assert_cmpint (PQresultStatus (result), ==, PGRES_COMMAND_OK);
  PQclear (result);
  return now_ms () - start;
}

/* ------------------------------------------------------------------ */
/* The score's floor: the same work through bare libpq                 */

/* Sends prepared statements (@names, their parameters) as one pipeline
 * after @control (nullable: BEGIN or COMMIT, first or last) and keeps
 * the last result of each in @results. */
static void
floor_pipeline (PGconn            *conn,
                const char        *before,
                const char        *after,
                guint              n,
                const char *const *names,
                const char *const *values[],
                const int         *n_values,
                PGresult         **results)
{
  guint i = 0;
  PGresult *result;

  g_assert_cmpint (PQenterPipelineMode (conn), ==, 1);
  if (before != NULL)
    PQsendQueryParams (conn, before, 0, NULL, NULL, NULL, NULL, 0);
  for (guint s = 0; s < n; s++)
    PQsendQueryPrepared (conn, names[s], n_values[s], values[s], NULL, NULL, 0);
  if (after != NULL)
    PQsendQueryParams (conn, after, 0, NULL, NULL, NULL, NULL, 0);
  PQpipelineSync (conn);
  for (guint q = 0; q < n + (before != NULL) + (after != NULL); q++)
    {
      while ((result = PQgetResult (conn)) != NULL)
        {
          g_assert_cmpint (PQresultStatus (result), !=, PGRES_FATAL_ERROR);
          if (q >= (before != NULL) && i < n)
            results[i] = result;
          else
            PQclear (result);
        }
      if (q >= (before != NULL) && i < n)
        i++;
    }
  result = PQgetResult (conn);
  g_assert_cmpint (PQresultStatus (result), ==, PGRES_PIPELINE_SYNC);
  PQclear (result);
  g_assert_cmpint (PQexitPipelineMode (conn), ==, 1);
}

static void
floor_prepare (PGconn     *conn,
               const char *name,
               const char *sql)
{
  PGresult *result = PQprepare (conn, name, sql, 0, NULL);

  g_assert_cmpint (PQresultStatus (result), ==, PGRES_COMMAND_OK);
  PQclear (result);
}

static void
prepare_score_floor (PGconn *conn)
{
  floor_prepare (conn, "floor_cell", "SELECT id, competence_id FROM indicator WHERE code = $1");
  floor_prepare (conn, "floor_log", "INSERT INTO score_log (learner_id, indicator_id, actor, mastery, author_role,"
                                    " recorded_at, fields) VALUES ($1, $2, 2, $3, 2, $4, 1) RETURNING id");
  floor_prepare (conn, "floor_rows", "SELECT i.code, s.actor, s.mastery FROM indicator i"
                                     " LEFT JOIN current_score s ON s.learner_id = $1 AND s.indicator_id = i.id"
                                     " WHERE i.competence_id = $2 ORDER BY i.position");
  floor_prepare (conn, "floor_item", "INSERT INTO attention_item (learner_id, competence_position, competence_id,"
                                     " competence_code, severity, learner_colour, teacher_colour, trainer_colour,"
                                     " opposite) SELECT $1::bigint, position, id, code, $3::integer, $4::integer,"
                                     " $5::integer, $6::integer, $7::text FROM competence"
                                     " WHERE id = $2::bigint ON CONFLICT (learner_id, competence_position) DO UPDATE SET"
                                     " severity = excluded.severity, learner_colour = excluded.learner_colour,"
                                     " teacher_colour = excluded.teacher_colour,"
                                     " trainer_colour = excluded.trainer_colour, opposite = excluded.opposite");
  floor_prepare (conn, "floor_no_item", "DELETE FROM attention_item WHERE learner_id = $1 AND competence_id = $2");
}

/* The attention rule (the core's, as any program would call it) over
 * rows of indicator code, actor, mastery. */
static DuaalAttentionItem *
floor_assess (gint64          learner_id,
              const PGresult *rows)
{
  g_autoptr(GArray) indicators = g_array_new (FALSE, TRUE, sizeof (DuaalIndicatorMasteries));

  for (int r = 0; r < PQntuples (rows); r++)
    {
      DuaalIndicatorMasteries *last = indicators->len > 0
        ? &g_array_index (indicators, DuaalIndicatorMasteries, indicators->len - 1) : NULL;

      if (last == NULL || strcmp (last->indicator_id, PQgetvalue (rows, r, 0)) != 0)
        {
          g_array_set_size (indicators, indicators->len + 1);
          last = &g_array_index (indicators, DuaalIndicatorMasteries, indicators->len - 1);
          last->indicator_id = PQgetvalue (rows, r, 0);
        }
      if (!PQgetisnull (rows, r, 1))
        last->mastery[atoi (PQgetvalue (rows, r, 1))] = (DuaalMastery) atoi (PQgetvalue (rows, r, 2));
    }
  return duaal_attention_assess (learner_id, "c", (const DuaalIndicatorMasteries *) indicators->data,
                                 indicators->len);
}

/* The same change as run_score() by hand: the ids looked up first (not
 * timed), then BEGIN, the log entry (the same table, so the same
 * triggers keep current_score and the notices) and the rows of the
 * attention rule as one pipeline; the attention item and COMMIT as a
 * second. */
static double
run_score_floor (guint    run,
                 gpointer data)
{
  PGconn *conn = data;
  g_autofree char *code = g_strdup_printf ("c%02u.%02u", 1 + run % N_COMPETENCES, 1 + run % N_INDICATORS);
  g_autofree char *learner = g_strdup_printf ("%u", 1 + run % (n_groups * GROUP_SIZE));
  const char *cell_values[] = { code };
  const int n_cell = 1;
  const char *cell_name = "floor_cell";
  PGresult *cell = NULL, *results[2] = { NULL, NULL };
  g_autoptr(DuaalAttentionItem) item = NULL;
  g_autofree char *time = NULL;
  char indicator[24], competence[24];
  double start;

  floor_pipeline (conn, NULL, NULL, 1, &cell_name, (const char *const *[]) { cell_values }, &n_cell, &cell);
  g_strlcpy (indicator, PQgetvalue (cell, 0, 0), sizeof indicator);
  g_strlcpy (competence, PQgetvalue (cell, 0, 1), sizeof competence);
  PQclear (cell);

  start = now_ms ();
  time = g_strdup_printf ("%" G_GINT64_FORMAT, g_get_real_time ());
  {
    const char *names[] = { "floor_log", "floor_rows" };
    const char *log_values[] = { learner, indicator, "2", time };
    const char *row_values[] = { learner, competence };
    const int n_values[] = { 4, 2 };

    floor_pipeline (conn, "BEGIN ISOLATION LEVEL SERIALIZABLE", NULL, 2, names,
                    (const char *const *[]) { log_values, row_values }, n_values, results);
  }
  item = floor_assess (g_ascii_strtoll (learner, NULL, 10), results[1]);
  PQclear (results[0]);
  PQclear (results[1]);
  if (item == NULL)
    {
      const char *name = "floor_no_item";
      const char *values[] = { learner, competence };
      const int n = 2;

      floor_pipeline (conn, NULL, "COMMIT", 1, &name, (const char *const *[]) { values }, &n, results);
    }
  else
    {
      const char *name = "floor_item";
      g_autofree char *numbers = g_strdup_printf ("%u %u %u %u", item->severity, item->colours[0],
                                                  item->colours[1], item->colours[2]);
      g_auto(GStrv) number = g_strsplit (numbers, " ", 4);
      const char *values[] = { learner, competence, number[0], number[1], number[2], number[3], NULL };
      const int n = 7;

      floor_pipeline (conn, NULL, "COMMIT", 1, &name, (const char *const *[]) { values }, &n, results);
    }
  PQclear (results[0]);
  return now_ms () - start;
}

static double
run_attention_group (guint    run,
                     gpointer data)
{
  g_autoptr(GError) error = NULL;
  double start = now_ms ();
  g_autoptr(GPtrArray) items = duaal_store_list_attention (data, group_of_run (run), &error);

  die_on_error ("attention", error);
  return now_ms () - start;
}

typedef struct {
  guint  id;
  gint64 until;
  guint  done;
  guint  failed;
} Writer;

static gpointer
write_for_a_while (gpointer data)
{
  Writer *writer = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalPgStore) store = duaal_pg_store_open (conninfo, &error);
  g_autoptr(GRand) rand = g_rand_new_with_seed (writer->id);

  die_on_error ("a writer's connection", error);
  while (g_get_monotonic_time () < writer->until)
    {
      /* a few learners, so that writers meet on the same rows */
      g_autofree char *indicator = g_strdup_printf ("c%02d.%02d", g_rand_int_range (rand, 1, 3),
                                                    g_rand_int_range (rand, 1, N_INDICATORS + 1));
      DuaalScoreChange change = { .fields = DUAAL_SCORE_FIELD_MASTERY,
                                  .mastery = g_rand_int_range (rand, DUAAL_MASTERY_X, DUAAL_MASTERY_V + 1) };
      g_autoptr(GError) local_error = NULL;

      if (duaal_store_record_change (DUAAL_STORE (store), g_rand_int_range (rand, 1, 6), indicator,
                                     DUAAL_ACTOR_TEACHER, &change, NULL, &local_error) > 0)
        writer->done++;
      else
        writer->failed++;
    }
  return NULL;
}

static void
run_writers (void)
{
  Writer writers[N_WRITERS];
  GThread *threads[N_WRITERS];
  gint64 until = g_get_monotonic_time () + WRITE_SECONDS * G_USEC_PER_SEC;
  guint done = 0, failed = 0;

  for (guint w = 0; w < N_WRITERS; w++)
    {
      writers[w] = (Writer) { w + 1, until, 0, 0 };
      threads[w] = g_thread_new ("writer", write_for_a_while, &writers[w]);
    }
  for (guint w = 0; w < N_WRITERS; w++)
    {
      g_thread_join (threads[w]);
      done += writers[w].done;
      failed += writers[w].failed;
    }
  g_print ("{\"figure\": \"writers-%u\", \"changes_per_s\": %.1f, \"failed\": %u}\n", N_WRITERS,
           (double) done / WRITE_SECONDS, failed);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalPgStore) store = NULL;
  g_autofree char *name = g_strdup_printf ("duaal_bench_%d", (int) getpid ());
  g_autofree char *create = g_strdup_printf ("CREATE DATABASE %s", name);
  g_autofree char *drop = g_strdup_printf ("DROP DATABASE %s WITH (FORCE)", name);
  PGconn *floor_conn;
  PGresult *result;
  double score_ms;

  if (argc == 3 && g_str_equal (argv[1], "--groups"))
    n_groups = (guint) CLAMP (g_ascii_strtoull (argv[2], NULL, 10), 1, 1000);
  conninfo = g_strdup_printf ("dbname=%s", name);
  admin (create);
  duaal_pg_store_setup (conninfo, NULL, &error);
  die_on_error ("setting the database up", error);
  store = duaal_pg_store_open (conninfo, &error);
  die_on_error ("opening", error);
  generate_centre (DUAAL_STORE (store));
  admin ("CHECKPOINT");

  floor_conn = PQconnectdb (conninfo);
  PQclear (PQexec (floor_conn, "CREATE TABLE floor (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                               " value INTEGER)"));
  result = PQprepare (floor_conn, "floor_insert", "INSERT INTO floor (value) VALUES ($1)", 1, NULL);
  g_assert_cmpint (PQresultStatus (result), ==, PGRES_COMMAND_OK);
  PQclear (result);

  print_figure ("class-status", median_of (run_class_status, NULL), median_of (run_rows_floor, NULL));
  prepare_score_floor (floor_conn);
  score_ms = median_of (run_score, store);
  print_figure ("score", score_ms, median_of (run_score_floor, floor_conn));
  print_figure ("score-vs-insert", score_ms, median_of (run_insert_floor, floor_conn));
  print_figure ("attention-group", median_of (run_attention_group, store), median_of (run_rows_floor, floor_conn));
  run_writers ();

  PQfinish (floor_conn);
  g_clear_object (&store);
  admin (drop);
  g_free (conninfo);
  return 0;
}
