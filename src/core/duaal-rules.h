/* duaal-rules.h: SPEC section 4, 7 as pure functions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-types.h"

G_BEGIN_DECLS

/* One actor's view of one competence of one learner at one moment. */
typedef struct {
  guint n;         /* indicators of the competence */
  guint x;         /* indicators scored X */
  guint lil;       /* indicators scored lil */
  guint v;         /* indicators scored V */
  guint covered;   /* indicators with coverage S or R */
} DuaalTally;

/* Adds one indicator's score to a tally (n is not touched). */
void        duaal_tally_add             (DuaalTally       *tally,
                                         DuaalMastery      mastery,
                                         DuaalCoverage     coverage);

DuaalColour duaal_tally_get_colour      (const DuaalTally *tally);

/* A tally with @colour and @covered of @n, for a summary whose scores
 * the reader may not see (a team database gives a learner the other
 * actors' colour and progress only, SPEC 13): only its colour and
 * progress mean anything.  Every colour a real tally of @n can have
 * comes back from duaal_tally_get_colour(). */
DuaalTally  duaal_tally_for_colour      (DuaalColour       colour,
                                         guint             n,
                                         guint             covered);

/* Progress bar: covered / n, in [0, 1]; 0 when n is 0. */
double      duaal_tally_get_progress    (const DuaalTally *tally);

/* Light and dark green are acquired; grey is neither acquired nor not. */
gboolean    duaal_colour_is_acquired    (DuaalColour       colour);

/* SPEC section 7: how severe the disagreement between the actors'
 * colours is; 0 when the competence does not need attention.  Grey
 * colours (not scored) are left out.  Severity grows with the distance
 * between the extreme colours, and a split acquired/not acquired always
 * counts. */
guint       duaal_attention_severity    (const DuaalColour colours[DUAAL_N_ACTORS]);

G_END_DECLS
