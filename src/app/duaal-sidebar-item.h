/* duaal-sidebar-item.h: what one row of the sidebar stands for
 *
 * A class group (with its learners as a list model of items, read from
 * the store when the group is first opened or searched) or a learner.
 * The sidebar keeps one item per group and learner for as long as they
 * exist and updates it in place when the store changes, so rows, the
 * selection and the scroll position stay where they are.
 *
 * Properties: kind, id, name, subtitle (a learner's company),
 * attention-count (a group's badge) and search-text (what the search
 * entry looks in: a learner by name, company, trainer or group name; a
 * group by its name or any of its learners').
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "duaal-class-group.h"
#include "duaal-evaluation-report.h"
#include "duaal-learner.h"

G_BEGIN_DECLS

typedef enum {
  DUAAL_SIDEBAR_ITEM_GROUP,
  DUAAL_SIDEBAR_ITEM_LEARNER,
} DuaalSidebarItemKind;

#define DUAAL_TYPE_SIDEBAR_ITEM (duaal_sidebar_item_get_type ())
G_DECLARE_FINAL_TYPE (DuaalSidebarItem, duaal_sidebar_item, DUAAL, SIDEBAR_ITEM, GObject)

DuaalSidebarItem     *duaal_sidebar_item_new_group            (DuaalClassGroup   *group);
DuaalSidebarItem     *duaal_sidebar_item_new_learner          (DuaalLearner      *learner,
                                                               const char        *group_name);
DuaalSidebarItemKind  duaal_sidebar_item_get_kind             (DuaalSidebarItem  *self);
gint64                duaal_sidebar_item_get_id               (DuaalSidebarItem  *self);
/* The group's id for a group, the learner's group for a learner. */
gint64                duaal_sidebar_item_get_group_id         (DuaalSidebarItem  *self);
const char           *duaal_sidebar_item_get_name             (DuaalSidebarItem  *self);
/* (nullable): a learner's company */
const char           *duaal_sidebar_item_get_subtitle         (DuaalSidebarItem  *self);

/* FALSE while the group's badge has not been counted. */
gboolean              duaal_sidebar_item_get_attention_count  (DuaalSidebarItem  *self,
                                                               guint             *count);
void                  duaal_sidebar_item_set_attention_count  (DuaalSidebarItem  *self,
                                                               guint              count);

/* A learner's evaluation summary (SPEC 15): cannot qualify, early
 * warnings, a visit overdue; all zero until set.  @evaluation:
 * (nullable) NULL clears it. */
const DuaalLearnerEvaluation *duaal_sidebar_item_get_evaluation (DuaalSidebarItem             *self);
void                  duaal_sidebar_item_set_evaluation       (DuaalSidebarItem             *self,
                                                               const DuaalLearnerEvaluation *evaluation);
/* (transfer none): a group's learners, empty until set once. */
GListModel           *duaal_sidebar_item_get_learners         (DuaalSidebarItem  *self);
gboolean              duaal_sidebar_item_has_learners         (DuaalSidebarItem  *self);
/* @learners (element-type DuaalLearner): the group's learners as the
 * store lists them now; items of learners still there are kept. */
void                  duaal_sidebar_item_set_learners         (DuaalSidebarItem  *self,
                                                               GPtrArray         *learners);
/* (nullable) (transfer none): the listed learner @learner_id */
DuaalSidebarItem     *duaal_sidebar_item_find_learner         (DuaalSidebarItem  *self,
                                                               gint64             learner_id);

/* Makes @store list @fresh (element-type DuaalSidebarItem), in its
 * order, keeping the items already there (updated from their fresh
 * twins) and changing only the stretch that differs. */
void                  duaal_sidebar_item_sync_list            (GListStore        *store,
                                                               GPtrArray         *fresh);

G_END_DECLS
