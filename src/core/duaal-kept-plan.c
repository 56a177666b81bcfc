/* duaal-kept-plan.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-kept-plan.h"

static void
free_date (gpointer date)
{
  if (date != NULL)
    g_date_free (date);
}

DuaalKeptPlan *
duaal_kept_plan_new (void)
{
  DuaalKeptPlan *self = g_new0 (DuaalKeptPlan, 1);

  self->durations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->session_days = g_ptr_array_new_with_free_func (free_date);
  return self;
}

void
duaal_kept_plan_free (DuaalKeptPlan *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->durations);
  g_free (self->plan_csv);
  g_clear_pointer (&self->planned_at, g_date_time_unref);
  g_ptr_array_unref (self->session_days);
  g_free (self);
}

const GDate *
duaal_kept_plan_get_session_day (DuaalKeptPlan *self,
                                 guint          session)
{
  g_return_val_if_fail (self != NULL && session > 0, NULL);
  return session <= self->session_days->len ? g_ptr_array_index (self->session_days, session - 1) : NULL;
}

void
duaal_kept_plan_set_session_day (DuaalKeptPlan *self,
                                 guint          session,
                                 const GDate   *day)
{
  g_return_if_fail (self != NULL && session > 0);

  if (self->session_days->len < session)
    g_ptr_array_set_size (self->session_days, (int) session);
  free_date (g_ptr_array_index (self->session_days, session - 1));
  g_ptr_array_index (self->session_days, session - 1) = day != NULL && g_date_valid (day) ? g_date_copy (day) : NULL;
}
