/* duaal-indicator-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-indicator-row.h"
#include "duaal-score-change.h"
#include "duaal-tooltip.h"

struct _DuaalIndicatorRow
{
  GtkListBoxRow   parent_instance;

  DuaalIndicator *indicator;

  GtkWidget      *text_label;
  GtkWidget      *mastery_buttons[4];    /* indexed by DuaalMastery, [0] unused */
  GtkWidget      *coverage_buttons[4];   /* indexed by DuaalCoverage, [0] unused */
  GtkWidget      *comment_entry;
  GtkWidget      *others_label;

  DuaalMastery    mastery;
  DuaalCoverage   coverage;
  char           *comment;
  gboolean        editable;
  /* Set while the row shows a stored state, so toggling buttons from
   * code is not taken for the user scoring. */
  gboolean        syncing;
};

G_DEFINE_FINAL_TYPE (DuaalIndicatorRow, duaal_indicator_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  SCORE_CHANGED,
  MOVE_FOCUS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Emits only what the user changed: the store merges it with the
 * current score when it writes, so a change someone else made to another
 * field meanwhile is kept. */
static void
duaal_indicator_row_emit (DuaalIndicatorRow      *self,
                          const DuaalScoreChange *change)
{
  DuaalScoreValue shown = { self->mastery, self->coverage, self->comment };

  if (!self->editable || !duaal_score_change_alters (change, &shown))
    return;

  g_signal_emit (self, signals[SCORE_CHANGED], 0, change);
}

static void
duaal_indicator_row_emit_mastery (DuaalIndicatorRow *self,
                                  DuaalMastery       mastery)
{
  DuaalScoreChange change = { .fields = DUAAL_SCORE_FIELD_MASTERY, .mastery = mastery };

  duaal_indicator_row_emit (self, &change);
}

static void
duaal_indicator_row_emit_coverage (DuaalIndicatorRow *self,
                                   DuaalCoverage      coverage)
{
  DuaalScoreChange change = { .fields = DUAAL_SCORE_FIELD_COVERAGE, .coverage = coverage };

  duaal_indicator_row_emit (self, &change);
}

static void
on_mastery_toggled (GtkToggleButton   *button,
                    DuaalIndicatorRow *self)
{
  DuaalMastery mastery = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "duaal-value"));

  if (self->syncing || !gtk_toggle_button_get_active (button))
    return;

  duaal_indicator_row_emit_mastery (self, mastery);
}

static void
on_coverage_toggled (GtkToggleButton   *button,
                     DuaalIndicatorRow *self)
{
  DuaalCoverage coverage = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "duaal-value"));

  if (self->syncing || !gtk_toggle_button_get_active (button))
    return;

  duaal_indicator_row_emit_coverage (self, coverage);
}

static void
duaal_indicator_row_commit_comment (DuaalIndicatorRow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->comment_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  DuaalScoreChange change = {
    .fields = DUAAL_SCORE_FIELD_COMMENT,
    .comment = stripped[0] != '\0' ? stripped : NULL,
  };

  if (self->syncing)
    return;

  duaal_indicator_row_emit (self, &change);
}

static void
on_comment_activate (GtkEntry          *entry,
                     DuaalIndicatorRow *self)
{
  duaal_indicator_row_commit_comment (self);
  /* Back to the row, so the next keys score again. */
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

/* Escape leaves the comment as it was stored and goes back to the row. */
static gboolean
on_comment_escape (GtkWidget *entry,
                   GVariant  *args,
                   gpointer   user_data)
{
  DuaalIndicatorRow *self = DUAAL_INDICATOR_ROW (user_data);

  self->syncing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (entry), self->comment != NULL ? self->comment : "");
  self->syncing = FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  return TRUE;
}

static void
on_comment_focus_leave (GtkEventControllerFocus *controller,
                        DuaalIndicatorRow       *self)
{
  duaal_indicator_row_commit_comment (self);
}

static void
mastery_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DuaalIndicatorRow *self = DUAAL_INDICATOR_ROW (widget);
  int value = g_variant_get_int32 (parameter);

  if (value < DUAAL_MASTERY_X || value > DUAAL_MASTERY_V)
    return;

  duaal_indicator_row_emit_mastery (self, value);
}

