/* duaal-sidebar.c
 *
 * The list shows a GtkTreeListModel: the class groups at the root, each
 * group's learners as its children, both levels through one
 * GtkStringFilter (the search), in a GtkSingleSelection.  A group's
 * learners are read from the store when it is first opened or searched,
 * so a training centre of hundreds of groups opens as fast as one class.
 * Change notices of the store update the items in place
 * (duaal_sidebar_item_sync_list()), so rows, selection, scroll position
 * and search text stay.
 *
 * The view is a one-column GtkGridView, GtkListView's sibling (the same
 * GtkListBase: factory, selection, list.* actions, keyboard): GTK 4.8's
 * GtkListView keeps 200 rows alive whatever its height, so a centre's
 * first frame made and measured 200 rows (start-up 1.9x the bare window
 * instead of 1.4x); the grid view makes at most 33, and for the first
 * frame the selection's model (first_rows) lists only what fits in the
 * window.  From GTK 4.12 on GtkListView makes only what is on screen too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-attention-count.h"
#include "duaal-class-list.h"
#include "duaal-error.h"
#include "duaal-group-dialog.h"
#include "duaal-learner-dialog.h"
#include "duaal-live-view-private.h"
#include "duaal-sidebar-item.h"
#include "duaal-sidebar-private.h"
#include "duaal-sidebar-row.h"
#include "duaal-sidebar.h"
#include "duaal-tooltip.h"

struct _DuaalSidebar
{
  AdwBin                parent_instance;

  DuaalStore           *store;
  GtkFileChooserNative *class_chooser;
  gint64                import_group_id;

  GListStore           *groups;           /* a DuaalSidebarItem per class group */
  GtkStringFilter      *filter;           /* the search, on both levels */
  GtkFilterListModel   *shown_groups;
  GtkTreeListModel     *tree;
  GtkSliceListModel    *first_rows;       /* the rows of the first frame; then all */
  gulong                first_paint_id;
  guint                 all_rows_idle;
  GtkSingleSelection   *selection;
  GHashTable           *open_choices;     /* group id -> opened (TRUE) or closed by the user */
  gboolean              searching;
  gboolean              expanding;        /* rows opened or closed by the sidebar itself */
  guint                 updating;         /* selection changes while updating are not the user's */
  gboolean              key_moving;       /* the arrows move the selection: nothing opens */
  guint                 key_idle;

  /* What is selected, also while a search hides it. */
  DuaalSidebarItemKind  selected_kind;
  gint64                selected_id;      /* 0: nothing */
  gint64                selected_group;

  /* Change notices not yet applied: applied together when idle, or at
   * once before anything looks at the list. */
  gboolean              groups_stale;
  GHashTable           *stale_learners;   /* group ids */
  GHashTable           *stale_attention;  /* group ids */
  guint                 changes_idle;
  GArray               *attention_queue;  /* group ids whose badge is still to count */
  guint                 attention_idle;

  GtkSearchEntry       *search_entry;
  GtkMenuButton        *add_button;
  GMenuModel           *add_menu;
  GtkStack             *stack;
  GtkGridView          *list_view;
  AdwStatusPage        *no_match_page;    /* (nullable): see duaal_sidebar_ensure_placeholders() */
};

G_DEFINE_FINAL_TYPE (DuaalSidebar, duaal_sidebar, ADW_TYPE_BIN)

/* Up to this many class groups every group shows its learners at first.
 * A training centre has hundreds of groups and thousands of learners:
 * there a group opens when the user opens it (or a search or selection
 * reaches it). */
#define GROUPS_OPEN_AT_FIRST 12

/* The lowest a row can be (a class group's header), and the least the
 * header bar and the search entry above the list take, in pixels: the
 * first frame lists as many rows as the window can show. */
#define ROW_HEIGHT_AT_LEAST 40
#define ABOVE_THE_LIST_AT_LEAST 80

enum {
  LEARNER_SELECTED,
  LEARNER_ACTIVATED,
  GROUP_SELECTED,
  GROUP_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void     duaal_sidebar_apply_changes      (DuaalSidebar *self);
static void     duaal_sidebar_list_every_row     (DuaalSidebar *self);
static gboolean duaal_sidebar_apply_changes_idle (DuaalSidebar *self);

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

/* ---- finding items and rows ---- */

/* The position of group @group_id in @groups, G_MAXUINT when absent. */
static guint
find_group_position (GListModel *groups,
                     gint64      group_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(DuaalSidebarItem) group = g_list_model_get_item (groups, i);

      if (duaal_sidebar_item_get_id (group) == group_id)
        return i;
    }
  return G_MAXUINT;
}

/* (nullable) (transfer none) */
static DuaalSidebarItem *
duaal_sidebar_find_group (DuaalSidebar *self,
                          gint64        group_id)
{
  guint position = find_group_position (G_LIST_MODEL (self->groups), group_id);
  DuaalSidebarItem *group;

  if (position == G_MAXUINT)
    return NULL;
  group = g_list_model_get_item (G_LIST_MODEL (self->groups), position);
  g_object_unref (group);   /* the list keeps it */
  return group;
}

/* (nullable) (transfer full): the tree's row of a listed group */
static GtkTreeListRow *
duaal_sidebar_find_group_row (DuaalSidebar *self,
                              gint64        group_id)
{
  guint position = find_group_position (G_LIST_MODEL (self->shown_groups), group_id);

  return position != G_MAXUINT ? gtk_tree_list_model_get_child_row (self->tree, position) : NULL;
}

/* Each learner's evaluation summary (SPEC 15): cannot qualify, early
 * warnings, a visit overdue.  A store without SPEC 15 shows none. */
