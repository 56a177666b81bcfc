/* duaal-report-renderer.c: a report as an A4 PDF (SPEC section 16)
 *
 * The report is cut into units (a heading, a competence's bars, one
 * indicator, one comment, one page of the route chart...), each with
 * its height; units of one group (a competence) are kept together.
 * The same function measures a unit and draws it, so what is measured
 * is what is drawn.  Pages are planned first, then drawn, so that every
 * footer can say how many pages there are.
 *
 * What a unit shows comes only from the report, whose statuses went
 * through the viewer filter: a cell or comment the reader may not see
 * is absent there, and so it is here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "duaal-attention.h"
#include "duaal-bar-renderer.h"
#include "duaal-error.h"
#include "duaal-pdf-pages-private.h"
#include "duaal-report-evolution.h"
#include "duaal-report-renderer.h"
#include "duaal-route-chart.h"
#include "duaal-text-private.h"
#include "duaal-visibility.h"

/* Points; the page's own 10 mm margin (duaal-pdf-pages) comes around. */
#define INSET          14.0
#define TITLE_SIZE     18.0
#define HEADING_SIZE   13.0
#define BLOCK_TITLE_SIZE 10.5
#define BODY_SIZE       9.0
#define SMALL_SIZE      7.5
#define FOOTER_HEIGHT  18.0
#define GAP             6.0
#define BAR_HEIGHT     15.0
#define ACTOR_WIDTH    70.0
#define COLOUR_WIDTH  230.0
#define FIELD_WIDTH   110.0
#define SCORE_WIDTH    64.0
#define EVOLUTION_TITLE_WIDTH 150.0
#define TREND_WIDTH    10.0
/* Moves a line of body text down to the middle of a bar beside it. */
#define BESIDE_BAR     ((BAR_HEIGHT - 1.25 * BODY_SIZE) / 2)
/* The route chart is laid out this wide and zoomed to the page, so its
 * text keeps the proportions it has on screen. */
#define ROUTE_LAYOUT_WIDTH 760.0

static const double ink[3] = { 0.10, 0.10, 0.12 };
static const double dim_ink[3] = { 0.38, 0.38, 0.42 };
static const double rule_ink[3] = { 0.80, 0.80, 0.83 };

static const DuaalActor actor_order[DUAAL_N_ACTORS] = {
  DUAAL_ACTOR_LEARNER, DUAAL_ACTOR_TEACHER, DUAAL_ACTOR_TRAINER,
};

typedef enum {
  UNIT_HEADER,               /* title and the header's fields */
  UNIT_SECTION,              /* a section's heading, with a line under it */
  UNIT_NOTE,                 /* one dimmed sentence */
  UNIT_COMPETENCE,           /* a competence's title, colours and bars */
  UNIT_SCORES_HEADER,        /* the column heads of the indicator table */
  UNIT_INDICATOR,            /* one indicator's scores */
  UNIT_COMMENT,              /* one comment */
  UNIT_EVOLUTION_HEADER,     /* the evolution's column heads */
  UNIT_EVOLUTION,            /* a competence's colours per period */
  UNIT_ROUTE_PAGE,           /* one page of the route chart */
  UNIT_ATTENTION,            /* one attention item */
} UnitKind;

typedef struct {
  UnitKind         kind;
  guint            group;      /* units of one group stay together */
  gboolean         new_page;   /* starts a page (its group's first unit) */
  DuaalCompetence *competence; /* (nullable) the competence it belongs to */
  gconstpointer    item;       /* an indicator, an attention item; (nullable) */
  DuaalActor       actor;      /* UNIT_COMMENT */
  const char      *text;       /* UNIT_SECTION, UNIT_NOTE; (nullable) */
  guint            index;      /* UNIT_ROUTE_PAGE: the chart's page */
  double           height;
} Unit;

typedef struct {
  guint  unit;
  guint  page;
  double y;
  gboolean continued;          /* draws unit_continuation() above */
} Placement;

typedef struct {
  DuaalReport   *report;
  DuaalPdfPages  pages;
  DuaalText      text;
  cairo_t       *cr;
  gboolean       drawing;
  double         width;        /* inside the inset */
  double         body_height;  /* a page's room for units */
  gboolean       visible[DUAAL_N_ACTORS];  /* whose indicator scores the table shows */
  guint          n_visible;
  double         route_zoom;
  guint          n_route_pages;
  GArray        *units;        /* Unit */
  GArray        *placements;   /* Placement */
  guint          n_pages;
} Renderer;

static gint64
learner_id_of (Renderer *r)
{
  return duaal_learner_get_id (duaal_report_get_learner (r->report));
}

/* Text */

static void
set_ink (cairo_t      *cr,
         const double  rgb[3])
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
}

