/* test-integration.c: every view reachable from the main window, and
 * backups, driven as a user would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "duaal-sqlite-store-private.h"
#include "duaal-attention.h"
#include "duaal-attention-count.h"
#include "duaal-attention-page.h"
#include "duaal-class-page.h"
#include "duaal-coach-page.h"
#include "duaal-demo.h"
#include "duaal-error.h"
#include "duaal-evolution-page.h"
#include "duaal-overview-page.h"
#include "duaal-route-page.h"
#include "duaal-sidebar-private.h"
#include "duaal-sidebar-row.h"
#include "duaal-sqlite-backup.h"
#include "duaal-sqlite-store.h"
#include "duaal-test-ui.h"

typedef struct {
  char             *dir;
  char             *database;
  gint64            group_id;
  gint64            learner_id;    /* Jonas Peeters */
  DuaalApplication *app;
  DuaalWindow      *window;
} Fixture;

static gint64
find_learner (DuaalStore *store,
              gint64      group_id,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) learners = duaal_store_list_learners (store, group_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < learners->len; i++)
    if (g_strcmp0 (duaal_learner_get_name (g_ptr_array_index (learners, i)), name) == 0)
      return duaal_learner_get_id (g_ptr_array_index (learners, i));
  g_assert_not_reached ();
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(DuaalStore) store = NULL;

  fixture->dir = duaal_test_ui_make_tmp_dir ();
  fixture->database = g_build_filename (fixture->dir, "duaal.db", NULL);
  store = duaal_test_ui_make_demo_store (fixture->database, &fixture->group_id);
  fixture->learner_id = find_learner (store, fixture->group_id, "Jonas Peeters");
}

static void
fixture_start (Fixture *fixture,
               int      width,
               int      height)
{
  fixture->app = duaal_test_ui_start_app (fixture->database);
  fixture->window = duaal_test_ui_get_window (fixture->app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, height);
  duaal_test_ui_wait (200);
  duaal_test_ui_wait_until_drawn (GTK_WIDGET (fixture->window));
}

static void
fixture_stop (Fixture *fixture)
{
  g_clear_pointer (&fixture->app, duaal_test_ui_stop_app);
  fixture->window = NULL;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  fixture_stop (fixture);
  duaal_test_ui_remove_tmp_dir (fixture->dir);
  g_free (fixture->database);
  g_free (fixture->dir);
}

static GtkWidget *
visible_view (DuaalWindow *window)
{
  const char *name = gtk_stack_get_visible_child_name (duaal_window_get_content_stack (window));

  return duaal_window_get_view_page (window, name);
}

static void
assert_view (DuaalWindow *window,
             const char  *name,
             GType        type)
{
  GtkWidget *page = duaal_window_get_view_page (window, name);

  g_assert_nonnull (page);
  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (page, type));
  g_assert_cmpstr (duaal_window_get_view (window), ==, name);
  g_assert_true (visible_view (window) == page);
  g_assert_true (gtk_widget_is_ancestor (page, gtk_stack_get_visible_child (duaal_window_get_content_stack (window))) ||
                 page == gtk_stack_get_visible_child (duaal_window_get_content_stack (window)));
  g_assert_true (gtk_widget_get_mapped (page));
}

/* The switcher in the header lists the views by their Dutch titles. */
static AdwViewStack *
switcher_stack (DuaalWindow *window)
{
  GtkWidget *title = duaal_test_ui_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_TITLE, NULL);

  g_assert_nonnull (title);
  return adw_view_switcher_title_get_stack (ADW_VIEW_SWITCHER_TITLE (title));
}

static gint64
trainer_of (DuaalWindow *window,
            gint64       learner_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalLearner) learner = duaal_store_get_learner (duaal_window_get_store (window), learner_id, &error);

  g_assert_no_error (error);
  g_assert_cmpint (duaal_learner_get_trainer_id (learner), >, 0);
  return duaal_learner_get_trainer_id (learner);
}

