/* duaal-sqlite-team.c: the SQLite backend's team members (SPEC 13)
 *
 * A workstation's database has no logins: whoever opens it is the
 * coach, and logins are refused.  Its teacher table keeps one row per
 * class group, so a teacher of several groups is one row per group
 * under one name, and the team lists show them as one person: the
 * name's first row gives the id.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "duaal-error.h"
#include "duaal-input.h"
#include "duaal-sqlite-store-private.h"
#include "duaal-sqlite-team-private.h"
#include "duaal-team-private.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

static DuaalUser *
whoami (DuaalStore  *store,
        GError     **error)
{
  return duaal_user_new (NULL, DUAAL_VIEWER_COACH, 0);
}

static gboolean
refuse_logins (GError **error)
{
  g_set_error_literal (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                       _("A database file on this computer has no logins: whoever opens it "
                         "is its coach. Logins are for a team database (PostgreSQL)."));
  return FALSE;
}

static DuaalUser *
add_user (DuaalStore  *store,
          const char  *login,
          DuaalViewer  role,
          gint64       person_id,
          const char  *password,
          GError     **error)
{
  refuse_logins (error);
  return NULL;
}

static GPtrArray *
list_users (DuaalStore  *store,
            GError     **error)
{
  refuse_logins (error);
  return NULL;
}

/* The first column of @sql's first row for ?1 = @a and ?2 = @b
 * (nullable), or 0 when there is none. */
static gboolean
query_id (DuaalSqliteStore  *self,
          const char        *sql,
          gint64             a,
          const char        *b,
          gint64            *value,
          GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = duaal_sqlite_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, a);
  if (b != NULL)
    sqlite3_bind_text (stmt, 2, b, -1, SQLITE_TRANSIENT);
  rc = duaal_sqlite_store_step (self, stmt, error);
  *value = rc == 1 ? sqlite3_column_int64 (stmt, 0) : 0;
  return rc >= 0;
}

typedef struct {
  const char   *name;
  const gint64 *group_ids;
  guint         n_group_ids;
  gint64        result;
} AddTeacherArgs;

/* A row per group, unless the name already teaches it. */
static gboolean
add_team_teacher_txn (DuaalSqliteStore  *self,
                      gpointer           data,
                      GError           **error)
{
  AddTeacherArgs *args = data;

  for (guint i = 0; i < args->n_group_ids; i++)
    {
      gint64 group_id = args->group_ids[i], found;
      g_autoptr(sqlite3_stmt) insert = NULL;

      if (!query_id (self, "SELECT id FROM class_group WHERE id = ?1", group_id, NULL, &found, error))
        return FALSE;
      if (found == 0)
        return duaal_team_set_not_found (error, DUAAL_TEAM_GROUP, group_id);
      if (!query_id (self, "SELECT id FROM teacher WHERE group_id = ?1 AND name = ?2", group_id,
                     args->name, &found, error))
        return FALSE;
      if (found != 0)
        continue;
      insert = duaal_sqlite_store_prepare (self, "INSERT INTO teacher (group_id, name) VALUES (?1, ?2)", error);
      if (insert == NULL)
        return FALSE;
      sqlite3_bind_int64 (insert, 1, group_id);
      sqlite3_bind_text (insert, 2, args->name, -1, SQLITE_TRANSIENT);
      if (!duaal_sqlite_store_step_done (self, insert, error))
        return FALSE;
    }
  return query_id (self, "SELECT min (id) FROM teacher WHERE name = ?2", 0, args->name,
                   &args->result, error);
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

  if (clean == NULL)
    return 0;
  if (n_group_ids == 0)
    {
      g_set_error_literal (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                           _("In a database file on this computer a teacher teaches at least "
                             "one class group: name the groups."));
      return 0;
    }
  if (!duaal_sqlite_store_run_write (DUAAL_SQLITE_STORE (store), add_team_teacher_txn, &args, error))
    return 0;
  return args.result;
}

typedef struct {
  const char *sql;
  gint64      group_id;
  GPtrArray  *results;
} ListArgs;

/* Rows of (person id, name, company, listed id): see
 * duaal_team_add_person_row(). */
static gboolean
list_people_txn (DuaalSqliteStore  *self,
                 gpointer           data,
                 GError           **error)
{
  ListArgs *args = data;
  g_autoptr(sqlite3_stmt) stmt = duaal_sqlite_store_prepare (self, args->sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, args->group_id);
  g_ptr_array_set_size (args->results, 0);
  while ((rc = duaal_sqlite_store_step (self, stmt, error)) == 1)
    duaal_team_add_person_row (args->results, sqlite3_column_int64 (stmt, 0),
                               (const char *) sqlite3_column_text (stmt, 1),
                               (const char *) sqlite3_column_text (stmt, 2), sqlite3_column_int64 (stmt, 3));
  return rc == 0;
}

static GPtrArray *
list_people (DuaalStore  *store,
             const char  *sql,
             gint64       group_id,
             GError     **error)
{
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func (g_object_unref);
  ListArgs args = { sql, group_id, results };

  if (!duaal_sqlite_store_run_read (DUAAL_SQLITE_STORE (store), list_people_txn, &args, error))
    return NULL;
  return g_steal_pointer (&results);
}

static GPtrArray *
list_team_teachers (DuaalStore  *store,
                    GError     **error)
{
  return list_people (store,
                      "SELECT min (id) OVER (PARTITION BY name) AS first, name, NULL, group_id"
                      " FROM teacher ORDER BY name, first, group_id",
                      0, error);
}

typedef struct {
  gint64   group_id;
  gboolean found;
} GroupArgs;

static gboolean
group_exists_txn (DuaalSqliteStore  *self,
                  gpointer           data,
                  GError           **error)
{
  GroupArgs *args = data;
  gint64 found;

  if (!query_id (self, "SELECT id FROM class_group WHERE id = ?1", args->group_id, NULL, &found, error))
    return FALSE;
  args->found = found != 0;
  return TRUE;
}

static GPtrArray *
list_team_trainers (DuaalStore  *store,
                    gint64       group_id,
                    GError     **error)
{
  GroupArgs group = { group_id, TRUE };

  if (group_id != 0 &&
      !duaal_sqlite_store_run_read (DUAAL_SQLITE_STORE (store), group_exists_txn, &group, error))
    return NULL;
  if (!group.found)
    {
      duaal_team_set_not_found (error, DUAAL_TEAM_GROUP, group_id);
      return NULL;
    }
  return list_people (store,
                      "SELECT t.id, t.name, c.name, l.id FROM trainer t"
                      " JOIN company c ON c.id = t.company_id"
                      " LEFT JOIN learner l ON l.trainer_id = t.id AND (?1 = 0 OR l.group_id = ?1)"
                      " WHERE ?1 = 0 OR l.id IS NOT NULL ORDER BY t.name, t.id, l.id",
                      group_id, error);
}

void
duaal_sqlite_team_iface_init (DuaalStoreInterface *iface)
{
  iface->whoami = whoami;
  iface->add_user = add_user;
  iface->list_users = list_users;
  iface->add_team_teacher = add_team_teacher;
  iface->list_team_teachers = list_team_teachers;
  iface->list_team_trainers = list_team_trainers;
}
