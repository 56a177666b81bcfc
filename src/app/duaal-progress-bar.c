/* duaal-progress-bar.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-bar-renderer.h"
#include "duaal-colour-bar.h"
#include "duaal-progress-bar.h"

struct _DuaalProgressBar
{
  DuaalDrawnBar  parent_instance;

  DuaalActor  actor;
  DuaalTally  tally;
  char       *text;
};

G_DEFINE_FINAL_TYPE (DuaalProgressBar, duaal_progress_bar, DUAAL_TYPE_DRAWN_BAR)

static void
duaal_progress_bar_update_accessible (DuaalProgressBar *self)
{
  g_autofree char *label = duaal_bar_describe_tally (self->actor, &self->tally);

  g_free (self->text);
  /* Translators: progress bar text, "5 of 13 covered" */
  self->text = g_strdup_printf (_("%u of %u covered"), self->tally.covered, self->tally.n);

  duaal_drawn_bar_set_label (DUAAL_DRAWN_BAR (self), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, (double) self->tally.n,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, (double) self->tally.covered,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, self->text,
                                  -1);
}

static void
duaal_progress_bar_draw (DuaalDrawnBar              *bar,
                         cairo_t                    *cr,
                         const PangoFontDescription *font,
                         int                         width,
                         int                         height,
                         gboolean                    dark)
{
  DuaalProgressBar *self = DUAAL_PROGRESS_BAR (bar);

  duaal_bar_renderer_draw_progress (cr, font, &self->tally, 0, 0, width, height, dark);
}

static void
duaal_progress_bar_finalize (GObject *object)
{
  DuaalProgressBar *self = DUAAL_PROGRESS_BAR (object);

  g_free (self->text);

  G_OBJECT_CLASS (duaal_progress_bar_parent_class)->finalize (object);
}

static void
duaal_progress_bar_class_init (DuaalProgressBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DuaalDrawnBarClass *bar_class = DUAAL_DRAWN_BAR_CLASS (klass);

  object_class->finalize = duaal_progress_bar_finalize;
  bar_class->draw = duaal_progress_bar_draw;
  bar_class->min_width = 48;
  bar_class->natural_width = 72;
  bar_class->min_height = 16;
  bar_class->natural_height = 22;

  gtk_widget_class_set_css_name (widget_class, "duaal-progress-bar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PROGRESS_BAR);
}

static void
duaal_progress_bar_init (DuaalProgressBar *self)
{
}

GtkWidget *
duaal_progress_bar_new (DuaalActor actor)
{
  DuaalProgressBar *self = g_object_new (DUAAL_TYPE_PROGRESS_BAR, NULL);

  self->actor = actor;
  duaal_progress_bar_update_accessible (self);
  return GTK_WIDGET (self);
}

void
duaal_progress_bar_set_tally (DuaalProgressBar *self,
                              const DuaalTally *tally)
{
  g_return_if_fail (DUAAL_IS_PROGRESS_BAR (self));
  g_return_if_fail (tally != NULL);

  self->tally = *tally;
  duaal_progress_bar_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

double
duaal_progress_bar_get_fraction (DuaalProgressBar *self)
{
  g_return_val_if_fail (DUAAL_IS_PROGRESS_BAR (self), 0.0);

  return duaal_tally_get_progress (&self->tally);
}

const char *
duaal_progress_bar_get_text (DuaalProgressBar *self)
{
  g_return_val_if_fail (DUAAL_IS_PROGRESS_BAR (self), NULL);

  return self->text;
}
