/* duaal-route-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "duaal-route-chart.h"
#include "duaal-route-view.h"

/* Narrower than this the bars get too short to read their counts; the
 * scrolled window scrolls sideways instead. */
#define MIN_WIDTH_ONE  360
#define MIN_WIDTH_TWO  640
#define NATURAL_WIDTH  960

struct _DuaalRouteView
{
  DuaalChartView    parent_instance;

  DuaalRoute       *route;
  DuaalRoute       *compare;
  char             *period_label;
};

G_DEFINE_FINAL_TYPE (DuaalRouteView, duaal_route_view, DUAAL_TYPE_CHART_VIEW)

/* ---- what a screen reader says ---- */

static const char *
learner_name (DuaalRoute *route)
{
  return duaal_learner_get_name (duaal_route_get_learner (route));
}

static void
append_rows (GString    *text,
             DuaalRoute *route)
{
  for (guint i = 0; i < duaal_route_get_n_rows (route); i++)
    {
      const DuaalRouteRow *row = duaal_route_get_row (route, i);
      g_autofree char *described = duaal_route_row_describe (row);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      if (row->number > 0)
        /* Translators: one competence read aloud: "3. Installs switches: 7 indicators: …" */
        g_string_append_printf (text, _("%u. %s: %s"), row->number, row->title, described);
      else
        /* Translators: one competence without a number: "Installs switches: 7 indicators: …" */
        g_string_append_printf (text, _("%s: %s"), row->title, described);
    }
}

static void
duaal_route_view_update_accessible (DuaalRouteView *self)
{
  g_autoptr(GString) description = g_string_new (NULL);
  char *label;

  if (self->route == NULL)
    {
      duaal_chart_view_describe (DUAAL_CHART_VIEW (self), NULL, NULL);
      return;
    }

  if (self->compare == NULL)
    {
      /* Translators: what a screen reader calls the chart, "Competence route of Anna Claes" */
      label = g_strdup_printf (_("Competence route of %s"), learner_name (self->route));
      append_rows (description, self->route);
    }
  else
    {
      /* Translators: the chart of two learners side by side */
      label = g_strdup_printf (_("Competence routes of %s and %s"),
                               learner_name (self->route), learner_name (self->compare));
      g_string_append_printf (description, "%s:", learner_name (self->route));
      append_rows (description, self->route);
      g_string_append_printf (description, "\n%s:", learner_name (self->compare));
      append_rows (description, self->compare);
    }
  duaal_chart_view_describe (DUAAL_CHART_VIEW (self), label, g_string_free (g_steal_pointer (&description), FALSE));
}

/* ---- drawing ---- */

static void
duaal_route_view_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  DuaalRouteView *self = DUAAL_ROUTE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  DuaalRouteChartInfo info = {
    .period_label = self->period_label,
    .date = NULL,
    .dark_theme = duaal_chart_view_get_dark (DUAAL_CHART_VIEW (self)),
    .font = pango_context_get_font_description (gtk_widget_get_pango_context (widget)),
  };
  cairo_t *cr;

  if (self->route == NULL || width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  /* The allocated height may exceed what the chart needs (a tall
   * window): the chart paints its background over all of it. */
  duaal_route_chart_draw (cr, self->route, self->compare, &info, width, height);
  cairo_destroy (cr);
}

static void
duaal_route_view_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  DuaalRouteView *self = DUAAL_ROUTE_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = self->compare != NULL ? MIN_WIDTH_TWO : MIN_WIDTH_ONE;
      *natural = MAX (*minimum, NATURAL_WIDTH);
    }
  else if (self->route == NULL)
    {
      *minimum = *natural = 0;
    }
  else
    {
      int min_width = self->compare != NULL ? MIN_WIDTH_TWO : MIN_WIDTH_ONE;
      double width = for_size > 0 ? MAX (for_size, min_width) : NATURAL_WIDTH;
      double height = 0;
      /* Measured in the font it is drawn in: the widget's own. */
      DuaalRouteChartInfo info = {
        .font = pango_context_get_font_description (gtk_widget_get_pango_context (widget)),
      };

      duaal_route_chart_measure (self->route, self->compare, &info, width, &height);
      *minimum = *natural = (int) ceil (height);
    }
}

/* ---- API ---- */

void
duaal_route_view_set_routes (DuaalRouteView *self,
                             DuaalRoute     *route,
                             DuaalRoute     *compare)
{
  g_return_if_fail (DUAAL_IS_ROUTE_VIEW (self));
  g_return_if_fail (route == NULL || DUAAL_IS_ROUTE (route));
  g_return_if_fail (compare == NULL || DUAAL_IS_ROUTE (compare));

  /* A second learner without a first is nothing to compare. */
  if (route == NULL)
    compare = NULL;
  g_set_object (&self->route, route);
  g_set_object (&self->compare, compare);
  duaal_route_view_update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

DuaalRoute *
duaal_route_view_get_route (DuaalRouteView *self)
{
  g_return_val_if_fail (DUAAL_IS_ROUTE_VIEW (self), NULL);

  return self->route;
}

DuaalRoute *
duaal_route_view_get_compare (DuaalRouteView *self)
{
  g_return_val_if_fail (DUAAL_IS_ROUTE_VIEW (self), NULL);

  return self->compare;
}

guint
duaal_route_view_get_n_columns (DuaalRouteView *self)
{
  g_return_val_if_fail (DUAAL_IS_ROUTE_VIEW (self), 0);

  if (self->route == NULL)
    return 0;
  return self->compare != NULL ? 2 : 1;
}

void
duaal_route_view_set_period_label (DuaalRouteView *self,
                                   const char     *label)
{
  g_return_if_fail (DUAAL_IS_ROUTE_VIEW (self));

  if (g_strcmp0 (self->period_label, label) == 0)
    return;
  g_free (self->period_label);
  self->period_label = g_strdup (label);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

const char *
duaal_route_view_get_period_label (DuaalRouteView *self)
{
  g_return_val_if_fail (DUAAL_IS_ROUTE_VIEW (self), NULL);

  return self->period_label;
}

GtkWidget *
duaal_route_view_new (void)
{
  return g_object_new (DUAAL_TYPE_ROUTE_VIEW, NULL);
}

/* ---- GObject ---- */

static void
duaal_route_view_dispose (GObject *object)
{
  DuaalRouteView *self = DUAAL_ROUTE_VIEW (object);

  g_clear_object (&self->route);
  g_clear_object (&self->compare);

  G_OBJECT_CLASS (duaal_route_view_parent_class)->dispose (object);
}

static void
duaal_route_view_finalize (GObject *object)
{
  DuaalRouteView *self = DUAAL_ROUTE_VIEW (object);

  g_free (self->period_label);

  G_OBJECT_CLASS (duaal_route_view_parent_class)->finalize (object);
}

static void
duaal_route_view_class_init (DuaalRouteViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = duaal_route_view_dispose;
  object_class->finalize = duaal_route_view_finalize;

  widget_class->snapshot = duaal_route_view_snapshot;
  widget_class->measure = duaal_route_view_measure;

  gtk_widget_class_set_css_name (widget_class, "duaal-route-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
duaal_route_view_init (DuaalRouteView *self)
{
}
