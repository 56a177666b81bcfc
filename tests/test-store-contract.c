/* test-store-contract.c: what every DuaalStore backend promises
 *
 * Written once against the DuaalStore interface (duaal-store.h) and run
 * for each backend through a factory that makes a new, empty store: the
 * SQLite backend in a temporary directory now, the PostgreSQL backend by
 * adding its factory to backends[].  What only one backend has (file
 * modes, migrations, WAL) is tested in that backend's own suite
 * (test-store.c for SQLite).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gstdio.h>

#include "attention-check.h"
#include "duaal-period-private.h"
#include "duaal-qualification-private.h"
#include "duaal-teacher-private.h"
#include "duaal-attention-count-private.h"
#include "duaal-store-private.h"
#include "duaal-attention-count.h"
#include "duaal-error.h"
#include "duaal-evaluation.h"
#include "duaal-pg-store.h"
#include "duaal-sqlite-store.h"
#include "duaal-store.h"

#include <libpq-fe.h>
#include <unistd.h>

/* ------------------------------------------------------------------ */
/* Backends                                                            */

typedef struct {
  const char  *name;
  /* A new, empty store; @place: (out) whatever close needs to clean up. */
  DuaalStore *(*open)  (gpointer *place);
  void        (*close) (gpointer place);
} StoreFactory;

static DuaalStore *
sqlite_open (gpointer *place)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("duaal-contract-XXXXXX", &error);
  g_autofree char *path = NULL;
  DuaalSqliteStore *store;

  g_assert_no_error (error);
  path = g_build_filename (dir, "duaal.db", NULL);
  store = duaal_sqlite_store_open (path, &error);
  g_assert_no_error (error);
  *place = g_steal_pointer (&dir);
  return DUAAL_STORE (store);
}

