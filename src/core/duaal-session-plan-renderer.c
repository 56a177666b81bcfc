/* duaal-session-plan-renderer.c
 *
 * Laid out with the cairo_t that draws (toy text through the palette's
 * helpers), so wrapping and sizes agree on every surface.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "duaal-error.h"
#include "duaal-palette-private.h"
#include "duaal-palette.h"
#include "duaal-png.h"
#include "duaal-session-plan-renderer.h"

#define MARGIN 20.0
#define PAD 8.0
#define TITLE_SIZE 18.0
#define TEXT_SIZE 13.0
#define SMALL_SIZE 12.0
#define LANE_LABEL_WIDTH 90.0
#define SESSION_WIDTH 180.0
#define HEADER_HEIGHT 30.0
#define MIN_LANE_HEIGHT 86.0
#define BLOCK_GAP 4.0

typedef struct { double r, g, b; } Rgb;

static const Rgb ink = { 0.10, 0.10, 0.12 };
static const Rgb grid = { 0.72, 0.72, 0.74 };
static const Rgb header_fill = { 0.94, 0.94, 0.95 };
static const Rgb plenary_fill = { 1.00, 0.87, 0.72 };
static const Rgb plenary_hatch = { 0.97, 0.68, 0.38 };

/* Calm tints, one per competence in turn; the text in the block names
 * the competence, so the tint only helps the eye follow a group. */
static const Rgb group_fills[] = {
  { 0.78, 0.86, 0.98 },
  { 0.84, 0.93, 0.80 },
  { 0.93, 0.84, 0.95 },
  { 0.98, 0.94, 0.74 },
  { 0.80, 0.93, 0.93 },
  { 0.95, 0.85, 0.83 },
};

static void
set_rgb (cairo_t   *cr,
         const Rgb *rgb)
{
  cairo_set_source_rgb (cr, rgb->r, rgb->g, rgb->b);
}

static double
line_height (double size)
{
  return ceil (size * 1.3);
}

typedef struct {
  GStrv title;     /* "c1  title" wrapped */
  GStrv members;   /* learner names wrapped */
  char *caption;   /* "plenary · 3 sessions" */
} BlockText;

typedef struct {
  DuaalSessionPlan *plan;
  guint             n_sessions;
  guint             n_lanes;
  double            width;
  double            height;
  double            title_height;
  double            lane_height;
  BlockText        *blocks;   /* one per group */
} Layout;

static double
block_width (const DuaalSessionGroup *group)
{
  return group->n_sessions * SESSION_WIDTH - 2 * BLOCK_GAP;
}

static char *
members_text (DuaalSessionPlan        *plan,
              const DuaalSessionGroup *group)
{
  GString *text = g_string_new (NULL);

  for (guint m = 0; m < group->n_members; m++)
    {
      if (m > 0)
        g_string_append (text, ", ");
      g_string_append (text, duaal_session_plan_get_learner_name (plan, group->members[m]));
    }
  return g_string_free (text, FALSE);
}

static char *
caption_text (const DuaalSessionGroup *group)
{
  g_autofree char *length = g_strdup_printf (ngettext ("%u session", "%u sessions", group->n_sessions),
                                             group->n_sessions);
  if (group->plenary)
    /* Translators: a collective gap taught to all who need it, e.g. "Plenary · 1 session" */
    return g_strdup_printf (_("Plenary · %s"), length);
  return g_strdup_printf (ngettext ("%u learner · %s", "%u learners · %s", group->n_members),
                          group->n_members, length);
}

static double
block_content_height (const BlockText *text)
{
  return 2 * PAD + g_strv_length (text->title) * line_height (TEXT_SIZE)
         + line_height (SMALL_SIZE) + 2
         + g_strv_length (text->members) * line_height (SMALL_SIZE);
}

