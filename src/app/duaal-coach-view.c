/* duaal-coach-view.c: what the coach's pages share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "duaal-coach-view-private.h"
#include "duaal-enums.h"
#include "duaal-status-filter.h"

DuaalStatus *
duaal_coach_view_load_status (DuaalStore   *store,
                              gint64        learner_id,
                              gint64        group_id,
                              guint         period,
                              DuaalViewer   viewer,
                              gint64        viewer_id,
                              GError      **error)
{
  g_autoptr(DuaalStatus) status = NULL;

  if (learner_id > 0)
    status = duaal_store_load_learner_status (store, learner_id, period, error);
  else
    status = duaal_store_load_group_status (store, group_id, period, error);
  if (status == NULL)
    return NULL;
  /* Every page shows only what its viewer may see: the unfiltered
   * status never leaves this function. */
  return duaal_status_filter_for_viewer (status, viewer, viewer_id, error);
}

GPtrArray *
duaal_coach_view_closed_periods (DuaalStore  *store,
                                 gint64       group_id,
                                 GError     **error)
{
  g_autoptr(GPtrArray) periods = duaal_store_list_periods (store, group_id, error);
  GPtrArray *closed;

  if (periods == NULL)
    return NULL;
  closed = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < periods->len; i++)
    {
      DuaalPeriod *period = g_ptr_array_index (periods, i);

      if (duaal_period_is_closed (period))
        g_ptr_array_add (closed, g_object_ref (period));
    }
  return closed;
}

DuaalPeriod *
duaal_coach_view_find_period (GPtrArray *periods,
                              guint      number)
{
  for (guint i = 0; periods != NULL && i < periods->len; i++)
    {
      DuaalPeriod *period = g_ptr_array_index (periods, i);

      if (duaal_period_get_number (period) == number)
        return period;
    }
  return NULL;
}

/* The period's own name, or "Period N" in the reader's language. */
char *
duaal_coach_view_period_name (DuaalPeriod *period)
{
  return g_strdup (duaal_period_get_name (period));
}

#define PERIOD_DATES_KEY "duaal-period-dates"

static void
setup_period_item (GtkSignalListItemFactory *factory,
                   GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *dates = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_xalign (GTK_LABEL (dates), 0);
  gtk_widget_add_css_class (dates, "caption");
  gtk_widget_add_css_class (dates, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), dates);
  gtk_list_item_set_child (item, box);
}

static void
bind_period_item (GtkSignalListItemFactory *factory,
                  GtkListItem              *item)
{
  GObject *string = gtk_list_item_get_item (item);
  GtkWidget *name = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *dates = gtk_widget_get_next_sibling (name);
  const char *dates_text = g_object_get_data (string, PERIOD_DATES_KEY);

  gtk_label_set_text (GTK_LABEL (name), gtk_string_object_get_string (GTK_STRING_OBJECT (string)));
  gtk_label_set_text (GTK_LABEL (dates), dates_text != NULL ? dates_text : "");
  gtk_widget_set_visible (dates, dates_text != NULL);
}

/* A period's dates go under its name in the dropdown's list, so that the
 * button itself stays narrow. */
static void
set_period_list_factory (GtkDropDown *dropdown)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_period_item), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_period_item), NULL);
  gtk_drop_down_set_list_factory (dropdown, factory);
}

/* Appends @label for @period (nullable) with the period's dates. */
static void
append_period_item (GtkStringList *model,
                    const char    *label,
                    DuaalPeriod   *period)
{
  g_autoptr(GObject) item = NULL;

  gtk_string_list_append (model, label);
  item = g_list_model_get_item (G_LIST_MODEL (model), g_list_model_get_n_items (G_LIST_MODEL (model)) - 1);
  if (period != NULL)
    g_object_set_data_full (item, PERIOD_DATES_KEY, duaal_period_format_dates (period), g_free);
}

/* Set on a period dropdown while these helpers change it: the
 * "notify::selected" it emits meanwhile is not the user's choice. */
#define PERIOD_FILLING_KEY "duaal-period-filling"

