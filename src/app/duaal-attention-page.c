/* duaal-attention-page.c: the attention list of a class group
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-accessible.h"
#include "duaal-adaptive-private.h"
#include "duaal-attention.h"
#include "duaal-attention-page.h"
#include "duaal-coach-view-private.h"
#include "duaal-colour-chip.h"
#include "duaal-evaluation-report.h"
#include "duaal-live-view-private.h"
#include "duaal-tooltip.h"

struct _DuaalAttentionPage
{
  AdwBin       parent_instance;

  DuaalStore  *store;
  gint64       group_id;
  DuaalViewer  viewer;
  gint64       viewer_id;
  guint        period;
  DuaalStatus *status;
  GPtrArray   *items;          /* DuaalAttentionItem, in the rows' order */
  GArray      *period_numbers;
  GPtrArray   *who_choices;    /* WhoChoice, by the who dropdown's position */
  gboolean     filling_who;
  gboolean     narrow;         /* the rows stack their parts */
  guint        narrow_idle;
  char        *last_opened;    /* key of the row last activated */

  GtkLabel    *title_label;
  GtkLabel    *subtitle_label;
  GtkDropDown *period_dropdown;
  GtkStack    *stack;
  GtkListBox  *list;
  AdwStatusPage *empty_page;
  GtkDropDown *severity_dropdown;
  GtkDropDown *who_dropdown;
  GtkBox      *warnings_box;   /* the early warnings (SPEC 15), above the list */
};

/* The early warnings listed above the attention items, at most. */
#define MAX_WARNINGS_SHOWN 6

/* An actor's colour on a row: the colour's words, or its symbol. */
#define CHIP_WIDTH 104

/* Narrower than this, a row puts the colours under the names. */
#define NARROW_WIDTH 640

/* An entry of the "trainer or company" filter: everyone (kind 0), the
 * learners of one trainer, or of one company, by name. */
typedef enum {
  WHO_EVERYONE,
  WHO_TRAINER,
  WHO_COMPANY,
} WhoKind;

typedef struct {
  WhoKind  kind;
  char    *name;
} WhoChoice;

static void
who_choice_free (WhoChoice *choice)
{
  g_free (choice->name);
  g_free (choice);
}

G_DEFINE_FINAL_TYPE (DuaalAttentionPage, duaal_attention_page, ADW_TYPE_BIN)

enum {
  OPEN_LEARNER,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const DuaalActor actor_order[DUAAL_N_ACTORS] = {
  DUAAL_ACTOR_LEARNER, DUAAL_ACTOR_TEACHER, DUAAL_ACTOR_TRAINER,
};

static GtkWidget *
make_chips (const DuaalAttentionItem *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  for (guint a = 0; a < DUAAL_N_ACTORS; a++)
    {
      DuaalActor actor = actor_order[a];
      GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *caption = gtk_label_new (duaal_actor_get_label (actor));
      GtkWidget *chip = duaal_colour_chip_new (item->colours[actor], duaal_actor_get_label (actor));
      GtkWidget *clamp = adw_clamp_new ();

      gtk_widget_add_css_class (caption, "caption");
      gtk_widget_add_css_class (caption, "dim-label");
      gtk_label_set_xalign (GTK_LABEL (caption), 0);
      /* One width on every row, so the colours line up down the list
       * (a chip would take more when there is room). */
      adw_clamp_set_maximum_size (ADW_CLAMP (clamp), CHIP_WIDTH);
      adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), CHIP_WIDTH);
      adw_clamp_set_child (ADW_CLAMP (clamp), chip);
      gtk_widget_set_size_request (chip, CHIP_WIDTH, 22);
      gtk_box_append (GTK_BOX (column), caption);
      gtk_box_append (GTK_BOX (column), clamp);
      gtk_box_append (GTK_BOX (box), column);
    }
  return box;
}

