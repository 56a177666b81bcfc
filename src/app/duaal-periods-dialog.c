/* duaal-periods-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-periods-dialog.h"

/* The three fields of one period. */
typedef struct {
  guint        number;
  AdwEntryRow *name;
  AdwEntryRow *starts;
  AdwEntryRow *ends;
} PeriodRows;

struct _DuaalPeriodsDialog
{
  AdwPreferencesWindow  parent_instance;

  DuaalStore           *store;
  gint64                group_id;
  GArray               *rows;    /* PeriodRows, by number - 1 */
};

G_DEFINE_FINAL_TYPE (DuaalPeriodsDialog, duaal_periods_dialog, ADW_TYPE_PREFERENCES_WINDOW)

static void
toast (DuaalPeriodsDialog *self,
       const char         *text)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (text));
}

static void
set_date_text (AdwEntryRow *row,
               const GDate *date)
{
  g_autofree char *text = date != NULL ? duaal_period_date_to_text (date) : NULL;

  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

/* (out) @date: NULL for an empty field; FALSE after a toast when the
 * field holds no date. */
static gboolean
read_date (DuaalPeriodsDialog  *self,
           AdwEntryRow         *row,
           GDate              **date)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autofree char *message = NULL;

  *date = NULL;
  if (*text == '\0' || (*date = duaal_period_date_from_text (text)) != NULL)
    return TRUE;
  message = g_strdup_printf (_("“%s” is not a date"), text);
  toast (self, message);
  return FALSE;
}

/* The period's three fields are stored together, so a name and its dates
 * never disagree; what was stored is written back as the store read it. */
static void
on_row_applied (AdwEntryRow        *row,
                DuaalPeriodsDialog *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "duaal-period")) - 1;
  PeriodRows *rows = &g_array_index (self->rows, PeriodRows, index);
  g_autoptr(GDate) starts = NULL;
  g_autoptr(GDate) ends = NULL;
  g_autoptr(GError) error = NULL;

  if (!read_date (self, rows->starts, &starts) || !read_date (self, rows->ends, &ends))
    return;
  if (!duaal_store_update_period (self->store, self->group_id, rows->number,
                                  gtk_editable_get_text (GTK_EDITABLE (rows->name)), starts, ends, &error))
    {
      toast (self, error->message);
      return;
    }
  set_date_text (rows->starts, starts);
  set_date_text (rows->ends, ends);
}

static AdwEntryRow *
add_entry_row (DuaalPeriodsDialog  *self,
               AdwPreferencesGroup *group,
               const char          *title,
               guint                number)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "duaal-period", GUINT_TO_POINTER (number));
  g_signal_connect (row, "apply", G_CALLBACK (on_row_applied), self);
  adw_preferences_group_add (group, row);
  return ADW_ENTRY_ROW (row);
}

static void
add_period (DuaalPeriodsDialog *self,
            AdwPreferencesPage *page,
            DuaalPeriod        *period)
{
  guint number = duaal_period_get_number (period);
  const char *custom = duaal_period_get_custom_name (period);
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  /* Translators: the default name of an evaluation period */
  g_autofree char *default_name = g_strdup_printf (_("Period %u"), number);
  g_autofree char *description = NULL;
  PeriodRows rows = { .number = number };

  adw_preferences_group_set_title (group, default_name);
  /* Translators: %s is the default name, e.g. "Period 2" */
  description = g_strdup_printf (_("Leave the name empty for “%s”. Dates like %s."), default_name,
                                 /* Translators: an example date in the order of duaal_period_date_to_text() */
                                 _("10/14/2024"));
  adw_preferences_group_set_description (group, description);
  rows.name = add_entry_row (self, group, _("Name"), number);
  rows.starts = add_entry_row (self, group, _("First Day"), number);
  rows.ends = add_entry_row (self, group, _("Last Day"), number);
  gtk_editable_set_text (GTK_EDITABLE (rows.name), custom != NULL ? custom : "");
  set_date_text (rows.starts, duaal_period_get_starts_on (period));
  set_date_text (rows.ends, duaal_period_get_ends_on (period));
  g_array_append_val (self->rows, rows);
  adw_preferences_page_add (page, group);
}

DuaalPeriodsDialog *
duaal_periods_dialog_new (GtkWindow   *parent,
                          DuaalStore  *store,
                          gint64       group_id,
                          GError     **error)
{
  g_autoptr(GPtrArray) periods = NULL;
  DuaalPeriodsDialog *self;
  GtkWidget *page;

  g_return_val_if_fail (DUAAL_IS_STORE (store), NULL);

  if ((periods = duaal_store_list_periods (store, group_id, error)) == NULL)
    return NULL;
  self = g_object_new (DUAAL_TYPE_PERIODS_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "title", _("Periods"),
                       "search-enabled", FALSE,
                       "default-width", 560,
                       "default-height", 640,
                       NULL);
  self->store = g_object_ref (store);
  self->group_id = group_id;
  page = adw_preferences_page_new ();
  for (guint i = 0; i < periods->len; i++)
    add_period (self, ADW_PREFERENCES_PAGE (page), g_ptr_array_index (periods, i));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (page));
  return self;
}

gboolean
duaal_periods_dialog_edit (DuaalPeriodsDialog *self,
                           guint               number,
                           const char         *field,
                           const char         *text)
{
  PeriodRows *rows;
  AdwEntryRow *row;

  g_return_val_if_fail (DUAAL_IS_PERIODS_DIALOG (self), FALSE);

  if (number == 0 || number > self->rows->len)
    return FALSE;
  rows = &g_array_index (self->rows, PeriodRows, number - 1);
  if (g_strcmp0 (field, "name") == 0)
    row = rows->name;
  else if (g_strcmp0 (field, "starts") == 0)
    row = rows->starts;
  else if (g_strcmp0 (field, "ends") == 0)
    row = rows->ends;
  else
    return FALSE;
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "apply");
  return TRUE;
}

static void
duaal_periods_dialog_finalize (GObject *object)
{
  DuaalPeriodsDialog *self = DUAAL_PERIODS_DIALOG (object);

  g_clear_object (&self->store);
  g_array_unref (self->rows);

  G_OBJECT_CLASS (duaal_periods_dialog_parent_class)->finalize (object);
}

static void
duaal_periods_dialog_class_init (DuaalPeriodsDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = duaal_periods_dialog_finalize;
}

static void
duaal_periods_dialog_init (DuaalPeriodsDialog *self)
{
  self->rows = g_array_new (FALSE, FALSE, sizeof (PeriodRows));
}
