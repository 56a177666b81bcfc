/* duaal-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "duaal-error.h"

G_DEFINE_QUARK (duaal-error-quark, duaal_error)

/* Whether the error lies in what the user gave us rather than in the
 * machine; decides duaal-cli's exit code (2 versus 1). */
gboolean
duaal_error_is_bad_input (const GError *error)
{
  if (error == NULL)
    return FALSE;
  if (error->domain == DUAAL_ERROR)
    return error->code < DUAAL_ERROR_DATABASE;
  return error->domain == G_MARKUP_ERROR || error->domain == G_OPTION_ERROR;
}
