/* fuzz-qualification.c: libFuzzer target for the qualification XML import
 *
 * Whatever the bytes, the importer returns either a qualification or an
 * error (never both, never neither), and never crashes, leaks into
 * undefined behaviour (ASan, UBSan) or emits a critical warning.
 * Build and run: `make fuzz` (tests/fuzz/README.md).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdint.h>
#include <stdlib.h>

#include "duaal-competence.h"
#include "duaal-error.h"
#include "duaal-qualification-import-private.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

/* Reads every part of an accepted qualification, so that a bad pointer
 * left in the model shows up here rather than in the application. */
static void
walk (DuaalQualification *qualification)
{
  GPtrArray *competences = duaal_qualification_get_competences (qualification);
  guint n_indicators = 0;

  if (duaal_qualification_get_code (qualification) == NULL
      || duaal_qualification_get_title (qualification) == NULL
      || competences->len == 0)
    abort ();
  for (guint c = 0; c < competences->len; c++)
    {
      DuaalCompetence *competence = g_ptr_array_index (competences, c);
      GPtrArray *indicators = duaal_competence_get_indicators (competence);

      if (duaal_competence_get_id (competence) == NULL
          || duaal_competence_get_title (competence) == NULL
          || indicators->len == 0)
        abort ();
      n_indicators += indicators->len;
    }
  if (n_indicators != duaal_qualification_get_n_indicators (qualification))
    abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalQualification) qualification = NULL;

  qualification = duaal_qualification_import_bytes ("fuzz.xml", bytes, &error);
  if ((qualification == NULL) == (error == NULL))
    abort ();
  if (qualification != NULL)
    walk (qualification);
  else if (error->domain != DUAAL_ERROR || error->message == NULL)
    abort ();
  return 0;
}
