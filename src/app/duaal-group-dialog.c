/* duaal-group-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-accessible.h"
#include "duaal-error.h"
#include "duaal-group-dialog.h"
#include "duaal-save-dialog-private.h"
#include "duaal-store-rules.h"

/* The fields of one period of a new group. */
typedef struct {
  GtkWidget *name;
  GtkWidget *starts;
  GtkWidget *ends;
} PeriodFields;

struct _DuaalGroupDialog
{
  AdwMessageDialog  parent_instance;

  DuaalStore       *store;
  DuaalClassGroup  *group;           /* (nullable): renaming */
  GPtrArray        *qualifications;  /* (element-type DuaalQualification) */
  GtkWidget        *name_entry;
  GtkWidget        *qualification_box;
  GtkWidget        *qualification_dropdown;
  GtkStringList    *qualification_titles;
  GtkWidget        *teachers_box;
  GtkWidget        *teachers_entry;
  GtkWidget        *periods_box;
  GtkWidget        *periods_hint;
  GtkWidget        *periods_grid;
  GArray           *periods;         /* PeriodFields, by number - 1 */
  gboolean          saved;
};

G_DEFINE_FINAL_TYPE (DuaalGroupDialog, duaal_group_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* (out) @date: NULL for an empty field.  FALSE when the field holds no
 * date. */
static gboolean
read_date (GtkWidget  *entry,
           GDate     **date)
{
  g_autofree char *text = duaal_save_dialog_entry_text (entry);

  *date = NULL;
  return text[0] == '\0' || (*date = duaal_period_date_from_text (text)) != NULL;
}

/* Marks a date field that holds no date; whether every field is fine. */
static gboolean
duaal_group_dialog_check_dates (DuaalGroupDialog *self)
{
  gboolean all_fine = TRUE;

  for (guint i = 0; self->periods != NULL && i < self->periods->len; i++)
    {
      PeriodFields *fields = &g_array_index (self->periods, PeriodFields, i);
      GtkWidget *dates[] = { fields->starts, fields->ends };

      for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
        {
          g_autoptr(GDate) date = NULL;
          gboolean fine = read_date (dates[d], &date);

          if (fine)
            gtk_widget_remove_css_class (dates[d], "error");
          else
            gtk_widget_add_css_class (dates[d], "error");
          all_fine = all_fine && fine;
        }
    }
  return all_fine;
}

static void
duaal_group_dialog_update_save (DuaalGroupDialog *self)
{
  g_autofree char *name = duaal_save_dialog_entry_text (self->name_entry);
  gboolean has_qualification = self->group != NULL ||
    (self->qualifications != NULL && self->qualifications->len > 0);
  gboolean dates_fine = duaal_group_dialog_check_dates (self);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save",
                                           name[0] != '\0' && has_qualification && dates_fine);
}

static void
free_date (gpointer date)
{
  if (date != NULL)
    g_date_free (date);
}

/* The periods' names and dates as typed (@dates keeps the dates); FALSE
 * with @error set when a date field holds no date. */
static gboolean
duaal_group_dialog_read_periods (DuaalGroupDialog  *self,
                                 GArray            *periods,
                                 GPtrArray         *names,
                                 GPtrArray         *dates,
                                 GError           **error)
{
  for (guint i = 0; i < self->periods->len; i++)
    {
      PeriodFields *fields = &g_array_index (self->periods, PeriodFields, i);
      GDate *starts = NULL, *ends = NULL;
      char *name = duaal_save_dialog_entry_text (fields->name);

      g_ptr_array_add (names, name);
      if (!read_date (fields->starts, &starts) || !read_date (fields->ends, &ends))
        {
          g_clear_pointer (&starts, g_date_free);
          g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID, _("A date of period %u is not a date"), i + 1);
          return FALSE;
        }
      g_ptr_array_add (dates, starts);
      g_ptr_array_add (dates, ends);
      g_array_append_val (periods, ((DuaalPeriodInput) { name, starts, ends }));
    }
  return TRUE;
}

/* A new group with its qualification, teachers (one per comma) and
 * periods: all stored, or nothing. */
static gint64
duaal_group_dialog_create (DuaalGroupDialog    *self,
                           const char          *name,
                           DuaalQualification  *qualification,
                           GError             **error)
{
  g_autofree char *text = duaal_save_dialog_entry_text (self->teachers_entry);
  g_auto(GStrv) teachers = g_strsplit_set (text, ",;", -1);
  g_autoptr(GArray) periods = g_array_new (FALSE, TRUE, sizeof (DuaalPeriodInput));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (free_date);

  if (!duaal_group_dialog_read_periods (self, periods, names, dates, error))
    return 0;
  return duaal_store_add_group_with (self->store, name, duaal_qualification_get_code (qualification),
                                     duaal_qualification_get_version (qualification),
                                     (const char * const *) teachers,
                                     (const DuaalPeriodInput *) periods->data, periods->len, error);
}

