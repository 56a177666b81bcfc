/* duaal-error.h: one error domain for the whole core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DUAAL_ERROR (duaal_error_quark ())

/* The first group is the user's input (duaal-cli exit code 2), the second
 * the machine or database (exit code 1): see duaal_error_is_bad_input(). */
typedef enum {
  DUAAL_ERROR_INVALID,        /* a bad argument or value */
  DUAAL_ERROR_NOT_FOUND,      /* an id that does not exist */
  DUAAL_ERROR_INVALID_FILE,   /* a file that is refused: message names file and line */
  DUAAL_ERROR_CONFLICT,       /* e.g. re-import removing scored indicators */

  DUAAL_ERROR_DATABASE = 100, /* SQLite failed */
  DUAAL_ERROR_BUSY,           /* another writer held the database too long */
  DUAAL_ERROR_FULL,           /* disk or database full */
  DUAAL_ERROR_CORRUPT,        /* the file is damaged */
  DUAAL_ERROR_IO,             /* reading or writing a file failed */
  DUAAL_ERROR_READ_ONLY,      /* the database cannot be written (file, file system, or still being checked) */
  DUAAL_ERROR_OFFLINE,        /* the connection to the database server is lost */
} DuaalError;

GQuark   duaal_error_quark        (void);
gboolean duaal_error_is_bad_input (const GError *error);

G_END_DECLS
