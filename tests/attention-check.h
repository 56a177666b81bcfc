/* attention-check.h: two attention lists are the same list
 *
 * What "one rule" is checked on: the list a store keeps, or the one
 * duaal_attention_assess() gives pair by pair, against the one
 * duaal_attention_collect() computes from a whole status, item for item
 * and in the same order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-attention.h"

static inline void
assert_attention_lists_equal (GPtrArray *items,
                              GPtrArray *expected)
{
  g_assert_cmpuint (items->len, ==, expected->len);
  for (guint i = 0; i < items->len; i++)
    {
      DuaalAttentionItem *a = g_ptr_array_index (items, i), *b = g_ptr_array_index (expected, i);

      g_assert_cmpint (a->learner_id, ==, b->learner_id);
      g_assert_cmpstr (a->competence_id, ==, b->competence_id);
      g_assert_cmpuint (a->severity, ==, b->severity);
      g_assert_cmpmem (a->colours, sizeof a->colours, b->colours, sizeof b->colours);
      g_assert_cmpuint (a->indicators->len, ==, b->indicators->len);
      for (guint k = 0; k < a->indicators->len; k++)
        g_assert_cmpstr (g_ptr_array_index (a->indicators, k), ==, g_ptr_array_index (b->indicators, k));
    }
}
