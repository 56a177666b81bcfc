/* duaal-accessible.h: what GTK 4.8 does not do for assistive technology
 *
 * A GtkDropDown is labelled as a whole, but the button inside it, which
 * takes the keyboard focus, is not: a screen reader says "toggle
 * button".  And a GtkFlowBox used to lay out a toolbar makes each of its
 * cells a keyboard stop without a name.  duaal_accessible_init_controls()
 * names those buttons as their drop-downs are named (by the GtkLabel
 * whose mnemonic widget the drop-down is, else by the drop-down's
 * accessible label: give each drop-down one of the two in its template)
 * and takes such cells out of the focus chain, so that Tab goes straight
 * to the controls in them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Does the above for every drop-down and every flow box without
 * selection in @root (and @root itself).  Call it once the widgets
 * exist, e.g. after gtk_widget_init_template(). */
void duaal_accessible_init_controls (GtkWidget *root);

G_END_DECLS
