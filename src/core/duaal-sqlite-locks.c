/* duaal-sqlite-locks.c: SQLite's file locks that survive close()
 *
 * The problem.  SQLite's unix VFS locks with POSIX advisory record
 * locks (fcntl F_SETLK).  Those belong to the process, and the kernel
 * drops all of them the moment the process closes *any* descriptor of
 * the file ("How To Corrupt An SQLite Database File", 2.2).  SQLite
 * itself is careful (below), but other code in the application is not:
 * the in-process GTK file chooser opens, reads and closes the files of
 * the folder it shows, the database among them.  From then on another
 * process, e.g. duaal-cli, finds no lock of the application, believes it
 * is the last connection when it closes, checkpoints and deletes the
 * -wal and -shm files, and every later write of the application goes to
 * a deleted WAL: gone at exit.
 *
 * The fix.  SQLite calls fcntl() and close() through a table of system
 * calls that a program may replace (sqlite3_vfs.xSetSystemCall).  We
 * replace both, once per process before the first connection opens, so
 * that every lock request on a file goes to Linux open file description
 * (OFD) locks, F_OFD_SETLK / F_OFD_GETLK, on one description of that
 * file per process that only this module holds ("the lock
 * description").  OFD locks belong to the description, not to the
 * process: closing some other descriptor of the file, in SQLite or
 * anywhere else, leaves them alone.  Against other processes they work
 * exactly like POSIX locks and conflict with them, so older Duaal
 * versions or the sqlite3 shell still exclude each other correctly.
 *
 * Why one description per file and process, and not simply the
 * descriptor SQLite passes.  SQLite keeps one record per file and
 * process (unixInodeInfo) and shares the process's locks between all its
 * connections to that file: the first connection takes the SHARED lock
 * with fcntl() on *its* descriptor, the others only increment nShared,
 * and whichever connection is last releases it with fcntl() on *its*
 * descriptor.  In WAL mode every connection holds SHARED for as long as
 * it is open, and the application has several at once (the store, the
 * background quick_check of a large database, the daily backup's
 * reader, the writable connection that make_writable() swaps in).  With
 * OFD locks on each connection's own descriptor, the unlock would go to
 * a description that holds nothing, the first one would keep a stale
 * lock, and an EXCLUSIVE lock later asked through a third descriptor
 * would conflict with the process's own stale lock.  With a single
 * lock description per file, all of a process's locks on a file live
 * in one place and merge, split and convert exactly as POSIX locks of
 * one process do (OFD locks taken through one description behave like
 * that by definition), whichever of SQLite's descriptors asks.  So
 * SQLite's bookkeeping stays exactly as true as it is with POSIX locks;
 * the one and only difference is that a close() does not drop anything.
 *
 * Lifetime.  SQLite never closes a descriptor of the database file while
 * the process still holds a lock on it (unixClose() parks it on the
 * inode's pUnused list until nLock drops to 0), and closes the one -shm
 * descriptor of a process (unixShmPurge()) precisely to release its
 * -shm locks, the "dead man switch" byte among them.  So the lock
 * description of a file is closed, releasing whatever it holds, when
 * SQLite closes the last of its descriptors of that file that ever
 * asked for a lock: at that moment SQLite holds no lock on it, or wants
 * them gone.  Descriptors are checked against the file (st_dev,
 * st_ino) on every request, so a descriptor number reused for another
 * file is never mistaken for the old one.
 *
 * Access modes.  The lock description is opened read-write when the
 * file may be written, else read-only.  A write lock asked through a
 * descriptor SQLite opened read-only fails with EBADF, as the kernel
 * would fail it: a read-only connection behaves as before.
 *
 * Like SQLite itself, this does not survive fork(): a child must not use
 * SQLite on a file its parent had open (SQLite's per-process records of
 * that file would be the parent's too).  Duaal only forks to exec(), and
 * every descriptor here is O_CLOEXEC.
 *
 * Everything here is per process by nature (locks belong to processes
 * and SQLite's system call table is global), hence the one static table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE  /* F_OFD_SETLK */
