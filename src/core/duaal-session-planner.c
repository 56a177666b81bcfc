/* duaal-session-planner.c
 *
 * The planner simulates the campus session by session (list
 * scheduling): whenever fewer than g groups are running, it starts the
 * best group that can start now, a group being a competence with the
 * learners who still need it and are free.  Which group is "best" and
 * whether a competence may be split over several groups (when some of
 * its learners are busy) are the knobs of a strategy; the planner runs a
 * fixed list of strategies and then deterministic random variations, and
 * keeps the shortest plan (fewest groups on a tie, then the earliest
 * strategy, so the seed's own reasoning wins when it is as good).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "duaal-error.h"
#include "duaal-session-planner.h"
#include "duaal-xlsx.h"

/* Deterministic random variations tried after the fixed strategies. */
#define N_RANDOM_STRATEGIES 100
/* Random strategies in a row that may fail to improve before the search
 * stops: keeps a class group's plan well under 20 ms (duaal-bench). */
#define MAX_STALE_STRATEGIES 24
#define RANDOM_STRATEGY_SEED 20261123

typedef struct {
  guint           n_learners;
  guint           n_competences;
  guint           max_groups;
  const guint    *durations;   /* n_competences */
  const gboolean *needs;       /* [l * n_competences + c] */
  const gboolean *gaps;        /* n_competences */
} Problem;

typedef enum {
  SPLIT_NEVER,    /* start a competence only when all its learners are free */
  SPLIT_HALF,     /* ... or at least half of them */
  SPLIT_ALWAYS,   /* any free learners who need it */
} SplitPolicy;

/* A candidate group scores
 *   load * max remaining load of its learners + duration * d
 *   + size * learners + work * d * learners + noise;
 * the highest score starts first, ties in qualification order. */
typedef struct {
  SplitPolicy split;
  double      load;
  double      duration;
  double      size;
  double      work;
  double      noise;
  /* Rule 3 lets no other group start before the last collective gap
   * has started, so starting short gaps first can free learners sooner. */
  gboolean    gaps_shortest_first;
} Strategy;

/* The brief's order first: longest remaining learner load, then d, then
 * most learners.  The others cover what it misses. */
static const Strategy fixed_strategies[] = {
  { SPLIT_ALWAYS, 10000, 100, 1, 0, 0, FALSE },
  { SPLIT_ALWAYS, 10000, 100, 1, 0, 0, TRUE },
  { SPLIT_NEVER,  10000, 100, 1, 0, 0, FALSE },
  { SPLIT_NEVER,  10000, 100, 1, 0, 0, TRUE },
  { SPLIT_HALF,   10000, 100, 1, 0, 0, FALSE },
  { SPLIT_HALF,   10000, 100, 1, 0, 0, TRUE },
  { SPLIT_ALWAYS, 10000, 1, 100, 0, 0, FALSE },
  { SPLIT_HALF,   10000, 1, 100, 0, 0, TRUE },
  { SPLIT_ALWAYS, 100, 1, 1, 10000, 0, FALSE },
  { SPLIT_NEVER,  100, 1, 1, 10000, 0, TRUE },
  { SPLIT_ALWAYS, 1, 10000, 100, 0, 0, FALSE },
  { SPLIT_NEVER,  1, 100, 10000, 0, 0, TRUE },
};

typedef struct {
  guint   competence;
  guint   first;       /* 1-based session */
  guint   duration;
  GArray *members;     /* guint, ascending */
} Group;

static void
group_free (gpointer data)
{
  Group *group = data;
  g_array_unref (group->members);
  g_free (group);
}

static guint
group_last (const Group *group)
{
  return group->first + group->duration - 1;
}

/* Everything one simulation run changes. */
typedef struct {
  const Problem *problem;
  gboolean      *pending;   /* needs not yet given a group */
  guint         *free_at;   /* first session a learner is free */
  guint         *load;      /* sum of d over a learner's pending needs */
  guint          n_pending;
  GPtrArray     *groups;    /* Group */
  GRand         *rand;      /* (nullable): only for noisy strategies */
} Run;

