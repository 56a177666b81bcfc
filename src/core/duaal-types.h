/* duaal-types.h: the small vocabulary every part of Duaal shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The three actors that score (SPEC section 2). */
typedef enum {
  DUAAL_ACTOR_LEARNER,
  DUAAL_ACTOR_TEACHER,
  DUAAL_ACTOR_TRAINER,
} DuaalActor;

#define DUAAL_N_ACTORS 3

/* Who looks at the data (SPEC section 6): the actors plus the coach. */
typedef enum {
  DUAAL_VIEWER_LEARNER = DUAAL_ACTOR_LEARNER,
  DUAAL_VIEWER_TEACHER = DUAAL_ACTOR_TEACHER,
  DUAAL_VIEWER_TRAINER = DUAAL_ACTOR_TRAINER,
  DUAAL_VIEWER_COACH,
} DuaalViewer;

typedef enum {
  DUAAL_MASTERY_NONE,   /* not scored */
  DUAAL_MASTERY_X,      /* not mastered */
  DUAAL_MASTERY_LIL,    /* mastered with support */
  DUAAL_MASTERY_V,      /* autonomous */
} DuaalMastery;

typedef enum {
  DUAAL_COVERAGE_NONE,  /* not scored */
  DUAAL_COVERAGE_N,     /* not yet */
  DUAAL_COVERAGE_S,     /* sometimes: 3 times or fewer */
  DUAAL_COVERAGE_R,     /* regularly: more than 3 times */
} DuaalCoverage;

/* Ordered: grey < red < orange < light green < dark green. */
typedef enum {
  DUAAL_COLOUR_GREY,
  DUAAL_COLOUR_RED,
  DUAAL_COLOUR_ORANGE,
  DUAAL_COLOUR_LIGHT_GREEN,
  DUAAL_COLOUR_DARK_GREEN,
} DuaalColour;

#define DUAAL_N_COLOURS 5

/* Machine names, as in JSON and on the command line. */
const char *duaal_actor_to_string    (DuaalActor    actor);
gboolean    duaal_actor_from_string  (const char   *str,
                                      DuaalActor   *actor);
gboolean    duaal_viewer_from_string (const char   *str,
                                      DuaalViewer  *viewer);
const char *duaal_mastery_to_string  (DuaalMastery  mastery);   /* "X", "lil", "V", NULL for none */
gboolean    duaal_mastery_from_string(const char   *str,        /* also accepts "none" */
                                      DuaalMastery *mastery);
const char *duaal_coverage_to_string (DuaalCoverage coverage);  /* "N", "S", "R", NULL for none */
gboolean    duaal_coverage_from_string (const char    *str,
                                        DuaalCoverage *coverage);
const char *duaal_colour_to_string   (DuaalColour   colour);    /* "grey", "red", "orange", "light-green", "dark-green" */

/* Translated labels for people (Dutch under nl). */
const char *duaal_actor_get_label    (DuaalActor    actor);
const char *duaal_viewer_get_label   (DuaalViewer   viewer);
const char *duaal_colour_get_label   (DuaalColour   colour);
const char *duaal_mastery_get_label  (DuaalMastery  mastery);
const char *duaal_coverage_get_label (DuaalCoverage coverage);

G_END_DECLS
