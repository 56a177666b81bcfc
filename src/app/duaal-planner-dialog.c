/* duaal-planner-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "duaal-error.h"
#include "duaal-export-dialog.h"
#include "duaal-period.h"
#include "duaal-planner-dialog.h"
#include "duaal-planning.h"
#include "duaal-session-plan-renderer.h"

struct _DuaalPlannerDialog
{
  AdwWindow             parent_instance;

  DuaalStore           *store;
  gint64                group_id;
  DuaalKeptPlan        *kept;           /* settings, last plan, session dates */
  GPtrArray            *date_rows;      /* AdwEntryRow per session */
  DuaalOverview        *overview;
  gboolean             *acquired;
  gboolean             *needs;
  GPtrArray            *spins;          /* GtkSpinButton per competence */
  GPtrArray            *scenarios;      /* DuaalScenario of the qualification (SPEC 14) */
  GPtrArray            *scenario_menus; /* per competence: GtkDropDown, or NULL (none or one scenario) */
  DuaalSessionPlan     *plan;
  char                 *result_text;
  GtkFileChooserNative *chooser;
  char                 *export_format;

  AdwWindowTitle       *window_title;
  GtkButton            *back_button;
  GtkButton            *plan_button;
  GtkBox               *export_box;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  AdwPreferencesGroup  *competences_group;
  GtkSpinButton        *groups_spin;
  GtkLabel             *result_label;
  GtkLabel             *result_detail;
  GtkLabel             *kept_label;
  GtkLabel             *absence_label;
  GtkDrawingArea       *plan_area;
  AdwPreferencesGroup  *dates_group;
};

G_DEFINE_FINAL_TYPE (DuaalPlannerDialog, duaal_planner_dialog, ADW_TYPE_WINDOW)

static void
show_error (DuaalPlannerDialog *self,
            const char         *heading,
            const GError       *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- settings ------------------------------------------------------- */

/* Who needs @competence, for the row's subtitle. */
static char *
needs_text (DuaalPlannerDialog *self,
            guint               competence)
{
  guint n_competences = duaal_overview_get_n_competences (self->overview);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *joined = NULL;

  for (guint l = 0; l < duaal_overview_get_n_learners (self->overview); l++)
    if (self->needs[l * n_competences + competence])
      g_ptr_array_add (names, (gpointer) duaal_overview_get_learner_name (self->overview, l));
  if (names->len == 0)
    return g_strdup (_("Nobody needs it on campus"));
  g_ptr_array_add (names, NULL);
  joined = g_strjoinv (", ", (char **) names->pdata);
  if (duaal_overview_get_row_status (self->overview, DUAAL_OVERVIEW_PLANNED, competence) == DUAAL_ROW_GAP)
    return g_strdup_printf (_("Collective gap, plenary first: %s"), joined);
  return g_strdup_printf (ngettext ("Needed by %u learner: %s", "Needed by %u learners: %s", names->len - 1),
                          names->len - 1, joined);
}

/* ---- lesson scenarios (SPEC 14) ------------------------------------- */

/* The scenario chosen for competence @c: the menu's, else the only one. */
static DuaalScenario *
chosen_scenario (DuaalPlannerDialog *self,
                 guint               c)
{
  g_autoptr(GPtrArray) aiming = duaal_scenario_list_for_competence (self->scenarios,
                                                                    duaal_overview_get_competence_id (self->overview, c));
  GtkDropDown *menu = g_ptr_array_index (self->scenario_menus, c);
  guint selected = menu != NULL ? gtk_drop_down_get_selected (menu) : 0;

  if (aiming->len == 0)
    return NULL;
  return g_ptr_array_index (aiming, MIN (selected, aiming->len - 1));
}

/* Choosing another scenario takes its estimate as the competence's d. */
static void
on_scenario_chosen (GtkDropDown        *menu,
                    GParamSpec         *pspec,
                    DuaalPlannerDialog *self)
{
  for (guint c = 0; c < self->scenario_menus->len; c++)
    if (g_ptr_array_index (self->scenario_menus, c) == menu)
      gtk_spin_button_set_value (g_ptr_array_index (self->spins, c),
                                 duaal_scenario_get_sessions (chosen_scenario (self, c)));
}

/* A menu of the scenarios aiming at a competence when there are several;
 * with one, its title in the row's subtitle; none, nothing. */
static GtkWidget *
scenario_menu (DuaalPlannerDialog *self,
               GtkWidget          *row,
               const char         *title,
               const char         *subtitle,
               GPtrArray          *aiming)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  g_autofree char *label = NULL;
  GtkWidget *menu;

  if (aiming->len == 1)
    {
      g_autofree char *with_scenario = g_strdup_printf (_("%s · Scenario: %s"), subtitle,
                                                        duaal_scenario_get_title (g_ptr_array_index (aiming, 0)));

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), with_scenario);
    }
  if (aiming->len < 2)
    return NULL;
  for (guint i = 0; i < aiming->len; i++)
    gtk_string_list_append (titles, duaal_scenario_get_title (g_ptr_array_index (aiming, i)));
  menu = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&titles)), NULL);
  gtk_widget_set_valign (menu, GTK_ALIGN_CENTER);
  /* Translators: the accessible name of the menu of lesson scenarios for a competence */
  label = g_strdup_printf (_("Lesson scenario for %s"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect (menu, "notify::selected", G_CALLBACK (on_scenario_chosen), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), menu);
  return menu;
}

