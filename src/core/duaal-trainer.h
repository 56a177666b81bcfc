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

G_END_DECLS
