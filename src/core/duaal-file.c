/* duaal-file.c: replacing a file safely (see duaal-file.h)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "duaal-error.h"
#include "duaal-file.h"

#define TEMP_RANDOM_LENGTH 6   /* the XXXXXX of g_mkstemp() */
/* A temporary file can lose the race with a cleaner (see create_temp());
 * a few tries are more than enough. */
#define MAX_CREATE_TRIES   4

struct _DuaalFileReplacement
{
  char     *target;      /* the file replaced, symbolic links resolved */
  char     *temp_path;
  int       fd;          /* the temporary file, locked; -1 once closed */
  gboolean  keep_mode;   /* the target exists: give its mode to the new file */
  mode_t    mode;
  gid_t     gid;
  gboolean  committed;
};

/* ---- errors --------------------------------------------------------- */

static const char *
describe_errno (int errsv)
{
  switch (errsv)
    {
    case ENOENT:
    case ENOTDIR: return _("the folder does not exist");
    case EACCES:
    case EPERM: return _("you may not write there");
    case EROFS: return _("the disk is read-only");
    case ENOSPC:
    case EDQUOT: return _("the disk is full");
    case EISDIR: return _("that is a folder, not a file");
    default: return g_strerror (errsv);
    }
}

static gboolean
set_error_from_errno (GError **error,
                      int      errsv)
{
  g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (errsv), describe_errno (errsv));
  return FALSE;
}

GError *
duaal_file_new_save_error (const char   *path,
                           const GError *cause)
{
  gboolean full = g_error_matches (cause, G_FILE_ERROR, G_FILE_ERROR_NOSPC);

  g_return_val_if_fail (path != NULL && cause != NULL, NULL);

  return g_error_new (DUAAL_ERROR, full ? DUAAL_ERROR_FULL : DUAAL_ERROR_IO,
                      _("Could not save “%s”: %s"), path, cause->message);
}

/* ---- stale temporary files ------------------------------------------ */

static gboolean
is_temp_name (const char *name)
{
  return g_str_has_prefix (name, DUAAL_FILE_TEMP_PREFIX)
         && strlen (name) == strlen (DUAAL_FILE_TEMP_PREFIX) + TEMP_RANDOM_LENGTH;
}

/* A temporary file is stale when nobody holds its lock: its writer is
 * gone.  It is removed under our own lock, and only while the name still
 * means the file we locked (a writer that finished renamed it away). */
static gboolean
remove_if_stale (const char *directory,
                 const char *name)
{
  g_autofree char *path = g_build_filename (directory, name, NULL);
  struct stat opened, named;
  gboolean removed = FALSE;
  int fd;

  fd = open (path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0)
    return FALSE;
  if (fstat (fd, &opened) == 0 && S_ISREG (opened.st_mode) && opened.st_uid == geteuid ()
      && flock (fd, LOCK_EX | LOCK_NB) == 0
      && g_lstat (path, &named) == 0 && named.st_dev == opened.st_dev && named.st_ino == opened.st_ino)
    removed = g_unlink (path) == 0;
  close (fd);
  return removed;
}

guint
duaal_file_remove_stale (const char *directory)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint removed = 0;

  g_return_val_if_fail (directory != NULL, 0);

  dir = g_dir_open (directory, 0, NULL);
  if (dir == NULL)
    return 0;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (is_temp_name (name) && remove_if_stale (directory, name))
      removed++;
  return removed;
}

/* ---- replacing ------------------------------------------------------ */

/* The file a symbolic link points to is the one the user means; a
 * dangling link is replaced by the file itself. */
static char *
resolve_target (const char *path)
{
  char *resolved = realpath (path, NULL);
  char *target;

  if (resolved == NULL)
    return g_strdup (path);
  target = g_strdup (resolved);
  free (resolved);
  return target;
}

/* Creates and locks the temporary file.  A cleaner in another process
 * may find it in the moment between creation and locking and remove it:
 * the lock is then ours but the file has no name any more (no links),
 * and we start again. */