/* competence id -> scenario id, for duaal_session_plan_set_scenarios(). */
static GHashTable *
scenario_choices (DuaalPlannerDialog *self)
{
  GHashTable *choices = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint c = 0; c < self->scenario_menus->len; c++)
    {
      DuaalScenario *scenario = chosen_scenario (self, c);

      if (scenario != NULL)
        g_hash_table_insert (choices, (gpointer) duaal_overview_get_competence_id (self->overview, c),
                             GSIZE_TO_POINTER ((gsize) duaal_scenario_get_id (scenario)));
    }
  return choices;
}

gboolean
duaal_planner_dialog_choose_scenario (DuaalPlannerDialog *self,
                                      const char         *competence_id,
                                      gint64              scenario_id)
{
  g_autoptr(GPtrArray) aiming = NULL;
  GtkDropDown *menu;
  int c;

  g_return_val_if_fail (DUAAL_IS_PLANNER_DIALOG (self), FALSE);

  c = duaal_overview_find_competence (self->overview, competence_id);
  if (c < 0 || (menu = g_ptr_array_index (self->scenario_menus, c)) == NULL)
    return FALSE;
  aiming = duaal_scenario_list_for_competence (self->scenarios, competence_id);
  for (guint i = 0; i < aiming->len; i++)
    if (duaal_scenario_get_id (g_ptr_array_index (aiming, i)) == scenario_id)
      {
        gtk_drop_down_set_selected (menu, i);
        return TRUE;
      }
  return FALSE;
}

static void
add_competence_rows (DuaalPlannerDialog *self)
{
  for (guint c = 0; c < duaal_overview_get_n_competences (self->overview); c++)
    {
      g_autofree char *title = g_strdup_printf ("%s  %s", duaal_overview_get_competence_id (self->overview, c),
                                                duaal_overview_get_competence_title (self->overview, c));
      g_autofree char *subtitle = needs_text (self, c);
      g_autoptr(GPtrArray) aiming = duaal_scenario_list_for_competence (self->scenarios,
                                                                        duaal_overview_get_competence_id (self->overview, c));
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *spin = gtk_spin_button_new_with_range (1, DUAAL_SESSION_MAX_DURATION, 1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      /* The scenario's estimate is the default number of sessions. */
      if (aiming->len > 0)
        gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin),
                                   duaal_scenario_get_sessions (g_ptr_array_index (aiming, 0)));
      g_ptr_array_add (self->scenario_menus, scenario_menu (self, row, title, subtitle, aiming));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
      /* A competence nobody needs is not planned: its estimate does not matter. */
      if (g_str_equal (subtitle, _("Nobody needs it on campus")))
        gtk_widget_set_sensitive (row, FALSE);
      adw_preferences_group_add (self->competences_group, row);
      g_ptr_array_add (self->spins, spin);
    }
}

