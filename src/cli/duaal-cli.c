/* duaal-cli.c: the scripting interface (../shared/formats/cli.md)
 *
 * main() reads the global options, finds the command in the table of
 * duaal-cli-private.h and runs it; the helpers every command shares live
 * in duaal-cli-common.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "duaal-cli-private.h"

#define DUAAL_CLI_COMMAND_ENTRY(name, parameters, summary, handler) \
  { name, parameters, summary, duaal_cli_##handler },

static const DuaalCliCommand commands[] = {
  DUAAL_CLI_COMMANDS (DUAAL_CLI_COMMAND_ENTRY)
};

static const DuaalCliCommand *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, name))
      return &commands[i];
  return NULL;
}

/* The list of commands under --help, aligned in two columns. */
static char *
describe_commands (void)
{
  GString *text = g_string_new (_("Commands:"));
  int width = 0;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *usage = g_strdup_printf ("%s %s", commands[i].name, commands[i].parameters);
      width = MAX (width, (int) g_utf8_strlen (usage, -1));
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *usage = g_strdup_printf ("%s %s", commands[i].name, commands[i].parameters);
      g_string_append_printf (text, "\n  %-*s  %s", width, usage, _(commands[i].summary));
    }
  g_string_append_c (text, '\n');
  g_string_append (text, _("Run “duaal-cli COMMAND --help” for the options of a command.\n"
                           "Output is JSON on stdout; exit code 0 done, 1 run-time failure, 2 bad input."));
  return g_string_free (text, FALSE);
}

/* A missing file given on the command line is the user's mistake, like
 * any other bad argument, not a failure of the machine. */
static gboolean
is_bad_input (const GError *error)
{
  if (duaal_error_is_bad_input (error))
    return TRUE;
  return g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT)
      || g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR)
      || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND)
      || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
}

/* One line on stderr, "duaal-cli: <what>: <why>", and the exit code. */
static int
report_error (const char   *what,
              const GError *error)
{
  g_autofree char *why = g_strdup (error->message);

  g_strdelimit (why, "\r\n", ' ');
  g_strstrip (why);
  fprintf (stderr, "duaal-cli: %s: %s\n", what, why);
  return is_bad_input (error) ? 2 : 1;
}

static int
run (int    argc,
     char **argv)
{
  g_autofree char *db_path = NULL;
  gboolean version = FALSE;
  const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_path,
      N_("The database file or team database connection string (default: the application’s own)"), N_("PATH") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version,
      N_("Print the version and exit"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("COMMAND [ARGUMENTS…]"));
  g_autofree char *description = describe_commands ();
  g_autoptr(DuaalCli) cli = NULL;
  g_autoptr(GError) error = NULL;
  const DuaalCliCommand *command;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _("Work on a Duaal database from scripts."));
  g_option_context_set_description (context, description);
  /* Stop at the command: what follows belongs to it. */
  g_option_context_set_strict_posix (context, TRUE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return report_error ("usage", error);

  if (version)
    {
      printf ("duaal-cli %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (argc < 2)
    {
      g_set_error (&error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("no command given (see duaal-cli --help)"));
      return report_error ("usage", error);
    }

  command = find_command (argv[1]);
  if (command == NULL)
    {
      g_set_error (&error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("unknown command (see duaal-cli --help)"));
      return report_error (argv[1], error);
    }

  cli = duaal_cli_new (db_path, command);
  if (!command->handler (cli, argc - 1, argv + 1, &error))
    return report_error (command->name, error);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("duaal-cli");

  return run (argc, argv);
}
