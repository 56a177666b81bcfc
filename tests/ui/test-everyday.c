/* test-everyday.c: everyday paths of a coach (issue 18)
 *
 * The real application on the demo database at its default size: the
 * add-learner and add-group dialogs (Enter saves once and closes, a
 * name the group has is refused, the new item is opened), finding a
 * learner (Ctrl+F, Enter or Down opens the first match, a search that
 * finds nobody says so, the arrows do not open every learner on the way).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-attention.h"
#include "duaal-attention-page.h"
#include "duaal-coach-page.h"
#include "duaal-export-dialog.h"
#include "duaal-route-page.h"
#include "duaal-route-view.h"
#include "duaal-competence-row.h"
#include "duaal-group-dialog.h"
#include "duaal-indicator-row.h"
#include "duaal-learner-dialog.h"
#include "duaal-learner-page.h"
#include "duaal-overview-page.h"
#include "duaal-overview-view.h"
#include "duaal-sidebar-private.h"
#include "duaal-store-private.h"
#include "duaal-test-ui.h"
#include "duaal-tooltip.h"

typedef struct {
  char             *dir;
  gint64            group_id;
  DuaalApplication *app;
  DuaalWindow      *window;
  DuaalSidebar     *sidebar;
  DuaalStore       *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *database = NULL;
  g_autoptr(DuaalStore) demo = NULL;

  fixture->dir = duaal_test_ui_make_tmp_dir ();
  database = g_build_filename (fixture->dir, "duaal.db", NULL);
  demo = duaal_test_ui_make_demo_store (database, &fixture->group_id);
  g_clear_object (&demo);

  fixture->app = duaal_test_ui_start_app (database);
  fixture->window = duaal_test_ui_get_window (fixture->app);
  fixture->sidebar = duaal_window_get_sidebar (fixture->window);
  fixture->store = duaal_window_get_store (fixture->window);
  g_assert_nonnull (fixture->sidebar);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  duaal_test_ui_stop_app (fixture->app);
  duaal_test_ui_remove_tmp_dir (fixture->dir);
  g_free (fixture->dir);
}

static GPtrArray *
list_learners (Fixture *fixture,
               gint64   group_id)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *learners = duaal_store_list_learners (fixture->store, group_id, &error);

  g_assert_no_error (error);
  return learners;
}

static gint64
find_learner (Fixture    *fixture,
              const char *name)
{
  g_autoptr(GPtrArray) learners = list_learners (fixture, fixture->group_id);

  for (guint i = 0; i < learners->len; i++)
    if (g_strcmp0 (duaal_learner_get_name (g_ptr_array_index (learners, i)), name) == 0)
      return duaal_learner_get_id (g_ptr_array_index (learners, i));
  return 0;
}

/* Enter in a field, as its key binding does it: "activate" on the
 * field's own text widget. */
static void
press_enter_in (GtkEditable *editable)
{
  GtkEditable *delegate = gtk_editable_get_delegate (editable);

  g_assert_nonnull (delegate);
  g_signal_emit_by_name (delegate, "activate");
  duaal_test_ui_process_events ();
}

static gboolean
no_learner_dialog (gpointer user_data)
{
  return duaal_test_ui_find_toplevel (DUAAL_TYPE_LEARNER_DIALOG) == NULL;
}

static gboolean
no_group_dialog (gpointer user_data)
{
  return duaal_test_ui_find_toplevel (DUAAL_TYPE_GROUP_DIALOG) == NULL;
}

static gint64
shown_learner (Fixture *fixture)
{
  return duaal_learner_page_get_learner_id (duaal_window_get_learner_page (fixture->window));
}

/* The + button adds a learner to the selected group; a name the group
 * has is refused at once; Enter adds the learner once, closes the
 * dialog and opens the new learner. */
