/* duaal-export-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "duaal-accessible.h"
#include "duaal-export-dialog.h"
#include "duaal-route-chart.h"

struct _DuaalExportDialog
{
  AdwWindow             parent_instance;

  DuaalRoute           *route;
  DuaalRoute           *compare;
  char                 *period_label;
  GtkFileChooserNative *chooser;      /* (nullable) while open */

  AdwComboRow          *format_row;
  AdwActionRow         *width_row;
  GtkSpinButton        *width_spin;
  AdwExpanderRow       *height_row;
  GtkSpinButton        *height_spin;
  AdwComboRow          *scale_row;
  AdwActionRow         *size_row;
  GtkButton            *export_button;
};

G_DEFINE_FINAL_TYPE (DuaalExportDialog, duaal_export_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

const char *
duaal_export_format_get_extension (DuaalExportFormat format)
{
  switch (format)
    {
    case DUAAL_EXPORT_FORMAT_PNG: return "png";
    case DUAAL_EXPORT_FORMAT_SVG: return "svg";
    case DUAAL_EXPORT_FORMAT_PDF: return "pdf";
    default: g_return_val_if_reached ("png");
    }
}

static const char *
format_get_mime_type (DuaalExportFormat format)
{
  switch (format)
    {
    case DUAAL_EXPORT_FORMAT_PNG: return "image/png";
    case DUAAL_EXPORT_FORMAT_SVG: return "image/svg+xml";
    case DUAAL_EXPORT_FORMAT_PDF: return "application/pdf";
    default: g_return_val_if_reached ("image/png");
    }
}

/* ---- the table exports' files ---- */

GtkFileFilter *
duaal_export_file_filter_new (const char *extension)
{
  static const struct {
    const char *extension;
    const char *name;
    const char *mime_type;
  } kinds[] = {
    { "png", N_("PNG images"), "image/png" },
    { "pdf", N_("PDF documents"), "application/pdf" },
    { "csv", N_("CSV files"), "text/csv" },
    { "xlsx", N_("Spreadsheets (XLSX)"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  };
  GtkFileFilter *filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strdup_printf ("*.%s", extension);

  gtk_file_filter_add_pattern (filter, pattern);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (extension, kinds[i].extension))
      {
        gtk_file_filter_set_name (filter, _(kinds[i].name));
        gtk_file_filter_add_mime_type (filter, kinds[i].mime_type);
        return filter;
      }
  gtk_file_filter_set_name (filter, pattern);
  return filter;
}

GFile *
duaal_export_get_start_folder (const char *extension)
{
  gboolean image = g_strcmp0 (extension, "png") == 0 || g_strcmp0 (extension, "svg") == 0;
  const char *folder = g_get_user_special_dir (image ? G_USER_DIRECTORY_PICTURES : G_USER_DIRECTORY_DOCUMENTS);

  if (folder == NULL || !g_file_test (folder, G_FILE_TEST_IS_DIR))
    folder = g_get_home_dir ();
  return g_file_new_for_path (folder);
}

void
duaal_export_set_start_folder (GtkFileChooser *chooser,
                               const char     *extension)
{
  g_autoptr(GFile) folder = duaal_export_get_start_folder (extension);

  g_return_if_fail (GTK_IS_FILE_CHOOSER (chooser));

  /* Only a start: the chooser goes on without it. */
  gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}

GtkFileChooserNative *
duaal_export_table_chooser_new (const char *title,
                                GtkWindow  *parent,
                                const char *extension,
                                const char *name)
{
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter;

  g_return_val_if_fail (extension != NULL, NULL);

  chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  duaal_export_set_start_folder (GTK_FILE_CHOOSER (chooser), extension);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  filter = duaal_export_file_filter_new (extension);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  return chooser;
}

static void
unref_file (gpointer  file,
            GClosure *closure)
{
  g_object_unref (file);
}

static void
on_open_clicked (AdwToast *toast,
                 GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  g_app_info_launch_default_for_uri_async (uri, NULL, NULL, NULL, NULL);
}

AdwToast *
duaal_export_saved_toast_new (const char *title,
                              GFile      *file)
{
  AdwToast *toast = adw_toast_new (title);

  g_return_val_if_fail (G_IS_FILE (file), toast);

  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_open_clicked),
                         g_object_ref (file), unref_file, 0);
  return toast;
}