static void
assert_viewer (GtkWidget   *page,
               DuaalViewer  viewer,
               gint64       viewer_id)
{
  DuaalViewer shown_viewer;
  gint64 shown_id;

  g_object_get (page, "viewer", &shown_viewer, "viewer-id", &shown_id, NULL);
  g_assert_cmpint (shown_viewer, ==, viewer);
  g_assert_cmpint (shown_id, ==, viewer_id);
}

/* A learner: Scores, Coach, Evolution and Route, switched through the
 * header's switcher, Alt+number and Ctrl+Page Down. */
static void
test_learner_views (Fixture       *fixture,
                    gconstpointer  data)
{
  AdwViewStack *views;
  DuaalWindow *window;

  fixture_start (fixture, 1280, 800);
  window = fixture->window;
  g_assert_null (duaal_window_get_view (window));
  g_assert_null (switcher_stack (window));

  g_assert_true (duaal_sidebar_select_learner (duaal_window_get_sidebar (window), fixture->learner_id));
  duaal_test_ui_process_events ();
  assert_view (window, "learner", DUAAL_TYPE_LEARNER_PAGE);
  views = switcher_stack (window);
  g_assert_nonnull (views);
  g_assert_cmpstr (adw_view_stack_page_get_title (adw_view_stack_get_page (views,
                                                   adw_view_stack_get_child_by_name (views, "evolution"))),
                   ==, "Evolutie");

  /* A click on the switcher's button sets the model's visible child. */
  adw_view_stack_set_visible_child_name (views, "coach");
  duaal_test_ui_process_events ();
  assert_view (window, "coach", DUAAL_TYPE_COACH_PAGE);
  g_assert_cmpint (duaal_coach_page_get_learner (DUAAL_COACH_PAGE (visible_view (window))), ==,
                   fixture->learner_id);

  duaal_test_ui_activate_action (window, "win.show-view(3)");
  assert_view (window, "evolution", DUAAL_TYPE_EVOLUTION_PAGE);
  g_assert_cmpuint (duaal_evolution_page_get_periods (DUAAL_EVOLUTION_PAGE (visible_view (window)))->len, >, 0);

  duaal_test_ui_activate_action (window, "win.next-view");
  assert_view (window, "route", DUAAL_TYPE_ROUTE_PAGE);
  g_assert_cmpint (duaal_route_page_get_learner (DUAAL_ROUTE_PAGE (visible_view (window))), ==,
                   fixture->learner_id);
  g_assert_null (duaal_route_page_get_error (DUAAL_ROUTE_PAGE (visible_view (window))));

  duaal_test_ui_activate_action (window, "win.next-view");   /* wraps around */
  assert_view (window, "learner", DUAAL_TYPE_LEARNER_PAGE);
  duaal_test_ui_activate_action (window, "win.previous-view");
  assert_view (window, "route", DUAAL_TYPE_ROUTE_PAGE);

  /* The viewer chosen on Scores applies to the other views: a trainer
   * is the learner's trainer, a learner the learner. */
  duaal_test_ui_activate_action (window, "win.show-view(1)");
  duaal_learner_page_set_viewer (duaal_window_get_learner_page (window), DUAAL_VIEWER_TRAINER);
  duaal_test_ui_activate_action (window, "win.show-view(2)");
  g_assert_nonnull (duaal_coach_page_get_status (DUAAL_COACH_PAGE (visible_view (window))));
  assert_viewer (visible_view (window), DUAAL_VIEWER_TRAINER, trainer_of (window, fixture->learner_id));
  duaal_test_ui_activate_action (window, "win.show-view(1)");
  duaal_learner_page_set_viewer (duaal_window_get_learner_page (window), DUAAL_VIEWER_LEARNER);
  duaal_test_ui_activate_action (window, "win.show-view(3)");
  assert_viewer (visible_view (window), DUAAL_VIEWER_LEARNER, fixture->learner_id);
  duaal_test_ui_activate_action (window, "win.show-view(1)");
  duaal_learner_page_set_viewer (duaal_window_get_learner_page (window), DUAAL_VIEWER_COACH);

  duaal_test_ui_activate_action (window, "win.show-view(2)");
  duaal_test_ui_wait (300);
  duaal_test_ui_screenshot (GTK_WIDGET (window), "main-learner-coach");
}

