/* test-sidebar.c: the sidebar follows the store (SPEC section 12)
 *
 * Writes by another connection to the same database file (as duaal-cli
 * or another window would make them) show in the sidebar in place: a
 * learner added or removed, a group renamed or added, an attention
 * badge changed, with the selection and the search text kept.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-score-change-private.h"
#include "duaal-attention-count.h"
#include "duaal-demo.h"
#include "duaal-sidebar-private.h"
#include "duaal-sidebar-row.h"
#include "duaal-sqlite-store.h"
#include "duaal-test-ui.h"

/* Notices of another connection come within a second; this leaves room
 * for a slow machine without making a broken test slow. */
#define NOTICE_TIMEOUT_MS 5000

typedef struct {
  char         *dir;
  char         *database;
  DuaalStore   *store;        /* the sidebar's */
  DuaalStore   *other;        /* another writer on the same file */
  gint64        group_id;
  gint64        company_id;
  gint64        learner_id;   /* Ilse Testmans: no scores */
  gint64        demo_learner; /* a demo learner, with scores */
  GtkWidget    *window;
  DuaalSidebar *sidebar;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) learners = NULL;
  guint n_learners = 0;

  fixture->dir = duaal_test_ui_make_tmp_dir ();
  fixture->database = g_build_filename (fixture->dir, "duaal.db", NULL);
  fixture->store = DUAAL_STORE (duaal_sqlite_store_open (fixture->database, &error));
  g_assert_no_error (error);
  duaal_demo_load (fixture->store, &fixture->group_id, &n_learners, &error);
  g_assert_no_error (error);
  learners = duaal_store_list_learners (fixture->store, fixture->group_id, &error);
  g_assert_no_error (error);
  fixture->demo_learner = duaal_learner_get_id (g_ptr_array_index (learners, 0));
  fixture->company_id = duaal_store_add_company (fixture->store, "Garage Testmans", NULL, &error);
  g_assert_no_error (error);
  fixture->learner_id = duaal_store_add_learner (fixture->store, fixture->group_id, "Ilse Testmans",
                                                 fixture->company_id, NULL, &error);
  g_assert_no_error (error);

  fixture->other = DUAAL_STORE (duaal_sqlite_store_open (fixture->database, &error));
  g_assert_no_error (error);

  duaal_store_watch (fixture->store);
  fixture->window = adw_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 320, 700);
  fixture->sidebar = DUAAL_SIDEBAR (duaal_sidebar_new (fixture->store));
  adw_window_set_content (ADW_WINDOW (fixture->window), GTK_WIDGET (fixture->sidebar));
  gtk_window_present (GTK_WINDOW (fixture->window));
  duaal_test_ui_wait_until_drawn (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  duaal_test_ui_process_events ();
  g_clear_object (&fixture->other);
  g_clear_object (&fixture->store);
  duaal_test_ui_remove_tmp_dir (fixture->dir);
  g_free (fixture->database);
  g_free (fixture->dir);
}

typedef struct {
  Fixture    *fixture;
  const char *label;
} Listed;

static gboolean
label_shown (gpointer user_data)
{
  Listed *listed = user_data;

  return duaal_test_ui_find_widget (GTK_WIDGET (listed->fixture->sidebar), GTK_TYPE_LABEL, listed->label) != NULL;
}

static gboolean
label_gone (gpointer user_data)
{
  return !label_shown (user_data);
}

static void
on_learner_selected (DuaalSidebar *sidebar,
                     gint64        learner_id,
                     guint        *n_emitted)
{
  (*n_emitted)++;
}

/* Another writer adds a learner, renames the group and removes a
 * learner: the rows follow, the selected learner stays selected (and
 * nobody is told of a new selection), the search stays. */
