/* duaal-status.c
 *
 * A class group's status holds tens of thousands of scores, so nothing
 * here is a GObject per score: learners and indicators are indexed once
 * (id -> position), cells live in one flat array
 * [learner][indicator][actor], and the tallies of SPEC section 4 in a
 * second flat array [learner][competence][actor], kept up to date by
 * every set_cell (which may overwrite a cell, so the old value is taken
 * out of its tally first).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "duaal-status.h"

struct _DuaalStatus
{
  GObject parent_instance;

  DuaalQualification *qualification;
  guint               period;
  GPtrArray          *learners;            /* (element-type DuaalLearner) */

  GHashTable         *learner_positions;   /* gint64 * (into learner_ids) -> position + 1 */
  gint64             *learner_ids;
  GHashTable         *indicator_positions; /* indicator id -> position + 1 */
  GHashTable         *competence_positions;/* competence id -> position + 1 */
  guint              *competence_of_indicator;

  guint               n_indicators;
  guint               n_competences;

  DuaalCell          *cells;               /* [learner][indicator][actor] */
  guint8             *cell_is_set;         /* same layout */
  DuaalTally         *tallies;             /* [learner][competence][actor] */
  guint              *route_counts;        /* (nullable) [learner][competence][4], kept by a filter */
  guint8             *route_is_set;        /* (nullable) [learner][competence] */
  GStringChunk       *comments;            /* owns every cell's comment */
};

G_DEFINE_FINAL_TYPE (DuaalStatus, duaal_status, G_TYPE_OBJECT)

static void
duaal_status_finalize (GObject *object)
{
  DuaalStatus *self = DUAAL_STATUS (object);

  g_clear_object (&self->qualification);
  g_clear_pointer (&self->learners, g_ptr_array_unref);
  g_clear_pointer (&self->learner_positions, g_hash_table_unref);
  g_clear_pointer (&self->indicator_positions, g_hash_table_unref);
  g_clear_pointer (&self->competence_positions, g_hash_table_unref);
  g_clear_pointer (&self->learner_ids, g_free);
  g_clear_pointer (&self->competence_of_indicator, g_free);
  g_clear_pointer (&self->cells, g_free);
  g_clear_pointer (&self->cell_is_set, g_free);
  g_clear_pointer (&self->tallies, g_free);
  g_clear_pointer (&self->route_counts, g_free);
  g_clear_pointer (&self->route_is_set, g_free);
  g_clear_pointer (&self->comments, g_string_chunk_free);

  G_OBJECT_CLASS (duaal_status_parent_class)->finalize (object);
}

static void
duaal_status_class_init (DuaalStatusClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = duaal_status_finalize;
}

static void
duaal_status_init (DuaalStatus *self)
{
}

/* The indicator and competence ids are owned by the qualification,
 * which the status keeps alive, so the tables borrow them. */
static void
index_qualification (DuaalStatus *self)
{
  guint n_competences = duaal_qualification_get_n_competences (self->qualification);
  guint indicator = 0;

  self->n_competences = n_competences;
  self->n_indicators = duaal_qualification_get_n_indicators (self->qualification);
  self->indicator_positions = g_hash_table_new (g_str_hash, g_str_equal);
  self->competence_positions = g_hash_table_new (g_str_hash, g_str_equal);
  self->competence_of_indicator = g_new0 (guint, MAX (self->n_indicators, 1));

  for (guint c = 0; c < n_competences; c++)
    {
      DuaalCompetence *competence = duaal_qualification_get_competence (self->qualification, c);
      guint n = duaal_competence_get_n_indicators (competence);

      g_hash_table_insert (self->competence_positions,
                           (gpointer) duaal_competence_get_id (competence),
                           GUINT_TO_POINTER (c + 1));
      for (guint i = 0; i < n && indicator < self->n_indicators; i++, indicator++)
        {
          DuaalIndicator *ind = duaal_competence_get_indicator (competence, i);

          g_hash_table_insert (self->indicator_positions,
                               (gpointer) duaal_indicator_get_id (ind),
                               GUINT_TO_POINTER (indicator + 1));
          self->competence_of_indicator[indicator] = c;
        }
    }
}

static void
index_learners (DuaalStatus *self)
{
  guint n_learners = self->learners->len;

  self->learner_ids = g_new0 (gint64, MAX (n_learners, 1));
  self->learner_positions = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint l = 0; l < n_learners; l++)
    {
      self->learner_ids[l] = duaal_learner_get_id (g_ptr_array_index (self->learners, l));
      g_hash_table_insert (self->learner_positions, &self->learner_ids[l], GUINT_TO_POINTER (l + 1));
    }
}

