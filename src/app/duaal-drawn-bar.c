/* duaal-drawn-bar.c: what the drawn bars and chips share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "duaal-drawn-bar.h"
#include "duaal-tooltip.h"

G_DEFINE_ABSTRACT_TYPE (DuaalDrawnBar, duaal_drawn_bar, GTK_TYPE_WIDGET)

static void
duaal_drawn_bar_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  DuaalDrawnBar *self = DUAAL_DRAWN_BAR (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  /* The bar's text in the widget's own font. */
  const PangoFontDescription *font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  DUAAL_DRAWN_BAR_GET_CLASS (self)->draw (self, cr, font, width, height, dark);
  cairo_destroy (cr);
}

static void
duaal_drawn_bar_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  DuaalDrawnBarClass *klass = DUAAL_DRAWN_BAR_GET_CLASS (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = klass->min_width;
      *natural = klass->natural_width;
    }
  else
    {
      *minimum = klass->min_height;
      *natural = klass->natural_height;
    }
}

static void
duaal_drawn_bar_class_init (DuaalDrawnBarClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = duaal_drawn_bar_snapshot;
  widget_class->measure = duaal_drawn_bar_measure;
}

static void
duaal_drawn_bar_init (DuaalDrawnBar *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();

  /* The renderer picks its palette from dark; high contrast changes the
   * pattern strength, so both redraw. */
  g_signal_connect_object (style_manager, "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (style_manager, "notify::high-contrast",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

void
duaal_drawn_bar_set_label (DuaalDrawnBar *self,
                           const char    *label)
{
  g_return_if_fail (DUAAL_IS_DRAWN_BAR (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  duaal_widget_set_tooltip (GTK_WIDGET (self), label);
}