/* ---- settings ---- */

DuaalExportFormat
duaal_export_dialog_get_format (DuaalExportDialog *self)
{
  g_return_val_if_fail (DUAAL_IS_EXPORT_DIALOG (self), DUAAL_EXPORT_FORMAT_PNG);

  return MIN (adw_combo_row_get_selected (self->format_row), DUAAL_EXPORT_FORMAT_PDF);
}

void
duaal_export_dialog_set_format (DuaalExportDialog *self,
                                DuaalExportFormat  format)
{
  g_return_if_fail (DUAAL_IS_EXPORT_DIALOG (self));
  g_return_if_fail (format <= DUAAL_EXPORT_FORMAT_PDF);

  adw_combo_row_set_selected (self->format_row, format);
}

guint
duaal_export_dialog_get_width (DuaalExportDialog *self)
{
  g_return_val_if_fail (DUAAL_IS_EXPORT_DIALOG (self), DUAAL_EXPORT_DEFAULT_WIDTH);

  return (guint) gtk_spin_button_get_value_as_int (self->width_spin);
}

void
duaal_export_dialog_set_width (DuaalExportDialog *self,
                               guint              width)
{
  g_return_if_fail (DUAAL_IS_EXPORT_DIALOG (self));

  gtk_spin_button_set_value (self->width_spin, width);
}

guint
duaal_export_dialog_get_height (DuaalExportDialog *self)
{
  g_return_val_if_fail (DUAAL_IS_EXPORT_DIALOG (self), 0);

  if (!adw_expander_row_get_enable_expansion (self->height_row))
    return 0;
  return (guint) gtk_spin_button_get_value_as_int (self->height_spin);
}

void
duaal_export_dialog_set_height (DuaalExportDialog *self,
                                guint              height)
{
  g_return_if_fail (DUAAL_IS_EXPORT_DIALOG (self));

  if (height > 0)
    gtk_spin_button_set_value (self->height_spin, height);
  adw_expander_row_set_enable_expansion (self->height_row, height > 0);
}

guint
duaal_export_dialog_get_scale (DuaalExportDialog *self)
{
  g_return_val_if_fail (DUAAL_IS_EXPORT_DIALOG (self), 1);

  return MIN (adw_combo_row_get_selected (self->scale_row), 2) + 1;
}

void
duaal_export_dialog_set_scale (DuaalExportDialog *self,
                               guint              scale)
{
  g_return_if_fail (DUAAL_IS_EXPORT_DIALOG (self));
  g_return_if_fail (scale >= 1 && scale <= 3);

  adw_combo_row_set_selected (self->scale_row, scale - 1);
}

/* "1600 × 1200 pixels" and the like for the format, from the chart's
 * size in units. */
static char *
describe_size (DuaalExportFormat format,
               guint             width,
               double            height,
               guint             scale)
{
  switch (format)
    {
    case DUAAL_EXPORT_FORMAT_PNG:
      /* Translators: the size of the PNG export, "2400 × 3100 pixels" */
      return g_strdup_printf (_("%u × %u pixels"), width * scale, (guint) ceil (height * scale));
    case DUAAL_EXPORT_FORMAT_SVG:
      /* Translators: the size of the SVG export */
      return g_strdup_printf (_("%u × %u pixels, sharp at any size"), width, (guint) ceil (height));
    case DUAAL_EXPORT_FORMAT_PDF:
    default:
      /* Translators: the size of the PDF export; a point is 1/72 inch */
      return g_strdup_printf (_("%u × %u points, sharp at any size"), width, (guint) ceil (height));
    }
}

/* What the chosen settings give, so nobody has to work it out; a fixed
 * height the chart cannot be read in is said, and cannot be exported. */
