/* duaal-score-change.h: a change to one score, and the rules of SPEC 3
 *
 * A change sets one, two or all three of a score's fields (mastery,
 * coverage, comment); the fields it leaves out keep their current values.
 * Undoing a change puts back the fields it set, except those whose value
 * has been changed since.  Both rules are pure functions here: a store
 * reads the current value and the cell's log inside its write
 * transaction and calls them there, so two people changing different
 * fields of the same indicator at the same moment both keep their change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "duaal-types.h"

G_BEGIN_DECLS

/* The fields of a score; a change sets a combination of them.  The
 * values are those of the score_log.fields column. */
typedef enum {
  DUAAL_SCORE_FIELD_MASTERY  = 1 << 0,
  DUAAL_SCORE_FIELD_COVERAGE = 1 << 1,
  DUAAL_SCORE_FIELD_COMMENT  = 1 << 2,
} DuaalScoreFields;

#define DUAAL_SCORE_FIELDS_ALL \
  (DUAAL_SCORE_FIELD_MASTERY | DUAAL_SCORE_FIELD_COVERAGE | DUAAL_SCORE_FIELD_COMMENT)

/* A score's whole value: what one actor's cell holds. */
typedef struct {
  DuaalMastery   mastery;
  DuaalCoverage  coverage;
  const char    *comment;   /* (nullable) */
} DuaalScoreValue;

/* A change: the fields it sets and their new values; the members of the
 * fields it does not set are ignored.  DUAAL_MASTERY_NONE clears the
 * mastery, a NULL comment removes the comment. */
typedef struct {
  DuaalScoreFields  fields;
  DuaalMastery      mastery;
  DuaalCoverage     coverage;
  const char       *comment;   /* (nullable) */
} DuaalScoreChange;


/* A boxed copy, for signals; its comment is part of the same block. */
#define DUAAL_TYPE_SCORE_CHANGE (duaal_score_change_get_type ())
GType             duaal_score_change_get_type (void) G_GNUC_CONST;
DuaalScoreChange *duaal_score_change_copy     (const DuaalScoreChange *change);
void              duaal_score_change_free     (DuaalScoreChange       *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DuaalScoreChange, duaal_score_change_free)

/* FALSE (DUAAL_ERROR_INVALID) when the change sets no field, a value out
 * of range or a comment that is not UTF-8. */
gboolean          duaal_score_change_validate (const DuaalScoreChange *change,
                                               GError                **error);

/* The value after @change: its fields from @change, the others from
 * @current (NULL: not scored yet).  The comment is borrowed from either. */
DuaalScoreValue   duaal_score_change_merge    (const DuaalScoreValue  *current,
                                               const DuaalScoreChange *change);

/* Whether applying @change to @current (NULL: not scored) alters it. */
gboolean          duaal_score_change_alters   (const DuaalScoreChange *change,
                                               const DuaalScoreValue  *current);

/* Not scored at all: no mastery, no coverage, no comment. */
gboolean          duaal_score_value_is_empty  (const DuaalScoreValue  *value);

/* "mastery", "coverage", "comment" for one field, as duaal-cli prints them. */
const char       *duaal_score_field_to_string (DuaalScoreFields        field);

/* One entry of a cell's log (one learner, indicator and actor), as the
 * undo rule needs it. */
typedef struct {
  gint64            id;
  DuaalScoreFields  fields;    /* what the entry set */
  gint64            undo_of;   /* the entry it undid; 0 for an ordinary change */
} DuaalScoreLogEntry;

/* The undo rule.  @log: the whole log of the undone entry's cell, oldest
 * first; @undone_id: the entry to undo; @before: the cell's value just
 * before that entry.
 *
 * A field the undone entry set is restored to its value in @before when
 * the value it holds now is still the one that entry left: nobody has
 * set it since, or every later change of it has itself been undone (so
 * undoing one's own changes one after the other walks back through
 * them).  Otherwise it is kept: undo never erases later work.
 *
 * Fills @restore with the restored fields and their values (fields 0:
 * nothing to restore) and returns the fields kept.  @undone_id must be
 * in @log. */
DuaalScoreFields  duaal_score_change_plan_undo (const DuaalScoreLogEntry *log,
                                                guint                     n_entries,
                                                gint64                    undone_id,
                                                const DuaalScoreValue    *before,
                                                DuaalScoreChange         *restore);

G_END_DECLS
