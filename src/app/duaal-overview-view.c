/* duaal-overview-view.c
 *
 * The renderer lays out with unhinted metrics, so the layout drawn here
 * through GTK's cairo node is the one duaal_overview_renderer_hit_test()
 * measures: clicks land on the cell that is seen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "duaal-enums.h"
#include "duaal-overview-renderer.h"
#include "duaal-overview-view.h"
#include "duaal-planning.h"

struct _DuaalOverviewView
{
  GtkWidget          parent_instance;

  DuaalOverview     *overview;        /* qualification order */
  DuaalOverview     *shown;           /* what is drawn: sorted or the same */
  DuaalOverviewMode  mode;
  gboolean           by_priority;
  double             width;
  double             height;
  char              *summary;
  /* The keyboard's cell, in shown positions. */
  guint              focus_learner;
  guint              focus_competence;
  /* One child per cell, row by row, for assistive technology: a screen
   * reader reaches each cell and reads learner, competence and state;
   * the keyboard's cell is the one that takes the focus. */
  GPtrArray         *cells;
  GtkWidget         *followed;        /* (unowned): the scrolled window whose scrolling is followed */
};

G_DEFINE_FINAL_TYPE (DuaalOverviewView, duaal_overview_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_OVERVIEW,
  PROP_MODE,
  PROP_SORT_BY_PRIORITY,
  N_PROPS
};

enum {
  CELL_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ---- summary for assistive technologies ----------------------------- */

static void
append_rows (GString           *text,
             DuaalOverview     *overview,
             DuaalOverviewMode  mode,
             DuaalRowStatus     status)
{
  gboolean first = TRUE;

  for (guint c = 0; c < duaal_overview_get_n_competences (overview); c++)
    {
      if (duaal_overview_get_row_status (overview, mode, c) != status)
        continue;
      g_string_append (text, first ? " " : ", ");
      g_string_append (text, duaal_overview_get_competence_id (overview, c));
      if (status == DUAAL_ROW_MIXED)
        {
          guint lacking = duaal_overview_get_lacking (overview, mode, c);
          /* Translators: a mixed row in the overview table's summary */
          g_string_append_printf (text, ngettext (" (%u lacks it)", " (%u lack it)", lacking), lacking);
        }
      first = FALSE;
    }
  g_string_append (text, first ? _(" none.") : ".");
}

static char *
make_summary (DuaalOverview     *overview,
              DuaalOverviewMode  mode)
{
  GString *text = g_string_new (NULL);
  guint n_learners, n_competences;

  if (overview == NULL)
    return g_string_free (text, FALSE);
  n_learners = duaal_overview_get_n_learners (overview);
  n_competences = duaal_overview_get_n_competences (overview);
  g_string_append_printf (text,
                          mode == DUAAL_OVERVIEW_ACTUAL
                          ? _("Overview table of the actual coverage at the workplace: %u learners, %u competences.")
                          : _("Overview table of the training plans: %u learners, %u competences."),
                          n_learners, n_competences);
  g_string_append (text, " ");
  g_string_append (text, _("Collective gaps:"));
  append_rows (text, overview, mode, DUAAL_ROW_GAP);
  g_string_append (text, " ");
  g_string_append (text, _("Collectively covered:"));
  append_rows (text, overview, mode, DUAAL_ROW_COVERED);
  g_string_append (text, " ");
  g_string_append (text, _("Mixed:"));
  append_rows (text, overview, mode, DUAAL_ROW_MIXED);
  return g_string_free (text, FALSE);
}

/* ---- state ---------------------------------------------------------- */

static void duaal_overview_view_rebuild_cells (DuaalOverviewView *self);

/* The table is measured, drawn and hit-tested in the widget's own font. */
static const PangoFontDescription *
table_font (DuaalOverviewView *self)
{
  return pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (self)));
}

