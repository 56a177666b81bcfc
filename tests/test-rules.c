/* test-rules.c: SPEC section 4 and 7 pinned at every boundary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "duaal-rules.h"

/* The thresholds written out by hand from "80% or more" and "50% or
 * more" of n, so the test does not share the code's arithmetic:
 * 80% of 13 is 10.4, so 11 indicators are needed; 80% of 10 is 8 itself. */
typedef struct {
  guint n;
  guint green_min;   /* V (dark) or lil + V (light) needed for green */
  guint orange_min;  /* lil + V needed for orange */
} Threshold;

static const Threshold thresholds[] = {
  { 1, 1, 1 },
  { 2, 2, 1 },
  { 3, 3, 2 },
  { 5, 4, 3 },
  { 7, 6, 4 },
  { 10, 8, 5 },
  { 13, 11, 7 },
};

static DuaalColour
colour_of (guint n, guint x, guint lil, guint v)
{
  DuaalTally tally = { .n = n, .x = x, .lil = lil, .v = v };
  return duaal_tally_get_colour (&tally);
}

static DuaalColour
expected_colour (const Threshold *t, guint x, guint lil, guint v)
{
  if (x + lil + v == 0)
    return DUAAL_COLOUR_GREY;
  if (v >= t->green_min)
    return DUAAL_COLOUR_DARK_GREEN;
  if (lil + v >= t->green_min)
    return DUAAL_COLOUR_LIGHT_GREEN;
  if (lil + v >= t->orange_min)
    return DUAAL_COLOUR_ORANGE;
  return DUAAL_COLOUR_RED;
}

/* Every possible score of every n in the table, partly scored included. */
static void
test_colour_exhaustive (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (thresholds); i++)
    {
      const Threshold *t = &thresholds[i];
      for (guint x = 0; x <= t->n; x++)
        for (guint lil = 0; x + lil <= t->n; lil++)
          for (guint v = 0; x + lil + v <= t->n; v++)
            {
              DuaalColour got = colour_of (t->n, x, lil, v);
              DuaalColour want = expected_colour (t, x, lil, v);
              if (got != want)
                g_error ("n=%u X=%u lil=%u V=%u: got %s, want %s", t->n, x, lil, v,
                         duaal_colour_to_string (got), duaal_colour_to_string (want));
            }
    }
}

/* The boundaries spelled out one by one, for the reader. */
static void
test_colour_boundaries (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (thresholds); i++)
    {
      const Threshold *t = &thresholds[i];
      guint n = t->n;

      /* exactly at the dark green line, and one below it */
      g_assert_cmpint (colour_of (n, n - t->green_min, 0, t->green_min), ==, DUAAL_COLOUR_DARK_GREEN);
      if (t->green_min >= 1)
        g_assert_cmpint (colour_of (n, n - t->green_min, 1, t->green_min - 1), ==, DUAAL_COLOUR_LIGHT_GREEN);
      /* light green with only lil, and one lil short of it */
      g_assert_cmpint (colour_of (n, 0, t->green_min, 0), ==,
                       t->green_min == 0 ? DUAAL_COLOUR_GREY : DUAAL_COLOUR_LIGHT_GREEN);
      if (t->green_min - 1 >= t->orange_min)
        g_assert_cmpint (colour_of (n, 1, t->green_min - 1, 0), ==, DUAAL_COLOUR_ORANGE);
      /* orange exactly at 50%, red one below it */
      if (t->orange_min < t->green_min)
        g_assert_cmpint (colour_of (n, n - t->orange_min, t->orange_min, 0), ==, DUAAL_COLOUR_ORANGE);
      g_assert_cmpint (colour_of (n, n - t->orange_min + 1, t->orange_min - 1, 0), ==, DUAAL_COLOUR_RED);
    }
}

static void
test_colour_special (void)
{
  /* unscored */
  g_assert_cmpint (colour_of (13, 0, 0, 0), ==, DUAAL_COLOUR_GREY);
  /* X only */
  g_assert_cmpint (colour_of (13, 13, 0, 0), ==, DUAAL_COLOUR_RED);
  g_assert_cmpint (colour_of (13, 1, 0, 0), ==, DUAAL_COLOUR_RED);
  /* partly scored: unscored indicators count as not acquired */
  g_assert_cmpint (colour_of (13, 0, 0, 10), ==, DUAAL_COLOUR_ORANGE);
  g_assert_cmpint (colour_of (13, 0, 0, 6), ==, DUAAL_COLOUR_RED);
  g_assert_cmpint (colour_of (13, 0, 7, 0), ==, DUAAL_COLOUR_ORANGE);
  g_assert_cmpint (colour_of (10, 0, 0, 8), ==, DUAAL_COLOUR_DARK_GREEN);
  g_assert_cmpint (colour_of (10, 0, 1, 7), ==, DUAAL_COLOUR_LIGHT_GREEN);
  /* no indicators at all */
  g_assert_cmpint (colour_of (0, 0, 0, 0), ==, DUAAL_COLOUR_GREY);
}

