/* test-route-page.c: the competence route page, driven as a user would
 *
 * The page in a window of its own on a temporary database with the demo
 * loaded: the learner's chart, a second learner side by side, the
 * period, export through the dialog's own code path, the clipboard,
 * printing to a PDF, a dark style, and an unknown learner.  Writes the
 * screenshots route.png and route-compare.png.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "duaal-demo.h"
#include "duaal-error.h"
#include "duaal-export-dialog.h"
#include "duaal-route-chart.h"
#include "duaal-route-page.h"
#include "duaal-sqlite-store.h"
#include "duaal-test-ui.h"

typedef struct {
  char           *dir;
  DuaalStore     *store;
  gint64          group_id;
  GPtrArray      *learners;     /* (element-type DuaalLearner) in the group's order */
  GtkWindow      *window;
  DuaalRoutePage *page;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *database = NULL;
  guint n_learners = 0;

  fixture->dir = duaal_test_ui_make_tmp_dir ();
  database = g_build_filename (fixture->dir, "duaal.db", NULL);
  fixture->store = DUAAL_STORE (duaal_sqlite_store_open (database, &error));
  g_assert_no_error (error);
  g_assert_true (duaal_demo_load (fixture->store, &fixture->group_id, &n_learners, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_learners, ==, 4);
  fixture->learners = duaal_store_list_learners (fixture->store, fixture->group_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->learners->len, ==, 4);

  fixture->window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_title (fixture->window, "Duaal");
  gtk_window_set_default_size (fixture->window, 1100, 900);
  fixture->page = DUAAL_ROUTE_PAGE (duaal_route_page_new (fixture->store));
  adw_window_set_content (ADW_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
  duaal_test_ui_wait_until_drawn (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *toplevel;

  /* Dialogs a failing test left open go first. */
  while ((toplevel = duaal_test_ui_find_toplevel (GTK_TYPE_WINDOW)) != NULL)
    if (toplevel != GTK_WIDGET (fixture->window))
      gtk_window_destroy (GTK_WINDOW (toplevel));
    else
      break;
  gtk_window_destroy (fixture->window);
  duaal_test_ui_process_events ();
  g_ptr_array_unref (fixture->learners);
  g_object_unref (fixture->store);
  duaal_test_ui_remove_tmp_dir (fixture->dir);
  g_free (fixture->dir);
}

static gint64
learner_id (Fixture *fixture,
            guint    position)
{
  return duaal_learner_get_id (g_ptr_array_index (fixture->learners, position));
}

static const char *
learner_name (Fixture *fixture,
              guint    position)
{
  return duaal_learner_get_name (g_ptr_array_index (fixture->learners, position));
}

/* The page's dropdowns in reading order: period, then "Compare with". */
static void
collect_dropdowns (GtkWidget *widget,
                   GPtrArray *found)
{
  if (GTK_IS_DROP_DOWN (widget))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_dropdowns (child, found);
}

static GtkDropDown *
get_dropdown (Fixture *fixture,
              guint    position)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_dropdowns (GTK_WIDGET (fixture->page), found);
  g_assert_cmpuint (found->len, ==, 2);
  return g_ptr_array_index (found, position);
}

static const char *
dropdown_item (GtkDropDown *dropdown,
               guint        position)
{
  return gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (dropdown)), position);
}

static void
assert_png_size (const char *path,
                 guint       width,
                 guint       min_height)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  const guchar *bytes;
  guint32 png_width, png_height;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 24);
  bytes = (const guchar *) contents;
  g_assert_cmpmem (bytes, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpmem (bytes + 12, 4, "IHDR", 4);
  png_width = GUINT32_FROM_BE (*(guint32 *) (bytes + 16));
  png_height = GUINT32_FROM_BE (*(guint32 *) (bytes + 20));
  g_assert_cmpuint (png_width, ==, width);
  g_assert_cmpuint (png_height, >=, min_height);
}

static gboolean
is_gone (gpointer user_data)
{
  GtkWidget **widget = user_data;

  return *widget == NULL || !gtk_widget_get_visible (*widget);
}

/* ---- the tests ---- */

/* The first learner now: one column, named, read aloud, in Dutch. */
/* The chart in the view is measured in the view's own font. */
static const PangoFontDescription *
widget_font (DuaalRouteView *view)
{
  return pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (view)));
}

