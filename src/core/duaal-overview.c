/* duaal-overview.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "duaal-error.h"
#include "duaal-overview.h"
#include "duaal-xlsx.h"

struct _DuaalOverview
{
  GObject    parent_instance;

  guint      n_competences;
  guint      n_learners;
  char     **competence_ids;     /* n_competences */
  char     **competence_titles;  /* n_competences, never NULL entries */
  gint64    *learner_ids;        /* n_learners */
  char     **learner_names;      /* n_learners */
  char     **learner_companies;  /* n_learners, never NULL entries */
  gboolean  *planned;            /* [l * n_competences + c] */
  gboolean  *actual;             /* same layout */
};

G_DEFINE_FINAL_TYPE (DuaalOverview, duaal_overview, G_TYPE_OBJECT)

static void
duaal_overview_finalize (GObject *object)
{
  DuaalOverview *self = DUAAL_OVERVIEW (object);

  g_strfreev (self->competence_ids);
  g_strfreev (self->competence_titles);
  g_free (self->learner_ids);
  g_strfreev (self->learner_names);
  g_strfreev (self->learner_companies);
  g_free (self->planned);
  g_free (self->actual);

  G_OBJECT_CLASS (duaal_overview_parent_class)->finalize (object);
}

static void
duaal_overview_class_init (DuaalOverviewClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = duaal_overview_finalize;
}

static void
duaal_overview_init (DuaalOverview *self)
{
}

DuaalOverview *
duaal_overview_new (const DuaalOverviewCompetence *competences,
                    guint                          n_competences,
                    const DuaalOverviewLearner    *learners,
                    guint                          n_learners,
                    const gboolean                *planned,
                    const gboolean                *actual)
{
  DuaalOverview *self;
  gsize n_cells = (gsize) n_competences * n_learners;

  g_return_val_if_fail (competences != NULL || n_competences == 0, NULL);
  g_return_val_if_fail (learners != NULL || n_learners == 0, NULL);
  g_return_val_if_fail (planned != NULL || n_cells == 0, NULL);

  self = g_object_new (DUAAL_TYPE_OVERVIEW, NULL);
  self->n_competences = n_competences;
  self->n_learners = n_learners;

  self->competence_ids = g_new0 (char *, n_competences + 1);
  self->competence_titles = g_new0 (char *, n_competences + 1);
  for (guint c = 0; c < n_competences; c++)
    {
      const char *title = competences[c].title;
      self->competence_ids[c] = g_strdup (competences[c].id);
      self->competence_titles[c] = g_strdup (title != NULL && *title != '\0' ? title : competences[c].id);
    }

  self->learner_ids = g_new0 (gint64, n_learners + 1);
  self->learner_names = g_new0 (char *, n_learners + 1);
  self->learner_companies = g_new0 (char *, n_learners + 1);
  for (guint l = 0; l < n_learners; l++)
    {
      self->learner_ids[l] = learners[l].id;
      self->learner_names[l] = g_strdup (learners[l].name != NULL ? learners[l].name : "");
      self->learner_companies[l] = g_strdup (learners[l].company != NULL ? learners[l].company : "");
    }

  /* Copied flag by flag so any non-zero gboolean becomes TRUE. */
  self->planned = g_new0 (gboolean, n_cells + 1);
  self->actual = g_new0 (gboolean, n_cells + 1);
  for (gsize i = 0; i < n_cells; i++)
    {
      self->planned[i] = planned[i] != FALSE;
      self->actual[i] = actual != NULL && actual[i] != FALSE;
    }

  return self;
}

/* SPEC section 8: covered at the workplace when the trainer has
 * coverage S or R on at least one indicator of the competence. */
static gboolean
trainer_covers (DuaalStatus     *status,
                gint64           learner_id,
                DuaalCompetence *competence)
{
  guint n = duaal_competence_get_n_indicators (competence);

  for (guint i = 0; i < n; i++)
    {
      DuaalIndicator *indicator = duaal_competence_get_indicator (competence, i);
      const DuaalCell *cell = duaal_status_get_cell (status, learner_id,
                                                     duaal_indicator_get_id (indicator),
                                                     DUAAL_ACTOR_TRAINER);
      if (cell != NULL && (cell->coverage == DUAAL_COVERAGE_S || cell->coverage == DUAAL_COVERAGE_R))
        return TRUE;
    }
  return FALSE;
}

