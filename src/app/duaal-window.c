/* duaal-window.c: the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-attention-page.h"
#include "duaal-class-page.h"
#include "duaal-evaluation-page.h"
#include "duaal-visits-page.h"
#include "duaal-coach-page.h"
#include "duaal-error.h"
#include "duaal-evolution-page.h"
#include "duaal-learner-page.h"
#include "duaal-learning-line-page.h"
#include "duaal-overview-page.h"
#include "duaal-qualification-importer.h"
#include "duaal-report-dialog.h"
#include "duaal-sheet-export-dialog.h"
#include "duaal-sheet-import-dialog.h"
#include "duaal-route-page.h"
#include "duaal-sidebar.h"
#include "duaal-sqlite-backup.h"
#include "duaal-status-filter.h"
#include "duaal-tooltip.h"
#include "duaal-window.h"
#include "duaal-connection-banner.h"
#include "duaal-pg-store.h"

struct _DuaalWindow
{
  AdwApplicationWindow  parent_instance;

  DuaalStore           *store;
  DuaalQualificationImporter *importer;  /* (nullable): made at the first import */
  GSettings            *settings;
  GtkFileChooserNative *file_chooser;
  DuaalSidebar         *sidebar;        /* (nullable): without a store */
  DuaalLearnerPage     *learner_page;   /* (nullable): made when first needed */
  DuaalViewer           team_role;      /* a team login's own role (SPEC 13), else the coach */
  DuaalCoachPage       *coach_page;     /* the other views: (nullable) too */
  DuaalEvolutionPage   *evolution_page;
  DuaalRoutePage       *route_page;
  DuaalOverviewPage    *overview_page;
  DuaalLearningLinePage *learning_line_page;
  DuaalClassPage       *class_page;
  DuaalAttentionPage   *attention_page;
  DuaalEvaluationPage  *evaluation_page;
  DuaalVisitsPage      *visits_page;

  /* What the content shows: a learner's views, a group's views or none. */
  gint64                learner_id;
  gint64                group_id;
  gint64                attention_group_id;  /* the list a competence was opened from */
  guint                 bar_idle;
  /* The switchers' models: pages without content (see
   * duaal_window_new_views()); the views live in content_stack. */
  AdwViewStack         *learner_views;
  AdwViewStack         *group_views;

  /* template children */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  AdwStatusPage        *error_page;       /* (nullable): see duaal_window_ensure_state_pages() */
  GtkButton            *restore_button;
  AdwToast             *checking_toast;   /* (nullable) (unowned) */
  AdwLeaflet           *leaflet;
  GtkSeparator         *sidebar_separator;
  GtkBox               *sidebar_box;
  GtkBox               *content_box;
  GtkStack             *content_stack;
  AdwViewSwitcherBar   *switcher_bar;
  AdwViewSwitcherTitle *switcher_title;
  DuaalConnectionBanner *connection_banner;
  GtkButton            *back_button;
  GtkMenuButton        *main_menu_button;
  GMenuModel           *main_menu;
};

G_DEFINE_FINAL_TYPE (DuaalWindow, duaal_window, ADW_TYPE_APPLICATION_WINDOW)


DuaalStore *
duaal_window_get_store (DuaalWindow *self)
{
  g_return_val_if_fail (DUAAL_IS_WINDOW (self), NULL);

  return self->store;
}

const char *
duaal_window_get_visible_page (DuaalWindow *self)
{
  g_return_val_if_fail (DUAAL_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

GtkBox *
duaal_window_get_sidebar_box (DuaalWindow *self)
{
  g_return_val_if_fail (DUAAL_IS_WINDOW (self), NULL);

  return self->sidebar_box;
}

GtkStack *
duaal_window_get_content_stack (DuaalWindow *self)
{
  g_return_val_if_fail (DUAAL_IS_WINDOW (self), NULL);

  return self->content_stack;
}

AdwMessageDialog *
duaal_window_show_error (DuaalWindow  *self,
                         const char   *heading,
                         const GError *error)
{
  AdwMessageDialog *dialog;

  g_return_val_if_fail (DUAAL_IS_WINDOW (self), NULL);
  g_return_val_if_fail (error != NULL, NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

/* The pages of the rare states ("empty", "checking", "error") are made
 * the first time one of them is shown: the first frame of a window on a
 * database that opens makes only the page it shows. */
static void
duaal_window_ensure_state_pages (DuaalWindow *self)
{
  static const char *pages[][2] = {
    { "empty", "empty_page" },
    { "checking", "checking_page" },
    { "error", "error_page" },
  };
  g_autoptr(GtkBuilder) builder = NULL;

  if (self->error_page != NULL)
    return;
  builder = gtk_builder_new_from_resource ("/org/example/Duaal/ui/duaal-window-pages.ui");
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    gtk_stack_add_named (self->stack, GTK_WIDGET (gtk_builder_get_object (builder, pages[i][1])), pages[i][0]);
  self->error_page = ADW_STATUS_PAGE (gtk_builder_get_object (builder, "error_page"));
  self->restore_button = GTK_BUTTON (gtk_builder_get_object (builder, "restore_button"));
}

/* Shows page @name of the window's stack. */
static void
duaal_window_show_page (DuaalWindow *self,
                        const char  *name)
{
  if (g_strcmp0 (name, "main") != 0)
    duaal_window_ensure_state_pages (self);
  gtk_stack_set_visible_child_name (self->stack, name);
}

static void
duaal_window_show_page_error (DuaalWindow  *self,
                              const char   *title,
                              const GError *error)
{
  duaal_window_ensure_state_pages (self);
  adw_status_page_set_title (self->error_page, title);
  adw_status_page_set_description (self->error_page, error->message);
  /* A damaged file is never replaced by an empty one: the way out is a backup. */
  gtk_widget_set_visible (GTK_WIDGET (self->restore_button),
                          g_error_matches (error, DUAAL_ERROR, DUAAL_ERROR_CORRUPT));
  duaal_window_show_page (self, "error");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self),
                                                                            "import-qualification")),
                               FALSE);
}

/* "main" as soon as there is a qualification to work with, else "empty". */
static void
duaal_window_update_page (DuaalWindow *self)
{
  g_autoptr(GPtrArray) qualifications = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  qualifications = duaal_store_list_qualifications (self->store, &error);
  if (qualifications == NULL)
    {
      duaal_window_show_page_error (self, _("Cannot Read the Database"), error);
      return;
    }

  duaal_window_show_page (self, qualifications->len > 0 ? "main" : "empty");
}