#endif
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include "duaal-sqlite-locks-private.h"

#ifndef F_OFD_SETLK
#error "Duaal needs open file description locks (F_OFD_SETLK, Linux 3.15 or later)"
#endif

typedef int (*FcntlFunc) (int fd, int cmd, ...);
typedef int (*CloseFunc) (int fd);

typedef struct {
  dev_t dev;
  ino_t ino;
  int   lock_fd;   /* this process's lock description of the file */
  guint n_fds;     /* SQLite's descriptors of the file that asked for a lock */
} LockedFile;

typedef struct {
  GMutex      mutex;
  GHashTable *files;     /* LockedFile* -> itself, by (dev, ino) */
  GHashTable *fds;       /* SQLite's descriptor -> LockedFile* */
  FcntlFunc   real_fcntl;
  CloseFunc   real_close;
} LockTable;

static LockTable locks;

static guint
locked_file_hash (gconstpointer data)
{
  const LockedFile *file = data;

  return (guint) file->ino ^ (guint) (file->ino >> 32) ^ (guint) file->dev;
}

static gboolean
locked_file_equal (gconstpointer a,
                   gconstpointer b)
{
  const LockedFile *x = a;
  const LockedFile *y = b;

  return x->dev == y->dev && x->ino == y->ino;
}

/* A new description of the file behind @fd, through /proc so that it
 * does not depend on the file's name (which may have changed). */
static int
open_lock_description (int fd)
{
  char path[64];
  int lock_fd;

  g_snprintf (path, sizeof path, "/proc/self/fd/%d", fd);
  lock_fd = open (path, O_RDWR | O_CLOEXEC | O_NOCTTY);
  if (lock_fd < 0 && (errno == EACCES || errno == EROFS || errno == EPERM))
    lock_fd = open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
  return lock_fd;
}

/* Called with the mutex held. */
static void
forget_fd (int fd)
{
  LockedFile *file = g_hash_table_lookup (locks.fds, GINT_TO_POINTER (fd));

  if (file == NULL)
    return;
  g_hash_table_remove (locks.fds, GINT_TO_POINTER (fd));
  if (--file->n_fds > 0)
    return;
  /* SQLite holds no lock on the file any more, or wants them gone. */
  locks.real_close (file->lock_fd);
  g_hash_table_remove (locks.files, file);
  g_free (file);
}

/* The lock description for SQLite's descriptor @fd; NULL with errno set
 * when the file cannot be reopened.  Called with the mutex held. */
static LockedFile *
locked_file_for (int fd)
{
  LockedFile *file = g_hash_table_lookup (locks.fds, GINT_TO_POINTER (fd));
  LockedFile key = { 0 };
  struct stat st;

  if (fstat (fd, &st) != 0)
    return NULL;
  if (file != NULL && file->dev == st.st_dev && file->ino == st.st_ino)
    return file;
  /* A number SQLite closed behind our back and reused for another file. */
  forget_fd (fd);

  key.dev = st.st_dev;
  key.ino = st.st_ino;
  file = g_hash_table_lookup (locks.files, &key);
  if (file == NULL)
    {
      int lock_fd = open_lock_description (fd);

      if (lock_fd < 0)
        return NULL;
      file = g_new0 (LockedFile, 1);
      *file = key;
      file->lock_fd = lock_fd;
      g_hash_table_add (locks.files, file);
    }
  file->n_fds++;
  g_hash_table_insert (locks.fds, GINT_TO_POINTER (fd), file);
  return file;
}

static int
ofd_command (int cmd)
{
  switch (cmd)
    {
    case F_SETLK:
      return F_OFD_SETLK;
    case F_SETLKW:
      return F_OFD_SETLKW;
    default:
      return F_OFD_GETLK;
    }
}

/* F_SETLK, F_SETLKW and F_GETLK of SQLite, done on the file's lock
 * description. */
