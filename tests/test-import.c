/* test-import.c: qualification XML import (formats/qualification-xml.md)
 *
 * Good files parse with the right counts and texts; every bad file under
 * tests/data/qualification/ is refused with DUAAL_ERROR_INVALID_FILE and the
 * message "FILE:LINE: cause", where the line and the cause are pinned.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gstdio.h>

#include <libxml/relaxng.h>

#include "db-dump.h"
#include "duaal-qualification-private.h"
#include "duaal-qualification-importer-private.h"
#include "duaal-error.h"
#include "duaal-qualification-import-private.h"
#include "duaal-qualification-importer.h"
#include "duaal-sqlite-store.h"

static void
ignore_error (void     *user_data,
              xmlError *error)
{
}

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "qualification", name, NULL);
}

static DuaalQualification *
import_good (const char *name)
{
  g_autofree char *path = data_path (name);
  g_autoptr(GError) error = NULL;
  DuaalQualification *qualification;

  qualification = duaal_qualification_import_file (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (qualification);
  return qualification;
}

static void
assert_indicator (DuaalCompetence *competence,
                  guint            position,
                  const char      *id,
                  const char      *text)
{
  DuaalIndicator *indicator = duaal_competence_get_indicator (competence, position);

  g_assert_cmpstr (duaal_indicator_get_id (indicator), ==, id);
  g_assert_cmpstr (duaal_indicator_get_text (indicator), ==, text);
}

static const char *
knowledge_text (DuaalCompetence *competence,
                guint            position)
{
  GPtrArray *knowledge = duaal_competence_get_knowledge (competence);

  g_assert_cmpuint (position, <, knowledge->len);
  return duaal_knowledge_item_get_text (g_ptr_array_index (knowledge, position));
}

static void
test_good_example (void)
{
  g_autoptr(DuaalQualification) qualification = import_good ("good-example.xml");
  DuaalCompetence *c01, *c07;
  GArray *levels;

  g_assert_cmpstr (duaal_qualification_get_code (qualification), ==, "BK-0138");
  g_assert_cmpuint (duaal_qualification_get_version (qualification), ==, 2);
  g_assert_cmpstr (duaal_qualification_get_title (qualification), ==, "Elektrotechnicus");
  g_assert_cmpstr (duaal_qualification_get_definition (qualification), ==,
                   "Voert elektrische installaties uit in woningen en gebouwen.");
  g_assert_cmpstr (duaal_qualification_get_lang (qualification), ==, "nl");
  g_assert_cmpuint (duaal_qualification_get_recognised (qualification), ==, 2014);

  levels = duaal_qualification_get_levels (qualification);
  g_assert_cmpuint (levels->len, ==, 2);
  g_assert_cmpstr (g_array_index (levels, DuaalLevel, 0).framework, ==, "VKS");
  g_assert_cmpuint (g_array_index (levels, DuaalLevel, 0).value, ==, 4);
  g_assert_cmpstr (g_array_index (levels, DuaalLevel, 1).framework, ==, "EQF");
  g_assert_cmpuint (g_array_index (levels, DuaalLevel, 1).value, ==, 4);

  g_assert_cmpuint (duaal_qualification_get_n_competences (qualification), ==, 2);
  g_assert_cmpuint (duaal_qualification_get_n_indicators (qualification), ==, 5);

  c01 = duaal_qualification_get_competence (qualification, 0);
  g_assert_cmpstr (duaal_competence_get_id (c01), ==, "c01");
  g_assert_cmpuint (duaal_competence_get_number (c01), ==, 1);
  g_assert_cmpstr (duaal_competence_get_title (c01), ==,
                   "Realiseert sleuven en holtes voor het leggen van leidingen");
  g_assert_cmpstr (duaal_competence_get_reference (c01), ==, "Id 16828");
  g_assert_cmpstr (duaal_competence_get_group_title (c01), ==, "Basisactiviteiten");
  g_assert_cmpuint (duaal_competence_get_n_indicators (c01), ==, 2);
  assert_indicator (c01, 1, "c01.02", "Boort en freest sleuven en holtes volgens de plannen");
  g_assert_cmpuint (duaal_competence_get_knowledge (c01)->len, ==, 0);

  c07 = duaal_qualification_get_competence (qualification, 1);
  g_assert_cmpstr (duaal_competence_get_id (c07), ==, "c07");
  g_assert_cmpuint (duaal_competence_get_number (c07), ==, 7);
  g_assert_null (duaal_competence_get_group_title (c07));
  g_assert_cmpuint (duaal_competence_get_n_indicators (c07), ==, 3);
  g_assert_cmpstr (knowledge_text (c07, 0), ==, "Kennis van het AREI");
}

static void
test_good_groups (void)
{
  g_autoptr(DuaalQualification) qualification = import_good ("good-groups.xml");
  DuaalCompetence *competence, *owner = NULL;
  DuaalIndicator *indicator;
  GArray *levels;

  g_assert_cmpstr (duaal_qualification_get_code (qualification), ==, "BK-0099");
  g_assert_cmpuint (duaal_qualification_get_version (qualification), ==, 3);
  g_assert_cmpstr (duaal_qualification_get_lang (qualification), ==, "nl-BE");
  g_assert_cmpstr (duaal_qualification_get_title (qualification), ==, "Installateur & hersteller");
  g_assert_cmpstr (duaal_qualification_get_definition (qualification), ==,
                   "Installeert en herstelt installaties in <woningen>.");
  g_assert_cmpuint (duaal_qualification_get_recognised (qualification), ==, 2019);
  levels = duaal_qualification_get_levels (qualification);
  g_assert_cmpuint (levels->len, ==, 2);
  g_assert_cmpuint (g_array_index (levels, DuaalLevel, 0).value, ==, 3);

  g_assert_cmpuint (duaal_qualification_get_n_competences (qualification), ==, 4);
  g_assert_cmpuint (duaal_qualification_get_n_indicators (qualification), ==, 8);

  /* Document order, each with its group (or none). */
  g_assert_cmpstr (duaal_competence_get_group_title (duaal_qualification_get_competence (qualification, 0)),
                   ==, "Basisactiviteiten");
  g_assert_cmpstr (duaal_competence_get_group_title (duaal_qualification_get_competence (qualification, 1)),
                   ==, "Basisactiviteiten");
  g_assert_null (duaal_competence_get_group_title (duaal_qualification_get_competence (qualification, 2)));
  competence = duaal_qualification_get_competence (qualification, 3);
  g_assert_cmpstr (duaal_competence_get_id (competence), ==, "c04");
  g_assert_cmpstr (duaal_competence_get_group_title (competence), ==, "Beroepsgerichte activiteiten");
  g_assert_cmpuint (duaal_competence_get_number (competence), ==, 12);
  g_assert_cmpstr (duaal_competence_get_reference (competence), ==, "Id 200b");
  g_assert_cmpuint (duaal_competence_get_n_indicators (competence), ==, 2);
  g_assert_cmpstr (knowledge_text (competence, 0), ==, "Kennis van meettoestellen");

  competence = duaal_qualification_find_competence (qualification, "c01");
  g_assert_nonnull (competence);
  g_assert_cmpuint (duaal_competence_get_knowledge (competence)->len, ==, 2);
  g_assert_cmpstr (knowledge_text (competence, 1), ==, "Kennis van ergonomie");

  /* CDATA is text like any other. */
  indicator = duaal_qualification_find_indicator (qualification, "c03.01", &owner);
  g_assert_nonnull (indicator);
  g_assert_cmpstr (duaal_indicator_get_text (indicator), ==, "Maakt een planning met <tijden> & materiaal");
  g_assert_cmpstr (duaal_competence_get_id (owner), ==, "c03");
  g_assert_null (duaal_competence_get_reference (owner));
  g_assert_cmpuint (duaal_competence_get_number (owner), ==, 0);

  g_assert_null (duaal_qualification_find_competence (qualification, "c05"));
  g_assert_null (duaal_qualification_find_indicator (qualification, "c01", NULL));
}

