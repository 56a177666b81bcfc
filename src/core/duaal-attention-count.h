/* duaal-attention-count.h: how many pairs need the coach's attention
 *
 * For the sidebar's badges: the length of the attention list (SPEC
 * section 7) of the current scores, per class group and for the whole
 * centre.  Both read what the store keeps up to date on every write, so
 * a badge costs what it counts, not every score of the group.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-store.h"

G_BEGIN_DECLS

/* The number of (learner, competence) pairs of @group_id that need
 * attention now; 0 with @error set on failure. */
guint duaal_attention_count_for_group  (DuaalStore  *store,
                                        gint64       group_id,
                                        GError     **error);


G_END_DECLS
