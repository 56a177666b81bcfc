/* test-team-connect.c: the application on a team database (issue 14, SPEC 13)
 *
 * Runs inside a throwaway PostgreSQL cluster (tests/pg/run-with-pg.sh,
 * which exports PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE): the
 * coach connects through "Connect to a Team Database…", the header says
 * who is connected, the sidebar shows the team's class group; when the
 * server drops the connection the banner says so, changes are refused
 * with a clear message, and "Try Again" brings the connection back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libpq-fe.h>

#include "duaal-connect-dialog-private.h"
#include "duaal-connection-banner.h"
#include "duaal-demo.h"
#include "duaal-pg-store.h"
#include "duaal-store-open.h"
#include "duaal-test-ui.h"

/* A database of the test's own: the cluster's "postgres" cannot be
 * taken away while the test's admin connection uses it. */
#define TEAM_DATABASE "duaal_team"

static char *
env_conninfo (void)
{
  return g_strdup_printf ("host='%s' port='%s' dbname='" TEAM_DATABASE "' user='%s'",
                          g_getenv ("PGHOST"), g_getenv ("PGPORT"), g_getenv ("PGUSER"));
}

static void run_admin (const char *sql);

/* The team database with the demo class group, as setup-team and
 * `duaal-cli demo` leave it. */
static void
prepare_team_database (void)
{
  g_autofree char *conninfo = env_conninfo ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalStore) store = NULL;
  DuaalPgSetupStatus status;
  gint64 group_id = 0;
  guint n_learners = 0;

  run_admin ("CREATE DATABASE " TEAM_DATABASE);
  g_assert_cmpuint (duaal_pg_store_setup (conninfo, &status, &error), >, 0);
  g_assert_no_error (error);
  store = duaal_store_open_existing (conninfo, &error);
  g_assert_no_error (error);
  g_assert_true (duaal_demo_load (store, &group_id, &n_learners, &error));
  g_assert_no_error (error);
}

static gboolean
dialog_done (gpointer data)
{
  DuaalConnectDialog **dialog = data;

  return *dialog == NULL || !duaal_connect_dialog_is_busy (*dialog);
}

/* Runs @sql as the cluster's superuser from the "postgres" database, so
 * that it works while the team database refuses connections. */
static void
run_admin (const char *sql)
{
  g_autofree char *conninfo = g_strdup_printf ("host='%s' port='%s' dbname='postgres' user='%s'",
                                               g_getenv ("PGHOST"), g_getenv ("PGPORT"),
                                               g_getenv ("PGUSER"));
  PGconn *conn = PQconnectdb (conninfo);
  PGresult *result;

  g_assert_cmpint (PQstatus (conn), ==, CONNECTION_OK);
  result = PQexec (conn, sql);
  if (PQresultStatus (result) != PGRES_TUPLES_OK && PQresultStatus (result) != PGRES_COMMAND_OK)
    g_error ("%s: %s", sql, PQerrorMessage (conn));
  PQclear (result);
  PQfinish (conn);
}

/* The server out of reach, as far as the team database goes: no new
 * connection is accepted and the open ones are ended. */
static void
take_database_away (gboolean away)
{
  run_admin (away ? "ALTER DATABASE " TEAM_DATABASE " ALLOW_CONNECTIONS false"
                  : "ALTER DATABASE " TEAM_DATABASE " ALLOW_CONNECTIONS true");
  if (away)
    run_admin ("SELECT pg_terminate_backend (pid) FROM pg_stat_activity"
               " WHERE datname = '" TEAM_DATABASE "' AND pid <> pg_backend_pid ()");
}

static gboolean
banner_shown (gpointer data)
{
  return duaal_connection_banner_is_shown (data);
}

static gboolean
banner_hidden (gpointer data)
{
  return !duaal_connection_banner_is_shown (data);
}

static DuaalConnectDialog *
open_connect_dialog (DuaalWindow *window)
{
  GtkWidget *dialog;

  duaal_test_ui_activate_action (window, "app.connect-team");
  dialog = duaal_test_ui_find_toplevel (DUAAL_TYPE_CONNECT_DIALOG);
  g_assert_nonnull (dialog);
  duaal_test_ui_wait_until_drawn (dialog);
  return DUAAL_CONNECT_DIALOG (dialog);
}

