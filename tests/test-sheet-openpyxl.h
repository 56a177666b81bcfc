/* test-sheet-openpyxl.h: the independent writer of score sheets
 * (tests/test-sheet-openpyxl.py) from a C test
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

/* Runs the openpyxl script (with /usr/bin/python3, which has openpyxl)
 * with @args; fails the test when it fails.  Returns its standard output
 * without the trailing newline. */
static inline char *
test_sheet_openpyxl (const char * const *args)
{
  g_autofree char *script = g_build_filename (g_getenv ("DUAAL_SOURCE_ROOT"), "tests",
                                              "test-sheet-openpyxl.py", NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_strv_builder_add_many (builder, "/usr/bin/python3", script, NULL);
  g_strv_builder_addv (builder, (const char **) args);
  argv = g_strv_builder_end (builder);
  g_assert_true (g_spawn_sync (NULL, argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("openpyxl: %s", err);
  return g_strstrip (out);
}