/* Lays out @str wrapped to @width and, when drawing, shows it at
 * (@x, @y); returns its height. */
static double
put_text (Renderer     *r,
          const char   *str,
          double        size,
          gboolean      bold,
          const double  rgb[3],
          double        x,
          double        y,
          double        width)
{
  g_autoptr(PangoLayout) layout = duaal_text_wrapped (&r->text, str, size, bold, width, 0);

  if (r->drawing)
    {
      set_ink (r->cr, rgb);
      duaal_text_show (r->cr, layout, x, y);
    }
  return duaal_text_get_height (layout);
}

static void
draw_rule (Renderer *r,
           double    y)
{
  if (!r->drawing)
    return;
  set_ink (r->cr, rule_ink);
  cairo_set_line_width (r->cr, 0.6);
  cairo_move_to (r->cr, INSET, y);
  cairo_line_to (r->cr, INSET + r->width, y);
  cairo_stroke (r->cr);
}

/* The header */

static char *
reader_text (DuaalReport *report)
{
  DuaalLearner *learner = duaal_report_get_learner (report);

  switch (duaal_report_get_reader (report))
    {
    case DUAAL_VIEWER_LEARNER:
      /* Translators: who a report is for, "Learner (Jonas Peeters)" */
      return g_strdup_printf (_("%s (%s)"), duaal_viewer_get_label (DUAAL_VIEWER_LEARNER),
                              duaal_learner_get_name (learner));
    case DUAAL_VIEWER_TRAINER:
      return g_strdup_printf (_("%s (%s)"), duaal_viewer_get_label (DUAAL_VIEWER_TRAINER),
                              duaal_learner_get_trainer_name (learner));
    case DUAAL_VIEWER_TEACHER:
    case DUAAL_VIEWER_COACH:
    default:
      return g_strdup (duaal_viewer_get_label (duaal_report_get_reader (report)));
    }
}

static char *
period_text (DuaalReport *report)
{
  DuaalPeriod *info = duaal_report_get_period_info (report);
  g_autofree char *dates = info != NULL ? duaal_period_format_dates (info) : NULL;

  if (duaal_report_get_period (report) == 0)
    {
      if (info == NULL)
        return g_strdup (_("Now"));
      if (dates == NULL)
        /* Translators: the period of a report of the current scores, "Now (Period 2)" */
        return g_strdup_printf (_("Now (%s)"), duaal_period_get_name (info));
      /* Translators: "Now (Period 2, 01-02-2027 – 30-06-2027)" */
      return g_strdup_printf (_("Now (%s, %s)"), duaal_period_get_name (info), dates);
    }
  if (dates == NULL)
    /* Translators: a closed period in a report's header, "Period 1 (closed)" */
    return g_strdup_printf (_("%s (closed)"), duaal_period_get_name (info));
  /* Translators: "Period 1 (closed), 01-09-2026 – 31-01-2027" */
  return g_strdup_printf (_("%s (closed), %s"), duaal_period_get_name (info), dates);
}

static char *
date_text (GDateTime *date_time)
{
  g_autoptr(GDate) date = g_date_new_dmy (g_date_time_get_day_of_month (date_time),
                                          g_date_time_get_month (date_time),
                                          g_date_time_get_year (date_time));

  return duaal_period_date_to_text (date);
}

static char *
qualification_text (DuaalQualification *qualification)
{
  /* Translators: a qualification in a report's header, "Elektrotechnicus (code BK-ELEC, version 2)" */
  return g_strdup_printf (_("%s (code %s, version %u)"), duaal_qualification_get_title (qualification),
                          duaal_qualification_get_code (qualification),
                          duaal_qualification_get_version (qualification));
}

static double
put_field (Renderer   *r,
           const char *label,
           const char *value,
           double      y)
{
  double label_h = put_text (r, label, BODY_SIZE, TRUE, dim_ink, INSET, y, FIELD_WIDTH - GAP);
  double value_h = put_text (r, value != NULL && *value != '\0' ? value : "—", BODY_SIZE, FALSE, ink,
                             INSET + FIELD_WIDTH, y, r->width - FIELD_WIDTH);

  return MAX (label_h, value_h) + 3;
}

