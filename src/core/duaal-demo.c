/* duaal-demo.c: the demo class group
 *
 * Everything here is derived from fixed tables and the positions of the
 * competences in the demo qualification, so the demo is the same on
 * every machine and still fits when the qualification file grows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "duaal-demo.h"
#include "duaal-error.h"
#include "duaal-qualification-import-private.h"

#define DEMO_TEACHER "Griet Wouters"
#define DEMO_N_COMPANIES 4
#define DEMO_N_LEARNERS 4
/* The seed's collective gap: placing and connecting an earthing system. */
#define DEMO_GAP_COMPETENCE "c02"
/* The seed's 13-indicator competence, where the actors disagree. */
#define DEMO_DISAGREEMENT_COMPETENCE "c07"

static const char * const demo_companies[DEMO_N_COMPANIES] = {
  "Elektro De Smet bv",
  "Installaties Verhaeghe",
  "Van Damme Elektriciteit",
  "Bouwbedrijf Claeys",
};

/* Learner, company (index above), trainer. */
static const struct {
  const char *name;
  guint       company;
  const char *trainer;
} demo_learners[DEMO_N_LEARNERS] = {
  { "Jonas Peeters", 0, "Karel De Smet" },
  { "Nicolas Van den Broeck", 1, "Els Verhaeghe" },
  { "Lotte Janssens", 2, "Pieter Van Damme" },
  { "Wout Maes", 3, "Sofie Claeys" },
};

/* Which companies have the competence at position i (cycling) on their
 * activity list, bit j for company j: 0xF is collectively covered, the
 * rest mixed.  The gap competence is left out whatever its position. */
static const guint8 activity_patterns[] = { 0xF, 0x0, 0xB, 0x6, 0xF, 0xD, 0x3, 0xE, 0x5, 0x9 };

/* Levels: 0 grey (not scored), 1 red, 2 orange, 3 light green, 4 dark
 * green.  The teacher's level in period 2 per learner and competence
 * position (cycling); the learner rates one step higher, the trainer
 * only scores what the workplace offers, and period 1 (the start of the
 * year) holds the first competences only, each one step lower. */
#define N_LEVEL_COLUMNS 8
#define PERIOD_1_COMPETENCES 7
static const guint8 teacher_levels[DEMO_N_LEARNERS][N_LEVEL_COLUMNS] = {
  { 4, 2, 3, 1, 4, 3, 2, 0 },
  { 3, 1, 2, 4, 0, 2, 3, 1 },
  { 4, 3, 4, 2, 3, 4, 1, 2 },
  { 2, 0, 1, 3, 2, 1, 0, 4 },
};

typedef struct {
  DuaalStore         *store;
  DuaalQualification *qualification;
  gint64              group_id;
  gint64              learner_ids[DEMO_N_LEARNERS];
} Demo;

static void
demo_clear (Demo *demo)
{
  g_clear_object (&demo->qualification);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Demo, demo_clear)

static gboolean
check_not_loaded (DuaalStore  *store,
                  GError     **error)
{
  g_autoptr(GPtrArray) groups = duaal_store_list_groups (store, error);

  if (groups == NULL)
    return FALSE;
  for (guint i = 0; i < groups->len; i++)
    if (g_str_equal (duaal_class_group_get_name (g_ptr_array_index (groups, i)), DUAAL_DEMO_GROUP_NAME))
      {
        g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_CONFLICT,
                     _("The demo is already loaded in this database (class group “%s”)"),
                     DUAAL_DEMO_GROUP_NAME);
        return FALSE;
      }
  return TRUE;
}

static gboolean
import_qualification (Demo    *demo,
                      GError **error)
{
  DuaalImportStatus status;

  /* The file compiled into the core's resources. */
  demo->qualification = duaal_qualification_import_demo (error);
  return demo->qualification != NULL &&
         duaal_store_import_qualification (demo->store, demo->qualification, &status, error);
}

static gboolean
company_has (guint        company,
             guint        position,
             const char  *competence_id)
{
  if (g_str_equal (competence_id, DEMO_GAP_COMPETENCE))
    return FALSE;
  return (activity_patterns[position % G_N_ELEMENTS (activity_patterns)] >> company) & 1;
}

static gboolean
add_companies (Demo    *demo,
               GError **error)
{
  GPtrArray *competences = duaal_qualification_get_competences (demo->qualification);

  for (guint c = 0; c < DEMO_N_COMPANIES; c++)
    {
      g_autoptr(GPtrArray) activities = g_ptr_array_new ();

      for (guint i = 0; i < competences->len; i++)
        {
          const char *id = duaal_competence_get_id (g_ptr_array_index (competences, i));
          if (company_has (c, i, id))
            g_ptr_array_add (activities, (gpointer) id);
        }
      g_ptr_array_add (activities, NULL);
      if (duaal_store_add_company (demo->store, demo_companies[c],
                                   (const char * const *) activities->pdata, error) == 0)
        return FALSE;
    }
  return TRUE;
}

