/* duaal-sidebar.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-attention-count.h"
#include "duaal-csv.h"
#include "duaal-error.h"
#include "duaal-group-dialog.h"
#include "duaal-learner-dialog.h"
#include "duaal-sidebar.h"

struct _DuaalSidebar
{
  AdwBin                parent_instance;

  DuaalStore           *store;
  char                 *filter;           /* casefolded search text, NULL for all */
  GtkFileChooserNative *class_chooser;
  gint64                import_group_id;
  gboolean              reloading;
  gboolean              disposing;
  GHashTable           *open_groups;      /* group ids whose learners are listed */
  guint                 n_groups;
  GHashTable           *attention_counts; /* group id -> count, for the badges */
  GArray               *badge_queue;      /* group ids whose badge is still to count */
  guint                 badge_idle;
  GPtrArray            *groups;           /* (nullable) the groups being listed */
  guint                 n_listed;         /* how many of them have their rows */
  guint                 rows_idle;

  GtkSearchEntry       *search_entry;
  GtkListBox           *list;
};

G_DEFINE_FINAL_TYPE (DuaalSidebar, duaal_sidebar, ADW_TYPE_BIN)

/* Up to this many class groups every learner is listed.  A training
 * centre has hundreds of groups and thousands of learners: then only the
 * groups the user opens (or that a search or selection reaches) list
 * their learners, so the window opens at once. */
#define ALWAYS_OPEN_GROUPS 12

/* The rows of this many groups are made at once, enough to fill a tall
 * window; those of the other groups of a centre follow when idle, so
 * the window's first frame does not wait for hundreds of rows. */
#define FIRST_GROUP_ROWS 24
#define GROUP_ROWS_PER_IDLE 40

static void duaal_sidebar_append_all_groups (DuaalSidebar *self);

static gboolean
duaal_sidebar_group_is_open (DuaalSidebar *self,
                             gint64        group_id)
{
  return self->n_groups <= ALWAYS_OPEN_GROUPS || self->filter != NULL ||
         g_hash_table_contains (self->open_groups, &group_id);
}

enum {
  LEARNER_SELECTED,
  LEARNER_ACTIVATED,
  GROUP_SELECTED,
  GROUP_ACTIVATED,
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What a row stands for, kept on the row. */
typedef struct {
  gint64  group_id;
  gint64  learner_id;    /* 0 for a group's header row */
  char   *search_text;   /* casefolded: learner, company, trainer */
  char   *group_text;    /* casefolded group name */
} RowInfo;

static void
row_info_free (gpointer data)
{
  RowInfo *info = data;

  g_free (info->search_text);
  g_free (info->group_text);
  g_free (info);
}

static RowInfo *
row_get_info (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "duaal-row-info");
}