static void
test_add_learner (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) before = list_learners (fixture, fixture->group_id);
  g_autoptr(GPtrArray) after = NULL;
  DuaalLearner *first = g_ptr_array_index (before, 0);
  DuaalLearnerDialog *dialog;
  GtkWidget *message;
  gint64 added;

  /* Nothing selected: nowhere to add a learner to. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (fixture->sidebar), "sidebar.add-learner-here", NULL) &&
                  duaal_test_ui_find_toplevel (DUAAL_TYPE_LEARNER_DIALOG) != NULL);
  g_assert_true (duaal_sidebar_select_group (fixture->sidebar, fixture->group_id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->sidebar), "sidebar.add-learner-here", NULL));
  duaal_test_ui_process_events ();
  dialog = DUAAL_LEARNER_DIALOG (duaal_test_ui_find_toplevel (DUAAL_TYPE_LEARNER_DIALOG));
  g_assert_nonnull (dialog);

  gtk_editable_set_text (duaal_learner_dialog_get_name_entry (dialog), duaal_learner_get_name (first));
  gtk_editable_set_text (duaal_learner_dialog_get_company_entry (dialog), duaal_learner_get_company_name (first));
  message = duaal_test_ui_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL,
                                       "Deze klasgroep heeft al een lerende met deze naam. "
                                       "Voeg een initiaal of tweede voornaam toe om ze uit elkaar te houden.");
  g_assert_nonnull (message);
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  press_enter_in (duaal_learner_dialog_get_name_entry (dialog));
  g_assert_true (DUAAL_IS_LEARNER_DIALOG (duaal_test_ui_find_toplevel (DUAAL_TYPE_LEARNER_DIALOG)));
  duaal_test_ui_screenshot (GTK_WIDGET (dialog), "add-learner-dialog");

  gtk_editable_set_text (duaal_learner_dialog_get_name_entry (dialog), "Fien Nieuwe");
  g_assert_false (gtk_widget_get_visible (message));
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  press_enter_in (duaal_learner_dialog_get_name_entry (dialog));
  g_assert_true (duaal_test_ui_wait_for (no_learner_dialog, NULL, 5000));

  after = list_learners (fixture, fixture->group_id);
  g_assert_cmpuint (after->len, ==, before->len + 1);
  added = find_learner (fixture, "Fien Nieuwe");
  g_assert_cmpint (added, >, 0);
  g_assert_cmpint (duaal_sidebar_get_selected_learner (fixture->sidebar), ==, added);
  g_assert_cmpint (shown_learner (fixture), ==, added);
}

/* The company field completes from the companies known. */
static void
test_company_suggestions (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) learners = list_learners (fixture, fixture->group_id);
  const char *company = duaal_learner_get_company_name (g_ptr_array_index (learners, 0));
  DuaalLearnerDialog *dialog;
  GtkEntryCompletion *completion;
  GtkTreeModel *model;
  GtkTreeIter iter;
  gboolean found = FALSE;

  gtk_widget_activate_action (GTK_WIDGET (fixture->sidebar), "sidebar.add-learner", "x", fixture->group_id);
  dialog = DUAAL_LEARNER_DIALOG (duaal_test_ui_find_toplevel (DUAAL_TYPE_LEARNER_DIALOG));
  g_assert_nonnull (dialog);
  completion = gtk_entry_get_completion (GTK_ENTRY (duaal_learner_dialog_get_company_entry (dialog)));
  g_assert_nonnull (completion);
  model = gtk_entry_completion_get_model (completion);
  g_assert_nonnull (model);
  for (gboolean valid = gtk_tree_model_get_iter_first (model, &iter); valid && !found;
       valid = gtk_tree_model_iter_next (model, &iter))
    {
      g_autofree char *name = NULL;

      gtk_tree_model_get (model, &iter, 0, &name, -1);
      found = g_strcmp0 (name, company) == 0;
    }
  g_assert_true (found);
  gtk_window_close (GTK_WINDOW (dialog));
}

/* A new group with teachers and named, dated periods; Enter creates it
 * once and opens it. */
