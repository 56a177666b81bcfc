/* duaal-knowledge-item.h: knowledge a competence includes ("met inbegrip van kennis")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DUAAL_TYPE_KNOWLEDGE_ITEM (duaal_knowledge_item_get_type ())
G_DECLARE_FINAL_TYPE (DuaalKnowledgeItem, duaal_knowledge_item, DUAAL, KNOWLEDGE_ITEM, GObject)

DuaalKnowledgeItem *duaal_knowledge_item_new      (const char         *text);
const char         *duaal_knowledge_item_get_text (DuaalKnowledgeItem *self);

G_END_DECLS