gboolean
duaal_planner_dialog_set_duration (DuaalPlannerDialog *self,
                                   const char         *competence_id,
                                   guint               sessions)
{
  int competence;

  g_return_val_if_fail (DUAAL_IS_PLANNER_DIALOG (self), FALSE);

  competence = duaal_overview_find_competence (self->overview, competence_id);
  if (competence < 0)
    return FALSE;
  gtk_spin_button_set_value (g_ptr_array_index (self->spins, competence), sessions);
  return TRUE;
}

guint
duaal_planner_dialog_get_duration (DuaalPlannerDialog *self,
                                   const char         *competence_id)
{
  int competence;

  g_return_val_if_fail (DUAAL_IS_PLANNER_DIALOG (self), 0);

  competence = duaal_overview_find_competence (self->overview, competence_id);
  if (competence < 0)
    return 0;
  return (guint) gtk_spin_button_get_value_as_int (g_ptr_array_index (self->spins, competence));
}

guint
duaal_planner_dialog_get_max_groups (DuaalPlannerDialog *self)
{
  g_return_val_if_fail (DUAAL_IS_PLANNER_DIALOG (self), 0);
  return (guint) gtk_spin_button_get_value_as_int (self->groups_spin);
}

void
duaal_planner_dialog_set_max_groups (DuaalPlannerDialog *self,
                                     guint               max_groups)
{
  g_return_if_fail (DUAAL_IS_PLANNER_DIALOG (self));
  gtk_spin_button_set_value (self->groups_spin, max_groups);
}

/* ---- result --------------------------------------------------------- */

/* The plan is drawn in the drawing area's own font. */
static const PangoFontDescription *
plan_font (DuaalPlannerDialog *self)
{
  return pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (self->plan_area)));
}

static void
draw_plan (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        user_data)
{
  DuaalPlannerDialog *self = user_data;
  double natural_width, natural_height;

  if (self->plan == NULL)
    return;
  /* Scaled down to the dialog's width, so that every session shows at
   * once; never up. */
  duaal_session_plan_renderer_measure (self->plan, plan_font (self), &natural_width, &natural_height);
  if (natural_width > width)
    {
      double scale = width / natural_width;
      cairo_scale (cr, scale, scale);
    }
  duaal_session_plan_renderer_draw (self->plan, plan_font (self), cr);
}

/* A session's day as the coach writes it, in the reader's order. */
static char *
format_session_day (const GDate *day)
{
  return day != NULL ? duaal_period_date_to_text (day) : NULL;
}

/* The timeline as text, for assistive technologies. */
static char *
plan_description (DuaalPlannerDialog *self)
{
  DuaalSessionPlan *plan = self->plan;
  GString *text = g_string_new (NULL);

  for (guint s = 1; s <= duaal_session_plan_get_n_sessions (plan); s++)
    {
      g_autoptr(GPtrArray) groups = duaal_session_plan_get_session_groups (plan, s);
      g_autofree char *day = format_session_day (duaal_kept_plan_get_session_day (self->kept, s));

      if (day != NULL)
        /* Translators: "Session 2 (10/14/2024):" */
        g_string_append_printf (text, _("Session %u (%s):"), s, day);
      else
        g_string_append_printf (text, _("Session %u:"), s);
      for (guint g = 0; g < groups->len; g++)
        {
          const DuaalSessionGroup *group = g_ptr_array_index (groups, g);

          g_string_append_printf (text, "%s %s%s (", g > 0 ? ";" : "",
                                  duaal_session_plan_get_competence_id (plan, group->competence),
                                  group->plenary ? _(", plenary") : "");
          for (guint m = 0; m < group->n_members; m++)
            g_string_append_printf (text, "%s%s", m > 0 ? ", " : "",
                                    duaal_session_plan_get_learner_name (plan, group->members[m]));
          g_string_append (text, ")");
        }
      g_string_append (text, ". ");
    }
  return g_string_free (text, FALSE);
}

