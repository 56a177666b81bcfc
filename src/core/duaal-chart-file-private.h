/* duaal-chart-file-private.h: what the charts' file exports share
 *
 * The competence route and the learning line are written as PNG, SVG or
 * PDF, chosen by the file's extension; the vector formats are drawn
 * into memory first and then replace the file in one go.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  DUAAL_CHART_FORMAT_PNG,
  DUAAL_CHART_FORMAT_SVG,
  DUAAL_CHART_FORMAT_PDF,
} DuaalChartFormat;

/* The format of @path by its extension (any case); DUAAL_ERROR_INVALID
 * naming the file for another one. */
gboolean       duaal_chart_format_from_path (const char           *path,
                                             DuaalChartFormat     *format,
                                             GError              **error);
/* A cairo_write_func_t appending to the GByteArray @closure. */
cairo_status_t duaal_chart_append_to_bytes  (void                 *closure,
                                             const unsigned char  *data,
                                             unsigned int          length);

G_END_DECLS
