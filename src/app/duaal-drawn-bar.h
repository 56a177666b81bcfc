/* duaal-drawn-bar.h: what the drawn bars and chips share
 *
 * The colour bar, the progress bar and the colour chip draw themselves
 * with the bar renderer (duaal-bar-renderer.h) at a fixed size request,
 * in the palette of the light or the dark style, and a screen reader
 * reads their label.  A leaf sets its sizes and its draw function in its
 * class_init, and its CSS name and accessible role.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DUAAL_TYPE_DRAWN_BAR (duaal_drawn_bar_get_type ())
G_DECLARE_DERIVABLE_TYPE (DuaalDrawnBar, duaal_drawn_bar, DUAAL, DRAWN_BAR, GtkWidget)

struct _DuaalDrawnBarClass
{
  GtkWidgetClass parent_class;

  /* The size request, the same whatever the bar shows. */
  int   min_width;
  int   natural_width;
  int   min_height;
  int   natural_height;

  /* Draws the bar into @cr, @width × @height (both above 0), its text
   * in @font and in the dark style's palette if @dark. */
  void (*draw) (DuaalDrawnBar              *self,
                cairo_t                    *cr,
                const PangoFontDescription *font,
                int                         width,
                int                         height,
                gboolean                    dark);
};

/* What a screen reader reads for @self and its tooltip: @label. */
void duaal_drawn_bar_set_label (DuaalDrawnBar *self,
                                const char    *label);

G_END_DECLS
