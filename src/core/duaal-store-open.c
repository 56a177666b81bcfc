/* duaal-store-open.c: opening a store by where it is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-pg-store.h"
#include "duaal-sqlite-store.h"
#include "duaal-store-open.h"

DuaalStore *
duaal_store_open (const char  *location,
                  GError     **error)
{
  if (duaal_pg_store_is_conninfo (location))
    return (DuaalStore *) duaal_pg_store_open (location, error);
  return (DuaalStore *) duaal_sqlite_store_open (location, error);
}

DuaalStore *
duaal_store_open_existing (const char  *location,
                           GError     **error)
{
  if (duaal_pg_store_is_conninfo (location))
    return (DuaalStore *) duaal_pg_store_open (location, error);
  return (DuaalStore *) duaal_sqlite_store_open_existing (location, error);
}
