/* test-workspace.c: scoring a learner through the widgets
 *
 * Every score here is given as a user gives it: a toggle button
 * activated, or the action a key is bound to looked up by its key and
 * run where the focus is.  The store is only used to set up (the demo
 * class, a learner without scores) and to check what was written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-colour-bar.h"
#include "duaal-demo.h"
#include "duaal-error.h"
#include "duaal-group-dialog.h"
#include "duaal-learner-dialog.h"
#include "duaal-learner-page.h"
#include "duaal-progress-bar.h"
#include "duaal-rules.h"
#include "duaal-sidebar-private.h"
#include "duaal-sidebar-row.h"
#include "duaal-sqlite-store.h"
#include "duaal-test-ui.h"

typedef struct {
  char             *dir;
  char             *database;
  DuaalStore       *store;
  gint64            group_id;
  gint64            learner_id;    /* a learner of the demo class, without scores */
  gint64            demo_learner;  /* a demo learner, with scores */
  GtkWidget        *window;
  DuaalLearnerPage *page;
  DuaalSidebar     *sidebar;
  DuaalApplication *app;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) learners = NULL;
  guint n_learners = 0;
  gint64 company_id;

  fixture->dir = duaal_test_ui_make_tmp_dir ();
  fixture->database = g_build_filename (fixture->dir, "duaal.db", NULL);
  fixture->store = DUAAL_STORE (duaal_sqlite_store_open (fixture->database, &error));
  g_assert_no_error (error);
  duaal_demo_load (fixture->store, &fixture->group_id, &n_learners, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_learners, >, 0);

  learners = duaal_store_list_learners (fixture->store, fixture->group_id, &error);
  g_assert_no_error (error);
  fixture->demo_learner = duaal_learner_get_id (g_ptr_array_index (learners, 0));

  company_id = duaal_store_add_company (fixture->store, "Garage Testmans", NULL, &error);
  g_assert_no_error (error);
  fixture->learner_id = duaal_store_add_learner (fixture->store, fixture->group_id, "Ilse Testmans",
                                                 company_id, "Tom Testmans", &error);
  g_assert_no_error (error);
}

static void
fixture_open_page (Fixture *fixture,
                   gint64   learner_id,
                   int      width,
                   int      height)
{
  g_autoptr(GError) error = NULL;

  fixture->window = adw_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, height);
  fixture->page = DUAAL_LEARNER_PAGE (duaal_learner_page_new (fixture->store));
  adw_window_set_content (ADW_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
  g_assert_true (duaal_learner_page_load (fixture->page, learner_id, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (fixture->window));
  duaal_test_ui_wait_until_drawn (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *dialog;

  while ((dialog = duaal_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  if (fixture->app != NULL)
    duaal_test_ui_stop_app (fixture->app);
  duaal_test_ui_process_events ();
  g_clear_object (&fixture->store);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  duaal_test_ui_remove_tmp_dir (fixture->dir);
  g_free (fixture->database);
  g_free (fixture->dir);
}

/* ---- helpers ---- */

/* SPEC section 4 again, written out independently of duaal-rules.c, in
 * integers: the test's own oracle. */
static DuaalColour
expected_colour (guint n,
                 guint x,
                 guint lil,
                 guint v)
{
  if (x + lil + v == 0)
    return DUAAL_COLOUR_GREY;
  if (5 * v >= 4 * n)
    return DUAAL_COLOUR_DARK_GREEN;
  if (5 * (lil + v) >= 4 * n)
    return DUAAL_COLOUR_LIGHT_GREEN;
  if (2 * (lil + v) >= n)
    return DUAAL_COLOUR_ORANGE;
  return DUAAL_COLOUR_RED;
}

/* Every descendant of @root of @type, in tree order. */
static void
collect_widgets (GtkWidget *root,
                 GType      type,
                 GPtrArray *found)
{
  if (g_type_is_a (G_OBJECT_TYPE (root), type))
    g_ptr_array_add (found, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, type, found);
}

/* The header's dropdowns in order: period, viewer, scoring actor. */
static GtkDropDown *
page_dropdown (Fixture *fixture,
               guint    index)
{
  g_autoptr(GPtrArray) dropdowns = g_ptr_array_new ();

  collect_widgets (GTK_WIDGET (fixture->page), GTK_TYPE_DROP_DOWN, dropdowns);
  g_assert_cmpuint (dropdowns->len, >, index);
  return g_ptr_array_index (dropdowns, index);
}

static const char *
dropdown_item (GtkDropDown *dropdown,
               guint        position)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);

  return gtk_string_list_get_string (GTK_STRING_LIST (model), position);
}

static GtkWidget *
focus_widget (Fixture *fixture)
{
  return gtk_root_get_focus (GTK_ROOT (fixture->window));
}

/* The first competence of the qualification with at least @min indicators. */
static DuaalCompetenceRow *
competence_with_indicators (Fixture *fixture,
                            guint    min)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_widgets (GTK_WIDGET (fixture->page), DUAAL_TYPE_COMPETENCE_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (duaal_competence_row_get_n_indicators (g_ptr_array_index (rows, i)) >= min)
      return g_ptr_array_index (rows, i);

  g_assert_not_reached ();
  return NULL;
}

/* What a mouse click on a button ends in (gtk_widget_activate only
 * emits "clicked" after a visual delay). */
static void
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_true (gtk_widget_is_drawable (button));
  g_signal_emit_by_name (button, "clicked");
  duaal_test_ui_process_events ();
}

static void
collect_labelled_buttons (GtkWidget  *root,
                          const char *label,
                          guint      *count)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    (*count)++;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labelled_buttons (child, label, count);
}

static gboolean
has_one_undo_button (gpointer window)
{
  guint count = 0;

  collect_labelled_buttons (window, "_Ongedaan maken", &count);
  return count == 1;
}

static gboolean
is_drawable (gpointer widget)
{
  return gtk_widget_is_drawable (widget);
}

/* Opens a competence as a click on its header does, and waits until its
 * indicators are on screen. */
static void
expand (DuaalCompetenceRow *row)
{
  if (!duaal_competence_row_get_expanded (row))
    g_signal_emit_by_name (duaal_competence_row_get_header (row), "clicked");
  g_assert_true (duaal_competence_row_get_expanded (row));
  g_assert_true (duaal_test_ui_wait_for (is_drawable, duaal_competence_row_get_indicator_row (row, 0), 5000));
}

