/* duaal-sqlite-evaluation-private.h: the SQLite backend's training units, flexible evaluation, workplace results and visits (SPEC 15)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-store.h"

G_BEGIN_DECLS

/* The tables, part of migration step 3 -> 4 in duaal-sqlite-store.c (a
 * string literal, concatenated with the other part of that step). */
#define DUAAL_SQLITE_SCHEMA_EVALUATION ""

/* Sets the DuaalStore members of this part. */
void duaal_sqlite_evaluation_iface_init (DuaalStoreInterface *iface);

G_END_DECLS
