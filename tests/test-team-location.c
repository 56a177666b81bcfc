/* test-team-location.c: team database locations (SPEC section 13)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-error.h"
#include "duaal-team-location.h"

static void
test_local (void)
{
  g_assert_true (duaal_team_location_is_local (""));
  g_assert_true (duaal_team_location_is_local ("localhost"));
  g_assert_true (duaal_team_location_is_local ("127.0.0.1"));
  g_assert_true (duaal_team_location_is_local ("::1"));
  g_assert_true (duaal_team_location_is_local ("/var/run/postgresql"));
  g_assert_false (duaal_team_location_is_local ("db.centrum.be"));
  g_assert_false (duaal_team_location_is_local ("10.0.0.5"));
}

/* A server elsewhere always gets TLS; a local one needs none. */
static void
test_build_tls (void)
{
  g_autofree char *remote = duaal_team_location_build ("db.centrum.be", 0, "duaal", "an", NULL, NULL);
  g_autofree char *verified = duaal_team_location_build ("db.centrum.be", 5433, "duaal", "an",
                                                         "/etc/duaal/root.crt", NULL);
  g_autofree char *local = duaal_team_location_build ("localhost", 0, "duaal", "an", NULL, NULL);

  g_assert_cmpstr (remote, ==, "host='db.centrum.be' dbname='duaal' user='an' sslmode='require'");
  g_assert_cmpstr (verified, ==, "host='db.centrum.be' port=5433 dbname='duaal' user='an' "
                                 "sslmode='verify-full' sslrootcert='/etc/duaal/root.crt'");
  g_assert_cmpstr (local, ==, "host='localhost' dbname='duaal' user='an'");
}

/* Quotes and backslashes cannot end a value early. */
static void
test_quoting (void)
{
  g_autofree char *location = duaal_team_location_build ("", 0, "d'b", "a\\n", NULL, NULL);
  g_autofree char *with = duaal_team_location_with_password (location, "p w'");
  g_autofree char *uri = duaal_team_location_with_password ("postgresql://an@db/duaal", "secret");

  g_assert_cmpstr (location, ==, "dbname='d\\'b' user='a\\\\n'");
  g_assert_cmpstr (with, ==, "dbname='d\\'b' user='a\\\\n' password='p w\\''");
  /* a URI keeps to libpq's own places for passwords */
  g_assert_cmpstr (uri, ==, "postgresql://an@db/duaal");
}

static void
test_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *none = duaal_team_location_build ("db", 0, "", "an", NULL, &error);

  g_assert_null (none);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (duaal_team_location_build ("db server", 0, "duaal", "an", NULL, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (duaal_team_location_build ("db", 70000, "duaal", "an", NULL, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/team-location/local", test_local);
  g_test_add_func ("/team-location/build-tls", test_build_tls);
  g_test_add_func ("/team-location/quoting", test_quoting);
  g_test_add_func ("/team-location/refused", test_refused);
  return g_test_run ();
}
