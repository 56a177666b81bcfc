/* test-live.c: every view follows the store (SPEC section 12), and the
 * Scores and Route views show a learner or a trainer only what SPEC
 * section 6 lets them see (issue 13)
 *
 * Each view is shown, scrolled half-way down and given the focus; then
 * a score is written, once through the window's own store and once by a
 * `duaal-cli score` process on the same file.  The view must show the
 * new score by itself, still scrolled where it was, the focus where it
 * was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "duaal-attention.h"
#include "duaal-attention-page.h"
#include "duaal-class-page.h"
#include "duaal-coach-page.h"
#include "duaal-demo.h"
#include "duaal-evolution-page.h"
#include "duaal-learner-page.h"
#include "duaal-live-view-private.h"
#include "duaal-overview-page.h"
#include "duaal-route-page.h"
#include "duaal-sidebar-private.h"
#include "duaal-sqlite-store.h"
#include "duaal-test-ui.h"
#include "duaal-tooltip.h"

/* A change notice of another process arrives within a second; this is
 * only how long to wait before calling it lost. */
#define NOTICE_TIMEOUT_MS 10000

typedef struct {
  char             *dir;
  char             *database;
  gint64            group_id;
  gint64            learner_id;    /* Jonas Peeters */
  DuaalApplication *app;
  DuaalWindow      *window;
} Fixture;

typedef void (*Writer) (Fixture                *fixture,
                        gint64                  learner_id,
                        const char             *indicator_id,
                        DuaalActor              actor,
                        const DuaalScoreChange *change);

/* ---- fixture ---- */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalStore) store = NULL;
  g_autoptr(GPtrArray) learners = NULL;

  fixture->dir = duaal_test_ui_make_tmp_dir ();
  fixture->database = g_build_filename (fixture->dir, "duaal.db", NULL);
  store = duaal_test_ui_make_demo_store (fixture->database, &fixture->group_id);
  learners = duaal_store_list_learners (store, fixture->group_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < learners->len; i++)
    if (g_str_equal (duaal_learner_get_name (g_ptr_array_index (learners, i)), "Jonas Peeters"))
      fixture->learner_id = duaal_learner_get_id (g_ptr_array_index (learners, i));
  g_assert_cmpint (fixture->learner_id, >, 0);
  g_clear_object (&store);

  /* Low enough that every view scrolls. */
  fixture->app = duaal_test_ui_start_app (fixture->database);
  fixture->window = duaal_test_ui_get_window (fixture->app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 560);
  duaal_test_ui_wait (200);
  duaal_test_ui_wait_until_drawn (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->app, duaal_test_ui_stop_app);
  duaal_test_ui_remove_tmp_dir (fixture->dir);
  g_free (fixture->database);
  g_free (fixture->dir);
}

static DuaalStore *
store_of (Fixture *fixture)
{
  return duaal_window_get_store (fixture->window);
}

/* ---- writers: this window's store, or another process ---- */

static void
write_through_store (Fixture                *fixture,
                     gint64                  learner_id,
                     const char             *indicator_id,
                     DuaalActor              actor,
                     const DuaalScoreChange *change)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (duaal_store_record_change (store_of (fixture), learner_id, indicator_id, actor,
                                              change, NULL, &error), >, 0);
  g_assert_no_error (error);
}

static void
write_by_cli (Fixture                *fixture,
              gint64                  learner_id,
              const char             *indicator_id,
              DuaalActor              actor,
              const DuaalScoreChange *change)
{
  g_autofree char *cli = g_build_filename (g_getenv ("DUAAL_BUILD_ROOT"), "src", "cli", "duaal-cli", NULL);
  g_autofree char *learner = g_strdup_printf ("%" G_GINT64_FORMAT, learner_id);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_strv_builder_add_many (builder, cli, "--db", fixture->database, "score", learner, indicator_id,
                           "--actor", duaal_actor_to_string (actor), NULL);
  if (change->fields & DUAAL_SCORE_FIELD_MASTERY)
    g_strv_builder_add_many (builder, "--mastery",
                             change->mastery == DUAAL_MASTERY_NONE ? "none" : duaal_mastery_to_string (change->mastery),
                             NULL);
  if (change->fields & DUAAL_SCORE_FIELD_COVERAGE)
    g_strv_builder_add_many (builder, "--coverage", duaal_coverage_to_string (change->coverage), NULL);
  argv = g_strv_builder_end (builder);

  g_assert_true (g_spawn_sync (NULL, argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("duaal-cli score failed: %s", err);
}

static const Writer by_store = write_through_store;
static const Writer by_cli = write_by_cli;

static void
write_mastery (Fixture      *fixture,
               Writer        writer,
               gint64        learner_id,
               const char   *indicator_id,
               DuaalActor    actor,
               DuaalMastery  mastery)
{
  DuaalScoreChange change = { .fields = DUAAL_SCORE_FIELD_MASTERY, .mastery = mastery };

  writer (fixture, learner_id, indicator_id, actor, &change);
}

/* ---- what the user has: scroll and focus ---- */

static GtkAdjustment *
find_vertical_scroll (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkAdjustment *found;

      if (GTK_IS_SCROLLED_WINDOW (child))
        {
          GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (child));

          if (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment) > 40)
            return adjustment;
        }
      if ((found = find_vertical_scroll (child)) != NULL)
        return found;
    }
  return NULL;
}