static gboolean
duaal_window_update_page_cb (gpointer user_data)
{
  duaal_window_update_page (DUAAL_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

/* The first qualification imported (here, by duaal-cli, anywhere) turns
 * "empty" into "main"; every view follows the notices by itself.  A
 * notice may come from a thread that wrote: the page turns in the main
 * context. */
static void
duaal_window_store_changed (DuaalStore  *store,
                            DuaalChange *change,
                            DuaalWindow *self)
{
  if (change->kind == DUAAL_CHANGE_QUALIFICATION || change->kind == DUAAL_CHANGE_ALL)
    g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, duaal_window_update_page_cb,
                                g_object_ref (self), g_object_unref);
}

static void
duaal_window_toast_import (DuaalWindow        *self,
                           DuaalQualification *qualification,
                           DuaalImportStatus   status)
{
  g_autofree char *title = NULL;
  const char *name = duaal_qualification_get_title (qualification);

  switch (status)
    {
    case DUAAL_IMPORT_IMPORTED:
      title = g_strdup_printf (_("“%s” imported"), name);
      break;
    case DUAAL_IMPORT_UPDATED:
      title = g_strdup_printf (_("“%s” updated, scores kept"), name);
      break;
    case DUAAL_IMPORT_UNCHANGED:
    default:
      title = g_strdup_printf (_("“%s” was already imported"), name);
      break;
    }

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static gboolean
duaal_window_import_qualification_quietly (DuaalWindow  *self,
                                           GFile        *file,
                                           GError      **error)
{
  g_autoptr(DuaalQualification) qualification = NULL;
  g_autofree char *path = g_file_get_path (file);
  DuaalImportStatus status;

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO,
                   _("%s is not a local file; copy it to this computer first"), uri);
      return FALSE;
    }

  /* One importer for the window: the schema is compiled once. */
  if (self->importer == NULL && (self->importer = duaal_qualification_importer_new (error)) == NULL)
    return FALSE;
  qualification = duaal_qualification_importer_import_file (self->importer, path, error);
  if (qualification == NULL)
    return FALSE;

  if (!duaal_store_import_qualification (self->store, qualification, &status, error))
    return FALSE;

  duaal_window_toast_import (self, qualification, status);
  return TRUE;
}

gboolean
duaal_window_import_qualification (DuaalWindow  *self,
                                   GFile        *file,
                                   GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (DUAAL_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  if (duaal_window_import_qualification_quietly (self, file, &local_error))
    return TRUE;

  duaal_window_show_error (self, _("Cannot Import the Qualification"), local_error);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static void
duaal_window_file_chooser_response (DuaalWindow          *self,
                                    int                   response,
                                    GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      duaal_window_import_qualification (self, file, NULL);
    }

  g_clear_object (&self->file_chooser);
}

static void
duaal_window_import_qualification_action (GSimpleAction *action,
                                          GVariant      *parameter,
                                          gpointer       user_data)
{
  DuaalWindow *self = DUAAL_WINDOW (user_data);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->file_chooser != NULL)
    return;

  gtk_file_filter_set_name (filter, _("Qualifications (XML)"));
  gtk_file_filter_add_pattern (filter, "*.xml");
  gtk_file_filter_add_pattern (filter, "*.XML");
  gtk_file_filter_add_mime_type (filter, "application/xml");

  self->file_chooser = gtk_file_chooser_native_new (_("Import Qualification"),
                                                    GTK_WINDOW (self),
                                                    GTK_FILE_CHOOSER_ACTION_OPEN,
                                                    _("_Import"),
                                                    _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->file_chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->file_chooser), filter);
  g_signal_connect_swapped (self->file_chooser, "response",
                            G_CALLBACK (duaal_window_file_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->file_chooser));
}

/* The size and maximized state follow GSettings both ways.  Without the
 * schema (running an uninstalled binary by hand) the window simply does
 * not remember them, rather than aborting. */
static void
duaal_window_bind_settings (DuaalWindow *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL)
    {
      g_message ("Schema %s not installed: the window size is not remembered", APPLICATION_ID);
      return;
    }

  self->settings = g_settings_new_full (schema, NULL, NULL);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
}

/* ---- the workspace: sidebar and views ---- */

typedef struct {
  const char *name;      /* in content_stack and the switcher's model */
  const char *title;
  const char *icon_name;
} ViewInfo;

/* "learner" is the Scores view: the name content_stack always had. */
static const ViewInfo learner_view_infos[] = {
  { "learner", N_("Scores"), "view-list-bullet-symbolic" },
  { "coach", N_("Coach"), "system-users-symbolic" },
  { "evolution", N_("Evolution"), "view-continuous-symbolic" },
  { "route", N_("Route"), "mark-location-symbolic" },
};

static const ViewInfo group_view_infos[] = {
  { "overview", N_("Overview"), "x-office-spreadsheet-symbolic" },
  { "class", N_("Class"), "view-grid-symbolic" },
  { "attention", N_("Attention"), "dialog-warning-symbolic" },
  { "learning-line", N_("Learning Line"), "view-paged-symbolic" },
  { "evaluation", N_("Evaluation"), "object-select-symbolic" },
  { "visits", N_("Visits"), "x-office-calendar-symbolic" },
};

static AdwViewStack *
duaal_window_current_views (DuaalWindow *self)
{
  if (self->learner_id > 0)
    return self->learner_views;
  if (self->group_id > 0)
    return self->group_views;
  return NULL;
}

static void duaal_window_add_view (DuaalWindow *self,
                                   GtkWidget   *view,
                                   const char  *name,
                                   gpointer    *field);

/* Scores is made the first time it is needed, like the other views: a
 * centre's first frame, with no learner chosen, does not make it.  A
 * team login other than a coach's sees as its own role only. */
static DuaalLearnerPage *
duaal_window_ensure_learner_page (DuaalWindow *self)
{
  if (self->learner_page != NULL || self->store == NULL)
    return self->learner_page;

  duaal_window_add_view (self, duaal_learner_page_new (self->store), "learner", (gpointer *) &self->learner_page);
  if (self->team_role != DUAAL_VIEWER_COACH)
    duaal_learner_page_set_viewer (self->learner_page, self->team_role);
  duaal_learner_page_set_viewer_locked (self->learner_page, self->team_role != DUAAL_VIEWER_COACH);
  return self->learner_page;
}

/* The viewer chosen on Scores; before Scores is made, the coach or the
 * team login's own role. */
