/* test-accessibility.c: what a screen reader meets in every view
 *
 * The application runs in-process with GTK_A11Y=atspi on a private
 * session bus (dbus-run-session, tests/ui/meson.build), so GTK puts its
 * accessibility tree on the real accessibility bus (at-spi2-core's
 * at-spi-bus-launcher, started by that bus).  For every main view, the
 * sidebar and the dialogs, atspi-dump.py reads the tree through AT-SPI
 * from another process, as Orca does, writes it to
 * <builddir>/a11y/<view>.txt and fails on a visible interactive element
 * without an accessible name (GTK 4.8 presents the pages of a stack that
 * are not shown too: each dump checks every page built so far).  What the views say about their
 * content (a competence's colours and progress, a progress bar's value,
 * an overview cell's learner, competence and state, an attention row)
 * is then read from that dump.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <unistd.h>

#include "duaal-export-dialog.h"
#include "duaal-group-dialog.h"
#include "duaal-learner-dialog.h"
#include "duaal-overview-page.h"
#include "duaal-planner-dialog.h"
#include "duaal-route-page.h"
#include "duaal-sidebar-private.h"
#include "duaal-test-ui.h"

/* Reading a large view element by element over D-Bus takes a while. */
#define DUMP_TIMEOUT_MS 90000

typedef struct {
  char             *dir;
  char             *database;
  gint64            group_id;
  gint64            learner_id;
  DuaalApplication *app;
  DuaalWindow      *window;
} Fixture;

/* One application for every test: GApplication cannot export a second
 * one on the same bus path while the first is still being let go. */
static void
fixture_set_up (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalStore) store = NULL;
  g_autoptr(GPtrArray) learners = NULL;

  fixture->dir = duaal_test_ui_make_tmp_dir ();
  fixture->database = g_build_filename (fixture->dir, "duaal.db", NULL);
  store = duaal_test_ui_make_demo_store (fixture->database, &fixture->group_id);
  learners = duaal_store_list_learners (store, fixture->group_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (learners->len, >, 0);
  fixture->learner_id = duaal_learner_get_id (g_ptr_array_index (learners, 0));
  g_clear_object (&store);

  fixture->app = duaal_test_ui_start_app (fixture->database);
  fixture->window = duaal_test_ui_get_window (fixture->app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 800);
  duaal_test_ui_wait_until_drawn (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture *fixture)
{
  g_clear_pointer (&fixture->app, duaal_test_ui_stop_app);
  duaal_test_ui_remove_tmp_dir (fixture->dir);
  g_free (fixture->database);
  g_free (fixture->dir);
}

/* ---- the dump ---- */

typedef struct {
  gboolean  done;
  int       status;
  char     *errors;
} Dump;

static void
on_dump_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Dump *dump = user_data;
  g_autoptr(GError) error = NULL;

  g_subprocess_communicate_utf8_finish (G_SUBPROCESS (source), result, NULL, &dump->errors, &error);
  g_assert_no_error (error);
  /* Killed by a signal: as a reader that failed. */
  dump->status = g_subprocess_get_if_exited (G_SUBPROCESS (source))
                 ? g_subprocess_get_exit_status (G_SUBPROCESS (source)) : 128;
  dump->done = TRUE;
}

static gboolean
dump_is_done (gpointer user_data)
{
  return ((Dump *) user_data)->done;
}

/* Runs atspi-dump.py on this process (whose main loop answers it
 * meanwhile) into <builddir>/a11y/@name.txt.  Returns: its exit status
 * (0: every element named), the elements without a name in @errors. */
static int
run_dump (const char  *name,
          char       **errors,
          char       **tree)
{
  const char *python = g_getenv ("DUAAL_TEST_PYTHON");
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "ui", "atspi-dump.py", NULL);
  g_autofree char *dir = g_build_filename (g_getenv ("DUAAL_BUILD_ROOT"), "a11y", NULL);
  g_autofree char *file_name = g_strconcat (name, ".txt", NULL);
  g_autofree char *output = g_build_filename (dir, file_name, NULL);
  g_autofree char *pid = g_strdup_printf ("%d", (int) getpid ());
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  Dump dump = { FALSE, -1, NULL };

  g_assert_nonnull (python);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                              python, script, pid, output, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8_async (process, NULL, NULL, on_dump_done, &dump);
  g_assert_true (duaal_test_ui_wait_for (dump_is_done, &dump, DUMP_TIMEOUT_MS));

  /* 0 or 1: the tree was read (2 and more: the reader failed). */
  if (dump.status != 0 && dump.status != 1)
    g_error ("atspi-dump.py failed (%d): %s", dump.status, dump.errors);
  g_assert_true (g_file_get_contents (output, tree, NULL, &error));
  g_assert_no_error (error);
  g_test_message ("accessibility tree: %s", output);
  *errors = dump.errors;
  return dump.status;
}

