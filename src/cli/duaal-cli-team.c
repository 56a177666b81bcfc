/* duaal-cli-team.c: add-teacher, teachers, trainers, add-user, users, whoami (SPEC 13)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "duaal-cli-private.h"
#include "duaal-types-private.h"

/* The longest login PostgreSQL keeps (NAMEDATALEN - 1 bytes). */
#define LOGIN_MAX_BYTES 63

/* A password file's first line, at most this long. */
#define PASSWORD_MAX_BYTES 1024

/* For a command without arguments or options: the store, or NULL. */
static DuaalStore *
open_without_arguments (DuaalCli  *cli,
                        int        argc,
                        char     **argv,
                        GError   **error)
{
  if (!duaal_cli_parse_options (cli, NULL, &argc, &argv, 0, 0, error))
    return NULL;
  return duaal_cli_get_store (cli, error);
}

/* "3,5, 8" into group ids, each checked, duplicates dropped. */
static GArray *
parse_groups (const char  *text,
              GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; parts[i] != NULL; i++)
    {
      gint64 id;
      gboolean seen = FALSE;

      if (!duaal_cli_parse_id (g_strstrip (parts[i]), _("group"), &id, error))
        return NULL;
      for (guint j = 0; j < ids->len; j++)
        seen = seen || g_array_index (ids, gint64, j) == id;
      if (!seen)
        g_array_append_val (ids, id);
    }
  return g_steal_pointer (&ids);
}

gboolean
duaal_cli_add_teacher (DuaalCli  *cli,
                       int        argc,
                       char     **argv,
                       GError   **error)
{
  g_autofree char *groups_text = NULL;
  const GOptionEntry entries[] = {
    { "groups", 'g', 0, G_OPTION_ARG_STRING, &groups_text,
      N_("The class groups the teacher teaches"), N_("GROUP,…") },
    { NULL }
  };
  g_autoptr(GArray) groups = NULL;
  DuaalStore *store;
  gint64 teacher_id;

  if (!duaal_cli_parse_options (cli, entries, &argc, &argv, 1, 1, error))
    return FALSE;
  if (!duaal_cli_check_name (argv[1], DUAAL_NAME_TEACHER, error))
    return FALSE;
  groups = groups_text != NULL ? parse_groups (groups_text, error) : g_array_new (FALSE, FALSE, sizeof (gint64));
  if (groups == NULL)
    return FALSE;

  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  teacher_id = duaal_store_add_team_teacher (store, argv[1], (const gint64 *) (gpointer) groups->data,
                                             groups->len, error);
  if (teacher_id == 0)
    return FALSE;
  return duaal_cli_print_id (teacher_id, error);
}

/* [{"id", "name", @ids_name: [...]}] with "company" for trainers. */
static gboolean
print_people (GPtrArray   *people,
              const char  *ids_name,
              gboolean     with_company,
              GError     **error)
{
  DuaalJson *json = duaal_json_new ();

  duaal_json_begin_array (json);
  for (guint i = 0; i < people->len; i++)
    {
      DuaalTeamPerson *person = g_ptr_array_index (people, i);
      guint n_ids;
      const gint64 *ids = duaal_team_person_get_ids (person, &n_ids);

      duaal_json_begin_object (json);
      duaal_json_member_int (json, "id", duaal_team_person_get_id (person));
      duaal_json_member_string (json, "name", duaal_team_person_get_name (person));
      if (with_company)
        duaal_json_member_string (json, "company", duaal_team_person_get_company (person));
      duaal_json_member (json, ids_name);
      duaal_json_begin_array (json);
      for (guint j = 0; j < n_ids; j++)
        duaal_json_int (json, ids[j]);
      duaal_json_end_array (json);
      duaal_json_end_object (json);
    }
  duaal_json_end_array (json);
  return duaal_cli_print_json (json, error);
}

gboolean
duaal_cli_teachers (DuaalCli  *cli,
                    int        argc,
                    char     **argv,
                    GError   **error)
{
  g_autoptr(GPtrArray) teachers = NULL;
  DuaalStore *store;

  store = open_without_arguments (cli, argc, argv, error);
  if (store == NULL)
    return FALSE;
  teachers = duaal_store_list_team_teachers (store, error);
  if (teachers == NULL)
    return FALSE;
  return print_people (teachers, "groups", FALSE, error);
}

gboolean
duaal_cli_trainers (DuaalCli  *cli,
                    int        argc,
                    char     **argv,
                    GError   **error)
{
  g_autoptr(GPtrArray) trainers = NULL;
  gint64 group_id = 0;
  DuaalStore *store;

  if (!duaal_cli_parse_options (cli, NULL, &argc, &argv, 0, 1, error))
    return FALSE;
  if (argc > 1 && !duaal_cli_parse_id (argv[1], _("group"), &group_id, error))
    return FALSE;
  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  trainers = duaal_store_list_team_trainers (store, group_id, error);
  if (trainers == NULL)
    return FALSE;
  return print_people (trainers, "learners", TRUE, error);
}

/* A login as PostgreSQL keeps it: 1 to 63 bytes of letters, digits,
 * "_", ".", "-" or "@" (quoted when used, so this is for people, not
 * for safety). */
