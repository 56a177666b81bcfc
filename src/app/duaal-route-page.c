/* duaal-route-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "duaal-accessible.h"
#include "duaal-coach-view-private.h"
#include "duaal-error.h"
#include "duaal-live-view-private.h"
#include "duaal-route-chart.h"
#include "duaal-route-page.h"
#include "duaal-status-filter.h"
#include "duaal-visibility.h"

/* A printed chart is laid out at least this many units wide and scaled
 * down to the paper, so text keeps the proportions it has on screen. */
#define PRINT_MIN_WIDTH 720.0

struct _DuaalRoutePage
{
  AdwBin            parent_instance;

  DuaalStore       *store;
  gint64            learner_id;
  gint64            group_id;
  guint             period;           /* 0: now */
  gint64            compare_id;       /* 0: none */
  DuaalViewer       viewer;           /* who looks (SPEC section 6) */
  gint64            viewer_id;
  GPtrArray        *periods;          /* (element-type DuaalPeriod) */
  GArray           *period_numbers;   /* guint per period dropdown item; 0 is now */
  GArray           *compare_ids;      /* gint64 per compare dropdown item; 0 is none */
  GError           *error;
  gboolean          syncing;          /* filling the dropdowns, not the user */

  AdwToastOverlay  *toast_overlay;
  GtkDropDown      *period_dropdown;
  GtkDropDown      *compare_dropdown;
  GtkStack         *stack;
  AdwStatusPage    *status_page;
  DuaalRouteView   *view;
};

G_DEFINE_FINAL_TYPE (DuaalRoutePage, duaal_route_page, ADW_TYPE_BIN)

/* The period as the chart's title block names it: NULL is "Now". */
static const char *
duaal_route_page_get_period_label (DuaalRoutePage *self)
{
  DuaalPeriod *period = self->period != 0 ? duaal_coach_view_find_period (self->periods, self->period) : NULL;

  return period != NULL ? duaal_period_get_name (period) : NULL;
}

/* ---- the chart ---- */

/* Through the viewer filter like every view: the route is drawn from
 * what the viewer may see, never from the whole status. */
static DuaalRoute *
load_route (DuaalRoutePage  *self,
            gint64           learner_id,
            GError         **error)
{
  g_autoptr(DuaalStatus) status = duaal_coach_view_load_status (self->store, learner_id, 0, self->period,
                                                                self->viewer, self->viewer_id, error);

  if (status == NULL)
    return NULL;
  if (duaal_status_find_learner (status, learner_id) == NULL)
    {
      g_set_error_literal (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND, _("You may not see this learner’s scores"));
      return NULL;
    }
  return duaal_route_new_from_status (status, learner_id, error);
}

static void
duaal_route_page_set_actions_enabled (DuaalRoutePage *self,
                                      gboolean        enabled)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "route.export", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "route.copy", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "route.print", enabled);
}

static void
duaal_route_page_show_status (DuaalRoutePage *self,
                              const char     *title,
                              const char     *description)
{
  adw_status_page_set_title (self->status_page, title);
  adw_status_page_set_description (self->status_page, description);
  gtk_stack_set_visible_child_name (self->stack, "empty");
  duaal_route_view_set_routes (self->view, NULL, NULL);
  duaal_route_page_set_actions_enabled (self, FALSE);
}

/* Reads the routes of the learner (and the one compared) for the
 * chosen period and shows them, or the reason they cannot be. */
static void
duaal_route_page_load_routes (DuaalRoutePage *self)
{
  g_autoptr(DuaalRoute) route = NULL;
  g_autoptr(DuaalRoute) compare = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_error (&self->error);
  if (self->learner_id == 0)
    {
      duaal_route_page_show_status (self, _("No Learner Chosen"),
                                    _("Choose a learner to see where each competence came up: "
                                      "at the workplace, on campus or in both."));
      return;
    }

  route = load_route (self, self->learner_id, &error);
  if (route != NULL && self->compare_id != 0)
    compare = load_route (self, self->compare_id, &error);
  /* The dropdown offers the class group's learners only, who share its
   * qualification; this keeps it so for whoever sets the compare id. */
  if (compare != NULL && !duaal_route_check_comparable (route, compare, &error))
    g_clear_object (&compare);
  if (error != NULL)
    {
      duaal_route_page_show_status (self, _("Cannot Show the Route"), error->message);
      self->error = g_steal_pointer (&error);
      return;
    }

  duaal_route_view_set_period_label (self->view, duaal_route_page_get_period_label (self));
  duaal_route_view_set_routes (self->view, route, compare);
  gtk_stack_set_visible_child_name (self->stack, "chart");
  duaal_route_page_set_actions_enabled (self, TRUE);
}