static void
sqlite_close (gpointer place)
{
  static const char * const files[] = { "duaal.db", "duaal.db-wal", "duaal.db-shm" };
  g_autofree char *dir = place;

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (dir, files[i], NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

/* PostgreSQL (SPEC 13): a database of its own per test, on the server
 * that PGHOST, PGPORT, PGUSER and PGPASSWORD name (tests/pg/run-with-pg.sh
 * starts a throwaway one), set up by duaal_pg_store_setup(). */
static void
pg_admin (const char *command)
{
  PGconn *admin = PQconnectdb ("");
  PGresult *result;

  g_assert_cmpint (PQstatus (admin), ==, CONNECTION_OK);
  result = PQexec (admin, command);
  if (PQresultStatus (result) != PGRES_COMMAND_OK)
    g_error ("%s: %s", command, PQerrorMessage (admin));
  PQclear (result);
  PQfinish (admin);
}

static DuaalStore *
pg_open (gpointer *place)
{
  static guint counter;
  g_autoptr(GError) error = NULL;
  /* made here, not by anyone's input: safe to write into the SQL */
  g_autofree char *name = g_strdup_printf ("duaal_contract_%d_%u", (int) getpid (), ++counter);
  g_autofree char *create = g_strdup_printf ("CREATE DATABASE %s", name);
  g_autofree char *conninfo = g_strdup_printf ("dbname=%s", name);
  DuaalPgSetupStatus status;
  DuaalPgStore *store;

  pg_admin (create);
  g_assert_cmpuint (duaal_pg_store_setup (conninfo, &status, &error), ==, duaal_pg_store_schema_version ());
  g_assert_no_error (error);
  g_assert_cmpstr (duaal_pg_setup_status_to_string (status), ==, "created");
  store = duaal_pg_store_open (conninfo, &error);
  g_assert_no_error (error);
  *place = g_steal_pointer (&name);
  return DUAAL_STORE (store);
}

static void
pg_close (gpointer place)
{
  g_autofree char *name = place;
  g_autofree char *drop = g_strdup_printf ("DROP DATABASE %s WITH (FORCE)", name);

  pg_admin (drop);
}

static const StoreFactory backends[] = {
  { "sqlite", sqlite_open, sqlite_close },
  { "pg", pg_open, pg_close },
};

typedef struct {
  DuaalStore *store;
  gpointer    place;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const StoreFactory *factory = data;

  f->store = factory->open (&f->place);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  const StoreFactory *factory = data;

  g_clear_object (&f->store);
  factory->close (f->place);
}

/* ------------------------------------------------------------------ */
/* Helpers                                                             */

#include "store-test-helpers.h"


static gint64
score_ok (Fixture      *f,
          gint64        learner,
          const char   *indicator,
          DuaalActor    actor,
          DuaalMastery  mastery)
{
  g_autoptr(GError) error = NULL;
  DuaalScoreChange change = { DUAAL_SCORE_FIELD_MASTERY, mastery, DUAAL_COVERAGE_NONE, NULL };
  gint64 id = duaal_store_record_change (f->store, learner, indicator, actor, &change, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
assert_not_found (GError **error)
{
  g_assert_error (*error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
  g_clear_error (error);
}

/* Every learner, company, trainer and score of the store, as text: what
 * "nothing changed" is compared on. */
static char *
dump_store (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) groups = duaal_store_list_groups (f->store, &error);
  g_autoptr(GPtrArray) companies = duaal_store_list_companies (f->store, &error);
  g_autoptr(GPtrArray) qualifications = duaal_store_list_qualifications (f->store, &error);
  GString *dump = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint q = 0; q < qualifications->len; q++)
    g_string_append_printf (dump, "qualification %s %u %u\n",
                            duaal_qualification_get_code (g_ptr_array_index (qualifications, q)),
                            duaal_qualification_get_version (g_ptr_array_index (qualifications, q)),
                            duaal_qualification_get_n_indicators (g_ptr_array_index (qualifications, q)));
  for (guint c = 0; c < companies->len; c++)
    g_string_append_printf (dump, "company %s\n", duaal_company_get_name (g_ptr_array_index (companies, c)));
  for (guint g = 0; g < groups->len; g++)
    {
      gint64 group_id = duaal_class_group_get_id (g_ptr_array_index (groups, g));
      g_autoptr(GPtrArray) learners = duaal_store_list_learners (f->store, group_id, &error);

      g_assert_no_error (error);
      g_string_append_printf (dump, "group %s\n", duaal_class_group_get_name (g_ptr_array_index (groups, g)));
      for (guint l = 0; l < learners->len; l++)
        {
          gint64 learner_id = duaal_learner_get_id (g_ptr_array_index (learners, l));

          g_string_append_printf (dump, "learner %s %s scores %u\n",
                                  duaal_learner_get_name (g_ptr_array_index (learners, l)),
                                  duaal_learner_get_company_name (g_ptr_array_index (learners, l)),
                                  duaal_store_count_learner_scores (f->store, learner_id, &error));
          g_assert_no_error (error);
        }
    }
  return g_string_free (dump, FALSE);
}

/* ------------------------------------------------------------------ */
/* Qualifications                                                      */

static void
test_qualifications (Fixture       *f,
                     gconstpointer  data)
{
  static const char * const grown[] = { "c1:6", "c2:2", NULL };
  g_autoptr(DuaalQualification) v1 = make_qualification ("BK-1", 1, "", basic_layout);
  g_autoptr(DuaalQualification) retitled = make_qualification ("BK-1", 1, " (2024)", basic_layout);
  g_autoptr(DuaalQualification) grown_q = make_qualification ("BK-1", 1, "", grown);
  g_autoptr(DuaalQualification) v2 = make_qualification ("BK-1", 2, "", grown);
  g_autoptr(DuaalQualification) loaded = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  DuaalImportStatus status;
  gint64 learner;

  import_ok (f, v1, DUAAL_IMPORT_IMPORTED);
  import_ok (f, v1, DUAAL_IMPORT_UNCHANGED);
  /* nobody scored it yet: the structure may change, and change back */
  import_ok (f, grown_q, DUAAL_IMPORT_UPDATED);
  loaded = duaal_store_get_qualification (f->store, "BK-1", 1, &error);
  g_assert_no_error (error);
  g_assert_true (duaal_qualification_equal (loaded, grown_q));
  g_clear_object (&loaded);
  import_ok (f, v1, DUAAL_IMPORT_UPDATED);

  learner = add_learner_ok (f, add_group_ok (f, "6 EI"), "Jonas",
                            add_company_ok (f, "Elektro De Smet", NULL), NULL);
  score_ok (f, learner, "c1.1", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_V);

  /* same ids, new texts: updated, the score stays */
  import_ok (f, retitled, DUAAL_IMPORT_UPDATED);
  loaded = duaal_store_get_qualification (f->store, "BK-1", 0, &error);
  g_assert_no_error (error);
  g_assert_true (duaal_qualification_equal (loaded, retitled));
  g_clear_object (&loaded);
  g_assert_cmpuint (duaal_store_count_learner_scores (f->store, learner, &error), ==, 1);

  /* scored: other ids are refused, naming them, and nothing changes */
  before = dump_store (f);
  g_assert_false (duaal_store_import_qualification (f->store, grown_q, &status, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_CONFLICT);
  g_assert_cmpstr (error->message, ==,
                   "Qualification BK-1 version 1 already has scores, and this file adds or removes "
                   "competences or indicators: c1.6. Import it as a new version instead.");
  g_clear_error (&error);
  after = dump_store (f);
  g_assert_cmpstr (before, ==, after);
  loaded = duaal_store_get_qualification (f->store, "BK-1", 1, &error);
  g_assert_true (duaal_qualification_equal (loaded, retitled));
  g_clear_object (&loaded);

  /* a new version is another qualification, and the latest */
  import_ok (f, v2, DUAAL_IMPORT_IMPORTED);
  loaded = duaal_store_get_qualification (f->store, "BK-1", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (duaal_qualification_get_version (loaded), ==, 2);
  all = duaal_store_list_qualifications (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 2);

  g_assert_null (duaal_store_get_qualification (f->store, "BK-9", 0, &error));
  assert_not_found (&error);
  g_assert_null (duaal_store_get_qualification (f->store, "BK-1", 7, &error));
  assert_not_found (&error);
}

/* More than twenty changed ids are listed as twenty "and N more". */
static void
test_reimport_lists_twenty (Fixture       *f,
                            gconstpointer  data)
{
  static const char * const small[] = { "c1:1", NULL };
  static const char * const large[] = { "c1:1", "c2:30", NULL };
  g_autoptr(DuaalQualification) q = make_qualification ("BK-1", 1, "", small);
  g_autoptr(DuaalQualification) big = make_qualification ("BK-1", 1, "", large);
  g_autoptr(GError) error = NULL;
  DuaalImportStatus status;

  import_ok (f, q, DUAAL_IMPORT_IMPORTED);
  score_ok (f, add_learner_ok (f, add_group_ok (f, "6 EI"), "Jonas", add_company_ok (f, "Bedrijf", NULL), NULL),
            "c1.1", DUAAL_ACTOR_LEARNER, DUAAL_MASTERY_X);
  g_assert_false (duaal_store_import_qualification (f->store, big, &status, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, ": c2, c2.1, c2.10,"));
  g_assert_nonnull (strstr (error->message, " and 11 more. Import"));
}

/* ------------------------------------------------------------------ */
/* Groups, teachers, companies, learners                               */

static void
test_groups_and_periods (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) periods = NULL;
  g_autoptr(GPtrArray) teachers = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(DuaalClassGroup) group = NULL;
  gint64 group_id, other_id;

  import_basic (f);
  g_assert_cmpint (duaal_store_add_group (f->store, " ", "BK-1", 0, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (duaal_store_add_group (f->store, "6 EI", "BK-404", 0, &error), ==, 0);
  assert_not_found (&error);

  group_id = add_group_ok (f, " 6 EI ");
  other_id = add_group_ok (f, "5 EI");
  g_assert_cmpint (other_id, !=, group_id);
  group = duaal_store_get_group (f->store, group_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (duaal_class_group_get_name (group), ==, "6 EI");
  g_assert_cmpuint (duaal_class_group_get_qualification_version (group), ==, 1);

  /* three periods, open, named by the core */
  periods = duaal_store_list_periods (f->store, group_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (periods->len, ==, 3);
  for (guint i = 0; i < periods->len; i++)
    {
      g_autofree char *name = g_strdup_printf ("Period %u", i + 1);

      g_assert_cmpuint (duaal_period_get_number (g_ptr_array_index (periods, i)), ==, i + 1);
      g_assert_cmpstr (duaal_period_get_name (g_ptr_array_index (periods, i)), ==, name);
      g_assert_null (duaal_period_get_closed_at (g_ptr_array_index (periods, i)));
    }

  g_assert_true (duaal_store_rename_group (f->store, group_id, "6 EIa", &error));
  g_assert_no_error (error);
  groups = duaal_store_list_groups (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (groups->len, ==, 2);
  g_assert_cmpstr (duaal_class_group_get_name (g_ptr_array_index (groups, 0)), ==, "5 EI");
  g_assert_cmpstr (duaal_class_group_get_name (g_ptr_array_index (groups, 1)), ==, "6 EIa");

  g_assert_cmpint (duaal_store_add_teacher (f->store, group_id, " An Peeters ", &error), >, 0);
  g_assert_no_error (error);
  teachers = duaal_store_list_teachers (f->store, group_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (teachers->len, ==, 1);
  g_assert_cmpstr (duaal_teacher_get_name (g_ptr_array_index (teachers, 0)), ==, "An Peeters");

  /* unknown ids */
  g_assert_false (duaal_store_rename_group (f->store, 4242, "x", &error));
  g_assert_cmpstr (error->message, ==, "There is no class group with id 4242");
  assert_not_found (&error);
  g_assert_null (duaal_store_get_group (f->store, 4242, &error));
  assert_not_found (&error);
  g_assert_null (duaal_store_list_periods (f->store, 4242, &error));
  assert_not_found (&error);
  g_assert_null (duaal_store_list_teachers (f->store, 4242, &error));
  assert_not_found (&error);
  g_assert_cmpint (duaal_store_add_teacher (f->store, 4242, "An", &error), ==, 0);
  assert_not_found (&error);

  g_assert_true (duaal_store_delete_group (f->store, group_id, &error));
  g_assert_no_error (error);
  g_assert_false (duaal_store_delete_group (f->store, group_id, &error));
  assert_not_found (&error);
}

static void
test_companies_and_learners (Fixture       *f,
                             gconstpointer  data)
{
  static const char * const activities[] = { "c2", "c1", NULL };
  g_autoptr(GError) error = NULL;
  gint64 group, company, other, learner;

  import_basic (f);
  group = add_group_ok (f, "6 EI");
  company = duaal_store_add_company (f->store, "Elektro De Smet", activities, &error);
  g_assert_no_error (error);
  other = add_company_ok (f, "Verhaeghe", NULL);
  g_assert_cmpint (duaal_store_add_company (f->store, "Elektro De Smet", NULL, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autoptr(DuaalCompany) c = duaal_store_get_company (f->store, company, &error);

    g_assert_no_error (error);
    g_assert_cmpstrv (duaal_company_get_activities (c), activities);
  }
  g_assert_true (duaal_store_set_company_activities (f->store, other, activities, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) companies = duaal_store_list_companies (f->store, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (companies->len, ==, 2);
    g_assert_true (duaal_company_has_activity (g_ptr_array_index (companies, 1), "c2"));
  }

  learner = duaal_store_add_learner (f->store, group, " Jonas ", company, " Karel ", &error);
  g_assert_no_error (error);
  add_learner_ok (f, group, "Anna", company, NULL);
  {
    g_autoptr(GPtrArray) learners = duaal_store_list_learners (f->store, group, &error);
    g_autoptr(GPtrArray) trainers = duaal_store_list_trainers (f->store, company, &error);
    g_autoptr(DuaalLearner) l = duaal_store_get_learner (f->store, learner, &error);
    g_auto(GStrv) plan = duaal_store_get_plan (f->store, learner, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (learners->len, ==, 2);   /* by name */
    g_assert_cmpstr (duaal_learner_get_name (g_ptr_array_index (learners, 0)), ==, "Anna");
    g_assert_cmpuint (trainers->len, ==, 1);
    g_assert_cmpstr (duaal_learner_get_name (l), ==, "Jonas");
    g_assert_cmpstr (duaal_learner_get_trainer_name (l), ==, "Karel");
    /* the plan starts as the company's activities, in qualification order */
    g_assert_cmpstrv (plan, ((const char *[]) { "c1", "c2", NULL }));
  }
  g_assert_true (duaal_store_update_learner (f->store, learner, "Jonas P.", other, NULL, &error));
  g_assert_no_error (error);
  {
    g_autoptr(DuaalLearner) l = duaal_store_get_learner (f->store, learner, &error);

    g_assert_cmpstr (duaal_learner_get_company_name (l), ==, "Verhaeghe");
    g_assert_null (duaal_learner_get_trainer_name (l));
  }

  /* unknown ids */
  g_assert_cmpint (duaal_store_add_learner (f->store, 4242, "X", company, NULL, &error), ==, 0);
  assert_not_found (&error);
  g_assert_cmpint (duaal_store_add_learner (f->store, group, "X", 4242, NULL, &error), ==, 0);
  assert_not_found (&error);
  g_assert_false (duaal_store_update_learner (f->store, 4242, "X", company, NULL, &error));
  g_assert_cmpstr (error->message, ==, "There is no learner with id 4242");
  assert_not_found (&error);
  g_assert_null (duaal_store_get_learner (f->store, 4242, &error));
  assert_not_found (&error);
  g_assert_null (duaal_store_get_company (f->store, 4242, &error));
  assert_not_found (&error);
  g_assert_null (duaal_store_list_trainers (f->store, 4242, &error));
  assert_not_found (&error);
  g_assert_null (duaal_store_list_learners (f->store, 4242, &error));
  assert_not_found (&error);
  duaal_store_count_learner_scores (f->store, 4242, &error);
  assert_not_found (&error);

  g_assert_true (duaal_store_delete_learner (f->store, learner, &error));
  g_assert_no_error (error);
  g_assert_false (duaal_store_delete_learner (f->store, learner, &error));
  assert_not_found (&error);
}

/* Counting added and present learners and companies; a bad row leaves
 * everything as it was. */
static void
test_import_class (Fixture       *f,
                   gconstpointer  data)
{
  const DuaalClassRow rows[] = {
    { "Jonas", "Elektro De Smet", "Karel" },
    { "Anna", "Elektro De Smet", NULL },
    { "Sara", "Verhaeghe", NULL },
    { "Bram", "Nieuw bv", NULL },
  };
  const DuaalClassRow bad[] = { { "Lotte", "Nog nieuwer", NULL }, { " ", "Verhaeghe", NULL } };
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  DuaalClassImportResult result;
  gint64 group;

  import_basic (f);
  group = add_group_ok (f, "6 EI");
  add_company_ok (f, "Verhaeghe", NULL);
  add_learner_ok (f, group, "Sara", add_company_ok (f, "Elektro De Smet", NULL), NULL);

  g_assert_true (duaal_store_import_class (f->store, group, rows, G_N_ELEMENTS (rows), &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.learners_added, ==, 3);
  g_assert_cmpuint (result.learners_present, ==, 1);
  g_assert_cmpuint (result.companies_added, ==, 1);
  g_assert_cmpuint (result.companies_present, ==, 2);   /* each name once */

  g_assert_true (duaal_store_import_class (f->store, group, rows, G_N_ELEMENTS (rows), &result, &error));
  g_assert_cmpuint (result.learners_added, ==, 0);
  g_assert_cmpuint (result.learners_present, ==, 4);
  g_assert_cmpuint (result.companies_added, ==, 0);
  g_assert_cmpuint (result.companies_present, ==, 3);

  before = dump_store (f);
  g_assert_false (duaal_store_import_class (f->store, group, bad, G_N_ELEMENTS (bad), &result, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Row 2: "));
  g_clear_error (&error);
  after = dump_store (f);
  g_assert_cmpstr (before, ==, after);

  g_assert_false (duaal_store_import_class (f->store, 4242, rows, 1, &result, &error));
  assert_not_found (&error);
}

static void
test_plan (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) plan = NULL;
  gint64 learner;

  import_basic (f);
  learner = add_learner_ok (f, add_group_ok (f, "6 EI"), "Jonas", add_company_ok (f, "Bedrijf", NULL), NULL);
  g_assert_true (duaal_store_set_plan_cell (f->store, learner, "c2", TRUE, &error));
  g_assert_true (duaal_store_set_plan_cell (f->store, learner, "c1", TRUE, &error));
  g_assert_true (duaal_store_set_plan_cell (f->store, learner, "c1", TRUE, &error));
  g_assert_no_error (error);
  plan = duaal_store_get_plan (f->store, learner, &error);
  g_assert_cmpstrv (plan, ((const char *[]) { "c1", "c2", NULL }));
  g_clear_pointer (&plan, g_strfreev);
  g_assert_true (duaal_store_set_plan_cell (f->store, learner, "c1", FALSE, &error));
  plan = duaal_store_get_plan (f->store, learner, &error);
  g_assert_cmpstrv (plan, ((const char *[]) { "c2", NULL }));

  g_assert_false (duaal_store_set_plan_cell (f->store, learner, "c9", TRUE, &error));
  assert_not_found (&error);
  g_assert_false (duaal_store_set_plan_cell (f->store, 4242, "c1", TRUE, &error));
  assert_not_found (&error);
  g_assert_null (duaal_store_get_plan (f->store, 4242, &error));
  assert_not_found (&error);
}

/* ------------------------------------------------------------------ */
/* Scores and periods                                                  */

static void
test_scores (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;
  DuaalScoreChange change = { DUAAL_SCORE_FIELDS_ALL, DUAAL_MASTERY_LIL, DUAAL_COVERAGE_S, "goed" };
  gint64 learner, first, second, undo;

  import_basic (f);
  learner = add_learner_ok (f, add_group_ok (f, "6 EI"), "Jonas", add_company_ok (f, "Bedrijf", NULL), NULL);
  first = duaal_store_record_change (f->store, learner, "c1.1", DUAAL_ACTOR_TRAINER, &change, NULL, &error);
  g_assert_no_error (error);
  second = score_ok (f, learner, "c1.1", DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_V);
  g_assert_cmpint (second, >, first);
  undo = duaal_store_undo_score (f->store, second, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (undo, >, second);
  history = duaal_store_score_history (f->store, learner, "c1.1", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 3);
  g_assert_cmpint (duaal_score_get_mastery (g_ptr_array_index (history, 2)), ==, DUAAL_MASTERY_LIL);
  g_assert_cmpstr (duaal_score_get_comment (g_ptr_array_index (history, 2)), ==, "goed");
  g_assert_cmpuint (duaal_store_count_learner_scores (f->store, learner, &error), ==, 1);

  /* unknown ids and indicators */
  g_assert_cmpint (duaal_store_record_change (f->store, 4242, "c1.1", DUAAL_ACTOR_TRAINER, &change, NULL,
                                              &error), ==, 0);
  assert_not_found (&error);
  g_assert_cmpint (duaal_store_record_change (f->store, learner, "c9.9", DUAAL_ACTOR_TRAINER, &change, NULL,
                                              &error), ==, 0);
  assert_not_found (&error);
  g_assert_cmpint (duaal_store_undo_score (f->store, 4242, NULL, NULL, &error), ==, 0);
  assert_not_found (&error);

  /* a batch is all or nothing */
  {
    const DuaalScoreInput batch[] = {
      { learner, "c2.1", DUAAL_ACTOR_LEARNER, change },
      { learner, "c9.9", DUAAL_ACTOR_LEARNER, change },
    };

    g_assert_false (duaal_store_record_changes (f->store, batch, G_N_ELEMENTS (batch), NULL, &error));
    assert_not_found (&error);
    g_assert_cmpuint (duaal_store_count_learner_scores (f->store, learner, &error), ==, 1);
    g_assert_true (duaal_store_record_changes (f->store, batch, 1, "sheet.xlsx", &error));
    g_assert_no_error (error);
    g_assert_cmpuint (duaal_store_count_learner_scores (f->store, learner, &error), ==, 2);
  }
}

/* A change of some fields keeps the others (SPEC 3), alone and in a
 * batch; a change that leaves nothing takes the cell out of the count. */
static void
assert_last_value (Fixture      *f,
                   gint64        learner,
                   const char   *indicator,
                   DuaalMastery  mastery,
                   DuaalCoverage coverage,
                   const char   *comment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = duaal_store_score_history (f->store, learner, indicator, &error);
  DuaalScore *last;

  g_assert_no_error (error);
  g_assert_cmpuint (history->len, >, 0);
  last = g_ptr_array_index (history, history->len - 1);
  g_assert_cmpint (duaal_score_get_mastery (last), ==, mastery);
  g_assert_cmpint (duaal_score_get_coverage (last), ==, coverage);
  g_assert_cmpstr (duaal_score_get_comment (last), ==, comment);
}

static void
test_partial_changes (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DuaalScoreChange whole = { DUAAL_SCORE_FIELDS_ALL, DUAAL_MASTERY_LIL, DUAAL_COVERAGE_S, "goed" };
  DuaalScoreChange mastery = { DUAAL_SCORE_FIELD_MASTERY, DUAAL_MASTERY_V, DUAAL_COVERAGE_N, "ignored" };
  DuaalScoreChange coverage = { DUAAL_SCORE_FIELD_COVERAGE, DUAAL_MASTERY_X, DUAAL_COVERAGE_R, NULL };
  DuaalScoreChange comment = { DUAAL_SCORE_FIELD_COMMENT, DUAAL_MASTERY_X, DUAAL_COVERAGE_N, NULL };
  DuaalScoreChange clear = { DUAAL_SCORE_FIELD_MASTERY | DUAAL_SCORE_FIELD_COVERAGE, DUAAL_MASTERY_NONE,
                             DUAAL_COVERAGE_NONE, NULL };
  gint64 learner;

  import_basic (f);
  learner = add_learner_ok (f, add_group_ok (f, "6 EI"), "Jonas", add_company_ok (f, "Bedrijf", NULL), NULL);
  g_assert_cmpint (duaal_store_record_change (f->store, learner, "c1.1", DUAAL_ACTOR_TEACHER, &whole, NULL,
                                              &error), >, 0);
  g_assert_cmpint (duaal_store_record_change (f->store, learner, "c1.1", DUAAL_ACTOR_TEACHER, &mastery, NULL,
                                              &error), >, 0);
  assert_last_value (f, learner, "c1.1", DUAAL_MASTERY_V, DUAAL_COVERAGE_S, "goed");
  g_assert_cmpint (duaal_store_record_change (f->store, learner, "c1.1", DUAAL_ACTOR_TEACHER, &coverage, NULL,
                                              &error), >, 0);
  assert_last_value (f, learner, "c1.1", DUAAL_MASTERY_V, DUAAL_COVERAGE_R, "goed");
  g_assert_cmpint (duaal_store_record_change (f->store, learner, "c1.1", DUAAL_ACTOR_TEACHER, &comment, NULL,
                                              &error), >, 0);
  assert_last_value (f, learner, "c1.1", DUAAL_MASTERY_V, DUAAL_COVERAGE_R, NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (duaal_store_count_learner_scores (f->store, learner, &error), ==, 1);

  /* in a batch, each change merges with the one before it */
  {
    const DuaalScoreInput batch[] = {
      { learner, "c2.1", DUAAL_ACTOR_TEACHER, whole },
      { learner, "c2.1", DUAAL_ACTOR_TEACHER, mastery },
      { learner, "c1.1", DUAAL_ACTOR_TEACHER, clear },
    };

    g_assert_true (duaal_store_record_changes (f->store, batch, G_N_ELEMENTS (batch), NULL, &error));
    g_assert_no_error (error);
  }
  assert_last_value (f, learner, "c2.1", DUAAL_MASTERY_V, DUAAL_COVERAGE_S, "goed");
  assert_last_value (f, learner, "c1.1", DUAAL_MASTERY_NONE, DUAAL_COVERAGE_NONE, NULL);
  g_assert_cmpuint (duaal_store_count_learner_scores (f->store, learner, &error), ==, 1);
  g_assert_no_error (error);
}

static void
test_periods_freeze (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalStatus) frozen = NULL;
  g_autoptr(DuaalStatus) now = NULL;
  gint64 group, learner;

  import_basic (f);
  group = add_group_ok (f, "6 EI");
  learner = add_learner_ok (f, group, "Jonas", add_company_ok (f, "Bedrijf", NULL), NULL);
  score_ok (f, learner, "c1.1", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_X);

  g_assert_null (duaal_store_load_group_status (f->store, group, 1, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);   /* not closed yet */
  g_clear_error (&error);
  g_assert_cmpuint (duaal_store_close_period (f->store, group, &error), ==, 1);
  g_assert_no_error (error);
  score_ok (f, learner, "c1.1", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_V);

  frozen = duaal_store_load_learner_status (f->store, learner, 1, &error);
  g_assert_no_error (error);
  now = duaal_store_load_group_status (f->store, group, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (duaal_status_get_cell (frozen, learner, "c1.1", DUAAL_ACTOR_TEACHER)->mastery, ==,
                   DUAAL_MASTERY_X);
  g_assert_cmpint (duaal_status_get_cell (now, learner, "c1.1", DUAAL_ACTOR_TEACHER)->mastery, ==,
                   DUAAL_MASTERY_V);

  g_assert_cmpuint (duaal_store_close_period (f->store, group, &error), ==, 2);
  g_assert_cmpuint (duaal_store_close_period (f->store, group, &error), ==, 3);
  g_assert_cmpuint (duaal_store_close_period (f->store, group, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (duaal_store_load_group_status (f->store, group, 9, &error));
  assert_not_found (&error);
  g_assert_cmpuint (duaal_store_close_period (f->store, 4242, &error), ==, 0);
  assert_not_found (&error);
  g_assert_null (duaal_store_load_group_status (f->store, 4242, 0, &error));
  assert_not_found (&error);
  g_assert_null (duaal_store_load_learner_status (f->store, 4242, 0, &error));
  assert_not_found (&error);
}

/* ------------------------------------------------------------------ */
/* Attention                                                           */

/* The attention list the store keeps equals the one computed from all
 * the group's scores, item for item and in the same order. */
static void
assert_attention_current (Fixture *f,
                          gint64   group)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalStatus) status = duaal_store_load_group_status (f->store, group, 0, &error);
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GPtrArray) kept = NULL;

  g_assert_no_error (error);
  expected = duaal_attention_collect (status);
  kept = duaal_attention_list_now (f->store, group, &error);
  g_assert_no_error (error);
  assert_attention_lists_equal (kept, expected);
  g_assert_cmpuint (duaal_attention_count_for_group (f->store, group, &error), ==, expected->len);
  g_assert_no_error (error);
}

static void
test_attention_follows_writes (Fixture       *f,
                               gconstpointer  data)
{
  static const char * const layout[] = { "c1:4", "c2:3", NULL };
  g_autoptr(DuaalQualification) q = make_qualification ("AT-1", 1, "", layout);
  g_autoptr(DuaalQualification) retitled = make_ordered_qualification ("AT-1", 1, " (new)", layout, TRUE);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GArray) log_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) learners = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  gint64 group, other_group, company;
  guint total;

  import_ok (f, q, DUAAL_IMPORT_IMPORTED);
  group = duaal_store_add_group (f->store, "6 EI", "AT-1", 1, &error);
  other_group = duaal_store_add_group (f->store, "5 EI", "AT-1", 1, &error);
  g_assert_no_error (error);
  company = add_company_ok (f, "Bedrijf", NULL);
  for (guint l = 0; l < 6; l++)
    {
      g_autofree char *name = g_strdup_printf ("Lerende %u", l);
      gint64 id = add_learner_ok (f, l < 4 ? group : other_group, name, company, NULL);
      g_array_append_val (learners, id);
    }
  assert_attention_current (f, group);

  for (guint round = 0; round < 300; round++)
    {
      gint64 learner = g_array_index (learners, gint64, g_rand_int_range (rand, 0, learners->len));
      guint c = g_rand_int_range (rand, 1, 3);
      g_autofree char *indicator = g_strdup_printf ("c%u.%d", c, g_rand_int_range (rand, 1, c == 1 ? 5 : 4));
      DuaalActor actor = g_rand_int_range (rand, 0, DUAAL_N_ACTORS);
      guint what = g_rand_int_range (rand, 0, 10);

      if (what < 6)
        {
          gint64 id = score_ok (f, learner, indicator, actor, g_rand_int_range (rand, 0, DUAAL_MASTERY_V + 1));
          g_array_append_val (log_ids, id);
        }
      else if (what < 8 && log_ids->len > 0)
        {
          /* undo one, possibly long ago; refused when nothing is left to restore */
          gint64 id = g_array_index (log_ids, gint64, g_rand_int_range (rand, 0, log_ids->len));
          if (duaal_store_undo_score (f->store, id, NULL, NULL, &error) == 0)
            g_clear_error (&error);
        }
      else if (what == 8)
        {
          DuaalScoreInput batch[2] = {
            { learner, "c1.1", actor, { DUAAL_SCORE_FIELDS_ALL, DUAAL_MASTERY_V, DUAAL_COVERAGE_R, NULL } },
            { learner, "c1.2", (actor + 1) % DUAAL_N_ACTORS,
              { DUAAL_SCORE_FIELD_MASTERY, DUAAL_MASTERY_X, 0, NULL } },
          };
          g_assert_true (duaal_store_record_changes (f->store, batch, 2, NULL, &error));
          g_assert_no_error (error);
        }
      else
        {
          /* a coverage or comment alone moves no colour */
          DuaalScoreChange change = { DUAAL_SCORE_FIELD_COVERAGE | DUAAL_SCORE_FIELD_COMMENT, 0,
                                      DUAAL_COVERAGE_S, "opmerking" };
          g_assert_cmpint (duaal_store_record_change (f->store, learner, indicator, actor, &change, NULL,
                                                      &error), >, 0);
          g_assert_no_error (error);
        }
      if (round % 50 == 49)
        {
          assert_attention_current (f, group);
          assert_attention_current (f, other_group);
        }
      if (round == 150)
        {
          /* new texts and order, same ids: the same list, in the new order */
          import_ok (f, retitled, DUAAL_IMPORT_UPDATED);
          g_assert_cmpuint (duaal_store_close_period (f->store, group, &error), ==, 1);
          assert_attention_current (f, group);
        }
    }
  total = duaal_attention_count_for_centre (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (total, >, 0);
  g_assert_cmpuint (total, ==, duaal_attention_count_for_group (f->store, group, &error) +
                               duaal_attention_count_for_group (f->store, other_group, &error));

  /* deleting a learner, then a group, takes their items along */
  g_assert_true (duaal_store_delete_learner (f->store, g_array_index (learners, gint64, 0), &error));
  assert_attention_current (f, group);
  g_assert_true (duaal_store_delete_group (f->store, other_group, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (duaal_attention_count_for_centre (f->store, &error), ==,
                    duaal_attention_count_for_group (f->store, group, &error));

  g_assert_null (duaal_attention_list_now (f->store, 4242, &error));
  assert_not_found (&error);
  duaal_attention_count_for_group (f->store, 4242, &error);
  assert_not_found (&error);
}

/* A structure re-import of a qualification nobody scored empties its
 * list; one that someone scored leaves it as it was. */
static void
test_attention_and_reimport (Fixture       *f,
                             gconstpointer  data)
{
  static const char * const grown[] = { "c1:5", "c2:3", NULL };
  g_autoptr(DuaalQualification) q = make_qualification ("BK-1", 1, "", basic_layout);
  g_autoptr(DuaalQualification) grown_q = make_qualification ("BK-1", 1, "", grown);
  g_autoptr(GError) error = NULL;
  DuaalImportStatus status;
  gint64 group, learner;

  import_ok (f, q, DUAAL_IMPORT_IMPORTED);
  group = add_group_ok (f, "6 EI");
  learner = add_learner_ok (f, group, "Jonas", add_company_ok (f, "Bedrijf", NULL), NULL);
  for (guint i = 1; i <= 5; i++)
    {
      g_autofree char *indicator = g_strdup_printf ("c1.%u", i);

      score_ok (f, learner, indicator, DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_X);
      score_ok (f, learner, indicator, DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_V);
    }
  g_assert_cmpuint (duaal_attention_count_for_group (f->store, group, &error), ==, 1);
  assert_attention_current (f, group);

  g_assert_false (duaal_store_import_qualification (f->store, grown_q, &status, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_CONFLICT);
  g_clear_error (&error);
  assert_attention_current (f, group);
  {
    g_autoptr(GPtrArray) items = duaal_attention_list_now (f->store, group, &error);
    DuaalAttentionItem *item = g_ptr_array_index (items, 0);

    g_assert_cmpstr (item->competence_id, ==, "c1");
    g_assert_cmpuint (item->severity, ==, 3);   /* red against dark green */
    g_assert_cmpuint (item->indicators->len, ==, 5);
    g_assert_cmpint (item->colours[DUAAL_ACTOR_LEARNER], ==, DUAAL_COLOUR_GREY);
    g_assert_cmpstr (g_ptr_array_index (item->indicators, 0), ==, "c1.1");
  }

  /* the same ids in another order: the indicators follow the new order */
  {
    g_autoptr(DuaalQualification) reordered = make_ordered_qualification ("BK-1", 1, "", basic_layout, TRUE);
    g_autoptr(GPtrArray) items = NULL;

    import_ok (f, reordered, DUAAL_IMPORT_UPDATED);
    items = duaal_attention_list_now (f->store, group, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (g_ptr_array_index (((DuaalAttentionItem *) g_ptr_array_index (items, 0))->indicators, 0),
                     ==, "c1.5");
    assert_attention_current (f, group);
  }
}

/* ------------------------------------------------------------------ */
/* CCV contexts, learning line, lesson scenarios (SPEC 14)             */

static const char * const seven_layout[] = { "c1:1", "c2:1", "c3:1", "c4:1", "c5:1", "c6:1", "c7:1", NULL };

static void
on_changed (DuaalStore  *store,
            DuaalChange *change,
            GPtrArray   *seen)
{
  g_ptr_array_add (seen, duaal_change_copy (change));
}

/* Whether a notice of @kind came (naming @learner_id, @company_id and
 * @qualification where not 0 / NULL); forgets what came. */
static gboolean
take_notice (GPtrArray       *seen,
             DuaalChangeKind  kind,
             gint64           learner_id,
             gint64           company_id,
             const char      *qualification)
{
  gboolean found = FALSE;

  for (guint i = 0; i < seen->len && !found; i++)
    {
      DuaalChange *change = g_ptr_array_index (seen, i);

      found = change->kind == kind && (learner_id == 0 || change->learner_id == learner_id)
              && (company_id == 0 || change->company_id == company_id)
              && (qualification == NULL || g_strcmp0 (change->qualification, qualification) == 0);
    }
  g_ptr_array_set_size (seen, 0);
  return found;
}

static gint64
add_context_ok (Fixture    *f,
                const char *title,
                const char *ids,
                guint       position)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) competences = g_strsplit (ids, ",", -1);
  gint64 id = duaal_store_add_context (f->store, "BK-7", 0, title, NULL, (const char * const *) competences,
                                       position, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* The learning line as "id:position:c1,c2 ..." per context. */
static char *
dump_contexts (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) contexts = duaal_store_list_contexts (f->store, "BK-7", 0, &error);
  GString *dump = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint k = 0; k < contexts->len; k++)
    {
      DuaalContext *context = g_ptr_array_index (contexts, k);
      g_autofree char *ids = g_strjoinv (",", (char **) duaal_context_get_competences (context));

      g_string_append_printf (dump, "%s%s:%u:%s", k > 0 ? " " : "", duaal_context_get_title (context),
                              duaal_context_get_position (context), ids);
    }
  return g_string_free (dump, FALSE);
}

static void
test_contexts (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(DuaalQualification) q = make_qualification ("BK-7", 1, "", seven_layout);
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func ((GDestroyNotify) duaal_change_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) contexts = NULL;
  g_autofree char *dump = NULL;
  gint64 house, flat, kitchen, site;

  import_ok (f, q, DUAAL_IMPORT_IMPORTED);
  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), seen);
  house = add_context_ok (f, "Rijwoning", "c3,c4,c6,c7", 0);
  g_assert_true (take_notice (seen, DUAAL_CHANGE_QUALIFICATION, 0, 0, "BK-7@1"));
  /* given out of order: stored in the qualification's order */
  flat = add_context_ok (f, "Appartement", "c7,c6,c5,c4,c3,c1", 0);
  kitchen = add_context_ok (f, "Keuken", "c1,c3,c6", 0);
  site = add_context_ok (f, "Werf", "c2", 2);
  dump = dump_contexts (f);
  g_assert_cmpstr (dump, ==, "Rijwoning:1:c3,c4,c6,c7 Werf:2:c2 Appartement:3:c1,c3,c4,c5,c6,c7 Keuken:4:c1,c3,c6");

  /* moved to the front, then past the end; edited; removed */
  g_assert_true (duaal_store_move_context (f->store, kitchen, 1, &error));
  g_assert_no_error (error);
  g_clear_pointer (&dump, g_free);
  dump = dump_contexts (f);
  g_assert_cmpstr (dump, ==, "Keuken:1:c1,c3,c6 Rijwoning:2:c3,c4,c6,c7 Werf:3:c2 Appartement:4:c1,c3,c4,c5,c6,c7");
  g_assert_true (duaal_store_move_context (f->store, kitchen, 99, &error));
  g_assert_true (duaal_store_update_context (f->store, house, "  Rijwoning  bekabelen ", "Buizen\nleggen",
                                             (const char * const[]) { "c4", NULL }, &error));
  g_assert_true (take_notice (seen, DUAAL_CHANGE_QUALIFICATION, 0, 0, "BK-7@1"));
  g_assert_true (duaal_store_delete_context (f->store, site, &error));
  g_assert_no_error (error);
  g_clear_pointer (&dump, g_free);
  dump = dump_contexts (f);
  g_assert_cmpstr (dump, ==, "Rijwoning bekabelen:1:c4 Appartement:2:c1,c3,c4,c5,c6,c7 Keuken:3:c1,c3,c6");
  contexts = duaal_store_list_contexts (f->store, "BK-7", 1, &error);
  g_assert_cmpint (duaal_context_get_id (g_ptr_array_index (contexts, 1)), ==, flat);
  g_assert_cmpstr (duaal_context_get_activities (g_ptr_array_index (contexts, 0)), ==, "Buizen\nleggen");

  /* refusals change nothing */
  g_assert_cmpint (duaal_store_add_context (f->store, "BK-7", 0, "Zolder", NULL,
                                            (const char * const[]) { "c9", NULL }, 0, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (duaal_store_add_context (f->store, "BK-7", 0, " ", NULL,
                                            (const char * const[]) { "c1", NULL }, 0, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (duaal_store_add_context (f->store, "BK-7", 0, "Zolder", NULL,
                                            (const char * const[]) { NULL }, 0, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (duaal_store_add_context (f->store, "BK-9", 0, "Zolder", NULL,
                                            (const char * const[]) { "c1", NULL }, 0, &error), ==, 0);
  assert_not_found (&error);
  g_assert_false (duaal_store_move_context (f->store, 999999, 1, &error));
  assert_not_found (&error);
  g_assert_false (duaal_store_update_context (f->store, site, "Werf", NULL,
                                              (const char * const[]) { "c2", NULL }, &error));
  assert_not_found (&error);
  g_assert_false (duaal_store_delete_context (f->store, site, &error));
  assert_not_found (&error);
  g_clear_pointer (&dump, g_free);
  dump = dump_contexts (f);
  g_assert_cmpstr (dump, ==, "Rijwoning bekabelen:1:c4 Appartement:2:c1,c3,c4,c5,c6,c7 Keuken:3:c1,c3,c6");
  g_assert_null (duaal_store_list_contexts (f->store, "BK-9", 0, &error));
  assert_not_found (&error);
  g_signal_handlers_disconnect_by_data (f->store, seen);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The learner's plan, sorted, as one string. */
static char *
plan_text (Fixture *f,
           gint64   learner)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) plan = duaal_store_get_plan (f->store, learner, &error);

  g_assert_no_error (error);
  qsort (plan, g_strv_length (plan), sizeof (char *), compare_strings);
  return g_strjoinv (",", plan);
}

static void
test_company_contexts_and_done (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(DuaalQualification) q = make_qualification ("BK-7", 1, "", seven_layout);
  g_autoptr(DuaalQualification) other = make_qualification ("BK-8", 1, "", seven_layout);
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func ((GDestroyNotify) duaal_change_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) offer = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) offered = NULL;
  g_autoptr(GArray) done = NULL;
  g_autofree char *ann_plan = NULL;
  g_autofree char *bert_plan = NULL;
  gint64 house, kitchen, foreign, group, builder, installer, ann, bert;
  guint n = 0;

  import_ok (f, q, DUAAL_IMPORT_IMPORTED);
  import_ok (f, other, DUAAL_IMPORT_IMPORTED);
  house = add_context_ok (f, "Rijwoning", "c3,c4,c6,c7", 0);
  add_context_ok (f, "Appartement", "c7,c6,c5,c4,c3,c1", 0);
  kitchen = add_context_ok (f, "Keuken", "c1,c3,c6", 0);
  group = duaal_store_add_group (f->store, "6EL", "BK-7", 0, &error);
  g_assert_no_error (error);
  builder = add_company_ok (f, "Bouw NV", (const char * const[]) { "c2", NULL });
  installer = add_company_ok (f, "Elektro BV", (const char * const[]) { "c5", NULL });
  ann = add_learner_ok (f, group, "Ann", builder, "Tom");
  bert = add_learner_ok (f, group, "Bert", installer, NULL);
  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), seen);

  g_array_append_val (offer, kitchen);
  g_array_append_val (offer, house);
  g_assert_true (duaal_store_set_company_contexts (f->store, builder, offer, &error));
  g_assert_no_error (error);
  g_assert_true (take_notice (seen, DUAAL_CHANGE_COMPANY, 0, builder, NULL));
  offered = duaal_store_list_company_contexts (f->store, builder, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (offered->len, ==, 2);
  g_assert_cmpint (g_array_index (offered, gint64, 0), ==, house);   /* learning-line order */
  g_assert_cmpint (g_array_index (offered, gint64, 1), ==, kitchen);

  /* from contexts: Ann's company offers 3,4,6,7 and 1,3,6; Bert's none */
  g_assert_true (duaal_store_reset_plans (f->store, group, DUAAL_PLAN_FROM_CONTEXTS, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  ann_plan = plan_text (f, ann);
  bert_plan = plan_text (f, bert);
  g_assert_cmpstr (ann_plan, ==, "c1,c3,c4,c6,c7");
  g_assert_cmpstr (bert_plan, ==, "");
  g_assert_true (duaal_store_reset_plans (f->store, group, DUAAL_PLAN_FROM_ACTIVITIES, NULL, &error));
  g_clear_pointer (&ann_plan, g_free);
  g_clear_pointer (&bert_plan, g_free);
  ann_plan = plan_text (f, ann);
  bert_plan = plan_text (f, bert);
  g_assert_cmpstr (ann_plan, ==, "c2");
  g_assert_cmpstr (bert_plan, ==, "c5");
  g_assert_false (duaal_store_reset_plans (f->store, 999999, DUAAL_PLAN_FROM_CONTEXTS, &n, &error));
  assert_not_found (&error);

  /* an unknown context or company is refused, the offer kept */
  {
    g_autoptr(GArray) bad = g_array_new (FALSE, FALSE, sizeof (gint64));
    g_autoptr(GArray) kept = NULL;
    gint64 unknown = 424242;

    g_array_append_val (bad, unknown);
    g_assert_false (duaal_store_set_company_contexts (f->store, builder, bad, &error));
    assert_not_found (&error);
    g_assert_false (duaal_store_set_company_contexts (f->store, 999999, offer, &error));
    assert_not_found (&error);
    g_assert_null (duaal_store_list_company_contexts (f->store, 999999, &error));
    assert_not_found (&error);
    kept = duaal_store_list_company_contexts (f->store, builder, &error);
    g_assert_cmpuint (kept->len, ==, 2);
  }

  /* done, twice, in learning-line order; undone */
  g_ptr_array_set_size (seen, 0);
  g_assert_true (duaal_store_set_context_done (f->store, ann, kitchen, TRUE, &error));
  g_assert_true (take_notice (seen, DUAAL_CHANGE_PLAN, ann, 0, NULL));
  g_assert_true (duaal_store_set_context_done (f->store, ann, house, TRUE, &error));
  g_assert_true (duaal_store_set_context_done (f->store, ann, house, TRUE, &error));
  g_assert_no_error (error);
  done = duaal_store_list_contexts_done (f->store, ann, &error);
  g_assert_cmpuint (done->len, ==, 2);
  g_assert_cmpint (g_array_index (done, gint64, 0), ==, house);
  g_assert_cmpint (g_array_index (done, gint64, 1), ==, kitchen);
  g_assert_true (duaal_store_set_context_done (f->store, ann, kitchen, FALSE, &error));
  g_clear_pointer (&done, g_array_unref);
  done = duaal_store_list_contexts_done (f->store, ann, &error);
  g_assert_cmpuint (done->len, ==, 1);
  g_clear_pointer (&done, g_array_unref);
  done = duaal_store_list_contexts_done (f->store, bert, &error);
  g_assert_cmpuint (done->len, ==, 0);

  /* a context of another qualification is not on Ann's line */
  foreign = duaal_store_add_context (f->store, "BK-8", 0, "Elders", NULL, (const char * const[]) { "c1", NULL },
                                     0, &error);
  g_assert_no_error (error);
  g_assert_false (duaal_store_set_context_done (f->store, ann, foreign, TRUE, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (duaal_store_set_context_done (f->store, 999999, house, TRUE, &error));
  assert_not_found (&error);
  g_assert_null (duaal_store_list_contexts_done (f->store, 999999, &error));
  assert_not_found (&error);

  /* a deleted context leaves the offer and the done marks */
  g_assert_true (duaal_store_delete_context (f->store, house, &error));
  g_clear_pointer (&done, g_array_unref);
  done = duaal_store_list_contexts_done (f->store, ann, &error);
  g_assert_cmpuint (done->len, ==, 0);
  g_clear_pointer (&offered, g_array_unref);
  offered = duaal_store_list_company_contexts (f->store, builder, &error);
  g_assert_cmpuint (offered->len, ==, 1);
  g_assert_cmpint (g_array_index (offered, gint64, 0), ==, kitchen);
  g_signal_handlers_disconnect_by_data (f->store, seen);
}

static void
test_scenarios (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(DuaalQualification) q = make_qualification ("BK-7", 1, "", seven_layout);
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func ((GDestroyNotify) duaal_change_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scenarios = NULL;
  DuaalScenarioTexts pipes = { .title = "Buizen plooien", .template_name = "Lessjabloon A",
                               .objectives = "De lerende plooit buizen.", .course = "Demonstratie\nOefening",
                               .sessions = 2 };
  DuaalScenarioTexts safety = { .title = "Veilig werken", .sessions = 1 };
  DuaalScenarioTexts too_long = { .title = "Te lang", .sessions = 4 };
  gint64 first, second;

  import_ok (f, q, DUAAL_IMPORT_IMPORTED);
  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), seen);
  first = duaal_store_add_scenario (f->store, "BK-7", 0, &pipes, (const char * const[]) { "c7", "c3", NULL },
                                    &error);
  g_assert_no_error (error);
  g_assert_true (take_notice (seen, DUAAL_CHANGE_QUALIFICATION, 0, 0, "BK-7@1"));
  second = duaal_store_add_scenario (f->store, "BK-7", 0, &safety, (const char * const[]) { "c1", NULL }, &error);
  g_assert_no_error (error);
  g_assert_cmpint (second, >, first);

  g_assert_cmpint (duaal_store_add_scenario (f->store, "BK-7", 0, &too_long,
                                             (const char * const[]) { "c1", NULL }, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (duaal_store_add_scenario (f->store, "BK-7", 0, &safety,
                                             (const char * const[]) { "c8", NULL }, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);

  scenarios = duaal_store_list_scenarios (f->store, "BK-7", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scenarios->len, ==, 2);
  g_assert_cmpint (duaal_scenario_get_id (g_ptr_array_index (scenarios, 0)), ==, first);
  g_assert_cmpstr (duaal_scenario_get_title (g_ptr_array_index (scenarios, 0)), ==, "Buizen plooien");
  g_assert_cmpstr (duaal_scenario_get_template (g_ptr_array_index (scenarios, 0)), ==, "Lessjabloon A");
  g_assert_cmpstr (duaal_scenario_get_objectives (g_ptr_array_index (scenarios, 0)), ==, "De lerende plooit buizen.");
  g_assert_cmpstr (duaal_scenario_get_course (g_ptr_array_index (scenarios, 0)), ==, "Demonstratie\nOefening");
  g_assert_cmpuint (duaal_scenario_get_sessions (g_ptr_array_index (scenarios, 0)), ==, 2);
  g_assert_cmpstrv (duaal_scenario_get_competences (g_ptr_array_index (scenarios, 0)),
                    ((const char * const[]) { "c3", "c7", NULL }));
  g_assert_null (duaal_scenario_get_template (g_ptr_array_index (scenarios, 1)));

  safety.sessions = 3;
  g_assert_true (duaal_store_update_scenario (f->store, second, &safety, (const char * const[]) { "c4", "c2", NULL },
                                              &error));
  g_assert_true (duaal_store_delete_scenario (f->store, first, &error));
  g_assert_no_error (error);
  g_clear_pointer (&scenarios, g_ptr_array_unref);
  scenarios = duaal_store_list_scenarios (f->store, "BK-7", 0, &error);
  g_assert_cmpuint (scenarios->len, ==, 1);
  g_assert_cmpuint (duaal_scenario_get_sessions (g_ptr_array_index (scenarios, 0)), ==, 3);
  g_assert_cmpstrv (duaal_scenario_get_competences (g_ptr_array_index (scenarios, 0)),
                    ((const char * const[]) { "c2", "c4", NULL }));
  g_assert_false (duaal_store_delete_scenario (f->store, first, &error));
  assert_not_found (&error);
  g_assert_false (duaal_store_update_scenario (f->store, first, &safety, (const char * const[]) { "c4", NULL },
                                               &error));
  assert_not_found (&error);
  g_assert_null (duaal_store_list_scenarios (f->store, "BK-9", 0, &error));
  assert_not_found (&error);
  g_signal_handlers_disconnect_by_data (f->store, seen);
}

/* The file's contexts and units come in with a qualification that has
 * none; contexts a coach edited are kept on a re-import. */
static void
test_imported_contexts_and_units (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(DuaalQualification) q = make_qualification ("BK-7", 1, "", seven_layout);
  g_autoptr(GPtrArray) contexts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) units = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GPtrArray) stored_units = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dump = NULL;

  g_ptr_array_add (contexts, duaal_context_new (0, 1, "Rijwoning", "Kabels", (const char * const[]) { "c3", NULL }));
  g_ptr_array_add (contexts, duaal_context_new (0, 2, "Keuken", NULL, (const char * const[]) { "c1", "c6", NULL }));
  duaal_qualification_take_contexts (q, g_steal_pointer (&contexts));
  g_ptr_array_add (units, duaal_training_unit_new ("F1", "From the file", (const char * const[]) { "c2", NULL }));
  duaal_qualification_set_training_units (q, units);
  import_ok (f, q, DUAAL_IMPORT_IMPORTED);
  dump = dump_contexts (f);
  g_assert_cmpstr (dump, ==, "Rijwoning:1:c3 Keuken:2:c1,c6");
  stored_units = duaal_store_list_training_units (f->store, "BK-7", 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored_units->len, ==, 1);
  g_assert_cmpstr (duaal_training_unit_get_title (g_ptr_array_index (stored_units, 0)), ==, "From the file");

  stored = duaal_store_list_contexts (f->store, "BK-7", 1, &error);
  g_assert_true (duaal_store_move_context (f->store, duaal_context_get_id (g_ptr_array_index (stored, 1)), 1,
                                           &error));
  import_ok (f, q, DUAAL_IMPORT_UNCHANGED);
  g_clear_pointer (&dump, g_free);
  dump = dump_contexts (f);
  g_assert_cmpstr (dump, ==, "Keuken:1:c1,c6 Rijwoning:2:c3");

  /* Imported again with another unit: the file's come first, a unit
   * added in Duaal stays, unless the file now defines its code. */
  {
    g_autoptr(DuaalTrainingUnit) own = duaal_training_unit_new ("D1", "Added in Duaal",
                                                                (const char * const[]) { "c4", NULL });
    g_autoptr(DuaalTrainingUnit) taken = duaal_training_unit_new ("F2", "Soon the file's",
                                                                  (const char * const[]) { "c4", NULL });
    static const char * const expected[][2] = {
      { "F1", "From the file" }, { "F2", "Also from the file" }, { "D1", "Added in Duaal" },
    };

    g_assert_true (duaal_store_add_training_unit (f->store, "BK-7", 1, own, &error));
    g_assert_true (duaal_store_add_training_unit (f->store, "BK-7", 1, taken, &error));
    g_assert_no_error (error);
    g_ptr_array_add (units, duaal_training_unit_new ("F2", "Also from the file", (const char * const[]) { "c5", NULL }));
    duaal_qualification_set_training_units (q, units);
    g_assert_true (duaal_store_import_qualification (f->store, q, NULL, &error));
    g_assert_no_error (error);
    g_clear_pointer (&stored_units, g_ptr_array_unref);
    stored_units = duaal_store_list_training_units (f->store, "BK-7", 1, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (stored_units->len, ==, G_N_ELEMENTS (expected));
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        g_assert_cmpstr (duaal_training_unit_get_code (g_ptr_array_index (stored_units, i)), ==, expected[i][0]);
        g_assert_cmpstr (duaal_training_unit_get_title (g_ptr_array_index (stored_units, i)), ==, expected[i][1]);
      }
  }
}

/* ------------------------------------------------------------------ */
/* Units, choices, results, pass mark, visits (SPEC 15)                */

typedef struct {
  gint64 group;
  gint64 learners[6];
} Class;

static void
make_class (Fixture *f,
            Class   *c)
{
  static const char * const names[] = { "Ann", "Bert", "Cas", "Dirk", "Els", "Fien" };
  gint64 company;

  import_basic (f);
  c->group = add_group_ok (f, "5 EL");
  company = add_company_ok (f, "Firm", (const char * const[]) { "c1", "c2", NULL });
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    c->learners[i] = add_learner_ok (f, c->group, names[i], company, "Trainer");
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

static GDate *
iso_day (const char *text)
{
  return duaal_period_date_from_iso (text);
}

static gboolean
choose (Fixture     *f,
        gint64       learner,
        guint        period,
        const char  *units_text,
        const char  *today,
        GError     **error)
{
  g_auto(GStrv) units = g_strsplit (units_text, ",", -1);
  g_autoptr(GDate) today_day = iso_day (today);

  return duaal_store_choose_units (f->store, learner, period, (const char * const *) units, today_day, error);
}

static char *
choices_text (GHashTable *choices,
              gint64      learner)
{
  GPtrArray *codes = g_hash_table_lookup (choices, &learner);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) all = NULL;

  if (codes == NULL)
    return g_strdup ("-");
  for (guint i = 0; i < codes->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (codes, i));
  all = g_strv_builder_end (builder);
  return g_strjoinv (",", all);
}

static void
test_units_and_choices (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func ((GDestroyNotify) duaal_change_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalTrainingUnit) again = duaal_training_unit_new ("OO1", "Again", (const char * const[]) { "c2", NULL });
  g_autoptr(DuaalTrainingUnit) bad = duaal_training_unit_new ("OO3", "Bad", (const char * const[]) { "c9", NULL });
  g_autoptr(DuaalTrainingUnit) empty = duaal_training_unit_new ("OO4", "Empty", (const char * const[]) { NULL });
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GHashTable) choices = NULL;
  g_autoptr(GDate) starts_on = iso_day ("2026-03-01");
  Class c;

  make_class (f, &c);
  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), seen);
  add_unit_ok (f, "OO1", (const char * const[]) { "c2", "c1", NULL });
  g_assert_true (take_notice (seen, DUAAL_CHANGE_QUALIFICATION, 0, 0, "BK-1@1"));
  add_unit_ok (f, "OO2", (const char * const[]) { "c2", NULL });
  g_assert_false (duaal_store_add_training_unit (f->store, "BK-1", 0, again, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_false (duaal_store_add_training_unit (f->store, "BK-1", 0, bad, &error));
  assert_not_found (&error);
  g_assert_false (duaal_store_add_training_unit (f->store, "BK-1", 0, empty, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (duaal_store_add_training_unit (f->store, "BK-9", 0, bad, &error));
  assert_not_found (&error);
  units = duaal_store_list_training_units (f->store, "BK-1", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (units->len, ==, 2);
  g_assert_cmpstr (duaal_training_unit_get_code (g_ptr_array_index (units, 0)), ==, "OO1");
  g_assert_cmpstrv (duaal_training_unit_get_competences (g_ptr_array_index (units, 0)),
                    ((const char * const[]) { "c2", "c1", NULL }));

  g_assert_true (choose (f, c.learners[0], 1, "OO1", "2026-01-10", &error));
  g_assert_no_error (error);
  g_assert_true (take_notice (seen, DUAAL_CHANGE_LEARNER, c.learners[0], 0, NULL));
  g_assert_true (choose (f, c.learners[1], 1, "OO2,OO1", "2026-01-10", &error));
  g_assert_true (choose (f, c.learners[2], 1, "OO1", "2026-01-10", &error));
  /* changed before the period starts: the new choice replaces the old */
  g_assert_true (choose (f, c.learners[2], 1, "OO2", "2026-01-11", &error));
  g_assert_no_error (error);
  g_assert_false (choose (f, c.learners[3], 1, "OO9", "2026-01-10", &error));
  assert_not_found (&error);
  g_assert_false (choose (f, 999999, 1, "OO1", "2026-01-10", &error));
  assert_not_found (&error);
  g_assert_false (choose (f, c.learners[3], 9, "OO1", "2026-01-10", &error));
  assert_not_found (&error);

  /* from the period's first day on, and once closed, nothing changes */
  g_assert_true (duaal_store_update_period (f->store, c.group, 1, NULL, starts_on, NULL, &error));
  g_assert_true (choose (f, c.learners[3], 1, "OO1", "2026-02-28", &error));
  g_assert_false (choose (f, c.learners[4], 1, "OO1", "2026-03-01", &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpuint (duaal_store_close_period (f->store, c.group, &error), ==, 1);
  g_assert_false (choose (f, c.learners[0], 1, "OO2", "2026-01-01", &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_CONFLICT);
  g_clear_error (&error);

  choices = duaal_store_list_unit_choices (f->store, c.group, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (choices), ==, 4);
  {
    static const char * const expected[] = { "OO1", "OO1,OO2", "OO2", "OO1", "-", "-" };

    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        g_autofree char *text = choices_text (choices, c.learners[i]);
        g_assert_cmpstr (text, ==, expected[i]);
      }
  }
  g_assert_null (duaal_store_list_unit_choices (f->store, 999999, 1, &error));
  assert_not_found (&error);
  g_assert_null (duaal_store_list_unit_choices (f->store, c.group, 9, &error));
  assert_not_found (&error);
  g_signal_handlers_disconnect_by_data (f->store, seen);
}

static void
test_results_and_pass_mark (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func ((GDestroyNotify) duaal_change_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GHashTable) scored = NULL;
  Class c;

  make_class (f, &c);
  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), seen);
  g_assert_true (duaal_store_set_workplace_result (f->store, c.learners[1], 1, 499, &error));
  g_assert_no_error (error);
  g_assert_true (take_notice (seen, DUAAL_CHANGE_LEARNER, c.learners[1], 0, NULL));
  g_assert_true (duaal_store_set_workplace_result (f->store, c.learners[0], 1, 700, &error));
  g_assert_true (duaal_store_set_workplace_result (f->store, c.learners[0], 1, 1000, &error));
  g_assert_true (duaal_store_set_workplace_result (f->store, c.learners[0], 2, 0, &error));
  g_assert_no_error (error);
  g_assert_false (duaal_store_set_workplace_result (f->store, c.learners[0], 1, 1001, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (duaal_store_set_workplace_result (f->store, c.learners[0], 9, 500, &error));
  assert_not_found (&error);
  g_assert_false (duaal_store_set_workplace_result (f->store, 999999, 1, 500, &error));
  assert_not_found (&error);

  results = duaal_store_list_workplace_results (f->store, c.group, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 3);
  {
    static const struct { guint learner, period, tenths; } expected[] = { { 0, 1, 1000 }, { 1, 1, 499 }, { 0, 2, 0 } };

    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        DuaalWorkplaceResult *result = g_ptr_array_index (results, i);

        g_assert_cmpint (result->learner_id, ==, c.learners[expected[i].learner]);
        g_assert_cmpuint (result->period, ==, expected[i].period);
        g_assert_cmpuint (result->tenths, ==, expected[i].tenths);
      }
  }
  g_assert_null (duaal_store_list_workplace_results (f->store, 999999, &error));
  assert_not_found (&error);

  g_assert_cmpuint (duaal_store_get_pass_mark (f->store, c.group, &error), ==, DUAAL_DEFAULT_PASS_MARK);
  g_assert_false (duaal_store_set_pass_mark (f->store, c.group, 0, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (duaal_store_set_pass_mark (f->store, c.group, 1001, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (duaal_store_set_pass_mark (f->store, c.group, 550, &error));
  g_assert_true (take_notice (seen, DUAAL_CHANGE_GROUP, 0, 0, NULL));
  g_assert_true (duaal_store_set_pass_mark (f->store, c.group, 600, &error));
  g_assert_cmpuint (duaal_store_get_pass_mark (f->store, c.group, &error), ==, 600);
  g_assert_no_error (error);
  g_assert_false (duaal_store_set_pass_mark (f->store, 999999, 600, &error));
  assert_not_found (&error);
  g_assert_cmpuint (duaal_store_get_pass_mark (f->store, 999999, &error), ==, 0);
  assert_not_found (&error);

  /* the trainer's scores within each closed period */
  score_ok (f, c.learners[0], "c1.1", DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_V);
  score_ok (f, c.learners[1], "c1.1", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_V);
  /* an open period: nobody yet */
  scored = duaal_store_list_trainer_scored (f->store, c.group, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (scored), ==, 0);
  g_clear_pointer (&scored, g_hash_table_unref);
  g_assert_cmpuint (duaal_store_close_period (f->store, c.group, &error), ==, 1);
  scored = duaal_store_list_trainer_scored (f->store, c.group, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (scored), ==, 1);
  g_assert_true (g_hash_table_contains (scored, &c.learners[0]));
  score_ok (f, c.learners[2], "c1.2", DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_X);
  g_assert_cmpuint (duaal_store_close_period (f->store, c.group, &error), ==, 2);
  g_clear_pointer (&scored, g_hash_table_unref);
  scored = duaal_store_list_trainer_scored (f->store, c.group, 2, &error);
  g_assert_cmpuint (g_hash_table_size (scored), ==, 1);
  g_assert_true (g_hash_table_contains (scored, &c.learners[2]));
  g_assert_null (duaal_store_list_trainer_scored (f->store, 999999, 1, &error));
  assert_not_found (&error);
  g_signal_handlers_disconnect_by_data (f->store, seen);
}

static void
test_visits (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func ((GDestroyNotify) duaal_change_free);
  g_autoptr(GDate) early = iso_day ("2025-09-10");
  g_autoptr(GDate) later = iso_day ("2025-11-20");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) visits = NULL;
  gint64 first;
  Class c;

  make_class (f, &c);
  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), seen);
  first = duaal_store_add_visit (f->store, c.learners[1], later, " Second ", &error);
  g_assert_no_error (error);
  g_assert_cmpint (first, >, 0);
  g_assert_true (take_notice (seen, DUAAL_CHANGE_LEARNER, c.learners[1], 0, NULL));
  g_assert_cmpint (duaal_store_add_visit (f->store, c.learners[1], early, NULL, &error), >, first);
  g_assert_cmpint (duaal_store_add_visit (f->store, c.learners[0], early, "  ", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (duaal_store_add_visit (f->store, 999999, early, NULL, &error), ==, 0);
  assert_not_found (&error);

  visits = duaal_store_list_visits (f->store, c.group, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (visits->len, ==, 3);
  {
    static const struct { guint learner; guint month; const char *notes; } expected[] = {
      { 0, 9, NULL }, { 1, 9, NULL }, { 1, 11, "Second" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        DuaalVisit *visit = g_ptr_array_index (visits, i);

        g_assert_cmpint (visit->learner_id, ==, c.learners[expected[i].learner]);
        g_assert_cmpuint (g_date_get_month (&visit->day), ==, expected[i].month);
        g_assert_cmpuint (g_date_get_year (&visit->day), ==, 2025);
        g_assert_cmpstr (visit->notes, ==, expected[i].notes);
      }
    g_assert_cmpint (((DuaalVisit *) g_ptr_array_index (visits, 2))->id, ==, first);
  }
  g_assert_null (duaal_store_list_visits (f->store, 999999, &error));
  assert_not_found (&error);
  g_signal_handlers_disconnect_by_data (f->store, seen);
}

/* A new group with its teachers and periods is one transaction: all
 * stored, or (a period that ends before it starts) nothing. */
static void
test_group_with_setup (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) autumn = g_date_new_dmy (2, G_DATE_SEPTEMBER, 2024);
  g_autoptr(GDate) christmas = g_date_new_dmy (20, G_DATE_DECEMBER, 2024);
  const char * const teachers[] = { " An Peeters ", "", "Bart Claes", "An Peeters", NULL };
  DuaalPeriodInput periods[] = { { "Herfst", autumn, christmas }, { NULL, NULL, NULL }, { " ", NULL, christmas } };
  DuaalPeriodInput backwards[] = { { "Winter", christmas, autumn } };
  g_autoptr(GPtrArray) stored_teachers = NULL;
  g_autoptr(GPtrArray) stored_periods = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  gint64 group;

  import_basic (f);
  group = duaal_store_add_group_with (f->store, "6 EI", "BK-1", 1, teachers, periods, G_N_ELEMENTS (periods),
                                      &error);
  g_assert_no_error (error);
  g_assert_cmpint (group, >, 0);
  stored_teachers = duaal_store_list_teachers (f->store, group, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored_teachers->len, ==, 2);
  stored_periods = duaal_store_list_periods (f->store, group, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (duaal_period_get_custom_name (g_ptr_array_index (stored_periods, 0)), ==, "Herfst");
  g_assert_cmpint (g_date_compare (duaal_period_get_starts_on (g_ptr_array_index (stored_periods, 0)), autumn), ==, 0);
  g_assert_null (duaal_period_get_custom_name (g_ptr_array_index (stored_periods, 1)));
  g_assert_null (duaal_period_get_custom_name (g_ptr_array_index (stored_periods, 2)));
  g_assert_null (duaal_period_get_starts_on (g_ptr_array_index (stored_periods, 2)));
  g_assert_cmpint (g_date_compare (duaal_period_get_ends_on (g_ptr_array_index (stored_periods, 2)), christmas), ==, 0);

  g_assert_cmpint (duaal_store_add_group_with (f->store, "6 EI b", "BK-1", 1, teachers, backwards,
                                               G_N_ELEMENTS (backwards), &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  groups = duaal_store_list_groups (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (groups->len, ==, 1);
}

int
main (int argc, char *argv[])
{
  static const struct {
    const char *name;
    void      (*func) (Fixture *, gconstpointer);
  } tests[] = {
    { "qualifications", test_qualifications },
    { "reimport-lists-twenty", test_reimport_lists_twenty },
    { "groups-and-periods", test_groups_and_periods },
    { "group-with-setup", test_group_with_setup },
    { "companies-and-learners", test_companies_and_learners },
    { "import-class", test_import_class },
    { "plan", test_plan },
    { "scores", test_scores },
    { "partial-changes", test_partial_changes },
    { "periods-freeze", test_periods_freeze },
    { "attention-follows-writes", test_attention_follows_writes },
    { "attention-and-reimport", test_attention_and_reimport },
    { "contexts", test_contexts },
    { "company-contexts-and-done", test_company_contexts_and_done },
    { "scenarios", test_scenarios },
    { "imported-contexts-and-units", test_imported_contexts_and_units },
    { "units-and-choices", test_units_and_choices },
    { "results-and-pass-mark", test_results_and_pass_mark },
    { "visits", test_visits },
  };

  /* DUAAL_TEST_BACKEND=pg (the suite "pg") runs the PostgreSQL backend
   * only; by default the SQLite one, which needs no server. */
  const char *only = g_getenv ("DUAAL_TEST_BACKEND") != NULL ? g_getenv ("DUAAL_TEST_BACKEND") : "sqlite";

  g_test_init (&argc, &argv, NULL);
  for (guint b = 0; b < G_N_ELEMENTS (backends); b++)
    for (guint t = 0; t < G_N_ELEMENTS (tests) && g_str_equal (backends[b].name, only); t++)
      {
        g_autofree char *path = g_strdup_printf ("/store-contract/%s/%s", backends[b].name, tests[t].name);

        g_test_add (path, Fixture, &backends[b], fixture_set_up, tests[t].func, fixture_tear_down);
      }
  return g_test_run ();
}