gint64
duaal_group_dialog_save (DuaalGroupDialog  *self,
                         GError           **error)
{
  g_autofree char *name = NULL;
  DuaalQualification *qualification;
  guint selected;

  g_return_val_if_fail (DUAAL_IS_GROUP_DIALOG (self), 0);

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry))));
  if (name[0] == '\0')
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID, _("A class group needs a name"));
      return 0;
    }

  if (self->group != NULL)
    {
      gint64 id = duaal_class_group_get_id (self->group);

      return duaal_store_rename_group (self->store, id, name, error) ? id : 0;
    }

  selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->qualification_dropdown));
  if (self->qualifications == NULL || selected >= self->qualifications->len)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("Choose the qualification the class group follows"));
      return 0;
    }

  qualification = g_ptr_array_index (self->qualifications, selected);
  return duaal_group_dialog_create (self, name, qualification, error);
}

static void
duaal_group_dialog_response (AdwMessageDialog *dialog,
                             const char       *response)
{
  DuaalGroupDialog *self = DUAAL_GROUP_DIALOG (dialog);
  gint64 id = duaal_save_dialog_respond (dialog, response, (DuaalSaveDialogSave) duaal_group_dialog_save,
                                         _("Cannot Save the Class Group"));

  if (id > 0)
    {
      self->saved = TRUE;
      g_signal_emit (self, signals[SAVED], 0, id);
    }
}

/* Enter in a field does what the Create button does: stores the group
 * once and closes. */
static void
on_entry_activate (DuaalGroupDialog *self)
{
  duaal_save_dialog_activate (ADW_MESSAGE_DIALOG (self), &self->saved);
}

static void
duaal_group_dialog_dispose (GObject *object)
{
  DuaalGroupDialog *self = DUAAL_GROUP_DIALOG (object);

  g_clear_pointer (&self->qualifications, g_ptr_array_unref);
  g_clear_pointer (&self->periods, g_array_unref);
  g_clear_object (&self->group);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (duaal_group_dialog_parent_class)->dispose (object);
}

static void
duaal_group_dialog_class_init (DuaalGroupDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = duaal_group_dialog_dispose;
  dialog_class->response = duaal_group_dialog_response;

  /* @group_id: the created or renamed group */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Duaal/ui/duaal-group-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DuaalGroupDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, DuaalGroupDialog, qualification_box);
  gtk_widget_class_bind_template_child (widget_class, DuaalGroupDialog, qualification_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DuaalGroupDialog, qualification_titles);
  gtk_widget_class_bind_template_child (widget_class, DuaalGroupDialog, teachers_box);
  gtk_widget_class_bind_template_child (widget_class, DuaalGroupDialog, teachers_entry);
  gtk_widget_class_bind_template_child (widget_class, DuaalGroupDialog, periods_box);
  gtk_widget_class_bind_template_child (widget_class, DuaalGroupDialog, periods_hint);
  gtk_widget_class_bind_template_child (widget_class, DuaalGroupDialog, periods_grid);
  gtk_widget_class_bind_template_callback (widget_class, duaal_group_dialog_update_save);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate);
}

static void
duaal_group_dialog_init (DuaalGroupDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  duaal_accessible_init_controls (GTK_WIDGET (self));
}

/* The qualifications a new group can follow, to choose from. */
static void
duaal_group_dialog_list_qualifications (DuaalGroupDialog *self)
{
  g_autoptr(GError) error = NULL;

  self->qualifications = duaal_store_list_qualifications (self->store, &error);
  if (self->qualifications == NULL)
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), error->message);
  else if (self->qualifications->len == 0)
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self),
                                 _("Import a qualification first: a class group follows one."));

  for (guint i = 0; self->qualifications != NULL && i < self->qualifications->len; i++)
    {
      DuaalQualification *qualification = g_ptr_array_index (self->qualifications, i);
      /* Translators: a qualification in a list, "Car mechanic (version 2)" */
      g_autofree char *title = g_strdup_printf (_("%s (version %u)"),
                                                duaal_qualification_get_title (qualification),
                                                duaal_qualification_get_version (qualification));

      gtk_string_list_append (self->qualification_titles, title);
    }
}

static GtkWidget *
new_period_entry (DuaalGroupDialog *self,
                  const char       *placeholder,
                  const char       *accessible_label,
                  int               width_chars)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  g_signal_connect_swapped (entry, "activate", G_CALLBACK (on_entry_activate), self);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), width_chars);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);
  g_signal_connect_swapped (entry, "changed", G_CALLBACK (duaal_group_dialog_update_save), self);
  return entry;
}

