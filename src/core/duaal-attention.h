/* duaal-attention.h: the coach's attention list (SPEC section 7)
 *
 * One rule, here: duaal_attention_assess() decides whether one
 * (learner, competence) needs attention from the actors' masteries of
 * its indicators.  duaal_attention_collect() applies it to a whole
 * status (a closed period), and every store applies it on each write
 * to keep its list of the current attention items up to date, so the
 * list of "now" costs what it lists (duaal_attention_list_now()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-status.h"
#include "duaal-store.h"

G_BEGIN_DECLS

typedef struct {
  gint64      learner_id;
  char       *competence_id;
  guint       severity;                 /* > 0; larger is more severe */
  DuaalColour colours[DUAAL_N_ACTORS];  /* indexed by DuaalActor */
  GPtrArray  *indicators;               /* (element-type utf8): ids scored X by one actor and V by another */
} DuaalAttentionItem;

/* One indicator of a competence and each actor's current mastery of it
 * (DUAAL_MASTERY_NONE when not scored), indexed by DuaalActor. */
typedef struct {
  const char   *indicator_id;
  DuaalMastery  mastery[DUAAL_N_ACTORS];
} DuaalIndicatorMasteries;

/* An item of @severity with no indicators yet; for stores reading back
 * what they kept. */
DuaalAttentionItem *duaal_attention_item_new  (gint64                         learner_id,
                                               const char                    *competence_id,
                                               guint                          severity,
                                               const DuaalColour              colours[DUAAL_N_ACTORS]);
void                duaal_attention_item_free (DuaalAttentionItem            *item);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DuaalAttentionItem, duaal_attention_item_free)

/* SPEC section 7 for one (learner, competence) whose indicators, in
 * qualification order, are @indicators: the item, or NULL when the
 * actors agree well enough. */
DuaalAttentionItem *duaal_attention_assess    (gint64                         learner_id,
                                               const char                    *competence_id,
                                               const DuaalIndicatorMasteries *indicators,
                                               guint                          n_indicators);

/* Sorts @items (element-type DuaalAttentionItem), given in learner
 * order and within a learner in qualification order, most severe
 * first, keeping that order among equals. */
void                duaal_attention_sort      (GPtrArray                     *items);

/* Every (learner, competence) of @status that needs attention, most
 * severe first; ties in learner order, then qualification order.
 * (transfer full) (element-type DuaalAttentionItem) */
GPtrArray          *duaal_attention_collect   (DuaalStatus                   *status);

/* The same for the current scores of @group_id, read from what the
 * store keeps up to date on every write: the cost grows with the
 * length of the list, not with the number of scores.  As the coach
 * sees it (everything).  NULL with @error set on failure.
 * (transfer full) (element-type DuaalAttentionItem) */
GPtrArray          *duaal_attention_list_now  (DuaalStore                    *store,
                                               gint64                         group_id,
                                               GError                       **error);

G_END_DECLS