/* "Bert (already acquired)" */
static char *
absent_learner_text (DuaalPlannerDialog *self,
                     guint               learner,
                     guint               competence)
{
  const char *name = duaal_overview_get_learner_name (self->overview, learner);

  switch (duaal_session_reason_from_overview (self->overview, self->acquired, learner, competence))
    {
    case DUAAL_SESSION_ACQUIRED:
      /* Translators: a learner left out of a plenary group */
      return g_strdup_printf (_("%s (already acquired)"), name);
    case DUAAL_SESSION_AT_WORKPLACE:
      /* Translators: a learner left out of a plenary group */
      return g_strdup_printf (_("%s (planned at the workplace)"), name);
    case DUAAL_SESSION_NEEDED:
    default:
      return g_strdup (name);
    }
}

static gboolean
is_member (const DuaalSessionGroup *group,
           guint                    learner)
{
  for (guint m = 0; m < group->n_members; m++)
    if (group->members[m] == learner)
      return TRUE;
  return FALSE;
}

/* Why learners are not in a plenary group: a plenary group is "for
 * everyone", so whoever is left out is named with the reason. */
static char *
absence_text (DuaalPlannerDialog *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint g = 0; g < duaal_session_plan_get_n_groups (self->plan); g++)
    {
      const DuaalSessionGroup *group = duaal_session_plan_get_group (self->plan, g);
      g_autoptr(GPtrArray) absent = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *joined = NULL;

      if (!group->plenary)
        continue;
      for (guint l = 0; l < duaal_session_plan_get_n_learners (self->plan); l++)
        if (!is_member (group, l))
          g_ptr_array_add (absent, absent_learner_text (self, l, group->competence));
      if (absent->len == 0)
        continue;
      g_ptr_array_add (absent, NULL);
      joined = g_strjoinv (", ", (char **) absent->pdata);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* Translators: "Not in the plenary group for c02: Bert (already acquired)." */
      g_string_append_printf (text, _("Not in the plenary group for %s: %s."),
                              duaal_session_plan_get_competence_id (self->plan, group->competence), joined);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The last plan's date, and whether today's data still give the same plan. */
static void
show_kept_note (DuaalPlannerDialog *self,
                const char         *kept_csv,
                GDateTime          *planned_at)
{
  g_autofree char *csv = duaal_session_plan_to_csv (self->plan);
  g_autofree char *when = NULL;
  g_autofree char *note = NULL;

  if (planned_at == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->kept_label), FALSE);
      return;
    }
  {
    g_autoptr(GDateTime) local = g_date_time_to_local (planned_at);
    /* Translators: when the kept plan was made, see g_date_time_format() */
    when = g_date_time_format (local, _("%-d %B %Y at %H:%M"));
  }
  if (kept_csv == NULL || g_str_equal (csv, kept_csv))
    note = g_strdup_printf (_("Planned on %s."), when);
  else
    note = g_strdup_printf (_("Planned on %s. Scores or training plans changed since: this is the plan for today."),
                            when);
  gtk_label_set_text (self->kept_label, note);
  gtk_widget_set_visible (GTK_WIDGET (self->kept_label), TRUE);
}

static void fill_date_rows (DuaalPlannerDialog *self);

