/* duaal-indicator-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-indicator-row.h"

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

static void
duaal_indicator_row_emit (DuaalIndicatorRow *self,
                          DuaalMastery       mastery,
                          DuaalCoverage      coverage,
                          const char        *comment)
{
  if (!self->editable)
    return;
  if (mastery == self->mastery && coverage == self->coverage &&
      g_strcmp0 (comment, self->comment) == 0)
    return;

  g_signal_emit (self, signals[SCORE_CHANGED], 0, (guint) mastery, (guint) coverage, comment);
}

static void
on_mastery_toggled (GtkToggleButton   *button,
                    DuaalIndicatorRow *self)
{
  DuaalMastery mastery = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "duaal-value"));

  if (self->syncing || !gtk_toggle_button_get_active (button))
    return;

  duaal_indicator_row_emit (self, mastery, self->coverage, self->comment);
}

static void
on_coverage_toggled (GtkToggleButton   *button,
                     DuaalIndicatorRow *self)
{
  DuaalCoverage coverage = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "duaal-value"));

  if (self->syncing || !gtk_toggle_button_get_active (button))
    return;

  duaal_indicator_row_emit (self, self->mastery, coverage, self->comment);
}

static void
duaal_indicator_row_commit_comment (DuaalIndicatorRow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->comment_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  const char *comment = stripped[0] != '\0' ? stripped : NULL;

  if (self->syncing)
    return;

  duaal_indicator_row_emit (self, self->mastery, self->coverage, comment);
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

  duaal_indicator_row_emit (self, value, self->coverage, self->comment);
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

  duaal_indicator_row_emit (self, self->mastery, value, self->comment);
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

static GtkWidget *
duaal_indicator_row_add_toggle (GtkWidget  *box,
                                GtkWidget  *group,
                                const char *text,
                                const char *tooltip,
                                guint       value,
                                GCallback   callback,
                                gpointer    user_data)
{
  GtkWidget *button = gtk_toggle_button_new_with_label (text);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  gtk_widget_set_size_request (button, 44, -1);
  if (group != NULL)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (group));
  g_object_set_data (G_OBJECT (button), "duaal-value", GUINT_TO_POINTER (value));
  g_signal_connect (button, "toggled", callback, user_data);
  gtk_box_append (GTK_BOX (box), button);
  return button;
}

static void
duaal_indicator_row_build (DuaalIndicatorRow *self)
{
  static const char *mastery_keys[] = { NULL, "1", "2", "3" };
  static const char *coverage_keys[] = { NULL, "N", "S", "R" };
  GtkWidget *box, *controls, *mastery_box, *coverage_box;
  GtkEventController *focus, *escape;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);

  self->text_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->text_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->text_label), 0);
  gtk_box_append (GTK_BOX (box), self->text_label);

  controls = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  mastery_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (mastery_box, "linked");
  gtk_widget_add_css_class (mastery_box, "duaal-score-buttons");
  gtk_accessible_update_property (GTK_ACCESSIBLE (mastery_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Mastery"), -1);
  for (DuaalMastery m = DUAAL_MASTERY_X; m <= DUAAL_MASTERY_V; m++)
    {
      g_autofree char *tooltip = g_strdup_printf ("%s (%s)", duaal_mastery_get_label (m), mastery_keys[m]);

      self->mastery_buttons[m] =
        duaal_indicator_row_add_toggle (mastery_box, self->mastery_buttons[DUAAL_MASTERY_X],
                                        duaal_mastery_to_string (m), tooltip, m,
                                        G_CALLBACK (on_mastery_toggled), self);
    }

  coverage_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (coverage_box, "linked");
  gtk_widget_add_css_class (coverage_box, "duaal-score-buttons");
  gtk_accessible_update_property (GTK_ACCESSIBLE (coverage_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Coverage"), -1);
  for (DuaalCoverage c = DUAAL_COVERAGE_N; c <= DUAAL_COVERAGE_R; c++)
    {
      g_autofree char *tooltip = g_strdup_printf ("%s (%s)", duaal_coverage_get_label (c), coverage_keys[c]);

      self->coverage_buttons[c] =
        duaal_indicator_row_add_toggle (coverage_box, self->coverage_buttons[DUAAL_COVERAGE_N],
                                        duaal_coverage_to_string (c), tooltip, c,
                                        G_CALLBACK (on_coverage_toggled), self);
    }

  self->comment_entry = gtk_entry_new ();
  gtk_widget_set_hexpand (self->comment_entry, TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->comment_entry), _("Comment"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->comment_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Comment"), -1);
  g_signal_connect (self->comment_entry, "activate", G_CALLBACK (on_comment_activate), self);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (on_comment_focus_leave), self);
  gtk_widget_add_controller (self->comment_entry, focus);
  escape = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (escape),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_callback_action_new (on_comment_escape, self, NULL)));
  gtk_widget_add_controller (self->comment_entry, escape);

  gtk_box_append (GTK_BOX (controls), mastery_box);
  gtk_box_append (GTK_BOX (controls), coverage_box);
  gtk_box_append (GTK_BOX (box), controls);
  gtk_box_append (GTK_BOX (box), self->comment_entry);

  self->others_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->others_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->others_label), 0);
  gtk_widget_add_css_class (self->others_label, "dim-label");
  gtk_widget_add_css_class (self->others_label, "caption");
  gtk_widget_set_visible (self->others_label, FALSE);
  gtk_box_append (GTK_BOX (box), self->others_label);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
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

static void
duaal_indicator_row_class_init (DuaalIndicatorRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = duaal_indicator_row_dispose;
  object_class->finalize = duaal_indicator_row_finalize;

  /**
   * DuaalIndicatorRow::score-changed:
   * @mastery: the new DuaalMastery
   * @coverage: the new DuaalCoverage
   * @comment: (nullable): the new comment
   *
   * The user changed the score; the page records it.
   */
  signals[SCORE_CHANGED] =
    g_signal_new ("score-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_STRING);
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
}

static void
duaal_indicator_row_init (DuaalIndicatorRow *self)
{
  self->editable = TRUE;
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  duaal_indicator_row_build (self);
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
