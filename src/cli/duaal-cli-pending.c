/* temporary: handlers waiting for the import helper's files */
#include "config.h"
#include "duaal-cli-private.h"
#define PENDING(h) gboolean duaal_cli_##h (DuaalCli *cli, int argc, char **argv, GError **error) \
  { if (!duaal_cli_parse_options (cli, NULL, &argc, &argv, 0, 9, error)) return FALSE; \
    g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID, "not yet"); return FALSE; }
PENDING (import_class)
