/* duaal-report-dialog.c: PDF reports of a learner or a class group (SPEC section 16)
 *
 * Threads: every report is built (read from the store, through the
 * viewer filter) on the main thread before the first file is written;
 * DuaalReport is read-only afterwards, so a worker thread may lay it out
 * and write it.  One GTask per file, started by the main thread when the
 * one before has finished: no store call ever leaves the main thread,
 * progress needs no cross-thread messages, and Cancel takes effect
 * before the next file, whatever the timing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "duaal-coach-view-private.h"
#include "duaal-error.h"
#include "duaal-report-dialog.h"
#include "duaal-report-renderer.h"
#include "duaal-tooltip.h"

/* The reader row's items, in the order of the template's list. */
static const DuaalViewer readers[] = {
  DUAAL_VIEWER_LEARNER, DUAAL_VIEWER_TRAINER, DUAAL_VIEWER_TEACHER, DUAAL_VIEWER_COACH,
};

struct _DuaalReportDialog
{
  AdwWindow             parent_instance;

  DuaalStore           *store;
  AdwToastOverlay      *toasts;        /* (nullable) */
  gint64                learner_id;    /* 0: the whole group */
  gint64                group_id;
  char                 *subject;       /* the learner's or the group's name */
  char                 *file_name;     /* the learner's report's suggested name */
  GArray               *period_numbers;
  GtkFileChooserNative *chooser;       /* (nullable) while open */

  /* A run: the reports and their files, written one at a time. */
  GPtrArray            *reports;       /* (nullable) DuaalReport */
  GStrv                 paths;
  GFile                *target;        /* the file, or the folder */
  guint                 n_written;
  gboolean              running;
  gboolean              cancelled;
  AdwToast             *toast;         /* (nullable) the last one shown */

  /* template children */
  AdwWindowTitle       *window_title;
  GtkButton            *close_button;
  GtkButton            *save_button;
  GtkStack             *stack;
  AdwComboRow          *reader_row;
  GtkDropDown          *period_dropdown;
  GtkLabel             *progress_label;
  GtkProgressBar       *progress_bar;
  GtkButton            *cancel_button;
};

G_DEFINE_FINAL_TYPE (DuaalReportDialog, duaal_report_dialog, ADW_TYPE_WINDOW)

static GtkWindow *
get_parent (DuaalReportDialog *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  return parent != NULL ? parent : GTK_WINDOW (self);
}

/* Opening what was written */

static void
on_launched (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    g_warning ("Could not open the reports: %s", error->message);
}

static void
open_uri (AdwToast   *toast,
          const char *uri)
{
  g_autoptr(GdkAppLaunchContext) context = gdk_display_get_app_launch_context (gdk_display_get_default ());

  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), NULL, on_launched, NULL);
}

static char *
result_title (DuaalReportDialog *self)
{
  g_autofree char *basename = g_file_get_basename (self->target);
  /* A toast's title is markup: a name may hold "&" or "<". */
  g_autofree char *name = g_markup_escape_text (basename, -1);

  if (self->cancelled)
    /* Translators: a toast after cancelling, "Stopped: 2 of 4 reports saved" */
    return g_strdup_printf (ngettext ("Stopped: %u of %u report saved", "Stopped: %u of %u reports saved",
                                      self->reports->len),
                            self->n_written, self->reports->len);
  if (self->learner_id > 0)
    /* Translators: a toast, "Report saved as “Jonas Peeters.pdf”" */
    return g_strdup_printf (_("Report saved as “%s”"), name);
  /* Translators: a toast, "4 reports saved in “Rapporten”" */
  return g_strdup_printf (ngettext ("%u report saved in “%s”", "%u reports saved in “%s”", self->n_written),
                          self->n_written, name);
}

/* The toast in the main window, with Open when there is something to
 * open: the file, or the folder of a class group's reports. */
static void
show_result (DuaalReportDialog *self)
{
  g_autofree char *title = result_title (self);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  if (self->n_written > 0)
    {
      adw_toast_set_button_label (toast, _("_Open"));
      /* The toast outlives this dialog: it keeps its own copy of the uri. */
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (open_uri), g_file_get_uri (self->target),
                             (GClosureNotify) (void (*) (void)) g_free, 0);
    }
  g_set_object (&self->toast, toast);
  if (self->toasts != NULL)
    adw_toast_overlay_add_toast (self->toasts, toast);
  else
    g_object_unref (toast);
}

