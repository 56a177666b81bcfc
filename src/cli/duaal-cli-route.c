/* duaal-cli-route.c: route, a learner's competence route (SPEC section 10)
 *
 * Prints per competence how many indicators came up at the workplace
 * only, in both learning environments, on campus only or not yet, and
 * with --out also draws the chart (PNG, SVG or PDF by the extension).
 *
 * With --compare the document is the first learner's, plus a "compare"
 * member holding the second learner's document in the same shape:
 *
 *   {"learner": 7, "period": null, "competences": [...],
 *    "compare": {"learner": 8, "period": null, "competences": [...]}}
 *
 * and the chart shows the two side by side.  --period applies to both;
 * both learners must follow the same qualification.
 * route only reads: it never writes to the database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "duaal-cli-private.h"
#include "duaal-route-chart.h"

#define DEFAULT_WIDTH_PX 1200.0
#define DEFAULT_SCALE    1.0

typedef struct {
  char   *out;
  char   *compare_text;
  char   *width_text;
  char   *height_text;
  char   *scale_text;
  char   *period_text;
  gint64  learner_id;
  gint64  compare_id;     /* 0: no second learner */
  double  width;
  double  height;         /* 0: as tall as the chart needs */
  double  scale;
  guint   period;         /* 0: now */
} RouteOptions;

static void
route_options_clear (RouteOptions *options)
{
  g_free (options->out);
  g_free (options->compare_text);
  g_free (options->width_text);
  g_free (options->height_text);
  g_free (options->scale_text);
  g_free (options->period_text);
}

/* A positive number within [@min, @max]; @what names the option. */
static gboolean
parse_number (const char  *text,
              const char  *what,
              double       min,
              double       max,
              double      *value,
              GError     **error)
{
  char *end = NULL;
  double parsed = g_ascii_strtod (text, &end);

  if (end == text || *end != '\0' || !isfinite (parsed) || parsed < min || parsed > max)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("“%s” is not a valid %s (a number from %g to %g)"), text, what, min, max);
      return FALSE;
    }
  *value = parsed;
  return TRUE;
}

static gboolean
has_chart_extension (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, ".png") || g_str_has_suffix (lower, ".svg")
      || g_str_has_suffix (lower, ".pdf");
}

/* Everything on the command line is checked before the database is
 * opened, so a typo never touches it. */
static gboolean
check_options (RouteOptions  *options,
               const char    *learner_text,
               GError       **error)
{
  if (!duaal_cli_parse_id (learner_text, _("learner"), &options->learner_id, error))
    return FALSE;
  if (options->compare_text != NULL
      && !duaal_cli_parse_id (options->compare_text, _("learner"), &options->compare_id, error))
    return FALSE;
  if (!duaal_cli_parse_optional_period (options->period_text, &options->period, error))
    return FALSE;
  if (options->width_text != NULL
      /* From 300, as in the export dialog: narrower, the titles would
       * wrap letter by letter. */
      && !parse_number (options->width_text, _("width in pixels"), 300, 20000, &options->width, error))
    return FALSE;
  if (options->height_text != NULL
      && !parse_number (options->height_text, _("height in pixels"), 1, 20000, &options->height, error))
    return FALSE;
  if (options->scale_text != NULL
      && !parse_number (options->scale_text, _("scale"), 0.1, 10, &options->scale, error))
    return FALSE;
  if (options->out != NULL && !has_chart_extension (options->out))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("“%s”: the file name should end in .png, .svg or .pdf"), options->out);
      return FALSE;
    }
  return TRUE;
}

static DuaalRoute *
load_route (DuaalStore  *store,
            gint64       learner_id,
            guint        period,
            GError     **error)
{
  g_autoptr(DuaalStatus) status = duaal_store_load_learner_status (store, learner_id, period, error);

  if (status == NULL)
    return NULL;
  return duaal_route_new_from_status (status, learner_id, error);
}