static void
test_good_white_space (void)
{
  g_autoptr(DuaalQualification) qualification = import_good ("good-whitespace.xml");
  DuaalCompetence *competence;

  g_assert_cmpstr (duaal_qualification_get_code (qualification), ==, "BK-0200");
  g_assert_cmpuint (duaal_qualification_get_version (qualification), ==, 7);
  g_assert_cmpstr (duaal_qualification_get_title (qualification), ==, "Elektro- technicus in opleiding");
  g_assert_cmpstr (duaal_qualification_get_definition (qualification), ==,
                   "Een definitie met tabs en regeleinden");
  g_assert_cmpuint (duaal_qualification_get_recognised (qualification), ==, 2014);
  g_assert_cmpstr (g_array_index (duaal_qualification_get_levels (qualification), DuaalLevel, 0).framework,
                   ==, "VKS");
  g_assert_cmpuint (g_array_index (duaal_qualification_get_levels (qualification), DuaalLevel, 0).value,
                    ==, 4);

  competence = duaal_qualification_get_competence (qualification, 0);
  g_assert_cmpstr (duaal_competence_get_id (competence), ==, "c01");
  g_assert_cmpuint (duaal_competence_get_number (competence), ==, 5);
  g_assert_cmpstr (duaal_competence_get_group_title (competence), ==, "Basis activiteiten");
  g_assert_cmpstr (duaal_competence_get_title (competence), ==, "Legt buizen");
  assert_indicator (competence, 0, "c01.01", "Bepaalt de gewenste buislengte en diameter");
  assert_indicator (competence, 1, "c01.02", "Brengt buizen op maat en ontbraamt ze");
  g_assert_cmpstr (knowledge_text (competence, 0), ==, "Kennis van het AREI");
}

