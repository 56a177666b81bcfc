/* duaal-cli-common.c: the state of one duaal-cli run and the argument
 * parsing every command shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "duaal-cli-private.h"
#include "duaal-sqlite-backup.h"
#include "duaal-sqlite-store.h"
#include "duaal-pg-store.h"
#include "duaal-store-open.h"

struct _DuaalCli
{
  char                  *db_path;   /* (nullable) NULL: the default database */
  const DuaalCliCommand *command;
  DuaalStore            *store;     /* (nullable) until first used */
};

DuaalCli *
duaal_cli_new (const char            *db_path,
               const DuaalCliCommand *command)
{
  DuaalCli *cli = g_new0 (DuaalCli, 1);

  cli->db_path = g_strdup (db_path);
  cli->command = command;
  return cli;
}

void
duaal_cli_free (DuaalCli *cli)
{
  if (cli == NULL)
    return;
  g_clear_object (&cli->store);
  g_free (cli->db_path);
  g_free (cli);
}

gboolean
duaal_cli_parse_options (DuaalCli            *cli,
                         const GOptionEntry  *entries,
                         int                 *argc,
                         char              ***argv,
                         guint                min_args,
                         guint                max_args,
                         GError             **error)
{
  const DuaalCliCommand *command = cli->command;
  g_autofree char *prgname = g_strdup_printf ("duaal-cli %s", command->name);
  g_autofree char *db_path = NULL;
  /* --db is also accepted after the command, where people tend to type it. */
  const GOptionEntry global_entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_path,
      N_("The database file or team database connection string (default: the application’s own)"), N_("PATH") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (command->parameters);
  guint n_args;

  /* So that --help says "duaal-cli status [OPTION…] LEARNER". */
  g_set_prgname (prgname);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _(command->summary));
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, global_entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, error))
    return FALSE;

  if (db_path != NULL)
    {
      g_free (cli->db_path);
      cli->db_path = g_steal_pointer (&db_path);
    }

  n_args = (guint) (*argc - 1);
  if (n_args < min_args || n_args > max_args)
    {
      if (*command->parameters == '\0')
        g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                     _("takes no arguments (see duaal-cli %s --help)"), command->name);
      else
        g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                     _("expects %s (see duaal-cli %s --help)"),
                     command->parameters, command->name);
      return FALSE;
    }
  return TRUE;
}

/* The commands that change the database.  Only these may create it (a
 * new file, mode 0600); every other command only reads, and a missing
 * or mistyped --db is an error (exit 2) that leaves nothing behind.  A
 * new command that writes is added here; until it is, it cannot create
 * a database, which is the safe way to forget it. */
static const char * const writing_commands[] = {
  "import-qualification", "add-group", "add-company", "add-learner", "import-class",
  "import-activities", "score", "undo", "close-period", "plan-cell", "demo", "import-sheet",
  "add-unit", "choose-unit", "workplace-result", "pass-mark", "add-visit",
  "add-teacher",
  "add-context", "edit-context", "move-context", "remove-context", "offer-contexts", "context-done",
  "reset-plans", "add-scenario", "edit-scenario", "remove-scenario",
};

static gboolean
command_writes (const DuaalCliCommand *command)
{
  for (guint i = 0; i < G_N_ELEMENTS (writing_commands); i++)
    if (g_str_equal (command->name, writing_commands[i]))
      return TRUE;
  return FALSE;
}

/* Up to this size a command that writes checks the whole database
 * first.  The check reads every page, about a second per 300 MB: a
 * school's database takes a few milliseconds, but a whole training
 * centre (the benchmark's 5,000 learners make 700 MB) would take seconds
 * per command.  Those are checked by the application at every start,
 * and here by SQLite's own checks of every page a write touches. */
#define CHECK_BEFORE_WRITE_MAX_BYTES (G_GINT64_CONSTANT (64) * 1024 * 1024)

/* A command that writes runs PRAGMA quick_check first: a damaged
 * database is not written to (exit 1), and the message names the
 * latest backup to restore.  Reading a damaged one fails where SQLite
 * finds the damage. */
static DuaalStore *
open_for_writing (const char  *db_path,
                  GError     **error)
{
  g_autofree char *path = db_path != NULL ? g_strdup (db_path) : duaal_sqlite_store_default_path ();
  GStatBuf st;

  if (g_stat (path, &st) == 0 && st.st_size <= CHECK_BEFORE_WRITE_MAX_BYTES &&
      !duaal_sqlite_check (path, error))
    return NULL;
  /* NULL still: the default database's folder is made if needed. */
  return (DuaalStore *) duaal_sqlite_store_open (db_path, error);
}

