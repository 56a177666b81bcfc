/* duaal-sheet-import.h: a filled-in score sheet taken back (SPEC section 16)
 *
 * duaal_sheet_import_read() checks the WHOLE file before anything is
 * applied, and refuses it (DUAAL_ERROR_INVALID_FILE) when:
 * - it is not a score sheet Duaal made, or its hidden tab was changed
 *   (the checksum over it differs);
 * - a learner of the sheet is not that learner in this database, the
 *   learner's trainer is no longer the one the sheet was made for, or
 *   the learner's class group follows another qualification or version;
 * - a cell holds a value that is not allowed: the message names the tab
 *   and the cell, e.g. "Jonas Peeters!D7".
 *
 * Then it compares, per indicator, three values: the one the sheet was
 * made from (kept in its hidden tab), the one in Duaal now, and the one
 * in the sheet.  The sheet changes the fields where it differs from what
 * it was made from; when Duaal's value of such a field changed since too
 * (to something else), the indicator is a conflict.  A conflict is
 * skipped unless forced, in which case the sheet's value wins.
 *
 * duaal_sheet_import_apply() records every change as the sheet's actor,
 * setting only the fields that change, in one transaction, with the
 * sheet's file name as the source in the score log.  Taking the same
 * sheet back twice changes nothing the second time: its values are then
 * Duaal's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "duaal-score-change.h"
#include "duaal-store.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_SHEET_IMPORT (duaal_sheet_import_get_type ())
G_DECLARE_FINAL_TYPE (DuaalSheetImport, duaal_sheet_import, DUAAL, SHEET_IMPORT, GObject)

/* One indicator the sheet changes (a conflict or not). */
typedef struct {
  gint64            learner_id;
  const char       *learner_name;
  const char       *indicator_id;
  const char       *cell;       /* where its row is, e.g. "Jonas Peeters!C12" */
  DuaalScoreValue   base;       /* what the sheet was made from */
  DuaalScoreValue   current;    /* in Duaal now */
  DuaalScoreValue   sheet;      /* in the sheet */
  DuaalScoreFields  fields;     /* the fields taking the sheet's value changes */
  gboolean          conflict;   /* Duaal's value changed since, to another value */
} DuaalSheetItem;

/* Reads and checks @path against @store.
 * Returns: (transfer full): the import, ready to apply, or NULL with
 * @error set */
DuaalSheetImport     *duaal_sheet_import_read         (DuaalStore       *store,
                                                       const char       *path,
                                                       GError          **error);

DuaalActor            duaal_sheet_import_get_actor    (DuaalSheetImport *self);
/* The learners of the sheet, in its order. */
const gint64         *duaal_sheet_import_get_learners (DuaalSheetImport *self,
                                                       guint            *n_learners);
/* The indicators the sheet changes, conflicts included, in the sheet's
 * order. */
guint                 duaal_sheet_import_get_n_items  (DuaalSheetImport *self);
const DuaalSheetItem *duaal_sheet_import_get_item     (DuaalSheetImport *self,
                                                       guint             index);
guint                 duaal_sheet_import_get_n_conflicts (DuaalSheetImport *self);
/* What applying would do: indicators changed, left as they are, and
 * skipped as conflicts (always 0 when @force). */
void                  duaal_sheet_import_count        (DuaalSheetImport *self,
                                                       gboolean          force,
                                                       guint            *changed,
                                                       guint            *unchanged,
                                                       guint            *skipped);
/* Compares with Duaal's values again, then records the changes (with
 * @force, the conflicts' sheet values too) in one transaction; nothing
 * when there is nothing to change.  The items and counts are then those
 * of this comparison.  A conflict that arose since the sheet was read
 * is skipped without @force, and refused (DUAAL_ERROR_CONFLICT, nothing
 * written) with it: nobody chose to overwrite it. */
gboolean              duaal_sheet_import_apply        (DuaalSheetImport *self,
                                                       gboolean          force,
                                                       GError          **error);

G_END_DECLS