/* Dumps the application's tree as it is now as @name; fails, listing
 * them, on visible interactive elements without a name.  Returns: (transfer full): the dump. */
static char *
assert_all_named (const char *name)
{
  g_autofree char *errors = NULL;
  char *tree = NULL;
  int status = run_dump (name, &errors, &tree);

  if (status != 0)
    {
      g_test_message ("%s: %s", name, errors);
      g_test_fail_printf ("%s: %s", name, errors);
    }
  return tree;
}

/* Whether a line of @tree holds each of the strings in @parts (a
 * NULL-terminated list) in that order. */
static gboolean
tree_has_line (const char *tree,
               ...)
{
  g_auto(GStrv) lines = g_strsplit (tree, "\n", -1);
  gboolean found = FALSE;

  for (guint i = 0; lines[i] != NULL && !found; i++)
    {
      const char *at = lines[i];
      const char *part;
      va_list parts;

      va_start (parts, tree);
      while ((part = va_arg (parts, const char *)) != NULL && at != NULL)
        {
          at = strstr (at, part);
          if (at != NULL)
            at += strlen (part);
        }
      va_end (parts);
      found = at != NULL;
    }
  return found;
}

/* ---- the views ---- */

static void
show_view (Fixture    *fixture,
           gboolean    of_group,
           const char *name)
{
  DuaalSidebar *sidebar = duaal_window_get_sidebar (fixture->window);

  if (of_group)
    g_assert_true (duaal_sidebar_select_group (sidebar, fixture->group_id));
  else
    g_assert_true (duaal_sidebar_select_learner (sidebar, fixture->learner_id));
  duaal_test_ui_process_events ();
  g_assert_true (duaal_window_set_view (fixture->window, name));
  duaal_test_ui_wait_until_drawn (duaal_window_get_view_page (fixture->window, name));
}

static void
test_learner_views (gconstpointer data)
{
  Fixture *fixture = (Fixture *) data;
  g_autofree char *scores = NULL;
  g_autofree char *coach = NULL;
  g_autofree char *evolution = NULL;
  g_autofree char *route = NULL;

  show_view (fixture, FALSE, "learner");
  scores = assert_all_named ("scores");
  /* The sidebar's search entry. */
  g_assert_true (tree_has_line (scores, "entry \"Lerenden zoeken\"", NULL));
  /* A competence's header button: its title, and the three actors'
   * colours and progress in its description. */
  g_assert_true (tree_has_line (scores, "push button \"1. ", "[Lerende: ", "; Docent: ", " aan bod; Praktijkopleider: ", NULL));
  /* The bars say colour and progress in words (GTK 4.8 gives AT-SPI's
   * Value interface only to its own progress bars). */
  g_assert_true (tree_has_line (scores, "progress bar \"Docent: ", " van ", " aan bod\"", NULL));
  g_assert_true (tree_has_line (scores, "image \"Praktijkopleider: ", " van ", " aan bod\"", NULL));

  show_view (fixture, FALSE, "coach");
  coach = assert_all_named ("coach");
  show_view (fixture, FALSE, "evolution");
  evolution = assert_all_named ("evolution");
  show_view (fixture, FALSE, "route");
  route = assert_all_named ("route");
}

static void
test_group_views (gconstpointer data)
{
  Fixture *fixture = (Fixture *) data;
  g_autofree char *overview = NULL;
  g_autofree char *class = NULL;
  g_autofree char *attention = NULL;
  GtkWidget *view;
  GtkWidget *focus;

  show_view (fixture, TRUE, "overview");
  overview = assert_all_named ("overview");
  /* Every cell is there, says whose and which competence it is and
   * whether it is planned; the keyboard's cell takes the focus. */
  g_assert_true (tree_has_line (overview, "table \"Overzichtstabel\"", NULL));
  g_assert_true (tree_has_line (overview, "table cell \"", " (", ") ", " Gepland op de werkplek.", NULL));
  g_assert_true (tree_has_line (overview, "table cell \"", " Niet gepland op de werkplek.", NULL));
  g_assert_true (tree_has_line (overview, "table cell \"", "\"", "focusable", NULL));
  /* Focusing the table focuses its keyboard's cell. */
  view = GTK_WIDGET (duaal_overview_page_get_view (DUAAL_OVERVIEW_PAGE (duaal_window_get_view_page (fixture->window,
                                                                                                    "overview"))));
  g_assert_true (gtk_widget_grab_focus (view));
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (gtk_widget_get_parent (focus) == view);
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (focus)), ==, GTK_ACCESSIBLE_ROLE_CELL);

  show_view (fixture, TRUE, "class");
  class = assert_all_named ("class");
  show_view (fixture, TRUE, "attention");
  attention = assert_all_named ("attention");
  /* A row: learner, competence and severity, then the colours. */
  g_assert_true (tree_has_line (attention, "list item \"", ", ", ", Ernst ", "\" [Lerende: ", NULL));
}

