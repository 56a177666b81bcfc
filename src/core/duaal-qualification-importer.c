/* duaal-qualification-importer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-qualification-import-private.h"
#include "duaal-qualification-importer-private.h"

struct _DuaalQualificationImporter
{
  GObject     parent_instance;

  xmlRelaxNG *schema;
};

G_DEFINE_FINAL_TYPE (DuaalQualificationImporter, duaal_qualification_importer, G_TYPE_OBJECT)

static void
duaal_qualification_importer_finalize (GObject *object)
{
  DuaalQualificationImporter *self = DUAAL_QUALIFICATION_IMPORTER (object);

  g_clear_pointer (&self->schema, xmlRelaxNGFree);
  G_OBJECT_CLASS (duaal_qualification_importer_parent_class)->finalize (object);
}

static void
duaal_qualification_importer_class_init (DuaalQualificationImporterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = duaal_qualification_importer_finalize;
}

static void
duaal_qualification_importer_init (DuaalQualificationImporter *self)
{
}

DuaalQualificationImporter *
duaal_qualification_importer_new (GError **error)
{
  xmlRelaxNG *schema = duaal_qualification_schema_load (error);
  DuaalQualificationImporter *self;

  if (schema == NULL)
    return NULL;
  self = g_object_new (DUAAL_TYPE_QUALIFICATION_IMPORTER, NULL);
  self->schema = schema;
  return self;
}

DuaalQualification *
duaal_qualification_importer_import_bytes (DuaalQualificationImporter  *self,
                                           const char                  *display_name,
                                           GBytes                      *bytes,
                                           GError                     **error)
{
  g_return_val_if_fail (DUAAL_IS_QUALIFICATION_IMPORTER (self), NULL);
  return duaal_qualification_import_bytes_with_schema (self->schema, display_name, bytes, error);
}

DuaalQualification *
duaal_qualification_importer_import_file (DuaalQualificationImporter  *self,
                                          const char                  *path,
                                          GError                     **error)
{
  g_return_val_if_fail (DUAAL_IS_QUALIFICATION_IMPORTER (self), NULL);
  return duaal_qualification_import_file_with_schema (self->schema, path, error);
}