static void
duaal_sidebar_notify_changed (DuaalSidebar *self)
{
  duaal_sidebar_reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static GtkWindow *
duaal_sidebar_get_window (DuaalSidebar *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
duaal_sidebar_show_error (DuaalSidebar *self,
                          const char   *heading,
                          const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (duaal_sidebar_get_window (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
duaal_sidebar_toast (DuaalSidebar *self,
                     const char   *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
}

/* ---- rows ---- */

/* The popover of a row's menu is made when it is first opened: a class
 * of thousands of learners must not build thousands of menus (and their
 * action observers) at start-up. */
static void
create_row_popup (GtkMenuButton *button,
                  gpointer       user_data)
{
  GMenuModel *menu = g_object_get_data (G_OBJECT (button), "duaal-row-menu");

  gtk_menu_button_set_create_popup_func (button, NULL, NULL, NULL);
  gtk_menu_button_set_menu_model (button, menu);
}

static GtkWidget *
duaal_sidebar_menu_button (GMenu      *menu,
                           const char *tooltip)
{
  GtkWidget *button = gtk_menu_button_new ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  g_object_set_data_full (G_OBJECT (button), "duaal-row-menu", g_object_ref (menu), g_object_unref);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_row_popup, NULL, NULL);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static void
menu_append (GMenu      *menu,
             const char *label,
             const char *action,
             gint64      id)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_int64 (id));
  g_menu_append_item (menu, item);
}

/* The button that opens or closes a group when there are many: a click
 * on the name selects the group, a click here lists its learners. */
static GtkWidget *
duaal_sidebar_expander (DuaalSidebar    *self,
                        DuaalClassGroup *group)
{
  gint64 id = duaal_class_group_get_id (group);
  gboolean open = duaal_sidebar_group_is_open (self, id);
  GtkWidget *button = gtk_button_new_from_icon_name (open ? "pan-down-symbolic" : "pan-end-symbolic");

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "duaal-group-expander");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, open ? _("Hide the Learners") : _("Show the Learners"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "sidebar.toggle-group");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (id));
  return button;
}

static GtkWidget *
duaal_sidebar_group_row (DuaalSidebar    *self,
                         DuaalClassGroup *group)
{
  gint64 id = duaal_class_group_get_id (group);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) learners = g_menu_new ();
  g_autoptr(GMenu) edits = g_menu_new ();
  g_autofree char *tooltip = NULL;
  GtkWidget *row, *box, *label, *badge;
  RowInfo *info;

  menu_append (learners, _("_Add Learner…"), "sidebar.add-learner", id);
  menu_append (learners, _("_Import Class List…"), "sidebar.import-class", id);
  menu_append (edits, _("_Rename Class Group…"), "sidebar.rename-group", id);
  menu_append (edits, _("_Delete Class Group…"), "sidebar.delete-group", id);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (learners));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edits));

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (box, 6);
  if (self->n_groups > ALWAYS_OPEN_GROUPS)
    gtk_box_append (GTK_BOX (box), duaal_sidebar_expander (self, group));
  label = gtk_label_new (duaal_class_group_get_name (group));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);
  badge = gtk_label_new (NULL);
  gtk_widget_set_visible (badge, FALSE);
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (badge, "duaal-attention-badge");
  gtk_widget_add_css_class (badge, "caption-heading");
  gtk_widget_add_css_class (badge, "numeric");
  gtk_widget_add_css_class (badge, "warning");
  gtk_box_append (GTK_BOX (box), badge);
  /* Translators: tooltip of a class group's menu button, "Class group 5A" */
  tooltip = g_strdup_printf (_("Class group %s"), duaal_class_group_get_name (group));
  gtk_box_append (GTK_BOX (box), duaal_sidebar_menu_button (menu, tooltip));

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  /* Selecting a group's header shows the group's views; with many
   * groups its expander button opens or closes it. */
  gtk_widget_add_css_class (row, "duaal-group-row");
  g_object_set_data (G_OBJECT (row), "duaal-badge", badge);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  duaal_class_group_get_name (group), -1);

  info = g_new0 (RowInfo, 1);
  info->group_id = id;
  info->group_text = g_utf8_casefold (duaal_class_group_get_name (group), -1);
  g_object_set_data_full (G_OBJECT (row), "duaal-row-info", info, row_info_free);
  return row;
}

static GtkWidget *
duaal_sidebar_learner_row (DuaalSidebar    *self,
                           DuaalClassGroup *group,
                           DuaalLearner    *learner)
{
  gint64 id = duaal_learner_get_id (learner);
  const char *trainer = duaal_learner_get_trainer_name (learner);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autofree char *search = NULL;
  g_autofree char *tooltip = NULL;
  GtkWidget *row, *box, *labels, *name, *company;
  RowInfo *info;

  menu_append (menu, _("_Edit Learner…"), "sidebar.edit-learner", id);
  menu_append (menu, _("_Remove Learner…"), "sidebar.remove-learner", id);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (labels, TRUE);
  name = gtk_label_new (duaal_learner_get_name (learner));
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  company = gtk_label_new (duaal_learner_get_company_name (learner));
  gtk_label_set_xalign (GTK_LABEL (company), 0);
  gtk_label_set_ellipsize (GTK_LABEL (company), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (company, "caption");
  gtk_widget_add_css_class (company, "dim-label");
  gtk_box_append (GTK_BOX (labels), name);
  gtk_box_append (GTK_BOX (labels), company);
  gtk_box_append (GTK_BOX (box), labels);
  /* Translators: tooltip of a learner's menu button */
  tooltip = g_strdup_printf (_("Learner %s"), duaal_learner_get_name (learner));
  gtk_box_append (GTK_BOX (box), duaal_sidebar_menu_button (menu, tooltip));

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  duaal_learner_get_name (learner), -1);

  search = g_strjoin (" ", duaal_learner_get_name (learner), duaal_learner_get_company_name (learner),
                      trainer != NULL ? trainer : "", NULL);
  info = g_new0 (RowInfo, 1);
  info->group_id = duaal_class_group_get_id (group);
  info->learner_id = id;
  info->search_text = g_utf8_casefold (search, -1);
  info->group_text = g_utf8_casefold (duaal_class_group_get_name (group), -1);
  g_object_set_data_full (G_OBJECT (row), "duaal-row-info", info, row_info_free);
  return row;
}

static gboolean
duaal_sidebar_row_matches (DuaalSidebar *self,
                           RowInfo      *info)
{
  if (self->filter == NULL)
    return TRUE;
  if (strstr (info->group_text, self->filter) != NULL)
    return TRUE;
  return info->search_text != NULL && strstr (info->search_text, self->filter) != NULL;
}

/* A learner shows when it matches; a group's header when the group or
 * one of its learners does, so every match keeps its section. */
