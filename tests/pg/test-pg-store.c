/* test-pg-store.c: what only the PostgreSQL backend has (SPEC 13)
 *
 * Run by tests/pg/run-with-pg.sh inside a throwaway cluster: change
 * notices across connections and of one's own writes, losing the
 * server and getting it back, TLS for a server elsewhere, which
 * locations are connection strings.  The store contract itself is
 * test-store-contract.c with DUAAL_TEST_BACKEND=pg.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include <stdlib.h>
#include <unistd.h>

#include <libpq-fe.h>

#include "duaal-demo.h"
#include "duaal-error.h"
#include "duaal-pg-store-private.h"
#include "duaal-store-open.h"

typedef struct {
  char       *name;
  char       *conninfo;
  DuaalStore *store;
} Fixture;

static void
admin (const char *command)
{
  PGconn *conn = PQconnectdb ("");
  PGresult *result;

  g_assert_cmpint (PQstatus (conn), ==, CONNECTION_OK);
  result = PQexec (conn, command);
  if (PQresultStatus (result) != PGRES_COMMAND_OK)
    g_error ("%s: %s", command, PQerrorMessage (conn));
  PQclear (result);
  PQfinish (conn);
}

static DuaalStore *
open_store (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  DuaalStore *store = duaal_store_open (f->conninfo, &error);

  g_assert_no_error (error);
  g_assert_true (DUAAL_IS_PG_STORE (store));
  return store;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  static guint counter;
  g_autoptr(GError) error = NULL;
  g_autofree char *create = NULL;

  f->name = g_strdup_printf ("duaal_store_%d_%u", (int) getpid (), ++counter);
  f->conninfo = g_strdup_printf ("postgresql:///%s", f->name);
  create = g_strdup_printf ("CREATE DATABASE %s", f->name);
  admin (create);
  g_assert_cmpuint (duaal_pg_store_setup (f->conninfo, NULL, &error), ==, duaal_pg_store_schema_version ());
  g_assert_no_error (error);
  f->store = open_store (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *drop = g_strdup_printf ("DROP DATABASE %s WITH (FORCE)", f->name);

  g_clear_object (&f->store);
  admin (drop);
  g_free (f->conninfo);
  g_free (f->name);
}

static void
on_changed (DuaalStore  *store,
            DuaalChange *change,
            GPtrArray   *changes)
{
  g_ptr_array_add (changes, duaal_change_copy (change));
}

static gboolean
has_kind (GPtrArray       *changes,
          DuaalChangeKind  kind,
          gint64           learner_id)
{
  for (guint i = 0; i < changes->len; i++)
    {
      DuaalChange *change = g_ptr_array_index (changes, i);

      if (change->kind == kind && (learner_id == 0 || change->learner_id == learner_id))
        return TRUE;
    }
  return FALSE;
}

/* Runs the main context until @changes has a notice of @kind, or 20 s. */
static void
wait_for_kind (GPtrArray       *changes,
               DuaalChangeKind  kind,
               gint64           learner_id)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!has_kind (changes, kind, learner_id) && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (10000);
}

static gint64
first_learner (DuaalStore *store,
               gint64     *group_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) groups = duaal_store_list_groups (store, &error);
  g_autoptr(GPtrArray) learners = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (groups->len, >, 0);
  *group_id = duaal_class_group_get_id (g_ptr_array_index (groups, 0));
  learners = duaal_store_list_learners (store, *group_id, &error);
  g_assert_no_error (error);
  return duaal_learner_get_id (g_ptr_array_index (learners, 0));
}

static gint64
score (DuaalStore  *store,
       gint64       learner_id,
       GError     **error)
{
  DuaalScoreChange change = { DUAAL_SCORE_FIELD_MASTERY, DUAAL_MASTERY_V, DUAAL_COVERAGE_NONE, NULL };

  return duaal_store_record_change (store, learner_id, "c01.01", DUAAL_ACTOR_TEACHER, &change, NULL, error);
}