static void
end_run (DuaalReportDialog *self)
{
  self->running = FALSE;
  show_result (self);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Writing, one file at a time */

typedef struct {
  DuaalReport *report;
  char        *path;
} WriteJob;

static void
write_job_free (WriteJob *job)
{
  g_object_unref (job->report);
  g_free (job->path);
  g_free (job);
}

/* In the worker thread: only the report, which nothing changes any more. */
static void
write_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  WriteJob *job = task_data;
  GError *error = NULL;

  if (duaal_report_write_pdf (job->report, job->path, NULL, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
update_progress (DuaalReportDialog *self)
{
  DuaalReport *report = g_ptr_array_index (self->reports, self->n_written);
  guint total = self->reports->len;
  /* Translators: while writing, "Writing the report of Jonas Peeters (2 of 4)…" */
  g_autofree char *label = g_strdup_printf (_("Writing the report of %s (%u of %u)…"),
                                            duaal_learner_get_name (duaal_report_get_learner (report)),
                                            self->n_written + 1, total);
  /* Translators: under the progress bar, "1 of 4 done" */
  g_autofree char *done = g_strdup_printf (_("%u of %u done"), self->n_written, total);

  gtk_label_set_text (self->progress_label, label);
  gtk_progress_bar_set_fraction (self->progress_bar, (double) self->n_written / total);
  gtk_progress_bar_set_text (self->progress_bar, done);
}

static void write_next (DuaalReportDialog *self);

static void
on_written (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  DuaalReportDialog *self = DUAAL_REPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      self->running = FALSE;
      duaal_coach_view_show_error (GTK_WIDGET (get_parent (self)), _("Could not write the report"), error);
      if (self->n_written > 0)
        show_result (self);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  self->n_written++;
  write_next (self);
}

static void
write_next (DuaalReportDialog *self)
{
  g_autoptr(GTask) task = NULL;
  WriteJob *job;

  if (self->n_written == self->reports->len || self->cancelled)
    {
      end_run (self);
      return;
    }
  update_progress (self);
  job = g_new0 (WriteJob, 1);
  job->report = g_object_ref (g_ptr_array_index (self->reports, self->n_written));
  job->path = g_strdup (self->paths[self->n_written]);
  /* The task holds the dialog until its callback has run. */
  task = g_task_new (self, NULL, on_written, NULL);
  g_task_set_source_tag (task, write_next);
  g_task_set_task_data (task, job, (GDestroyNotify) write_job_free);
  g_task_run_in_thread (task, write_in_thread);
}

/* Starting a run */

static DuaalViewer
selected_reader (DuaalReportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->reader_row);

  return selected < G_N_ELEMENTS (readers) ? readers[selected] : DUAAL_VIEWER_COACH;
}

static guint
selected_period (DuaalReportDialog *self)
{
  guint period = 0;

  duaal_coach_view_get_selected_period (self->period_dropdown, self->period_numbers, &period);
  return period;
}

/* On the main thread, where the store lives: every report, or none. */
static gboolean
prepare_run (DuaalReportDialog  *self,
             GFile              *target,
             GError            **error)
{
  g_autoptr(GPtrArray) reports = NULL;
  g_autofree char *target_path = g_file_get_path (target);
  g_auto(GStrv) names = NULL;
  GStrvBuilder *paths;

  if (self->learner_id > 0)
    {
      DuaalReport *report = duaal_report_new (self->store, self->learner_id, selected_period (self),
                                              selected_reader (self), error);

      if (report == NULL)
        return FALSE;
      reports = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (reports, report);
      names = g_new0 (char *, 2);
      names[0] = g_strdup (target_path);
    }
  else
    {
      reports = duaal_report_new_for_group (self->store, self->group_id, selected_period (self),
                                            selected_reader (self), error);
      if (reports == NULL)
        return FALSE;
      if (reports->len == 0)
        {
          g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID, _("This class group has no learners yet."));
          return FALSE;
        }
      names = duaal_report_file_names (reports);
    }

  paths = g_strv_builder_new ();
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = self->learner_id > 0 ? g_strdup (names[i])
                                                   : g_build_filename (target_path, names[i], NULL);

      g_strv_builder_add (paths, path);
    }
  g_strfreev (self->paths);
  self->paths = g_strv_builder_end (paths);
  g_strv_builder_unref (paths);
  g_set_object (&self->target, target);
  g_clear_pointer (&self->reports, g_ptr_array_unref);
  self->reports = g_steal_pointer (&reports);
  return TRUE;
}

