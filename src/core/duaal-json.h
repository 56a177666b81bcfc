/* duaal-json.h: a small streaming JSON writer
 *
 * Writes one JSON document into a GString, compactly, with the commas and
 * colons placed by a stack of open containers, so callers only say what
 * comes next.  Strings are escaped per RFC 8259; invalid UTF-8 is replaced
 * by U+FFFD so the output is always valid JSON.  Used by duaal-cli and by
 * the exports.
 *
 *   g_autoptr(DuaalJson) json = duaal_json_new ();
 *   duaal_json_begin_object (json);
 *   duaal_json_member_int (json, "id", 7);
 *   duaal_json_end_object (json);
 *   g_autofree char *text = duaal_json_free_to_string (g_steal_pointer (&json));
 *
 * Misuse (a value where a key is due, unbalanced end calls) is a
 * programming error: it logs a critical and is ignored.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _DuaalJson DuaalJson;

DuaalJson  *duaal_json_new             (void);
void        duaal_json_free            (DuaalJson  *self);
/* Frees the writer and returns the document; (transfer full). */
char       *duaal_json_free_to_string  (DuaalJson  *self);
/* TRUE once one whole value has been written and every container closed. */
gboolean    duaal_json_is_complete     (DuaalJson  *self);

void        duaal_json_begin_object    (DuaalJson  *self);
void        duaal_json_end_object      (DuaalJson  *self);
void        duaal_json_begin_array     (DuaalJson  *self);
void        duaal_json_end_array       (DuaalJson  *self);
/* Inside an object: the key of the next value. */
void        duaal_json_member          (DuaalJson  *self,
                                        const char *key);

/* @value: (nullable): NULL writes null */
void        duaal_json_string          (DuaalJson  *self,
                                        const char *value);
void        duaal_json_int             (DuaalJson  *self,
                                        gint64      value);
void        duaal_json_boolean         (DuaalJson  *self,
                                        gboolean    value);
/* Not finite (NaN, infinity) writes null: JSON has no such numbers. */
void        duaal_json_double          (DuaalJson  *self,
                                        double      value);
void        duaal_json_null            (DuaalJson  *self);

/* Shorthands for member (key) followed by a value. */
void        duaal_json_member_string   (DuaalJson  *self,
                                        const char *key,
                                        const char *value);
void        duaal_json_member_int      (DuaalJson  *self,
                                        const char *key,
                                        gint64      value);
void        duaal_json_member_boolean  (DuaalJson  *self,
                                        const char *key,
                                        gboolean    value);
void        duaal_json_member_null     (DuaalJson  *self,
                                        const char *key);

/* Appends @value to @out as a quoted JSON string. */
void        duaal_json_append_escaped  (GString    *out,
                                        const char *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DuaalJson, duaal_json_free)

G_END_DECLS