static gboolean
badge_counted (gpointer user_data)
{
  Fixture *fixture = user_data;

  return duaal_sidebar_get_attention_count (duaal_window_get_sidebar (fixture->window), fixture->group_id, NULL);
}

/* A class group: Overview, Class and Attention; the badge counts the
 * attention list. */
static void
test_group_views (Fixture       *fixture,
                  gconstpointer  data)
{
  DuaalWindow *window;
  DuaalSidebar *sidebar;
  DuaalAttentionPage *attention;
  g_autoptr(GError) error = NULL;
  guint count = 0;

  fixture_start (fixture, 1280, 800);
  window = fixture->window;
  sidebar = duaal_window_get_sidebar (window);

  /* The viewer of a group's views: the learner last opened, as a trainer. */
  g_assert_true (duaal_sidebar_select_learner (sidebar, fixture->learner_id));
  duaal_learner_page_set_viewer (duaal_window_get_learner_page (window), DUAAL_VIEWER_TRAINER);
  g_assert_true (duaal_sidebar_select_group (sidebar, fixture->group_id));
  g_assert_true (duaal_window_set_view (window, "class"));
  assert_viewer (visible_view (window), DUAAL_VIEWER_TRAINER, trainer_of (window, fixture->learner_id));
  g_assert_true (duaal_window_set_view (window, "overview"));
  g_assert_true (duaal_sidebar_select_learner (sidebar, fixture->learner_id));
  duaal_learner_page_set_viewer (duaal_window_get_learner_page (window), DUAAL_VIEWER_COACH);

  g_assert_true (duaal_sidebar_select_group (sidebar, fixture->group_id));
  duaal_test_ui_process_events ();
  g_assert_cmpint (duaal_sidebar_get_selected_group (sidebar), ==, fixture->group_id);
  assert_view (window, "overview", DUAAL_TYPE_OVERVIEW_PAGE);
  g_assert_cmpint (duaal_overview_page_get_group (DUAAL_OVERVIEW_PAGE (visible_view (window))), ==,
                   fixture->group_id);
  g_assert_nonnull (duaal_overview_page_get_overview (DUAAL_OVERVIEW_PAGE (visible_view (window))));
  duaal_test_ui_wait (300);
  duaal_test_ui_screenshot (GTK_WIDGET (window), "main-group-overview");

  g_assert_true (duaal_window_set_view (window, "class"));
  assert_view (window, "class", DUAAL_TYPE_CLASS_PAGE);
  assert_viewer (visible_view (window), DUAAL_VIEWER_COACH, 0);
  g_assert_nonnull (duaal_class_page_get_status (DUAAL_CLASS_PAGE (visible_view (window))));
  g_assert_false (duaal_window_set_view (window, "coach"));   /* a learner's view */

  duaal_test_ui_activate_action (window, "win.show-view(3)");
  assert_view (window, "attention", DUAAL_TYPE_ATTENTION_PAGE);
  attention = DUAAL_ATTENTION_PAGE (visible_view (window));
  g_assert_cmpuint (duaal_attention_page_get_items (attention)->len, >, 0);

  /* The badge, counted when idle, says as much as the list. */
  g_assert_true (duaal_test_ui_wait_for (badge_counted, fixture, 5000));
  g_assert_true (duaal_sidebar_get_attention_count (sidebar, fixture->group_id, &count));
  g_assert_cmpuint (count, ==, duaal_attention_count_for_group (duaal_window_get_store (window),
                                                                fixture->group_id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, duaal_attention_page_get_items (attention)->len);

  duaal_test_ui_wait (300);
  duaal_test_ui_screenshot (GTK_WIDGET (window), "main-group-attention");
}

/* The first entry of the attention list opens that learner's Coach view
 * at that competence. */
static void
test_attention_opens_coach (Fixture       *fixture,
                            gconstpointer  data)
{
  DuaalWindow *window;
  DuaalAttentionItem *item;
  DuaalCoachPage *coach;

  fixture_start (fixture, 1280, 800);
  window = fixture->window;
  g_assert_true (duaal_sidebar_select_group (duaal_window_get_sidebar (window), fixture->group_id));
  g_assert_true (duaal_window_set_view (window, "attention"));
  item = g_ptr_array_index (duaal_attention_page_get_items (DUAAL_ATTENTION_PAGE (visible_view (window))), 0);
  g_assert_nonnull (item);

  duaal_attention_page_activate (DUAAL_ATTENTION_PAGE (visible_view (window)), 0);
  duaal_test_ui_process_events ();
  g_assert_cmpint (duaal_sidebar_get_selected_learner (duaal_window_get_sidebar (window)), ==, item->learner_id);
  assert_view (window, "coach", DUAAL_TYPE_COACH_PAGE);
  coach = DUAAL_COACH_PAGE (visible_view (window));
  g_assert_cmpint (duaal_coach_page_get_learner (coach), ==, item->learner_id);
  g_assert_cmpstr (duaal_coach_page_get_competence (coach), ==, item->competence_id);
  g_assert_true (switcher_stack (window) != NULL);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (switcher_stack (window)), ==, "coach");
}

