/* duaal-period.h: an evaluation period of a class group
 *
 * A value object read from the store; immutable.  A period without a
 * name of its own is shown by its number in the reader's language
 * ("Period 2", "Periode 2"): the store keeps no default name, so a
 * group made by a process in another language reads the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DUAAL_TYPE_PERIOD (duaal_period_get_type ())
G_DECLARE_FINAL_TYPE (DuaalPeriod, duaal_period, DUAAL, PERIOD, GObject)

/* @custom_name: (nullable) NULL or "" for the default name
 * @starts_on, @ends_on: (nullable) the period's first and last day
 * @closed_at: (nullable) NULL while the period is open */
DuaalPeriod *duaal_period_new             (gint64       group_id,
                                           guint        number,
                                           const char  *custom_name,
                                           const GDate *starts_on,
                                           const GDate *ends_on,
                                           GDateTime   *closed_at);
guint        duaal_period_get_number      (DuaalPeriod *self);   /* 1, 2, 3, ... */
/* The name to show: the custom name, else "Period N" translated. */
const char  *duaal_period_get_name        (DuaalPeriod *self);
/* (nullable) NULL when the period has the default name */
const char  *duaal_period_get_custom_name (DuaalPeriod *self);
/* (nullable) */
const GDate *duaal_period_get_starts_on   (DuaalPeriod *self);
/* (nullable) */
const GDate *duaal_period_get_ends_on     (DuaalPeriod *self);
/* The dates for a reader, "2 Sep 2024 – 31 Jan 2025", "from 2 Sep
 * 2024", "until 31 Jan 2025"; NULL without dates.  (transfer full) */
char        *duaal_period_format_dates    (DuaalPeriod *self);
gboolean     duaal_period_is_closed       (DuaalPeriod *self);

/* An ISO 8601 calendar date ("2024-09-02") as a GDate; NULL for NULL or
 * anything else.  (transfer full) */
GDate       *duaal_period_date_from_iso   (const char  *text);
/* (transfer full) */
char        *duaal_period_date_to_iso     (const GDate *date);
/* A date as the application shows it and a reader types it, in the
 * reader's order: "10/14/2024", in Dutch "14-10-2024".  (transfer full) */
char        *duaal_period_date_to_text    (const GDate *date);
/* What a reader typed: the reader's order (g_date_set_parse()) or ISO
 * 8601; NULL when it is not a date.  (transfer full) */
GDate       *duaal_period_date_from_text  (const char  *text);

G_END_DECLS
