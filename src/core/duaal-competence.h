/* duaal-competence.h: a competence with its indicators and knowledge items
 *
 * Immutable once created.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "duaal-indicator.h"
#include "duaal-knowledge-item.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_COMPETENCE (duaal_competence_get_type ())
G_DECLARE_FINAL_TYPE (DuaalCompetence, duaal_competence, DUAAL, COMPETENCE, GObject)

/* @indicators: (transfer full) (element-type DuaalIndicator), at least one
 * @knowledge: (transfer full) (nullable) (element-type DuaalKnowledgeItem)
 * @number: the register's number, 0 when absent
 * @reference, @group_title: (nullable) */
DuaalCompetence *duaal_competence_new                (const char      *id,
                                                      guint            number,
                                                      const char      *title,
                                                      const char      *reference,
                                                      const char      *group_title,
                                                      GPtrArray       *indicators,
                                                      GPtrArray       *knowledge);
const char      *duaal_competence_get_id             (DuaalCompetence *self);
guint            duaal_competence_get_number         (DuaalCompetence *self);
const char      *duaal_competence_get_title          (DuaalCompetence *self);
const char      *duaal_competence_get_reference      (DuaalCompetence *self);
const char      *duaal_competence_get_group_title    (DuaalCompetence *self);
guint            duaal_competence_get_n_indicators   (DuaalCompetence *self);
DuaalIndicator  *duaal_competence_get_indicator      (DuaalCompetence *self,
                                                      guint            position);
/* (element-type DuaalIndicator) (transfer none) */
GPtrArray       *duaal_competence_get_indicators     (DuaalCompetence *self);
/* (element-type DuaalKnowledgeItem) (transfer none) */
GPtrArray       *duaal_competence_get_knowledge      (DuaalCompetence *self);
/* (nullable) (transfer none) */
DuaalIndicator  *duaal_competence_find_indicator     (DuaalCompetence *self,
                                                      const char      *indicator_id);
/* Same content (every field, every text, same order) as @other. */
gboolean         duaal_competence_equal              (DuaalCompetence *self,
                                                      DuaalCompetence *other);

G_END_DECLS
