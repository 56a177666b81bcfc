/* duaal-sidebar-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-sidebar-row.h"

struct _DuaalSidebarRow
{
  GtkWidget         parent_instance;

  GtkTreeListRow   *list_row;
  DuaalSidebarItem *item;
  GBinding         *name_binding;
  GBinding         *subtitle_binding;

  GtkTreeExpander  *expander;
  GtkWidget        *box;
  GtkLabel         *group_label;
  GtkWidget        *learner_labels;
  GtkLabel         *learner_label;
  GtkLabel         *company_label;
  GtkLabel         *badge;
  GtkMenuButton    *menu_button;
};

G_DEFINE_FINAL_TYPE (DuaalSidebarRow, duaal_sidebar_row, GTK_TYPE_WIDGET)

static void
menu_append (GMenu      *menu,
             const char *label,
             const char *action,
             gint64      id)
{
  g_autoptr(GMenuItem) menu_item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (menu_item, action, g_variant_new_int64 (id));
  g_menu_append_item (menu, menu_item);
}

static GMenuModel *
new_group_menu (gint64 group_id)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) learners = g_menu_new ();
  g_autoptr(GMenu) edits = g_menu_new ();

  menu_append (learners, _("_Add Learner…"), "sidebar.add-learner", group_id);
  menu_append (learners, _("_Import Class List…"), "sidebar.import-class", group_id);
  menu_append (edits, _("_Rename Class Group…"), "sidebar.rename-group", group_id);
  menu_append (edits, _("_Delete Class Group…"), "sidebar.delete-group", group_id);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (learners));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edits));
  return G_MENU_MODEL (menu);
}

static GMenuModel *
new_learner_menu (gint64 learner_id)
{
  GMenu *menu = g_menu_new ();

  menu_append (menu, _("_Edit Learner…"), "sidebar.edit-learner", learner_id);
  menu_append (menu, _("_Remove Learner…"), "sidebar.remove-learner", learner_id);
  return G_MENU_MODEL (menu);
}

/* The menu of the item shown when the button is pressed: rows are
 * reused for other items as the list scrolls. */
static void
create_popup (GtkMenuButton *button,
              gpointer       user_data)
{
  DuaalSidebarRow *self = DUAAL_SIDEBAR_ROW (user_data);
  g_autoptr(GMenuModel) menu = NULL;

  if (self->item == NULL)
    return;
  if (duaal_sidebar_item_get_kind (self->item) == DUAAL_SIDEBAR_ITEM_GROUP)
    menu = new_group_menu (duaal_sidebar_item_get_id (self->item));
  else
    menu = new_learner_menu (duaal_sidebar_item_get_id (self->item));
  gtk_menu_button_set_menu_model (button, menu);
}

static void
update_badge (DuaalSidebarRow *self)
{
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;
  guint count = 0;

  if (self->item != NULL && duaal_sidebar_item_get_kind (self->item) == DUAAL_SIDEBAR_ITEM_GROUP)
    duaal_sidebar_item_get_attention_count (self->item, &count);
  gtk_widget_set_visible (GTK_WIDGET (self->badge), count > 0);
  if (count == 0)
    return;

  text = g_strdup_printf ("%u", count);
  tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u learner–competence pair needs attention",
                                          "%u learner–competence pairs need attention", count),
                             count);
  gtk_label_set_text (self->badge, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->badge), tooltip);
}

/* The tooltip of the menu button and the row's accessible name. */
static void
update_name (DuaalSidebarRow *self)
{
  const char *name = self->item != NULL ? duaal_sidebar_item_get_name (self->item) : "";
  g_autofree char *tooltip = NULL;

  if (self->item != NULL && duaal_sidebar_item_get_kind (self->item) == DUAAL_SIDEBAR_ITEM_GROUP)
    /* Translators: tooltip of a class group's menu button, "Class group 5A" */
    tooltip = g_strdup_printf (_("Class group %s"), name);
  else
    /* Translators: tooltip of a learner's menu button */
    tooltip = g_strdup_printf (_("Learner %s"), name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->menu_button), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
duaal_sidebar_row_unbind (DuaalSidebarRow *self)
{
  if (self->item != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->item, self);
      g_clear_pointer (&self->name_binding, g_binding_unbind);
      g_clear_pointer (&self->subtitle_binding, g_binding_unbind);
    }
  g_clear_object (&self->item);
  g_clear_object (&self->list_row);
  gtk_tree_expander_set_list_row (self->expander, NULL);
  /* An unbound row shows nothing: no stale name stays findable. */
  gtk_label_set_text (self->group_label, "");
  gtk_label_set_text (self->learner_label, "");
  gtk_label_set_text (self->company_label, "");
}

