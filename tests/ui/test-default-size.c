/* test-default-size.c: every main view at the default window size and
 * at 360 pixels, in light and dark style (issue 18)
 *
 * The real application on the demo database.  At 1000 x 700 no view
 * needs to scroll sideways as a whole: the coach view shows its three
 * actors and the period picker, the overview keeps its export button
 * on screen, the attention list keeps names whole; at 360 pixels the
 * class, overview and evolution views keep their words whole and
 * scroll sideways where a table is wider than the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-attention-page.h"
#include "duaal-coach-page.h"
#include "duaal-overview-page.h"
#include "duaal-sidebar.h"
#include "duaal-test-ui.h"

typedef struct {
  char             *dir;
  gint64            group_id;
  gint64            learner_id;   /* Jonas Peeters */
  DuaalApplication *app;
  DuaalWindow      *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *database = NULL;
  g_autoptr(DuaalStore) demo = NULL;
  g_autoptr(GPtrArray) learners = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = duaal_test_ui_make_tmp_dir ();
  database = g_build_filename (fixture->dir, "duaal.db", NULL);
  demo = duaal_test_ui_make_demo_store (database, &fixture->group_id);
  learners = duaal_store_list_learners (demo, fixture->group_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < learners->len; i++)
    if (g_strcmp0 (duaal_learner_get_name (g_ptr_array_index (learners, i)), "Jonas Peeters") == 0)
      fixture->learner_id = duaal_learner_get_id (g_ptr_array_index (learners, i));
  g_assert_cmpint (fixture->learner_id, >, 0);
  g_clear_object (&demo);

  fixture->app = duaal_test_ui_start_app (database);
  fixture->window = duaal_test_ui_get_window (fixture->app);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  duaal_test_ui_stop_app (fixture->app);
  duaal_test_ui_remove_tmp_dir (fixture->dir);
  g_free (fixture->dir);
}

static void
resize (Fixture *fixture,
        int      width,
        int      height)
{
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, height);
  duaal_test_ui_wait (300);
  duaal_test_ui_wait_until_drawn (GTK_WIDGET (fixture->window));
}

/* What a click on a learner (@learner) or a group in the sidebar does,
 * then view @view. */
static void
open_view (Fixture    *fixture,
           gboolean    learner,
           const char *view)
{
  DuaalSidebar *sidebar = duaal_window_get_sidebar (fixture->window);

  if (learner)
    {
      g_assert_true (duaal_sidebar_select_learner (sidebar, fixture->learner_id));
      g_signal_emit_by_name (sidebar, "learner-activated", fixture->learner_id);
    }
  else
    {
      g_assert_true (duaal_sidebar_select_group (sidebar, fixture->group_id));
      g_signal_emit_by_name (sidebar, "group-activated", fixture->group_id);
    }
  g_assert_true (duaal_window_set_view (fixture->window, view));
  duaal_test_ui_wait (300);
  duaal_test_ui_wait_until_drawn (GTK_WIDGET (fixture->window));
}

/* The scrolled window the window keeps view @name in, if any. */
static GtkScrolledWindow *
view_scroller (Fixture    *fixture,
               const char *name)
{
  GtkWidget *page = duaal_window_get_view_page (fixture->window, name);

  for (GtkWidget *w = page; w != NULL; w = gtk_widget_get_parent (w))
    if (GTK_IS_SCROLLED_WINDOW (w))
      return GTK_SCROLLED_WINDOW (w);
  return NULL;
}

/* The view fits its width: nothing of it is out of sight sideways. */
static void
assert_fits_width (Fixture    *fixture,
                   const char *name)
{
  GtkScrolledWindow *scroller = view_scroller (fixture, name);
  GtkAdjustment *h;

  if (scroller == NULL)
    return;
  h = gtk_scrolled_window_get_hadjustment (scroller);
  g_test_message ("%s: %g wide in %g", name, gtk_adjustment_get_upper (h), gtk_adjustment_get_page_size (h));
  g_assert_cmpfloat (gtk_adjustment_get_upper (h), <=, gtk_adjustment_get_page_size (h) + 1);
}