/* ---- the dropdowns ---- */

static void
duaal_route_page_fill_periods (DuaalRoutePage *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->periods, g_ptr_array_unref);
  if (self->group_id != 0)
    self->periods = duaal_store_list_periods (self->store, self->group_id, &error);
  if (self->periods == NULL)
    {
      if (error != NULL)
        g_warning ("Cannot list the periods: %s", error->message);
      self->periods = g_ptr_array_new_with_free_func (g_object_unref);
    }

  self->period = duaal_coach_view_fill_period_dropdown (self->period_dropdown, self->period_numbers,
                                                        self->periods, NULL, self->period);
}

/* The class groups whose learners can be compared with the learner's:
 * theirs first, then every other group of the same qualification. */
static GPtrArray *
duaal_route_page_list_comparable_groups (DuaalRoutePage *self)
{
  GPtrArray *comparable = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DuaalClassGroup) own = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GError) error = NULL;

  if (self->group_id == 0 || (own = duaal_store_get_group (self->store, self->group_id, &error)) == NULL)
    return comparable;
  g_ptr_array_add (comparable, g_object_ref (own));
  groups = duaal_store_list_groups (self->store, &error);
  if (groups == NULL)
    {
      g_warning ("Cannot list the class groups: %s", error->message);
      return comparable;
    }
  for (guint i = 0; i < groups->len; i++)
    {
      DuaalClassGroup *group = g_ptr_array_index (groups, i);

      if (duaal_class_group_get_id (group) != self->group_id &&
          g_strcmp0 (duaal_class_group_get_qualification_code (group),
                     duaal_class_group_get_qualification_code (own)) == 0 &&
          duaal_class_group_get_qualification_version (group) == duaal_class_group_get_qualification_version (own))
        g_ptr_array_add (comparable, g_object_ref (group));
    }
  return comparable;
}

static void
duaal_route_page_fill_compare (DuaalRoutePage *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) groups = duaal_route_page_list_comparable_groups (self);
  guint selected = 0;

  g_array_set_size (self->compare_ids, 0);
  /* Translators: "Compare with" nobody: only the learner's own route */
  gtk_string_list_append (labels, _("Nobody"));
  g_array_append_val (self->compare_ids, (gint64) { 0 });

  for (guint g = 0; g < groups->len; g++)
    {
      DuaalClassGroup *group = g_ptr_array_index (groups, g);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) learners = duaal_store_list_learners (self->store, duaal_class_group_get_id (group), &error);

      if (learners == NULL)
        {
          g_warning ("Cannot list the learners: %s", error->message);
          continue;
        }
      for (guint i = 0; i < learners->len; i++)
        {
          DuaalLearner *learner = g_ptr_array_index (learners, i);
          gint64 id = duaal_learner_get_id (learner);
          g_autofree char *label = NULL;

          if (id == self->learner_id || !duaal_viewer_has_in_scope (self->viewer, self->viewer_id, learner))
            continue;
          /* Translators: a learner of another class group, "Anna Claes (6 Elektriciteit)" */
          label = g > 0 ? g_strdup_printf (_("%s (%s)"), duaal_learner_get_name (learner),
                                           duaal_class_group_get_name (group))
                        : g_strdup (duaal_learner_get_name (learner));
          gtk_string_list_append (labels, label);
          if (id == self->compare_id)
            selected = self->compare_ids->len;
          g_array_append_val (self->compare_ids, id);
        }
    }
  if (selected == 0)
    self->compare_id = 0;

  self->syncing = TRUE;
  gtk_drop_down_set_model (self->compare_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->compare_dropdown, selected);
  self->syncing = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->compare_dropdown), self->compare_ids->len > 1);
}

static void
on_period_selected (DuaalRoutePage *self)
{
  guint period;

  if (duaal_coach_view_get_selected_period (self->period_dropdown, self->period_numbers, &period))
    duaal_route_page_set_period (self, period);
}

static void
on_compare_selected (DuaalRoutePage *self)
{
  guint selected = gtk_drop_down_get_selected (self->compare_dropdown);

  if (self->syncing || selected >= self->compare_ids->len)
    return;
  duaal_route_page_set_compare (self, g_array_index (self->compare_ids, gint64, selected));
}

