/* duaal-pg-team.c: the team members of the PostgreSQL store (SPEC 13)
 *
 * Logins are PostgreSQL roles that can log in, each a member of one of
 * the group roles of schema step 2 (duaal-pg-team-private.h) and mapped
 * to a person in app_user.  Teachers teach several groups (the teaches
 * table), so add_teacher and list_teachers are this file's too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "duaal-error.h"
#include "duaal-input.h"
#include "duaal-pg-store-private.h"
#include "duaal-pg-team-private.h"
#include "duaal-team-private.h"
#include "duaal-types-private.h"

/* ------------------------------------------------------------------ */
/* Who is connected                                                    */

typedef struct {
  DuaalUser *result;
} WhoamiArgs;

static gboolean
whoami_txn (DuaalPgStore  *self,
            gpointer       data,
            GError       **error)
{
  WhoamiArgs *args = data;
  g_autoptr(PGresult) result =
    duaal_pg_store_exec (self, "SELECT session_user, duaal_my_role (), duaal_my_person ()", NULL, error);
  const char *login, *role;
  DuaalViewer viewer;

  if (result == NULL)
    return FALSE;
  login = duaal_pg_text (result, 0, 0);
  role = duaal_pg_text (result, 0, 1);
  /* The login that set the database up sees and changes everything. */
  if (g_strcmp0 (role, "setup") == 0)
    viewer = DUAAL_VIEWER_COACH;
  else if (role == NULL || !duaal_viewer_from_string (role, &viewer))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("The login “%s” has no role in this team database: the person who set it up "
                     "gives it one (duaal-cli add-user)."), login);
      return FALSE;
    }
  args->result = duaal_user_new (login, viewer, duaal_pg_int (result, 0, 2));
  return TRUE;
}

static DuaalUser *
whoami (DuaalStore  *store,
        GError     **error)
{
  WhoamiArgs args = { NULL };

  if (!duaal_pg_store_run_read (DUAAL_PG_STORE (store), whoami_txn, &args, error))
    {
      g_clear_object (&args.result);
      return NULL;
    }
  return args.result;
}

/* ------------------------------------------------------------------ */
/* Logins                                                              */

typedef struct {
  const char  *login;
  DuaalViewer  role;
  gint64       person_id;
  const char  *password;   /* (nullable) */
} AddUserArgs;

/* Role statements cannot take parameters: they run unprepared (and so
 * never stay in the statement cache with a password in them). */
static gboolean
exec_role_statement (DuaalPgStore  *self,
                     const char    *sql,
                     GError       **error)
{
  PGconn *conn = duaal_pg_store_get_conn (self);
  g_autoptr(PGresult) result = PQexec (conn, sql);

  if (PQresultStatus (result) == PGRES_COMMAND_OK)
    return TRUE;
  return duaal_pg_set_error (conn, result, error);
}

/* ' PASSWORD <literal>', the password hashed here (SCRAM) so the server
 * never sees or logs it; "" without a password; NULL on error. */
static char *
password_clause (DuaalPgStore  *self,
                 const char    *login,
                 const char    *password,
                 GError       **error)
{
  PGconn *conn = duaal_pg_store_get_conn (self);
  char *hashed, *literal, *clause;

  if (password == NULL)
    return g_strdup ("");
  hashed = PQencryptPasswordConn (conn, password, login, NULL);
  if (hashed == NULL)
    {
      duaal_pg_set_error (conn, NULL, error);
      return NULL;
    }
  literal = PQescapeLiteral (conn, hashed, strlen (hashed));
  PQfreemem (hashed);
  if (literal == NULL)
    {
      duaal_pg_set_error (conn, NULL, error);
      return NULL;
    }
  clause = g_strconcat (" PASSWORD ", literal, NULL);
  PQfreemem (literal);
  return clause;
}

static gboolean
check_person (DuaalPgStore  *self,
              DuaalViewer    role,
              gint64         person_id,
              GError       **error)
{
  static const struct { const char *sql; DuaalTeamThing thing; } tables[] = {
    [DUAAL_VIEWER_LEARNER] = { "SELECT 1 FROM learner WHERE id = $1", DUAAL_TEAM_LEARNER },
    [DUAAL_VIEWER_TEACHER] = { "SELECT 1 FROM teacher WHERE id = $1", DUAAL_TEAM_TEACHER },
    [DUAAL_VIEWER_TRAINER] = { "SELECT 1 FROM trainer WHERE id = $1", DUAAL_TEAM_TRAINER },
  };
  DuaalPgParams params = { 0 };
  gint64 found;
  int rc;

  if (!duaal_team_check_person (role, person_id, error))
    return FALSE;
  if (role == DUAAL_VIEWER_COACH)
    return TRUE;
  duaal_pg_params_int (&params, person_id);
  rc = duaal_pg_store_query_int64 (self, tables[role].sql, &params, &found, error);
  if (rc == 0)
    return duaal_team_set_not_found (error, tables[role].thing, person_id);
  return rc == 1;
}