static gboolean
learner_row_listed (DuaalSidebar *sidebar,
                    const char   *name)
{
  GtkWidget *label = duaal_test_ui_find_widget (GTK_WIDGET (sidebar), GTK_TYPE_LABEL, name);

  return label != NULL && gtk_widget_get_ancestor (label, DUAAL_TYPE_SIDEBAR_ROW) != NULL;
}

/* @n more class groups "Klas 001", ... of the demo's qualification;
 * returns the id of the last. */
static gint64
add_groups (Fixture *fixture,
            guint    n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSqliteStore) store = duaal_sqlite_store_open (fixture->database, &error);
  g_autoptr(DuaalClassGroup) demo = NULL;
  gint64 id = 0;

  g_assert_no_error (error);
  demo = duaal_store_get_group (DUAAL_STORE (store), fixture->group_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Klas %03u", i + 1);

      id = duaal_store_add_group (DUAAL_STORE (store), name, duaal_class_group_get_qualification_code (demo),
                                  duaal_class_group_get_qualification_version (demo), &error);
      g_assert_no_error (error);
      g_assert_cmpint (id, >, 0);
    }
  return id;
}

/* A centre's sidebar lists every group, but makes widgets only for
 * the rows around what is on screen (a window's worth, not 300); a
 * group far down can be chosen, and is then shown. */
static void
test_centre_sidebar (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 last = add_groups (fixture, 299);
  DuaalSidebar *sidebar;

  fixture_start (fixture, 1000, 700);
  sidebar = duaal_window_get_sidebar (fixture->window);
  duaal_test_ui_process_events ();
  /* The first frame listed what fits in the window; then every group. */
  g_assert_cmpuint (duaal_sidebar_count_listed_rows (sidebar), ==, 300);
  g_assert_cmpuint (duaal_sidebar_count_row_widgets (sidebar), >, 5);
  g_assert_cmpuint (duaal_sidebar_count_row_widgets (sidebar), <, 60);
  g_assert_nonnull (duaal_test_ui_find_widget (GTK_WIDGET (sidebar), GTK_TYPE_LABEL, "Klas 001"));
  g_assert_null (duaal_test_ui_find_widget (GTK_WIDGET (sidebar), GTK_TYPE_LABEL, "Klas 299"));

  g_assert_true (duaal_sidebar_select_group (sidebar, last));
  g_assert_cmpint (duaal_sidebar_get_selected_group (sidebar), ==, last);
  duaal_test_ui_wait (300);
  g_assert_nonnull (duaal_test_ui_find_widget (GTK_WIDGET (sidebar), GTK_TYPE_LABEL, "Klas 299"));
  g_assert_cmpuint (duaal_sidebar_count_row_widgets (sidebar), <, 60);
}