static double
unit_header (Renderer *r,
             double    y)
{
  DuaalReport *report = r->report;
  DuaalLearner *learner = duaal_report_get_learner (report);
  g_autofree char *title = NULL;
  g_autofree char *qualification = qualification_text (duaal_report_get_qualification (report));
  g_autofree char *period = period_text (report);
  g_autofree char *reader = reader_text (report);
  g_autofree char *made_on = date_text (duaal_report_get_date (report));
  double top = y;

  /* Translators: the title of a learner's report, "Report on Jonas Peeters" */
  title = g_strdup_printf (_("Report on %s"), duaal_learner_get_name (learner));
  y += put_text (r, title, TITLE_SIZE, TRUE, ink, INSET, y, r->width) + GAP;
  y += put_field (r, _("Learner"), duaal_learner_get_name (learner), y);
  y += put_field (r, _("Class group"), duaal_class_group_get_name (duaal_report_get_group (report)), y);
  y += put_field (r, _("Company"), duaal_learner_get_company_name (learner), y);
  y += put_field (r, _("Trainer"), duaal_learner_get_trainer_name (learner), y);
  y += put_field (r, _("Qualification"), qualification, y);
  y += put_field (r, _("Period"), period, y);
  y += put_field (r, _("Made for"), reader, y);
  y += put_field (r, _("Made on"), made_on, y);
  return y - top + GAP;
}

static double
unit_section (Renderer   *r,
              const char *heading,
              double      y)
{
  double h = put_text (r, heading, HEADING_SIZE, TRUE, ink, INSET, y + GAP, r->width);

  draw_rule (r, y + GAP + h + 2);
  return GAP + h + 2 + GAP;
}

static double
unit_note (Renderer   *r,
           const char *note,
           double      y)
{
  return put_text (r, note, BODY_SIZE, FALSE, dim_ink, INSET, y, r->width) + GAP;
}

/* A competence */

static char *
competence_title (DuaalCompetence *competence)
{
  return g_strdup_printf ("%u. %s", duaal_competence_get_number (competence),
                          duaal_competence_get_title (competence));
}

static double
put_competence_title (Renderer        *r,
                      DuaalCompetence *competence,
                      gboolean         continued,
                      double           y)
{
  g_autofree char *title = competence_title (competence);
  g_autofree char *shown = NULL;

  if (continued)
    /* Translators: a competence's title at the top of the next page, "3. Wiring (continued)" */
    shown = g_strdup_printf (_("%s (continued)"), title);
  return put_text (r, shown != NULL ? shown : title, BLOCK_TITLE_SIZE, TRUE, ink, INSET, y, r->width) + 4;
}

static double
unit_competence (Renderer        *r,
                 DuaalCompetence *competence,
                 double           y)
{
  DuaalStatus *status = duaal_report_get_status (r->report);
  gint64 learner_id = learner_id_of (r);
  const char *id = duaal_competence_get_id (competence);
  double top = y;

  y += GAP + put_competence_title (r, competence, FALSE, y + GAP);
  for (guint i = 0; i < DUAAL_N_ACTORS; i++)
    {
      DuaalActor actor = actor_order[i];
      const DuaalTally *tally = duaal_status_get_tally (status, learner_id, id, actor);
      double x = INSET + ACTOR_WIDTH;
      double label_h = put_text (r, duaal_actor_get_label (actor), BODY_SIZE, FALSE, ink, INSET, y + BESIDE_BAR,
                                 ACTOR_WIDTH - GAP);

      if (r->drawing)
        {
          duaal_bar_renderer_draw_colour (r->cr, NULL, tally, x, y, COLOUR_WIDTH, BAR_HEIGHT, FALSE);
          duaal_bar_renderer_draw_progress (r->cr, NULL, tally, x + COLOUR_WIDTH + GAP, y,
                                            r->width - ACTOR_WIDTH - COLOUR_WIDTH - GAP, BAR_HEIGHT, FALSE);
        }
      y += MAX (label_h, BAR_HEIGHT) + 3;
    }
  return y - top + 2;
}

static const char *
scored_by_label (DuaalActor actor)
{
  switch (actor)
    {
    case DUAAL_ACTOR_LEARNER: return _("By the learner");
    case DUAAL_ACTOR_TEACHER: return _("By the teacher");
    case DUAAL_ACTOR_TRAINER:
    default: return _("By the trainer");
    }
}

static double
text_column_width (Renderer *r)
{
  return r->width - r->n_visible * SCORE_WIDTH;
}

static double
unit_scores_header (Renderer *r,
                    double    y)
{
  double x = INSET + text_column_width (r);
  double h = put_text (r, _("Indicator"), SMALL_SIZE, TRUE, dim_ink, INSET, y, text_column_width (r) - GAP);

  for (guint i = 0; i < DUAAL_N_ACTORS; i++)
    if (r->visible[actor_order[i]])
      {
        h = MAX (h, put_text (r, scored_by_label (actor_order[i]), SMALL_SIZE, TRUE, dim_ink, x, y,
                              SCORE_WIDTH - 2));
        x += SCORE_WIDTH;
      }
  draw_rule (r, y + h + 1);
  return h + 3;
}

