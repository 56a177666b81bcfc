/* test-attention.c: SPEC section 7 over a hand-made class group
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "attention-check.h"

/* Two competences of five indicators each. */
static DuaalQualification *
make_qualification (void)
{
  GPtrArray *competences = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint c = 1; c <= 2; c++)
    {
      GPtrArray *indicators = g_ptr_array_new_with_free_func (g_object_unref);
      g_autofree char *id = g_strdup_printf ("c%02u", c);
      g_autofree char *title = g_strdup_printf ("Competence %u", c);

      for (guint i = 1; i <= 5; i++)
        {
          g_autofree char *iid = g_strdup_printf ("c%02u.%02u", c, i);
          g_ptr_array_add (indicators, duaal_indicator_new (iid, "Does something"));
        }
      g_ptr_array_add (competences, duaal_competence_new (id, c, title, NULL, NULL, indicators, NULL));
    }
  return duaal_qualification_new ("T-1", 1, "Test", NULL, NULL, 0, NULL, competences);
}

static DuaalStatus *
make_status (guint n_learners)
{
  g_autoptr(DuaalQualification) qualification = make_qualification ();
  g_autoptr(GPtrArray) learners = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint l = 1; l <= n_learners; l++)
    {
      g_autofree char *name = g_strdup_printf ("Learner %u", l);
      g_ptr_array_add (learners, duaal_learner_new (l, 1, name, 1, "Company", 0, NULL));
    }
  return duaal_status_new (qualification, 0, learners);
}

/* Scores the first @count indicators of competence @c for one actor. */
static void
score (DuaalStatus  *status,
       gint64        learner,
       guint         c,
       DuaalActor    actor,
       DuaalMastery  mastery,
       guint         count)
{
  for (guint i = 1; i <= count; i++)
    {
      g_autofree char *iid = g_strdup_printf ("c%02u.%02u", c, i);
      g_assert_true (duaal_status_set_cell (status, learner, iid, actor, mastery,
                                            DUAAL_COVERAGE_S, NULL, 1));
    }
}

static void
test_agreement_is_absent (void)
{
  g_autoptr(DuaalStatus) status = make_status (1);
  g_autoptr(GPtrArray) items = NULL;

  /* all three say dark green; competence 2 scored by nobody */
  score (status, 1, 1, DUAAL_ACTOR_LEARNER, DUAAL_MASTERY_V, 5);
  score (status, 1, 1, DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_V, 4);
  score (status, 1, 1, DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_LIL, 5);
  items = duaal_attention_collect (status);
  g_assert_cmpuint (items->len, ==, 0);
}

static void
test_teacher_red_heads_list (void)
{
  g_autoptr(DuaalStatus) status = make_status (3);
  g_autoptr(GPtrArray) items = NULL;
  DuaalAttentionItem *first;

  /* learner 1, competence 2: orange (teacher) against light green: one step across */
  score (status, 1, 2, DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_LIL, 3);
  score (status, 1, 2, DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_LIL, 4);
  /* learner 2, competence 1: agreement (red, red) */
  score (status, 2, 1, DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_X, 5);
  score (status, 2, 1, DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_X, 2);
  /* learner 3, competence 1: teacher red, learner and trainer acquired */
  score (status, 3, 1, DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_X, 5);
  score (status, 3, 1, DUAAL_ACTOR_LEARNER, DUAAL_MASTERY_V, 5);
  score (status, 3, 1, DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_LIL, 4);

  items = duaal_attention_collect (status);
  g_assert_cmpuint (items->len, ==, 2);
  first = g_ptr_array_index (items, 0);
  g_assert_cmpint (first->learner_id, ==, 3);
  g_assert_cmpstr (first->competence_id, ==, "c01");
  g_assert_cmpint (first->colours[DUAAL_ACTOR_TEACHER], ==, DUAAL_COLOUR_RED);
  g_assert_cmpint (first->colours[DUAAL_ACTOR_LEARNER], ==, DUAAL_COLOUR_DARK_GREEN);
  g_assert_cmpint (first->colours[DUAAL_ACTOR_TRAINER], ==, DUAAL_COLOUR_LIGHT_GREEN);
  /* all five indicators: X by the teacher, V by the learner */
  g_assert_cmpuint (first->indicators->len, ==, 5);
  g_assert_cmpstr (g_ptr_array_index (first->indicators, 0), ==, "c01.01");

  g_assert_cmpint (((DuaalAttentionItem *) g_ptr_array_index (items, 1))->learner_id, ==, 1);
  g_assert_cmpuint (((DuaalAttentionItem *) g_ptr_array_index (items, 1))->indicators->len, ==, 0);
}