static void
test_learner (Fixture       *fixture,
              gconstpointer  data)
{
  DuaalRouteView *view = duaal_route_page_get_view (fixture->page);
  GtkDropDown *period = get_dropdown (fixture, 0);
  GtkDropDown *compare = get_dropdown (fixture, 1);
  DuaalRoute *route;
  const char *description;
  g_auto(GStrv) lines = NULL;
  double height = 0;

  g_assert_cmpuint (duaal_route_view_get_n_columns (view), ==, 0);
  g_assert_nonnull (duaal_test_ui_find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_STATUS_PAGE,
                                               "Geen lerende gekozen"));

  duaal_route_page_set_learner (fixture->page, learner_id (fixture, 0));
  duaal_test_ui_wait_until_drawn (GTK_WIDGET (view));

  g_assert_null (duaal_route_page_get_error (fixture->page));
  g_assert_cmpint (duaal_route_page_get_learner (fixture->page), ==, learner_id (fixture, 0));
  g_assert_cmpuint (duaal_route_view_get_n_columns (view), ==, 1);
  route = duaal_route_view_get_route (view);
  g_assert_nonnull (route);
  g_assert_cmpint (duaal_learner_get_id (duaal_route_get_learner (route)), ==, learner_id (fixture, 0));
  g_assert_cmpuint (duaal_route_get_period (route), ==, 0);
  g_assert_null (duaal_route_view_get_compare (view));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));

  /* As high as the chart at the width it got: nothing cut off. */
  duaal_route_chart_measure (route, NULL, &(DuaalRouteChartInfo) { .font = widget_font (view) },
                             gtk_widget_get_width (GTK_WIDGET (view)), &height);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (view)), >=, (int) height);

  /* Periods: now and the demo's closed period 1; nobody compared. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (period)), ==, 2);
  g_assert_cmpstr (dropdown_item (period, 0), ==, "Nu");
  g_assert_cmpuint (gtk_drop_down_get_selected (period), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (compare)), ==, 4);
  g_assert_cmpstr (dropdown_item (compare, 0), ==, "Niemand");
  g_assert_cmpstr (dropdown_item (compare, 1), ==, learner_name (fixture, 1));
  g_assert_cmpuint (gtk_drop_down_get_selected (compare), ==, 0);

  /* What a screen reader says: the learner, then one line per competence. */
  g_assert_nonnull (strstr (duaal_chart_view_get_accessible_label (DUAAL_CHART_VIEW (view)), learner_name (fixture, 0)));
  description = duaal_chart_view_get_accessible_description (DUAAL_CHART_VIEW (view));
  g_assert_nonnull (description);
  lines = g_strsplit (description, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, duaal_route_get_n_rows (route));
  g_assert_nonnull (strstr (lines[0], "indicatoren"));

  g_assert_true (gtk_widget_is_sensitive (duaal_test_ui_find_widget (GTK_WIDGET (fixture->page),
                                                                     GTK_TYPE_BUTTON, "_Exporteren…")));

  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "route");
}

/* Choosing a learner under "Compare with" puts the two side by side;
 * "Nobody" takes the second away again. */
static void
test_compare (Fixture       *fixture,
              gconstpointer  data)
{
  DuaalRouteView *view = duaal_route_page_get_view (fixture->page);
  GtkDropDown *compare;
  const char *description;

  duaal_route_page_set_learner (fixture->page, learner_id (fixture, 0));
  compare = get_dropdown (fixture, 1);
  gtk_drop_down_set_selected (compare, 1);
  duaal_test_ui_wait_until_drawn (GTK_WIDGET (view));

  g_assert_cmpint (duaal_route_page_get_compare (fixture->page), ==, learner_id (fixture, 1));
  g_assert_cmpuint (duaal_route_view_get_n_columns (view), ==, 2);
  g_assert_cmpint (duaal_learner_get_id (duaal_route_get_learner (duaal_route_view_get_route (view))), ==,
                   learner_id (fixture, 0));
  g_assert_cmpint (duaal_learner_get_id (duaal_route_get_learner (duaal_route_view_get_compare (view))), ==,
                   learner_id (fixture, 1));
  g_assert_nonnull (strstr (duaal_chart_view_get_accessible_label (DUAAL_CHART_VIEW (view)), learner_name (fixture, 1)));
  description = duaal_chart_view_get_accessible_description (DUAAL_CHART_VIEW (view));
  g_assert_nonnull (strstr (description, learner_name (fixture, 0)));
  g_assert_nonnull (strstr (description, learner_name (fixture, 1)));

  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "route-compare");

  gtk_drop_down_set_selected (compare, 0);
  g_assert_cmpint (duaal_route_page_get_compare (fixture->page), ==, 0);
  g_assert_cmpuint (duaal_route_view_get_n_columns (view), ==, 1);

  /* Only learners of the group, never the learner itself. */
  g_assert_false (duaal_route_page_set_compare (fixture->page, learner_id (fixture, 0)));
  g_assert_false (duaal_route_page_set_compare (fixture->page, 9999));
  g_assert_true (duaal_route_page_set_compare (fixture->page, learner_id (fixture, 3)));
  g_assert_cmpuint (gtk_drop_down_get_selected (compare), ==, 3);

  /* Another learner starts without a comparison. */
  duaal_route_page_set_learner (fixture->page, learner_id (fixture, 2));
  g_assert_cmpint (duaal_route_page_get_compare (fixture->page), ==, 0);
  g_assert_cmpuint (duaal_route_view_get_n_columns (view), ==, 1);
}

