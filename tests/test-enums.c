/* test-enums.c: the GEnum types glib-mkenums makes of the core's enums
 *
 * Properties and signals take DUAAL_TYPE_VIEWER, DUAAL_TYPE_OVERVIEW_MODE,
 * ...: each type lists every value, and its nicks are the machine names
 * the JSON, the command line and `duaal-cli watch` use.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-change.h"
#include "duaal-enums.h"
#include "duaal-types-private.h"

typedef const char *(*ToString) (int value);

static void
assert_nicks (GType     type,
              guint     n_values,
              ToString  to_string)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);

  g_assert_true (G_TYPE_IS_ENUM (type));
  g_assert_cmpuint (enum_class->n_values, ==, n_values);
  for (guint i = 0; i < enum_class->n_values; i++)
    {
      GEnumValue *value = &enum_class->values[i];

      g_assert_cmpstr (value->value_nick, ==, to_string (value->value));
      g_assert_true (g_enum_get_value_by_nick (enum_class, to_string (value->value)) == value);
    }
}

static void
test_machine_names (void)
{
  assert_nicks (DUAAL_TYPE_ACTOR, DUAAL_N_ACTORS, (ToString) duaal_actor_to_string);
  assert_nicks (DUAAL_TYPE_VIEWER, DUAAL_N_ACTORS + 1, (ToString) duaal_viewer_to_string);
  assert_nicks (DUAAL_TYPE_COLOUR, DUAAL_N_COLOURS, (ToString) duaal_colour_to_string);
  assert_nicks (DUAAL_TYPE_CHANGE_KIND, DUAAL_CHANGE_ALL + 1, (ToString) duaal_change_kind_to_string);
}

/* A property of such a type refuses what is not one of its values. */
static void
test_property_values (void)
{
  GParamSpec *pspec = g_param_spec_enum ("viewer", NULL, NULL, DUAAL_TYPE_VIEWER, DUAAL_VIEWER_COACH,
                                         G_PARAM_READWRITE);
  g_auto(GValue) value = G_VALUE_INIT;

  g_param_spec_ref_sink (pspec);
  g_value_init (&value, DUAAL_TYPE_VIEWER);
  g_value_set_enum (&value, DUAAL_VIEWER_TRAINER);
  g_assert_false (g_param_value_validate (pspec, &value));
  g_value_set_enum (&value, DUAAL_VIEWER_COACH + 1);
  g_assert_true (g_param_value_validate (pspec, &value));
  g_assert_cmpint (g_value_get_enum (&value), ==, DUAAL_VIEWER_COACH);
  g_param_spec_unref (pspec);

  g_assert_true (G_TYPE_IS_ENUM (DUAAL_TYPE_OVERVIEW_MODE));
  g_assert_true (G_TYPE_IS_ENUM (DUAAL_TYPE_MASTERY));
  g_assert_true (G_TYPE_IS_ENUM (DUAAL_TYPE_COVERAGE));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/enums/machine-names", test_machine_names);
  g_test_add_func ("/enums/property-values", test_property_values);
  return g_test_run ();
}
