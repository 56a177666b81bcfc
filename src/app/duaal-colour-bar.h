/* duaal-colour-bar.h: the colour of one actor's view of one competence
 *
 * Draws SPEC section 4's colour (with its pattern) through the core bar
 * renderer, so the widget, PNG and PDF look the same, and tells assistive
 * technology the colour's label and the progress in words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "duaal-drawn-bar.h"
#include "duaal-rules.h"
#include "duaal-types.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_COLOUR_BAR (duaal_colour_bar_get_type ())
G_DECLARE_FINAL_TYPE (DuaalColourBar, duaal_colour_bar, DUAAL, COLOUR_BAR, DuaalDrawnBar)

GtkWidget   *duaal_colour_bar_new        (DuaalActor        actor);
void         duaal_colour_bar_set_tally  (DuaalColourBar   *self,
                                          const DuaalTally *tally);
DuaalActor   duaal_colour_bar_get_actor  (DuaalColourBar   *self);
DuaalColour  duaal_colour_bar_get_colour (DuaalColourBar   *self);
/* "Teacher: Partly acquired, 5 of 13 covered": the accessible label */
const char  *duaal_colour_bar_get_label  (DuaalColourBar   *self);

/* Shared with DuaalProgressBar: the sentence both bars announce. */
char        *duaal_bar_describe_tally    (DuaalActor        actor,
                                          const DuaalTally *tally);

G_END_DECLS
