/* duaal-rules.c: SPEC section 4 and 7
 *
 * All thresholds use integer arithmetic: "p% of n" is compared as
 * count * 100 >= p * n, so no rounding can move a boundary.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "duaal-rules.h"

void
duaal_tally_add (DuaalTally    *tally,
                 DuaalMastery   mastery,
                 DuaalCoverage  coverage)
{
  switch (mastery)
    {
    case DUAAL_MASTERY_X: tally->x++; break;
    case DUAAL_MASTERY_LIL: tally->lil++; break;
    case DUAAL_MASTERY_V: tally->v++; break;
    case DUAAL_MASTERY_NONE:
    default: break;
    }
  if (coverage == DUAAL_COVERAGE_S || coverage == DUAAL_COVERAGE_R)
    tally->covered++;
}

static gboolean
at_least_percent (guint count,
                  guint percent,
                  guint n)
{
  return (guint64) count * 100 >= (guint64) percent * n;
}

DuaalColour
duaal_tally_get_colour (const DuaalTally *tally)
{
  guint supported_or_autonomous = tally->lil + tally->v;

  if (tally->n == 0 || tally->x + tally->lil + tally->v == 0)
    return DUAAL_COLOUR_GREY;
  if (at_least_percent (tally->v, 80, tally->n))
    return DUAAL_COLOUR_DARK_GREEN;
  if (at_least_percent (supported_or_autonomous, 80, tally->n))
    return DUAAL_COLOUR_LIGHT_GREEN;
  if (at_least_percent (supported_or_autonomous, 50, tally->n))
    return DUAAL_COLOUR_ORANGE;
  return DUAAL_COLOUR_RED;
}

DuaalTally
duaal_tally_for_colour (DuaalColour colour,
                        guint       n,
                        guint       covered)
{
  DuaalTally tally = { .n = n, .covered = MIN (covered, n) };

  switch (colour)
    {
    case DUAAL_COLOUR_DARK_GREEN:
      tally.v = n;
      break;
    case DUAAL_COLOUR_LIGHT_GREEN:
      tally.lil = n;
      break;
    case DUAAL_COLOUR_ORANGE:
      tally.lil = (n + 1) / 2;
      tally.x = n - tally.lil;
      break;
    case DUAAL_COLOUR_RED:
      tally.x = n;
      break;
    case DUAAL_COLOUR_GREY:
    default:
      break;
    }
  return tally;
}

double
duaal_tally_get_progress (const DuaalTally *tally)
{
  if (tally->n == 0)
    return 0.0;
  return (double) MIN (tally->covered, tally->n) / (double) tally->n;
}

gboolean
duaal_colour_is_acquired (DuaalColour colour)
{
  return colour == DUAAL_COLOUR_LIGHT_GREEN || colour == DUAAL_COLOUR_DARK_GREEN;
}

guint
duaal_attention_severity (const DuaalColour colours[DUAAL_N_ACTORS])
{
  DuaalColour lowest = DUAAL_COLOUR_DARK_GREEN;
  DuaalColour highest = DUAAL_COLOUR_RED;
  guint scored = 0;
  guint distance;

  for (guint i = 0; i < DUAAL_N_ACTORS; i++)
    {
      if (colours[i] == DUAAL_COLOUR_GREY)
        continue;
      scored++;
      lowest = MIN (lowest, colours[i]);
      highest = MAX (highest, colours[i]);
    }

  if (scored < 2)
    return 0;

  distance = highest - lowest;
  if (distance >= 2)
    return distance;
  /* One step apart matters only across the acquired line (orange vs
   * light green). */
  if (duaal_colour_is_acquired (highest) != duaal_colour_is_acquired (lowest))
    return 1;
  return 0;
}