/* 13 class groups: they open closed (the window must not list a whole
 * training centre), a learner of a closed group opens it, the expander
 * opens and closes, and a click on the name shows the group's views. */
static void
test_many_groups (Fixture       *fixture,
                  gconstpointer  data)
{
  DuaalSidebar *sidebar;
  DuaalWindow *window;

  add_groups (fixture, 13);
  fixture_start (fixture, 1000, 700);
  window = fixture->window;
  sidebar = duaal_window_get_sidebar (window);
  g_assert_false (duaal_sidebar_is_group_open (sidebar, fixture->group_id));
  g_assert_false (learner_row_listed (sidebar, "Jonas Peeters"));
  g_assert_cmpuint (duaal_sidebar_count_visible_learners (sidebar), ==, 0);

  /* The name selects: the group's views, still closed. */
  g_assert_true (duaal_sidebar_select_group (sidebar, fixture->group_id));
  duaal_test_ui_process_events ();
  assert_view (window, "overview", DUAAL_TYPE_OVERVIEW_PAGE);
  g_assert_false (duaal_sidebar_is_group_open (sidebar, fixture->group_id));

  /* The expander opens, and keeps the group selected. */
  gtk_widget_activate_action (GTK_WIDGET (sidebar), "sidebar.toggle-group", "x", fixture->group_id);
  duaal_test_ui_process_events ();
  g_assert_true (duaal_sidebar_is_group_open (sidebar, fixture->group_id));
  g_assert_true (learner_row_listed (sidebar, "Jonas Peeters"));
  g_assert_cmpint (duaal_sidebar_get_selected_group (sidebar), ==, fixture->group_id);
  gtk_widget_activate_action (GTK_WIDGET (sidebar), "sidebar.toggle-group", "x", fixture->group_id);
  duaal_test_ui_process_events ();
  g_assert_false (learner_row_listed (sidebar, "Jonas Peeters"));

  /* A learner of the closed group (as the attention list asks). */
  g_assert_true (duaal_window_open_learner_at (window, fixture->learner_id, NULL));
  duaal_test_ui_process_events ();
  g_assert_true (duaal_sidebar_is_group_open (sidebar, fixture->group_id));
  g_assert_cmpint (duaal_sidebar_get_selected_learner (sidebar), ==, fixture->learner_id);
  assert_view (window, "coach", DUAAL_TYPE_COACH_PAGE);
  duaal_test_ui_wait (300);
  duaal_test_ui_screenshot (GTK_WIDGET (window), "main-many-groups");
}

static gboolean
bar_revealed (gpointer user_data)
{
  return adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (user_data));
}

/* 360 pixels: the views switch at the bottom, under the views only. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  DuaalWindow *window;
  GtkWidget *bar;

  fixture_start (fixture, 360, 720);
  window = fixture->window;
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 400);
  bar = duaal_test_ui_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_BAR, NULL);
  g_assert_nonnull (bar);
  g_assert_false (adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (bar)));

  /* Wide tables scroll sideways: the window stays narrow. */
  g_assert_true (duaal_window_open_learner_at (window, fixture->learner_id, NULL));
  duaal_test_ui_wait (300);
  /* The bar follows the leaflet in an idle callback: on a busy machine
   * that may come later than the wait above. */
  g_assert_true (duaal_test_ui_wait_for (bar_revealed, bar, 10000));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 400);
  duaal_test_ui_screenshot (GTK_WIDGET (window), "narrow-coach");

  g_assert_true (duaal_window_set_view (window, "learner"));
  duaal_test_ui_wait (300);
  g_assert_true (duaal_test_ui_wait_for (bar_revealed, bar, 10000));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 400);
  duaal_test_ui_screenshot (GTK_WIDGET (window), "narrow-views");
}