/* The same content twice is equal; any changed text is not. */
static void
test_equal (void)
{
  g_autoptr(DuaalQualification) a = import_good ("good-groups.xml");
  g_autoptr(DuaalQualification) b = import_good ("good-groups.xml");
  g_autoptr(DuaalQualification) c = import_good ("good-example.xml");
  g_autoptr(GBytes) changed = NULL;
  g_autoptr(DuaalQualification) d = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = data_path ("good-groups.xml");
  g_autofree char *contents = NULL;
  g_autoptr(GString) edited = NULL;

  g_assert_true (duaal_qualification_equal (a, b));
  g_assert_false (duaal_qualification_equal (a, c));

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  edited = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (edited, "Meldt vertragingen tijdig", "Meldt vertragingen", 1), ==, 1);
  changed = g_string_free_to_bytes (g_steal_pointer (&edited));
  d = duaal_qualification_import_bytes ("edited.xml", changed, &error);
  g_assert_no_error (error);
  g_assert_false (duaal_qualification_equal (a, d));
}

typedef struct
{
  const char *file;
  long        line;
  const char *cause;   /* a part of the (untranslated) message */
} BadFile;

static const BadFile bad_files[] = {
  { "bad-empty.xml",                    1, "the file is empty" },
  { "bad-binary.xml",                   3, "not a text file" },
  { "bad-utf16.xml",                    1, "UTF-16" },
  { "bad-extra-content.xml",           14, "there is more after the end of the <qualification> element" },
  { "bad-not-xml.xml",                  1, "the file contains no XML" },
  { "bad-truncated.xml",               11, "ends inside element <indicator>" },
  { "bad-mismatched-tag.xml",           5, "</titel> does not match the open element <title>" },
  { "bad-invalid-utf8.xml",             5, "not valid UTF-8 text" },
  { "bad-undeclared-entity.xml",        6, "unknown entity “&nbsp;”" },
  { "bad-no-namespace.xml",             2, "element <qualification> is not in the qualification namespace" },
  { "bad-wrong-namespace.xml",          2, "element <qualification> is not in the qualification namespace" },
  { "bad-root.xml",                     2, "the root element must be <qualification>, not <competence>" },
  { "bad-doctype.xml",                  2, "<!DOCTYPE" },
  { "bad-external-entity.xml",          2, "<!DOCTYPE" },
  { "bad-billion-laughs.xml",           2, "<!DOCTYPE" },
  { "bad-xinclude.xml",                 6, "XInclude (<xi:include>) is not allowed" },
  { "bad-unknown-element.xml",          7, "unknown element <remark>" },
  { "bad-unknown-attribute.xml",        4, "unknown attribute “colour” on element <competence>" },
  { "bad-nested-group.xml",             5, "element <group> is not allowed inside <group>" },
  { "bad-nested-competence.xml",        8, "element <competence> is not allowed inside <competence>" },
  { "bad-order.xml",                    5, "element <definition> must come before <level>" },
  { "bad-two-titles.xml",               4, "element <title> may appear only once inside <qualification>" },
  { "bad-text-in-competence.xml",       6, "unexpected text “Losse tekst tussen de elementen” inside <competence>" },
  { "bad-duplicate-competence-id.xml",  9, "duplicate id “c01” (first used on line 4)" },
  { "bad-duplicate-indicator-id.xml",  11, "duplicate id “c01.02” (first used on line 7)" },
  { "bad-duplicate-mixed-id.xml",      11, "duplicate id “c01” (first used on line 4)" },
  { "bad-id-pattern.xml",               6, "“c01/01” is not a valid id" },
  { "bad-id-too-long.xml",              4, "is not a valid id" },
  { "bad-empty-title.xml",              3, "element <title> is empty" },
  { "bad-empty-indicator.xml",          7, "element <indicator> is empty" },
  { "bad-long-indicator.xml",           7, "the text of <indicator> is too long (1001 characters; at most 1000 are allowed)" },
  { "bad-missing-title.xml",            4, "element <competence> has no <title> element" },
  { "bad-no-indicator.xml",             9, "element <competence> has no <indicator> element" },
  { "bad-no-competence.xml",            2, "element <qualification> has no <competence> element" },
  { "bad-group-without-title.xml",      4, "element <group> lacks the required attribute “title”" },
  { "bad-missing-code.xml",             2, "element <qualification> lacks the required attribute “code”" },
  { "bad-code-too-long.xml",            2, "attribute “code” of element <qualification> is too long (33 characters" },
  { "bad-version-zero.xml",             2, "the version “0” is not a positive whole number" },
  { "bad-version-text.xml",             2, "the version “x” is not a positive whole number" },
  { "bad-competence-number.xml",        4, "the competence number “-3” is not a positive whole number" },
  { "bad-level.xml",                    4, "the level “9” is not a whole number from 1 to 8" },
  { "bad-recognised.xml",               4, "“twintig” is not a year" },
  /* Bounded, well-formed input (issue 19). */
  { "bad-bom-latin9.xml",               1, "the character encoding “ISO-8859-15”; save it as UTF-8" },
  { "bad-blank-indicator.xml",          7, "element <indicator> holds only invisible characters" },
  { "bad-invisible-group-title.xml",    4, "attribute “title” of element <group> holds only invisible characters" },
  { "bad-control-character.xml",        3, "the text of <title> contains a control character (U+0085)" },
  { "bad-control-knowledge.xml",        7, "the text of <knowledge> contains a control character (U+007F)" },
  { "bad-id-space.xml",                 6, "“c01 01” is not a valid id" },
  { "bad-code-look-alike.xml",          2, "is not a valid qualification code: use 1 to 32 letters A to Z" },
  { "bad-long-title.xml",               3, "the text of <title> is too long (501 characters; at most 500 are allowed)" },
};

