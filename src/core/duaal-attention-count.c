/* duaal-attention-count.c: how many pairs need the coach's attention
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-attention-count-private.h"

/* Colours are everyone's to see (SPEC section 6), so the count is the
 * same for every viewer of the whole group: no filter needed. */
guint
duaal_attention_count_for_group (DuaalStore  *store,
                                 gint64       group_id,
                                 GError     **error)
{
  g_return_val_if_fail (group_id > 0, 0);

  return duaal_store_count_attention (store, group_id, error);
}

guint
duaal_attention_count_for_centre (DuaalStore  *store,
                                  GError     **error)
{
  return duaal_store_count_attention (store, 0, error);
}
