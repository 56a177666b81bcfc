/* duaal-adaptive-private.h: pages that change their layout with the room
 * they get
 *
 * AdwBin lays its child out through a layout manager, so a subclass's
 * size_allocate is never called.  A page that wants to know its width
 * drops the layout manager (duaal_adaptive_bin_init()) and uses these
 * as its measure and a part of its size_allocate.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* In instance init: the bin measures and allocates through the class's
 * vfuncs from now on. */
void     duaal_adaptive_bin_init           (AdwBin         *bin);
/* The measure vfunc: the child's size. */
void     duaal_adaptive_bin_measure        (GtkWidget      *widget,
                                            GtkOrientation  orientation,
                                            int             for_size,
                                            int            *minimum,
                                            int            *natural,
                                            int            *minimum_baseline,
                                            int            *natural_baseline);
/* In size_allocate: gives the child the whole allocation. */
void     duaal_adaptive_bin_allocate_child (GtkWidget      *widget,
                                            int             width,
                                            int             height,
                                            int             baseline);
/* The width @widget (allocated @width) can show: in a scrolled window
 * (the window keeps its views in one, to scroll wide tables sideways)
 * that of the scrolled window when narrower. */
int      duaal_adaptive_get_room           (GtkWidget      *widget,
                                            int             width);

G_END_DECLS