static void
duaal_sidebar_load_evaluation (DuaalSidebar     *self,
                               DuaalSidebarItem *group)
{
  g_autoptr(GHashTable) summary = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *learners = duaal_sidebar_item_get_learners (group);
  GDate today;

  duaal_evaluation_today (&today);
  summary = duaal_evaluation_summarize (self->store, duaal_sidebar_item_get_id (group), &today, &error);
  if (summary == NULL)
    g_warning ("Cannot read the evaluation of %s: %s", duaal_sidebar_item_get_name (group), error->message);
  for (guint i = 0; i < g_list_model_get_n_items (learners); i++)
    {
      g_autoptr(DuaalSidebarItem) learner = g_list_model_get_item (learners, i);
      gint64 id = duaal_sidebar_item_get_id (learner);

      duaal_sidebar_item_set_evaluation (learner, summary != NULL ? g_hash_table_lookup (summary, &id) : NULL);
    }
}

/* The learners of @group as the store lists them, once. */
static void
duaal_sidebar_load_learners (DuaalSidebar     *self,
                             DuaalSidebarItem *group)
{
  g_autoptr(GPtrArray) learners = NULL;
  g_autoptr(GError) error = NULL;

  learners = duaal_store_list_learners (self->store, duaal_sidebar_item_get_id (group), &error);
  if (learners == NULL)
    {
      g_warning ("Cannot list the learners of %s: %s", duaal_sidebar_item_get_name (group), error->message);
      return;
    }
  duaal_sidebar_item_set_learners (group, learners);
  duaal_sidebar_load_evaluation (self, group);
}

static void
duaal_sidebar_ensure_learners (DuaalSidebar     *self,
                               DuaalSidebarItem *group)
{
  if (!duaal_sidebar_item_has_learners (group))
    duaal_sidebar_load_learners (self, group);
}

/* ---- opening and closing groups ---- */

static gboolean
duaal_sidebar_wants_open (DuaalSidebar     *self,
                          DuaalSidebarItem *group)
{
  gint64 id = duaal_sidebar_item_get_id (group);
  gpointer choice;

  if (self->searching)
    return TRUE;
  if (g_hash_table_lookup_extended (self->open_choices, &id, NULL, &choice))
    return GPOINTER_TO_INT (choice);
  return g_list_model_get_n_items (G_LIST_MODEL (self->groups)) <= GROUPS_OPEN_AT_FIRST;
}

static void
duaal_sidebar_set_open_choice (DuaalSidebar *self,
                               gint64        group_id,
                               gboolean      open)
{
  g_hash_table_insert (self->open_choices, g_memdup2 (&group_id, sizeof (gint64)), GINT_TO_POINTER (open));
}

static void
duaal_sidebar_expand (DuaalSidebar   *self,
                      GtkTreeListRow *row,
                      gboolean        open)
{
  if (open)
    duaal_sidebar_ensure_learners (self, gtk_tree_list_row_get_item (row));
  self->expanding = TRUE;
  gtk_tree_list_row_set_expanded (row, open);
  self->expanding = FALSE;
}

/* Opens or closes the groups listed at @position.. of the root as the
 * user chose, or as a search or their number wants. */
static void
duaal_sidebar_expand_groups (DuaalSidebar *self,
                             guint         position,
                             guint         n)
{
  for (guint i = position; i < position + n; i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_child_row (self->tree, i);
      g_autoptr(DuaalSidebarItem) group = gtk_tree_list_row_get_item (row);
      gboolean open = duaal_sidebar_wants_open (self, group);

      if (open != gtk_tree_list_row_get_expanded (row))
        duaal_sidebar_expand (self, row, open);
    }
}

/* The placeholders are made the first time one is shown: a centre's
 * first frame makes only its list. */
static void
duaal_sidebar_ensure_placeholders (DuaalSidebar *self)
{
  g_autoptr(GtkBuilder) builder = NULL;

  if (self->no_match_page != NULL)
    return;
  builder = gtk_builder_new_from_resource ("/org/example/Duaal/ui/duaal-sidebar-placeholders.ui");
  self->no_match_page = ADW_STATUS_PAGE (gtk_builder_get_object (builder, "no_match_page"));
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->no_match_page), "no-match");
  gtk_stack_add_named (self->stack, GTK_WIDGET (gtk_builder_get_object (builder, "empty_page")), "empty");
}

/* Without any class group: how to make one; a search that finds
 * nobody says so. */
static void
duaal_sidebar_update_placeholder (DuaalSidebar *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->groups)) == 0;
  gboolean no_match = !empty && self->searching && g_list_model_get_n_items (G_LIST_MODEL (self->tree)) == 0;

  if (!empty && !no_match)
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
      return;
    }
  duaal_sidebar_ensure_placeholders (self);
  if (no_match)
    {
      g_autofree char *search = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
      /* Translators: the sidebar's search found nothing */
      g_autofree char *description = g_strdup_printf (_("No learner or class group matches “%s”."), search);

      adw_status_page_set_description (self->no_match_page, description);
    }
  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "no-match");
}

static void
on_shown_groups_changed (DuaalSidebar *self,
                         guint         position,
                         guint         removed,
                         guint         added)
{
  duaal_sidebar_expand_groups (self, position, added);
  duaal_sidebar_update_placeholder (self);
}

/* The user opened or closed a group with its expander. */
static void
on_row_expanded (GtkTreeListRow *row,
                 GParamSpec     *pspec,
                 DuaalSidebar   *self)
{
  g_autoptr(DuaalSidebarItem) group = NULL;

  if (self->expanding)
    return;
  /* A group removed from the list closes its row on the way out. */
  group = gtk_tree_list_row_get_item (row);
  if (group == NULL)
    return;
  if (gtk_tree_list_row_get_expanded (row))
    duaal_sidebar_ensure_learners (self, group);
  /* A search opens every group for a while: not the user's choice. */
  if (!self->searching)
    duaal_sidebar_set_open_choice (self, duaal_sidebar_item_get_id (group), gtk_tree_list_row_get_expanded (row));
}