/* The group, its teacher and its learners; the class list goes in as
 * one transaction and the companies are found by name. */
static gboolean
add_group (Demo    *demo,
           GError **error)
{
  DuaalClassRow rows[DEMO_N_LEARNERS];
  DuaalClassImportResult result;
  g_autoptr(GPtrArray) learners = NULL;

  demo->group_id = duaal_store_add_group (demo->store, DUAAL_DEMO_GROUP_NAME,
                                          duaal_qualification_get_code (demo->qualification),
                                          duaal_qualification_get_version (demo->qualification),
                                          error);
  if (demo->group_id == 0 ||
      duaal_store_add_teacher (demo->store, demo->group_id, DEMO_TEACHER, error) == 0)
    return FALSE;

  for (guint l = 0; l < DEMO_N_LEARNERS; l++)
    rows[l] = (DuaalClassRow) { demo_learners[l].name, demo_companies[demo_learners[l].company],
                                demo_learners[l].trainer };
  if (!duaal_store_import_class (demo->store, demo->group_id, rows, DEMO_N_LEARNERS, &result, error))
    return FALSE;

  learners = duaal_store_list_learners (demo->store, demo->group_id, error);
  if (learners == NULL)
    return FALSE;
  for (guint l = 0; l < DEMO_N_LEARNERS; l++)
    for (guint i = 0; i < learners->len; i++)
      {
        DuaalLearner *learner = g_ptr_array_index (learners, i);
        if (g_str_equal (duaal_learner_get_name (learner), demo_learners[l].name))
          demo->learner_ids[l] = duaal_learner_get_id (learner);
      }
  for (guint l = 0; l < DEMO_N_LEARNERS; l++)
    if (demo->learner_ids[l] == 0)
      {
        g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_DATABASE,
                     _("The demo learner “%s” was not stored"), demo_learners[l].name);
        return FALSE;
      }
  return TRUE;
}

/* The level (0 grey .. 4 dark green) @actor gives learner @l on the
 * competence at @position in @period (1 or 2). */
static guint
demo_level (guint        l,
            guint        position,
            const char  *competence_id,
            DuaalActor   actor,
            guint        period)
{
  guint teacher = teacher_levels[l][position % N_LEVEL_COLUMNS];
  guint level;

  /* Jonas says he can do it, so does his trainer; the teacher saw his
   * connections fail on campus: the disagreement SPEC section 7 flags. */
  if (l == 0 && g_str_equal (competence_id, DEMO_DISAGREEMENT_COMPETENCE))
    {
      static const guint8 disagreement[DUAAL_N_ACTORS] = {
        [DUAAL_ACTOR_LEARNER] = 4, [DUAAL_ACTOR_TEACHER] = 1, [DUAAL_ACTOR_TRAINER] = 3,
      };
      level = disagreement[actor];
    }
  else
    {
      switch (actor)
        {
        case DUAAL_ACTOR_LEARNER:
          level = teacher == 0 ? 0 : MIN (teacher + 1, 4);
          break;
        case DUAAL_ACTOR_TRAINER:
          level = company_has (demo_learners[l].company, position, competence_id) ? teacher : 0;
          break;
        case DUAAL_ACTOR_TEACHER:
        default:
          level = teacher;
          break;
        }
    }
  /* Period 1 is the start of the year: the first competences only, each
   * a step behind. */
  if (period == 1)
    return position < PERIOD_1_COMPETENCES && level > 0 ? level - 1 : 0;
  return level;
}

/* The score of indicator @k of @n that makes an actor's competence the
 * colour of @level (SPEC section 4), scoring no more indicators than the
 * colour needs, as early in a year: dark green V on 80%; light green V
 * on half and lil up to 80%; orange lil on half (rounded up); red X on
 * a quarter (at least one). */