static void
coverage_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DuaalIndicatorRow *self = DUAAL_INDICATOR_ROW (widget);
  int value = g_variant_get_int32 (parameter);

  if (value < DUAAL_COVERAGE_N || value > DUAAL_COVERAGE_R)
    return;

  duaal_indicator_row_emit_coverage (self, value);
}

static void
edit_comment_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DuaalIndicatorRow *self = DUAAL_INDICATOR_ROW (widget);

  if (self->editable)
    gtk_widget_grab_focus (self->comment_entry);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_signal_emit (widget, signals[MOVE_FOCUS], 0, g_variant_get_int32 (parameter));
}

/* The template has the buttons; their values, tooltips (with the key
 * that does the same) and accessible names come from the core. */
static void
duaal_indicator_row_describe_buttons (DuaalIndicatorRow *self)
{
  static const char *mastery_keys[] = { NULL, "1", "2", "3" };
  static const char *coverage_keys[] = { NULL, "N", "S", "R" };

  for (guint value = 1; value < 4; value++)
    {
      g_autofree char *mastery = g_strdup_printf ("%s (%s)", duaal_mastery_get_label (value), mastery_keys[value]);
      g_autofree char *coverage = g_strdup_printf ("%s (%s)", duaal_coverage_get_label (value),
                                                   coverage_keys[value]);

      g_object_set_data (G_OBJECT (self->mastery_buttons[value]), "duaal-value", GUINT_TO_POINTER (value));
      g_object_set_data (G_OBJECT (self->coverage_buttons[value]), "duaal-value", GUINT_TO_POINTER (value));
      duaal_widget_set_tooltip (self->mastery_buttons[value], mastery);
      duaal_widget_set_tooltip (self->coverage_buttons[value], coverage);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->mastery_buttons[value]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, mastery, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->coverage_buttons[value]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, coverage, -1);
    }
}

/* Escape in the comment: a callback, which a template cannot name. */
static void
duaal_indicator_row_add_comment_escape (DuaalIndicatorRow *self)
{
  GtkEventController *escape = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (escape),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_callback_action_new (on_comment_escape, self, NULL)));
  gtk_widget_add_controller (self->comment_entry, escape);
}

static void
duaal_indicator_row_dispose (GObject *object)
{
  DuaalIndicatorRow *self = DUAAL_INDICATOR_ROW (object);

  g_clear_object (&self->indicator);

  G_OBJECT_CLASS (duaal_indicator_row_parent_class)->dispose (object);
}

static void
duaal_indicator_row_finalize (GObject *object)
{
  DuaalIndicatorRow *self = DUAAL_INDICATOR_ROW (object);

  g_free (self->comment);

  G_OBJECT_CLASS (duaal_indicator_row_parent_class)->finalize (object);
}

static void
add_key (GtkWidgetClass *widget_class,
         guint           key,
         const char     *action,
         int             value)
{
  gtk_widget_class_add_binding_action (widget_class, key, 0, action, "i", value);
}

/* The buttons of a template go to their place in an array. */
static void
bind_button (GtkWidgetClass *widget_class,
             const char     *name,
             gssize          offset)
{
  gtk_widget_class_bind_template_child_full (widget_class, name, FALSE, offset);
}