static DuaalViewer
duaal_window_get_viewer (DuaalWindow *self)
{
  if (self->learner_page == NULL)
    return self->team_role;
  return duaal_learner_page_get_viewer (self->learner_page);
}

/* Who looks (the viewer chosen on the Scores view, SPEC section 6) and
 * their id: the learner themselves, or the learner's trainer.  For a
 * group's views that is the learner last opened, when in the group. */
static gint64
duaal_window_viewer_id (DuaalWindow *self,
                        DuaalViewer  viewer)
{
  g_autoptr(DuaalLearner) learner = NULL;
  gint64 learner_id = self->learner_page != NULL ? duaal_learner_page_get_learner_id (self->learner_page) : 0;

  if (viewer != DUAAL_VIEWER_LEARNER && viewer != DUAAL_VIEWER_TRAINER)
    return 0;
  if (learner_id <= 0)
    return 0;
  learner = duaal_store_get_learner (self->store, learner_id, NULL);
  if (learner == NULL)
    return 0;
  if (self->learner_id <= 0 && duaal_learner_get_group_id (learner) != self->group_id)
    return 0;
  return duaal_viewer_id_for_learner (viewer, learner);
}

static void duaal_window_back_to_attention (DuaalWindow *self);
static void duaal_window_attention_open_learner (DuaalWindow *self,
                                                 gint64       learner_id,
                                                 const char  *competence_id);

/* The views besides Scores are made the first time they are shown: a
 * centre's window opens sooner, and a session seldom uses them all. */
static void
duaal_window_ensure_view (DuaalWindow *self,
                          const char  *name)
{
  if (self->store == NULL || name == NULL || gtk_stack_get_child_by_name (self->content_stack, name) != NULL)
    return;

  if (g_str_equal (name, "learner"))
    duaal_window_ensure_learner_page (self);
  else if (g_str_equal (name, "coach"))
    {
      duaal_window_add_view (self, duaal_coach_page_new (self->store), name, (gpointer *) &self->coach_page);
      g_signal_connect_object (self->coach_page, "back-to-list",
                               G_CALLBACK (duaal_window_back_to_attention), self, G_CONNECT_SWAPPED);
    }
  else if (g_str_equal (name, "evolution"))
    duaal_window_add_view (self, duaal_evolution_page_new (self->store), name, (gpointer *) &self->evolution_page);
  else if (g_str_equal (name, "route"))
    duaal_window_add_view (self, duaal_route_page_new (self->store), name, (gpointer *) &self->route_page);
  else if (g_str_equal (name, "overview"))
    duaal_window_add_view (self, duaal_overview_page_new (self->store), name, (gpointer *) &self->overview_page);
  else if (g_str_equal (name, "learning-line"))
    duaal_window_add_view (self, duaal_learning_line_page_new (self->store), name,
                           (gpointer *) &self->learning_line_page);
  else if (g_str_equal (name, "class"))
    duaal_window_add_view (self, duaal_class_page_new (self->store), name, (gpointer *) &self->class_page);
  else if (g_str_equal (name, "evaluation"))
    duaal_window_add_view (self, duaal_evaluation_page_new (self->store), name,
                           (gpointer *) &self->evaluation_page);
  else if (g_str_equal (name, "visits"))
    duaal_window_add_view (self, duaal_visits_page_new (self->store), name, (gpointer *) &self->visits_page);
  else if (g_str_equal (name, "attention"))
    {
      duaal_window_add_view (self, duaal_attention_page_new (self->store), name, (gpointer *) &self->attention_page);
      g_signal_connect_object (self->attention_page, "open-learner",
                               G_CALLBACK (duaal_window_attention_open_learner), self, G_CONNECT_SWAPPED);
    }
}

/* Points view @name at the learner or group shown, as the viewer chosen
 * on Scores sees it.  What it shows stays current by itself (it follows
 * the store's change notices); only a different learner, group or
 * viewer makes it read anew. */
static void
duaal_window_point_view (DuaalWindow *self,
                         const char  *name)
{
  DuaalViewer viewer = duaal_window_get_viewer (self);
  gint64 viewer_id = duaal_window_viewer_id (self, viewer);

  duaal_window_ensure_view (self, name);

  if (g_str_equal (name, "coach"))
    {
      duaal_coach_page_set_viewer (self->coach_page, viewer, viewer_id);
      if (duaal_coach_page_get_learner (self->coach_page) != self->learner_id)
        duaal_coach_page_set_learner (self->coach_page, self->learner_id);
    }
  else if (g_str_equal (name, "evolution"))
    {
      duaal_evolution_page_set_viewer (self->evolution_page, viewer, viewer_id);
      duaal_evolution_page_set_learner (self->evolution_page, self->learner_id);
    }
  else if (g_str_equal (name, "route"))
    {
      duaal_route_page_set_viewer (self->route_page, viewer, viewer_id);
      if (duaal_route_page_get_learner (self->route_page) != self->learner_id)
        duaal_route_page_set_learner (self->route_page, self->learner_id);
    }
  else if (g_str_equal (name, "learning-line"))
    {
      if (duaal_learning_line_page_get_group (self->learning_line_page) != self->group_id)
        duaal_learning_line_page_set_group (self->learning_line_page, self->group_id, 0);
    }
  else if (g_str_equal (name, "overview"))
    {
      if (duaal_overview_page_get_group (self->overview_page) != self->group_id)
        duaal_overview_page_set_group (self->overview_page, self->group_id);
    }
  else if (g_str_equal (name, "class"))
    {
      duaal_class_page_set_viewer (self->class_page, viewer, viewer_id);
      duaal_class_page_set_group (self->class_page, self->group_id);
    }
  else if (g_str_equal (name, "evaluation"))
    duaal_evaluation_page_set_group (self->evaluation_page, self->group_id);
  else if (g_str_equal (name, "visits"))
    duaal_visits_page_set_group (self->visits_page, self->group_id);
  else if (g_str_equal (name, "attention"))
    {
      duaal_attention_page_set_viewer (self->attention_page, viewer, viewer_id);
      duaal_attention_page_set_group (self->attention_page, self->group_id);
    }
}

/* Shows the view @name of the learner or group shown. */
static void
duaal_window_show_view (DuaalWindow *self,
                        const char  *name)
{
  if (name == NULL || self->sidebar == NULL)
    return;

  duaal_window_point_view (self, name);
  gtk_widget_set_visible (gtk_stack_get_child_by_name (self->content_stack, name), TRUE);
  gtk_stack_set_visible_child_name (self->content_stack, name);
}

