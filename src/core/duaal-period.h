/* duaal-period.h: an evaluation period of a class group
 *
 * A value object read from the store; immutable.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DUAAL_TYPE_PERIOD (duaal_period_get_type ())
G_DECLARE_FINAL_TYPE (DuaalPeriod, duaal_period, DUAAL, PERIOD, GObject)

/* @closed_at: (nullable) NULL while the period is open */
DuaalPeriod *duaal_period_new           (gint64       group_id,
                                         guint        number,
                                         const char  *name,
                                         GDateTime   *closed_at);
gint64       duaal_period_get_group_id  (DuaalPeriod *self);
guint        duaal_period_get_number    (DuaalPeriod *self);   /* 1, 2, 3, ... */
const char  *duaal_period_get_name      (DuaalPeriod *self);
gboolean     duaal_period_is_closed     (DuaalPeriod *self);
/* (nullable) */
GDateTime   *duaal_period_get_closed_at (DuaalPeriod *self);

G_END_DECLS
