/* duaal-period.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "duaal-period-private.h"

struct _DuaalPeriod
{
  GObject parent_instance;

  gint64     group_id;
  guint      number;
  char      *custom_name;
  char      *name;          /* custom_name or the default, translated */
  GDate     *starts_on;
  GDate     *ends_on;
  GDateTime *closed_at;
};

G_DEFINE_FINAL_TYPE (DuaalPeriod, duaal_period, G_TYPE_OBJECT)

static void
duaal_period_finalize (GObject *object)
{
  DuaalPeriod *self = DUAAL_PERIOD (object);

  g_free (self->custom_name);
  g_free (self->name);
  g_clear_pointer (&self->starts_on, g_date_free);
  g_clear_pointer (&self->ends_on, g_date_free);
  g_clear_pointer (&self->closed_at, g_date_time_unref);

  G_OBJECT_CLASS (duaal_period_parent_class)->finalize (object);
}

static void
duaal_period_class_init (DuaalPeriodClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = duaal_period_finalize;
}

static void
duaal_period_init (DuaalPeriod *self)
{
}

static GDate *
copy_date (const GDate *date)
{
  return date != NULL && g_date_valid (date) ? g_date_copy (date) : NULL;
}

DuaalPeriod *
duaal_period_new (gint64       group_id,
                  guint        number,
                  const char  *custom_name,
                  const GDate *starts_on,
                  const GDate *ends_on,
                  GDateTime   *closed_at)
{
  DuaalPeriod *self = g_object_new (DUAAL_TYPE_PERIOD, NULL);

  self->group_id = group_id;
  self->number = number;
  if (custom_name != NULL && *custom_name != '\0')
    {
      self->custom_name = g_strdup (custom_name);
      self->name = g_strdup (custom_name);
    }
  else
    {
      /* Translators: the default name of an evaluation period */
      self->name = g_strdup_printf (_("Period %u"), number);
    }
  self->starts_on = copy_date (starts_on);
  self->ends_on = copy_date (ends_on);
  self->closed_at = closed_at != NULL ? g_date_time_ref (closed_at) : NULL;
  return self;
}

guint
duaal_period_get_number (DuaalPeriod *self)
{
  g_return_val_if_fail (DUAAL_IS_PERIOD (self), 0);
  return self->number;
}

const char *
duaal_period_get_name (DuaalPeriod *self)
{
  g_return_val_if_fail (DUAAL_IS_PERIOD (self), NULL);
  return self->name;
}

const char *
duaal_period_get_custom_name (DuaalPeriod *self)
{
  g_return_val_if_fail (DUAAL_IS_PERIOD (self), NULL);
  return self->custom_name;
}

const GDate *
duaal_period_get_starts_on (DuaalPeriod *self)
{
  g_return_val_if_fail (DUAAL_IS_PERIOD (self), NULL);
  return self->starts_on;
}

const GDate *
duaal_period_get_ends_on (DuaalPeriod *self)
{
  g_return_val_if_fail (DUAAL_IS_PERIOD (self), NULL);
  return self->ends_on;
}

static char *
format_date (const GDate *date)
{
  char text[64];

  /* Translators: a period's first or last day, see strftime(3) */
  if (g_date_strftime (text, sizeof text, _("%-d %b %Y"), date) == 0)
    return NULL;
  return g_strdup (text);
}

char *
duaal_period_format_dates (DuaalPeriod *self)
{
  g_autofree char *starts = NULL;
  g_autofree char *ends = NULL;

  g_return_val_if_fail (DUAAL_IS_PERIOD (self), NULL);

  if (self->starts_on != NULL)
    starts = format_date (self->starts_on);
  if (self->ends_on != NULL)
    ends = format_date (self->ends_on);
  if (starts != NULL && ends != NULL)
    /* Translators: a period's dates, first day – last day */
    return g_strdup_printf (_("%s – %s"), starts, ends);
  if (starts != NULL)
    return g_strdup_printf (_("from %s"), starts);
  if (ends != NULL)
    return g_strdup_printf (_("until %s"), ends);
  return NULL;
}

gboolean
duaal_period_is_closed (DuaalPeriod *self)
{
  g_return_val_if_fail (DUAAL_IS_PERIOD (self), FALSE);
  return self->closed_at != NULL;
}

GDateTime *
duaal_period_get_closed_at (DuaalPeriod *self)
{
  g_return_val_if_fail (DUAAL_IS_PERIOD (self), NULL);
  return self->closed_at;
}

GDate *
duaal_period_date_from_iso (const char *text)
{
  guint year, month, day;
  char end;

  if (text == NULL || sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;
  return g_date_new_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

char *
duaal_period_date_to_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                          (guint) g_date_get_month (date), g_date_get_day (date));
}

/* The format dates are shown and typed in, in the reader's language. */
static const char *
date_text_format (void)
{
  /* Translators: a date as shown and typed in the application, see
   * strftime(3); only %d, %m and %Y, in your readers' order */
  return _("%m/%d/%Y");
}

char *
duaal_period_date_to_text (const GDate *date)
{
  char text[64];

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  if (g_date_strftime (text, sizeof text, date_text_format (), date) == 0)
    return NULL;
  return g_strdup (text);
}

/* Three numbers in the order of date_text_format(), whatever separates
 * them ("14-10-2024", "14/10/2024", "14.10.2024"): the shown order is
 * the typed order, also where the system lacks the reader's locale. */
static GDate *
date_from_shown_order (const char *text)
{
  const char *format = date_text_format ();
  guint values[3], n = 0, day = 0, month = 0, year = 0, field = 0;
  const char *p = text;

  while (*p != '\0' && n < 3)
    {
      char *end;

      if (!g_ascii_isdigit (*p))
        {
          p++;
          continue;
        }
      values[n++] = (guint) g_ascii_strtoull (p, &end, 10);
      p = end;
    }
  if (n != 3 || *p != '\0')
    return NULL;
  for (const char *f = strchr (format, '%'); f != NULL && field < 3; f = strchr (f + 1, '%'))
    switch (f[1])
      {
      case 'd': day = values[field++]; break;
      case 'm': month = values[field++]; break;
      case 'Y': year = values[field++]; break;
      default: break;
      }
  if (field != 3 || year < 1000 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;
  return g_date_new_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

GDate *
duaal_period_date_from_text (const char *text)
{
  g_autofree char *clean = NULL;
  GDate *date;

  if (text == NULL)
    return NULL;
  clean = g_strstrip (g_strdup (text));
  if ((date = duaal_period_date_from_iso (clean)) != NULL ||
      (date = date_from_shown_order (clean)) != NULL)
    return date;
  /* Month names and the like, by the system's locale. */
  date = g_date_new ();
  g_date_set_parse (date, clean);
  if (!g_date_valid (date))
    g_clear_pointer (&date, g_date_free);
  return date;
}