/* Only the setup login gives out logins, and never its own: it sees
 * everything, whatever app_user says. */
static gboolean
check_may_add_user (DuaalPgStore  *self,
                    const char    *login,
                    GError       **error)
{
  DuaalPgParams params = { 0 };
  g_autoptr(PGresult) result = NULL;

  duaal_pg_params_text (&params, login);
  result = duaal_pg_store_exec (self,
                                "SELECT duaal_my_role () = 'setup',"
                                " EXISTS (SELECT FROM pg_roles WHERE rolname = $1),"
                                " EXISTS (SELECT FROM pg_roles WHERE rolname = $1 AND (rolsuper"
                                "   OR pg_has_role (rolname, duaal_owner (), 'MEMBER')))",
                                &params, error);
  if (result == NULL)
    return FALSE;
  if (strcmp (PQgetvalue (result, 0, 0), "t") != 0)
    {
      g_set_error_literal (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                           _("Only the login that set up this team database gives out logins."));
      return FALSE;
    }
  if (strcmp (PQgetvalue (result, 0, 2), "t") == 0)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("The login “%s” set up this database and sees everything: give each person "
                     "a login of their own."), login);
      return FALSE;
    }
  return TRUE;
}

static gboolean
login_exists (DuaalPgStore  *self,
              const char    *login,
              gboolean      *exists,
              GError       **error)
{
  DuaalPgParams params = { 0 };
  gint64 found;
  int rc;

  duaal_pg_params_text (&params, login);
  rc = duaal_pg_store_query_int64 (self, "SELECT 1 FROM pg_roles WHERE rolname = $1", &params, &found, error);
  *exists = rc == 1;
  return rc >= 0;
}

/* One role per login: @role_name, granted, and every other group role
 * it had taken away (only those it has: PostgreSQL warns otherwise). */
static gboolean
set_group_role (DuaalPgStore  *self,
                const char    *login,
                const char    *quoted_login,
                const char    *role_name,
                GError       **error)
{
  DuaalPgParams params = { 0 };
  g_autoptr(PGresult) others = NULL;
  g_autofree char *grant = g_strdup_printf ("GRANT %s TO %s", role_name, quoted_login);

  duaal_pg_params_text (&params, login);
  duaal_pg_params_text (&params, role_name);
  others = duaal_pg_store_exec (self,
                                "SELECT r.rolname FROM pg_auth_members m"
                                " JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member"
                                " WHERE u.rolname = $1 AND r.rolname <> $2 AND r.rolname IN"
                                " ('duaal_coach', 'duaal_teacher', 'duaal_trainer', 'duaal_learner')",
                                &params, error);
  if (others == NULL)
    return FALSE;
  for (int row = 0; row < PQntuples (others); row++)
    {
      /* the names are the four above: no quoting needed */
      g_autofree char *revoke = g_strdup_printf ("REVOKE %s FROM %s", PQgetvalue (others, row, 0), quoted_login);

      if (!exec_role_statement (self, revoke, error))
        return FALSE;
    }
  return exec_role_statement (self, grant, error);
}

static gboolean
add_user_txn (DuaalPgStore  *self,
              gpointer       data,
              GError       **error)
{
  AddUserArgs *args = data;
  PGconn *conn = duaal_pg_store_get_conn (self);
  g_autofree char *password = NULL;
  g_autofree char *role_sql = NULL;
  g_autofree char *role_name = g_strconcat ("duaal_", duaal_viewer_to_string (args->role), NULL);
  DuaalPgParams params = { 0 };
  char *login;
  gboolean exists, ok;

  if (!check_may_add_user (self, args->login, error) ||
      !check_person (self, args->role, args->person_id, error) ||
      !login_exists (self, args->login, &exists, error) ||
      (password = password_clause (self, args->login, args->password, error)) == NULL)
    return FALSE;

  login = PQescapeIdentifier (conn, args->login, strlen (args->login));
  if (login == NULL)
    return duaal_pg_set_error (conn, NULL, error);
  /* An existing login keeps its password unless a new one is given. */
  if (!exists)
    role_sql = g_strdup_printf ("CREATE ROLE %s LOGIN%s", login, password);
  else if (*password != '\0')
    role_sql = g_strdup_printf ("ALTER ROLE %s%s", login, password);
  ok = (role_sql == NULL || exec_role_statement (self, role_sql, error)) &&
       set_group_role (self, args->login, login, role_name, error);
  PQfreemem (login);
  if (!ok)
    return FALSE;

  duaal_pg_params_text (&params, args->login);
  duaal_pg_params_text (&params, duaal_viewer_to_string (args->role));
  duaal_pg_params_id (&params, args->person_id);
  return duaal_pg_store_exec_done (self,
                                   "INSERT INTO app_user (login, role, person_id) VALUES ($1, $2, $3)"
                                   " ON CONFLICT (login) DO UPDATE SET role = excluded.role,"
                                   " person_id = excluded.person_id",
                                   &params, error);
}

