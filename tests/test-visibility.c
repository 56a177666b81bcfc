/* test-visibility.c: SPEC section 6, every cell of the table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "duaal-types-private.h"
#include "duaal-visibility.h"

/* The table written out by hand, rows viewer, columns actor
 * (learner, teacher, trainer). */
static const gboolean indicators[4][DUAAL_N_ACTORS] = {
  [DUAAL_VIEWER_LEARNER] = { TRUE,  FALSE, FALSE },
  [DUAAL_VIEWER_TEACHER] = { TRUE,  TRUE,  TRUE  },
  [DUAAL_VIEWER_TRAINER] = { TRUE,  TRUE,  TRUE  },
  [DUAAL_VIEWER_COACH]   = { TRUE,  TRUE,  TRUE  },
};

static const gboolean comments[4][DUAAL_N_ACTORS] = {
  [DUAAL_VIEWER_LEARNER] = { TRUE,  FALSE, FALSE },
  [DUAAL_VIEWER_TEACHER] = { FALSE, TRUE,  FALSE },
  [DUAAL_VIEWER_TRAINER] = { FALSE, FALSE, TRUE  },
  [DUAAL_VIEWER_COACH]   = { TRUE,  TRUE,  TRUE  },
};

static void
test_table (void)
{
  for (DuaalViewer v = DUAAL_VIEWER_LEARNER; v <= DUAAL_VIEWER_COACH; v++)
    for (DuaalActor a = DUAAL_ACTOR_LEARNER; a < DUAAL_N_ACTORS; a++)
      {
        g_test_message ("viewer %s, actor %s", duaal_viewer_to_string (v), duaal_actor_to_string (a));
        g_assert_cmpint (duaal_visibility_can_see_indicators (v, a), ==, indicators[v][a]);
        g_assert_cmpint (duaal_visibility_can_see_comments (v, a), ==, comments[v][a]);
        g_assert_true (duaal_visibility_can_see_summary (v, a));
      }
}

/* Whoever may read a comment may also see the score it belongs to. */
static void
test_comments_imply_indicators (void)
{
  for (DuaalViewer v = DUAAL_VIEWER_LEARNER; v <= DUAAL_VIEWER_COACH; v++)
    for (DuaalActor a = DUAAL_ACTOR_LEARNER; a < DUAAL_N_ACTORS; a++)
      if (duaal_visibility_can_see_comments (v, a))
        g_assert_true (duaal_visibility_can_see_indicators (v, a));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/visibility/table", test_table);
  g_test_add_func ("/visibility/comments-imply-indicators", test_comments_imply_indicators);
  return g_test_run ();
}