static GtkWidget *
make_severity (const DuaalAttentionItem *item)
{
  /* Severity is the distance in steps on red < orange < light green <
   * dark green (1: one step, but across the acquired line). */
  g_autofree char *text = g_strdup_printf (_("Severity %u"), item->severity);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (label, 70, -1);
  gtk_widget_add_css_class (label, item->severity >= 2 ? "error" : "warning");
  gtk_widget_add_css_class (label, "heading");
  return label;
}

/* A screen reader reads the row as "Ann Peeters, 3. Installs sockets,
 * Severity 2", then each actor's colour. */
static void
describe_row (GtkWidget                *row,
              DuaalLearner             *learner,
              DuaalCompetence          *competence,
              const DuaalAttentionItem *item)
{
  g_autofree char *title = duaal_coach_view_competence_title (competence);
  g_autofree char *severity = g_strdup_printf (_("Severity %u"), item->severity);
  g_autofree char *label = g_strjoin (", ", duaal_learner_get_name (learner), title, severity, NULL);
  g_autoptr(GString) colours = g_string_new (NULL);

  for (guint a = 0; a < DUAAL_N_ACTORS; a++)
    g_string_append_printf (colours, "%s%s: %s", a > 0 ? "; " : "",
                            duaal_actor_get_label (actor_order[a]),
                            duaal_colour_get_label (item->colours[actor_order[a]]));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, colours->str,
                                  -1);
}

/* Names and competence at the start; colours, severity and the arrow
 * beside them, or under them on a narrow window (update_narrow()). */
static GtkWidget *
make_row_content (DuaalAttentionPage       *self,
                  const DuaalAttentionItem *item,
                  DuaalLearner             *learner,
                  DuaalCompetence          *competence)
{
  g_autofree char *competence_title = duaal_coach_view_competence_title (competence);
  GtkWidget *content = gtk_box_new (self->narrow ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *side = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  gtk_widget_set_margin_top (content, 6);
  gtk_widget_set_margin_bottom (content, 6);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (text), duaal_coach_view_label (duaal_learner_get_name (learner), "heading", NULL));
  gtk_box_append (GTK_BOX (text), duaal_coach_view_label (competence_title, "caption", "dim-label", NULL));
  /* The words ask for little: the colours get their width first, the
   * same on every row, and the words take the rest. */
  for (GtkWidget *label = gtk_widget_get_first_child (text); label != NULL; label = gtk_widget_get_next_sibling (label))
    gtk_label_set_max_width_chars (GTK_LABEL (label), 10);
  if (item->indicators->len > 0)
    {
      g_autofree char *opposite = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u indicator: not mastered for one, autonomous for another",
                                                                "%u indicators: not mastered for one, autonomous for another",
                                                                item->indicators->len),
                                                   item->indicators->len);
      GtkWidget *label = duaal_coach_view_label (opposite, "caption", "warning", NULL);

      gtk_label_set_max_width_chars (GTK_LABEL (label), 10);
      gtk_box_append (GTK_BOX (text), label);
    }
  gtk_widget_set_valign (arrow, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (side), make_chips (item));
  gtk_box_append (GTK_BOX (side), make_severity (item));
  gtk_box_append (GTK_BOX (side), arrow);
  gtk_box_append (GTK_BOX (content), text);
  gtk_box_append (GTK_BOX (content), side);
  return content;
}

static GtkWidget *
make_row (DuaalAttentionPage       *self,
          const DuaalAttentionItem *item)
{
  DuaalQualification *qualification = duaal_status_get_qualification (self->status);
  DuaalCompetence *competence = duaal_qualification_find_competence (qualification, item->competence_id);
  DuaalLearner *learner = duaal_status_find_learner (self->status, item->learner_id);
  g_autofree char *key = NULL;
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), make_row_content (self, item, learner, competence));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  key = g_strdup_printf ("%" G_GINT64_FORMAT "/%s", item->learner_id, item->competence_id);
  duaal_live_view_set_key (row, key);
  duaal_widget_set_tooltip (row, _("Open this learner at this competence"));
  describe_row (row, learner, competence, item);
  return row;
}

static void
clear_list (DuaalAttentionPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
}