static void
assert_refused (GError     *error,
                const char *display_name,
                long        line,
                const char *cause)
{
  g_autofree char *prefix = g_strdup_printf ("%s:%ld: ", display_name, line);

  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID_FILE);
  if (!g_str_has_prefix (error->message, prefix) || strstr (error->message, cause) == NULL)
    g_test_fail_printf ("expected “%s…%s…”, got “%s”", prefix, cause, error->message);
}

static void
test_bad_file (gconstpointer data)
{
  const BadFile *bad = data;
  g_autofree char *path = data_path (bad->file);
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalQualification) qualification = NULL;

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  qualification = duaal_qualification_import_file (path, &error);
  g_assert_null (qualification);
  assert_refused (error, path, bad->line, bad->cause);
}

/* The same files through the bytes entry point, named by the caller. */
static void
test_bad_bytes (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *path = data_path (bad_files[i].file);
      g_autofree char *contents = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(DuaalQualification) qualification = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
      qualification = duaal_qualification_import_bytes ("upload.xml", bytes, &error);
      g_assert_null (qualification);
      assert_refused (error, "upload.xml", bad_files[i].line, bad_files[i].cause);
    }
}

/* An importer that keeps its compiled schema refuses and accepts exactly
 * what the one-shot functions do, file after file. */
