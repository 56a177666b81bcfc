/* duaal-qualification-importer.h: imports qualifications, schema compiled once
 *
 * duaal_qualification_import_file() compiles the RELAX NG schema for
 * every file; a program that imports more than one (the application, a
 * batch) keeps one importer instead, which compiles it once.  Results and
 * refusals are exactly those of the functions in
 * duaal-qualification-import.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "duaal-qualification.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_QUALIFICATION_IMPORTER (duaal_qualification_importer_get_type ())
G_DECLARE_FINAL_TYPE (DuaalQualificationImporter, duaal_qualification_importer, DUAAL, QUALIFICATION_IMPORTER, GObject)

/* Fails only when the program's own schema cannot be compiled. */
DuaalQualificationImporter *duaal_qualification_importer_new          (GError                     **error);
DuaalQualification         *duaal_qualification_importer_import_file  (DuaalQualificationImporter  *self,
                                                                       const char                  *path,
                                                                       GError                     **error);

G_END_DECLS