static GtkWidget *
wait_for_toplevel (GType type)
{
  GtkWidget *toplevel;

  duaal_test_ui_process_events ();
  toplevel = duaal_test_ui_find_toplevel (type);
  g_assert_nonnull (toplevel);
  duaal_test_ui_wait_until_drawn (toplevel);
  return toplevel;
}

static void
dump_dialog (GType       type,
             const char *name)
{
  GtkWidget *dialog = wait_for_toplevel (type);
  g_autofree char *tree = assert_all_named (name);

  gtk_window_destroy (GTK_WINDOW (dialog));
  duaal_test_ui_process_events ();
}

static void
test_dialogs (gconstpointer data)
{
  Fixture *fixture = (Fixture *) data;
  GtkWidget *sidebar = GTK_WIDGET (duaal_window_get_sidebar (fixture->window));
  GtkWidget *page;

  g_assert_true (gtk_widget_activate_action (sidebar, "sidebar.new-group", NULL));
  dump_dialog (DUAAL_TYPE_GROUP_DIALOG, "group-dialog");

  g_assert_true (gtk_widget_activate_action (sidebar, "sidebar.add-learner", "x", fixture->group_id));
  dump_dialog (DUAAL_TYPE_LEARNER_DIALOG, "learner-dialog");

  show_view (fixture, TRUE, "overview");
  page = duaal_window_get_view_page (fixture->window, "overview");
  g_assert_true (gtk_widget_activate_action (page, "overview.plan-sessions", NULL));
  dump_dialog (DUAAL_TYPE_PLANNER_DIALOG, "planner-dialog");

  show_view (fixture, FALSE, "route");
  page = duaal_window_get_view_page (fixture->window, "route");
  duaal_route_page_open_export_dialog (DUAAL_ROUTE_PAGE (page));
  dump_dialog (DUAAL_TYPE_EXPORT_DIALOG, "export-dialog");

  duaal_test_ui_activate_action (fixture->window, "win.restore-backup");
  dump_dialog (ADW_TYPE_MESSAGE_DIALOG, "restore-dialog");
}

/* The check itself can fail: a button with only an icon, as a careless
 * header bar would have, is found and reported. */
static void
test_unnamed_button_fails (gconstpointer data)
{
  Fixture *fixture = (Fixture *) data;
  GtkWidget *button = gtk_button_new_from_icon_name ("list-add-symbolic");
  g_autofree char *errors = NULL;
  g_autofree char *tree = NULL;

  show_view (fixture, FALSE, "learner");
  gtk_box_append (duaal_window_get_sidebar_box (fixture->window), button);
  duaal_test_ui_wait_until_drawn (button);

  g_assert_cmpint (run_dump ("unnamed-button", &errors, &tree), ==, 1);
  g_test_message ("%s", errors);
  /* GTK 4.8 names an unnamed button after its content's type. */
  g_assert_nonnull (strstr (errors, "push button \"GtkImage\""));

  gtk_box_remove (duaal_window_get_sidebar_box (fixture->window), button);
}

int
main (int   argc,
      char *argv[])
{
  Fixture fixture = { 0 };
  int status;

  duaal_test_ui_init (&argc, &argv);
  fixture_set_up (&fixture);

  g_test_add_data_func ("/ui/a11y/unnamed-button-fails", &fixture, test_unnamed_button_fails);
  g_test_add_data_func ("/ui/a11y/learner-views", &fixture, test_learner_views);
  g_test_add_data_func ("/ui/a11y/group-views", &fixture, test_group_views);
  g_test_add_data_func ("/ui/a11y/dialogs", &fixture, test_dialogs);
  status = g_test_run ();

  fixture_tear_down (&fixture);
  return status;
}
