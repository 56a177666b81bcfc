/* duaal-sheet-import-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-error.h"
#include "duaal-sheet-import-dialog.h"

struct _DuaalSheetImportDialog
{
  AdwWindow             parent_instance;

  DuaalStore           *store;
  AdwToastOverlay      *toasts;      /* (nullable) */
  DuaalSheetImport     *import;

  AdwWindowTitle       *window_title;
  AdwPreferencesGroup  *conflict_group;
  AdwPreferencesGroup  *change_group;
  GtkSwitch            *force_switch;
  GtkButton            *apply_button;
};

G_DEFINE_FINAL_TYPE (DuaalSheetImportDialog, duaal_sheet_import_dialog, ADW_TYPE_WINDOW)

void
duaal_sheet_dialog_show_error (GtkWindow    *parent,
                               const char   *heading,
                               const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* "lil, S" or "not scored". */
static char *
value_text (const DuaalScoreValue *value)
{
  const char *mastery = duaal_mastery_to_string (value->mastery);
  const char *coverage = duaal_coverage_to_string (value->coverage);

  if (mastery == NULL && coverage == NULL)
    return g_strdup (_("not scored"));
  return g_strdup_printf ("%s, %s", mastery != NULL ? mastery : "–", coverage != NULL ? coverage : "–");
}

/* What a change does, e.g. "Mastery lil → V · Comment changed". */
static char *
change_text (const DuaalSheetItem *item)
{
  GString *text = g_string_new (NULL);

  if (item->fields & DUAAL_SCORE_FIELD_MASTERY)
    g_string_append_printf (text, "%s %s → %s", _("Mastery"),
                            duaal_mastery_to_string (item->current.mastery) ?: "–",
                            duaal_mastery_to_string (item->sheet.mastery) ?: "–");
  if (item->fields & DUAAL_SCORE_FIELD_COVERAGE)
    g_string_append_printf (text, "%s%s %s → %s", text->len > 0 ? " · " : "", _("Coverage"),
                            duaal_coverage_to_string (item->current.coverage) ?: "–",
                            duaal_coverage_to_string (item->sheet.coverage) ?: "–");
  if (item->fields & DUAAL_SCORE_FIELD_COMMENT)
    g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "", _("Comment changed"));
  return g_string_free (text, FALSE);
}

static GtkWidget *
item_row (const DuaalSheetItem *item)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = g_strdup_printf ("%s · %s", item->learner_name, item->indicator_id);
  g_autofree char *subtitle = NULL;

  if (item->conflict)
    {
      g_autofree char *current = value_text (&item->current);
      g_autofree char *sheet = value_text (&item->sheet);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      /* Translators: a conflict's two values, "In Duaal now: lil, S · In the sheet: V, R" */
      subtitle = g_strdup_printf (_("In Duaal now: %s · In the sheet: %s"), current, sheet);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Conflict"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }
  else
    subtitle = change_text (item);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  return row;
}

static void
update_summary (DuaalSheetImportDialog *self)
{
  gboolean force = gtk_switch_get_active (self->force_switch);
  guint changed, unchanged, skipped;
  g_autofree char *summary = NULL;

  duaal_sheet_import_count (self->import, force, &changed, &unchanged, &skipped);
  /* Translators: "2 changes, 1 skipped, 65 unchanged" */
  summary = g_strdup_printf (_("%u to change, %u skipped, %u unchanged"), changed, skipped, unchanged);
  adw_preferences_group_set_description (self->change_group, summary);
  gtk_widget_set_sensitive (GTK_WIDGET (self->apply_button), changed > 0);
}

static void
on_force_changed (DuaalSheetImportDialog *self)
{
  update_summary (self);
}

static void
fill (DuaalSheetImportDialog *self)
{
  guint n = duaal_sheet_import_get_n_items (self->import);

  for (guint i = 0; i < n; i++)
    {
      const DuaalSheetItem *item = duaal_sheet_import_get_item (self->import, i);

      adw_preferences_group_add (item->conflict ? self->conflict_group : self->change_group, item_row (item));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->conflict_group), duaal_sheet_import_get_n_conflicts (self->import) > 0);
  update_summary (self);
}