static gboolean
duaal_sidebar_filter (GtkListBoxRow *row,
                      gpointer       user_data)
{
  DuaalSidebar *self = DUAAL_SIDEBAR (user_data);
  RowInfo *info = row_get_info (row);
  GtkWidget *next;

  if (info == NULL || self->filter == NULL)
    return TRUE;
  if (info->learner_id != 0 || duaal_sidebar_row_matches (self, info))
    return duaal_sidebar_row_matches (self, info);

  for (next = gtk_widget_get_next_sibling (GTK_WIDGET (row)); next != NULL;
       next = gtk_widget_get_next_sibling (next))
    {
      RowInfo *next_info = GTK_IS_LIST_BOX_ROW (next) ? row_get_info (GTK_LIST_BOX_ROW (next)) : NULL;

      if (next_info == NULL || next_info->group_id != info->group_id)
        break;
      if (duaal_sidebar_row_matches (self, next_info))
        return TRUE;
    }
  return FALSE;
}

static void
on_search_changed (DuaalSidebar *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_clear_pointer (&self->filter, g_free);
  if (stripped[0] != '\0')
    self->filter = g_utf8_casefold (stripped, -1);
  /* Closed groups have no rows to filter: a search lists them anew. */
  if (self->n_groups > ALWAYS_OPEN_GROUPS)
    duaal_sidebar_reload (self);
  else
    gtk_list_box_invalidate_filter (self->list);
}

guint
duaal_sidebar_count_visible_learners (DuaalSidebar *self)
{
  guint count = 0;

  g_return_val_if_fail (DUAAL_IS_SIDEBAR (self), 0);
  duaal_sidebar_append_all_groups (self);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      RowInfo *info = GTK_IS_LIST_BOX_ROW (child) ? row_get_info (GTK_LIST_BOX_ROW (child)) : NULL;

      if (info != NULL && info->learner_id != 0 && gtk_widget_get_child_visible (child) &&
          duaal_sidebar_filter (GTK_LIST_BOX_ROW (child), self))
        count++;
    }
  return count;
}

static void
on_row_selected (GtkListBox    *list,
                 GtkListBoxRow *row,
                 DuaalSidebar  *self)
{
  RowInfo *info = row != NULL ? row_get_info (row) : NULL;

  /* Rows go away while reloading and while the sidebar is destroyed:
   * nobody chose anything then. */
  if (self->reloading || self->disposing)
    return;
  if (info != NULL && info->learner_id == 0)
    g_signal_emit (self, signals[GROUP_SELECTED], 0, info->group_id);
  else
    g_signal_emit (self, signals[LEARNER_SELECTED], 0, info != NULL ? info->learner_id : (gint64) 0);
}

static void
on_row_activated (GtkListBox    *list,
                  GtkListBoxRow *row,
                  DuaalSidebar  *self)
{
  RowInfo *info = row_get_info (row);

  if (info != NULL && info->learner_id == 0)
    g_signal_emit (self, signals[GROUP_ACTIVATED], 0, info->group_id);
  else if (info != NULL)
    g_signal_emit (self, signals[LEARNER_ACTIVATED], 0, info->learner_id);
}

static void
toggle_group_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DuaalSidebar *self = DUAAL_SIDEBAR (widget);
  gint64 group_id = g_variant_get_int64 (parameter);

  if (!g_hash_table_remove (self->open_groups, &group_id))
    g_hash_table_add (self->open_groups, g_memdup2 (&group_id, sizeof (gint64)));
  duaal_sidebar_reload (self);
}

/* Whether a learner matches the search, before any row is made for it. */
static gboolean
learner_matches (DuaalSidebar    *self,
                 DuaalClassGroup *group,
                 DuaalLearner    *learner)
{
  const char *trainer = duaal_learner_get_trainer_name (learner);
  g_autofree char *search = g_strjoin (" ", duaal_learner_get_name (learner),
                                       duaal_learner_get_company_name (learner),
                                       trainer != NULL ? trainer : "", NULL);
  g_autofree char *folded_group = g_utf8_casefold (duaal_class_group_get_name (group), -1);
  RowInfo info = { .search_text = g_utf8_casefold (search, -1), .group_text = folded_group };
  gboolean matches = duaal_sidebar_row_matches (self, &info);

  g_free (info.search_text);
  return matches;
}

/* ---- attention badges ---- */

static GtkWidget *
duaal_sidebar_find_group_row (DuaalSidebar *self,
                              gint64        group_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      RowInfo *info = GTK_IS_LIST_BOX_ROW (child) ? row_get_info (GTK_LIST_BOX_ROW (child)) : NULL;

      if (info != NULL && info->learner_id == 0 && info->group_id == group_id)
        return child;
    }
  return NULL;
}

