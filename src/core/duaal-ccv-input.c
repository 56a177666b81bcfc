/* duaal-ccv-input.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "duaal-ccv-input.h"
#include "duaal-error.h"
#include "duaal-input.h"

char *
duaal_ccv_clean_title (const char    *title,
                       DuaalCcvKind   kind,
                       GError       **error)
{
  DuaalInputProblem problem = DUAAL_INPUT_OK;
  glong length = 0;
  char *clean = duaal_input_clean_line (title != NULL ? title : "", DUAAL_INPUT_MAX_TITLE,
                                        &problem, NULL, &length);

  if (clean != NULL)
    return clean;
  switch (problem)
    {
    case DUAAL_INPUT_BLANK:
      g_set_error_literal (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                           kind == DUAAL_CCV_CONTEXT ? _("A context needs a title.")
                                                     : _("A lesson scenario needs a title."));
      break;
    case DUAAL_INPUT_TOO_LONG:
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("The title is too long (%ld characters; at most %d)."), length, DUAAL_INPUT_MAX_TITLE);
      break;
    case DUAAL_INPUT_OK:
    case DUAAL_INPUT_NOT_UTF8:
    case DUAAL_INPUT_CONTROL:
    default:
      g_set_error_literal (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                           _("The title must be one line of text."));
      break;
    }
  return NULL;
}

gboolean
duaal_ccv_clean_text (const char  *text,
                      char       **clean,
                      GError     **error)
{
  g_autofree char *normal = NULL;
  glong length;

  *clean = NULL;
  if (text == NULL)
    return TRUE;
  if (!g_utf8_validate (text, -1, NULL)
      || duaal_input_find_control (text, text + strlen (text), TRUE) != NULL)
    {
      g_set_error_literal (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                           _("The text holds characters that are not allowed."));
      return FALSE;
    }
  length = g_utf8_strlen (text, -1);
  if (length > DUAAL_CCV_MAX_TEXT * 4)
    goto too_long;
  normal = g_strstrip (duaal_input_normalize (text));
  length = g_utf8_strlen (normal, -1);
  if (length > DUAAL_CCV_MAX_TEXT)
    goto too_long;
  /* Blank: nothing visible once the line breaks count as spaces. */
  {
    g_autofree char *line = g_strdelimit (g_strdup (normal), "\r\n\t", ' ');

    if (duaal_input_check_visible (g_strstrip (line), NULL) == DUAAL_INPUT_OK)
      *clean = g_steal_pointer (&normal);
  }
  return TRUE;

too_long:
  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
               _("The text is too long (%ld characters; at most %d)."), length, DUAAL_CCV_MAX_TEXT);
  return FALSE;
}

void
duaal_ccv_clear_texts (DuaalScenarioTexts *texts)
{
  g_clear_pointer ((char **) &texts->title, g_free);
  g_clear_pointer ((char **) &texts->template_name, g_free);
  g_clear_pointer ((char **) &texts->objectives, g_free);
  g_clear_pointer ((char **) &texts->course, g_free);
}

gboolean
duaal_ccv_clean_scenario_texts (const DuaalScenarioTexts *texts,
                                DuaalScenarioTexts       *clean,
                                GError                  **error)
{
  char *template_name = NULL, *objectives = NULL, *course = NULL;

  *clean = (DuaalScenarioTexts) { .sessions = texts->sessions };
  if (texts->sessions < DUAAL_SCENARIO_MIN_SESSIONS || texts->sessions > DUAAL_SCENARIO_MAX_SESSIONS)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("A lesson scenario takes %d to %d campus sessions, not %u."),
                   DUAAL_SCENARIO_MIN_SESSIONS, DUAAL_SCENARIO_MAX_SESSIONS, texts->sessions);
      return FALSE;
    }
  clean->title = duaal_ccv_clean_title (texts->title, DUAAL_CCV_SCENARIO, error);
  if (clean->title == NULL
      || !duaal_ccv_clean_text (texts->template_name, &template_name, error)
      || !duaal_ccv_clean_text (texts->objectives, &objectives, error)
      || !duaal_ccv_clean_text (texts->course, &course, error))
    {
      g_free (template_name);
      g_free (objectives);
      duaal_ccv_clear_texts (clean);
      return FALSE;
    }
  clean->template_name = template_name;
  clean->objectives = objectives;
  clean->course = course;
  return TRUE;
}

GStrv
duaal_ccv_check_competence_ids (const char * const *competences,
                                DuaalCcvKind        kind,
                                GError            **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; competences != NULL && competences[i] != NULL; i++)
    {
      if (!duaal_input_is_valid_id (competences[i], DUAAL_INPUT_MAX_ID))
        {
          g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                       _("“%s” is not a valid competence id"), competences[i]);
          return NULL;
        }
      if (g_hash_table_add (seen, (gpointer) competences[i]))
        g_strv_builder_add (builder, competences[i]);
    }
  if (g_hash_table_size (seen) == 0)
    {
      g_set_error_literal (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                           kind == DUAAL_CCV_CONTEXT ? _("A context must offer at least one competence.")
                                                     : _("A lesson scenario must aim at at least one competence."));
      return NULL;
    }
  return g_strv_builder_end (builder);
}