/* "lil · S", with "–" for what is not scored. */
static char *
cell_text (const DuaalCell *cell)
{
  const char *mastery = cell != NULL ? duaal_mastery_to_string (cell->mastery) : NULL;
  const char *coverage = cell != NULL ? duaal_coverage_to_string (cell->coverage) : NULL;

  return g_strdup_printf ("%s · %s", mastery != NULL ? mastery : "–", coverage != NULL ? coverage : "–");
}

static double
unit_indicator (Renderer       *r,
                DuaalIndicator *indicator,
                double          y)
{
  DuaalStatus *status = duaal_report_get_status (r->report);
  gint64 learner_id = learner_id_of (r);
  const char *id = duaal_indicator_get_id (indicator);
  g_autofree char *label = g_strdup_printf ("%s  %s", id, duaal_indicator_get_text (indicator));
  double x = INSET + text_column_width (r);
  double h = put_text (r, label, BODY_SIZE, FALSE, ink, INSET, y + 1, text_column_width (r) - GAP);

  for (guint i = 0; i < DUAAL_N_ACTORS; i++)
    if (r->visible[actor_order[i]])
      {
        g_autofree char *text = cell_text (duaal_status_get_cell (status, learner_id, id, actor_order[i]));

        h = MAX (h, put_text (r, text, BODY_SIZE, FALSE, ink, x, y + 1, SCORE_WIDTH - 2));
        x += SCORE_WIDTH;
      }
  return h + 3;
}

static double
unit_comment (Renderer       *r,
              DuaalIndicator *indicator,
              DuaalActor      actor,
              double          y)
{
  DuaalStatus *status = duaal_report_get_status (r->report);
  gint64 learner_id = learner_id_of (r);
  const DuaalCell *cell = duaal_status_get_cell (status, learner_id, duaal_indicator_get_id (indicator), actor);
  /* Translators: a comment in a report, "Teacher on c01.02: Practise the bends again." */
  g_autofree char *text = g_strdup_printf (_("%s on %s: %s"), duaal_actor_get_label (actor),
                                           duaal_indicator_get_id (indicator), cell->comment);

  return put_text (r, text, BODY_SIZE, FALSE, dim_ink, INSET + 12, y + 1, r->width - 12) + 3;
}

/* The evolution */

static double
evolution_column_width (Renderer *r)
{
  guint n = duaal_report_get_n_columns (r->report);

  return (r->width - EVOLUTION_TITLE_WIDTH - ACTOR_WIDTH) / MAX (n, 1);
}

static double
unit_evolution_header (Renderer *r,
                       double    y)
{
  double cw = evolution_column_width (r);
  double h = put_text (r, _("Competence"), SMALL_SIZE, TRUE, dim_ink, INSET, y, EVOLUTION_TITLE_WIDTH - GAP);

  h = MAX (h, put_text (r, _("Scored by"), SMALL_SIZE, TRUE, dim_ink, INSET + EVOLUTION_TITLE_WIDTH, y,
                        ACTOR_WIDTH - GAP));
  for (guint col = 0; col < duaal_report_get_n_columns (r->report); col++)
    {
      g_autofree char *name = duaal_report_get_column_name (r->report, col);

      h = MAX (h, put_text (r, name, SMALL_SIZE, TRUE, dim_ink,
                            INSET + EVOLUTION_TITLE_WIDTH + ACTOR_WIDTH + col * cw, y, cw - GAP));
    }
  draw_rule (r, y + h + 1);
  return h + 4;
}

/* A small triangle pointing up or down: the chip says the colour in
 * words, the triangle only shows the change at a glance. */
static void
draw_trend (Renderer *r,
            int       trend,
            double    x,
            double    y)
{
  double mid = y + BAR_HEIGHT / 2;

  set_ink (r->cr, ink);
  if (trend > 0)
    {
      cairo_move_to (r->cr, x, mid + 3);
      cairo_line_to (r->cr, x + 7, mid + 3);
      cairo_line_to (r->cr, x + 3.5, mid - 3);
    }
  else
    {
      cairo_move_to (r->cr, x, mid - 3);
      cairo_line_to (r->cr, x + 7, mid - 3);
      cairo_line_to (r->cr, x + 3.5, mid + 3);
    }
  cairo_close_path (r->cr);
  cairo_fill (r->cr);
}

static DuaalColour
column_colour (Renderer   *r,
               guint       column,
               const char *competence_id,
               DuaalActor  actor)
{
  DuaalStatus *status = duaal_report_get_column (r->report, column, NULL);

  return duaal_status_get_colour (status, learner_id_of (r), competence_id, actor);
}

