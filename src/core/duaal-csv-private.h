/* duaal-csv-private.h: what only the tests and the core's own readers use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-csv.h"

G_BEGIN_DECLS

/* A whole row at once (array zero-terminated=1). */
void                duaal_csv_append_row       (GString             *out,
                                                const char * const  *fields);

/* The header's names, lower-case, in file order (array zero-terminated=1).
 * A trailing separator gives a nameless column, listed as "": it has no
 * values, so duaal_csv_get_value() never finds it. */
const char * const *duaal_csv_get_columns      (DuaalCsv            *self);

/* ',' or ';' */
char                duaal_csv_get_separator    (DuaalCsv            *self);

gboolean            duaal_csv_has_column       (DuaalCsv            *self,
                                                const char          *column);

G_END_DECLS
