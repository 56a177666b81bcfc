/* duaal-adaptive.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-adaptive-private.h"

void
duaal_adaptive_bin_init (AdwBin *bin)
{
  g_return_if_fail (ADW_IS_BIN (bin));

  gtk_widget_set_layout_manager (GTK_WIDGET (bin), NULL);
}

void
duaal_adaptive_bin_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

void
duaal_adaptive_bin_allocate_child (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_allocate (child, width, height, baseline, NULL);
}

int
duaal_adaptive_get_room (GtkWidget *widget,
                         int        width)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);

  return scroller != NULL ? MIN (width, gtk_widget_get_width (scroller)) : width;
}