static gboolean
pending_at (Run   *run,
            guint  learner,
            guint  competence)
{
  return run->pending[(gsize) learner * run->problem->n_competences + competence];
}

static guint
count_running (Run   *run,
               guint  session)
{
  guint running = 0;

  for (guint i = 0; i < run->groups->len; i++)
    {
      const Group *group = g_ptr_array_index (run->groups, i);
      if (group->first <= session && session <= group_last (group))
        running++;
    }
  return running;
}

/* TRUE while some collective gap has not had its group yet: rule 3 lets
 * no other group start before it. */
static gboolean
gap_waiting (Run *run)
{
  const Problem *p = run->problem;

  for (guint c = 0; c < p->n_competences; c++)
    if (p->gaps[c])
      for (guint l = 0; l < p->n_learners; l++)
        if (pending_at (run, l, c))
          return TRUE;
  return FALSE;
}

typedef struct {
  guint  free_learners;
  guint  pending_learners;
  guint  max_load;
} Candidate;

static void
describe_candidate (Run       *run,
                    guint      competence,
                    guint      session,
                    Candidate *out)
{
  memset (out, 0, sizeof *out);
  for (guint l = 0; l < run->problem->n_learners; l++)
    {
      if (!pending_at (run, l, competence))
        continue;
      out->pending_learners++;
      if (run->free_at[l] <= session)
        {
          out->free_learners++;
          out->max_load = MAX (out->max_load, run->load[l]);
        }
    }
}

static gboolean
may_start (const Strategy  *strategy,
           gboolean         is_gap,
           const Candidate *candidate)
{
  if (candidate->free_learners == 0)
    return FALSE;
  /* A collective gap is one plenary group: never split. */
  if (is_gap || strategy->split == SPLIT_NEVER)
    return candidate->free_learners == candidate->pending_learners;
  if (strategy->split == SPLIT_HALF)
    return 2 * candidate->free_learners >= candidate->pending_learners;
  return TRUE;
}

static double
score_candidate (Run             *run,
                 const Strategy  *strategy,
                 guint            competence,
                 const Candidate *candidate)
{
  double d = run->problem->durations[competence];
  double score = strategy->load * candidate->max_load
                 + strategy->duration * d
                 + strategy->size * candidate->free_learners
                 + strategy->work * d * candidate->free_learners;

  if (run->problem->gaps[competence] && strategy->gaps_shortest_first)
    score -= 1e7 * d;
  if (run->rand != NULL && strategy->noise > 0)
    score += g_rand_double_range (run->rand, 0, strategy->noise);
  return score;
}

/* The competence whose group should start in @session, or -1. */
static int
pick_competence (Run            *run,
                 const Strategy *strategy,
                 guint           session)
{
  const Problem *p = run->problem;
  gboolean only_gaps = gap_waiting (run);
  double best_score = 0;
  int best = -1;

  for (guint c = 0; c < p->n_competences; c++)
    {
      Candidate candidate;
      double score;

      if (only_gaps && !p->gaps[c])
        continue;
      describe_candidate (run, c, session, &candidate);
      if (!may_start (strategy, p->gaps[c], &candidate))
        continue;
      score = score_candidate (run, strategy, c, &candidate);
      if (best < 0 || score > best_score)
        {
          best = (int) c;
          best_score = score;
        }
    }
  return best;
}

static void
start_group (Run   *run,
             guint  competence,
             guint  session)
{
  const Problem *p = run->problem;
  Group *group = g_new0 (Group, 1);

  group->competence = competence;
  group->first = session;
  group->duration = p->durations[competence];
  group->members = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint l = 0; l < p->n_learners; l++)
    {
      if (!pending_at (run, l, competence) || run->free_at[l] > session)
        continue;
      g_array_append_val (group->members, l);
      run->pending[(gsize) l * p->n_competences + competence] = FALSE;
      run->n_pending--;
      run->free_at[l] = session + group->duration;
      run->load[l] -= group->duration;
    }
  g_ptr_array_add (run->groups, group);
}

static guint
count_sessions (GPtrArray *groups)
{
  guint last = 0;

  for (guint i = 0; i < groups->len; i++)
    last = MAX (last, group_last (g_ptr_array_index (groups, i)));
  return last;
}

