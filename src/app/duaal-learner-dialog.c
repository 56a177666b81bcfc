/* duaal-learner-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-error.h"
#include "duaal-input.h"
#include "duaal-learner-dialog.h"
#include "duaal-save-dialog-private.h"

struct _DuaalLearnerDialog
{
  AdwMessageDialog  parent_instance;

  DuaalStore       *store;
  gint64            group_id;
  DuaalLearner     *learner;   /* (nullable): editing */
  GHashTable       *taken_names;  /* cleaned names of the group's other learners */
  GtkWidget        *name_entry;
  GtkWidget        *name_error;
  GtkWidget        *company_entry;
  GtkWidget        *trainer_entry;
  GtkEntryCompletion *company_completion;
  gboolean          saved;
};

G_DEFINE_FINAL_TYPE (DuaalLearnerDialog, duaal_learner_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Whether another learner of the group has @name, as the store would
 * compare them (duaal_store_rules_check_learner_name()). */
static gboolean
duaal_learner_dialog_name_taken (DuaalLearnerDialog *self,
                                 const char         *name)
{
  g_autofree char *clean = NULL;

  if (self->taken_names == NULL || name[0] == '\0')
    return FALSE;
  clean = duaal_input_clean_name (name, DUAAL_NAME_LEARNER, NULL);
  return clean != NULL && g_hash_table_contains (self->taken_names, clean);
}

/* Says at once that a name is taken, before the store would refuse it. */
static void
duaal_learner_dialog_update_save (DuaalLearnerDialog *self)
{
  g_autofree char *name = duaal_save_dialog_entry_text (self->name_entry);
  g_autofree char *company = duaal_save_dialog_entry_text (self->company_entry);
  gboolean taken = duaal_learner_dialog_name_taken (self, name);

  gtk_widget_set_visible (self->name_error, taken);
  if (taken)
    gtk_widget_add_css_class (self->name_entry, "error");
  else
    gtk_widget_remove_css_class (self->name_entry, "error");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save",
                                           name[0] != '\0' && company[0] != '\0' && !taken);
}

/* @name without regard to case, in NFC (as the store keeps names). */
static char *
fold_name (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  return duaal_input_normalize (folded);
}

/* The id of the company called @name, created when nobody had it yet;
 * names compare without regard to case or Unicode composition, as a
 * coach types them. */
static gint64
duaal_learner_dialog_find_company (DuaalLearnerDialog  *self,
                                   const char          *name,
                                   GError             **error)
{
  g_autoptr(GPtrArray) companies = duaal_store_list_companies (self->store, error);
  g_autofree char *wanted = fold_name (name);

  if (companies == NULL)
    return 0;

  for (guint i = 0; i < companies->len; i++)
    {
      DuaalCompany *company = g_ptr_array_index (companies, i);
      g_autofree char *folded = fold_name (duaal_company_get_name (company));

      if (g_strcmp0 (folded, wanted) == 0)
        return duaal_company_get_id (company);
    }

  return duaal_store_add_company (self->store, name, NULL, error);
}

gint64
duaal_learner_dialog_save (DuaalLearnerDialog  *self,
                           GError             **error)
{
  g_autofree char *name = NULL;
  g_autofree char *company = NULL;
  g_autofree char *trainer = NULL;
  gint64 company_id;

  g_return_val_if_fail (DUAAL_IS_LEARNER_DIALOG (self), 0);

  name = duaal_save_dialog_entry_text (self->name_entry);
  company = duaal_save_dialog_entry_text (self->company_entry);
  trainer = duaal_save_dialog_entry_text (self->trainer_entry);
  if (name[0] == '\0' || company[0] == '\0')
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("A learner needs a name and a company"));
      return 0;
    }

  company_id = duaal_learner_dialog_find_company (self, company, error);
  if (company_id <= 0)
    return 0;

  if (self->learner != NULL)
    {
      gint64 id = duaal_learner_get_id (self->learner);

      return duaal_store_update_learner (self->store, id, name, company_id,
                                         trainer[0] != '\0' ? trainer : NULL, error) ? id : 0;
    }

  return duaal_store_add_learner (self->store, self->group_id, name, company_id,
                                  trainer[0] != '\0' ? trainer : NULL, error);
}

static void
duaal_learner_dialog_response (AdwMessageDialog *dialog,
                               const char       *response)
{
  DuaalLearnerDialog *self = DUAAL_LEARNER_DIALOG (dialog);
  gint64 id = duaal_save_dialog_respond (dialog, response, (DuaalSaveDialogSave) duaal_learner_dialog_save,
                                         _("Cannot Save the Learner"));

  if (id > 0)
    {
      self->saved = TRUE;
      g_signal_emit (self, signals[SAVED], 0, id);
    }
}

/* Enter in a field does what the Add button does: stores the learner
 * once and closes; a name the group has keeps the dialog open. */
static void
on_entry_activate (DuaalLearnerDialog *self)
{
  duaal_save_dialog_activate (ADW_MESSAGE_DIALOG (self), &self->saved);
}