DuaalOverview *
duaal_overview_new_from_status (DuaalStatus *status,
                                GPtrArray   *plans)
{
  DuaalQualification *qualification;
  GPtrArray *learners;
  guint n_competences, n_learners;
  g_autofree DuaalOverviewCompetence *competences = NULL;
  g_autofree DuaalOverviewLearner *columns = NULL;
  g_autofree gboolean *planned = NULL;
  g_autofree gboolean *actual = NULL;

  g_return_val_if_fail (DUAAL_IS_STATUS (status), NULL);

  qualification = duaal_status_get_qualification (status);
  learners = duaal_status_get_learners (status);
  n_competences = duaal_qualification_get_n_competences (qualification);
  n_learners = learners->len;

  competences = g_new0 (DuaalOverviewCompetence, n_competences + 1);
  for (guint c = 0; c < n_competences; c++)
    {
      DuaalCompetence *competence = duaal_qualification_get_competence (qualification, c);
      competences[c].id = duaal_competence_get_id (competence);
      competences[c].title = duaal_competence_get_title (competence);
    }

  columns = g_new0 (DuaalOverviewLearner, n_learners + 1);
  planned = g_new0 (gboolean, (gsize) n_learners * n_competences + 1);
  actual = g_new0 (gboolean, (gsize) n_learners * n_competences + 1);
  for (guint l = 0; l < n_learners; l++)
    {
      DuaalLearner *learner = g_ptr_array_index (learners, l);
      const char * const *plan = (plans != NULL && l < plans->len) ? g_ptr_array_index (plans, l) : NULL;

      columns[l].id = duaal_learner_get_id (learner);
      columns[l].name = duaal_learner_get_name (learner);
      columns[l].company = duaal_learner_get_company_name (learner);

      for (guint c = 0; c < n_competences; c++)
        {
          DuaalCompetence *competence = duaal_qualification_get_competence (qualification, c);
          gsize cell = (gsize) l * n_competences + c;

          planned[cell] = plan != NULL && g_strv_contains (plan, competences[c].id);
          actual[cell] = trainer_covers (status, columns[l].id, competence);
        }
    }

  return duaal_overview_new (competences, n_competences, columns, n_learners, planned, actual);
}

guint
duaal_overview_get_n_competences (DuaalOverview *self)
{
  g_return_val_if_fail (DUAAL_IS_OVERVIEW (self), 0);
  return self->n_competences;
}

guint
duaal_overview_get_n_learners (DuaalOverview *self)
{
  g_return_val_if_fail (DUAAL_IS_OVERVIEW (self), 0);
  return self->n_learners;
}

const char *
duaal_overview_get_competence_id (DuaalOverview *self,
                                  guint          competence)
{
  g_return_val_if_fail (DUAAL_IS_OVERVIEW (self), NULL);
  g_return_val_if_fail (competence < self->n_competences, NULL);
  return self->competence_ids[competence];
}

const char *
duaal_overview_get_competence_title (DuaalOverview *self,
                                     guint          competence)
{
  g_return_val_if_fail (DUAAL_IS_OVERVIEW (self), NULL);
  g_return_val_if_fail (competence < self->n_competences, NULL);
  return self->competence_titles[competence];
}

int
duaal_overview_find_competence (DuaalOverview *self,
                                const char    *competence_id)
{
  g_return_val_if_fail (DUAAL_IS_OVERVIEW (self), -1);
  for (guint c = 0; c < self->n_competences; c++)
    if (g_strcmp0 (self->competence_ids[c], competence_id) == 0)
      return (int) c;
  return -1;
}

gint64
duaal_overview_get_learner_id (DuaalOverview *self,
                               guint          learner)
{
  g_return_val_if_fail (DUAAL_IS_OVERVIEW (self), 0);
  g_return_val_if_fail (learner < self->n_learners, 0);
  return self->learner_ids[learner];
}

const char *
duaal_overview_get_learner_name (DuaalOverview *self,
                                 guint          learner)
{
  g_return_val_if_fail (DUAAL_IS_OVERVIEW (self), NULL);
  g_return_val_if_fail (learner < self->n_learners, NULL);
  return self->learner_names[learner];
}