static void
duaal_window_view_switched (DuaalWindow  *self,
                            GParamSpec   *pspec,
                            AdwViewStack *views)
{
  if (views == duaal_window_current_views (self))
    duaal_window_show_view (self, adw_view_stack_get_visible_child_name (views));
}

static void duaal_window_update_back_button (DuaalWindow *self);

static gboolean
duaal_window_update_bar_idle (gpointer user_data)
{
  DuaalWindow *self = DUAAL_WINDOW (user_data);

  self->bar_idle = 0;
  duaal_window_update_back_button (self);
  return G_SOURCE_REMOVE;
}

/* The switcher title decides whether it has room, and the leaflet
 * whether it folds, while they are being allocated: showing the back
 * button or the bar right then would resize the window in the middle of
 * its layout. */
static void
duaal_window_queue_update_back_button (DuaalWindow *self)
{
  if (self->bar_idle == 0)
    self->bar_idle = g_idle_add (duaal_window_update_bar_idle, self);
}

static void
duaal_window_update_back_button (DuaalWindow *self)
{
  gboolean content_shown = !adw_leaflet_get_folded (self->leaflet) ||
                           adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->content_box);

  gtk_widget_set_visible (GTK_WIDGET (self->back_button),
                          adw_leaflet_get_folded (self->leaflet) &&
                          adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->content_box));
  /* The bar at the bottom only where the title has no room for the
   * switcher, and only under the views, never under the list. */
  adw_view_switcher_bar_set_reveal (self->switcher_bar,
                                    content_shown && duaal_window_current_views (self) != NULL &&
                                    adw_view_switcher_title_get_title_visible (self->switcher_title));
}

/* Score sheets (SPEC section 16): of the class group shown, or of the
 * shown learner's; imported whenever there is a database. */
static void
duaal_window_update_sheet_actions (DuaalWindow *self)
{
  GAction *export = g_action_map_lookup_action (G_ACTION_MAP (self), "export-sheets");
  GAction *import = g_action_map_lookup_action (G_ACTION_MAP (self), "import-sheet");

  g_simple_action_set_enabled (G_SIMPLE_ACTION (export),
                               self->store != NULL && (self->group_id > 0 || self->learner_id > 0));
  g_simple_action_set_enabled (G_SIMPLE_ACTION (import), self->store != NULL);
}

/* Points the switchers at the views of what is shown. */
/* Reports (SPEC section 16): of the learner shown; of the class group
 * shown, or of the shown learner's. */
static void
duaal_window_update_report_actions (DuaalWindow *self)
{
  GAction *report = g_action_map_lookup_action (G_ACTION_MAP (self), "report");
  GAction *reports = g_action_map_lookup_action (G_ACTION_MAP (self), "reports");

  g_simple_action_set_enabled (G_SIMPLE_ACTION (report), self->learner_id > 0);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (reports), self->learner_id > 0 || self->group_id > 0);
}

static void
duaal_window_set_views (DuaalWindow *self)
{
  AdwViewStack *views = duaal_window_current_views (self);

  adw_view_switcher_title_set_stack (self->switcher_title, views);
  adw_view_switcher_bar_set_stack (self->switcher_bar, views);
  duaal_window_update_back_button (self);
  duaal_window_update_report_actions (self);
  duaal_window_update_sheet_actions (self);
  if (views != NULL)
    duaal_window_show_view (self, adw_view_stack_get_visible_child_name (views));
  else
    gtk_stack_set_visible_child_name (self->content_stack, "placeholder");
}

/* The switchers need an AdwViewStack; the views themselves stay in
 * content_stack (one GtkStack for every view, so that a learner's and a
 * group's views cross-fade alike).  These stacks hold empty pages that
 * are never shown: they are the switchers' list of views. */
static AdwViewStack *
duaal_window_new_views (DuaalWindow    *self,
                        const ViewInfo *infos,
                        guint           n_infos)
{
  AdwViewStack *views = ADW_VIEW_STACK (g_object_ref_sink (adw_view_stack_new ()));

  for (guint i = 0; i < n_infos; i++)
    {
      AdwViewStackPage *page = adw_view_stack_add_titled (views, adw_bin_new (), infos[i].name,
                                                          _(infos[i].title));
      adw_view_stack_page_set_icon_name (page, infos[i].icon_name);
    }
  g_signal_connect_object (views, "notify::visible-child-name",
                           G_CALLBACK (duaal_window_view_switched), self, G_CONNECT_SWAPPED);
  return views;
}

static void
duaal_window_add_switchers (DuaalWindow *self)
{
  self->learner_views = duaal_window_new_views (self, learner_view_infos, G_N_ELEMENTS (learner_view_infos));
  self->group_views = duaal_window_new_views (self, group_view_infos, G_N_ELEMENTS (group_view_infos));
}

static void
duaal_window_show_learner (DuaalWindow *self,
                           gint64       learner_id)
{
  g_autoptr(GError) error = NULL;

  if (gtk_widget_in_destruction (GTK_WIDGET (self)) || self->sidebar == NULL)
    return;

  self->group_id = 0;
  self->learner_id = 0;
  /* The same learner again (the sidebar selecting anew) keeps the
   * period and what is open: the page is current by itself. */
  if (learner_id > 0)
    duaal_window_ensure_learner_page (self);
  if (learner_id > 0 && learner_id == duaal_learner_page_get_learner_id (self->learner_page))
    self->learner_id = learner_id;
  else if (learner_id > 0 && !duaal_learner_page_load (self->learner_page, learner_id, &error))
    duaal_window_show_error (self, _("Cannot Open the Learner"), error);
  else
    self->learner_id = learner_id;
  duaal_window_set_views (self);
}

static void
duaal_window_show_group (DuaalWindow *self,
                         gint64       group_id)
{
  if (gtk_widget_in_destruction (GTK_WIDGET (self)) || self->sidebar == NULL)
    return;

  self->learner_id = 0;
  self->group_id = group_id;
  duaal_window_set_views (self);
}

/* Clicked or Enter: on a narrow window the leaflet moves to the views. */
static void
duaal_window_learner_activated (DuaalWindow *self,
                                gint64       learner_id)
{
  if (self->learner_id != learner_id)
    duaal_window_show_learner (self, learner_id);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content_box));
}

static void
duaal_window_group_activated (DuaalWindow *self,
                              gint64       group_id)
{
  if (self->group_id != group_id)
    duaal_window_show_group (self, group_id);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content_box));
}

