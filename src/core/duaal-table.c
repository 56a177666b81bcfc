/* duaal-table.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "duaal-csv.h"
#include "duaal-file.h"
#include "duaal-table.h"

typedef struct {
  char     *text;
  gboolean  is_number;
  guint     number;
} Cell;

struct _DuaalTable
{
  GObject    parent_instance;

  char      *name;
  GPtrArray *headers;      /* (element-type utf8) */
  GArray    *cells;        /* (element-type Cell) row after row */
  guint      key_columns;
};

G_DEFINE_FINAL_TYPE (DuaalTable, duaal_table, G_TYPE_OBJECT)

static void
cell_clear (gpointer data)
{
  Cell *cell = data;

  g_free (cell->text);
}

static void
duaal_table_finalize (GObject *object)
{
  DuaalTable *self = DUAAL_TABLE (object);

  g_free (self->name);
  g_ptr_array_unref (self->headers);
  g_array_unref (self->cells);

  G_OBJECT_CLASS (duaal_table_parent_class)->finalize (object);
}

static void
duaal_table_class_init (DuaalTableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = duaal_table_finalize;
}

static void
duaal_table_init (DuaalTable *self)
{
  self->headers = g_ptr_array_new_with_free_func (g_free);
  self->cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  g_array_set_clear_func (self->cells, cell_clear);
}

DuaalTable *
duaal_table_new (const char *name)
{
  DuaalTable *self;

  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (DUAAL_TYPE_TABLE, NULL);
  self->name = g_strdup (name);
  return self;
}

const char *
duaal_table_get_name (DuaalTable *self)
{
  g_return_val_if_fail (DUAAL_IS_TABLE (self), NULL);
  return self->name;
}

void
duaal_table_add_column (DuaalTable *self,
                        const char *header)
{
  g_return_if_fail (DUAAL_IS_TABLE (self));
  g_return_if_fail (header != NULL);
  g_return_if_fail (self->cells->len == 0);

  g_ptr_array_add (self->headers, g_strdup (header));
}

guint
duaal_table_get_n_columns (DuaalTable *self)
{
  g_return_val_if_fail (DUAAL_IS_TABLE (self), 0);
  return self->headers->len;
}

const char *
duaal_table_get_header (DuaalTable *self,
                        guint       column)
{
  g_return_val_if_fail (DUAAL_IS_TABLE (self), NULL);
  g_return_val_if_fail (column < self->headers->len, NULL);
  return g_ptr_array_index (self->headers, column);
}

void
duaal_table_set_key_columns (DuaalTable *self,
                             guint       n_columns)
{
  g_return_if_fail (DUAAL_IS_TABLE (self));
  self->key_columns = n_columns;
}

guint
duaal_table_get_key_columns (DuaalTable *self)
{
  g_return_val_if_fail (DUAAL_IS_TABLE (self), 0);
  return MIN (self->key_columns, self->headers->len);
}

void
duaal_table_add_text (DuaalTable *self,
                      const char *text)
{
  Cell cell = { .text = g_strdup (text != NULL ? text : "") };

  g_return_if_fail (DUAAL_IS_TABLE (self));
  g_return_if_fail (self->headers->len > 0);

  g_array_append_val (self->cells, cell);
}

void
duaal_table_add_number (DuaalTable *self,
                        guint       number)
{
  Cell cell = { .text = g_strdup_printf ("%u", number), .is_number = TRUE, .number = number };

  g_return_if_fail (DUAAL_IS_TABLE (self));
  g_return_if_fail (self->headers->len > 0);

  g_array_append_val (self->cells, cell);
}

guint
duaal_table_get_n_rows (DuaalTable *self)
{
  g_return_val_if_fail (DUAAL_IS_TABLE (self), 0);

  if (self->headers->len == 0)
    return 0;
  return (self->cells->len + self->headers->len - 1) / self->headers->len;
}

/* NULL for a cell of the last row not filled in. */
static const Cell *
get_cell (DuaalTable *self,
          guint       row,
          guint       column)
{
  guint index = row * self->headers->len + column;

  return index < self->cells->len ? &g_array_index (self->cells, Cell, index) : NULL;
}

const char *
duaal_table_get_text (DuaalTable *self,
                      guint       row,
                      guint       column)
{
  const Cell *cell;

  g_return_val_if_fail (DUAAL_IS_TABLE (self), NULL);
  g_return_val_if_fail (row < duaal_table_get_n_rows (self), NULL);
  g_return_val_if_fail (column < self->headers->len, NULL);

  cell = get_cell (self, row, column);
  return cell != NULL ? cell->text : "";
}

gboolean
duaal_table_get_number (DuaalTable *self,
                        guint       row,
                        guint       column,
                        guint      *number)
{
  const Cell *cell;

  g_return_val_if_fail (DUAAL_IS_TABLE (self), FALSE);
  g_return_val_if_fail (row < duaal_table_get_n_rows (self), FALSE);
  g_return_val_if_fail (column < self->headers->len, FALSE);

  cell = get_cell (self, row, column);
  if (cell == NULL || !cell->is_number)
    return FALSE;
  if (number != NULL)
    *number = cell->number;
  return TRUE;
}

/* ---- CSV ------------------------------------------------------------ */

char *
duaal_table_neutralise_formula (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  /* The characters OWASP lists for CSV injection: each makes a
   * spreadsheet read the cell as a formula (or, for tab and carriage
   * return, hides one behind white space). */
  if (text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL)
    return g_strconcat ("'", text, NULL);
  return g_strdup (text);
}

static void
append_text (GString    *out,
             const char *text)
{
  g_autofree char *safe = duaal_table_neutralise_formula (text);

  duaal_csv_append_comma_field (out, safe);
}

char *
duaal_table_to_csv (DuaalTable *self)
{
  guint n_rows;
  GString *out;

  g_return_val_if_fail (DUAAL_IS_TABLE (self), NULL);

  out = g_string_new (NULL);
  for (guint c = 0; c < self->headers->len; c++)
    append_text (out, g_ptr_array_index (self->headers, c));
  duaal_csv_end_row (out);

  n_rows = duaal_table_get_n_rows (self);
  for (guint r = 0; r < n_rows; r++)
    {
      for (guint c = 0; c < self->headers->len; c++)
        {
          const Cell *cell = get_cell (self, r, c);

          if (cell != NULL && cell->is_number)
            duaal_csv_append_comma_field (out, cell->text);
          else
            append_text (out, cell != NULL ? cell->text : "");
        }
      duaal_csv_end_row (out);
    }

  g_string_prepend (out, DUAAL_CSV_BOM);
  return g_string_free (out, FALSE);
}

gboolean
duaal_table_write_csv (DuaalTable  *self,
                       const char  *path,
                       GError     **error)
{
  g_autofree char *csv = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (DUAAL_IS_TABLE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  csv = duaal_table_to_csv (self);
  if (!duaal_file_replace_contents (path, csv, strlen (csv), &local_error))
    {
      g_propagate_error (error, duaal_file_new_save_error (path, local_error));
      return FALSE;
    }
  return TRUE;
}