static void
duaal_learner_dialog_dispose (GObject *object)
{
  DuaalLearnerDialog *self = DUAAL_LEARNER_DIALOG (object);

  g_clear_pointer (&self->taken_names, g_hash_table_unref);
  g_clear_object (&self->learner);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (duaal_learner_dialog_parent_class)->dispose (object);
}

static void
duaal_learner_dialog_class_init (DuaalLearnerDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = duaal_learner_dialog_dispose;
  dialog_class->response = duaal_learner_dialog_response;

  /* @learner_id: the added or edited learner */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Duaal/ui/duaal-learner-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DuaalLearnerDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, DuaalLearnerDialog, name_error);
  gtk_widget_class_bind_template_child (widget_class, DuaalLearnerDialog, company_entry);
  gtk_widget_class_bind_template_child (widget_class, DuaalLearnerDialog, company_completion);
  gtk_widget_class_bind_template_child (widget_class, DuaalLearnerDialog, trainer_entry);
  gtk_widget_class_bind_template_callback (widget_class, duaal_learner_dialog_update_save);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate);
}

static void
duaal_learner_dialog_init (DuaalLearnerDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* An existing learner's name, company and trainer to edit. */
static void
duaal_learner_dialog_fill (DuaalLearnerDialog *self)
{
  const char *trainer = duaal_learner_get_trainer_name (self->learner);

  adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "save", _("_Save"));
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), duaal_learner_get_name (self->learner));
  gtk_editable_set_text (GTK_EDITABLE (self->company_entry), duaal_learner_get_company_name (self->learner));
  gtk_editable_set_text (GTK_EDITABLE (self->trainer_entry), trainer != NULL ? trainer : "");
}

/* The names a learner added or renamed may not take. */
static void
duaal_learner_dialog_read_group (DuaalLearnerDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) learners = duaal_store_list_learners (self->store, self->group_id, &error);
  gint64 own_id = self->learner != NULL ? duaal_learner_get_id (self->learner) : 0;

  /* The store refuses a taken name anyway: this only says so sooner. */
  if (learners == NULL)
    return;
  self->taken_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < learners->len; i++)
    {
      DuaalLearner *learner = g_ptr_array_index (learners, i);

      if (duaal_learner_get_id (learner) != own_id)
        g_hash_table_add (self->taken_names, g_strdup (duaal_learner_get_name (learner)));
    }
}

/* The companies known already, completed as the coach types: one
 * company is not entered twice under two spellings. */
static void
duaal_learner_dialog_suggest_companies (DuaalLearnerDialog *self)
{
  g_autoptr(GPtrArray) companies = duaal_store_list_companies (self->store, NULL);
  g_autoptr(GtkListStore) names = gtk_list_store_new (1, G_TYPE_STRING);

  for (guint i = 0; companies != NULL && i < companies->len; i++)
    gtk_list_store_insert_with_values (names, NULL, -1,
                                       0, duaal_company_get_name (g_ptr_array_index (companies, i)), -1);
  gtk_entry_completion_set_model (self->company_completion, GTK_TREE_MODEL (names));
  gtk_entry_completion_set_text_column (self->company_completion, 0);
}

DuaalLearnerDialog *
duaal_learner_dialog_new (GtkWindow    *parent,
                          DuaalStore   *store,
                          gint64        group_id,
                          DuaalLearner *learner)
{
  DuaalLearnerDialog *self;

  g_return_val_if_fail (DUAAL_IS_STORE (store), NULL);

  self = g_object_new (DUAAL_TYPE_LEARNER_DIALOG,
                       "transient-for", parent,
                       "heading", learner == NULL ? _("Add Learner") : _("Edit Learner"),
                       NULL);
  self->store = g_object_ref (store);
  self->group_id = learner != NULL ? duaal_learner_get_group_id (learner) : group_id;
  self->learner = learner != NULL ? g_object_ref (learner) : NULL;
  duaal_learner_dialog_read_group (self);
  duaal_learner_dialog_suggest_companies (self);
  if (self->learner != NULL)
    duaal_learner_dialog_fill (self);
  return self;
}

GtkEditable *
duaal_learner_dialog_get_name_entry (DuaalLearnerDialog *self)
{
  g_return_val_if_fail (DUAAL_IS_LEARNER_DIALOG (self), NULL);

  return GTK_EDITABLE (self->name_entry);
}

GtkEditable *
duaal_learner_dialog_get_company_entry (DuaalLearnerDialog *self)
{
  g_return_val_if_fail (DUAAL_IS_LEARNER_DIALOG (self), NULL);

  return GTK_EDITABLE (self->company_entry);
}

GtkEditable *
duaal_learner_dialog_get_trainer_entry (DuaalLearnerDialog *self)
{
  g_return_val_if_fail (DUAAL_IS_LEARNER_DIALOG (self), NULL);

  return GTK_EDITABLE (self->trainer_entry);
}