static void
duaal_window_go_back (DuaalWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

gboolean
duaal_window_open_learner_at (DuaalWindow *self,
                              gint64       learner_id,
                              const char  *competence_id)
{
  g_return_val_if_fail (DUAAL_IS_WINDOW (self), FALSE);

  if (self->sidebar == NULL || !duaal_sidebar_select_learner (self->sidebar, learner_id))
    return FALSE;
  if (self->learner_id != learner_id)
    return FALSE;

  duaal_window_set_view (self, "coach");
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content_box));
  return competence_id == NULL || duaal_coach_page_show_competence (self->coach_page, competence_id);
}

/* An entry of the attention list: that learner, at that competence. */
static void
duaal_window_attention_open_learner (DuaalWindow *self,
                                     gint64       learner_id,
                                     const char  *competence_id)
{
  gint64 group_id = self->group_id;

  if (duaal_window_open_learner_at (self, learner_id, competence_id) && competence_id != NULL)
    {
      self->attention_group_id = group_id;
      duaal_coach_page_set_back_to_list (self->coach_page, TRUE);
    }
}

/* Back from a competence opened from the attention list: the list, as
 * it was left, with the row opened focused. */
static void
duaal_window_back_to_attention (DuaalWindow *self)
{
  if (self->sidebar == NULL || self->attention_group_id <= 0 ||
      !duaal_sidebar_select_group (self->sidebar, self->attention_group_id))
    return;
  duaal_window_set_view (self, "attention");
  duaal_attention_page_focus_last_opened (self->attention_page);
}

gboolean
duaal_window_set_view (DuaalWindow *self,
                       const char  *name)
{
  AdwViewStack *views;

  g_return_val_if_fail (DUAAL_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  views = duaal_window_current_views (self);
  if (views == NULL || adw_view_stack_get_child_by_name (views, name) == NULL)
    return FALSE;
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (views), name) == 0)
    duaal_window_show_view (self, name);
  else
    adw_view_stack_set_visible_child_name (views, name);
  return TRUE;
}

const char *
duaal_window_get_view (DuaalWindow *self)
{
  g_return_val_if_fail (DUAAL_IS_WINDOW (self), NULL);

  if (duaal_window_current_views (self) == NULL)
    return NULL;
  return gtk_stack_get_visible_child_name (self->content_stack);
}

/* Alt+1…4: the n-th view; Ctrl+Page Up/Down: the previous or next. */
static void
duaal_window_step_view (DuaalWindow *self,
                        int          index,
                        int          step)
{
  AdwViewStack *views = duaal_window_current_views (self);
  g_autoptr(GtkSelectionModel) pages = NULL;
  guint n;

  if (views == NULL)
    return;
  pages = adw_view_stack_get_pages (views);
  n = g_list_model_get_n_items (G_LIST_MODEL (pages));
  if (step != 0)
    {
      const char *current = adw_view_stack_get_visible_child_name (views);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

          if (g_strcmp0 (adw_view_stack_page_get_name (page), current) == 0)
            index = ((int) i + step + (int) n) % (int) n;
        }
    }
  if (index >= 0 && (guint) index < n)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), index);

      duaal_window_set_view (self, adw_view_stack_page_get_name (page));
    }
}

static void
duaal_window_show_view_action (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  duaal_window_step_view (DUAAL_WINDOW (user_data), g_variant_get_int32 (parameter) - 1, 0);
}

static void
duaal_window_next_view_action (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  duaal_window_step_view (DUAAL_WINDOW (user_data), -1, 1);
}

static void
duaal_window_previous_view_action (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  duaal_window_step_view (DUAAL_WINDOW (user_data), -1, -1);
}

/* Tables wider than a narrow window scroll sideways, rather than
 * widening the window beyond the screen; Scores fits any width. */
static void
duaal_window_add_view (DuaalWindow *self,
                       GtkWidget   *view,
                       const char  *name,
                       gpointer    *field)
{
  GtkWidget *scrolled;

  *field = view;
  if (g_str_equal (name, "learner"))
    {
      /* Made with the window but hidden until first shown: the first
       * frame, with no learner chosen, neither styles nor measures it. */
      gtk_widget_set_visible (view, FALSE);
      gtk_stack_add_named (self->content_stack, view, name);
      return;
    }

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  g_object_set_data (G_OBJECT (scrolled), "duaal-view", view);
  gtk_stack_add_named (self->content_stack, scrolled, name);
}