static char *
read_file (const char *path,
           gsize      *length)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, length, NULL));
  return contents;
}

/* Overwrites the middle half of @path with a pattern no page has. */
static void
damage_file (const char *path)
{
  gsize length;
  g_autofree char *contents = read_file (path, &length);

  g_assert_cmpuint (length, >, 8 * 4096);
  memset (contents + length / 4, 0xA5, length / 2);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

static AdwMessageDialog *
find_message_dialog (void)
{
  return ADW_MESSAGE_DIALOG (duaal_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

/* The restore dialog's list: the first (newest) backup, restored after
 * the confirmation. */
static void
restore_newest_backup (Fixture *fixture)
{
  AdwMessageDialog *dialog = duaal_window_open_restore_dialog (fixture->window);
  GtkWidget *list;
  AdwMessageDialog *confirm;

  g_assert_nonnull (dialog);
  g_assert_true (dialog == find_message_dialog ());
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Reservekopie terugzetten");
  list = duaal_test_ui_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX, NULL);
  g_assert_nonnull (list);
  /* The newest backup is chosen. */
  g_assert_true (duaal_window_get_chosen_backup (dialog) ==
                 gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  g_assert_nonnull (duaal_test_ui_find_widget (list, GTK_TYPE_LABEL, "Dagelijkse reservekopie"));
  duaal_test_ui_wait (300);
  duaal_test_ui_screenshot (GTK_WIDGET (dialog), "main-restore");

  /* As a click on the button: the response, then the dialog closes. */
  adw_message_dialog_response (dialog, "restore");
  gtk_window_close (GTK_WINDOW (dialog));
  duaal_test_ui_process_events ();
  confirm = find_message_dialog ();
  g_assert_nonnull (confirm);
  g_assert_true (confirm != dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (confirm), "Terug naar de reservekopie van"));
  adw_message_dialog_response (confirm, "restore");
  gtk_window_close (GTK_WINDOW (confirm));
  duaal_test_ui_process_events ();
}

/* A damaged database: the cause and a way back, never a new empty
 * database in its place; the backup brings the learners back. */
static void
test_damaged_database (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *damaged = NULL;
  g_autofree char *after = NULL;
  gsize damaged_length, after_length;
  const GError *open_error;
  GtkWidget *button;

  /* A first start makes the day's backup. */
  fixture_start (fixture, 1000, 700);
  fixture_stop (fixture);
  backups = duaal_sqlite_backup_list (fixture->database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 1);

  damage_file (fixture->database);
  damaged = read_file (fixture->database, &damaged_length);
  fixture_start (fixture, 1000, 700);

  g_assert_cmpstr (duaal_window_get_visible_page (fixture->window), ==, "error");
  g_assert_null (duaal_window_get_store (fixture->window));
  open_error = duaal_application_get_open_error (fixture->app);
  g_assert_error (open_error, DUAAL_ERROR, DUAAL_ERROR_CORRUPT);
  button = duaal_test_ui_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_BUTTON,
                                      "Reservekopie _terugzetten…");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_drawable (button));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "win.restore-backup");
  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "damaged-database");

  /* Untouched: no new database, no daily backup of the damage. */
  after = read_file (fixture->database, &after_length);
  g_assert_cmpmem (after, after_length, damaged, damaged_length);
  g_clear_pointer (&backups, g_ptr_array_unref);
  backups = duaal_sqlite_backup_list (fixture->database, &error);
  g_assert_cmpuint (backups->len, ==, 1);

  restore_newest_backup (fixture);
  g_assert_cmpstr (duaal_window_get_visible_page (fixture->window), ==, "main");
  g_assert_nonnull (duaal_window_get_store (fixture->window));
  g_assert_true (duaal_sidebar_select_learner (duaal_window_get_sidebar (fixture->window), fixture->learner_id));
  duaal_test_ui_process_events ();
  assert_view (fixture->window, "learner", DUAAL_TYPE_LEARNER_PAGE);
  /* The damaged file was kept as a backup before it was replaced. */
  g_clear_pointer (&backups, g_ptr_array_unref);
  backups = duaal_sqlite_backup_list (fixture->database, &error);
  g_assert_cmpuint (backups->len, ==, 2);
}

