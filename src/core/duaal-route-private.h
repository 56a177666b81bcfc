/* duaal-route-private.h: per-row getters only the tests use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-route.h"

G_BEGIN_DECLS

guint                duaal_route_get_count          (DuaalRoute     *self,
                                                     guint           position,
                                                     DuaalRoutePart  part);

DuaalColour          duaal_route_get_marker         (DuaalRoute     *self,
                                                     guint           position);

/* Convenience getters on row @position. */
guint                duaal_route_get_n              (DuaalRoute     *self,
                                                     guint           position);

G_END_DECLS
