/* duaal-sheet-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "duaal-error.h"
#include "duaal-sheet-import.h"
#include "duaal-sheet-private.h"
#include "duaal-sheet-reader-private.h"
#include "duaal-status-filter.h"

/* The bad cells named in the message; the rest are counted. */
#define MAX_NAMED_PROBLEMS 3

/* A learner record of the hidden tab. */
typedef struct {
  gint64  id;
  char   *name;
  char   *tab;
} SheetLearner;

/* An indicator record: where its row is, what the sheet was made from,
 * and what the sheet holds now. */
typedef struct {
  gint64           learner_id;
  char            *indicator_id;
  guint            row;
  DuaalScoreValue  base;      /* the comment points into the records */
  DuaalScoreValue  sheet;     /* the comment is sheet_comment */
  char            *sheet_comment;
} SheetRow;

struct _DuaalSheetImport
{
  GObject       parent_instance;

  DuaalStore   *store;
  char         *path;
  char         *source;     /* the file's name, for the score log */
  DuaalActor    actor;
  gint64        viewer_id;
  char         *viewer_name;
  char         *code;
  guint         version;
  gint64        group_id;
  GPtrArray    *records;    /* GStrv each, the hidden tab */
  GArray       *learners;   /* SheetLearner */
  GArray       *rows;       /* SheetRow */
  GArray       *learner_ids;
  GArray       *items;      /* DuaalSheetItem */
  GStringChunk *strings;    /* the items' texts */
  guint         n_conflicts;
};

G_DEFINE_FINAL_TYPE (DuaalSheetImport, duaal_sheet_import, G_TYPE_OBJECT)

static void
sheet_learner_clear (SheetLearner *learner)
{
  g_free (learner->name);
  g_free (learner->tab);
}

static void
sheet_row_clear (SheetRow *row)
{
  g_free (row->indicator_id);
  g_free (row->sheet_comment);
}

static void
duaal_sheet_import_finalize (GObject *object)
{
  DuaalSheetImport *self = DUAAL_SHEET_IMPORT (object);

  g_clear_object (&self->store);
  g_free (self->path);
  g_free (self->source);
  g_free (self->code);
  g_free (self->viewer_name);
  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_pointer (&self->learners, g_array_unref);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->learner_ids, g_array_unref);
  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  G_OBJECT_CLASS (duaal_sheet_import_parent_class)->finalize (object);
}

static void
duaal_sheet_import_class_init (DuaalSheetImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = duaal_sheet_import_finalize;
}

static void
duaal_sheet_import_init (DuaalSheetImport *self)
{
  self->records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->learners = g_array_new (FALSE, TRUE, sizeof (SheetLearner));
  g_array_set_clear_func (self->learners, (GDestroyNotify) sheet_learner_clear);
  self->rows = g_array_new (FALSE, TRUE, sizeof (SheetRow));
  g_array_set_clear_func (self->rows, (GDestroyNotify) sheet_row_clear);
  self->learner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->items = g_array_new (FALSE, TRUE, sizeof (DuaalSheetItem));
  self->strings = g_string_chunk_new (1024);
}

/* ---- errors ---------------------------------------------------------- */

static gboolean
refuse (DuaalSheetImport  *self,
        GError           **error,
        const char        *format,
        ...) G_GNUC_PRINTF (3, 4);

/* A refusal naming the file. */
static gboolean
refuse (DuaalSheetImport  *self,
        GError           **error,
        const char        *format,
        ...)
{
  g_autofree char *why = NULL;
  va_list args;

  va_start (args, format);
  why = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID_FILE, "%s: %s", self->path, why);
  return FALSE;
}

static gboolean
refuse_damaged (DuaalSheetImport  *self,
                GError           **error)
{
  return refuse (self, error,
                 _("the hidden tab “%s” was changed or damaged; make a new score sheet in Duaal"),
                 DUAAL_SHEET_INFO_TAB);
}

/* ---- the hidden tab -------------------------------------------------- */

static gboolean
parse_id (const char *text,
          gint64     *id)
{
  char *end = NULL;
  gint64 value;

  if (*text == '\0')
    return FALSE;
  value = g_ascii_strtoll (text, &end, 10);
  if (*end != '\0' || value <= 0)
    return FALSE;
  *id = value;
  return TRUE;
}

