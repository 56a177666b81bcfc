/* duaal-competence-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-colour-bar.h"
#include "duaal-competence-row.h"
#include "duaal-progress-bar.h"

struct _DuaalCompetenceRow
{
  GtkListBoxRow    parent_instance;

  DuaalCompetence *competence;

  GtkWidget       *header;
  GtkWidget       *title_label;
  GtkWidget       *arrow;
  GtkWidget       *actor_grid;
  GtkWidget       *revealer;
  GtkWidget       *indicator_list;
  GtkWidget       *colour_bars[DUAAL_N_ACTORS];
  GtkWidget       *progress_bars[DUAAL_N_ACTORS];
  gboolean         expanded;
  GPtrArray       *indicator_rows;   /* (element-type DuaalIndicatorRow) */
};

G_DEFINE_FINAL_TYPE (DuaalCompetenceRow, duaal_competence_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_EXPANDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
duaal_competence_row_show_expanded (DuaalCompetenceRow *self)
{
  gboolean expanded = self->expanded;

  gtk_revealer_set_reveal_child (GTK_REVEALER (self->revealer), expanded);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->arrow),
                                expanded ? "pan-down-symbolic" : "pan-end-symbolic");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->header),
                               GTK_ACCESSIBLE_STATE_EXPANDED, expanded, -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPANDED]);
}

/* The header button is what the keyboard reaches: its description says
 * what the bars show, "Learner: Acquired, 4 of 7 covered; Teacher: …". */
static void
duaal_competence_row_describe_header (DuaalCompetenceRow *self)
{
  g_autoptr(GString) description = g_string_new (NULL);

  for (DuaalActor actor = DUAAL_ACTOR_LEARNER; actor < DUAAL_N_ACTORS; actor++)
    {
      const char *label = duaal_colour_bar_get_label (DUAAL_COLOUR_BAR (self->colour_bars[actor]));

      if (label == NULL)
        continue;
      if (description->len > 0)
        g_string_append (description, "; ");
      g_string_append (description, label);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->header),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);
}

static void
on_header_clicked (DuaalCompetenceRow *self)
{
  duaal_competence_row_set_expanded (self, !self->expanded);
}

static void
duaal_competence_row_fill_actor_grid (DuaalCompetenceRow *self)
{
  GtkGrid *grid = GTK_GRID (self->actor_grid);

  for (DuaalActor actor = DUAAL_ACTOR_LEARNER; actor < DUAAL_N_ACTORS; actor++)
    {
      GtkWidget *name = gtk_label_new (duaal_actor_get_label (actor));

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_widget_add_css_class (name, "caption");

      /* The colour bar carries the colour's symbol and label, the
       * progress bar the count: readable without colour. */
      self->colour_bars[actor] = duaal_colour_bar_new (actor);
      self->progress_bars[actor] = duaal_progress_bar_new (actor);
      gtk_widget_set_size_request (self->colour_bars[actor], -1, 22);
      gtk_widget_set_size_request (self->progress_bars[actor], -1, 22);
      gtk_widget_set_valign (self->colour_bars[actor], GTK_ALIGN_CENTER);
      gtk_widget_set_valign (self->progress_bars[actor], GTK_ALIGN_CENTER);

      gtk_grid_attach (grid, name, 0, actor, 1, 1);
      gtk_grid_attach (grid, self->colour_bars[actor], 1, actor, 1, 1);
      gtk_grid_attach (grid, self->progress_bars[actor], 2, actor, 1, 1);
    }
}

/* What the template leaves to the competence: its title, the actors'
 * bars and a row per indicator. */
static void
duaal_competence_row_fill (DuaalCompetenceRow *self)
{
  g_autofree char *title = NULL;
  GPtrArray *indicators = duaal_competence_get_indicators (self->competence);

  title = g_strdup_printf ("%u. %s", duaal_competence_get_number (self->competence),
                           duaal_competence_get_title (self->competence));
  gtk_label_set_text (GTK_LABEL (self->title_label), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->header),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  duaal_competence_row_fill_actor_grid (self);
  for (guint i = 0; i < indicators->len; i++)
    {
      GtkWidget *row = duaal_indicator_row_new (g_ptr_array_index (indicators, i));

      g_ptr_array_add (self->indicator_rows, row);
      gtk_list_box_append (GTK_LIST_BOX (self->indicator_list), row);
    }
}