static void
assert_scoring_as (Fixture    *fixture,
                   DuaalActor  actor)
{
  GtkDropDown *scoring = page_dropdown (fixture, 2);
  guint position = actor == DUAAL_ACTOR_TEACHER ? 0 : actor == DUAAL_ACTOR_TRAINER ? 1 : 2;

  gtk_drop_down_set_selected (scoring, position);
  duaal_test_ui_process_events ();
  g_assert_cmpint (duaal_learner_page_get_scoring_actor (fixture->page), ==, actor);
}

/* The visible plain AdwMessageDialog (a confirmation or an error), not
 * one of the subclassed input dialogs. */
static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_OBJECT_TYPE (window) == ADW_TYPE_MESSAGE_DIALOG && gtk_widget_get_visible (window))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static gboolean
no_message_dialog (gpointer data)
{
  return find_message_dialog () == NULL;
}

/* Answers a dialog as its button does (the response, then the dialog
 * closes), and waits until it is gone, so the next dialog found is a new
 * one. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (duaal_test_ui_wait_for (no_message_dialog, NULL, 5000));
}

/* ---- tests ---- */

/* Scoring every indicator of a competence, one click at a time, walks
 * the teacher's colour bar through SPEC section 4: grey, red, orange,
 * light green, dark green, exactly at the 50% and 80% boundaries; the
 * progress bar counts S and R. */
static void
test_colour_follows_scores (Fixture       *fixture,
                            gconstpointer  data)
{
  DuaalCompetenceRow *row;
  DuaalColourBar *colour_bar;
  DuaalProgressBar *progress_bar;
  guint n, lil = 0, v = 0, x = 0;
  gboolean seen[DUAAL_N_COLOURS] = { FALSE, };
  g_autofree char *label = NULL;

  fixture_open_page (fixture, fixture->learner_id, 1000, 800);
  assert_scoring_as (fixture, DUAAL_ACTOR_TEACHER);

  row = competence_with_indicators (fixture, 5);
  n = duaal_competence_row_get_n_indicators (row);
  colour_bar = DUAAL_COLOUR_BAR (duaal_competence_row_get_colour_bar (row, DUAAL_ACTOR_TEACHER));
  progress_bar = DUAAL_PROGRESS_BAR (duaal_competence_row_get_progress_bar (row, DUAAL_ACTOR_TEACHER));
  g_assert_cmpint (duaal_colour_bar_get_colour (colour_bar), ==, DUAAL_COLOUR_GREY);
  g_assert_cmpfloat (duaal_progress_bar_get_fraction (progress_bar), ==, 0.0);

  expand (row);

  /* X everywhere first: red as soon as one is scored. */
  for (guint i = 0; i < n; i++)
    {
      DuaalIndicatorRow *indicator = duaal_competence_row_get_indicator_row (row, i);

      click (duaal_indicator_row_get_mastery_button (indicator, DUAAL_MASTERY_X));
      g_assert_cmpint (duaal_indicator_row_get_mastery (indicator), ==, DUAAL_MASTERY_X);
      x++;
      g_assert_cmpint (duaal_colour_bar_get_colour (colour_bar), ==, expected_colour (n, x, lil, v));
    }

  /* Then lil one by one: red, orange at half, light green at 80%. */
  for (guint i = 0; i < n; i++)
    {
      DuaalIndicatorRow *indicator = duaal_competence_row_get_indicator_row (row, i);
      DuaalColour colour;

      click (duaal_indicator_row_get_mastery_button (indicator, DUAAL_MASTERY_LIL));
      x--, lil++;
      colour = duaal_colour_bar_get_colour (colour_bar);
      g_assert_cmpint (colour, ==, expected_colour (n, x, lil, v));
      seen[colour] = TRUE;
    }

  /* Then V: dark green once 80% are autonomous. */
  for (guint i = 0; i < n; i++)
    {
      DuaalIndicatorRow *indicator = duaal_competence_row_get_indicator_row (row, i);
      DuaalColour colour;

      click (duaal_indicator_row_get_mastery_button (indicator, DUAAL_MASTERY_V));
      lil--, v++;
      colour = duaal_colour_bar_get_colour (colour_bar);
      g_assert_cmpint (colour, ==, expected_colour (n, x, lil, v));
      seen[colour] = TRUE;
    }

  g_assert_true (seen[DUAAL_COLOUR_RED]);
  g_assert_true (seen[DUAAL_COLOUR_ORANGE]);
  g_assert_true (seen[DUAAL_COLOUR_LIGHT_GREEN]);
  g_assert_true (seen[DUAAL_COLOUR_DARK_GREEN]);

  /* The other actors' bars did not move. */
  g_assert_cmpint (duaal_colour_bar_get_colour (DUAAL_COLOUR_BAR (duaal_competence_row_get_colour_bar (row, DUAAL_ACTOR_TRAINER))),
                   ==, DUAAL_COLOUR_GREY);

  /* Coverage: N does not count, S and R do. */
  click (duaal_indicator_row_get_coverage_button (duaal_competence_row_get_indicator_row (row, 0), DUAAL_COVERAGE_N));
  g_assert_cmpfloat (duaal_progress_bar_get_fraction (progress_bar), ==, 0.0);
  click (duaal_indicator_row_get_coverage_button (duaal_competence_row_get_indicator_row (row, 0), DUAAL_COVERAGE_S));
  click (duaal_indicator_row_get_coverage_button (duaal_competence_row_get_indicator_row (row, 1), DUAAL_COVERAGE_R));
  g_assert_cmpfloat_with_epsilon (duaal_progress_bar_get_fraction (progress_bar), 2.0 / n, 1e-9);
  /* Coverage kept the mastery given before. */
  g_assert_cmpint (duaal_indicator_row_get_mastery (duaal_competence_row_get_indicator_row (row, 0)), ==,
                   DUAAL_MASTERY_V);

  /* The accessible label says it in Dutch words. */
  label = g_strdup_printf ("Docent: Zelfstandig verworven, 2 van %u aan bod", n);
  g_assert_cmpstr (duaal_colour_bar_get_label (colour_bar), ==, label);
  g_free (label);
  label = g_strdup_printf ("2 van %u aan bod", n);
  g_assert_cmpstr (duaal_progress_bar_get_text (progress_bar), ==, label);
}

