/* test-coach.c: the coach's pages on the demo (issue 5)
 *
 * Each page in a window of its own on a temporary database with the
 * demo loaded, checked against what the core computes from the same
 * database, and photographed in Dutch: coach.png, coach-indicators.png,
 * evolution.png, class.png and attention.png in <builddir>/screenshots/.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-attention.h"
#include "duaal-attention-count.h"
#include "duaal-attention-page.h"
#include "duaal-class-page.h"
#include "duaal-coach-page.h"
#include "duaal-colour-bar.h"
#include "duaal-colour-chip.h"
#include "duaal-demo.h"
#include "duaal-evolution-page.h"
#include "duaal-sqlite-store.h"
#include "duaal-test-ui.h"

typedef struct {
  char             *dir;
  DuaalSqliteStore *sqlite;
  DuaalStore       *store;
  gint64            group;
  GtkWidget        *window;
  DuaalStatus      *status;     /* the demo group now; owns the ids in expected */
  GPtrArray        *expected;   /* the core's attention list of the demo, now */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = duaal_test_ui_make_tmp_dir ();
  path = g_build_filename (f->dir, "duaal.db", NULL);
  f->sqlite = duaal_sqlite_store_open (path, &error);
  g_assert_no_error (error);
  f->store = DUAAL_STORE (f->sqlite);
  g_assert_true (duaal_demo_load (f->store, &f->group, NULL, &error));
  g_assert_no_error (error);
  f->status = duaal_store_load_group_status (f->store, f->group, 0, &error);
  g_assert_no_error (error);
  f->expected = duaal_attention_collect (f->status);
  /* The demo promises a disagreement between the actors. */
  g_assert_cmpuint (f->expected->len, >, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  duaal_test_ui_process_events ();
  g_clear_pointer (&f->expected, g_ptr_array_unref);
  g_clear_object (&f->status);
  g_clear_object (&f->sqlite);
  duaal_test_ui_remove_tmp_dir (f->dir);
  g_free (f->dir);
}

static void
show_in_window (Fixture   *f,
                GtkWidget *page)
{
  f->window = adw_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 760);
  adw_window_set_content (ADW_WINDOW (f->window), page);
  gtk_window_present (GTK_WINDOW (f->window));
  duaal_test_ui_wait_until_drawn (page);
}

/* Every descendant of @root of @type, in the order they are shown. */
static void
collect (GtkWidget *root,
         GType      type,
         GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      collect (child, type, found);
    }
}

static GPtrArray *
find_all (GtkWidget *root,
          GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (root, type, found);
  return found;
}

static gboolean
has_label (GtkWidget  *root,
           const char *text)
{
  g_autoptr(GPtrArray) labels = find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0
        && gtk_widget_is_drawable (g_ptr_array_index (labels, i)))
      return TRUE;
  return FALSE;
}

static const DuaalActor columns[DUAAL_N_ACTORS] = {
  DUAAL_ACTOR_LEARNER, DUAAL_ACTOR_TEACHER, DUAAL_ACTOR_TRAINER,
};

/* The demo's most severe disagreement: three columns of colour bars
 * with the colours the core computes, then its indicators with the X
 * against V ones marked. */
