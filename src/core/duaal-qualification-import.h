/* duaal-qualification-import.h: what every reader of qualification XML files shares
 *
 * Programs import through DuaalQualificationImporter
 * (duaal-qualification-importer.h), which compiles the schema once; the
 * one-shot functions of duaal-qualification-import-private.h are for the
 * core's demo and the tests.
 *
 * The format is described in formats/qualification-xml.md and in the
 * RELAX NG schema data/qualification.rng.  The whole file is checked before
 * a qualification is returned; a refused file gives DUAAL_ERROR_INVALID_FILE
 * with the message "FILE:LINE: cause" (for an element, LINE is the line on
 * which its start tag ends).  A file that cannot be read at all gives
 * "FILE: cause", DUAAL_ERROR_INVALID_FILE when the name is wrong or the file
 * forbidden, DUAAL_ERROR_IO otherwise.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "duaal-qualification.h"

G_BEGIN_DECLS

/* Files larger than this are refused without being read. */
#define DUAAL_QUALIFICATION_MAX_FILE_SIZE (16 * 1024 * 1024)

/* The namespace every element of the format is in. */
#define DUAAL_QUALIFICATION_NAMESPACE "https://example.org/ns/duaal/qualification/1"

G_END_DECLS