/* Reads the records up to the checksum and checks it. */
static gboolean
read_records (DuaalSheetImport  *self,
              DuaalSheetBook    *book,
              GError           **error)
{
  g_autoptr(DuaalSheetTab) tab = NULL;
  g_autofree char *expected = NULL;
  const char *checksum = NULL;

  if (!duaal_sheet_book_has_tab (book, DUAAL_SHEET_INFO_TAB))
    return refuse (self, error, _("this is not a score sheet made by Duaal (it has no tab “%s”)"),
                   DUAAL_SHEET_INFO_TAB);
  tab = duaal_sheet_book_read_tab (book, DUAAL_SHEET_INFO_TAB, error);
  if (tab == NULL)
    return FALSE;
  for (guint row = 1; row <= duaal_sheet_tab_get_n_rows (tab) && checksum == NULL; row++)
    {
      const char *kind = duaal_sheet_tab_get_text (tab, row, 0);
      char **cells;

      if (g_strcmp0 (kind, "checksum") == 0)
        {
          checksum = duaal_sheet_tab_get_text (tab, row, 1);
          break;
        }
      cells = g_new0 (char *, DUAAL_SHEET_INFO_COLUMNS + 1);
      for (guint c = 0; c < DUAAL_SHEET_INFO_COLUMNS; c++)
        cells[c] = g_strdup (duaal_sheet_tab_get_text (tab, row, c) ?: "");
      g_ptr_array_add (self->records, cells);
    }
  expected = duaal_sheet_checksum (self->records);
  if (checksum == NULL || g_ascii_strcasecmp (checksum, expected) != 0)
    return refuse_damaged (self, error);
  return TRUE;
}

static gboolean
parse_head (DuaalSheetImport *self)
{
  char **format, **actor, **qualification, **group;
  gint64 version = 0;

  if (self->records->len < 4)
    return FALSE;
  format = g_ptr_array_index (self->records, 0);
  actor = g_ptr_array_index (self->records, 1);
  qualification = g_ptr_array_index (self->records, 2);
  group = g_ptr_array_index (self->records, 3);
  if (!g_str_equal (format[0], DUAAL_SHEET_INFO_FORMAT) || !g_str_equal (format[1], DUAAL_SHEET_INFO_VERSION)
      || !g_str_equal (actor[0], "actor") || !duaal_actor_from_string (actor[1], &self->actor)
      || self->actor == DUAAL_ACTOR_TEACHER || !parse_id (actor[2], &self->viewer_id) || *actor[3] == '\0'
      || !g_str_equal (qualification[0], "qualification") || *qualification[1] == '\0'
      || !parse_id (qualification[2], &version) || version > G_MAXUINT
      || !g_str_equal (group[0], "group") || !parse_id (group[1], &self->group_id))
    return FALSE;
  self->viewer_name = g_strdup (actor[3]);
  self->code = g_strdup (qualification[1]);
  self->version = (guint) version;
  return TRUE;
}

static gboolean
parse_body (DuaalSheetImport *self)
{
  for (guint r = 4; r < self->records->len; r++)
    {
      char **cells = g_ptr_array_index (self->records, r);

      if (g_str_equal (cells[0], "learner"))
        {
          SheetLearner learner = { 0 };

          if (!parse_id (cells[1], &learner.id) || *cells[2] == '\0' || *cells[3] == '\0')
            return FALSE;
          learner.name = g_strdup (cells[2]);
          learner.tab = g_strdup (cells[3]);
          g_array_append_val (self->learners, learner);
          g_array_append_val (self->learner_ids, learner.id);
        }
      else if (g_str_equal (cells[0], "indicator"))
        {
          SheetRow row = { 0 };
          gint64 number = 0;

          if (!parse_id (cells[1], &row.learner_id) || *cells[2] == '\0'
              || !parse_id (cells[3], &number) || number > G_MAXINT
              || (*cells[4] != '\0' && !duaal_mastery_from_string (cells[4], &row.base.mastery))
              || (*cells[5] != '\0' && !duaal_coverage_from_string (cells[5], &row.base.coverage)))
            return FALSE;
          row.indicator_id = g_strdup (cells[2]);
          row.row = (guint) number;
          row.base.comment = *cells[6] != '\0' ? cells[6] : NULL;
          g_array_append_val (self->rows, row);
        }
      else
        return FALSE;
    }
  return self->learners->len > 0;
}