static DuaalPeriod *
first_open_period (GPtrArray *periods)
{
  for (guint i = 0; periods != NULL && i < periods->len; i++)
    if (!duaal_period_is_closed (g_ptr_array_index (periods, i)))
      return g_ptr_array_index (periods, i);
  return NULL;
}

guint
duaal_coach_view_fill_period_dropdown (GtkDropDown *dropdown,
                                       GArray      *numbers,
                                       GPtrArray   *periods,
                                       const char  *now_label,
                                       guint        period)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  guint selected = 0;

  g_array_set_size (numbers, 0);
  /* Translators: the period dropdown's entry for the current scores */
  append_period_item (model, now_label != NULL ? now_label : _("Now"), first_open_period (periods));
  g_array_append_val (numbers, (guint) { 0 });
  for (guint i = 0; periods != NULL && i < periods->len; i++)
    {
      DuaalPeriod *p = g_ptr_array_index (periods, i);
      g_autofree char *name = NULL;
      g_autofree char *item = NULL;
      guint number = duaal_period_get_number (p);

      if (!duaal_period_is_closed (p))
        continue;
      name = duaal_coach_view_period_name (p);
      /* Translators: a closed period in the period dropdown, "Period 1 (closed)" */
      item = g_strdup_printf (_("%s (closed)"), name);
      append_period_item (model, item, p);
      if (number == period)
        selected = numbers->len;
      g_array_append_val (numbers, number);
    }
  if (gtk_drop_down_get_list_factory (dropdown) == NULL)
    set_period_list_factory (dropdown);
  g_object_set_data (G_OBJECT (dropdown), PERIOD_FILLING_KEY, GINT_TO_POINTER (TRUE));
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (dropdown, selected);
  g_object_set_data (G_OBJECT (dropdown), PERIOD_FILLING_KEY, NULL);
  return g_array_index (numbers, guint, selected);
}

guint
duaal_coach_view_fill_periods (GtkDropDown *dropdown,
                               GArray      *numbers,
                               DuaalStore  *store,
                               gint64       group_id,
                               guint        period)
{
  /* Without periods the dropdown still offers "Now": a failure to list
   * them is not worth an error over the scores. */
  g_autoptr(GPtrArray) periods = store != NULL ? duaal_store_list_periods (store, group_id, NULL) : NULL;

  return duaal_coach_view_fill_period_dropdown (dropdown, numbers, periods, NULL, period);
}

gboolean
duaal_coach_view_get_selected_period (GtkDropDown *dropdown,
                                      GArray      *numbers,
                                      guint       *period)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected >= numbers->len || g_object_get_data (G_OBJECT (dropdown), PERIOD_FILLING_KEY) != NULL)
    return FALSE;
  *period = g_array_index (numbers, guint, selected);
  return TRUE;
}

gboolean
duaal_coach_view_select_period (GtkDropDown *dropdown,
                                GArray      *numbers,
                                guint        period)
{
  for (guint i = 0; i < numbers->len; i++)
    {
      if (g_array_index (numbers, guint, i) != period)
        continue;
      g_object_set_data (G_OBJECT (dropdown), PERIOD_FILLING_KEY, GINT_TO_POINTER (TRUE));
      gtk_drop_down_set_selected (dropdown, i);
      g_object_set_data (G_OBJECT (dropdown), PERIOD_FILLING_KEY, NULL);
      return TRUE;
    }
  return FALSE;
}

char *
duaal_coach_view_competence_title (DuaalCompetence *competence)
{
  return g_strdup_printf ("%u. %s", duaal_competence_get_number (competence),
                          duaal_competence_get_title (competence));
}

void
duaal_coach_view_clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

void
duaal_coach_view_grid_message (GtkGrid    *grid,
                               const char *message)
{
  duaal_coach_view_clear_grid (grid);
  gtk_grid_attach (grid, duaal_coach_view_label (message, "dim-label", NULL), 0, 0, 1, 1);
}