static void
show_message (DuaalAttentionPage *self,
              const char         *title,
              const char         *description)
{
  clear_list (self);
  adw_status_page_set_title (self->empty_page, title);
  adw_status_page_set_description (self->empty_page, description);
  adw_status_page_set_icon_name (self->empty_page, "dialog-information-symbolic");
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
update_titles (DuaalAttentionPage *self)
{
  g_autoptr(DuaalClassGroup) group = duaal_store_get_group (self->store, self->group_id, NULL);
  g_autofree char *subtitle = NULL;

  gtk_label_set_text (self->title_label, group != NULL ? duaal_class_group_get_name (group) : "");
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u competence needs attention: the actors see it differently",
                                           "%u competences need attention: the actors see them differently",
                                           self->items->len),
                              self->items->len);
  gtk_label_set_text (self->subtitle_label, subtitle);
}

static gboolean is_filtered (DuaalAttentionPage *self);

static gboolean
who_choice_equal (const WhoChoice *a,
                  const WhoChoice *b)
{
  return a->kind == b->kind && g_strcmp0 (a->name, b->name) == 0;
}

static void
add_who_choice (GPtrArray  *choices,
                WhoKind     kind,
                const char *name)
{
  WhoChoice wanted = { kind, (char *) name };
  WhoChoice *choice;

  if (name == NULL || name[0] == '\0')
    return;
  for (guint i = 0; i < choices->len; i++)
    if (who_choice_equal (g_ptr_array_index (choices, i), &wanted))
      return;
  choice = g_new0 (WhoChoice, 1);
  choice->kind = kind;
  choice->name = g_strdup (name);
  g_ptr_array_add (choices, choice);
}

static int
compare_who_choices (gconstpointer a,
                     gconstpointer b)
{
  const WhoChoice *left = *(const WhoChoice **) a;
  const WhoChoice *right = *(const WhoChoice **) b;

  if (left->kind != right->kind)
    return (int) left->kind - (int) right->kind;
  return g_utf8_collate (left->name, right->name);
}

static char *
who_choice_label (const WhoChoice *choice)
{
  switch (choice->kind)
    {
    case WHO_TRAINER:
      /* Translators: the attention list's filter, "Trainer: Karel De Smet" */
      return g_strdup_printf (_("Trainer: %s"), choice->name);
    case WHO_COMPANY:
      /* Translators: the attention list's filter, "Company: Elektro De Smet bv" */
      return g_strdup_printf (_("Company: %s"), choice->name);
    case WHO_EVERYONE:
    default:
      return g_strdup (_("Every trainer and company"));
    }
}

static gboolean
same_who_choices (GPtrArray *a,
                  GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!who_choice_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;
  return TRUE;
}

/* The trainers and companies of the group's learners, the choice made
 * kept when it still can be. */
static void
fill_who (DuaalAttentionPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->who_dropdown);
  g_autoptr(GPtrArray) choices = g_ptr_array_new_with_free_func ((GDestroyNotify) who_choice_free);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GPtrArray *learners = duaal_status_get_learners (self->status);
  WhoChoice *before = selected < self->who_choices->len ? g_ptr_array_index (self->who_choices, selected) : NULL;
  guint keep = 0;

  for (guint i = 0; i < learners->len; i++)
    {
      DuaalLearner *learner = g_ptr_array_index (learners, i);

      add_who_choice (choices, WHO_TRAINER, duaal_learner_get_trainer_name (learner));
      add_who_choice (choices, WHO_COMPANY, duaal_learner_get_company_name (learner));
    }
  g_ptr_array_sort (choices, compare_who_choices);
  add_who_choice (choices, WHO_EVERYONE, "-");
  g_ptr_array_insert (choices, 0, g_ptr_array_steal_index (choices, choices->len - 1));
  /* The same choices: the dropdown stays as it is (this may run while
   * it tells of a choice made). */
  if (same_who_choices (choices, self->who_choices))
    return;

  for (guint i = 0; i < choices->len; i++)
    {
      g_autofree char *label = who_choice_label (g_ptr_array_index (choices, i));

      gtk_string_list_append (labels, label);
      if (before != NULL && who_choice_equal (before, g_ptr_array_index (choices, i)))
        keep = i;
    }

  self->filling_who = TRUE;
  g_ptr_array_unref (self->who_choices);
  self->who_choices = g_steal_pointer (&choices);
  gtk_drop_down_set_model (self->who_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->who_dropdown, keep);
  self->filling_who = FALSE;
}

