/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "duaal-application.h"

/* From the build tree (`make run`, `meson devenv`) the translations are in
 * <builddir>/po, named by DUAAL_LOCALEDIR; installed, in LOCALEDIR. */
static const char *
duaal_localedir (void)
{
  const char *dir = g_getenv ("DUAAL_LOCALEDIR");

  return dir != NULL && *dir != '\0' ? dir : LOCALEDIR;
}

static const char *
duaal_requested_locale (void)
{
  const char *names[] = { "LC_ALL", "LC_MESSAGES", "LANG" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const char *value = g_getenv (names[i]);
      if (value != NULL && *value != '\0')
        return value;
    }
  return NULL;
}

/* A fresh Debian has no generated locale but C.UTF-8, so setlocale()
 * refuses nl_BE.UTF-8 and the interface would stay English.  gettext
 * still translates under C.UTF-8 when LANGUAGE names the language. */
static void
duaal_setup_locale (void)
{
  const char *requested;

  if (setlocale (LC_ALL, "") != NULL)
    return;

  setlocale (LC_ALL, "C.UTF-8");
  requested = duaal_requested_locale ();
  if (requested != NULL && g_getenv ("LANGUAGE") == NULL)
    {
      g_autofree char *language = g_strndup (requested, strcspn (requested, ".@"));
      g_setenv ("LANGUAGE", language, TRUE);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DuaalApplication) app = NULL;

  duaal_setup_locale ();
  /* Done above; GTK would only warn about the missing locale again. */
  gtk_disable_setlocale ();

  bindtextdomain (GETTEXT_PACKAGE, duaal_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = duaal_application_new (NULL, G_APPLICATION_DEFAULT_FLAGS);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
