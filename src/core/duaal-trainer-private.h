/* duaal-trainer-private.h: what only the tests use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-trainer.h"

G_BEGIN_DECLS

const char   *duaal_trainer_get_name       (DuaalTrainer *self);

G_END_DECLS
