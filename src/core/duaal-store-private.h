/* duaal-store-private.h: store calls only the tests use (a later team-database CLI will use them)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-store.h"

G_BEGIN_DECLS

DuaalCompany       *duaal_store_get_company            (DuaalStore *self, gint64 company_id, GError **error);

GPtrArray          *duaal_store_list_teachers          (DuaalStore *self, gint64 group_id, GError **error);

GPtrArray          *duaal_store_list_trainers          (DuaalStore *self, gint64 company_id, GError **error);

G_END_DECLS
