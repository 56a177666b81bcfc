/* test-demo.c: the demo class group shows what it promises
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "duaal-store-private.h"
#include "duaal-demo.h"
#include "duaal-error.h"
#include "duaal-evaluation.h"
#include "duaal-sqlite-store.h"

typedef struct {
  char       *dir;
  DuaalStore *store;
  gint64      group_id;
  guint       n_learners;
} Fixture;

static DuaalStore *
open_store (const char *dir,
            const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  DuaalSqliteStore *store = duaal_sqlite_store_open (path, &error);

  g_assert_no_error (error);
  return DUAAL_STORE (store);
}

/* One demo database for all the tests that only read it: loading the
 * demo writes a few hundred scores, each its own transaction. */
static Fixture *
fixture_new (void)
{
  g_autoptr(GError) error = NULL;
  Fixture *fixture = g_new0 (Fixture, 1);

  fixture->dir = g_dir_make_tmp ("duaal-demo-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->store = open_store (fixture->dir, "demo.db");
  g_assert_true (duaal_demo_load (fixture->store, &fixture->group_id, &fixture->n_learners, &error));
  g_assert_no_error (error);
  return fixture;
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
fixture_free (Fixture *fixture)
{
  g_clear_object (&fixture->store);
  remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture);
}

static DuaalStatus *
load_status (Fixture *fixture,
             guint    period)
{
  g_autoptr(GError) error = NULL;
  DuaalStatus *status = duaal_store_load_group_status (fixture->store, fixture->group_id, period, &error);

  g_assert_no_error (error);
  return status;
}

static void
test_group (gconstpointer data)
{
  Fixture *fixture = (Fixture *) data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalClassGroup) group = duaal_store_get_group (fixture->store, fixture->group_id, &error);
  g_autoptr(GPtrArray) learners = duaal_store_list_learners (fixture->store, fixture->group_id, &error);
  g_autoptr(GPtrArray) teachers = duaal_store_list_teachers (fixture->store, fixture->group_id, &error);
  g_autoptr(GPtrArray) companies = duaal_store_list_companies (fixture->store, &error);
  gboolean jonas = FALSE, nicolas = FALSE;

  g_assert_no_error (error);
  g_assert_cmpstr (duaal_class_group_get_name (group), ==, DUAAL_DEMO_GROUP_NAME);
  g_assert_cmpstr (duaal_class_group_get_qualification_code (group), ==, "BK-0138");
  g_assert_cmpuint (fixture->n_learners, ==, 4);
  g_assert_cmpuint (learners->len, ==, 4);
  g_assert_cmpuint (teachers->len, >=, 1);
  g_assert_cmpuint (companies->len, ==, 4);
  for (guint i = 0; i < learners->len; i++)
    {
      DuaalLearner *learner = g_ptr_array_index (learners, i);

      jonas |= g_str_has_prefix (duaal_learner_get_name (learner), "Jonas ");
      nicolas |= g_str_has_prefix (duaal_learner_get_name (learner), "Nicolas ");
      g_assert_nonnull (duaal_learner_get_trainer_name (learner));
    }
  g_assert_true (jonas && nicolas);
}

/* Every colour of SPEC section 4 occurs now, by some actor. */
static void
test_every_colour (gconstpointer data)
{
  Fixture *fixture = (Fixture *) data;
  g_autoptr(DuaalStatus) status = load_status (fixture, 0);
  GPtrArray *learners = duaal_status_get_learners (status);
  GPtrArray *competences = duaal_qualification_get_competences (duaal_status_get_qualification (status));
  guint seen[DUAAL_N_COLOURS] = { 0 };

  for (guint l = 0; l < learners->len; l++)
    for (guint c = 0; c < competences->len; c++)
      for (DuaalActor a = 0; a < DUAAL_N_ACTORS; a++)
        seen[duaal_status_get_colour (status,
                                      duaal_learner_get_id (g_ptr_array_index (learners, l)),
                                      duaal_competence_get_id (g_ptr_array_index (competences, c)),
                                      a)]++;
  for (guint colour = 0; colour < DUAAL_N_COLOURS; colour++)
    {
      g_test_message ("%s: %u", duaal_colour_to_string (colour), seen[colour]);
      g_assert_cmpuint (seen[colour], >, 0);
    }
}