static gboolean
matches_who (DuaalAttentionPage       *self,
             const DuaalAttentionItem *item,
             const WhoChoice          *who)
{
  DuaalLearner *learner = duaal_status_find_learner (self->status, item->learner_id);

  switch (who->kind)
    {
    case WHO_TRAINER:
      return learner != NULL && g_strcmp0 (duaal_learner_get_trainer_name (learner), who->name) == 0;
    case WHO_COMPANY:
      return learner != NULL && g_strcmp0 (duaal_learner_get_company_name (learner), who->name) == 0;
    case WHO_EVERYONE:
    default:
      return TRUE;
    }
}

/* Severity 1, 2 or more, or 3: the dropdown's position plus one. */
static void
filter_items (DuaalAttentionPage *self)
{
  guint least = gtk_drop_down_get_selected (self->severity_dropdown) + 1;
  guint who_index = gtk_drop_down_get_selected (self->who_dropdown);
  const WhoChoice *who = who_index < self->who_choices->len ? g_ptr_array_index (self->who_choices, who_index) : NULL;

  for (guint i = self->items->len; i > 0; i--)
    {
      const DuaalAttentionItem *item = g_ptr_array_index (self->items, i - 1);

      if (item->severity < least || (who != NULL && !matches_who (self, item, who)))
        g_ptr_array_remove_index (self->items, i - 1);
    }
}

/* The early warnings after the last closed period (SPEC 15), for the
 * coach and the group's teachers, one line per learner and warning. */
static void
fill_warnings (DuaalAttentionPage *self)
{
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GPtrArray) learners = NULL;
  g_autoptr(DuaalClassGroup) group = NULL;
  g_autoptr(DuaalQualification) qualification = NULL;
  GtkWidget *line_widget;

  duaal_coach_view_clear_box (self->warnings_box);
  gtk_widget_set_visible (GTK_WIDGET (self->warnings_box), FALSE);
  if (self->store == NULL || self->group_id <= 0
      || (self->viewer != DUAAL_VIEWER_COACH && self->viewer != DUAAL_VIEWER_TEACHER))
    return;
  warnings = duaal_evaluation_list_warnings (self->store, self->group_id, NULL);
  learners = duaal_store_list_learners (self->store, self->group_id, NULL);
  group = duaal_store_get_group (self->store, self->group_id, NULL);
  if (warnings == NULL || warnings->len == 0 || learners == NULL || group == NULL)
    return;
  qualification = duaal_store_get_qualification (self->store, duaal_class_group_get_qualification_code (group),
                                                 duaal_class_group_get_qualification_version (group), NULL);

  line_widget = duaal_coach_view_label (_("Early warnings after the last closed period"), "heading", NULL);
  gtk_widget_set_margin_top (line_widget, 10);
  gtk_box_append (self->warnings_box, line_widget);
  /* The first few only, so that the attention items stay in sight; the
   * sidebar and the visits view count them all. */
  for (guint i = 0; i < MIN (warnings->len, MAX_WARNINGS_SHOWN); i++)
    {
      DuaalWarning *warning = g_ptr_array_index (warnings, i);
      DuaalCompetence *competence = qualification != NULL && warning->competence_id != NULL
        ? duaal_qualification_find_competence (qualification, warning->competence_id) : NULL;
      g_autofree char *what = duaal_warning_describe (warning, competence != NULL
                                                               ? duaal_competence_get_title (competence) : NULL);
      g_autofree char *line = NULL;
      const char *name = "";

      for (guint l = 0; l < learners->len; l++)
        if (duaal_learner_get_id (g_ptr_array_index (learners, l)) == warning->learner_id)
          name = duaal_learner_get_name (g_ptr_array_index (learners, l));
      /* Translators: "Jonas Peeters: The trainer did not score anything in period 2" */
      line = g_strdup_printf (_("%s: %s"), name, what);
      line_widget = duaal_coach_view_label (line, NULL);
      gtk_box_append (self->warnings_box, line_widget);
    }
  if (warnings->len > MAX_WARNINGS_SHOWN)
    {
      guint more = warnings->len - MAX_WARNINGS_SHOWN;
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "… and %u more", "… and %u more",
                                                            more), more);

      line_widget = duaal_coach_view_label (text, "dim-label", NULL);
      gtk_box_append (self->warnings_box, line_widget);
    }
  gtk_widget_set_margin_bottom (line_widget, 10);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->warnings_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gtk_widget_set_margin_start (child, 12);
      gtk_widget_set_margin_end (child, 12);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->warnings_box), TRUE);
}