static void
test_importer_reuses_schema (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalQualificationImporter) importer = duaal_qualification_importer_new (&error);

  g_assert_no_error (error);
  for (guint round = 0; round < 2; round++)
    {
      g_autofree char *good = data_path ("good-groups.xml");
      g_autoptr(DuaalQualification) once = duaal_qualification_import_file (good, &error);
      g_autoptr(DuaalQualification) kept = NULL;

      g_assert_no_error (error);
      kept = duaal_qualification_importer_import_file (importer, good, &error);
      g_assert_no_error (error);
      g_assert_true (duaal_qualification_equal (once, kept));

      for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
        {
          g_autofree char *path = data_path (bad_files[i].file);
          g_autoptr(DuaalQualification) refused = duaal_qualification_importer_import_file (importer, path, &error);

          g_assert_null (refused);
          assert_refused (error, path, bad_files[i].line, bad_files[i].cause);
          g_clear_error (&error);
        }
    }
}

/* Only UTF-8 (and ASCII) is read: another declared encoding is refused
 * with one clear message, before libxml2 could print conversion errors. */
static void
test_encodings (void)
{
  static const char latin1[] =
    "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
    "<qualification xmlns=\"https://example.org/ns/duaal/qualification/1\" code=\"E\" version=\"1\">\n"
    "  <title>\xe9lectricien</title>\n</qualification>\n";
  static const char utf8[] =
    "<?xml version='1.0' encoding='utf-8'?>\n"
    "<qualification xmlns=\"https://example.org/ns/duaal/qualification/1\" code=\"E\" version=\"1\">\n"
    "  <title>\xc3\xa9lectricien</title>\n"
    "  <competence id=\"c1\"><title>T</title><indicator id=\"c1.1\">I</indicator></competence>\n"
    "</qualification>\n";
  g_autoptr(GBytes) latin1_bytes = g_bytes_new_static (latin1, sizeof latin1 - 1);
  g_autoptr(GBytes) utf8_bytes = g_bytes_new_static (utf8, sizeof utf8 - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalQualification) qualification = NULL;

  qualification = duaal_qualification_import_bytes ("latin1.xml", latin1_bytes, &error);
  g_assert_null (qualification);
  assert_refused (error, "latin1.xml", 1, "character encoding “ISO-8859-1”; save it as UTF-8");
  g_clear_error (&error);

  qualification = duaal_qualification_import_bytes ("utf8.xml", utf8_bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (duaal_qualification_get_title (qualification), ==, "\xc3\xa9lectricien");
}

/* The external entity is never read: the file is refused at its DOCTYPE,
 * so nothing of /etc/passwd can reach a message either. */
static void
test_no_entity_content_leaks (void)
{
  g_autofree char *path = data_path ("bad-external-entity.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalQualification) qualification = NULL;

  qualification = duaal_qualification_import_file (path, &error);
  g_assert_null (qualification);
  g_assert_null (strstr (error->message, "root:"));
}

static void
test_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("duaal-import-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(DuaalQualification) qualification = NULL;
  g_autoptr(GString) contents = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "huge.xml", NULL);

  /* A well-formed file, one byte over the limit, the padding in a comment. */
  contents = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!--");
  while (contents->len < DUAAL_QUALIFICATION_MAX_FILE_SIZE - 3)
    g_string_append (contents, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde\n");
  g_string_truncate (contents, DUAAL_QUALIFICATION_MAX_FILE_SIZE - 3);
  g_string_append (contents, "-->");
  g_string_append (contents, "\n");
  g_assert_cmpuint (contents->len, ==, DUAAL_QUALIFICATION_MAX_FILE_SIZE + 1);
  g_assert_true (g_file_set_contents (path, contents->str, (gssize) contents->len, &error));
  g_assert_no_error (error);

  qualification = duaal_qualification_import_file (path, &error);
  g_assert_null (qualification);
  assert_refused (error, path, 1, "the file is too large");
  g_clear_error (&error);

  /* The bytes entry point checks the size too. */
  bytes = g_string_free_to_bytes (g_steal_pointer (&contents));
  qualification = duaal_qualification_import_bytes ("huge.xml", bytes, &error);
  g_assert_null (qualification);
  assert_refused (error, "huge.xml", 1, "the file is too large");

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Exactly at the limit is still read: a valid file of 16 MiB imports. */
static void
test_limit_is_inclusive (void)
{
  g_autoptr(GString) contents = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                              "<qualification xmlns=\"" DUAAL_QUALIFICATION_NAMESPACE "\""
                                              " code=\"BIG\" version=\"1\">\n"
                                              "  <title>Groot</title>\n");
  const char *tail = "  <competence id=\"c01\">\n"
                     "    <title>Eerste</title>\n"
                     "    <indicator id=\"c01.01\">Eerste indicator</indicator>\n"
                     "  </competence>\n"
                     "</qualification>\n";
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalQualification) qualification = NULL;

  /* Padding in many small comments: libxml2 limits the size of one. */
  while (contents->len + strlen (tail) + 64 < DUAAL_QUALIFICATION_MAX_FILE_SIZE)
    g_string_append (contents, "  <!-- opvulling om het bestand groot te maken ........... -->\n");
  while (contents->len + strlen (tail) < DUAAL_QUALIFICATION_MAX_FILE_SIZE)
    g_string_append_c (contents, ' ');
  g_string_append (contents, tail);
  g_assert_cmpuint (contents->len, ==, DUAAL_QUALIFICATION_MAX_FILE_SIZE);
  bytes = g_string_free_to_bytes (g_steal_pointer (&contents));

  qualification = duaal_qualification_import_bytes ("limit.xml", bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (duaal_qualification_get_n_indicators (qualification), ==, 1);
}

static void
test_missing_file (void)
{
  g_autofree char *path = data_path ("does-not-exist.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalQualification) qualification = NULL;

  qualification = duaal_qualification_import_file (path, &error);
  g_assert_null (qualification);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID_FILE);
  g_assert_true (g_str_has_prefix (error->message, path));
}

static void
test_directory (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "qualification", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalQualification) qualification = NULL;

  qualification = duaal_qualification_import_file (path, &error);
  g_assert_null (qualification);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID_FILE);
}