static gboolean
is_narrower_than (gpointer user_data)
{
  GtkWidget *window = user_data;

  return gtk_widget_get_width (window) < 600;
}

/* A narrow window: two learners side by side do not force it wider;
 * the chart keeps a readable width and scrolls sideways. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  DuaalRouteView *view = duaal_route_page_get_view (fixture->page);
  double height = 0;

  duaal_route_page_set_learner (fixture->page, learner_id (fixture, 0));
  duaal_route_page_set_compare (fixture->page, learner_id (fixture, 1));
  gtk_window_set_default_size (fixture->window, 480, 600);
  g_assert_true (duaal_test_ui_wait_for (is_narrower_than, fixture->window, 20000));
  duaal_test_ui_wait_until_drawn (GTK_WIDGET (view));

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <, 600);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), >=, 600);
  duaal_route_chart_measure (duaal_route_view_get_route (view), duaal_route_view_get_compare (view),
                             &(DuaalRouteChartInfo) { .font = widget_font (view) },
                             gtk_widget_get_width (GTK_WIDGET (view)), &height);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (view)), >=, (int) height);
  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "route-narrow");
}

/* A closed period: the route frozen at its end, named in the chart. */
static void
test_period (Fixture       *fixture,
             gconstpointer  data)
{
  DuaalRouteView *view = duaal_route_page_get_view (fixture->page);
  GtkDropDown *period;

  duaal_route_page_set_learner (fixture->page, learner_id (fixture, 0));
  duaal_route_page_set_compare (fixture->page, learner_id (fixture, 1));
  period = get_dropdown (fixture, 0);
  g_assert_cmpstr (dropdown_item (period, 1), ==, "Periode 1 (afgesloten)");
  gtk_drop_down_set_selected (period, 1);

  g_assert_cmpuint (duaal_route_page_get_period (fixture->page), ==, 1);
  g_assert_cmpuint (duaal_route_get_period (duaal_route_view_get_route (view)), ==, 1);
  g_assert_cmpuint (duaal_route_get_period (duaal_route_view_get_compare (view)), ==, 1);
  g_assert_nonnull (duaal_route_view_get_period_label (view));
  g_assert_false (duaal_route_page_set_period (fixture->page, 2));   /* open, not closed */
  g_assert_cmpuint (duaal_route_page_get_period (fixture->page), ==, 1);

  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "route-period");

  g_assert_true (duaal_route_page_set_period (fixture->page, 0));
  g_assert_cmpuint (gtk_drop_down_get_selected (period), ==, 0);
  g_assert_null (duaal_route_view_get_period_label (view));
}


/* A fixed height: a slide of exactly that size, or, when the chart
 * would become unreadable, no export at all. */
