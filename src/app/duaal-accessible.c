/* duaal-accessible.c: what GTK 4.8 does not do for assistive technology
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "duaal-accessible.h"

/* The button a GtkDropDown opens its list with: its focusable child. */
static GtkWidget *
drop_down_button (GtkWidget *drop_down)
{
  for (GtkWidget *child = gtk_widget_get_first_child (drop_down); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_TOGGLE_BUTTON (child))
        return child;
    }
  return NULL;
}

static void
label_drop_down_button (GtkWidget *drop_down)
{
  GtkWidget *button = drop_down_button (drop_down);
  g_autoptr(GList) labels = gtk_widget_list_mnemonic_labels (drop_down);

  /* Labelled as the drop-down is: by the label whose mnemonic it is,
   * else by the drop-down's own accessible label. */
  if (button != NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (button),
                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                    labels != NULL ? labels->data : drop_down, NULL,
                                    -1);
}

/* The switch in an AdwExpanderRow's header (not in the rows it holds,
 * which are in a GtkRevealer). */
static GtkWidget *
expander_row_switch (GtkWidget *widget)
{
  if (GTK_IS_SWITCH (widget))
    return widget;
  if (GTK_IS_REVEALER (widget))
    return NULL;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = expander_row_switch (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* An expander row and the switch that enables it are read as its title. */
static void
label_expander_row (AdwExpanderRow *row)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
  g_autofree char *label = NULL;
  GtkWidget *enable_switch;

  if (title == NULL || *title == '\0')
    return;
  label = g_strdup (title);
  if (adw_preferences_row_get_use_underline (ADW_PREFERENCES_ROW (row)))
    {
      /* "Fixed _Height" is read "Fixed Height". */
      char *to = label;

      for (const char *from = title; *from != '\0'; from++)
        if (*from != '_' || from[1] == '_')
          *to++ = *from;
        else if (from[1] == '\0')
          break;
      *to = '\0';
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  enable_switch = expander_row_switch (gtk_widget_get_first_child (GTK_WIDGET (row)));
  if (enable_switch != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (enable_switch), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

void
duaal_accessible_init_controls (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_DROP_DOWN (root))
    {
      label_drop_down_button (root);
      return;
    }
  if (ADW_IS_EXPANDER_ROW (root))
    label_expander_row (ADW_EXPANDER_ROW (root));

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      /* A flow box that selects nothing only lays out its children. */
      if (GTK_IS_FLOW_BOX (root) && GTK_IS_FLOW_BOX_CHILD (child) &&
          gtk_flow_box_get_selection_mode (GTK_FLOW_BOX (root)) == GTK_SELECTION_NONE)
        gtk_widget_set_focusable (child, FALSE);
      duaal_accessible_init_controls (child);
    }
}
