/* duaal-coach-view.c: what the coach's pages share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-coach-view-private.h"
#include "duaal-status-filter.h"

DuaalStatus *
duaal_coach_view_load_status (DuaalStore   *store,
                              gint64        learner_id,
                              gint64        group_id,
                              guint         period,
                              DuaalViewer   viewer,
                              gint64        viewer_id,
                              GError      **error)
{
  g_autoptr(DuaalStatus) status = NULL;

  if (learner_id > 0)
    status = duaal_store_load_learner_status (store, learner_id, period, error);
  else
    status = duaal_store_load_group_status (store, group_id, period, error);
  if (status == NULL)
    return NULL;
  /* Every page shows only what its viewer may see: the unfiltered
   * status never leaves this function. */
  return duaal_status_filter_for_viewer (status, viewer, viewer_id, error);
}

GPtrArray *
duaal_coach_view_closed_periods (DuaalStore  *store,
                                 gint64       group_id,
                                 GError     **error)
{
  g_autoptr(GPtrArray) periods = duaal_store_list_periods (store, group_id, error);
  GPtrArray *closed;

  if (periods == NULL)
    return NULL;
  closed = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < periods->len; i++)
    {
      DuaalPeriod *period = g_ptr_array_index (periods, i);

      if (duaal_period_is_closed (period))
        g_ptr_array_add (closed, g_object_ref (period));
    }
  return closed;
}

char *
duaal_coach_view_period_name (DuaalPeriod *period)
{
  const char *name = duaal_period_get_name (period);

  if (name != NULL && *name != '\0')
    return g_strdup (name);
  return g_strdup_printf (_("Period %u"), duaal_period_get_number (period));
}

void
duaal_coach_view_fill_periods (GtkDropDown *dropdown,
                               GArray      *numbers,
                               DuaalStore  *store,
                               gint64       group_id,
                               guint        period)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) closed = NULL;
  guint selected = 0;

  g_array_set_size (numbers, 0);
  gtk_string_list_append (model, _("Now"));
  g_array_append_vals (numbers, &(guint) { 0 }, 1);

  /* Without periods the dropdown still offers "Now": a failure to list
   * them is not worth an error over the scores. */
  closed = store != NULL ? duaal_coach_view_closed_periods (store, group_id, NULL) : NULL;
  for (guint i = 0; closed != NULL && i < closed->len; i++)
    {
      DuaalPeriod *p = g_ptr_array_index (closed, i);
      g_autofree char *name = duaal_coach_view_period_name (p);
      g_autofree char *item = g_strdup_printf (_("%s (closed)"), name);
      guint number = duaal_period_get_number (p);

      gtk_string_list_append (model, item);
      g_array_append_val (numbers, number);
      if (number == period)
        selected = numbers->len - 1;
    }
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (dropdown, selected);
}

char *
duaal_coach_view_competence_title (DuaalCompetence *competence)
{
  return g_strdup_printf ("%u. %s", duaal_competence_get_number (competence),
                          duaal_competence_get_title (competence));
}

void
duaal_coach_view_clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

GtkWidget *
duaal_coach_view_label (const char *text,
                        const char *css_class,
                        ...)
{
  GtkWidget *label = gtk_label_new (text);
  va_list args;

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  va_start (args, css_class);
  for (const char *c = css_class; c != NULL; c = va_arg (args, const char *))
    gtk_widget_add_css_class (label, c);
  va_end (args);
  return label;
}

void
duaal_coach_view_install_viewer_properties (GObjectClass *klass,
                                            guint         viewer_prop)
{
  g_object_class_install_property (klass, viewer_prop,
    g_param_spec_uint ("viewer", NULL, NULL,
                       DUAAL_VIEWER_LEARNER, DUAAL_VIEWER_COACH, DUAAL_VIEWER_COACH,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_property (klass, viewer_prop + 1,
    g_param_spec_int64 ("viewer-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
}
