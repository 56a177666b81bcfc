/* duaal-overview-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-error.h"
#include "duaal-export-dialog.h"
#include "duaal-live-view-private.h"
#include "duaal-adaptive-private.h"
#include "duaal-overview-page.h"
#include "duaal-overview-renderer.h"
#include "duaal-planner-dialog.h"
#include "duaal-planning.h"

struct _DuaalOverviewPage
{
  AdwBin                parent_instance;

  DuaalStore           *store;
  gint64                group_id;
  char                 *group_name;
  DuaalOverview        *overview;
  GtkFileChooserNative *chooser;        /* while one is open */
  char                 *export_format;  /* of the open save chooser */

  AdwToastOverlay      *toast_overlay;
  GtkBox               *toolbar;
  GtkToggleButton      *planned_button;
  GtkToggleButton      *actual_button;
  GtkToggleButton      *priority_button;
  GtkButton            *plan_button;
  GtkMenuButton        *export_button;
  GtkLabel             *summary_label;
  GtkStack             *stack;
  AdwStatusPage        *empty_page;
  GtkScrolledWindow    *scrolled;
  DuaalOverviewView    *view;

  /* A narrow window: the toolbar's buttons show their icons only. */
  gboolean              compact;
  guint                 compact_idle;
  GtkWidget            *priority_content;
  GtkWidget            *export_content;
};

/* Narrower than this, the toolbar's words give way to icons. */
#define COMPACT_WIDTH 640

G_DEFINE_FINAL_TYPE (DuaalOverviewPage, duaal_overview_page, ADW_TYPE_BIN)

/* ---- helpers -------------------------------------------------------- */

