/* duaal-pdf-pages.c: A4 pages for the tables' PDF files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "duaal-error.h"
#include "duaal-file.h"
#include "duaal-pdf-pages-private.h"

void
duaal_pdf_pages_init (DuaalPdfPages *pages,
                      double         natural_width,
                      double         zoom)
{
  gboolean portrait = natural_width * zoom <= DUAAL_PDF_A4_SHORT - 2 * DUAAL_PDF_MARGIN;

  g_return_if_fail (zoom > 0);

  pages->width = portrait ? DUAAL_PDF_A4_SHORT : DUAAL_PDF_A4_LONG;
  pages->height = portrait ? DUAAL_PDF_A4_LONG : DUAAL_PDF_A4_SHORT;
  pages->zoom = zoom;
  pages->content_width = (pages->width - 2 * DUAAL_PDF_MARGIN) / zoom;
  pages->content_height = (pages->height - 2 * DUAAL_PDF_MARGIN) / zoom;
}

guint
duaal_pdf_pages_fit_columns (const DuaalPdfPages *pages,
                             double               fixed_width,
                             double               column_width)
{
  double room = pages->content_width - fixed_width;

  g_return_val_if_fail (column_width > 0, 1);

  return room >= column_width ? (guint) floor (room / column_width) : 1;
}

/* The PDF is written beside its target and put in its place only when
 * whole (duaal-file.h); the replacement lives as long as the surface. */
static const cairo_user_data_key_t replacement_key;

static cairo_status_t
write_to_replacement (void                *replacement,
                      const unsigned char *data,
                      unsigned int         length)
{
  return duaal_file_replacement_write (replacement, data, length, NULL) ? CAIRO_STATUS_SUCCESS
                                                                        : CAIRO_STATUS_WRITE_ERROR;
}

cairo_surface_t *
duaal_pdf_pages_create (const DuaalPdfPages  *pages,
                        const char           *path,
                        const char           *title,
                        const char           *subject,
                        GError              **error)
{
  g_autoptr(GError) local_error = NULL;
  DuaalFileReplacement *replacement = duaal_file_replacement_new (path, &local_error);
  cairo_surface_t *surface;

  if (replacement == NULL)
    {
      g_propagate_error (error, duaal_file_new_save_error (path, local_error));
      return NULL;
    }
  surface = cairo_pdf_surface_create_for_stream (write_to_replacement, replacement, pages->width, pages->height);
  if (cairo_surface_set_user_data (surface, &replacement_key, replacement,
                                   (cairo_destroy_func_t) duaal_file_replacement_free) != CAIRO_STATUS_SUCCESS)
    {
      duaal_file_replacement_free (replacement);
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO, _("Could not save “%s”: %s"),
                   path, cairo_status_to_string (cairo_surface_status (surface)));
      cairo_surface_destroy (surface);
      return NULL;
    }
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  if (subject != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Duaal");
  return surface;
}

gboolean
duaal_pdf_pages_commit (cairo_surface_t  *surface,
                        const char       *path,
                        GError          **error)
{
  DuaalFileReplacement *replacement = cairo_surface_get_user_data (surface, &replacement_key);
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (replacement != NULL, FALSE);
  g_return_val_if_fail (cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS, FALSE);

  if (!duaal_file_replacement_commit (replacement, &local_error))
    {
      g_propagate_error (error, duaal_file_new_save_error (path, local_error));
      return FALSE;
    }
  return TRUE;
}

gboolean
duaal_pdf_pages_finish (cairo_surface_t  *surface,
                        const char       *path,
                        GError          **error)
{
  cairo_status_t status;

  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO, _("Could not save “%s”: %s"),
                   path, cairo_status_to_string (status));
      return FALSE;
    }
  return duaal_pdf_pages_commit (surface, path, error);
}

void
duaal_pdf_pages_begin_page (const DuaalPdfPages *pages,
                            cairo_t             *cr)
{
  cairo_save (cr);
  cairo_translate (cr, DUAAL_PDF_MARGIN, DUAAL_PDF_MARGIN);
  cairo_scale (cr, pages->zoom, pages->zoom);
}

void
duaal_pdf_pages_end_page (cairo_t *cr)
{
  cairo_restore (cr);
  cairo_show_page (cr);
}