static void
test_coach_page (Fixture *f, gconstpointer data)
{
  const DuaalAttentionItem *first = g_ptr_array_index (f->expected, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalStatus) status = duaal_store_load_learner_status (f->store, first->learner_id, 0, &error);
  g_autoptr(GPtrArray) bars = NULL;
  GPtrArray *competences;
  GtkWidget *page = duaal_coach_page_new (f->store);
  GPtrArray *marked;

  g_assert_no_error (error);
  duaal_coach_page_set_learner (DUAAL_COACH_PAGE (page), first->learner_id);
  show_in_window (f, page);

  for (guint c = 0; c < DUAAL_N_ACTORS; c++)
    g_assert_true (has_label (page, duaal_actor_get_label (columns[c])));
  g_assert_true (has_label (page, "Competentie"));
  g_assert_true (has_label (page, "Docent"));

  competences = duaal_qualification_get_competences (duaal_status_get_qualification (status));
  bars = find_all (page, DUAAL_TYPE_COLOUR_BAR);
  g_assert_cmpuint (bars->len, ==, competences->len * DUAAL_N_ACTORS);
  for (guint i = 0; i < bars->len; i++)
    {
      DuaalColourBar *bar = g_ptr_array_index (bars, i);
      const char *id = duaal_competence_get_id (g_ptr_array_index (competences, i / DUAAL_N_ACTORS));
      DuaalActor actor = columns[i % DUAAL_N_ACTORS];

      g_assert_cmpint (duaal_colour_bar_get_actor (bar), ==, actor);
      g_assert_cmpint (duaal_colour_bar_get_colour (bar), ==,
                       duaal_status_get_colour (status, first->learner_id, id, actor));
      if (g_strcmp0 (id, first->competence_id) == 0)
        g_assert_cmpint (duaal_colour_bar_get_colour (bar), ==, first->colours[actor]);
    }
  duaal_test_ui_screenshot (f->window, "coach");

  g_assert_true (duaal_coach_page_show_competence (DUAAL_COACH_PAGE (page), first->competence_id));
  g_assert_false (duaal_coach_page_show_competence (DUAAL_COACH_PAGE (page), "no-such-competence"));
  marked = duaal_coach_page_get_marked_indicators (DUAAL_COACH_PAGE (page));
  g_assert_cmpuint (marked->len, ==, first->indicators->len);
  for (guint i = 0; i < marked->len; i++)
    g_assert_cmpstr (g_ptr_array_index (marked, i), ==, g_ptr_array_index (first->indicators, i));
  duaal_test_ui_wait_until_drawn (page);
  if (marked->len > 0)
    g_assert_true (has_label (page, "Niet beheerst voor de een, zelfstandig voor de ander"));
  duaal_test_ui_screenshot (f->window, "coach-indicators");

  /* The closed period 1: the same table, frozen colours. */
  {
    g_autoptr(DuaalStatus) closed = duaal_store_load_learner_status (f->store, first->learner_id, 1, &error);
    g_autoptr(GPtrArray) closed_bars = NULL;

    g_assert_no_error (error);
    duaal_coach_page_show_competence (DUAAL_COACH_PAGE (page), NULL);
    duaal_coach_page_set_period (DUAAL_COACH_PAGE (page), 1);
    g_assert_cmpuint (duaal_coach_page_get_period (DUAAL_COACH_PAGE (page)), ==, 1);
    g_assert_cmpuint (duaal_status_get_period (duaal_coach_page_get_status (DUAAL_COACH_PAGE (page))), ==, 1);
    closed_bars = find_all (page, DUAAL_TYPE_COLOUR_BAR);
    g_assert_cmpuint (closed_bars->len, ==, competences->len * DUAAL_N_ACTORS);
    for (guint i = 0; i < closed_bars->len; i++)
      g_assert_cmpint (duaal_colour_bar_get_colour (g_ptr_array_index (closed_bars, i)), ==,
                       duaal_status_get_colour (closed, first->learner_id,
                                                duaal_competence_get_id (g_ptr_array_index (competences, i / DUAAL_N_ACTORS)),
                                                columns[i % DUAAL_N_ACTORS]));
  }
}

/* Seen by the learner: the teacher's and trainer's colours stay, their
 * indicator scores and comments are gone. */
