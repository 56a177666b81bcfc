/* duaal-attention.c: the coach's attention list (SPEC section 7)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "duaal-attention.h"

void
duaal_attention_item_free (DuaalAttentionItem *item)
{
  if (item == NULL)
    return;
  g_clear_pointer (&item->indicators, g_ptr_array_unref);
  g_free (item);
}

/* Indicators where one actor says X and another V: the concrete places
 * where the actors see the learner differently. */
static GPtrArray *
collect_opposite_indicators (DuaalStatus     *status,
                             gint64           learner_id,
                             DuaalCompetence *competence)
{
  GPtrArray *ids = g_ptr_array_new ();
  guint n = duaal_competence_get_n_indicators (competence);

  for (guint i = 0; i < n; i++)
    {
      DuaalIndicator *indicator = duaal_competence_get_indicator (competence, i);
      const char *id = duaal_indicator_get_id (indicator);
      gboolean has_x = FALSE, has_v = FALSE;

      for (guint a = 0; a < DUAAL_N_ACTORS; a++)
        {
          const DuaalCell *cell = duaal_status_get_cell (status, learner_id, id, a);
          if (cell == NULL)
            continue;
          has_x |= cell->mastery == DUAAL_MASTERY_X;
          has_v |= cell->mastery == DUAAL_MASTERY_V;
        }
      if (has_x && has_v)
        g_ptr_array_add (ids, (gpointer) id);
    }
  return ids;
}

typedef struct {
  DuaalAttentionItem *item;
  guint               learner_pos;
  guint               competence_pos;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *ra = a, *rb = b;

  if (ra->item->severity != rb->item->severity)
    return ra->item->severity > rb->item->severity ? -1 : 1;
  /* Among equals, more indicators scored X by one and V by another is
   * the more concrete disagreement. */
  if (ra->item->indicators->len != rb->item->indicators->len)
    return ra->item->indicators->len > rb->item->indicators->len ? -1 : 1;
  if (ra->learner_pos != rb->learner_pos)
    return ra->learner_pos < rb->learner_pos ? -1 : 1;
  return ra->competence_pos < rb->competence_pos ? -1 : (ra->competence_pos > rb->competence_pos);
}

GPtrArray *
duaal_attention_collect (DuaalStatus *status)
{
  DuaalQualification *qualification = duaal_status_get_qualification (status);
  GPtrArray *learners = duaal_status_get_learners (status);
  guint n_competences = duaal_qualification_get_n_competences (qualification);
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  GPtrArray *result;

  for (guint l = 0; l < learners->len; l++)
    {
      gint64 learner_id = duaal_learner_get_id (g_ptr_array_index (learners, l));

      for (guint c = 0; c < n_competences; c++)
        {
          DuaalCompetence *competence = duaal_qualification_get_competence (qualification, c);
          const char *competence_id = duaal_competence_get_id (competence);
          DuaalColour colours[DUAAL_N_ACTORS];
          DuaalAttentionItem *item;
          Ranked r;
          guint severity;

          for (guint a = 0; a < DUAAL_N_ACTORS; a++)
            colours[a] = duaal_status_get_colour (status, learner_id, competence_id, a);
          severity = duaal_attention_severity (colours);
          if (severity == 0)
            continue;

          item = g_new0 (DuaalAttentionItem, 1);
          item->learner_id = learner_id;
          item->competence_id = competence_id;
          item->severity = severity;
          memcpy (item->colours, colours, sizeof colours);
          item->indicators = collect_opposite_indicators (status, learner_id, competence);
          r = (Ranked) { item, l, c };
          g_array_append_val (ranked, r);
        }
    }

  g_array_sort (ranked, compare_ranked);
  result = g_ptr_array_new_full (ranked->len, (GDestroyNotify) duaal_attention_item_free);
  for (guint i = 0; i < ranked->len; i++)
    g_ptr_array_add (result, g_array_index (ranked, Ranked, i).item);
  return result;
}
