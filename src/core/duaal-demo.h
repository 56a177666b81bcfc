/* duaal-demo.h: the demo class group, for a first look and for screenshots
 *
 * Loads the demo qualification (Elektrotechnicus, compiled into the core)
 * and a class group "Elektrische installaties duaal" with a teacher, four
 * companies with their activity lists and four learners with their
 * trainers, scored by all three actors in a closed period 1 and a
 * current period 2.  The data is fixed (no randomness) and shows every
 * colour, a disagreement between the actors, and a collective gap (c02,
 * the earthing system, which no company has on its activity list, as in
 * the seed's example).  The learning line (the file's four contexts,
 * uncovered c02 again), the contexts the companies offer and one done,
 * lesson scenarios, the file's units with choices for period 2,
 * workplace results of period 1 and two visits are added on a store
 * that has SPEC sections 14 and 15; one without them (PostgreSQL, for
 * now) gets the rest.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-store.h"

G_BEGIN_DECLS

#define DUAAL_DEMO_GROUP_NAME "Elektrische installaties duaal"

/* Fails with DUAAL_ERROR_CONFLICT when @store already holds the demo.
 * @group_id, @n_learners: (out) (optional) */
gboolean duaal_demo_load (DuaalStore  *store,
                          gint64      *group_id,
                          guint       *n_learners,
                          GError     **error);

G_END_DECLS