static void
duaal_competence_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DuaalCompetenceRow *self = DUAAL_COMPETENCE_ROW (object);

  switch (prop_id)
    {
    case PROP_EXPANDED:
      g_value_set_boolean (value, duaal_competence_row_get_expanded (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
duaal_competence_row_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  DuaalCompetenceRow *self = DUAAL_COMPETENCE_ROW (object);

  switch (prop_id)
    {
    case PROP_EXPANDED:
      duaal_competence_row_set_expanded (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
duaal_competence_row_dispose (GObject *object)
{
  DuaalCompetenceRow *self = DUAAL_COMPETENCE_ROW (object);

  g_clear_pointer (&self->indicator_rows, g_ptr_array_unref);
  g_clear_object (&self->competence);

  G_OBJECT_CLASS (duaal_competence_row_parent_class)->dispose (object);
}

static void
duaal_competence_row_class_init (DuaalCompetenceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = duaal_competence_row_dispose;
  object_class->get_property = duaal_competence_row_get_property;
  object_class->set_property = duaal_competence_row_set_property;

  properties[PROP_EXPANDED] =
    g_param_spec_boolean ("expanded", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Duaal/ui/duaal-competence-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DuaalCompetenceRow, header);
  gtk_widget_class_bind_template_child (widget_class, DuaalCompetenceRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, DuaalCompetenceRow, arrow);
  gtk_widget_class_bind_template_child (widget_class, DuaalCompetenceRow, actor_grid);
  gtk_widget_class_bind_template_child (widget_class, DuaalCompetenceRow, revealer);
  gtk_widget_class_bind_template_child (widget_class, DuaalCompetenceRow, indicator_list);
  gtk_widget_class_bind_template_callback (widget_class, on_header_clicked);
}

static void
duaal_competence_row_init (DuaalCompetenceRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->indicator_rows = g_ptr_array_new ();
}

GtkWidget *
duaal_competence_row_new (DuaalCompetence *competence)
{
  DuaalCompetenceRow *self;

  g_return_val_if_fail (DUAAL_IS_COMPETENCE (competence), NULL);

  self = g_object_new (DUAAL_TYPE_COMPETENCE_ROW, NULL);
  self->competence = g_object_ref (competence);
  duaal_competence_row_fill (self);
  return GTK_WIDGET (self);
}

DuaalCompetence *
duaal_competence_row_get_competence (DuaalCompetenceRow *self)
{
  g_return_val_if_fail (DUAAL_IS_COMPETENCE_ROW (self), NULL);

  return self->competence;
}

gboolean
duaal_competence_row_get_expanded (DuaalCompetenceRow *self)
{
  g_return_val_if_fail (DUAAL_IS_COMPETENCE_ROW (self), FALSE);

  return self->expanded;
}

void
duaal_competence_row_set_expanded (DuaalCompetenceRow *self,
                                   gboolean            expanded)
{
  g_return_if_fail (DUAAL_IS_COMPETENCE_ROW (self));

  expanded = !!expanded;
  if (expanded == self->expanded)
    return;
  self->expanded = expanded;
  duaal_competence_row_show_expanded (self);
}

void
duaal_competence_row_set_tally (DuaalCompetenceRow *self,
                                DuaalActor          actor,
                                const DuaalTally   *tally)
{
  g_return_if_fail (DUAAL_IS_COMPETENCE_ROW (self));
  g_return_if_fail (actor < DUAAL_N_ACTORS);
  g_return_if_fail (tally != NULL);

  duaal_colour_bar_set_tally (DUAAL_COLOUR_BAR (self->colour_bars[actor]), tally);
  duaal_progress_bar_set_tally (DUAAL_PROGRESS_BAR (self->progress_bars[actor]), tally);
  duaal_competence_row_describe_header (self);

}

GtkWidget *
duaal_competence_row_get_colour_bar (DuaalCompetenceRow *self,
                                     DuaalActor          actor)
{
  g_return_val_if_fail (DUAAL_IS_COMPETENCE_ROW (self), NULL);
  g_return_val_if_fail (actor < DUAAL_N_ACTORS, NULL);

  return self->colour_bars[actor];
}

GtkWidget *
duaal_competence_row_get_progress_bar (DuaalCompetenceRow *self,
                                       DuaalActor          actor)
{
  g_return_val_if_fail (DUAAL_IS_COMPETENCE_ROW (self), NULL);
  g_return_val_if_fail (actor < DUAAL_N_ACTORS, NULL);

  return self->progress_bars[actor];
}

guint
duaal_competence_row_get_n_indicators (DuaalCompetenceRow *self)
{
  g_return_val_if_fail (DUAAL_IS_COMPETENCE_ROW (self), 0);

  return self->indicator_rows->len;
}

DuaalIndicatorRow *
duaal_competence_row_get_indicator_row (DuaalCompetenceRow *self,
                                        guint               position)
{
  g_return_val_if_fail (DUAAL_IS_COMPETENCE_ROW (self), NULL);
  g_return_val_if_fail (position < self->indicator_rows->len, NULL);

  return g_ptr_array_index (self->indicator_rows, position);
}

GtkWidget *
duaal_competence_row_get_header (DuaalCompetenceRow *self)
{
  g_return_val_if_fail (DUAAL_IS_COMPETENCE_ROW (self), NULL);

  return self->header;
}