static DuaalUser *
add_user (DuaalStore  *store,
          const char  *login,
          DuaalViewer  role,
          gint64       person_id,
          const char  *password,
          GError     **error)
{
  AddUserArgs args = { login, role, person_id, password };

  if (!duaal_pg_store_run_write (DUAAL_PG_STORE (store), add_user_txn, &args, error))
    return NULL;
  return duaal_user_new (login, role, person_id);
}

typedef struct {
  GPtrArray *results;
} ListUsersArgs;

static gboolean
list_users_txn (DuaalPgStore  *self,
                gpointer       data,
                GError       **error)
{
  ListUsersArgs *args = data;
  g_autoptr(PGresult) result =
    duaal_pg_store_exec (self, "SELECT login, role, person_id FROM app_user ORDER BY login", NULL, error);

  if (result == NULL)
    return FALSE;
  g_ptr_array_set_size (args->results, 0);
  for (int row = 0; row < PQntuples (result); row++)
    {
      DuaalViewer role = DUAAL_VIEWER_COACH;

      duaal_viewer_from_string (duaal_pg_text (result, row, 1), &role);
      g_ptr_array_add (args->results,
                       duaal_user_new (duaal_pg_text (result, row, 0), role, duaal_pg_int (result, row, 2)));
    }
  return TRUE;
}

static GPtrArray *
list_users (DuaalStore  *store,
            GError     **error)
{
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func (g_object_unref);
  ListUsersArgs args = { results };

  if (!duaal_pg_store_run_read (DUAAL_PG_STORE (store), list_users_txn, &args, error))
    return NULL;
  return g_steal_pointer (&results);
}

/* ------------------------------------------------------------------ */
/* Teachers and trainers                                               */

static gboolean
require_group (DuaalPgStore  *self,
               gint64         group_id,
               GError       **error)
{
  DuaalPgParams params = { 0 };
  gint64 found;
  int rc;

  duaal_pg_params_int (&params, group_id);
  rc = duaal_pg_store_query_int64 (self, "SELECT 1 FROM class_group WHERE id = $1", &params, &found, error);
  if (rc == 0)
    return duaal_team_set_not_found (error, DUAAL_TEAM_GROUP, group_id);
  return rc == 1;
}

typedef struct {
  const char   *name;
  const gint64 *group_ids;
  guint         n_group_ids;
  gint64        result;
} AddTeacherArgs;

static gboolean
add_team_teacher_txn (DuaalPgStore  *self,
                      gpointer       data,
                      GError       **error)
{
  AddTeacherArgs *args = data;
  DuaalPgParams params = { 0 };

  for (guint i = 0; i < args->n_group_ids; i++)
    if (!require_group (self, args->group_ids[i], error))
      return FALSE;
  duaal_pg_params_text (&params, args->name);
  if (duaal_pg_store_query_int64 (self, "INSERT INTO teacher (name) VALUES ($1) RETURNING id",
                                  &params, &args->result, error) != 1)
    return FALSE;
  for (guint i = 0; i < args->n_group_ids; i++)
    {
      DuaalPgParams teaches = { 0 };

      duaal_pg_params_int (&teaches, args->result);
      duaal_pg_params_int (&teaches, args->group_ids[i]);
      if (!duaal_pg_store_exec_done (self, "INSERT INTO teaches (teacher_id, group_id) VALUES ($1, $2)"
                                     " ON CONFLICT DO NOTHING", &teaches, error))
        return FALSE;
    }
  return TRUE;
}