static gboolean
check_login (const char  *login,
             GError     **error)
{
  gsize length = strlen (login);

  for (const char *p = login; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && strchr ("_.-@", *p) == NULL)
      length = 0;
  if (length == 0 || length > LOGIN_MAX_BYTES)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("“%s” is not a login (1 to %d letters, digits, “_”, “.”, “-” or “@”)"),
                   login, LOGIN_MAX_BYTES);
      return FALSE;
    }
  return TRUE;
}

/* Wipes a password before freeing it. */
static void
free_secret (char *secret)
{
  if (secret != NULL)
    memset (secret, 0, strlen (secret));
  g_free (secret);
}

typedef char CharSecret;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CharSecret, free_secret)

/* The first line of @path, never shown: not empty, no longer than
 * PASSWORD_MAX_BYTES. */
static char *
read_password (const char  *path,
               GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(CharSecret) contents = NULL;
  gsize length = 0;
  char *end;

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID, _("%s: cannot read the password: %s"),
                   path, local_error->message);
      return NULL;
    }
  /* a NUL inside would cut the password short without saying so */
  if (memchr (contents, '\0', length) != NULL)
    *contents = '\0';
  end = strpbrk (contents, "\r\n");
  if (end != NULL)
    *end = '\0';
  if (*contents == '\0' || strlen (contents) > PASSWORD_MAX_BYTES)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("%s: the first line must be the password (1 to %d bytes)"), path, PASSWORD_MAX_BYTES);
      return NULL;
    }
  return g_strdup (contents);
}

/* The members {"login", "role", "person"}, null for no login or no person */
static void
write_user (DuaalJson     *json,
            gconstpointer  item)
{
  DuaalUser *user = (DuaalUser *) item;
  gint64 person = duaal_user_get_person_id (user);

  if (duaal_user_get_login (user) != NULL)
    duaal_json_member_string (json, "login", duaal_user_get_login (user));
  else
    duaal_json_member_null (json, "login");
  duaal_json_member_string (json, "role", duaal_viewer_to_string (duaal_user_get_role (user)));
  if (person != 0)
    duaal_json_member_int (json, "person", person);
  else
    duaal_json_member_null (json, "person");
}

static gboolean
print_user (DuaalUser  *user,
            GError    **error)
{
  DuaalJson *json = duaal_json_new ();

  duaal_json_begin_object (json);
  write_user (json, user);
  duaal_json_end_object (json);
  return duaal_cli_print_json (json, error);
}

gboolean
duaal_cli_add_user (DuaalCli  *cli,
                    int        argc,
                    char     **argv,
                    GError   **error)
{
  g_autofree char *role_text = NULL;
  g_autofree char *person_text = NULL;
  g_autofree char *password_file = NULL;
  const GOptionEntry entries[] = {
    { "role", 'r', 0, G_OPTION_ARG_STRING, &role_text,
      N_("The login’s role: coach, teacher, trainer or learner (required)"), N_("ROLE") },
    { "person", 'p', 0, G_OPTION_ARG_STRING, &person_text,
      N_("The id of the teacher, trainer or learner the login is"), N_("ID") },
    { "password-file", 0, 0, G_OPTION_ARG_FILENAME, &password_file,
      N_("A file whose first line is the login’s password"), N_("FILE") },
    { NULL }
  };
  g_autoptr(CharSecret) password = NULL;
  g_autoptr(DuaalUser) user = NULL;
  DuaalViewer role;
  gint64 person_id = 0;
  DuaalStore *store;

  if (!duaal_cli_parse_options (cli, entries, &argc, &argv, 1, 1, error))
    return FALSE;
  if (role_text == NULL || !duaal_viewer_from_string (role_text, &role))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("--role must be coach, teacher, trainer or learner"));
      return FALSE;
    }
  if (!check_login (argv[1], error)
      || (person_text != NULL && !duaal_cli_parse_id (person_text, _("person"), &person_id, error)))
    return FALSE;
  if (password_file != NULL && (password = read_password (password_file, error)) == NULL)
    return FALSE;

  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  user = duaal_store_add_user (store, argv[1], role, person_id, password, error);
  if (user == NULL)
    return FALSE;
  return print_user (user, error);
}

gboolean
duaal_cli_users (DuaalCli  *cli,
                 int        argc,
                 char     **argv,
                 GError   **error)
{
  g_autoptr(GPtrArray) users = NULL;
  DuaalStore *store;

  store = open_without_arguments (cli, argc, argv, error);
  if (store == NULL)
    return FALSE;
  users = duaal_store_list_users (store, error);
  return users != NULL && duaal_cli_print_list (users, write_user, error);
}

gboolean
duaal_cli_whoami (DuaalCli  *cli,
                  int        argc,
                  char     **argv,
                  GError   **error)
{
  g_autoptr(DuaalUser) user = NULL;
  DuaalStore *store;

  store = open_without_arguments (cli, argc, argv, error);
  if (store == NULL)
    return FALSE;
  user = duaal_store_whoami (store, error);
  if (user == NULL)
    return FALSE;
  return print_user (user, error);
}