static void
reload (DuaalAttentionPage *self)
{
  g_autoptr(GError) error = NULL;

  fill_warnings (self);
  g_clear_object (&self->status);
  g_ptr_array_set_size (self->items, 0);
  gtk_label_set_text (self->title_label, "");
  gtk_label_set_text (self->subtitle_label, "");
  if (self->store == NULL || self->group_id <= 0)
    {
      show_message (self, _("No class group chosen"), NULL);
      return;
    }
  self->status = duaal_coach_view_load_status (self->store, 0, self->group_id, self->period,
                                               self->viewer, self->viewer_id, &error);
  if (self->status == NULL)
    {
      show_message (self, _("The attention list could not be read"), error->message);
      return;
    }

  g_clear_pointer (&self->items, g_ptr_array_unref);
  self->items = duaal_attention_collect (self->status);
  fill_who (self);
  filter_items (self);
  clear_list (self);
  for (guint i = 0; i < self->items->len; i++)
    gtk_list_box_append (self->list, make_row (self, g_ptr_array_index (self->items, i)));
  update_titles (self);
  if (self->items->len == 0 && is_filtered (self))
    {
      adw_status_page_set_icon_name (self->empty_page, "edit-find-symbolic");
      adw_status_page_set_title (self->empty_page, _("Nothing Matches"));
      adw_status_page_set_description (self->empty_page,
                                       _("No competence needs attention for the severity and the trainer or company chosen."));
    }
  else if (self->items->len == 0)
    {
      adw_status_page_set_icon_name (self->empty_page, "emblem-ok-symbolic");
      adw_status_page_set_title (self->empty_page, _("The actors agree"));
      adw_status_page_set_description (self->empty_page,
                                       _("No learner has a competence that one actor sees as acquired and another not, or whose colours lie two steps or more apart."));
    }
  gtk_stack_set_visible_child_name (self->stack, self->items->len > 0 ? "list" : "empty");
}

static gboolean
is_filtered (DuaalAttentionPage *self)
{
  return gtk_drop_down_get_selected (self->severity_dropdown) > 0 ||
         gtk_drop_down_get_selected (self->who_dropdown) > 0;
}

static void
filter_changed_cb (DuaalAttentionPage *self)
{
  if (!self->filling_who)
    reload (self);
}

/* Back from the learner: the row opened has the focus again, so the
 * list is where the coach left it. */
void
duaal_attention_page_focus_last_opened (DuaalAttentionPage *self)
{
  g_return_if_fail (DUAAL_IS_ATTENTION_PAGE (self));

  GtkWidget *row = self->last_opened != NULL ? duaal_live_view_find_key (GTK_WIDGET (self->list),
                                                                         self->last_opened) : NULL;

  if (row != NULL)
    gtk_widget_grab_focus (row);
}

/* The rows stack their parts on a narrow window; the switch waits for
 * idle, as the window's layout is running when the width is known. */
static gboolean
update_narrow (gpointer user_data)
{
  DuaalAttentionPage *self = DUAAL_ATTENTION_PAGE (user_data);

  self->narrow_idle = 0;
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *content = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));

      if (GTK_IS_ORIENTABLE (content))
        gtk_orientable_set_orientation (GTK_ORIENTABLE (content),
                                        self->narrow ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL);
    }
  return G_SOURCE_REMOVE;
}

