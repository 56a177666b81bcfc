/* duaal-percent-button.h: a percentage shown on a button, set in its popover
 *
 * The button shows a text of the caller's (a workplace result and its
 * verdict, a pass mark); its popover has a spin button from 0 to 100
 * with one decimal and a Save button.  What is typed is read by the
 * core's rule (duaal_percent_parse(): "49.9" or "49,9"); a refused value,
 * by that rule or by the save function (the store), is explained in the
 * popover, which stays open.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DUAAL_TYPE_PERCENT_BUTTON (duaal_percent_button_get_type ())
G_DECLARE_FINAL_TYPE (DuaalPercentButton, duaal_percent_button, DUAAL, PERCENT_BUTTON, AdwBin)

/* Stores @tenths (0-1000); FALSE with @error when refused. */
typedef gboolean (*DuaalPercentSaveFunc) (DuaalPercentButton  *button,
                                          guint                tenths,
                                          gpointer             user_data,
                                          GError             **error);

/* @heading: what is set, above the spin button and as its accessible
 * label ("Workplace result of Jonas Peeters, in percent"). */
GtkWidget *duaal_percent_button_new            (const char           *heading);
/* The button's text and the value the popover starts from. */
void       duaal_percent_button_set_value      (DuaalPercentButton   *self,
                                                const char           *text,
                                                guint                 tenths);
void       duaal_percent_button_set_save_func  (DuaalPercentButton   *self,
                                                DuaalPercentSaveFunc  func,
                                                gpointer              user_data);
/* (transfer none): the label on the button, e.g. to colour a verdict */
GtkLabel  *duaal_percent_button_get_label      (DuaalPercentButton   *self);

G_END_DECLS