/* ---- public API ---- */

void
duaal_route_page_set_learner (DuaalRoutePage *self,
                              gint64          learner_id)
{
  g_autoptr(DuaalLearner) learner = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (DUAAL_IS_ROUTE_PAGE (self));

  self->learner_id = MAX (learner_id, 0);
  self->group_id = 0;
  self->period = 0;
  self->compare_id = 0;
  if (self->learner_id != 0)
    {
      learner = duaal_store_get_learner (self->store, self->learner_id, &error);
      if (learner != NULL)
        self->group_id = duaal_learner_get_group_id (learner);
    }
  /* The learner compared with is in the same group: the whole group. */
  duaal_live_view_set_subject (GTK_WIDGET (self), self->group_id, 0);
  duaal_route_page_fill_periods (self);
  duaal_route_page_fill_compare (self);

  if (learner == NULL && error != NULL)
    {
      duaal_route_page_show_status (self, _("Cannot Show the Route"), error->message);
      g_clear_error (&self->error);
      self->error = g_steal_pointer (&error);
      return;
    }
  duaal_route_page_load_routes (self);
}

gint64
duaal_route_page_get_learner (DuaalRoutePage *self)
{
  g_return_val_if_fail (DUAAL_IS_ROUTE_PAGE (self), 0);

  return self->learner_id;
}

/* Periods may have closed and learners come or gone meanwhile; the
 * choices stay where they still exist. */
static void
duaal_route_page_update (GtkWidget *widget)
{
  DuaalRoutePage *self = DUAAL_ROUTE_PAGE (widget);

  duaal_route_page_fill_periods (self);
  duaal_route_page_fill_compare (self);
  duaal_route_page_load_routes (self);
}

/* The learner compared with is in the same class group. */
void
duaal_route_page_set_viewer (DuaalRoutePage *self,
                             DuaalViewer     viewer,
                             gint64          viewer_id)
{
  g_return_if_fail (DUAAL_IS_ROUTE_PAGE (self));

  if (!duaal_coach_view_take_viewer (&self->viewer, &self->viewer_id, viewer, viewer_id))
    return;
  duaal_route_page_update (GTK_WIDGET (self));
}

DuaalViewer
duaal_route_page_get_viewer (DuaalRoutePage *self)
{
  g_return_val_if_fail (DUAAL_IS_ROUTE_PAGE (self), DUAAL_VIEWER_COACH);

  return self->viewer;
}

gboolean
duaal_route_page_set_period (DuaalRoutePage *self,
                             guint           period)
{
  gboolean found;

  g_return_val_if_fail (DUAAL_IS_ROUTE_PAGE (self), FALSE);

  found = duaal_coach_view_select_period (self->period_dropdown, self->period_numbers, period);
  if (!found)
    return FALSE;
  self->period = period;
  duaal_route_page_load_routes (self);
  return TRUE;
}

guint
duaal_route_page_get_period (DuaalRoutePage *self)
{
  g_return_val_if_fail (DUAAL_IS_ROUTE_PAGE (self), 0);

  return self->period;
}

gboolean
duaal_route_page_set_compare (DuaalRoutePage *self,
                              gint64          learner_id)
{
  g_return_val_if_fail (DUAAL_IS_ROUTE_PAGE (self), FALSE);

  for (guint i = 0; i < self->compare_ids->len; i++)
    {
      if (g_array_index (self->compare_ids, gint64, i) != learner_id)
        continue;
      self->compare_id = learner_id;
      self->syncing = TRUE;
      gtk_drop_down_set_selected (self->compare_dropdown, i);
      self->syncing = FALSE;
      duaal_route_page_load_routes (self);
      return TRUE;
    }
  return FALSE;
}

gint64
duaal_route_page_get_compare (DuaalRoutePage *self)
{
  g_return_val_if_fail (DUAAL_IS_ROUTE_PAGE (self), 0);

  return self->compare_id;
}

DuaalRouteView *
duaal_route_page_get_view (DuaalRoutePage *self)
{
  g_return_val_if_fail (DUAAL_IS_ROUTE_PAGE (self), NULL);

  return self->view;
}

const GError *
duaal_route_page_get_error (DuaalRoutePage *self)
{
  g_return_val_if_fail (DUAAL_IS_ROUTE_PAGE (self), NULL);

  return self->error;
}

