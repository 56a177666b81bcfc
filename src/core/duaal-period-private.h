/* duaal-period-private.h: what only the tests use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-period.h"

G_BEGIN_DECLS

/* (nullable) */
GDateTime   *duaal_period_get_closed_at   (DuaalPeriod *self);

G_END_DECLS
