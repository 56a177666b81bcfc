/* duaal-connect-dialog-private.h: for the UI tests only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-connect-dialog.h"

G_BEGIN_DECLS

/* Types into the fields, as a coach would. */
void duaal_connect_dialog_fill (DuaalConnectDialog *self,
                                const char         *server,
                                const char         *database,
                                const char         *login,
                                const char         *password);

G_END_DECLS