static void
layout_compute (Layout           *layout,
                cairo_t          *cr,
                DuaalSessionPlan *plan)
{
  guint n_groups = duaal_session_plan_get_n_groups (plan);

  layout->plan = plan;
  layout->n_sessions = duaal_session_plan_get_n_sessions (plan);
  layout->n_lanes = 0;
  layout->lane_height = MIN_LANE_HEIGHT;
  layout->title_height = line_height (TITLE_SIZE) + line_height (TEXT_SIZE) + PAD;
  layout->blocks = g_new0 (BlockText, n_groups + 1);

  cairo_save (cr);
  for (guint i = 0; i < n_groups; i++)
    {
      const DuaalSessionGroup *group = duaal_session_plan_get_group (plan, i);
      BlockText *text = &layout->blocks[i];
      g_autofree char *title = g_strdup_printf ("%s  %s",
                                                duaal_session_plan_get_competence_id (plan, group->competence),
                                                duaal_session_plan_get_competence_title (plan, group->competence));
      g_autofree char *members = members_text (plan, group);

      duaal_palette_select_font (cr, TEXT_SIZE, TRUE);
      text->title = duaal_palette_wrap (cr, title, block_width (group) - 2 * PAD);
      duaal_palette_select_font (cr, SMALL_SIZE, FALSE);
      text->members = duaal_palette_wrap (cr, members, block_width (group) - 2 * PAD);
      text->caption = caption_text (group);

      layout->n_lanes = MAX (layout->n_lanes, group->lane + 1);
      layout->lane_height = MAX (layout->lane_height, block_content_height (text) + 2 * BLOCK_GAP);
    }
  cairo_restore (cr);

  layout->width = ceil (2 * MARGIN + LANE_LABEL_WIDTH + MAX (layout->n_sessions, 1) * SESSION_WIDTH);
  layout->height = ceil (2 * MARGIN + layout->title_height + HEADER_HEIGHT
                         + MAX (layout->n_lanes, 1) * layout->lane_height);
}

static void
layout_clear (Layout *layout)
{
  guint n_groups = layout->plan != NULL ? duaal_session_plan_get_n_groups (layout->plan) : 0;

  for (guint i = 0; layout->blocks != NULL && i < n_groups; i++)
    {
      g_strfreev (layout->blocks[i].title);
      g_strfreev (layout->blocks[i].members);
      g_free (layout->blocks[i].caption);
    }
  g_clear_pointer (&layout->blocks, g_free);
}