/* Deep nesting stops at the parser's limit, not at a stack overflow. */
static void
test_deep_nesting (void)
{
  g_autoptr(GString) contents = g_string_new ("<?xml version=\"1.0\"?>\n<qualification xmlns=\""
                                              DUAAL_QUALIFICATION_NAMESPACE "\" code=\"A\" version=\"1\">\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalQualification) qualification = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append (contents, "<group>");
  bytes = g_string_free_to_bytes (g_steal_pointer (&contents));

  qualification = duaal_qualification_import_bytes ("deep.xml", bytes, &error);
  g_assert_null (qualification);
  assert_refused (error, "deep.xml", 3, "nested");
}

/* The shipped schema on its own says what the importer does: it accepts
 * the good files and refuses every bad one except what RELAX NG cannot
 * say (a DOCTYPE, ids unique over the file, encodings other than UTF-8),
 * as docs/formats/qualification-xml.md lists.  The rules the importer
 * checks in its own pass for speed (ids, codes, texts) are in the schema
 * in full. */
static void
test_schema (void)
{
  static const char * const beyond_schema[] = {
    "bad-doctype.xml", "bad-external-entity.xml", "bad-billion-laughs.xml",
    "bad-duplicate-competence-id.xml", "bad-duplicate-indicator-id.xml",
    "bad-duplicate-mixed-id.xml",
    /* Encodings: the importer reads UTF-8 only. */
    "bad-bom-latin9.xml",
    /* Not well-formed or not XML: never reach a schema. */
    "bad-empty.xml", "bad-binary.xml", "bad-not-xml.xml", "bad-utf16.xml", "bad-extra-content.xml", "bad-truncated.xml",
    "bad-mismatched-tag.xml", "bad-invalid-utf8.xml", "bad-undeclared-entity.xml",
    NULL,
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) schema_bytes = g_resources_lookup_data ("/org/example/Duaal/core/qualification.rng",
                                                            G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  xmlRelaxNGParserCtxtPtr parser;
  xmlRelaxNGPtr schema;
  gsize size;
  const char *data;
  const char *good[] = { "good-example.xml", "good-groups.xml", "good-whitespace.xml", "good-unicode.xml" };

  g_assert_no_error (error);
  data = g_bytes_get_data (schema_bytes, &size);
  parser = xmlRelaxNGNewMemParserCtxt (data, (int) size);
  schema = xmlRelaxNGParse (parser);
  g_assert_nonnull (schema);

  for (guint i = 0; i < G_N_ELEMENTS (good) + G_N_ELEMENTS (bad_files); i++)
    {
      gboolean is_good = i < G_N_ELEMENTS (good);
      const char *name = is_good ? good[i] : bad_files[i - G_N_ELEMENTS (good)].file;
      g_autofree char *path = data_path (name);
      xmlRelaxNGValidCtxtPtr validator;
      xmlDocPtr doc;
      int result;

      if (g_strv_contains (beyond_schema, name))
        continue;
      doc = xmlReadFile (path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
      g_assert_nonnull (doc);
      validator = xmlRelaxNGNewValidCtxt (schema);
      xmlRelaxNGSetValidStructuredErrors (validator, ignore_error, NULL);
      result = xmlRelaxNGValidateDoc (validator, doc);
      xmlRelaxNGFreeValidCtxt (validator);
      xmlFreeDoc (doc);

      if ((result == 0) != is_good)
        g_test_fail_printf ("the schema %s %s", is_good ? "refuses" : "accepts", name);
    }

  xmlRelaxNGFree (schema);
  xmlRelaxNGFreeParserCtxt (parser);
}

/* Texts are stored in Unicode NFC; an invisible character inside a
 * visible text is kept, as is a no-break space. */
static void
test_good_unicode (void)
{
  g_autoptr(DuaalQualification) qualification = import_good ("good-unicode.xml");
  DuaalCompetence *competence = duaal_qualification_get_competence (qualification, 0);

  g_assert_cmpstr (duaal_qualification_get_title (qualification), ==, "Zo\u00eb en Chlo\u00e9");
  g_assert_cmpstr (duaal_competence_get_title (competence), ==, "Caf\u00e9 en r\u00e9sum\u00e9");
  assert_indicator (competence, 0, "c01.01", "Werkt\u00a0met zo\u200drg");
}

/* What the application and duaal-cli do with a file: import it with the
 * importer and store what it accepted. */
static gboolean
import_into (const char  *db_path,
             const char  *display_name,
             GBytes      *bytes,
             GError     **error)
{
  g_autoptr(DuaalQualificationImporter) importer = duaal_qualification_importer_new (NULL);
  g_autoptr(DuaalSqliteStore) store = duaal_sqlite_store_open (db_path, NULL);
  g_autoptr(DuaalQualification) qualification = NULL;

  g_assert_nonnull (store);
  qualification = duaal_qualification_importer_import_bytes (importer, display_name, bytes, error);
  return qualification != NULL
         && duaal_store_import_qualification (DUAAL_STORE (store), qualification, NULL, error);
}

static GBytes *
read_data (const char *name)
{
  g_autofree char *path = data_path (name);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

/* A 200,000-character title (a 1 MB group title made a 300 MB database,
 * copied into every competence) and a byte order mark in front of a
 * Latin-9 declaration are refused, and the database stays as it was. */
static void
test_refused_leaves_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("duaal-import-XXXXXX", &error);
  g_autofree char *db_path = g_build_filename (dir, "duaal.db", NULL);
  g_autoptr(GBytes) good = read_data ("good-example.xml");
  g_autoptr(GBytes) latin9 = read_data ("bad-bom-latin9.xml");
  g_autoptr(GString) long_title = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                                "<qualification xmlns=\"" DUAAL_QUALIFICATION_NAMESPACE "\""
                                                " code=\"BK-0200\" version=\"1\">\n  <title>Lang</title>\n"
                                                "  <group title=\"");
  g_autoptr(GBytes) long_bytes = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_no_error (error);
  g_assert_true (import_into (db_path, "good-example.xml", good, &error));
  g_assert_no_error (error);
  before = db_dump (db_path);

  for (guint i = 0; i < 200000; i++)
    g_string_append_c (long_title, 'T');
  g_string_append (long_title, "\">\n"
                   "    <competence id=\"c01\"><title>T</title><indicator id=\"c01.01\">I</indicator></competence>\n"
                   "    <competence id=\"c02\"><title>T</title><indicator id=\"c02.01\">I</indicator></competence>\n"
                   "  </group>\n</qualification>\n");
  long_bytes = g_string_free_to_bytes (g_steal_pointer (&long_title));

  g_assert_false (import_into (db_path, "lang.xml", long_bytes, &error));
  assert_refused (error, "lang.xml", 4,
                  "attribute “title” of element <group> is too long (200000 characters; at most 500 are allowed)");
  g_clear_error (&error);
  after = db_dump (db_path);
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&after, g_free);

  g_assert_false (import_into (db_path, "latin9.xml", latin9, &error));
  assert_refused (error, "latin9.xml", 1, "the character encoding “ISO-8859-15”; save it as UTF-8");
  after = db_dump (db_path);
  g_assert_cmpstr (after, ==, before);

  {
    g_autoptr(GDir) entries = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (entries)) != NULL)
      {
        g_autofree char *entry = g_build_filename (dir, name, NULL);
        g_assert_cmpint (g_remove (entry), ==, 0);
      }
  }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The demo qualification of the seed (chapter 2.4 and 3.1). */