/* The page of the learner without scores, scoring as trainer, with a
 * competence of at least @min indicators opened. */
static DuaalCompetenceRow *
open_as_trainer (Fixture *fixture,
                 guint    min)
{
  DuaalCompetenceRow *row;

  fixture_open_page (fixture, fixture->learner_id, 1000, 800);
  assert_scoring_as (fixture, DUAAL_ACTOR_TRAINER);
  row = competence_with_indicators (fixture, min);
  expand (row);
  return row;
}

/* Undo, by the toast's button and by Ctrl+Z, goes back through the log. */
static void
test_undo (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalStatus) status = NULL;
  DuaalCompetenceRow *row;
  DuaalIndicatorRow *first, *second;
  DuaalColourBar *colour_bar;
  GtkWidget *undo_button;
  const char *first_id;

  row = open_as_trainer (fixture, 2);
  first = duaal_competence_row_get_indicator_row (row, 0);
  second = duaal_competence_row_get_indicator_row (row, 1);
  first_id = duaal_indicator_get_id (duaal_indicator_row_get_indicator (first));
  colour_bar = DUAAL_COLOUR_BAR (duaal_competence_row_get_colour_bar (row, DUAAL_ACTOR_TRAINER));

  click (duaal_indicator_row_get_mastery_button (first, DUAAL_MASTERY_X));
  click (duaal_indicator_row_get_mastery_button (first, DUAAL_MASTERY_V));
  g_assert_cmpint (duaal_indicator_row_get_mastery (first), ==, DUAAL_MASTERY_V);

  /* The toast offers to undo the last change (once the previous toast,
   * replaced, has slid away). */
  g_assert_true (duaal_test_ui_wait_for (has_one_undo_button, fixture->window, 5000));
  undo_button = duaal_test_ui_find_widget (fixture->window, GTK_TYPE_BUTTON, "_Ongedaan maken");
  g_assert_nonnull (undo_button);
  click (undo_button);
  g_assert_cmpint (duaal_indicator_row_get_mastery (first), ==, DUAAL_MASTERY_X);
  g_assert_cmpint (duaal_colour_bar_get_colour (colour_bar), ==, DUAAL_COLOUR_RED);

  /* The store agrees: the trainer's current score is X again. */
  status = duaal_store_load_learner_status (fixture->store, fixture->learner_id, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (duaal_status_get_cell (status, fixture->learner_id, first_id, DUAAL_ACTOR_TRAINER)->mastery,
                   ==, DUAAL_MASTERY_X);

  /* Ctrl+Z from an indicator row undoes the latest remaining change. */
  click (duaal_indicator_row_get_mastery_button (second, DUAAL_MASTERY_LIL));
  gtk_widget_grab_focus (GTK_WIDGET (second));
  g_assert_true (duaal_test_ui_press_key (focus_widget (fixture), GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_cmpint (duaal_indicator_row_get_mastery (second), ==, DUAAL_MASTERY_NONE);
  g_assert_cmpint (duaal_indicator_row_get_mastery (first), ==, DUAAL_MASTERY_X);

  /* Once more: the X of the first indicator goes too; grey again. */
  g_assert_true (duaal_test_ui_press_key (focus_widget (fixture), GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_cmpint (duaal_indicator_row_get_mastery (first), ==, DUAAL_MASTERY_NONE);
  g_assert_cmpint (duaal_colour_bar_get_colour (colour_bar), ==, DUAAL_COLOUR_GREY);
}

/* What the store holds now as the trainer's score of @indicator_id. */
static void
assert_trainer_score (Fixture       *fixture,
                      const char    *indicator_id,
                      DuaalMastery   mastery,
                      DuaalCoverage  coverage,
                      const char    *comment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalStatus) status = duaal_store_load_learner_status (fixture->store, fixture->learner_id, 0, &error);
  const DuaalCell *cell;

  g_assert_no_error (error);
  cell = duaal_status_get_cell (status, fixture->learner_id, indicator_id, DUAAL_ACTOR_TRAINER);
  g_assert_nonnull (cell);
  g_assert_cmpint (cell->mastery, ==, mastery);
  g_assert_cmpint (cell->coverage, ==, coverage);
  g_assert_cmpstr (cell->comment, ==, comment);
}

/* Issue 19, SPEC section 3: another program changes the coverage and the
 * comment while the page shows the indicator (this bare page does not
 * watch the database, so its row still shows the old score).  A click on
 * a mastery stores the mastery only: the other change stays.  Undoing
 * the click takes back the mastery only. */
static void
test_score_keeps_other_writer (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSqliteStore) other = NULL;
  DuaalScoreChange elsewhere = {
    .fields = DUAAL_SCORE_FIELD_COVERAGE | DUAAL_SCORE_FIELD_COMMENT,
    .coverage = DUAAL_COVERAGE_R, .comment = "Van de mentor",
  };
  DuaalCompetenceRow *row;
  DuaalIndicatorRow *first;
  const char *first_id;

  row = open_as_trainer (fixture, 1);
  first = duaal_competence_row_get_indicator_row (row, 0);
  first_id = duaal_indicator_get_id (duaal_indicator_row_get_indicator (first));
  click (duaal_indicator_row_get_mastery_button (first, DUAAL_MASTERY_X));

  other = duaal_sqlite_store_open (fixture->database, &error);
  g_assert_no_error (error);
  g_assert_cmpint (duaal_store_record_change (DUAAL_STORE (other), fixture->learner_id, first_id,
                                              DUAAL_ACTOR_TRAINER, &elsewhere, NULL, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (duaal_indicator_row_get_coverage (first), ==, DUAAL_COVERAGE_NONE);

  click (duaal_indicator_row_get_mastery_button (first, DUAAL_MASTERY_V));
  assert_trainer_score (fixture, first_id, DUAAL_MASTERY_V, DUAAL_COVERAGE_R, "Van de mentor");
  /* and the row shows both now */
  g_assert_cmpint (duaal_indicator_row_get_coverage (first), ==, DUAAL_COVERAGE_R);

  gtk_widget_grab_focus (GTK_WIDGET (first));
  g_assert_true (duaal_test_ui_press_key (focus_widget (fixture), GDK_KEY_z, GDK_CONTROL_MASK));
  assert_trainer_score (fixture, first_id, DUAAL_MASTERY_X, DUAAL_COVERAGE_R, "Van de mentor");
  g_assert_cmpint (duaal_indicator_row_get_mastery (first), ==, DUAAL_MASTERY_X);
}

/* Only the keyboard: a header, Enter to open it, arrows, 1/2/3, N/S/R,
 * Enter for the comment. */
static void
test_keyboard_scoring (Fixture       *fixture,
                       gconstpointer  data)
{
  static const struct { guint mastery_key; guint coverage_key; DuaalMastery mastery; DuaalCoverage coverage; } keys[] = {
    { GDK_KEY_3, GDK_KEY_r, DUAAL_MASTERY_V, DUAAL_COVERAGE_R },
    { GDK_KEY_2, GDK_KEY_s, DUAAL_MASTERY_LIL, DUAAL_COVERAGE_S },
    { GDK_KEY_1, GDK_KEY_n, DUAAL_MASTERY_X, DUAAL_COVERAGE_N },
  };
  DuaalCompetenceRow *row;
  GtkWidget *header, *entry;
  DuaalIndicatorRow *indicator;
  DuaalColourBar *colour_bar;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;
  guint n_entries;

  fixture_open_page (fixture, fixture->learner_id, 1000, 800);
  assert_scoring_as (fixture, DUAAL_ACTOR_TRAINER);
  row = competence_with_indicators (fixture, 3);
  header = duaal_competence_row_get_header (row);
  colour_bar = DUAAL_COLOUR_BAR (duaal_competence_row_get_colour_bar (row, DUAAL_ACTOR_TRAINER));

  gtk_widget_grab_focus (header);
  g_assert_true (focus_widget (fixture) == header);
  expand (row);   /* Space on the focused header */

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_assert_true (duaal_test_ui_press_key (focus_widget (fixture), GDK_KEY_Down, 0));
      indicator = duaal_competence_row_get_indicator_row (row, i);
      g_assert_true (focus_widget (fixture) == GTK_WIDGET (indicator));

      g_assert_true (duaal_test_ui_press_key (focus_widget (fixture), keys[i].mastery_key, 0));
      g_assert_true (duaal_test_ui_press_key (focus_widget (fixture), keys[i].coverage_key, 0));
      g_assert_cmpint (duaal_indicator_row_get_mastery (indicator), ==, keys[i].mastery);
      g_assert_cmpint (duaal_indicator_row_get_coverage (indicator), ==, keys[i].coverage);
    }
  g_assert_cmpint (duaal_colour_bar_get_colour (colour_bar), ==,
                   expected_colour (duaal_competence_row_get_n_indicators (row), 1, 1, 1));

  /* Up goes back; Enter edits the comment, Enter in it stores it. */
  g_assert_true (duaal_test_ui_press_key (focus_widget (fixture), GDK_KEY_Up, 0));
  indicator = duaal_competence_row_get_indicator_row (row, 1);
  g_assert_true (focus_widget (fixture) == GTK_WIDGET (indicator));
  g_assert_true (duaal_test_ui_press_key (focus_widget (fixture), GDK_KEY_Return, 0));
  entry = duaal_indicator_row_get_comment_entry (indicator);
  g_assert_true (gtk_widget_is_ancestor (focus_widget (fixture), entry) || focus_widget (fixture) == entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Lukt met hulp van de mentor");
  g_signal_emit_by_name (entry, "activate");   /* Enter in the entry */
  duaal_test_ui_process_events ();
  g_assert_cmpstr (duaal_indicator_row_get_comment (indicator), ==, "Lukt met hulp van de mentor");
  g_assert_cmpint (duaal_indicator_row_get_mastery (indicator), ==, DUAAL_MASTERY_LIL);
  g_assert_true (focus_widget (fixture) == GTK_WIDGET (indicator));

  /* Escape in the comment drops the edit and goes back to the row. */
  g_assert_true (duaal_test_ui_press_key (focus_widget (fixture), GDK_KEY_Return, 0));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Toch niet");
  g_assert_true (duaal_test_ui_press_key (focus_widget (fixture), GDK_KEY_Escape, 0));
  g_assert_true (focus_widget (fixture) == GTK_WIDGET (indicator));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Lukt met hulp van de mentor");
  g_assert_cmpstr (duaal_indicator_row_get_comment (indicator), ==, "Lukt met hulp van de mentor");

  /* The same key again records nothing: the log only grows on a change. */
  history = duaal_store_score_history (fixture->store, fixture->learner_id,
                                       duaal_indicator_get_id (duaal_indicator_row_get_indicator (indicator)),
                                       &error);
  g_assert_no_error (error);
  n_entries = history->len;
  g_clear_pointer (&history, g_ptr_array_unref);
  g_assert_true (duaal_test_ui_press_key (focus_widget (fixture), GDK_KEY_2, 0));
  history = duaal_store_score_history (fixture->store, fixture->learner_id,
                                       duaal_indicator_get_id (duaal_indicator_row_get_indicator (indicator)),
                                       &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, n_entries);
  g_assert_cmpint (duaal_indicator_row_get_mastery (indicator), ==, DUAAL_MASTERY_LIL);
}

/* A closed period is read-only: controls insensitive, keys do nothing,
 * a banner says so.  Closing the current period asks first. */
static void
test_closed_period (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) periods = NULL;
  GtkDropDown *period_dropdown;
  DuaalCompetenceRow *row;
  DuaalIndicatorRow *indicator;
  AdwMessageDialog *dialog;
  DuaalMastery before;
  guint n_closed = 0;
  g_autofree char *banner = NULL;

  fixture_open_page (fixture, fixture->demo_learner, 1000, 800);
  period_dropdown = page_dropdown (fixture, 0);
  g_assert_true (duaal_learner_page_get_editable (fixture->page));
  g_assert_true (g_str_has_suffix (dropdown_item (period_dropdown, 0), "(huidig)"));

  /* The demo has period 1 closed. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (period_dropdown)), >=, 2);
  g_assert_true (g_str_has_suffix (dropdown_item (period_dropdown, 1), "(afgesloten)"));
  gtk_drop_down_set_selected (period_dropdown, 1);
  duaal_test_ui_process_events ();
  g_assert_cmpuint (duaal_learner_page_get_period (fixture->page), ==, 1);
  g_assert_false (duaal_learner_page_get_editable (fixture->page));
  periods = duaal_store_list_periods (fixture->store, fixture->group_id, &error);
  g_assert_no_error (error);
  banner = g_strdup_printf ("%s is afgesloten: alleen lezen",
                            duaal_period_get_name (g_ptr_array_index (periods, 0)));
  g_assert_nonnull (duaal_test_ui_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_LABEL, banner));
  g_clear_pointer (&periods, g_ptr_array_unref);

  row = competence_with_indicators (fixture, 1);
  expand (row);
  indicator = duaal_competence_row_get_indicator_row (row, 0);
  before = duaal_indicator_row_get_mastery (indicator);
  for (DuaalMastery m = DUAAL_MASTERY_X; m <= DUAAL_MASTERY_V; m++)
    g_assert_false (gtk_widget_is_sensitive (duaal_indicator_row_get_mastery_button (indicator, m)));
  for (DuaalCoverage c = DUAAL_COVERAGE_N; c <= DUAAL_COVERAGE_R; c++)
    g_assert_false (gtk_widget_is_sensitive (duaal_indicator_row_get_coverage_button (indicator, c)));
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (duaal_indicator_row_get_comment_entry (indicator))));
  gtk_widget_grab_focus (GTK_WIDGET (indicator));
  duaal_test_ui_press_key (GTK_WIDGET (indicator), before == DUAAL_MASTERY_V ? GDK_KEY_1 : GDK_KEY_3, 0);
  g_assert_cmpint (duaal_indicator_row_get_mastery (indicator), ==, before);
  g_assert_false (gtk_widget_is_sensitive (duaal_test_ui_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_BUTTON,
                                                                     "Periode _afsluiten…")));

  /* Back to now: editable again; close the current period. */
  gtk_drop_down_set_selected (period_dropdown, 0);
  duaal_test_ui_process_events ();
  g_assert_true (duaal_learner_page_get_editable (fixture->page));
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "learner.close-period", NULL);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "definitief"));
  respond (dialog, "close-period");

  periods = duaal_store_list_periods (fixture->store, fixture->group_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < periods->len; i++)
    n_closed += duaal_period_is_closed (g_ptr_array_index (periods, i));
  g_assert_cmpuint (n_closed, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (period_dropdown)), ==, 3);
  g_assert_true (duaal_learner_page_get_editable (fixture->page));
}

