/* pdf-check.h: what a PDF reader, a search and a screen reader get
 *
 * The tests run the independent checkers on the PDF files Duaal writes
 * (poppler-utils and qpdf, in the Makefile's PACKAGES): the file is
 * sound, its text is text, its fonts are embedded, its pages A4.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* qpdf --check finds nothing wrong. */
void   duaal_test_pdf_assert_sound          (const char *path);
/* pdffonts lists at least one font, and every font is embedded. */
void   duaal_test_pdf_assert_fonts_embedded (const char *path);
/* The text pdftotext reads from the file, all pages, raw order. */
char  *duaal_test_pdf_get_text              (const char *path);
/* The same, after asserting the file sound and its fonts embedded:
 * what every PDF Duaal writes must be. */
char  *duaal_test_pdf_get_checked_text      (const char *path);
/* pdfinfo's value of @field ("Title", "Subject"), or NULL. */
char  *duaal_test_pdf_get_info              (const char *path,
                                             const char *field);
/* The number of pages, all of them A4 (either way round). */
guint  duaal_test_pdf_count_a4_pages        (const char *path);

G_END_DECLS