static void
test_add_group (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GPtrArray) teachers = NULL;
  g_autoptr(GPtrArray) periods = NULL;
  DuaalGroupDialog *dialog;
  gint64 created = 0;
  DuaalPeriod *first;

  gtk_widget_activate_action (GTK_WIDGET (fixture->sidebar), "sidebar.new-group", NULL);
  dialog = DUAAL_GROUP_DIALOG (duaal_test_ui_find_toplevel (DUAAL_TYPE_GROUP_DIALOG));
  g_assert_nonnull (dialog);
  gtk_editable_set_text (duaal_group_dialog_get_name_entry (dialog), "6 Elektrotechniek");
  gtk_editable_set_text (duaal_group_dialog_get_teachers_entry (dialog), "An Peeters, Bart Claes");
  gtk_editable_set_text (duaal_group_dialog_get_period_entry (dialog, 1, 0), "Herfst");
  gtk_editable_set_text (duaal_group_dialog_get_period_entry (dialog, 1, 1), "2024-09-02");
  gtk_editable_set_text (duaal_group_dialog_get_period_entry (dialog, 1, 2), "geen datum");
  /* Not a date: marked, and nothing can be created. */
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (duaal_group_dialog_get_period_entry (dialog, 1, 2)), "error"));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  gtk_editable_set_text (duaal_group_dialog_get_period_entry (dialog, 1, 2), "2024-12-20");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  duaal_test_ui_screenshot (GTK_WIDGET (dialog), "group-dialog");

  press_enter_in (duaal_group_dialog_get_teachers_entry (dialog));
  g_assert_true (duaal_test_ui_wait_for (no_group_dialog, NULL, 5000));

  groups = duaal_store_list_groups (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (groups->len, ==, 2);
  for (guint i = 0; i < groups->len; i++)
    if (g_strcmp0 (duaal_class_group_get_name (g_ptr_array_index (groups, i)), "6 Elektrotechniek") == 0)
      created = duaal_class_group_get_id (g_ptr_array_index (groups, i));
  g_assert_cmpint (created, >, 0);

  teachers = duaal_store_list_teachers (fixture->store, created, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (teachers->len, ==, 2);
  periods = duaal_store_list_periods (fixture->store, created, &error);
  g_assert_no_error (error);
  first = g_ptr_array_index (periods, 0);
  g_assert_cmpstr (duaal_period_get_custom_name (first), ==, "Herfst");
  g_assert_nonnull (duaal_period_get_starts_on (first));
  g_assert_cmpint (g_date_get_month (duaal_period_get_ends_on (first)), ==, G_DATE_DECEMBER);
  g_assert_null (duaal_period_get_custom_name (g_ptr_array_index (periods, 1)));

  g_assert_cmpint (duaal_sidebar_get_selected_group (fixture->sidebar), ==, created);
  g_assert_cmpstr (duaal_window_get_view (fixture->window), ==, "overview");
}

static GtkEventControllerKey *
find_key_controller (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        return GTK_EVENT_CONTROLLER_KEY (controller);
    }
  return NULL;
}