static void
duaal_sidebar_show_badge (DuaalSidebar *self,
                          gint64        group_id,
                          guint         count)
{
  GtkWidget *row = duaal_sidebar_find_group_row (self, group_id);
  GtkLabel *badge = row != NULL ? g_object_get_data (G_OBJECT (row), "duaal-badge") : NULL;
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;

  if (badge == NULL)
    return;
  text = g_strdup_printf ("%u", count);
  tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u learner–competence pair needs attention",
                                          "%u learner–competence pairs need attention", count),
                             count);
  gtk_label_set_text (badge, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (badge), tooltip);
  gtk_widget_set_visible (GTK_WIDGET (badge), count > 0);
}

/* Only the groups open by themselves (up to 12) or by the user: a
 * search opens every group of a centre, and 200 counts are not cheap. */
static void
duaal_sidebar_queue_badge (DuaalSidebar *self,
                           gint64        group_id)
{
  guint *count = g_hash_table_lookup (self->attention_counts, &group_id);

  if (count == NULL &&
      (self->n_groups <= ALWAYS_OPEN_GROUPS || g_hash_table_contains (self->open_groups, &group_id)))
    g_array_append_val (self->badge_queue, group_id);
}

/* One group per idle call: counting reads the group's scores, and a
 * window with a dozen open groups must show at once, badges later. */
static gboolean
duaal_sidebar_count_next_badge (gpointer user_data)
{
  DuaalSidebar *self = DUAAL_SIDEBAR (user_data);
  g_autoptr(GError) error = NULL;
  gint64 group_id;
  guint count;

  if (self->badge_queue->len == 0)
    {
      self->badge_idle = 0;
      return G_SOURCE_REMOVE;
    }

  group_id = g_array_index (self->badge_queue, gint64, 0);
  g_array_remove_index (self->badge_queue, 0);
  count = duaal_attention_count_for_group (self->store, group_id, &error);
  if (error != NULL)
    {
      g_warning ("Cannot count the attention list of group %" G_GINT64_FORMAT ": %s", group_id, error->message);
      return G_SOURCE_CONTINUE;
    }
  g_hash_table_insert (self->attention_counts, g_memdup2 (&group_id, sizeof (gint64)),
                       g_memdup2 (&count, sizeof (guint)));
  duaal_sidebar_show_badge (self, group_id, count);
  return G_SOURCE_CONTINUE;
}

/* Known counts show at once; the others are counted when idle. */
static void
duaal_sidebar_start_badges (DuaalSidebar *self)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->attention_counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    duaal_sidebar_show_badge (self, *(gint64 *) key, *(guint *) value);

  if (self->badge_queue->len > 0 && self->badge_idle == 0)
    self->badge_idle = g_idle_add_full (G_PRIORITY_LOW, duaal_sidebar_count_next_badge, self, NULL);
}

void
duaal_sidebar_refresh_attention (DuaalSidebar *self)
{
  g_return_if_fail (DUAAL_IS_SIDEBAR (self));
  duaal_sidebar_append_all_groups (self);

  g_hash_table_remove_all (self->attention_counts);
  g_array_set_size (self->badge_queue, 0);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      RowInfo *info = GTK_IS_LIST_BOX_ROW (child) ? row_get_info (GTK_LIST_BOX_ROW (child)) : NULL;

      if (info != NULL && info->learner_id == 0 && duaal_sidebar_group_is_open (self, info->group_id))
        duaal_sidebar_queue_badge (self, info->group_id);
    }
  duaal_sidebar_start_badges (self);
}

gboolean
duaal_sidebar_get_attention_count (DuaalSidebar *self,
                                   gint64        group_id,
                                   guint        *count)
{
  guint *known;

  g_return_val_if_fail (DUAAL_IS_SIDEBAR (self), FALSE);

  known = g_hash_table_lookup (self->attention_counts, &group_id);
  if (known != NULL && count != NULL)
    *count = *known;
  return known != NULL;
}

/* The group's row, and its learners' when it is open. */
static void
duaal_sidebar_append_group (DuaalSidebar    *self,
                            DuaalClassGroup *group)
{
  g_autoptr(GPtrArray) learners = NULL;
  g_autoptr(GError) error = NULL;

  gtk_list_box_append (self->list, duaal_sidebar_group_row (self, group));
  if (!duaal_sidebar_group_is_open (self, duaal_class_group_get_id (group)))
    return;
  duaal_sidebar_queue_badge (self, duaal_class_group_get_id (group));
  learners = duaal_store_list_learners (self->store, duaal_class_group_get_id (group), &error);
  if (learners == NULL)
    {
      g_warning ("Cannot list the learners of %s: %s", duaal_class_group_get_name (group), error->message);
      return;
    }
  for (guint j = 0; j < learners->len; j++)
    if (self->filter == NULL || self->n_groups <= ALWAYS_OPEN_GROUPS ||
        learner_matches (self, group, g_ptr_array_index (learners, j)))
      gtk_list_box_append (self->list, duaal_sidebar_learner_row (self, group, g_ptr_array_index (learners, j)));
}