/* A group's children: its learners, through the search. */
static GListModel *
create_learner_model (gpointer item,
                      gpointer user_data)
{
  DuaalSidebar *self = DUAAL_SIDEBAR (user_data);

  if (duaal_sidebar_item_get_kind (item) != DUAAL_SIDEBAR_ITEM_GROUP)
    return NULL;
  return G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (duaal_sidebar_item_get_learners (item)),
                                                  g_object_ref (GTK_FILTER (self->filter))));
}

static void
toggle_group_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DuaalSidebar *self = DUAAL_SIDEBAR (widget);
  gint64 group_id = g_variant_get_int64 (parameter);
  g_autoptr(GtkTreeListRow) row = NULL;
  gboolean open;

  duaal_sidebar_apply_changes (self);
  row = duaal_sidebar_find_group_row (self, group_id);
  if (row == NULL)
    return;
  open = !gtk_tree_list_row_get_expanded (row);
  duaal_sidebar_set_open_choice (self, group_id, open);
  duaal_sidebar_expand (self, row, open);
}

gboolean
duaal_sidebar_is_group_open (DuaalSidebar *self,
                             gint64        group_id)
{
  g_autoptr(GtkTreeListRow) row = NULL;

  g_return_val_if_fail (DUAAL_IS_SIDEBAR (self), FALSE);

  duaal_sidebar_apply_changes (self);
  row = duaal_sidebar_find_group_row (self, group_id);
  return row != NULL && gtk_tree_list_row_get_expanded (row);
}

/* ---- rows ---- */

static void
on_setup_row (DuaalSidebar *self,
              GtkListItem  *list_item)
{
  gtk_list_item_set_child (list_item, duaal_sidebar_row_new ());
}

static void duaal_sidebar_queue_attention (DuaalSidebar     *self,
                                           DuaalSidebarItem *group);

static void
on_bind_row (DuaalSidebar *self,
             GtkListItem  *list_item)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  g_autoptr(DuaalSidebarItem) item = gtk_tree_list_row_get_item (row);

  duaal_sidebar_row_set_list_row (DUAAL_SIDEBAR_ROW (gtk_list_item_get_child (list_item)), row);
  if (duaal_sidebar_item_get_kind (item) != DUAAL_SIDEBAR_ITEM_GROUP)
    return;
  g_signal_connect_object (row, "notify::expanded", G_CALLBACK (on_row_expanded), self, 0);
  /* Badges are counted for the groups on screen only. */
  if (!duaal_sidebar_item_get_attention_count (item, NULL))
    duaal_sidebar_queue_attention (self, item);
}

static void
on_unbind_row (DuaalSidebar *self,
               GtkListItem  *list_item)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);

  if (row != NULL)
    g_signal_handlers_disconnect_by_func (row, on_row_expanded, self);
  duaal_sidebar_row_set_list_row (DUAAL_SIDEBAR_ROW (gtk_list_item_get_child (list_item)), NULL);
}

/* ---- search ---- */

static void
on_search_changed (DuaalSidebar *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  GListModel *groups = G_LIST_MODEL (self->groups);

  duaal_sidebar_list_every_row (self);
  duaal_sidebar_apply_changes (self);
  self->searching = stripped[0] != '\0';
  /* A group is found by its learners too: they must be known. */
  for (guint i = 0; self->searching && i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(DuaalSidebarItem) group = g_list_model_get_item (groups, i);

      duaal_sidebar_ensure_learners (self, group);
    }

  self->updating++;
  gtk_string_filter_set_search (self->filter, self->searching ? stripped : NULL);
  duaal_sidebar_expand_groups (self, 0, g_list_model_get_n_items (G_LIST_MODEL (self->shown_groups)));
  self->updating--;
  duaal_sidebar_update_placeholder (self);
  /* What the search hid and shows again is selected again. */
  if (self->selected_id != 0)
    {
      if (self->selected_kind == DUAAL_SIDEBAR_ITEM_GROUP)
        duaal_sidebar_select_group (self, self->selected_id);
      else
        duaal_sidebar_select_learner (self, self->selected_id);
    }
}

/* The position of the first learner listed (else of the first group),
 * G_MAXUINT when the list is empty. */
static guint
duaal_sidebar_first_match (DuaalSidebar *self)
{
  GListModel *tree = G_LIST_MODEL (self->tree);
  guint n = g_list_model_get_n_items (tree);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (tree, i);
      g_autoptr(DuaalSidebarItem) item = gtk_tree_list_row_get_item (row);

      if (duaal_sidebar_item_get_kind (item) == DUAAL_SIDEBAR_ITEM_LEARNER)
        return i;
    }
  return n > 0 ? 0 : G_MAXUINT;
}

static void on_activate (DuaalSidebar *self,
                         guint         position);

/* Enter in the search: the first match opens, as if clicked. */
static gboolean
duaal_sidebar_open_first_match (DuaalSidebar *self)
{
  guint position;

  duaal_sidebar_apply_changes (self);
  position = duaal_sidebar_first_match (self);
  if (position == G_MAXUINT)
    return FALSE;
  on_activate (self, position);
  return TRUE;
}

static void
on_search_activate (DuaalSidebar *self)
{
  duaal_sidebar_open_first_match (self);
}

/* Down in the search: the first match opens and the list takes the
 * keys, so the arrows go on from there. */
static gboolean
on_search_key_pressed (DuaalSidebar    *self,
                       guint            keyval,
                       guint            keycode,
                       GdkModifierType  state)
{
  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) ||
      (state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return GDK_EVENT_PROPAGATE;
  if (duaal_sidebar_open_first_match (self))
    gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
  return GDK_EVENT_STOP;
}

static gboolean
duaal_sidebar_end_key_move (gpointer user_data)
{
  DuaalSidebar *self = DUAAL_SIDEBAR (user_data);

  self->key_idle = 0;
  self->key_moving = FALSE;
  return G_SOURCE_REMOVE;
}