/* One's own write is heard right after its COMMIT; another
 * connection's once the main context runs. */
static void
test_notices (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalStore) other = open_store (f);
  g_autoptr(GPtrArray) own = g_ptr_array_new_with_free_func ((GDestroyNotify) duaal_change_free);
  g_autoptr(GPtrArray) heard = g_ptr_array_new_with_free_func ((GDestroyNotify) duaal_change_free);
  gint64 group_id, learner_id;

  g_assert_true (duaal_demo_load (f->store, NULL, NULL, &error));
  g_assert_no_error (error);
  learner_id = first_learner (f->store, &group_id);

  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), own);
  g_signal_connect (other, "changed", G_CALLBACK (on_changed), heard);
  duaal_store_watch (other);

  g_assert_cmpint (score (f->store, learner_id, &error), >, 0);
  g_assert_no_error (error);
  /* emitted before record_change returned, once: a batch says it once */
  g_assert_true (has_kind (own, DUAAL_CHANGE_SCORE, learner_id));
  g_assert_cmpuint (own->len, ==, 1);
  g_assert_cmpint (((DuaalChange *) g_ptr_array_index (own, 0))->group_id, ==, group_id);

  wait_for_kind (heard, DUAAL_CHANGE_SCORE, learner_id);
  g_assert_true (has_kind (heard, DUAAL_CHANGE_SCORE, learner_id));

  /* a failed write says nothing */
  g_ptr_array_set_size (own, 0);
  g_assert_cmpint (duaal_store_add_learner (f->store, 9999, "Niemand", 0, NULL, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
  g_assert_cmpuint (own->len, ==, 0);
}

static void
cluster (const char *action)
{
  g_autofree char *command = g_strdup_printf ("pg_ctlcluster %s regress %s", g_getenv ("PGVERSION"), action);

  g_assert_cmpint (system (command), ==, 0);
}

/* SPEC 13: a lost connection refuses changes clearly, nothing
 * acknowledged is lost, and the store comes back by itself. */
static void
test_connection_loss (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) duaal_change_free);
  gint64 group_id, learner_id;
  guint before;

  g_assert_true (duaal_demo_load (f->store, NULL, NULL, &error));
  learner_id = first_learner (f->store, &group_id);
  g_assert_cmpint (score (f->store, learner_id, &error), >, 0);
  before = duaal_store_count_learner_scores (f->store, learner_id, &error);
  g_assert_no_error (error);
  g_assert_true (duaal_pg_store_is_online (DUAAL_PG_STORE (f->store)));
  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), changes);

  cluster ("stop");
  g_assert_cmpint (score (f->store, learner_id, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_OFFLINE);
  g_assert_false (duaal_pg_store_is_online (DUAAL_PG_STORE (f->store)));
  g_clear_error (&error);
  g_assert_null (duaal_store_list_groups (f->store, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_OFFLINE);
  g_clear_error (&error);

  cluster ("start");
  /* the next call reconnects, says "everything may have changed" first */
  g_assert_cmpuint (duaal_store_count_learner_scores (f->store, learner_id, &error), ==, before);
  g_assert_no_error (error);
  g_assert_true (duaal_pg_store_is_online (DUAAL_PG_STORE (f->store)));
  g_assert_true (has_kind (changes, DUAAL_CHANGE_ALL, 0));
  g_assert_cmpint (score (f->store, learner_id, &error), >, 0);
  g_assert_no_error (error);
}

/* A watching store reconnects by itself, without a call. */
static void
test_reconnects_while_watching (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) duaal_change_free);

  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), changes);
  duaal_store_watch (f->store);
  cluster ("stop");
  cluster ("start");
  wait_for_kind (changes, DUAAL_CHANGE_ALL, 0);
  g_assert_true (has_kind (changes, DUAAL_CHANGE_ALL, 0));
  g_assert_true (duaal_pg_store_is_online (DUAAL_PG_STORE (f->store)));
}