const char *
duaal_overview_get_learner_company (DuaalOverview *self,
                                    guint          learner)
{
  g_return_val_if_fail (DUAAL_IS_OVERVIEW (self), NULL);
  g_return_val_if_fail (learner < self->n_learners, NULL);
  return self->learner_companies[learner];
}

gboolean
duaal_overview_get_planned (DuaalOverview *self,
                            guint          learner,
                            guint          competence)
{
  g_return_val_if_fail (DUAAL_IS_OVERVIEW (self), FALSE);
  g_return_val_if_fail (learner < self->n_learners && competence < self->n_competences, FALSE);
  return self->planned[(gsize) learner * self->n_competences + competence];
}

gboolean
duaal_overview_get_actual (DuaalOverview *self,
                           guint          learner,
                           guint          competence)
{
  g_return_val_if_fail (DUAAL_IS_OVERVIEW (self), FALSE);
  g_return_val_if_fail (learner < self->n_learners && competence < self->n_competences, FALSE);
  return self->actual[(gsize) learner * self->n_competences + competence];
}

gboolean
duaal_overview_get_cell (DuaalOverview     *self,
                         DuaalOverviewMode  mode,
                         guint              learner,
                         guint              competence)
{
  if (mode == DUAAL_OVERVIEW_ACTUAL)
    return duaal_overview_get_actual (self, learner, competence);
  return duaal_overview_get_planned (self, learner, competence);
}

gboolean
duaal_overview_get_differs (DuaalOverview *self,
                            guint          learner,
                            guint          competence)
{
  return duaal_overview_get_planned (self, learner, competence)
         != duaal_overview_get_actual (self, learner, competence);
}

guint
duaal_overview_get_lacking (DuaalOverview     *self,
                            DuaalOverviewMode  mode,
                            guint              competence)
{
  guint lacking = 0;

  g_return_val_if_fail (DUAAL_IS_OVERVIEW (self), 0);
  g_return_val_if_fail (competence < self->n_competences, 0);

  for (guint l = 0; l < self->n_learners; l++)
    if (!duaal_overview_get_cell (self, mode, l, competence))
      lacking++;
  return lacking;
}

DuaalRowStatus
duaal_overview_get_row_status (DuaalOverview     *self,
                               DuaalOverviewMode  mode,
                               guint              competence)
{
  guint lacking = duaal_overview_get_lacking (self, mode, competence);

  /* An empty group has nobody with the competence: campus covers it. */
  if (lacking == self->n_learners)
    return DUAAL_ROW_GAP;
  if (lacking == 0)
    return DUAAL_ROW_COVERED;
  return DUAAL_ROW_MIXED;
}

typedef struct {
  guint position;
  guint rank;      /* 0 gap, 1 mixed, 2 covered */
  guint lacking;
} PriorityKey;

static int
compare_priority (gconstpointer a,
                  gconstpointer b)
{
  const PriorityKey *ka = a, *kb = b;

  if (ka->rank != kb->rank)
    return ka->rank < kb->rank ? -1 : 1;
  if (ka->lacking != kb->lacking)
    return ka->lacking > kb->lacking ? -1 : 1;   /* most lacking first */
  return ka->position < kb->position ? -1 : (ka->position > kb->position);
}

GArray *
duaal_overview_get_priority_order (DuaalOverview     *self,
                                   DuaalOverviewMode  mode)
{
  g_autofree PriorityKey *keys = NULL;
  GArray *order;

  g_return_val_if_fail (DUAAL_IS_OVERVIEW (self), NULL);

  keys = g_new0 (PriorityKey, self->n_competences + 1);
  for (guint c = 0; c < self->n_competences; c++)
    {
      DuaalRowStatus status = duaal_overview_get_row_status (self, mode, c);
      keys[c].position = c;
      keys[c].rank = status == DUAAL_ROW_GAP ? 0 : status == DUAAL_ROW_MIXED ? 1 : 2;
      keys[c].lacking = duaal_overview_get_lacking (self, mode, c);
    }
  qsort (keys, self->n_competences, sizeof (PriorityKey), compare_priority);

  order = g_array_sized_new (FALSE, FALSE, sizeof (guint), self->n_competences);
  for (guint c = 0; c < self->n_competences; c++)
    g_array_append_val (order, keys[c].position);
  return order;
}