typedef struct {
  GtkWidget     *page;
  GtkAdjustment *scroll;
  double         value;
  char          *focus_key;     /* when the focused widget is rebuilt */
  GtkWidget     *focus;         /* when it stays */
} UserState;

static GtkWidget *
focus_of (Fixture *fixture)
{
  return gtk_root_get_focus (GTK_ROOT (fixture->window));
}

/* Focus @focus first (that scrolls to it), then scroll half-way. */
static void
user_state_take (UserState *state,
                 Fixture   *fixture,
                 GtkWidget *page,
                 GtkWidget *focus)
{
  state->page = page;
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_grab_focus (focus));
  duaal_test_ui_wait_until_drawn (page);
  state->scroll = find_vertical_scroll (page);
  g_assert_nonnull (state->scroll);
  gtk_adjustment_set_value (state->scroll,
                            (gtk_adjustment_get_upper (state->scroll) - gtk_adjustment_get_page_size (state->scroll)) / 2);
  duaal_test_ui_wait_until_drawn (page);
  state->value = gtk_adjustment_get_value (state->scroll);
  g_assert_cmpfloat (state->value, >, 0);
  state->focus = focus_of (fixture);
  g_assert_true (state->focus != NULL && gtk_widget_is_ancestor (state->focus, page));
  state->focus_key = g_strdup (duaal_live_view_get_key (page, state->focus));
}

static void
user_state_assert_kept (UserState *state,
                        Fixture   *fixture)
{
  GtkWidget *focus;

  duaal_test_ui_wait_until_drawn (state->page);
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (state->scroll), state->value, 0.5);
  focus = focus_of (fixture);
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, state->page));
  if (state->focus_key != NULL)
    g_assert_cmpstr (duaal_live_view_get_key (state->page, focus), ==, state->focus_key);
  else
    g_assert_true (focus == state->focus);
  g_clear_pointer (&state->focus_key, g_free);
}

/* ---- the data ---- */

static DuaalStatus *
learner_status (Fixture *fixture,
                gint64   learner_id)
{
  g_autoptr(GError) error = NULL;
  DuaalStatus *status = duaal_store_load_learner_status (store_of (fixture), learner_id, 0, &error);

  g_assert_no_error (error);
  return status;
}

static char *
indicator_of (Fixture    *fixture,
              const char *competence_id,
              guint       index)
{
  g_autoptr(DuaalStatus) status = learner_status (fixture, fixture->learner_id);
  DuaalCompetence *competence = duaal_qualification_find_competence (duaal_status_get_qualification (status),
                                                                     competence_id);

  g_assert_nonnull (competence);
  return g_strdup (duaal_indicator_get_id (duaal_competence_get_indicator (competence, index)));
}

static DuaalMastery
mastery_of (DuaalStatus *status,
            gint64       learner_id,
            const char  *indicator_id,
            DuaalActor   actor)
{
  const DuaalCell *cell = status != NULL ? duaal_status_get_cell (status, learner_id, indicator_id, actor) : NULL;

  return cell != NULL ? cell->mastery : DUAAL_MASTERY_NONE;
}

/* Something else than what @actor has now. */
static DuaalMastery
other_mastery (Fixture    *fixture,
               const char *indicator_id,
               DuaalActor  actor)
{
  g_autoptr(DuaalStatus) status = learner_status (fixture, fixture->learner_id);

  return mastery_of (status, fixture->learner_id, indicator_id, actor) == DUAAL_MASTERY_V
         ? DUAAL_MASTERY_X : DUAAL_MASTERY_V;
}