/* ---- export ---- */

static void
on_exported (DuaalExportDialog *dialog,
             const char        *path,
             DuaalRoutePage    *self)
{
  g_autofree char *name = g_filename_display_basename (path);
  /* Translators: a toast after exporting, "Chart saved as Competence route Anna Claes.png" */
  g_autofree char *title = g_strdup_printf (_("Chart saved as %s"), name);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  adw_toast_overlay_add_toast (self->toast_overlay, duaal_export_saved_toast_new (title, file));
}

DuaalExportDialog *
duaal_route_page_open_export_dialog (DuaalRoutePage *self)
{
  GtkRoot *root;
  DuaalExportDialog *dialog;
  DuaalRoute *route;

  g_return_val_if_fail (DUAAL_IS_ROUTE_PAGE (self), NULL);

  route = duaal_route_view_get_route (self->view);
  if (route == NULL)
    return NULL;
  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = duaal_export_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                    route, duaal_route_view_get_compare (self->view),
                                    duaal_route_page_get_period_label (self));
  g_signal_connect_object (dialog, "exported", G_CALLBACK (on_exported), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/* ---- clipboard ---- */

GdkTexture *
duaal_route_page_render_texture (DuaalRoutePage *self,
                                 double          width,
                                 double          scale)
{
  DuaalRoute *route;
  DuaalRoute *compare;
  DuaalRouteChartInfo info = { .period_label = NULL };
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autoptr(GBytes) bytes = NULL;
  GdkTexture *texture;
  double height = 0;
  int pixel_width, pixel_height;

  g_return_val_if_fail (DUAAL_IS_ROUTE_PAGE (self), NULL);
  g_return_val_if_fail (width >= 1 && scale > 0, NULL);

  route = duaal_route_view_get_route (self->view);
  compare = duaal_route_view_get_compare (self->view);
  if (route == NULL)
    return NULL;

  info.period_label = duaal_route_page_get_period_label (self);
  duaal_route_chart_measure (route, compare, &info, width, &height);
  pixel_width = (int) lround (width * scale);
  pixel_height = (int) ceil (height * scale);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixel_width, pixel_height);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  /* Light, as in an export: the image is pasted into documents. */
  duaal_route_chart_draw (cr, route, compare, &info, width, height);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* Cairo's ARGB32 is GDK_MEMORY_DEFAULT: premultiplied, native order. */
  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize) cairo_image_surface_get_stride (surface) * pixel_height);
  texture = gdk_memory_texture_new (pixel_width, pixel_height, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);
  return texture;
}

gboolean
duaal_route_page_copy_to_clipboard (DuaalRoutePage *self)
{
  g_autoptr(GdkTexture) texture = NULL;

  g_return_val_if_fail (DUAAL_IS_ROUTE_PAGE (self), FALSE);

  texture = duaal_route_page_render_texture (self, DUAAL_ROUTE_COPY_WIDTH, DUAAL_ROUTE_COPY_SCALE);
  if (texture == NULL)
    return FALSE;
  gdk_clipboard_set_texture (gtk_widget_get_clipboard (GTK_WIDGET (self)), texture);
  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (_("Chart copied to the clipboard")));
  return TRUE;
}

/* ---- printing ---- */

typedef struct {
  DuaalRoute *route;
  DuaalRoute *compare;
  char       *period_label;
  double      width;          /* the layout's width in chart units */
  double      page_height;    /* a page's height in chart units */
  double      scale;          /* chart units to the page's points */
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_clear_object (&job->route);
  g_clear_object (&job->compare);
  g_free (job->period_label);
  g_free (job);
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  double page_width = gtk_print_context_get_width (context);
  double page_height = gtk_print_context_get_height (context);

  job->width = MAX (page_width, PRINT_MIN_WIDTH);
  job->scale = page_width / job->width;
  job->page_height = page_height / job->scale;
  gtk_print_operation_set_n_pages (operation,
                                   (int) MAX (1, duaal_route_chart_get_n_pages (job->route, job->compare, NULL,
                                                                                job->width, job->page_height)));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  DuaalRouteChartInfo info = { .period_label = job->period_label };

  cairo_save (cr);
  cairo_scale (cr, job->scale, job->scale);
  duaal_route_chart_draw_page (cr, job->route, job->compare, &info, job->width, job->page_height, page);
  cairo_restore (cr);
}