static void
duaal_window_add_workspace (DuaalWindow *self)
{
  self->sidebar = DUAAL_SIDEBAR (duaal_sidebar_new (self->store));
  gtk_widget_set_vexpand (GTK_WIDGET (self->sidebar), TRUE);
  gtk_box_append (self->sidebar_box, GTK_WIDGET (self->sidebar));

  /* No view yet: each is made when first shown. */
  g_signal_connect_object (self->sidebar, "learner-selected",
                           G_CALLBACK (duaal_window_show_learner), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar, "learner-activated",
                           G_CALLBACK (duaal_window_learner_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar, "group-selected",
                           G_CALLBACK (duaal_window_show_group), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar, "group-activated",
                           G_CALLBACK (duaal_window_group_activated), self, G_CONNECT_SWAPPED);
}

/* Lets go of every widget that holds the store, and of the store: a
 * restore replaces the file, and nobody may keep writing to the old one. */
static void
duaal_window_drop_workspace (DuaalWindow *self)
{
  GtkWidget *views[] = {
    GTK_WIDGET (self->learner_page), GTK_WIDGET (self->coach_page), GTK_WIDGET (self->evolution_page),
    GTK_WIDGET (self->route_page), GTK_WIDGET (self->overview_page), GTK_WIDGET (self->class_page),
    GTK_WIDGET (self->attention_page), GTK_WIDGET (self->learning_line_page),
    GTK_WIDGET (self->evaluation_page), GTK_WIDGET (self->visits_page),
  };

  self->learner_id = 0;
  self->group_id = 0;
  duaal_window_set_views (self);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    if (views[i] != NULL)
      {
        GtkWidget *child = views[i];

        while (gtk_widget_get_parent (child) != GTK_WIDGET (self->content_stack))
          child = gtk_widget_get_parent (child);
        gtk_stack_remove (self->content_stack, child);
      }
  if (self->sidebar != NULL)
    gtk_box_remove (self->sidebar_box, GTK_WIDGET (self->sidebar));
  self->sidebar = NULL;
  self->learner_page = NULL;
  self->coach_page = NULL;
  self->evolution_page = NULL;
  self->route_page = NULL;
  self->overview_page = NULL;
  self->learning_line_page = NULL;
  self->evaluation_page = NULL;
  self->visits_page = NULL;
  self->class_page = NULL;
  self->attention_page = NULL;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
}

DuaalSidebar *
duaal_window_get_sidebar (DuaalWindow *self)
{
  g_return_val_if_fail (DUAAL_IS_WINDOW (self), NULL);

  return self->sidebar;
}

DuaalLearnerPage *
duaal_window_get_learner_page (DuaalWindow *self)
{
  g_return_val_if_fail (DUAAL_IS_WINDOW (self), NULL);

  return duaal_window_ensure_learner_page (self);
}

GtkWidget *
duaal_window_get_view_page (DuaalWindow *self,
                            const char  *name)
{
  GtkWidget *child;

  g_return_val_if_fail (DUAAL_IS_WINDOW (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (g_str_equal (name, "placeholder"))
    return NULL;
  duaal_window_ensure_view (self, name);
  child = gtk_stack_get_child_by_name (self->content_stack, name);
  if (child != NULL && g_object_get_data (G_OBJECT (child), "duaal-view") != NULL)
    return g_object_get_data (G_OBJECT (child), "duaal-view");
  return child;
}

/* While a large database is checked it is shown read-only: what cannot
 * work yet is switched off, and a toast says why. */
static void
duaal_window_update_checking (DuaalWindow      *self,
                              DuaalApplication *application)
{
  gboolean checking = duaal_application_is_checking (application);
  GAction *import = g_action_map_lookup_action (G_ACTION_MAP (self), "import-qualification");
  GAction *restore = g_action_map_lookup_action (G_ACTION_MAP (self), "restore-backup");

  g_simple_action_set_enabled (G_SIMPLE_ACTION (restore), !checking);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (import), !checking && self->store != NULL);
  if (checking && self->store != NULL && self->checking_toast == NULL)
    {
      self->checking_toast = adw_toast_new (_("Checking the database: changes can be saved in a few seconds"));
      adw_toast_set_timeout (self->checking_toast, 0);
      g_object_add_weak_pointer (G_OBJECT (self->checking_toast), (gpointer *) &self->checking_toast);
      adw_toast_overlay_add_toast (self->toast_overlay, self->checking_toast);
    }
  else if (!checking && self->checking_toast != NULL)
    adw_toast_dismiss (self->checking_toast);
}

/* Which database the window shows, in the header: nothing for this
 * computer's own; for a team database who is connected, in which role,
 * and how the connection is protected (SPEC section 13). */
static void
duaal_window_show_connection (DuaalWindow      *self,
                              DuaalApplication *application)
{
  gboolean team = DUAAL_IS_PG_STORE (self->store);
  GAction *restore = g_action_map_lookup_action (G_ACTION_MAP (self), "restore-backup");
  g_autofree char *subtitle = NULL;

  duaal_connection_banner_set_store (self->connection_banner, self->store);
  /* A team database is backed up on its server (pg_dump), not here. */
  if (restore != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (restore), !team);
  if (team)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DuaalUser) user = duaal_store_whoami (self->store, &error);
      g_autofree char *where = duaal_pg_store_get_display_name (DUAAL_PG_STORE (self->store));
      g_autofree char *tls = duaal_pg_store_get_tls_summary (DUAAL_PG_STORE (self->store));

      self->team_role = user != NULL ? duaal_user_get_role (user) : DUAAL_VIEWER_COACH;
      if (user != NULL)
        /* Translators: "an@db.centrum.be/duaal · Trainer · TLS 1.3" */
        subtitle = g_strdup_printf (_("%s · %s · %s"), where,
                                    duaal_viewer_get_label (duaal_user_get_role (user)), tls);
      else
        subtitle = g_strdup_printf (_("%s · %s"), where, tls);
    }
  else
    self->team_role = DUAAL_VIEWER_COACH;
  if (self->learner_page != NULL)
    {
      if (self->team_role != DUAAL_VIEWER_COACH)
        duaal_learner_page_set_viewer (self->learner_page, self->team_role);
      duaal_learner_page_set_viewer_locked (self->learner_page, self->team_role != DUAAL_VIEWER_COACH);
    }
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle);
}

/* The store, or the reason the database could not be opened. */
static void
duaal_window_take_store_from (DuaalWindow      *self,
                              DuaalApplication *application)
{
  const GError *open_error = duaal_application_get_open_error (application);
  DuaalStore *store = duaal_application_get_store (application);

  if (self->store != NULL && self->store != store)
    {
      /* The check found the shown database damaged. */
      duaal_window_drop_workspace (self);
    }
  else if (self->store != NULL)
    {
      /* The same store, now writable. */
      duaal_window_update_checking (self, application);
      return;
    }

  if (duaal_application_is_checking (application) && store == NULL)
    {
      duaal_window_update_checking (self, application);
      duaal_window_show_page (self, "checking");
      return;
    }

  if (open_error != NULL || store == NULL)
    {
      g_autoptr(GError) unknown = g_error_new_literal (DUAAL_ERROR, DUAAL_ERROR_DATABASE,
                                                       _("The database is not open"));

      duaal_window_update_checking (self, application);
      duaal_window_show_page_error (self, _("Cannot Open the Database"),
                                    open_error != NULL ? open_error : unknown);
      return;
    }

  g_set_object (&self->store, store);
  g_signal_connect_object (store, "changed", G_CALLBACK (duaal_window_store_changed), self, 0);
  /* Writes of duaal-cli and other processes reach the views too. */
  duaal_store_watch (store);
  duaal_window_update_checking (self, application);
  duaal_window_add_workspace (self);
  duaal_window_show_connection (self, application);
  duaal_window_update_page (self);
}