void
duaal_report_dialog_write_to (DuaalReportDialog *self,
                              GFile             *target)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (DUAAL_IS_REPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (target));
  g_return_if_fail (!self->running);

  if (!prepare_run (self, target, &error))
    {
      duaal_coach_view_show_error (GTK_WIDGET (self), self->learner_id > 0 ? _("Could not make the report")
                                                                           : _("Could not make the reports"),
                                   error);
      return;
    }
  self->running = TRUE;
  self->cancelled = FALSE;
  self->n_written = 0;
  gtk_widget_set_visible (GTK_WIDGET (self->close_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->save_button), FALSE);
  gtk_stack_set_visible_child_name (self->stack, "progress");
  gtk_widget_grab_focus (GTK_WIDGET (self->cancel_button));
  write_next (self);
}

void
duaal_report_dialog_cancel (DuaalReportDialog *self)
{
  g_return_if_fail (DUAAL_IS_REPORT_DIALOG (self));

  if (!self->running)
    return;
  self->cancelled = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), FALSE);
  gtk_label_set_text (self->progress_label, _("Stopping after the report being written…"));
}

/* The file chooser */

static void
on_chooser_response (GtkNativeDialog   *chooser,
                     int                response,
                     DuaalReportDialog *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
  if (file != NULL)
    duaal_report_dialog_write_to (self, file);
}

/* Reports are documents: the chooser opens in the Documents folder. */
static GFile *
documents_folder (void)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  return g_file_new_for_path (documents != NULL ? documents : g_get_home_dir ());
}

