/* duaal-group-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-accessible.h"
#include "duaal-error.h"
#include "duaal-group-dialog.h"

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
};

G_DEFINE_FINAL_TYPE (DuaalGroupDialog, duaal_group_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
duaal_group_dialog_update_save (DuaalGroupDialog *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry))));
  gboolean has_qualification = self->group != NULL ||
    (self->qualifications != NULL && self->qualifications->len > 0);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save",
                                           name[0] != '\0' && has_qualification);
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
  return duaal_store_add_group (self->store, name,
                                duaal_qualification_get_code (qualification),
                                duaal_qualification_get_version (qualification),
                                error);
}

static void
duaal_group_dialog_show_error (DuaalGroupDialog *self,
                               const GError     *error)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  GtkWidget *dialog = adw_message_dialog_new (parent, _("Cannot Save the Class Group"), error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
duaal_group_dialog_response (AdwMessageDialog *dialog,
                             const char       *response)
{
  DuaalGroupDialog *self = DUAAL_GROUP_DIALOG (dialog);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (g_strcmp0 (response, "save") != 0)
    return;

  id = duaal_group_dialog_save (self, &error);
  if (id <= 0)
    duaal_group_dialog_show_error (self, error);
  else
    g_signal_emit (self, signals[SAVED], 0, id);
}

static void
on_name_activate (DuaalGroupDialog *self)
{
  if (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (self), "save"))
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (self), "save");
}

static void
duaal_group_dialog_dispose (GObject *object)
{
  DuaalGroupDialog *self = DUAAL_GROUP_DIALOG (object);

  g_clear_pointer (&self->qualifications, g_ptr_array_unref);
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
  gtk_widget_class_bind_template_callback (widget_class, duaal_group_dialog_update_save);
  gtk_widget_class_bind_template_callback (widget_class, on_name_activate);
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
      gtk_widget_set_visible (self->qualification_box, FALSE);
      adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "save", _("_Rename"));
      gtk_editable_set_text (GTK_EDITABLE (self->name_entry), duaal_class_group_get_name (group));
    }
  else
    duaal_group_dialog_list_qualifications (self);
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
