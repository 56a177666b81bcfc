/* pdf-check.c: what a PDF reader, a search and a screen reader get
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "pdf-check.h"

/* Runs @argv and returns what it printed; the test fails when the tool
 * is missing or fails. */
static char *
run (const char * const *argv)
{
  g_autofree char *tool = g_find_program_in_path (argv[0]);
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (tool == NULL)
    g_error ("%s is not installed (make deps installs it)", argv[0]);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  return out;
}

void
duaal_test_pdf_assert_sound (const char *path)
{
  g_autofree char *out = run ((const char *[]) { "qpdf", "--check", path, NULL });

  g_assert_nonnull (strstr (out, "No syntax or stream encoding errors found"));
}

void
duaal_test_pdf_assert_fonts_embedded (const char *path)
{
  g_autofree char *out = run ((const char *[]) { "pdffonts", path, NULL });
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  guint n_fonts = 0;

  /* Two header lines, then one line a font ending in
   * "emb sub uni object-number generation". */
  for (guint i = 2; lines[0] != NULL && lines[1] != NULL && lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
      g_autoptr(GPtrArray) fields = g_ptr_array_new ();

      for (guint w = 0; words[w] != NULL; w++)
        if (*words[w] != '\0')
          g_ptr_array_add (fields, words[w]);
      if (fields->len == 0)
        continue;
      g_assert_cmpuint (fields->len, >=, 6);
      g_assert_cmpstr (g_ptr_array_index (fields, fields->len - 5), ==, "yes");
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >, 0);
}

char *
duaal_test_pdf_get_text (const char *path)
{
  return run ((const char *[]) { "pdftotext", "-raw", "-enc", "UTF-8", path, "-", NULL });
}

char *
duaal_test_pdf_get_checked_text (const char *path)
{
  duaal_test_pdf_assert_sound (path);
  duaal_test_pdf_assert_fonts_embedded (path);
  return duaal_test_pdf_get_text (path);
}

char *
duaal_test_pdf_get_info (const char *path,
                         const char *field)
{
  g_autofree char *out = run ((const char *[]) { "pdfinfo", "-enc", "UTF-8", path, NULL });
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  g_autofree char *prefix = g_strconcat (field, ":", NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strstrip (g_strdup (lines[i] + strlen (prefix)));
  return NULL;
}

guint
duaal_test_pdf_count_a4_pages (const char *path)
{
  g_autofree char *out = run ((const char *[]) { "pdfinfo", "-f", "1", "-l", "100000", path, NULL });
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "Page ") && strstr (lines[i], " size:") != NULL)
      {
        g_assert_nonnull (strstr (lines[i], "(A4)"));
        n++;
      }
  return n;
}