static void
test_coach_page_as_learner (Fixture *f, gconstpointer data)
{
  const DuaalAttentionItem *first = g_ptr_array_index (f->expected, 0);
  GtkWidget *page = duaal_coach_page_new (f->store);
  g_autoptr(GPtrArray) bars = NULL;
  DuaalStatus *shown;
  DuaalCompetence *competence;

  duaal_coach_page_set_learner (DUAAL_COACH_PAGE (page), first->learner_id);
  duaal_coach_page_set_viewer (DUAAL_COACH_PAGE (page), DUAAL_VIEWER_LEARNER, first->learner_id);
  show_in_window (f, page);

  shown = duaal_coach_page_get_status (DUAAL_COACH_PAGE (page));
  competence = duaal_qualification_find_competence (duaal_status_get_qualification (shown), first->competence_id);
  for (guint i = 0; i < duaal_competence_get_n_indicators (competence); i++)
    {
      const char *id = duaal_indicator_get_id (duaal_competence_get_indicator (competence, i));

      g_assert_null (duaal_status_get_cell (shown, first->learner_id, id, DUAAL_ACTOR_TEACHER));
      g_assert_null (duaal_status_get_cell (shown, first->learner_id, id, DUAAL_ACTOR_TRAINER));
    }
  bars = find_all (page, DUAAL_TYPE_COLOUR_BAR);
  g_assert_cmpuint (bars->len, >, 0);
  for (guint i = 0; i < bars->len; i++)
    {
      DuaalColourBar *bar = g_ptr_array_index (bars, i);
      const char *id = duaal_competence_get_id (duaal_qualification_get_competence (duaal_status_get_qualification (shown),
                                                                                     i / DUAAL_N_ACTORS));
      if (g_strcmp0 (id, first->competence_id) == 0)
        g_assert_cmpint (duaal_colour_bar_get_colour (bar), ==, first->colours[duaal_colour_bar_get_actor (bar)]);
    }

  duaal_coach_page_show_competence (DUAAL_COACH_PAGE (page), first->competence_id);
  duaal_test_ui_wait_until_drawn (page);
  g_assert_true (has_label (page, "Niet zichtbaar voor jou"));
  /* Another learner sees nothing of this one. */
  duaal_coach_page_set_viewer (DUAAL_COACH_PAGE (page), DUAAL_VIEWER_LEARNER, first->learner_id + 1);
  g_assert_null (duaal_status_find_learner (duaal_coach_page_get_status (DUAAL_COACH_PAGE (page)), first->learner_id));
  g_assert_true (has_label (page, "Je mag de scores van deze lerende niet zien"));
}

/* The film: closed period 1, then now, each column the core's colours. */
static void
test_evolution_page (Fixture *f, gconstpointer data)
{
  const DuaalAttentionItem *first = g_ptr_array_index (f->expected, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalStatus) closed = duaal_store_load_learner_status (f->store, first->learner_id, 1, &error);
  g_autoptr(DuaalStatus) now = duaal_store_load_learner_status (f->store, first->learner_id, 0, &error);
  g_autoptr(GPtrArray) chips = NULL;
  GtkWidget *page = duaal_evolution_page_new (f->store);
  GPtrArray *competences;
  GArray *periods;
  gboolean moved = FALSE;

  g_assert_no_error (error);
  duaal_evolution_page_set_learner (DUAAL_EVOLUTION_PAGE (page), first->learner_id);
  show_in_window (f, page);

  periods = duaal_evolution_page_get_periods (DUAAL_EVOLUTION_PAGE (page));
  g_assert_cmpuint (periods->len, ==, 2);
  g_assert_cmpuint (g_array_index (periods, guint, 0), ==, 1);
  g_assert_cmpuint (g_array_index (periods, guint, 1), ==, 0);

  competences = duaal_qualification_get_competences (duaal_status_get_qualification (now));
  chips = find_all (page, DUAAL_TYPE_COLOUR_CHIP);
  g_assert_cmpuint (chips->len, ==, competences->len * DUAAL_N_ACTORS * 2);
  for (guint i = 0; i < competences->len; i++)
    for (DuaalActor a = 0; a < DUAAL_N_ACTORS; a++)
      {
        const char *id = duaal_competence_get_id (g_ptr_array_index (competences, i));
        DuaalColour then = duaal_status_get_colour (closed, first->learner_id, id, a);
        DuaalColour today = duaal_status_get_colour (now, first->learner_id, id, a);

        g_assert_cmpint (duaal_evolution_page_get_colour (DUAAL_EVOLUTION_PAGE (page), id, a, 0), ==, then);
        g_assert_cmpint (duaal_evolution_page_get_colour (DUAAL_EVOLUTION_PAGE (page), id, a, 1), ==, today);
        moved |= then != today;
      }
  /* A film that shows a learning process, not a still. */
  g_assert_true (moved);
  g_assert_true (has_label (page, "Nu"));
  duaal_test_ui_screenshot (f->window, "evolution");
}