/* SPEC section 6 on this page: who sees which indicator scores and
 * comments of the other actors. */
static void
test_viewer (Fixture       *fixture,
             gconstpointer  data)
{
  GtkDropDown *viewer = NULL, *scoring;
  DuaalCompetenceRow *row;
  DuaalIndicatorRow *indicator;

  fixture_open_page (fixture, fixture->learner_id, 1000, 800);
  viewer = page_dropdown (fixture, 1);
  scoring = page_dropdown (fixture, 2);
  row = competence_with_indicators (fixture, 1);
  expand (row);
  indicator = duaal_competence_row_get_indicator_row (row, 0);

  /* The trainer scores V with a comment, the learner lil with one. */
  assert_scoring_as (fixture, DUAAL_ACTOR_TRAINER);
  click (duaal_indicator_row_get_mastery_button (indicator, DUAAL_MASTERY_V));
  gtk_editable_set_text (GTK_EDITABLE (duaal_indicator_row_get_comment_entry (indicator)), "Zeer goed");
  g_signal_emit_by_name (duaal_indicator_row_get_comment_entry (indicator), "activate");
  assert_scoring_as (fixture, DUAAL_ACTOR_LEARNER);
  click (duaal_indicator_row_get_mastery_button (indicator, DUAAL_MASTERY_LIL));
  gtk_editable_set_text (GTK_EDITABLE (duaal_indicator_row_get_comment_entry (indicator)), "Nog moeilijk");
  g_signal_emit_by_name (duaal_indicator_row_get_comment_entry (indicator), "activate");

  /* The coach (default) sees the trainer's score and comment. */
  g_assert_cmpint (duaal_learner_page_get_viewer (fixture->page), ==, DUAAL_VIEWER_COACH);
  g_assert_nonnull (strstr (duaal_indicator_row_get_others_text (indicator), "Praktijkopleider: V"));
  g_assert_nonnull (strstr (duaal_indicator_row_get_others_text (indicator), "Zeer goed"));

  /* The learner scores as themselves and sees nobody else's indicators. */
  gtk_drop_down_set_selected (viewer, 3);
  duaal_test_ui_process_events ();
  g_assert_cmpint (duaal_learner_page_get_viewer (fixture->page), ==, DUAAL_VIEWER_LEARNER);
  g_assert_cmpint (duaal_learner_page_get_scoring_actor (fixture->page), ==, DUAAL_ACTOR_LEARNER);
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (scoring)));
  g_assert_cmpstr (duaal_indicator_row_get_others_text (indicator), ==, "");
  g_assert_cmpstr (duaal_indicator_row_get_comment (indicator), ==, "Nog moeilijk");
  /* ... but every actor's colour. */
  g_assert_cmpint (duaal_colour_bar_get_colour (DUAAL_COLOUR_BAR (duaal_competence_row_get_colour_bar (row, DUAAL_ACTOR_TRAINER))),
                   !=, DUAAL_COLOUR_GREY);

  /* The teacher sees the others' scores, not their comments. */
  gtk_drop_down_set_selected (viewer, 1);
  duaal_test_ui_process_events ();
  g_assert_cmpint (duaal_learner_page_get_scoring_actor (fixture->page), ==, DUAAL_ACTOR_TEACHER);
  g_assert_nonnull (strstr (duaal_indicator_row_get_others_text (indicator), "Praktijkopleider: V"));
  g_assert_nonnull (strstr (duaal_indicator_row_get_others_text (indicator), "Lerende: lil"));
  g_assert_null (strstr (duaal_indicator_row_get_others_text (indicator), "Zeer goed"));
  g_assert_null (strstr (duaal_indicator_row_get_others_text (indicator), "Nog moeilijk"));
}

