/* duaal-colour-chip.h: one colour of SPEC section 4 as a small chip
 *
 * For the evolution "film", the class group view and the attention
 * list, where a full colour bar with its progress would not fit: the
 * colour with its pattern and symbol (and its label when there is room),
 * drawn by the core bar renderer, with the label for tooltips and
 * assistive technology.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "duaal-drawn-bar.h"
#include "duaal-types.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_COLOUR_CHIP (duaal_colour_chip_get_type ())
G_DECLARE_FINAL_TYPE (DuaalColourChip, duaal_colour_chip, DUAAL, COLOUR_CHIP, DuaalDrawnBar)

/* @context: (nullable): said before the colour, e.g. "Teacher, period 1" */
GtkWidget   *duaal_colour_chip_new        (DuaalColour      colour,
                                           const char      *context);
DuaalColour  duaal_colour_chip_get_colour (DuaalColourChip *self);
/* "Teacher, period 1: Partly acquired" (or the colour's label alone) */
const char  *duaal_colour_chip_get_label  (DuaalColourChip *self);

G_END_DECLS