/* Makes the rows of up to @n more groups; TRUE when none are left. */
static gboolean
duaal_sidebar_append_groups (DuaalSidebar *self,
                             guint         n)
{
  gboolean reloading = self->reloading;

  self->reloading = TRUE;
  for (; self->groups != NULL && self->n_listed < self->groups->len && n > 0; self->n_listed++, n--)
    duaal_sidebar_append_group (self, g_ptr_array_index (self->groups, self->n_listed));
  self->reloading = reloading;
  duaal_sidebar_start_badges (self);
  return self->groups == NULL || self->n_listed == self->groups->len;
}

static gboolean
duaal_sidebar_append_groups_idle (gpointer user_data)
{
  DuaalSidebar *self = DUAAL_SIDEBAR (user_data);

  if (!duaal_sidebar_append_groups (self, GROUP_ROWS_PER_IDLE))
    return G_SOURCE_CONTINUE;
  self->rows_idle = 0;
  return G_SOURCE_REMOVE;
}

/* Every row there is to be: before anything looks for one. */
static void
duaal_sidebar_append_all_groups (DuaalSidebar *self)
{
  g_clear_handle_id (&self->rows_idle, g_source_remove);
  duaal_sidebar_append_groups (self, G_MAXUINT);
}

void
duaal_sidebar_reload (DuaalSidebar *self)
{
  g_autoptr(GError) error = NULL;
  gint64 selected, selected_group;
  gboolean at_once;
  GtkListBoxRow *row;

  g_return_if_fail (DUAAL_IS_SIDEBAR (self));

  selected = duaal_sidebar_get_selected_learner (self);
  selected_group = selected == 0 ? duaal_sidebar_get_selected_group (self) : 0;
  /* Only the first filling waits for idle time: a list made anew under
   * the user's eyes (a group opened far down) must keep its place. */
  at_once = self->groups != NULL || selected != 0 || selected_group != 0;
  self->reloading = TRUE;
  g_clear_handle_id (&self->rows_idle, g_source_remove);
  g_array_set_size (self->badge_queue, 0);
  /* Rows only: the placeholder is a child of the list too. */
  while ((row = gtk_list_box_get_row_at_index (self->list, 0)) != NULL)
    gtk_list_box_remove (self->list, GTK_WIDGET (row));

  g_clear_pointer (&self->groups, g_ptr_array_unref);
  self->n_listed = 0;
  self->groups = duaal_store_list_groups (self->store, &error);
  if (self->groups == NULL)
    g_warning ("Cannot list the class groups: %s", error->message);
  self->n_groups = self->groups != NULL ? self->groups->len : 0;

  if (!duaal_sidebar_append_groups (self, at_once ? G_MAXUINT : FIRST_GROUP_ROWS))
    self->rows_idle = g_idle_add_full (G_PRIORITY_LOW, duaal_sidebar_append_groups_idle, self, NULL);
  self->reloading = FALSE;

  if (selected_group != 0 && duaal_sidebar_select_group (self, selected_group))
    return;
  if (selected == 0 || !duaal_sidebar_select_learner (self, selected))
    g_signal_emit (self, signals[LEARNER_SELECTED], 0, (gint64) 0);
}

gint64
duaal_sidebar_get_selected_group (DuaalSidebar *self)
{
  GtkListBoxRow *row;
  RowInfo *info;

  g_return_val_if_fail (DUAAL_IS_SIDEBAR (self), 0);

  row = gtk_list_box_get_selected_row (self->list);
  info = row != NULL ? row_get_info (row) : NULL;
  return info != NULL && info->learner_id == 0 ? info->group_id : 0;
}