/* A key in the list moves the focus and the highlighted row; the row
 * opens only when activated (Enter, Space or a click), so walking down
 * the list does not open every learner on the way. */
static gboolean
on_list_key_pressed (DuaalSidebar    *self,
                     guint            keyval,
                     guint            keycode,
                     GdkModifierType  state)
{
  self->key_moving = TRUE;
  if (self->key_idle == 0)
    self->key_idle = g_idle_add_full (G_PRIORITY_HIGH, duaal_sidebar_end_key_move, self, NULL);
  return GDK_EVENT_PROPAGATE;
}

void
duaal_sidebar_focus_search (DuaalSidebar *self)
{
  g_return_if_fail (DUAAL_IS_SIDEBAR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  duaal_sidebar_focus_search (DUAAL_SIDEBAR (widget));
}

guint
duaal_sidebar_count_visible_learners (DuaalSidebar *self)
{
  GListModel *shown;
  guint count = 0;

  g_return_val_if_fail (DUAAL_IS_SIDEBAR (self), 0);

  duaal_sidebar_apply_changes (self);
  shown = G_LIST_MODEL (self->shown_groups);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_child_row (self->tree, i);
      GListModel *learners = gtk_tree_list_row_get_children (row);

      if (gtk_tree_list_row_get_expanded (row) && learners != NULL)
        count += g_list_model_get_n_items (learners);
    }
  return count;
}

GtkEditable *
duaal_sidebar_get_search_entry (DuaalSidebar *self)
{
  g_return_val_if_fail (DUAAL_IS_SIDEBAR (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}

/* ---- selection ---- */

static void
duaal_sidebar_emit_selected (DuaalSidebar *self)
{
  if (self->selected_id != 0 && self->selected_kind == DUAAL_SIDEBAR_ITEM_GROUP)
    g_signal_emit (self, signals[GROUP_SELECTED], 0, self->selected_id);
  else
    g_signal_emit (self, signals[LEARNER_SELECTED], 0, self->selected_id);
}

/* (nullable) (transfer full) */
static DuaalSidebarItem *
duaal_sidebar_get_selected_item (DuaalSidebar *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);

  return row != NULL ? gtk_tree_list_row_get_item (row) : NULL;
}

/* What is selected is what the window shows. */
static gboolean
duaal_sidebar_take_item (DuaalSidebar     *self,
                         DuaalSidebarItem *item)
{
  if (item == NULL && self->selected_id == 0)
    return FALSE;
  if (item != NULL && duaal_sidebar_item_get_kind (item) == self->selected_kind &&
      duaal_sidebar_item_get_id (item) == self->selected_id)
    return FALSE;

  self->selected_kind = item != NULL ? duaal_sidebar_item_get_kind (item) : DUAAL_SIDEBAR_ITEM_LEARNER;
  self->selected_id = item != NULL ? duaal_sidebar_item_get_id (item) : 0;
  self->selected_group = item != NULL ? duaal_sidebar_item_get_group_id (item) : 0;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sidebar.add-learner-here", self->selected_group > 0);
  return TRUE;
}

static void
on_selection_changed (DuaalSidebar *self)
{
  g_autoptr(DuaalSidebarItem) item = NULL;

  if (self->updating > 0 || self->key_moving)
    return;
  item = duaal_sidebar_get_selected_item (self);
  if (duaal_sidebar_take_item (self, item))
    duaal_sidebar_emit_selected (self);
}

/* Selects the row at @position (listed) and shows it. */
static void
duaal_sidebar_select_position (DuaalSidebar *self,
                               guint         position)
{
  duaal_sidebar_list_every_row (self);
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

static void
on_activate (DuaalSidebar *self,
             guint         position)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), position);
  g_autoptr(DuaalSidebarItem) item = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;

  if (item == NULL)
    return;
  /* Activated from the keyboard or the search: now it is selected. */
  if (gtk_single_selection_get_selected (self->selection) != position)
    {
      self->updating++;
      duaal_sidebar_select_position (self, position);
      self->updating--;
    }
  duaal_sidebar_take_item (self, item);
  if (duaal_sidebar_item_get_kind (item) == DUAAL_SIDEBAR_ITEM_GROUP)
    g_signal_emit (self, signals[GROUP_ACTIVATED], 0, duaal_sidebar_item_get_id (item));
  else
    g_signal_emit (self, signals[LEARNER_ACTIVATED], 0, duaal_sidebar_item_get_id (item));
}

gint64
duaal_sidebar_get_selected_group (DuaalSidebar *self)
{
  g_return_val_if_fail (DUAAL_IS_SIDEBAR (self), 0);

  duaal_sidebar_apply_changes (self);
  return self->selected_kind == DUAAL_SIDEBAR_ITEM_GROUP ? self->selected_id : 0;
}

gint64
duaal_sidebar_get_selected_learner (DuaalSidebar *self)
{
  g_return_val_if_fail (DUAAL_IS_SIDEBAR (self), 0);

  duaal_sidebar_apply_changes (self);
  return self->selected_kind == DUAAL_SIDEBAR_ITEM_LEARNER ? self->selected_id : 0;
}

gboolean
duaal_sidebar_select_group (DuaalSidebar *self,
                            gint64        group_id)
{
  g_autoptr(GtkTreeListRow) row = NULL;

  g_return_val_if_fail (DUAAL_IS_SIDEBAR (self), FALSE);

  duaal_sidebar_apply_changes (self);
  row = duaal_sidebar_find_group_row (self, group_id);
  if (row == NULL)
    return FALSE;
  duaal_sidebar_select_position (self, gtk_tree_list_row_get_position (row));
  return TRUE;
}