DuaalStore *
duaal_cli_get_store (DuaalCli  *cli,
                     GError   **error)
{
  if (cli->store != NULL)
    return cli->store;
  /* A team database (SPEC 13) is made by setup-team, never by a command. */
  if (duaal_pg_store_is_conninfo (cli->db_path))
    cli->store = duaal_store_open_existing (cli->db_path, error);
  else if (command_writes (cli->command))
    cli->store = open_for_writing (cli->db_path, error);
  else
    cli->store = (DuaalStore *) duaal_sqlite_store_open_existing (cli->db_path, error);
  return cli->store;
}

const char *
duaal_cli_get_db_path (DuaalCli *cli)
{
  return cli->db_path;
}

gboolean
duaal_cli_parse_id (const char  *text,
                    const char  *what,
                    gint64      *id,
                    GError     **error)
{
  guint64 value = 0;

  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("“%s” is not a valid %s id (a positive whole number)"), text, what);
      return FALSE;
    }
  *id = (gint64) value;
  return TRUE;
}

gboolean
duaal_cli_parse_id_command (DuaalCli             *cli,
                            const GOptionEntry   *entries,
                            int                  *argc,
                            char               ***argv,
                            guint                 n_args,
                            const char           *what,
                            gint64               *id,
                            GError              **error)
{
  return duaal_cli_parse_options (cli, entries, argc, argv, n_args, n_args, error)
         && duaal_cli_parse_id ((*argv)[1], what, id, error);
}

gboolean
duaal_cli_parse_qualification_command (DuaalCli             *cli,
                                       const GOptionEntry   *entries,
                                       int                  *argc,
                                       char               ***argv,
                                       guint                 n_args,
                                       char                **code,
                                       guint                *version,
                                       GError              **error)
{
  return duaal_cli_parse_options (cli, entries, argc, argv, n_args, n_args, error)
         && duaal_cli_parse_qualification ((*argv)[1], code, version, error);
}

gboolean
duaal_cli_require_option (const char  *value,
                          const char  *option,
                          GError     **error)
{
  if (value != NULL)
    return TRUE;
  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID, _("%s is required"), option);
  return FALSE;
}

gboolean
duaal_cli_parse_period (const char  *text,
                        guint       *period,
                        GError     **error)
{
  guint64 value = 0;

  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXUINT, &value, NULL))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("“%s” is not a valid period number (1, 2, 3, …)"), text);
      return FALSE;
    }
  *period = (guint) value;
  return TRUE;
}

gboolean
duaal_cli_parse_optional_period (const char  *text,
                                 guint       *period,
                                 GError     **error)
{
  return text == NULL || duaal_cli_parse_period (text, period, error);
}

gboolean
duaal_cli_parse_qualification (const char  *text,
                               char       **code,
                               guint       *version,
                               GError     **error)
{
  const char *at = strrchr (text, '@');
  g_autofree char *parsed_code = g_strndup (text, at != NULL ? (gsize) (at - text) : strlen (text));
  guint64 value = 0;

  if (*parsed_code == '\0' || !g_utf8_validate (parsed_code, -1, NULL)
      || (at != NULL && !g_ascii_string_to_unsigned (at + 1, 10, 1, G_MAXUINT, &value, NULL)))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("“%s” is not a qualification (CODE or CODE@VERSION)"), text);
      return FALSE;
    }
  *code = g_steal_pointer (&parsed_code);
  *version = (guint) value;
  return TRUE;
}

gboolean
duaal_cli_is_valid_item_id (const char *id)
{
  return duaal_input_is_valid_id (id, DUAAL_INPUT_MAX_ID);
}

gboolean
duaal_cli_check_competence_id (const char  *id,
                               GError     **error)
{
  if (duaal_cli_is_valid_item_id (id))
    return TRUE;
  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
               _("“%s” is not a competence id (1 to 64 letters, digits, “.”, “_” or “-”)"), id);
  return FALSE;
}

gboolean
duaal_cli_check_name (const char     *name,
                      DuaalNameKind   kind,
                      GError        **error)
{
  g_autofree char *clean = duaal_input_clean_name (name, kind, error);

  return clean != NULL;
}
