/* store-test-helpers.h: building a store's contents in the store tests
 *
 * Shared by the store contract suite (test-store-contract.c) and the
 * SQLite backend's own tests (test-store.c).  Include it after defining
 * the test's Fixture, which has a member "DuaalStore *store".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-store.h"

/* A qualification from a compact layout: "c1:5" is competence c1 with
 * indicators c1.1 ... c1.5 (c1.5 ... c1.1 when @reversed).  @suffix
 * changes every text (a retitled file). */
static inline DuaalQualification *
make_ordered_qualification (const char         *code,
                            guint               version,
                            const char         *suffix,
                            const char * const *layout,
                            gboolean            reversed)
{
  GPtrArray *competences = g_ptr_array_new_with_free_func (g_object_unref);
  GArray *levels = g_array_new (FALSE, TRUE, sizeof (DuaalLevel));
  DuaalLevel level = { g_strdup ("VKS"), 4 };
  g_autofree char *title = g_strdup_printf ("Elektrotechnicus%s", suffix);

  g_array_append_val (levels, level);
  for (guint c = 0; layout[c] != NULL; c++)
    {
      g_auto(GStrv) parts = g_strsplit (layout[c], ":", 2);
      guint n = (guint) g_ascii_strtoull (parts[1], NULL, 10);
      GPtrArray *indicators = g_ptr_array_new_with_free_func (g_object_unref);
      GPtrArray *knowledge = g_ptr_array_new_with_free_func (g_object_unref);
      g_autofree char *competence_title = g_strdup_printf ("Competence %s%s", parts[0], suffix);
      g_autofree char *knowledge_text = g_strdup_printf ("Knowledge of %s%s", parts[0], suffix);

      for (guint i = 1; i <= n; i++)
        {
          g_autofree char *id = g_strdup_printf ("%s.%u", parts[0], reversed ? n + 1 - i : i);
          g_autofree char *text = g_strdup_printf ("Indicator %s%s", id, suffix);

          g_ptr_array_add (indicators, duaal_indicator_new (id, text));
        }
      g_ptr_array_add (knowledge, duaal_knowledge_item_new (knowledge_text));
      g_ptr_array_add (competences, duaal_competence_new (parts[0], c + 1, competence_title, "Id 1",
                                                          c == 0 ? "Basis" : NULL, indicators, knowledge));
    }
  return duaal_qualification_new (code, version, title, "Definitie", "nl", 2014, levels, competences);
}

static inline DuaalQualification *
make_qualification (const char         *code,
                    guint               version,
                    const char         *suffix,
                    const char * const *layout)
{
  return make_ordered_qualification (code, version, suffix, layout, FALSE);
}

static const char * const basic_layout[] = { "c1:5", "c2:2", NULL };

static inline void
import_ok (Fixture            *f,
           DuaalQualification *qualification,
           DuaalImportStatus   expected)
{
  g_autoptr(GError) error = NULL;
  DuaalImportStatus status = 99;

  g_assert_true (duaal_store_import_qualification (f->store, qualification, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (duaal_import_status_to_string (status), ==, duaal_import_status_to_string (expected));
}

static inline void
import_basic (Fixture *f)
{
  g_autoptr(DuaalQualification) q = make_qualification ("BK-1", 1, "", basic_layout);

  import_ok (f, q, DUAAL_IMPORT_IMPORTED);
}

static inline gint64
add_group_ok (Fixture    *f,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  gint64 id = duaal_store_add_group (f->store, name, "BK-1", 0, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static inline gint64
add_company_ok (Fixture            *f,
                const char         *name,
                const char * const *activities)
{
  g_autoptr(GError) error = NULL;
  gint64 id = duaal_store_add_company (f->store, name, activities, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static inline gint64
add_learner_ok (Fixture    *f,
                gint64      group,
                const char *name,
                gint64      company,
                const char *trainer)
{
  g_autoptr(GError) error = NULL;
  gint64 id = duaal_store_add_learner (f->store, group, name, company, trainer, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}
