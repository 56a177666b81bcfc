/* duaal-live-view.c: a view that follows the store
 *
 * The pages rebuild what changed with plain widgets; what the user had
 * (where they scrolled, what had the focus, which row was selected) is
 * taken before the update and given back after it.  The scroll values
 * survive because nothing is laid out in between: the adjustments keep
 * their bounds until the next frame, which then clamps them to the new
 * content as it would for any resize.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-live-view-private.h"

#define FOLLOWER_KEY "duaal-live-view-follower"
#define WIDGET_KEY "duaal-live-view-key"

typedef struct {
  GtkWidget             *view;       /* (unowned): the follower lives as long as it */
  DuaalLiveViewUpdate    update;
  gint64                 group_id;   /* what the view shows */
  gint64                 learner_id;
  guint                  idle_id;
  gboolean               stale;      /* notices came while the view was hidden */
} Follower;

typedef struct {
  GWeakRef             target;
  DuaalChange         *change;
  DuaalLiveViewNotify  notify;
} Notice;

typedef struct {
  GtkAdjustment *adjustment;
  double         value;
} ScrollPosition;

typedef struct {
  GArray    *scrolls;     /* ScrollPosition */
  char      *focus_key;
  GPtrArray *lists;       /* GtkListBox with a selected, keyed row */
  GPtrArray *list_keys;   /* that row's key, per list */
} ViewState;

/* ---- keys ---- */

void
duaal_live_view_set_key (GtkWidget  *widget,
                         const char *key)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  g_object_set_data_full (G_OBJECT (widget), WIDGET_KEY, g_strdup (key), g_free);
}

const char *
duaal_live_view_get_key (GtkWidget *view,
                         GtkWidget *widget)
{
  g_return_val_if_fail (GTK_IS_WIDGET (view), NULL);

  for (; widget != NULL && widget != view; widget = gtk_widget_get_parent (widget))
    {
      const char *key = g_object_get_data (G_OBJECT (widget), WIDGET_KEY);

      if (key != NULL)
        return key;
    }
  return NULL;
}

GtkWidget *
duaal_live_view_find_key (GtkWidget  *view,
                          const char *key)
{
  g_return_val_if_fail (GTK_IS_WIDGET (view), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (view); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_strcmp0 (g_object_get_data (G_OBJECT (child), WIDGET_KEY), key) == 0)
        return child;
      if ((found = duaal_live_view_find_key (child, key)) != NULL)
        return found;
    }
  return NULL;
}

/* ---- what the user had ---- */

static void
view_state_free (ViewState *state)
{
  for (guint i = 0; i < state->scrolls->len; i++)
    g_object_unref (g_array_index (state->scrolls, ScrollPosition, i).adjustment);
  g_array_unref (state->scrolls);
  g_ptr_array_unref (state->lists);
  g_ptr_array_unref (state->list_keys);
  g_free (state->focus_key);
  g_free (state);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ViewState, view_state_free)

static void
save_scroll (ViewState         *state,
             GtkScrolledWindow *scrolled)
{
  GtkAdjustment *adjustments[] = {
    gtk_scrolled_window_get_hadjustment (scrolled), gtk_scrolled_window_get_vadjustment (scrolled),
  };

  for (guint i = 0; i < G_N_ELEMENTS (adjustments); i++)
    {
      ScrollPosition position = { g_object_ref (adjustments[i]), gtk_adjustment_get_value (adjustments[i]) };

      g_array_append_val (state->scrolls, position);
    }
}

static void
save_selection (ViewState  *state,
                GtkWidget  *view,
                GtkListBox *list)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (list);
  const char *key = row != NULL ? duaal_live_view_get_key (view, GTK_WIDGET (row)) : NULL;

  if (key == NULL)
    return;
  g_ptr_array_add (state->lists, g_object_ref (list));
  g_ptr_array_add (state->list_keys, g_strdup (key));
}