static gboolean
press_key_on (GtkWidget *widget,
              guint      keyval)
{
  GtkEventControllerKey *controller = find_key_controller (widget);
  gboolean handled = FALSE;

  g_assert_nonnull (controller);
  g_signal_emit_by_name (controller, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
  return handled;
}

static void
search_for (GtkEditable *search,
            const char  *text)
{
  gtk_editable_set_text (search, text);
  g_signal_emit_by_name (search, "search-changed");
  duaal_test_ui_process_events ();
}

/* Ctrl+F, a search that finds nobody, then Enter and Down on one that does. */
static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) learners = list_learners (fixture, fixture->group_id);
  DuaalLearner *last = g_ptr_array_index (learners, learners->len - 1);
  DuaalLearner *first = g_ptr_array_index (learners, 0);
  GtkEditable *search = duaal_sidebar_get_search_entry (fixture->sidebar);
  GtkWidget *status;

  g_assert_true (duaal_test_ui_press_key (GTK_WIDGET (fixture->sidebar), GDK_KEY_f, GDK_CONTROL_MASK));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (gtk_editable_get_delegate (search))));

  search_for (search, "Xyzzy");
  status = duaal_test_ui_find_widget (GTK_WIDGET (fixture->sidebar), ADW_TYPE_STATUS_PAGE, "Geen resultaat");
  g_assert_nonnull (status);
  g_assert_true (gtk_widget_get_mapped (status));
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (status)), ==,
                   "Geen lerende of klasgroep komt overeen met “Xyzzy”.");
  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "search-no-match");
  /* Enter on nothing opens nothing. */
  g_signal_emit_by_name (search, "activate");
  g_assert_cmpint (shown_learner (fixture), ==, 0);

  search_for (search, duaal_learner_get_name (last));
  g_assert_false (gtk_widget_get_mapped (status));
  g_signal_emit_by_name (search, "activate");
  duaal_test_ui_process_events ();
  g_assert_cmpint (shown_learner (fixture), ==, duaal_learner_get_id (last));

  search_for (search, duaal_learner_get_name (first));
  g_assert_true (press_key_on (GTK_WIDGET (search), GDK_KEY_Down));
  g_assert_cmpint (shown_learner (fixture), ==, duaal_learner_get_id (first));
}

/* The arrows move through the list without opening; Enter opens. */
static void
test_arrows_do_not_open (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) learners = list_learners (fixture, fixture->group_id);
  gint64 first = duaal_learner_get_id (g_ptr_array_index (learners, 0));
  GtkWidget *list = duaal_test_ui_find_widget (GTK_WIDGET (fixture->sidebar), GTK_TYPE_GRID_VIEW, NULL);
  GtkSelectionModel *selection;

  g_assert_nonnull (list);
  g_assert_true (duaal_sidebar_select_learner (fixture->sidebar, first));
  g_assert_cmpint (shown_learner (fixture), ==, first);
  selection = gtk_grid_view_get_model (GTK_GRID_VIEW (list));

  /* An arrow key: the list moves its highlight (here by hand, as
   * GtkListBase does while it handles the key). */
  g_assert_false (press_key_on (list, GDK_KEY_Down));
  g_assert_true (gtk_selection_model_select_item (selection, 3, TRUE));
  g_assert_cmpint (shown_learner (fixture), ==, first);
  duaal_test_ui_process_events ();

  /* Enter on the highlighted row opens it. */
  g_signal_emit_by_name (list, "activate", 3);
  duaal_test_ui_process_events ();
  g_assert_cmpint (shown_learner (fixture), !=, first);
  g_assert_cmpint (shown_learner (fixture), ==, duaal_sidebar_get_selected_learner (fixture->sidebar));
}

static void
open_learner (Fixture *fixture,
              gint64   learner_id)
{
  g_assert_true (duaal_sidebar_select_learner (fixture->sidebar, learner_id));
  g_signal_emit_by_name (fixture->sidebar, "learner-activated", learner_id);
  duaal_test_ui_wait_until_drawn (GTK_WIDGET (fixture->window));
}

