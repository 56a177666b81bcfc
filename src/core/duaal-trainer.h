/* duaal-trainer.h: a workplace trainer (praktijkopleider) at a company
 *
 * A value object read from the store; immutable.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DUAAL_TYPE_TRAINER (duaal_trainer_get_type ())
G_DECLARE_FINAL_TYPE (DuaalTrainer, duaal_trainer, DUAAL, TRAINER, GObject)

DuaalTrainer *duaal_trainer_new            (gint64        id,
                                            const char   *name,
                                            gint64        company_id);
gint64        duaal_trainer_get_id         (DuaalTrainer *self);
const char   *duaal_trainer_get_name       (DuaalTrainer *self);
gint64        duaal_trainer_get_company_id (DuaalTrainer *self);

G_END_DECLS
