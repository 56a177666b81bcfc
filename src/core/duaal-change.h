/* duaal-change.h: what a write changed (SPEC section 12)
 *
 * Every write to a DuaalStore, whoever makes it (this window, another
 * window, duaal-cli, another process or workstation on the same
 * database), reaches every open view as a DuaalChange through the
 * store's DuaalStore::changed signal.  A view looks at the kind and the
 * ids and updates itself in place when the change concerns what it shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  DUAAL_CHANGE_SCORE,          /* a score of a learner: learner and group set */
  DUAAL_CHANGE_LEARNER,        /* a learner added, edited or removed: learner and group */
  DUAAL_CHANGE_GROUP,          /* a class group added, renamed, removed, its teachers: group */
  DUAAL_CHANGE_COMPANY,        /* a company, its trainers or its activity list: company */
  DUAAL_CHANGE_PLAN,           /* a learner's training plan (learner and group), or the
                                * group's kept session plan (group only) */
  DUAAL_CHANGE_PERIOD,         /* a group's periods (closed, renamed): group */
  DUAAL_CHANGE_QUALIFICATION,  /* a qualification imported or updated: qualification */
  DUAAL_CHANGE_ALL,            /* anything may have changed (restore, notices lost) */
} DuaalChangeKind;

/* Machine names as `duaal-cli watch` prints them: "score", "learner", ... */
const char *duaal_change_kind_to_string (DuaalChangeKind kind);

#define DUAAL_TYPE_CHANGE (duaal_change_get_type ())

typedef struct {
  DuaalChangeKind  kind;
  gint64           group_id;        /* 0 when it does not apply */
  gint64           learner_id;      /* 0 when it does not apply */
  gint64           company_id;      /* 0 when it does not apply */
  char            *qualification;   /* (nullable) "CODE@VERSION" */
} DuaalChange;

GType        duaal_change_get_type (void) G_GNUC_CONST;
DuaalChange *duaal_change_new      (DuaalChangeKind    kind,
                                    gint64             group_id,
                                    gint64             learner_id);
DuaalChange *duaal_change_copy     (const DuaalChange *change);
void         duaal_change_free     (DuaalChange       *change);

/* TRUE when a view of @group_id (0: any) and @learner_id (0: any)
 * should update after @change: a change of kind ALL always concerns it. */
gboolean     duaal_change_concerns (const DuaalChange *change,
                                    gint64             group_id,
                                    gint64             learner_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DuaalChange, duaal_change_free)

G_END_DECLS
