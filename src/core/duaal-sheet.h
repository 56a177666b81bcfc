/* duaal-sheet.h: score sheets for trainers and learners without Duaal
 * (SPEC section 16)
 *
 * A score sheet is an XLSX workbook, written with libxlsxwriter, with
 * one tab per learner (named after the learner) listing each
 * competence's indicators with the actor's current mastery and coverage
 * in cells that offer only X / lil / V and N / S / R (drop-down lists),
 * a comment cell, and the other actors' colours and progress: what
 * duaal_status_filter_for_viewer() leaves the actor, and nothing more.
 * Everything but those cells is protected.  A hidden, protected tab
 * keeps what duaal-sheet-import.h needs to take the sheet back.
 *
 * A trainer gets one workbook with a tab per learner they train in the
 * class group; a learner one workbook of their own.  The PDF version has
 * boxes to tick and lines for comments, for trainers who work on paper.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-store.h"

G_BEGIN_DECLS

/* The score sheet of @actor (DUAAL_ACTOR_TRAINER or DUAAL_ACTOR_LEARNER)
 * for one learner, as XLSX.  Fails with DUAAL_ERROR_INVALID for a
 * trainer's sheet of a learner without a trainer. */
gboolean duaal_sheet_write_learner     (DuaalStore  *store,
                                        gint64       learner_id,
                                        DuaalActor   actor,
                                        const char  *path,
                                        GError     **error);

/* The same on A4 paper (PDF): boxes to tick, lines for comments. */
gboolean duaal_sheet_write_learner_pdf (DuaalStore  *store,
                                        gint64       learner_id,
                                        DuaalActor   actor,
                                        const char  *path,
                                        GError     **error);

/* One trainer's workbook for a class group: a tab per learner of
 * @group_id whose trainer is @trainer_id. */
gboolean duaal_sheet_write_trainer     (DuaalStore  *store,
                                        gint64       group_id,
                                        gint64       trainer_id,
                                        const char  *path,
                                        GError     **error);

/* A class group's sheets into @directory: one workbook per trainer
 * (learners without a trainer are left out) or one per learner, named
 * after them ("Karel De Smet.xlsx"; "Name (2).xlsx" for a second of a
 * name).
 * Returns: (transfer full): the files written, in the order of the
 * group's learners, or NULL with @error set */
GStrv    duaal_sheet_write_group       (DuaalStore  *store,
                                        gint64       group_id,
                                        DuaalActor   actor,
                                        const char  *directory,
                                        GError     **error);

/* The file name of a sheet for @name, a trainer or a learner:
 * "Karel De Smet.xlsx", with what a file system refuses made "-". */
char    *duaal_sheet_file_name         (const char  *name);

G_END_DECLS
