/* duaal-sqlite-backup-private.h: the clock made explicit, for tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-sqlite-backup.h"

G_BEGIN_DECLS

/* As the public functions, with `now` instead of the current local time,
 * so that a test can make a week of daily backups in one second. */
gboolean duaal_sqlite_backup_create_at (const char  *db_path,
                                        const char  *reason,
                                        GDateTime   *now,
                                        char       **out_path,
                                        GError     **error);
gboolean duaal_sqlite_backup_daily_at  (const char  *db_path,
                                        GDateTime   *now,
                                        GError     **error);

gboolean duaal_sqlite_backup_at_start_up_at (const char  *db_path,
                                            GDateTime   *now,
                                            GError     **error);

G_END_DECLS
