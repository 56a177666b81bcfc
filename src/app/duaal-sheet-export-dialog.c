/* duaal-sheet-export-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-sheet-export-dialog.h"
#include "duaal-sheet-import-dialog.h"
#include "duaal-sheet.h"

/* The first and last choices; the trainers are between them. */
#define CHOICE_EVERY_TRAINER 0

typedef struct {
  gint64  id;
  char   *name;      /* "Karel De Smet", for the file */
} Trainer;

struct _DuaalSheetExportDialog
{
  AdwWindow             parent_instance;

  DuaalStore           *store;
  AdwToastOverlay      *toasts;      /* (nullable) */
  gint64                group_id;
  GArray               *trainers;    /* Trainer, in the order of the group's learners */
  GtkFileChooserNative *chooser;     /* (nullable) while open */

  AdwWindowTitle       *window_title;
  AdwComboRow          *for_row;
  GtkButton            *export_button;
};

G_DEFINE_FINAL_TYPE (DuaalSheetExportDialog, duaal_sheet_export_dialog, ADW_TYPE_WINDOW)

static void
trainer_clear (Trainer *trainer)
{
  g_free (trainer->name);
}

static guint
choice_every_learner (DuaalSheetExportDialog *self)
{
  return self->trainers->len + 1;
}

static void
open_folder (AdwToast   *toast,
             const char *uri)
{
  g_app_info_launch_default_for_uri (uri, NULL, NULL);
}

static void
tell_result (DuaalSheetExportDialog *self,
             GFile                  *folder,
             guint                   n_files)
{
  g_autofree char *name = g_file_get_basename (folder);
  /* Translators: a toast, "3 score sheets saved in “Bladen”" */
  g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u score sheet saved in “%s”",
                                                         "%u score sheets saved in “%s”", n_files),
                                            n_files, name);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Open"));
  /* The toast outlives this dialog: it keeps its own copy of the uri. */
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (open_folder), g_file_get_uri (folder),
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  if (self->toasts != NULL)
    adw_toast_overlay_add_toast (self->toasts, toast);
  else
    g_object_unref (toast);
}

static GStrv
write_trainer (DuaalSheetExportDialog  *self,
               const Trainer           *trainer,
               const char              *folder,
               GError                 **error)
{
  g_autofree char *file = duaal_sheet_file_name (trainer->name);
  g_autofree char *path = g_build_filename (folder, file, NULL);
  char *files[2] = { NULL, NULL };

  if (!duaal_sheet_write_trainer (self->store, self->group_id, trainer->id, path, error))
    return NULL;
  files[0] = path;
  return g_strdupv (files);
}

GStrv
duaal_sheet_export_dialog_write_to (DuaalSheetExportDialog *self,
                                    GFile                  *folder)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  guint choice;
  GStrv files;

  g_return_val_if_fail (DUAAL_IS_SHEET_EXPORT_DIALOG (self), NULL);
  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  path = g_file_get_path (folder);
  choice = adw_combo_row_get_selected (self->for_row);
  if (choice == CHOICE_EVERY_TRAINER)
    files = duaal_sheet_write_group (self->store, self->group_id, DUAAL_ACTOR_TRAINER, path, &error);
  else if (choice == choice_every_learner (self))
    files = duaal_sheet_write_group (self->store, self->group_id, DUAAL_ACTOR_LEARNER, path, &error);
  else
    files = write_trainer (self, &g_array_index (self->trainers, Trainer, choice - 1), path, &error);
  if (files == NULL)
    {
      duaal_sheet_dialog_show_error (GTK_WINDOW (self), _("Could not save the score sheets"), error);
      return NULL;
    }
  tell_result (self, folder, g_strv_length (files));
  gtk_window_close (GTK_WINDOW (self));
  return files;
}

static void
on_chooser_response (GtkNativeDialog        *chooser,
                     int                     response,
                     DuaalSheetExportDialog *self)
{
  g_autoptr(GFile) folder = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
  if (folder != NULL)
    g_strfreev (duaal_sheet_export_dialog_write_to (self, folder));
}