static void
test_export_fixed_height (Fixture *fixture)
{
  g_autofree char *slide = g_build_filename (fixture->dir, "slide.png", NULL);
  g_autoptr(GError) error = NULL;
  DuaalExportDialog *dialog = duaal_route_page_open_export_dialog (fixture->page);
  GtkWidget *export_button;
  cairo_surface_t *png;

  g_assert_nonnull (dialog);
  export_button = duaal_test_ui_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Exporteren…");
  g_assert_nonnull (export_button);
  g_assert_cmpuint (duaal_export_dialog_get_height (dialog), ==, 0);

  duaal_export_dialog_set_width (dialog, 300);
  duaal_export_dialog_set_height (dialog, 200);
  g_assert_cmpuint (duaal_export_dialog_get_height (dialog), ==, 200);
  g_assert_false (gtk_widget_get_sensitive (export_button));
  duaal_test_ui_screenshot (GTK_WIDGET (dialog), "route-export-dialog-too-small");

  duaal_export_dialog_set_width (dialog, 1600);
  duaal_export_dialog_set_height (dialog, 1200);
  g_assert_true (gtk_widget_get_sensitive (export_button));
  duaal_test_ui_screenshot (GTK_WIDGET (dialog), "route-export-dialog-fixed-height");
  g_assert_true (duaal_export_dialog_save (dialog, slide, &error));
  g_assert_no_error (error);
  png = cairo_image_surface_create_from_png (slide);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 1600);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 1200);
  cairo_surface_destroy (png);
}

/* Export… opens the dialog; its save path writes what was chosen. */
static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *png = g_build_filename (fixture->dir, "route.png", NULL);
  g_autofree char *svg_base = g_build_filename (fixture->dir, "route", NULL);
  g_autofree char *svg = g_build_filename (fixture->dir, "route.svg", NULL);
  g_autofree char *pdf = g_build_filename (fixture->dir, "route-compare.pdf", NULL);
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  DuaalExportDialog *dialog;
  GtkWidget *widget;

  duaal_route_page_set_learner (fixture->page, learner_id (fixture, 0));
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "route.export", NULL);
  widget = duaal_test_ui_find_toplevel (DUAAL_TYPE_EXPORT_DIALOG);
  g_assert_nonnull (widget);
  dialog = DUAAL_EXPORT_DIALOG (widget);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &widget);

  /* The defaults: PNG, 1200 pixels, 1x. */
  g_assert_cmpint (duaal_export_dialog_get_format (dialog), ==, DUAAL_EXPORT_FORMAT_PNG);
  g_assert_cmpuint (duaal_export_dialog_get_width (dialog), ==, DUAAL_EXPORT_DEFAULT_WIDTH);
  g_assert_cmpuint (duaal_export_dialog_get_scale (dialog), ==, 1);
  name = duaal_export_dialog_get_file_name (dialog);
  g_assert_true (g_str_has_suffix (name, ".png"));
  g_assert_nonnull (strstr (name, learner_name (fixture, 0)));

  duaal_export_dialog_set_width (dialog, 800);
  duaal_export_dialog_set_scale (dialog, 2);
  g_assert_nonnull (duaal_test_ui_find_widget (widget, ADW_TYPE_COMBO_ROW, "_Formaat"));
  duaal_test_ui_screenshot (widget, "route-export-dialog");

  /* An unwritable place: the exact cause, and the dialog stays. */
  {
    g_autofree char *missing = g_build_filename (fixture->dir, "missing", "route.png", NULL);
    AdwMessageDialog *message;

    g_assert_false (duaal_export_dialog_save (dialog, missing, &error));
    g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_IO);
    message = ADW_MESSAGE_DIALOG (duaal_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
    g_assert_nonnull (message);
    g_assert_cmpstr (adw_message_dialog_get_body (message), ==, error->message);
    g_assert_nonnull (strstr (error->message, missing));
    gtk_window_destroy (GTK_WINDOW (message));
    g_clear_error (&error);
    g_assert_true (gtk_widget_get_visible (widget));
  }

  /* PNG at width 800, scale 2: 1600 pixels wide.  The dialog closes. */
  g_assert_true (duaal_export_dialog_save (dialog, png, &error));
  g_assert_no_error (error);
  assert_png_size (png, 1600, 400);
  g_assert_true (duaal_test_ui_wait_for (is_gone, &widget, 20000));

  /* SVG of two learners; the extension is added when missing. */
  duaal_route_page_set_compare (fixture->page, learner_id (fixture, 1));
  dialog = duaal_route_page_open_export_dialog (fixture->page);
  g_assert_nonnull (dialog);
  duaal_export_dialog_set_format (dialog, DUAAL_EXPORT_FORMAT_SVG);
  g_free (name);
  name = duaal_export_dialog_get_file_name (dialog);
  g_assert_true (g_str_has_suffix (name, ".svg"));
  g_assert_nonnull (strstr (name, learner_name (fixture, 1)));
  g_assert_true (duaal_export_dialog_save (dialog, svg_base, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_true (g_str_has_suffix (g_strchomp (contents), "</svg>"));
  g_clear_pointer (&contents, g_free);

  /* PDF. */
  dialog = duaal_route_page_open_export_dialog (fixture->page);
  duaal_export_dialog_set_format (dialog, DUAAL_EXPORT_FORMAT_PDF);
  g_assert_true (duaal_export_dialog_save (dialog, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  test_export_fixed_height (fixture);
}

/* Copy: the chart as an image on the clipboard. */
static void
test_copy (Fixture       *fixture,
           gconstpointer  data)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (fixture->page));
  GValue value = G_VALUE_INIT;
  GdkContentProvider *content;
  GdkTexture *texture;
  g_autoptr(GError) error = NULL;

  duaal_route_page_set_learner (fixture->page, learner_id (fixture, 0));
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "route.copy", NULL);

  content = gdk_clipboard_get_content (clipboard);
  g_assert_nonnull (content);
  g_assert_true (gdk_content_formats_contain_gtype (gdk_clipboard_get_formats (clipboard), GDK_TYPE_TEXTURE));
  g_value_init (&value, GDK_TYPE_TEXTURE);
  g_assert_true (gdk_content_provider_get_value (content, &value, &error));
  g_assert_no_error (error);
  texture = g_value_get_object (&value);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, DUAAL_ROUTE_COPY_WIDTH * DUAAL_ROUTE_COPY_SCALE);
  g_assert_cmpint (gdk_texture_get_height (texture), >, 400);
  g_value_unset (&value);
}

