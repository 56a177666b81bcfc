/* duaal-connection-banner.h: says when the team database is out of reach
 *
 * Under the header bar, shown only while the connection to the team
 * database is down (SPEC section 13): changes are refused meanwhile, the
 * store reconnects by itself, and "Try Again" tries at once.  libadwaita
 * 1.2 has no AdwBanner, so this is a revealer styled like one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "duaal-store.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_CONNECTION_BANNER (duaal_connection_banner_get_type ())
G_DECLARE_FINAL_TYPE (DuaalConnectionBanner, duaal_connection_banner, DUAAL, CONNECTION_BANNER, GtkWidget)

GtkWidget *duaal_connection_banner_new       (void);
/* @store: (nullable) the store to follow; only a team database's can go down */
void       duaal_connection_banner_set_store (DuaalConnectionBanner *self,
                                              DuaalStore            *store);
gboolean   duaal_connection_banner_is_shown  (DuaalConnectionBanner *self);

G_END_DECLS
