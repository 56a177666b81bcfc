/* duaal-attention.c: the coach's attention list (SPEC section 7)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "duaal-attention.h"
#include "duaal-rules.h"

DuaalAttentionItem *
duaal_attention_item_new (gint64            learner_id,
                          const char       *competence_id,
                          guint             severity,
                          const DuaalColour colours[DUAAL_N_ACTORS])
{
  DuaalAttentionItem *item = g_new0 (DuaalAttentionItem, 1);

  item->learner_id = learner_id;
  item->competence_id = g_strdup (competence_id);
  item->severity = severity;
  memcpy (item->colours, colours, sizeof item->colours);
  item->indicators = g_ptr_array_new_with_free_func (g_free);
  return item;
}

void
duaal_attention_item_free (DuaalAttentionItem *item)
{
  if (item == NULL)
    return;
  g_clear_pointer (&item->indicators, g_ptr_array_unref);
  g_free (item->competence_id);
  g_free (item);
}

/* The item of one (learner, competence) from the actors' tallies, or
 * NULL; the indicators one actor scored X and another V are the
 * concrete places where the actors see the learner differently. */
static DuaalAttentionItem *
assess_tallies (gint64                         learner_id,
                const char                    *competence_id,
                const DuaalTally               tallies[DUAAL_N_ACTORS],
                const DuaalIndicatorMasteries *indicators,
                guint                          n_indicators)
{
  DuaalColour colours[DUAAL_N_ACTORS];
  DuaalAttentionItem *item;
  guint severity;

  for (guint a = 0; a < DUAAL_N_ACTORS; a++)
    colours[a] = duaal_tally_get_colour (&tallies[a]);
  severity = duaal_attention_severity (colours);
  if (severity == 0)
    return NULL;

  item = duaal_attention_item_new (learner_id, competence_id, severity, colours);
  for (guint i = 0; i < n_indicators; i++)
    {
      gboolean has_x = FALSE, has_v = FALSE;

      for (guint a = 0; a < DUAAL_N_ACTORS; a++)
        {
          has_x |= indicators[i].mastery[a] == DUAAL_MASTERY_X;
          has_v |= indicators[i].mastery[a] == DUAAL_MASTERY_V;
        }
      if (has_x && has_v)
        g_ptr_array_add (item->indicators, g_strdup (indicators[i].indicator_id));
    }
  return item;
}

DuaalAttentionItem *
duaal_attention_assess (gint64                         learner_id,
                        const char                    *competence_id,
                        const DuaalIndicatorMasteries *indicators,
                        guint                          n_indicators)
{
  DuaalTally tallies[DUAAL_N_ACTORS] = { { 0 } };

  g_return_val_if_fail (competence_id != NULL, NULL);
  g_return_val_if_fail (indicators != NULL || n_indicators == 0, NULL);

  for (guint a = 0; a < DUAAL_N_ACTORS; a++)
    tallies[a].n = n_indicators;
  for (guint i = 0; i < n_indicators; i++)
    for (guint a = 0; a < DUAAL_N_ACTORS; a++)
      duaal_tally_add (&tallies[a], indicators[i].mastery[a], DUAAL_COVERAGE_NONE);
  return assess_tallies (learner_id, competence_id, tallies, indicators, n_indicators);
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const DuaalAttentionItem *ia = *(DuaalAttentionItem * const *) a;
  const DuaalAttentionItem *ib = *(DuaalAttentionItem * const *) b;

  if (ia->severity != ib->severity)
    return ia->severity > ib->severity ? -1 : 1;
  /* Among equals, more indicators scored X by one and V by another is
   * the more concrete disagreement. */
  if (ia->indicators->len != ib->indicators->len)
    return ia->indicators->len > ib->indicators->len ? -1 : 1;
  return 0;
}

void
duaal_attention_sort (GPtrArray *items)
{
  g_return_if_fail (items != NULL);

  /* Stable (GLib >= 2.32): equals keep learner, then qualification order. */
  g_ptr_array_sort (items, compare_items);
}

/* Only pairs whose colours already disagree need their indicators
 * looked up: the tallies of a status are kept as its cells are set. */
static DuaalAttentionItem *
assess_in_status (DuaalStatus     *status,
                  gint64           learner_id,
                  DuaalCompetence *competence)
{
  const char *competence_id = duaal_competence_get_id (competence);
  guint n = duaal_competence_get_n_indicators (competence);
  g_autofree DuaalIndicatorMasteries *indicators = NULL;
  DuaalTally tallies[DUAAL_N_ACTORS] = { { 0 } };
  DuaalColour colours[DUAAL_N_ACTORS];

  for (guint a = 0; a < DUAAL_N_ACTORS; a++)
    {
      const DuaalTally *tally = duaal_status_get_tally (status, learner_id, competence_id, a);

      if (tally != NULL)
        tallies[a] = *tally;
      tallies[a].n = n;
      colours[a] = duaal_tally_get_colour (&tallies[a]);
    }
  if (duaal_attention_severity (colours) == 0)
    return NULL;

  indicators = g_new0 (DuaalIndicatorMasteries, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      indicators[i].indicator_id = duaal_indicator_get_id (duaal_competence_get_indicator (competence, i));
      for (guint a = 0; a < DUAAL_N_ACTORS; a++)
        {
          const DuaalCell *cell = duaal_status_get_cell (status, learner_id, indicators[i].indicator_id, a);
          indicators[i].mastery[a] = cell != NULL ? cell->mastery : DUAAL_MASTERY_NONE;
        }
    }
  return assess_tallies (learner_id, competence_id, tallies, indicators, n);
}

GPtrArray *
duaal_attention_collect (DuaalStatus *status)
{
  DuaalQualification *qualification;
  GPtrArray *learners;
  GPtrArray *items;
  guint n_competences;

  g_return_val_if_fail (DUAAL_IS_STATUS (status), NULL);

  qualification = duaal_status_get_qualification (status);
  learners = duaal_status_get_learners (status);
  n_competences = duaal_qualification_get_n_competences (qualification);
  items = g_ptr_array_new_with_free_func ((GDestroyNotify) duaal_attention_item_free);
  for (guint l = 0; l < learners->len; l++)
    {
      gint64 learner_id = duaal_learner_get_id (g_ptr_array_index (learners, l));

      for (guint c = 0; c < n_competences; c++)
        {
          DuaalAttentionItem *item =
            assess_in_status (status, learner_id, duaal_qualification_get_competence (qualification, c));

          if (item != NULL)
            g_ptr_array_add (items, item);
        }
    }
  duaal_attention_sort (items);
  return items;
}

GPtrArray *
duaal_attention_list_now (DuaalStore  *store,
                          gint64       group_id,
                          GError     **error)
{
  GPtrArray *items;

  g_return_val_if_fail (DUAAL_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  items = duaal_store_list_attention (store, group_id, error);
  if (items != NULL)
    duaal_attention_sort (items);
  return items;
}