static void
draw_evolution_row (Renderer   *r,
                    const char *competence_id,
                    DuaalActor  actor,
                    double      y)
{
  double cw = evolution_column_width (r);
  double x0 = INSET + EVOLUTION_TITLE_WIDTH + ACTOR_WIDTH;

  for (guint col = 0; col < duaal_report_get_n_columns (r->report); col++)
    {
      DuaalColour colour = column_colour (r, col, competence_id, actor);
      int trend = col > 0 ? duaal_colour_trend (column_colour (r, col - 1, competence_id, actor), colour) : 0;
      double x = x0 + col * cw;

      duaal_bar_renderer_draw_colour_value (r->cr, NULL, colour, x, y, cw - TREND_WIDTH - GAP, BAR_HEIGHT, FALSE);
      if (trend != 0)
        draw_trend (r, trend, x + cw - TREND_WIDTH - GAP / 2, y);
    }
}

static double
unit_evolution (Renderer        *r,
                DuaalCompetence *competence,
                double           y)
{
  g_autofree char *title = competence_title (competence);
  double title_h = put_text (r, title, BODY_SIZE, TRUE, ink, INSET, y + 3, EVOLUTION_TITLE_WIDTH - GAP);
  double rows_h = 0;

  for (guint i = 0; i < DUAAL_N_ACTORS; i++)
    {
      double row_y = y + 3 + rows_h;
      double label_h = put_text (r, duaal_actor_get_label (actor_order[i]), BODY_SIZE, FALSE, ink,
                                 INSET + EVOLUTION_TITLE_WIDTH, row_y + BESIDE_BAR, ACTOR_WIDTH - GAP);

      if (r->drawing)
        draw_evolution_row (r, duaal_competence_get_id (competence), actor_order[i], row_y);
      rows_h += MAX (label_h, BAR_HEIGHT) + 2;
    }
  return 3 + MAX (title_h, rows_h) + 4;
}

/* The route chart */

static DuaalRouteChartInfo
route_info (Renderer *r,
            char    **label)
{
  DuaalRouteChartInfo info = { 0 };
  DuaalPeriod *period = duaal_report_get_period_info (r->report);

  *label = duaal_report_get_period (r->report) != 0 && period != NULL
           ? g_strdup (duaal_period_get_name (period)) : NULL;
  info.period_label = *label;
  info.date = duaal_report_get_date (r->report);
  return info;
}

static double
route_page_height (Renderer *r)
{
  return r->body_height - GAP;
}

static double
unit_route_page (Renderer *r,
                 guint     page,
                 double    y)
{
  g_autofree char *label = NULL;
  DuaalRouteChartInfo info = route_info (r, &label);
  double layout_height = route_page_height (r) / r->route_zoom;

  if (r->drawing)
    {
      cairo_save (r->cr);
      cairo_translate (r->cr, INSET, y);
      cairo_scale (r->cr, r->route_zoom, r->route_zoom);
      duaal_route_chart_draw_page (r->cr, duaal_report_get_route (r->report), NULL, &info,
                                   ROUTE_LAYOUT_WIDTH, layout_height, page);
      cairo_restore (r->cr);
    }
  return route_page_height (r);
}

/* The attention items */

static char *
attention_indicators_text (const DuaalAttentionItem *item,
                           DuaalCompetence          *competence)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < item->indicators->len; i++)
    {
      const char *id = g_ptr_array_index (item->indicators, i);
      DuaalIndicator *indicator = competence != NULL ? duaal_competence_find_indicator (competence, id) : NULL;

      g_string_append_printf (text, "\n%s  %s", id, indicator != NULL ? duaal_indicator_get_text (indicator) : "");
    }
  /* Translators: before a list of indicators of an attention item */
  return g_strdup_printf (_("Scored X by one actor and V by another:%s"), text->str);
}

static double
unit_attention (Renderer                 *r,
                const DuaalAttentionItem *item,
                DuaalCompetence          *competence,
                double                    y)
{
  double top = y;
  /* Translators: how severe a disagreement is, "Severity 3" */
  g_autofree char *severity = g_strdup_printf (_("Severity %u"), item->severity);
  double chip_width = (r->width - 3 * ACTOR_WIDTH) / DUAAL_N_ACTORS;

  if (competence != NULL)
    y += put_competence_title (r, competence, FALSE, y + GAP) + GAP;
  y += put_text (r, severity, BODY_SIZE, FALSE, dim_ink, INSET, y, r->width) + 2;
  for (guint i = 0; i < DUAAL_N_ACTORS; i++)
    {
      double x = INSET + i * (ACTOR_WIDTH + chip_width);

      put_text (r, duaal_actor_get_label (actor_order[i]), BODY_SIZE, FALSE, ink, x, y + BESIDE_BAR,
                ACTOR_WIDTH - GAP);
      if (r->drawing)
        duaal_bar_renderer_draw_colour_value (r->cr, NULL, item->colours[actor_order[i]],
                                              x + ACTOR_WIDTH, y, chip_width - GAP, BAR_HEIGHT, FALSE);
    }
  y += BAR_HEIGHT + 3;
  if (item->indicators->len > 0)
    {
      g_autofree char *indicators = attention_indicators_text (item, competence);

      y += put_text (r, indicators, BODY_SIZE, FALSE, ink, INSET + 12, y, r->width - 12) + 2;
    }
  return y - top;
}

