/* duaal-test-ui.c: what every UI test needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "duaal-demo.h"
#include "duaal-sqlite-store.h"
#include "duaal-test-ui.h"

/* Generous: a loaded CI machine is slow, and a wait only ends early. */
#define DUAAL_TEST_UI_TIMEOUT_MS 20000

void
duaal_test_ui_init (int    *argc,
                    char ***argv)
{
  const char *build_root = g_getenv ("DUAAL_BUILD_ROOT");
  g_autofree char *localedir = NULL;

  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  g_setenv ("GSETTINGS_BACKEND", "memory", FALSE);
  g_setenv ("GTK_A11Y", "none", FALSE);
  g_setenv ("LANGUAGE", "nl", FALSE);

  /* LC_ALL=C.UTF-8 (tests/meson.build): translates through LANGUAGE
   * without any generated locale. */
  setlocale (LC_ALL, "");
  localedir = g_build_filename (build_root != NULL ? build_root : ".", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (argc, argv, NULL);
  gtk_init ();
  adw_init ();

  /* The font a GNOME session sets (Xvfb has no settings daemon to say
   * so), and no animations: a screenshot shows where a transition ends. */
  g_object_set (gtk_settings_get_default (),
                "gtk-font-name", "Cantarell 11",
                "gtk-enable-animations", FALSE,
                NULL);
}

void
duaal_test_ui_process_events (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
duaal_test_ui_set_flag (gpointer user_data)
{
  gboolean *flag = user_data;

  *flag = TRUE;
  return G_SOURCE_REMOVE;
}

void
duaal_test_ui_wait (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, duaal_test_ui_set_flag, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

gboolean
duaal_test_ui_wait_for (DuaalTestUiCondition condition,
                        gpointer             user_data,
                        guint                timeout_ms)
{
  gboolean timed_out = FALSE;
  guint timeout_id;

  timeout_id = g_timeout_add (timeout_ms, duaal_test_ui_set_flag, &timed_out);
  while (!condition (user_data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (timeout_id);

  return condition (user_data);
}

static gboolean
duaal_test_ui_is_mapped (gpointer user_data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (user_data));
}

static gboolean
duaal_test_ui_is_nonzero (gpointer user_data)
{
  return *(guint *) user_data > 0;
}

static void
duaal_test_ui_count_paint (GdkFrameClock *clock,
                           gpointer       user_data)
{
  (*(guint *) user_data)++;
}

void
duaal_test_ui_wait_until_drawn (GtkWidget *widget)
{
  GdkFrameClock *clock;
  guint painted = 0;
  gulong handler;

  g_assert_true (duaal_test_ui_wait_for (duaal_test_ui_is_mapped, widget, DUAAL_TEST_UI_TIMEOUT_MS));

  clock = gtk_widget_get_frame_clock (widget);
  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (duaal_test_ui_count_paint), &painted);
  gtk_widget_queue_draw (widget);
  g_assert_true (duaal_test_ui_wait_for (duaal_test_ui_is_nonzero, &painted, DUAAL_TEST_UI_TIMEOUT_MS));
  g_signal_handler_disconnect (clock, handler);
  duaal_test_ui_process_events ();
}

/* The widget as drawn, or NULL when something (an idle callback run
 * after the frame) asked for a new layout meanwhile. */
static GskRenderNode *
duaal_test_ui_snapshot_drawn (GtkWidget *widget,
                              int       *width,
                              int       *height)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  GtkSnapshot *snapshot;

  duaal_test_ui_wait_until_drawn (widget);
  *width = gtk_widget_get_width (widget);
  *height = gtk_widget_get_height (widget);
  g_assert_cmpint (*width, >, 0);
  g_assert_cmpint (*height, >, 0);

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), *width, *height);
  return gtk_snapshot_free_to_node (snapshot);
}

