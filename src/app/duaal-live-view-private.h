/* duaal-live-view-private.h: a view that follows the store (SPEC section 12)
 *
 * Every page of the window shows something of the store and updates
 * itself when a change notice (DuaalStore::changed) concerns it, so no
 * caller has to remember to reload it.  This is the one place that
 * turns notices into updates:
 *
 * - notices may come from any thread (a store emits its own writes in
 *   the thread that wrote); the page hears of them in the main context;
 * - a burst of notices (one transaction, a class import, a thousand
 *   scores) gives one update, in an idle callback;
 * - a page that is not on screen updates when it is shown again;
 * - around the update, the scroll positions, the focused widget and the
 *   selected list row are kept: widgets rebuilt by the update are found
 *   again by a stable key (duaal_live_view_set_key()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "duaal-change.h"
#include "duaal-store.h"

G_BEGIN_DECLS

/* Reads the store again and shows it. */
typedef void (*DuaalLiveViewUpdate) (GtkWidget *view);

/* Hears @store's change notices for @target and calls @notify with each
 * in the main context, whichever thread wrote; never after @target is
 * gone.  The sidebar uses it directly; duaal_live_view_follow() does. */
typedef void (*DuaalLiveViewNotify) (GObject           *target,
                                     const DuaalChange *change);

void         duaal_live_view_hear_in_main (DuaalStore            *store,
                                           GObject               *target,
                                           DuaalLiveViewNotify    notify);

/* Calls @update after notices of @store that concern what @view shows
 * (duaal_live_view_set_subject()), at most once per main-loop
 * iteration, keeping scroll, focus and selection.  Follows until @view
 * is finalized. */
void         duaal_live_view_follow      (GtkWidget              *view,
                                          DuaalStore             *store,
                                          DuaalLiveViewUpdate     update);
/* A page's constructor: follows @store as duaal_live_view_follow()
 * does, and returns a reference on it for the page to keep; a page
 * without a store (NULL: it shows that nothing is open) follows
 * nothing. (transfer full) (nullable) */
DuaalStore  *duaal_live_view_follow_store (GtkWidget             *view,
                                           DuaalStore            *store,
                                           DuaalLiveViewUpdate    update);
/* What @view shows now: class group @group_id and in it learner
 * @learner_id (0: the whole group), as in duaal_change_concerns().  A
 * view that shows nobody (both 0, the start) hears of no change; one
 * that does not follow a store ignores this. */
void         duaal_live_view_set_subject (GtkWidget              *view,
                                          gint64                  group_id,
                                          gint64                  learner_id);

/* Names @widget (a row, a button, ...) by what it shows, e.g.
 * "competence:c02": after an update, the widget with the same key gets
 * the focus or selection its predecessor had. */
void         duaal_live_view_set_key (GtkWidget              *widget,
                                      const char             *key);
/* (nullable): the key of @widget or its nearest keyed ancestor below @view. */
const char  *duaal_live_view_get_key (GtkWidget              *view,
                                      GtkWidget              *widget);
/* (nullable) (transfer none): the first widget in @view keyed @key. */
GtkWidget   *duaal_live_view_find_key (GtkWidget             *view,
                                       const char            *key);

G_END_DECLS