static void
test_connect (void)
{
  g_autofree char *dir = duaal_test_ui_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "local.db", NULL);
  g_autoptr(DuaalApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  DuaalConnectDialog *dialog;
  DuaalWindow *window;
  GtkWidget *title;
  GtkWidget *banner;
  DuaalStore *store;
  const char *subtitle;

  prepare_team_database ();
  app = duaal_test_ui_start_app (path);
  window = duaal_test_ui_get_window (app);
  g_assert_false (duaal_application_is_team (app));

  /* A wrong password: said in the dialog, which stays open. */
  dialog = open_connect_dialog (window);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  duaal_connect_dialog_fill (dialog, g_getenv ("PGHOST"), TEAM_DATABASE,
                             g_getenv ("PGUSER"), "not the password");
  duaal_connect_dialog_connect (dialog);
  g_assert_true (duaal_test_ui_wait_for (dialog_done, &dialog, 30000));
  g_assert_nonnull (dialog);
  g_assert_nonnull (duaal_connect_dialog_get_error (dialog));
  g_assert_false (duaal_application_is_team (app));
  duaal_test_ui_screenshot (GTK_WIDGET (dialog), "team-connect-failed");

  /* The right one: the window shows the team database. */
  duaal_connect_dialog_fill (dialog, g_getenv ("PGHOST"), TEAM_DATABASE,
                             g_getenv ("PGUSER"), g_getenv ("PGPASSWORD"));
  duaal_connect_dialog_connect (dialog);
  g_assert_true (duaal_test_ui_wait_for (dialog_done, &dialog, 30000));
  g_assert_null (dialog);
  g_assert_true (duaal_application_is_team (app));
  store = duaal_application_get_store (app);
  g_assert_true (DUAAL_IS_PG_STORE (store));
  /* the password is nowhere in what is kept or shown */
  g_assert_null (strstr (duaal_application_get_database_path (app), g_getenv ("PGPASSWORD")));

  title = duaal_test_ui_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_TITLE, NULL);
  subtitle = adw_view_switcher_title_get_subtitle (ADW_VIEW_SWITCHER_TITLE (title));
  g_assert_nonnull (subtitle);
  g_assert_nonnull (strstr (subtitle, g_getenv ("PGUSER")));
  duaal_test_ui_wait_until_drawn (GTK_WIDGET (window));
  duaal_test_ui_screenshot (GTK_WIDGET (window), "team-connected");

  /* The server drops the connection: the banner says so, a change is
   * refused with a message that says why, and the connection comes back. */
  banner = duaal_test_ui_find_widget (GTK_WIDGET (window), DUAAL_TYPE_CONNECTION_BANNER, NULL);
  g_assert_nonnull (banner);
  g_assert_false (duaal_connection_banner_is_shown (DUAAL_CONNECTION_BANNER (banner)));
  take_database_away (TRUE);
  g_assert_cmpint (duaal_store_add_company (store, "Bakkerij Peeters", NULL, &error), ==, 0);
  g_assert_nonnull (error);
  g_test_message ("refused while down: %s", error->message);
  g_clear_error (&error);
  g_assert_true (duaal_test_ui_wait_for (banner_shown, banner, 5000));
  duaal_test_ui_wait (300);
  duaal_test_ui_screenshot (GTK_WIDGET (window), "team-connection-lost");

  /* Still away: trying again fails and the banner stays. */
  g_assert_false (duaal_pg_store_reconnect (DUAAL_PG_STORE (store), &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (duaal_connection_banner_is_shown (DUAAL_CONNECTION_BANNER (banner)));

  take_database_away (FALSE);
  g_assert_true (duaal_pg_store_reconnect (DUAAL_PG_STORE (store), &error));
  g_assert_no_error (error);
  g_assert_true (duaal_test_ui_wait_for (banner_hidden, banner, 5000));
  g_assert_cmpint (duaal_store_add_company (store, "Bakkerij Peeters", NULL, &error), >, 0);
  g_assert_no_error (error);

  duaal_test_ui_stop_app (g_steal_pointer (&app));
  duaal_test_ui_remove_tmp_dir (dir);
}

int
main (int argc, char *argv[])
{
  duaal_test_ui_init (&argc, &argv);
  g_test_add_func ("/team-connect/connect", test_connect);
  return g_test_run ();
}
