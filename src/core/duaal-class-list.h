/* duaal-class-list.h: reading a class list (docs/formats/csv.md)
 *
 * The one reader of class lists, for the application and duaal-cli alike,
 * so that the same file gives the same result in both: columns "learner"
 * and "company" required, "trainer" optional (the column may be absent,
 * a value empty); every name by the core's name rules (duaal-input.h).
 * A refused file gives DUAAL_ERROR_INVALID_FILE "FILE:LINE: cause".
 * Reading is apart from storing, so that a caller can check the whole
 * file before it opens a database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "duaal-store.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_CLASS_LIST (duaal_class_list_get_type ())
G_DECLARE_FINAL_TYPE (DuaalClassList, duaal_class_list, DUAAL, CLASS_LIST, GObject)

/* @path: in the file system encoding; messages name it as given.
 * Returns: (transfer full): the rows, or NULL with @error set. */
DuaalClassList      *duaal_class_list_read_file    (const char              *path,
                                                    GError                 **error);

/* Translated, "FILE:LINE: …" each (array zero-terminated=1), e.g. a
 * column that is not used; never NULL. */
const char * const  *duaal_class_list_get_warnings (DuaalClassList          *self);

/* Adds the rows to class group @group_id in one transaction: learners
 * already in the group and companies already known are counted in
 * @result, not added again. */
gboolean             duaal_class_list_import       (DuaalClassList          *self,
                                                    DuaalStore              *store,
                                                    gint64                   group_id,
                                                    DuaalClassImportResult  *result,
                                                    GError                 **error);

G_END_DECLS
