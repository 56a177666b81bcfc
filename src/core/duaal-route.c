/* duaal-route.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "duaal-error.h"
#include "duaal-route-private.h"

struct _DuaalRoute
{
  GObject parent_instance;

  DuaalLearner       *learner;
  DuaalQualification *qualification;   /* owns the rows' strings */
  guint               period;
  GArray             *rows;            /* (element-type DuaalRouteRow) */
};

G_DEFINE_FINAL_TYPE (DuaalRoute, duaal_route, G_TYPE_OBJECT)

static const char * const part_names[DUAAL_N_ROUTE_PARTS] = {
  "workplace", "both", "campus", "none",
};

const char *
duaal_route_part_to_string (DuaalRoutePart part)
{
  g_return_val_if_fail (part < DUAAL_N_ROUTE_PARTS, NULL);
  return part_names[part];
}

const char *
duaal_route_part_get_label (DuaalRoutePart part)
{
  switch (part)
    {
    case DUAAL_ROUTE_PART_WORKPLACE: return _("Workplace only");
    case DUAAL_ROUTE_PART_BOTH: return _("Workplace and campus");
    case DUAAL_ROUTE_PART_CAMPUS: return _("Campus only");
    case DUAAL_ROUTE_PART_NONE: return _("Not yet");
    default: g_return_val_if_reached (NULL);
    }
}

static gboolean
is_covered (DuaalCoverage coverage)
{
  return coverage == DUAAL_COVERAGE_S || coverage == DUAAL_COVERAGE_R;
}

DuaalRoutePart
duaal_route_classify (DuaalCoverage trainer,
                      DuaalCoverage teacher)
{
  gboolean workplace = is_covered (trainer);
  gboolean campus = is_covered (teacher);

  if (workplace && campus)
    return DUAAL_ROUTE_PART_BOTH;
  if (workplace)
    return DUAAL_ROUTE_PART_WORKPLACE;
  if (campus)
    return DUAAL_ROUTE_PART_CAMPUS;
  return DUAAL_ROUTE_PART_NONE;
}

void
duaal_route_count (const DuaalCoverage *trainer,
                   const DuaalCoverage *teacher,
                   guint                n,
                   guint                counts[DUAAL_N_ROUTE_PARTS])
{
  for (guint part = 0; part < DUAAL_N_ROUTE_PARTS; part++)
    counts[part] = 0;
  for (guint i = 0; i < n; i++)
    counts[duaal_route_classify (trainer[i], teacher[i])]++;
}

char *
duaal_route_row_describe (const DuaalRouteRow *row)
{
  g_autofree char *indicators = NULL;
  g_autofree char *parts = NULL;
  g_autofree char *marker = NULL;

  g_return_val_if_fail (row != NULL, NULL);

  indicators = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u indicator", "%u indicators", row->n),
                                row->n);
  /* Translators: the counts of a competence route, in the fixed order
   * workplace only, workplace and campus, campus only, not yet */
  parts = g_strdup_printf (_("%u workplace only, %u workplace and campus, %u campus only, %u not yet"),
                           row->counts[DUAAL_ROUTE_PART_WORKPLACE], row->counts[DUAAL_ROUTE_PART_BOTH],
                           row->counts[DUAAL_ROUTE_PART_CAMPUS], row->counts[DUAAL_ROUTE_PART_NONE]);
  /* Translators: whose colour marks the competence, and that colour */
  marker = g_strdup_printf (_("%s: %s."), duaal_actor_get_label (row->marker_actor),
                            duaal_colour_get_label (row->marker));
  if (row->marker == DUAAL_COLOUR_GREY)
    return g_strdup_printf ("%s: %s. %s.", indicators, parts, duaal_colour_get_label (row->marker));
  return g_strdup_printf ("%s: %s. %s", indicators, parts, marker);
}

static void
duaal_route_finalize (GObject *object)
{
  DuaalRoute *self = DUAAL_ROUTE (object);

  g_clear_object (&self->learner);
  g_clear_object (&self->qualification);
  g_clear_pointer (&self->rows, g_array_unref);

  G_OBJECT_CLASS (duaal_route_parent_class)->finalize (object);
}