/* The group a learner is in: the one listing it, else the store's word. */
static gint64
duaal_sidebar_find_learner_group (DuaalSidebar *self,
                                  gint64        learner_id)
{
  GListModel *groups = G_LIST_MODEL (self->groups);
  g_autoptr(DuaalLearner) learner = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(DuaalSidebarItem) group = g_list_model_get_item (groups, i);

      if (duaal_sidebar_item_find_learner (group, learner_id) != NULL)
        return duaal_sidebar_item_get_id (group);
    }
  learner = duaal_store_get_learner (self->store, learner_id, NULL);
  return learner != NULL ? duaal_learner_get_group_id (learner) : 0;
}

/* A learner of a closed group opens the group. */
gboolean
duaal_sidebar_select_learner (DuaalSidebar *self,
                              gint64        learner_id)
{
  g_autoptr(GtkTreeListRow) group_row = NULL;
  GListModel *learners;
  gint64 group_id;

  g_return_val_if_fail (DUAAL_IS_SIDEBAR (self), FALSE);

  duaal_sidebar_apply_changes (self);
  group_id = duaal_sidebar_find_learner_group (self, learner_id);
  group_row = group_id != 0 ? duaal_sidebar_find_group_row (self, group_id) : NULL;
  if (group_row == NULL)
    return FALSE;
  if (!gtk_tree_list_row_get_expanded (group_row))
    {
      duaal_sidebar_set_open_choice (self, group_id, TRUE);
      duaal_sidebar_expand (self, group_row, TRUE);
    }

  learners = gtk_tree_list_row_get_children (group_row);
  for (guint i = 0; learners != NULL && i < g_list_model_get_n_items (learners); i++)
    {
      g_autoptr(DuaalSidebarItem) learner = g_list_model_get_item (learners, i);

      if (duaal_sidebar_item_get_id (learner) == learner_id)
        {
          /* Learners have no children: they follow their group's row. */
          duaal_sidebar_select_position (self, gtk_tree_list_row_get_position (group_row) + 1 + i);
          return TRUE;
        }
    }
  return FALSE;
}

/* After an update: the same group or learner selected again, quietly;
 * when it is gone, nothing is selected and the window hears so. */
static void
duaal_sidebar_restore_selection (DuaalSidebar *self)
{
  g_autoptr(DuaalSidebarItem) selected = duaal_sidebar_get_selected_item (self);
  DuaalSidebarItem *group;
  gboolean exists;

  if (self->selected_id == 0)
    return;
  if (selected != NULL && duaal_sidebar_item_get_kind (selected) == self->selected_kind &&
      duaal_sidebar_item_get_id (selected) == self->selected_id)
    return;

  group = duaal_sidebar_find_group (self, self->selected_group);
  exists = group != NULL &&
           (self->selected_kind == DUAAL_SIDEBAR_ITEM_GROUP ||
            duaal_sidebar_item_find_learner (group, self->selected_id) != NULL);
  if (!exists)
    {
      self->selected_id = 0;
      self->selected_group = 0;
      self->selected_kind = DUAAL_SIDEBAR_ITEM_LEARNER;
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "sidebar.add-learner-here", FALSE);
      gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
      duaal_sidebar_emit_selected (self);
      return;
    }

  self->updating++;
  if (self->selected_kind == DUAAL_SIDEBAR_ITEM_GROUP)
    duaal_sidebar_select_group (self, self->selected_id);
  else
    duaal_sidebar_select_learner (self, self->selected_id);
  self->updating--;
}

/* ---- attention badges ---- */

/* One group per idle call: a window with a dozen groups on screen
 * shows at once, its badges right after. */
static gboolean
duaal_sidebar_count_next_attention (gpointer user_data)
{
  DuaalSidebar *self = DUAAL_SIDEBAR (user_data);
  g_autoptr(GError) error = NULL;
  DuaalSidebarItem *group;
  gint64 group_id;
  guint count;

  if (self->attention_queue->len == 0)
    {
      self->attention_idle = 0;
      return G_SOURCE_REMOVE;
    }

  group_id = g_array_index (self->attention_queue, gint64, 0);
  g_array_remove_index (self->attention_queue, 0);
  group = duaal_sidebar_find_group (self, group_id);
  if (group == NULL)
    return G_SOURCE_CONTINUE;
  count = duaal_attention_count_for_group (self->store, group_id, &error);
  if (error != NULL)
    g_warning ("Cannot count the attention list of %s: %s", duaal_sidebar_item_get_name (group), error->message);
  else
    duaal_sidebar_item_set_attention_count (group, count);
  return G_SOURCE_CONTINUE;
}

static void
duaal_sidebar_queue_attention (DuaalSidebar     *self,
                               DuaalSidebarItem *group)
{
  gint64 id = duaal_sidebar_item_get_id (group);

  for (guint i = 0; i < self->attention_queue->len; i++)
    if (g_array_index (self->attention_queue, gint64, i) == id)
      return;
  g_array_append_val (self->attention_queue, id);
  if (self->attention_idle == 0)
    self->attention_idle = g_idle_add_full (G_PRIORITY_LOW, duaal_sidebar_count_next_attention, self, NULL);
}

gboolean
duaal_sidebar_get_attention_count (DuaalSidebar *self,
                                   gint64        group_id,
                                   guint        *count)
{
  DuaalSidebarItem *group;

  g_return_val_if_fail (DUAAL_IS_SIDEBAR (self), FALSE);

  duaal_sidebar_apply_changes (self);
  group = duaal_sidebar_find_group (self, group_id);
  return group != NULL && duaal_sidebar_item_get_attention_count (group, count);
}

/* ---- following the store ---- */

/* The class groups as the store lists them now. */
static void
duaal_sidebar_read_groups (DuaalSidebar *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) groups = duaal_store_list_groups (self->store, &error);
  g_autoptr(GPtrArray) fresh = NULL;

  if (groups == NULL)
    {
      g_warning ("Cannot list the class groups: %s", error->message);
      return;
    }
  fresh = g_ptr_array_new_full (groups->len, g_object_unref);
  for (guint i = 0; i < groups->len; i++)
    g_ptr_array_add (fresh, duaal_sidebar_item_new_group (g_ptr_array_index (groups, i)));
  duaal_sidebar_item_sync_list (self->groups, fresh);
}

