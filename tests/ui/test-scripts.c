/* test-scripts.c: chart and table text through Pango, in every script
 *
 * The demo class with its learners renamed in Arabic, Turkish, Polish
 * and Chinese: the route chart (two of them compared) and the overview
 * table draw their names with fallback fonts and shaping, in the
 * widgets' own font.  Screenshots: pango-route.png and
 * pango-overview.png in <builddir>/screenshots/.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-demo.h"
#include "duaal-overview-page.h"
#include "duaal-route-chart.h"
#include "duaal-route-page.h"
#include "duaal-route-view.h"
#include "duaal-sqlite-store.h"
#include "duaal-test-ui.h"

static const char * const names[] = {
  "محمد العلي",
  "Çağla Öztürk",
  "Łukasz Żółkiewski",
  "王小明",
};

typedef struct {
  char       *dir;
  DuaalStore *store;
  gint64      group_id;
  GPtrArray  *learners;     /* (element-type DuaalLearner) renamed, in the group's order */
  GtkWindow  *window;
} Fixture;

static void
rename_learners (Fixture *fixture)
{
  g_autoptr(GPtrArray) demo = NULL;
  g_autoptr(GError) error = NULL;

  demo = duaal_store_list_learners (fixture->store, fixture->group_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (demo->len, ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < demo->len; i++)
    {
      DuaalLearner *learner = g_ptr_array_index (demo, i);

      g_assert_true (duaal_store_update_learner (fixture->store, duaal_learner_get_id (learner), names[i],
                                                 duaal_learner_get_company_id (learner),
                                                 duaal_learner_get_trainer_name (learner), &error));
      g_assert_no_error (error);
    }
  fixture->learners = duaal_store_list_learners (fixture->store, fixture->group_id, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *database = NULL;

  fixture->dir = duaal_test_ui_make_tmp_dir ();
  database = g_build_filename (fixture->dir, "duaal.db", NULL);
  fixture->store = DUAAL_STORE (duaal_sqlite_store_open (database, &error));
  g_assert_no_error (error);
  g_assert_true (duaal_demo_load (fixture->store, &fixture->group_id, NULL, &error));
  g_assert_no_error (error);
  rename_learners (fixture);

  fixture->window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_title (fixture->window, "Duaal");
  gtk_window_set_default_size (fixture->window, 1100, 900);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  duaal_test_ui_process_events ();
  g_ptr_array_unref (fixture->learners);
  g_object_unref (fixture->store);
  duaal_test_ui_remove_tmp_dir (fixture->dir);
  g_free (fixture->dir);
}

static gint64
learner_id (Fixture *fixture,
            guint    position)
{
  return duaal_learner_get_id (g_ptr_array_index (fixture->learners, position));
}

/* The position of the learner called @name (the group lists by name). */
static guint
position_of (Fixture    *fixture,
             const char *name)
{
  for (guint i = 0; i < fixture->learners->len; i++)
    if (g_strcmp0 (duaal_learner_get_name (g_ptr_array_index (fixture->learners, i)), name) == 0)
      return i;
  g_assert_not_reached ();
}

static const char *
learner_name (Fixture *fixture,
              guint    position)
{
  return duaal_learner_get_name (g_ptr_array_index (fixture->learners, position));
}

/* Every name has a glyph for each of its letters in @widget's font
 * (with fallback): nothing would show as a box. */
static void
assert_names_render (GtkWidget *widget)
{
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, names[i]);

      g_assert_cmpint (pango_layout_get_unknown_glyphs_count (layout), ==, 0);
    }
}

static void
show (Fixture   *fixture,
      GtkWidget *page)
{
  adw_window_set_content (ADW_WINDOW (fixture->window), page);
  gtk_window_present (fixture->window);
  duaal_test_ui_wait_until_drawn (page);
}

/* The Arabic learner's route beside the Chinese learner's. */
static void
test_route (Fixture       *fixture,
            gconstpointer  data)
{
  DuaalRoutePage *page = DUAAL_ROUTE_PAGE (duaal_route_page_new (fixture->store));
  DuaalRouteView *view;
  DuaalRouteChartInfo info = { 0 };
  guint arabic = position_of (fixture, names[0]);
  guint chinese = position_of (fixture, names[3]);
  double height;

  show (fixture, GTK_WIDGET (page));
  duaal_route_page_set_learner (page, learner_id (fixture, arabic));
  g_assert_true (duaal_route_page_set_compare (page, learner_id (fixture, chinese)));
  view = duaal_route_page_get_view (page);
  duaal_test_ui_wait_until_drawn (GTK_WIDGET (view));

  g_assert_null (duaal_route_page_get_error (page));
  g_assert_cmpstr (duaal_learner_get_name (duaal_route_get_learner (duaal_route_view_get_route (view))),
                   ==, names[0]);
  g_assert_cmpstr (duaal_learner_get_name (duaal_route_get_learner (duaal_route_view_get_compare (view))),
                   ==, names[3]);
  assert_names_render (GTK_WIDGET (view));

  /* Measured in the widget's font, as drawn: nothing cut off. */
  info.font = pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (view)));
  duaal_route_chart_measure (duaal_route_view_get_route (view), duaal_route_view_get_compare (view), &info,
                             gtk_widget_get_width (GTK_WIDGET (view)), &height);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (view)), >=, (int) height);

  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "pango-route");
}

/* All four as the overview table's columns. */
static void
test_overview (Fixture       *fixture,
               gconstpointer  data)
{
  DuaalOverviewPage *page = DUAAL_OVERVIEW_PAGE (duaal_overview_page_new (fixture->store));
  DuaalOverview *shown;

  gtk_window_set_default_size (fixture->window, 1100, 960);
  show (fixture, GTK_WIDGET (page));
  duaal_overview_page_set_group (page, fixture->group_id);
  duaal_test_ui_wait_until_drawn (GTK_WIDGET (duaal_overview_page_get_view (page)));

  shown = duaal_overview_view_get_shown_overview (duaal_overview_page_get_view (page));
  g_assert_nonnull (shown);
  g_assert_cmpuint (duaal_overview_get_n_learners (shown), ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_cmpstr (duaal_overview_get_learner_name (shown, i), ==, learner_name (fixture, i));
  assert_names_render (GTK_WIDGET (duaal_overview_page_get_view (page)));

  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "pango-overview");
}

int
main (int argc, char *argv[])
{
  duaal_test_ui_init (&argc, &argv);
  g_test_add ("/scripts/route", Fixture, NULL, fixture_set_up, test_route, fixture_tear_down);
  g_test_add ("/scripts/overview", Fixture, NULL, fixture_set_up, test_overview, fixture_tear_down);
  return g_test_run ();
}
