/* duaal-sqlite-contexts.c: the SQLite backend's CCV contexts, learning line and lesson scenarios (SPEC 14)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-sqlite-contexts-private.h"
#include "duaal-sqlite-store-private.h"

void
duaal_sqlite_contexts_iface_init (DuaalStoreInterface *iface)
{
  (void) iface;
}