static gint64
add_team_teacher (DuaalStore    *store,
                  const char    *name,
                  const gint64  *group_ids,
                  guint          n_group_ids,
                  GError       **error)
{
  g_autofree char *clean = duaal_input_clean_name (name, DUAAL_NAME_TEACHER, error);
  AddTeacherArgs args = { clean, group_ids, n_group_ids, 0 };

  if (clean == NULL || !duaal_pg_store_run_write (DUAAL_PG_STORE (store), add_team_teacher_txn, &args, error))
    return 0;
  return args.result;
}

static gint64
add_teacher (DuaalStore  *store,
             gint64       group_id,
             const char  *name,
             GError     **error)
{
  return add_team_teacher (store, name, &group_id, 1, error);
}

typedef struct {
  const char *sql;
  gint64      group_id;   /* $1, and checked, when > 0 */
  GPtrArray  *results;
} ListPeopleArgs;

/* Rows of (person id, name, company, listed id): see
 * duaal_team_add_person_row(). */
static gboolean
list_people_txn (DuaalPgStore  *self,
                 gpointer       data,
                 GError       **error)
{
  ListPeopleArgs *args = data;
  g_autoptr(PGresult) result = NULL;
  DuaalPgParams params = { 0 };

  if (args->group_id > 0)
    {
      if (!require_group (self, args->group_id, error))
        return FALSE;
      duaal_pg_params_int (&params, args->group_id);
    }
  result = duaal_pg_store_exec (self, args->sql, &params, error);
  if (result == NULL)
    return FALSE;
  g_ptr_array_set_size (args->results, 0);
  for (int row = 0; row < PQntuples (result); row++)
    duaal_team_add_person_row (args->results, duaal_pg_int (result, row, 0), duaal_pg_text (result, row, 1),
                               duaal_pg_text (result, row, 2), duaal_pg_int (result, row, 3));
  return TRUE;
}

static GPtrArray *
list_people (DuaalStore  *store,
             const char  *sql,
             gint64       group_id,
             GError     **error)
{
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func (g_object_unref);
  ListPeopleArgs args = { sql, group_id, results };

  if (!duaal_pg_store_run_read (DUAAL_PG_STORE (store), list_people_txn, &args, error))
    return NULL;
  return g_steal_pointer (&results);
}

static GPtrArray *
list_team_teachers (DuaalStore  *store,
                    GError     **error)
{
  return list_people (store,
                      "SELECT t.id, t.name, NULL, s.group_id FROM teacher t"
                      " LEFT JOIN teaches s ON s.teacher_id = t.id"
                      " ORDER BY t.name, t.id, s.group_id",
                      0, error);
}

static GPtrArray *
list_team_trainers (DuaalStore  *store,
                    gint64       group_id,
                    GError     **error)
{
  if (group_id == 0)
    return list_people (store,
                        "SELECT t.id, t.name, c.name, l.id FROM trainer t"
                        " JOIN company c ON c.id = t.company_id"
                        " LEFT JOIN learner l ON l.trainer_id = t.id ORDER BY t.name, t.id, l.id",
                        0, error);
  return list_people (store,
                      "SELECT t.id, t.name, c.name, l.id FROM trainer t"
                      " JOIN company c ON c.id = t.company_id"
                      " JOIN learner l ON l.trainer_id = t.id WHERE l.group_id = $1"
                      " ORDER BY t.name, t.id, l.id",
                      group_id, error);
}

/* list_teachers of one group, as DuaalTeacher */
static GPtrArray *
list_teachers (DuaalStore  *store,
               gint64       group_id,
               GError     **error)
{
  g_autoptr(GPtrArray) people = NULL;
  GPtrArray *teachers;

  people = list_people (store,
                        "SELECT t.id, t.name, NULL, NULL FROM teacher t"
                        " JOIN teaches s ON s.teacher_id = t.id WHERE s.group_id = $1"
                        " ORDER BY t.name, t.id",
                        group_id, error);
  if (people == NULL)
    return NULL;
  teachers = g_ptr_array_new_full (people->len, g_object_unref);
  for (guint i = 0; i < people->len; i++)
    {
      DuaalTeamPerson *person = g_ptr_array_index (people, i);

      g_ptr_array_add (teachers, duaal_teacher_new (duaal_team_person_get_id (person),
                                                    duaal_team_person_get_name (person), group_id));
    }
  return teachers;
}

void
duaal_pg_team_iface_init (DuaalStoreInterface *iface)
{
  iface->whoami = whoami;
  iface->add_user = add_user;
  iface->list_users = list_users;
  iface->add_team_teacher = add_team_teacher;
  iface->list_team_teachers = list_team_teachers;
  iface->list_team_trainers = list_team_trainers;
  iface->add_teacher = add_teacher;
  iface->list_teachers = list_teachers;
}