/* The timeline's name and text, again after a session got its date. */
static void
describe_plan (DuaalPlannerDialog *self)
{
  g_autofree char *description = plan_description (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->plan_area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->result_text,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

static void
show_result (DuaalPlannerDialog *self)
{
  guint n = duaal_session_plan_get_n_sessions (self->plan);
  guint bound = duaal_session_plan_get_lower_bound (self->plan);
  g_autofree char *absence = absence_text (self);
  g_autofree char *detail = NULL;
  double width, height;

  g_free (self->result_text);
  self->result_text = g_strdup_printf (ngettext ("%u session (at least %u needed)",
                                                 "%u sessions (at least %u needed)", n),
                                       n, bound);
  gtk_label_set_text (self->result_label, self->result_text);
  if (n == 0)
    detail = g_strdup (_("Every learner has every competence planned at the workplace or acquired: no campus sessions are needed."));
  else if (n <= bound)
    detail = g_strdup (_("No plan can do with fewer sessions. Collective gaps come first, for everyone together."));
  else
    detail = g_strdup_printf (ngettext ("At least %u sessions are needed; this plan takes %u session more.",
                                        "At least %u sessions are needed; this plan takes %u sessions more.",
                                        n - bound), bound, n - bound);
  gtk_label_set_text (self->result_detail, detail);
  gtk_label_set_text (self->absence_label, absence);
  gtk_widget_set_visible (GTK_WIDGET (self->absence_label), *absence != '\0');
  fill_date_rows (self);

  duaal_session_plan_renderer_measure (self->plan, plan_font (self), &width, &height);
  /* Below 60 % the names get too small to read: scroll instead. */
  gtk_drawing_area_set_content_width (self->plan_area, (int) ceil (width * 0.6));
  gtk_drawing_area_set_content_height (self->plan_area, (int) ceil (height));
  describe_plan (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->plan_area));

  gtk_stack_set_visible_child_name (self->stack, "result");
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->plan_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->export_box), TRUE);
  adw_window_title_set_subtitle (self->window_title, self->result_text);
}

/* The plan of the settings shown, or NULL with @error. */
static DuaalSessionPlan *
plan_with_settings (DuaalPlannerDialog  *self,
                    GError             **error)
{
  g_autofree guint *durations = g_new (guint, MAX (1, self->spins->len));
  g_autoptr(GHashTable) choices = scenario_choices (self);
  DuaalSessionPlan *plan;

  for (guint c = 0; c < self->spins->len; c++)
    durations[c] = (guint) gtk_spin_button_get_value_as_int (g_ptr_array_index (self->spins, c));
  plan = duaal_session_plan_new_from_overview (self->overview, self->acquired, durations,
                                               (guint) gtk_spin_button_get_value_as_int (self->groups_spin),
                                               error);
  if (plan != NULL)
    duaal_session_plan_set_scenarios (plan, self->scenarios, choices);
  return plan;
}

/* Settings and plan stay with the class group, for the next time the
 * planner is opened (by anyone, on any computer using the database). */
static void
keep_plan (DuaalPlannerDialog *self)
{
  g_autoptr(GHashTable) durations = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *csv = duaal_session_plan_to_csv (self->plan);
  g_autoptr(GError) error = NULL;

  for (guint c = 0; c < self->spins->len; c++)
    g_hash_table_insert (durations, (gpointer) duaal_overview_get_competence_id (self->overview, c),
                         GUINT_TO_POINTER ((guint) gtk_spin_button_get_value_as_int (g_ptr_array_index (self->spins, c))));
  if (!duaal_store_save_session_plan (self->store, self->group_id,
                                      (guint) gtk_spin_button_get_value_as_int (self->groups_spin),
                                      durations, csv, &error))
    {
      g_autofree char *title = g_strdup_printf (_("The plan could not be kept: %s"), error->message);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
      return;
    }
  g_clear_pointer (&self->kept->plan_csv, g_free);
  self->kept->plan_csv = g_steal_pointer (&csv);
  g_clear_pointer (&self->kept->planned_at, g_date_time_unref);
  self->kept->planned_at = g_date_time_new_now_utc ();
}