/* Print…: the same chart, cut into pages; here printed to a PDF. */
static void
test_print (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (fixture->dir, "print.pdf", NULL);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  GtkPrintOperationResult result;
  int n_pages = 0;

  g_assert_null (duaal_route_page_create_print_operation (fixture->page));
  duaal_route_page_set_learner (fixture->page, learner_id (fixture, 0));
  duaal_route_page_set_compare (fixture->page, learner_id (fixture, 1));
  operation = duaal_route_page_create_print_operation (fixture->page);
  g_assert_nonnull (operation);
  gtk_print_operation_set_export_filename (operation, pdf);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, fixture->window, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_object_get (operation, "n-pages", &n_pages, NULL);
  g_assert_cmpint (n_pages, >=, 1);
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  test_export_fixed_height (fixture);
}

/* The dark style: the chart follows it. */
static void
test_dark (Fixture       *fixture,
           gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  DuaalRouteView *view = duaal_route_page_get_view (fixture->page);

  duaal_route_page_set_learner (fixture->page, learner_id (fixture, 1));
  g_assert_false (duaal_chart_view_get_dark (DUAAL_CHART_VIEW (view)));
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (duaal_chart_view_get_dark (DUAAL_CHART_VIEW (view)));
  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "route-dark");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  g_assert_false (duaal_chart_view_get_dark (DUAAL_CHART_VIEW (view)));
}

/* A learner that is not there: the cause on the page, nothing to export. */
static void
test_unknown_learner (Fixture       *fixture,
                      gconstpointer  data)
{
  DuaalRouteView *view = duaal_route_page_get_view (fixture->page);
  const GError *error;

  duaal_route_page_set_learner (fixture->page, 9999);
  error = duaal_route_page_get_error (fixture->page);
  g_assert_nonnull (error);
  g_assert_cmpuint (duaal_route_view_get_n_columns (view), ==, 0);
  g_assert_nonnull (duaal_test_ui_find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_STATUS_PAGE,
                                               "Kan de route niet tonen"));
  g_assert_null (duaal_route_page_open_export_dialog (fixture->page));
  g_assert_false (duaal_route_page_copy_to_clipboard (fixture->page));
  g_assert_false (gtk_widget_is_sensitive (duaal_test_ui_find_widget (GTK_WIDGET (fixture->page),
                                                                      GTK_TYPE_BUTTON, "_Exporteren…")));

  /* And back. */
  duaal_route_page_set_learner (fixture->page, learner_id (fixture, 0));
  g_assert_null (duaal_route_page_get_error (fixture->page));
  g_assert_cmpuint (duaal_route_view_get_n_columns (view), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  duaal_test_ui_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/ui/route/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("learner", test_learner);
  ADD ("compare", test_compare);
  ADD ("narrow", test_narrow);
  ADD ("period", test_period);
  ADD ("export", test_export);
  ADD ("copy", test_copy);
  ADD ("print", test_print);
  ADD ("dark", test_dark);
  ADD ("unknown-learner", test_unknown_learner);
#undef ADD

  return g_test_run ();
}