/* Some competence has an actor saying acquired and another not. */
static void
test_disagreement (gconstpointer data)
{
  Fixture *fixture = (Fixture *) data;
  g_autoptr(DuaalStatus) status = load_status (fixture, 0);
  GPtrArray *learners = duaal_status_get_learners (status);
  gint64 jonas = 0;
  DuaalColour colours[DUAAL_N_ACTORS];

  for (guint l = 0; l < learners->len; l++)
    if (g_str_has_prefix (duaal_learner_get_name (g_ptr_array_index (learners, l)), "Jonas "))
      jonas = duaal_learner_get_id (g_ptr_array_index (learners, l));
  g_assert_cmpint (jonas, >, 0);

  for (DuaalActor a = 0; a < DUAAL_N_ACTORS; a++)
    colours[a] = duaal_status_get_colour (status, jonas, "c07", a);
  g_assert_cmpint (colours[DUAAL_ACTOR_TEACHER], ==, DUAAL_COLOUR_RED);
  g_assert_true (duaal_colour_is_acquired (colours[DUAAL_ACTOR_LEARNER]));
  g_assert_true (duaal_colour_is_acquired (colours[DUAAL_ACTOR_TRAINER]));
  g_assert_cmpuint (duaal_attention_severity (colours), >, 0);
}

/* c02 (the earthing system) is on no company's activity list and in no
 * learner's training plan: a collective gap. */
static void
test_collective_gap (gconstpointer data)
{
  Fixture *fixture = (Fixture *) data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) companies = duaal_store_list_companies (fixture->store, &error);
  g_autoptr(GPtrArray) learners = duaal_store_list_learners (fixture->store, fixture->group_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < companies->len; i++)
    g_assert_false (duaal_company_has_activity (g_ptr_array_index (companies, i), "c02"));
  for (guint i = 0; i < learners->len; i++)
    {
      g_auto(GStrv) plan = duaal_store_get_plan (fixture->store,
                                                 duaal_learner_get_id (g_ptr_array_index (learners, i)),
                                                 &error);
      g_assert_no_error (error);
      g_assert_false (g_strv_contains ((const char * const *) plan, "c02"));
      g_assert_cmpuint (g_strv_length (plan), >, 0);
    }
}

/* Period 1 is closed and shows less than now. */
static void
test_periods (gconstpointer data)
{
  Fixture *fixture = (Fixture *) data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) periods = duaal_store_list_periods (fixture->store, fixture->group_id, &error);
  g_autoptr(DuaalStatus) before = NULL;
  g_autoptr(DuaalStatus) now = NULL;
  GPtrArray *learners, *competences;
  guint changed = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (periods->len, >=, 1);
  g_assert_cmpuint (duaal_period_get_number (g_ptr_array_index (periods, 0)), ==, 1);
  g_assert_true (duaal_period_is_closed (g_ptr_array_index (periods, 0)));
  if (periods->len > 1)
    g_assert_false (duaal_period_is_closed (g_ptr_array_index (periods, 1)));

  before = load_status (fixture, 1);
  now = load_status (fixture, 0);
  learners = duaal_status_get_learners (now);
  competences = duaal_qualification_get_competences (duaal_status_get_qualification (now));
  for (guint l = 0; l < learners->len; l++)
    for (guint c = 0; c < competences->len; c++)
      for (DuaalActor a = 0; a < DUAAL_N_ACTORS; a++)
        {
          gint64 id = duaal_learner_get_id (g_ptr_array_index (learners, l));
          const char *cid = duaal_competence_get_id (g_ptr_array_index (competences, c));
          DuaalColour then = duaal_status_get_colour (before, id, cid, a);
          DuaalColour colour = duaal_status_get_colour (now, id, cid, a);

          g_assert_cmpint (then, <=, colour);
          changed += then != colour;
        }
  g_assert_cmpuint (changed, >, 0);
}

