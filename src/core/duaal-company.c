/* duaal-company.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-company.h"

struct _DuaalCompany
{
  GObject parent_instance;

  gint64   id;
  char    *name;
  GStrv    activities;
};

G_DEFINE_FINAL_TYPE (DuaalCompany, duaal_company, G_TYPE_OBJECT)

static void
duaal_company_finalize (GObject *object)
{
  DuaalCompany *self = DUAAL_COMPANY (object);

  g_free (self->name);
  g_strfreev (self->activities);

  G_OBJECT_CLASS (duaal_company_parent_class)->finalize (object);
}

static void
duaal_company_class_init (DuaalCompanyClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = duaal_company_finalize;
}

static void
duaal_company_init (DuaalCompany *self)
{
}

DuaalCompany *
duaal_company_new (gint64              id,
                   const char         *name,
                   const char * const *activities)
{
  DuaalCompany *self;

  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (DUAAL_TYPE_COMPANY, NULL);
  self->id = id;
  self->name = g_strdup (name);
  self->activities = activities != NULL ? g_strdupv ((char **) activities) : g_new0 (char *, 1);
  return self;
}

gint64
duaal_company_get_id (DuaalCompany *self)
{
  g_return_val_if_fail (DUAAL_IS_COMPANY (self), 0);
  return self->id;
}

const char *
duaal_company_get_name (DuaalCompany *self)
{
  g_return_val_if_fail (DUAAL_IS_COMPANY (self), NULL);
  return self->name;
}

const char * const *
duaal_company_get_activities (DuaalCompany *self)
{
  g_return_val_if_fail (DUAAL_IS_COMPANY (self), NULL);
  return (const char * const *) self->activities;
}

gboolean
duaal_company_has_activity (DuaalCompany *self,
                            const char   *competence_id)
{
  g_return_val_if_fail (DUAAL_IS_COMPANY (self), FALSE);
  g_return_val_if_fail (competence_id != NULL, FALSE);
  return g_strv_contains ((const char * const *) self->activities, competence_id);
}