static void
test_follows_other_writer (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  Listed added = { fixture, "Zoë Nieuwkomer" };
  Listed renamed = { fixture, "5 Elektriciteit" };
  GtkEditable *search = duaal_sidebar_get_search_entry (fixture->sidebar);
  guint n_learners = duaal_sidebar_count_visible_learners (fixture->sidebar);
  guint n_emitted = 0;
  g_autofree char *removed_name = NULL;
  Listed removed = { fixture, NULL };

  g_assert_true (duaal_sidebar_select_learner (fixture->sidebar, fixture->learner_id));
  g_signal_connect (fixture->sidebar, "learner-selected", G_CALLBACK (on_learner_selected), &n_emitted);
  {
    g_autoptr(DuaalLearner) demo = duaal_store_get_learner (fixture->store, fixture->demo_learner, &error);

    g_assert_no_error (error);
    removed_name = g_strdup (duaal_learner_get_name (demo));
    removed.label = removed_name;
  }
  g_assert_true (label_shown (&removed));

  duaal_store_add_learner (fixture->other, fixture->group_id, "Zoë Nieuwkomer", fixture->company_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (duaal_test_ui_wait_for (label_shown, &added, NOTICE_TIMEOUT_MS));
  g_assert_cmpuint (duaal_sidebar_count_visible_learners (fixture->sidebar), ==, n_learners + 1);

  g_assert_true (duaal_store_rename_group (fixture->other, fixture->group_id, "5 Elektriciteit", &error));
  g_assert_no_error (error);
  g_assert_true (duaal_test_ui_wait_for (label_shown, &renamed, NOTICE_TIMEOUT_MS));

  g_assert_true (duaal_store_delete_learner (fixture->other, fixture->demo_learner, &error));
  g_assert_no_error (error);
  g_assert_true (duaal_test_ui_wait_for (label_gone, &removed, NOTICE_TIMEOUT_MS));
  g_assert_cmpuint (duaal_sidebar_count_visible_learners (fixture->sidebar), ==, n_learners);
  g_assert_cmpint (duaal_sidebar_get_selected_learner (fixture->sidebar), ==, fixture->learner_id);

  /* While searching: a match added shows, the search text stays. */
  gtk_editable_set_text (search, "nieuw");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (duaal_sidebar_count_visible_learners (fixture->sidebar), ==, 1);
  duaal_store_add_learner (fixture->other, fixture->group_id, "Kobe Nieuwenhuis", fixture->company_id, NULL, &error);
  g_assert_no_error (error);
  added.label = "Kobe Nieuwenhuis";
  g_assert_true (duaal_test_ui_wait_for (label_shown, &added, NOTICE_TIMEOUT_MS));
  g_assert_cmpuint (duaal_sidebar_count_visible_learners (fixture->sidebar), ==, 2);
  g_assert_cmpstr (gtk_editable_get_text (search), ==, "nieuw");

  /* The selection was the user's all along: no signal said otherwise. */
  gtk_editable_set_text (search, "");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpint (duaal_sidebar_get_selected_learner (fixture->sidebar), ==, fixture->learner_id);
  g_assert_cmpuint (n_emitted, ==, 0);
  duaal_test_ui_wait (200);
  duaal_test_ui_screenshot (fixture->window, "sidebar-follows");
}

/* The selected learner removed elsewhere: nothing is selected, and the
 * window hears so. */
static void
test_selected_removed (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  Listed removed = { fixture, "Ilse Testmans" };
  guint n_emitted = 0;

  g_assert_true (duaal_sidebar_select_learner (fixture->sidebar, fixture->learner_id));
  g_signal_connect (fixture->sidebar, "learner-selected", G_CALLBACK (on_learner_selected), &n_emitted);
  g_assert_true (duaal_store_delete_learner (fixture->other, fixture->learner_id, &error));
  g_assert_no_error (error);
  g_assert_true (duaal_test_ui_wait_for (label_gone, &removed, NOTICE_TIMEOUT_MS));
  g_assert_cmpint (duaal_sidebar_get_selected_learner (fixture->sidebar), ==, 0);
  g_assert_cmpuint (n_emitted, ==, 1);
}

/* A new class group from elsewhere gets its row; the selected group
 * stays selected. */
static void
test_group_added (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalClassGroup) group = duaal_store_get_group (fixture->store, fixture->group_id, &error);
  Listed added = { fixture, "0 Voorklas" };

  g_assert_no_error (error);
  g_assert_true (duaal_sidebar_select_group (fixture->sidebar, fixture->group_id));
  duaal_store_add_group (fixture->other, "0 Voorklas", duaal_class_group_get_qualification_code (group),
                         duaal_class_group_get_qualification_version (group), &error);
  g_assert_no_error (error);
  g_assert_true (duaal_test_ui_wait_for (label_shown, &added, NOTICE_TIMEOUT_MS));
  g_assert_cmpint (duaal_sidebar_get_selected_group (fixture->sidebar), ==, fixture->group_id);
}

typedef struct {
  Fixture *fixture;
  guint    count;
} Badge;

static gboolean
badge_is (gpointer user_data)
{
  Badge *badge = user_data;
  guint count = 0;

  return duaal_sidebar_get_attention_count (badge->fixture->sidebar, badge->fixture->group_id, &count) &&
         count == badge->count;
}

/* Scores that disagree on a competence (the learner says autonomous,
 * the teacher not mastered, SPEC 7), written elsewhere: the badge
 * counts one more pair. */
