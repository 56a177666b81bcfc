/* duaal-cli-report.c: report and reports, PDF reports (SPEC section 16)
 *
 *   report LEARNER --for READER --out FILE.pdf [--period K]  -> {"file", "pages"}
 *   reports GROUP --for READER --out DIR [--period K]        -> {"files": [...]}
 *
 * A report holds what its reader may see (duaal-report.h).  reports
 * writes one file per learner into DIR (made when missing), named after
 * the learner (duaal_report_file_names()); every report is built before
 * the first file is written, so a learner the reader may not see stops
 * the run before any file is made.  Both only read the database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "duaal-cli-private.h"
#include "duaal-report-renderer.h"

typedef struct {
  char        *reader_text;
  char        *out;
  char        *period_text;
  DuaalViewer  reader;
  guint        period;   /* 0: now */
} ReportOptions;

static void
report_options_clear (ReportOptions *options)
{
  g_free (options->reader_text);
  g_free (options->out);
  g_free (options->period_text);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ReportOptions, report_options_clear)

static gboolean
parse_report_options (DuaalCli       *cli,
                      ReportOptions  *options,
                      const char     *out_help,
                      const char     *out_name,
                      int            *argc,
                      char         ***argv,
                      GError        **error)
{
  const GOptionEntry entries[] = {
    { "for", 0, 0, G_OPTION_ARG_STRING, &options->reader_text,
      N_("Who reads the report: learner, trainer, teacher or coach"), N_("READER") },
    { "out", 'o', 0, G_OPTION_ARG_FILENAME, &options->out, out_help, out_name },
    DUAAL_CLI_CLOSED_PERIOD_OPTION (&options->period_text),
    { NULL }
  };

  if (!duaal_cli_parse_options (cli, entries, argc, argv, 1, 1, error))
    return FALSE;
  if (options->reader_text == NULL || !duaal_viewer_from_string (options->reader_text, &options->reader))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("“%s” is not a reader (learner, trainer, teacher or coach)"),
                   options->reader_text != NULL ? options->reader_text : "");
      return FALSE;
    }
  if (options->out == NULL)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID, _("Say where to write with --out"));
      return FALSE;
    }
  return duaal_cli_parse_optional_period (options->period_text, &options->period, error);
}

gboolean
duaal_cli_report (DuaalCli  *cli,
                  int        argc,
                  char     **argv,
                  GError   **error)
{
  g_auto(ReportOptions) options = { 0 };
  g_autoptr(DuaalReport) report = NULL;
  gint64 learner_id;
  guint n_pages = 0;
  DuaalStore *store;

  if (!parse_report_options (cli, &options, N_("The PDF file to write"), N_("FILE.pdf"), &argc, &argv, error)
      || !duaal_cli_parse_id (argv[1], _("learner"), &learner_id, error))
    return FALSE;
  if (!g_str_has_suffix (options.out, ".pdf") && !g_str_has_suffix (options.out, ".PDF"))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("“%s”: the file name should end in .pdf"), options.out);
      return FALSE;
    }

  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  report = duaal_report_new (store, learner_id, options.period, options.reader, error);
  return report != NULL
      && duaal_report_write_pdf (report, options.out, &n_pages, error)
      && duaal_cli_print_file (options.out, n_pages, error);
}

static gboolean
make_directory (const char  *path,
                GError     **error)
{
  if (g_mkdir_with_parents (path, 0755) == 0)
    return TRUE;
  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO, _("Could not make the folder “%s”: %s"),
               path, g_strerror (errno));
  return FALSE;
}

gboolean
duaal_cli_reports (DuaalCli  *cli,
                   int        argc,
                   char     **argv,
                   GError   **error)
{
  g_auto(ReportOptions) options = { 0 };
  g_autoptr(GPtrArray) reports = NULL;
  g_auto(GStrv) names = NULL;
  g_autoptr(DuaalJson) json = NULL;
  gint64 group_id;
  DuaalStore *store;

  if (!parse_report_options (cli, &options, N_("The folder to write the PDF files into"), N_("DIR"),
                             &argc, &argv, error)
      || !duaal_cli_parse_id (argv[1], _("group"), &group_id, error))
    return FALSE;

  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  reports = duaal_report_new_for_group (store, group_id, options.period, options.reader, error);
  if (reports == NULL || !make_directory (options.out, error))
    return FALSE;
  names = duaal_report_file_names (reports);

  json = duaal_json_new ();
  duaal_json_begin_object (json);
  duaal_json_member (json, "files");
  duaal_json_begin_array (json);
  for (guint i = 0; i < reports->len; i++)
    {
      g_autofree char *path = g_build_filename (options.out, names[i], NULL);

      if (!duaal_report_write_pdf (g_ptr_array_index (reports, i), path, NULL, error))
        return FALSE;
      duaal_json_string (json, path);
    }
  duaal_json_end_array (json);
  duaal_json_end_object (json);
  return duaal_cli_print_json (g_steal_pointer (&json), error);
}