/* The first mapped widget of CSS name @name under @root. */
static GtkWidget *
find_css_name (GtkWidget  *root,
               const char *name)
{
  if (g_strcmp0 (gtk_widget_get_css_name (root), name) == 0 && gtk_widget_get_mapped (root))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_css_name (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
toast_shown (gpointer user_data)
{
  return find_css_name (GTK_WIDGET (user_data), "toast") != NULL;
}

/* An indicator low in the window, scored by its comment: the undo toast
 * leaves it and its comment in view, and the competence's bars stay in
 * sight above the list. */
static void
test_scoring_in_view (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) learners = list_learners (fixture, fixture->group_id);
  DuaalLearnerPage *page = duaal_window_get_learner_page (fixture->window);
  DuaalCompetenceRow *competence;
  DuaalIndicatorRow *indicator;
  GtkWidget *entry, *scroller, *toast;
  GtkAdjustment *v;
  graphene_rect_t row_bounds, toast_bounds, entry_bounds, scroller_bounds;

  open_learner (fixture, duaal_learner_get_id (g_ptr_array_index (learners, 0)));
  competence = duaal_learner_page_find_competence_row (page, "c07");
  g_assert_nonnull (competence);
  g_signal_emit_by_name (duaal_competence_row_get_header (competence), "clicked");
  g_assert_true (duaal_competence_row_get_expanded (competence));
  indicator = duaal_competence_row_get_indicator_row (competence, 10);
  duaal_test_ui_wait_until_drawn (GTK_WIDGET (indicator));

  /* The indicator at the very bottom of the view, where a toast goes. */
  scroller = gtk_widget_get_ancestor (GTK_WIDGET (indicator), GTK_TYPE_SCROLLED_WINDOW);
  v = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (indicator), scroller, &row_bounds));
  gtk_adjustment_set_value (v, gtk_adjustment_get_value (v) + row_bounds.origin.y + row_bounds.size.height
                               - gtk_widget_get_height (scroller) + 4);
  duaal_test_ui_wait_until_drawn (GTK_WIDGET (fixture->window));

  entry = duaal_indicator_row_get_comment_entry (indicator);
  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Legt de buizen netjes, kabels nog nakijken");
  press_enter_in (GTK_EDITABLE (entry));
  g_assert_cmpstr (duaal_indicator_row_get_comment (indicator), ==, "Legt de buizen netjes, kabels nog nakijken");
  gtk_widget_grab_focus (entry);
  g_assert_true (duaal_test_ui_wait_for (toast_shown, fixture->window, 5000));
  duaal_test_ui_wait (300);
  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "scoring-toast");

  toast = find_css_name (GTK_WIDGET (fixture->window), "toast");
  g_assert_true (gtk_widget_compute_bounds (toast, GTK_WIDGET (fixture->window), &toast_bounds));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (indicator), GTK_WIDGET (fixture->window), &row_bounds));
  g_assert_true (gtk_widget_compute_bounds (entry, GTK_WIDGET (fixture->window), &entry_bounds));
  g_assert_true (gtk_widget_compute_bounds (scroller, GTK_WIDGET (fixture->window), &scroller_bounds));
  g_assert_false (graphene_rect_intersection (&toast_bounds, &row_bounds, NULL));
  g_assert_false (graphene_rect_intersection (&toast_bounds, &entry_bounds, NULL));
  /* ... and still in view. */
  g_assert_cmpfloat (row_bounds.origin.y, >=, scroller_bounds.origin.y);

  /* The competence's own header is out of view: its bars are pinned. */
  g_assert_cmpstr (duaal_learner_page_get_pinned_competence (page), ==, "c07");
  gtk_adjustment_set_value (v, 0);
  duaal_test_ui_process_events ();
  g_assert_null (duaal_learner_page_get_pinned_competence (page));
}

static void
collect_dropdowns (GtkWidget *root,
                   GPtrArray *found)
{
  if (GTK_IS_DROP_DOWN (root))
    g_ptr_array_add (found, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_dropdowns (child, found);
}

/* "Scoring as" takes no choice while a closed period is shown. */
static void
test_scoring_as_closed (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) learners = list_learners (fixture, fixture->group_id);
  g_autoptr(GPtrArray) dropdowns = g_ptr_array_new ();
  DuaalLearnerPage *page = duaal_window_get_learner_page (fixture->window);
  GtkWidget *scoring;

  open_learner (fixture, duaal_learner_get_id (g_ptr_array_index (learners, 0)));
  collect_dropdowns (GTK_WIDGET (page), dropdowns);
  g_assert_cmpuint (dropdowns->len, >=, 3);
  scoring = g_ptr_array_index (dropdowns, 2);
  g_assert_true (gtk_widget_is_sensitive (scoring));
  g_assert_true (duaal_learner_page_set_period (page, 1));
  g_assert_false (gtk_widget_is_sensitive (scoring));
  g_assert_true (duaal_learner_page_set_period (page, 0));
  g_assert_true (gtk_widget_is_sensitive (scoring));
}

