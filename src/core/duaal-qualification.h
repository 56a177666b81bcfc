/* duaal-qualification.h: a professional qualification (beroepskwalificatie)
 *
 * Immutable once created.  (code, version) is its key.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "duaal-competence.h"
#include "duaal-training-unit.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_QUALIFICATION (duaal_qualification_get_type ())
G_DECLARE_FINAL_TYPE (DuaalQualification, duaal_qualification, DUAAL, QUALIFICATION, GObject)

typedef struct {
  char  *framework;   /* "VKS", "EQF", ... */
  guint  value;       /* 1-8 */
} DuaalLevel;

/* Frees the members of @level (for g_array_set_clear_func()). */
void duaal_level_clear (DuaalLevel *level);

/* @levels: (transfer full) (nullable) array of DuaalLevel, freeing its members
 * @competences: (transfer full) (element-type DuaalCompetence), in document order
 * @definition: (nullable); @lang: (nullable) defaults to "nl"; @recognised: a year or 0 */
DuaalQualification *duaal_qualification_new                (const char         *code,
                                                             guint               version,
                                                             const char         *title,
                                                             const char         *definition,
                                                             const char         *lang,
                                                             guint               recognised,
                                                             GArray             *levels,
                                                             GPtrArray          *competences);
const char         *duaal_qualification_get_code            (DuaalQualification *self);
guint               duaal_qualification_get_version         (DuaalQualification *self);
const char         *duaal_qualification_get_title           (DuaalQualification *self);
const char         *duaal_qualification_get_definition      (DuaalQualification *self);
const char         *duaal_qualification_get_lang            (DuaalQualification *self);
guint               duaal_qualification_get_recognised      (DuaalQualification *self);
/* (element-type DuaalLevel) (transfer none) */
GArray             *duaal_qualification_get_levels          (DuaalQualification *self);
guint               duaal_qualification_get_n_competences   (DuaalQualification *self);
guint               duaal_qualification_get_n_indicators    (DuaalQualification *self);
DuaalCompetence    *duaal_qualification_get_competence      (DuaalQualification *self,
                                                             guint               position);
/* (element-type DuaalCompetence) (transfer none) */
GPtrArray          *duaal_qualification_get_competences     (DuaalQualification *self);
/* (nullable) (transfer none) */
DuaalCompetence    *duaal_qualification_find_competence     (DuaalQualification *self,
                                                             const char         *competence_id);
/* Same content (every field, every text, same order) as @other. */
gboolean            duaal_qualification_equal               (DuaalQualification *self,
                                                             DuaalQualification *other);
/* The training units the qualification file defines (SPEC 15), in
 * order; set by the importer.  @units: (element-type DuaalTrainingUnit)
 * (transfer none) (nullable).  The getter never returns NULL. */
void                duaal_qualification_set_training_units  (DuaalQualification *self,
                                                             GPtrArray          *units);
GPtrArray          *duaal_qualification_get_training_units  (DuaalQualification *self);

G_END_DECLS
