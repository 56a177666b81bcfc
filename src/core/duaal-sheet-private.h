/* duaal-sheet-private.h: the layout a score sheet's writer and its
 * import share
 *
 * A learner's tab: a few header rows, then per competence one row with
 * its id, title and the other actors' colours, and per indicator one row:
 *
 *   A id | B text | C mastery | D coverage | E comment | F, G others
 *
 * Only C, D and E of an indicator's row are unlocked.
 *
 * The hidden tab DUAAL_SHEET_INFO_TAB holds what the import needs, one
 * record per row, DUAAL_SHEET_INFO_COLUMNS cells each (empty = ""):
 *
 *   duaal-score-sheet | 1 (format)
 *   actor             | trainer | viewer id | viewer name (the trainer's or learner's)
 *   qualification     | code    | version
 *   group             | id
 *   learner           | id      | name | tab
 *   indicator         | learner id | indicator id | row | mastery | coverage | comment
 *   ...
 *   checksum          | SHA-256 of every record above (duaal_sheet_checksum())
 *
 * The indicator records hold the values the sheet was made from: the
 * import finds conflicts against them.  Every value is written as a
 * string, so it reads back as written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "duaal-store.h"

G_BEGIN_DECLS

#define DUAAL_SHEET_INFO_TAB        "Duaal"
#define DUAAL_SHEET_INFO_FORMAT     "duaal-score-sheet"
#define DUAAL_SHEET_INFO_VERSION    "1"
#define DUAAL_SHEET_INFO_COLUMNS    7

/* The columns of a learner's tab. */
enum {
  DUAAL_SHEET_COLUMN_ID,
  DUAAL_SHEET_COLUMN_TEXT,
  DUAAL_SHEET_COLUMN_MASTERY,
  DUAAL_SHEET_COLUMN_COVERAGE,
  DUAAL_SHEET_COLUMN_COMMENT,
  DUAAL_SHEET_COLUMN_OTHERS,
};

/* The SHA-256 (hex) over @records, each a GStrv of
 * DUAAL_SHEET_INFO_COLUMNS strings.  Detects a hidden tab changed by
 * hand; it is no secret. */
char *duaal_sheet_checksum        (GPtrArray  *records);

/* @text with every line ending made "\n" (a spreadsheet's XML reads "\r\n"
 * back as "\n"), NULL for NULL or "". */
char *duaal_sheet_normalize_text  (const char *text);

/* A tab name Excel accepts, unique (ignoring case) among @used, which it
 * is added to: at most 31 characters, none of []:*?/\, no apostrophe
 * first or last, not "History"; "Name (2)" for the second of a name. */
char *duaal_sheet_make_tab_name   (const char *name,
                                   GHashTable *used);

/* The learner's current status as @actor (trainer or learner) may see
 * it (duaal_status_filter_for_viewer()), and the viewer's id; fails for
 * a trainer's sheet of a learner without a trainer. */
DuaalStatus *duaal_sheet_load_learner_status (DuaalStore  *store,
                                              gint64       learner_id,
                                              DuaalActor   actor,
                                              gint64      *viewer_id,
                                              GError     **error);

G_END_DECLS