static void
test_progress (void)
{
  DuaalTally t = { .n = 13 };

  g_assert_cmpfloat (duaal_tally_get_progress (&t), ==, 0.0);
  duaal_tally_add (&t, DUAAL_MASTERY_NONE, DUAAL_COVERAGE_N);
  g_assert_cmpuint (t.covered, ==, 0);
  duaal_tally_add (&t, DUAAL_MASTERY_X, DUAAL_COVERAGE_S);
  duaal_tally_add (&t, DUAAL_MASTERY_V, DUAAL_COVERAGE_R);
  g_assert_cmpuint (t.covered, ==, 2);
  g_assert_cmpuint (t.x, ==, 1);
  g_assert_cmpuint (t.v, ==, 1);
  g_assert_cmpfloat_with_epsilon (duaal_tally_get_progress (&t), 2.0 / 13.0, 1e-12);
}

static void
test_acquired (void)
{
  g_assert_false (duaal_colour_is_acquired (DUAAL_COLOUR_GREY));
  g_assert_false (duaal_colour_is_acquired (DUAAL_COLOUR_RED));
  g_assert_false (duaal_colour_is_acquired (DUAAL_COLOUR_ORANGE));
  g_assert_true (duaal_colour_is_acquired (DUAAL_COLOUR_LIGHT_GREEN));
  g_assert_true (duaal_colour_is_acquired (DUAAL_COLOUR_DARK_GREEN));
}

static guint
severity (DuaalColour a, DuaalColour b, DuaalColour c)
{
  DuaalColour colours[DUAAL_N_ACTORS] = { a, b, c };
  return duaal_attention_severity (colours);
}

static void
test_attention (void)
{
  const DuaalColour G = DUAAL_COLOUR_GREY, R = DUAAL_COLOUR_RED, O = DUAAL_COLOUR_ORANGE,
                    L = DUAAL_COLOUR_LIGHT_GREEN, D = DUAAL_COLOUR_DARK_GREEN;

  /* agreement */
  g_assert_cmpuint (severity (R, R, R), ==, 0);
  g_assert_cmpuint (severity (L, D, D), ==, 0);
  g_assert_cmpuint (severity (R, O, G), ==, 0);
  /* only one actor scored, or none */
  g_assert_cmpuint (severity (G, G, D), ==, 0);
  g_assert_cmpuint (severity (G, G, G), ==, 0);
  /* acquired against not acquired, one step */
  g_assert_cmpuint (severity (O, L, G), >, 0);
  /* two steps apart on the same side cannot happen; two steps across */
  g_assert_cmpuint (severity (R, L, G), >, 0);
  /* most severe: red against dark green */
  g_assert_cmpuint (severity (R, D, D), >, severity (O, D, D));
  g_assert_cmpuint (severity (O, D, D), >, severity (O, L, L));
  /* grey does not take part */
  g_assert_cmpuint (severity (G, D, D), ==, 0);
}

/* Every colour a real tally of n indicators can have, a summary of that
 * colour gives back (team database, a learner reading a summary). */
static void
test_tally_for_colour (void)
{
  for (guint n = 0; n <= 30; n++)
    {
      gboolean possible[DUAAL_COLOUR_DARK_GREEN + 1] = { FALSE };

      for (guint x = 0; x <= n; x++)
        for (guint lil = 0; x + lil <= n; lil++)
          for (guint v = 0; x + lil + v <= n; v++)
            {
              DuaalTally tally = { .n = n, .x = x, .lil = lil, .v = v };

              possible[duaal_tally_get_colour (&tally)] = TRUE;
            }
      for (DuaalColour colour = 0; colour <= DUAAL_COLOUR_DARK_GREEN; colour++)
        {
          DuaalTally summary = duaal_tally_for_colour (colour, n, n / 3);

          g_assert_cmpuint (summary.x + summary.lil + summary.v, <=, n);
          g_assert_cmpuint (summary.covered, ==, n / 3);
          if (possible[colour])
            g_assert_cmpint (duaal_tally_get_colour (&summary), ==, colour);
        }
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/rules/colour/exhaustive", test_colour_exhaustive);
  g_test_add_func ("/rules/colour/boundaries", test_colour_boundaries);
  g_test_add_func ("/rules/colour/special", test_colour_special);
  g_test_add_func ("/rules/progress", test_progress);
  g_test_add_func ("/rules/acquired", test_acquired);
  g_test_add_func ("/rules/attention", test_attention);
  g_test_add_func ("/rules/tally-for-colour", test_tally_for_colour);
  return g_test_run ();
}