static GtkWidget *
show_view (Fixture    *fixture,
           gboolean    of_group,
           const char *name)
{
  DuaalSidebar *sidebar = duaal_window_get_sidebar (fixture->window);
  GtkWidget *page;

  if (of_group)
    g_assert_true (duaal_sidebar_select_group (sidebar, fixture->group_id));
  else
    g_assert_true (duaal_sidebar_select_learner (sidebar, fixture->learner_id));
  duaal_test_ui_process_events ();
  g_assert_true (duaal_window_set_view (fixture->window, name));
  page = duaal_window_get_view_page (fixture->window, name);
  duaal_test_ui_wait_until_drawn (page);
  return page;
}

/* ---- Scores ---- */

typedef struct {
  DuaalLearnerPage *page;
  const char       *indicator_id;
  DuaalMastery      mastery;
} ScoresShows;

static gboolean
scores_shows (gpointer user_data)
{
  ScoresShows *shows = user_data;
  DuaalIndicatorRow *row = duaal_learner_page_find_indicator_row (shows->page, shows->indicator_id);

  return row != NULL && duaal_indicator_row_get_mastery (row) == shows->mastery;
}

static void
test_scores_follow (Fixture       *fixture,
                    gconstpointer  data)
{
  Writer writer = *(const Writer *) data;
  DuaalLearnerPage *page = DUAAL_LEARNER_PAGE (show_view (fixture, FALSE, "learner"));
  g_autofree char *indicator_id = indicator_of (fixture, "c07", 6);
  ScoresShows shows = { page, indicator_id, other_mastery (fixture, indicator_id, DUAAL_ACTOR_TEACHER) };
  g_autofree char *key = g_strconcat ("indicator:", indicator_id, NULL);
  UserState state = { 0 };
  GtkWidget *entry;

  g_assert_cmpint (duaal_learner_page_get_scoring_actor (page), ==, DUAAL_ACTOR_TEACHER);
  for (const char *const *id = (const char *const[]) { "c01", "c03", "c07", NULL }; *id != NULL; id++)
    duaal_competence_row_set_expanded (duaal_learner_page_find_competence_row (page, *id), TRUE);
  /* The teacher is typing a comment on the indicator when the mastery
   * comes in from elsewhere. */
  entry = duaal_indicator_row_get_comment_entry (duaal_learner_page_find_indicator_row (page, indicator_id));
  user_state_take (&state, fixture, GTK_WIDGET (page), entry);
  g_assert_cmpstr (state.focus_key, ==, key);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Nog te bespreken");
  g_assert_false (scores_shows (&shows));

  write_mastery (fixture, writer, fixture->learner_id, indicator_id, DUAAL_ACTOR_TEACHER, shows.mastery);
  g_assert_true (duaal_test_ui_wait_for (scores_shows, &shows, NOTICE_TIMEOUT_MS));
  user_state_assert_kept (&state, fixture);
  g_assert_true (duaal_competence_row_get_expanded (duaal_learner_page_find_competence_row (page, "c07")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Nog te bespreken");
}

/* ---- Coach and Class: a status shown as a table ---- */

typedef DuaalStatus *(*StatusGetter) (GtkWidget *page);

static DuaalStatus *
coach_status (GtkWidget *page)
{
  return duaal_coach_page_get_status (DUAAL_COACH_PAGE (page));
}

static DuaalStatus *
class_status (GtkWidget *page)
{
  return duaal_class_page_get_status (DUAAL_CLASS_PAGE (page));
}

/* A view, the score written, and the widget focused: its key, or (NULL)
 * the first dropdown. */
typedef struct {
  const Writer *writer;
  const char   *view;
  gboolean      of_group;
  StatusGetter  get_status;
  const char   *competence_id;
  guint         indicator;
  DuaalActor    actor;
  const char   *focus_key;
} TableCase;

typedef struct {
  GtkWidget    *page;
  StatusGetter  get_status;
  gint64        learner_id;
  const char   *indicator_id;
  DuaalActor    actor;
  DuaalMastery  mastery;
} TableShows;

static gboolean
table_shows (gpointer user_data)
{
  TableShows *shows = user_data;

  return mastery_of (shows->get_status (shows->page), shows->learner_id, shows->indicator_id,
                     shows->actor) == shows->mastery;
}

static void
test_table_follows (Fixture       *fixture,
                    gconstpointer  data)
{
  const TableCase *table = data;
  GtkWidget *page = show_view (fixture, table->of_group, table->view);
  g_autofree char *indicator_id = indicator_of (fixture, table->competence_id, table->indicator);
  TableShows shows = { page, table->get_status, fixture->learner_id, indicator_id, table->actor,
                       other_mastery (fixture, indicator_id, table->actor) };
  UserState state = { 0 };

  user_state_take (&state, fixture, page,
                   table->focus_key != NULL ? duaal_live_view_find_key (page, table->focus_key)
                                            : duaal_test_ui_find_widget (page, GTK_TYPE_DROP_DOWN, NULL));
  g_assert_cmpstr (state.focus_key, ==, table->focus_key);
  g_assert_false (table_shows (&shows));

  write_mastery (fixture, *table->writer, fixture->learner_id, indicator_id, table->actor, shows.mastery);
  g_assert_true (duaal_test_ui_wait_for (table_shows, &shows, NOTICE_TIMEOUT_MS));
  user_state_assert_kept (&state, fixture);
}

static const TableCase coach_by_store = { &by_store, "coach", FALSE, coach_status, "c02", 0, DUAAL_ACTOR_TRAINER, "c06" };
static const TableCase coach_by_cli = { &by_cli, "coach", FALSE, coach_status, "c02", 0, DUAAL_ACTOR_TRAINER, "c06" };
static const TableCase class_by_store = { &by_store, "class", TRUE, class_status, "c04", 1, DUAAL_ACTOR_TEACHER, NULL };
static const TableCase class_by_cli = { &by_cli, "class", TRUE, class_status, "c04", 1, DUAAL_ACTOR_TEACHER, NULL };

/* ---- Overview: the trainer's coverage is the actual mode ---- */

/* What a view shows of one learner's competence. */
typedef struct {
  GtkWidget  *page;
  gint64      learner_id;
  const char *competence_id;
} CompetenceShows;

static gboolean
overview_shows (gpointer user_data)
{
  CompetenceShows *shows = user_data;
  DuaalOverview *overview = duaal_overview_page_get_overview (DUAAL_OVERVIEW_PAGE (shows->page));

  for (guint l = 0; overview != NULL && l < duaal_overview_get_n_learners (overview); l++)
    if (duaal_overview_get_learner_id (overview, l) == shows->learner_id)
      return duaal_overview_get_actual (overview, l, duaal_overview_find_competence (overview, shows->competence_id));
  return FALSE;
}

static void
test_overview_follows (Fixture       *fixture,
                       gconstpointer  data)
{
  Writer writer = *(const Writer *) data;
  DuaalOverviewPage *page = DUAAL_OVERVIEW_PAGE (show_view (fixture, TRUE, "overview"));
  DuaalOverview *overview = duaal_overview_page_get_overview (page);
  CompetenceShows shows = { GTK_WIDGET (page), fixture->learner_id, NULL };
  DuaalScoreChange covered = { .fields = DUAAL_SCORE_FIELD_COVERAGE, .coverage = DUAAL_COVERAGE_S };
  g_autofree char *indicator_id = NULL;
  UserState state = { 0 };

  /* A competence the trainer has not seen come up yet. */
  for (guint c = 0; shows.competence_id == NULL && c < duaal_overview_get_n_competences (overview); c++)
    {
      shows.competence_id = duaal_overview_get_competence_id (overview, c);
      if (overview_shows (&shows))
        shows.competence_id = NULL;
    }
  g_assert_nonnull (shows.competence_id);
  shows.competence_id = g_intern_string (shows.competence_id);
  indicator_id = indicator_of (fixture, shows.competence_id, 0);
  user_state_take (&state, fixture, GTK_WIDGET (page), GTK_WIDGET (duaal_overview_page_get_view (page)));

  writer (fixture, fixture->learner_id, indicator_id, DUAAL_ACTOR_TRAINER, &covered);
  g_assert_true (duaal_test_ui_wait_for (overview_shows, &shows, NOTICE_TIMEOUT_MS));
  user_state_assert_kept (&state, fixture);
}

/* ---- Attention: an indicator scored X and V, agreed upon ---- */

typedef struct {
  DuaalAttentionPage *page;
  gint64              learner_id;
  const char         *competence_id;
  const char         *indicator_id;
} AttentionShows;

static gboolean
attention_lists_indicator (gpointer user_data)
{
  AttentionShows *shows = user_data;
  GPtrArray *items = duaal_attention_page_get_items (shows->page);

  for (guint i = 0; i < items->len; i++)
    {
      DuaalAttentionItem *item = g_ptr_array_index (items, i);

      if (item->learner_id == shows->learner_id && g_str_equal (item->competence_id, shows->competence_id))
        return g_ptr_array_find_with_equal_func (item->indicators, shows->indicator_id, g_str_equal, NULL);
    }
  return FALSE;
}

static gboolean
attention_agreed (gpointer user_data)
{
  return !attention_lists_indicator (user_data);
}

static void
test_attention_follows (Fixture       *fixture,
                        gconstpointer  data)
{
  Writer writer = *(const Writer *) data;
  DuaalAttentionPage *page = DUAAL_ATTENTION_PAGE (show_view (fixture, TRUE, "attention"));
  GPtrArray *items = duaal_attention_page_get_items (page);
  AttentionShows shows = { page, 0, NULL, NULL };
  DuaalAttentionItem *focused = NULL;
  g_autoptr(DuaalStatus) status = NULL;
  g_autofree char *focus_key = NULL;
  UserState state = { 0 };

  /* The first item with an indicator scored X by one and V by another;
   * the focus on the last row, which stays. */
  for (guint i = 0; shows.indicator_id == NULL && i < items->len; i++)
    {
      DuaalAttentionItem *item = g_ptr_array_index (items, i);

      if (item->indicators->len == 0)
        continue;
      shows.learner_id = item->learner_id;
      shows.competence_id = g_intern_string (item->competence_id);
      shows.indicator_id = g_intern_string (g_ptr_array_index (item->indicators, 0));
    }
  g_assert_nonnull (shows.indicator_id);
  g_assert_cmpuint (items->len, >, 2);
  focused = g_ptr_array_index (items, items->len - 1);
  g_assert_false (focused->learner_id == shows.learner_id && g_str_equal (focused->competence_id, shows.competence_id));
  focus_key = g_strdup_printf ("%" G_GINT64_FORMAT "/%s", focused->learner_id, focused->competence_id);
  user_state_take (&state, fixture, GTK_WIDGET (page), duaal_live_view_find_key (GTK_WIDGET (page), focus_key));
  g_assert_cmpstr (state.focus_key, ==, focus_key);

  /* Whoever said X now says V too. */
  status = learner_status (fixture, shows.learner_id);
  for (DuaalActor a = 0; a < DUAAL_N_ACTORS; a++)
    if (mastery_of (status, shows.learner_id, shows.indicator_id, a) == DUAAL_MASTERY_X)
      write_mastery (fixture, writer, shows.learner_id, shows.indicator_id, a, DUAAL_MASTERY_V);
  g_assert_true (duaal_test_ui_wait_for (attention_agreed, &shows, NOTICE_TIMEOUT_MS));
  user_state_assert_kept (&state, fixture);
}

/* ---- Route: the trainer's coverage moves an indicator ---- */

typedef struct {
  DuaalRoutePage *page;
  const char     *competence_id;
  guint           counts[DUAAL_N_ROUTE_PARTS];
} RouteShows;

static gboolean
route_shows (gpointer user_data)
{
  RouteShows *shows = user_data;
  DuaalRoute *route = duaal_route_view_get_route (duaal_route_page_get_view (shows->page));
  const DuaalRouteRow *row = route != NULL ? duaal_route_find_row (route, shows->competence_id) : NULL;

  return row != NULL && memcmp (row->counts, shows->counts, sizeof shows->counts) == 0;
}

static void
test_route_follows (Fixture       *fixture,
                    gconstpointer  data)
{
  Writer writer = *(const Writer *) data;
  RouteShows shows = { DUAAL_ROUTE_PAGE (show_view (fixture, FALSE, "route")), "c03", { 0 } };
  g_autofree char *indicator_id = indicator_of (fixture, shows.competence_id, 0);
  g_autoptr(DuaalStatus) before = learner_status (fixture, fixture->learner_id);
  const DuaalCell *cell = duaal_status_get_cell (before, fixture->learner_id, indicator_id, DUAAL_ACTOR_TRAINER);
  gboolean covered = cell != NULL && cell->coverage != DUAAL_COVERAGE_N;
  DuaalScoreChange change = { .fields = DUAAL_SCORE_FIELD_COVERAGE,
                              .coverage = covered ? DUAAL_COVERAGE_N : DUAAL_COVERAGE_S };
  g_autoptr(DuaalStatus) after = NULL;
  g_autoptr(DuaalRoute) expected = NULL;
  g_autoptr(GError) error = NULL;

  writer (fixture, fixture->learner_id, indicator_id, DUAAL_ACTOR_TRAINER, &change);
  after = learner_status (fixture, fixture->learner_id);
  expected = duaal_route_new_from_status (after, fixture->learner_id, &error);
  g_assert_no_error (error);
  memcpy (shows.counts, duaal_route_find_row (expected, shows.competence_id)->counts, sizeof shows.counts);
  g_assert_false (route_shows (&shows));
  g_assert_true (duaal_test_ui_wait_for (route_shows, &shows, NOTICE_TIMEOUT_MS));
}

/* ---- Evolution: the column of now ---- */

static gboolean
evolution_shows_red (gpointer user_data)
{
  CompetenceShows *shows = user_data;
  DuaalEvolutionPage *page = DUAAL_EVOLUTION_PAGE (shows->page);
  GArray *periods = duaal_evolution_page_get_periods (page);

  return periods->len > 0 &&
         duaal_evolution_page_get_colour (page, shows->competence_id, DUAAL_ACTOR_TEACHER,
                                          periods->len - 1) == DUAAL_COLOUR_RED;
}

/* The teacher marks every indicator of a competence not mastered: its
 * colour of now turns red. */
static void
test_evolution_follows (Fixture       *fixture,
                        gconstpointer  data)
{
  CompetenceShows shows = { show_view (fixture, FALSE, "evolution"), fixture->learner_id, "c01" };
  g_autoptr(DuaalStatus) status = learner_status (fixture, fixture->learner_id);
  DuaalCompetence *competence = duaal_qualification_find_competence (duaal_status_get_qualification (status),
                                                                     shows.competence_id);

  g_assert_false (evolution_shows_red (&shows));
  for (guint i = 0; i < duaal_competence_get_n_indicators (competence); i++)
    write_mastery (fixture, by_store, fixture->learner_id,
                   duaal_indicator_get_id (duaal_competence_get_indicator (competence, i)),
                   DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_X);
  g_assert_true (duaal_test_ui_wait_for (evolution_shows_red, &shows, NOTICE_TIMEOUT_MS));
}

/* ---- a burst: one update; a hidden view catches up when shown ---- */

static void
count_update (GtkWidget *view)
{
  guint *count = g_object_get_data (G_OBJECT (view), "updates");

  (*count)++;
}

/* Many notices of one transaction, or many writes in a row, reach a view
 * as one update in the next main-loop iteration. */
static void
test_burst_is_one_update (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(DuaalChange) change = duaal_change_new (DUAAL_CHANGE_SCORE, fixture->group_id, fixture->learner_id);
  g_autoptr(GtkWidget) view = g_object_ref_sink (gtk_label_new (NULL));
  guint updates = 0;

  g_object_set_data (G_OBJECT (view), "updates", &updates);
  duaal_live_view_follow (view, store_of (fixture), count_update);
  duaal_live_view_set_subject (view, fixture->group_id, 0);
  for (guint i = 0; i < 200; i++)
    duaal_store_emit_changed (store_of (fixture), change);
  g_assert_cmpuint (updates, ==, 0);
  duaal_test_ui_process_events ();
  g_assert_cmpuint (updates, ==, 1);
  duaal_test_ui_process_events ();
  g_assert_cmpuint (updates, ==, 1);
}

static void
test_hidden_view_catches_up (Fixture       *fixture,
                             gconstpointer  data)
{
  DuaalClassPage *page = DUAAL_CLASS_PAGE (show_view (fixture, TRUE, "class"));
  g_autofree char *indicator_id = indicator_of (fixture, "c04", 1);
  DuaalMastery mastery = other_mastery (fixture, indicator_id, DUAAL_ACTOR_TEACHER);
  DuaalStatus *before;

  g_assert_true (duaal_window_set_view (fixture->window, "overview"));
  duaal_test_ui_process_events ();
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (page)));
  before = duaal_class_page_get_status (page);
  write_mastery (fixture, by_store, fixture->learner_id, indicator_id, DUAAL_ACTOR_TEACHER, mastery);
  duaal_test_ui_process_events ();
  /* Nobody looks: nothing is read. */
  g_assert_true (duaal_class_page_get_status (page) == before);

  g_assert_true (duaal_window_set_view (fixture->window, "class"));
  duaal_test_ui_process_events ();
  g_assert_cmpint (mastery_of (duaal_class_page_get_status (page), fixture->learner_id, indicator_id,
                               DUAAL_ACTOR_TEACHER), ==, mastery);
}

