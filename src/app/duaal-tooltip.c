/* duaal-tooltip.c: tooltips set without asking the X server
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-tooltip.h"

G_DEFINE_QUARK (duaal-tooltip-text, tooltip_text)

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  const char *text = g_object_get_qdata (G_OBJECT (widget), tooltip_text_quark ());

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

void
duaal_widget_set_tooltip (GtkWidget  *widget,
                          const char *text)
{
  gboolean ours;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (text != NULL && text[0] == '\0')
    text = NULL;
  ours = g_signal_handler_find (widget, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, on_query_tooltip, NULL) != 0;
  if (ours && g_strcmp0 (text, g_object_get_qdata (G_OBJECT (widget), tooltip_text_quark ())) == 0)
    return;
  if (!ours)
    {
      /* One tooltip, not two that differ. */
      if (gtk_widget_get_tooltip_text (widget) != NULL)
        gtk_widget_set_tooltip_text (widget, NULL);
      g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
    }
  g_object_set_qdata_full (G_OBJECT (widget), tooltip_text_quark (), g_strdup (text), g_free);
  gtk_widget_set_has_tooltip (widget, text != NULL);
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

const char *
duaal_widget_get_tooltip (GtkWidget *widget)
{
  const char *text;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  text = g_object_get_qdata (G_OBJECT (widget), tooltip_text_quark ());
  return text != NULL ? text : gtk_widget_get_tooltip_text (widget);
}
