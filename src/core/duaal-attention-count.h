/* duaal-attention-count.h: how many pairs need the coach's attention
 *
 * For the sidebar's badge per class group: the length of the attention
 * list (SPEC section 7) of the group's current scores.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-store.h"

G_BEGIN_DECLS

/* The number of (learner, competence) pairs of @group_id that need
 * attention now; 0 with @error set on failure. */
guint duaal_attention_count_for_group (DuaalStore  *store,
                                       gint64       group_id,
                                       GError     **error);

G_END_DECLS
