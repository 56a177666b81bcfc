/* duaal-chart-view.c: what the chart widgets share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "duaal-chart-view.h"

typedef struct
{
  char            *accessible_label;
  char            *accessible_description;
  AdwStyleManager *style_manager;
} DuaalChartViewPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (DuaalChartView, duaal_chart_view, GTK_TYPE_WIDGET)

void
duaal_chart_view_describe (DuaalChartView *self,
                           char           *label,
                           char           *description)
{
  DuaalChartViewPrivate *priv;

  g_return_if_fail (DUAAL_IS_CHART_VIEW (self));

  priv = duaal_chart_view_get_instance_private (self);
  g_free (priv->accessible_label);
  priv->accessible_label = label;
  g_free (priv->accessible_description);
  priv->accessible_description = description;
  if (label == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

const char *
duaal_chart_view_get_accessible_label (DuaalChartView *self)
{
  DuaalChartViewPrivate *priv;

  g_return_val_if_fail (DUAAL_IS_CHART_VIEW (self), NULL);

  priv = duaal_chart_view_get_instance_private (self);
  return priv->accessible_label;
}

const char *
duaal_chart_view_get_accessible_description (DuaalChartView *self)
{
  DuaalChartViewPrivate *priv;

  g_return_val_if_fail (DUAAL_IS_CHART_VIEW (self), NULL);

  priv = duaal_chart_view_get_instance_private (self);
  return priv->accessible_description;
}

gboolean
duaal_chart_view_get_dark (DuaalChartView *self)
{
  DuaalChartViewPrivate *priv;

  g_return_val_if_fail (DUAAL_IS_CHART_VIEW (self), FALSE);

  priv = duaal_chart_view_get_instance_private (self);
  return priv->style_manager != NULL && adw_style_manager_get_dark (priv->style_manager);
}

static GtkSizeRequestMode
duaal_chart_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
duaal_chart_view_dispose (GObject *object)
{
  DuaalChartViewPrivate *priv = duaal_chart_view_get_instance_private (DUAAL_CHART_VIEW (object));

  g_clear_object (&priv->style_manager);

  G_OBJECT_CLASS (duaal_chart_view_parent_class)->dispose (object);
}

static void
duaal_chart_view_finalize (GObject *object)
{
  DuaalChartViewPrivate *priv = duaal_chart_view_get_instance_private (DUAAL_CHART_VIEW (object));

  g_free (priv->accessible_label);
  g_free (priv->accessible_description);

  G_OBJECT_CLASS (duaal_chart_view_parent_class)->finalize (object);
}

static void
duaal_chart_view_class_init (DuaalChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = duaal_chart_view_dispose;
  object_class->finalize = duaal_chart_view_finalize;
  widget_class->get_request_mode = duaal_chart_view_get_request_mode;
}

static void
duaal_chart_view_init (DuaalChartView *self)
{
  DuaalChartViewPrivate *priv = duaal_chart_view_get_instance_private (self);

  priv->style_manager = g_object_ref (adw_style_manager_get_default ());
  /* The chart paints its own background: redraw when the style flips. */
  g_signal_connect_object (priv->style_manager, "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}
