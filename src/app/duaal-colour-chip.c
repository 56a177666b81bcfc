/* duaal-colour-chip.c: one colour as a small chip
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-bar-renderer.h"
#include "duaal-colour-chip.h"

struct _DuaalColourChip
{
  DuaalDrawnBar  parent_instance;

  DuaalColour  colour;
  char        *label;
};

G_DEFINE_FINAL_TYPE (DuaalColourChip, duaal_colour_chip, DUAAL_TYPE_DRAWN_BAR)

static void
duaal_colour_chip_draw (DuaalDrawnBar              *bar,
                        cairo_t                    *cr,
                        const PangoFontDescription *font,
                        int                         width,
                        int                         height,
                        gboolean                    dark)
{
  DuaalColourChip *self = DUAAL_COLOUR_CHIP (bar);

  duaal_bar_renderer_draw_colour_value (cr, font, self->colour, 0, 0, width, height, dark);
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
  DuaalDrawnBarClass *bar_class = DUAAL_DRAWN_BAR_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = duaal_colour_chip_finalize;
  bar_class->draw = duaal_colour_chip_draw;
  /* Small enough for a row of chips per period; the renderer drops the
   * label, never the symbol, when narrow. */
  bar_class->min_width = 28;
  bar_class->natural_width = 150;
  bar_class->min_height = 22;
  bar_class->natural_height = 24;
  gtk_widget_class_set_css_name (widget_class, "duaal-colour-chip");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
duaal_colour_chip_init (DuaalColourChip *self)
{
}

GtkWidget *
duaal_colour_chip_new (DuaalColour  colour,
                       const char  *context)
{
  DuaalColourChip *self = g_object_new (DUAAL_TYPE_COLOUR_CHIP, NULL);
  const char *name = duaal_colour_get_label (colour);

  self->colour = colour;
  self->label = context != NULL ? g_strdup_printf ("%s: %s", context, name) : g_strdup (name);
  duaal_drawn_bar_set_label (DUAAL_DRAWN_BAR (self), self->label);
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
