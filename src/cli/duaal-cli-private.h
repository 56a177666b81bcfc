/* duaal-cli-private.h: what the duaal-cli command files share
 *
 * Each command is one handler in a duaal-cli-<family>.c file.  To add a
 * command: write its handler (see duaal-cli-status.c for the pattern),
 * add one line to DUAAL_CLI_COMMANDS below, and the file to meson.build.
 *
 * A handler parses its own options with duaal_cli_parse_options() (or
 * duaal_cli_parse_id_command() when an id comes first), opens the store
 * only after its arguments are checked (so a bad command line never
 * creates or touches a database), prints one JSON document with the
 * duaal_cli_print_*() functions, and reports failure as a GError: main()
 * maps it to the exit code (2 for bad input, 1 otherwise) and one stderr
 * line.
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
  X ("report", "LEARNER", N_("Write a learner’s report for one reader as PDF"), report) \
  X ("reports", "GROUP", N_("Write the reports of every learner of a class group for one reader, one PDF each"), reports) \
  X ("sheet", "LEARNER", N_("Write a learner’s score sheet for a trainer or the learner (XLSX or PDF)"), sheet) \
  X ("sheets", "GROUP", N_("Write the score sheets of a class group: one XLSX per trainer or per learner"), sheets) \
  X ("import-sheet", "FILE.xlsx", N_("Take back a filled-in score sheet"), import_sheet) \
  X ("demo", "", N_("Load the demo qualification and class group"), demo) \
  X ("watch", "[GROUP]", N_("Print a line of JSON for every change made to the database, by any program"), watch) \
  X ("add-teacher", "NAME", N_("Add a teacher, with the class groups they teach"), add_teacher) \
  X ("teachers", "", N_("List the teachers with the class groups they teach"), teachers) \
  X ("trainers", "[GROUP]", N_("List the trainers with their company and learners"), trainers) \
  X ("add-user", "LOGIN", N_("Give a person a login of a team database, in one role"), add_user) \
  X ("users", "", N_("List the logins of a team database"), users) \
  X ("whoami", "", N_("Show the login, role and person this connection is"), whoami) \
  X ("setup-team", "", N_("Create or update the team database’s schema, roles and policies (--db CONNECTION)"), setup_team) \
  X ("import-database", "FILE.db", N_("Copy a whole workstation database into the team database (--db CONNECTION)"), import_database) \
  X ("add-unit", "QUALIFICATION CODE TITLE", N_("Add a training unit with its competences to a qualification"), add_unit) \
  X ("units", "QUALIFICATION", N_("List the training units of a qualification"), units) \
  X ("choose-unit", "LEARNER UNIT[,UNIT...]", N_("Choose the units a learner is assessed on at the end of a period"), choose_unit) \
  X ("evaluations", "GROUP", N_("List per training unit who is to be assessed in a period"), evaluations) \
  X ("workplace-result", "LEARNER", N_("Record a learner’s workplace result of a period and show its verdict"), workplace_result) \
  X ("pass-mark", "GROUP", N_("Show or set the pass mark of a class group’s workplace results"), pass_mark) \
  X ("deliberation", "GROUP", N_("List the learners whose workplace result is below the pass mark"), deliberation) \
  X ("warnings", "GROUP", N_("List the early warnings after the last closed period"), warnings) \
  X ("add-visit", "LEARNER", N_("Record a workplace visit"), add_visit) \
  X ("visits", "GROUP", N_("List each learner’s last workplace visit and when the next is due"), visits) \
  X ("visit-agenda", "LEARNER", N_("Write the agenda of a workplace visit as a PDF file"), visit_agenda) \
  X ("add-context", "QUALIFICATION TITLE", N_("Add a CCV context to a qualification’s learning line"), add_context) \
  X ("edit-context", "CONTEXT TITLE", N_("Change a context’s title, activities and competences"), edit_context) \
  X ("move-context", "CONTEXT POSITION", N_("Move a context to another place on the learning line"), move_context) \
  X ("remove-context", "CONTEXT", N_("Remove a context from the learning line"), remove_context) \
  X ("contexts", "QUALIFICATION", N_("List a qualification’s contexts in learning-line order"), contexts) \
  X ("learning-line", "QUALIFICATION", N_("Show where each competence starts and deepens on the learning line, and draw it"), learning_line) \
  X ("offer-contexts", "COMPANY CTX,...", N_("Set the contexts a company offers"), offer_contexts) \
  X ("context-done", "LEARNER CTX", N_("Confirm as the trainer that a learner has done a context"), context_done) \
  X ("reset-plans", "GROUP", N_("Make a class group’s training plans again from activity lists or offered contexts"), reset_plans) \
  X ("add-scenario", "QUALIFICATION TITLE", N_("Add a lesson scenario to a qualification"), add_scenario) \
  X ("edit-scenario", "SCENARIO TITLE", N_("Change a lesson scenario"), edit_scenario) \
  X ("remove-scenario", "SCENARIO", N_("Remove a lesson scenario"), remove_scenario) \
  X ("scenarios", "QUALIFICATION", N_("List a qualification’s lesson scenarios and the competences they leave uncovered"), scenarios) \
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
/* (nullable) the --db location as given: a file or a connection string */
const char *duaal_cli_get_db_path     (DuaalCli            *cli);