/* Opened from the attention list, a competence's Back returns to the
 * list with the row opened focused; the list filters by severity and by
 * trainer or company; the coach table marks what needs attention. */
static void
test_attention_flow (Fixture       *fixture,
                     gconstpointer  data)
{
  DuaalAttentionPage *attention;
  DuaalCoachPage *coach;
  GPtrArray *items;
  const DuaalAttentionItem *item;
  g_autoptr(DuaalLearner) learner = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *competence_id = NULL;
  gint64 learner_id;
  guint all, index;
  GtkWidget *back;

  g_assert_true (duaal_sidebar_select_group (fixture->sidebar, fixture->group_id));
  g_signal_emit_by_name (fixture->sidebar, "group-activated", fixture->group_id);
  g_assert_true (duaal_window_set_view (fixture->window, "attention"));
  attention = DUAAL_ATTENTION_PAGE (duaal_window_get_view_page (fixture->window, "attention"));
  items = duaal_attention_page_get_items (attention);
  all = items->len;
  g_assert_cmpuint (all, >, 2);

  /* Severity 2 and up only: fewer rows, each of them severe. */
  duaal_attention_page_set_filter (attention, 2, NULL, NULL);
  items = duaal_attention_page_get_items (attention);
  g_assert_cmpuint (items->len, <, all);
  for (guint i = 0; i < items->len; i++)
    g_assert_cmpuint (((DuaalAttentionItem *) g_ptr_array_index (items, i))->severity, >=, 2);

  /* One company's learners only. */
  duaal_attention_page_set_filter (attention, 1, NULL, NULL);
  g_assert_cmpuint (duaal_attention_page_get_items (attention)->len, ==, all);
  item = g_ptr_array_index (duaal_attention_page_get_items (attention), 0);
  learner_id = item->learner_id;   /* the list is read anew below */
  learner = duaal_store_get_learner (fixture->store, learner_id, &error);
  g_assert_no_error (error);
  duaal_attention_page_set_filter (attention, 1, NULL, duaal_learner_get_company_name (learner));
  items = duaal_attention_page_get_items (attention);
  g_assert_cmpuint (items->len, >, 0);
  g_assert_cmpuint (items->len, <, all);
  for (guint i = 0; i < items->len; i++)
    g_assert_cmpint (((DuaalAttentionItem *) g_ptr_array_index (items, i))->learner_id, ==, learner_id);
  duaal_attention_page_set_filter (attention, 1, NULL, NULL);

  /* The third row, opened, then Back. */
  index = 2;
  item = g_ptr_array_index (duaal_attention_page_get_items (attention), index);
  learner_id = item->learner_id;
  competence_id = g_strdup (item->competence_id);
  duaal_attention_page_activate (attention, index);
  duaal_test_ui_process_events ();
  g_assert_cmpstr (duaal_window_get_view (fixture->window), ==, "coach");
  coach = DUAAL_COACH_PAGE (duaal_window_get_view_page (fixture->window, "coach"));
  g_assert_cmpint (duaal_coach_page_get_learner (coach), ==, learner_id);
  g_assert_cmpstr (duaal_coach_page_get_competence (coach), ==, competence_id);
  /* The table of all competences marks this one. */
  g_assert_true (duaal_coach_page_is_marked_for_attention (coach, competence_id));

  back = duaal_test_ui_find_widget (GTK_WIDGET (coach), GTK_TYPE_BUTTON, NULL);
  g_assert_nonnull (back);
  g_assert_cmpstr (duaal_widget_get_tooltip (back), ==, "Terug naar de aandachtslijst");
  g_signal_emit_by_name (back, "clicked");
  duaal_test_ui_process_events ();
  g_assert_cmpstr (duaal_window_get_view (fixture->window), ==, "attention");
  g_assert_true (DUAAL_ATTENTION_PAGE (duaal_window_get_view_page (fixture->window, "attention")) == attention);
  g_assert_cmpuint (duaal_attention_page_get_items (attention)->len, ==, all);
  /* The row opened has the focus again. */
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

    g_assert_nonnull (focus);
    g_assert_true (GTK_IS_LIST_BOX_ROW (focus));
    g_assert_cmpint (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (focus)), ==, (int) index);
  }
  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "attention-back");
}