void
duaal_window_take_store (DuaalWindow *self)
{
  g_return_if_fail (DUAAL_IS_WINDOW (self));

  duaal_window_take_store_from (self, DUAAL_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
}

/* ---- restoring a backup ---- */

gboolean
duaal_window_restore_backup (DuaalWindow  *self,
                             const char   *backup_path,
                             GError      **error)
{
  DuaalApplication *application;
  g_autoptr(GError) local_error = NULL;
  gboolean restored;

  g_return_val_if_fail (DUAAL_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);

  application = DUAAL_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  duaal_window_drop_workspace (self);
  duaal_application_close_store (application);
  restored = duaal_sqlite_backup_restore (duaal_application_get_database_path (application),
                                          backup_path, &local_error);
  /* Opened again either way: a refused backup leaves the file as it was. */
  duaal_application_open_store (application);
  duaal_window_take_store_from (self, application);

  if (!restored)
    {
      duaal_window_show_error (self, _("Cannot Restore the Backup"), local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Backup restored")));
  return TRUE;
}

/* "daily" and the others, as a coach reads them. */
static const char *
duaal_window_backup_reason_label (const char *reason)
{
  if (g_strcmp0 (reason, "daily") == 0)
    return _("Daily backup");
  if (g_strcmp0 (reason, "pre-migration") == 0)
    return _("Before a database update");
  if (g_strcmp0 (reason, "before-restore") == 0)
    return _("Before a restore");
  if (g_strcmp0 (reason, "manual") == 0)
    return _("Made by hand");
  return reason;
}

/* One row per backup, a radio button each: the first one chosen. */
static GtkWidget *
duaal_window_backup_row (const char     *path,
                         GtkCheckButton *group)
{
  GtkWidget *check = gtk_check_button_new ();
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *title = NULL;
  GtkWidget *row = adw_action_row_new ();

  if (duaal_sqlite_backup_describe (path, &time, &reason))
    {
      /* Translators: a backup's time, see g_date_time_format(): "23 november 2026, 10:15" */
      title = g_date_time_format (time, _("%-d %B %Y, %H:%M"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), duaal_window_backup_reason_label (reason));
    }
  else
    {
      g_autofree char *name = g_path_get_basename (path);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
    }
  gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), group == NULL);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data (G_OBJECT (row), "duaal-check", check);
  g_object_set_data_full (G_OBJECT (row), "duaal-backup-path", g_strdup (path), g_free);
  return row;
}

static void
duaal_window_confirm_restore_response (AdwMessageDialog *dialog,
                                       const char       *response,
                                       DuaalWindow      *self)
{
  const char *path = g_object_get_data (G_OBJECT (dialog), "duaal-backup-path");

  if (g_strcmp0 (response, "restore") == 0)
    duaal_window_restore_backup (self, path, NULL);
}

/* The second question: what is lost, what is kept. */
static AdwMessageDialog *
duaal_window_confirm_restore (DuaalWindow *self,
                              const char  *backup_path,
                              const char  *backup_title)
{
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  /* Translators: "Go Back to the Backup of 23 november 2026, 10:15?" */
  heading = g_strdup_printf (_("Go Back to the Backup of %s?"), backup_title);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading,
                                                       _("Everything changed since then is lost. "
                                                         "The database as it is now is first kept "
                                                         "as a backup, so this can be undone.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "restore", _("_Restore"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "duaal-backup-path", g_strdup (backup_path), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (duaal_window_confirm_restore_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

GtkListBoxRow *
duaal_window_get_chosen_backup (AdwMessageDialog *dialog)
{
  GtkWidget *list = g_object_get_data (G_OBJECT (dialog), "duaal-backup-list");
  GtkListBoxRow *row;

  for (int i = 0; list != NULL && (row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i)) != NULL; i++)
    if (gtk_check_button_get_active (g_object_get_data (G_OBJECT (row), "duaal-check")))
      return row;
  return NULL;
}

static void
duaal_window_choose_backup_response (AdwMessageDialog *dialog,
                                     const char       *response,
                                     DuaalWindow      *self)
{
  GtkListBoxRow *row = duaal_window_get_chosen_backup (dialog);

  if (g_strcmp0 (response, "restore") != 0 || row == NULL)
    return;
  duaal_window_confirm_restore (self, g_object_get_data (G_OBJECT (row), "duaal-backup-path"),
                                adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
}

AdwMessageDialog *
duaal_window_open_restore_dialog (DuaalWindow *self)
{
  DuaalApplication *application;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *scrolled, *list;
  GtkCheckButton *group = NULL;

  g_return_val_if_fail (DUAAL_IS_WINDOW (self), NULL);

  application = DUAAL_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  backups = duaal_sqlite_backup_list (duaal_application_get_database_path (application), &error);
  if (backups == NULL)
    return duaal_window_show_error (self, _("Cannot List the Backups"), error);

  if (backups->len == 0)
    {
      g_autoptr(GError) none = g_error_new_literal (DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND,
                                                    _("Duaal makes a backup every day it starts; "
                                                      "there is none of this database yet."));
      return duaal_window_show_error (self, _("No Backups Yet"), none);
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Restore from Backup"),
                                                       _("Choose the copy of the database to go back to.")));
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Backups"), -1);
  for (guint i = 0; i < backups->len; i++)
    {
      GtkWidget *row = duaal_window_backup_row (g_ptr_array_index (backups, i), group);

      group = group != NULL ? group : g_object_get_data (G_OBJECT (row), "duaal-check");
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  adw_message_dialog_set_extra_child (dialog, scrolled);
  g_object_set_data (G_OBJECT (dialog), "duaal-backup-list", list);

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "restore", _("_Restore…"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "restore");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (duaal_window_choose_backup_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
duaal_window_restore_backup_action (GSimpleAction *action,
                                    GVariant      *parameter,
                                    gpointer       user_data)
{
  duaal_window_open_restore_dialog (DUAAL_WINDOW (user_data));
}

DuaalWindow *
duaal_window_new (DuaalApplication *application)
{
  DuaalWindow *self;

  g_return_val_if_fail (DUAAL_IS_APPLICATION (application), NULL);

  self = g_object_new (DUAAL_TYPE_WINDOW,
                       "application", application,
                       NULL);
  duaal_window_take_store_from (self, application);
  return self;
}

static void
duaal_window_dispose (GObject *object)
{
  DuaalWindow *self = DUAAL_WINDOW (object);

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->file_chooser));
  g_clear_object (&self->file_chooser);

  g_clear_handle_id (&self->bar_idle, g_source_remove);
  if (self->checking_toast != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->checking_toast), (gpointer *) &self->checking_toast);
  self->checking_toast = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), DUAAL_TYPE_WINDOW);

  G_OBJECT_CLASS (duaal_window_parent_class)->dispose (object);
}

static void
duaal_window_finalize (GObject *object)
{
  DuaalWindow *self = DUAAL_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->importer);
  g_clear_object (&self->settings);
  g_clear_object (&self->learner_views);
  g_clear_object (&self->group_views);

  G_OBJECT_CLASS (duaal_window_parent_class)->finalize (object);
}

