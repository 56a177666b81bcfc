/* duaal-sheet-reader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>
#include <zip.h>

#include "duaal-error.h"
#include "duaal-sheet-reader-private.h"

/* Excel's limits: 1,048,576 rows and 16,384 columns (XFD). */
#define MAX_ROW     1048576u
#define MAX_COLUMN  16384u

typedef struct {
  char     *name;
  char     *part;      /* e.g. "xl/worksheets/sheet1.xml" */
  gboolean  hidden;
} TabEntry;

struct _DuaalSheetBook
{
  char      *path;
  zip_t     *zip;
  GArray    *tabs;      /* TabEntry */
  GPtrArray *strings;   /* the shared strings, by index */
};

struct _DuaalSheetTab
{
  GHashTable *cells;    /* row * MAX_COLUMN + column (gint64) -> char* */
  guint       n_rows;
};

static void
tab_entry_clear (TabEntry *entry)
{
  g_free (entry->name);
  g_free (entry->part);
}

static GError *
invalid_file (const char *path,
              const char *why)
{
  return g_error_new (DUAAL_ERROR, DUAAL_ERROR_INVALID_FILE,
                      _("%s: not a spreadsheet Duaal can read (XLSX): %s"), path, why);
}

/* ---- parts of the zip ------------------------------------------------ */

/* The part @name parsed, or NULL with @error set.  A missing part is
 * NULL without an error when @optional. */
static xmlDoc *
read_part (DuaalSheetBook  *book,
           const char      *name,
           gboolean         optional,
           GError         **error)
{
  zip_stat_t stat;
  g_autofree char *data = NULL;
  zip_file_t *file;
  zip_int64_t n_read;
  xmlDoc *doc;

  zip_stat_init (&stat);
  if (zip_stat (book->zip, name, 0, &stat) != 0)
    {
      if (!optional)
        g_propagate_error (error, invalid_file (book->path, zip_strerror (book->zip)));
      return NULL;
    }
  if ((stat.valid & ZIP_STAT_SIZE) == 0 || stat.size > DUAAL_SHEET_READER_MAX_PART)
    {
      g_autofree char *why = g_strdup_printf (_("the part “%s” is too large"), name);
      g_propagate_error (error, invalid_file (book->path, why));
      return NULL;
    }

  file = zip_fopen (book->zip, name, 0);
  if (file == NULL)
    {
      g_propagate_error (error, invalid_file (book->path, zip_strerror (book->zip)));
      return NULL;
    }
  data = g_malloc (stat.size + 1);
  n_read = zip_fread (file, data, stat.size);
  if (n_read < 0 || (zip_uint64_t) n_read != stat.size)
    {
      g_propagate_error (error, invalid_file (book->path, zip_file_strerror (file)));
      zip_fclose (file);
      return NULL;
    }
  zip_fclose (file);

  /* No network, no entities substituted, no DTD loaded. */
  doc = xmlReadMemory (data, (int) stat.size, name, NULL,
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL || xmlDocGetRootElement (doc) == NULL)
    {
      g_autofree char *why = g_strdup_printf (_("the part “%s” is not well-formed XML"), name);
      g_propagate_error (error, invalid_file (book->path, why));
      g_clear_pointer (&doc, xmlFreeDoc);
    }
  return doc;
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && g_str_equal ((const char *) node->name, name);
}

