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

/* The CCV contexts (SPEC 14) the qualification's file defines, for the
 * import: (nullable) (transfer none) (element-type DuaalContext), in
 * learning-line order.  Not part of duaal_qualification_equal(): a
 * store keeps its contexts apart, and a coach may have edited them. */
GPtrArray          *duaal_qualification_get_contexts        (DuaalQualification *self);
/* Set once, by the importer: @contexts (transfer full) (nullable) */
void                duaal_qualification_take_contexts       (DuaalQualification *self,
                                                             GPtrArray          *contexts);

G_END_DECLS
