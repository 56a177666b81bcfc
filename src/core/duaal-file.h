/* duaal-file.h: replacing a file safely, for every export
 *
 * An export is written to a temporary file beside its target, flushed to
 * the disk and renamed over the target in one step, so a reader sees
 * either the old file or the whole new one, never half of it.  A file
 * that is replaced keeps its permissions (a private 0600 file stays
 * private); a new file gets the usual 0666 less the umask.
 *
 * The temporary file is named ".duaal-export-XXXXXX" and held under an
 * exclusive flock() while it is written.  An export that is killed leaves
 * it behind unlocked; the next export into the same folder removes such
 * leftovers (only unlocked ones of the same user, so an export running at
 * the same moment in another process is never disturbed).
 *
 * Errors are G_FILE_ERROR, as g_file_set_contents() gives, with the cause
 * in words a coach understands ("the disk is full"); callers put them in
 * their own sentence ("Could not save “plan.csv”: the disk is full").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the temporary files' names start with. */
#define DUAAL_FILE_TEMP_PREFIX ".duaal-export-"

typedef struct _DuaalFileReplacement DuaalFileReplacement;

/* Starts replacing @path: removes stale temporary files from its folder,
 * then creates and locks a new one.  A symbolic link at @path is
 * followed: the file it points to is replaced.
 * Returns: (transfer full): the replacement, or NULL with @error set */
DuaalFileReplacement *duaal_file_replacement_new           (const char            *path,
                                                            GError               **error);
/* The temporary file, for writers that want a file name (e.g.
 * libxlsxwriter): they open, write and close it by this name while the
 * replacement keeps it locked. */
const char           *duaal_file_replacement_get_temp_path (DuaalFileReplacement  *self);
gboolean              duaal_file_replacement_write         (DuaalFileReplacement  *self,
                                                            const void            *data,
                                                            gsize                  length,
                                                            GError               **error);
/* Sets the mode, flushes the file to the disk and renames it over the
 * target.  On failure the temporary file is removed and the target is as
 * it was. */
gboolean              duaal_file_replacement_commit        (DuaalFileReplacement  *self,
                                                            GError               **error);
/* Removes the temporary file unless it was committed. */
void                  duaal_file_replacement_free          (DuaalFileReplacement  *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DuaalFileReplacement, duaal_file_replacement_free)

/* The whole of @data as the new contents of @path: a safe
 * g_file_set_contents(). */
gboolean              duaal_file_replace_contents          (const char            *path,
                                                            const void            *data,
                                                            gsize                  length,
                                                            GError               **error);

/* A failed export of @path as the core reports it: DUAAL_ERROR_FULL for a
 * full disk, else DUAAL_ERROR_IO, "Could not save “PATH”: cause" with the
 * cause from @cause (an error of this module, or any other).
 * Returns: (transfer full) */
GError               *duaal_file_new_save_error            (const char            *path,
                                                            const GError          *cause);

/* Removes the temporary files that killed exports left in @directory;
 * returns how many.  duaal_file_replacement_new() calls it. */
guint                 duaal_file_remove_stale              (const char            *directory);

G_END_DECLS
