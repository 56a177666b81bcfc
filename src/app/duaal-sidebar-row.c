/* duaal-sidebar-row.c
 *
 * Built in code rather than from a template: a centre's first frame
 * makes a window's worth of rows (duaal-sidebar.c), and a template's
 * replay tripled their cost.  Only what an item shows is made: a
 * learner's company label when a learner is first shown, the badge when
 * a count is first above 0.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-sidebar-row.h"
#include "duaal-tooltip.h"

struct _DuaalSidebarRow
{
  GtkWidget         parent_instance;

  GtkTreeListRow   *list_row;
  DuaalSidebarItem *item;
  GBinding         *name_binding;
  GBinding         *subtitle_binding;

  GtkTreeExpander  *expander;
  GtkBox           *box;
  GtkBox           *labels;
  GtkLabel         *name_label;
  GtkLabel         *company_label;  /* (nullable): made for the first learner */
  GtkLabel         *badge;          /* (nullable): made for the first count */
  GtkLabel         *evaluation_label; /* (nullable): made for the first learner with a note (SPEC 15) */
  GtkWidget        *menu_button;
  GtkWidget        *menu;           /* (nullable): the menu last opened */
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

static gboolean
is_group (DuaalSidebarRow *self)
{
  return self->item != NULL && duaal_sidebar_item_get_kind (self->item) == DUAAL_SIDEBAR_ITEM_GROUP;
}

/* The menu of the item shown when the button is clicked: rows are
 * reused for other items as the list scrolls. */
static void
on_menu_clicked (DuaalSidebarRow *self)
{
  g_autoptr(GMenuModel) model = NULL;

  if (self->item == NULL)
    return;
  if (is_group (self))
    model = new_group_menu (duaal_sidebar_item_get_id (self->item));
  else
    model = new_learner_menu (duaal_sidebar_item_get_id (self->item));

  /* The last menu stays until the next: its action may still run as
   * it closes. */
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  self->menu = gtk_popover_menu_new_from_model (model);
  gtk_widget_set_parent (self->menu, self->menu_button);
  gtk_popover_set_position (GTK_POPOVER (self->menu), GTK_POS_BOTTOM);
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

static void
update_badge (DuaalSidebarRow *self)
{
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;
  guint count = 0;

  if (is_group (self))
    duaal_sidebar_item_get_attention_count (self->item, &count);
  if (self->badge == NULL && count == 0)
    return;
  if (self->badge == NULL)
    {
      self->badge = GTK_LABEL (gtk_label_new (NULL));
      gtk_widget_set_valign (GTK_WIDGET (self->badge), GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (GTK_WIDGET (self->badge), "duaal-attention-badge");
      gtk_widget_add_css_class (GTK_WIDGET (self->badge), "caption-heading");
      gtk_widget_add_css_class (GTK_WIDGET (self->badge), "numeric");
      gtk_widget_add_css_class (GTK_WIDGET (self->badge), "warning");
      gtk_box_insert_child_after (self->box, GTK_WIDGET (self->badge), GTK_WIDGET (self->labels));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->badge), count > 0);
  if (count == 0)
    return;

  text = g_strdup_printf ("%u", count);
  tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u learner–competence pair needs attention",
                                          "%u learner–competence pairs need attention", count),
                             count);
  gtk_label_set_text (self->badge, text);
  duaal_widget_set_tooltip (GTK_WIDGET (self->badge), tooltip);
}

static GtkLabel *new_label (GtkBox *box);

/* "Cannot qualify · 2 warnings · Visit overdue": what the coach should
 * know wherever the learner is (SPEC 15), as text, not colour alone. */
static void
update_evaluation (DuaalSidebarRow *self)
{
  const DuaalLearnerEvaluation *evaluation = is_group (self) ? NULL : duaal_sidebar_item_get_evaluation (self->item);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = NULL;

  if (evaluation != NULL && evaluation->cannot_qualify)
    g_ptr_array_add (parts, g_strdup (_("Cannot qualify")));
  if (evaluation != NULL && evaluation->n_warnings > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings",
                                                          evaluation->n_warnings), evaluation->n_warnings));
  if (evaluation != NULL && evaluation->visit_overdue)
    g_ptr_array_add (parts, g_strdup (_("Visit overdue")));
  if (self->evaluation_label == NULL && parts->len == 0)
    return;
  if (self->evaluation_label == NULL)
    {
      self->evaluation_label = new_label (self->labels);
      gtk_widget_add_css_class (GTK_WIDGET (self->evaluation_label), "caption-heading");
    }
  g_ptr_array_add (parts, NULL);
  text = g_strjoinv (" · ", (char **) parts->pdata);
  gtk_label_set_text (self->evaluation_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->evaluation_label), text[0] != '\0');
  if (evaluation != NULL && evaluation->cannot_qualify)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->evaluation_label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->evaluation_label), "warning");
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->evaluation_label), "warning");
      gtk_widget_remove_css_class (GTK_WIDGET (self->evaluation_label), "error");
    }
}

/* The tooltip of the menu button and the row's accessible name. */
/* What a screen reader says: the list's row (the GtkListView's item this
 * row is the child of, which takes the focus) "Learner Ann", and the menu
 * button "Menu of Ann". */