/* One simulation; returns (transfer full) the groups. */
static GPtrArray *
schedule (const Problem  *p,
          const Strategy *strategy,
          GRand          *rand)
{
  gsize n_cells = (gsize) p->n_learners * p->n_competences;
  g_autofree gboolean *pending = g_memdup2 (p->needs, (n_cells + 1) * sizeof (gboolean));
  g_autofree guint *free_at = g_new0 (guint, p->n_learners + 1);
  g_autofree guint *load = g_new0 (guint, p->n_learners + 1);
  Run run = { p, pending, free_at, load, 0, g_ptr_array_new_with_free_func (group_free), rand };

  for (guint l = 0; l < p->n_learners; l++)
    {
      free_at[l] = 1;
      for (guint c = 0; c < p->n_competences; c++)
        if (pending_at (&run, l, c))
          {
            load[l] += p->durations[c];
            run.n_pending++;
          }
    }

  /* When nothing runs every learner is free, so some group can always
   * start: each session either starts a group or waits for one to end,
   * and the loop ends. */
  for (guint session = 1; run.n_pending > 0; session++)
    {
      guint running = count_running (&run, session);

      while (running < p->max_groups)
        {
          int competence = pick_competence (&run, strategy, session);
          if (competence < 0)
            break;
          start_group (&run, (guint) competence, session);
          running++;
        }
      g_assert (running > 0);
    }
  return run.groups;
}

static gboolean
is_better (GPtrArray *candidate,
           GPtrArray *best)
{
  guint sessions = count_sessions (candidate), best_sessions = count_sessions (best);

  if (sessions != best_sessions)
    return sessions < best_sessions;
  return candidate->len < best->len;
}

static guint
compute_lower_bound (const Problem *p)
{
  guint max_load = 0, total = 0;

  for (guint l = 0; l < p->n_learners; l++)
    {
      guint load = 0;
      for (guint c = 0; c < p->n_competences; c++)
        if (p->needs[(gsize) l * p->n_competences + c])
          load += p->durations[c];
      max_load = MAX (max_load, load);
    }
  for (guint c = 0; c < p->n_competences; c++)
    for (guint l = 0; l < p->n_learners; l++)
      if (p->needs[(gsize) l * p->n_competences + c])
        {
          total += p->durations[c];
          break;
        }
  return MAX (max_load, (total + p->max_groups - 1) / p->max_groups);
}

static GPtrArray *
plan_best (const Problem *p,
           guint          lower_bound)
{
  GPtrArray *best = schedule (p, &fixed_strategies[0], NULL);
  g_autoptr(GRand) rand = NULL;

  for (guint i = 1; i < G_N_ELEMENTS (fixed_strategies) && count_sessions (best) > lower_bound; i++)
    {
      GPtrArray *groups = schedule (p, &fixed_strategies[i], NULL);
      if (is_better (groups, best))
        {
          g_ptr_array_unref (best);
          best = groups;
        }
      else
        g_ptr_array_unref (groups);
    }

  rand = g_rand_new_with_seed (RANDOM_STRATEGY_SEED);
  for (guint i = 0, stale = 0;
       i < N_RANDOM_STRATEGIES && stale < MAX_STALE_STRATEGIES && count_sessions (best) > lower_bound;
       i++, stale++)
    {
      Strategy strategy = {
        .split = (SplitPolicy) g_rand_int_range (rand, SPLIT_NEVER, SPLIT_ALWAYS + 1),
        .load = g_rand_double_range (rand, 0, 100),
        .duration = g_rand_double_range (rand, 0, 30),
        .size = g_rand_double_range (rand, 0, 10),
        .work = g_rand_double_range (rand, 0, 10),
        .noise = g_rand_double_range (rand, 0, 60),
        .gaps_shortest_first = g_rand_boolean (rand),
      };
      GPtrArray *groups = schedule (p, &strategy, rand);
      if (is_better (groups, best))
        {
          g_ptr_array_unref (best);
          best = groups;
          stale = 0;
        }
      else
        g_ptr_array_unref (groups);
    }
  return best;
}

