/* duaal-json.c: a small streaming JSON writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "duaal-json-private.h"

/* One open container. */
typedef struct {
  gboolean is_object;
  guint    count;        /* members or elements written so far */
  gboolean key_pending;  /* object: a key was written, its value is due */
} Frame;

struct _DuaalJson
{
  GString *out;
  GArray  *stack;        /* of Frame, innermost last */
  gboolean complete;     /* the top-level value is finished */
};

DuaalJson *
duaal_json_new (void)
{
  DuaalJson *self = g_new0 (DuaalJson, 1);

  self->out = g_string_new (NULL);
  self->stack = g_array_new (FALSE, TRUE, sizeof (Frame));
  return self;
}

void
duaal_json_free (DuaalJson *self)
{
  if (self == NULL)
    return;
  g_string_free (self->out, TRUE);
  g_array_unref (self->stack);
  g_free (self);
}

char *
duaal_json_free_to_string (DuaalJson *self)
{
  char *text;

  g_return_val_if_fail (self != NULL, NULL);

  if (!duaal_json_is_complete (self))
    g_critical ("%s: the JSON document is not complete", G_STRFUNC);
  text = g_string_free (self->out, FALSE);
  g_array_unref (self->stack);
  g_free (self);
  return text;
}

gboolean
duaal_json_is_complete (DuaalJson *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->complete && self->stack->len == 0;
}

static Frame *
top_frame (DuaalJson *self)
{
  if (self->stack->len == 0)
    return NULL;
  return &g_array_index (self->stack, Frame, self->stack->len - 1);
}

/* Writes the separator a value needs here; FALSE when no value may come
 * here (a key is due, or the document is already whole). */
static gboolean
begin_value (DuaalJson *self)
{
  Frame *frame = top_frame (self);

  if (frame == NULL)
    {
      if (self->complete)
        {
          g_critical ("DuaalJson: a second top-level value");
          return FALSE;
        }
      return TRUE;
    }
  if (frame->is_object)
    {
      if (!frame->key_pending)
        {
          g_critical ("DuaalJson: a value inside an object needs a member key first");
          return FALSE;
        }
      frame->key_pending = FALSE;
      return TRUE;
    }
  if (frame->count > 0)
    g_string_append_c (self->out, ',');
  frame->count++;
  return TRUE;
}

static void
end_value (DuaalJson *self)
{
  if (self->stack->len == 0)
    self->complete = TRUE;
}

static void
escape_ascii_run (GString    *out,
                  const char *start,
                  const char *end)
{
  for (const char *p = start; p < end; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if (c < 0x20 || c == 0x7f)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
        }
    }
}

void
duaal_json_append_escaped (GString    *out,
                           const char *value)
{
  const char *p = value;

  g_return_if_fail (out != NULL);
  g_return_if_fail (value != NULL);

  g_string_append_c (out, '"');
  /* Valid stretches pass through (multi-byte characters untouched);
   * each invalid byte becomes U+FFFD so the document stays valid. */
  while (*p != '\0')
    {
      const char *valid_end = NULL;

      g_utf8_validate (p, -1, &valid_end);
      escape_ascii_run (out, p, valid_end);
      p = valid_end;
      if (*p != '\0')
        {
          g_string_append (out, "\xef\xbf\xbd");
          p++;
        }
    }
  g_string_append_c (out, '"');
}

static void
begin_container (DuaalJson *self,
                 gboolean   is_object)
{
  Frame frame = { .is_object = is_object };

  g_return_if_fail (self != NULL);
  if (!begin_value (self))
    return;
  g_string_append_c (self->out, is_object ? '{' : '[');
  g_array_append_val (self->stack, frame);
}

static void
end_container (DuaalJson *self,
               gboolean   is_object)
{
  Frame *frame;

  g_return_if_fail (self != NULL);
  frame = top_frame (self);
  if (frame == NULL || frame->is_object != is_object)
    {
      g_critical ("DuaalJson: end of %s without a matching begin",
                  is_object ? "object" : "array");
      return;
    }
  if (frame->key_pending)
    {
      g_critical ("DuaalJson: object ends after a key without a value");
      return;
    }
  g_array_set_size (self->stack, self->stack->len - 1);
  g_string_append_c (self->out, is_object ? '}' : ']');
  end_value (self);
}

void
duaal_json_begin_object (DuaalJson *self)
{
  begin_container (self, TRUE);
}

void
duaal_json_end_object (DuaalJson *self)
{
  end_container (self, TRUE);
}

void
duaal_json_begin_array (DuaalJson *self)
{
  begin_container (self, FALSE);
}

void
duaal_json_end_array (DuaalJson *self)
{
  end_container (self, FALSE);
}

void
duaal_json_member (DuaalJson  *self,
                   const char *key)
{
  Frame *frame;

  g_return_if_fail (self != NULL);
  g_return_if_fail (key != NULL);

  frame = top_frame (self);
  if (frame == NULL || !frame->is_object || frame->key_pending)
    {
      g_critical ("DuaalJson: member \"%s\" outside an object or after another key", key);
      return;
    }
  if (frame->count > 0)
    g_string_append_c (self->out, ',');
  frame->count++;
  duaal_json_append_escaped (self->out, key);
  g_string_append_c (self->out, ':');
  frame->key_pending = TRUE;
}

static void
write_scalar (DuaalJson  *self,
              const char *literal)
{
  if (!begin_value (self))
    return;
  g_string_append (self->out, literal);
  end_value (self);
}

void
duaal_json_string (DuaalJson  *self,
                   const char *value)
{
  g_return_if_fail (self != NULL);

  if (value == NULL)
    {
      duaal_json_null (self);
      return;
    }
  if (!begin_value (self))
    return;
  duaal_json_append_escaped (self->out, value);
  end_value (self);
}

void
duaal_json_int (DuaalJson *self,
                gint64     value)
{
  char buf[32];

  g_return_if_fail (self != NULL);
  g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, value);
  write_scalar (self, buf);
}

void
duaal_json_double (DuaalJson *self,
                   double     value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (self != NULL);

  if (!isfinite (value))
    {
      duaal_json_null (self);
      return;
    }
  /* The shortest of %.15g and %.17g that reads back as the same number,
   * in the C locale whatever the user's locale (a decimal comma would
   * break the document). */
  g_ascii_formatd (buf, sizeof buf, "%.15g", value);
  if (g_ascii_strtod (buf, NULL) != value)
    g_ascii_formatd (buf, sizeof buf, "%.17g", value);
  write_scalar (self, buf);
}

void
duaal_json_boolean (DuaalJson *self,
                    gboolean   value)
{
  g_return_if_fail (self != NULL);
  write_scalar (self, value ? "true" : "false");
}

void
duaal_json_null (DuaalJson *self)
{
  g_return_if_fail (self != NULL);
  write_scalar (self, "null");
}

void
duaal_json_member_string (DuaalJson  *self,
                          const char *key,
                          const char *value)
{
  duaal_json_member (self, key);
  duaal_json_string (self, value);
}

void
duaal_json_member_int (DuaalJson  *self,
                       const char *key,
                       gint64      value)
{
  duaal_json_member (self, key);
  duaal_json_int (self, value);
}

void
duaal_json_member_boolean (DuaalJson  *self,
                           const char *key,
                           gboolean    value)
{
  duaal_json_member (self, key);
  duaal_json_boolean (self, value);
}

void
duaal_json_member_null (DuaalJson  *self,
                        const char *key)
{
  duaal_json_member (self, key);
  duaal_json_null (self);
}