GtkPrintOperation *
duaal_route_page_create_print_operation (DuaalRoutePage *self)
{
  GtkPrintOperation *operation;
  DuaalRoute *route;
  DuaalRoute *compare;
  PrintJob *job;
  g_autofree char *job_name = NULL;

  g_return_val_if_fail (DUAAL_IS_ROUTE_PAGE (self), NULL);

  route = duaal_route_view_get_route (self->view);
  compare = duaal_route_view_get_compare (self->view);
  if (route == NULL)
    return NULL;

  job = g_new0 (PrintJob, 1);
  job->route = g_object_ref (route);
  job->compare = compare != NULL ? g_object_ref (compare) : NULL;
  job->period_label = g_strdup (duaal_route_page_get_period_label (self));

  operation = gtk_print_operation_new ();
  job_name = g_strdup_printf (_("Competence route of %s"),
                              duaal_learner_get_name (duaal_route_get_learner (route)));
  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_object_set_data_full (G_OBJECT (operation), "duaal-print-job", job, print_job_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), job);
  return operation;
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               DuaalRoutePage          *self)
{
  g_autoptr(GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;
  gtk_print_operation_get_error (operation, &error);
  if (error != NULL)
    duaal_coach_view_show_error (GTK_WIDGET (self), _("Could not print the chart"), error);
}

/* ---- actions ---- */

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  duaal_route_page_open_export_dialog (DUAAL_ROUTE_PAGE (widget));
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  duaal_route_page_copy_to_clipboard (DUAAL_ROUTE_PAGE (widget));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  DuaalRoutePage *self = DUAAL_ROUTE_PAGE (widget);
  g_autoptr(GtkPrintOperation) operation = duaal_route_page_create_print_operation (self);
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (operation == NULL)
    return;
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), self, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    duaal_coach_view_show_error (GTK_WIDGET (self), _("Could not print the chart"), error);
}

/* ---- GObject ---- */

GtkWidget *
duaal_route_page_new (DuaalStore *store)
{
  DuaalRoutePage *self;

  g_return_val_if_fail (store != NULL, NULL);

  self = g_object_new (DUAAL_TYPE_ROUTE_PAGE, NULL);
  self->store = g_object_ref (store);
  duaal_live_view_follow (GTK_WIDGET (self), store, duaal_route_page_update);
  return GTK_WIDGET (self);
}

static void
duaal_route_page_dispose (GObject *object)
{
  DuaalRoutePage *self = DUAAL_ROUTE_PAGE (object);

  /* AdwBin unparents its child (the template's toast overlay) itself;
   * gtk_widget_dispose_template() would leave it a dangling pointer. */
  g_clear_object (&self->store);
  g_clear_pointer (&self->periods, g_ptr_array_unref);

  G_OBJECT_CLASS (duaal_route_page_parent_class)->dispose (object);
}

static void
duaal_route_page_finalize (GObject *object)
{
  DuaalRoutePage *self = DUAAL_ROUTE_PAGE (object);

  g_array_unref (self->period_numbers);
  g_array_unref (self->compare_ids);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (duaal_route_page_parent_class)->finalize (object);
}

static void
duaal_route_page_class_init (DuaalRoutePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = duaal_route_page_dispose;
  object_class->finalize = duaal_route_page_finalize;

  g_type_ensure (DUAAL_TYPE_ROUTE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Duaal/ui/duaal-route-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DuaalRoutePage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DuaalRoutePage, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DuaalRoutePage, compare_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DuaalRoutePage, stack);
  gtk_widget_class_bind_template_child (widget_class, DuaalRoutePage, status_page);
  gtk_widget_class_bind_template_child (widget_class, DuaalRoutePage, view);

  gtk_widget_class_install_action (widget_class, "route.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "route.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "route.print", NULL, print_action);
}

static void
duaal_route_page_init (DuaalRoutePage *self)
{
  self->period_numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  self->compare_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->viewer = DUAAL_VIEWER_COACH;

  gtk_widget_init_template (GTK_WIDGET (self));
  duaal_accessible_init_controls (GTK_WIDGET (self));

  g_signal_connect_object (self->period_dropdown, "notify::selected",
                           G_CALLBACK (on_period_selected), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->compare_dropdown, "notify::selected",
                           G_CALLBACK (on_compare_selected), self, G_CONNECT_SWAPPED);
  duaal_route_page_set_actions_enabled (self, FALSE);
}