static void
test_badge_follows_scores (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalClassGroup) group = duaal_store_get_group (fixture->store, fixture->group_id, &error);
  g_autoptr(DuaalQualification) qualification = NULL;
  DuaalCompetence *competence;
  GPtrArray *indicators;
  Badge badge = { fixture, 0 };
  guint before;

  g_assert_no_error (error);
  qualification = duaal_store_get_qualification (fixture->store, duaal_class_group_get_qualification_code (group),
                                                 duaal_class_group_get_qualification_version (group), &error);
  g_assert_no_error (error);
  before = duaal_attention_count_for_group (fixture->store, fixture->group_id, &error);
  g_assert_no_error (error);
  badge.count = before;
  g_assert_true (duaal_test_ui_wait_for (badge_is, &badge, NOTICE_TIMEOUT_MS));

  competence = g_ptr_array_index (duaal_qualification_get_competences (qualification), 0);
  indicators = duaal_competence_get_indicators (competence);
  for (guint i = 0; i < indicators->len; i++)
    {
      const char *indicator = duaal_indicator_get_id (g_ptr_array_index (indicators, i));
      DuaalScoreChange autonomous = duaal_score_change_whole (DUAAL_MASTERY_V, DUAAL_COVERAGE_NONE, NULL);
      DuaalScoreChange not_mastered = duaal_score_change_whole (DUAAL_MASTERY_X, DUAAL_COVERAGE_NONE, NULL);

      duaal_store_record_change (fixture->other, fixture->learner_id, indicator, DUAAL_ACTOR_LEARNER,
                                 &autonomous, NULL, &error);
      g_assert_no_error (error);
      duaal_store_record_change (fixture->other, fixture->learner_id, indicator, DUAAL_ACTOR_TEACHER,
                                 &not_mastered, NULL, &error);
      g_assert_no_error (error);
    }
  badge.count = duaal_attention_count_for_group (fixture->store, fixture->group_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (badge.count, ==, before + 1);
  g_assert_true (duaal_test_ui_wait_for (badge_is, &badge, NOTICE_TIMEOUT_MS));
}

/* Keyboard: Down moves the selection from the group to its first
 * learner, Enter activates it. */
static void
on_learner_activated (DuaalSidebar *sidebar,
                      gint64        learner_id,
                      gint64       *activated)
{
  *activated = learner_id;
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) learners = duaal_store_list_learners (fixture->store, fixture->group_id, &error);
  gint64 first = duaal_learner_get_id (g_ptr_array_index (learners, 0));
  GtkWidget *focus;
  gint64 activated = 0;

  g_assert_no_error (error);
  g_assert_true (duaal_sidebar_select_group (fixture->sidebar, fixture->group_id));
  duaal_test_ui_wait (100);
  focus = duaal_test_ui_find_widget (GTK_WIDGET (fixture->sidebar), GTK_TYPE_GRID_VIEW, NULL);
  g_assert_true (gtk_widget_grab_focus (focus));
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_signal_connect (fixture->sidebar, "learner-activated", G_CALLBACK (on_learner_activated), &activated);

  g_assert_true (duaal_test_ui_press_key (focus, GDK_KEY_Down, 0));
  g_assert_cmpint (duaal_sidebar_get_selected_learner (fixture->sidebar), ==, first);
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (duaal_test_ui_press_key (focus, GDK_KEY_Return, 0));
  g_assert_cmpint (activated, ==, first);
  g_assert_true (duaal_test_ui_press_key (focus, GDK_KEY_Up, 0));
  g_assert_cmpint (duaal_sidebar_get_selected_group (fixture->sidebar), ==, fixture->group_id);
}

/* A group's menu button opens its menu, made for that group then. */
static void
test_group_menu (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalClassGroup) group = duaal_store_get_group (fixture->store, fixture->group_id, &error);
  GtkWidget *label = duaal_test_ui_find_widget (GTK_WIDGET (fixture->sidebar), GTK_TYPE_LABEL,
                                                duaal_class_group_get_name (group));
  GtkWidget *row = label != NULL ? gtk_widget_get_ancestor (label, DUAAL_TYPE_SIDEBAR_ROW) : NULL;
  GtkWidget *button, *menu;
  GMenuModel *model, *section;
  g_autoptr(GVariant) target = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (row);
  g_assert_null (duaal_test_ui_find_widget (row, GTK_TYPE_POPOVER_MENU, NULL));
  button = duaal_test_ui_find_widget (row, GTK_TYPE_BUTTON, NULL);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  duaal_test_ui_wait (200);
  menu = duaal_test_ui_find_widget (row, GTK_TYPE_POPOVER_MENU, NULL);
  g_assert_nonnull (menu);
  g_assert_true (gtk_widget_get_visible (menu));
  model = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (menu));
  section = g_menu_model_get_item_link (model, 0, G_MENU_LINK_SECTION);
  target = g_menu_model_get_item_attribute_value (section, 0, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_INT64);
  g_assert_cmpint (g_variant_get_int64 (target), ==, fixture->group_id);
  g_object_unref (section);
  duaal_test_ui_screenshot (fixture->window, "sidebar-group-menu");
  gtk_popover_popdown (GTK_POPOVER (menu));
}

int
main (int   argc,
      char *argv[])
{
  duaal_test_ui_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/ui/sidebar/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("follows-other-writer", test_follows_other_writer);
  ADD ("selected-removed", test_selected_removed);
  ADD ("group-added", test_group_added);
  ADD ("badge-follows-scores", test_badge_follows_scores);
  ADD ("keyboard", test_keyboard);
  ADD ("group-menu", test_group_menu);
#undef ADD

  return g_test_run ();
}
