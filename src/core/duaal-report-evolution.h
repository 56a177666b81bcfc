/* duaal-report-evolution.h: a competence's colour from period to period
 *
 * The evolution view (SPEC section 5) shows each competence's colour per
 * actor across the closed periods, with a sign where it went up or
 * down.  What counts as "up" is decided here, once, for the application's
 * evolution page and the PDF reports alike.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-types.h"

G_BEGIN_DECLS

/* 1 when @after is better than @before on red < orange < light green <
 * dark green, -1 when worse, 0 when the same.  Grey is "nothing scored",
 * neither better nor worse than a colour: 0 whenever either is grey. */
int duaal_colour_trend (DuaalColour before,
                        DuaalColour after);

G_END_DECLS
