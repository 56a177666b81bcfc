/* duaal-progress-bar.h: how many indicators of a competence came up
 *
 * SPEC section 4's progress bar (covered / n), drawn by the core bar
 * renderer, exposed as an accessible progress bar with value and text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "duaal-drawn-bar.h"
#include "duaal-rules.h"
#include "duaal-types.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_PROGRESS_BAR (duaal_progress_bar_get_type ())
G_DECLARE_FINAL_TYPE (DuaalProgressBar, duaal_progress_bar, DUAAL, PROGRESS_BAR, DuaalDrawnBar)

GtkWidget  *duaal_progress_bar_new          (DuaalActor        actor);
void        duaal_progress_bar_set_tally    (DuaalProgressBar *self,
                                             const DuaalTally *tally);
double      duaal_progress_bar_get_fraction (DuaalProgressBar *self);
/* "5 of 13 covered" */
const char *duaal_progress_bar_get_text     (DuaalProgressBar *self);

G_END_DECLS
