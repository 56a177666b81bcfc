/* duaal-session-plan-renderer.c
 *
 * Text goes through Pango (duaal-text-private.h) with unhinted
 * metrics, so wrapping and sizes agree on every surface.  The PDF is
 * printed on A4 pages, cut between sessions where no group runs on
 * (a group longer than a page is cut where it must), each page
 * repeating the groups' labels.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "duaal-error.h"
#include "duaal-palette.h"
#include "duaal-pdf-pages-private.h"
#include "duaal-png.h"
#include "duaal-session-plan-renderer-private.h"
#include "duaal-text-private.h"

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

/* Lines a competence title and a list of learners may take. */
#define MAX_TITLE_LINES 4
#define MAX_MEMBER_LINES 12

/* Points per unit on paper, as the overview table's; less for a plan
 * too tall for a page at that, down to PDF_MIN_ZOOM. */
#define PDF_ZOOM 0.65
#define PDF_MIN_ZOOM 0.4

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
  PangoLayout *title;     /* "c1  title" wrapped */
  PangoLayout *members;   /* learner names wrapped */
  PangoLayout *caption;   /* "plenary · 3 sessions" */
  PangoLayout *scenario;  /* (nullable) "Scenario: ..." (SPEC 14) */
} BlockText;

typedef struct {
  DuaalSessionPlan *plan;
  DuaalText         text;
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
  return 2 * PAD + duaal_text_get_height (text->title)
         + (text->scenario != NULL ? duaal_text_get_height (text->scenario) : 0)
         + duaal_text_get_height (text->caption) + 2
         + duaal_text_get_height (text->members);
}

static void
layout_compute (Layout                     *layout,
                cairo_t                    *cr,
                const PangoFontDescription *font,
                DuaalSessionPlan           *plan)
{
  guint n_groups = duaal_session_plan_get_n_groups (plan);

  layout->plan = plan;
  layout->n_sessions = duaal_session_plan_get_n_sessions (plan);
  layout->n_lanes = 0;
  layout->lane_height = MIN_LANE_HEIGHT;
  layout->title_height = line_height (TITLE_SIZE) + line_height (TEXT_SIZE) + PAD;
  layout->blocks = g_new0 (BlockText, n_groups + 1);

  duaal_text_init (&layout->text, cr, font);
  for (guint i = 0; i < n_groups; i++)
    {
      const DuaalSessionGroup *group = duaal_session_plan_get_group (plan, i);
      BlockText *text = &layout->blocks[i];
      g_autofree char *title = g_strdup_printf ("%s  %s",
                                                duaal_session_plan_get_competence_id (plan, group->competence),
                                                duaal_session_plan_get_competence_title (plan, group->competence));
      g_autofree char *members = members_text (plan, group);
      g_autofree char *caption = caption_text (group);

      text->title = duaal_text_wrapped (&layout->text, title, TEXT_SIZE, TRUE,
                                        block_width (group) - 2 * PAD, MAX_TITLE_LINES);
      text->members = duaal_text_wrapped (&layout->text, members, SMALL_SIZE, FALSE,
                                          block_width (group) - 2 * PAD, MAX_MEMBER_LINES);
      /* A list of names reads left to right even when the first name
       * is Arabic; each name is still shaped in its own direction. */
      pango_layout_set_auto_dir (text->members, FALSE);
      text->caption = duaal_text_line (&layout->text, caption, SMALL_SIZE, FALSE, block_width (group) - 2 * PAD);
      duaal_text_set_italic (text->caption);
      if (duaal_session_plan_get_scenario (plan, group->competence) != NULL)
        {
          /* Translators: the lesson scenario a group of the session plan uses */
          g_autofree char *scenario = g_strdup_printf (_("Scenario: %s"),
            duaal_scenario_get_title (duaal_session_plan_get_scenario (plan, group->competence)));

          text->scenario = duaal_text_wrapped (&layout->text, scenario, SMALL_SIZE, TRUE,
                                               block_width (group) - 2 * PAD, 2);
        }

      layout->n_lanes = MAX (layout->n_lanes, group->lane + 1);
      layout->lane_height = MAX (layout->lane_height, ceil (block_content_height (text) + 2 * BLOCK_GAP));
    }

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
      g_clear_object (&layout->blocks[i].title);
      g_clear_object (&layout->blocks[i].members);
      g_clear_object (&layout->blocks[i].caption);
      g_clear_object (&layout->blocks[i].scenario);
    }
  g_clear_pointer (&layout->blocks, g_free);
  duaal_text_clear (&layout->text);
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

/* One line of text, its middle at @middle. */
static void
show_centred (Layout     *layout,
              cairo_t    *cr,
              const char *str,
              gboolean    bold,
              double      max_width,
              double      x,
              double      middle)
{
  g_autoptr(PangoLayout) line = duaal_text_line (&layout->text, str, TEXT_SIZE, bold, max_width);

  duaal_text_show_with_halo (cr, line, x, middle - duaal_text_get_height (line) / 2);
}

/* Sessions [first, first + n) of the plan: all of them, or one PDF
 * page, which shifts them left to follow the groups' labels. */