gboolean
duaal_sheet_import_dialog_apply (DuaalSheetImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  gboolean force;
  guint changed, unchanged, skipped;
  g_autofree char *title = NULL;

  g_return_val_if_fail (DUAAL_IS_SHEET_IMPORT_DIALOG (self), FALSE);

  force = gtk_switch_get_active (self->force_switch);
  if (!duaal_sheet_import_apply (self->import, force, &error))
    {
      /* A conflict that arose meanwhile: this preview is out of date. */
      gboolean stale = g_error_matches (error, DUAAL_ERROR, DUAAL_ERROR_CONFLICT);
      GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

      duaal_sheet_dialog_show_error (stale && parent != NULL ? parent : GTK_WINDOW (self),
                                     _("Could not import the score sheet"), error);
      if (stale)
        gtk_window_close (GTK_WINDOW (self));
      return FALSE;
    }
  duaal_sheet_import_count (self->import, force, &changed, &unchanged, &skipped);
  /* Translators: a toast, "Score sheet imported: 3 scores changed" */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Score sheet imported: %u score changed",
                                        "Score sheet imported: %u scores changed", changed), changed);
  if (self->toasts != NULL)
    adw_toast_overlay_add_toast (self->toasts, adw_toast_new (title));
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
duaal_sheet_import_dialog_dispose (GObject *object)
{
  DuaalSheetImportDialog *self = DUAAL_SHEET_IMPORT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->toasts);
  g_clear_object (&self->import);
  G_OBJECT_CLASS (duaal_sheet_import_dialog_parent_class)->dispose (object);
}

static void
duaal_sheet_import_dialog_class_init (DuaalSheetImportDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = duaal_sheet_import_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Duaal/ui/duaal-sheet-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DuaalSheetImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, DuaalSheetImportDialog, conflict_group);
  gtk_widget_class_bind_template_child (widget_class, DuaalSheetImportDialog, change_group);
  gtk_widget_class_bind_template_child (widget_class, DuaalSheetImportDialog, force_switch);
  gtk_widget_class_bind_template_child (widget_class, DuaalSheetImportDialog, apply_button);
  gtk_widget_class_bind_template_callback (widget_class, on_force_changed);
  gtk_widget_class_bind_template_callback (widget_class, duaal_sheet_import_dialog_apply);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
duaal_sheet_import_dialog_init (DuaalSheetImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

DuaalSheetImportDialog *
duaal_sheet_import_dialog_open (GtkWindow       *parent,
                                DuaalStore      *store,
                                AdwToastOverlay *toasts,
                                GFile           *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  DuaalSheetImport *import;
  DuaalSheetImportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DUAAL_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  import = path != NULL ? duaal_sheet_import_read (store, path, &error) : NULL;
  if (import == NULL)
    {
      if (error == NULL)
        g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Only a local file can be imported"));
      duaal_sheet_dialog_show_error (parent, _("This score sheet cannot be imported"), error);
      return NULL;
    }
  self = g_object_new (DUAAL_TYPE_SHEET_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->toasts = toasts != NULL ? g_object_ref (toasts) : NULL;
  self->import = import;
  name = g_file_get_basename (file);
  adw_window_title_set_subtitle (self->window_title, name);
  fill (self);
  return self;
}

typedef struct {
  GtkWindow       *parent;
  DuaalStore      *store;
  AdwToastOverlay *toasts;
} Choosing;

static void
choosing_free (Choosing *choosing)
{
  g_clear_object (&choosing->parent);
  g_clear_object (&choosing->store);
  g_clear_object (&choosing->toasts);
  g_free (choosing);
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     Choosing        *choosing)
{
  g_autoptr(GFile) file = NULL;
  DuaalSheetImportDialog *dialog = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    dialog = duaal_sheet_import_dialog_open (choosing->parent, choosing->store, choosing->toasts, file);
  if (dialog != NULL)
    gtk_window_present (GTK_WINDOW (dialog));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

void
duaal_sheet_import_dialog_choose (GtkWindow       *parent,
                                  DuaalStore      *store,
                                  AdwToastOverlay *toasts)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  Choosing *choosing = g_new0 (Choosing, 1);

  g_return_if_fail (DUAAL_IS_STORE (store));

  choosing->parent = parent != NULL ? g_object_ref (parent) : NULL;
  choosing->store = g_object_ref (store);
  choosing->toasts = toasts != NULL ? g_object_ref (toasts) : NULL;
  chooser = gtk_file_chooser_native_new (_("Import Score Sheet"), parent, GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Score sheets (XLSX)"));
  gtk_file_filter_add_mime_type (filter, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  gtk_file_filter_add_pattern (filter, "*.xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_data (chooser, "response", G_CALLBACK (on_chooser_response), choosing,
                         (GClosureNotify) (void (*) (void)) choosing_free, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

DuaalSheetImport *
duaal_sheet_import_dialog_get_import (DuaalSheetImportDialog *self)
{
  g_return_val_if_fail (DUAAL_IS_SHEET_IMPORT_DIALOG (self), NULL);
  return self->import;
}

void
duaal_sheet_import_dialog_set_force (DuaalSheetImportDialog *self,
                                     gboolean                force)
{
  g_return_if_fail (DUAAL_IS_SHEET_IMPORT_DIALOG (self));
  gtk_switch_set_active (self->force_switch, force);
}
