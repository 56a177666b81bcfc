/* duaal-indicator.h: one behaviour indicator (gedragsindicator)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DUAAL_TYPE_INDICATOR (duaal_indicator_get_type ())
G_DECLARE_FINAL_TYPE (DuaalIndicator, duaal_indicator, DUAAL, INDICATOR, GObject)

DuaalIndicator *duaal_indicator_new      (const char     *id,
                                          const char     *text);
/* As duaal_indicator_new(), taking ownership of @id and @text (importers
 * make thousands of them and need not copy each string twice). */
DuaalIndicator *duaal_indicator_new_take (char           *id,
                                          char           *text);
const char     *duaal_indicator_get_id   (DuaalIndicator *self);
const char     *duaal_indicator_get_text (DuaalIndicator *self);

G_END_DECLS