/* The demo's disagreement heads the list; activating it asks to open
 * that learner at that competence. */
typedef struct {
  gint64  learner_id;
  char   *competence_id;
  guint   count;
} Opened;

static void
open_learner_cb (DuaalAttentionPage *page,
                 gint64              learner_id,
                 const char         *competence_id,
                 Opened             *opened)
{
  opened->learner_id = learner_id;
  g_free (opened->competence_id);
  opened->competence_id = g_strdup (competence_id);
  opened->count++;
}

static void
test_attention_page (Fixture *f, gconstpointer data)
{
  const DuaalAttentionItem *first = g_ptr_array_index (f->expected, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GtkWidget *page = duaal_attention_page_new (f->store);
  Opened opened = { 0 };
  GPtrArray *items;

  duaal_attention_page_set_group (DUAAL_ATTENTION_PAGE (page), f->group);
  g_signal_connect (page, "open-learner", G_CALLBACK (open_learner_cb), &opened);
  show_in_window (f, page);

  items = duaal_attention_page_get_items (DUAAL_ATTENTION_PAGE (page));
  g_assert_cmpuint (items->len, ==, f->expected->len);
  g_assert_cmpuint (duaal_attention_count_for_group (f->store, f->group, &error), ==, items->len);
  g_assert_no_error (error);
  for (guint i = 0; i < items->len; i++)
    {
      const DuaalAttentionItem *shown = g_ptr_array_index (items, i);
      const DuaalAttentionItem *want = g_ptr_array_index (f->expected, i);

      g_assert_cmpint (shown->learner_id, ==, want->learner_id);
      g_assert_cmpstr (shown->competence_id, ==, want->competence_id);
      if (i > 0)
        g_assert_cmpuint (shown->severity, <=, ((DuaalAttentionItem *) g_ptr_array_index (items, i - 1))->severity);
    }
  /* The demo's teacher-red against acquired elsewhere. */
  g_assert_cmpuint (first->severity, >=, 2);
  g_assert_true (duaal_colour_is_acquired (first->colours[DUAAL_ACTOR_LEARNER]));
  g_assert_cmpint (first->colours[DUAAL_ACTOR_TEACHER], ==, DUAAL_COLOUR_RED);

  rows = find_all (page, GTK_TYPE_LIST_BOX_ROW);
  g_assert_cmpuint (rows->len, ==, items->len);
  {
    g_autoptr(GPtrArray) chips = find_all (g_ptr_array_index (rows, 0), DUAAL_TYPE_COLOUR_CHIP);

    g_assert_cmpuint (chips->len, ==, DUAAL_N_ACTORS);
    for (guint a = 0; a < DUAAL_N_ACTORS; a++)
      g_assert_cmpint (duaal_colour_chip_get_colour (g_ptr_array_index (chips, a)), ==, first->colours[columns[a]]);
  }

  duaal_test_ui_screenshot (f->window, "attention");

  duaal_attention_page_activate (DUAAL_ATTENTION_PAGE (page), 0);
  g_assert_cmpuint (opened.count, ==, 1);
  g_assert_cmpint (opened.learner_id, ==, first->learner_id);
  g_assert_cmpstr (opened.competence_id, ==, first->competence_id);
  g_free (opened.competence_id);

  /* The closed period 1 has its own list. */
  {
    g_autoptr(DuaalStatus) closed = duaal_store_load_group_status (f->store, f->group, 1, &error);
    g_autoptr(GPtrArray) expected = NULL;

    g_assert_no_error (error);
    expected = duaal_attention_collect (closed);
    duaal_attention_page_set_period (DUAAL_ATTENTION_PAGE (page), 1);
    items = duaal_attention_page_get_items (DUAAL_ATTENTION_PAGE (page));
    g_assert_cmpuint (items->len, ==, expected->len);
    for (guint i = 0; i < items->len; i++)
      {
        g_assert_cmpint (((DuaalAttentionItem *) g_ptr_array_index (items, i))->learner_id, ==,
                         ((DuaalAttentionItem *) g_ptr_array_index (expected, i))->learner_id);
        g_assert_cmpstr (((DuaalAttentionItem *) g_ptr_array_index (items, i))->competence_id, ==,
                         ((DuaalAttentionItem *) g_ptr_array_index (expected, i))->competence_id);
      }
  }
}

/* The class group, one actor's colours at a time; a trainer sees only
 * the learners they train. */
static void
test_class_page (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalStatus) status = duaal_store_load_group_status (f->store, f->group, 0, &error);
  g_autoptr(GPtrArray) chips = NULL;
  GtkWidget *page = duaal_class_page_new (f->store);
  GPtrArray *learners = duaal_status_get_learners (status);
  GPtrArray *competences = duaal_qualification_get_competences (duaal_status_get_qualification (status));
  DuaalLearner *learner;
  gint64 trainer;

  g_assert_no_error (error);
  duaal_class_page_set_group (DUAAL_CLASS_PAGE (page), f->group);
  show_in_window (f, page);

  for (DuaalActor actor = 0; actor < DUAAL_N_ACTORS; actor++)
    {
      duaal_class_page_set_actor (DUAAL_CLASS_PAGE (page), actor);
      g_assert_cmpint (duaal_class_page_get_actor (DUAAL_CLASS_PAGE (page)), ==, actor);
      g_clear_pointer (&chips, g_ptr_array_unref);
      chips = find_all (page, DUAAL_TYPE_COLOUR_CHIP);
      g_assert_cmpuint (chips->len, ==, learners->len * competences->len);
      for (guint i = 0; i < chips->len; i++)
        {
          DuaalLearner *l = g_ptr_array_index (learners, i % learners->len);
          DuaalCompetence *c = g_ptr_array_index (competences, i / learners->len);

          g_assert_cmpint (duaal_colour_chip_get_colour (g_ptr_array_index (chips, i)), ==,
                           duaal_status_get_colour (status, duaal_learner_get_id (l), duaal_competence_get_id (c), actor));
        }
    }
  duaal_class_page_set_actor (DUAAL_CLASS_PAGE (page), DUAAL_ACTOR_TEACHER);
  duaal_test_ui_screenshot (f->window, "class");

  learner = g_ptr_array_index (learners, 0);
  trainer = duaal_learner_get_trainer_id (learner);
  g_assert_cmpint (trainer, >, 0);
  duaal_class_page_set_viewer (DUAAL_CLASS_PAGE (page), DUAAL_VIEWER_TRAINER, trainer);
  for (guint l = 0; l < learners->len; l++)
    {
      DuaalLearner *other = g_ptr_array_index (learners, l);
      gboolean trains = duaal_learner_get_trainer_id (other) == trainer;

      g_assert_cmpint (duaal_status_find_learner (duaal_class_page_get_status (DUAAL_CLASS_PAGE (page)),
                                                  duaal_learner_get_id (other)) != NULL, ==, trains);
      g_assert_cmpint (has_label (page, duaal_learner_get_name (other)), ==, trains);
    }
}

int
main (int argc, char *argv[])
{
  duaal_test_ui_init (&argc, &argv);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/coach/coach-page", test_coach_page);
  ADD ("/ui/coach/coach-page-as-learner", test_coach_page_as_learner);
  ADD ("/ui/coach/evolution-page", test_evolution_page);
  ADD ("/ui/coach/attention-page", test_attention_page);
  ADD ("/ui/coach/class-page", test_class_page);
#undef ADD
  return g_test_run ();
}
