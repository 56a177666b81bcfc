/* duaal-json-private.h: what only the tests use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-json.h"

G_BEGIN_DECLS


G_END_DECLS