static gboolean
jonas_not_listed (gpointer user_data)
{
  Fixture *fixture = user_data;

  return !learner_row_listed (duaal_window_get_sidebar (fixture->window), "Jonas Peeters");
}

/* A learner removed by mistake comes back with the backup; the window
 * let go of the old store (nobody writes to the replaced file). */
static void
test_restore_brings_back (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalLearner) learner = NULL;
  DuaalStore *old_store;

  fixture_start (fixture, 1000, 700);
  g_assert_true (duaal_sqlite_backup_create (fixture->database, "manual", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (duaal_sidebar_select_learner (duaal_window_get_sidebar (fixture->window), fixture->learner_id));
  g_assert_true (duaal_window_set_view (fixture->window, "route"));
  old_store = duaal_window_get_store (fixture->window);
  g_object_add_weak_pointer (G_OBJECT (old_store), (gpointer *) &old_store);
  g_assert_true (duaal_store_delete_learner (old_store, fixture->learner_id, &error));
  g_assert_no_error (error);
  /* The sidebar follows the change notice by itself. */
  g_assert_true (duaal_test_ui_wait_for (jonas_not_listed, fixture, 5000));

  duaal_test_ui_activate_action (fixture->window, "win.restore-backup");
  g_assert_nonnull (find_message_dialog ());
  gtk_window_close (GTK_WINDOW (find_message_dialog ()));
  duaal_test_ui_process_events ();
  restore_newest_backup (fixture);

  g_assert_null (old_store);
  g_assert_true (learner_row_listed (duaal_window_get_sidebar (fixture->window), "Jonas Peeters"));
  learner = duaal_store_get_learner (duaal_window_get_store (fixture->window), fixture->learner_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (duaal_learner_get_name (learner), ==, "Jonas Peeters");
}

/* A backup that is not one: the exact cause, and the data stays. */
static void
test_restore_error (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *bogus = g_build_filename (fixture->dir, "bogus.db", NULL);
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (bogus, "not a database, not at all, no", -1, NULL));
  fixture_start (fixture, 1000, 700);
  g_assert_false (duaal_window_restore_backup (fixture->window, bogus, &error));
  g_assert_nonnull (error);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, error->message);
  g_assert_cmpstr (duaal_window_get_visible_page (fixture->window), ==, "main");
  g_assert_true (duaal_sidebar_select_learner (duaal_window_get_sidebar (fixture->window), fixture->learner_id));
}

/* A new class group of the demo's qualification; 0 when refused. */
static gint64
add_group_like_demo (Fixture     *fixture,
                     DuaalStore  *store,
                     GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(DuaalClassGroup) demo = duaal_store_get_group (store, fixture->group_id, &local_error);

  g_assert_no_error (local_error);
  return duaal_store_add_group (store, "7 EI", duaal_class_group_get_qualification_code (demo),
                                duaal_class_group_get_qualification_version (demo), error);
}

static gboolean
has_backup (gpointer database)
{
  g_autoptr(GPtrArray) backups = duaal_sqlite_backup_list (database, NULL);

  return backups != NULL && backups->len > 0;
}

static gboolean
app_not_checking (gpointer user_data)
{
  return !duaal_application_is_checking (user_data);
}

/* A large database is checked in a thread.  A sound one is shown at
 * once, read-only: it can be looked at, a change is refused with the
 * reason, and when the check passed the same store takes changes.  A
 * damaged one ends on the error page with the way to a backup. */