static void
duaal_overview_view_update (DuaalOverviewView *self)
{
  g_clear_object (&self->shown);
  g_clear_pointer (&self->summary, g_free);
  self->width = self->height = 0;

  if (self->overview != NULL)
    {
      self->shown = self->by_priority ? duaal_planning_sort_by_priority (self->overview, self->mode)
                                      : g_object_ref (self->overview);
      duaal_overview_renderer_measure (self->shown, self->mode, table_font (self), &self->width, &self->height);
      self->focus_learner = MIN (self->focus_learner, MAX (1, duaal_overview_get_n_learners (self->shown)) - 1);
      self->focus_competence = MIN (self->focus_competence,
                                    MAX (1, duaal_overview_get_n_competences (self->shown)) - 1);
    }
  self->summary = make_summary (self->shown, self->mode);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Overview table"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->summary,
                                  -1);
  duaal_overview_view_rebuild_cells (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* ---- drawing -------------------------------------------------------- */

static void
duaal_overview_view_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  DuaalOverviewView *self = DUAAL_OVERVIEW_VIEW (widget);
  double size = orientation == GTK_ORIENTATION_HORIZONTAL ? self->width : self->height;

  /* The table is not squeezed: the scrolled window around it scrolls. */
  *minimum = *natural = (int) ceil (size);
}

static GtkWidget *
focus_cell (DuaalOverviewView *self)
{
  guint n_learners = self->shown != NULL ? duaal_overview_get_n_learners (self->shown) : 0;
  guint index = self->focus_competence * n_learners + self->focus_learner;

  return index < self->cells->len ? g_ptr_array_index (self->cells, index) : NULL;
}

static gboolean
duaal_overview_view_cell_has_visible_focus (DuaalOverviewView *self)
{
  GtkWidget *cell = focus_cell (self);

  return cell != NULL && gtk_widget_has_visible_focus (cell);
}

static void
draw_focus (DuaalOverviewView *self,
            cairo_t           *cr)
{
  double x, y, w, h;

  if (!duaal_overview_view_cell_has_visible_focus (self) ||
      !duaal_overview_renderer_get_cell_area (self->shown, self->mode, table_font (self), self->focus_learner,
                                              self->focus_competence, &x, &y, &w, &h))
    return;
  cairo_rectangle (cr, x + 1.5, y + 1.5, w - 3, h - 3);
  cairo_set_source_rgb (cr, 0.11, 0.11, 0.13);
  cairo_set_line_width (cr, 3);
  cairo_stroke (cr);
  cairo_rectangle (cr, x + 1.5, y + 1.5, w - 3, h - 3);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, 1);
  cairo_set_dash (cr, (double[]) { 3, 3 }, 2, 0);
  cairo_stroke (cr);
}

/* Where the scrolled window around the table shows it from, in the
 * table's units, when the competence column is pinned there (the table
 * scrolled sideways, and room beside the column for a learner); else 0. */
static double
pinned_left (DuaalOverviewView *self)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  graphene_point_t left;
  double room = duaal_overview_renderer_get_pinned_width () + 120;

  if (scrolled == NULL || gtk_widget_get_width (scrolled) < room ||
      !gtk_widget_compute_point (scrolled, GTK_WIDGET (self), &GRAPHENE_POINT_INIT (0, 0), &left) ||
      left.x <= 0)
    return 0;
  return left.x;
}

/* A click or a pointer over the pinned column is not on a learner's cell. */
static gboolean
hit_cell (DuaalOverviewView *self,
          double             x,
          double             y,
          guint             *learner,
          guint             *competence)
{
  double left = pinned_left (self);

  if (left > 0 && x < left + duaal_overview_renderer_get_pinned_width ())
    return FALSE;
  return duaal_overview_renderer_hit_test (self->shown, self->mode, table_font (self), x, y, learner, competence);
}

static void
duaal_overview_view_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  DuaalOverviewView *self = DUAAL_OVERVIEW_VIEW (widget);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  cairo_t *cr;

  if (self->shown == NULL || self->width <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, self->width, self->height));
  duaal_overview_renderer_draw_in_window (self->shown, self->mode, table_font (self), dark,
                                          pinned_left (self), cr);
  draw_focus (self, cr);
  cairo_destroy (cr);
}

/* The pinned column follows the scrolling. */
static void
duaal_overview_view_map (GtkWidget *widget)
{
  DuaalOverviewView *self = DUAAL_OVERVIEW_VIEW (widget);
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);

  GTK_WIDGET_CLASS (duaal_overview_view_parent_class)->map (widget);
  if (scrolled != NULL && self->followed != scrolled)
    {
      self->followed = scrolled;
      g_signal_connect_object (gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled)),
                               "value-changed", G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
    }
}

