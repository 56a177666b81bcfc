/* duaal-ccv-dialog.h: editing a CCV context or a lesson scenario (SPEC section 14)
 *
 * A modal window with the title, the texts (a context's activities; a
 * scenario's template, objectives and course), a check per competence
 * of the qualification and, for a scenario, its campus sessions.  "Save"
 * writes through the store (duaal_store_add_context() and friends): a
 * refusal is shown with its cause and the window stays open; on success
 * it closes.  What it changed reaches every view as a change notice.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "duaal-store.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_CCV_DIALOG (duaal_ccv_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DuaalCcvDialog, duaal_ccv_dialog, DUAAL, CCV_DIALOG, AdwWindow)

/* @context: (nullable) the context to change, NULL for a new one at the
 * end of the learning line of @qualification. */
DuaalCcvDialog *duaal_ccv_dialog_new_for_context  (GtkWindow          *parent,
                                                   DuaalStore         *store,
                                                   DuaalQualification *qualification,
                                                   DuaalContext       *context);
/* @scenario: (nullable) the scenario to change, NULL for a new one. */
DuaalCcvDialog *duaal_ccv_dialog_new_for_scenario (GtkWindow          *parent,
                                                   DuaalStore         *store,
                                                   DuaalQualification *qualification,
                                                   DuaalScenario      *scenario);
/* For the tests: fill in what a coach types, then save. */
void            duaal_ccv_dialog_set_title_text   (DuaalCcvDialog     *self,
                                                   const char         *title);
gboolean        duaal_ccv_dialog_set_competence   (DuaalCcvDialog     *self,
                                                   const char         *competence_id,
                                                   gboolean            chosen);
void            duaal_ccv_dialog_set_sessions     (DuaalCcvDialog     *self,
                                                   guint               sessions);
gboolean        duaal_ccv_dialog_save             (DuaalCcvDialog     *self,
                                                   GError            **error);

G_END_DECLS