static double
unit_run (Renderer   *r,
          const Unit *unit,
          double      y)
{
  switch (unit->kind)
    {
    case UNIT_HEADER: return unit_header (r, y);
    case UNIT_SECTION: return unit_section (r, unit->text, y);
    case UNIT_NOTE: return unit_note (r, unit->text, y);
    case UNIT_COMPETENCE: return unit_competence (r, unit->competence, y);
    case UNIT_SCORES_HEADER: return unit_scores_header (r, y);
    case UNIT_INDICATOR: return unit_indicator (r, (DuaalIndicator *) unit->item, y);
    case UNIT_COMMENT: return unit_comment (r, (DuaalIndicator *) unit->item, unit->actor, y);
    case UNIT_EVOLUTION_HEADER: return unit_evolution_header (r, y);
    case UNIT_EVOLUTION: return unit_evolution (r, unit->competence, y);
    case UNIT_ROUTE_PAGE: return unit_route_page (r, unit->index, y);
    case UNIT_ATTENTION: return unit_attention (r, unit->item, unit->competence, y);
    default: g_assert_not_reached ();
    }
}

/* Building the units */

static void
add_unit (Renderer *r,
          Unit      unit)
{
  g_array_append_val (r->units, unit);
}

static void
add_competence_units (Renderer        *r,
                      DuaalCompetence *competence,
                      guint            group)
{
  DuaalStatus *status = duaal_report_get_status (r->report);
  gint64 learner_id = learner_id_of (r);
  GPtrArray *indicators = duaal_competence_get_indicators (competence);

  add_unit (r, (Unit) { .kind = UNIT_COMPETENCE, .group = group, .competence = competence });
  if (r->n_visible > 0)
    {
      add_unit (r, (Unit) { .kind = UNIT_SCORES_HEADER, .group = group, .competence = competence });
      for (guint i = 0; i < indicators->len; i++)
        add_unit (r, (Unit) { .kind = UNIT_INDICATOR, .group = group, .competence = competence,
                              .item = g_ptr_array_index (indicators, i) });
    }
  /* The comments the filter left: the reader's own, or all of them for
   * the coach. */
  for (guint i = 0; i < indicators->len; i++)
    for (guint a = 0; a < DUAAL_N_ACTORS; a++)
      {
        DuaalIndicator *indicator = g_ptr_array_index (indicators, i);
        const DuaalCell *cell = duaal_status_get_cell (status, learner_id, duaal_indicator_get_id (indicator),
                                                       actor_order[a]);

        if (cell != NULL && cell->comment != NULL && *cell->comment != '\0')
          add_unit (r, (Unit) { .kind = UNIT_COMMENT, .group = group, .competence = competence,
                                .item = indicator, .actor = actor_order[a] });
      }
}

static void
add_evolution_units (Renderer *r,
                     GPtrArray *competences,
                     guint     *group)
{
  add_unit (r, (Unit) { .kind = UNIT_SECTION, .group = ++*group, .new_page = TRUE, .text = _("Evolution") });
  if (duaal_report_get_n_columns (r->report) < 2)
    add_unit (r, (Unit) { .kind = UNIT_NOTE, .group = *group,
                          .text = _("No earlier period has been closed yet: the evolution starts with the "
                                    "first closed period.") });
  add_unit (r, (Unit) { .kind = UNIT_EVOLUTION_HEADER, .group = *group });
  for (guint i = 0; i < competences->len; i++)
    add_unit (r, (Unit) { .kind = UNIT_EVOLUTION, .group = i == 0 ? *group : ++*group,
                          .competence = g_ptr_array_index (competences, i) });
}

static void
add_attention_units (Renderer *r,
                     guint    *group)
{
  GPtrArray *items = duaal_report_get_attention (r->report);
  DuaalQualification *qualification = duaal_report_get_qualification (r->report);

  add_unit (r, (Unit) { .kind = UNIT_SECTION, .group = ++*group, .new_page = TRUE,
                        .text = _("Needs attention") });
  if (items->len == 0)
    add_unit (r, (Unit) { .kind = UNIT_NOTE, .group = *group,
                          .text = _("The actors agree well enough on every competence.") });
  for (guint i = 0; i < items->len; i++)
    {
      const DuaalAttentionItem *item = g_ptr_array_index (items, i);

      add_unit (r, (Unit) { .kind = UNIT_ATTENTION, .group = i == 0 ? *group : ++*group, .item = item,
                            .competence = duaal_qualification_find_competence (qualification,
                                                                               item->competence_id) });
    }
}