static void
duaal_window_class_init (DuaalWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = duaal_window_dispose;
  object_class->finalize = duaal_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Duaal/ui/duaal-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DuaalWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DuaalWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, DuaalWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, DuaalWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, DuaalWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, DuaalWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, DuaalWindow, sidebar_separator);
  gtk_widget_class_bind_template_child (widget_class, DuaalWindow, sidebar_box);
  gtk_widget_class_bind_template_child (widget_class, DuaalWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, DuaalWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, DuaalWindow, main_menu_button);
  gtk_widget_class_bind_template_child (widget_class, DuaalWindow, main_menu);
}

static void
duaal_window_present_report_dialog (DuaalWindow *self,
                                    gint64       learner_id,
                                    gint64       group_id)
{
  DuaalReportDialog *dialog;
  DuaalViewer viewer;

  if (self->store == NULL)
    return;
  dialog = duaal_report_dialog_new (GTK_WINDOW (self), self->store, self->toast_overlay, learner_id, group_id);
  if (dialog == NULL)
    return;
  /* For whom the views are shown; a team login other than a coach's
   * makes reports for its own role only (SPEC section 13). */
  viewer = duaal_window_get_viewer (self);
  if (DUAAL_IS_PG_STORE (self->store) && viewer != DUAAL_VIEWER_COACH)
    duaal_report_dialog_lock_reader (dialog, viewer);
  else
    duaal_report_dialog_set_reader (dialog, viewer);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
duaal_window_report_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  DuaalWindow *self = DUAAL_WINDOW (user_data);

  if (self->learner_id > 0)
    duaal_window_present_report_dialog (self, self->learner_id, 0);
}

static void
duaal_window_reports_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  DuaalWindow *self = DUAAL_WINDOW (user_data);
  g_autoptr(DuaalLearner) learner = NULL;
  gint64 group_id = self->group_id;

  if (group_id <= 0 && self->learner_id > 0 && self->store != NULL)
    {
      learner = duaal_store_get_learner (self->store, self->learner_id, NULL);
      group_id = learner != NULL ? duaal_learner_get_group_id (learner) : 0;
    }
  if (group_id > 0)
    duaal_window_present_report_dialog (self, 0, group_id);
}

/* The class group shown, or the shown learner's; 0 for none. */
static gint64
duaal_window_get_shown_group (DuaalWindow *self)
{
  g_autoptr(DuaalLearner) learner = NULL;

  if (self->store == NULL || self->group_id > 0)
    return self->store != NULL ? self->group_id : 0;
  if (self->learner_id > 0)
    learner = duaal_store_get_learner (self->store, self->learner_id, NULL);
  return learner != NULL ? duaal_learner_get_group_id (learner) : 0;
}

static void
duaal_window_export_sheets_action (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  DuaalWindow *self = DUAAL_WINDOW (user_data);
  gint64 group_id = duaal_window_get_shown_group (self);
  DuaalSheetExportDialog *dialog;

  if (group_id <= 0)
    return;
  dialog = duaal_sheet_export_dialog_new (GTK_WINDOW (self), self->store, self->toast_overlay, group_id);
  if (dialog != NULL)
    gtk_window_present (GTK_WINDOW (dialog));
}

static void
duaal_window_import_sheet_action (GSimpleAction *action,
                                  GVariant      *parameter,
                                  gpointer       user_data)
{
  DuaalWindow *self = DUAAL_WINDOW (user_data);

  if (self->store != NULL)
    duaal_sheet_import_dialog_choose (GTK_WINDOW (self), self->store, self->toast_overlay);
}

/* The shortcuts window, built the first time it is asked for rather
 * than with the window (where GtkApplication would build it from
 * gtk/help-overlay.ui): most sessions never open it, and every window's
 * first frame would wait for it. */
static void
duaal_window_show_help_overlay_action (GSimpleAction *action,
                                       GVariant      *parameter,
                                       gpointer       user_data)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (user_data);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/org/example/Duaal/ui/help-overlay.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      /* Modal, transient for this window and hidden when closed, as
       * GtkApplicationWindow keeps it; this action stays the one that
       * shows it. */
      gtk_application_window_set_help_overlay (window, overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

static const GActionEntry win_actions[] = {
  { "import-qualification", duaal_window_import_qualification_action },
  { "show-help-overlay", duaal_window_show_help_overlay_action },
  { "restore-backup", duaal_window_restore_backup_action },
  { "show-view", duaal_window_show_view_action, "i" },
  { "next-view", duaal_window_next_view_action },
  { "previous-view", duaal_window_previous_view_action },
  { "report", duaal_window_report_action },
  { "reports", duaal_window_reports_action },
  { "export-sheets", duaal_window_export_sheets_action },
  { "import-sheet", duaal_window_import_sheet_action },
};

/* A menu button's menu is built from its model when first opened, not
 * with the window: the window's first frame does not show it. */
static void
duaal_window_set_menu_when_opened (GtkMenuButton *button,
                                   gpointer       menu_model)
{
  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, menu_model);
}

static void
duaal_window_init (DuaalWindow *self)
{
  self->team_role = DUAAL_VIEWER_COACH;
  gtk_widget_init_template (GTK_WIDGET (self));
  duaal_widget_set_tooltip (GTK_WIDGET (self->main_menu_button), _("Main Menu"));
  duaal_window_bind_settings (self);
  gtk_menu_button_set_create_popup_func (self->main_menu_button, duaal_window_set_menu_when_opened,
                                         self->main_menu, NULL);

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions, G_N_ELEMENTS (win_actions), self);
  duaal_window_update_report_actions (self);
  duaal_window_update_sheet_actions (self);

  duaal_window_add_switchers (self);
  g_signal_connect_object (self->leaflet, "notify::folded",
                           G_CALLBACK (duaal_window_queue_update_back_button), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::visible-child",
                           G_CALLBACK (duaal_window_queue_update_back_button), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->back_button, "clicked",
                           G_CALLBACK (duaal_window_go_back), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->switcher_title, "notify::title-visible",
                           G_CALLBACK (duaal_window_queue_update_back_button), self, G_CONNECT_SWAPPED);

  /* Under the header bar: says when a team database is out of reach. */
  self->connection_banner = DUAAL_CONNECTION_BANNER (duaal_connection_banner_new ());
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->toast_overlay))),
                              GTK_WIDGET (self->connection_banner),
                              gtk_widget_get_prev_sibling (GTK_WIDGET (self->toast_overlay)));

  /* The separator is decoration: swiping back never stops on it. */
  adw_leaflet_page_set_navigatable (adw_leaflet_get_page (self->leaflet,
                                                          GTK_WIDGET (self->sidebar_separator)),
                                    FALSE);
}