struct _DuaalSessionPlan
{
  GObject            parent_instance;

  guint              n_learners;
  guint              n_competences;
  guint              max_groups;
  guint              n_sessions;
  guint              lower_bound;
  char             **learner_names;
  char             **competence_ids;
  char             **competence_titles;  /* never NULL entries */
  guint             *durations;
  gboolean          *needs;
  gboolean          *gaps;
  DuaalSessionGroup *groups;
  guint              n_groups;
  /* SPEC 14: the qualification's lesson scenarios (nullable), and per
   * competence the one its groups use (NULL: none aims at it). */
  GPtrArray         *scenarios;
  DuaalScenario    **chosen;
};

G_DEFINE_FINAL_TYPE (DuaalSessionPlan, duaal_session_plan, G_TYPE_OBJECT)

static void
duaal_session_plan_finalize (GObject *object)
{
  DuaalSessionPlan *self = DUAAL_SESSION_PLAN (object);

  for (guint i = 0; i < self->n_groups; i++)
    g_free ((guint *) self->groups[i].members);
  g_free (self->groups);
  g_strfreev (self->learner_names);
  g_strfreev (self->competence_ids);
  g_strfreev (self->competence_titles);
  g_free (self->durations);
  g_free (self->needs);
  g_free (self->gaps);
  g_free (self->chosen);
  g_clear_pointer (&self->scenarios, g_ptr_array_unref);

  G_OBJECT_CLASS (duaal_session_plan_parent_class)->finalize (object);
}

static void
duaal_session_plan_class_init (DuaalSessionPlanClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = duaal_session_plan_finalize;
}

static void
duaal_session_plan_init (DuaalSessionPlan *self)
{
}

static int
compare_groups_by_start (gconstpointer a,
                         gconstpointer b)
{
  const Group *ga = *(const Group * const *) a, *gb = *(const Group * const *) b;

  if (ga->first != gb->first)
    return ga->first < gb->first ? -1 : 1;
  return ga->competence < gb->competence ? -1 : (ga->competence > gb->competence);
}

/* Gives each group a lane (a row of the timeline) kept through its
 * sessions.  Groups are intervals and at most g run at once, so taking
 * the lowest free lane in order of start never needs more than g. */
static void
store_groups (DuaalSessionPlan *self,
              GPtrArray        *groups)
{
  g_autofree guint *lane_free_at = g_new0 (guint, self->max_groups + 1);

  g_ptr_array_sort (groups, compare_groups_by_start);
  self->n_groups = groups->len;
  self->groups = g_new0 (DuaalSessionGroup, groups->len + 1);
  for (guint i = 0; i < groups->len; i++)
    {
      const Group *group = g_ptr_array_index (groups, i);
      DuaalSessionGroup *out = &self->groups[i];
      guint lane = 0;

      while (lane + 1 < self->max_groups && lane_free_at[lane] > group->first)
        lane++;
      g_assert (lane_free_at[lane] <= group->first);
      lane_free_at[lane] = group->first + group->duration;

      out->competence = group->competence;
      out->first_session = group->first;
      out->n_sessions = group->duration;
      out->lane = lane;
      out->plenary = self->gaps[group->competence];
      out->n_members = group->members->len;
      out->members = g_new0 (guint, group->members->len + 1);
      memcpy ((guint *) out->members, group->members->data, group->members->len * sizeof (guint));
    }
}

static gboolean
validate_input (const DuaalSessionInput *input,
                GError                 **error)
{
  g_return_val_if_fail (input != NULL, FALSE);
  g_return_val_if_fail (input->learner_names != NULL || input->n_learners == 0, FALSE);
  g_return_val_if_fail (input->competence_ids != NULL || input->n_competences == 0, FALSE);
  g_return_val_if_fail (input->needs != NULL || input->n_learners * input->n_competences == 0, FALSE);

  for (guint c = 0; input->durations != NULL && c < input->n_competences; c++)
    if (input->durations[c] < 1 || input->durations[c] > DUAAL_SESSION_MAX_DURATION)
      {
        g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                     _("Competence %s needs %u campus sessions; give 1 to %u."),
                     input->competence_ids[c], input->durations[c], DUAAL_SESSION_MAX_DURATION);
        return FALSE;
      }
  return TRUE;
}

