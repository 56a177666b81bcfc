/* duaal-context.h: a CCV context of a qualification (SPEC section 14)
 *
 * A bundle of related, authentic workplace activities that offers
 * learning potential for some competences of a qualification.  A
 * qualification's contexts have an order, the learning line
 * (duaal-learning-line.h); a context's position is its place on it,
 * from 1.  A value object read from the store; immutable.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DUAAL_TYPE_CONTEXT (duaal_context_get_type ())
G_DECLARE_FINAL_TYPE (DuaalContext, duaal_context, DUAAL, CONTEXT, GObject)

/* Where training plans are rebuilt from (duaal_store_reset_plans()):
 * the companies' activity lists, or the contexts they offer (a
 * competence is planned where an offered context offers it). */
typedef enum {
  DUAAL_PLAN_FROM_ACTIVITIES,
  DUAAL_PLAN_FROM_CONTEXTS,
} DuaalPlanSource;

/* @id: the store's id, 0 for a context not stored yet (one read from a
 * qualification file); @activities: (nullable); @competences: the
 * competence ids it offers, in the qualification's order */
DuaalContext       *duaal_context_new             (gint64              id,
                                                   guint               position,
                                                   const char         *title,
                                                   const char         *activities,
                                                   const char * const *competences);
gint64              duaal_context_get_id          (DuaalContext       *self);
guint               duaal_context_get_position    (DuaalContext       *self);
const char         *duaal_context_get_title       (DuaalContext       *self);
/* (nullable) */
const char         *duaal_context_get_activities  (DuaalContext       *self);
/* (transfer none) never NULL, possibly empty */
const char * const *duaal_context_get_competences (DuaalContext       *self);
gboolean            duaal_context_offers          (DuaalContext       *self,
                                                   const char         *competence_id);

G_END_DECLS