gboolean
duaal_planner_dialog_plan (DuaalPlannerDialog  *self,
                           GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  DuaalSessionPlan *plan;

  g_return_val_if_fail (DUAAL_IS_PLANNER_DIALOG (self), FALSE);

  plan = plan_with_settings (self, &local_error);
  if (plan == NULL)
    {
      show_error (self, _("Could not plan the campus sessions"), local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  g_clear_object (&self->plan);
  self->plan = plan;
  keep_plan (self);
  show_result (self);
  show_kept_note (self, self->kept->plan_csv, self->kept->planned_at);
  return TRUE;
}

/* ---- session dates -------------------------------------------------- */

static void
on_date_applied (AdwEntryRow        *row,
                 DuaalPlannerDialog *self)
{
  guint session = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "duaal-session"));
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autoptr(GDate) day = NULL;
  g_autoptr(GError) error = NULL;

  /* An empty field takes the date away. */
  if (*text != '\0' && (day = duaal_period_date_from_text (text)) == NULL)
    {
      g_autofree char *title = g_strdup_printf (_("“%s” is not a date"), text);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
      return;
    }
  if (!duaal_store_set_session_day (self->store, self->group_id, session, day, &error))
    {
      show_error (self, _("Could not give the session a date"), error);
      return;
    }
  duaal_kept_plan_set_session_day (self->kept, session, day);
  describe_plan (self);
  /* Written back as the dialog writes dates, so the coach sees how it was read. */
  {
    g_autofree char *shown = format_session_day (duaal_kept_plan_get_session_day (self->kept, session));
    gtk_editable_set_text (GTK_EDITABLE (row), shown != NULL ? shown : "");
  }
}

static void
fill_date_rows (DuaalPlannerDialog *self)
{
  guint n = duaal_session_plan_get_n_sessions (self->plan);

  for (guint i = 0; i < self->date_rows->len; i++)
    adw_preferences_group_remove (self->dates_group, g_ptr_array_index (self->date_rows, i));
  g_ptr_array_set_size (self->date_rows, 0);
  for (guint s = 1; s <= n; s++)
    {
      g_autofree char *title = g_strdup_printf (_("Session %u"), s);
      g_autofree char *day = format_session_day (duaal_kept_plan_get_session_day (self->kept, s));
      GtkWidget *row = adw_entry_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_editable_set_text (GTK_EDITABLE (row), day != NULL ? day : "");
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "duaal-session", GUINT_TO_POINTER (s));
      g_signal_connect (row, "apply", G_CALLBACK (on_date_applied), self);
      adw_preferences_group_add (self->dates_group, row);
      g_ptr_array_add (self->date_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->dates_group), n > 0);
}

gboolean
duaal_planner_dialog_set_session_day (DuaalPlannerDialog  *self,
                                      guint                session,
                                      const char          *text)
{
  g_return_val_if_fail (DUAAL_IS_PLANNER_DIALOG (self), FALSE);

  if (session == 0 || session > self->date_rows->len)
    return FALSE;
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (self->date_rows, session - 1)), text);
  g_signal_emit_by_name (g_ptr_array_index (self->date_rows, session - 1), "apply");
  return TRUE;
}

const char *
duaal_planner_dialog_get_session_day (DuaalPlannerDialog *self,
                                      guint               session)
{
  g_return_val_if_fail (DUAAL_IS_PLANNER_DIALOG (self), NULL);

  if (session == 0 || session > self->date_rows->len)
    return NULL;
  return gtk_editable_get_text (GTK_EDITABLE (g_ptr_array_index (self->date_rows, session - 1)));
}

const char *
duaal_planner_dialog_get_absence_text (DuaalPlannerDialog *self)
{
  g_return_val_if_fail (DUAAL_IS_PLANNER_DIALOG (self), NULL);
  return gtk_label_get_text (self->absence_label);
}

const char *
duaal_planner_dialog_get_kept_note (DuaalPlannerDialog *self)
{
  g_return_val_if_fail (DUAAL_IS_PLANNER_DIALOG (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->kept_label)) ? gtk_label_get_text (self->kept_label) : NULL;
}

void
duaal_planner_dialog_show_settings (DuaalPlannerDialog *self)
{
  g_return_if_fail (DUAAL_IS_PLANNER_DIALOG (self));

  gtk_stack_set_visible_child_name (self->stack, "settings");
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->plan_button), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->export_box), FALSE);
  adw_window_title_set_subtitle (self->window_title, "");
}

