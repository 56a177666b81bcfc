/* duaal-palette-private.h: what only the tests use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-palette.h"

G_BEGIN_DECLS

/* The base colour, components in [0, 1]. */
void duaal_palette_get_rgb              (DuaalColour     colour,
                                         double          rgb[3]);

G_END_DECLS
