/* duaal-types-private.h: what only the tests use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-types.h"

G_BEGIN_DECLS

const char *duaal_viewer_to_string   (DuaalViewer   viewer);

G_END_DECLS
