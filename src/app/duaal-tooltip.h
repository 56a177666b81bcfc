/* duaal-tooltip.h: tooltips set without asking the X server
 *
 * GTK 4.8's gtk_widget_set_tooltip_text() on a visible widget asks the
 * display where the pointer is, so that a tooltip already shown follows
 * the new text: on X11 four round trips to the server, each time.  The
 * sidebar's rows, the bars and the indicator rows set their tooltips as
 * they are bound, dozens per page; on the window's first frame those
 * round trips took longer than drawing the rows.  duaal_widget_set_tooltip()
 * keeps the text and gives it when GTK asks for the tooltip
 * (GtkWidget::query-tooltip), and names the widget's accessible
 * description as gtk_widget_set_tooltip_text() does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Sets the tooltip of @widget to @text; NULL or "" takes it away.  A
 * tooltip the widget had from its template (GtkWidget:tooltip-text) is
 * taken away the first time: the widget's tooltip is then this one. */
void        duaal_widget_set_tooltip (GtkWidget  *widget,
                                      const char *text);
/* (nullable): the text @widget's tooltip shows, set either way. */
const char *duaal_widget_get_tooltip (GtkWidget  *widget);

G_END_DECLS
