/* duaal-evaluation.c: the rules of evaluation in practice (SPEC section 15)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "duaal-error.h"
#include "duaal-evaluation.h"

/* ------------------------------------------------------------------ */
/* Workplace results                                                   */

const char *
duaal_verdict_to_string (DuaalVerdict verdict)
{
  switch (verdict)
    {
    case DUAAL_VERDICT_SUFFICIENT: return "sufficient";
    case DUAAL_VERDICT_INSUFFICIENT: return "insufficient";
    case DUAAL_VERDICT_CANNOT_QUALIFY: return "cannot-qualify";
    default: g_return_val_if_reached (NULL);
    }
}

const char *
duaal_verdict_get_label (DuaalVerdict verdict)
{
  switch (verdict)
    {
    case DUAAL_VERDICT_SUFFICIENT: return _("Sufficient");
    case DUAAL_VERDICT_INSUFFICIENT: return _("Insufficient");
    case DUAAL_VERDICT_CANNOT_QUALIFY: return _("Cannot qualify");
    default: g_return_val_if_reached (NULL);
    }
}

static gboolean
refuse_percent (const char  *text,
                GError     **error)
{
  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
               _("“%s” is not a percentage from 0 to 100 with at most one decimal"), text);
  return FALSE;
}

gboolean
duaal_percent_parse (const char  *text,
                     guint       *tenths,
                     GError     **error)
{
  guint whole = 0, digits = 0, decimal = 0;
  const char *p = text;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (tenths != NULL, FALSE);

  /* Digits only, counted, so no sign, exponent or overflow slips in. */
  for (; g_ascii_isdigit (*p) && digits < 4; p++, digits++)
    whole = whole * 10 + (guint) (*p - '0');
  if (digits == 0 || g_ascii_isdigit (*p))
    return refuse_percent (text, error);
  if (*p == '.' || *p == ',')
    {
      if (!g_ascii_isdigit (p[1]) || p[2] != '\0')
        return refuse_percent (text, error);
      decimal = (guint) (p[1] - '0');
    }
  else if (*p != '\0')
    return refuse_percent (text, error);
  if (whole * 10 + decimal > DUAAL_MAX_PERCENT)
    return refuse_percent (text, error);

  *tenths = whole * 10 + decimal;
  return TRUE;
}

char *
duaal_percent_format (guint tenths)
{
  if (tenths % 10 == 0)
    return g_strdup_printf ("%u", tenths / 10);
  return g_strdup_printf ("%u.%u", tenths / 10, tenths % 10);
}

DuaalVerdict
duaal_verdict_for_result (guint tenths,
                          guint pass_mark)
{
  if (tenths >= pass_mark)
    return DUAAL_VERDICT_SUFFICIENT;
  /* tenths + SHORTFALL <= pass_mark, written so that no unsigned
   * subtraction can wrap for a pass mark below 10%. */
  if (tenths + DUAAL_SHORTFALL <= pass_mark)
    return DUAAL_VERDICT_CANNOT_QUALIFY;
  return DUAAL_VERDICT_INSUFFICIENT;
}

/* ------------------------------------------------------------------ */
/* Flexible evaluation                                                 */

gboolean
duaal_unit_choice_check_open (guint         period,
                              gboolean      closed,
                              const GDate  *starts_on,
                              const GDate  *today,
                              GError      **error)
{
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  if (closed)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_CONFLICT,
                   _("Period %u is closed: the units chosen for it can no longer change"), period);
      return FALSE;
    }
  if (starts_on != NULL && g_date_valid (starts_on) && g_date_compare (today, starts_on) >= 0)
    {
      char day[32];

      g_date_strftime (day, sizeof day, "%Y-%m-%d", starts_on);
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_CONFLICT,
                   _("Period %u started on %s: the units chosen for it can no longer change"),
                   period, day);
      return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Early warnings                                                      */

const char *
duaal_warning_kind_to_string (DuaalWarningKind kind)
{
  switch (kind)
    {
    case DUAAL_WARNING_PLANNED_NOT_COVERED: return "planned-not-covered";
    case DUAAL_WARNING_TRAINER_SILENT: return "trainer-silent";
    case DUAAL_WARNING_WORKPLACE_INSUFFICIENT: return "workplace-insufficient";
    default: g_return_val_if_reached (NULL);
    }
}

char *
duaal_warning_describe (const DuaalWarning *warning,
                        const char         *competence_title)
{
  g_return_val_if_fail (warning != NULL, NULL);

  switch (warning->kind)
    {
    case DUAAL_WARNING_PLANNED_NOT_COVERED:
      return g_strdup_printf (_("Planned at the workplace but not yet covered by the trainer: %s"),
                              competence_title != NULL ? competence_title : warning->competence_id);
    case DUAAL_WARNING_TRAINER_SILENT:
      return g_strdup_printf (_("The trainer did not score anything in period %u"), warning->period);
    case DUAAL_WARNING_WORKPLACE_INSUFFICIENT:
      return g_strdup_printf (_("Workplace result insufficient in period %u"), warning->period);
    default:
      g_return_val_if_reached (NULL);
    }
}

void
duaal_warning_free (DuaalWarning *warning)
{
  if (warning == NULL)
    return;
  g_free (warning->competence_id);
  g_free (warning);
}

static DuaalWarning *
warning_new (gint64            learner_id,
             DuaalWarningKind  kind,
             const char       *competence_id,
             guint             period)
{
  DuaalWarning *warning = g_new0 (DuaalWarning, 1);

  warning->learner_id = learner_id;
  warning->kind = kind;
  warning->competence_id = g_strdup (competence_id);
  warning->period = period;
  return warning;
}