static void
demo_cell (guint          level,
           DuaalActor     actor,
           guint          k,
           guint          n,
           DuaalMastery  *mastery,
           DuaalCoverage *coverage)
{
  guint eighty_up = (4 * n + 4) / 5;
  guint half_up = (n + 1) / 2;
  guint quarter = MAX (n / 4, 1);

  *mastery = DUAAL_MASTERY_NONE;
  *coverage = DUAAL_COVERAGE_NONE;
  switch (level)
    {
    case 4:
      *mastery = k < eighty_up ? DUAAL_MASTERY_V : DUAAL_MASTERY_NONE;
      break;
    case 3:
      *mastery = k < n / 2 ? DUAAL_MASTERY_V : k < eighty_up ? DUAAL_MASTERY_LIL : DUAAL_MASTERY_NONE;
      break;
    case 2:
      *mastery = k < half_up ? DUAAL_MASTERY_LIL : DUAAL_MASTERY_NONE;
      break;
    case 1:
      *mastery = k < quarter ? DUAAL_MASTERY_X : DUAAL_MASTERY_NONE;
      break;
    default:
      break;
    }
  if (*mastery == DUAAL_MASTERY_NONE)
    return;
  /* At the workplace the well-mastered things come up often. */
  if (actor == DUAAL_ACTOR_TRAINER)
    *coverage = level >= 3 ? DUAAL_COVERAGE_R : DUAAL_COVERAGE_S;
  else
    *coverage = k % 3 == 2 ? DUAAL_COVERAGE_N : DUAAL_COVERAGE_S;
}

/* A few comments, on the first indicator of the disagreement. */
static const char *
demo_comment (guint         l,
              const char   *competence_id,
              DuaalActor    actor,
              guint         k,
              guint         period)
{
  static const char * const comments[DUAAL_N_ACTORS] = {
    [DUAAL_ACTOR_LEARNER] = "Op de werf trek ik alle leidingen zelf.",
    [DUAAL_ACTOR_TEACHER] = "Buigradius niet gerespecteerd; opnieuw oefenen in het labo.",
    [DUAAL_ACTOR_TRAINER] = "Werkt zelfstandig, controleer nog de diameters.",
  };

  if (l != 0 || k != 0 || period != 2 || !g_str_equal (competence_id, DEMO_DISAGREEMENT_COMPETENCE))
    return NULL;
  return comments[actor];
}

/* Records every score of @period that differs from the period before, so
 * period 2 only adds what changed, as scoring does in a real year.  One
 * transaction for the whole period. */
static gboolean
record_period (Demo    *demo,
               guint    period,
               GError **error)
{
  GPtrArray *competences = duaal_qualification_get_competences (demo->qualification);
  g_autoptr(GArray) scores = g_array_new (FALSE, FALSE, sizeof (DuaalScoreInput));

  for (guint l = 0; l < DEMO_N_LEARNERS; l++)
    for (guint i = 0; i < competences->len; i++)
      {
        DuaalCompetence *competence = g_ptr_array_index (competences, i);
        const char *competence_id = duaal_competence_get_id (competence);
        guint n = duaal_competence_get_n_indicators (competence);

        for (DuaalActor actor = 0; actor < DUAAL_N_ACTORS; actor++)
          {
            guint level = demo_level (l, i, competence_id, actor, period);
            guint before = period > 1 ? demo_level (l, i, competence_id, actor, period - 1) : 0;

            for (guint k = 0; k < n; k++)
              {
                DuaalScoreInput score = {
                  .learner_id = demo->learner_ids[l],
                  .indicator_id = duaal_indicator_get_id (duaal_competence_get_indicator (competence, k)),
                  .actor = actor,
                  .change = {
                    .fields = DUAAL_SCORE_FIELDS_ALL,
                    .comment = demo_comment (l, competence_id, actor, k, period),
                  },
                };
                DuaalScoreChange *change = &score.change;
                DuaalMastery old_mastery;
                DuaalCoverage old_coverage;

                demo_cell (level, actor, k, n, &change->mastery, &change->coverage);
                demo_cell (before, actor, k, n, &old_mastery, &old_coverage);
                if (change->mastery == old_mastery && change->coverage == old_coverage && change->comment == NULL)
                  continue;
                g_array_append_val (scores, score);
              }
          }
      }
  return duaal_store_record_changes (demo->store, (const DuaalScoreInput *) scores->data, scores->len,
                                     NULL, error);
}

gboolean
duaal_demo_load (DuaalStore  *store,
                 gint64      *group_id,
                 guint       *n_learners,
                 GError     **error)
{
  g_auto(Demo) demo = { .store = store };

  g_return_val_if_fail (DUAAL_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_not_loaded (store, error) ||
      !import_qualification (&demo, error) ||
      !add_companies (&demo, error) ||
      !add_group (&demo, error) ||
      !record_period (&demo, 1, error) ||
      duaal_store_close_period (store, demo.group_id, error) == 0 ||
      !record_period (&demo, 2, error))
    return FALSE;

  if (group_id != NULL)
    *group_id = demo.group_id;
  if (n_learners != NULL)
    *n_learners = DEMO_N_LEARNERS;
  return TRUE;
}
