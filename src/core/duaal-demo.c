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

/* ------------------------------------------------------------------ */
/* The learning line and evaluation in practice (SPEC sections 14, 15) */

/* Which contexts of the learning line (bit i for the i-th) each company
 * offers: De Smet the two dwellings, Verhaeghe renovation, Van Damme the
 * dwelling, the kitchen and the acceptance test, Claeys the apartment. */
static const guint8 demo_company_contexts[DEMO_N_COMPANIES] = { 0x3, 0x6, 0xD, 0x2 };

/* Lesson scenarios; none aims at the earthing system, the gap. */
static const struct {
  DuaalScenarioTexts texts;
  const char        *competences[3];
} demo_scenarios[] = {
  { { "Schakelingen in een slaapkamer", "Lesscenario praktijk",
      "De leerling sluit een enkelpolige schakeling, een wisselschakeling en een "
      "contactdoos met randaarde aan volgens het eendraadschema.",
      "Schema lezen, dozen plaatsen op het oefenpaneel, aansluiten, samen controleren "
      "met de checklist.", 2 },
    { "c03", "c04", NULL } },
  { { "Een verdeelbord opbouwen", "Lesscenario praktijk",
      "De leerling bouwt een verdeelbord op met verschilschakelaar en automaten en "
      "benoemt elke kring.",
      "Demonstratie, opbouw in duo's, eindcontrole door de leraar.", 3 },
    { "c05", NULL } },
  { { "Meten voor de keuring", "Lesscenario labo",
      "De leerling meet isolatieweerstand en verschilschakelaar en toetst de waarden "
      "aan het AREI.",
      "Meettoestellen verkennen, metingen op de proefopstelling, meetrapport invullen.", 1 },
    { "c08", NULL } },
};

/* Units chosen for period 2, the current one; Wout has not chosen yet. */
static const char * const demo_unit_choices[DEMO_N_LEARNERS][3] = {
  { "OO1", NULL }, { "OO1", "OO2", NULL }, { "OO2", NULL }, { NULL },
};

/* The trainers' workplace results of the closed period 1, in tenths of
 * a percent: all sufficient, so the demo's learners all can qualify. */
static const guint demo_workplace_results[DEMO_N_LEARNERS] = { 685, 720, 610, 565 };

/* The coach's visits to Jonas's workplace, how many days ago and what
 * was noted; the other learners' visits are still due. */
static const struct {
  guint       learner;
  guint       days_ago;
  const char *notes;
} demo_visits[] = {
  { 0, 70, "Kennismaking met Karel De Smet; Jonas begint op een nieuwbouwwerf." },
  { 0, 14, "Jonas trekt zelfstandig kringen; aandacht voor de buigradius van de buizen." },
};

static gint64
company_id_named (GPtrArray  *companies,
                  const char *name)
{
  for (guint i = 0; i < companies->len; i++)
    if (g_str_equal (duaal_company_get_name (g_ptr_array_index (companies, i)), name))
      return duaal_company_get_id (g_ptr_array_index (companies, i));
  return 0;
}

static gboolean
offer_contexts (Demo       *demo,
                GPtrArray  *contexts,
                GError    **error)
{
  g_autoptr(GPtrArray) companies = duaal_store_list_companies (demo->store, error);

  if (companies == NULL)
    return FALSE;
  for (guint c = 0; c < DEMO_N_COMPANIES; c++)
    {
      g_autoptr(GArray) offered = g_array_new (FALSE, FALSE, sizeof (gint64));

      for (guint i = 0; i < contexts->len; i++)
        if ((demo_company_contexts[c] >> i) & 1)
          {
            gint64 id = duaal_context_get_id (g_ptr_array_index (contexts, i));
            g_array_append_val (offered, id);
          }
      if (!duaal_store_set_company_contexts (demo->store, company_id_named (companies, demo_companies[c]),
                                             offered, error))
        return FALSE;
    }
  return TRUE;
}

/* The qualification file brings the contexts; the companies offer them,
 * Jonas's trainer has confirmed the first one done, and the teachers
 * have written lesson scenarios. */
static gboolean
add_learning_line (Demo    *demo,
                   GError **error)
{
  const char *code = duaal_qualification_get_code (demo->qualification);
  guint version = duaal_qualification_get_version (demo->qualification);
  g_autoptr(GPtrArray) contexts = duaal_store_list_contexts (demo->store, code, version, error);

  /* No contexts when the qualification was in the database before,
   * imported from a file without them: the scenarios still come. */
  if (contexts == NULL ||
      !offer_contexts (demo, contexts, error) ||
      (contexts->len > 0 &&
       !duaal_store_set_context_done (demo->store, demo->learner_ids[0],
                                      duaal_context_get_id (g_ptr_array_index (contexts, 0)), TRUE, error)))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (demo_scenarios); i++)
    if (duaal_store_add_scenario (demo->store, code, version, &demo_scenarios[i].texts,
                                  demo_scenarios[i].competences, error) == 0)
      return FALSE;
  return TRUE;
}

/* Unit choices for the current period, the closed period's workplace
 * results and two visits to Jonas, the latest two weeks ago. */
static gboolean
add_evaluation (Demo    *demo,
                GError **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  for (guint l = 0; l < DEMO_N_LEARNERS; l++)
    if (demo_unit_choices[l][0] != NULL &&
        !duaal_store_choose_units (demo->store, demo->learner_ids[l], 2, demo_unit_choices[l], NULL, error))
      return FALSE;
  for (guint l = 0; l < DEMO_N_LEARNERS; l++)
    if (!duaal_store_set_workplace_result (demo->store, demo->learner_ids[l], 1,
                                           demo_workplace_results[l], error))
      return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (demo_visits); i++)
    {
      g_autoptr(GDateTime) then = g_date_time_add_days (now, -(gint) demo_visits[i].days_ago);
      g_autoptr(GDate) day = g_date_new_dmy (g_date_time_get_day_of_month (then),
                                             g_date_time_get_month (then),
                                             g_date_time_get_year (then));

      if (duaal_store_add_visit (demo->store, demo->learner_ids[demo_visits[i].learner], day,
                                 demo_visits[i].notes, error) == 0)
        return FALSE;
    }
  return TRUE;
}

/* The learning line, then evaluation: every backend holds both. */
static gboolean
add_practice (Demo    *demo,
              GError **error)
{
  return add_learning_line (demo, error) && add_evaluation (demo, error);
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
      !record_period (&demo, 2, error) ||
      !add_practice (&demo, error))
    return FALSE;

  if (group_id != NULL)
    *group_id = demo.group_id;
  if (n_learners != NULL)
    *n_learners = DEMO_N_LEARNERS;
  return TRUE;
}