static void
duaal_indicator_row_class_init (DuaalIndicatorRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = duaal_indicator_row_dispose;
  object_class->finalize = duaal_indicator_row_finalize;

  /**
   * DuaalIndicatorRow::score-changed:
   * @change: (type DuaalScoreChange): what the user changed, only that
   *   field (the others are left out, not copied from the row)
   *
   * The user changed the score; the page records it.
   */
  signals[SCORE_CHANGED] =
    g_signal_new ("score-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                  DUAAL_TYPE_SCORE_CHANGE | G_SIGNAL_TYPE_STATIC_SCOPE);
  /* @direction: -1 for the previous indicator, 1 for the next */
  signals[MOVE_FOCUS] =
    g_signal_new ("move-to-indicator", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_install_action (widget_class, "indicator.mastery", "i", mastery_action);
  gtk_widget_class_install_action (widget_class, "indicator.coverage", "i", coverage_action);
  gtk_widget_class_install_action (widget_class, "indicator.edit-comment", NULL, edit_comment_action);
  gtk_widget_class_install_action (widget_class, "indicator.move", "i", move_action);

  add_key (widget_class, GDK_KEY_1, "indicator.mastery", DUAAL_MASTERY_X);
  add_key (widget_class, GDK_KEY_KP_1, "indicator.mastery", DUAAL_MASTERY_X);
  add_key (widget_class, GDK_KEY_2, "indicator.mastery", DUAAL_MASTERY_LIL);
  add_key (widget_class, GDK_KEY_KP_2, "indicator.mastery", DUAAL_MASTERY_LIL);
  add_key (widget_class, GDK_KEY_3, "indicator.mastery", DUAAL_MASTERY_V);
  add_key (widget_class, GDK_KEY_KP_3, "indicator.mastery", DUAAL_MASTERY_V);
  add_key (widget_class, GDK_KEY_n, "indicator.coverage", DUAAL_COVERAGE_N);
  add_key (widget_class, GDK_KEY_N, "indicator.coverage", DUAAL_COVERAGE_N);
  add_key (widget_class, GDK_KEY_s, "indicator.coverage", DUAAL_COVERAGE_S);
  add_key (widget_class, GDK_KEY_S, "indicator.coverage", DUAAL_COVERAGE_S);
  add_key (widget_class, GDK_KEY_r, "indicator.coverage", DUAAL_COVERAGE_R);
  add_key (widget_class, GDK_KEY_R, "indicator.coverage", DUAAL_COVERAGE_R);
  add_key (widget_class, GDK_KEY_Up, "indicator.move", -1);
  add_key (widget_class, GDK_KEY_KP_Up, "indicator.move", -1);
  add_key (widget_class, GDK_KEY_Down, "indicator.move", 1);
  add_key (widget_class, GDK_KEY_KP_Down, "indicator.move", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "indicator.edit-comment", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "indicator.edit-comment", NULL);

  gtk_widget_class_set_css_name (widget_class, "row");

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Duaal/ui/duaal-indicator-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DuaalIndicatorRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, DuaalIndicatorRow, comment_entry);
  gtk_widget_class_bind_template_child (widget_class, DuaalIndicatorRow, others_label);
  bind_button (widget_class, "mastery_x", G_STRUCT_OFFSET (DuaalIndicatorRow, mastery_buttons[DUAAL_MASTERY_X]));
  bind_button (widget_class, "mastery_lil", G_STRUCT_OFFSET (DuaalIndicatorRow, mastery_buttons[DUAAL_MASTERY_LIL]));
  bind_button (widget_class, "mastery_v", G_STRUCT_OFFSET (DuaalIndicatorRow, mastery_buttons[DUAAL_MASTERY_V]));
  bind_button (widget_class, "coverage_n", G_STRUCT_OFFSET (DuaalIndicatorRow, coverage_buttons[DUAAL_COVERAGE_N]));
  bind_button (widget_class, "coverage_s", G_STRUCT_OFFSET (DuaalIndicatorRow, coverage_buttons[DUAAL_COVERAGE_S]));
  bind_button (widget_class, "coverage_r", G_STRUCT_OFFSET (DuaalIndicatorRow, coverage_buttons[DUAAL_COVERAGE_R]));
  gtk_widget_class_bind_template_callback (widget_class, on_mastery_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_coverage_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_comment_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_comment_focus_leave);
}

static void
duaal_indicator_row_init (DuaalIndicatorRow *self)
{
  self->editable = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  duaal_indicator_row_describe_buttons (self);
  duaal_indicator_row_add_comment_escape (self);
}

GtkWidget *
duaal_indicator_row_new (DuaalIndicator *indicator)
{
  DuaalIndicatorRow *self;

  g_return_val_if_fail (DUAAL_IS_INDICATOR (indicator), NULL);

  self = g_object_new (DUAAL_TYPE_INDICATOR_ROW, NULL);
  self->indicator = g_object_ref (indicator);
  gtk_label_set_text (GTK_LABEL (self->text_label), duaal_indicator_get_text (indicator));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, duaal_indicator_get_text (indicator),
                                  -1);
  return GTK_WIDGET (self);
}