static char *
get_attribute (xmlNode    *node,
               const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, (const xmlChar *) name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

/* The r:id of a <sheet>: an attribute "id" in whichever relationships
 * namespace (transitional or strict) the writer used. */
static char *
get_relationship_id (xmlNode *node)
{
  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    if (attr->ns != NULL && g_str_equal ((const char *) attr->name, "id"))
      {
        xmlChar *value = xmlNodeGetContent ((xmlNode *) attr);
        char *copy = g_strdup ((const char *) value);
        xmlFree (value);
        return copy;
      }
  return NULL;
}

/* The text of a string item (<si> or <is>): its <t>, or the <t> of each
 * rich-text run <r>, never the phonetic runs <rPh>. */
static void
append_string_item (GString *out,
                    xmlNode *item)
{
  for (xmlNode *child = item->children; child != NULL; child = child->next)
    {
      if (is_element (child, "t"))
        {
          xmlChar *text = xmlNodeGetContent (child);
          g_string_append (out, (const char *) text);
          xmlFree (text);
        }
      else if (is_element (child, "r"))
        append_string_item (out, child);
    }
}

static gboolean
read_shared_strings (DuaalSheetBook  *book,
                     GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  xmlDoc *doc = read_part (book, "xl/sharedStrings.xml", TRUE, &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (doc == NULL)
    return TRUE;   /* a workbook without strings */
  for (xmlNode *si = xmlDocGetRootElement (doc)->children; si != NULL; si = si->next)
    if (is_element (si, "si"))
      {
        GString *text = g_string_new (NULL);
        append_string_item (text, si);
        g_ptr_array_add (book->strings, g_string_free (text, FALSE));
      }
  xmlFreeDoc (doc);
  return TRUE;
}

/* Relationship id -> part name, for the workbook's relationships. */
static GHashTable *
read_relationships (DuaalSheetBook  *book,
                    GError         **error)
{
  xmlDoc *doc = read_part (book, "xl/_rels/workbook.xml.rels", FALSE, error);
  GHashTable *targets;

  if (doc == NULL)
    return NULL;
  targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (xmlNode *rel = xmlDocGetRootElement (doc)->children; rel != NULL; rel = rel->next)
    {
      g_autofree char *id = NULL;
      g_autofree char *target = NULL;

      if (!is_element (rel, "Relationship"))
        continue;
      id = get_attribute (rel, "Id");
      target = get_attribute (rel, "Target");
      if (id == NULL || target == NULL)
        continue;
      /* Targets are relative to xl/, or absolute within the package. */
      g_hash_table_replace (targets, g_steal_pointer (&id),
                            target[0] == '/' ? g_strdup (target + 1)
                                             : g_strconcat ("xl/", target, NULL));
    }
  xmlFreeDoc (doc);
  return targets;
}

static gboolean
read_tab_list (DuaalSheetBook  *book,
               GError         **error)
{
  g_autoptr(GHashTable) targets = read_relationships (book, error);
  xmlDoc *doc;

  if (targets == NULL)
    return FALSE;
  doc = read_part (book, "xl/workbook.xml", FALSE, error);
  if (doc == NULL)
    return FALSE;
  for (xmlNode *part = xmlDocGetRootElement (doc)->children; part != NULL; part = part->next)
    {
      if (!is_element (part, "sheets"))
        continue;
      for (xmlNode *sheet = part->children; sheet != NULL; sheet = sheet->next)
        {
          g_autofree char *rel_id = NULL;
          g_autofree char *state = NULL;
          const char *target;
          TabEntry entry = { 0 };

          if (!is_element (sheet, "sheet"))
            continue;
          rel_id = get_relationship_id (sheet);
          target = rel_id != NULL ? g_hash_table_lookup (targets, rel_id) : NULL;
          entry.name = get_attribute (sheet, "name");
          if (target == NULL || entry.name == NULL)
            {
              g_free (entry.name);
              continue;
            }
          state = get_attribute (sheet, "state");
          entry.part = g_strdup (target);
          entry.hidden = state != NULL && !g_str_equal (state, "visible");
          g_array_append_val (book->tabs, entry);
        }
    }
  xmlFreeDoc (doc);
  return TRUE;
}

DuaalSheetBook *
duaal_sheet_book_open (const char  *path,
                       GError     **error)
{
  g_autoptr(DuaalSheetBook) book = NULL;
  int zip_error = 0;

  g_return_val_if_fail (path != NULL, NULL);

  book = g_new0 (DuaalSheetBook, 1);
  book->path = g_strdup (path);
  book->tabs = g_array_new (FALSE, TRUE, sizeof (TabEntry));
  g_array_set_clear_func (book->tabs, (GDestroyNotify) tab_entry_clear);
  book->strings = g_ptr_array_new_with_free_func (g_free);

  book->zip = zip_open (path, ZIP_RDONLY | ZIP_CHECKCONS, &zip_error);
  if (book->zip == NULL)
    {
      zip_error_t why;

      zip_error_init_with_code (&why, zip_error);
      if (zip_error == ZIP_ER_OPEN || zip_error == ZIP_ER_NOENT || zip_error == ZIP_ER_READ)
        g_set_error (error, DUAAL_ERROR, zip_error == ZIP_ER_NOENT ? DUAAL_ERROR_INVALID_FILE : DUAAL_ERROR_IO,
                     _("Could not open “%s”: %s"), path, zip_error_strerror (&why));
      else
        g_propagate_error (error, invalid_file (path, zip_error_strerror (&why)));
      zip_error_fini (&why);
      return NULL;
    }
  if (!read_tab_list (book, error) || !read_shared_strings (book, error))
    return NULL;
  return g_steal_pointer (&book);
}

void
duaal_sheet_book_free (DuaalSheetBook *book)
{
  if (book == NULL)
    return;
  if (book->zip != NULL)
    zip_discard (book->zip);
  g_clear_pointer (&book->tabs, g_array_unref);
  g_clear_pointer (&book->strings, g_ptr_array_unref);
  g_free (book->path);
  g_free (book);
}

static const TabEntry *
find_tab (DuaalSheetBook *book,
          const char     *name)
{
  for (guint i = 0; i < book->tabs->len; i++)
    {
      const TabEntry *entry = &g_array_index (book->tabs, TabEntry, i);
      if (g_str_equal (entry->name, name))
        return entry;
    }
  return NULL;
}

gboolean
duaal_sheet_book_has_tab (DuaalSheetBook *book,
                          const char     *name)
{
  return find_tab (book, name) != NULL;
}

gboolean
duaal_sheet_book_tab_is_hidden (DuaalSheetBook *book,
                                const char     *name)
{
  const TabEntry *entry = find_tab (book, name);

  return entry != NULL && entry->hidden;
}

/* ---- one worksheet -------------------------------------------------- */

/* Parses "D7" into column 3, row 7; FALSE when it is not a cell name. */
static gboolean
parse_cell_name (const char *name,
                 guint      *row,
                 guint      *column)
{
  guint64 col = 0, r = 0;
  const char *p = name;

  for (; g_ascii_isalpha (*p) && col <= MAX_COLUMN; p++)
    col = col * 26 + (guint64) (g_ascii_toupper (*p) - 'A' + 1);
  if (col == 0 || col > MAX_COLUMN || !g_ascii_isdigit (*p))
    return FALSE;
  for (; g_ascii_isdigit (*p) && r <= MAX_ROW; p++)
    r = r * 10 + (guint64) (*p - '0');
  if (*p != '\0' || r == 0 || r > MAX_ROW)
    return FALSE;
  *row = (guint) r;
  *column = (guint) col - 1;
  return TRUE;
}

char *
duaal_sheet_cell_name (guint row,
                       guint column)
{
  char letters[8];
  guint n = 0, i = 0;
  char reversed[8];

  for (guint64 c = (guint64) column + 1; c > 0 && n < sizeof reversed; c = (c - 1) / 26)
    reversed[n++] = (char) ('A' + (c - 1) % 26);
  while (n > 0)
    letters[i++] = reversed[--n];
  letters[i] = '\0';
  return g_strdup_printf ("%s%u", letters, row);
}

/* A number's text in the shortest form that reads back the same. */
static char *
number_text (const char *raw)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *end = NULL;
  double value = g_ascii_strtod (raw, &end);

  if (end == raw || *end != '\0')
    return g_strdup (raw);
  for (int digits = 1; digits <= 17; digits++)
    {
      g_autofree char *format = g_strdup_printf ("%%.%dg", digits);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }
  return g_strdup (buffer);
}

static char *
child_text (xmlNode    *cell,
            const char *name)
{
  for (xmlNode *child = cell->children; child != NULL; child = child->next)
    if (is_element (child, name))
      {
        xmlChar *text = xmlNodeGetContent (child);
        char *copy = g_strdup ((const char *) text);
        xmlFree (text);
        return copy;
      }
  return NULL;
}

/* The value of a <c> as text, NULL when empty; FALSE for a shared
 * string index out of range. */
static gboolean
cell_value (DuaalSheetBook  *book,
            xmlNode         *cell,
            char           **value)
{
  g_autofree char *type = get_attribute (cell, "t");
  g_autofree char *raw = NULL;

  *value = NULL;
  if (type != NULL && g_str_equal (type, "inlineStr"))
    {
      for (xmlNode *child = cell->children; child != NULL; child = child->next)
        if (is_element (child, "is"))
          {
            GString *text = g_string_new (NULL);
            append_string_item (text, child);
            *value = g_string_free (text, FALSE);
          }
      return TRUE;
    }

  raw = child_text (cell, "v");
  if (raw == NULL)
    return TRUE;
  if (type != NULL && g_str_equal (type, "s"))
    {
      char *end = NULL;
      guint64 index = g_ascii_strtoull (raw, &end, 10);

      if (end == raw || *end != '\0' || index >= book->strings->len)
        return FALSE;
      *value = g_strdup (g_ptr_array_index (book->strings, index));
    }
  else if (type != NULL && g_str_equal (type, "b"))
    *value = g_strdup (g_str_equal (raw, "1") ? "TRUE" : "FALSE");
  else if (type == NULL || g_str_equal (type, "n"))
    *value = number_text (raw);
  else   /* "str" (a formula's text), "e" (an error such as #N/A), "d" */
    *value = g_steal_pointer (&raw);
  return TRUE;
}

static gboolean
read_row (DuaalSheetBook  *book,
          DuaalSheetTab   *tab,
          xmlNode         *row_node,
          guint            row,
          const char      *tab_name,
          GError         **error)
{
  guint column = 0;

  for (xmlNode *cell = row_node->children; cell != NULL; cell = cell->next)
    {
      g_autofree char *reference = NULL;
      char *value = NULL;
      guint cell_row = row;

      if (!is_element (cell, "c"))
        continue;
      /* A cell without a reference follows the one before it. */
      reference = get_attribute (cell, "r");
      if (reference != NULL && (!parse_cell_name (reference, &cell_row, &column) || cell_row != row))
        {
          g_autofree char *why = g_strdup_printf (_("the tab “%s” has a cell named “%s” in row %u"),
                                                  tab_name, reference, row);
          g_propagate_error (error, invalid_file (book->path, why));
          return FALSE;
        }
      if (column >= MAX_COLUMN)
        break;
      if (!cell_value (book, cell, &value))
        {
          g_autofree char *name = duaal_sheet_cell_name (row, column);
          g_autofree char *why = g_strdup_printf (_("%s!%s refers to a text that is not there"),
                                                  tab_name, name);
          g_propagate_error (error, invalid_file (book->path, why));
          return FALSE;
        }
      if (value != NULL && *value != '\0')
        {
          gint64 *key = g_new (gint64, 1);
          *key = (gint64) row * MAX_COLUMN + column;
          g_hash_table_replace (tab->cells, key, value);
          tab->n_rows = MAX (tab->n_rows, row);
        }
      else
        g_free (value);
      column++;
    }
  return TRUE;
}

DuaalSheetTab *
duaal_sheet_book_read_tab (DuaalSheetBook  *book,
                           const char      *name,
                           GError         **error)
{
  const TabEntry *entry = find_tab (book, name);
  g_autoptr(DuaalSheetTab) tab = NULL;
  xmlDoc *doc;
  guint row = 0;

  if (entry == NULL)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID_FILE,
                   _("%s: the tab “%s” is missing"), book->path, name);
      return NULL;
    }
  doc = read_part (book, entry->part, FALSE, error);
  if (doc == NULL)
    return NULL;

  tab = g_new0 (DuaalSheetTab, 1);
  tab->cells = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (xmlNode *part = xmlDocGetRootElement (doc)->children; part != NULL; part = part->next)
    {
      if (!is_element (part, "sheetData"))
        continue;
      for (xmlNode *row_node = part->children; row_node != NULL; row_node = row_node->next)
        {
          g_autofree char *number = NULL;

          if (!is_element (row_node, "row"))
            continue;
          /* A row without a number follows the one before it. */
          number = get_attribute (row_node, "r");
          row = number != NULL ? (guint) g_ascii_strtoull (number, NULL, 10) : row + 1;
          if (row == 0 || row > MAX_ROW)
            {
              g_autofree char *why = g_strdup_printf (_("the tab “%s” has a row numbered “%s”"),
                                                      name, number);
              g_propagate_error (error, invalid_file (book->path, why));
              xmlFreeDoc (doc);
              return NULL;
            }
          if (!read_row (book, tab, row_node, row, name, error))
            {
              xmlFreeDoc (doc);
              return NULL;
            }
        }
    }
  xmlFreeDoc (doc);
  return g_steal_pointer (&tab);
}

void
duaal_sheet_tab_free (DuaalSheetTab *tab)
{
  if (tab == NULL)
    return;
  g_clear_pointer (&tab->cells, g_hash_table_unref);
  g_free (tab);
}

const char *
duaal_sheet_tab_get_text (DuaalSheetTab *tab,
                          guint          row,
                          guint          column)
{
  gint64 key = (gint64) row * MAX_COLUMN + column;

  return g_hash_table_lookup (tab->cells, &key);
}

guint
duaal_sheet_tab_get_n_rows (DuaalSheetTab *tab)
{
  return tab->n_rows;
}
