/* duaal-qualification-private.h: lookups only the tests use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-qualification.h"

G_BEGIN_DECLS

/* (nullable) (transfer none); @competence: (out) (optional) (transfer none) */
DuaalIndicator     *duaal_qualification_find_indicator      (DuaalQualification *self,
                                                             const char         *indicator_id,
                                                             DuaalCompetence   **competence);

G_END_DECLS