static void
build_units (Renderer *r)
{
  GPtrArray *competences = duaal_qualification_get_competences (duaal_report_get_qualification (r->report));
  guint group = 0;

  add_unit (r, (Unit) { .kind = UNIT_HEADER, .group = group });
  add_unit (r, (Unit) { .kind = UNIT_SECTION, .group = ++group, .text = _("Competences") });
  for (guint i = 0; i < competences->len; i++)
    /* The heading stays with the first competence. */
    add_competence_units (r, g_ptr_array_index (competences, i), i == 0 ? group : ++group);
  add_evolution_units (r, competences, &group);
  /* The chart brings its own title, "Competence route". */
  for (guint page = 0; page < r->n_route_pages; page++)
    add_unit (r, (Unit) { .kind = UNIT_ROUTE_PAGE, .group = ++group, .new_page = TRUE, .index = page });
  if (duaal_report_get_attention (r->report) != NULL)
    add_attention_units (r, &group);
}

/* Planning the pages */

static guint
group_end (Renderer *r,
           guint     first)
{
  Unit *units = (Unit *) r->units->data;
  guint end = first + 1;

  while (end < r->units->len && units[end].group == units[first].group)
    end++;
  return end;
}

static double
group_height (Renderer *r,
              guint     first,
              guint     end)
{
  double height = 0;

  for (guint i = first; i < end; i++)
    height += g_array_index (r->units, Unit, i).height;
  return height;
}

/* What a page that goes on with a competence starts with: its title,
 * "(continued)", and before an indicator the table's column heads. */
static double
unit_continuation (Renderer   *r,
                   const Unit *unit,
                   double      y)
{
  double top = y;

  y += put_competence_title (r, unit->competence, TRUE, y);
  if (unit->kind == UNIT_INDICATOR)
    y += unit_scores_header (r, y);
  return y - top;
}

static void
place (Renderer *r,
       guint     unit,
       double   *y,
       gboolean  continued)
{
  Placement placement = { unit, r->n_pages - 1, *y, continued };

  g_array_append_val (r->placements, placement);
  if (continued)
    *y += unit_continuation (r, &g_array_index (r->units, Unit, unit), 0);
  *y += g_array_index (r->units, Unit, unit).height;
}

/* A group that fits on the page goes there whole; one that fits on an
 * empty page moves to the next; one taller than a page starts on a new
 * page and breaks between its units, with its title repeated. */
static void
paginate (Renderer *r)
{
  double y = 0;

  r->n_pages = 1;
  for (guint first = 0; first < r->units->len;)
    {
      guint end = group_end (r, first);
      double height = group_height (r, first, end);
      const Unit *unit = &g_array_index (r->units, Unit, first);

      if (y > 0 && (unit->new_page || y + height > r->body_height))
        {
          r->n_pages++;
          y = 0;
        }
      for (guint i = first; i < end; i++)
        {
          gboolean breaks = y > 0 && y + g_array_index (r->units, Unit, i).height > r->body_height;

          if (breaks)
            {
              r->n_pages++;
              y = 0;
            }
          place (r, i, &y, breaks && g_array_index (r->units, Unit, i).competence != NULL);
        }
      first = end;
    }
}

static void
measure_units (Renderer *r)
{
  r->drawing = FALSE;
  for (guint i = 0; i < r->units->len; i++)
    {
      Unit *unit = &g_array_index (r->units, Unit, i);

      unit->height = unit_run (r, unit, 0);
    }
}

/* Drawing */

static void
draw_footer (Renderer *r,
             guint     page)
{
  DuaalReport *report = r->report;
  /* Translators: the left of a report's footer, "Jonas Peeters · for the trainer" */
  g_autofree char *left = g_strdup_printf (_("%s · report for: %s"),
                                           duaal_learner_get_name (duaal_report_get_learner (report)),
                                           duaal_viewer_get_label (duaal_report_get_reader (report)));
  /* Translators: at the foot of a printed page, "Page 2 of 5" */
  g_autofree char *right = g_strdup_printf (_("Page %u of %u"), page + 1, r->n_pages);
  g_autoptr(PangoLayout) right_layout = duaal_text_line (&r->text, right, SMALL_SIZE, FALSE, -1);
  double right_w = duaal_text_get_width (right_layout);
  g_autoptr(PangoLayout) left_layout = duaal_text_line (&r->text, left, SMALL_SIZE, FALSE,
                                                        r->width - right_w - 2 * GAP);
  double y = r->pages.content_height - duaal_text_get_height (right_layout);

  set_ink (r->cr, dim_ink);
  duaal_text_show (r->cr, left_layout, INSET, y);
  duaal_text_show (r->cr, right_layout, INSET + r->width - right_w, y);
}