static void
fill_plenary (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h)
{
  double pitch = 12.0;

  set_rgb (cr, &plenary_fill);
  cairo_fill_preserve (cr);
  cairo_save (cr);
  cairo_clip (cr);
  for (double c = -h; c <= w + h; c += pitch)
    {
      cairo_move_to (cr, x + c, y);
      cairo_line_to (cr, x + c + h, y + h);
    }
  set_rgb (cr, &plenary_hatch);
  cairo_set_line_width (cr, pitch * 0.2);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
show_lines (cairo_t *cr,
            GStrv    lines,
            double   x,
            double   y,
            double   size)
{
  cairo_font_extents_t fe;

  cairo_font_extents (cr, &fe);
  for (guint i = 0; lines[i] != NULL; i++)
    duaal_palette_show_text_with_halo (cr, lines[i], x, y + fe.ascent + i * line_height (size));
}

static void
draw_block (const Layout            *layout,
            cairo_t                 *cr,
            const DuaalSessionGroup *group,
            const BlockText         *text,
            double                   top)
{
  double x = MARGIN + LANE_LABEL_WIDTH + (group->first_session - 1) * SESSION_WIDTH + BLOCK_GAP;
  double y = top + group->lane * layout->lane_height + BLOCK_GAP;
  double w = block_width (group), h = layout->lane_height - 2 * BLOCK_GAP;
  double text_y = y + PAD;

  duaal_palette_rounded_rectangle (cr, x, y, w, h, 6);
  if (group->plenary)
    fill_plenary (cr, x, y, w, h);
  else
    {
      set_rgb (cr, &group_fills[group->competence % G_N_ELEMENTS (group_fills)]);
      cairo_fill (cr);
    }
  duaal_palette_rounded_rectangle (cr, x + 0.5, y + 0.5, w - 1, h - 1, 6);
  set_rgb (cr, &ink);
  cairo_set_line_width (cr, group->plenary ? 2.0 : 1.0);
  cairo_stroke (cr);

  duaal_palette_select_font (cr, TEXT_SIZE, TRUE);
  show_lines (cr, text->title, x + PAD, text_y, TEXT_SIZE);
  text_y += g_strv_length (text->title) * line_height (TEXT_SIZE);

  duaal_palette_select_font (cr, SMALL_SIZE, FALSE);
  cairo_save (cr);
  cairo_select_font_face (cr, "Cantarell", CAIRO_FONT_SLANT_ITALIC, CAIRO_FONT_WEIGHT_NORMAL);
  show_lines (cr, (char *[]) { text->caption, NULL }, x + PAD, text_y, SMALL_SIZE);
  cairo_restore (cr);
  text_y += line_height (SMALL_SIZE) + 2;

  show_lines (cr, text->members, x + PAD, text_y, SMALL_SIZE);
}

static void
draw_frame (const Layout *layout,
            cairo_t      *cr,
            double        top)
{
  double left = MARGIN + LANE_LABEL_WIDTH;
  double bottom = top + HEADER_HEIGHT + MAX (layout->n_lanes, 1) * layout->lane_height;
  double right = left + layout->n_sessions * SESSION_WIDTH;

  set_rgb (cr, &header_fill);
  cairo_rectangle (cr, MARGIN, top, right - MARGIN, HEADER_HEIGHT);
  cairo_fill (cr);

  duaal_palette_select_font (cr, TEXT_SIZE, TRUE);
  for (guint s = 1; s <= layout->n_sessions; s++)
    {
      g_autofree char *label = g_strdup_printf (_("Session %u"), s);
      duaal_palette_show_text_with_halo (cr, label, left + (s - 1) * SESSION_WIDTH + PAD,
                                         top + HEADER_HEIGHT / 2 + TEXT_SIZE * 0.35);
    }
  duaal_palette_select_font (cr, TEXT_SIZE, FALSE);
  for (guint lane = 0; lane < layout->n_lanes; lane++)
    {
      g_autofree char *label = g_strdup_printf (_("Group %u"), lane + 1);
      duaal_palette_show_text_with_halo (cr, label, MARGIN + PAD,
                                         top + HEADER_HEIGHT + (lane + 0.5) * layout->lane_height + TEXT_SIZE * 0.35);
    }

  set_rgb (cr, &grid);
  cairo_set_line_width (cr, 1.0);
  for (guint s = 0; s <= layout->n_sessions; s++)
    {
      cairo_move_to (cr, left + s * SESSION_WIDTH + 0.5, top);
      cairo_line_to (cr, left + s * SESSION_WIDTH + 0.5, bottom);
    }
  cairo_rectangle (cr, MARGIN + 0.5, top + 0.5, right - MARGIN - 1, bottom - top - 1);
  cairo_move_to (cr, MARGIN, top + HEADER_HEIGHT + 0.5);
  cairo_line_to (cr, right, top + HEADER_HEIGHT + 0.5);
  cairo_stroke (cr);
}

static void
draw_title (const Layout *layout,
            cairo_t      *cr)
{
  DuaalSessionPlan *plan = layout->plan;
  g_autofree char *title = g_strdup_printf (ngettext ("Campus sessions: %u session",
                                                      "Campus sessions: %u sessions",
                                                      layout->n_sessions),
                                            layout->n_sessions);
  guint bound = duaal_session_plan_get_lower_bound (plan);
  guint max_groups = duaal_session_plan_get_max_groups (plan);
  g_autofree char *at_least = g_strdup_printf (ngettext ("At least %u session is needed",
                                                         "At least %u sessions are needed", bound),
                                               bound);
  g_autofree char *groups = g_strdup_printf (ngettext ("at most %u group at once",
                                                       "at most %u groups at once", max_groups),
                                             max_groups);
  /* Translators: "At least 4 sessions are needed · at most 2 groups at once" */
  g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), at_least, groups);

  duaal_palette_select_font (cr, TITLE_SIZE, TRUE);
  duaal_palette_show_text_with_halo (cr, title, MARGIN, MARGIN + TITLE_SIZE);
  duaal_palette_select_font (cr, TEXT_SIZE, FALSE);
  duaal_palette_show_text_with_halo (cr, subtitle, MARGIN,
                                     MARGIN + line_height (TITLE_SIZE) + TEXT_SIZE);
}

