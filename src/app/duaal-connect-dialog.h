/* duaal-connect-dialog.h: "Connect to a Team Database…" (SPEC section 13)
 *
 * Asks for server, database and login (remembered in GSettings) and the
 * password (from and, when the coach wants, into the GNOME keyring),
 * connects in a thread so the window stays responsive, and hands the
 * store to the application, whose windows then show the team database.
 * A failure is said in the dialog, which stays open to correct it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DUAAL_TYPE_CONNECT_DIALOG (duaal_connect_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DuaalConnectDialog, duaal_connect_dialog, DUAAL, CONNECT_DIALOG, AdwWindow)

DuaalConnectDialog *duaal_connect_dialog_new         (GtkWindow          *parent);
/* Starts connecting with what the fields hold, as the Connect button does. */
void                duaal_connect_dialog_connect     (DuaalConnectDialog *self);
/* (transfer none) the message shown after a failed attempt, or NULL */
const char         *duaal_connect_dialog_get_error   (DuaalConnectDialog *self);
gboolean            duaal_connect_dialog_is_busy     (DuaalConnectDialog *self);

G_END_DECLS