typedef struct {
  guint first;
  guint n;
} Slice;

static double
session_x (const Slice *slice,
           guint        session)
{
  return MARGIN + LANE_LABEL_WIDTH + ((double) session - slice->first) * SESSION_WIDTH;
}

static void
draw_block (const Layout            *layout,
            cairo_t                 *cr,
            const Slice             *slice,
            const DuaalSessionGroup *group,
            const BlockText         *text,
            double                   top)
{
  double x = session_x (slice, group->first_session) + BLOCK_GAP;
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

  duaal_text_show_with_halo (cr, text->title, x + PAD, text_y);
  text_y += duaal_text_get_height (text->title);
  if (text->scenario != NULL)
    {
      duaal_text_show_with_halo (cr, text->scenario, x + PAD, text_y);
      text_y += duaal_text_get_height (text->scenario);
    }
  duaal_text_show_with_halo (cr, text->caption, x + PAD, text_y);
  text_y += duaal_text_get_height (text->caption) + 2;
  duaal_text_show_with_halo (cr, text->members, x + PAD, text_y);
}

static void
draw_frame (Layout      *layout,
            cairo_t     *cr,
            const Slice *slice,
            double       top)
{
  double left = MARGIN + LANE_LABEL_WIDTH;
  double bottom = top + HEADER_HEIGHT + MAX (layout->n_lanes, 1) * layout->lane_height;
  double right = left + slice->n * SESSION_WIDTH;

  set_rgb (cr, &header_fill);
  cairo_rectangle (cr, MARGIN, top, right - MARGIN, HEADER_HEIGHT);
  cairo_fill (cr);

  for (guint s = slice->first; s < slice->first + slice->n; s++)
    {
      g_autofree char *label = g_strdup_printf (_("Session %u"), s);
      show_centred (layout, cr, label, TRUE, SESSION_WIDTH - 2 * PAD, session_x (slice, s) + PAD,
                    top + HEADER_HEIGHT / 2);
    }
  for (guint lane = 0; lane < layout->n_lanes; lane++)
    {
      g_autofree char *label = g_strdup_printf (_("Group %u"), lane + 1);
      show_centred (layout, cr, label, FALSE, LANE_LABEL_WIDTH - 2 * PAD, MARGIN + PAD,
                    top + HEADER_HEIGHT + (lane + 0.5) * layout->lane_height);
    }

  set_rgb (cr, &grid);
  cairo_set_line_width (cr, 1.0);
  for (guint s = 0; s <= slice->n; s++)
    {
      cairo_move_to (cr, left + s * SESSION_WIDTH + 0.5, top);
      cairo_line_to (cr, left + s * SESSION_WIDTH + 0.5, bottom);
    }
  cairo_rectangle (cr, MARGIN + 0.5, top + 0.5, right - MARGIN - 1, bottom - top - 1);
  cairo_move_to (cr, MARGIN, top + HEADER_HEIGHT + 0.5);
  cairo_line_to (cr, right, top + HEADER_HEIGHT + 0.5);
  cairo_stroke (cr);
}

static char *
title_text (const Layout *layout)
{
  return g_strdup_printf (ngettext ("Campus sessions: %u session",
                                    "Campus sessions: %u sessions",
                                    layout->n_sessions),
                          layout->n_sessions);
}

static void
draw_title (Layout  *layout,
            cairo_t *cr,
            double   width)
{
  DuaalSessionPlan *plan = layout->plan;
  g_autofree char *title = title_text (layout);
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
  g_autoptr(PangoLayout) title_line = duaal_text_line (&layout->text, title, TITLE_SIZE, TRUE, width - 2 * MARGIN);
  g_autoptr(PangoLayout) subtitle_line = duaal_text_line (&layout->text, subtitle, TEXT_SIZE, FALSE,
                                                          width - 2 * MARGIN);

  duaal_text_show_with_halo (cr, title_line, MARGIN, MARGIN);
  duaal_text_show_with_halo (cr, subtitle_line, MARGIN, MARGIN + line_height (TITLE_SIZE));
}

/* The page painted white, the title, and @slice of the timeline. */
static void
draw_slice (Layout      *layout,
            cairo_t     *cr,
            const Slice *slice,
            double       width,
            double       height)
{
  double top = MARGIN + layout->title_height;
  guint n_groups = duaal_session_plan_get_n_groups (layout->plan);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  draw_title (layout, cr, width);
  if (layout->n_sessions == 0)
    {
      show_centred (layout, cr, _("Nobody needs a campus session."), FALSE, width - 2 * MARGIN,
                    MARGIN, top + line_height (TEXT_SIZE) / 2);
      return;
    }
  draw_frame (layout, cr, slice, top);
  /* A group running on past the slice is cut at its edge. */
  cairo_save (cr);
  cairo_rectangle (cr, MARGIN + LANE_LABEL_WIDTH, top, slice->n * SESSION_WIDTH, height - top);
  cairo_clip (cr);
  for (guint i = 0; i < n_groups; i++)
    {
      const DuaalSessionGroup *group = duaal_session_plan_get_group (layout->plan, i);

      if (group->first_session < slice->first + slice->n && group->first_session + group->n_sessions > slice->first)
        draw_block (layout, cr, slice, group, &layout->blocks[i], top + HEADER_HEIGHT);
    }
  cairo_restore (cr);
}