static GtkWindow *
get_parent_window (DuaalOverviewPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_error (DuaalOverviewPage *self,
            const char        *heading,
            const GError      *error)
{
  GtkWidget *dialog = adw_message_dialog_new (get_parent_window (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_toast (DuaalOverviewPage *self,
            AdwToast          *toast)
{
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static int
find_learner (DuaalOverview *overview,
              gint64         learner_id)
{
  for (guint l = 0; l < duaal_overview_get_n_learners (overview); l++)
    if (duaal_overview_get_learner_id (overview, l) == learner_id)
      return (int) l;
  return -1;
}

/* ---- summary line --------------------------------------------------- */

static char *
planned_summary (DuaalOverview *overview)
{
  guint counts[3] = { 0 };
  g_autofree char *gaps = NULL;
  g_autofree char *covered = NULL;
  g_autofree char *mixed = NULL;

  for (guint c = 0; c < duaal_overview_get_n_competences (overview); c++)
    counts[duaal_overview_get_row_status (overview, DUAAL_OVERVIEW_PLANNED, c)]++;
  gaps = g_strdup_printf (ngettext ("%u collective gap", "%u collective gaps", counts[DUAAL_ROW_GAP]),
                          counts[DUAAL_ROW_GAP]);
  covered = g_strdup_printf (ngettext ("%u competence collectively covered",
                                       "%u competences collectively covered", counts[DUAAL_ROW_COVERED]),
                             counts[DUAAL_ROW_COVERED]);
  mixed = g_strdup_printf (ngettext ("%u mixed", "%u mixed", counts[DUAAL_ROW_MIXED]), counts[DUAAL_ROW_MIXED]);
  return g_strdup_printf ("%s · %s · %s. %s", gaps, covered, mixed,
                          _("Click a cell to plan a competence at that learner’s workplace, or to take it out."));
}

static char *
actual_summary (DuaalOverview *overview)
{
  guint not_covered = 0, not_planned = 0;
  g_autofree char *crosses = NULL;
  g_autofree char *dots = NULL;

  for (guint l = 0; l < duaal_overview_get_n_learners (overview); l++)
    for (guint c = 0; c < duaal_overview_get_n_competences (overview); c++)
      {
        if (!duaal_overview_get_differs (overview, l, c))
          continue;
        if (duaal_overview_get_planned (overview, l, c))
          not_covered++;
        else
          not_planned++;
      }
  if (not_covered == 0 && not_planned == 0)
    return g_strdup (_("The workplaces cover exactly what the training plans say."));
  crosses = g_strdup_printf (ngettext ("%u planned cell not covered yet (cross)",
                                       "%u planned cells not covered yet (cross)", not_covered), not_covered);
  dots = g_strdup_printf (ngettext ("%u cell covered though not planned (dot)",
                                    "%u cells covered though not planned (dot)", not_planned), not_planned);
  return g_strdup_printf ("%s · %s. %s", crosses, dots,
                          _("From the workplace trainers’ scores (sometimes or regularly)."));
}

static void
update_summary (DuaalOverviewPage *self)
{
  g_autofree char *text = NULL;

  if (self->overview == NULL || duaal_overview_get_n_learners (self->overview) == 0)
    text = g_strdup ("");
  else if (duaal_overview_page_get_mode (self) == DUAAL_OVERVIEW_ACTUAL)
    text = actual_summary (self->overview);
  else
    text = planned_summary (self->overview);
  gtk_label_set_text (self->summary_label, text);
}

/* ---- loading -------------------------------------------------------- */

static void
set_actions_enabled (DuaalOverviewPage *self,
                     gboolean           enabled)
{
  static const char * const actions[] = {
    "overview.toggle-cell", "overview.set-cell", "overview.plan-sessions",
    "overview.export", "overview.print",
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "overview.import-activities", self->group_id != 0);
}

static void
show_empty (DuaalOverviewPage *self,
            const char        *title,
            const char        *description)
{
  adw_status_page_set_title (self->empty_page, title);
  adw_status_page_set_description (self->empty_page, description);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
reload (DuaalOverviewPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalClassGroup) group = NULL;

  g_clear_object (&self->overview);
  g_clear_pointer (&self->group_name, g_free);
  if (self->group_id != 0 && (group = duaal_store_get_group (self->store, self->group_id, &error)) != NULL)
    {
      self->group_name = g_strdup (duaal_class_group_get_name (group));
      self->overview = duaal_planning_load_overview (self->store, self->group_id, &error);
    }
  duaal_overview_view_set_overview (self->view, self->overview);

  if (self->group_id == 0)
    show_empty (self, _("No class group chosen"), _("Choose a class group to see its overview table."));
  else if (self->overview == NULL)
    show_empty (self, _("Cannot read the class group"), error->message);
  else if (duaal_overview_get_n_learners (self->overview) == 0)
    show_empty (self, _("No learners yet"),
                _("Add learners with their company to the class group to see its overview table."));
  else
    gtk_stack_set_visible_child_name (self->stack, "table");

  set_actions_enabled (self, self->overview != NULL && duaal_overview_get_n_learners (self->overview) > 0);
  update_summary (self);
}

static void
update (GtkWidget *widget)
{
  reload (DUAAL_OVERVIEW_PAGE (widget));
}

/* ---- cells ---------------------------------------------------------- */

gboolean
duaal_overview_page_set_cell (DuaalOverviewPage  *self,
                              gint64              learner_id,
                              const char         *competence_id,
                              gboolean            planned,
                              GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *learner_name = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  int learner;

  g_return_val_if_fail (DUAAL_IS_OVERVIEW_PAGE (self), FALSE);
  g_return_val_if_fail (competence_id != NULL, FALSE);

  if (!duaal_store_set_plan_cell (self->store, learner_id, competence_id, planned, &local_error))
    {
      show_error (self, _("Could not change the training plan"), local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  learner = self->overview != NULL ? find_learner (self->overview, learner_id) : -1;
  learner_name = g_strdup (learner >= 0 ? duaal_overview_get_learner_name (self->overview, learner) : "");
  reload (self);

  title = planned
          /* Translators: "c02 is now planned at the workplace of Jonas Peeters" */
          ? g_strdup_printf (_("%s is now planned at the workplace of %s"), competence_id, learner_name)
          : g_strdup_printf (_("%s is no longer planned at the workplace of %s"), competence_id, learner_name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "overview.set-cell");
  adw_toast_set_action_target_value (toast, g_variant_new ("(xsb)", learner_id, competence_id, !planned));
  show_toast (self, toast);
  return TRUE;
}

gboolean
duaal_overview_page_toggle_cell (DuaalOverviewPage  *self,
                                 gint64              learner_id,
                                 const char         *competence_id,
                                 GError            **error)
{
  int learner, competence;

  g_return_val_if_fail (DUAAL_IS_OVERVIEW_PAGE (self), FALSE);

  if (self->overview == NULL ||
      (learner = find_learner (self->overview, learner_id)) < 0 ||
      (competence = duaal_overview_find_competence (self->overview, competence_id)) < 0)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND,
                   _("Learner %lld or competence %s is not in this overview table"),
                   (long long) learner_id, competence_id);
      return FALSE;
    }
  return duaal_overview_page_set_cell (self, learner_id, competence_id,
                                       !duaal_overview_get_planned (self->overview, learner, competence),
                                       error);
}

static void
on_cell_activated (DuaalOverviewPage *self,
                   gint64             learner_id,
                   const char        *competence_id)
{
  duaal_overview_page_toggle_cell (self, learner_id, competence_id, NULL);
}

static void
toggle_cell_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  gint64 learner_id;
  const char *competence_id;

  g_variant_get (parameter, "(x&s)", &learner_id, &competence_id);
  duaal_overview_page_toggle_cell (DUAAL_OVERVIEW_PAGE (widget), learner_id, competence_id, NULL);
}

static void
set_cell_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  gint64 learner_id;
  const char *competence_id;
  gboolean planned;

  g_variant_get (parameter, "(x&sb)", &learner_id, &competence_id, &planned);
  duaal_overview_page_set_cell (DUAAL_OVERVIEW_PAGE (widget), learner_id, competence_id, planned, NULL);
}

/* ---- mode and order ------------------------------------------------- */

DuaalOverviewMode
duaal_overview_page_get_mode (DuaalOverviewPage *self)
{
  g_return_val_if_fail (DUAAL_IS_OVERVIEW_PAGE (self), DUAAL_OVERVIEW_PLANNED);
  return duaal_overview_view_get_mode (self->view);
}

void
duaal_overview_page_set_mode (DuaalOverviewPage *self,
                              DuaalOverviewMode  mode)
{
  g_return_if_fail (DUAAL_IS_OVERVIEW_PAGE (self));

  /* The buttons' ::toggled handler does the rest. */
  gtk_toggle_button_set_active (mode == DUAAL_OVERVIEW_ACTUAL ? self->actual_button : self->planned_button, TRUE);
}

static void
on_mode_toggled (DuaalOverviewPage *self)
{
  DuaalOverviewMode mode = gtk_toggle_button_get_active (self->actual_button) ? DUAAL_OVERVIEW_ACTUAL
                                                                               : DUAAL_OVERVIEW_PLANNED;

  duaal_overview_view_set_mode (self->view, mode);
  update_summary (self);
}

void
duaal_overview_page_set_sort_by_priority (DuaalOverviewPage *self,
                                          gboolean           by_priority)
{
  g_return_if_fail (DUAAL_IS_OVERVIEW_PAGE (self));
  gtk_toggle_button_set_active (self->priority_button, by_priority);
}

static void
on_priority_toggled (DuaalOverviewPage *self)
{
  duaal_overview_view_set_sort_by_priority (self->view, gtk_toggle_button_get_active (self->priority_button));
}

/* ---- export --------------------------------------------------------- */

gboolean
duaal_overview_page_export (DuaalOverviewPage  *self,
                            const char         *format,
                            GFile              *file,
                            GError            **error)
{
  DuaalOverview *shown;
  DuaalOverviewMode mode;
  g_autofree char *path = NULL;

  g_return_val_if_fail (DUAAL_IS_OVERVIEW_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  shown = duaal_overview_view_get_shown_overview (self->view);
  mode = duaal_overview_page_get_mode (self);
  path = g_file_get_path (file);
  if (shown == NULL || path == NULL)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   shown == NULL ? _("There is no overview table to export.")
                                 : _("Choose a file on this computer."));
      return FALSE;
    }
  if (g_strcmp0 (format, "png") == 0)
    return duaal_overview_render_png (shown, mode, 2.0, path, error);
  if (g_strcmp0 (format, "pdf") == 0)
    return duaal_overview_render_pdf (shown, mode, path, error);
  if (g_strcmp0 (format, "csv") == 0)
    return duaal_overview_write_csv (shown, mode, path, error);
  if (g_strcmp0 (format, "xlsx") == 0)
    return duaal_overview_write_xlsx (shown, mode, path, error);
  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID, _("Unknown export format “%s”"), format);
  return FALSE;
}

static void
on_export_response (GtkNativeDialog   *chooser,
                    int                response,
                    DuaalOverviewPage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      if (!duaal_overview_page_export (self, self->export_format, file, &error))
        show_error (self, _("Could not export the overview table"), error);
      else
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *title = g_strdup_printf (_("Exported to %s"), name);
          show_toast (self, duaal_export_saved_toast_new (title, file));
        }
    }
  g_clear_object (&self->chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DuaalOverviewPage *self = DUAAL_OVERVIEW_PAGE (widget);
  const char *format = g_variant_get_string (parameter, NULL);
  g_autofree char *name = NULL;

  g_free (self->export_format);
  self->export_format = g_strdup (format);
  /* Translators: the suggested file name of an export, without extension */
  name = g_strdup_printf ("%s - %s.%s", self->group_name != NULL ? self->group_name : "",
                          _("overview table"), format);
  self->chooser = duaal_export_table_chooser_new (_("Export the overview table"), get_parent_window (self),
                                                  format, name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ---- print ---------------------------------------------------------- */

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                gpointer           user_data)
{
  gtk_print_operation_set_n_pages (operation, 1);
}

/* The whole table on one page, scaled down to fit, never up. */
static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              DuaalOverviewPage *self)
{
  DuaalOverview *shown = duaal_overview_view_get_shown_overview (self->view);
  DuaalOverviewMode mode = duaal_overview_page_get_mode (self);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width, height, scale;

  if (shown == NULL)
    return;
  duaal_overview_renderer_measure (shown, mode, NULL, &width, &height);
  scale = MIN (1.0, MIN (gtk_print_context_get_width (context) / width,
                         gtk_print_context_get_height (context) / height));
  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  duaal_overview_renderer_draw (shown, mode, NULL, cr);
  cairo_restore (cr);
}

