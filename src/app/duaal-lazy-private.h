/* duaal-lazy-private.h: stand-ins for a library's functions that load
 * the library at the first call (duaal-libpq-lazy.c, duaal-sheet-lazy.c)
 *
 * Linked into the duaal program only: the program's own definitions of
 * these functions stand in for the library's, so the linker
 * (--as-needed) leaves the library out of the program's start-up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gmodule.h>

/* The function @name of the library @soname, opened at the first call.
 * The package depends on the library: without it the installation is
 * broken, and saying so is all that can be done. */
static inline gpointer
duaal_lazy_symbol (GModule   **module,
                   gsize      *loaded,
                   const char *soname,
                   const char *name)
{
  gpointer symbol = NULL;

  if (g_once_init_enter (loaded))
    {
      *module = g_module_open (soname, G_MODULE_BIND_LOCAL);
      if (*module == NULL)
        g_error ("Cannot load %s: %s", soname, g_module_error ());
      g_module_make_resident (*module);
      g_once_init_leave (loaded, 1);
    }
  if (!g_module_symbol (*module, name, &symbol) || symbol == NULL)
    g_error ("%s has no %s: %s", soname, name, g_module_error ());
  return symbol;
}

/* RET NAME PARAMS, calling the real NAME with ARGS; LOOKUP (name) finds
 * it.  Two threads may look a function up at once: both find the same
 * address. */
#define DUAAL_LAZY(lookup, ret, name, params, args)               \
  ret                                                             \
  name params                                                     \
  {                                                               \
    static ret (*real) params;                                    \
                                                                  \
    if (g_atomic_pointer_get (&real) == NULL)                     \
      g_atomic_pointer_set (&real, lookup (#name));               \
    return real args;                                             \
  }

#define DUAAL_LAZY_VOID(lookup, name, params, args)               \
  void                                                            \
  name params                                                     \
  {                                                               \
    static void (*real) params;                                   \
                                                                  \
    if (g_atomic_pointer_get (&real) == NULL)                     \
      g_atomic_pointer_set (&real, lookup (#name));               \
    real args;                                                    \
  }
