/* duaal-colour-chip.c: one colour as a small chip
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "duaal-bar-renderer.h"
#include "duaal-colour-chip.h"

struct _DuaalColourChip
{
  GtkWidget    parent_instance;

  DuaalColour  colour;
  char        *label;
};

G_DEFINE_FINAL_TYPE (DuaalColourChip, duaal_colour_chip, GTK_TYPE_WIDGET)

static void
duaal_colour_chip_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  DuaalColourChip *self = DUAAL_COLOUR_CHIP (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  /* The bar's text in the widget's own font. */
  const PangoFontDescription *font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  duaal_bar_renderer_draw_colour_value (cr, font, self->colour, 0, 0, width, height, dark);
  cairo_destroy (cr);
}

static void
duaal_colour_chip_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  /* Small enough for a row of chips per period; the renderer drops the
   * label, never the symbol, when narrow. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 28;
      *natural = 150;
    }
  else
    {
      *minimum = 22;
      *natural = 24;
    }
}

static void
duaal_colour_chip_finalize (GObject *object)
{
  DuaalColourChip *self = DUAAL_COLOUR_CHIP (object);

  g_free (self->label);
  G_OBJECT_CLASS (duaal_colour_chip_parent_class)->finalize (object);
}

static void
duaal_colour_chip_class_init (DuaalColourChipClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = duaal_colour_chip_finalize;
  widget_class->snapshot = duaal_colour_chip_snapshot;
  widget_class->measure = duaal_colour_chip_measure;
  gtk_widget_class_set_css_name (widget_class, "duaal-colour-chip");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
duaal_colour_chip_init (DuaalColourChip *self)
{
  /* The renderer picks its palette from the dark style: redraw on change. */
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

GtkWidget *
duaal_colour_chip_new (DuaalColour  colour,
                       const char  *context)
{
  DuaalColourChip *self = g_object_new (DUAAL_TYPE_COLOUR_CHIP, NULL);
  const char *name = duaal_colour_get_label (colour);

  self->colour = colour;
  self->label = context != NULL ? g_strdup_printf ("%s: %s", context, name) : g_strdup (name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), self->label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->label, -1);
  return GTK_WIDGET (self);
}

DuaalColour
duaal_colour_chip_get_colour (DuaalColourChip *self)
{
  g_return_val_if_fail (DUAAL_IS_COLOUR_CHIP (self), DUAAL_COLOUR_GREY);
  return self->colour;
}

const char *
duaal_colour_chip_get_label (DuaalColourChip *self)
{
  g_return_val_if_fail (DUAAL_IS_COLOUR_CHIP (self), NULL);
  return self->label;
}
