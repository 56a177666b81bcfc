/* duaal-sidebar-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-app-enums.h"
#include "duaal-sidebar-item.h"

#include <string.h>

struct _DuaalSidebarItem
{
  GObject               parent_instance;

  DuaalSidebarItemKind  kind;
  gint64                id;
  gint64                group_id;
  char                 *name;
  char                 *subtitle;      /* a learner's company */
  char                 *trainer;       /* a learner's trainer, or NULL */
  char                 *group_name;    /* a learner's group's name */
  guint                 attention_count;
  gboolean              attention_known;
  DuaalLearnerEvaluation evaluation;   /* a learner's (SPEC 15) */
  GListStore           *learners;      /* a group's learner items */
  gboolean              has_learners;
};

G_DEFINE_FINAL_TYPE (DuaalSidebarItem, duaal_sidebar_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_ID,
  PROP_NAME,
  PROP_SUBTITLE,
  PROP_ATTENTION_COUNT,
  PROP_EVALUATION,
  PROP_SEARCH_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Lines, so that a search never matches across two fields. */
static void
append_learner_text (GString          *text,
                     DuaalSidebarItem *learner)
{
  g_string_append_printf (text, "%s\n%s\n%s\n", learner->name, learner->subtitle,
                          learner->trainer != NULL ? learner->trainer : "");
}

static char *
duaal_sidebar_item_dup_search_text (DuaalSidebarItem *self)
{
  GString *text = g_string_new (NULL);

  if (self->kind == DUAAL_SIDEBAR_ITEM_LEARNER)
    {
      append_learner_text (text, self);
      g_string_append (text, self->group_name);
      return g_string_free (text, FALSE);
    }

  g_string_append_printf (text, "%s\n", self->name);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->learners)); i++)
    {
      g_autoptr(DuaalSidebarItem) learner = g_list_model_get_item (G_LIST_MODEL (self->learners), i);

      append_learner_text (text, learner);
    }
  return g_string_free (text, FALSE);
}