static void
copy_input (DuaalSessionPlan        *self,
            const DuaalSessionInput *input)
{
  guint nc = input->n_competences, nl = input->n_learners;

  self->n_learners = nl;
  self->n_competences = nc;
  self->max_groups = input->max_groups > 0 ? input->max_groups : DUAAL_SESSION_DEFAULT_MAX_GROUPS;
  self->learner_names = g_new0 (char *, nl + 1);
  for (guint l = 0; l < nl; l++)
    self->learner_names[l] = g_strdup (input->learner_names[l] != NULL ? input->learner_names[l] : "");
  self->competence_ids = g_new0 (char *, nc + 1);
  self->competence_titles = g_new0 (char *, nc + 1);
  self->durations = g_new0 (guint, nc + 1);
  self->gaps = g_new0 (gboolean, nc + 1);
  for (guint c = 0; c < nc; c++)
    {
      const char *title = input->competence_titles != NULL ? input->competence_titles[c] : NULL;
      self->competence_ids[c] = g_strdup (input->competence_ids[c]);
      self->competence_titles[c] = g_strdup (title != NULL && *title != '\0' ? title : input->competence_ids[c]);
      self->durations[c] = input->durations != NULL ? input->durations[c] : 1;
      self->gaps[c] = input->collective_gaps != NULL && input->collective_gaps[c];
    }
  self->needs = g_new0 (gboolean, (gsize) nl * nc + 1);
  for (gsize i = 0; i < (gsize) nl * nc; i++)
    self->needs[i] = input->needs[i] != FALSE;
}

DuaalSessionPlan *
duaal_session_plan_new (const DuaalSessionInput *input,
                        GError                 **error)
{
  g_autoptr(DuaalSessionPlan) self = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  Problem problem;

  if (!validate_input (input, error))
    return NULL;

  self = g_object_new (DUAAL_TYPE_SESSION_PLAN, NULL);
  copy_input (self, input);

  problem = (Problem) {
    self->n_learners, self->n_competences, self->max_groups,
    self->durations, self->needs, self->gaps,
  };
  self->lower_bound = compute_lower_bound (&problem);
  groups = plan_best (&problem, self->lower_bound);
  self->n_sessions = count_sessions (groups);
  store_groups (self, groups);

  return g_steal_pointer (&self);
}

gboolean *
duaal_session_needs_from_overview (DuaalOverview  *overview,
                                   const gboolean *teacher_acquired)
{
  guint nl, nc;
  gboolean *needs;

  g_return_val_if_fail (DUAAL_IS_OVERVIEW (overview), NULL);

  nl = duaal_overview_get_n_learners (overview);
  nc = duaal_overview_get_n_competences (overview);
  needs = g_new0 (gboolean, (gsize) nl * nc + 1);
  for (guint l = 0; l < nl; l++)
    for (guint c = 0; c < nc; c++)
      {
        gsize cell = (gsize) l * nc + c;
        gboolean acquired = teacher_acquired != NULL && teacher_acquired[cell];
        needs[cell] = !duaal_overview_get_planned (overview, l, c) && !acquired;
      }
  return needs;
}

DuaalSessionReason
duaal_session_reason_from_overview (DuaalOverview  *overview,
                                    const gboolean *teacher_acquired,
                                    guint           learner,
                                    guint           competence)
{
  guint nc;

  g_return_val_if_fail (DUAAL_IS_OVERVIEW (overview), DUAAL_SESSION_NEEDED);
  g_return_val_if_fail (learner < duaal_overview_get_n_learners (overview), DUAAL_SESSION_NEEDED);
  nc = duaal_overview_get_n_competences (overview);
  g_return_val_if_fail (competence < nc, DUAAL_SESSION_NEEDED);

  if (teacher_acquired != NULL && teacher_acquired[(gsize) learner * nc + competence])
    return DUAAL_SESSION_ACQUIRED;
  if (duaal_overview_get_planned (overview, learner, competence))
    return DUAAL_SESSION_AT_WORKPLACE;
  return DUAAL_SESSION_NEEDED;
}

