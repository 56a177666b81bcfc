/* duaal-pdf-pages-private.h: A4 pages for the tables' PDF files
 *
 * The overview table and the session plan print on A4 with margins,
 * portrait when the drawing fits across, landscape when it does not;
 * a drawing wider than even that is cut into slices by its renderer
 * (duaal_pdf_pages_fit_columns() says how many columns fit).  Text
 * drawn through Pango stays text: searchable, copyable, read aloud,
 * its fonts embedded.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* ISO 216 A4 in points. */
#define DUAAL_PDF_A4_SHORT 595.276
#define DUAAL_PDF_A4_LONG  841.890
/* 10 mm around; the drawings bring their own margin inside it. */
#define DUAAL_PDF_MARGIN   28.35

typedef struct {
  double width;           /* the page, in points */
  double height;
  double zoom;            /* points per drawing unit */
  double content_width;   /* inside the margins, in drawing units */
  double content_height;
} DuaalPdfPages;

/* A4 for a drawing @natural_width units wide at @zoom points per unit:
 * portrait when it fits across, else landscape. */
void             duaal_pdf_pages_init        (DuaalPdfPages   *pages,
                                              double           natural_width,
                                              double           zoom);
/* How many columns of @column_width fit across beside @fixed_width
 * units that every page repeats; at least one. */
guint            duaal_pdf_pages_fit_columns (const DuaalPdfPages *pages,
                                              double           fixed_width,
                                              double           column_width);
/* A PDF surface for @path with its pages' size, @title and (nullable)
 * @subject in its metadata, or NULL with @error set.  It writes into a
 * temporary file beside @path (duaal-file.h): after cairo_surface_finish()
 * went well, duaal_pdf_pages_commit() puts the file in place; a surface
 * destroyed without leaves @path as it was. */
cairo_surface_t *duaal_pdf_pages_create      (const DuaalPdfPages *pages,
                                              const char      *path,
                                              const char      *title,
                                              const char      *subject,
                                              GError         **error);
gboolean         duaal_pdf_pages_commit      (cairo_surface_t *surface,
                                              const char      *path,
                                              GError         **error);
/* cairo_surface_finish(), then duaal_pdf_pages_commit() when the
 * surface went well, else an error naming @path and Cairo's reason. */
gboolean         duaal_pdf_pages_finish      (cairo_surface_t *surface,
                                              const char      *path,
                                              GError         **error);
/* Puts @cr at the top-left corner inside the margins, in drawing
 * units, for one page; duaal_pdf_pages_end_page() shows it. */
void             duaal_pdf_pages_begin_page  (const DuaalPdfPages *pages,
                                              cairo_t         *cr);
void             duaal_pdf_pages_end_page    (cairo_t         *cr);

G_END_DECLS
