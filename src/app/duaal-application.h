/* duaal-application.h: the application, owner of the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "duaal-store.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_APPLICATION (duaal_application_get_type ())
G_DECLARE_FINAL_TYPE (DuaalApplication, duaal_application, DUAAL, APPLICATION, AdwApplication)

/* database_path: (nullable): the SQLite file to open; NULL for the
 * default (duaal_sqlite_store_default_path()).  `--database FILE` on the
 * command line overrides it. */
DuaalApplication *duaal_application_new               (const char       *database_path,
                                                       GApplicationFlags flags);
/* The file the store was (or will be) opened from. */
const char       *duaal_application_get_database_path (DuaalApplication *self);
/* (nullable) (transfer none): NULL before the first activation and when
 * the database could not be opened (see duaal_application_get_open_error). */
DuaalStore       *duaal_application_get_store         (DuaalApplication *self);
/* (nullable): why the database could not be opened. */
const GError     *duaal_application_get_open_error    (DuaalApplication *self);
/* Checks the database (a damaged one is never opened: see
 * duaal_sqlite_backup_at_start_up()), makes the day's backup and opens
 * the store, unless it is open or failed already.  FALSE on failure
 * (see duaal_application_get_open_error()). */
gboolean          duaal_application_open_store        (DuaalApplication *self);
/* Whether the start-up check of a large database still runs (in a
 * thread); the windows take the store when it is done. */
gboolean          duaal_application_is_checking       (DuaalApplication *self);
/* From this file size on (default 16 MiB) the start-up check runs in a
 * thread while the window shows; 0: always.  Set before activating. */
void              duaal_application_set_background_check_size (DuaalApplication *self,
                                                               guint64           size);
/* Whether the database is a team database (a connection string). */
gboolean          duaal_application_is_team           (DuaalApplication *self);
/* Takes @store, opened from @location (a connection string without any
 * password, or a file), as the database every window shows from now on. */
void              duaal_application_use_store         (DuaalApplication *self,
                                                       DuaalStore       *store,
                                                       const char       *location);
/* Drops the store (and the reason it failed): before a restore, when
 * nothing else holds the store any more. */
void              duaal_application_close_store       (DuaalApplication *self);

G_END_DECLS
