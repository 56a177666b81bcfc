/* duaal-company.h: a learning company (leerbedrijf) with its activity list
 *
 * A value object read from the store; immutable.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DUAAL_TYPE_COMPANY (duaal_company_get_type ())
G_DECLARE_FINAL_TYPE (DuaalCompany, duaal_company, DUAAL, COMPANY, GObject)

/* @activities: (nullable) competence ids of the activity list */
DuaalCompany *duaal_company_new            (gint64              id,
                                            const char         *name,
                                            const char * const *activities);
gint64        duaal_company_get_id         (DuaalCompany       *self);
const char   *duaal_company_get_name       (DuaalCompany       *self);
/* (transfer none) never NULL, possibly empty */
const char * const *duaal_company_get_activities (DuaalCompany *self);
gboolean      duaal_company_has_activity   (DuaalCompany       *self,
                                            const char         *competence_id);

G_END_DECLS
