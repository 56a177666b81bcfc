/* duaal-colour-bar.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-bar-renderer.h"
#include "duaal-colour-bar.h"

struct _DuaalColourBar
{
  DuaalDrawnBar  parent_instance;

  DuaalActor  actor;
  DuaalTally  tally;
  char       *label;
};

G_DEFINE_FINAL_TYPE (DuaalColourBar, duaal_colour_bar, DUAAL_TYPE_DRAWN_BAR)

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
  duaal_drawn_bar_set_label (DUAAL_DRAWN_BAR (self), self->label);
}

static void
duaal_colour_bar_draw (DuaalDrawnBar              *bar,
                       cairo_t                    *cr,
                       const PangoFontDescription *font,
                       int                         width,
                       int                         height,
                       gboolean                    dark)
{
  DuaalColourBar *self = DUAAL_COLOUR_BAR (bar);

  duaal_bar_renderer_draw_colour (cr, font, &self->tally, 0, 0, width, height, dark);
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
  DuaalDrawnBarClass *bar_class = DUAAL_DRAWN_BAR_CLASS (klass);

  object_class->finalize = duaal_colour_bar_finalize;
  bar_class->draw = duaal_colour_bar_draw;
  /* Room for the symbol and the longest label at the natural size. */
  bar_class->min_width = 80;
  bar_class->natural_width = 220;
  bar_class->min_height = 16;
  bar_class->natural_height = 22;

  gtk_widget_class_set_css_name (widget_class, "duaal-colour-bar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
duaal_colour_bar_init (DuaalColourBar *self)
{
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