void
duaal_test_ui_screenshot (GtkWidget  *widget,
                          const char *name)
{
  const char *build_root = g_getenv ("DUAAL_BUILD_ROOT");
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer;
  int width = 0, height = 0;

  for (guint frame = 0; node == NULL && frame < 10; frame++)
    node = duaal_test_ui_snapshot_drawn (widget, &width, &height);
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  g_assert_nonnull (renderer);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));

  dir = g_build_filename (build_root != NULL ? build_root : ".", "screenshots", NULL);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  file_name = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file_name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

char *
duaal_test_ui_make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *path = g_dir_make_tmp ("duaal-ui-XXXXXX", &error);

  g_assert_no_error (error);
  return path;
}

DuaalStore *
duaal_test_ui_make_demo_store (const char *path,
                               gint64     *group_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSqliteStore) store = duaal_sqlite_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (duaal_demo_load (DUAAL_STORE (store), group_id, NULL, &error));
  g_assert_no_error (error);
  return DUAAL_STORE (g_steal_pointer (&store));
}

void
duaal_test_ui_remove_tmp_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        duaal_test_ui_remove_tmp_dir (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

DuaalApplication *
duaal_test_ui_start_app (const char *database_path)
{
  g_autoptr(GError) error = NULL;
  DuaalApplication *app;

  app = duaal_application_new (database_path, G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));

  duaal_test_ui_wait_until_drawn (GTK_WIDGET (duaal_test_ui_get_window (app)));
  return app;
}

DuaalWindow *
duaal_test_ui_get_window (DuaalApplication *app)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    {
      if (DUAAL_IS_WINDOW (l->data))
        return l->data;
    }

  g_assert_not_reached ();
}

static gboolean
duaal_test_ui_has_no_windows (gpointer user_data)
{
  return gtk_application_get_windows (GTK_APPLICATION (user_data)) == NULL;
}

void
duaal_test_ui_stop_app (DuaalApplication *app)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (windows->data);
  g_assert_true (duaal_test_ui_wait_for (duaal_test_ui_has_no_windows, app, DUAAL_TEST_UI_TIMEOUT_MS));
  duaal_test_ui_process_events ();

  g_object_unref (app);
}

GtkWidget *
duaal_test_ui_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && !DUAAL_IS_WINDOW (toplevel) &&
          gtk_widget_get_visible (toplevel))
        return toplevel;
    }

  return NULL;
}

/* The text a user would read on @widget: its "label", else its "title". */
static char *
duaal_test_ui_widget_text (GtkWidget *widget)
{
  const char *names[] = { "label", "title" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (widget), names[i]);
      char *text = NULL;

      if (pspec == NULL || pspec->value_type != G_TYPE_STRING)
        continue;
      g_object_get (widget, names[i], &text, NULL);
      if (text != NULL)
        return text;
    }

  return NULL;
}

GtkWidget *
duaal_test_ui_find_widget (GtkWidget  *root,
                           GType       type,
                           const char *label)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    {
      g_autofree char *text = label != NULL ? duaal_test_ui_widget_text (root) : NULL;

      if (label == NULL || g_strcmp0 (text, label) == 0)
        return root;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = duaal_test_ui_find_widget (child, type, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

void
duaal_test_ui_activate_action (DuaalWindow *window,
                               const char  *detailed_name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GVariant) target = NULL;

  g_action_parse_detailed_name (detailed_name, &name, &target, &error);
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), name, target));
  duaal_test_ui_process_events ();
}

gboolean
duaal_test_ui_press_key (GtkWidget       *focus,
                         guint            keyval,
                         GdkModifierType  modifiers)
{
  for (GtkWidget *widget = focus; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

          if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
            continue;

          for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
            {
              g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
              GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

              if (!GTK_IS_KEYVAL_TRIGGER (trigger) ||
                  gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) != keyval ||
                  gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) != modifiers)
                continue;

              if (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                                gtk_shortcut_get_arguments (shortcut)))
                {
                  duaal_test_ui_process_events ();
                  return TRUE;
                }
            }
        }
    }
  return FALSE;
}