/* ---- input ---------------------------------------------------------- */

/* Only the keyboard's cell takes the focus (so Tab passes the table in
 * one step, and the arrows, handled here, move it): a screen reader
 * follows the focus and reads the cell. */
static void
duaal_overview_view_move_focus (DuaalOverviewView *self)
{
  GtkWidget *cell = focus_cell (self);

  for (guint i = 0; i < self->cells->len; i++)
    gtk_widget_set_focusable (g_ptr_array_index (self->cells, i), g_ptr_array_index (self->cells, i) == cell);
  if (cell != NULL)
    gtk_widget_grab_focus (cell);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
emit_cell (DuaalOverviewView *self,
           guint              learner,
           guint              competence)
{
  if (self->mode != DUAAL_OVERVIEW_PLANNED)
    return FALSE;
  g_signal_emit (self, signals[CELL_ACTIVATED], 0,
                 duaal_overview_get_learner_id (self->shown, learner),
                 duaal_overview_get_competence_id (self->shown, competence));
  return TRUE;
}

gboolean
duaal_overview_view_activate_at (DuaalOverviewView *self,
                                 double             x,
                                 double             y)
{
  guint learner, competence;

  g_return_val_if_fail (DUAAL_IS_OVERVIEW_VIEW (self), FALSE);

  if (self->shown == NULL ||
      !hit_cell (self, x, y, &learner, &competence))
    return FALSE;
  self->focus_learner = learner;
  self->focus_competence = competence;
  duaal_overview_view_move_focus (self);
  return emit_cell (self, learner, competence);
}

static void
on_pressed (GtkGestureClick   *gesture,
            int                n_press,
            double             x,
            double             y,
            DuaalOverviewView *self)
{
  duaal_overview_view_move_focus (self);
  if (n_press == 1 && duaal_overview_view_activate_at (self, x, y))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           DuaalOverviewView        *self)
{
  gboolean over_cell = self->shown != NULL && self->mode == DUAAL_OVERVIEW_PLANNED &&
                       hit_cell (self, x, y, NULL, NULL);

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), over_cell ? "pointer" : NULL);
}

/* Keeps the keyboard's cell in sight inside a scrolled window. */
static void
scroll_to_focus (DuaalOverviewView *self)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  double x, y, w, h;
  graphene_point_t origin;

  if (scrolled == NULL ||
      !duaal_overview_renderer_get_cell_area (self->shown, self->mode, table_font (self), self->focus_learner,
                                              self->focus_competence, &x, &y, &w, &h) ||
      !gtk_widget_compute_point (GTK_WIDGET (self), gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                 &GRAPHENE_POINT_INIT ((float) x, (float) y), &origin))
    return;
  gtk_adjustment_clamp_page (gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled)),
                             origin.x, origin.x + w);
  gtk_adjustment_clamp_page (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)),
                             origin.y, origin.y + h);
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                DuaalOverviewView     *self)
{
  guint n_learners, n_competences;

  if (self->shown == NULL)
    return FALSE;
  n_learners = duaal_overview_get_n_learners (self->shown);
  n_competences = duaal_overview_get_n_competences (self->shown);
  if (n_learners == 0 || n_competences == 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left:
      self->focus_learner = self->focus_learner > 0 ? self->focus_learner - 1 : 0;
      break;
    case GDK_KEY_Right:
      self->focus_learner = MIN (self->focus_learner + 1, n_learners - 1);
      break;
    case GDK_KEY_Up:
      self->focus_competence = self->focus_competence > 0 ? self->focus_competence - 1 : 0;
      break;
    case GDK_KEY_Down:
      self->focus_competence = MIN (self->focus_competence + 1, n_competences - 1);
      break;
    case GDK_KEY_space:
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      return emit_cell (self, self->focus_learner, self->focus_competence);
    default:
      return FALSE;
    }
  scroll_to_focus (self);
  duaal_overview_view_move_focus (self);
  return TRUE;
}