static void
duaal_export_dialog_update_size (DuaalExportDialog *self)
{
  DuaalExportFormat format = duaal_export_dialog_get_format (self);
  guint width = duaal_export_dialog_get_width (self);
  guint height = duaal_export_dialog_get_height (self);
  guint scale = format == DUAAL_EXPORT_FORMAT_PNG ? duaal_export_dialog_get_scale (self) : 1;
  g_autofree char *size = NULL;
  gboolean fits = TRUE;

  if (height == 0)
    {
      double natural = 0;

      duaal_route_chart_measure (self->route, self->compare, NULL, width, &natural);
      size = describe_size (format, width, natural, scale);
    }
  else
    {
      double layout_width, layout_height, zoom;
      g_autofree char *box = describe_size (format, width, height, scale);

      fits = duaal_route_chart_fit (self->route, self->compare, width, height,
                                    &layout_width, &layout_height, &zoom);
      if (!fits)
        size = g_strdup_printf (_("%s: too small, the text would be unreadable"), box);
      else if (zoom < 1.0)
        /* Translators: "1600 × 1200 pixels, text at 87%" */
        size = g_strdup_printf (_("%s, text at %d%%"), box, (int) floor (zoom * 100));
      else
        size = g_steal_pointer (&box);
    }
  adw_action_row_set_subtitle (self->size_row, size);
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), fits);

  /* Vector formats have no pixels to multiply. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->scale_row), format == DUAAL_EXPORT_FORMAT_PNG);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->scale_row),
                               format == DUAAL_EXPORT_FORMAT_PNG
                               ? _("More pixels for the same chart")
                               : _("Only for PNG: SVG and PDF stay sharp at any size"));
}

/* ---- the file ---- */

static char *
safe_file_part (const char *text)
{
  char *part = g_strdup (text);

  /* A name may hold a slash; a file name may not. */
  g_strdelimit (part, "/\\:", '-');
  return part;
}

char *
duaal_export_dialog_get_file_name (DuaalExportDialog *self)
{
  const char *extension;
  g_autofree char *who = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (DUAAL_IS_EXPORT_DIALOG (self), NULL);

  extension = duaal_export_format_get_extension (duaal_export_dialog_get_format (self));
  if (self->compare == NULL)
    who = safe_file_part (duaal_learner_get_name (duaal_route_get_learner (self->route)));
  else
    /* Translators: part of a file name, "Anna Claes and Bram Dierckx" */
    who = g_strdup_printf (_("%s and %s"),
                           duaal_learner_get_name (duaal_route_get_learner (self->route)),
                           duaal_learner_get_name (duaal_route_get_learner (self->compare)));
  /* Translators: the proposed file name, "Competence route Anna Claes.png" */
  name = g_strdup_printf (_("Competence route %s.%s"), who, extension);
  return safe_file_part (name);
}

static char *
with_extension (const char        *path,
                DuaalExportFormat  format)
{
  const char *extension = duaal_export_format_get_extension (format);
  g_autofree char *lower = g_ascii_strdown (path, -1);
  g_autofree char *suffix = g_strconcat (".", extension, NULL);

  if (g_str_has_suffix (lower, suffix))
    return g_strdup (path);
  return g_strconcat (path, suffix, NULL);
}

static void
duaal_export_dialog_show_error (DuaalExportDialog *self,
                                const GError      *error)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Could not export the chart"),
                                                       error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
