/* duaal-attention-count.c: how many pairs need the coach's attention
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-attention.h"
#include "duaal-attention-count.h"

guint
duaal_attention_count_for_group (DuaalStore  *store,
                                 gint64       group_id,
                                 GError     **error)
{
  g_autoptr(DuaalStatus) status = NULL;
  g_autoptr(GPtrArray) items = NULL;

  g_return_val_if_fail (DUAAL_IS_STORE (store), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  /* Colours are everyone's to see (SPEC section 6), so the count is the
   * same for every viewer of the whole group: no filter needed. */
  status = duaal_store_load_group_status (store, group_id, 0, error);
  if (status == NULL)
    return 0;
  items = duaal_attention_collect (status);
  return items->len;
}
