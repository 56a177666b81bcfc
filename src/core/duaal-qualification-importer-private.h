/* duaal-qualification-importer-private.h: what only the tests and the benchmark use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-qualification-importer.h"

G_BEGIN_DECLS

DuaalQualification         *duaal_qualification_importer_import_bytes (DuaalQualificationImporter  *self,
                                                                       const char                  *display_name,
                                                                       GBytes                      *bytes,
                                                                       GError                     **error);

G_END_DECLS