static void
init_tallies (DuaalStatus *self)
{
  guint n_learners = self->learners->len;

  self->tallies = g_new0 (DuaalTally, MAX ((gsize) n_learners * self->n_competences * DUAAL_N_ACTORS, 1));
  for (guint c = 0; c < self->n_competences; c++)
    {
      guint n = duaal_competence_get_n_indicators (duaal_qualification_get_competence (self->qualification, c));

      for (guint l = 0; l < n_learners; l++)
        for (guint a = 0; a < DUAAL_N_ACTORS; a++)
          self->tallies[((gsize) l * self->n_competences + c) * DUAAL_N_ACTORS + a].n = n;
    }
}

DuaalStatus *
duaal_status_new (DuaalQualification *qualification,
                  guint               period,
                  GPtrArray          *learners)
{
  DuaalStatus *self;
  gsize n_cells;

  g_return_val_if_fail (DUAAL_IS_QUALIFICATION (qualification), NULL);
  g_return_val_if_fail (learners != NULL, NULL);

  self = g_object_new (DUAAL_TYPE_STATUS, NULL);
  self->qualification = g_object_ref (qualification);
  self->period = period;
  self->learners = g_ptr_array_new_full (learners->len, g_object_unref);
  for (guint i = 0; i < learners->len; i++)
    g_ptr_array_add (self->learners, g_object_ref (g_ptr_array_index (learners, i)));

  index_qualification (self);
  index_learners (self);
  init_tallies (self);

  n_cells = MAX ((gsize) learners->len * self->n_indicators * DUAAL_N_ACTORS, 1);
  self->cells = g_new0 (DuaalCell, n_cells);
  self->cell_is_set = g_new0 (guint8, n_cells);
  self->comments = g_string_chunk_new (4096);
  return self;
}

static gboolean
find_learner_position (DuaalStatus *self,
                       gint64       learner_id,
                       guint       *position)
{
  guint p = GPOINTER_TO_UINT (g_hash_table_lookup (self->learner_positions, &learner_id));

  if (p == 0)
    return FALSE;
  *position = p - 1;
  return TRUE;
}

static gboolean
find_position (GHashTable *table,
               const char *id,
               guint      *position)
{
  guint p;

  if (id == NULL)
    return FALSE;
  p = GPOINTER_TO_UINT (g_hash_table_lookup (table, id));
  if (p == 0)
    return FALSE;
  *position = p - 1;
  return TRUE;
}

static gsize
cell_index (DuaalStatus *self,
            guint        learner,
            guint        indicator,
            DuaalActor   actor)
{
  return ((gsize) learner * self->n_indicators + indicator) * DUAAL_N_ACTORS + actor;
}

static DuaalTally *
tally_at (DuaalStatus *self,
          guint        learner,
          guint        competence,
          DuaalActor   actor)
{
  return &self->tallies[((gsize) learner * self->n_competences + competence) * DUAAL_N_ACTORS + actor];
}

/* The reverse of duaal_tally_add(), for a cell that is overwritten. */
static void
tally_remove (DuaalTally    *tally,
              DuaalMastery   mastery,
              DuaalCoverage  coverage)
{
  switch (mastery)
    {
    case DUAAL_MASTERY_X: tally->x--; break;
    case DUAAL_MASTERY_LIL: tally->lil--; break;
    case DUAAL_MASTERY_V: tally->v--; break;
    case DUAAL_MASTERY_NONE:
    default: break;
    }
  if (coverage == DUAAL_COVERAGE_S || coverage == DUAAL_COVERAGE_R)
    tally->covered--;
}

gboolean
duaal_status_set_cell (DuaalStatus   *self,
                       gint64         learner_id,
                       const char    *indicator_id,
                       DuaalActor     actor,
                       DuaalMastery   mastery,
                       DuaalCoverage  coverage,
                       const char    *comment,
                       gint64         log_id)
{
  guint learner, indicator;
  DuaalTally *tally;
  DuaalCell *cell;
  gsize index;

  g_return_val_if_fail (DUAAL_IS_STATUS (self), FALSE);
  g_return_val_if_fail (actor < DUAAL_N_ACTORS, FALSE);
  g_return_val_if_fail (mastery <= DUAAL_MASTERY_V, FALSE);
  g_return_val_if_fail (coverage <= DUAAL_COVERAGE_R, FALSE);

  if (!find_learner_position (self, learner_id, &learner) ||
      !find_position (self->indicator_positions, indicator_id, &indicator))
    return FALSE;

  index = cell_index (self, learner, indicator, actor);
  cell = &self->cells[index];
  tally = tally_at (self, learner, self->competence_of_indicator[indicator], actor);

  if (self->cell_is_set[index])
    tally_remove (tally, cell->mastery, cell->coverage);

  cell->mastery = mastery;
  cell->coverage = coverage;
  cell->comment = comment != NULL ? g_string_chunk_insert (self->comments, comment) : NULL;
  cell->log_id = log_id;
  self->cell_is_set[index] = TRUE;
  duaal_tally_add (tally, mastery, coverage);
  return TRUE;
}

