/* duaal-class-list.c: reading a class list (docs/formats/csv.md)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-class-list.h"
#include "duaal-csv.h"
#include "duaal-error.h"
#include "duaal-input.h"

struct _DuaalClassList
{
  GObject    parent_instance;

  DuaalCsv  *csv;      /* for its warnings */
  GArray    *rows;     /* DuaalClassRow, the strings in names */
  GPtrArray *names;    /* char *, the cleaned names */
};

G_DEFINE_FINAL_TYPE (DuaalClassList, duaal_class_list, G_TYPE_OBJECT)

static const char * const required_columns[] = { "learner", "company", NULL };
static const char * const optional_columns[] = { "trainer", NULL };

static void
duaal_class_list_finalize (GObject *object)
{
  DuaalClassList *self = DUAAL_CLASS_LIST (object);

  g_clear_object (&self->csv);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->names, g_ptr_array_unref);

  G_OBJECT_CLASS (duaal_class_list_parent_class)->finalize (object);
}

static void
duaal_class_list_class_init (DuaalClassListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = duaal_class_list_finalize;
}

static void
duaal_class_list_init (DuaalClassList *self)
{
  self->rows = g_array_new (FALSE, TRUE, sizeof (DuaalClassRow));
  self->names = g_ptr_array_new_with_free_func (g_free);
}

/* The value of @column in @row by the name rules, kept by @self; a
 * refusal names the file and the row's line. */
static gboolean
clean_value (DuaalClassList  *self,
             guint            row,
             const char      *column,
             DuaalNameKind    kind,
             gboolean         required,
             const char     **clean,
             GError         **error)
{
  g_autoptr(GError) name_error = NULL;
  char *name = NULL;
  const char *value = duaal_csv_get_value (self->csv, row, column);

  if (required)
    name = duaal_input_clean_name (value, kind, &name_error);
  else
    duaal_input_clean_optional_name (value, kind, &name, &name_error);
  if (name_error != NULL)
    {
      g_propagate_error (error, duaal_csv_new_row_error (self->csv, row, "%s", name_error->message));
      return FALSE;
    }
  if (name != NULL)
    g_ptr_array_add (self->names, name);
  *clean = name;
  return TRUE;
}

/* Every row is checked before anything is stored, so that a bad line
 * refuses the whole file. */
static gboolean
read_rows (DuaalClassList  *self,
           GError         **error)
{
  guint n_rows = duaal_csv_get_n_rows (self->csv);

  for (guint i = 0; i < n_rows; i++)
    {
      DuaalClassRow row = { NULL, NULL, NULL };

      if (!clean_value (self, i, "learner", DUAAL_NAME_LEARNER, TRUE, &row.learner, error)
          || !clean_value (self, i, "company", DUAAL_NAME_COMPANY, TRUE, &row.company, error)
          || !clean_value (self, i, "trainer", DUAAL_NAME_TRAINER, FALSE, &row.trainer, error))
        return FALSE;
      g_array_append_val (self->rows, row);
    }
  return TRUE;
}

DuaalClassList *
duaal_class_list_read_file (const char  *path,
                            GError     **error)
{
  g_autoptr(DuaalClassList) self = NULL;
  g_autoptr(DuaalCsv) csv = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  csv = duaal_csv_parse_file_full (path, required_columns, optional_columns, error);
  if (csv == NULL)
    return NULL;

  self = g_object_new (DUAAL_TYPE_CLASS_LIST, NULL);
  self->csv = g_steal_pointer (&csv);
  if (!read_rows (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

const char * const *
duaal_class_list_get_warnings (DuaalClassList *self)
{
  g_return_val_if_fail (DUAAL_IS_CLASS_LIST (self), NULL);
  return duaal_csv_get_warnings (self->csv);
}

gboolean
duaal_class_list_import (DuaalClassList          *self,
                         DuaalStore              *store,
                         gint64                   group_id,
                         DuaalClassImportResult  *result,
                         GError                 **error)
{
  g_return_val_if_fail (DUAAL_IS_CLASS_LIST (self), FALSE);
  g_return_val_if_fail (DUAAL_IS_STORE (store), FALSE);

  return duaal_store_import_class (store, group_id, (const DuaalClassRow *) self->rows->data,
                                   self->rows->len, result, error);
}