void
duaal_sidebar_row_set_list_row (DuaalSidebarRow *self,
                                GtkTreeListRow  *list_row)
{
  gboolean group;

  g_return_if_fail (DUAAL_IS_SIDEBAR_ROW (self));
  g_return_if_fail (list_row == NULL || GTK_IS_TREE_LIST_ROW (list_row));

  duaal_sidebar_row_unbind (self);
  if (list_row == NULL)
    return;

  self->list_row = g_object_ref (list_row);
  self->item = gtk_tree_list_row_get_item (list_row);
  group = duaal_sidebar_item_get_kind (self->item) == DUAAL_SIDEBAR_ITEM_GROUP;
  gtk_tree_expander_set_list_row (self->expander, list_row);
  gtk_widget_set_visible (GTK_WIDGET (self->group_label), group);
  gtk_widget_set_visible (self->learner_labels, !group);
  /* Some air above each group, as between sections. */
  gtk_widget_set_margin_top (self->box, group ? 6 : 0);
  self->name_binding = g_object_bind_property (self->item, "name", group ? self->group_label : self->learner_label,
                                               "label", G_BINDING_SYNC_CREATE);
  if (!group)
    self->subtitle_binding = g_object_bind_property (self->item, "subtitle", self->company_label,
                                                     "label", G_BINDING_SYNC_CREATE);
  g_signal_connect_swapped (self->item, "notify::attention-count", G_CALLBACK (update_badge), self);
  g_signal_connect_swapped (self->item, "notify::name", G_CALLBACK (update_name), self);
  update_badge (self);
  update_name (self);
}

DuaalSidebarItem *
duaal_sidebar_row_get_item (DuaalSidebarRow *self)
{
  g_return_val_if_fail (DUAAL_IS_SIDEBAR_ROW (self), NULL);

  return self->item;
}

/* ::activate: what a click and Enter do, the window shows the item. */
static void
duaal_sidebar_row_activate (DuaalSidebarRow *self)
{
  if (self->list_row != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "list.activate-item", "u",
                                gtk_tree_list_row_get_position (self->list_row));
}

/* A single click activates, as on a GtkListBox: on a narrow window the
 * view of the learner or group then slides in. */
static void
on_click_released (DuaalSidebarRow *self,
                   int              n_press,
                   double           x,
                   double           y,
                   GtkGestureClick *gesture)
{
  if (n_press == 1)
    gtk_widget_activate (GTK_WIDGET (self));
}

static void
duaal_sidebar_row_dispose (GObject *object)
{
  DuaalSidebarRow *self = DUAAL_SIDEBAR_ROW (object);

  duaal_sidebar_row_unbind (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), DUAAL_TYPE_SIDEBAR_ROW);

  G_OBJECT_CLASS (duaal_sidebar_row_parent_class)->dispose (object);
}

static void
duaal_sidebar_row_class_init (DuaalSidebarRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = duaal_sidebar_row_dispose;

  g_signal_new_class_handler ("activate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_FIRST | G_SIGNAL_ACTION,
                              G_CALLBACK (duaal_sidebar_row_activate), NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_activate_signal_from_name (widget_class, "activate");

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Duaal/ui/duaal-sidebar-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DuaalSidebarRow, expander);
  gtk_widget_class_bind_template_child (widget_class, DuaalSidebarRow, box);
  gtk_widget_class_bind_template_child (widget_class, DuaalSidebarRow, group_label);
  gtk_widget_class_bind_template_child (widget_class, DuaalSidebarRow, learner_labels);
  gtk_widget_class_bind_template_child (widget_class, DuaalSidebarRow, learner_label);
  gtk_widget_class_bind_template_child (widget_class, DuaalSidebarRow, company_label);
  gtk_widget_class_bind_template_child (widget_class, DuaalSidebarRow, badge);
  gtk_widget_class_bind_template_child (widget_class, DuaalSidebarRow, menu_button);
  gtk_widget_class_bind_template_callback (widget_class, on_click_released);
}

static void
duaal_sidebar_row_init (DuaalSidebarRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->menu_button, create_popup, self, NULL);
}

GtkWidget *
duaal_sidebar_row_new (void)
{
  return g_object_new (DUAAL_TYPE_SIDEBAR_ROW, NULL);
}
