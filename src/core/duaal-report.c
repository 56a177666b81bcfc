/* duaal-report.c: a learner's report for one reader (SPEC section 16)
 *
 * Every status the report holds comes out of duaal_status_filter_for_viewer():
 * the unfiltered statuses the store gives never outlive the function that
 * loaded them, so nothing the reader may not see can reach the PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "duaal-attention.h"
#include "duaal-error.h"
#include "duaal-report.h"
#include "duaal-status-filter.h"

/* Long enough for any name, short enough for every file system. */
#define FILE_NAME_MAX_CHARS 100

struct _DuaalReport
{
  GObject             parent_instance;

  DuaalViewer         reader;
  gint64              reader_id;
  guint               period;
  DuaalLearner       *learner;
  DuaalClassGroup    *group;
  DuaalPeriod        *period_info;  /* (nullable) */
  DuaalStatus        *status;
  DuaalRoute         *route;
  GPtrArray          *columns;      /* DuaalStatus, filtered, oldest first */
  GPtrArray          *column_names; /* utf8 */
  GArray             *column_periods; /* guint, 0 for now */
  GPtrArray          *attention;    /* (nullable) DuaalAttentionItem */
  GDateTime          *date;
};

G_DEFINE_FINAL_TYPE (DuaalReport, duaal_report, G_TYPE_OBJECT)

static void
duaal_report_finalize (GObject *object)
{
  DuaalReport *self = DUAAL_REPORT (object);

  g_clear_object (&self->learner);
  g_clear_object (&self->group);
  g_clear_object (&self->period_info);
  g_clear_object (&self->status);
  g_clear_object (&self->route);
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_clear_pointer (&self->column_names, g_ptr_array_unref);
  g_clear_pointer (&self->column_periods, g_array_unref);
  g_clear_pointer (&self->attention, g_ptr_array_unref);
  g_clear_pointer (&self->date, g_date_time_unref);
  G_OBJECT_CLASS (duaal_report_parent_class)->finalize (object);
}

static void
duaal_report_class_init (DuaalReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = duaal_report_finalize;
}

static void
duaal_report_init (DuaalReport *self)
{
  self->columns = g_ptr_array_new_with_free_func (g_object_unref);
  self->column_names = g_ptr_array_new_with_free_func (g_free);
  self->column_periods = g_array_new (FALSE, FALSE, sizeof (guint));
}

/* The learner's status at @period as the reader may see it. */
static DuaalStatus *
load_filtered (DuaalReport  *self,
               DuaalStore   *store,
               guint         period,
               GError      **error)
{
  gint64 learner_id = duaal_learner_get_id (self->learner);
  g_autoptr(DuaalStatus) status = duaal_store_load_learner_status (store, learner_id, period, error);
  g_autoptr(DuaalStatus) filtered = NULL;

  if (status == NULL)
    return NULL;
  filtered = duaal_status_filter_for_viewer (status, self->reader, self->reader_id, error);
  if (filtered == NULL)
    return NULL;
  if (duaal_status_find_learner (filtered, learner_id) == NULL)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("This reader may not see %s’s scores."), duaal_learner_get_name (self->learner));
      return NULL;
    }
  return g_steal_pointer (&filtered);
}

/* Picks the period the header shows and the evolution's columns. */
static gboolean
load_periods (DuaalReport  *self,
              DuaalStore   *store,
              GError      **error)
{
  g_autoptr(GPtrArray) periods = duaal_store_list_periods (store, duaal_learner_get_group_id (self->learner),
                                                          error);

  if (periods == NULL)
    return FALSE;
  for (guint i = 0; i < periods->len; i++)
    {
      DuaalPeriod *period = g_ptr_array_index (periods, i);
      guint number = duaal_period_get_number (period);
      gboolean closed = duaal_period_is_closed (period);

      if (self->period_info == NULL
          && ((self->period == 0 && !closed) || (self->period != 0 && number == self->period)))
        self->period_info = g_object_ref (period);
      if (closed && (self->period == 0 || number <= self->period))
        {
          g_array_append_val (self->column_periods, number);
          g_ptr_array_add (self->column_names, g_strdup (duaal_period_get_name (period)));
        }
    }
  if (self->period == 0)
    {
      guint now = 0;

      g_array_append_val (self->column_periods, now);
      g_ptr_array_add (self->column_names, g_strdup (_("Now")));
    }
  return TRUE;
}

static gboolean
load_columns (DuaalReport  *self,
              DuaalStore   *store,
              GError      **error)
{
  for (guint col = 0; col < self->column_periods->len; col++)
    {
      guint period = g_array_index (self->column_periods, guint, col);
      DuaalStatus *status = period == self->period ? g_object_ref (self->status)
                                                   : load_filtered (self, store, period, error);

      if (status == NULL)
        return FALSE;
      g_ptr_array_add (self->columns, status);
    }
  return TRUE;
}

