/* duaal-period.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-period.h"

struct _DuaalPeriod
{
  GObject parent_instance;

  gint64     group_id;
  guint      number;
  char      *name;
  GDateTime *closed_at;
};

G_DEFINE_FINAL_TYPE (DuaalPeriod, duaal_period, G_TYPE_OBJECT)

static void
duaal_period_finalize (GObject *object)
{
  DuaalPeriod *self = DUAAL_PERIOD (object);

  g_free (self->name);
  g_clear_pointer (&self->closed_at, g_date_time_unref);

  G_OBJECT_CLASS (duaal_period_parent_class)->finalize (object);
}

static void
duaal_period_class_init (DuaalPeriodClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = duaal_period_finalize;
}

static void
duaal_period_init (DuaalPeriod *self)
{
}

DuaalPeriod *
duaal_period_new (gint64      group_id,
                  guint       number,
                  const char *name,
                  GDateTime  *closed_at)
{
  DuaalPeriod *self;

  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (DUAAL_TYPE_PERIOD, NULL);
  self->group_id = group_id;
  self->number = number;
  self->name = g_strdup (name);
  self->closed_at = closed_at != NULL ? g_date_time_ref (closed_at) : NULL;
  return self;
}

gint64
duaal_period_get_group_id (DuaalPeriod *self)
{
  g_return_val_if_fail (DUAAL_IS_PERIOD (self), 0);
  return self->group_id;
}

guint
duaal_period_get_number (DuaalPeriod *self)
{
  g_return_val_if_fail (DUAAL_IS_PERIOD (self), 0);
  return self->number;
}

const char *
duaal_period_get_name (DuaalPeriod *self)
{
  g_return_val_if_fail (DUAAL_IS_PERIOD (self), NULL);
  return self->name;
}

gboolean
duaal_period_is_closed (DuaalPeriod *self)
{
  g_return_val_if_fail (DUAAL_IS_PERIOD (self), FALSE);
  return self->closed_at != NULL;
}

GDateTime *
duaal_period_get_closed_at (DuaalPeriod *self)
{
  g_return_val_if_fail (DUAAL_IS_PERIOD (self), NULL);
  return self->closed_at;
}
