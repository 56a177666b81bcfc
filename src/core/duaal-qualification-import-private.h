/* duaal-qualification-import-private.h: the importer with a schema compiled once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/relaxng.h>

#include "duaal-qualification-import.h"

G_BEGIN_DECLS

/* @path: in the file system encoding; the error messages name it as given.
 * Returns: (transfer full): the qualification, or NULL with @error set. */
DuaalQualification *duaal_qualification_import_file  (const char  *path,
                                                      GError     **error);

/* @display_name: how error messages name the file (e.g. its basename).
 * Returns: (transfer full): the qualification, or NULL with @error set. */
DuaalQualification *duaal_qualification_import_bytes (const char  *display_name,
                                                      GBytes      *bytes,
                                                      GError     **error);

/* The demo qualification "Elektrotechnicus" (BK-0138) shipped in the core's
 * resources.  Returns: (transfer full). */
DuaalQualification *duaal_qualification_import_demo  (GError     **error);


/* The qualification schema (data/qualification.rng), compiled. */
xmlRelaxNG         *duaal_qualification_schema_load              (GError      **error);

/* As duaal_qualification_import_bytes() / _file(), validating with
 * @schema; NULL compiles the schema for this file alone. */
DuaalQualification *duaal_qualification_import_bytes_with_schema (xmlRelaxNG   *schema,
                                                                  const char   *display_name,
                                                                  GBytes       *bytes,
                                                                  GError      **error);
DuaalQualification *duaal_qualification_import_file_with_schema  (xmlRelaxNG   *schema,
                                                                  const char   *path,
                                                                  GError      **error);

G_END_DECLS