static void
duaal_sidebar_item_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DuaalSidebarItem *self = DUAAL_SIDEBAR_ITEM (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;
    case PROP_ATTENTION_COUNT:
      g_value_set_uint (value, self->attention_count);
      break;
    case PROP_EVALUATION:
      g_value_set_pointer (value, &self->evaluation);
      break;
    case PROP_SEARCH_TEXT:
      g_value_take_string (value, duaal_sidebar_item_dup_search_text (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
duaal_sidebar_item_finalize (GObject *object)
{
  DuaalSidebarItem *self = DUAAL_SIDEBAR_ITEM (object);

  g_free (self->name);
  g_free (self->subtitle);
  g_free (self->trainer);
  g_free (self->group_name);
  g_clear_object (&self->learners);

  G_OBJECT_CLASS (duaal_sidebar_item_parent_class)->finalize (object);
}

static void
duaal_sidebar_item_class_init (DuaalSidebarItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = duaal_sidebar_item_get_property;
  object_class->finalize = duaal_sidebar_item_finalize;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, DUAAL_TYPE_SIDEBAR_ITEM_KIND, DUAAL_SIDEBAR_ITEM_GROUP,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ATTENTION_COUNT] =
    g_param_spec_uint ("attention-count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Notified when the learner's evaluation summary changes. */
  properties[PROP_EVALUATION] =
    g_param_spec_pointer ("evaluation", NULL, NULL,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
duaal_sidebar_item_init (DuaalSidebarItem *self)
{
}

DuaalSidebarItem *
duaal_sidebar_item_new_group (DuaalClassGroup *group)
{
  DuaalSidebarItem *self;

  g_return_val_if_fail (DUAAL_IS_CLASS_GROUP (group), NULL);

  self = g_object_new (DUAAL_TYPE_SIDEBAR_ITEM, NULL);
  self->kind = DUAAL_SIDEBAR_ITEM_GROUP;
  self->id = self->group_id = duaal_class_group_get_id (group);
  self->name = g_strdup (duaal_class_group_get_name (group));
  self->learners = g_list_store_new (DUAAL_TYPE_SIDEBAR_ITEM);
  return self;
}

DuaalSidebarItem *
duaal_sidebar_item_new_learner (DuaalLearner *learner,
                                const char   *group_name)
{
  DuaalSidebarItem *self;

  g_return_val_if_fail (DUAAL_IS_LEARNER (learner), NULL);

  self = g_object_new (DUAAL_TYPE_SIDEBAR_ITEM, NULL);
  self->kind = DUAAL_SIDEBAR_ITEM_LEARNER;
  self->id = duaal_learner_get_id (learner);
  self->group_id = duaal_learner_get_group_id (learner);
  self->name = g_strdup (duaal_learner_get_name (learner));
  self->subtitle = g_strdup (duaal_learner_get_company_name (learner));
  self->trainer = g_strdup (duaal_learner_get_trainer_name (learner));
  self->group_name = g_strdup (group_name);
  return self;
}

DuaalSidebarItemKind
duaal_sidebar_item_get_kind (DuaalSidebarItem *self)
{
  g_return_val_if_fail (DUAAL_IS_SIDEBAR_ITEM (self), DUAAL_SIDEBAR_ITEM_GROUP);

  return self->kind;
}

gint64
duaal_sidebar_item_get_id (DuaalSidebarItem *self)
{
  g_return_val_if_fail (DUAAL_IS_SIDEBAR_ITEM (self), 0);

  return self->id;
}

gint64
duaal_sidebar_item_get_group_id (DuaalSidebarItem *self)
{
  g_return_val_if_fail (DUAAL_IS_SIDEBAR_ITEM (self), 0);

  return self->group_id;
}

const char *
duaal_sidebar_item_get_name (DuaalSidebarItem *self)
{
  g_return_val_if_fail (DUAAL_IS_SIDEBAR_ITEM (self), NULL);

  return self->name;
}

const char *
duaal_sidebar_item_get_subtitle (DuaalSidebarItem *self)
{
  g_return_val_if_fail (DUAAL_IS_SIDEBAR_ITEM (self), NULL);

  return self->subtitle;
}

gboolean
duaal_sidebar_item_get_attention_count (DuaalSidebarItem *self,
                                        guint            *count)
{
  g_return_val_if_fail (DUAAL_IS_SIDEBAR_ITEM (self), FALSE);

  if (count != NULL)
    *count = self->attention_count;
  return self->attention_known;
}

void
duaal_sidebar_item_set_attention_count (DuaalSidebarItem *self,
                                        guint             count)
{
  g_return_if_fail (DUAAL_IS_SIDEBAR_ITEM (self));

  self->attention_known = TRUE;
  if (self->attention_count == count)
    return;
  self->attention_count = count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTENTION_COUNT]);
}

const DuaalLearnerEvaluation *
duaal_sidebar_item_get_evaluation (DuaalSidebarItem *self)
{
  g_return_val_if_fail (DUAAL_IS_SIDEBAR_ITEM (self), NULL);

  return &self->evaluation;
}

void
duaal_sidebar_item_set_evaluation (DuaalSidebarItem             *self,
                                   const DuaalLearnerEvaluation *evaluation)
{
  DuaalLearnerEvaluation none = { 0 };

  g_return_if_fail (DUAAL_IS_SIDEBAR_ITEM (self));

  if (evaluation == NULL)
    evaluation = &none;
  if (memcmp (&self->evaluation, evaluation, sizeof none) == 0)
    return;
  self->evaluation = *evaluation;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVALUATION]);
}

GListModel *
duaal_sidebar_item_get_learners (DuaalSidebarItem *self)
{
  g_return_val_if_fail (DUAAL_IS_SIDEBAR_ITEM (self), NULL);

  return G_LIST_MODEL (self->learners);
}

gboolean
duaal_sidebar_item_has_learners (DuaalSidebarItem *self)
{
  g_return_val_if_fail (DUAAL_IS_SIDEBAR_ITEM (self), FALSE);

  return self->has_learners;
}

void
duaal_sidebar_item_set_learners (DuaalSidebarItem *self,
                                 GPtrArray        *learners)
{
  g_autoptr(GPtrArray) fresh = NULL;

  g_return_if_fail (DUAAL_IS_SIDEBAR_ITEM (self));
  g_return_if_fail (self->kind == DUAAL_SIDEBAR_ITEM_GROUP);

  fresh = g_ptr_array_new_full (learners->len, g_object_unref);
  for (guint i = 0; i < learners->len; i++)
    g_ptr_array_add (fresh, duaal_sidebar_item_new_learner (g_ptr_array_index (learners, i), self->name));
  self->has_learners = TRUE;
  duaal_sidebar_item_sync_list (self->learners, fresh);
}

DuaalSidebarItem *
duaal_sidebar_item_find_learner (DuaalSidebarItem *self,
                                 gint64            learner_id)
{
  GListModel *learners;

  g_return_val_if_fail (DUAAL_IS_SIDEBAR_ITEM (self), NULL);

  learners = G_LIST_MODEL (self->learners);
  for (guint i = 0; learners != NULL && i < g_list_model_get_n_items (learners); i++)
    {
      g_autoptr(DuaalSidebarItem) learner = g_list_model_get_item (learners, i);

      if (learner->id == learner_id)
        return learner;
    }
  return NULL;
}

static gboolean
set_text (char       **field,
          const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/* @self takes the texts of @fresh, the same group or learner read anew. */
static void
duaal_sidebar_item_update (DuaalSidebarItem *self,
                           DuaalSidebarItem *fresh)
{
  if (set_text (&self->name, fresh->name))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
      for (guint i = 0; self->learners != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->learners)); i++)
        {
          g_autoptr(DuaalSidebarItem) learner = g_list_model_get_item (G_LIST_MODEL (self->learners), i);

          set_text (&learner->group_name, fresh->name);
        }
    }
  if (set_text (&self->subtitle, fresh->subtitle))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
  set_text (&self->trainer, fresh->trainer);
  set_text (&self->group_name, fresh->group_name);
  self->group_id = fresh->group_id;
}