/* ---- the whole application ---- */

/* Starts Duaal on the fixture's database (the demo class and Ilse),
 * with the fixture's own connection closed first. */
static DuaalWindow *
fixture_start_app (Fixture *fixture,
                   int      width,
                   int      height)
{
  DuaalWindow *window;

  g_clear_object (&fixture->store);
  fixture->app = duaal_test_ui_start_app (fixture->database);
  window = duaal_test_ui_get_window (fixture->app);
  fixture->store = g_object_ref (duaal_window_get_store (window));
  if (width > 0)
    {
      gtk_window_set_default_size (GTK_WINDOW (window), width, height);
      duaal_test_ui_wait (200);
      duaal_test_ui_wait_until_drawn (GTK_WIDGET (window));
    }
  g_assert_cmpstr (duaal_window_get_visible_page (window), ==, "main");
  return window;
}

/* A click on the learner's row in the sidebar. */
static void
open_learner_by_click (DuaalWindow *window,
                       const char  *name)
{
  GtkWidget *label = duaal_test_ui_find_widget (GTK_WIDGET (duaal_window_get_sidebar (window)),
                                                GTK_TYPE_LABEL, name);
  GtkWidget *row;

  g_assert_nonnull (label);
  row = gtk_widget_get_ancestor (label, DUAAL_TYPE_SIDEBAR_ROW);
  g_assert_nonnull (row);
  /* A click: the press selects, the release activates. */
  g_assert_true (gtk_widget_activate_action (row, "listitem.select", "(bb)", FALSE, FALSE));
  g_assert_true (gtk_widget_activate (row));
  duaal_test_ui_process_events ();
  g_assert_true (gtk_stack_get_visible_child (duaal_window_get_content_stack (window)) ==
                 GTK_WIDGET (duaal_window_get_learner_page (window)));
}