const char *
duaal_planner_dialog_get_visible_page (DuaalPlannerDialog *self)
{
  g_return_val_if_fail (DUAAL_IS_PLANNER_DIALOG (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

DuaalSessionPlan *
duaal_planner_dialog_get_plan (DuaalPlannerDialog *self)
{
  g_return_val_if_fail (DUAAL_IS_PLANNER_DIALOG (self), NULL);
  return self->plan;
}

const char *
duaal_planner_dialog_get_result_text (DuaalPlannerDialog *self)
{
  g_return_val_if_fail (DUAAL_IS_PLANNER_DIALOG (self), NULL);
  return self->result_text;
}

static void
on_plan_clicked (DuaalPlannerDialog *self)
{
  duaal_planner_dialog_plan (self, NULL);
}

static void
on_back_clicked (DuaalPlannerDialog *self)
{
  duaal_planner_dialog_show_settings (self);
}

/* ---- export --------------------------------------------------------- */

gboolean
duaal_planner_dialog_export (DuaalPlannerDialog  *self,
                             const char          *format,
                             GFile               *file,
                             GError             **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (DUAAL_IS_PLANNER_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (self->plan == NULL || path == NULL)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   self->plan == NULL ? _("There is no session plan to export yet.")
                                      : _("Choose a file on this computer."));
      return FALSE;
    }
  if (g_strcmp0 (format, "pdf") == 0)
    return duaal_session_plan_render_pdf (self->plan, path, error);
  if (g_strcmp0 (format, "csv") == 0)
    return duaal_session_plan_write_csv (self->plan, path, error);
  if (g_strcmp0 (format, "xlsx") == 0)
    return duaal_session_plan_write_xlsx (self->plan, path, error);
  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID, _("Unknown export format “%s”"), format);
  return FALSE;
}

static void
on_export_response (GtkNativeDialog    *chooser,
                    int                 response,
                    DuaalPlannerDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;

      if (!duaal_planner_dialog_export (self, self->export_format, file, &error))
        show_error (self, _("Could not export the session plan"), error);
      else
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *title = g_strdup_printf (_("Exported to %s"), name);
          adw_toast_overlay_add_toast (self->toast_overlay, duaal_export_saved_toast_new (title, file));
        }
    }
  g_clear_object (&self->chooser);
}