/* @widget is on screen inside the window, whole. */
static void
assert_in_window (Fixture   *fixture,
                  GtkWidget *widget)
{
  graphene_rect_t bounds;

  g_assert_nonnull (widget);
  g_assert_true (gtk_widget_get_mapped (widget));
  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (fixture->window), &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (fixture->window)));
}

/* A label whose words are cut in the middle takes more lines than it
 * has words. */
static void
assert_words_whole (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child) && gtk_label_get_wrap (GTK_LABEL (child)))
        {
          PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (child));
          g_auto(GStrv) words = g_strsplit (gtk_label_get_text (GTK_LABEL (child)), " ", -1);

          if (pango_layout_get_line_count (layout) > (int) g_strv_length (words))
            g_error ("“%s” breaks inside its words (%d lines)", gtk_label_get_text (GTK_LABEL (child)),
                     pango_layout_get_line_count (layout));
        }
      assert_words_whole (child);
    }
}

/* Scrolled sideways, the overview table keeps its competence column at
 * the left edge: what shows there is the column, not a learner's cell
 * one can click. */
static void
assert_competences_pinned (Fixture           *fixture,
                           DuaalOverviewPage *page)
{
  DuaalOverviewView *view = duaal_overview_page_get_view (page);
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (view), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled));
  graphene_point_t left;
  double row_y = 300;

  /* Unscrolled, the first learner's cell (just right of the competence
   * column, 20 + 330 units in) toggles. */
  g_assert_cmpfloat (gtk_adjustment_get_value (h), ==, 0);
  g_assert_true (duaal_overview_view_activate_at (view, 20 + 330 + 60, row_y));
  g_assert_true (duaal_overview_view_activate_at (view, 20 + 330 + 60, row_y));   /* and back */

  g_assert_cmpfloat (gtk_adjustment_get_upper (h), >, gtk_adjustment_get_page_size (h));
  gtk_adjustment_set_value (h, gtk_adjustment_get_upper (h) - gtk_adjustment_get_page_size (h));
  duaal_test_ui_wait_until_drawn (GTK_WIDGET (fixture->window));
  g_assert_true (gtk_widget_compute_point (scrolled, GTK_WIDGET (view), &GRAPHENE_POINT_INIT (0, 0), &left));
  g_assert_cmpfloat (left.x, >, 20);
  /* Where a learner's cell lies under it, the pinned column takes the click. */
  g_assert_false (duaal_overview_view_activate_at (view, left.x + 100, row_y));
  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "default-overview-scrolled");
  gtk_adjustment_set_value (h, 0);
}

/* Scores, Coach, Overview, Class and Attention at 1000 x 700. */
static void
test_default (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWidget *coach;
  GtkWidget *overview;
  int width, height;

  resize (fixture, 1000, 700);
  gtk_window_get_default_size (GTK_WINDOW (fixture->window), &width, &height);
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 700);

  open_view (fixture, TRUE, "learner");
  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "default-scores");

  open_view (fixture, TRUE, "coach");
  coach = duaal_window_get_view_page (fixture->window, "coach");
  assert_fits_width (fixture, "coach");
  assert_in_window (fixture, duaal_test_ui_find_widget (coach, GTK_TYPE_DROP_DOWN, NULL));
  assert_in_window (fixture, duaal_test_ui_find_widget (coach, GTK_TYPE_LABEL, "Praktijkopleider"));
  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "default-coach");

  open_view (fixture, FALSE, "overview");
  overview = duaal_window_get_view_page (fixture->window, "overview");
  assert_fits_width (fixture, "overview");
  assert_in_window (fixture, duaal_test_ui_find_widget (overview, GTK_TYPE_MENU_BUTTON, NULL));
  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "default-overview");
  assert_competences_pinned (fixture, DUAAL_OVERVIEW_PAGE (overview));

  open_view (fixture, FALSE, "class");
  assert_fits_width (fixture, "class");
  assert_words_whole (duaal_window_get_view_page (fixture->window, "class"));
  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "default-class");

  open_view (fixture, FALSE, "attention");
  assert_fits_width (fixture, "attention");
  assert_words_whole (duaal_window_get_view_page (fixture->window, "attention"));
  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "default-attention");
}

