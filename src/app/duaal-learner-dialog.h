/* duaal-learner-dialog.h: add a learner to a class group, or edit one
 *
 * Asks for the learner's name, company and workplace trainer.  A company
 * not known yet is created.  Stores the change itself on "Save" and
 * emits ::saved; errors appear in a message dialog with the exact cause.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "duaal-store.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_LEARNER_DIALOG (duaal_learner_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DuaalLearnerDialog, duaal_learner_dialog, DUAAL, LEARNER_DIALOG, AdwMessageDialog)

/* @learner: (nullable): the learner to edit, NULL to add one to @group_id */
DuaalLearnerDialog *duaal_learner_dialog_new                (GtkWindow          *parent,
                                                             DuaalStore         *store,
                                                             gint64              group_id,
                                                             DuaalLearner       *learner);
GtkEditable        *duaal_learner_dialog_get_name_entry     (DuaalLearnerDialog *self);
GtkEditable        *duaal_learner_dialog_get_company_entry  (DuaalLearnerDialog *self);
GtkEditable        *duaal_learner_dialog_get_trainer_entry  (DuaalLearnerDialog *self);
/* What the "save" response does: the learner's id, 0 with @error set. */
gint64              duaal_learner_dialog_save               (DuaalLearnerDialog *self,
                                                             GError            **error);

G_END_DECLS
