/* duaal-ccv-input.h: what a coach types for contexts and scenarios (SPEC 14)
 *
 * The rules of duaal-input.h for the texts of CCV contexts and lesson
 * scenarios, in one place for every backend and the qualification
 * file: a title is one line of at most DUAAL_INPUT_MAX_TITLE characters
 * and never blank; the longer texts (a context's activities, a
 * scenario's template, objectives and course) may be left out and keep
 * their line breaks, at most DUAAL_CCV_MAX_TEXT characters.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "duaal-scenario.h"

G_BEGIN_DECLS

#define DUAAL_CCV_MAX_TEXT 4000

typedef enum {
  DUAAL_CCV_CONTEXT,
  DUAAL_CCV_SCENARIO,
} DuaalCcvKind;

/* The title, cleaned; NULL with DUAAL_ERROR_INVALID saying why. */
char     *duaal_ccv_clean_title (const char    *title,
                                 DuaalCcvKind   kind,
                                 GError       **error);
/* A longer text: trimmed, in NFC, line breaks kept; missing or blank
 * gives TRUE with *@clean NULL. */
gboolean  duaal_ccv_clean_text  (const char    *text,
                                 char         **clean,
                                 GError       **error);
/* Every text of @texts cleaned into @clean (whose strings the caller
 * frees with duaal_ccv_clear_texts()), and the session estimate checked. */
gboolean  duaal_ccv_clean_scenario_texts (const DuaalScenarioTexts *texts,
                                          DuaalScenarioTexts       *clean,
                                          GError                  **error);
void      duaal_ccv_clear_texts (DuaalScenarioTexts *texts);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DuaalScenarioTexts, duaal_ccv_clear_texts)

/* Competence ids as given: at least one, each a valid id; duplicates
 * dropped.  DUAAL_ERROR_INVALID otherwise.  (transfer full) */
GStrv     duaal_ccv_check_competence_ids (const char * const *competences,
                                          DuaalCcvKind        kind,
                                          GError            **error);

G_END_DECLS