/* ---- who sees what (SPEC section 6) ---- */

static void
collect_text (GtkWidget *widget,
              GString   *text)
{
  const char *tooltip = duaal_widget_get_tooltip (widget);

  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  if (GTK_IS_EDITABLE (widget))
    g_string_append_printf (text, "%s\n", gtk_editable_get_text (GTK_EDITABLE (widget)));
  if (tooltip != NULL)
    g_string_append_printf (text, "%s\n", tooltip);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, text);
}

static char *
page_text (GtkWidget *page)
{
  GString *text = g_string_new (NULL);

  collect_text (page, text);
  return g_string_free (text, FALSE);
}

/* The demo's comments on Jonas's c07, one per actor. */
#define LEARNER_COMMENT "Op de werf trek ik alle leidingen zelf."
#define TEACHER_COMMENT "Buigradius niet gerespecteerd"
#define TRAINER_COMMENT "Werkt zelfstandig, controleer nog de diameters."

static gboolean
others_shown (DuaalLearnerPage *page)
{
  for (guint c = 0; c < 20; c++)
    {
      g_autofree char *id = g_strdup_printf ("c%02u", c + 1);
      DuaalCompetenceRow *row = duaal_learner_page_find_competence_row (page, id);

      for (guint i = 0; row != NULL && i < duaal_competence_row_get_n_indicators (row); i++)
        {
          const char *others = duaal_indicator_row_get_others_text (duaal_competence_row_get_indicator_row (row, i));

          if (others != NULL && *others != '\0')
            return TRUE;
        }
    }
  return FALSE;
}