static void
save_descendants (ViewState *state,
                  GtkWidget *view,
                  GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SCROLLED_WINDOW (child))
        save_scroll (state, GTK_SCROLLED_WINDOW (child));
      else if (GTK_IS_LIST_BOX (child))
        save_selection (state, view, GTK_LIST_BOX (child));
      save_descendants (state, view, child);
    }
}

static ViewState *
view_state_save (GtkWidget *view)
{
  ViewState *state = g_new0 (ViewState, 1);
  GtkRoot *root = gtk_widget_get_root (view);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  state->scrolls = g_array_new (FALSE, FALSE, sizeof (ScrollPosition));
  state->lists = g_ptr_array_new_with_free_func (g_object_unref);
  state->list_keys = g_ptr_array_new_with_free_func (g_free);
  /* The window puts some views in a scrolled window of its own. */
  for (GtkWidget *ancestor = gtk_widget_get_parent (view); ancestor != NULL;
       ancestor = gtk_widget_get_parent (ancestor))
    if (GTK_IS_SCROLLED_WINDOW (ancestor))
      save_scroll (state, GTK_SCROLLED_WINDOW (ancestor));
  save_descendants (state, view, view);
  if (focus != NULL && gtk_widget_is_ancestor (focus, view))
    state->focus_key = g_strdup (duaal_live_view_get_key (view, focus));
  return state;
}

static void
restore_selection (GtkWidget  *view,
                   GtkListBox *list,
                   const char *key)
{
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (list);
  GtkWidget *row;

  if (selected != NULL && g_strcmp0 (duaal_live_view_get_key (view, GTK_WIDGET (selected)), key) == 0)
    return;
  row = duaal_live_view_find_key (GTK_WIDGET (list), key);
  if (GTK_IS_LIST_BOX_ROW (row))
    gtk_list_box_select_row (list, GTK_LIST_BOX_ROW (row));
}

static void
restore_focus (GtkWidget  *view,
               const char *key)
{
  GtkRoot *root = gtk_widget_get_root (view);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *widget;

  /* The focused widget survived the update: nothing to give back. */
  if (focus != NULL && gtk_widget_is_ancestor (focus, view) &&
      g_strcmp0 (duaal_live_view_get_key (view, focus), key) == 0)
    return;
  widget = duaal_live_view_find_key (view, key);
  if (widget != NULL)
    gtk_widget_grab_focus (widget);
}

/* Focus first: a viewport scrolls to the newly focused widget, which
 * is not laid out yet; the saved positions then put everything back. */
static void
view_state_restore (ViewState *state,
                    GtkWidget *view)
{
  for (guint i = 0; i < state->lists->len; i++)
    if (gtk_widget_is_ancestor (g_ptr_array_index (state->lists, i), view))
      restore_selection (view, g_ptr_array_index (state->lists, i), g_ptr_array_index (state->list_keys, i));
  if (state->focus_key != NULL)
    restore_focus (view, state->focus_key);
  for (guint i = 0; i < state->scrolls->len; i++)
    {
      ScrollPosition *position = &g_array_index (state->scrolls, ScrollPosition, i);

      gtk_adjustment_set_value (position->adjustment, position->value);
    }
}

/* ---- following the store ---- */

static void
follower_free (Follower *follower)
{
  g_clear_handle_id (&follower->idle_id, g_source_remove);
  g_free (follower);
}

static void follower_schedule (Follower *follower);

static gboolean
follower_run (gpointer user_data)
{
  Follower *follower = user_data;
  g_autoptr(ViewState) state = NULL;

  follower->idle_id = 0;
  if (gtk_widget_in_destruction (follower->view))
    return G_SOURCE_REMOVE;
  /* Hidden views catch up when shown: a burst of writes elsewhere costs
   * nothing for the views nobody looks at. */
  if (gtk_widget_get_root (follower->view) != NULL && !gtk_widget_get_mapped (follower->view))
    {
      follower->stale = TRUE;
      return G_SOURCE_REMOVE;
    }
  follower->stale = FALSE;
  state = view_state_save (follower->view);
  follower->update (follower->view);
  view_state_restore (state, follower->view);
  return G_SOURCE_REMOVE;
}