static void
test_demo (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalQualification) demo = duaal_qualification_import_demo (&error);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "demo-qualification.xml", NULL);
  g_autoptr(DuaalQualification) from_file = NULL;
  DuaalCompetence *pipes = NULL;
  GPtrArray *competences;
  guint n_competences;

  g_assert_no_error (error);
  g_assert_cmpstr (duaal_qualification_get_code (demo), ==, "BK-0138");
  g_assert_cmpuint (duaal_qualification_get_version (demo), ==, 1);
  g_assert_cmpstr (duaal_qualification_get_title (demo), ==, "Elektrotechnicus");

  n_competences = duaal_qualification_get_n_competences (demo);
  g_assert_cmpuint (n_competences, >=, 8);
  g_assert_cmpuint (n_competences, <=, 12);

  competences = duaal_qualification_get_competences (demo);
  for (guint i = 0; i < competences->len; i++)
    {
      DuaalCompetence *competence = g_ptr_array_index (competences, i);
      g_autofree char *id = g_strdup_printf ("c%02u", i + 1);

      g_assert_cmpstr (duaal_competence_get_id (competence), ==, id);
      if (g_str_has_prefix (duaal_competence_get_title (competence), "Legt buizen"))
        pipes = competence;
      else
        {
          g_assert_cmpuint (duaal_competence_get_n_indicators (competence), >=, 3);
          g_assert_cmpuint (duaal_competence_get_n_indicators (competence), <=, 8);
        }
    }

  /* The seed's worked example makes competence 2 a collective gap. */
  g_assert_true (strstr (duaal_competence_get_title (duaal_qualification_get_competence (demo, 1)),
                         "aardingssysteem") != NULL);

  g_assert_nonnull (pipes);
  g_assert_cmpstr (duaal_competence_get_title (pipes), ==,
                   "Legt buizen met draden en/of kabels voor de verschillende stroomkringen");
  g_assert_cmpstr (duaal_competence_get_reference (pipes), ==, "Id 16840c");
  g_assert_cmpuint (duaal_competence_get_n_indicators (pipes), ==, 13);

  /* The resource is the file in data/. */
  from_file = duaal_qualification_import_file (path, &error);
  g_assert_no_error (error);
  g_assert_true (duaal_qualification_equal (demo, from_file));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/good/example", test_good_example);
  g_test_add_func ("/import/good/groups", test_good_groups);
  g_test_add_func ("/import/good/white-space", test_good_white_space);
  g_test_add_func ("/import/good/unicode", test_good_unicode);
  g_test_add_func ("/import/equal", test_equal);
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *name = g_strdup_printf ("/import/bad/%s", bad_files[i].file);
      g_test_add_data_func (name, &bad_files[i], test_bad_file);
    }
  g_test_add_func ("/import/bad-bytes", test_bad_bytes);
  g_test_add_func ("/import/encodings", test_encodings);
  g_test_add_func ("/import/importer-reuses-schema", test_importer_reuses_schema);
  g_test_add_func ("/import/external-entity-not-read", test_no_entity_content_leaks);
  g_test_add_func ("/import/too-large", test_too_large);
  g_test_add_func ("/import/limit-is-inclusive", test_limit_is_inclusive);
  g_test_add_func ("/import/missing-file", test_missing_file);
  g_test_add_func ("/import/directory", test_directory);
  g_test_add_func ("/import/deep-nesting", test_deep_nesting);
  g_test_add_func ("/import/schema", test_schema);
  g_test_add_func ("/import/refused-leaves-database", test_refused_leaves_database);
  g_test_add_func ("/import/demo", test_demo);

  return g_test_run ();
}
