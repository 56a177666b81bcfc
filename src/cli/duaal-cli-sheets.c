/* duaal-cli-sheets.c: sheet, sheets, import-sheet (SPEC section 16)
 *
 * Score sheets for trainers and learners who work without Duaal, and
 * taking them back (duaal-sheet.h, duaal-sheet-import.h):
 *
 *   sheet LEARNER --actor trainer|learner --out FILE.xlsx|FILE.pdf
 *     {"file", "learners": [L], "actor"}
 *   sheets GROUP --actor trainer|learner --out DIR
 *     {"files": [...]}
 *   import-sheet FILE.xlsx [--dry-run] [--force]
 *     {"actor", "learners", "changed", "unchanged", "skipped", "applied",
 *      "conflicts": [{"learner", "indicator", "base", "current", "sheet"}]}
 *
 * sheet and sheets only read the database; import-sheet writes, unless
 * --dry-run.  A refused sheet is exit 2 with the database unchanged.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-cli-private.h"
#include "duaal-sheet-import.h"
#include "duaal-sheet.h"

static gboolean
parse_sheet_actor (const char  *text,
                   DuaalActor  *actor,
                   GError     **error)
{
  if (text != NULL && duaal_actor_from_string (text, actor)
      && (*actor == DUAAL_ACTOR_TRAINER || *actor == DUAAL_ACTOR_LEARNER))
    return TRUE;
  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
               _("--actor must be trainer or learner"));
  return FALSE;
}

/* What sheet and sheets share: one id (@what names it), --actor and
 * --out, read after the options are parsed into @actor_text and @out. */
static gboolean
parse_sheet_arguments (DuaalCli            *cli,
                       const GOptionEntry  *entries,
                       int                 *argc,
                       char              ***argv,
                       const char          *what,
                       char * const        *actor_text,
                       char * const        *out,
                       gint64              *id,
                       DuaalActor          *actor,
                       GError             **error)
{
  return duaal_cli_parse_id_command (cli, entries, argc, argv, 1, what, id, error)
         && parse_sheet_actor (*actor_text, actor, error)
         && duaal_cli_require_option (*out, "--out", error);
}

static gboolean
has_extension (const char *path,
               const char *extension)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, extension);
}

gboolean
duaal_cli_sheet (DuaalCli  *cli,
                 int        argc,
                 char     **argv,
                 GError   **error)
{
  g_autofree char *actor_text = NULL;
  g_autofree char *out = NULL;
  const GOptionEntry entries[] = {
    { "actor", 'a', 0, G_OPTION_ARG_STRING, &actor_text,
      N_("Who fills the sheet in: trainer or learner"), N_("ACTOR") },
    { "out", 'o', 0, G_OPTION_ARG_FILENAME, &out,
      N_("The file to write: .xlsx for a spreadsheet, .pdf to print"), N_("FILE") },
    { NULL }
  };
  DuaalStore *store;
  DuaalActor actor;
  gint64 learner_id;
  gboolean written;
  DuaalJson *json;

  if (!parse_sheet_arguments (cli, entries, &argc, &argv, _("learner"), &actor_text, &out,
                              &learner_id, &actor, error))
    return FALSE;
  if (!has_extension (out, ".xlsx") && !has_extension (out, ".pdf"))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("“%s”: the file name should end in .xlsx or .pdf"), out);
      return FALSE;
    }

  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  if (has_extension (out, ".pdf"))
    written = duaal_sheet_write_learner_pdf (store, learner_id, actor, out, error);
  else
    written = duaal_sheet_write_learner (store, learner_id, actor, out, error);
  if (!written)
    return FALSE;

  json = duaal_json_new ();
  duaal_json_begin_object (json);
  duaal_json_member_string (json, "file", out);
  duaal_json_member (json, "learners");
  duaal_json_begin_array (json);
  duaal_json_int (json, learner_id);
  duaal_json_end_array (json);
  duaal_json_member_string (json, "actor", duaal_actor_to_string (actor));
  duaal_json_end_object (json);
  return duaal_cli_print_json (json, error);
}