static void
test_check_in_background (Fixture       *fixture,
                          gconstpointer  data)
{
  gboolean damaged = GPOINTER_TO_INT (data);
  g_autoptr(GError) error = NULL;
  DuaalStore *shown;

  if (damaged)
    damage_file (fixture->database);

  fixture->app = duaal_application_new (fixture->database, G_APPLICATION_NON_UNIQUE);
  duaal_application_set_background_check_size (fixture->app, 0);
  g_application_register (G_APPLICATION (fixture->app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (fixture->app));
  fixture->window = duaal_test_ui_get_window (fixture->app);
  g_assert_true (duaal_application_is_checking (fixture->app));
  g_assert_false (has_backup (fixture->database));
  shown = duaal_window_get_store (fixture->window);

  if (!damaged)
    {
      g_assert_cmpstr (duaal_window_get_visible_page (fixture->window), ==, "main");
      g_assert_nonnull (shown);
      g_assert_false (duaal_sqlite_store_is_writable (DUAAL_SQLITE_STORE (shown)));
      /* Before the main loop runs, so before the check can be done. */
      g_assert_cmpint (add_group_like_demo (fixture, shown, &error), ==, 0);
      g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_READ_ONLY);
      g_clear_error (&error);
      g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "import-qualification"));
      g_assert_true (duaal_sidebar_select_learner (duaal_window_get_sidebar (fixture->window), fixture->learner_id));
      duaal_test_ui_process_events ();
      assert_view (fixture->window, "learner", DUAAL_TYPE_LEARNER_PAGE);
      duaal_test_ui_wait_until_drawn (GTK_WIDGET (fixture->window));
      if (duaal_application_is_checking (fixture->app))
        duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "checking");
    }

  g_assert_true (duaal_test_ui_wait_for (app_not_checking, fixture->app, 20000));
  duaal_test_ui_process_events ();
  if (damaged)
    {
      g_assert_cmpstr (duaal_window_get_visible_page (fixture->window), ==, "error");
      g_assert_null (duaal_window_get_store (fixture->window));
      g_assert_error (duaal_application_get_open_error (fixture->app), DUAAL_ERROR, DUAAL_ERROR_CORRUPT);
      g_assert_nonnull (duaal_test_ui_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_BUTTON,
                                                   "Reservekopie _terugzetten…"));
      return;
    }

  /* The same store, now writable: the views the coach had stay. */
  g_assert_cmpstr (duaal_window_get_visible_page (fixture->window), ==, "main");
  g_assert_true (duaal_window_get_store (fixture->window) == shown);
  g_assert_true (duaal_sqlite_store_is_writable (DUAAL_SQLITE_STORE (shown)));
  assert_view (fixture->window, "learner", DUAAL_TYPE_LEARNER_PAGE);
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "import-qualification"));
  g_assert_cmpint (add_group_like_demo (fixture, shown, &error), >, 0);
  g_assert_no_error (error);

  /* The day's backup follows the check, while the coach works. */
  g_assert_true (duaal_test_ui_wait_for (has_backup, fixture->database, 20000));
}

int
main (int   argc,
      char *argv[])
{
  duaal_test_ui_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/ui/integration/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("learner-views", test_learner_views);
  ADD ("group-views", test_group_views);
  ADD ("attention-opens-coach", test_attention_opens_coach);
  ADD ("many-groups", test_many_groups);
  ADD ("centre-sidebar", test_centre_sidebar);
  ADD ("narrow", test_narrow);
  ADD ("damaged-database", test_damaged_database);
  ADD ("restore-brings-back", test_restore_brings_back);
  ADD ("restore-error", test_restore_error);
#undef ADD
  g_test_add ("/ui/integration/check-in-background", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_check_in_background, fixture_tear_down);
  g_test_add ("/ui/integration/check-in-background-damaged", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_check_in_background, fixture_tear_down);

  return g_test_run ();
}