static void
draw_pages (Renderer *r)
{
  guint next = 0;

  r->drawing = TRUE;
  for (guint page = 0; page < r->n_pages; page++)
    {
      duaal_pdf_pages_begin_page (&r->pages, r->cr);
      for (; next < r->placements->len && g_array_index (r->placements, Placement, next).page == page; next++)
        {
          const Placement *placement = &g_array_index (r->placements, Placement, next);
          const Unit *unit = &g_array_index (r->units, Unit, placement->unit);
          double y = placement->y;

          if (placement->continued)
            y += unit_continuation (r, unit, y);
          unit_run (r, unit, y);
        }
      draw_footer (r, page);
      duaal_pdf_pages_end_page (r->cr);
    }
}

static void
renderer_init (Renderer    *r,
               DuaalReport *report)
{
  DuaalViewer reader = duaal_report_get_reader (report);
  double layout_height;
  g_autofree char *label = NULL;
  DuaalRouteChartInfo info;

  *r = (Renderer) { .report = report };
  duaal_pdf_pages_init (&r->pages, DUAAL_PDF_A4_SHORT - 2 * DUAAL_PDF_MARGIN, 1.0);
  r->width = r->pages.content_width - 2 * INSET;
  r->body_height = r->pages.content_height - FOOTER_HEIGHT;
  /* Which actors' indicator scores the table has columns for: the core's
   * rule; the cells themselves come filtered. */
  for (guint i = 0; i < DUAAL_N_ACTORS; i++)
    {
      r->visible[i] = duaal_visibility_can_see_indicators (reader, (DuaalActor) i);
      r->n_visible += r->visible[i];
    }
  r->route_zoom = r->width / ROUTE_LAYOUT_WIDTH;
  info = route_info (r, &label);
  layout_height = route_page_height (r) / r->route_zoom;
  r->n_route_pages = duaal_route_chart_get_n_pages (duaal_report_get_route (report), NULL, &info,
                                                    ROUTE_LAYOUT_WIDTH, layout_height);
  r->units = g_array_new (FALSE, TRUE, sizeof (Unit));
  r->placements = g_array_new (FALSE, TRUE, sizeof (Placement));
}

static void
renderer_clear (Renderer *r)
{
  duaal_text_clear (&r->text);
  g_clear_pointer (&r->units, g_array_unref);
  g_clear_pointer (&r->placements, g_array_unref);
}

static char *
document_title (DuaalReport *report)
{
  /* Translators: a report's title in its file's metadata, "Report on Jonas Peeters for the trainer" */
  return g_strdup_printf (_("Report on %s for: %s"), duaal_learner_get_name (duaal_report_get_learner (report)),
                          duaal_viewer_get_label (duaal_report_get_reader (report)));
}

static gboolean
check_surface (cairo_surface_t  *surface,
               const char       *path,
               GError          **error)
{
  cairo_status_t status = cairo_surface_status (surface);

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO, _("Could not write the report to “%s”: %s"),
               path, cairo_status_to_string (status));
  return FALSE;
}

gboolean
duaal_report_write_pdf (DuaalReport  *report,
                        const char   *path,
                        guint        *n_pages,
                        GError      **error)
{
  Renderer r;
  g_autofree char *title = NULL;
  g_autofree char *subject = NULL;
  cairo_surface_t *surface;
  gboolean ok;

  g_return_val_if_fail (DUAAL_IS_REPORT (report), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  renderer_init (&r, report);
  title = document_title (report);
  subject = qualification_text (duaal_report_get_qualification (report));
  surface = duaal_pdf_pages_create (&r.pages, path, title, subject, error);
  if (surface == NULL)
    {
      renderer_clear (&r);
      return FALSE;
    }
  r.cr = cairo_create (surface);
  /* Measured on the PDF's own surface, so its text is the PDF's. */
  duaal_text_init (&r.text, r.cr, NULL);
  build_units (&r);
  measure_units (&r);
  paginate (&r);
  draw_pages (&r);
  if (n_pages != NULL)
    *n_pages = r.n_pages;
  renderer_clear (&r);
  cairo_destroy (r.cr);
  cairo_surface_finish (surface);
  ok = check_surface (surface, path, error) && duaal_pdf_pages_commit (surface, path, error);
  cairo_surface_destroy (surface);
  return ok;
}
