/* test-learner-names.c: one name is one learner in a class group
 *
 * The core's rule (duaal_store_rules_check_learner_name()) through the
 * store, as the application's dialog calls it, and through duaal-cli
 * add-learner: a second learner of a name the group has is refused with
 * a message that says why, and nothing is written; the same name in
 * another group, and a learner keeping their own name, are fine.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "duaal-class-group.h"
#include "duaal-demo.h"
#include "duaal-error.h"
#include "duaal-sqlite-store.h"

typedef struct {
  char       *dir;
  char       *db;
  DuaalStore *store;
  gint64      group_id;
  gint64      other_group_id;
  DuaalLearner *first;       /* the demo group's first learner */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) learners = NULL;
  g_autoptr(DuaalClassGroup) group = NULL;

  f->dir = g_dir_make_tmp ("duaal-names-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "duaal.db", NULL);
  f->store = DUAAL_STORE (duaal_sqlite_store_open (f->db, &error));
  g_assert_no_error (error);
  g_assert_true (duaal_demo_load (f->store, &f->group_id, NULL, &error));
  g_assert_no_error (error);

  group = duaal_store_get_group (f->store, f->group_id, &error);
  g_assert_no_error (error);
  f->other_group_id = duaal_store_add_group (f->store, "Second year",
                                             duaal_class_group_get_qualification_code (group),
                                             duaal_class_group_get_qualification_version (group), &error);
  g_assert_no_error (error);

  learners = duaal_store_list_learners (f->store, f->group_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (learners->len, >=, 2);
  f->first = g_object_ref (g_ptr_array_index (learners, 0));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->first);
  g_clear_object (&f->store);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->db);
  g_free (f->dir);
}

static guint
count_learners (Fixture *f,
                gint64   group_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) learners = duaal_store_list_learners (f->store, group_id, &error);

  g_assert_no_error (error);
  return learners->len;
}

/* Adding: refused in the same group, with the name in the message. */
static void
test_add_same_group (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *name = duaal_learner_get_name (f->first);
  guint before = count_learners (f, f->group_id);
  gint64 id;

  id = duaal_store_add_learner (f->store, f->group_id, name, duaal_learner_get_company_id (f->first),
                                NULL, &error);
  g_assert_cmpint (id, ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, name));
  g_assert_cmpuint (count_learners (f, f->group_id), ==, before);
}

/* Extra spaces are cleaned before the names compare. */
static void
test_add_same_name_spaced (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *spaced = g_strdup_printf ("  %s ", duaal_learner_get_name (f->first));

  g_assert_cmpint (duaal_store_add_learner (f->store, f->group_id, spaced,
                                            duaal_learner_get_company_id (f->first), NULL, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_CONFLICT);
}

/* Another group may have a learner of that name. */
static void
test_add_other_group (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = duaal_store_add_learner (f->store, f->other_group_id, duaal_learner_get_name (f->first),
                                       duaal_learner_get_company_id (f->first), NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
}

/* Renaming onto another learner's name is refused; keeping one's own
 * name (changing the company) is not. */
static void
test_rename (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) learners = duaal_store_list_learners (f->store, f->group_id, &error);
  DuaalLearner *second = g_ptr_array_index (learners, 1);
  g_autoptr(DuaalLearner) after = NULL;

  g_assert_false (duaal_store_update_learner (f->store, duaal_learner_get_id (second),
                                              duaal_learner_get_name (f->first),
                                              duaal_learner_get_company_id (second), NULL, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_CONFLICT);
  g_clear_error (&error);
  after = duaal_store_get_learner (f->store, duaal_learner_get_id (second), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (duaal_learner_get_name (after), ==, duaal_learner_get_name (second));

  g_assert_true (duaal_store_update_learner (f->store, duaal_learner_get_id (f->first),
                                             duaal_learner_get_name (f->first),
                                             duaal_learner_get_company_id (f->first), "A. Trainer", &error));
  g_assert_no_error (error);
}

/* duaal-cli add-learner: exit 2, one line naming the cause, nothing added. */
static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *cli = g_build_filename (g_getenv ("DUAAL_BUILD_ROOT"), "src", "cli", "duaal-cli", NULL);
  g_autofree char *group = g_strdup_printf ("%" G_GINT64_FORMAT, f->group_id);
  g_autofree char *company = g_strdup_printf ("%" G_GINT64_FORMAT, duaal_learner_get_company_id (f->first));
  const char *argv[] = { cli, "--db", f->db, "add-learner", group, duaal_learner_get_name (f->first),
                         "--company", company, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  guint before = count_learners (f, f->group_id);
  int wait_status;

  g_assert_nonnull (g_getenv ("DUAAL_BUILD_ROOT"));
  g_clear_object (&f->store);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_false (g_spawn_check_wait_status (wait_status, &error));
  g_assert_error (error, G_SPAWN_EXIT_ERROR, 2);
  g_assert_cmpstr (out, ==, "");
  g_assert_true (g_str_has_prefix (err, "duaal-cli: "));
  g_assert_nonnull (strstr (err, duaal_learner_get_name (f->first)));
  g_clear_error (&error);

  f->store = DUAAL_STORE (duaal_sqlite_store_open (f->db, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_learners (f, f->group_id), ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/learner-names/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("add-same-group", test_add_same_group);
  ADD ("add-same-name-spaced", test_add_same_name_spaced);
  ADD ("add-other-group", test_add_other_group);
  ADD ("rename", test_rename);
  ADD ("cli", test_cli);
#undef ADD

  return g_test_run ();
}