duaal_export_dialog_save (DuaalExportDialog  *self,
                          const char         *path,
                          GError            **error)
{
  DuaalExportFormat format;
  g_autofree char *full_path = NULL;
  g_autoptr(GError) local_error = NULL;
  DuaalRouteChartInfo info = { .period_label = NULL };

  g_return_val_if_fail (DUAAL_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  format = duaal_export_dialog_get_format (self);
  full_path = with_extension (path, format);
  info.period_label = self->period_label;

  if (!duaal_route_chart_export_sized (self->route, self->compare, &info, full_path,
                                       duaal_export_dialog_get_width (self),
                                       duaal_export_dialog_get_height (self),
                                       format == DUAAL_EXPORT_FORMAT_PNG ? duaal_export_dialog_get_scale (self) : 1,
                                       &local_error))
    {
      duaal_export_dialog_show_error (self, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  g_signal_emit (self, signals[SIGNAL_EXPORTED], 0, full_path);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
on_chooser_response (GtkNativeDialog   *chooser,
                     int                response,
                     DuaalExportDialog *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);
  g_clear_object (&self->chooser);

  if (file != NULL && path == NULL)
    {
      g_autoptr(GError) error = g_error_new (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                             _("The chart can only be saved in a local folder"));
      duaal_export_dialog_show_error (self, error);
      return;
    }
  if (path != NULL)
    duaal_export_dialog_save (self, path, NULL);
}

void
duaal_export_dialog_choose_file (DuaalExportDialog *self)
{
  DuaalExportFormat format;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  g_autofree char *pattern = NULL;

  g_return_if_fail (DUAAL_IS_EXPORT_DIALOG (self));

  if (self->chooser != NULL)
    return;

  format = duaal_export_dialog_get_format (self);
  name = duaal_export_dialog_get_file_name (self);
  pattern = g_strconcat ("*.", duaal_export_format_get_extension (format), NULL);
  /* The filter is named as the format is in the dialog, "PNG image". */
  gtk_file_filter_set_name (filter, gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (self->format_row)),
                                                                format));
  gtk_file_filter_add_mime_type (filter, format_get_mime_type (format));
  gtk_file_filter_add_pattern (filter, pattern);

  self->chooser = gtk_file_chooser_native_new (_("Export Chart"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  duaal_export_set_start_folder (GTK_FILE_CHOOSER (self->chooser), duaal_export_format_get_extension (format));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ---- GObject ---- */

DuaalExportDialog *
duaal_export_dialog_new (GtkWindow  *parent,
                         DuaalRoute *route,
                         DuaalRoute *compare,
                         const char *period_label)
{
  DuaalExportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DUAAL_IS_ROUTE (route), NULL);
  g_return_val_if_fail (compare == NULL || DUAAL_IS_ROUTE (compare), NULL);

  self = g_object_new (DUAAL_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->route = g_object_ref (route);
  self->compare = compare != NULL ? g_object_ref (compare) : NULL;
  self->period_label = g_strdup (period_label);
  duaal_export_dialog_update_size (self);
  return self;
}

static void
duaal_export_dialog_dispose (GObject *object)
{
  DuaalExportDialog *self = DUAAL_EXPORT_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->route);
  g_clear_object (&self->compare);

  gtk_widget_dispose_template (GTK_WIDGET (self), DUAAL_TYPE_EXPORT_DIALOG);
  G_OBJECT_CLASS (duaal_export_dialog_parent_class)->dispose (object);
}

static void
duaal_export_dialog_finalize (GObject *object)
{
  DuaalExportDialog *self = DUAAL_EXPORT_DIALOG (object);

  g_free (self->period_label);

  G_OBJECT_CLASS (duaal_export_dialog_parent_class)->finalize (object);
}

static void
on_settings_changed (DuaalExportDialog *self)
{
  if (self->route != NULL)
    duaal_export_dialog_update_size (self);
}

static void
duaal_export_dialog_class_init (DuaalExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = duaal_export_dialog_dispose;
  object_class->finalize = duaal_export_dialog_finalize;

  /**
   * DuaalExportDialog::exported:
   * @path: the file written
   */
  signals[SIGNAL_EXPORTED] =
    g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Duaal/ui/duaal-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DuaalExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, DuaalExportDialog, width_row);
  gtk_widget_class_bind_template_child (widget_class, DuaalExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, DuaalExportDialog, height_row);
  gtk_widget_class_bind_template_child (widget_class, DuaalExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, DuaalExportDialog, scale_row);
  gtk_widget_class_bind_template_child (widget_class, DuaalExportDialog, size_row);
  gtk_widget_class_bind_template_child (widget_class, DuaalExportDialog, export_button);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
duaal_export_dialog_init (DuaalExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  duaal_accessible_init_controls (GTK_WIDGET (self));

  g_signal_connect_object (self->format_row, "notify::selected",
                           G_CALLBACK (on_settings_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->scale_row, "notify::selected",
                           G_CALLBACK (on_settings_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->width_spin, "value-changed",
                           G_CALLBACK (on_settings_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->height_spin, "value-changed",
                           G_CALLBACK (on_settings_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->height_row, "notify::enable-expansion",
                           G_CALLBACK (on_settings_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->export_button, "clicked",
                           G_CALLBACK (duaal_export_dialog_choose_file), self, G_CONNECT_SWAPPED);
}
