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
#include "duaal-teacher-private.h"
#include "duaal-attention-count-private.h"
#include "duaal-store-private.h"
#include "duaal-attention-count.h"
#include "duaal-error.h"
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
    { "companies-and-learners", test_companies_and_learners },
    { "import-class", test_import_class },
    { "plan", test_plan },
    { "scores", test_scores },
    { "periods-freeze", test_periods_freeze },
    { "attention-follows-writes", test_attention_follows_writes },
    { "attention-and-reimport", test_attention_and_reimport },
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