static void
on_save_clicked (DuaalReportDialog *self)
{
  g_autoptr(GFile) folder = documents_folder ();
  gboolean one = self->learner_id > 0;

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (one ? _("Save Report") : _("Choose a Folder for the Reports"),
                                               GTK_WINDOW (self),
                                               one ? GTK_FILE_CHOOSER_ACTION_SAVE
                                                   : GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                               one ? _("_Save") : _("_Choose"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
  if (one)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _("PDF documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), self->file_name);
    }
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* A run in progress is not dropped by Escape or the window manager: it
 * is cancelled, and the dialog closes when the file being written is. */
static gboolean
on_close_request (GtkWindow *window)
{
  DuaalReportDialog *self = DUAAL_REPORT_DIALOG (window);

  if (!self->running)
    return FALSE;
  duaal_report_dialog_cancel (self);
  return TRUE;
}

static void
duaal_report_dialog_dispose (GObject *object)
{
  DuaalReportDialog *self = DUAAL_REPORT_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->store);
  g_clear_object (&self->toasts);
  gtk_widget_dispose_template (GTK_WIDGET (self), DUAAL_TYPE_REPORT_DIALOG);
  G_OBJECT_CLASS (duaal_report_dialog_parent_class)->dispose (object);
}

static void
duaal_report_dialog_finalize (GObject *object)
{
  DuaalReportDialog *self = DUAAL_REPORT_DIALOG (object);

  g_free (self->subject);
  g_free (self->file_name);
  g_array_unref (self->period_numbers);
  g_clear_pointer (&self->reports, g_ptr_array_unref);
  g_strfreev (self->paths);
  g_clear_object (&self->target);
  g_clear_object (&self->toast);
  G_OBJECT_CLASS (duaal_report_dialog_parent_class)->finalize (object);
}

static void
duaal_report_dialog_class_init (DuaalReportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = duaal_report_dialog_dispose;
  object_class->finalize = duaal_report_dialog_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = on_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Duaal/ui/duaal-report-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DuaalReportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, DuaalReportDialog, close_button);
  gtk_widget_class_bind_template_child (widget_class, DuaalReportDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, DuaalReportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, DuaalReportDialog, reader_row);
  gtk_widget_class_bind_template_child (widget_class, DuaalReportDialog, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DuaalReportDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, DuaalReportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, DuaalReportDialog, cancel_button);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, duaal_report_dialog_cancel);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
duaal_report_dialog_init (DuaalReportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->period_numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  duaal_report_dialog_set_reader (self, DUAAL_VIEWER_COACH);
}

/* The learner's or the group's name, and the learner's group. */
static gboolean
load_subject (DuaalReportDialog  *self,
              GError            **error)
{
  g_autoptr(DuaalLearner) learner = NULL;
  g_autoptr(DuaalClassGroup) group = NULL;

  if (self->learner_id > 0)
    {
      learner = duaal_store_get_learner (self->store, self->learner_id, error);
      if (learner == NULL)
        return FALSE;
      self->group_id = duaal_learner_get_group_id (learner);
      self->subject = g_strdup (duaal_learner_get_name (learner));
      self->file_name = duaal_report_file_name (learner);
      return TRUE;
    }
  group = duaal_store_get_group (self->store, self->group_id, error);
  if (group == NULL)
    return FALSE;
  self->subject = g_strdup (duaal_class_group_get_name (group));
  return TRUE;
}

DuaalReportDialog *
duaal_report_dialog_new (GtkWindow       *parent,
                         DuaalStore      *store,
                         AdwToastOverlay *toasts,
                         gint64           learner_id,
                         gint64           group_id)
{
  g_autoptr(GError) error = NULL;
  DuaalReportDialog *self;
  gboolean one = learner_id > 0;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DUAAL_IS_STORE (store), NULL);
  g_return_val_if_fail (toasts == NULL || ADW_IS_TOAST_OVERLAY (toasts), NULL);
  g_return_val_if_fail (learner_id > 0 || group_id > 0, NULL);

  self = g_object_new (DUAAL_TYPE_REPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->toasts = toasts != NULL ? g_object_ref (toasts) : NULL;
  self->learner_id = learner_id;
  self->group_id = group_id;
  if (!load_subject (self, &error))
    {
      if (parent != NULL)
        duaal_coach_view_show_error (GTK_WIDGET (parent), _("Could not make the report"), error);
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }
  gtk_window_set_title (GTK_WINDOW (self), one ? _("Report") : _("Reports for the Class Group"));
  adw_window_title_set_title (self->window_title, one ? _("Report") : _("Reports for the Class Group"));
  adw_window_title_set_subtitle (self->window_title, self->subject);
  gtk_button_set_label (self->save_button, one ? _("_Save…") : _("_Choose Folder…"));
  duaal_widget_set_tooltip (GTK_WIDGET (self->save_button),
                               one ? _("Choose where to save the report")
                                   : _("Choose the folder for the reports, one file per learner"));
  duaal_coach_view_fill_periods (self->period_dropdown, self->period_numbers, store, self->group_id, 0);
  return self;
}

void
duaal_report_dialog_set_reader (DuaalReportDialog *self,
                                DuaalViewer        reader)
{
  g_return_if_fail (DUAAL_IS_REPORT_DIALOG (self));

  for (guint i = 0; i < G_N_ELEMENTS (readers); i++)
    if (readers[i] == reader)
      adw_combo_row_set_selected (self->reader_row, i);
}

void
duaal_report_dialog_lock_reader (DuaalReportDialog *self,
                                 DuaalViewer        reader)
{
  g_return_if_fail (DUAAL_IS_REPORT_DIALOG (self));

  duaal_report_dialog_set_reader (self, reader);
  gtk_widget_set_sensitive (GTK_WIDGET (self->reader_row), FALSE);
}

DuaalViewer
duaal_report_dialog_get_reader (DuaalReportDialog *self)
{
  g_return_val_if_fail (DUAAL_IS_REPORT_DIALOG (self), DUAAL_VIEWER_COACH);
  return selected_reader (self);
}

gboolean
duaal_report_dialog_set_period (DuaalReportDialog *self,
                                guint              period)
{
  g_return_val_if_fail (DUAAL_IS_REPORT_DIALOG (self), FALSE);
  return duaal_coach_view_select_period (self->period_dropdown, self->period_numbers, period);
}

gboolean
duaal_report_dialog_is_running (DuaalReportDialog *self)
{
  g_return_val_if_fail (DUAAL_IS_REPORT_DIALOG (self), FALSE);
  return self->running;
}

guint
duaal_report_dialog_get_n_written (DuaalReportDialog *self)
{
  g_return_val_if_fail (DUAAL_IS_REPORT_DIALOG (self), 0);
  return self->n_written;
}

guint
duaal_report_dialog_get_n_reports (DuaalReportDialog *self)
{
  g_return_val_if_fail (DUAAL_IS_REPORT_DIALOG (self), 0);
  return self->reports != NULL ? self->reports->len : 0;
}

gboolean
duaal_report_dialog_was_cancelled (DuaalReportDialog *self)
{
  g_return_val_if_fail (DUAAL_IS_REPORT_DIALOG (self), FALSE);
  return self->cancelled;
}

AdwToast *
duaal_report_dialog_get_toast (DuaalReportDialog *self)
{
  g_return_val_if_fail (DUAAL_IS_REPORT_DIALOG (self), NULL);
  return self->toast;
}