static void
update_accessible (DuaalSidebarRow *self,
                   const char      *name,
                   const char      *row_label)
{
  GtkWidget *list_item = gtk_widget_get_parent (GTK_WIDGET (self));
  /* Translators: accessible name of the menu button of a class group or a learner */
  g_autofree char *menu_label = g_strdup_printf (_("Menu of %s"), name);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label,
                                  -1);
  if (list_item != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (list_item),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, row_label,
                                    -1);
}

static void
update_name (DuaalSidebarRow *self)
{
  const char *name = self->item != NULL ? duaal_sidebar_item_get_name (self->item) : "";
  g_autofree char *tooltip = NULL;

  if (is_group (self))
    /* Translators: tooltip of a class group's menu button, "Class group 5A" */
    tooltip = g_strdup_printf (_("Class group %s"), name);
  else
    /* Translators: tooltip of a learner's menu button */
    tooltip = g_strdup_printf (_("Learner %s"), name);
  duaal_widget_set_tooltip (self->menu_button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  update_accessible (self, name, tooltip);
}

static GtkLabel *
new_label (GtkBox *box)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (box, label);
  return GTK_LABEL (label);
}

/* A group's name is a heading; a learner's has the company below. */
static void
show_kind (DuaalSidebarRow *self,
           gboolean         group)
{
  if (group)
    gtk_widget_add_css_class (GTK_WIDGET (self->name_label), "heading");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->name_label), "heading");
  if (!group && self->company_label == NULL)
    {
      self->company_label = new_label (self->labels);
      gtk_widget_add_css_class (GTK_WIDGET (self->company_label), "caption");
      gtk_widget_add_css_class (GTK_WIDGET (self->company_label), "dim-label");
    }
  if (self->company_label != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->company_label), !group);
  /* Some air above each group, as between sections. */
  gtk_widget_set_margin_top (GTK_WIDGET (self->box), group ? 6 : 0);
}

static void
duaal_sidebar_row_unbind (DuaalSidebarRow *self)
{
  if (self->item != NULL)
    g_signal_handlers_disconnect_by_data (self->item, self);
  g_clear_pointer (&self->name_binding, g_binding_unbind);
  g_clear_pointer (&self->subtitle_binding, g_binding_unbind);
  g_clear_object (&self->item);
  g_clear_object (&self->list_row);
  if (self->expander == NULL)   /* disposed */
    return;
  gtk_tree_expander_set_list_row (self->expander, NULL);
  /* An unbound row shows nothing: no stale name stays findable. */
  gtk_label_set_text (self->name_label, "");
  if (self->company_label != NULL)
    gtk_label_set_text (self->company_label, "");
}

void
duaal_sidebar_row_set_list_row (DuaalSidebarRow *self,
                                GtkTreeListRow  *list_row)
{
  g_return_if_fail (DUAAL_IS_SIDEBAR_ROW (self));
  g_return_if_fail (list_row == NULL || GTK_IS_TREE_LIST_ROW (list_row));

  duaal_sidebar_row_unbind (self);
  if (list_row == NULL)
    return;

  self->list_row = g_object_ref (list_row);
  self->item = gtk_tree_list_row_get_item (list_row);
  gtk_tree_expander_set_list_row (self->expander, list_row);
  show_kind (self, is_group (self));
  self->name_binding = g_object_bind_property (self->item, "name", self->name_label, "label",
                                               G_BINDING_SYNC_CREATE);
  if (!is_group (self))
    self->subtitle_binding = g_object_bind_property (self->item, "subtitle", self->company_label, "label",
                                                     G_BINDING_SYNC_CREATE);
  g_signal_connect_swapped (self->item, "notify::attention-count", G_CALLBACK (update_badge), self);
  g_signal_connect_swapped (self->item, "notify::evaluation", G_CALLBACK (update_evaluation), self);
  update_evaluation (self);
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
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  if (self->expander != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->expander));
  self->expander = NULL;

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
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

/* expander > box > [labels > name (, company)] (badge) menu button */
static void
duaal_sidebar_row_init (DuaalSidebarRow *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  self->expander = GTK_TREE_EXPANDER (gtk_tree_expander_new ());
  gtk_tree_expander_set_indent_for_icon (self->expander, FALSE);
  gtk_widget_set_parent (GTK_WIDGET (self->expander), GTK_WIDGET (self));

  self->box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6));
  gtk_tree_expander_set_child (self->expander, GTK_WIDGET (self->box));
  self->labels = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 2));
  gtk_widget_set_hexpand (GTK_WIDGET (self->labels), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->labels), GTK_ALIGN_CENTER);
  gtk_box_append (self->box, GTK_WIDGET (self->labels));
  self->name_label = new_label (self->labels);

  self->menu_button = gtk_button_new_from_icon_name ("view-more-symbolic");
  gtk_widget_set_valign (self->menu_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->menu_button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_HAS_POPUP, TRUE, -1);
  g_signal_connect_swapped (self->menu_button, "clicked", G_CALLBACK (on_menu_clicked), self);
  gtk_box_append (self->box, self->menu_button);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
duaal_sidebar_row_new (void)
{
  return g_object_new (DUAAL_TYPE_SIDEBAR_ROW, NULL);
}