gboolean
duaal_sidebar_select_group (DuaalSidebar *self,
                            gint64        group_id)
{
  g_return_val_if_fail (DUAAL_IS_SIDEBAR (self), FALSE);
  duaal_sidebar_append_all_groups (self);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      RowInfo *info = GTK_IS_LIST_BOX_ROW (child) ? row_get_info (GTK_LIST_BOX_ROW (child)) : NULL;

      if (info != NULL && info->learner_id == 0 && info->group_id == group_id)
        {
          gtk_list_box_select_row (self->list, GTK_LIST_BOX_ROW (child));
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
duaal_sidebar_is_group_open (DuaalSidebar *self,
                             gint64        group_id)
{
  g_return_val_if_fail (DUAAL_IS_SIDEBAR (self), FALSE);

  return duaal_sidebar_group_is_open (self, group_id);
}

gint64
duaal_sidebar_get_selected_learner (DuaalSidebar *self)
{
  GtkListBoxRow *row;
  RowInfo *info;

  g_return_val_if_fail (DUAAL_IS_SIDEBAR (self), 0);

  row = gtk_list_box_get_selected_row (self->list);
  info = row != NULL ? row_get_info (row) : NULL;
  return info != NULL ? info->learner_id : 0;
}

gboolean
duaal_sidebar_select_learner (DuaalSidebar *self,
                              gint64        learner_id)
{
  g_return_val_if_fail (DUAAL_IS_SIDEBAR (self), FALSE);
  duaal_sidebar_append_all_groups (self);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      RowInfo *info = GTK_IS_LIST_BOX_ROW (child) ? row_get_info (GTK_LIST_BOX_ROW (child)) : NULL;

      if (info != NULL && info->learner_id == learner_id)
        {
          gtk_list_box_select_row (self->list, GTK_LIST_BOX_ROW (child));
          return TRUE;
        }
    }

  /* A learner of a closed group: open the group, then select. */
  if (self->n_groups > ALWAYS_OPEN_GROUPS && !self->reloading)
    {
      g_autoptr(DuaalLearner) learner = duaal_store_get_learner (self->store, learner_id, NULL);
      gint64 group_id = learner != NULL ? duaal_learner_get_group_id (learner) : 0;

      if (group_id != 0 && !g_hash_table_contains (self->open_groups, &group_id))
        {
          g_hash_table_add (self->open_groups, g_memdup2 (&group_id, sizeof (gint64)));
          duaal_sidebar_reload (self);
          return duaal_sidebar_select_learner (self, learner_id);
        }
    }
  return FALSE;
}

GtkEditable *
duaal_sidebar_get_search_entry (DuaalSidebar *self)
{
  g_return_val_if_fail (DUAAL_IS_SIDEBAR (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}

/* ---- group actions ---- */

static void
on_dialog_saved (DuaalSidebar *self,
                 gint64        id)
{
  duaal_sidebar_notify_changed (self);
}

static void
new_group_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DuaalSidebar *self = DUAAL_SIDEBAR (widget);
  DuaalGroupDialog *dialog = duaal_group_dialog_new (duaal_sidebar_get_window (self), self->store, NULL);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_dialog_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
rename_group_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DuaalSidebar *self = DUAAL_SIDEBAR (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalClassGroup) group = duaal_store_get_group (self->store, g_variant_get_int64 (parameter), &error);
  DuaalGroupDialog *dialog;

  if (group == NULL)
    {
      duaal_sidebar_show_error (self, _("Cannot Rename the Class Group"), error);
      return;
    }

  dialog = duaal_group_dialog_new (duaal_sidebar_get_window (self), self->store, group);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_dialog_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_delete_group_response (AdwMessageDialog *dialog,
                          const char       *response,
                          DuaalSidebar     *self)
{
  gint64 group_id = *(gint64 *) g_object_get_data (G_OBJECT (dialog), "duaal-id");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;

  if (!duaal_store_delete_group (self->store, group_id, &error))
    duaal_sidebar_show_error (self, _("Cannot Delete the Class Group"), error);
  else
    duaal_sidebar_notify_changed (self);
}

static void
dialog_set_id (AdwMessageDialog *dialog,
               gint64            id)
{
  gint64 *copy = g_new (gint64, 1);

  *copy = id;
  g_object_set_data_full (G_OBJECT (dialog), "duaal-id", copy, g_free);
}

static AdwMessageDialog *
duaal_sidebar_confirm (DuaalSidebar *self,
                       const char   *heading,
                       const char   *body,
                       const char   *response_label,
                       gint64        id,
                       GCallback     callback)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (duaal_sidebar_get_window (self),
                                                                         heading, body));

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "delete", response_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  dialog_set_id (dialog, id);
  g_signal_connect_object (dialog, "response", callback, self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
delete_group_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DuaalSidebar *self = DUAAL_SIDEBAR (widget);
  gint64 group_id = g_variant_get_int64 (parameter);
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalClassGroup) group = NULL;
  g_autoptr(GPtrArray) learners = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  guint n_scores = 0;

  group = duaal_store_get_group (self->store, group_id, &error);
  if (group != NULL)
    learners = duaal_store_list_learners (self->store, group_id, &error);
  if (learners == NULL)
    {
      duaal_sidebar_show_error (self, _("Cannot Delete the Class Group"), error);
      return;
    }
  for (guint i = 0; i < learners->len; i++)
    n_scores += duaal_store_count_learner_scores (self->store,
                                                  duaal_learner_get_id (g_ptr_array_index (learners, i)),
                                                  NULL);

  /* Translators: "Delete 5A?" */
  heading = g_strdup_printf (_("Delete %s?"), duaal_class_group_get_name (group));
  if (learners->len == 0)
    body = g_strdup (_("The class group has no learners. Deleting it cannot be undone."));
  else
    {
      g_autofree char *learners_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u learner", "%u learners",
                                                                     learners->len), learners->len);
      g_autofree char *scores_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u score", "%u scores",
                                                                   n_scores), n_scores);
      /* Translators: "Its 18 learners and their 240 scores will be deleted too. ..." */
      body = g_strdup_printf (_("Its %s and their %s will be deleted too, in every period. "
                                "This cannot be undone."), learners_text, scores_text);
    }

  duaal_sidebar_confirm (self, heading, body, _("_Delete"), group_id,
                         G_CALLBACK (on_delete_group_response));
}