static void
draw_layout (const Layout *layout,
             cairo_t      *cr)
{
  double top = MARGIN + layout->title_height;
  guint n_groups = duaal_session_plan_get_n_groups (layout->plan);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, layout->width, layout->height);
  cairo_fill (cr);

  draw_title (layout, cr);
  if (layout->n_sessions == 0)
    {
      duaal_palette_select_font (cr, TEXT_SIZE, FALSE);
      duaal_palette_show_text_with_halo (cr, _("Nobody needs a campus session."), MARGIN, top + TEXT_SIZE);
      return;
    }
  draw_frame (layout, cr, top);
  for (guint i = 0; i < n_groups; i++)
    draw_block (layout, cr, duaal_session_plan_get_group (layout->plan, i),
                &layout->blocks[i], top + HEADER_HEIGHT);
}

void
duaal_session_plan_renderer_measure (DuaalSessionPlan *plan,
                                     double           *width,
                                     double           *height)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  Layout layout = { 0 };

  g_return_if_fail (DUAAL_IS_SESSION_PLAN (plan));

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  layout_compute (&layout, cr, plan);
  if (width != NULL)
    *width = layout.width;
  if (height != NULL)
    *height = layout.height;
  layout_clear (&layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

void
duaal_session_plan_renderer_draw (DuaalSessionPlan *plan,
                                  cairo_t          *cr)
{
  Layout layout = { 0 };

  g_return_if_fail (DUAAL_IS_SESSION_PLAN (plan));
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  layout_compute (&layout, cr, plan);
  draw_layout (&layout, cr);
  layout_clear (&layout);
  cairo_restore (cr);
}

static gboolean
report_status (cairo_status_t  status,
               const char     *path,
               GError        **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO,
               _("Could not write the session plan to “%s”: %s"),
               path, cairo_status_to_string (status));
  return FALSE;
}

static void
draw_png (cairo_t  *cr,
          gpointer  plan)
{
  duaal_session_plan_renderer_draw (plan, cr);
}

gboolean
duaal_session_plan_render_png (DuaalSessionPlan *plan,
                               double            scale,
                               const char       *path,
                               GError          **error)
{
  double width, height;

  g_return_val_if_fail (DUAAL_IS_SESSION_PLAN (plan), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  duaal_session_plan_renderer_measure (plan, &width, &height);
  return duaal_png_render (width, height, scale, draw_png, plan, path, error);
}

gboolean
duaal_session_plan_render_pdf (DuaalSessionPlan *plan,
                               const char       *path,
                               GError          **error)
{
  Layout layout = { 0 };
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean ok;

  g_return_val_if_fail (DUAAL_IS_SESSION_PLAN (plan), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* Laid out with the PDF surface's own metrics; the page is sized to
   * fit before anything is drawn on it. */
  surface = cairo_pdf_surface_create (path, 1, 1);
  if (!report_status (cairo_surface_status (surface), path, error))
    {
      cairo_surface_destroy (surface);
      return FALSE;
    }
  cr = cairo_create (surface);
  layout_compute (&layout, cr, plan);
  cairo_pdf_surface_set_size (surface, layout.width, layout.height);
  draw_layout (&layout, cr);
  layout_clear (&layout);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  ok = report_status (cairo_surface_status (surface), path, error);
  cairo_surface_destroy (surface);
  return ok;
}