static void
test_scores_viewers (Fixture       *fixture,
                     gconstpointer  data)
{
  DuaalLearnerPage *page = DUAAL_LEARNER_PAGE (show_view (fixture, FALSE, "learner"));
  g_autofree char *as_coach = NULL;
  g_autofree char *as_learner = NULL;
  g_autofree char *as_trainer = NULL;

  duaal_competence_row_set_expanded (duaal_learner_page_find_competence_row (page, "c07"), TRUE);
  as_coach = page_text (GTK_WIDGET (page));
  /* What the coach sees is there to leak: the test can fail. */
  g_assert_nonnull (strstr (as_coach, TEACHER_COMMENT));
  g_assert_nonnull (strstr (as_coach, TRAINER_COMMENT));
  g_assert_nonnull (strstr (as_coach, LEARNER_COMMENT));
  g_assert_true (others_shown (page));

  /* A learner: their own scores and comments, nobody else's indicator
   * scores or comments. */
  duaal_learner_page_set_viewer (page, DUAAL_VIEWER_LEARNER);
  duaal_test_ui_process_events ();
  as_learner = page_text (GTK_WIDGET (page));
  g_assert_nonnull (strstr (as_learner, LEARNER_COMMENT));
  g_assert_null (strstr (as_learner, TEACHER_COMMENT));
  g_assert_null (strstr (as_learner, TRAINER_COMMENT));
  g_assert_false (others_shown (page));
  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "scores-as-learner");

  /* A trainer: the learner's and teacher's indicator scores, no comment
   * but their own. */
  duaal_learner_page_set_viewer (page, DUAAL_VIEWER_TRAINER);
  duaal_test_ui_process_events ();
  as_trainer = page_text (GTK_WIDGET (page));
  g_assert_nonnull (strstr (as_trainer, TRAINER_COMMENT));
  g_assert_null (strstr (as_trainer, TEACHER_COMMENT));
  g_assert_null (strstr (as_trainer, LEARNER_COMMENT));
  g_assert_true (others_shown (page));
}

