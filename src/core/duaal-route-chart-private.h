/* duaal-route-chart-private.h: what the tests look into
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-route-chart.h"

G_BEGIN_DECLS

/* The text work of laying the chart out at @width (default font): the
 * Pango layouts made and the bytes of text handed to them.  Laying out
 * is linear in the text when each text is handed over a bounded number
 * of times, whatever its length. */
void duaal_route_chart_count_text_work (DuaalRoute *a,
                                        DuaalRoute *b,
                                        double      width,
                                        guint      *n_layouts,
                                        gsize      *n_bytes);

/* One route bar alone (e.g. in a table cell): the four parts of
 * @counts in their fixed order across @w, each with its pattern and,
 * where it fits, its count; n is the sum of @counts. */
void     duaal_route_chart_draw_bar    (cairo_t                   *cr,
                                        const guint                counts[DUAAL_N_ROUTE_PARTS],
                                        double                     x,
                                        double                     y,
                                        double                     w,
                                        double                     h);

G_END_DECLS