static void
choose_export_file (DuaalPlannerDialog *self,
                    const char         *format)
{
  g_autofree char *name = NULL;

  g_free (self->export_format);
  self->export_format = g_strdup (format);
  /* Translators: the suggested file name of the exported plan, without extension */
  name = g_strdup_printf ("%s.%s", _("session plan"), format);
  self->chooser = duaal_export_table_chooser_new (_("Export the session plan"), GTK_WINDOW (self), format, name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_export_pdf_clicked (DuaalPlannerDialog *self)
{
  choose_export_file (self, "pdf");
}

static void
on_export_csv_clicked (DuaalPlannerDialog *self)
{
  choose_export_file (self, "csv");
}

static void
on_export_xlsx_clicked (DuaalPlannerDialog *self)
{
  choose_export_file (self, "xlsx");
}

/* ---- construction --------------------------------------------------- */

/* The settings kept from the last time, and the last plan: planned again
 * on today's data, with a note when that gives another plan. */
static void
show_kept_plan (DuaalPlannerDialog *self)
{
  GHashTableIter iter;
  gpointer code, sessions;

  if (self->kept->max_groups > 0)
    gtk_spin_button_set_value (self->groups_spin, self->kept->max_groups);
  g_hash_table_iter_init (&iter, self->kept->durations);
  while (g_hash_table_iter_next (&iter, &code, &sessions))
    duaal_planner_dialog_set_duration (self, code, GPOINTER_TO_UINT (sessions));
  if (self->kept->plan_csv == NULL)
    return;
  /* Settings out of range were refused by the store, so this plans. */
  self->plan = plan_with_settings (self, NULL);
  if (self->plan == NULL)
    return;
  show_result (self);
  show_kept_note (self, self->kept->plan_csv, self->kept->planned_at);
}

DuaalPlannerDialog *
duaal_planner_dialog_new (GtkWindow   *parent,
                          DuaalStore  *store,
                          gint64       group_id,
                          GError     **error)
{
  g_autoptr(DuaalOverview) overview = NULL;
  g_autofree gboolean *acquired = NULL;
  g_autoptr(DuaalKeptPlan) kept = NULL;
  g_autoptr(GPtrArray) scenarios = NULL;
  DuaalPlannerDialog *self;

  g_return_val_if_fail (DUAAL_IS_STORE (store), NULL);

  overview = duaal_planning_load (store, group_id, &acquired, error);
  if (overview == NULL || (kept = duaal_store_load_session_plan (store, group_id, error)) == NULL
      || (scenarios = duaal_planning_load_scenarios (store, group_id, error)) == NULL)
    return NULL;

  self = g_object_new (DUAAL_TYPE_PLANNER_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->group_id = group_id;
  self->kept = g_steal_pointer (&kept);
  self->overview = g_steal_pointer (&overview);
  self->acquired = g_steal_pointer (&acquired);
  self->needs = duaal_session_needs_from_overview (self->overview, self->acquired);
  self->scenarios = g_steal_pointer (&scenarios);
  add_competence_rows (self);
  show_kept_plan (self);
  return self;
}

static void
duaal_planner_dialog_dispose (GObject *object)
{
  DuaalPlannerDialog *self = DUAAL_PLANNER_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  G_OBJECT_CLASS (duaal_planner_dialog_parent_class)->dispose (object);
}

static void
duaal_planner_dialog_finalize (GObject *object)
{
  DuaalPlannerDialog *self = DUAAL_PLANNER_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->kept, duaal_kept_plan_free);
  g_clear_pointer (&self->date_rows, g_ptr_array_unref);
  g_clear_object (&self->overview);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->spins, g_ptr_array_unref);
  g_clear_pointer (&self->scenario_menus, g_ptr_array_unref);
  g_clear_pointer (&self->scenarios, g_ptr_array_unref);
  g_free (self->acquired);
  g_free (self->needs);
  g_free (self->result_text);
  g_free (self->export_format);

  G_OBJECT_CLASS (duaal_planner_dialog_parent_class)->finalize (object);
}

static void
duaal_planner_dialog_class_init (DuaalPlannerDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = duaal_planner_dialog_dispose;
  object_class->finalize = duaal_planner_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Duaal/ui/duaal-planner-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DuaalPlannerDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, DuaalPlannerDialog, back_button);
  gtk_widget_class_bind_template_child (widget_class, DuaalPlannerDialog, plan_button);
  gtk_widget_class_bind_template_child (widget_class, DuaalPlannerDialog, export_box);
  gtk_widget_class_bind_template_child (widget_class, DuaalPlannerDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DuaalPlannerDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, DuaalPlannerDialog, competences_group);
  gtk_widget_class_bind_template_child (widget_class, DuaalPlannerDialog, groups_spin);
  gtk_widget_class_bind_template_child (widget_class, DuaalPlannerDialog, result_label);
  gtk_widget_class_bind_template_child (widget_class, DuaalPlannerDialog, result_detail);
  gtk_widget_class_bind_template_child (widget_class, DuaalPlannerDialog, plan_area);
  gtk_widget_class_bind_template_child (widget_class, DuaalPlannerDialog, kept_label);
  gtk_widget_class_bind_template_child (widget_class, DuaalPlannerDialog, absence_label);
  gtk_widget_class_bind_template_child (widget_class, DuaalPlannerDialog, dates_group);
  gtk_widget_class_bind_template_callback (widget_class, on_plan_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_export_pdf_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_export_csv_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_export_xlsx_clicked);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
duaal_planner_dialog_init (DuaalPlannerDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->spins = g_ptr_array_new ();
  self->scenario_menus = g_ptr_array_new ();
  self->date_rows = g_ptr_array_new ();
  gtk_drawing_area_set_draw_func (self->plan_area, draw_plan, self, NULL);
}