static void
add_id (GHashTable *ids,
        gint64      id)
{
  g_hash_table_add (ids, g_memdup2 (&id, sizeof (gint64)));
}

/* Everything the sidebar knows is read again: its groups, the learners
 * of the groups it listed, the badges it counted. */
static void
duaal_sidebar_mark_all_stale (DuaalSidebar *self)
{
  GListModel *groups = G_LIST_MODEL (self->groups);

  self->groups_stale = TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(DuaalSidebarItem) group = g_list_model_get_item (groups, i);

      add_id (self->stale_learners, duaal_sidebar_item_get_id (group));
      add_id (self->stale_attention, duaal_sidebar_item_get_id (group));
    }
}

/* In the main context (duaal_live_view_hear_in_main()), whichever
 * thread wrote: the list is the main thread's. */
static void
duaal_sidebar_note_change (GObject           *object,
                           const DuaalChange *change)
{
  DuaalSidebar *self = DUAAL_SIDEBAR (object);

  switch (change->kind)
    {
    case DUAAL_CHANGE_GROUP:
      self->groups_stale = TRUE;
      break;
    case DUAAL_CHANGE_LEARNER:
      add_id (self->stale_learners, change->group_id);
      add_id (self->stale_attention, change->group_id);
      break;
    case DUAAL_CHANGE_SCORE:
      add_id (self->stale_attention, change->group_id);
      break;
    case DUAAL_CHANGE_COMPANY:
    case DUAAL_CHANGE_ALL:
      /* A company's name is on its learners' rows. */
      duaal_sidebar_mark_all_stale (self);
      break;
    case DUAAL_CHANGE_PERIOD:
      /* A closed period brings early warnings (SPEC 15). */
      add_id (self->stale_learners, change->group_id);
      break;
    case DUAAL_CHANGE_PLAN:
    case DUAAL_CHANGE_QUALIFICATION:
      /* Nothing the sidebar shows: the badges count the current scores. */
      return;
    }
  if (self->changes_idle == 0)
    self->changes_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, (GSourceFunc) duaal_sidebar_apply_changes_idle,
                                          self, NULL);
}

static void
duaal_sidebar_apply_stale_learners (DuaalSidebar *self)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->stale_learners);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      DuaalSidebarItem *group = duaal_sidebar_find_group (self, *(gint64 *) key);

      /* A group never opened nor searched reads its learners when it is. */
      if (group != NULL && duaal_sidebar_item_has_learners (group))
        duaal_sidebar_load_learners (self, group);
    }
  g_hash_table_remove_all (self->stale_learners);
}

static void
duaal_sidebar_apply_stale_attention (DuaalSidebar *self)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->stale_attention);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      DuaalSidebarItem *group = duaal_sidebar_find_group (self, *(gint64 *) key);

      /* Only badges counted before: the others are counted when shown. */
      if (group != NULL && duaal_sidebar_item_get_attention_count (group, NULL))
        duaal_sidebar_queue_attention (self, group);
    }
  g_hash_table_remove_all (self->stale_attention);
}

static void
duaal_sidebar_apply_changes (DuaalSidebar *self)
{
  gboolean stale = self->groups_stale || g_hash_table_size (self->stale_learners) > 0;

  g_clear_handle_id (&self->changes_idle, g_source_remove);
  if (!stale && g_hash_table_size (self->stale_attention) == 0)
    return;

  self->updating++;
  if (self->groups_stale)
    duaal_sidebar_read_groups (self);
  self->groups_stale = FALSE;
  duaal_sidebar_apply_stale_learners (self);
  duaal_sidebar_apply_stale_attention (self);
  /* A group is found by its learners' names, which may have changed. */
  if (stale && self->searching)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  self->updating--;
  duaal_sidebar_restore_selection (self);
}

static gboolean
duaal_sidebar_apply_changes_idle (DuaalSidebar *self)
{
  self->changes_idle = 0;
  duaal_sidebar_apply_changes (self);
  return G_SOURCE_REMOVE;
}

guint
duaal_sidebar_count_listed_rows (DuaalSidebar *self)
{
  g_return_val_if_fail (DUAAL_IS_SIDEBAR (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->selection));
}

guint
duaal_sidebar_count_row_widgets (DuaalSidebar *self)
{
  GtkWidget *list = GTK_WIDGET (self->list_view);
  guint count = 0;

  g_return_val_if_fail (DUAAL_IS_SIDEBAR (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);

      if (DUAAL_IS_SIDEBAR_ROW (row) && duaal_sidebar_row_get_item (DUAAL_SIDEBAR_ROW (row)) != NULL)
        count++;
    }
  return count;
}


/* ---- group actions ---- */

static void
on_dialog_saved (DuaalSidebar *self,
                 gint64        id)
{
  duaal_sidebar_apply_changes (self);
}

/* What was just made is what the coach works on next: it is opened. */
static void
on_group_created (DuaalSidebar *self,
                  gint64        group_id)
{
  duaal_sidebar_apply_changes (self);
  if (duaal_sidebar_select_group (self, group_id))
    g_signal_emit (self, signals[GROUP_ACTIVATED], 0, group_id);
}

static void
on_learner_added (DuaalSidebar *self,
                  gint64        learner_id)
{
  duaal_sidebar_apply_changes (self);
  if (duaal_sidebar_select_learner (self, learner_id))
    g_signal_emit (self, signals[LEARNER_ACTIVATED], 0, learner_id);
}

