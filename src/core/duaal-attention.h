/* duaal-attention.h: the coach's attention list (SPEC section 7)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-status.h"

G_BEGIN_DECLS

typedef struct {
  gint64      learner_id;
  const char *competence_id;            /* owned by the status' qualification */
  guint       severity;                 /* > 0; larger is more severe */
  DuaalColour colours[DUAAL_N_ACTORS];  /* indexed by DuaalActor */
  GPtrArray  *indicators;               /* (element-type utf8): ids scored X by one actor and V by another */
} DuaalAttentionItem;

void       duaal_attention_item_free (DuaalAttentionItem *item);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DuaalAttentionItem, duaal_attention_item_free)

/* Every (learner, competence) of @status that needs attention, most
 * severe first; ties in learner order, then qualification order.
 * (transfer full) (element-type DuaalAttentionItem) */
GPtrArray *duaal_attention_collect   (DuaalStatus *status);

G_END_DECLS