/* Charts start in Pictures, tables and reports in Documents; the toast
 * after saving offers to open the file. */
static void
test_export_folders (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *config = g_build_filename (fixture->dir, "config", NULL);
  g_autofree char *pictures = g_build_filename (fixture->dir, "Afbeeldingen", NULL);
  g_autofree char *documents = g_build_filename (fixture->dir, "Documenten", NULL);
  g_autofree char *dirs_file = g_build_filename (config, "user-dirs.dirs", NULL);
  g_autofree char *dirs = g_strdup_printf ("XDG_PICTURES_DIR=\"%s\"\nXDG_DOCUMENTS_DIR=\"%s\"\n", pictures, documents);
  g_autoptr(GFile) png = NULL;
  g_autoptr(GFile) pdf = NULL;
  g_autoptr(GFile) xlsx = NULL;
  g_autoptr(GFile) saved = NULL;
  g_autoptr(AdwToast) toast = NULL;
  const char *old_config = g_getenv ("XDG_CONFIG_HOME");
  g_autofree char *restore = g_strdup (old_config);

  g_assert_cmpint (g_mkdir_with_parents (config, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (pictures, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (documents, 0700), ==, 0);
  g_assert_true (g_file_set_contents (dirs_file, dirs, -1, NULL));
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_reload_user_special_dirs_cache ();

  png = duaal_export_get_start_folder ("png");
  pdf = duaal_export_get_start_folder ("pdf");
  xlsx = duaal_export_get_start_folder ("xlsx");
  g_assert_cmpstr (g_file_peek_path (png), ==, pictures);
  g_assert_cmpstr (g_file_peek_path (pdf), ==, documents);
  g_assert_cmpstr (g_file_peek_path (xlsx), ==, documents);

  if (restore != NULL)
    g_setenv ("XDG_CONFIG_HOME", restore, TRUE);
  else
    g_unsetenv ("XDG_CONFIG_HOME");
  g_reload_user_special_dirs_cache ();

  saved = g_file_new_build_filename (documents, "overzicht.pdf", NULL);
  toast = g_object_ref_sink (duaal_export_saved_toast_new ("Opgeslagen", saved));
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Openen");
}

/* Two learners of two class groups that follow the same qualification
 * can be compared on the Route page. */
static void
test_compare_across_groups (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalClassGroup) group = duaal_store_get_group (fixture->store, fixture->group_id, &error);
  g_autoptr(GPtrArray) learners = list_learners (fixture, fixture->group_id);
  DuaalLearner *first = g_ptr_array_index (learners, 0);
  DuaalRoutePage *route;
  gint64 other_group, other;

  g_assert_no_error (error);
  other_group = duaal_store_add_group (fixture->store, "6 Elektriciteit", duaal_class_group_get_qualification_code (group),
                                       duaal_class_group_get_qualification_version (group), &error);
  g_assert_no_error (error);
  other = duaal_store_add_learner (fixture->store, other_group, "Anna Claes", duaal_learner_get_company_id (first),
                                   NULL, &error);
  g_assert_no_error (error);

  open_learner (fixture, duaal_learner_get_id (first));
  g_assert_true (duaal_window_set_view (fixture->window, "route"));
  route = DUAAL_ROUTE_PAGE (duaal_window_get_view_page (fixture->window, "route"));
  g_assert_true (duaal_route_page_set_compare (route, other));
  g_assert_cmpint (duaal_route_page_get_compare (route), ==, other);
  g_assert_nonnull (duaal_route_view_get_compare (duaal_route_page_get_view (route)));
  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "route-compare-groups");
}