static void
test_tls_summary (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *summary = duaal_pg_store_get_tls_summary (DUAAL_PG_STORE (f->store));
  g_autofree char *name = duaal_pg_store_get_display_name (DUAAL_PG_STORE (f->store));

  g_assert_nonnull (summary);
  g_assert_nonnull (strstr (name, f->name));
  g_assert_null (strstr (name, g_getenv ("PGPASSWORD")));
}

/* Whether duaal_pg_connect_params() added sslmode=require. */
static const char *
forced_sslmode (const char *conninfo)
{
  g_autofree const char **keywords = NULL;
  g_autofree const char **values = NULL;
  static char mode[32];

  duaal_pg_connect_params (conninfo, &keywords, &values);
  for (guint i = 0; keywords[i] != NULL; i++)
    if (strcmp (keywords[i], "sslmode") == 0)
      {
        g_strlcpy (mode, values[i], sizeof mode);
        return mode;
      }
  return NULL;
}

static void
test_tls_for_servers_elsewhere (void)
{
  g_unsetenv ("PGSSLMODE");
  g_assert_cmpstr (forced_sslmode ("host=db.school.example dbname=duaal"), ==, "require");
  g_assert_cmpstr (forced_sslmode ("postgresql://coach@db.school.example/duaal"), ==, "require");
  g_assert_cmpstr (forced_sslmode ("postgresql://coach@db.school.example/duaal?sslmode=disable"), ==, "require");
  g_assert_cmpstr (forced_sslmode ("host=db.school.example sslmode=prefer"), ==, "require");
  g_assert_cmpstr (forced_sslmode ("host=10.0.0.5,localhost dbname=duaal"), ==, "require");
  /* what the string asks for, when it is at least as strict */
  g_assert_null (forced_sslmode ("postgresql://coach@db.school.example/duaal?sslmode=verify-full"));
  g_assert_null (forced_sslmode ("host=db.school.example sslmode=verify-ca"));
  /* this machine */
  g_assert_null (forced_sslmode ("host=localhost dbname=duaal"));
  g_assert_null (forced_sslmode ("postgresql://coach@127.0.0.1/duaal"));
  g_assert_null (forced_sslmode ("host=::1 dbname=duaal"));
  g_assert_null (forced_sslmode ("host=/var/run/postgresql dbname=duaal"));
}

static void
test_conninfo_or_file (void)
{
  g_assert_true (duaal_pg_store_is_conninfo ("postgresql://coach@server/duaal"));
  g_assert_true (duaal_pg_store_is_conninfo ("postgres://server/duaal"));
  g_assert_true (duaal_pg_store_is_conninfo ("service=duaal"));
  g_assert_true (duaal_pg_store_is_conninfo ("host=server dbname=duaal"));
  g_assert_false (duaal_pg_store_is_conninfo ("/home/coach/duaal.db"));
  g_assert_false (duaal_pg_store_is_conninfo ("duaal.db"));
  g_assert_false (duaal_pg_store_is_conninfo (NULL));
}

static void
test_unreachable_server (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalStore) store = duaal_store_open ("host=127.0.0.1 port=1 dbname=duaal", &error);

  g_assert_null (store);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_OFFLINE);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/pg-store/conninfo-or-file", test_conninfo_or_file);
  g_test_add_func ("/pg-store/tls-for-servers-elsewhere", test_tls_for_servers_elsewhere);
  g_test_add_func ("/pg-store/unreachable-server", test_unreachable_server);
  g_test_add ("/pg-store/tls-summary", Fixture, NULL, fixture_set_up, test_tls_summary, fixture_tear_down);
  g_test_add ("/pg-store/notices", Fixture, NULL, fixture_set_up, test_notices, fixture_tear_down);
  g_test_add ("/pg-store/connection-loss", Fixture, NULL, fixture_set_up, test_connection_loss, fixture_tear_down);
  g_test_add ("/pg-store/reconnects-while-watching", Fixture, NULL, fixture_set_up,
              test_reconnects_while_watching, fixture_tear_down);
  return g_test_run ();
}
