/* duaal-training-unit.h: a training unit (opleidingsonderdeel) of a qualification
 *
 * SPEC section 15: a unit groups competences of a qualification; a
 * learner chooses units to be assessed summatively at the end of a
 * period.  Immutable once made.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DUAAL_TYPE_TRAINING_UNIT (duaal_training_unit_get_type ())
G_DECLARE_FINAL_TYPE (DuaalTrainingUnit, duaal_training_unit, DUAAL, TRAINING_UNIT, GObject)

/* @competences: the competence ids, in order (copied) */
DuaalTrainingUnit  *duaal_training_unit_new             (const char         *code,
                                                         const char         *title,
                                                         const char * const *competences);
/* The same from what a person typed or a file gave: the code by the id
 * rules ([A-Za-z0-9._-], 1 to 64), the title as one line of at most 500
 * characters (duaal_input_clean_line()), at least one competence id,
 * each valid and none twice.  NULL with DUAAL_ERROR_INVALID otherwise. */
DuaalTrainingUnit  *duaal_training_unit_new_checked     (const char         *code,
                                                         const char         *title,
                                                         const char * const *competences,
                                                         GError            **error);
const char         *duaal_training_unit_get_code        (DuaalTrainingUnit  *self);
const char         *duaal_training_unit_get_title       (DuaalTrainingUnit  *self);
/* (transfer none) NULL-terminated */
const char * const *duaal_training_unit_get_competences (DuaalTrainingUnit  *self);
gboolean            duaal_training_unit_has_competence  (DuaalTrainingUnit  *self,
                                                         const char         *competence_id);
gboolean            duaal_training_unit_equal           (DuaalTrainingUnit  *self,
                                                         DuaalTrainingUnit  *other);

G_END_DECLS