static char *
cell_tooltip (DuaalOverviewView *self,
              guint              learner,
              guint              competence)
{
  DuaalOverview *overview = self->shown;
  gboolean planned = duaal_overview_get_planned (overview, learner, competence);
  const char *state;

  if (self->mode == DUAAL_OVERVIEW_ACTUAL)
    {
      gboolean actual = duaal_overview_get_actual (overview, learner, competence);

      if (actual && planned)
        state = _("Planned and covered at the workplace.");
      else if (actual)
        state = _("Covered at the workplace, though not planned.");
      else if (planned)
        state = _("Planned, but not covered at the workplace yet.");
      else
        state = _("Not planned and not covered at the workplace.");
    }
  else
    state = planned ? _("Planned at the workplace. Click to take it out of the training plan.")
                    : _("Not planned at the workplace. Click to plan it.");

  return g_strdup_printf ("%s (%s)\n%s %s\n%s",
                          duaal_overview_get_learner_name (overview, learner),
                          duaal_overview_get_learner_company (overview, learner),
                          duaal_overview_get_competence_id (overview, competence),
                          duaal_overview_get_competence_title (overview, competence),
                          state);
}

/* ---- cells for assistive technology ---------------------------------- */

static void
duaal_overview_view_clear_cells (DuaalOverviewView *self)
{
  for (guint i = 0; i < self->cells->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->cells, i));
  g_ptr_array_set_size (self->cells, 0);
}

/* A table's row and column counts, or a cell's row and column. */
static void
set_rows_and_columns (GtkWidget             *widget,
                      GtkAccessibleRelation  row_relation,
                      guint                  row,
                      GtkAccessibleRelation  column_relation,
                      guint                  column)
{
  gtk_accessible_update_relation (GTK_ACCESSIBLE (widget),
                                  row_relation, (int) row,
                                  column_relation, (int) column,
                                  -1);
}

/* A cell is read as its tooltip says it: "Ann Peeters (Garage Peeters)
 * c03 Installs sockets Planned at the workplace. …". */
static void
describe_cell (DuaalOverviewView *self,
               GtkWidget         *cell,
               guint              learner,
               guint              competence)
{
  g_autofree char *text = cell_tooltip (self, learner, competence);

  g_strdelimit (text, "\n", ' ');
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  /* Row 1 and column 1 are the headers: the competences and the learners. */
  set_rows_and_columns (cell, GTK_ACCESSIBLE_RELATION_ROW_INDEX, competence + 2,
                        GTK_ACCESSIBLE_RELATION_COL_INDEX, learner + 2);
}

/* As many cells as the table has, each told what it shows now.  The
 * cells are kept (only added or dropped at the end), so that the
 * focused one keeps the focus when the table changes under it. */
static void
duaal_overview_view_rebuild_cells (DuaalOverviewView *self)
{
  guint n_learners = self->shown != NULL ? duaal_overview_get_n_learners (self->shown) : 0;
  guint n_competences = self->shown != NULL ? duaal_overview_get_n_competences (self->shown) : 0;
  guint n_cells = n_learners * n_competences;

  while (self->cells->len > n_cells)
    {
      gtk_widget_unparent (g_ptr_array_index (self->cells, self->cells->len - 1));
      g_ptr_array_set_size (self->cells, self->cells->len - 1);
    }
  while (self->cells->len < n_cells)
    {
      GtkWidget *cell = g_object_new (GTK_TYPE_BOX, "accessible-role", GTK_ACCESSIBLE_ROLE_CELL, NULL);

      gtk_widget_set_focusable (cell, FALSE);
      gtk_widget_set_parent (cell, GTK_WIDGET (self));
      g_ptr_array_add (self->cells, cell);
    }
  for (guint i = 0; i < n_cells; i++)
    {
      GtkWidget *cell = g_ptr_array_index (self->cells, i);

      describe_cell (self, cell, i % n_learners, i / n_learners);
      gtk_widget_set_focusable (cell, cell == focus_cell (self));
    }
  set_rows_and_columns (GTK_WIDGET (self), GTK_ACCESSIBLE_RELATION_ROW_COUNT, n_competences + 1,
                        GTK_ACCESSIBLE_RELATION_COL_COUNT, n_learners + 1);
}