DuaalIndicator *
duaal_indicator_row_get_indicator (DuaalIndicatorRow *self)
{
  g_return_val_if_fail (DUAAL_IS_INDICATOR_ROW (self), NULL);

  return self->indicator;
}

static void
set_group_active (GtkWidget **buttons,
                  guint       value)
{
  for (guint i = 1; i < 4; i++)
    if (i != value)
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (buttons[i]), FALSE);
  if (value != 0)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (buttons[value]), TRUE);
}

void
duaal_indicator_row_set_state (DuaalIndicatorRow *self,
                               const DuaalCell   *cell,
                               const char        *others,
                               gboolean           editable)
{
  g_return_if_fail (DUAAL_IS_INDICATOR_ROW (self));

  self->syncing = TRUE;

  self->mastery = cell != NULL ? cell->mastery : DUAAL_MASTERY_NONE;
  self->coverage = cell != NULL ? cell->coverage : DUAAL_COVERAGE_NONE;
  g_free (self->comment);
  self->comment = cell != NULL ? g_strdup (cell->comment) : NULL;
  self->editable = editable;

  set_group_active (self->mastery_buttons, self->mastery);
  set_group_active (self->coverage_buttons, self->coverage);
  gtk_editable_set_text (GTK_EDITABLE (self->comment_entry),
                         self->comment != NULL ? self->comment : "");

  for (guint i = 1; i < 4; i++)
    {
      gtk_widget_set_sensitive (self->mastery_buttons[i], editable);
      gtk_widget_set_sensitive (self->coverage_buttons[i], editable);
    }
  gtk_editable_set_editable (GTK_EDITABLE (self->comment_entry), editable);
  gtk_widget_set_sensitive (self->comment_entry, editable || self->comment != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "indicator.mastery", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "indicator.coverage", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "indicator.edit-comment", editable);

  gtk_label_set_text (GTK_LABEL (self->others_label), others != NULL ? others : "");
  gtk_widget_set_visible (self->others_label, others != NULL && others[0] != '\0');

  self->syncing = FALSE;
}

DuaalMastery
duaal_indicator_row_get_mastery (DuaalIndicatorRow *self)
{
  g_return_val_if_fail (DUAAL_IS_INDICATOR_ROW (self), DUAAL_MASTERY_NONE);

  return self->mastery;
}

DuaalCoverage
duaal_indicator_row_get_coverage (DuaalIndicatorRow *self)
{
  g_return_val_if_fail (DUAAL_IS_INDICATOR_ROW (self), DUAAL_COVERAGE_NONE);

  return self->coverage;
}

const char *
duaal_indicator_row_get_comment (DuaalIndicatorRow *self)
{
  g_return_val_if_fail (DUAAL_IS_INDICATOR_ROW (self), NULL);

  return self->comment;
}

gboolean
duaal_indicator_row_get_editable (DuaalIndicatorRow *self)
{
  g_return_val_if_fail (DUAAL_IS_INDICATOR_ROW (self), FALSE);

  return self->editable;
}

GtkWidget *
duaal_indicator_row_get_mastery_button (DuaalIndicatorRow *self,
                                        DuaalMastery       mastery)
{
  g_return_val_if_fail (DUAAL_IS_INDICATOR_ROW (self), NULL);
  g_return_val_if_fail (mastery >= DUAAL_MASTERY_X && mastery <= DUAAL_MASTERY_V, NULL);

  return self->mastery_buttons[mastery];
}

GtkWidget *
duaal_indicator_row_get_coverage_button (DuaalIndicatorRow *self,
                                         DuaalCoverage      coverage)
{
  g_return_val_if_fail (DUAAL_IS_INDICATOR_ROW (self), NULL);
  g_return_val_if_fail (coverage >= DUAAL_COVERAGE_N && coverage <= DUAAL_COVERAGE_R, NULL);

  return self->coverage_buttons[coverage];
}

const char *
duaal_indicator_row_get_others_text (DuaalIndicatorRow *self)
{
  g_return_val_if_fail (DUAAL_IS_INDICATOR_ROW (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->others_label));
}

GtkWidget *
duaal_indicator_row_get_comment_entry (DuaalIndicatorRow *self)
{
  g_return_val_if_fail (DUAAL_IS_INDICATOR_ROW (self), NULL);

  return self->comment_entry;
}