static int
lock_on_description (int           fd,
                     int           cmd,
                     struct flock *lock)
{
  struct flock ofd_lock = *lock;
  LockedFile *file;
  int lock_fd;
  int rc;
  int saved_errno;

  /* The kernel refuses a write lock through a read-only descriptor;
   * so do we, whatever mode the lock description has. */
  if (cmd != F_GETLK && lock->l_type == F_WRLCK)
    {
      int flags = locks.real_fcntl (fd, F_GETFL);

      if (flags >= 0 && (flags & O_ACCMODE) == O_RDONLY)
        {
          errno = EBADF;
          return -1;
        }
    }

  g_mutex_lock (&locks.mutex);
  file = locked_file_for (fd);
  if (file == NULL)
    {
      saved_errno = errno;
      g_mutex_unlock (&locks.mutex);
      errno = saved_errno;
      return -1;
    }
  /* Our own handle on the description, so that a blocking request can
   * wait without holding the mutex. */
  lock_fd = locks.real_fcntl (file->lock_fd, F_DUPFD_CLOEXEC, 0);
  saved_errno = errno;
  g_mutex_unlock (&locks.mutex);
  if (lock_fd < 0)
    {
      errno = saved_errno;
      return -1;
    }

  ofd_lock.l_pid = 0;  /* required by the F_OFD_* commands */
  rc = locks.real_fcntl (lock_fd, ofd_command (cmd), &ofd_lock);
  saved_errno = errno;
  locks.real_close (lock_fd);
  if (rc == 0 && cmd == F_GETLK)
    *lock = ofd_lock;
  errno = saved_errno;
  return rc;
}

static int
duaal_fcntl (int fd,
             int cmd,
             ...)
{
  va_list args;
  void *arg;

  /* As glibc's own fcntl(): the third argument, if any, is one word. */
  va_start (args, cmd);
  arg = va_arg (args, void *);
  va_end (args);

  if (cmd == F_SETLK || cmd == F_SETLKW || cmd == F_GETLK)
    return lock_on_description (fd, cmd, arg);
  return locks.real_fcntl (fd, cmd, arg);
}

static int
duaal_close (int fd)
{
  g_mutex_lock (&locks.mutex);
  forget_fd (fd);
  g_mutex_unlock (&locks.mutex);
  return locks.real_close (fd);
}

static void
install_once (void)
{
  sqlite3_vfs *vfs = sqlite3_vfs_find ("unix");

  /* Without the unix VFS (never on Linux) SQLite would not lock with
   * fcntl() at all, and there is nothing to replace. */
  if (vfs == NULL || vfs->iVersion < 3 || vfs->xSetSystemCall == NULL)
    g_error ("SQLite has no unix VFS whose system calls can be replaced");

  g_mutex_init (&locks.mutex);
  locks.files = g_hash_table_new (locked_file_hash, locked_file_equal);
  locks.fds = g_hash_table_new (g_direct_hash, g_direct_equal);
  locks.real_fcntl = (FcntlFunc) vfs->xGetSystemCall (vfs, "fcntl");
  locks.real_close = (CloseFunc) vfs->xGetSystemCall (vfs, "close");

  /* All unix VFSes ("unix", "unix-excl", ...) share one table. */
  if (vfs->xSetSystemCall (vfs, "fcntl", (sqlite3_syscall_ptr) duaal_fcntl) != SQLITE_OK ||
      vfs->xSetSystemCall (vfs, "close", (sqlite3_syscall_ptr) duaal_close) != SQLITE_OK)
    g_error ("SQLite refused Duaal's fcntl() and close()");
}

void
duaal_sqlite_locks_install (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      install_once ();
      g_once_init_leave (&installed, 1);
    }
}

/* Before main(), so that no connection of the program, not even one a
 * test opens with sqlite3_open() directly, can take a POSIX lock first:
 * a lock taken before the switch would never be released through it. */
__attribute__ ((constructor)) static void
install_at_start (void)
{
  duaal_sqlite_locks_install ();
}