static void
duaal_attention_page_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  DuaalAttentionPage *self = DUAAL_ATTENTION_PAGE (widget);
  gboolean narrow = duaal_adaptive_get_room (widget, width) < NARROW_WIDTH;

  duaal_adaptive_bin_allocate_child (widget, width, height, baseline);
  if (narrow != self->narrow)
    {
      self->narrow = narrow;
      if (self->narrow_idle == 0)
        self->narrow_idle = g_idle_add (update_narrow, self);
    }
}

static void
row_activated_cb (DuaalAttentionPage *self,
                  GtkListBoxRow      *row)
{
  int index = gtk_list_box_row_get_index (row);
  const DuaalAttentionItem *item;

  if (index < 0 || (guint) index >= self->items->len)
    return;
  item = g_ptr_array_index (self->items, index);
  g_free (self->last_opened);
  self->last_opened = g_strdup (duaal_live_view_get_key (GTK_WIDGET (self->list), GTK_WIDGET (row)));
  g_signal_emit (self, signals[OPEN_LEARNER], 0, item->learner_id, item->competence_id);
}

static void
fill_periods (DuaalAttentionPage *self)
{
  self->period = duaal_coach_view_fill_periods (self->period_dropdown, self->period_numbers, self->store,
                                                self->group_id, self->period);
}

/* Periods may have closed meanwhile; the one shown stays if it still can. */
static void
update (GtkWidget *widget)
{
  DuaalAttentionPage *self = DUAAL_ATTENTION_PAGE (widget);

  fill_periods (self);
  reload (self);
}

static void
period_selected_cb (DuaalAttentionPage *self)
{
  if (duaal_coach_view_get_selected_period (self->period_dropdown, self->period_numbers, &self->period))
    reload (self);
}

static void
duaal_attention_page_dispose (GObject *object)
{
  DuaalAttentionPage *self = DUAAL_ATTENTION_PAGE (object);

  g_clear_handle_id (&self->narrow_idle, g_source_remove);
  g_clear_object (&self->status);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), DUAAL_TYPE_ATTENTION_PAGE);
  G_OBJECT_CLASS (duaal_attention_page_parent_class)->dispose (object);
}

static void
duaal_attention_page_finalize (GObject *object)
{
  DuaalAttentionPage *self = DUAAL_ATTENTION_PAGE (object);

  g_ptr_array_unref (self->items);
  g_ptr_array_unref (self->who_choices);
  g_array_unref (self->period_numbers);
  g_free (self->last_opened);
  G_OBJECT_CLASS (duaal_attention_page_parent_class)->finalize (object);
}