void
duaal_coach_view_show_error (GtkWidget    *page,
                             const char   *heading,
                             const GError *error)
{
  GtkRoot *root = gtk_widget_get_root (page);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       heading, error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

void
duaal_coach_view_clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

GtkWidget *
duaal_coach_view_label (const char *text,
                        const char *css_class,
                        ...)
{
  GtkWidget *label = gtk_label_new (text);
  va_list args;

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* Between words only: a narrow column never breaks a word (a name, a
   * heading) letter by letter; the table scrolls sideways instead. */
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  va_start (args, css_class);
  for (const char *c = css_class; c != NULL; c = va_arg (args, const char *))
    gtk_widget_add_css_class (label, c);
  va_end (args);
  return label;
}

/* Where a page class keeps its viewer (duaal_coach_view_install_viewer()). */
typedef struct {
  gsize                    viewer_offset;
  gsize                    viewer_id_offset;
  DuaalCoachViewSetViewer  set_viewer;
} ViewerFields;

enum {
  PROP_0,
  PROP_VIEWER,
  PROP_VIEWER_ID,
};

static GQuark
viewer_fields_quark (void)
{
  return g_quark_from_static_string ("duaal-coach-view-viewer-fields");
}

static const ViewerFields *
viewer_fields (gpointer page)
{
  return g_type_get_qdata (G_OBJECT_TYPE (page), viewer_fields_quark ());
}

static void
viewer_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  const ViewerFields *fields = viewer_fields (object);

  switch (prop_id)
    {
    case PROP_VIEWER:
      g_value_set_enum (value, G_STRUCT_MEMBER (DuaalViewer, object, fields->viewer_offset));
      break;
    case PROP_VIEWER_ID:
      g_value_set_int64 (value, G_STRUCT_MEMBER (gint64, object, fields->viewer_id_offset));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Through the page's own setter, which reloads what the page shows. */
static void
viewer_set_property (GObject      *object,
                     guint         prop_id,
                     const GValue *value,
                     GParamSpec   *pspec)
{
  const ViewerFields *fields = viewer_fields (object);
  DuaalViewer viewer = G_STRUCT_MEMBER (DuaalViewer, object, fields->viewer_offset);
  gint64 viewer_id = G_STRUCT_MEMBER (gint64, object, fields->viewer_id_offset);

  switch (prop_id)
    {
    case PROP_VIEWER:
      fields->set_viewer (object, g_value_get_enum (value), viewer_id);
      break;
    case PROP_VIEWER_ID:
      fields->set_viewer (object, viewer, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

void
duaal_coach_view_install_viewer (GObjectClass            *klass,
                                 gsize                    viewer_offset,
                                 gsize                    viewer_id_offset,
                                 DuaalCoachViewSetViewer  set_viewer)
{
  ViewerFields *fields;

  g_return_if_fail (set_viewer != NULL);

  /* Kept for the life of the class, as the class itself is. */
  fields = g_new0 (ViewerFields, 1);
  fields->viewer_offset = viewer_offset;
  fields->viewer_id_offset = viewer_id_offset;
  fields->set_viewer = set_viewer;
  g_type_set_qdata (G_OBJECT_CLASS_TYPE (klass), viewer_fields_quark (), fields);
  klass->get_property = viewer_get_property;
  klass->set_property = viewer_set_property;
  g_object_class_install_property (klass, PROP_VIEWER,
    g_param_spec_enum ("viewer", NULL, NULL, DUAAL_TYPE_VIEWER, DUAAL_VIEWER_COACH,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_property (klass, PROP_VIEWER_ID,
    g_param_spec_int64 ("viewer-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
}

gboolean
duaal_coach_view_take_viewer (DuaalViewer *viewer,
                              gint64      *viewer_id,
                              DuaalViewer  new_viewer,
                              gint64       new_viewer_id)
{
  g_return_val_if_fail (new_viewer <= DUAAL_VIEWER_COACH, FALSE);

  if (*viewer == new_viewer && *viewer_id == new_viewer_id)
    return FALSE;
  *viewer = new_viewer;
  *viewer_id = new_viewer_id;
  return TRUE;
}

void
duaal_coach_view_notify_viewer (gpointer page)
{
  g_return_if_fail (G_IS_OBJECT (page));

  g_object_notify (G_OBJECT (page), "viewer");
  g_object_notify (G_OBJECT (page), "viewer-id");
}