static void
new_group_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DuaalSidebar *self = DUAAL_SIDEBAR (widget);
  DuaalGroupDialog *dialog = duaal_group_dialog_new (duaal_sidebar_get_window (self), self->store, NULL);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_group_created), self, G_CONNECT_SWAPPED);
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
    duaal_sidebar_apply_changes (self);
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
duaal_sidebar_add_learner (DuaalSidebar *self,
                           gint64        group_id)
{
  DuaalLearnerDialog *dialog = duaal_learner_dialog_new (duaal_sidebar_get_window (self), self->store,
                                                         group_id, NULL);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_learner_added), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_learner_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  duaal_sidebar_add_learner (DUAAL_SIDEBAR (widget), g_variant_get_int64 (parameter));
}

/* The + button: to the class group selected, or the selected learner's. */
static void
add_learner_here_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  DuaalSidebar *self = DUAAL_SIDEBAR (widget);

  if (self->selected_group > 0)
    duaal_sidebar_add_learner (self, self->selected_group);
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
    duaal_sidebar_apply_changes (self);
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

/* Reads the class list CSV at @path with the core's class-list reader
 * (as duaal-cli does) and stores its rows in one transaction.  Every row
 * is checked before anything is stored, so a bad line (named with file
 * and line) refuses the whole file.  Returns the list read, for its
 * warnings, or NULL. */
static DuaalClassList *
duaal_sidebar_import_class_file (DuaalStore              *store,
                                 gint64                   group_id,
                                 const char              *path,
                                 DuaalClassImportResult  *result,
                                 GError                 **error)
{
  g_autoptr(DuaalClassList) class_list = duaal_class_list_read_file (path, error);

  if (class_list == NULL || !duaal_class_list_import (class_list, store, group_id, result, error))
    return NULL;
  return g_steal_pointer (&class_list);
}

gboolean
duaal_sidebar_import_class_list (DuaalSidebar  *self,
                                 gint64         group_id,
                                 GFile         *file,
                                 GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(DuaalClassList) class_list = NULL;
  g_autofree char *path = NULL;
  g_autofree char *summary = NULL;
  DuaalClassImportResult result = { 0 };
  const char * const *warnings;

  g_return_val_if_fail (DUAAL_IS_SIDEBAR (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    g_set_error (&local_error, DUAAL_ERROR, DUAAL_ERROR_IO,
                 _("%s is not a local file; copy it to this computer first"), g_file_peek_path (file));
  else
    class_list = duaal_sidebar_import_class_file (self->store, group_id, path, &result, &local_error);

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
  /* What duaal-cli notes, e.g. a column that was ignored. */
  warnings = duaal_class_list_get_warnings (class_list);
  for (guint i = 0; warnings[i] != NULL; i++)
    duaal_sidebar_toast (self, warnings[i]);
  duaal_sidebar_apply_changes (self);
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

  g_clear_handle_id (&self->changes_idle, g_source_remove);
  g_clear_handle_id (&self->attention_idle, g_source_remove);
  g_clear_handle_id (&self->key_idle, g_source_remove);
  g_clear_handle_id (&self->all_rows_idle, g_source_remove);
  if (self->class_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->class_chooser));
  g_clear_object (&self->class_chooser);
  /* The list lets go of its rows while the sidebar is whole. */
  if (self->list_view != NULL)
    gtk_grid_view_set_model (self->list_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DUAAL_TYPE_SIDEBAR);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->shown_groups != NULL)
    g_signal_handlers_disconnect_by_data (self->shown_groups, self);
  g_clear_object (&self->selection);
  g_clear_object (&self->first_rows);
  g_clear_object (&self->tree);
  g_clear_object (&self->shown_groups);
  g_clear_object (&self->filter);
  g_clear_object (&self->groups);
  g_clear_object (&self->store);
  g_clear_pointer (&self->open_choices, g_hash_table_unref);
  g_clear_pointer (&self->stale_learners, g_hash_table_unref);
  g_clear_pointer (&self->stale_attention, g_hash_table_unref);
  g_clear_pointer (&self->attention_queue, g_array_unref);

  G_OBJECT_CLASS (duaal_sidebar_parent_class)->dispose (object);
}

/* The first frame: GTK 4.8's list views make and measure 33 rows
 * whatever their height, and a centre's groups fill all of them.  Until
 * the window has been drawn once, the list shows what fits in it; the
 * rest follows right after (and at once when something looks further). */
static void
duaal_sidebar_list_every_row (DuaalSidebar *self)
{
  g_clear_handle_id (&self->all_rows_idle, g_source_remove);
  if (self->first_rows != NULL)
    gtk_slice_list_model_set_size (self->first_rows, G_MAXUINT);
}

static gboolean
list_every_row_idle (gpointer data)
{
  DuaalSidebar *self = data;

  self->all_rows_idle = 0;
  duaal_sidebar_list_every_row (self);
  return G_SOURCE_REMOVE;
}

static void
on_first_paint (GdkFrameClock *clock,
                DuaalSidebar  *self)
{
  g_clear_signal_handler (&self->first_paint_id, clock);
  if (gtk_slice_list_model_get_size (self->first_rows) != G_MAXUINT && self->all_rows_idle == 0)
    self->all_rows_idle = g_idle_add (list_every_row_idle, self);
}

static void
duaal_sidebar_root (GtkWidget *widget)
{
  DuaalSidebar *self = DUAAL_SIDEBAR (widget);
  GtkRoot *root;
  int width = 0, height = 0;

  GTK_WIDGET_CLASS (duaal_sidebar_parent_class)->root (widget);
  if (gtk_slice_list_model_get_size (self->first_rows) == G_MAXUINT)
    return;
  root = gtk_widget_get_root (widget);
  /* A maximized window is as high as its screen: no guess, every row. */
  if (GTK_IS_WINDOW (root) && !gtk_widget_get_mapped (GTK_WIDGET (root)) &&
      !gtk_window_is_maximized (GTK_WINDOW (root)) && !gtk_window_is_fullscreen (GTK_WINDOW (root)))
    gtk_window_get_default_size (GTK_WINDOW (root), &width, &height);
  if (height > 0)
    gtk_slice_list_model_set_size (self->first_rows,
                                   MAX (height - ABOVE_THE_LIST_AT_LEAST, 0) / ROW_HEIGHT_AT_LEAST + 1);
  else
    duaal_sidebar_list_every_row (self);
}