DuaalSessionPlan *
duaal_session_plan_new_from_overview (DuaalOverview  *overview,
                                      const gboolean *teacher_acquired,
                                      const guint    *durations,
                                      guint           max_groups,
                                      GError        **error)
{
  guint nl, nc;
  g_autofree const char **names = NULL;
  g_autofree const char **ids = NULL;
  g_autofree const char **titles = NULL;
  g_autofree gboolean *gaps = NULL;
  g_autofree gboolean *needs = NULL;
  DuaalSessionInput input;

  g_return_val_if_fail (DUAAL_IS_OVERVIEW (overview), NULL);

  nl = duaal_overview_get_n_learners (overview);
  nc = duaal_overview_get_n_competences (overview);
  names = g_new0 (const char *, nl + 1);
  for (guint l = 0; l < nl; l++)
    names[l] = duaal_overview_get_learner_name (overview, l);
  ids = g_new0 (const char *, nc + 1);
  titles = g_new0 (const char *, nc + 1);
  gaps = g_new0 (gboolean, nc + 1);
  for (guint c = 0; c < nc; c++)
    {
      ids[c] = duaal_overview_get_competence_id (overview, c);
      titles[c] = duaal_overview_get_competence_title (overview, c);
      gaps[c] = duaal_overview_get_row_status (overview, DUAAL_OVERVIEW_PLANNED, c) == DUAAL_ROW_GAP;
    }
  needs = duaal_session_needs_from_overview (overview, teacher_acquired);

  input = (DuaalSessionInput) {
    .n_learners = nl,
    .learner_names = names,
    .n_competences = nc,
    .competence_ids = ids,
    .competence_titles = titles,
    .durations = durations,
    .needs = needs,
    .collective_gaps = gaps,
    .max_groups = max_groups,
  };
  return duaal_session_plan_new (&input, error);
}

guint
duaal_session_plan_get_n_sessions (DuaalSessionPlan *self)
{
  g_return_val_if_fail (DUAAL_IS_SESSION_PLAN (self), 0);
  return self->n_sessions;
}

guint
duaal_session_plan_get_lower_bound (DuaalSessionPlan *self)
{
  g_return_val_if_fail (DUAAL_IS_SESSION_PLAN (self), 0);
  return self->lower_bound;
}

guint
duaal_session_plan_get_max_groups (DuaalSessionPlan *self)
{
  g_return_val_if_fail (DUAAL_IS_SESSION_PLAN (self), 0);
  return self->max_groups;
}

guint
duaal_session_plan_get_n_learners (DuaalSessionPlan *self)
{
  g_return_val_if_fail (DUAAL_IS_SESSION_PLAN (self), 0);
  return self->n_learners;
}

const char *
duaal_session_plan_get_learner_name (DuaalSessionPlan *self,
                                     guint             learner)
{
  g_return_val_if_fail (DUAAL_IS_SESSION_PLAN (self), NULL);
  g_return_val_if_fail (learner < self->n_learners, NULL);
  return self->learner_names[learner];
}

const char *
duaal_session_plan_get_competence_id (DuaalSessionPlan *self,
                                      guint             competence)
{
  g_return_val_if_fail (DUAAL_IS_SESSION_PLAN (self), NULL);
  g_return_val_if_fail (competence < self->n_competences, NULL);
  return self->competence_ids[competence];
}

const char *
duaal_session_plan_get_competence_title (DuaalSessionPlan *self,
                                         guint             competence)
{
  g_return_val_if_fail (DUAAL_IS_SESSION_PLAN (self), NULL);
  g_return_val_if_fail (competence < self->n_competences, NULL);
  return self->competence_titles[competence];
}

guint
duaal_session_plan_get_n_groups (DuaalSessionPlan *self)
{
  g_return_val_if_fail (DUAAL_IS_SESSION_PLAN (self), 0);
  return self->n_groups;
}