/* The scrolled window in @root that scrolls only sideways. */
static GtkScrolledWindow *
find_sideways_scroller (GtkWidget *root)
{
  GtkPolicyType hpolicy, vpolicy;

  if (GTK_IS_SCROLLED_WINDOW (root))
    {
      gtk_scrolled_window_get_policy (GTK_SCROLLED_WINDOW (root), &hpolicy, &vpolicy);
      if (vpolicy == GTK_POLICY_NEVER && hpolicy != GTK_POLICY_NEVER)
        return GTK_SCROLLED_WINDOW (root);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkScrolledWindow *found = find_sideways_scroller (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static double
x_in_window (Fixture   *fixture,
             GtkWidget *widget)
{
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (fixture->window),
                                           &GRAPHENE_POINT_INIT (0, 0), &point));
  return point.x;
}

/* Scrolled sideways to the last period, the evolution's competences and
 * actors stay where they were. */
static void
assert_evolution_pinned (Fixture *fixture)
{
  GtkWidget *page = duaal_window_get_view_page (fixture->window, "evolution");
  GtkScrolledWindow *periods = find_sideways_scroller (page);
  GtkWidget *competence = duaal_test_ui_find_widget (page, GTK_TYPE_LABEL, "Competentie");
  GtkWidget *actor = duaal_test_ui_find_widget (page, GTK_TYPE_LABEL, "Praktijkopleider");
  GtkAdjustment *adjustment;
  double competence_x, actor_x;

  g_assert_nonnull (periods);
  g_assert_nonnull (competence);
  g_assert_nonnull (actor);
  adjustment = gtk_scrolled_window_get_hadjustment (periods);
  /* at 360 pixels the periods do not all fit */
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, gtk_adjustment_get_page_size (adjustment));
  competence_x = x_in_window (fixture, competence);
  actor_x = x_in_window (fixture, actor);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  duaal_test_ui_wait_until_drawn (GTK_WIDGET (fixture->window));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
  g_assert_cmpfloat (x_in_window (fixture, competence), ==, competence_x);
  g_assert_cmpfloat (x_in_window (fixture, actor), ==, actor_x);
  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "narrow-evolution-scrolled");
}

/* Class, Overview and Evolution at 360 pixels. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  resize (fixture, 360, 700);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, 400);

  open_view (fixture, FALSE, "class");
  assert_words_whole (duaal_window_get_view_page (fixture->window, "class"));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, 400);
  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "narrow-class");

  open_view (fixture, FALSE, "overview");
  assert_words_whole (duaal_window_get_view_page (fixture->window, "overview"));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, 400);
  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "narrow-overview");

  open_view (fixture, TRUE, "evolution");
  assert_words_whole (duaal_window_get_view_page (fixture->window, "evolution"));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, 400);
  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "narrow-evolution");
  assert_evolution_pinned (fixture);
}

/* The overview table in the dark style. */
static void
test_dark_overview (Fixture       *fixture,
                    gconstpointer  data)
{
  resize (fixture, 1000, 700);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  open_view (fixture, FALSE, "overview");
  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "dark-overview");
}

int
main (int   argc,
      char *argv[])
{
  duaal_test_ui_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/ui/default-size/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("default", test_default);
  ADD ("narrow", test_narrow);
  ADD ("dark-overview", test_dark_overview);
#undef ADD

  return g_test_run ();
}