/* The members of one learner's document (inside an open object). */
static void
write_route_members (DuaalJson  *json,
                     DuaalRoute *route)
{
  guint period = duaal_route_get_period (route);

  duaal_json_member_int (json, "learner", duaal_learner_get_id (duaal_route_get_learner (route)));
  if (period == 0)
    duaal_json_member_null (json, "period");
  else
    duaal_json_member_int (json, "period", period);
  duaal_json_member (json, "competences");
  duaal_json_begin_array (json);
  for (guint i = 0; i < duaal_route_get_n_rows (route); i++)
    {
      const DuaalRouteRow *row = duaal_route_get_row (route, i);

      duaal_json_begin_object (json);
      duaal_json_member_string (json, "id", row->competence_id);
      duaal_json_member_int (json, "n", row->n);
      for (guint part = 0; part < DUAAL_N_ROUTE_PARTS; part++)
        duaal_json_member_int (json, duaal_route_part_to_string (part), row->counts[part]);
      duaal_json_end_object (json);
    }
  duaal_json_end_array (json);
}

static DuaalJson *
routes_to_json (DuaalRoute *route,
                DuaalRoute *compare)
{
  DuaalJson *json = duaal_json_new ();

  duaal_json_begin_object (json);
  write_route_members (json, route);
  if (compare != NULL)
    {
      duaal_json_member (json, "compare");
      duaal_json_begin_object (json);
      write_route_members (json, compare);
      duaal_json_end_object (json);
    }
  duaal_json_end_object (json);
  return json;
}

gboolean
duaal_cli_route (DuaalCli  *cli,
                 int        argc,
                 char     **argv,
                 GError   **error)
{
  RouteOptions options = { .width = DEFAULT_WIDTH_PX, .scale = DEFAULT_SCALE };
  const GOptionEntry entries[] = {
    { "out", 'o', 0, G_OPTION_ARG_FILENAME, &options.out,
      N_("Also draw the chart into this file (.png, .svg or .pdf)"), N_("FILE") },
    { "compare", 'c', 0, G_OPTION_ARG_STRING, &options.compare_text,
      N_("A second learner, shown side by side"), N_("LEARNER") },
    { "width", 'w', 0, G_OPTION_ARG_STRING, &options.width_text,
      N_("The chart’s width in pixels (default: 1200)"), N_("PX") },
    { "height", 0, 0, G_OPTION_ARG_STRING, &options.height_text,
      N_("Fit the chart into this height in pixels, e.g. for a slide (default: as tall as needed)"), N_("PX") },
    { "scale", 's', 0, G_OPTION_ARG_STRING, &options.scale_text,
      N_("Pixels per unit in a PNG, e.g. 2 for a sharp image on a HiDPI screen (default: 1)"), N_("S") },
    DUAAL_CLI_CLOSED_PERIOD_OPTION (&options.period_text),
    { NULL }
  };
  g_autoptr(DuaalRoute) route = NULL;
  g_autoptr(DuaalRoute) compare = NULL;
  DuaalStore *store;
  gboolean ok = FALSE;

  if (!duaal_cli_parse_options (cli, entries, &argc, &argv, 1, 1, error)
      || !check_options (&options, argv[1], error))
    goto out;

  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    goto out;
  route = load_route (store, options.learner_id, options.period, error);
  if (route == NULL)
    goto out;
  if (options.compare_id != 0)
    {
      compare = load_route (store, options.compare_id, options.period, error);
      if (compare == NULL || !duaal_route_check_comparable (route, compare, error))
        goto out;
    }

  /* The file first: on failure nothing is printed but the error line. */
  if (options.out != NULL
      && !duaal_route_chart_export_sized (route, compare, NULL, options.out,
                                          options.width, options.height, options.scale, error))
    goto out;

  ok = duaal_cli_print_json (routes_to_json (route, compare), error);

out:
  route_options_clear (&options);
  return ok;
}