/* Asked to take the focus (by Tab, or by its page), the table gives it
 * to the keyboard's cell. */
static gboolean
duaal_overview_view_grab_focus (GtkWidget *widget)
{
  GtkWidget *cell = focus_cell (DUAAL_OVERVIEW_VIEW (widget));

  return cell != NULL && gtk_widget_grab_focus (cell);
}

static void
duaal_overview_view_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  DuaalOverviewView *self = DUAAL_OVERVIEW_VIEW (widget);
  guint n_learners = self->shown != NULL ? duaal_overview_get_n_learners (self->shown) : 0;

  for (guint i = 0; i < self->cells->len; i++)
    {
      double x = 0, y = 0, w = 0, h = 0;

      duaal_overview_renderer_get_cell_area (self->shown, self->mode, table_font (self),
                                             i % n_learners, i / n_learners, &x, &y, &w, &h);
      gtk_widget_size_allocate (g_ptr_array_index (self->cells, i),
                                &(GtkAllocation) { (int) x, (int) y, (int) w, (int) h }, -1);
    }
}

static gboolean
on_query_tooltip (GtkWidget         *widget,
                  int                x,
                  int                y,
                  gboolean           keyboard_mode,
                  GtkTooltip        *tooltip,
                  DuaalOverviewView *self)
{
  g_autofree char *text = NULL;
  guint learner, competence;

  if (self->shown == NULL)
    return FALSE;
  if (keyboard_mode)
    {
      learner = self->focus_learner;
      competence = self->focus_competence;
    }
  else if (!hit_cell (self, x, y, &learner, &competence))
    return FALSE;
  if (learner >= duaal_overview_get_n_learners (self->shown))
    return FALSE;
  text = cell_tooltip (self, learner, competence);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* ---- public --------------------------------------------------------- */

GtkWidget *
duaal_overview_view_new (void)
{
  return g_object_new (DUAAL_TYPE_OVERVIEW_VIEW, NULL);
}

DuaalOverview *
duaal_overview_view_get_overview (DuaalOverviewView *self)
{
  g_return_val_if_fail (DUAAL_IS_OVERVIEW_VIEW (self), NULL);
  return self->overview;
}

void
duaal_overview_view_set_overview (DuaalOverviewView *self,
                                  DuaalOverview     *overview)
{
  g_return_if_fail (DUAAL_IS_OVERVIEW_VIEW (self));
  g_return_if_fail (overview == NULL || DUAAL_IS_OVERVIEW (overview));

  if (!g_set_object (&self->overview, overview))
    return;
  duaal_overview_view_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERVIEW]);
}

DuaalOverview *
duaal_overview_view_get_shown_overview (DuaalOverviewView *self)
{
  g_return_val_if_fail (DUAAL_IS_OVERVIEW_VIEW (self), NULL);
  return self->shown;
}

DuaalOverviewMode
duaal_overview_view_get_mode (DuaalOverviewView *self)
{
  g_return_val_if_fail (DUAAL_IS_OVERVIEW_VIEW (self), DUAAL_OVERVIEW_PLANNED);
  return self->mode;
}

void
duaal_overview_view_set_mode (DuaalOverviewView *self,
                              DuaalOverviewMode  mode)
{
  g_return_if_fail (DUAAL_IS_OVERVIEW_VIEW (self));

  if (self->mode == mode)
    return;
  self->mode = mode;
  duaal_overview_view_update (self);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

gboolean
duaal_overview_view_get_sort_by_priority (DuaalOverviewView *self)
{
  g_return_val_if_fail (DUAAL_IS_OVERVIEW_VIEW (self), FALSE);
  return self->by_priority;
}

void
duaal_overview_view_set_sort_by_priority (DuaalOverviewView *self,
                                          gboolean           by_priority)
{
  g_return_if_fail (DUAAL_IS_OVERVIEW_VIEW (self));

  by_priority = !!by_priority;
  if (self->by_priority == by_priority)
    return;
  self->by_priority = by_priority;
  duaal_overview_view_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_BY_PRIORITY]);
}

