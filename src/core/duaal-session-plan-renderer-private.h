/* duaal-session-plan-renderer-private.h: what only the tests use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-session-plan-renderer.h"

G_BEGIN_DECLS

gboolean duaal_session_plan_render_png       (DuaalSessionPlan  *plan,
                                              double             scale,
                                              const char        *path,
                                              GError           **error);

G_END_DECLS
