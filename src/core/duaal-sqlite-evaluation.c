/* duaal-sqlite-evaluation.c: the SQLite backend's training units, flexible evaluation, workplace results and visits (SPEC 15)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-sqlite-evaluation-private.h"
#include "duaal-sqlite-store-private.h"

void
duaal_sqlite_evaluation_iface_init (DuaalStoreInterface *iface)
{
  (void) iface;
}
