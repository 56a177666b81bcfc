/* duaal-chart-file.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "duaal-chart-file-private.h"
#include "duaal-error.h"

gboolean
duaal_chart_format_from_path (const char        *path,
                              DuaalChartFormat  *format,
                              GError           **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    *format = DUAAL_CHART_FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = DUAAL_CHART_FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = DUAAL_CHART_FORMAT_PDF;
  else
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("Cannot tell the image format of “%s”: the name should end in .png, .svg or .pdf"),
                   path);
      return FALSE;
    }
  return TRUE;
}

cairo_status_t
duaal_chart_append_to_bytes (void                *closure,
                             const unsigned char *data,
                             unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}
