/* duaal-colour-bar.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "duaal-bar-renderer.h"
#include "duaal-colour-bar.h"

struct _DuaalColourBar
{
  GtkWidget   parent_instance;

  DuaalActor  actor;
  DuaalTally  tally;
  char       *label;
};

G_DEFINE_FINAL_TYPE (DuaalColourBar, duaal_colour_bar, GTK_TYPE_WIDGET)

char *
duaal_bar_describe_tally (DuaalActor        actor,
                          const DuaalTally *tally)
{
  DuaalColour colour = duaal_tally_get_colour (tally);

  /* Translators: "Teacher: Partly acquired, 5 of 13 covered" */
  return g_strdup_printf (_("%s: %s, %u of %u covered"),
                          duaal_actor_get_label (actor),
                          duaal_colour_get_label (colour),
                          tally->covered, tally->n);
}

static void
duaal_colour_bar_update_label (DuaalColourBar *self)
{
  g_free (self->label);
  self->label = duaal_bar_describe_tally (self->actor, &self->tally);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->label,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), self->label);
}

static void
duaal_colour_bar_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  DuaalColourBar *self = DUAAL_COLOUR_BAR (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  /* The bar's text in the widget's own font. */
  const PangoFontDescription *font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  duaal_bar_renderer_draw_colour (cr, font, &self->tally, 0, 0, width, height, dark);
  cairo_destroy (cr);
}

static void
duaal_colour_bar_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Room for the symbol and the longest label at the natural size. */
      *minimum = 80;
      *natural = 220;
    }
  else
    {
      *minimum = 16;
      *natural = 22;
    }
}

static void
duaal_colour_bar_style_changed (DuaalColourBar *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
duaal_colour_bar_finalize (GObject *object)
{
  DuaalColourBar *self = DUAAL_COLOUR_BAR (object);

  g_free (self->label);

  G_OBJECT_CLASS (duaal_colour_bar_parent_class)->finalize (object);
}

static void
duaal_colour_bar_class_init (DuaalColourBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = duaal_colour_bar_finalize;
  widget_class->snapshot = duaal_colour_bar_snapshot;
  widget_class->measure = duaal_colour_bar_measure;

  gtk_widget_class_set_css_name (widget_class, "duaal-colour-bar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
duaal_colour_bar_init (DuaalColourBar *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();

  /* The renderer picks its palette from dark; high contrast changes the
   * pattern strength, so both redraw. */
  g_signal_connect_object (style_manager, "notify::dark",
                           G_CALLBACK (duaal_colour_bar_style_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (style_manager, "notify::high-contrast",
                           G_CALLBACK (duaal_colour_bar_style_changed),
                           self, G_CONNECT_SWAPPED);
}

GtkWidget *
duaal_colour_bar_new (DuaalActor actor)
{
  DuaalColourBar *self = g_object_new (DUAAL_TYPE_COLOUR_BAR, NULL);

  self->actor = actor;
  duaal_colour_bar_update_label (self);
  return GTK_WIDGET (self);
}

void
duaal_colour_bar_set_tally (DuaalColourBar   *self,
                            const DuaalTally *tally)
{
  g_return_if_fail (DUAAL_IS_COLOUR_BAR (self));
  g_return_if_fail (tally != NULL);

  self->tally = *tally;
  duaal_colour_bar_update_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

DuaalActor
duaal_colour_bar_get_actor (DuaalColourBar *self)
{
  g_return_val_if_fail (DUAAL_IS_COLOUR_BAR (self), DUAAL_ACTOR_LEARNER);

  return self->actor;
}

DuaalColour
duaal_colour_bar_get_colour (DuaalColourBar *self)
{
  g_return_val_if_fail (DUAAL_IS_COLOUR_BAR (self), DUAAL_COLOUR_GREY);

  return duaal_tally_get_colour (&self->tally);
}

const char *
duaal_colour_bar_get_label (DuaalColourBar *self)
{
  g_return_val_if_fail (DUAAL_IS_COLOUR_BAR (self), NULL);

  return self->label;
}
