/* duaal-input.c: the rules for text that comes in
 *
 * One pass over the text does the trimming, the folding of white space
 * and the checks; NFC is left to GLib, and skipped for text below U+0300
 * (every id, nearly every Dutch name), which is NFC as it stands.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "duaal-error.h"
#include "duaal-input.h"

/* Whether @c shows nothing on its own: a format character (zero-width
 * space, joiners, direction marks, the byte order mark, ...) or a filler
 * that renders as blank (Hangul fillers, the blank Braille pattern). */
static gboolean
is_invisible (gunichar c)
{
  switch (c)
    {
    case 0x115F: case 0x1160: case 0x3164: case 0xFFA0:  /* Hangul fillers */
    case 0x2800:                                          /* Braille blank */
      return TRUE;
    default:
      return g_unichar_type (c) == G_UNICODE_FORMAT;
    }
}

static gboolean
is_visible (gunichar c)
{
  return !g_unichar_isspace (c) && !g_unichar_iscntrl (c) && !is_invisible (c);
}

const char *
duaal_input_find_control (const char *text,
                          const char *end,
                          gboolean    allow_line_ends)
{
  g_return_val_if_fail (text != NULL && end != NULL, NULL);

  /* Byte by byte: C0 and DEL are single bytes, C1 (U+0080 to U+009F)
   * is 0xC2 0x80 to 0xC2 0x9F in UTF-8. */
  for (const char *p = text; p < end; p++)
    {
      guchar c = (guchar) *p;

      if ((c < 0x20 && !(allow_line_ends && (c == '\n' || c == '\r'))) || c == 0x7F
          || (c == 0xC2 && p + 1 < end && (guchar) p[1] >= 0x80 && (guchar) p[1] <= 0x9F))
        return p;
    }
  return NULL;
}

DuaalInputProblem
duaal_input_check_visible (const char *text,
                           gunichar   *control)
{
  const char *found;

  g_return_val_if_fail (text != NULL, DUAAL_INPUT_BLANK);

  found = duaal_input_find_control (text, text + strlen (text), FALSE);
  if (found != NULL)
    {
      if (control != NULL)
        *control = g_utf8_get_char (found);
      return DUAAL_INPUT_CONTROL;
    }
  /* Nearly always the first character. */
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (is_visible (g_utf8_get_char (p)))
      return DUAAL_INPUT_OK;
  return DUAAL_INPUT_BLANK;
}

/* Whether every character is below U+0300, where the combining marks
 * start: such a text is NFC as it stands (every character below U+0300
 * is its own NFC and none combines with another).  U+0300 is 0xCC 0x80
 * in UTF-8, and every lead byte below 0xCC starts a smaller character. */
static gboolean
is_below_combining_marks (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p >= 0xCC)
      return FALSE;
  return TRUE;
}

char *
duaal_input_normalize (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  /* Dutch, French and German texts need no normalising at all. */
  if (is_below_combining_marks (text))
    return g_strdup (text);
  return g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
}

/* The folding of one text: see duaal_input_clean_line().  Returns the
 * folded text (not yet in NFC) or NULL with @problem and @control set. */
static GString *
fold_text (const char         *text,
           gboolean            keep_line_breaks,
           DuaalInputProblem  *problem,
           gunichar           *control)
{
  g_autoptr(GString) out = g_string_sized_new (strlen (text));
  gunichar pending = 0;          /* ' ' or '\n' to write before the next character */
  gunichar pending_control = 0;  /* a tab or line break inside: refused unless trailing */
  gsize visible_end = 0;         /* out->len after the last visible character */

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (keep_line_breaks && (c == '\n' || c == '\r'))
        {
          pending = out->len > 0 ? '\n' : 0;
          continue;
        }
      if (g_unichar_iscntrl (c) && !g_unichar_isspace (c))
        {
          *control = c;
          *problem = DUAAL_INPUT_CONTROL;
          return NULL;
        }
      if (g_unichar_isspace (c))
        {
          /* Tabs and line breaks at either end are trimmed like spaces
           * (a name pasted with its line end); inside they are refused. */
          if (g_unichar_iscntrl (c) && out->len > 0 && pending_control == 0)
            pending_control = c;
          if (out->len > 0 && pending != '\n')
            pending = ' ';
          continue;
        }
      if (out->len == 0 && is_invisible (c))
        continue;
      if (pending_control != 0 && !is_invisible (c))
        {
          *control = pending_control;
          *problem = DUAAL_INPUT_CONTROL;
          return NULL;
        }
      if (pending != 0)
        g_string_append_c (out, (char) pending);
      pending = 0;
      g_string_append_unichar (out, c);
      if (!is_invisible (c))
        visible_end = out->len;
    }

  g_string_truncate (out, visible_end);
  if (out->len == 0)
    {
      *problem = DUAAL_INPUT_BLANK;
      return NULL;
    }
  return g_steal_pointer (&out);
}

