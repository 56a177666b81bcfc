/* duaal-progress-bar.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "duaal-bar-renderer.h"
#include "duaal-colour-bar.h"
#include "duaal-progress-bar.h"

struct _DuaalProgressBar
{
  GtkWidget   parent_instance;

  DuaalActor  actor;
  DuaalTally  tally;
  char       *text;
};

G_DEFINE_FINAL_TYPE (DuaalProgressBar, duaal_progress_bar, GTK_TYPE_WIDGET)

static void
duaal_progress_bar_update_accessible (DuaalProgressBar *self)
{
  g_autofree char *label = duaal_bar_describe_tally (self->actor, &self->tally);

  g_free (self->text);
  /* Translators: progress bar text, "5 of 13 covered" */
  self->text = g_strdup_printf (_("%u of %u covered"), self->tally.covered, self->tally.n);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, (double) self->tally.n,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, (double) self->tally.covered,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, self->text,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), label);
}

static void
duaal_progress_bar_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  DuaalProgressBar *self = DUAAL_PROGRESS_BAR (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  /* The bar's text in the widget's own font. */
  const PangoFontDescription *font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  duaal_bar_renderer_draw_progress (cr, font, &self->tally, 0, 0, width, height, dark);
  cairo_destroy (cr);
}

static void
duaal_progress_bar_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 48;
      *natural = 72;
    }
  else
    {
      *minimum = 16;
      *natural = 22;
    }
}

static void
duaal_progress_bar_style_changed (DuaalProgressBar *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
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

  object_class->finalize = duaal_progress_bar_finalize;
  widget_class->snapshot = duaal_progress_bar_snapshot;
  widget_class->measure = duaal_progress_bar_measure;

  gtk_widget_class_set_css_name (widget_class, "duaal-progress-bar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PROGRESS_BAR);
}

static void
duaal_progress_bar_init (DuaalProgressBar *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();

  g_signal_connect_object (style_manager, "notify::dark",
                           G_CALLBACK (duaal_progress_bar_style_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (style_manager, "notify::high-contrast",
                           G_CALLBACK (duaal_progress_bar_style_changed),
                           self, G_CONNECT_SWAPPED);
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