static gboolean
leaflet_folded (gpointer window)
{
  GtkWidget *leaflet = duaal_test_ui_find_widget (window, ADW_TYPE_LEAFLET, NULL);

  return leaflet != NULL && adw_leaflet_get_folded (ADW_LEAFLET (leaflet));
}

/* The newcomer's walk: the demo class, a learner, three indicators
 * scored as trainer with the keyboard only, one undone. */
static void
test_app_learner (Fixture       *fixture,
                  gconstpointer  data)
{
  DuaalWindow *window = fixture_start_app (fixture, 1280, 800);
  DuaalLearnerPage *page;
  DuaalCompetenceRow *row;
  DuaalColourBar *colour_bar;
  DuaalColour before;
  GtkWidget *header;

  g_assert_nonnull (duaal_test_ui_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, DUAAL_DEMO_GROUP_NAME));
  open_learner_by_click (window, "Jonas Peeters");
  page = duaal_window_get_learner_page (window);
  g_assert_cmpint (duaal_learner_page_get_learner_id (page), ==, fixture->demo_learner);
  fixture->page = page;
  fixture->window = NULL;
  duaal_test_ui_wait (300);
  duaal_test_ui_screenshot (GTK_WIDGET (window), "learner");

  /* Scoring as trainer, with keys only. */
  gtk_drop_down_set_selected (page_dropdown (fixture, 2), 1);
  duaal_test_ui_process_events ();
  g_assert_cmpint (duaal_learner_page_get_scoring_actor (page), ==, DUAAL_ACTOR_TRAINER);
  row = competence_with_indicators (fixture, 3);
  colour_bar = DUAAL_COLOUR_BAR (duaal_competence_row_get_colour_bar (row, DUAAL_ACTOR_TRAINER));
  header = duaal_competence_row_get_header (row);
  gtk_widget_grab_focus (header);
  expand (row);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (duaal_test_ui_press_key (gtk_root_get_focus (GTK_ROOT (window)), GDK_KEY_Down, 0));
      g_assert_true (duaal_test_ui_press_key (gtk_root_get_focus (GTK_ROOT (window)), GDK_KEY_1, 0));
      g_assert_true (duaal_test_ui_press_key (gtk_root_get_focus (GTK_ROOT (window)), GDK_KEY_s, 0));
    }
  g_assert_cmpint (duaal_indicator_row_get_mastery (duaal_competence_row_get_indicator_row (row, 2)), ==,
                   DUAAL_MASTERY_X);
  before = duaal_colour_bar_get_colour (colour_bar);
  g_assert_true (duaal_test_ui_press_key (gtk_root_get_focus (GTK_ROOT (window)), GDK_KEY_3, 0));
  g_assert_cmpint (duaal_indicator_row_get_mastery (duaal_competence_row_get_indicator_row (row, 2)), ==,
                   DUAAL_MASTERY_V);
  g_assert_true (duaal_test_ui_press_key (gtk_root_get_focus (GTK_ROOT (window)), GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_cmpint (duaal_indicator_row_get_mastery (duaal_competence_row_get_indicator_row (row, 2)), ==,
                   DUAAL_MASTERY_X);
  g_assert_cmpint (duaal_colour_bar_get_colour (colour_bar), ==, before);

  duaal_test_ui_wait (300);
  duaal_test_ui_screenshot (GTK_WIDGET (window), "competence-expanded");

  /* A closed period, as the coach sees it: read only, and it says so. */
  gtk_drop_down_set_selected (page_dropdown (fixture, 0), 1);
  duaal_test_ui_process_events ();
  g_assert_false (duaal_learner_page_get_editable (page));
  g_assert_false (gtk_widget_is_sensitive (duaal_indicator_row_get_mastery_button (duaal_competence_row_get_indicator_row (row, 0),
                                                                                 DUAAL_MASTERY_X)));
  duaal_test_ui_wait (400);
  duaal_test_ui_screenshot (GTK_WIDGET (window), "closed-period");
}

/* 360 pixels wide: the leaflet folds, the learner's page fills the
 * window and a back button returns to the list. */
static void
test_app_narrow (Fixture       *fixture,
                 gconstpointer  data)
{
  DuaalWindow *window = fixture_start_app (fixture, 360, 720);
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *back = NULL;

  g_assert_true (duaal_test_ui_wait_for (leaflet_folded, window, 5000));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 400);
  open_learner_by_click (window, "Jonas Peeters");
  fixture->page = duaal_window_get_learner_page (window);
  expand (competence_with_indicators (fixture, 1));
  collect_widgets (duaal_test_ui_find_widget (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR, NULL),
                   GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_icon_name (g_ptr_array_index (buttons, i)), "go-previous-symbolic") == 0)
      back = g_ptr_array_index (buttons, i);
  g_assert_nonnull (back);
  g_assert_true (gtk_widget_get_visible (back));
  duaal_test_ui_wait (400);
  duaal_test_ui_screenshot (GTK_WIDGET (window), "narrow");

  click (back);
  duaal_test_ui_wait (400);
  g_assert_false (gtk_widget_get_visible (back));
  duaal_test_ui_screenshot (GTK_WIDGET (window), "narrow-sidebar");
}