const DuaalSessionGroup *
duaal_session_plan_get_group (DuaalSessionPlan *self,
                              guint             group)
{
  g_return_val_if_fail (DUAAL_IS_SESSION_PLAN (self), NULL);
  g_return_val_if_fail (group < self->n_groups, NULL);
  return &self->groups[group];
}

static int
compare_by_lane (gconstpointer a,
                 gconstpointer b)
{
  const DuaalSessionGroup *ga = *(const DuaalSessionGroup * const *) a;
  const DuaalSessionGroup *gb = *(const DuaalSessionGroup * const *) b;

  return ga->lane < gb->lane ? -1 : (ga->lane > gb->lane);
}

GPtrArray *
duaal_session_plan_get_session_groups (DuaalSessionPlan *self,
                                       guint             session)
{
  GPtrArray *groups;

  g_return_val_if_fail (DUAAL_IS_SESSION_PLAN (self), NULL);

  groups = g_ptr_array_new ();
  for (guint i = 0; i < self->n_groups; i++)
    {
      DuaalSessionGroup *group = &self->groups[i];
      if (group->first_session <= session && session < group->first_session + group->n_sessions)
        g_ptr_array_add (groups, group);
    }
  g_ptr_array_sort (groups, compare_by_lane);
  return groups;
}

static char *
join_members (DuaalSessionPlan        *self,
              const DuaalSessionGroup *group)
{
  GString *names = g_string_new (NULL);

  for (guint m = 0; m < group->n_members; m++)
    {
      if (m > 0)
        g_string_append (names, "; ");
      g_string_append (names, self->learner_names[group->members[m]]);
    }
  return g_string_free (names, FALSE);
}

DuaalTable *
duaal_session_plan_to_table (DuaalSessionPlan *self)
{
  /* The column names are the file format's, the same in every language. */
  static const char * const columns[] = { "session", "competence", "title", "part", "parts", "kind", "learners" };
  gboolean with_scenarios = duaal_session_plan_has_scenarios (self);
  DuaalTable *table;

  g_return_val_if_fail (DUAAL_IS_SESSION_PLAN (self), NULL);

  table = duaal_table_new (_("Session plan"));
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    duaal_table_add_column (table, columns[c]);
  /* A plan made with lesson scenarios (SPEC 14) names each group's. */
  if (with_scenarios)
    duaal_table_add_column (table, "scenario");
  duaal_table_set_key_columns (table, 2);

  for (guint s = 1; s <= self->n_sessions; s++)
    {
      g_autoptr(GPtrArray) groups = duaal_session_plan_get_session_groups (self, s);

      for (guint i = 0; i < groups->len; i++)
        {
          const DuaalSessionGroup *group = g_ptr_array_index (groups, i);
          g_autofree char *members = join_members (self, group);

          duaal_table_add_number (table, s);
          duaal_table_add_text (table, self->competence_ids[group->competence]);
          duaal_table_add_text (table, self->competence_titles[group->competence]);
          duaal_table_add_number (table, s - group->first_session + 1);
          duaal_table_add_number (table, group->n_sessions);
          duaal_table_add_text (table, group->plenary ? "plenary" : "group");
          duaal_table_add_text (table, members);
          if (with_scenarios)
            {
              DuaalScenario *scenario = self->chosen[group->competence];

              duaal_table_add_text (table, scenario != NULL ? duaal_scenario_get_title (scenario) : "");
            }
        }
    }
  return table;
}

char *
duaal_session_plan_to_csv (DuaalSessionPlan *self)
{
  g_autoptr(DuaalTable) table = NULL;

  g_return_val_if_fail (DUAAL_IS_SESSION_PLAN (self), NULL);

  table = duaal_session_plan_to_table (self);
  return duaal_table_to_csv (table);
}

