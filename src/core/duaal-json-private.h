/* duaal-json-private.h: what only the tests use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-json.h"

G_BEGIN_DECLS

/* Not finite (NaN, infinity) writes null: JSON has no such numbers. */
void        duaal_json_double          (DuaalJson  *self,
                                        double      value);

G_END_DECLS
