/* duaal-report-evolution.c: a competence's colour from period to period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-report-evolution.h"

int
duaal_colour_trend (DuaalColour before,
                    DuaalColour after)
{
  if (before == DUAAL_COLOUR_GREY || after == DUAAL_COLOUR_GREY || before == after)
    return 0;
  return after > before ? 1 : -1;
}
