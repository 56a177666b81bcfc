/* duaal-change.c: what a write changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-change.h"

G_DEFINE_BOXED_TYPE (DuaalChange, duaal_change, duaal_change_copy, duaal_change_free)

const char *
duaal_change_kind_to_string (DuaalChangeKind kind)
{
  switch (kind)
    {
    case DUAAL_CHANGE_SCORE: return "score";
    case DUAAL_CHANGE_LEARNER: return "learner";
    case DUAAL_CHANGE_GROUP: return "group";
    case DUAAL_CHANGE_COMPANY: return "company";
    case DUAAL_CHANGE_PLAN: return "plan";
    case DUAAL_CHANGE_PERIOD: return "period";
    case DUAAL_CHANGE_QUALIFICATION: return "qualification";
    case DUAAL_CHANGE_ALL: return "all";
    default: g_return_val_if_reached (NULL);
    }
}

DuaalChange *
duaal_change_new (DuaalChangeKind kind,
                  gint64          group_id,
                  gint64          learner_id)
{
  DuaalChange *change = g_new0 (DuaalChange, 1);

  change->kind = kind;
  change->group_id = group_id;
  change->learner_id = learner_id;
  return change;
}

DuaalChange *
duaal_change_copy (const DuaalChange *change)
{
  DuaalChange *copy;

  g_return_val_if_fail (change != NULL, NULL);
  copy = g_memdup2 (change, sizeof *change);
  copy->qualification = g_strdup (change->qualification);
  return copy;
}

void
duaal_change_free (DuaalChange *change)
{
  if (change == NULL)
    return;
  g_free (change->qualification);
  g_free (change);
}

/* Changes that name no group (a company, a qualification) may change
 * what any view shows: a company's name is in every class list. */
gboolean
duaal_change_concerns (const DuaalChange *change,
                       gint64             group_id,
                       gint64             learner_id)
{
  g_return_val_if_fail (change != NULL, FALSE);

  if (change->kind == DUAAL_CHANGE_ALL || change->kind == DUAAL_CHANGE_COMPANY ||
      change->kind == DUAAL_CHANGE_QUALIFICATION)
    return TRUE;
  if (learner_id != 0 && change->learner_id != 0)
    return change->learner_id == learner_id;
  if (group_id != 0 && change->group_id != 0)
    return change->group_id == group_id;
  return TRUE;
}
