/* duaal-attention-count-private.h: the centre-wide count, for the benchmark and the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-attention-count.h"

G_BEGIN_DECLS

/* The same over every class group. */
guint duaal_attention_count_for_centre (DuaalStore  *store,
                                        GError     **error);

G_END_DECLS