static char *
clean_text (const char         *text,
            guint               max_chars,
            gboolean            keep_line_breaks,
            DuaalInputProblem  *problem,
            gunichar           *control,
            glong              *length)
{
  g_autoptr(GString) folded = NULL;
  g_autofree char *clean = NULL;

  *problem = DUAAL_INPUT_OK;
  *control = 0;
  *length = 0;

  if (text == NULL)
    {
      *problem = DUAAL_INPUT_BLANK;
      return NULL;
    }
  if (!g_utf8_validate (text, -1, NULL))
    {
      *problem = DUAAL_INPUT_NOT_UTF8;
      return NULL;
    }
  folded = fold_text (text, keep_line_breaks, problem, control);
  if (folded == NULL)
    return NULL;

  /* Normalising takes time with the square of the length (GLib): a text
   * far over its limit is refused as it is.  NFC shortens a text by less
   * than a factor 4 (a letter with three combining marks). */
  if (folded->len > 4 * (gsize) max_chars)
    {
      *length = g_utf8_strlen (folded->str, -1);
      if (*length > 4 * (glong) max_chars)
        {
          *problem = DUAAL_INPUT_TOO_LONG;
          return NULL;
        }
    }
  clean = duaal_input_normalize (folded->str);
  /* At least one byte per character: short texts need no counting. */
  if (strlen (clean) > max_chars)
    {
      *length = g_utf8_strlen (clean, -1);
      if (*length > (glong) max_chars)
        {
          *problem = DUAAL_INPUT_TOO_LONG;
          return NULL;
        }
    }
  return g_steal_pointer (&clean);
}

char *
duaal_input_clean_line (const char         *text,
                        guint               max_chars,
                        DuaalInputProblem  *problem,
                        gunichar           *control,
                        glong              *length)
{
  DuaalInputProblem local_problem;
  gunichar local_control;
  glong local_length;

  return clean_text (text, max_chars, FALSE,
                     problem != NULL ? problem : &local_problem,
                     control != NULL ? control : &local_control,
                     length != NULL ? length : &local_length);
}

gboolean
duaal_input_is_valid_id (const char *id,
                         gsize       max_length)
{
  gsize length;

  g_return_val_if_fail (id != NULL, FALSE);

  length = strlen (id);
  if (length == 0 || length > max_length)
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '.' && *p != '_' && *p != '-')
      return FALSE;
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Names and their messages                                                */

/* "learner’s name": what the messages below speak of. */
static const char *
name_noun (DuaalNameKind kind)
{
  switch (kind)
    {
    case DUAAL_NAME_COMPANY: return _("company name");
    case DUAAL_NAME_TRAINER: return _("trainer’s name");
    case DUAAL_NAME_TEACHER: return _("teacher’s name");
    case DUAAL_NAME_GROUP:   return _("group name");
    case DUAAL_NAME_PERIOD:  return _("period name");
    case DUAAL_NAME_LEARNER:
    default:                 return _("learner’s name");
    }
}

static void
set_blank_name_error (GError        **error,
                      DuaalNameKind   kind)
{
  const char *message;

  switch (kind)
    {
    case DUAAL_NAME_COMPANY: message = _("A company needs a name."); break;
    case DUAAL_NAME_TRAINER: message = _("A trainer needs a name."); break;
    case DUAAL_NAME_TEACHER: message = _("A teacher needs a name."); break;
    case DUAAL_NAME_GROUP:   message = _("A class group needs a name."); break;
    case DUAAL_NAME_PERIOD:  message = _("A period needs a name."); break;
    case DUAAL_NAME_LEARNER:
    default:                 message = _("A learner needs a name."); break;
    }
  g_set_error_literal (error, DUAAL_ERROR, DUAAL_ERROR_INVALID, message);
}

/* The message for a refused text, @noun naming it ("learner’s name"). */
static void
set_problem_error (GError            **error,
                   const char         *noun,
                   DuaalInputProblem   problem,
                   gunichar            control,
                   glong               length,
                   guint               max_chars)
{
  switch (problem)
    {
    case DUAAL_INPUT_NOT_UTF8:
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID, _("The %s is not valid UTF-8 text"), noun);
      break;
    case DUAAL_INPUT_CONTROL:
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("The %s contains a control character (U+%04X); only visible text is allowed."),
                   noun, control);
      break;
    case DUAAL_INPUT_TOO_LONG:
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("The %s is too long (%ld characters; at most %u)."), noun, length, max_chars);
      break;
    case DUAAL_INPUT_BLANK:
    case DUAAL_INPUT_OK:
    default:
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID, _("The %s is empty"), noun);
      break;
    }
}

/* A text that may be left out: TRUE with *@clean NULL when blank. */
static gboolean
clean_optional_text (const char  *text,
                     guint        max_chars,
                     gboolean     keep_line_breaks,
                     const char  *noun,
                     char       **clean,
                     GError     **error)
{
  DuaalInputProblem problem;
  gunichar control;
  glong length;

  g_return_val_if_fail (clean != NULL, FALSE);

  *clean = clean_text (text, max_chars, keep_line_breaks, &problem, &control, &length);
  if (*clean != NULL || problem == DUAAL_INPUT_BLANK)
    return TRUE;
  set_problem_error (error, noun, problem, control, length, max_chars);
  return FALSE;
}

gboolean
duaal_input_clean_optional_name (const char     *name,
                                 DuaalNameKind   kind,
                                 char          **clean,
                                 GError        **error)
{
  return clean_optional_text (name, DUAAL_INPUT_MAX_NAME, FALSE, name_noun (kind), clean, error);
}

char *
duaal_input_clean_name (const char     *name,
                        DuaalNameKind   kind,
                        GError        **error)
{
  char *clean = NULL;

  if (!duaal_input_clean_optional_name (name, kind, &clean, error))
    return NULL;
  if (clean == NULL)
    set_blank_name_error (error, kind);
  return clean;
}

gboolean
duaal_input_clean_comment (const char  *comment,
                           char       **clean,
                           GError     **error)
{
  return clean_optional_text (comment, DUAAL_INPUT_MAX_COMMENT, TRUE, _("comment"), clean, error);
}