static void
duaal_route_class_init (DuaalRouteClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = duaal_route_finalize;
}

static void
duaal_route_init (DuaalRoute *self)
{
  self->rows = g_array_new (FALSE, TRUE, sizeof (DuaalRouteRow));
}

static DuaalCoverage
coverage_of (DuaalStatus *status,
             gint64       learner_id,
             const char  *indicator_id,
             DuaalActor   actor)
{
  const DuaalCell *cell = duaal_status_get_cell (status, learner_id, indicator_id, actor);

  /* Unscored counts as not covered, like N. */
  return cell != NULL ? cell->coverage : DUAAL_COVERAGE_NONE;
}

/* The marker summarises the competence for the coach: the teacher's
 * colour first, since the campus formally judges acquisition; when the
 * teacher has not scored it yet, the trainer's; then the learner's own. */
static void
choose_marker (DuaalStatus   *status,
               gint64         learner_id,
               DuaalRouteRow *row)
{
  static const DuaalActor order[] = {
    DUAAL_ACTOR_TEACHER, DUAAL_ACTOR_TRAINER, DUAAL_ACTOR_LEARNER,
  };

  row->marker = DUAAL_COLOUR_GREY;
  row->marker_actor = DUAAL_ACTOR_TEACHER;
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      DuaalColour colour = duaal_status_get_colour (status, learner_id, row->competence_id, order[i]);
      if (colour != DUAAL_COLOUR_GREY)
        {
          row->marker = colour;
          row->marker_actor = order[i];
          return;
        }
    }
}

G_STATIC_ASSERT (DUAAL_N_ROUTE_PARTS == 4);  /* duaal_status_set_route_counts() */

void
duaal_route_count_competence (DuaalStatus     *status,
                              gint64           learner_id,
                              DuaalCompetence *competence,
                              guint            counts[DUAAL_N_ROUTE_PARTS])
{
  guint n = duaal_competence_get_n_indicators (competence);
  g_autofree DuaalCoverage *trainer = NULL;
  g_autofree DuaalCoverage *teacher = NULL;

  g_return_if_fail (DUAAL_IS_STATUS (status));
  g_return_if_fail (DUAAL_IS_COMPETENCE (competence));

  if (duaal_status_get_route_counts (status, learner_id, duaal_competence_get_id (competence), counts))
    return;
  trainer = g_new0 (DuaalCoverage, MAX (n, 1));
  teacher = g_new0 (DuaalCoverage, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      const char *indicator_id = duaal_indicator_get_id (duaal_competence_get_indicator (competence, i));
      trainer[i] = coverage_of (status, learner_id, indicator_id, DUAAL_ACTOR_TRAINER);
      teacher[i] = coverage_of (status, learner_id, indicator_id, DUAAL_ACTOR_TEACHER);
    }
  duaal_route_count (trainer, teacher, n, counts);
}

static void
fill_row (DuaalStatus     *status,
          gint64           learner_id,
          DuaalCompetence *competence,
          DuaalRouteRow   *row)
{
  row->competence_id = duaal_competence_get_id (competence);
  row->number = duaal_competence_get_number (competence);
  row->title = duaal_competence_get_title (competence);
  row->n = duaal_competence_get_n_indicators (competence);
  duaal_route_count_competence (status, learner_id, competence, row->counts);
  choose_marker (status, learner_id, row);
}

DuaalRoute *
duaal_route_new_from_status (DuaalStatus  *status,
                             gint64        learner_id,
                             GError      **error)
{
  g_autoptr(DuaalRoute) self = NULL;
  DuaalLearner *learner;
  GPtrArray *competences;

  g_return_val_if_fail (DUAAL_IS_STATUS (status), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  learner = duaal_status_find_learner (status, learner_id);
  if (learner == NULL)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, learner_id);

      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND,
                   _("Learner %s is not part of this class group"), id);
      return NULL;
    }

  self = g_object_new (DUAAL_TYPE_ROUTE, NULL);
  self->learner = g_object_ref (learner);
  self->qualification = g_object_ref (duaal_status_get_qualification (status));
  self->period = duaal_status_get_period (status);

  competences = duaal_qualification_get_competences (self->qualification);
  g_array_set_size (self->rows, competences->len);
  for (guint i = 0; i < competences->len; i++)
    fill_row (status, learner_id, competences->pdata[i],
              &g_array_index (self->rows, DuaalRouteRow, i));

  return g_steal_pointer (&self);
}

