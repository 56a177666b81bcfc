/* duaal-sqlite-team-private.h: the SQLite backend's team members (SPEC 13)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-store.h"

G_BEGIN_DECLS

/* Sets the DuaalStore members of this part. */
void duaal_sqlite_team_iface_init (DuaalStoreInterface *iface);

G_END_DECLS