/* duaal_attention_assess, the rule a store applies on each write, and
 * duaal_attention_collect, which applies it to a whole status, agree on
 * every (learner, competence) of random statuses. */
static void
test_assess_is_collect (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);

  for (guint round = 0; round < 50; round++)
    {
      g_autoptr(DuaalStatus) status = make_status (4);
      g_autoptr(GPtrArray) collected = NULL;
      g_autoptr(GPtrArray) assessed = g_ptr_array_new_with_free_func ((GDestroyNotify) duaal_attention_item_free);
      DuaalQualification *qualification = duaal_status_get_qualification (status);

      for (guint n = 0; n < 40; n++)
        {
          g_autofree char *iid = g_strdup_printf ("c%02d.%02d", g_rand_int_range (rand, 1, 3),
                                                  g_rand_int_range (rand, 1, 6));
          g_assert_true (duaal_status_set_cell (status, g_rand_int_range (rand, 1, 5), iid,
                                                g_rand_int_range (rand, 0, DUAAL_N_ACTORS),
                                                g_rand_int_range (rand, 0, DUAAL_MASTERY_V + 1),
                                                DUAAL_COVERAGE_S, NULL, 1));
        }
      for (gint64 l = 1; l <= 4; l++)
        for (guint c = 0; c < duaal_qualification_get_n_competences (qualification); c++)
          {
            DuaalCompetence *competence = duaal_qualification_get_competence (qualification, c);
            DuaalIndicatorMasteries indicators[5] = { { 0 } };
            DuaalAttentionItem *item;

            for (guint i = 0; i < 5; i++)
              {
                indicators[i].indicator_id = duaal_indicator_get_id (duaal_competence_get_indicator (competence, i));
                for (guint a = 0; a < DUAAL_N_ACTORS; a++)
                  {
                    const DuaalCell *cell = duaal_status_get_cell (status, l, indicators[i].indicator_id, a);
                    indicators[i].mastery[a] = cell != NULL ? cell->mastery : DUAAL_MASTERY_NONE;
                  }
              }
            item = duaal_attention_assess (l, duaal_competence_get_id (competence), indicators, 5);
            if (item != NULL)
              g_ptr_array_add (assessed, item);
          }
      duaal_attention_sort (assessed);
      collected = duaal_attention_collect (status);

      assert_attention_lists_equal (assessed, collected);
    }
}

/* One actor alone never needs attention, however red; an indicator
 * scored lil by one and V by another is no opposite. */
static void
test_assess_edges (void)
{
  DuaalIndicatorMasteries alone[2] = {
    { "a.1", { DUAAL_MASTERY_X, DUAAL_MASTERY_NONE, DUAAL_MASTERY_NONE } },
    { "a.2", { DUAAL_MASTERY_X, DUAAL_MASTERY_NONE, DUAAL_MASTERY_NONE } },
  };
  DuaalIndicatorMasteries split[2] = {
    { "a.1", { DUAAL_MASTERY_X, DUAAL_MASTERY_V, DUAAL_MASTERY_NONE } },
    { "a.2", { DUAAL_MASTERY_LIL, DUAAL_MASTERY_V, DUAAL_MASTERY_NONE } },
  };
  g_autoptr(DuaalAttentionItem) item = NULL;

  g_assert_null (duaal_attention_assess (1, "a", alone, 2));
  g_assert_null (duaal_attention_assess (1, "a", NULL, 0));

  /* learner: X, lil -> orange; teacher V, V -> dark green: two steps */
  item = duaal_attention_assess (1, "a", split, 2);
  g_assert_nonnull (item);
  g_assert_cmpuint (item->severity, ==, 2);
  g_assert_cmpint (item->colours[DUAAL_ACTOR_LEARNER], ==, DUAAL_COLOUR_ORANGE);
  g_assert_cmpint (item->colours[DUAAL_ACTOR_TEACHER], ==, DUAAL_COLOUR_DARK_GREEN);
  g_assert_cmpint (item->colours[DUAAL_ACTOR_TRAINER], ==, DUAAL_COLOUR_GREY);
  g_assert_cmpuint (item->indicators->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (item->indicators, 0), ==, "a.1");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/attention/agreement-absent", test_agreement_is_absent);
  g_test_add_func ("/attention/teacher-red-heads", test_teacher_red_heads_list);
  g_test_add_func ("/attention/assess-is-collect", test_assess_is_collect);
  g_test_add_func ("/attention/assess-edges", test_assess_edges);
  return g_test_run ();
}
