/* duaal-cli-private.h: what the duaal-cli command files share
 *
 * Each command is one handler in a duaal-cli-<family>.c file.  To add a
 * command: write its handler (see duaal-cli-status.c for the pattern),
 * add one line to DUAAL_CLI_COMMANDS below, and the file to meson.build.
 *
 * A handler parses its own options with duaal_cli_parse_options(), opens
 * the store only after its arguments are checked (so a bad command line
 * never creates or touches a database), prints one JSON document with
 * duaal_cli_print_json(), and reports failure as a GError: main() maps it
 * to the exit code (2 for bad input, 1 otherwise) and one stderr line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "duaal-error.h"
#include "duaal-input.h"
#include "duaal-json.h"
#include "duaal-store.h"

G_BEGIN_DECLS

typedef struct _DuaalCli DuaalCli;

/* @argv[0] is the command name; returns FALSE with @error set on failure. */
typedef gboolean (*DuaalCliHandler) (DuaalCli  *cli,
                                     int        argc,
                                     char     **argv,
                                     GError   **error);

typedef struct {
  const char      *name;
  const char      *parameters;  /* e.g. "GROUP FILE.csv", untranslated placeholders */
  const char      *summary;     /* N_() marked, translated when shown */
  DuaalCliHandler  handler;
} DuaalCliCommand;

/* Every command: name, positional parameters, summary, handler, in the
 * order --help lists them.  The handler is duaal_cli_<last column>,
 * declared below from this list. */
#define DUAAL_CLI_COMMANDS(X) \
  X ("import-qualification", "FILE", N_("Import or update a qualification from its XML file"), import_qualification) \
  X ("qualifications", "", N_("List the qualifications in the database"), qualifications) \
  X ("add-group", "NAME", N_("Add a class group following a qualification"), add_group) \
  X ("groups", "", N_("List the class groups"), groups) \
  X ("add-company", "NAME", N_("Add a learning company with its activity list"), add_company) \
  X ("add-learner", "GROUP NAME", N_("Add a learner to a class group"), add_learner) \
  X ("learners", "GROUP", N_("List the learners of a class group"), learners) \
  X ("import-class", "GROUP FILE.csv", N_("Add the learners of a class list (CSV) to a class group"), import_class) \
  X ("score", "LEARNER INDICATOR", N_("Record one actor’s score of one indicator"), score) \
  X ("history", "LEARNER [INDICATOR]", N_("List the score changes of a learner, oldest first"), history) \
  X ("undo", "LOG", N_("Undo one score change, keeping what was changed since"), undo) \
  X ("status", "LEARNER", N_("Show a learner’s scores and colours per competence"), status) \
  X ("attention", "GROUP", N_("List the learners and competences where the actors disagree, most severe first"), attention) \
  X ("close-period", "GROUP", N_("Close the current evaluation period of a class group"), close_period) \
  X ("plan-cell", "GROUP LEARNER COMPETENCE on|off", N_("Plan a competence at a learner’s workplace, or take it out of the plan"), plan_cell) \
  X ("overview", "GROUP", N_("Show the overview table of a class group: training plans and actual coverage"), overview) \
  X ("plan", "GROUP", N_("Plan differentiated campus sessions for a class group"), plan) \
  X ("import-activities", "FILE.csv", N_("Set companies’ activity lists from a CSV file (company,competence)"), import_activities) \
  X ("route", "LEARNER", N_("Show a learner’s competence route and draw it as PNG, SVG or PDF"), route) \
  X ("demo", "", N_("Load the demo qualification and class group"), demo) \
  X ("watch", "[GROUP]", N_("Print a line of JSON for every change made to the database, by any program"), watch) \
  /* every line above ends in a backslash, so a new one goes anywhere */

#define DUAAL_CLI_DECLARE_HANDLER(name, parameters, summary, handler) \
  gboolean duaal_cli_##handler (DuaalCli *cli, int argc, char **argv, GError **error);
DUAAL_CLI_COMMANDS (DUAAL_CLI_DECLARE_HANDLER)
#undef DUAAL_CLI_DECLARE_HANDLER

/* The state of one run: the --db path, the command, the store once opened. */
DuaalCli   *duaal_cli_new             (const char          *db_path,
                                       const DuaalCliCommand *command);
void        duaal_cli_free            (DuaalCli            *cli);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DuaalCli, duaal_cli_free)

/* Parses the command's options (@entries may be NULL) from @argc/@argv,
 * answering --help, and leaves the positional arguments in (*@argv)[1..].
 * Fails unless there are between @min_args and @max_args of them. */
gboolean    duaal_cli_parse_options   (DuaalCli            *cli,
                                       const GOptionEntry  *entries,
                                       int                 *argc,
                                       char              ***argv,
                                       guint                min_args,
                                       guint                max_args,
                                       GError             **error);

/* The store, opened on first use at --db or the default path; (transfer none). */
DuaalStore *duaal_cli_get_store       (DuaalCli            *cli,
                                       GError             **error);

/* Writes the finished document and a newline to stdout; takes @json. */
gboolean    duaal_cli_print_json      (DuaalJson           *json,
                                       GError             **error);
/* Prints {"ok":true}. */
gboolean    duaal_cli_print_ok        (GError             **error);
/* Prints {"id": @id}. */
gboolean    duaal_cli_print_id        (gint64               id,
                                       GError             **error);

/* A human message on stderr, prefixed "duaal-cli: " (not an error). */
void        duaal_cli_note            (const char          *format,
                                       ...) G_GNUC_PRINTF (1, 2);

/* Parses a positive integer id (group, company, learner); @what names it
 * in the error, e.g. "learner". */
gboolean    duaal_cli_parse_id        (const char          *text,
                                       const char          *what,
                                       gint64              *id,
                                       GError             **error);
/* Parses a positive period number. */
gboolean    duaal_cli_parse_period    (const char          *text,
                                       guint               *period,
                                       GError             **error);
/* Parses CODE or CODE@VERSION; version 0 means the latest. */
gboolean    duaal_cli_parse_qualification (const char      *text,
                                           char           **code,
                                           guint           *version,
                                           GError         **error);
/* Checks a name given on the command line by the core's name rules
 * (duaal-input.h), before a database is opened. */
gboolean    duaal_cli_check_name      (const char          *name,
                                       DuaalNameKind        kind,
                                       GError             **error);
/* Whether @id is a valid competence or indicator id: [A-Za-z0-9._-]{1,64}. */
gboolean    duaal_cli_is_valid_item_id (const char         *id);

G_END_DECLS