static void
duaal_sidebar_map (GtkWidget *widget)
{
  DuaalSidebar *self = DUAAL_SIDEBAR (widget);
  GdkFrameClock *clock;

  GTK_WIDGET_CLASS (duaal_sidebar_parent_class)->map (widget);
  clock = gtk_widget_get_frame_clock (widget);
  if (gtk_slice_list_model_get_size (self->first_rows) != G_MAXUINT && self->first_paint_id == 0 && clock != NULL)
    self->first_paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_first_paint), self);
}

static void
duaal_sidebar_unmap (GtkWidget *widget)
{
  DuaalSidebar *self = DUAAL_SIDEBAR (widget);

  if (self->first_paint_id != 0)
    g_clear_signal_handler (&self->first_paint_id, gtk_widget_get_frame_clock (widget));
  /* Not drawn after all: nothing waits for a frame to list the rest. */
  duaal_sidebar_list_every_row (self);
  GTK_WIDGET_CLASS (duaal_sidebar_parent_class)->unmap (widget);
}

static void
duaal_sidebar_class_init (DuaalSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = duaal_sidebar_dispose;
  widget_class->root = duaal_sidebar_root;
  widget_class->map = duaal_sidebar_map;
  widget_class->unmap = duaal_sidebar_unmap;

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

  g_type_ensure (DUAAL_TYPE_SIDEBAR_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Duaal/ui/duaal-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, DuaalSidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DuaalSidebar, add_button);
  gtk_widget_class_bind_template_child (widget_class, DuaalSidebar, add_menu);
  gtk_widget_class_bind_template_child (widget_class, DuaalSidebar, stack);
  gtk_widget_class_bind_template_child (widget_class, DuaalSidebar, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_search_key_pressed);
  gtk_widget_class_bind_template_callback (widget_class, on_list_key_pressed);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_setup_row);
  gtk_widget_class_bind_template_callback (widget_class, on_bind_row);
  gtk_widget_class_bind_template_callback (widget_class, on_unbind_row);

  gtk_widget_class_install_action (widget_class, "sidebar.new-group", NULL, new_group_action);
  gtk_widget_class_install_action (widget_class, "sidebar.toggle-group", "x", toggle_group_action);
  gtk_widget_class_install_action (widget_class, "sidebar.rename-group", "x", rename_group_action);
  gtk_widget_class_install_action (widget_class, "sidebar.delete-group", "x", delete_group_action);
  gtk_widget_class_install_action (widget_class, "sidebar.add-learner", "x", add_learner_action);
  gtk_widget_class_install_action (widget_class, "sidebar.add-learner-here", NULL, add_learner_here_action);
  gtk_widget_class_install_action (widget_class, "sidebar.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "sidebar.import-class", "x", import_class_action);
  gtk_widget_class_install_action (widget_class, "sidebar.edit-learner", "x", edit_learner_action);
  gtk_widget_class_install_action (widget_class, "sidebar.remove-learner", "x", remove_learner_action);
}

/* Ctrl+F finds a learner from anywhere in the window. */
static void
duaal_sidebar_add_search_shortcut (DuaalSidebar *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_f, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("sidebar.search")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/* The + menu is built from its model when first opened: the window's
 * first frame does not show it. */
static void
set_menu_when_opened (GtkMenuButton *button,
                      gpointer       menu_model)
{
  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, menu_model);
}

static void
duaal_sidebar_init (DuaalSidebar *self)
{
  GtkExpression *search_text;

  gtk_widget_init_template (GTK_WIDGET (self));
  duaal_widget_set_tooltip (GTK_WIDGET (self->add_button), _("Add"));
  gtk_menu_button_set_create_popup_func (self->add_button, set_menu_when_opened, self->add_menu, NULL);
  duaal_sidebar_add_search_shortcut (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sidebar.add-learner-here", FALSE);

  self->open_choices = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->stale_learners = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->stale_attention = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->attention_queue = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->selected_kind = DUAAL_SIDEBAR_ITEM_LEARNER;

  search_text = gtk_property_expression_new (DUAAL_TYPE_SIDEBAR_ITEM, NULL, "search-text");
  self->filter = gtk_string_filter_new (search_text);
  gtk_string_filter_set_ignore_case (self->filter, TRUE);
  gtk_string_filter_set_match_mode (self->filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);

  self->groups = g_list_store_new (DUAAL_TYPE_SIDEBAR_ITEM);
  self->shown_groups = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->groups)),
                                                  g_object_ref (GTK_FILTER (self->filter)));
  self->tree = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->shown_groups)), FALSE, FALSE,
                                        create_learner_model, self, NULL);
  /* After the tree: it lists a group's row before this opens it. */
  g_signal_connect_swapped (self->shown_groups, "items-changed", G_CALLBACK (on_shown_groups_changed), self);
  /* No row before the sidebar is in its window (duaal_sidebar_root()):
   * the list makes its rows as soon as it has a model. */
  self->first_rows = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->tree)), 0, 0);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->first_rows)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (on_selection_changed), self);
  gtk_grid_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
}

GtkWidget *
duaal_sidebar_new (DuaalStore *store)
{
  DuaalSidebar *self;

  g_return_val_if_fail (DUAAL_IS_STORE (store), NULL);

  self = g_object_new (DUAAL_TYPE_SIDEBAR, NULL);
  self->store = g_object_ref (store);
  duaal_live_view_hear_in_main (store, G_OBJECT (self), duaal_sidebar_note_change);
  duaal_sidebar_read_groups (self);
  duaal_sidebar_update_placeholder (self);
  return GTK_WIDGET (self);
}