GPtrArray *
duaal_planned_not_covered (DuaalStatus        *status,
                           gint64              learner_id,
                           const char * const *plan)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *competences;

  g_return_val_if_fail (DUAAL_IS_STATUS (status), result);
  if (plan == NULL)
    return result;

  competences = duaal_qualification_get_competences (duaal_status_get_qualification (status));
  for (guint i = 0; i < competences->len; i++)
    {
      const char *id = duaal_competence_get_id (g_ptr_array_index (competences, i));
      const DuaalTally *tally;

      if (!g_strv_contains (plan, id))
        continue;
      tally = duaal_status_get_tally (status, learner_id, id, DUAAL_ACTOR_TRAINER);
      if (tally != NULL && tally->covered == 0)
        g_ptr_array_add (result, g_strdup (id));
    }
  return result;
}

GPtrArray *
duaal_warnings_collect (const DuaalWarningInput *input)
{
  GPtrArray *warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) duaal_warning_free);
  GPtrArray *learners;
  guint period;

  g_return_val_if_fail (input != NULL && DUAAL_IS_STATUS (input->status), warnings);

  period = duaal_status_get_period (input->status);
  learners = duaal_status_get_learners (input->status);
  for (guint i = 0; i < learners->len; i++)
    {
      gint64 id = duaal_learner_get_id (g_ptr_array_index (learners, i));
      const char * const *plan = input->plans != NULL ? g_hash_table_lookup (input->plans, &id) : NULL;
      g_autoptr(GPtrArray) uncovered = duaal_planned_not_covered (input->status, id, plan);
      const DuaalWorkplaceResult *result =
        input->results != NULL ? g_hash_table_lookup (input->results, &id) : NULL;

      for (guint c = 0; c < uncovered->len; c++)
        g_ptr_array_add (warnings, warning_new (id, DUAAL_WARNING_PLANNED_NOT_COVERED,
                                                g_ptr_array_index (uncovered, c), period));
      if (input->trainer_scored == NULL || !g_hash_table_contains (input->trainer_scored, &id))
        g_ptr_array_add (warnings, warning_new (id, DUAAL_WARNING_TRAINER_SILENT, NULL, period));
      if (result != NULL
          && duaal_verdict_for_result (result->tenths, input->pass_mark) != DUAAL_VERDICT_SUFFICIENT)
        g_ptr_array_add (warnings, warning_new (id, DUAAL_WARNING_WORKPLACE_INSUFFICIENT, NULL, period));
    }
  return warnings;
}

/* ------------------------------------------------------------------ */
/* Workplace visits                                                    */

void
duaal_visit_free (DuaalVisit *visit)
{
  if (visit == NULL)
    return;
  g_free (visit->notes);
  g_free (visit);
}

/* The year in which the school year of @day began (on 1 September). */
static GDateYear
school_year_of (const GDate *day)
{
  GDateYear year = g_date_get_year (day);

  return g_date_get_month (day) >= G_DATE_SEPTEMBER ? year : year - 1;
}

/* The end of third @third (0-2) of the school year beginning in @year. */
static void
third_end (GDateYear  year,
           guint      third,
           GDate     *end)
{
  static const struct { GDateMonth month; GDateDay day; guint next_year; } ends[] = {
    { G_DATE_DECEMBER, 31, 0 }, { G_DATE_APRIL, 30, 1 }, { G_DATE_AUGUST, 31, 1 },
  };

  g_date_clear (end, 1);
  g_date_set_dmy (end, ends[third].day, ends[third].month, year + ends[third].next_year);
}

void
duaal_visits_assess (const GDate       *start,
                     const GDate       *days,
                     guint              n_days,
                     const GDate       *today,
                     DuaalVisitStatus  *status)
{
  GDate deadlines[4];
  guint n_deadlines = 0, made = 0;
  GDateYear year;
  GDate counted_from;
  gboolean first_year;

  g_return_if_fail (today != NULL && g_date_valid (today));
  g_return_if_fail (status != NULL);

  year = school_year_of (today);
  first_year = start != NULL && g_date_valid (start) && year <= school_year_of (start);
  g_date_clear (&counted_from, 1);
  if (first_year)
    {
      /* Before the start, then each third still ahead of it. */
      year = school_year_of (start);
      deadlines[n_deadlines] = *start;
      g_date_subtract_days (&deadlines[n_deadlines++], 1);
      for (guint third = 0; third < 3; third++)
        {
          third_end (year, third, &deadlines[n_deadlines]);
          if (g_date_compare (&deadlines[n_deadlines], start) >= 0)
            n_deadlines++;
        }
    }
  else
    {
      g_date_set_dmy (&counted_from, 1, G_DATE_SEPTEMBER, year);
      for (guint third = 0; third < 3; third++)
        third_end (year, third, &deadlines[n_deadlines++]);
    }

  g_date_clear (&status->last, 1);
  for (guint i = 0; i < n_days; i++)
    {
      if (g_date_compare (&days[i], today) > 0)
        continue;
      if (!g_date_valid (&status->last) || g_date_compare (&days[i], &status->last) > 0)
        status->last = days[i];
      if (!g_date_valid (&counted_from) || g_date_compare (&days[i], &counted_from) >= 0)
        made++;
    }

  if (made < n_deadlines)
    {
      status->due = deadlines[made];
      status->overdue = g_date_compare (today, &status->due) > 0;
    }
  else
    {
      third_end (year + 1, 0, &status->due);
      status->overdue = FALSE;
    }
}