static gboolean
is_planned (Fixture    *fixture,
            gint64      learner_id,
            const char *competence_id)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) plan = duaal_store_get_plan (fixture->store, learner_id, &error);

  g_assert_no_error (error);
  return g_strv_contains ((const char * const *) plan, competence_id);
}

/* The first button with words (not the close button) under @root. */
static GtkWidget *
find_labelled_button (GtkWidget *root)
{
  if (GTK_IS_BUTTON (root) && gtk_button_get_label (GTK_BUTTON (root)) != NULL)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_labelled_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Space on the overview's cell cursor toggles the planned cell; the
 * toast's Undo puts it back. */
static void
test_overview_space_undo (Fixture       *fixture,
                          gconstpointer  data)
{
  DuaalOverviewPage *page;
  DuaalOverviewView *view;
  DuaalOverview *shown;
  gint64 learner_id;
  g_autofree char *competence_id = NULL;
  gboolean before;
  double x, y;
  GtkWidget *toast, *undo;

  g_assert_true (duaal_sidebar_select_group (fixture->sidebar, fixture->group_id));
  g_signal_emit_by_name (fixture->sidebar, "group-activated", fixture->group_id);
  g_assert_true (duaal_window_set_view (fixture->window, "overview"));
  duaal_test_ui_wait_until_drawn (GTK_WIDGET (fixture->window));
  page = DUAAL_OVERVIEW_PAGE (duaal_window_get_view_page (fixture->window, "overview"));
  view = duaal_overview_page_get_view (page);
  shown = duaal_overview_view_get_shown_overview (view);
  learner_id = duaal_overview_get_learner_id (shown, 0);
  competence_id = g_strdup (duaal_overview_get_competence_id (shown, 1));
  before = is_planned (fixture, learner_id, competence_id);

  /* A click puts the cursor on the cell (and toggles it); a second one
   * toggles it back. */
  g_assert_true (duaal_overview_view_get_cell_center (view, learner_id, competence_id, &x, &y));
  g_assert_true (duaal_overview_view_activate_at (view, x, y));
  g_assert_true (duaal_overview_view_activate_at (view, x, y));
  g_assert_cmpint (is_planned (fixture, learner_id, competence_id), ==, before);

  g_assert_true (press_key_on (GTK_WIDGET (view), GDK_KEY_space));
  duaal_test_ui_process_events ();
  g_assert_cmpint (is_planned (fixture, learner_id, competence_id), ==, !before);

  g_assert_true (duaal_test_ui_wait_for (toast_shown, fixture->window, 5000));
  toast = find_css_name (GTK_WIDGET (fixture->window), "toast");
  undo = find_labelled_button (toast);
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  duaal_test_ui_process_events ();
  g_assert_cmpint (is_planned (fixture, learner_id, competence_id), ==, before);
}

int
main (int   argc,
      char *argv[])
{
  duaal_test_ui_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/ui/everyday/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("dialogs/add-learner", test_add_learner);
  ADD ("dialogs/company-suggestions", test_company_suggestions);
  ADD ("dialogs/add-group", test_add_group);
  ADD ("search", test_search);
  ADD ("search/arrows-do-not-open", test_arrows_do_not_open);
  ADD ("scoring/in-view", test_scoring_in_view);
  ADD ("scoring/as-closed-period", test_scoring_as_closed);
  ADD ("attention/flow", test_attention_flow);
  ADD ("export/folders", test_export_folders);
  ADD ("route/compare-across-groups", test_compare_across_groups);
  ADD ("overview/space-undo", test_overview_space_undo);
#undef ADD

  return g_test_run ();
}
