/* duaal-learning-line.h: the learning line of a qualification (SPEC section 14)
 *
 * A qualification's contexts in their order are its learning line.  For
 * each competence it shows where its acquisition *starts* (the first
 * context that offers it) and where it *deepens* (every later context
 * that offers it again); a competence no context offers is *uncovered*.
 * The seed's example (contexts offering 3, 4, 6, 7 / 1, 3, 4, 5, 6, 7 /
 * 1, 3, 6): 3, 4, 6 and 7 start in the first and deepen in the second;
 * 1 and 5 start in the second; 1, 3 and 6 deepen in the third; 2 is
 * uncovered.
 *
 * For a learner the line also holds the contexts their trainer has
 * confirmed as done.  Pure rules: nothing here reads a store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "duaal-context.h"
#include "duaal-qualification.h"

G_BEGIN_DECLS

typedef enum {
  DUAAL_LEARNING_MARK_NONE,    /* the context does not offer the competence */
  DUAAL_LEARNING_MARK_START,   /* the first context that offers it */
  DUAAL_LEARNING_MARK_DEEPEN,  /* a later context that offers it again */
} DuaalLearningMark;

#define DUAAL_TYPE_LEARNING_LINE (duaal_learning_line_get_type ())
G_DECLARE_FINAL_TYPE (DuaalLearningLine, duaal_learning_line, DUAAL, LEARNING_LINE, GObject)

/* @competence_ids: the qualification's competences in its order;
 * @competence_titles: (nullable) as many titles; @contexts: (element-type
 * DuaalContext) in learning-line order; competences a context offers
 * that are not in @competence_ids are left out.  @done: (nullable)
 * (element-type gint64) ids of the contexts a learner has done. */
DuaalLearningLine *duaal_learning_line_new                (const char * const *competence_ids,
                                                           const char * const *competence_titles,
                                                           GPtrArray          *contexts,
                                                           GArray             *done);
/* The same for the competences of @qualification. */
DuaalLearningLine *duaal_learning_line_new_for_qualification (DuaalQualification *qualification,
                                                              GPtrArray          *contexts,
                                                              GArray             *done);

guint              duaal_learning_line_get_n_contexts     (DuaalLearningLine *self);
/* (transfer none) the context at @index (from 0) on the line */
DuaalContext      *duaal_learning_line_get_context        (DuaalLearningLine *self,
                                                           guint              index);
guint              duaal_learning_line_get_n_competences  (DuaalLearningLine *self);
const char        *duaal_learning_line_get_competence_id  (DuaalLearningLine *self,
                                                           guint              competence);
/* Never NULL: the id when there is no title. */
const char        *duaal_learning_line_get_competence_title (DuaalLearningLine *self,
                                                             guint              competence);
DuaalLearningMark  duaal_learning_line_get_mark           (DuaalLearningLine *self,
                                                           guint              competence,
                                                           guint              context);
/* The index of the context where @competence starts, or -1 when uncovered. */
int                duaal_learning_line_get_start          (DuaalLearningLine *self,
                                                           guint              competence);
gboolean           duaal_learning_line_is_uncovered       (DuaalLearningLine *self,
                                                           guint              competence);
/* (transfer full) the ids of the uncovered competences, in order */
GStrv              duaal_learning_line_get_uncovered      (DuaalLearningLine *self);
/* Whether the learner has done the context at @index. */
gboolean           duaal_learning_line_is_done            (DuaalLearningLine *self,
                                                           guint              context);
/* Whether the line was made for a learner (@done given). */
gboolean           duaal_learning_line_has_learner        (DuaalLearningLine *self);

/* A training plan from contexts (SPEC 14): the competences offered by
 * the contexts of @contexts whose ids are in @offered, each once, in
 * the order met.  (transfer full) */
GStrv              duaal_learning_line_offered_competences (GPtrArray *contexts,
                                                            GArray    *offered);

G_END_DECLS