/* The dark style: the page and its bars redrawn for it. */
static void
test_app_dark (Fixture       *fixture,
               gconstpointer  data)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  DuaalWindow *window = fixture_start_app (fixture, 1280, 800);

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (style_manager));
  open_learner_by_click (window, "Jonas Peeters");
  fixture->page = duaal_window_get_learner_page (window);
  expand (competence_with_indicators (fixture, 1));
  duaal_test_ui_wait (400);
  duaal_test_ui_screenshot (GTK_WIDGET (window), "dark");
}

/* A broken qualification file: the dialog names the file and the line. */
static void
test_app_import_error (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_build_filename (g_test_get_dir (G_TEST_DIST), "data",
                                                      "cli-bad-not-well-formed.xml", NULL);
  DuaalWindow *window = fixture_start_app (fixture, 1000, 700);
  AdwMessageDialog *dialog;

  open_learner_by_click (window, "Jonas Peeters");
  g_assert_false (duaal_window_import_qualification (window, file, &error));
  g_assert_nonnull (error);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "cli-bad-not-well-formed.xml:"));
  duaal_test_ui_wait (400);
  duaal_test_ui_screenshot (GTK_WIDGET (dialog), "import-error");
}

static void
fixture_open_sidebar (Fixture *fixture)
{
  fixture->window = adw_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 320, 700);
  fixture->sidebar = DUAAL_SIDEBAR (duaal_sidebar_new (fixture->store));
  adw_window_set_content (ADW_WINDOW (fixture->window), GTK_WIDGET (fixture->sidebar));
  gtk_window_present (GTK_WINDOW (fixture->window));
  duaal_test_ui_wait_until_drawn (fixture->window);
}

static guint
count_learners (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) learners = duaal_store_list_learners (fixture->store, fixture->group_id, &error);

  g_assert_no_error (error);
  return learners->len;
}

static void
on_learner_selected (DuaalSidebar *sidebar,
                     gint64        learner_id,
                     gint64       *selected)
{
  *selected = learner_id;
}

/* The class group with its learners; the search filter narrows them
 * down by learner, company or trainer; selecting tells who. */
static void
test_sidebar_search (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkEditable *search;
  guint n = count_learners (fixture);
  gint64 selected = 0;

  fixture_open_sidebar (fixture);
  g_assert_nonnull (duaal_test_ui_find_widget (fixture->window, GTK_TYPE_LABEL, "Elektrische installaties duaal"));
  g_assert_cmpuint (duaal_sidebar_count_visible_learners (fixture->sidebar), ==, n);

  search = duaal_sidebar_get_search_entry (fixture->sidebar);
  gtk_editable_set_text (search, "testmans");   /* learner, company and trainer match */
  g_signal_emit_by_name (search, "search-changed");
  duaal_test_ui_process_events ();
  g_assert_cmpuint (duaal_sidebar_count_visible_learners (fixture->sidebar), ==, 1);
  gtk_editable_set_text (search, "GARAGE TEST");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (duaal_sidebar_count_visible_learners (fixture->sidebar), ==, 1);
  gtk_editable_set_text (search, "niemand heet zo");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (duaal_sidebar_count_visible_learners (fixture->sidebar), ==, 0);
  gtk_editable_set_text (search, "");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (duaal_sidebar_count_visible_learners (fixture->sidebar), ==, n);

  g_signal_connect (fixture->sidebar, "learner-selected", G_CALLBACK (on_learner_selected), &selected);
  g_assert_true (duaal_sidebar_select_learner (fixture->sidebar, fixture->learner_id));
  g_assert_cmpint (selected, ==, fixture->learner_id);
  g_assert_cmpint (duaal_sidebar_get_selected_learner (fixture->sidebar), ==, fixture->learner_id);
}

/* Adding a learner through the dialog, then removing a learner with
 * scores: the confirmation says how many scores go. */