static void
test_twice_refused (gconstpointer data)
{
  Fixture *fixture = (Fixture *) data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) groups = NULL;

  g_assert_false (duaal_demo_load (fixture->store, NULL, NULL, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_CONFLICT);
  g_assert_true (duaal_error_is_bad_input (error));
  g_clear_error (&error);
  groups = duaal_store_list_groups (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (groups->len, ==, 1);
}

/* A second database gets exactly the same colours: nothing random. */
static void
test_deterministic (gconstpointer data)
{
  Fixture *fixture = (Fixture *) data;
  g_autoptr(DuaalStore) other = open_store (fixture->dir, "other.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalStatus) mine = load_status (fixture, 0);
  g_autoptr(DuaalStatus) theirs = NULL;
  gint64 group_id = 0;
  GPtrArray *learners, *other_learners, *competences;

  g_assert_true (duaal_demo_load (other, &group_id, NULL, &error));
  g_assert_no_error (error);
  theirs = duaal_store_load_group_status (other, group_id, 0, &error);
  g_assert_no_error (error);

  learners = duaal_status_get_learners (mine);
  other_learners = duaal_status_get_learners (theirs);
  competences = duaal_qualification_get_competences (duaal_status_get_qualification (mine));
  g_assert_cmpuint (learners->len, ==, other_learners->len);
  for (guint l = 0; l < learners->len; l++)
    for (guint c = 0; c < competences->len; c++)
      for (DuaalActor a = 0; a < DUAAL_N_ACTORS; a++)
        {
          const char *cid = duaal_competence_get_id (g_ptr_array_index (competences, c));
          const DuaalTally *t1 = duaal_status_get_tally (mine, duaal_learner_get_id (g_ptr_array_index (learners, l)), cid, a);
          const DuaalTally *t2 = duaal_status_get_tally (theirs, duaal_learner_get_id (g_ptr_array_index (other_learners, l)), cid, a);

          g_assert_cmpmem (t1, sizeof *t1, t2, sizeof *t2);
        }
}

/* The learning line, scenarios and evaluation in practice (SPEC 14, 15)
 * are not empty: contexts that leave the gap c02 uncovered, offered by
 * the companies and one confirmed done, scenarios, units, choices for
 * the current period, the closed period's workplace results and visits. */
static void
test_practice (gconstpointer data)
{
  Fixture *fixture = (Fixture *) data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) contexts = duaal_store_list_contexts (fixture->store, "BK-0138", 0, &error);
  g_autoptr(GPtrArray) scenarios = duaal_store_list_scenarios (fixture->store, "BK-0138", 0, &error);
  g_autoptr(GPtrArray) units = duaal_store_list_training_units (fixture->store, "BK-0138", 0, &error);
  g_autoptr(GPtrArray) learners = duaal_store_list_learners (fixture->store, fixture->group_id, &error);
  g_autoptr(GHashTable) choices = duaal_store_list_unit_choices (fixture->store, fixture->group_id, 2, &error);
  g_autoptr(GPtrArray) results = duaal_store_list_workplace_results (fixture->store, fixture->group_id, &error);
  g_autoptr(GPtrArray) visits = duaal_store_list_visits (fixture->store, fixture->group_id, &error);
  guint n_offering = 0, n_done = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (contexts->len, >=, 3);
  for (guint i = 0; i < contexts->len; i++)
    g_assert_false (g_strv_contains (duaal_context_get_competences (g_ptr_array_index (contexts, i)), "c02"));
  g_assert_cmpuint (scenarios->len, >=, 2);
  g_assert_cmpuint (units->len, ==, 3);

  for (guint l = 0; l < learners->len; l++)
    {
      DuaalLearner *learner = g_ptr_array_index (learners, l);
      g_autoptr(GArray) offered = duaal_store_list_company_contexts (fixture->store,
                                                                     duaal_learner_get_company_id (learner), &error);
      g_autoptr(GArray) done = duaal_store_list_contexts_done (fixture->store, duaal_learner_get_id (learner), &error);

      g_assert_no_error (error);
      n_offering += offered->len > 0;
      n_done += done->len;
    }
  g_assert_cmpuint (n_offering, ==, learners->len);
  g_assert_cmpuint (n_done, ==, 1);

  /* Some learners have chosen, not all: the list shows who is to come. */
  g_assert_cmpuint (g_hash_table_size (choices), >, 0);
  g_assert_cmpuint (g_hash_table_size (choices), <, learners->len);
  for (guint i = 0; i < results->len; i++)
    {
      const DuaalWorkplaceResult *result = g_ptr_array_index (results, i);

      g_assert_cmpuint (result->period, ==, 1);
      g_assert_cmpuint (result->tenths, >=, duaal_store_get_pass_mark (fixture->store, fixture->group_id, NULL));
    }
  g_assert_cmpuint (results->len, ==, learners->len);
  g_assert_cmpuint (visits->len, ==, 2);
}

int
main (int argc, char *argv[])
{
  Fixture *fixture;
  int status;

  g_test_init (&argc, &argv, NULL);
  fixture = fixture_new ();
  g_test_add_data_func ("/demo/group", fixture, test_group);
  g_test_add_data_func ("/demo/every-colour", fixture, test_every_colour);
  g_test_add_data_func ("/demo/disagreement", fixture, test_disagreement);
  g_test_add_data_func ("/demo/collective-gap", fixture, test_collective_gap);
  g_test_add_data_func ("/demo/periods", fixture, test_periods);
  g_test_add_data_func ("/demo/twice-refused", fixture, test_twice_refused);
  g_test_add_data_func ("/demo/deterministic", fixture, test_deterministic);
  g_test_add_data_func ("/demo/practice", fixture, test_practice);
  status = g_test_run ();
  fixture_free (fixture);
  return status;
}