static gboolean
write_table (DuaalSessionPlan     *self,
             DuaalTableWriteFunc   write,
             const char           *path,
             GError              **error)
{
  g_autoptr(DuaalTable) table = NULL;

  g_return_val_if_fail (DUAAL_IS_SESSION_PLAN (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  table = duaal_session_plan_to_table (self);
  return write (table, path, error);
}

gboolean
duaal_session_plan_write_csv (DuaalSessionPlan *self,
                              const char       *path,
                              GError          **error)
{
  return write_table (self, duaal_table_write_csv, path, error);
}

gboolean
duaal_session_plan_write_xlsx (DuaalSessionPlan *self,
                               const char       *path,
                               GError          **error)
{
  return write_table (self, duaal_xlsx_write_table, path, error);
}

/* ------------------------------------------------------------------ */
/* Lesson scenarios (SPEC 14)                                          */

static DuaalScenario *
choose_scenario (GPtrArray  *scenarios,
                 const char *competence_id,
                 GHashTable *choices)
{
  g_autoptr(GPtrArray) aiming = duaal_scenario_list_for_competence (scenarios, competence_id);
  gpointer wanted;

  if (aiming->len == 0)
    return NULL;
  if (choices != NULL && g_hash_table_lookup_extended (choices, competence_id, NULL, &wanted))
    for (guint i = 0; i < aiming->len; i++)
      if ((gsize) duaal_scenario_get_id (g_ptr_array_index (aiming, i)) == GPOINTER_TO_SIZE (wanted))
        return g_ptr_array_index (aiming, i);
  return g_ptr_array_index (aiming, 0);
}

void
duaal_session_plan_set_scenarios (DuaalSessionPlan *self,
                                  GPtrArray        *scenarios,
                                  GHashTable       *choices)
{
  g_return_if_fail (DUAAL_IS_SESSION_PLAN (self));
  g_return_if_fail (scenarios != NULL);

  g_clear_pointer (&self->scenarios, g_ptr_array_unref);
  g_clear_pointer (&self->chosen, g_free);
  self->scenarios = g_ptr_array_ref (scenarios);
  self->chosen = g_new0 (DuaalScenario *, MAX (self->n_competences, 1));
  for (guint c = 0; c < self->n_competences; c++)
    self->chosen[c] = choose_scenario (scenarios, self->competence_ids[c], choices);
}

gboolean
duaal_session_plan_has_scenarios (DuaalSessionPlan *self)
{
  g_return_val_if_fail (DUAAL_IS_SESSION_PLAN (self), FALSE);
  return self->scenarios != NULL && self->scenarios->len > 0;
}

DuaalScenario *
duaal_session_plan_get_scenario (DuaalSessionPlan *self,
                                 guint             competence)
{
  g_return_val_if_fail (DUAAL_IS_SESSION_PLAN (self), NULL);
  g_return_val_if_fail (competence < self->n_competences, NULL);
  return self->chosen != NULL ? self->chosen[competence] : NULL;
}

GPtrArray *
duaal_session_plan_get_scenario_choices (DuaalSessionPlan *self,
                                         guint             competence)
{
  g_return_val_if_fail (DUAAL_IS_SESSION_PLAN (self), NULL);
  g_return_val_if_fail (competence < self->n_competences, NULL);
  if (self->scenarios == NULL)
    return g_ptr_array_new ();
  return duaal_scenario_list_for_competence (self->scenarios, self->competence_ids[competence]);
}

GHashTable *
duaal_session_durations_with_scenarios (GHashTable *durations,
                                        GPtrArray  *scenarios,
                                        GHashTable *choices)
{
  GHashTable *merged = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key, value;

  /* The scenarios' estimates first, so that what was given wins. */
  for (guint i = 0; scenarios != NULL && i < scenarios->len; i++)
    {
      const char * const *competences = duaal_scenario_get_competences (g_ptr_array_index (scenarios, i));

      for (guint c = 0; competences[c] != NULL; c++)
        {
          DuaalScenario *chosen = choose_scenario (scenarios, competences[c], choices);

          if (!g_hash_table_contains (merged, competences[c]))
            g_hash_table_insert (merged, g_strdup (competences[c]),
                                 GUINT_TO_POINTER (duaal_scenario_get_sessions (chosen)));
        }
    }
  if (durations != NULL)
    {
      g_hash_table_iter_init (&iter, durations);
      while (g_hash_table_iter_next (&iter, &key, &value))
        g_hash_table_insert (merged, g_strdup (key), value);
    }
  return merged;
}