/* A name and two dates for each period a new group starts with. */
static void
duaal_group_dialog_add_period_fields (DuaalGroupDialog *self)
{
  guint n = duaal_store_rules_n_default_periods ();
  GDate example;
  g_autofree char *example_text = NULL;
  g_autofree char *hint = NULL;

  g_date_clear (&example, 1);
  g_date_set_dmy (&example, 14, G_DATE_OCTOBER, 2024);
  example_text = duaal_period_date_to_text (&example);
  /* Translators: %s is an example date as the reader types dates */
  hint = g_strdup_printf (_("Optional; a name left empty reads “Period 1” and so on. Dates like %s."),
                          example_text);
  gtk_label_set_text (GTK_LABEL (self->periods_hint), hint);

  self->periods = g_array_sized_new (FALSE, TRUE, sizeof (PeriodFields), n);
  for (guint i = 0; i < n; i++)
    {
      /* Translators: the default name of an evaluation period */
      g_autofree char *default_name = g_strdup_printf (_("Period %u"), i + 1);
      /* Translators: "First day of Period 2" (accessible name of a field) */
      g_autofree char *starts_label = g_strdup_printf (_("First day of %s"), default_name);
      /* Translators: "Last day of Period 2" (accessible name of a field) */
      g_autofree char *ends_label = g_strdup_printf (_("Last day of %s"), default_name);
      PeriodFields fields;

      fields.name = new_period_entry (self, default_name, default_name, 10);
      fields.starts = new_period_entry (self, _("First day"), starts_label, 9);
      fields.ends = new_period_entry (self, _("Last day"), ends_label, 9);
      gtk_widget_set_hexpand (fields.name, TRUE);
      gtk_grid_attach (GTK_GRID (self->periods_grid), fields.name, 0, (int) i, 1, 1);
      gtk_grid_attach (GTK_GRID (self->periods_grid), fields.starts, 1, (int) i, 1, 1);
      gtk_grid_attach (GTK_GRID (self->periods_grid), fields.ends, 2, (int) i, 1, 1);
      g_array_append_val (self->periods, fields);
    }
}

DuaalGroupDialog *
duaal_group_dialog_new (GtkWindow       *parent,
                        DuaalStore      *store,
                        DuaalClassGroup *group)
{
  DuaalGroupDialog *self;

  g_return_val_if_fail (DUAAL_IS_STORE (store), NULL);

  self = g_object_new (DUAAL_TYPE_GROUP_DIALOG,
                       "transient-for", parent,
                       "heading", group == NULL ? _("New Class Group") : _("Rename Class Group"),
                       NULL);
  self->store = g_object_ref (store);
  self->group = group != NULL ? g_object_ref (group) : NULL;

  /* A group keeps its qualification: renaming asks for the name only. */
  if (group != NULL)
    {
      /* Teachers and periods of a group: the class page. */
      gtk_widget_set_visible (self->qualification_box, FALSE);
      gtk_widget_set_visible (self->teachers_box, FALSE);
      gtk_widget_set_visible (self->periods_box, FALSE);
      adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "save", _("_Rename"));
      gtk_editable_set_text (GTK_EDITABLE (self->name_entry), duaal_class_group_get_name (group));
    }
  else
    {
      duaal_group_dialog_list_qualifications (self);
      duaal_group_dialog_add_period_fields (self);
    }
  duaal_group_dialog_update_save (self);
  return self;
}

GtkEditable *
duaal_group_dialog_get_name_entry (DuaalGroupDialog *self)
{
  g_return_val_if_fail (DUAAL_IS_GROUP_DIALOG (self), NULL);

  return GTK_EDITABLE (self->name_entry);
}

GtkDropDown *
duaal_group_dialog_get_qualification_dropdown (DuaalGroupDialog *self)
{
  g_return_val_if_fail (DUAAL_IS_GROUP_DIALOG (self), NULL);

  return self->group == NULL ? GTK_DROP_DOWN (self->qualification_dropdown) : NULL;
}

GtkEditable *
duaal_group_dialog_get_teachers_entry (DuaalGroupDialog *self)
{
  g_return_val_if_fail (DUAAL_IS_GROUP_DIALOG (self), NULL);

  return self->group == NULL ? GTK_EDITABLE (self->teachers_entry) : NULL;
}

GtkEditable *
duaal_group_dialog_get_period_entry (DuaalGroupDialog *self,
                                     guint             number,
                                     guint             field)
{
  PeriodFields *fields;

  g_return_val_if_fail (DUAAL_IS_GROUP_DIALOG (self), NULL);
  g_return_val_if_fail (field <= 2, NULL);

  if (self->periods == NULL || number < 1 || number > self->periods->len)
    return NULL;
  fields = &g_array_index (self->periods, PeriodFields, number - 1);
  return GTK_EDITABLE (field == 0 ? fields->name : field == 1 ? fields->starts : fields->ends);
}