static void
collect_dropdowns (GtkWidget *widget,
                   GPtrArray *dropdowns)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_DROP_DOWN (child))
        g_ptr_array_add (dropdowns, child);
      collect_dropdowns (child, dropdowns);
    }
}

/* The second dropdown is "Compare with", after "Period". */
static guint
compare_choices (DuaalRoutePage *page)
{
  g_autoptr(GPtrArray) dropdowns = g_ptr_array_new ();

  collect_dropdowns (GTK_WIDGET (page), dropdowns);
  g_assert_cmpuint (dropdowns->len, ==, 2);
  return g_list_model_get_n_items (gtk_drop_down_get_model (g_ptr_array_index (dropdowns, 1)));
}

static void
test_route_viewers (Fixture       *fixture,
                    gconstpointer  data)
{
  DuaalLearnerPage *scores = DUAAL_LEARNER_PAGE (show_view (fixture, FALSE, "learner"));
  g_autoptr(GPtrArray) learners = NULL;
  g_autoptr(GError) error = NULL;
  DuaalRoutePage *page;
  DuaalRoute *as_coach, *as_learner;
  g_autoptr(DuaalRoute) coach_route = NULL;

  page = DUAAL_ROUTE_PAGE (show_view (fixture, FALSE, "route"));
  as_coach = duaal_route_view_get_route (duaal_route_page_get_view (page));
  g_assert_nonnull (as_coach);
  coach_route = g_object_ref (as_coach);
  /* The coach compares with every other learner of the group. */
  g_assert_cmpuint (compare_choices (page), ==, 4);

  /* A learner may not see the teacher's and trainer's indicator scores
   * a route is made of, but sees the route itself, a summary like the
   * colours: the same counts as the coach's, from a filtered status. */
  g_assert_true (duaal_window_set_view (fixture->window, "learner"));
  duaal_learner_page_set_viewer (scores, DUAAL_VIEWER_LEARNER);
  page = DUAAL_ROUTE_PAGE (show_view (fixture, FALSE, "route"));
  g_assert_cmpint (duaal_route_page_get_viewer (page), ==, DUAAL_VIEWER_LEARNER);
  as_learner = duaal_route_view_get_route (duaal_route_page_get_view (page));
  g_assert_nonnull (as_learner);
  g_assert_cmpuint (duaal_route_get_n_rows (as_learner), ==, duaal_route_get_n_rows (coach_route));
  for (guint r = 0; r < duaal_route_get_n_rows (coach_route); r++)
    for (guint part = 0; part < DUAAL_N_ROUTE_PARTS; part++)
      g_assert_cmpuint (duaal_route_get_row (as_learner, r)->counts[part], ==,
                        duaal_route_get_row (coach_route, r)->counts[part]);
  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "route-as-learner");

  /* A trainer sees their own learner's route, and compares only with
   * learners they train (every demo learner has another trainer). */
  g_assert_true (duaal_window_set_view (fixture->window, "learner"));
  duaal_learner_page_set_viewer (scores, DUAAL_VIEWER_TRAINER);
  page = DUAAL_ROUTE_PAGE (show_view (fixture, FALSE, "route"));
  g_assert_cmpint (duaal_route_page_get_viewer (page), ==, DUAAL_VIEWER_TRAINER);
  g_assert_nonnull (duaal_route_view_get_route (duaal_route_page_get_view (page)));
  g_assert_cmpuint (compare_choices (page), ==, 1);
  learners = duaal_store_list_learners (store_of (fixture), fixture->group_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < learners->len; i++)
    g_assert_false (duaal_route_page_set_compare (page, duaal_learner_get_id (g_ptr_array_index (learners, i))));
}