/* With @export_to, prints to that PDF without a dialog (for tests and
 * scripts); otherwise shows the print dialog. */
static gboolean
print_overview (DuaalOverviewPage  *self,
                GFile              *export_to,
                GError            **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  GtkPrintOperationResult result;

  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, self->group_name != NULL ? self->group_name : _("Overview table"));
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), self);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), self);

  if (export_to != NULL)
    {
      g_autofree char *path = g_file_get_path (export_to);

      gtk_print_operation_set_export_filename (operation, path);
      result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                        get_parent_window (self), error);
    }
  else
    result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                      get_parent_window (self), error);
  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  DuaalOverviewPage *self = DUAAL_OVERVIEW_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!print_overview (self, NULL, &error))
    show_error (self, _("Could not print the overview table"), error);
}

/* ---- import --------------------------------------------------------- */

gboolean
duaal_overview_page_reset_plans (DuaalOverviewPage  *self,
                                 GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *title = NULL;
  guint changed = 0;

  g_return_val_if_fail (DUAAL_IS_OVERVIEW_PAGE (self), FALSE);

  if (!duaal_planning_reset_plans (self->store, self->group_id, &changed, &local_error))
    {
      show_error (self, _("Could not change the training plans"), local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  reload (self);
  title = g_strdup_printf (ngettext ("The training plan of %u learner now follows the activity list.",
                                     "The training plans of %u learners now follow the activity lists.",
                                     changed), changed);
  show_toast (self, adw_toast_new (title));
  return TRUE;
}

static void
on_reset_response (AdwMessageDialog  *dialog,
                   const char        *response,
                   DuaalOverviewPage *self)
{
  if (g_str_equal (response, "reset"))
    duaal_overview_page_reset_plans (self, NULL);
}

static void
ask_reset_plans (DuaalOverviewPage *self)
{
  GtkWidget *dialog = adw_message_dialog_new (get_parent_window (self),
                                              _("Start the training plans from the new activity lists?"),
                                              _("The training plans of this class group’s learners still show what "
                                                "was planned before. They can start again from their company’s "
                                                "activity list; changes made cell by cell are then lost."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep the Plans"),
                                    "reset", _("_Start from the Lists"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reset",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect (dialog, "response", G_CALLBACK (on_reset_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* SPEC 14: a competence is planned where a context the company offers
 * offers it; one transaction for the whole group. */
gboolean
duaal_overview_page_plans_from_contexts (DuaalOverviewPage  *self,
                                         GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *title = NULL;
  guint n = 0;

  g_return_val_if_fail (DUAAL_IS_OVERVIEW_PAGE (self), FALSE);

  if (!duaal_store_reset_plans (self->store, self->group_id, DUAAL_PLAN_FROM_CONTEXTS, &n, &local_error))
    {
      show_error (self, _("Could not change the training plans"), local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  reload (self);
  title = g_strdup_printf (ngettext ("The training plan of %u learner now follows the contexts its company offers.",
                                     "The training plans of %u learners now follow the contexts their companies offer.",
                                     n), n);
  show_toast (self, adw_toast_new (title));
  return TRUE;
}

static void
on_plans_from_contexts_response (AdwMessageDialog  *dialog,
                                 const char        *response,
                                 DuaalOverviewPage *self)
{
  if (g_str_equal (response, "reset"))
    duaal_overview_page_plans_from_contexts (self, NULL);
}

static void
plans_from_contexts_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  DuaalOverviewPage *self = DUAAL_OVERVIEW_PAGE (widget);
  GtkWidget *dialog = adw_message_dialog_new (get_parent_window (self),
                                              _("Make the training plans from the offered contexts?"),
                                              _("Each learner’s training plan then holds the competences that the "
                                                "contexts offered by their company offer. Changes made cell by cell "
                                                "are lost."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep the Plans"),
                                    "reset", _("_Plans from Contexts"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reset", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect (dialog, "response", G_CALLBACK (on_plans_from_contexts_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
plans_from_activities_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  ask_reset_plans (DUAAL_OVERVIEW_PAGE (widget));
}

gboolean
duaal_overview_page_import_activities (DuaalOverviewPage  *self,
                                       GFile              *file,
                                       GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display_name = NULL;
  g_autofree char *title = NULL;
  DuaalActivityImportResult result = { 0 };

  g_return_val_if_fail (DUAAL_IS_OVERVIEW_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  display_name = g_file_get_basename (file);
  bytes = g_file_load_bytes (file, NULL, NULL, &local_error);
  if (bytes == NULL ||
      !duaal_planning_import_activities (self->store, display_name, bytes, self->group_id, &result, &local_error))
    {
      show_error (self, _("Could not import the activity lists"), local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  reload (self);

  title = g_strdup_printf (ngettext ("Activity list of %u company imported, %u changed.",
                                     "Activity lists of %u companies imported, %u changed.",
                                     result.companies),
                           result.companies, result.companies_changed);
  show_toast (self, adw_toast_new (title));
  /* Imports leave the training plans alone (duaal-planning.h): ask. */
  if (result.companies_changed > 0)
    ask_reset_plans (self);
  return TRUE;
}

static void
on_import_response (GtkNativeDialog   *chooser,
                    int                response,
                    DuaalOverviewPage *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      duaal_overview_page_import_activities (self, file, NULL);
    }
  g_clear_object (&self->chooser);
}

static void
import_activities_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  DuaalOverviewPage *self = DUAAL_OVERVIEW_PAGE (widget);
  GtkFileFilter *filter = gtk_file_filter_new ();

  self->chooser = gtk_file_chooser_native_new (_("Import activity lists (company,competence)"),
                                               get_parent_window (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.CSV");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_object_unref (filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_import_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ---- planner -------------------------------------------------------- */

GtkWindow *
duaal_overview_page_open_planner (DuaalOverviewPage *self)
{
  g_autoptr(GError) error = NULL;
  DuaalPlannerDialog *dialog;

  g_return_val_if_fail (DUAAL_IS_OVERVIEW_PAGE (self), NULL);

  dialog = duaal_planner_dialog_new (get_parent_window (self), self->store, self->group_id, &error);
  if (dialog == NULL)
    {
      show_error (self, _("Could not plan the campus sessions"), error);
      return NULL;
    }
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
plan_sessions_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  duaal_overview_page_open_planner (DUAAL_OVERVIEW_PAGE (widget));
}

/* ---- public --------------------------------------------------------- */

GtkWidget *
duaal_overview_page_new (DuaalStore *store)
{
  DuaalOverviewPage *self;

  g_return_val_if_fail (DUAAL_IS_STORE (store), NULL);

  self = g_object_new (DUAAL_TYPE_OVERVIEW_PAGE, NULL);
  self->store = g_object_ref (store);
  duaal_live_view_follow (GTK_WIDGET (self), store, update);
  return GTK_WIDGET (self);
}

DuaalStore *
duaal_overview_page_get_store (DuaalOverviewPage *self)
{
  g_return_val_if_fail (DUAAL_IS_OVERVIEW_PAGE (self), NULL);
  return self->store;
}

void
duaal_overview_page_set_group (DuaalOverviewPage *self,
                               gint64             group_id)
{
  g_return_if_fail (DUAAL_IS_OVERVIEW_PAGE (self));

  self->group_id = group_id;
  duaal_live_view_set_subject (GTK_WIDGET (self), group_id, 0);
  reload (self);
}

gint64
duaal_overview_page_get_group (DuaalOverviewPage *self)
{
  g_return_val_if_fail (DUAAL_IS_OVERVIEW_PAGE (self), 0);
  return self->group_id;
}

DuaalOverviewView *
duaal_overview_page_get_view (DuaalOverviewPage *self)
{
  g_return_val_if_fail (DUAAL_IS_OVERVIEW_PAGE (self), NULL);
  return self->view;
}

DuaalOverview *
duaal_overview_page_get_overview (DuaalOverviewPage *self)
{
  g_return_val_if_fail (DUAAL_IS_OVERVIEW_PAGE (self), NULL);
  return self->overview;
}

gboolean
duaal_overview_page_print (DuaalOverviewPage  *self,
                           GFile              *export_to,
                           GError            **error)
{
  g_return_val_if_fail (DUAAL_IS_OVERVIEW_PAGE (self), FALSE);
  return print_overview (self, export_to, error);
}

/* ---- GObject -------------------------------------------------------- */

/* Icons only, or icons and words; every button keeps its tooltip and
 * its accessible name either way. */
static gboolean
apply_compact (gpointer user_data)
{
  DuaalOverviewPage *self = DUAAL_OVERVIEW_PAGE (user_data);

  self->compact_idle = 0;
  if (self->compact)
    {
      gtk_button_set_icon_name (GTK_BUTTON (self->priority_button), "view-sort-descending-symbolic");
      gtk_button_set_icon_name (self->plan_button, "x-office-calendar-symbolic");
      gtk_menu_button_set_icon_name (self->export_button, "document-save-symbolic");
    }
  else
    {
      gtk_button_set_child (GTK_BUTTON (self->priority_button), self->priority_content);
      gtk_button_set_label (self->plan_button, _("Plan _sessions…"));
      gtk_menu_button_set_child (self->export_button, self->export_content);
    }
  return G_SOURCE_REMOVE;
}

/* The switch waits for idle: the window's layout is running now. */
static void
duaal_overview_page_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  DuaalOverviewPage *self = DUAAL_OVERVIEW_PAGE (widget);
  gboolean compact = duaal_adaptive_get_room (widget, width) < COMPACT_WIDTH;

  duaal_adaptive_bin_allocate_child (widget, width, height, baseline);
  if (compact != self->compact)
    {
      self->compact = compact;
      if (self->compact_idle == 0)
        self->compact_idle = g_idle_add (apply_compact, self);
    }
}

static void
duaal_overview_page_dispose (GObject *object)
{
  DuaalOverviewPage *self = DUAAL_OVERVIEW_PAGE (object);

  g_clear_handle_id (&self->compact_idle, g_source_remove);
  g_clear_object (&self->priority_content);
  g_clear_object (&self->export_content);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  G_OBJECT_CLASS (duaal_overview_page_parent_class)->dispose (object);
}

static void
duaal_overview_page_finalize (GObject *object)
{
  DuaalOverviewPage *self = DUAAL_OVERVIEW_PAGE (object);

  g_clear_object (&self->store);
  g_clear_object (&self->overview);
  g_free (self->group_name);
  g_free (self->export_format);

  G_OBJECT_CLASS (duaal_overview_page_parent_class)->finalize (object);
}

static void
duaal_overview_page_class_init (DuaalOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = duaal_overview_page_dispose;
  object_class->finalize = duaal_overview_page_finalize;
  widget_class->measure = duaal_adaptive_bin_measure;
  widget_class->size_allocate = duaal_overview_page_size_allocate;

  g_type_ensure (DUAAL_TYPE_OVERVIEW_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Duaal/ui/duaal-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DuaalOverviewPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DuaalOverviewPage, toolbar);
  gtk_widget_class_bind_template_child (widget_class, DuaalOverviewPage, planned_button);
  gtk_widget_class_bind_template_child (widget_class, DuaalOverviewPage, actual_button);
  gtk_widget_class_bind_template_child (widget_class, DuaalOverviewPage, priority_button);
  gtk_widget_class_bind_template_child (widget_class, DuaalOverviewPage, plan_button);
  gtk_widget_class_bind_template_child (widget_class, DuaalOverviewPage, export_button);
  gtk_widget_class_bind_template_child (widget_class, DuaalOverviewPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, DuaalOverviewPage, stack);
  gtk_widget_class_bind_template_child (widget_class, DuaalOverviewPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, DuaalOverviewPage, scrolled);
  gtk_widget_class_bind_template_child (widget_class, DuaalOverviewPage, view);
  gtk_widget_class_bind_template_callback (widget_class, on_mode_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_priority_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_cell_activated);

  gtk_widget_class_install_action (widget_class, "overview.toggle-cell", "(xs)", toggle_cell_action);
  gtk_widget_class_install_action (widget_class, "overview.set-cell", "(xsb)", set_cell_action);
  gtk_widget_class_install_action (widget_class, "overview.plan-sessions", NULL, plan_sessions_action);
  gtk_widget_class_install_action (widget_class, "overview.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "overview.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "overview.import-activities", NULL, import_activities_action);
  gtk_widget_class_install_action (widget_class, "overview.plans-from-activities", NULL, plans_from_activities_action);
  gtk_widget_class_install_action (widget_class, "overview.plans-from-contexts", NULL, plans_from_contexts_action);
}

static void
duaal_overview_page_init (DuaalOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  duaal_adaptive_bin_init (ADW_BIN (self));
  self->priority_content = g_object_ref (gtk_button_get_child (GTK_BUTTON (self->priority_button)));
  self->export_content = g_object_ref (gtk_menu_button_get_child (self->export_button));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->priority_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Campus priority"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->plan_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Plan sessions"), -1);
  set_actions_enabled (self, FALSE);
  show_empty (self, _("No class group chosen"), _("Choose a class group to see its overview table."));
}