gboolean
duaal_cli_sheets (DuaalCli  *cli,
                  int        argc,
                  char     **argv,
                  GError   **error)
{
  g_autofree char *actor_text = NULL;
  g_autofree char *out = NULL;
  const GOptionEntry entries[] = {
    { "actor", 'a', 0, G_OPTION_ARG_STRING, &actor_text,
      N_("Who fills the sheets in: trainer (one file per trainer) or learner (one per learner)"),
      N_("ACTOR") },
    { "out", 'o', 0, G_OPTION_ARG_FILENAME, &out,
      N_("The folder to write the XLSX files into"), N_("FOLDER") },
    { NULL }
  };
  g_auto(GStrv) files = NULL;
  DuaalStore *store;
  DuaalActor actor;
  gint64 group_id;
  DuaalJson *json;

  if (!parse_sheet_arguments (cli, entries, &argc, &argv, _("group"), &actor_text, &out,
                              &group_id, &actor, error))
    return FALSE;

  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  files = duaal_sheet_write_group (store, group_id, actor, out, error);
  if (files == NULL)
    return FALSE;

  json = duaal_json_new ();
  duaal_json_begin_object (json);
  duaal_json_member (json, "files");
  duaal_json_begin_array (json);
  for (guint i = 0; files[i] != NULL; i++)
    duaal_json_string (json, files[i]);
  duaal_json_end_array (json);
  duaal_json_end_object (json);
  return duaal_cli_print_json (json, error);
}

/* {"mastery", "coverage"}, null for unset. */
static void
write_score_value (DuaalJson             *json,
                   const char            *name,
                   const DuaalScoreValue *value)
{
  duaal_json_member (json, name);
  duaal_json_begin_object (json);
  duaal_json_member_string (json, "mastery", duaal_mastery_to_string (value->mastery));
  duaal_json_member_string (json, "coverage", duaal_coverage_to_string (value->coverage));
  duaal_json_end_object (json);
}

static DuaalJson *
import_to_json (DuaalSheetImport *import,
                gboolean          force,
                gboolean          applied)
{
  DuaalJson *json = duaal_json_new ();
  guint changed, unchanged, skipped, n_learners;
  const gint64 *learners = duaal_sheet_import_get_learners (import, &n_learners);

  duaal_sheet_import_count (import, force, &changed, &unchanged, &skipped);
  duaal_json_begin_object (json);
  duaal_json_member_string (json, "actor", duaal_actor_to_string (duaal_sheet_import_get_actor (import)));
  duaal_json_member (json, "learners");
  duaal_json_begin_array (json);
  for (guint i = 0; i < n_learners; i++)
    duaal_json_int (json, learners[i]);
  duaal_json_end_array (json);
  duaal_json_member_int (json, "changed", changed);
  duaal_json_member_int (json, "unchanged", unchanged);
  duaal_json_member_int (json, "skipped", skipped);
  duaal_json_member_boolean (json, "applied", applied);
  duaal_json_member (json, "conflicts");
  duaal_json_begin_array (json);
  for (guint i = 0; i < duaal_sheet_import_get_n_items (import); i++)
    {
      const DuaalSheetItem *item = duaal_sheet_import_get_item (import, i);

      if (!item->conflict)
        continue;
      duaal_json_begin_object (json);
      duaal_json_member_int (json, "learner", item->learner_id);
      duaal_json_member_string (json, "indicator", item->indicator_id);
      write_score_value (json, "base", &item->base);
      write_score_value (json, "current", &item->current);
      write_score_value (json, "sheet", &item->sheet);
      duaal_json_end_object (json);
    }
  duaal_json_end_array (json);
  duaal_json_end_object (json);
  return json;
}

gboolean
duaal_cli_import_sheet (DuaalCli  *cli,
                        int        argc,
                        char     **argv,
                        GError   **error)
{
  gboolean dry_run = FALSE;
  gboolean force = FALSE;
  const GOptionEntry entries[] = {
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Check the sheet and show what would change, without changing anything"), NULL },
    { "force", 'f', 0, G_OPTION_ARG_NONE, &force,
      N_("Take the sheet’s values where Duaal’s changed since the sheet was made"), NULL },
    { NULL }
  };
  g_autoptr(DuaalSheetImport) import = NULL;
  DuaalStore *store;

  if (!duaal_cli_parse_options (cli, entries, &argc, &argv, 1, 1, error))
    return FALSE;
  if (!g_file_test (argv[1], G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID_FILE,
                   _("%s: there is no such file"), argv[1]);
      return FALSE;
    }

  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  import = duaal_sheet_import_read (store, argv[1], error);
  if (import == NULL)
    return FALSE;
  if (!dry_run && !duaal_sheet_import_apply (import, force, error))
    return FALSE;
  return duaal_cli_print_json (import_to_json (import, force, !dry_run), error);
}