static void
on_export_clicked (DuaalSheetExportDialog *self)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autoptr(GFile) start = g_file_new_for_path (documents != NULL ? documents : g_get_home_dir ());

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Choose a Folder for the Score Sheets"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Choose"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), start, NULL);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
duaal_sheet_export_dialog_dispose (GObject *object)
{
  DuaalSheetExportDialog *self = DUAAL_SHEET_EXPORT_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->store);
  g_clear_object (&self->toasts);
  g_clear_pointer (&self->trainers, g_array_unref);
  G_OBJECT_CLASS (duaal_sheet_export_dialog_parent_class)->dispose (object);
}

static void
duaal_sheet_export_dialog_class_init (DuaalSheetExportDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = duaal_sheet_export_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Duaal/ui/duaal-sheet-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DuaalSheetExportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, DuaalSheetExportDialog, for_row);
  gtk_widget_class_bind_template_child (widget_class, DuaalSheetExportDialog, export_button);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
duaal_sheet_export_dialog_init (DuaalSheetExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->trainers = g_array_new (FALSE, TRUE, sizeof (Trainer));
  g_array_set_clear_func (self->trainers, (GDestroyNotify) trainer_clear);
}

/* The group's trainers, each once, and the choices naming them. */
static gboolean
load_choices (DuaalSheetExportDialog  *self,
              GError                 **error)
{
  g_autoptr(GPtrArray) learners = duaal_store_list_learners (self->store, self->group_id, error);
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);

  if (learners == NULL)
    return FALSE;
  gtk_string_list_append (choices, _("Every trainer, one file each"));
  for (guint i = 0; i < learners->len; i++)
    {
      DuaalLearner *learner = g_ptr_array_index (learners, i);
      gint64 id = duaal_learner_get_trainer_id (learner);
      gboolean seen = id <= 0;
      Trainer trainer;
      g_autofree char *label = NULL;

      for (guint t = 0; t < self->trainers->len && !seen; t++)
        seen = g_array_index (self->trainers, Trainer, t).id == id;
      if (seen)
        continue;
      trainer.id = id;
      trainer.name = g_strdup (duaal_learner_get_trainer_name (learner));
      g_array_append_val (self->trainers, trainer);
      /* Translators: a trainer and their company, "Karel De Smet (Elektro De Smet bv)" */
      label = g_strdup_printf (_("%s (%s)"), trainer.name, duaal_learner_get_company_name (learner));
      gtk_string_list_append (choices, label);
    }
  gtk_string_list_append (choices, _("Every learner, one file each"));
  adw_combo_row_set_model (self->for_row, G_LIST_MODEL (choices));
  return TRUE;
}

DuaalSheetExportDialog *
duaal_sheet_export_dialog_new (GtkWindow       *parent,
                               DuaalStore      *store,
                               AdwToastOverlay *toasts,
                               gint64           group_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalClassGroup) group = NULL;
  DuaalSheetExportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DUAAL_IS_STORE (store), NULL);
  g_return_val_if_fail (toasts == NULL || ADW_IS_TOAST_OVERLAY (toasts), NULL);

  self = g_object_new (DUAAL_TYPE_SHEET_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->toasts = toasts != NULL ? g_object_ref (toasts) : NULL;
  self->group_id = group_id;
  group = duaal_store_get_group (store, group_id, &error);
  if (group == NULL || !load_choices (self, &error))
    {
      duaal_sheet_dialog_show_error (parent, _("Could not save the score sheets"), error);
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }
  adw_window_title_set_subtitle (self->window_title, duaal_class_group_get_name (group));
  return self;
}

guint
duaal_sheet_export_dialog_get_n_choices (DuaalSheetExportDialog *self)
{
  g_return_val_if_fail (DUAAL_IS_SHEET_EXPORT_DIALOG (self), 0);
  return self->trainers->len + 2;
}

gboolean
duaal_sheet_export_dialog_select_trainer (DuaalSheetExportDialog *self,
                                          gint64                  trainer_id)
{
  g_return_val_if_fail (DUAAL_IS_SHEET_EXPORT_DIALOG (self), FALSE);

  for (guint t = 0; t < self->trainers->len; t++)
    if (g_array_index (self->trainers, Trainer, t).id == trainer_id)
      {
        adw_combo_row_set_selected (self->for_row, t + 1);
        return TRUE;
      }
  return FALSE;
}
