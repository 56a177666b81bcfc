/* duaal-group-dialog.h: create or rename a class group
 *
 * Creating asks for a name and one of the imported qualifications;
 * renaming only for the name (a group keeps its qualification, as its
 * scores belong to it).  Stores the change itself on "Save" and emits
 * ::saved; errors appear in a message dialog with the exact cause.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "duaal-store.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_GROUP_DIALOG (duaal_group_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DuaalGroupDialog, duaal_group_dialog, DUAAL, GROUP_DIALOG, AdwMessageDialog)

/* @group: (nullable): the group to rename, NULL to create one */
DuaalGroupDialog *duaal_group_dialog_new               (GtkWindow        *parent,
                                                        DuaalStore       *store,
                                                        DuaalClassGroup  *group);
GtkEditable      *duaal_group_dialog_get_name_entry    (DuaalGroupDialog *self);
/* (nullable): NULL when renaming */
GtkDropDown      *duaal_group_dialog_get_qualification_dropdown (DuaalGroupDialog *self);
/* (nullable): NULL when renaming */
GtkEditable      *duaal_group_dialog_get_teachers_entry (DuaalGroupDialog *self);
/* (nullable): the name (@field 0), first day (1) or last day (2) of
 * period @number (from 1) of a new group */
GtkEditable      *duaal_group_dialog_get_period_entry  (DuaalGroupDialog *self,
                                                        guint             number,
                                                        guint             field);
/* Stores the group as the "save" response does, in one transaction
 * (a new group with its teachers and periods): the new or renamed
 * group's id; 0 with @error set, and nothing stored. */
gint64            duaal_group_dialog_save              (DuaalGroupDialog *self,
                                                        GError          **error);

G_END_DECLS