static void
draw_layout (Layout  *layout,
             cairo_t *cr)
{
  Slice all = { 1, layout->n_sessions };

  draw_slice (layout, cr, &all, layout->width, layout->height);
}

/* The layout as measure() sees it; clear it with layout_clear(). */
static void
layout_measure (Layout                     *layout,
                const PangoFontDescription *font,
                DuaalSessionPlan           *plan)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  layout_compute (layout, cr, font, plan);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

void
duaal_session_plan_renderer_measure (DuaalSessionPlan           *plan,
                                     const PangoFontDescription *font,
                                     double                     *width,
                                     double                     *height)
{
  Layout layout = { 0 };

  g_return_if_fail (DUAAL_IS_SESSION_PLAN (plan));

  layout_measure (&layout, font, plan);
  if (width != NULL)
    *width = layout.width;
  if (height != NULL)
    *height = layout.height;
  layout_clear (&layout);
}

void
duaal_session_plan_renderer_draw (DuaalSessionPlan           *plan,
                                  const PangoFontDescription *font,
                                  cairo_t                    *cr)
{
  Layout layout = { 0 };

  g_return_if_fail (DUAAL_IS_SESSION_PLAN (plan));
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  layout_compute (&layout, cr, font, plan);
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
  duaal_session_plan_renderer_draw (plan, NULL, cr);
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

  duaal_session_plan_renderer_measure (plan, NULL, &width, &height);
  return duaal_png_render (width, height, scale, draw_png, plan, path, error);
}

/* Whether a page may end after session @last: no group runs on. */
static gboolean
may_cut_after (DuaalSessionPlan *plan,
               guint             last)
{
  guint n_groups = duaal_session_plan_get_n_groups (plan);

  for (guint i = 0; i < n_groups; i++)
    {
      const DuaalSessionGroup *group = duaal_session_plan_get_group (plan, i);

      if (group->first_session <= last && last + 1 < group->first_session + group->n_sessions)
        return FALSE;
    }
  return TRUE;
}

/* The sessions cut into pages of at most @per_page, between groups
 * where there is a place for it. */
static GArray *
paginate (const Layout *layout,
          guint         per_page)
{
  GArray *slices = g_array_new (FALSE, FALSE, sizeof (Slice));
  guint first = 1;

  do
    {
      guint last = MIN (first + per_page - 1, MAX (layout->n_sessions, 1));
      Slice slice;

      while (last > first && last < layout->n_sessions && !may_cut_after (layout->plan, last))
        last--;
      if (last == first && !may_cut_after (layout->plan, last))
        last = MIN (first + per_page - 1, layout->n_sessions);
      slice = (Slice) { first, layout->n_sessions > 0 ? last - first + 1 : 0 };
      g_array_append_val (slices, slice);
      first = last + 1;
    }
  while (first <= layout->n_sessions);
  return slices;
}

gboolean
duaal_session_plan_render_pdf (DuaalSessionPlan *plan,
                               const char       *path,
                               GError          **error)
{
  Layout layout = { 0 };
  DuaalPdfPages pages;
  g_autoptr(GArray) slices = NULL;
  g_autofree char *title = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double zoom = PDF_ZOOM;
  gboolean ok;

  g_return_val_if_fail (DUAAL_IS_SESSION_PLAN (plan), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* Laid out before the surface exists: the page's orientation follows
   * the plan's width, and a plan of many groups at once is printed
   * smaller so that its groups stay on one page. */
  layout_measure (&layout, NULL, plan);
  duaal_pdf_pages_init (&pages, layout.width, zoom);
  if (layout.height > pages.content_height)
    {
      zoom = MAX (PDF_MIN_ZOOM, zoom * pages.content_height / layout.height);
      duaal_pdf_pages_init (&pages, layout.width, zoom);
    }
  title = title_text (&layout);
  layout_clear (&layout);

  surface = duaal_pdf_pages_create (&pages, path, title, NULL, error);
  if (surface == NULL)
    return FALSE;
  cr = cairo_create (surface);
  duaal_pdf_pages_begin_page (&pages, cr);
  layout_compute (&layout, cr, NULL, plan);
  cairo_restore (cr);
  slices = paginate (&layout, duaal_pdf_pages_fit_columns (&pages, 2 * MARGIN + LANE_LABEL_WIDTH, SESSION_WIDTH));
  for (guint i = 0; i < slices->len; i++)
    {
      duaal_pdf_pages_begin_page (&pages, cr);
      draw_slice (&layout, cr, &g_array_index (slices, Slice, i), pages.content_width, pages.content_height);
      duaal_pdf_pages_end_page (cr);
    }
  layout_clear (&layout);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  ok = report_status (cairo_surface_status (surface), path, error)
       && duaal_pdf_pages_commit (surface, path, error);
  cairo_surface_destroy (surface);
  return ok;
}