static gboolean
create_temp (DuaalFileReplacement  *self,
             GError               **error)
{
  g_autofree char *directory = g_path_get_dirname (self->target);
  /* Never wider than the file replaced, even while being written. */
  int create_mode = self->keep_mode ? (int) (self->mode & 0777) : 0666;

  for (guint try = 0; try < MAX_CREATE_TRIES; try++)
    {
      struct stat st;

      g_free (self->temp_path);
      self->temp_path = g_build_filename (directory, DUAAL_FILE_TEMP_PREFIX "XXXXXX", NULL);
      self->fd = g_mkstemp_full (self->temp_path, O_RDWR | O_CLOEXEC, create_mode);
      if (self->fd < 0)
        {
          int errsv = errno;
          g_clear_pointer (&self->temp_path, g_free);
          return set_error_from_errno (error, errsv);
        }
      if (flock (self->fd, LOCK_EX) == 0 && fstat (self->fd, &st) == 0 && st.st_nlink > 0)
        return TRUE;
      close (self->fd);
      self->fd = -1;
    }
  g_clear_pointer (&self->temp_path, g_free);
  return set_error_from_errno (error, EAGAIN);
}

DuaalFileReplacement *
duaal_file_replacement_new (const char  *path,
                            GError     **error)
{
  g_autoptr(DuaalFileReplacement) self = NULL;
  g_autofree char *directory = NULL;
  struct stat st;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (DuaalFileReplacement, 1);
  self->fd = -1;
  self->target = resolve_target (path);

  if (g_stat (self->target, &st) == 0)
    {
      if (S_ISDIR (st.st_mode))
        {
          set_error_from_errno (error, EISDIR);
          return NULL;
        }
      self->keep_mode = TRUE;
      self->mode = st.st_mode & 07777;
      self->gid = st.st_gid;
    }

  directory = g_path_get_dirname (self->target);
  duaal_file_remove_stale (directory);
  if (!create_temp (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

const char *
duaal_file_replacement_get_temp_path (DuaalFileReplacement *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->temp_path;
}

gboolean
duaal_file_replacement_write (DuaalFileReplacement  *self,
                              const void            *data,
                              gsize                  length,
                              GError               **error)
{
  const char *next = data;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->fd >= 0, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  while (length > 0)
    {
      gssize written = write (self->fd, next, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written < 0)
        return set_error_from_errno (error, errno);
      next += written;
      length -= written;
    }
  return TRUE;
}

/* The rename is only durable once the folder is on the disk too; a
 * folder that cannot be opened or flushed (some network file systems)
 * has nothing more to give, so that is no failure. */
static void
sync_directory (const char *target)
{
  g_autofree char *directory = g_path_get_dirname (target);
  int fd = open (directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd < 0)
    return;
  fsync (fd);
  close (fd);
}

gboolean
duaal_file_replacement_commit (DuaalFileReplacement  *self,
                               GError               **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->fd >= 0 && !self->committed, FALSE);

  if (self->keep_mode)
    {
      /* The group too where we may (a shared folder's group); the mode
       * is what matters, so a refused chown is no failure. */
      if (fchown (self->fd, (uid_t) -1, self->gid) != 0)
        g_debug ("Keeping the group of %s: %s", self->target, g_strerror (errno));
      if (fchmod (self->fd, self->mode) != 0)
        return set_error_from_errno (error, errno);
    }
  if (fsync (self->fd) != 0 || g_rename (self->temp_path, self->target) != 0)
    return set_error_from_errno (error, errno);
  self->committed = TRUE;
  sync_directory (self->target);
  return TRUE;
}

void
duaal_file_replacement_free (DuaalFileReplacement *self)
{
  if (self == NULL)
    return;
  /* Removed before the lock goes with the descriptor, so no cleaner
   * ever sees an unlocked file of a writer that is still here. */
  if (!self->committed && self->temp_path != NULL)
    g_unlink (self->temp_path);
  if (self->fd >= 0)
    close (self->fd);
  g_free (self->temp_path);
  g_free (self->target);
  g_free (self);
}

gboolean
duaal_file_replace_contents (const char  *path,
                             const void  *data,
                             gsize        length,
                             GError     **error)
{
  g_autoptr(DuaalFileReplacement) replacement = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  replacement = duaal_file_replacement_new (path, error);
  return replacement != NULL
         && duaal_file_replacement_write (replacement, data, length, error)
         && duaal_file_replacement_commit (replacement, error);
}