gboolean
duaal_status_set_tally (DuaalStatus      *self,
                        gint64            learner_id,
                        const char       *competence_id,
                        DuaalActor        actor,
                        const DuaalTally *tally)
{
  guint learner, competence;
  DuaalTally *target;

  g_return_val_if_fail (DUAAL_IS_STATUS (self), FALSE);
  g_return_val_if_fail (actor < DUAAL_N_ACTORS, FALSE);
  g_return_val_if_fail (tally != NULL, FALSE);

  if (!find_learner_position (self, learner_id, &learner) ||
      !find_position (self->competence_positions, competence_id, &competence))
    return FALSE;
  target = tally_at (self, learner, competence, actor);
  /* n comes from the qualification; a tally of another one would make
   * the colour lie. */
  g_return_val_if_fail (tally->n == target->n, FALSE);
  *target = *tally;
  return TRUE;
}

gboolean
duaal_status_set_route_counts (DuaalStatus *self,
                               gint64       learner_id,
                               const char  *competence_id,
                               const guint  counts[4])
{
  guint learner, competence;
  gsize at;

  g_return_val_if_fail (DUAAL_IS_STATUS (self), FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);

  if (!find_learner_position (self, learner_id, &learner) ||
      !find_position (self->competence_positions, competence_id, &competence))
    return FALSE;
  if (self->route_counts == NULL)
    {
      gsize n_pairs = MAX ((gsize) self->learners->len * self->n_competences, 1);

      self->route_counts = g_new0 (guint, n_pairs * 4);
      self->route_is_set = g_new0 (guint8, n_pairs);
    }
  at = (gsize) learner * self->n_competences + competence;
  memcpy (&self->route_counts[at * 4], counts, 4 * sizeof (guint));
  self->route_is_set[at] = TRUE;
  return TRUE;
}

gboolean
duaal_status_get_route_counts (DuaalStatus *self,
                               gint64       learner_id,
                               const char  *competence_id,
                               guint        counts[4])
{
  guint learner, competence;
  gsize at;

  g_return_val_if_fail (DUAAL_IS_STATUS (self), FALSE);

  if (self->route_counts == NULL ||
      !find_learner_position (self, learner_id, &learner) ||
      !find_position (self->competence_positions, competence_id, &competence))
    return FALSE;
  at = (gsize) learner * self->n_competences + competence;
  if (!self->route_is_set[at])
    return FALSE;
  memcpy (counts, &self->route_counts[at * 4], 4 * sizeof (guint));
  return TRUE;
}

DuaalQualification *
duaal_status_get_qualification (DuaalStatus *self)
{
  g_return_val_if_fail (DUAAL_IS_STATUS (self), NULL);
  return self->qualification;
}

guint
duaal_status_get_period (DuaalStatus *self)
{
  g_return_val_if_fail (DUAAL_IS_STATUS (self), 0);
  return self->period;
}

GPtrArray *
duaal_status_get_learners (DuaalStatus *self)
{
  g_return_val_if_fail (DUAAL_IS_STATUS (self), NULL);
  return self->learners;
}

DuaalLearner *
duaal_status_find_learner (DuaalStatus *self,
                           gint64       learner_id)
{
  guint learner;

  g_return_val_if_fail (DUAAL_IS_STATUS (self), NULL);

  if (!find_learner_position (self, learner_id, &learner))
    return NULL;
  return g_ptr_array_index (self->learners, learner);
}

const DuaalCell *
duaal_status_get_cell (DuaalStatus *self,
                       gint64       learner_id,
                       const char  *indicator_id,
                       DuaalActor   actor)
{
  guint learner, indicator;
  gsize index;

  g_return_val_if_fail (DUAAL_IS_STATUS (self), NULL);
  g_return_val_if_fail (actor < DUAAL_N_ACTORS, NULL);

  if (!find_learner_position (self, learner_id, &learner) ||
      !find_position (self->indicator_positions, indicator_id, &indicator))
    return NULL;
  index = cell_index (self, learner, indicator, actor);
  return self->cell_is_set[index] ? &self->cells[index] : NULL;
}

const DuaalTally *
duaal_status_get_tally (DuaalStatus *self,
                        gint64       learner_id,
                        const char  *competence_id,
                        DuaalActor   actor)
{
  guint learner, competence;

  g_return_val_if_fail (DUAAL_IS_STATUS (self), NULL);
  g_return_val_if_fail (actor < DUAAL_N_ACTORS, NULL);

  if (!find_learner_position (self, learner_id, &learner) ||
      !find_position (self->competence_positions, competence_id, &competence))
    return NULL;
  return tally_at (self, learner, competence, actor);
}

DuaalColour
duaal_status_get_colour (DuaalStatus *self,
                         gint64       learner_id,
                         const char  *competence_id,
                         DuaalActor   actor)
{
  const DuaalTally *tally = duaal_status_get_tally (self, learner_id, competence_id, actor);

  if (tally == NULL)
    return DUAAL_COLOUR_GREY;
  return duaal_tally_get_colour (tally);
}
