/* duaal-test-ui.h: what every UI test needs
 *
 * UI tests run the real application in-process (libduaal-app), under
 * `xvfb-run -a` (no session bus) with GSK_RENDERER=cairo, and drive it as
 * a user would: activate actions, click buttons, read what is shown.
 *
 *   int main (int argc, char *argv[])
 *   {
 *     duaal_test_ui_init (&argc, &argv);
 *     g_test_add_func ("/ui/window/empty", test_empty);
 *     return g_test_run ();
 *   }
 *
 *   static void test_empty (void)
 *   {
 *     g_autofree char *dir = duaal_test_ui_make_tmp_dir ();
 *     g_autofree char *db = g_build_filename (dir, "duaal.db", NULL);
 *     DuaalApplication *app = duaal_test_ui_start_app (db);
 *     DuaalWindow *window = duaal_test_ui_get_window (app);
 *     g_assert_cmpstr (duaal_window_get_visible_page (window), ==, "empty");
 *     duaal_test_ui_screenshot (GTK_WIDGET (window), "empty-state");
 *     duaal_test_ui_stop_app (app);
 *     duaal_test_ui_remove_tmp_dir (dir);
 *   }
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "duaal-application.h"
#include "duaal-window.h"

G_BEGIN_DECLS

typedef gboolean (*DuaalTestUiCondition) (gpointer user_data);

/* g_test_init() and GTK/libadwaita for a UI test: GSK_RENDERER=cairo,
 * GSETTINGS_BACKEND=memory, GTK_A11Y=none and LANGUAGE=nl unless already
 * set; the "duaal" catalogue from <DUAAL_BUILD_ROOT>/po; Cantarell 11
 * and no animations (what a screenshot shows is where things end). */
void              duaal_test_ui_init            (int                  *argc,
                                                 char               ***argv);

/* Dispatches whatever is pending, without blocking. */
void              duaal_test_ui_process_events  (void);
/* Runs the main loop for @ms milliseconds (to let things settle; never a
 * substitute for waiting on a condition). */
void              duaal_test_ui_wait            (guint                 ms);
/* Runs the main loop until @condition is TRUE or @timeout_ms passed.
 * Returns: the last value of @condition. */
gboolean          duaal_test_ui_wait_for        (DuaalTestUiCondition  condition,
                                                 gpointer              user_data,
                                                 guint                 timeout_ms);
/* Until @widget is mapped and its window has painted a frame since. */
void              duaal_test_ui_wait_until_drawn (GtkWidget           *widget);

/* Renders @widget (a window, a dialog, any mapped widget) as it is on
 * screen into <DUAAL_BUILD_ROOT>/screenshots/<name>.png. */
void              duaal_test_ui_screenshot      (GtkWidget            *widget,
                                                 const char           *name);

/* A temporary directory for databases and files; remove it at the end. */
char             *duaal_test_ui_make_tmp_dir    (void);
void              duaal_test_ui_remove_tmp_dir  (const char           *path);
/* A database at @path holding `duaal-cli demo`'s class group (its id in
 * @group_id), open.  Returns: (transfer full). */
DuaalStore       *duaal_test_ui_make_demo_store (const char           *path,
                                                 gint64               *group_id);

/* Registers (non-unique, so tests never meet a running Duaal) and
 * activates the application on @database_path, then waits until its
 * window is drawn.  Returns: (transfer full). */
DuaalApplication *duaal_test_ui_start_app       (const char           *database_path);
/* (transfer none): the application's main window */
DuaalWindow      *duaal_test_ui_get_window      (DuaalApplication     *app);
/* Closes every window, lets them go, and drops @app. */
void              duaal_test_ui_stop_app        (DuaalApplication     *app);

/* (transfer none) (nullable): the first visible toplevel of @type other
 * than the main window, e.g. ADW_TYPE_MESSAGE_DIALOG. */
GtkWidget        *duaal_test_ui_find_toplevel   (GType                 type);
/* (transfer none) (nullable): the first descendant of @root (or @root)
 * of @type whose label/title equals @label (any, when @label is NULL). */
GtkWidget        *duaal_test_ui_find_widget     (GtkWidget            *root,
                                                 GType                 type,
                                                 const char           *label);
/* Presses @keyval (+ @modifiers) where the focus is: the shortcut
 * controllers of @focus and then of its ancestors are asked in turn, as
 * GTK's bubble phase does, and the first shortcut bound to that key
 * runs its action.  Returns whether one did. */
gboolean          duaal_test_ui_press_key       (GtkWidget            *focus,
                                                 guint                 keyval,
                                                 GdkModifierType       modifiers);
/* Activates an action of the window ("win.…") or application ("app.…")
 * as a menu item or shortcut would. */
void              duaal_test_ui_activate_action (DuaalWindow          *window,
                                                 const char           *detailed_name);

G_END_DECLS