static void
duaal_attention_page_class_init (DuaalAttentionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = duaal_attention_page_dispose;
  object_class->finalize = duaal_attention_page_finalize;
  widget_class->measure = duaal_adaptive_bin_measure;
  widget_class->size_allocate = duaal_attention_page_size_allocate;
  duaal_coach_view_install_viewer (object_class, G_STRUCT_OFFSET (DuaalAttentionPage, viewer),
                                   G_STRUCT_OFFSET (DuaalAttentionPage, viewer_id),
                                   (DuaalCoachViewSetViewer) duaal_attention_page_set_viewer);

  /* @learner_id, @competence_id: the entry activated; open the learner
   * at that competence with the disagreeing indicators marked. */
  signals[OPEN_LEARNER] = g_signal_new ("open-learner", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Duaal/ui/duaal-attention-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DuaalAttentionPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, DuaalAttentionPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, DuaalAttentionPage, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DuaalAttentionPage, stack);
  gtk_widget_class_bind_template_child (widget_class, DuaalAttentionPage, list);
  gtk_widget_class_bind_template_child (widget_class, DuaalAttentionPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, DuaalAttentionPage, severity_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DuaalAttentionPage, who_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
duaal_attention_page_init (DuaalAttentionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  duaal_accessible_init_controls (GTK_WIDGET (self));
  self->viewer = DUAAL_VIEWER_COACH;
  self->warnings_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 4));
  gtk_widget_add_css_class (GTK_WIDGET (self->warnings_box), "card");
  gtk_widget_set_margin_start (GTK_WIDGET (self->warnings_box), 18);
  gtk_widget_set_margin_end (GTK_WIDGET (self->warnings_box), 18);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->warnings_box), 12);
  g_object_set (self->warnings_box, "margin-top", 0, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->warnings_box), FALSE);
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->stack))),
                              GTK_WIDGET (self->warnings_box),
                              gtk_widget_get_prev_sibling (GTK_WIDGET (self->stack)));
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) duaal_attention_item_free);
  self->period_numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  self->who_choices = g_ptr_array_new_with_free_func ((GDestroyNotify) who_choice_free);
  g_signal_connect_object (self->period_dropdown, "notify::selected",
                           G_CALLBACK (period_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->severity_dropdown, "notify::selected",
                           G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->who_dropdown, "notify::selected",
                           G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
duaal_attention_page_new (DuaalStore *store)
{
  DuaalAttentionPage *self;

  g_return_val_if_fail (store == NULL || DUAAL_IS_STORE (store), NULL);

  self = g_object_new (DUAAL_TYPE_ATTENTION_PAGE, NULL);
  self->store = duaal_live_view_follow_store (GTK_WIDGET (self), store, update);
  reload (self);
  return GTK_WIDGET (self);
}

void
duaal_attention_page_set_group (DuaalAttentionPage *self,
                                gint64              group_id)
{
  g_return_if_fail (DUAAL_IS_ATTENTION_PAGE (self));

  /* The same group stays as it is: it is current by itself. */
  if (self->group_id == group_id)
    return;
  self->group_id = group_id;
  duaal_live_view_set_subject (GTK_WIDGET (self), group_id, 0);
  self->period = 0;
  fill_periods (self);
  reload (self);
}

void
duaal_attention_page_set_viewer (DuaalAttentionPage *self,
                                 DuaalViewer         viewer,
                                 gint64              viewer_id)
{
  g_return_if_fail (DUAAL_IS_ATTENTION_PAGE (self));

  if (!duaal_coach_view_take_viewer (&self->viewer, &self->viewer_id, viewer, viewer_id))
    return;
  reload (self);
  duaal_coach_view_notify_viewer (self);
}

void
duaal_attention_page_set_period (DuaalAttentionPage *self,
                                 guint               period)
{
  g_return_if_fail (DUAAL_IS_ATTENTION_PAGE (self));

  self->period = period;
  fill_periods (self);
  reload (self);
}

GPtrArray *
duaal_attention_page_get_items (DuaalAttentionPage *self)
{
  g_return_val_if_fail (DUAAL_IS_ATTENTION_PAGE (self), NULL);
  return self->items;
}

void
duaal_attention_page_activate (DuaalAttentionPage *self,
                               guint               index)
{
  GtkListBoxRow *row;

  g_return_if_fail (DUAAL_IS_ATTENTION_PAGE (self));

  row = gtk_list_box_get_row_at_index (self->list, index);
  g_return_if_fail (row != NULL);
  g_signal_emit_by_name (row, "activate");
}

void
duaal_attention_page_set_filter (DuaalAttentionPage *self,
                                 guint               least_severity,
                                 const char         *trainer,
                                 const char         *company)
{
  WhoChoice wanted = { trainer != NULL ? WHO_TRAINER : company != NULL ? WHO_COMPANY : WHO_EVERYONE,
                       (char *) (trainer != NULL ? trainer : company) };
  guint who = 0;

  g_return_if_fail (DUAAL_IS_ATTENTION_PAGE (self));
  g_return_if_fail (least_severity >= 1 && least_severity <= 3);

  for (guint i = 1; i < self->who_choices->len; i++)
    if (who_choice_equal (g_ptr_array_index (self->who_choices, i), &wanted))
      who = i;
  gtk_drop_down_set_selected (self->severity_dropdown, least_severity - 1);
  gtk_drop_down_set_selected (self->who_dropdown, who);
}
