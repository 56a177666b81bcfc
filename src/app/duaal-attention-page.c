/* duaal-attention-page.c: the attention list of a class group
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-accessible.h"
#include "duaal-attention.h"
#include "duaal-attention-page.h"
#include "duaal-coach-view-private.h"
#include "duaal-colour-chip.h"
#include "duaal-live-view-private.h"

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
  gboolean     filling_periods;

  GtkLabel    *title_label;
  GtkLabel    *subtitle_label;
  GtkDropDown *period_dropdown;
  GtkStack    *stack;
  GtkListBox  *list;
  AdwStatusPage *empty_page;
};

G_DEFINE_FINAL_TYPE (DuaalAttentionPage, duaal_attention_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_VIEWER,
  PROP_VIEWER_ID,
  N_PROPS
};

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
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  for (guint a = 0; a < DUAAL_N_ACTORS; a++)
    {
      DuaalActor actor = actor_order[a];
      GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *caption = gtk_label_new (duaal_actor_get_label (actor));
      GtkWidget *chip = duaal_colour_chip_new (item->colours[actor], duaal_actor_get_label (actor));

      gtk_widget_add_css_class (caption, "caption");
      gtk_widget_add_css_class (caption, "dim-label");
      gtk_label_set_xalign (GTK_LABEL (caption), 0);
      gtk_widget_set_size_request (chip, 172, 24);
      gtk_box_append (GTK_BOX (column), caption);
      gtk_box_append (GTK_BOX (column), chip);
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

static GtkWidget *
make_row (DuaalAttentionPage       *self,
          const DuaalAttentionItem *item)
{
  DuaalQualification *qualification = duaal_status_get_qualification (self->status);
  DuaalCompetence *competence = duaal_qualification_find_competence (qualification, item->competence_id);
  DuaalLearner *learner = duaal_status_find_learner (self->status, item->learner_id);
  g_autofree char *subtitle = duaal_coach_view_competence_title (competence);
  g_autofree char *key = NULL;
  GtkWidget *row = adw_action_row_new ();

  if (item->indicators->len > 0)
    {
      g_autofree char *competence_title = g_steal_pointer (&subtitle);
      g_autofree char *opposite = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u indicator: not mastered for one, autonomous for another",
                                                                "%u indicators: not mastered for one, autonomous for another",
                                                                item->indicators->len),
                                                   item->indicators->len);
      subtitle = g_strdup_printf ("%s\n%s", competence_title, opposite);
    }
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), duaal_learner_get_name (learner));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), make_chips (item));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), make_severity (item));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  key = g_strdup_printf ("%" G_GINT64_FORMAT "/%s", item->learner_id, item->competence_id);
  duaal_live_view_set_key (row, key);
  gtk_widget_set_tooltip_text (row, _("Open this learner at this competence"));
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

static void
reload (DuaalAttentionPage *self)
{
  g_autoptr(GError) error = NULL;

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
  clear_list (self);
  for (guint i = 0; i < self->items->len; i++)
    gtk_list_box_append (self->list, make_row (self, g_ptr_array_index (self->items, i)));
  update_titles (self);
  if (self->items->len == 0)
    {
      adw_status_page_set_icon_name (self->empty_page, "emblem-ok-symbolic");
      adw_status_page_set_title (self->empty_page, _("The actors agree"));
      adw_status_page_set_description (self->empty_page,
                                       _("No learner has a competence that one actor sees as acquired and another not, or whose colours lie two steps or more apart."));
    }
  gtk_stack_set_visible_child_name (self->stack, self->items->len > 0 ? "list" : "empty");
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
  g_signal_emit (self, signals[OPEN_LEARNER], 0, item->learner_id, item->competence_id);
}

static void
fill_periods (DuaalAttentionPage *self)
{
  self->filling_periods = TRUE;
  self->period = duaal_coach_view_fill_periods (self->period_dropdown, self->period_numbers, self->store,
                                                self->group_id, self->period);
  self->filling_periods = FALSE;
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
  if (!self->filling_periods &&
      duaal_coach_view_get_selected_period (self->period_dropdown, self->period_numbers, &self->period))
    reload (self);
}

static void
duaal_attention_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DuaalAttentionPage *self = DUAAL_ATTENTION_PAGE (object);

  switch (prop_id)
    {
    case PROP_VIEWER: g_value_set_enum (value, self->viewer); break;
    case PROP_VIEWER_ID: g_value_set_int64 (value, self->viewer_id); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
duaal_attention_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  DuaalAttentionPage *self = DUAAL_ATTENTION_PAGE (object);

  switch (prop_id)
    {
    case PROP_VIEWER: duaal_attention_page_set_viewer (self, g_value_get_enum (value), self->viewer_id); break;
    case PROP_VIEWER_ID: duaal_attention_page_set_viewer (self, self->viewer, g_value_get_int64 (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
duaal_attention_page_dispose (GObject *object)
{
  DuaalAttentionPage *self = DUAAL_ATTENTION_PAGE (object);

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
  g_array_unref (self->period_numbers);
  G_OBJECT_CLASS (duaal_attention_page_parent_class)->finalize (object);
}

static void
duaal_attention_page_class_init (DuaalAttentionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = duaal_attention_page_get_property;
  object_class->set_property = duaal_attention_page_set_property;
  object_class->dispose = duaal_attention_page_dispose;
  object_class->finalize = duaal_attention_page_finalize;
  duaal_coach_view_install_viewer_properties (object_class, PROP_VIEWER);

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
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
duaal_attention_page_init (DuaalAttentionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  duaal_accessible_init_controls (GTK_WIDGET (self));
  self->viewer = DUAAL_VIEWER_COACH;
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) duaal_attention_item_free);
  self->period_numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  g_signal_connect_object (self->period_dropdown, "notify::selected",
                           G_CALLBACK (period_selected_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
duaal_attention_page_new (DuaalStore *store)
{
  DuaalAttentionPage *self;

  g_return_val_if_fail (store == NULL || DUAAL_IS_STORE (store), NULL);

  self = g_object_new (DUAAL_TYPE_ATTENTION_PAGE, NULL);
  self->store = store != NULL ? g_object_ref (store) : NULL;
  if (store != NULL)
    duaal_live_view_follow (GTK_WIDGET (self), store, update);
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
  g_return_if_fail (viewer <= DUAAL_VIEWER_COACH);

  if (self->viewer == viewer && self->viewer_id == viewer_id)
    return;
  self->viewer = viewer;
  self->viewer_id = viewer_id;
  reload (self);
  g_object_notify (G_OBJECT (self), "viewer");
  g_object_notify (G_OBJECT (self), "viewer-id");
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