/* ---- learner actions ---- */

static void
add_learner_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DuaalSidebar *self = DUAAL_SIDEBAR (widget);
  DuaalLearnerDialog *dialog = duaal_learner_dialog_new (duaal_sidebar_get_window (self), self->store,
                                                         g_variant_get_int64 (parameter), NULL);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_dialog_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_learner_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DuaalSidebar *self = DUAAL_SIDEBAR (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalLearner) learner = duaal_store_get_learner (self->store, g_variant_get_int64 (parameter), &error);
  DuaalLearnerDialog *dialog;

  if (learner == NULL)
    {
      duaal_sidebar_show_error (self, _("Cannot Edit the Learner"), error);
      return;
    }

  dialog = duaal_learner_dialog_new (duaal_sidebar_get_window (self), self->store, 0, learner);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_dialog_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_remove_learner_response (AdwMessageDialog *dialog,
                            const char       *response,
                            DuaalSidebar     *self)
{
  gint64 learner_id = *(gint64 *) g_object_get_data (G_OBJECT (dialog), "duaal-id");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;

  if (!duaal_store_delete_learner (self->store, learner_id, &error))
    duaal_sidebar_show_error (self, _("Cannot Remove the Learner"), error);
  else
    duaal_sidebar_notify_changed (self);
}

static void
remove_learner_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DuaalSidebar *self = DUAAL_SIDEBAR (widget);
  gint64 learner_id = g_variant_get_int64 (parameter);
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalLearner) learner = duaal_store_get_learner (self->store, learner_id, &error);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  guint n_scores;

  if (learner == NULL)
    {
      duaal_sidebar_show_error (self, _("Cannot Remove the Learner"), error);
      return;
    }

  n_scores = duaal_store_count_learner_scores (self->store, learner_id, &error);
  if (error != NULL)
    {
      duaal_sidebar_show_error (self, _("Cannot Remove the Learner"), error);
      return;
    }

  /* Translators: "Remove Jonas Peeters?" */
  heading = g_strdup_printf (_("Remove %s?"), duaal_learner_get_name (learner));
  if (n_scores == 0)
    body = g_strdup (_("The learner has no scores yet."));
  else
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Their %u score will be deleted too, in every period. This cannot be undone.",
                                         "Their %u scores will be deleted too, in every period. This cannot be undone.",
                                         n_scores), n_scores);

  duaal_sidebar_confirm (self, heading, body, _("_Remove"), learner_id,
                         G_CALLBACK (on_remove_learner_response));
}

/* ---- class list import ---- */

static const char * const class_columns[] = { "learner", "company", NULL };

/* Reads the class list CSV at @path and stores its rows in one
 * transaction.  Every row is checked before anything is stored, so a
 * bad line (named with file and line) refuses the whole file. */
static gboolean
duaal_sidebar_import_class_file (DuaalStore              *store,
                                 gint64                   group_id,
                                 const char              *path,
                                 DuaalClassImportResult  *result,
                                 GError                 **error)
{
  g_autoptr(DuaalCsv) csv = duaal_csv_parse_file (path, class_columns, error);
  g_autoptr(GArray) rows = NULL;

  if (csv == NULL)
    return FALSE;

  rows = g_array_sized_new (FALSE, TRUE, sizeof (DuaalClassRow), duaal_csv_get_n_rows (csv));
  for (guint i = 0; i < duaal_csv_get_n_rows (csv); i++)
    {
      const char *trainer = duaal_csv_get_value (csv, i, "trainer");
      DuaalClassRow row = {
        duaal_csv_get_value (csv, i, "learner"),
        duaal_csv_get_value (csv, i, "company"),
        trainer != NULL && *trainer != '\0' ? trainer : NULL,
      };

      if (*row.learner == '\0')
        {
          g_propagate_error (error, duaal_csv_new_row_error (csv, i, _("the learner’s name is empty")));
          return FALSE;
        }
      if (*row.company == '\0')
        {
          g_propagate_error (error, duaal_csv_new_row_error (csv, i, _("the company is empty")));
          return FALSE;
        }
      g_array_append_val (rows, row);
    }

  return duaal_store_import_class (store, group_id, (const DuaalClassRow *) rows->data, rows->len,
                                   result, error);
}