/* The attention items of the report's learner, as duaal-cli attention
 * finds them: for now the list the store keeps up to date, for a closed
 * period the rule applied to its frozen scores.  Most severe first. */
static GPtrArray *
load_attention (DuaalReport  *self,
                DuaalStore   *store,
                GError      **error)
{
  gint64 learner_id = duaal_learner_get_id (self->learner);
  g_autoptr(GPtrArray) group_items = NULL;
  GPtrArray *items;

  if (self->period != 0)
    return duaal_attention_collect (self->status);
  group_items = duaal_attention_list_now (store, duaal_learner_get_group_id (self->learner), error);
  if (group_items == NULL)
    return NULL;
  items = g_ptr_array_new_with_free_func ((GDestroyNotify) duaal_attention_item_free);
  for (guint i = 0; i < group_items->len; i++)
    {
      DuaalAttentionItem *item = g_ptr_array_index (group_items, i);

      /* Taken over: the group's list frees what is left, NULL included. */
      if (item->learner_id == learner_id)
        g_ptr_array_add (items, g_steal_pointer (&group_items->pdata[i]));
    }
  return items;
}

static gboolean
check_reader (DuaalReport  *self,
              GError      **error)
{
  if (self->reader == DUAAL_VIEWER_TRAINER && self->reader_id <= 0)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("%s has no trainer yet, so there is no trainer’s report to make."),
                   duaal_learner_get_name (self->learner));
      return FALSE;
    }
  return TRUE;
}

