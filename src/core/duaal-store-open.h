/* duaal-store-open.h: opening a store by where it is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-store.h"

G_BEGIN_DECLS

/* @location: a libpq connection string (postgresql://..., postgres://...,
 * or key=value such as "service=duaal" or "host=H dbname=D") opens the
 * team database (duaal-pg-store.h); anything else is a SQLite file,
 * created when missing (duaal_sqlite_store_open()); NULL is the
 * default SQLite file. */
DuaalStore *duaal_store_open          (const char  *location,
                                       GError     **error);
/* As duaal_store_open(), but creates nothing: a missing SQLite file is
 * DUAAL_ERROR_NOT_FOUND. */
DuaalStore *duaal_store_open_existing (const char  *location,
                                       GError     **error);

G_END_DECLS