gboolean
duaal_sidebar_import_class_list (DuaalSidebar  *self,
                                 gint64         group_id,
                                 GFile         *file,
                                 GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *summary = NULL;
  DuaalClassImportResult result = { 0 };

  g_return_val_if_fail (DUAAL_IS_SIDEBAR (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    g_set_error (&local_error, DUAAL_ERROR, DUAAL_ERROR_IO,
                 _("%s is not a local file; copy it to this computer first"), g_file_peek_path (file));
  else
    duaal_sidebar_import_class_file (self->store, group_id, path, &result, &local_error);

  if (local_error != NULL)
    {
      duaal_sidebar_show_error (self, _("Cannot Import the Class List"), local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* Translators: toast after a class list import */
  summary = g_strdup_printf (_("%u learners added, %u already there"),
                             result.learners_added, result.learners_present);
  duaal_sidebar_toast (self, summary);
  duaal_sidebar_notify_changed (self);
  return TRUE;
}

static void
on_class_chooser_response (DuaalSidebar         *self,
                           int                   response,
                           GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      duaal_sidebar_import_class_list (self, self->import_group_id, file, NULL);
    }

  g_clear_object (&self->class_chooser);
}

static void
import_class_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DuaalSidebar *self = DUAAL_SIDEBAR (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->class_chooser != NULL)
    return;

  self->import_group_id = g_variant_get_int64 (parameter);
  gtk_file_filter_set_name (filter, _("Class lists (CSV)"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.CSV");
  gtk_file_filter_add_mime_type (filter, "text/csv");

  self->class_chooser = gtk_file_chooser_native_new (_("Import Class List"),
                                                     duaal_sidebar_get_window (self),
                                                     GTK_FILE_CHOOSER_ACTION_OPEN,
                                                     _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->class_chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->class_chooser), filter);
  g_signal_connect_swapped (self->class_chooser, "response", G_CALLBACK (on_class_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->class_chooser));
}

/* ---- GObject ---- */

static void
duaal_sidebar_dispose (GObject *object)
{
  DuaalSidebar *self = DUAAL_SIDEBAR (object);

  self->disposing = TRUE;
  g_clear_handle_id (&self->rows_idle, g_source_remove);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  if (self->class_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->class_chooser));
  g_clear_object (&self->class_chooser);
  /* AdwBin drops its child, the template, itself. */
  g_clear_object (&self->store);
  g_clear_pointer (&self->filter, g_free);
  g_clear_pointer (&self->open_groups, g_hash_table_unref);
  g_clear_handle_id (&self->badge_idle, g_source_remove);
  g_clear_pointer (&self->attention_counts, g_hash_table_unref);
  g_clear_pointer (&self->badge_queue, g_array_unref);

  G_OBJECT_CLASS (duaal_sidebar_parent_class)->dispose (object);
}

static void
duaal_sidebar_class_init (DuaalSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = duaal_sidebar_dispose;

  /* @learner_id: the selected learner, 0 when none */
  signals[LEARNER_SELECTED] = g_signal_new ("learner-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /* @learner_id: a learner row was clicked or activated with Enter */
  signals[LEARNER_ACTIVATED] = g_signal_new ("learner-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                             0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /* @group_id: a class group's header was selected */
  signals[GROUP_SELECTED] = g_signal_new ("group-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /* @group_id: a class group's header was clicked or activated with Enter */
  signals[GROUP_ACTIVATED] = g_signal_new ("group-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /* The sidebar changed the store (groups or learners). */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Duaal/ui/duaal-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, DuaalSidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DuaalSidebar, list);

  gtk_widget_class_install_action (widget_class, "sidebar.new-group", NULL, new_group_action);
  gtk_widget_class_install_action (widget_class, "sidebar.toggle-group", "x", toggle_group_action);
  gtk_widget_class_install_action (widget_class, "sidebar.rename-group", "x", rename_group_action);
  gtk_widget_class_install_action (widget_class, "sidebar.delete-group", "x", delete_group_action);
  gtk_widget_class_install_action (widget_class, "sidebar.add-learner", "x", add_learner_action);
  gtk_widget_class_install_action (widget_class, "sidebar.import-class", "x", import_class_action);
  gtk_widget_class_install_action (widget_class, "sidebar.edit-learner", "x", edit_learner_action);
  gtk_widget_class_install_action (widget_class, "sidebar.remove-learner", "x", remove_learner_action);
}

static void
duaal_sidebar_init (DuaalSidebar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->open_groups = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->attention_counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->badge_queue = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_list_box_set_filter_func (self->list, duaal_sidebar_filter, self, NULL);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect (self->list, "row-selected", G_CALLBACK (on_row_selected), self);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (on_row_activated), self);
}

GtkWidget *
duaal_sidebar_new (DuaalStore *store)
{
  DuaalSidebar *self;

  g_return_val_if_fail (DUAAL_IS_STORE (store), NULL);

  self = g_object_new (DUAAL_TYPE_SIDEBAR, NULL);
  self->store = g_object_ref (store);
  duaal_sidebar_reload (self);
  return GTK_WIDGET (self);
}