DuaalReport *
duaal_report_new (DuaalStore   *store,
                  gint64        learner_id,
                  guint         period,
                  DuaalViewer   reader,
                  GError      **error)
{
  g_autoptr(DuaalReport) self = NULL;

  g_return_val_if_fail (DUAAL_IS_STORE (store), NULL);
  g_return_val_if_fail (reader <= DUAAL_VIEWER_COACH, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (DUAAL_TYPE_REPORT, NULL);
  self->reader = reader;
  self->period = period;
  self->date = g_date_time_new_now_local ();
  self->learner = duaal_store_get_learner (store, learner_id, error);
  if (self->learner == NULL)
    return NULL;
  self->reader_id = duaal_viewer_id_for_learner (reader, self->learner);
  if (!check_reader (self, error))
    return NULL;
  self->group = duaal_store_get_group (store, duaal_learner_get_group_id (self->learner), error);
  if (self->group == NULL)
    return NULL;
  self->status = load_filtered (self, store, period, error);
  if (self->status == NULL)
    return NULL;
  self->route = duaal_route_new_from_status (self->status, learner_id, error);
  if (self->route == NULL || !load_periods (self, store, error) || !load_columns (self, store, error))
    return NULL;
  /* SPEC section 16: the attention items are the coach's. */
  if (reader == DUAAL_VIEWER_COACH)
    {
      self->attention = load_attention (self, store, error);
      if (self->attention == NULL)
        return NULL;
    }
  return g_steal_pointer (&self);
}

GPtrArray *
duaal_report_new_for_group (DuaalStore   *store,
                            gint64        group_id,
                            guint         period,
                            DuaalViewer   reader,
                            GError      **error)
{
  g_autoptr(DuaalClassGroup) group = NULL;
  g_autoptr(GPtrArray) learners = NULL;
  g_autoptr(GPtrArray) reports = NULL;

  g_return_val_if_fail (DUAAL_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* An unknown group is an error, not a group without learners. */
  group = duaal_store_get_group (store, group_id, error);
  if (group == NULL)
    return NULL;
  learners = duaal_store_list_learners (store, group_id, error);
  if (learners == NULL)
    return NULL;
  reports = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < learners->len; i++)
    {
      DuaalReport *report = duaal_report_new (store, duaal_learner_get_id (g_ptr_array_index (learners, i)),
                                              period, reader, error);

      if (report == NULL)
        return NULL;
      g_ptr_array_add (reports, report);
    }
  return g_steal_pointer (&reports);
}

DuaalViewer
duaal_report_get_reader (DuaalReport *self)
{
  g_return_val_if_fail (DUAAL_IS_REPORT (self), DUAAL_VIEWER_COACH);
  return self->reader;
}

DuaalLearner *
duaal_report_get_learner (DuaalReport *self)
{
  g_return_val_if_fail (DUAAL_IS_REPORT (self), NULL);
  return self->learner;
}

DuaalClassGroup *
duaal_report_get_group (DuaalReport *self)
{
  g_return_val_if_fail (DUAAL_IS_REPORT (self), NULL);
  return self->group;
}

DuaalQualification *
duaal_report_get_qualification (DuaalReport *self)
{
  g_return_val_if_fail (DUAAL_IS_REPORT (self), NULL);
  return duaal_status_get_qualification (self->status);
}

guint
duaal_report_get_period (DuaalReport *self)
{
  g_return_val_if_fail (DUAAL_IS_REPORT (self), 0);
  return self->period;
}

DuaalPeriod *
duaal_report_get_period_info (DuaalReport *self)
{
  g_return_val_if_fail (DUAAL_IS_REPORT (self), NULL);
  return self->period_info;
}

DuaalStatus *
duaal_report_get_status (DuaalReport *self)
{
  g_return_val_if_fail (DUAAL_IS_REPORT (self), NULL);
  return self->status;
}

DuaalRoute *
duaal_report_get_route (DuaalReport *self)
{
  g_return_val_if_fail (DUAAL_IS_REPORT (self), NULL);
  return self->route;
}

guint
duaal_report_get_n_columns (DuaalReport *self)
{
  g_return_val_if_fail (DUAAL_IS_REPORT (self), 0);
  return self->columns->len;
}

DuaalStatus *
duaal_report_get_column (DuaalReport *self,
                         guint        column,
                         guint       *period)
{
  g_return_val_if_fail (DUAAL_IS_REPORT (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);

  if (period != NULL)
    *period = g_array_index (self->column_periods, guint, column);
  return g_ptr_array_index (self->columns, column);
}

char *
duaal_report_get_column_name (DuaalReport *self,
                              guint        column)
{
  g_return_val_if_fail (DUAAL_IS_REPORT (self), NULL);
  g_return_val_if_fail (column < self->column_names->len, NULL);
  return g_strdup (g_ptr_array_index (self->column_names, column));
}

GPtrArray *
duaal_report_get_attention (DuaalReport *self)
{
  g_return_val_if_fail (DUAAL_IS_REPORT (self), NULL);
  return self->attention;
}

GDateTime *
duaal_report_get_date (DuaalReport *self)
{
  g_return_val_if_fail (DUAAL_IS_REPORT (self), NULL);
  return self->date;
}

static gboolean
is_unsafe_in_file_name (gunichar c)
{
  return g_unichar_iscntrl (c) || (c < 128 && strchr ("/\\<>:\"|?*", (int) c) != NULL);
}

char *
duaal_report_file_name (DuaalLearner *learner)
{
  const char *name;
  GString *safe = g_string_new (NULL);
  guint n_chars = 0;

  g_return_val_if_fail (DUAAL_IS_LEARNER (learner), NULL);

  name = duaal_learner_get_name (learner);
  /* Leading dots would hide the file; leading spaces are easy to miss. */
  while (*name == '.' || *name == ' ')
    name++;
  for (const char *p = name; *p != '\0' && n_chars < FILE_NAME_MAX_CHARS; p = g_utf8_next_char (p), n_chars++)
    {
      gunichar c = g_utf8_get_char (p);

      if (is_unsafe_in_file_name (c))
        g_string_append_c (safe, '_');
      else
        g_string_append_unichar (safe, c);
    }
  g_strchomp (safe->str);
  g_string_set_size (safe, strlen (safe->str));
  if (safe->len == 0)
    /* Translators: the file name of a report whose learner's name has
     * nothing left after taking out what file systems refuse */
    g_string_append (safe, _("report"));
  g_string_append (safe, ".pdf");
  return g_string_free (safe, FALSE);
}

GStrv
duaal_report_file_names (GPtrArray *reports)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GPtrArray) plain = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (reports != NULL, NULL);

  /* Counted first, so that a name is changed for every learner who has
   * it, not only for the second: which learner gets which file never
   * depends on their order. */
  for (guint i = 0; i < reports->len; i++)
    {
      DuaalReport *report = g_ptr_array_index (reports, i);
      char *name = duaal_report_file_name (report->learner);
      char *key = g_utf8_casefold (name, -1);

      g_hash_table_insert (seen, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (seen, key)) + 1));
      g_ptr_array_add (plain, name);
    }
  for (guint i = 0; i < reports->len; i++)
    {
      DuaalReport *report = g_ptr_array_index (reports, i);
      const char *name = g_ptr_array_index (plain, i);
      g_autofree char *key = g_utf8_casefold (name, -1);

      if (GPOINTER_TO_UINT (g_hash_table_lookup (seen, key)) > 1)
        {
          g_autofree char *stem = g_strndup (name, strlen (name) - strlen (".pdf"));
          g_autofree char *unique = g_strdup_printf ("%s (%" G_GINT64_FORMAT ").pdf", stem,
                                                     duaal_learner_get_id (report->learner));

          g_strv_builder_add (names, unique);
        }
      else
        g_strv_builder_add (names, name);
    }
  return g_strv_builder_end (names);
}
