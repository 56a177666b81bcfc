/* test-json.c: the JSON writer produces exactly the expected text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <math.h>

#include "duaal-json-private.h"
#include "duaal-json.h"

static char *
finish (DuaalJson *json)
{
  g_assert_true (duaal_json_is_complete (json));
  return duaal_json_free_to_string (json);
}

static void
test_empty_containers (void)
{
  DuaalJson *json = duaal_json_new ();
  g_autofree char *text = NULL;

  duaal_json_begin_array (json);
  duaal_json_begin_object (json);
  duaal_json_end_object (json);
  duaal_json_begin_array (json);
  duaal_json_end_array (json);
  duaal_json_end_array (json);
  text = finish (json);
  g_assert_cmpstr (text, ==, "[{},[]]");
}

static void
test_nesting_commas (void)
{
  DuaalJson *json = duaal_json_new ();
  g_autofree char *text = NULL;

  duaal_json_begin_object (json);
  duaal_json_member_int (json, "learner", 7);
  duaal_json_member_null (json, "period");
  duaal_json_member (json, "competences");
  duaal_json_begin_array (json);
  for (int i = 0; i < 2; i++)
    {
      duaal_json_begin_object (json);
      duaal_json_member_string (json, "id", i == 0 ? "c01" : "c02");
      duaal_json_member_boolean (json, "ok", i == 0);
      duaal_json_member (json, "list");
      duaal_json_begin_array (json);
      duaal_json_int (json, 1);
      duaal_json_string (json, "a");
      duaal_json_null (json);
      duaal_json_end_array (json);
      duaal_json_end_object (json);
    }
  duaal_json_end_array (json);
  duaal_json_end_object (json);
  text = finish (json);
  g_assert_cmpstr (text, ==,
                   "{\"learner\":7,\"period\":null,\"competences\":["
                   "{\"id\":\"c01\",\"ok\":true,\"list\":[1,\"a\",null]},"
                   "{\"id\":\"c02\",\"ok\":false,\"list\":[1,\"a\",null]}]}");
}

static void
test_scalars_top_level (void)
{
  struct { void (*write) (DuaalJson *); const char *want; } cases[] = {
    { duaal_json_null, "null" },
  };
  DuaalJson *json;
  char *text;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      json = duaal_json_new ();
      cases[i].write (json);
      text = finish (json);
      g_assert_cmpstr (text, ==, cases[i].want);
      g_free (text);
    }

  json = duaal_json_new ();
  g_assert_false (duaal_json_is_complete (json));
  duaal_json_int (json, G_MININT64);
  text = finish (json);
  g_assert_cmpstr (text, ==, "-9223372036854775808");
  g_free (text);

  json = duaal_json_new ();
  duaal_json_string (json, NULL);
  text = finish (json);
  g_assert_cmpstr (text, ==, "null");
  g_free (text);
}

static void
test_escaping (void)
{
  DuaalJson *json = duaal_json_new ();
  g_autofree char *text = NULL;

  duaal_json_begin_array (json);
  duaal_json_string (json, "say \"hi\" \\ there/");
  duaal_json_string (json, "tab\there\nnew\rret\bback\fform");
  duaal_json_string (json, "\x01\x1f\x7f");
  duaal_json_string (json, "");
  duaal_json_end_array (json);
  text = finish (json);
  g_assert_cmpstr (text, ==,
                   "[\"say \\\"hi\\\" \\\\ there/\","
                   "\"tab\\there\\nnew\\rret\\bback\\fform\","
                   "\"\\u0001\\u001f\\u007f\","
                   "\"\"]");
}

static void
test_utf8 (void)
{
  DuaalJson *json = duaal_json_new ();
  g_autofree char *text = NULL;

  duaal_json_begin_object (json);
  /* Valid multi-byte text passes through untouched, keys too. */
  duaal_json_member_string (json, "één", "Verhaeghe – café 😀");
  /* A lone continuation byte and a truncated sequence become U+FFFD. */
  duaal_json_member_string (json, "bad", "a\x80z\xc3");
  duaal_json_end_object (json);
  text = finish (json);
  g_assert_cmpstr (text, ==,
                   "{\"één\":\"Verhaeghe – café 😀\","
                   "\"bad\":\"a\xef\xbf\xbdz\xef\xbf\xbd\"}");
  g_assert_true (g_utf8_validate (text, -1, NULL));
}

static void
test_doubles (void)
{
  DuaalJson *json = duaal_json_new ();
  g_autofree char *text = NULL;

  duaal_json_begin_array (json);
  duaal_json_double (json, 0.5);
  duaal_json_double (json, 0.1);
  duaal_json_double (json, 2.0 / 13.0);
  duaal_json_double (json, -3.0);
  duaal_json_double (json, 1e300);
  duaal_json_double (json, NAN);
  duaal_json_double (json, INFINITY);
  duaal_json_end_array (json);
  text = finish (json);
  g_assert_cmpstr (text, ==, "[0.5,0.1,0.15384615384615385,-3,1e+300,null,null]");
}

/* A decimal comma in the user's locale must not leak into JSON. */
static void
test_doubles_locale (void)
{
  const char *locales[] = { "nl_BE.UTF-8", "de_DE.UTF-8", "fr_FR.UTF-8" };
  const char *old = setlocale (LC_NUMERIC, NULL);
  g_autofree char *saved = g_strdup (old);
  gboolean switched = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (locales) && !switched; i++)
    switched = setlocale (LC_NUMERIC, locales[i]) != NULL;
  if (!switched)
    {
      g_test_skip ("no locale with a decimal comma installed");
      return;
    }

  {
    DuaalJson *json = duaal_json_new ();
    g_autofree char *text = NULL;

    duaal_json_double (json, 1.25);
    text = finish (json);
    g_assert_cmpstr (text, ==, "1.25");
  }
  setlocale (LC_NUMERIC, saved);
}

static void
test_misuse (void)
{
  DuaalJson *json = duaal_json_new ();
  g_autofree char *text = NULL;

  duaal_json_begin_object (json);
  /* a value without a key is refused and leaves no trace */
  g_test_expect_message ("Duaal", G_LOG_LEVEL_CRITICAL, "*member key first*");
  duaal_json_int (json, 1);
  g_test_assert_expected_messages ();
  /* an array end inside an object is refused */
  g_test_expect_message ("Duaal", G_LOG_LEVEL_CRITICAL, "*end of array*");
  duaal_json_end_array (json);
  g_test_assert_expected_messages ();
  duaal_json_member_int (json, "a", 2);
  duaal_json_end_object (json);
  /* a second top-level value is refused */
  g_test_expect_message ("Duaal", G_LOG_LEVEL_CRITICAL, "*second top-level*");
  duaal_json_null (json);
  g_test_assert_expected_messages ();
  text = finish (json);
  g_assert_cmpstr (text, ==, "{\"a\":2}");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/json/empty-containers", test_empty_containers);
  g_test_add_func ("/json/nesting-commas", test_nesting_commas);
  g_test_add_func ("/json/scalars", test_scalars_top_level);
  g_test_add_func ("/json/escaping", test_escaping);
  g_test_add_func ("/json/utf8", test_utf8);
  g_test_add_func ("/json/doubles", test_doubles);
  g_test_add_func ("/json/doubles-locale", test_doubles_locale);
  g_test_add_func ("/json/misuse", test_misuse);
  return g_test_run ();
}