static void
test_sidebar_learners (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint n = count_learners (fixture);
  g_autofree char *expected = NULL;
  DuaalLearnerDialog *dialog;
  AdwMessageDialog *confirm;
  guint n_scores;

  fixture_open_sidebar (fixture);
  gtk_widget_activate_action (GTK_WIDGET (fixture->sidebar), "sidebar.add-learner", "x", fixture->group_id);
  dialog = DUAAL_LEARNER_DIALOG (duaal_test_ui_find_toplevel (DUAAL_TYPE_LEARNER_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  gtk_editable_set_text (duaal_learner_dialog_get_name_entry (dialog), "Fien Nieuwe");
  gtk_editable_set_text (duaal_learner_dialog_get_company_entry (dialog), "elektro de smet BV");
  gtk_editable_set_text (duaal_learner_dialog_get_trainer_entry (dialog), "Karel De Smet");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  duaal_test_ui_screenshot (GTK_WIDGET (dialog), "learner-dialog");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  gtk_window_close (GTK_WINDOW (dialog));
  duaal_test_ui_process_events ();
  g_assert_cmpuint (count_learners (fixture), ==, n + 1);
  g_assert_nonnull (duaal_test_ui_find_widget (fixture->window, GTK_TYPE_LABEL, "Fien Nieuwe"));

  /* Editing: another company, typed as the coach knows it. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->sidebar), "sidebar.edit-learner", "x", fixture->learner_id);
  dialog = DUAAL_LEARNER_DIALOG (duaal_test_ui_find_toplevel (DUAAL_TYPE_LEARNER_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_editable_get_text (duaal_learner_dialog_get_name_entry (dialog)), ==, "Ilse Testmans");
  gtk_editable_set_text (duaal_learner_dialog_get_company_entry (dialog), "Bouwbedrijf Claeys");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  gtk_window_close (GTK_WINDOW (dialog));
  duaal_test_ui_process_events ();
  {
    g_autoptr(DuaalLearner) edited = duaal_store_get_learner (fixture->store, fixture->learner_id, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (duaal_learner_get_company_name (edited), ==, "Bouwbedrijf Claeys");
  }

  n_scores = duaal_store_count_learner_scores (fixture->store, fixture->demo_learner, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_scores, >, 1);
  gtk_widget_activate_action (GTK_WIDGET (fixture->sidebar), "sidebar.remove-learner", "x", fixture->demo_learner);
  confirm = find_message_dialog ();
  g_assert_nonnull (confirm);
  expected = g_strdup_printf ("Ook de %u scores worden verwijderd", n_scores);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (confirm), expected));
  respond (confirm, "cancel");
  g_assert_cmpuint (count_learners (fixture), ==, n + 1);

  gtk_widget_activate_action (GTK_WIDGET (fixture->sidebar), "sidebar.remove-learner", "x", fixture->demo_learner);
  confirm = find_message_dialog ();
  respond (confirm, "delete");
  g_assert_cmpuint (count_learners (fixture), ==, n);
}

/* A class list adds its learners; a broken one changes nothing and says
 * which file and line. */
static void
test_sidebar_import_class (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) good = g_file_new_build_filename (g_test_get_dir (G_TEST_DIST), "data", "cli-class.csv", NULL);
  g_autoptr(GFile) bad = g_file_new_build_filename (g_test_get_dir (G_TEST_DIST), "data", "cli-bad-class-quote.csv", NULL);
  AdwMessageDialog *dialog;
  guint n;

  fixture_open_sidebar (fixture);
  g_assert_true (duaal_sidebar_import_class_list (fixture->sidebar, fixture->group_id, good, &error));
  g_assert_no_error (error);
  n = count_learners (fixture);
  g_assert_nonnull (duaal_test_ui_find_widget (fixture->window, GTK_TYPE_LABEL, "Lotte Janssens"));

  g_assert_false (duaal_sidebar_import_class_list (fixture->sidebar, fixture->group_id, bad, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID_FILE);
  g_assert_cmpuint (count_learners (fixture), ==, n);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "cli-bad-class-quote.csv:3"));
}

/* A new class group through its dialog, then deleted: the confirmation
 * says what goes with it. */
static void
test_sidebar_groups (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  DuaalGroupDialog *dialog;
  AdwMessageDialog *confirm;
  gint64 new_group = 0;

  fixture_open_sidebar (fixture);
  gtk_widget_activate_action (GTK_WIDGET (fixture->sidebar), "sidebar.new-group", NULL);
  dialog = DUAAL_GROUP_DIALOG (duaal_test_ui_find_toplevel (DUAAL_TYPE_GROUP_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  g_assert_nonnull (duaal_group_dialog_get_qualification_dropdown (dialog));
  gtk_editable_set_text (duaal_group_dialog_get_name_entry (dialog), "6 Elektriciteit");
  duaal_test_ui_screenshot (GTK_WIDGET (dialog), "group-dialog-name");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  gtk_window_close (GTK_WINDOW (dialog));
  duaal_test_ui_process_events ();
  g_assert_nonnull (duaal_test_ui_find_widget (fixture->window, GTK_TYPE_LABEL, "6 Elektriciteit"));

  groups = duaal_store_list_groups (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (groups->len, ==, 2);
  for (guint i = 0; i < groups->len; i++)
    if (g_strcmp0 (duaal_class_group_get_name (g_ptr_array_index (groups, i)), "6 Elektriciteit") == 0)
      new_group = duaal_class_group_get_id (g_ptr_array_index (groups, i));
  g_assert_cmpint (new_group, >, 0);

  /* Renaming keeps the group (and its qualification). */
  gtk_widget_activate_action (GTK_WIDGET (fixture->sidebar), "sidebar.rename-group", "x", new_group);
  dialog = DUAAL_GROUP_DIALOG (duaal_test_ui_find_toplevel (DUAAL_TYPE_GROUP_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_null (duaal_group_dialog_get_qualification_dropdown (dialog));
  g_assert_cmpstr (gtk_editable_get_text (duaal_group_dialog_get_name_entry (dialog)), ==, "6 Elektriciteit");
  gtk_editable_set_text (duaal_group_dialog_get_name_entry (dialog), "6 Elektrotechniek");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  gtk_window_close (GTK_WINDOW (dialog));
  duaal_test_ui_process_events ();
  g_assert_nonnull (duaal_test_ui_find_widget (fixture->window, GTK_TYPE_LABEL, "6 Elektrotechniek"));
  g_assert_null (duaal_test_ui_find_widget (fixture->window, GTK_TYPE_LABEL, "6 Elektriciteit"));

  /* The demo group: its learners and their scores would go. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->sidebar), "sidebar.delete-group", "x", fixture->group_id);
  confirm = find_message_dialog ();
  g_assert_nonnull (confirm);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (confirm), "lerenden"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (confirm), "scores"));
  respond (confirm, "cancel");

  /* The empty new one goes. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->sidebar), "sidebar.delete-group", "x", new_group);
  confirm = find_message_dialog ();
  g_assert_nonnull (confirm);
  respond (confirm, "delete");
  g_clear_pointer (&groups, g_ptr_array_unref);
  groups = duaal_store_list_groups (fixture->store, &error);
  g_assert_cmpuint (groups->len, ==, 1);
  g_assert_null (duaal_test_ui_find_widget (fixture->window, GTK_TYPE_LABEL, "6 Elektrotechniek"));
}

int
main (int   argc,
      char *argv[])
{
  duaal_test_ui_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/ui/workspace/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("colour-follows-scores", test_colour_follows_scores);
  ADD ("undo", test_undo);
  ADD ("score-keeps-other-writer", test_score_keeps_other_writer);
  ADD ("keyboard", test_keyboard_scoring);
  ADD ("closed-period", test_closed_period);
  ADD ("viewer", test_viewer);
  ADD ("app/learner", test_app_learner);
  ADD ("app/narrow", test_app_narrow);
  ADD ("app/dark", test_app_dark);
  ADD ("app/import-error", test_app_import_error);
  ADD ("sidebar/search", test_sidebar_search);
  ADD ("sidebar/learners", test_sidebar_learners);
  ADD ("sidebar/import-class", test_sidebar_import_class);
  ADD ("sidebar/groups", test_sidebar_groups);
#undef ADD

  return g_test_run ();
}