/* ---- the sheet against the database --------------------------------- */

static gboolean
check_learner (DuaalSheetImport    *self,
               const SheetLearner  *entry,
               DuaalQualification **qualification,
               GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(DuaalLearner) learner = duaal_store_get_learner (self->store, entry->id, &local_error);
  g_autoptr(DuaalClassGroup) group = NULL;

  if (learner == NULL)
    {
      if (!g_error_matches (local_error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      return refuse (self, error, _("the sheet is for %s, who is not in this database"), entry->name);
    }
  if (!g_str_equal (duaal_learner_get_name (learner), entry->name)
      || duaal_learner_get_group_id (learner) != self->group_id)
    return refuse (self, error, _("the sheet is for %s, not for %s of this database"),
                   entry->name, duaal_learner_get_name (learner));
  if (self->actor == DUAAL_ACTOR_TRAINER
      && (duaal_learner_get_trainer_id (learner) != self->viewer_id
          || g_strcmp0 (duaal_learner_get_trainer_name (learner), self->viewer_name) != 0))
    return refuse (self, error, _("the sheet was made for %s, who is not the trainer of %s in Duaal now"),
                   self->viewer_name, entry->name);
  if (self->actor == DUAAL_ACTOR_LEARNER
      && (entry->id != self->viewer_id || !g_str_equal (entry->name, self->viewer_name)))
    return refuse_damaged (self, error);

  group = duaal_store_get_group (self->store, self->group_id, error);
  if (group == NULL)
    return FALSE;
  if (!g_str_equal (duaal_class_group_get_qualification_code (group), self->code)
      || duaal_class_group_get_qualification_version (group) != self->version)
    return refuse (self, error, _("the sheet is for qualification %s version %u, but %s follows %s version %u"),
                   self->code, self->version, entry->name,
                   duaal_class_group_get_qualification_code (group),
                   duaal_class_group_get_qualification_version (group));
  if (*qualification == NULL)
    *qualification = duaal_store_get_qualification (self->store, self->code, self->version, error);
  return *qualification != NULL;
}

static const SheetLearner *
find_learner (DuaalSheetImport *self,
              gint64            learner_id)
{
  for (guint i = 0; i < self->learners->len; i++)
    {
      const SheetLearner *learner = &g_array_index (self->learners, SheetLearner, i);
      if (learner->id == learner_id)
        return learner;
    }
  return NULL;
}

static gboolean
indicator_exists (DuaalQualification *qualification,
                  const char         *indicator_id)
{
  GPtrArray *competences = duaal_qualification_get_competences (qualification);

  for (guint i = 0; i < competences->len; i++)
    if (duaal_competence_find_indicator (g_ptr_array_index (competences, i), indicator_id) != NULL)
      return TRUE;
  return FALSE;
}

/* ---- the cells -------------------------------------------------------- */

typedef struct {
  GString *first;     /* the first few problems, "; " between them */
  guint    n;
} Problems;

static void
add_problem (Problems   *problems,
             const char *tab,
             guint       row,
             guint       column,
             const char *why)
{
  g_autofree char *cell = duaal_sheet_cell_name (row, column);

  if (problems->n++ >= MAX_NAMED_PROBLEMS)
    return;
  if (problems->first->len > 0)
    g_string_append (problems->first, "; ");
  g_string_append_printf (problems->first, "%s!%s: %s", tab, cell, why);
}

static char *
trimmed (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

/* A spreadsheet's list check ignores case; so does the import. */
static gboolean
parse_mastery (const char   *text,
               DuaalMastery *mastery)
{
  const DuaalMastery values[] = { DUAAL_MASTERY_X, DUAAL_MASTERY_LIL, DUAAL_MASTERY_V };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    if (g_ascii_strcasecmp (text, duaal_mastery_to_string (values[i])) == 0)
      {
        *mastery = values[i];
        return TRUE;
      }
  return FALSE;
}

/* Reads one indicator's row into @row's sheet value; a cell that holds
 * what it may not adds a problem. */
static void
read_row (DuaalSheetTab   *tab,
          const char      *tab_name,
          SheetRow        *row,
          Problems        *problems)
{
  DuaalScoreValue *value = &row->sheet;
  const char *id = duaal_sheet_tab_get_text (tab, row->row, DUAAL_SHEET_COLUMN_ID);
  g_autofree char *mastery = trimmed (duaal_sheet_tab_get_text (tab, row->row, DUAAL_SHEET_COLUMN_MASTERY));
  g_autofree char *coverage = trimmed (duaal_sheet_tab_get_text (tab, row->row, DUAAL_SHEET_COLUMN_COVERAGE));

  memset (value, 0, sizeof *value);
  if (g_strcmp0 (id, row->indicator_id) != 0)
    {
      g_autofree char *why = g_strdup_printf (_("indicator %s was expected here; rows may not be moved"),
                                              row->indicator_id);
      add_problem (problems, tab_name, row->row, DUAAL_SHEET_COLUMN_ID, why);
      return;
    }
  if (*mastery != '\0' && !parse_mastery (mastery, &value->mastery))
    {
      g_autofree char *why = g_strdup_printf (_("“%s” is not a mastery: use X, lil or V, or leave the cell empty"),
                                              mastery);
      add_problem (problems, tab_name, row->row, DUAAL_SHEET_COLUMN_MASTERY, why);
    }
  if (*coverage != '\0')
    {
      g_autofree char *upper = g_ascii_strup (coverage, -1);

      if (!duaal_coverage_from_string (upper, &value->coverage))
        {
          g_autofree char *why = g_strdup_printf (_("“%s” is not a coverage: use N, S or R, or leave the cell empty"),
                                                  coverage);
          add_problem (problems, tab_name, row->row, DUAAL_SHEET_COLUMN_COVERAGE, why);
        }
    }
  row->sheet_comment = duaal_sheet_normalize_text (duaal_sheet_tab_get_text (tab, row->row,
                                                                             DUAAL_SHEET_COLUMN_COMMENT));
  value->comment = row->sheet_comment;
}

static gboolean
same_comment (const char *a,
              const char *b)
{
  g_autofree char *na = duaal_sheet_normalize_text (a);
  g_autofree char *nb = duaal_sheet_normalize_text (b);

  return g_strcmp0 (na, nb) == 0;
}

/* The fields where @a and @b differ. */
static DuaalScoreFields
differing_fields (const DuaalScoreValue *a,
                  const DuaalScoreValue *b)
{
  DuaalScoreFields fields = 0;

  if (a->mastery != b->mastery)
    fields |= DUAAL_SCORE_FIELD_MASTERY;
  if (a->coverage != b->coverage)
    fields |= DUAAL_SCORE_FIELD_COVERAGE;
  if (!same_comment (a->comment, b->comment))
    fields |= DUAAL_SCORE_FIELD_COMMENT;
  return fields;
}

/* Compares one row's three values and keeps it as an item when the
 * sheet changes something. */
static void
compare_row (DuaalSheetImport      *self,
             const SheetRow        *row,
             const char            *tab_name,
             const DuaalCell       *cell)
{
  const DuaalScoreValue *sheet = &row->sheet;
  DuaalScoreValue current = { 0 };
  DuaalScoreFields by_sheet, since, changes;
  DuaalSheetItem item = { 0 };
  g_autofree char *cell_name = duaal_sheet_cell_name (row->row, DUAAL_SHEET_COLUMN_MASTERY);
  g_autofree char *where = g_strdup_printf ("%s!%s", tab_name, cell_name);

  if (cell != NULL)
    current = (DuaalScoreValue) { cell->mastery, cell->coverage, cell->comment };
  by_sheet = differing_fields (&row->base, sheet);
  changes = by_sheet & differing_fields (&current, sheet);
  if (changes == 0)
    return;
  /* Changed in Duaal since the sheet was made, and by the sheet too. */
  since = differing_fields (&row->base, &current);

  item.learner_id = row->learner_id;
  item.learner_name = g_string_chunk_insert_const (self->strings, find_learner (self, row->learner_id)->name);
  item.indicator_id = g_string_chunk_insert_const (self->strings, row->indicator_id);
  item.cell = g_string_chunk_insert (self->strings, where);
  item.base = row->base;
  item.current = current;
  item.sheet = *sheet;
  item.base.comment = row->base.comment != NULL ? g_string_chunk_insert (self->strings, row->base.comment) : NULL;
  item.current.comment = current.comment != NULL ? g_string_chunk_insert (self->strings, current.comment) : NULL;
  item.sheet.comment = sheet->comment != NULL ? g_string_chunk_insert (self->strings, sheet->comment) : NULL;
  item.fields = changes;
  item.conflict = (changes & since) != 0;
  self->n_conflicts += item.conflict ? 1 : 0;
  g_array_append_val (self->items, item);
}

static gboolean
read_learner_tab (DuaalSheetImport   *self,
                  DuaalSheetBook     *book,
                  const SheetLearner *learner,
                  Problems           *problems,
                  GError            **error)
{
  g_autoptr(DuaalSheetTab) tab = NULL;

  if (!duaal_sheet_book_has_tab (book, learner->tab))
    return refuse (self, error, _("the tab “%s” is missing; tabs may not be renamed"), learner->tab);
  tab = duaal_sheet_book_read_tab (book, learner->tab, error);
  if (tab == NULL)
    return FALSE;
  for (guint i = 0; i < self->rows->len; i++)
    {
      SheetRow *row = &g_array_index (self->rows, SheetRow, i);

      if (row->learner_id == learner->id)
        read_row (tab, learner->tab, row, problems);
    }
  return TRUE;
}

/* Compares every row with Duaal's values now: the items. */
static gboolean
compare_all (DuaalSheetImport  *self,
             GError           **error)
{
  g_array_set_size (self->items, 0);
  self->n_conflicts = 0;
  for (guint l = 0; l < self->learners->len; l++)
    {
      const SheetLearner *learner = &g_array_index (self->learners, SheetLearner, l);
      g_autoptr(DuaalStatus) status = duaal_store_load_learner_status (self->store, learner->id, 0, error);

      if (status == NULL)
        return FALSE;
      for (guint i = 0; i < self->rows->len; i++)
        {
          const SheetRow *row = &g_array_index (self->rows, SheetRow, i);

          if (row->learner_id == learner->id)
            compare_row (self, row, learner->tab,
                         duaal_status_get_cell (status, learner->id, row->indicator_id, self->actor));
        }
    }
  return TRUE;
}

static gboolean
check_rows (DuaalSheetImport    *self,
            DuaalQualification  *qualification,
            GError             **error)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      const SheetRow *row = &g_array_index (self->rows, SheetRow, i);

      if (find_learner (self, row->learner_id) == NULL)
        return refuse_damaged (self, error);
      if (!indicator_exists (qualification, row->indicator_id))
        return refuse (self, error, _("indicator %s is not part of qualification %s version %u"),
                       row->indicator_id, self->code, self->version);
    }
  return TRUE;
}

DuaalSheetImport *
duaal_sheet_import_read (DuaalStore  *store,
                         const char  *path,
                         GError     **error)
{
  g_autoptr(DuaalSheetImport) self = NULL;
  g_autoptr(DuaalSheetBook) book = NULL;
  g_autoptr(DuaalQualification) qualification = NULL;
  Problems problems = { g_string_new (NULL), 0 };
  g_autoptr(GString) first_problems = problems.first;

  g_return_val_if_fail (DUAAL_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (DUAAL_TYPE_SHEET_IMPORT, NULL);
  self->store = g_object_ref (store);
  self->path = g_strdup (path);
  self->source = g_path_get_basename (path);

  book = duaal_sheet_book_open (path, error);
  if (book == NULL || !read_records (self, book, error))
    return NULL;
  if (!parse_head (self) || !parse_body (self))
    {
      refuse_damaged (self, error);
      return NULL;
    }
  for (guint i = 0; i < self->learners->len; i++)
    if (!check_learner (self, &g_array_index (self->learners, SheetLearner, i), &qualification, error))
      return NULL;
  if (!check_rows (self, qualification, error))
    return NULL;
  for (guint i = 0; i < self->learners->len; i++)
    if (!read_learner_tab (self, book, &g_array_index (self->learners, SheetLearner, i), &problems, error))
      return NULL;

  if (problems.n > 0)
    {
      if (problems.n > MAX_NAMED_PROBLEMS)
        g_string_append_printf (problems.first,
                                g_dngettext (GETTEXT_PACKAGE, " (and %u more cell)", " (and %u more cells)",
                                             problems.n - MAX_NAMED_PROBLEMS),
                                problems.n - MAX_NAMED_PROBLEMS);
      refuse (self, error, "%s", problems.first->str);
      return NULL;
    }
  if (!compare_all (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/* ---- results ---------------------------------------------------------- */

DuaalActor
duaal_sheet_import_get_actor (DuaalSheetImport *self)
{
  g_return_val_if_fail (DUAAL_IS_SHEET_IMPORT (self), DUAAL_ACTOR_TRAINER);
  return self->actor;
}

const gint64 *
duaal_sheet_import_get_learners (DuaalSheetImport *self,
                                 guint            *n_learners)
{
  g_return_val_if_fail (DUAAL_IS_SHEET_IMPORT (self), NULL);
  *n_learners = self->learner_ids->len;
  return (const gint64 *) (gpointer) self->learner_ids->data;
}

guint
duaal_sheet_import_get_n_items (DuaalSheetImport *self)
{
  g_return_val_if_fail (DUAAL_IS_SHEET_IMPORT (self), 0);
  return self->items->len;
}

const DuaalSheetItem *
duaal_sheet_import_get_item (DuaalSheetImport *self,
                             guint             index)
{
  g_return_val_if_fail (DUAAL_IS_SHEET_IMPORT (self), NULL);
  g_return_val_if_fail (index < self->items->len, NULL);
  return &g_array_index (self->items, DuaalSheetItem, index);
}

guint
duaal_sheet_import_get_n_conflicts (DuaalSheetImport *self)
{
  g_return_val_if_fail (DUAAL_IS_SHEET_IMPORT (self), 0);
  return self->n_conflicts;
}

void
duaal_sheet_import_count (DuaalSheetImport *self,
                          gboolean          force,
                          guint            *changed,
                          guint            *unchanged,
                          guint            *skipped)
{
  guint n_skipped = force ? 0 : self->n_conflicts;

  g_return_if_fail (DUAAL_IS_SHEET_IMPORT (self));
  *changed = self->items->len - n_skipped;
  *skipped = n_skipped;
  *unchanged = self->rows->len - self->items->len;
}

static char *
item_key (const DuaalSheetItem *item)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT " %s", item->learner_id, item->indicator_id);
}

/* Compares again, right before applying (a preview may have stayed open
 * while others scored): a conflict that was not there when the sheet
 * was read is refused when forced, as nobody chose to overwrite it. */
static gboolean
compare_again (DuaalSheetImport  *self,
               gboolean           force,
               GError           **error)
{
  g_autoptr(GHashTable) known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < self->items->len; i++)
    if (g_array_index (self->items, DuaalSheetItem, i).conflict)
      g_hash_table_add (known, item_key (&g_array_index (self->items, DuaalSheetItem, i)));
  if (!compare_all (self, error))
    return FALSE;
  for (guint i = 0; i < self->items->len && force; i++)
    {
      const DuaalSheetItem *item = &g_array_index (self->items, DuaalSheetItem, i);
      g_autofree char *key = item_key (item);

      if (item->conflict && !g_hash_table_contains (known, key))
        {
          g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_CONFLICT,
                       _("%s: the score of %s for %s changed in Duaal since the sheet was checked; "
                         "check the sheet again"), self->path, item->indicator_id, item->learner_name);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
duaal_sheet_import_apply (DuaalSheetImport  *self,
                          gboolean           force,
                          GError           **error)
{
  g_autoptr(GArray) inputs = g_array_new (FALSE, TRUE, sizeof (DuaalScoreInput));

  g_return_val_if_fail (DUAAL_IS_SHEET_IMPORT (self), FALSE);

  if (!compare_again (self, force, error))
    return FALSE;
  for (guint i = 0; i < self->items->len; i++)
    {
      const DuaalSheetItem *item = &g_array_index (self->items, DuaalSheetItem, i);
      DuaalScoreInput input = {
        .learner_id = item->learner_id,
        .indicator_id = item->indicator_id,
        .actor = self->actor,
        .change = {
          .fields = item->fields,
          .mastery = item->sheet.mastery,
          .coverage = item->sheet.coverage,
          .comment = item->sheet.comment,
        },
      };

      if (item->conflict && !force)
        continue;
      g_array_append_val (inputs, input);
    }
  if (inputs->len == 0)
    return TRUE;
  return duaal_store_record_changes (self->store, (const DuaalScoreInput *) (gpointer) inputs->data,
                                     inputs->len, self->source, error);
}