gboolean
duaal_overview_view_get_cell_center (DuaalOverviewView *self,
                                     gint64             learner_id,
                                     const char        *competence_id,
                                     double            *x,
                                     double            *y)
{
  double cx, cy, w, h;
  int competence;

  g_return_val_if_fail (DUAAL_IS_OVERVIEW_VIEW (self), FALSE);

  if (self->shown == NULL || (competence = duaal_overview_find_competence (self->shown, competence_id)) < 0)
    return FALSE;
  for (guint l = 0; l < duaal_overview_get_n_learners (self->shown); l++)
    {
      if (duaal_overview_get_learner_id (self->shown, l) != learner_id)
        continue;
      duaal_overview_renderer_get_cell_area (self->shown, self->mode, table_font (self), l, (guint) competence, &cx, &cy, &w, &h);
      *x = cx + w / 2;
      *y = cy + h / 2;
      return TRUE;
    }
  return FALSE;
}

const char *
duaal_overview_view_get_summary (DuaalOverviewView *self)
{
  g_return_val_if_fail (DUAAL_IS_OVERVIEW_VIEW (self), NULL);
  return self->summary;
}

/* ---- GObject -------------------------------------------------------- */

static void
duaal_overview_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DuaalOverviewView *self = DUAAL_OVERVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_OVERVIEW:
      g_value_set_object (value, self->overview);
      break;
    case PROP_MODE:
      g_value_set_enum (value, self->mode);
      break;
    case PROP_SORT_BY_PRIORITY:
      g_value_set_boolean (value, self->by_priority);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
duaal_overview_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DuaalOverviewView *self = DUAAL_OVERVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_OVERVIEW:
      duaal_overview_view_set_overview (self, g_value_get_object (value));
      break;
    case PROP_MODE:
      duaal_overview_view_set_mode (self, g_value_get_enum (value));
      break;
    case PROP_SORT_BY_PRIORITY:
      duaal_overview_view_set_sort_by_priority (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
duaal_overview_view_finalize (GObject *object)
{
  DuaalOverviewView *self = DUAAL_OVERVIEW_VIEW (object);

  g_clear_object (&self->overview);
  g_clear_object (&self->shown);
  g_free (self->summary);
  g_ptr_array_unref (self->cells);

  G_OBJECT_CLASS (duaal_overview_view_parent_class)->finalize (object);
}

static void
duaal_overview_view_dispose (GObject *object)
{
  duaal_overview_view_clear_cells (DUAAL_OVERVIEW_VIEW (object));

  G_OBJECT_CLASS (duaal_overview_view_parent_class)->dispose (object);
}

static void
duaal_overview_view_class_init (DuaalOverviewViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = duaal_overview_view_get_property;
  object_class->set_property = duaal_overview_view_set_property;
  object_class->dispose = duaal_overview_view_dispose;
  object_class->finalize = duaal_overview_view_finalize;
  widget_class->measure = duaal_overview_view_measure;
  widget_class->size_allocate = duaal_overview_view_size_allocate;
  widget_class->grab_focus = duaal_overview_view_grab_focus;
  widget_class->snapshot = duaal_overview_view_snapshot;
  widget_class->map = duaal_overview_view_map;

  properties[PROP_OVERVIEW] =
    g_param_spec_object ("overview", NULL, NULL, DUAAL_TYPE_OVERVIEW,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODE] =
    g_param_spec_enum ("mode", NULL, NULL, DUAAL_TYPE_OVERVIEW_MODE, DUAAL_OVERVIEW_PLANNED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SORT_BY_PRIORITY] =
    g_param_spec_boolean ("sort-by-priority", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A cell of the planned mode was clicked or activated by keyboard:
   * (learner id, competence id). */
  signals[CELL_ACTIVATED] =
    g_signal_new ("cell-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);

  gtk_widget_class_set_css_name (widget_class, "overviewtable");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TABLE);
}

static void
duaal_overview_view_init (DuaalOverviewView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  /* The focus goes to the keyboard's cell (duaal_overview_view_move_focus()). */
  self->cells = g_ptr_array_new ();
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_START);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_START);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), self);
  /* The dark style has its own palette for the table. */
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);

  duaal_overview_view_update (self);
}