/* Printing the result (duaal-cli-print.c) */

/* Writes the finished document and a newline to stdout; takes @json. */
gboolean    duaal_cli_print_json      (DuaalJson           *json,
                                       GError             **error);
/* Prints {"ok":true}. */
gboolean    duaal_cli_print_ok        (GError             **error);
/* Prints {"id": @id}. */
gboolean    duaal_cli_print_id        (gint64               id,
                                       GError             **error);
/* Prints an object of one member, {"@key": @value}. */
gboolean    duaal_cli_print_int_member    (const char      *key,
                                           gint64           value,
                                           GError         **error);
gboolean    duaal_cli_print_string_member (const char      *key,
                                           const char      *value,
                                           GError         **error);
/* Prints {"file": @file, "pages": @pages}, what a command that writes
 * one PDF file answers. */
gboolean    duaal_cli_print_file      (const char          *file,
                                       guint                pages,
                                       GError             **error);

/* Writes the members of one list item's object (the braces are the
 * caller's); @item is an element of the list. */
typedef void (*DuaalCliWriteMembers) (DuaalJson     *json,
                                      gconstpointer  item);
/* Prints @items as an array of objects, the members of each written by
 * @write_members: the shape of every listing command's output. */
gboolean    duaal_cli_print_list      (GPtrArray           *items,
                                       DuaalCliWriteMembers write_members,
                                       GError             **error);

/* A human message on stderr, prefixed "duaal-cli: " (not an error). */
void        duaal_cli_note            (const char          *format,
                                       ...) G_GNUC_PRINTF (1, 2);

/* Arguments (duaal-cli-common.c) */

/* duaal_cli_parse_options() for exactly @n_args arguments, then the
 * first as the id of a @what (e.g. "group"): the way most commands
 * begin.  Other arguments and options are left to the caller. */
gboolean    duaal_cli_parse_id_command (DuaalCli           *cli,
                                        const GOptionEntry *entries,
                                        int                *argc,
                                        char             ***argv,
                                        guint               n_args,
                                        const char         *what,
                                        gint64             *id,
                                        GError            **error);
/* duaal_cli_parse_options(), then the first argument as a qualification
 * (CODE or CODE@VERSION, see duaal_cli_parse_qualification()). */
gboolean    duaal_cli_parse_qualification_command (DuaalCli           *cli,
                                                   const GOptionEntry *entries,
                                                   int                *argc,
                                                   char             ***argv,
                                                   guint               n_args,
                                                   char              **code,
                                                   guint              *version,
                                                   GError            **error);
/* Fails "@option is required" when @value, an option's text, is NULL. */
gboolean    duaal_cli_require_option  (const char          *value,
                                       const char          *option,
                                       GError             **error);

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
/* The same for an option's text that may be missing (NULL): then
 * @period keeps the command's default. */
gboolean    duaal_cli_parse_optional_period (const char    *text,
                                             guint         *period,
                                             GError       **error);
/* The --period K option entry, the same in every command that takes it;
 * @help says which period and what the default is. */
#define DUAAL_CLI_PERIOD_OPTION(text, help) \
  { "period", 'p', 0, G_OPTION_ARG_STRING, (text), (help), N_("K") }
/* The commands that show the state now or at a closed period. */
#define DUAAL_CLI_CLOSED_PERIOD_OPTION(text) \
  DUAAL_CLI_PERIOD_OPTION ((text), N_("A closed evaluation period (default: now)"))
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
/* The same, failing with a message that says what a competence id is. */
gboolean    duaal_cli_check_competence_id (const char      *id,
                                           GError         **error);

/* Listing commands (duaal-cli-list.c) */

/* A store's list of what one group (or learner…) has, e.g. its learners. */
typedef GPtrArray *(*DuaalCliListOfId) (DuaalStore  *store,
                                        gint64       id,
                                        GError     **error);
/* A store's list of what one qualification has, e.g. its contexts. */
typedef GPtrArray *(*DuaalCliListOfQualification) (DuaalStore  *store,
                                                   const char  *code,
                                                   guint        version,
                                                   GError     **error);
/* The whole handler of a command "COMMAND ID" (@what names the id) that
 * prints @list as duaal_cli_print_list() does. */
gboolean    duaal_cli_list_of_id      (DuaalCli            *cli,
                                       int                  argc,
                                       char               **argv,
                                       const char          *what,
                                       DuaalCliListOfId     list,
                                       DuaalCliWriteMembers write_members,
                                       GError             **error);
/* The same for a command "COMMAND QUALIFICATION". */
gboolean    duaal_cli_list_of_qualification (DuaalCli                    *cli,
                                             int                          argc,
                                             char                       **argv,
                                             DuaalCliListOfQualification  list,
                                             DuaalCliWriteMembers         write_members,
                                             GError                     **error);

G_END_DECLS
