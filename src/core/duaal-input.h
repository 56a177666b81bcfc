/* duaal-input.h: the rules for text that comes in
 *
 * Every text Duaal stores comes from a coach's keyboard (the application,
 * duaal-cli) or from a file (qualification XML, CSV): one set of rules
 * for all of them, so that a name is the same name wherever it came from.
 *
 *  - a length limit per kind of text, in characters (docs/formats/);
 *  - no control characters (a name is one line of visible text);
 *  - never blank: white space and invisible characters (zero-width space,
 *    byte order mark, no-break space, ...) alone are no text;
 *  - Unicode NFC, so "Zoë" typed composed or decomposed is one name;
 *  - ids and codes in a small ASCII alphabet, so that no look-alike
 *    letter or invisible character can make two ids that read the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Limits, in characters (not bytes). */
#define DUAAL_INPUT_MAX_NAME       200   /* learner, company, trainer, teacher, class group */
#define DUAAL_INPUT_MAX_TITLE      500   /* qualification, competence and group titles */
#define DUAAL_INPUT_MAX_INDICATOR  1000  /* an indicator (the format's own limit) */
#define DUAAL_INPUT_MAX_KNOWLEDGE  1000  /* a knowledge item */
#define DUAAL_INPUT_MAX_DEFINITION 4000  /* a qualification's definition */
#define DUAAL_INPUT_MAX_SHORT      64    /* a competence's reference, a level's framework */
#define DUAAL_INPUT_MAX_COMMENT    2000  /* a score's comment */
#define DUAAL_INPUT_MAX_ID         64    /* competence and indicator ids */
#define DUAAL_INPUT_MAX_CODE       32    /* a qualification's code */

/* What is wrong with a text. */
typedef enum {
  DUAAL_INPUT_OK,
  DUAAL_INPUT_NOT_UTF8,
  DUAAL_INPUT_BLANK,      /* empty, or only white space and invisible characters */
  DUAAL_INPUT_CONTROL,    /* holds a control character */
  DUAAL_INPUT_TOO_LONG,
} DuaalInputProblem;

/* For a text that is already trimmed (e.g. XML text after white space was
 * collapsed): DUAAL_INPUT_CONTROL with the first control character in
 * @control, DUAAL_INPUT_BLANK when no character is visible (only white
 * space, format characters such as the zero-width space, joiners,
 * direction marks and the byte order mark, Hangul fillers or the blank
 * Braille pattern), or DUAAL_INPUT_OK.  Valid UTF-8 is the caller's to check. */
DuaalInputProblem duaal_input_check_visible    (const char  *text,
                                                gunichar    *control);

/* The first control character (C0, DEL, C1) from @text up to @end, line
 * ends (LF, CR) excepted when @allow_line_ends; NULL when there is none.
 * The text must be valid UTF-8. */
const char       *duaal_input_find_control     (const char  *text,
                                                const char  *end,
                                                gboolean     allow_line_ends);

/* @text in Unicode NFC (newly allocated); text below U+0300 (ASCII,
 * Latin-1, Latin Extended) is returned as it is, without the cost of
 * normalising.  GLib's normalisation takes time with
 * the square of the length: the caller bounds the length first. */
char             *duaal_input_normalize        (const char  *text);

/* One line of text as a person typed or a file gave it: white space and
 * invisible characters trimmed from both ends, runs of white space inside
 * made one space, in NFC, at most @max_chars characters.  NULL when
 * refused, with @problem (and @control, @length: the control character
 * found, the length found) saying why. */
char             *duaal_input_clean_line       (const char         *text,
                                                guint               max_chars,
                                                DuaalInputProblem  *problem,
                                                gunichar           *control,
                                                glong              *length);

/* [A-Za-z0-9._-]{1,@max_length} */
gboolean          duaal_input_is_valid_id      (const char  *id,
                                                gsize        max_length);

/* Whose name a message speaks of. */
typedef enum {
  DUAAL_NAME_LEARNER,
  DUAAL_NAME_COMPANY,
  DUAAL_NAME_TRAINER,
  DUAAL_NAME_TEACHER,
  DUAAL_NAME_GROUP,
  DUAAL_NAME_PERIOD,
} DuaalNameKind;

/* A name by the rules above (DUAAL_INPUT_MAX_NAME), or NULL with @error
 * (DUAAL_ERROR_INVALID) saying in a sentence what is wrong, e.g. "A
 * learner needs a name." or "The learner’s name is too long (250
 * characters; at most 200)." */
char             *duaal_input_clean_name       (const char     *name,
                                                DuaalNameKind   kind,
                                                GError        **error);
/* The same for a name that may be left out (a learner's trainer): a
 * missing or blank name gives TRUE with *@clean NULL. */
gboolean          duaal_input_clean_optional_name (const char     *name,
                                                   DuaalNameKind   kind,
                                                   char          **clean,
                                                   GError        **error);

/* A score's comment: as a line (above), but line breaks inside are kept
 * (other control characters are refused), at most DUAAL_INPUT_MAX_COMMENT
 * characters; a missing or blank comment gives TRUE with *@clean NULL. */
gboolean          duaal_input_clean_comment    (const char     *comment,
                                                char          **clean,
                                                GError        **error);

G_END_DECLS