int
main (int   argc,
      char *argv[])
{
  duaal_test_ui_init (&argc, &argv);

#define ADD(path, data, func) g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/live/scores/store", &by_store, test_scores_follow);
  ADD ("/ui/live/scores/cli", &by_cli, test_scores_follow);
  ADD ("/ui/live/coach/store", &coach_by_store, test_table_follows);
  ADD ("/ui/live/coach/cli", &coach_by_cli, test_table_follows);
  ADD ("/ui/live/class/store", &class_by_store, test_table_follows);
  ADD ("/ui/live/class/cli", &class_by_cli, test_table_follows);
  ADD ("/ui/live/overview/store", &by_store, test_overview_follows);
  ADD ("/ui/live/overview/cli", &by_cli, test_overview_follows);
  ADD ("/ui/live/attention/store", &by_store, test_attention_follows);
  ADD ("/ui/live/attention/cli", &by_cli, test_attention_follows);
  ADD ("/ui/live/route/store", &by_store, test_route_follows);
  ADD ("/ui/live/route/cli", &by_cli, test_route_follows);
  ADD ("/ui/live/evolution/store", NULL, test_evolution_follows);
  ADD ("/ui/live/burst", NULL, test_burst_is_one_update);
  ADD ("/ui/live/hidden", NULL, test_hidden_view_catches_up);
  ADD ("/ui/viewers/scores", NULL, test_scores_viewers);
  ADD ("/ui/viewers/route", NULL, test_route_viewers);
#undef ADD

  return g_test_run ();
}