static gboolean
same_item (GListModel *model,
           guint       position,
           GPtrArray  *items,
           guint       index)
{
  g_autoptr(GObject) item = g_list_model_get_item (model, position);

  return item == g_ptr_array_index (items, index);
}

void
duaal_sidebar_item_sync_list (GListStore *store,
                              GPtrArray  *fresh)
{
  GListModel *model = G_LIST_MODEL (store);
  guint n = g_list_model_get_n_items (model);
  g_autoptr(GHashTable) known = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) wanted = g_ptr_array_new_full (fresh->len, g_object_unref);
  guint prefix = 0, suffix = 0;

  g_return_if_fail (G_IS_LIST_STORE (store));

  for (guint i = 0; i < n; i++)
    {
      DuaalSidebarItem *item = g_list_model_get_item (model, i);

      g_hash_table_insert (known, &item->id, item);
      g_object_unref (item);   /* the store keeps it */
    }
  for (guint i = 0; i < fresh->len; i++)
    {
      DuaalSidebarItem *twin = g_ptr_array_index (fresh, i);
      DuaalSidebarItem *item = g_hash_table_lookup (known, &twin->id);

      if (item != NULL)
        duaal_sidebar_item_update (item, twin);
      g_ptr_array_add (wanted, g_object_ref (item != NULL ? item : twin));
    }

  /* Only the stretch between what stayed in front and behind changes:
   * one learner added or removed touches one row. */
  while (prefix < n && prefix < wanted->len && same_item (model, prefix, wanted, prefix))
    prefix++;
  while (suffix < n - prefix && suffix < wanted->len - prefix &&
         same_item (model, n - 1 - suffix, wanted, wanted->len - 1 - suffix))
    suffix++;
  if (prefix == n && n == wanted->len)
    return;
  g_list_store_splice (store, prefix, n - prefix - suffix,
                       wanted->pdata + prefix, wanted->len - prefix - suffix);
}
