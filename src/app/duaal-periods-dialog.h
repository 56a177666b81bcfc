/* duaal-periods-dialog.h: names and dates of a class group's periods
 *
 * Opened from the class page beside its period picker.  Each change is
 * kept when it is applied (Enter or the row's apply button), one period
 * at a time, as in GNOME's preferences windows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "duaal-store.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_PERIODS_DIALOG (duaal_periods_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DuaalPeriodsDialog, duaal_periods_dialog, DUAAL, PERIODS_DIALOG, AdwPreferencesWindow)

/* Reads the group's periods now; NULL with @error when it cannot. */
DuaalPeriodsDialog *duaal_periods_dialog_new  (GtkWindow           *parent,
                                               DuaalStore          *store,
                                               gint64               group_id,
                                               GError             **error);
/* Types into period @number's field ("name", "starts" or "ends") and
 * applies it, as the coach does; FALSE for no such field. */
gboolean            duaal_periods_dialog_edit (DuaalPeriodsDialog  *self,
                                               guint                number,
                                               const char          *field,
                                               const char          *text);

G_END_DECLS