static const char *
cell_words (DuaalOverview     *self,
            DuaalOverviewMode  mode,
            guint              learner,
            guint              competence)
{
  gboolean planned = duaal_overview_get_planned (self, learner, competence);
  gboolean actual = duaal_overview_get_actual (self, learner, competence);

  if (mode == DUAAL_OVERVIEW_PLANNED)
    return planned ? "planned" : "";
  if (planned && actual)
    return "planned actual";
  return planned ? "planned" : actual ? "actual" : "";
}

static char *
learner_header (DuaalOverview *self,
                guint          learner)
{
  if (*self->learner_companies[learner] == '\0')
    return g_strdup (self->learner_names[learner]);
  return g_strdup_printf ("%s (%s)", self->learner_names[learner], self->learner_companies[learner]);
}

DuaalTable *
duaal_overview_to_table (DuaalOverview     *self,
                         DuaalOverviewMode  mode)
{
  DuaalTable *table;

  g_return_val_if_fail (DUAAL_IS_OVERVIEW (self), NULL);

  table = duaal_table_new (mode == DUAAL_OVERVIEW_PLANNED ? _("Training plans") : _("Actual coverage"));
  /* The column names are the file format's (formats/csv.md), the same
   * in every language, so scripts can read them. */
  duaal_table_add_column (table, "competence");
  duaal_table_add_column (table, "title");
  duaal_table_add_column (table, "status");
  duaal_table_add_column (table, "lacking");
  for (guint l = 0; l < self->n_learners; l++)
    {
      g_autofree char *header = learner_header (self, l);
      duaal_table_add_column (table, header);
    }
  duaal_table_set_key_columns (table, 1);

  for (guint c = 0; c < self->n_competences; c++)
    {
      duaal_table_add_text (table, self->competence_ids[c]);
      duaal_table_add_text (table, self->competence_titles[c]);
      duaal_table_add_text (table, duaal_row_status_to_string (duaal_overview_get_row_status (self, mode, c)));
      duaal_table_add_number (table, duaal_overview_get_lacking (self, mode, c));
      for (guint l = 0; l < self->n_learners; l++)
        duaal_table_add_text (table, cell_words (self, mode, l, c));
    }
  return table;
}

char *
duaal_overview_to_csv (DuaalOverview     *self,
                       DuaalOverviewMode  mode)
{
  g_autoptr(DuaalTable) table = NULL;

  g_return_val_if_fail (DUAAL_IS_OVERVIEW (self), NULL);

  table = duaal_overview_to_table (self, mode);
  return duaal_table_to_csv (table);
}

static gboolean
write_table (DuaalOverview        *self,
             DuaalOverviewMode     mode,
             DuaalTableWriteFunc   write,
             const char           *path,
             GError              **error)
{
  g_autoptr(DuaalTable) table = NULL;

  g_return_val_if_fail (DUAAL_IS_OVERVIEW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  table = duaal_overview_to_table (self, mode);
  return write (table, path, error);
}

gboolean
duaal_overview_write_csv (DuaalOverview     *self,
                          DuaalOverviewMode  mode,
                          const char        *path,
                          GError           **error)
{
  return write_table (self, mode, duaal_table_write_csv, path, error);
}

gboolean
duaal_overview_write_xlsx (DuaalOverview     *self,
                           DuaalOverviewMode  mode,
                           const char        *path,
                           GError           **error)
{
  return write_table (self, mode, duaal_xlsx_write_table, path, error);
}

const char *
duaal_row_status_to_string (DuaalRowStatus status)
{
  switch (status)
    {
    case DUAAL_ROW_GAP:
      return "gap";
    case DUAAL_ROW_COVERED:
      return "covered";
    case DUAAL_ROW_MIXED:
    default:
      return "mixed";
    }
}

const char *
duaal_row_status_get_label (DuaalRowStatus status)
{
  switch (status)
    {
    case DUAAL_ROW_GAP:
      return _("Collective gap");
    case DUAAL_ROW_COVERED:
      return _("Collectively covered");
    case DUAAL_ROW_MIXED:
    default:
      return _("Mixed");
    }
}