DuaalLearner *
duaal_route_get_learner (DuaalRoute *self)
{
  g_return_val_if_fail (DUAAL_IS_ROUTE (self), NULL);
  return self->learner;
}

DuaalQualification *
duaal_route_get_qualification (DuaalRoute *self)
{
  g_return_val_if_fail (DUAAL_IS_ROUTE (self), NULL);
  return self->qualification;
}

guint
duaal_route_get_period (DuaalRoute *self)
{
  g_return_val_if_fail (DUAAL_IS_ROUTE (self), 0);
  return self->period;
}

guint
duaal_route_get_n_rows (DuaalRoute *self)
{
  g_return_val_if_fail (DUAAL_IS_ROUTE (self), 0);
  return self->rows->len;
}

const DuaalRouteRow *
duaal_route_get_row (DuaalRoute *self,
                     guint       position)
{
  g_return_val_if_fail (DUAAL_IS_ROUTE (self), NULL);
  g_return_val_if_fail (position < self->rows->len, NULL);
  return &g_array_index (self->rows, DuaalRouteRow, position);
}

const DuaalRouteRow *
duaal_route_find_row (DuaalRoute *self,
                      const char *competence_id)
{
  g_return_val_if_fail (DUAAL_IS_ROUTE (self), NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      const DuaalRouteRow *row = &g_array_index (self->rows, DuaalRouteRow, i);
      if (g_strcmp0 (row->competence_id, competence_id) == 0)
        return row;
    }
  return NULL;
}

guint
duaal_route_get_n (DuaalRoute *self,
                   guint       position)
{
  const DuaalRouteRow *row = duaal_route_get_row (self, position);
  return row != NULL ? row->n : 0;
}

guint
duaal_route_get_count (DuaalRoute     *self,
                       guint           position,
                       DuaalRoutePart  part)
{
  const DuaalRouteRow *row = duaal_route_get_row (self, position);

  g_return_val_if_fail (part < DUAAL_N_ROUTE_PARTS, 0);
  return row != NULL ? row->counts[part] : 0;
}

DuaalColour
duaal_route_get_marker (DuaalRoute *self,
                        guint       position)
{
  const DuaalRouteRow *row = duaal_route_get_row (self, position);
  return row != NULL ? row->marker : DUAAL_COLOUR_GREY;
}

void
duaal_route_get_totals (DuaalRoute *self,
                        guint       counts[DUAAL_N_ROUTE_PARTS])
{
  for (guint part = 0; part < DUAAL_N_ROUTE_PARTS; part++)
    counts[part] = 0;
  g_return_if_fail (DUAAL_IS_ROUTE (self));

  for (guint i = 0; i < self->rows->len; i++)
    for (guint part = 0; part < DUAAL_N_ROUTE_PARTS; part++)
      counts[part] += g_array_index (self->rows, DuaalRouteRow, i).counts[part];
}

static char *
describe_qualification (DuaalQualification *qualification)
{
  return g_strdup_printf ("%s@%u", duaal_qualification_get_code (qualification),
                          duaal_qualification_get_version (qualification));
}

gboolean
duaal_route_check_comparable (DuaalRoute  *self,
                              DuaalRoute  *other,
                              GError     **error)
{
  g_autofree char *mine = NULL;
  g_autofree char *theirs = NULL;

  g_return_val_if_fail (DUAAL_IS_ROUTE (self), FALSE);
  g_return_val_if_fail (DUAAL_IS_ROUTE (other), FALSE);

  mine = describe_qualification (self->qualification);
  theirs = describe_qualification (other->qualification);
  if (g_str_equal (mine, theirs))
    return TRUE;
  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
               _("%s (%s) and %s (%s) follow different qualifications: "
                 "only learners of the same qualification can be compared"),
               duaal_learner_get_name (self->learner), mine,
               duaal_learner_get_name (other->learner), theirs);
  return FALSE;
}
