/* duaal-score-change.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "duaal-error.h"
#include "duaal-score-change-private.h"

G_DEFINE_BOXED_TYPE (DuaalScoreChange, duaal_score_change, duaal_score_change_copy, duaal_score_change_free)

/* The three fields in the order they are listed everywhere. */
static const DuaalScoreFields each_field[] = {
  DUAAL_SCORE_FIELD_MASTERY, DUAAL_SCORE_FIELD_COVERAGE, DUAAL_SCORE_FIELD_COMMENT,
};

DuaalScoreChange
duaal_score_change_whole (DuaalMastery   mastery,
                          DuaalCoverage  coverage,
                          const char    *comment)
{
  return (DuaalScoreChange) { DUAAL_SCORE_FIELDS_ALL, mastery, coverage, comment };
}

DuaalScoreChange *
duaal_score_change_copy (const DuaalScoreChange *change)
{
  gsize comment_size = change->comment != NULL ? strlen (change->comment) + 1 : 0;
  DuaalScoreChange *copy = g_malloc (sizeof (DuaalScoreChange) + comment_size);

  *copy = *change;
  if (change->comment != NULL)
    copy->comment = memcpy ((char *) (copy + 1), change->comment, comment_size);
  return copy;
}

void
duaal_score_change_free (DuaalScoreChange *change)
{
  g_free (change);
}

gboolean
duaal_score_change_validate (const DuaalScoreChange  *change,
                             GError                 **error)
{
  g_return_val_if_fail (change != NULL, FALSE);

  if (change->fields == 0 || (change->fields & ~DUAAL_SCORE_FIELDS_ALL) != 0)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("A score change must set the mastery, the coverage or the comment."));
      return FALSE;
    }
  if (((change->fields & DUAAL_SCORE_FIELD_MASTERY) && change->mastery > DUAAL_MASTERY_V) ||
      ((change->fields & DUAAL_SCORE_FIELD_COVERAGE) && change->coverage > DUAAL_COVERAGE_R))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID, _("This is not a valid score."));
      return FALSE;
    }
  if ((change->fields & DUAAL_SCORE_FIELD_COMMENT) && change->comment != NULL &&
      !g_utf8_validate (change->comment, -1, NULL))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID, _("The comment is not valid text."));
      return FALSE;
    }
  return TRUE;
}

DuaalScoreValue
duaal_score_change_merge (const DuaalScoreValue  *current,
                          const DuaalScoreChange *change)
{
  DuaalScoreValue next = { DUAAL_MASTERY_NONE, DUAAL_COVERAGE_NONE, NULL };

  if (current != NULL)
    next = *current;
  if (change->fields & DUAAL_SCORE_FIELD_MASTERY)
    next.mastery = change->mastery;
  if (change->fields & DUAAL_SCORE_FIELD_COVERAGE)
    next.coverage = change->coverage;
  if (change->fields & DUAAL_SCORE_FIELD_COMMENT)
    next.comment = change->comment;
  return next;
}

gboolean
duaal_score_change_alters (const DuaalScoreChange *change,
                           const DuaalScoreValue  *current)
{
  static const DuaalScoreValue unscored = { DUAAL_MASTERY_NONE, DUAAL_COVERAGE_NONE, NULL };
  DuaalScoreValue next;

  if (current == NULL)
    current = &unscored;
  next = duaal_score_change_merge (current, change);
  return next.mastery != current->mastery || next.coverage != current->coverage ||
         g_strcmp0 (next.comment, current->comment) != 0;
}

gboolean
duaal_score_value_is_empty (const DuaalScoreValue *value)
{
  return value->mastery == DUAAL_MASTERY_NONE && value->coverage == DUAAL_COVERAGE_NONE &&
         value->comment == NULL;
}

const char *
duaal_score_field_to_string (DuaalScoreFields field)
{
  switch (field)
    {
    case DUAAL_SCORE_FIELD_MASTERY: return "mastery";
    case DUAAL_SCORE_FIELD_COVERAGE: return "coverage";
    case DUAAL_SCORE_FIELD_COMMENT: return "comment";
    default: g_return_val_if_reached (NULL);
    }
}

/* Per field (in each_field order), the log entry whose value the field
 * holds: 0 for the value of an unscored cell. */
typedef struct {
  gint64 author[G_N_ELEMENTS (each_field)];
} Authors;

/* The index of entry @id among the first @n entries (ordered by id), or -1. */
static gint
find_entry (const DuaalScoreLogEntry *log,
            guint                     n,
            gint64                    id)
{
  guint low = 0, high = n;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (log[middle].id == id)
        return (gint) middle;
      if (log[middle].id < id)
        low = middle + 1;
      else
        high = middle;
    }
  return -1;
}

/* Replays the log: @before[i] gets the authors just before entry i, the
 * return value those after the last one.  An ordinary change makes itself
 * the author of the fields it sets; an undo puts back the value from
 * before the entry it undid, and with it that value's author. */
static Authors
replay_authors (const DuaalScoreLogEntry *log,
                guint                     n_entries,
                Authors                  *before)
{
  Authors now = { { 0 } };

  for (guint i = 0; i < n_entries; i++)
    {
      gint undone = log[i].undo_of != 0 ? find_entry (log, i, log[i].undo_of) : -1;

      before[i] = now;
      for (guint f = 0; f < G_N_ELEMENTS (each_field); f++)
        {
          if (!(log[i].fields & each_field[f]))
            continue;
          /* An undo of an entry not in this log counts as a change of its own. */
          now.author[f] = undone >= 0 ? before[undone].author[f] : log[i].id;
        }
    }
  return now;
}

DuaalScoreFields
duaal_score_change_plan_undo (const DuaalScoreLogEntry *log,
                              guint                     n_entries,
                              gint64                    undone_id,
                              const DuaalScoreValue    *before,
                              DuaalScoreChange         *restore)
{
  g_autofree Authors *authors_before = g_new0 (Authors, MAX (n_entries, 1));
  Authors now, left;
  gint undone;
  DuaalScoreFields fields;

  g_return_val_if_fail (before != NULL && restore != NULL, 0);
  *restore = (DuaalScoreChange) { 0, before->mastery, before->coverage, before->comment };
  undone = find_entry (log, n_entries, undone_id);
  g_return_val_if_fail (undone >= 0, 0);

  now = replay_authors (log, n_entries, authors_before);
  /* What the undone entry left: the authors just after it. */
  left = (guint) undone + 1 < n_entries ? authors_before[undone + 1] : now;
  fields = log[undone].fields;
  for (guint f = 0; f < G_N_ELEMENTS (each_field); f++)
    if ((fields & each_field[f]) && now.author[f] == left.author[f])
      restore->fields |= each_field[f];
  return fields & ~restore->fields;
}