static void
follower_schedule (Follower *follower)
{
  if (follower->idle_id == 0)
    follower->idle_id = g_idle_add (follower_run, follower);
}

static void
follower_mapped (GtkWidget *view,
                 Follower  *follower)
{
  if (follower->stale)
    follower_schedule (follower);
}

static void
notice_free (Notice *notice)
{
  g_weak_ref_clear (&notice->target);
  duaal_change_free (notice->change);
  g_free (notice);
}

static gboolean
notice_deliver (gpointer user_data)
{
  Notice *notice = user_data;
  g_autoptr(GObject) target = g_weak_ref_get (&notice->target);

  if (target != NULL)
    notice->notify (target, notice->change);
  return G_SOURCE_REMOVE;
}

#define NOTIFY_KEY "duaal-live-view-notify"

static void
store_changed_cb (DuaalStore  *store,
                  DuaalChange *change,
                  GObject     *target)
{
  Notice *notice = g_new0 (Notice, 1);

  g_weak_ref_init (&notice->target, target);
  notice->change = duaal_change_copy (change);
  notice->notify = g_object_get_data (target, NOTIFY_KEY);
  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, notice_deliver, notice, (GDestroyNotify) notice_free);
}

void
duaal_live_view_hear_in_main (DuaalStore          *store,
                              GObject             *target,
                              DuaalLiveViewNotify  notify)
{
  g_return_if_fail (DUAAL_IS_STORE (store));
  g_return_if_fail (G_IS_OBJECT (target));
  g_return_if_fail (notify != NULL);
  g_return_if_fail (g_object_get_data (target, NOTIFY_KEY) == NULL);

  g_object_set_data (target, NOTIFY_KEY, notify);
  /* Disconnected when @target goes. */
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), target, 0);
}

/* In the main context: the view updates when the notice concerns it. */
static void
view_heard (GObject           *object,
            const DuaalChange *change)
{
  GtkWidget *view = GTK_WIDGET (object);
  Follower *follower;

  if (gtk_widget_in_destruction (view))
    return;
  follower = g_object_get_data (object, FOLLOWER_KEY);
  if (follower != NULL && (follower->group_id != 0 || follower->learner_id != 0) &&
      duaal_change_concerns (change, follower->group_id, follower->learner_id))
    follower_schedule (follower);
}

void
duaal_live_view_follow (GtkWidget           *view,
                        DuaalStore          *store,
                        DuaalLiveViewUpdate  update)
{
  Follower *follower;

  g_return_if_fail (GTK_IS_WIDGET (view));
  g_return_if_fail (DUAAL_IS_STORE (store));
  g_return_if_fail (update != NULL);
  g_return_if_fail (g_object_get_data (G_OBJECT (view), FOLLOWER_KEY) == NULL);

  follower = g_new0 (Follower, 1);
  follower->view = view;
  follower->update = update;
  g_object_set_data_full (G_OBJECT (view), FOLLOWER_KEY, follower, (GDestroyNotify) follower_free);
  g_signal_connect (view, "map", G_CALLBACK (follower_mapped), follower);
  duaal_live_view_hear_in_main (store, G_OBJECT (view), view_heard);
}

DuaalStore *
duaal_live_view_follow_store (GtkWidget           *view,
                              DuaalStore          *store,
                              DuaalLiveViewUpdate  update)
{
  g_return_val_if_fail (store == NULL || DUAAL_IS_STORE (store), NULL);

  if (store == NULL)
    return NULL;
  duaal_live_view_follow (view, store, update);
  return g_object_ref (store);
}

void
duaal_live_view_set_subject (GtkWidget *view,
                             gint64     group_id,
                             gint64     learner_id)
{
  Follower *follower;

  g_return_if_fail (GTK_IS_WIDGET (view));

  /* A view without a store follows nothing. */
  follower = g_object_get_data (G_OBJECT (view), FOLLOWER_KEY);
  if (follower == NULL)
    return;
  follower->group_id = MAX (group_id, 0);
  follower->learner_id = MAX (learner_id, 0);
}
