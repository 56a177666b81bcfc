/* duaal-qualification-import.c: reading qualification XML files
 *
 * A qualification file comes from outside (a download, a colleague, a mail),
 * so it is treated as hostile: no DTD is ever loaded, a DOCTYPE is refused as
 * soon as the parser meets it (before any entity is declared, which stops
 * "billion laughs" and external entities), nothing is fetched from the
 * network, XInclude is never processed, and large files are refused before
 * they are read.
 *
 * The document is validated against data/qualification.rng (compiled into
 * the core's resources) and then walked once, in document order, checking
 * everything again with messages a coach understands and the exact line,
 * plus what a schema cannot express (ids unique over the whole file).  The
 * walk builds the qualification as it goes; the first problem stops it.
 * Ids, codes and texts follow the core's rules for text that comes in
 * (duaal-input.h): patterns, lengths, no control characters, not blank
 * but for invisible characters, NFC.  The schema states the same rules in
 * full; the walk checks them itself, faster than libxml2's datatype
 * facets (see duaal_qualification_schema_load()).
 *
 * All libxml2 error reporting goes through per-context structured handlers,
 * never through libxml2's global handlers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/relaxng.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>

#include "duaal-context.h"
#include "duaal-core-resources.h"
#include "duaal-error.h"
#include "duaal-input.h"
#include "duaal-qualification-import-private.h"
#include "duaal-qualification-private.h"

#define SCHEMA_RESOURCE "/org/example/Duaal/core/qualification.rng"
#define DEMO_RESOURCE   "/org/example/Duaal/core/demo-qualification.xml"
#define DEMO_NAME       "demo-qualification.xml"

#define XINCLUDE_NAMESPACE     "http://www.w3.org/2001/XInclude"
#define XINCLUDE_NAMESPACE_OLD "http://www.w3.org/2003/XInclude"

/* Defines of the schema marked with this attribute are checked by the
 * walk (see duaal_qualification_schema_load()). */
#define SCHEMA_ANNOTATION_NAMESPACE "https://example.org/ns/duaal/schema-annotation"
#define SCHEMA_CHECKED_BY           "checked-by"

/* No limit of the walk's own: the value's pattern has one. */
#define NO_LIMIT              0
#define MIN_YEAR              1900
#define MAX_YEAR              2100
#define MIN_LEVEL             1
#define MAX_LEVEL             8
/* Nine digits always fit in a guint. */
#define MAX_NUMBER_DIGITS     9

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlParserCtxt, xmlFreeParserCtxt)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlRelaxNG, xmlRelaxNGFree)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlRelaxNGParserCtxt, xmlRelaxNGFreeParserCtxt)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlRelaxNGValidCtxt, xmlRelaxNGFreeValidCtxt)

typedef struct
{
  const char *display_name;
  GError     *error;          /* the first refusal; later ones are ignored */
  GHashTable   *id_lines;     /* id → line it was first used on (GINT_TO_POINTER) */
  GStringChunk *id_strings;   /* the keys of id_lines, freed at once */
} Import;

static void
import_clear (Import *import)
{
  g_clear_error (&import->error);
  g_clear_pointer (&import->id_lines, g_hash_table_unref);
  g_clear_pointer (&import->id_strings, g_string_chunk_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Import, import_clear)

/* Records why the file is refused, unless an earlier cause is known. */
G_GNUC_PRINTF (3, 4)
static void
refuse (Import     *import,
        long        line,
        const char *format,
        ...)
{
  g_autofree char *cause = NULL;
  va_list args;

  if (import->error != NULL)
    return;

  va_start (args, format);
  cause = g_strdup_vprintf (format, args);
  va_end (args);

  import->error = g_error_new (DUAAL_ERROR, DUAAL_ERROR_INVALID_FILE, "%s:%ld: %s",
                               import->display_name, MAX (line, 1), cause);
}

static gboolean
is_refused (Import *import)
{
  return import->error != NULL;
}

/* ---------------------------------------------------------------------- */
/* Text helpers                                                            */

static gboolean
is_xml_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* White space collapsed to single spaces and trimmed, as the format
 * says.  Runs over every text of the file: one pass, no reallocation.
 * @plain tells whether the text is printable ASCII only, which needs no
 * further check: no control character (XML allows none below a space
 * but tab and line ends), nothing invisible, and NFC as it stands. */
static char *
collapse_text (const char *text,
               gboolean   *plain)
{
  char *out = g_malloc (strlen (text) + 1);
  char *end = out;
  gboolean pending_space = FALSE;
  guchar highest = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (is_xml_space (*p))
        {
          pending_space = end > out;
          continue;
        }
      if (pending_space)
        *end++ = ' ';
      pending_space = FALSE;
      highest = MAX (highest, (guchar) *p);
      *end++ = *p;
    }
  *end = '\0';
  if (plain != NULL)
    *plain = highest < 0x7F;
  return out;
}

static char *
collapse_white_space (const char *text)
{
  return collapse_text (text, NULL);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!is_xml_space (*p))
      return FALSE;
  return TRUE;
}

/* Digits only (no sign, no exponent), at least 1: the format's "positive
 * integer". */
static gboolean
parse_positive_number (const char *text,
                       guint      *value)
{
  guint64 result = 0;
  gsize n_digits = strlen (text);

  if (n_digits == 0 || n_digits > MAX_NUMBER_DIGITS)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p))
        return FALSE;
      result = result * 10 + (guint64) (*p - '0');
    }
  if (result == 0)
    return FALSE;

  *value = (guint) result;
  return TRUE;
}

/* xsd:language: 1-8 letters, then -subtags of 1-8 letters or digits. */
static gboolean
is_valid_language (const char *lang)
{
  g_auto(GStrv) parts = g_strsplit (lang, "-", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      gsize length = strlen (parts[i]);

      if (length == 0 || length > 8)
        return FALSE;
      for (const char *p = parts[i]; *p != '\0'; p++)
        if (!(i == 0 ? g_ascii_isalpha (*p) : g_ascii_isalnum (*p)))
          return FALSE;
    }
  return TRUE;
}

/* A short, printable excerpt of text the file should not have. */
static char *
excerpt (const char *text)
{
  g_autofree char *collapsed = collapse_white_space (text);

  if (g_utf8_strlen (collapsed, -1) <= 40)
    return g_steal_pointer (&collapsed);
  return g_strdup_printf ("%.*s…", (int) (g_utf8_offset_to_pointer (collapsed, 40) - collapsed),
                          collapsed);
}

/* ---------------------------------------------------------------------- */
/* Parsing                                                                 */

static long
node_line (xmlNode *node)
{
  return xmlGetLineNo (node);
}

static Import *
import_from_parser (void *ctx)
{
  xmlParserCtxt *ctxt = ctx;
  return ctxt->_private;
}

/* SAX internalSubset: called on <!DOCTYPE before any declaration inside it
 * is read.  Stopping here is what makes entity tricks impossible. */
static void
on_doctype (void          *ctx,
            const xmlChar *name,
            const xmlChar *external_id,
            const xmlChar *system_id)
{
  xmlParserCtxt *ctxt = ctx;

  refuse (import_from_parser (ctx), xmlSAX2GetLineNumber (ctxt),
          _("a document type declaration (<!DOCTYPE …>) is not allowed in a qualification file"));
  xmlStopParser (ctxt);
}

/* Unreachable while on_doctype() stops the parser; kept so that no entity
 * can ever be declared should libxml2 change the order of its callbacks. */
static void
on_entity_declaration (void          *ctx,
                       const xmlChar *name,
                       int            type,
                       const xmlChar *public_id,
                       const xmlChar *system_id,
                       xmlChar       *content)
{
  xmlParserCtxt *ctxt = ctx;

  refuse (import_from_parser (ctx), xmlSAX2GetLineNumber (ctxt),
          _("an entity declaration (<!ENTITY …>) is not allowed in a qualification file"));
  xmlStopParser (ctxt);
}

/* libxml2's own words, on one line, for causes without a message of ours. */
static char *
libxml_message (const xmlError *error)
{
  return collapse_white_space (error->message != NULL ? error->message : "");
}

/* What a libxml2 parser error means for someone who is not an XML expert. */
static void
refuse_parser_error (Import         *import,
                     const xmlError *error)
{
  g_autofree char *detail = libxml_message (error);
  long line = error->line;

  switch (error->code)
    {
    case XML_ERR_DOCUMENT_EMPTY:
      refuse (import, line, _("the file contains no XML"));
      break;
    case XML_ERR_TAG_NOT_FINISHED:
      refuse (import, line,
              _("the file ends inside element <%s>; it is probably incomplete"),
              error->str1 != NULL ? error->str1 : "?");
      break;
    case XML_ERR_INVALID_CHAR:
    case XML_ERR_INVALID_ENCODING:
      refuse (import, line,
              _("the file contains bytes that are not valid UTF-8 text or characters XML does not allow; "
                "save it as UTF-8"));
      break;
    case XML_ERR_UNKNOWN_ENCODING:
    case XML_ERR_UNSUPPORTED_ENCODING:
      refuse (import, line, _("the file declares a character encoding this program cannot read; "
                              "save it as UTF-8"));
      break;
    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
      refuse (import, line,
              _("unknown entity “&%s;”: only &amp; &lt; &gt; &quot; &apos; and character references are allowed"),
              error->str1 != NULL ? error->str1 : "?");
      break;
    case XML_ERR_DOCUMENT_END:
      refuse (import, line, _("there is more after the end of the <qualification> element"));
      break;
    case XML_ERR_TAG_NAME_MISMATCH:
      refuse (import, line,
              _("closing tag </%s> does not match the open element <%s>"),
              error->str2 != NULL ? error->str2 : "?",
              error->str1 != NULL ? error->str1 : "?");
      break;
    default:
      if (g_str_has_prefix (detail, "Excessive depth"))
        refuse (import, line, _("elements are nested far deeper than the format allows"));
      else
        refuse (import, line, _("the file is not well-formed XML: %s"), detail);
      break;
    }
}

/* serror of the parser context: keeps the first error, drops warnings. */
static void
on_parser_error (void     *ctx,
                 xmlError *error)
{
  Import *import = import_from_parser (ctx);

  if (error->level < XML_ERR_ERROR)
    return;
  refuse_parser_error (import, error);
}

static gboolean
is_blank_bytes (const char *data,
                gsize       size)
{
  for (gsize i = 0; i < size; i++)
    if (!is_xml_space (data[i]))
      return FALSE;
  return TRUE;
}

/* The line of the first NUL byte of the file, 0 when there is none.  XML
 * text can never hold NUL, so a NUL means a binary file (or UTF-16, which
 * the format does not use). */
static long
find_binary_line (const char *data,
                  gsize       size)
{
  const char *nul = memchr (data, '\0', size);
  long line = 1;

  if (nul == NULL)
    return 0;
  for (const char *p = data; p < nul; p++)
    if (*p == '\n')
      line++;
  return line;
}

/* The encoding named in the XML declaration, or NULL when there is
 * none.  libxml2 reports failed conversions from other encodings on
 * stderr, past the parser's own error handler, so the importer reads
 * UTF-8 (and its subset ASCII) only and says so. */
static char *
find_declared_encoding (const char *data,
                        gsize       size)
{
  g_autofree char *head = NULL;
  const char *end, *p;
  char quote;

  /* A UTF-8 byte order mark before a declaration of another encoding
   * is still another encoding. */
  if (size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      size -= 3;
    }
  if (size < 5 || memcmp (data, "<?xml", 5) != 0)
    return NULL;
  end = memchr (data, '>', MIN (size, 512));
  if (end == NULL)
    return NULL;
  head = g_strndup (data, end - data);
  p = strstr (head, "encoding");
  if (p == NULL)
    return NULL;
  p += strlen ("encoding");
  while (is_xml_space (*p))
    p++;
  if (*p++ != '=')
    return NULL;
  while (is_xml_space (*p))
    p++;
  quote = *p++;
  if ((quote != '"' && quote != '\'') || strchr (p, quote) == NULL)
    return NULL;
  return g_strndup (p, strchr (p, quote) - p);
}

static gboolean
is_utf8_name (const char *encoding)
{
  return g_ascii_strcasecmp (encoding, "UTF-8") == 0 || g_ascii_strcasecmp (encoding, "UTF8") == 0 ||
         g_ascii_strcasecmp (encoding, "US-ASCII") == 0 || g_ascii_strcasecmp (encoding, "ASCII") == 0;
}

static xmlDoc *
parse_document (Import *import,
                GBytes *bytes)
{
  g_autofree char *encoding = NULL;
  g_autoptr(xmlParserCtxt) ctxt = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  long binary_line;

  /* The caller has checked the size. */
  if (size == 0 || is_blank_bytes (data, size))
    {
      refuse (import, 1, _("the file is empty"));
      return NULL;
    }
  if (size >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0))
    {
      refuse (import, 1, _("the file is UTF-16 text; save it as UTF-8"));
      return NULL;
    }
  binary_line = find_binary_line (data, size);
  if (binary_line > 0)
    {
      refuse (import, binary_line, _("this is not a text file (it contains binary data)"));
      return NULL;
    }
  encoding = find_declared_encoding (data, size);
  if (encoding != NULL && !is_utf8_name (encoding))
    {
      refuse (import, 1, _("the file is written in the character encoding “%s”; save it as UTF-8"), encoding);
      return NULL;
    }

  xmlInitParser ();
  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    g_error ("libxml2 could not allocate a parser");

  /* The SAX handler belongs to this context alone. */
  ctxt->_private = import;
  ctxt->sax->internalSubset = on_doctype;
  ctxt->sax->entityDecl = on_entity_declaration;
  ctxt->sax->serror = on_parser_error;

  /* Deliberately without XML_PARSE_NOENT, XML_PARSE_DTDLOAD,
   * XML_PARSE_DTDATTR, XML_PARSE_XINCLUDE and XML_PARSE_HUGE. */
  doc = xmlCtxtReadMemory (ctxt, data, (int) size, import->display_name, NULL,
                           XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES | XML_PARSE_COMPACT);

  if (is_refused (import))
    return NULL;
  if (doc == NULL || !ctxt->wellFormed)
    {
      refuse (import, ctxt->input != NULL ? ctxt->input->line : 1,
              _("the file is not well-formed XML"));
      return NULL;
    }
  if (xmlDocGetRootElement (doc) == NULL)
    {
      refuse (import, 1, _("the file contains no XML"));
      return NULL;
    }

  return g_steal_pointer (&doc);
}

/* ---------------------------------------------------------------------- */
/* Schema validation                                                       */

typedef struct
{
  long  line;
  char *message;
} SchemaError;

static void
on_schema_error (void     *user_data,
                 xmlError *error)
{
  SchemaError *first = user_data;

  if (error->level < XML_ERR_ERROR || first->message != NULL)
    return;
  first->line = error->node != NULL ? node_line (error->node) : error->line;
  first->message = libxml_message (error);
}

/* Whether @define of the schema is one the walk checks itself. */
static gboolean
is_checked_by_walk (xmlNode *define)
{
  xmlChar *checked_by;
  gboolean result;

  if (define->type != XML_ELEMENT_NODE || !xmlStrEqual (define->name, (const xmlChar *) "define"))
    return FALSE;
  checked_by = xmlGetNsProp (define, (const xmlChar *) SCHEMA_CHECKED_BY,
                             (const xmlChar *) SCHEMA_ANNOTATION_NAMESPACE);
  result = xmlStrEqual (checked_by, (const xmlChar *) "importer");
  xmlFree (checked_by);
  return result;
}

/* The schema's rules for ids, codes and texts are checked by the walk, in
 * the pass that also finds duplicate ids and with messages that name the
 * line; left to libxml2's datatype facets the same rules cost several
 * times the parse itself (duaal-bench, import).  So the defines marked
 * checked-by="importer" are compiled as plain text here, while the
 * shipped schema keeps them whole for every other validator (xmllint, an
 * editor).  tests/test-import.c holds the two to the same verdicts. */
static void
leave_checks_to_walk (xmlDoc *schema)
{
  xmlNode *grammar = xmlDocGetRootElement (schema);

  for (xmlNode *define = grammar->children; define != NULL; define = define->next)
    {
      if (!is_checked_by_walk (define))
        continue;
      while (define->children != NULL)
        {
          xmlNode *child = define->children;

          xmlUnlinkNode (child);
          xmlFreeNode (child);
        }
      xmlNewChild (define, define->ns, (const xmlChar *) "text", NULL);
    }
}

xmlRelaxNG *
duaal_qualification_schema_load (GError **error)
{
  g_autoptr(GBytes) schema = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(xmlRelaxNGParserCtxt) parser = NULL;
  SchemaError schema_error = { 0, NULL };
  xmlRelaxNG *result = NULL;
  gsize size;
  const char *data;

  schema = g_resource_lookup_data (duaal_core_get_resource (), SCHEMA_RESOURCE,
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (schema == NULL)
    return NULL;

  data = g_bytes_get_data (schema, &size);
  doc = xmlReadMemory (data, (int) size, SCHEMA_RESOURCE, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR);
  if (doc != NULL && xmlDocGetRootElement (doc) != NULL)
    {
      leave_checks_to_walk (doc);
      /* The parser works on its own copy of the document. */
      parser = xmlRelaxNGNewDocParserCtxt (doc);
      xmlRelaxNGSetParserStructuredErrors (parser, on_schema_error, &schema_error);
      result = xmlRelaxNGParse (parser);
    }
  if (result == NULL)
    {
      /* A broken build, not a broken file: say so plainly. */
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO,
                   _("The qualification schema of this program cannot be loaded (%s)"),
                   schema_error.message != NULL ? schema_error.message : "?");
      g_free (schema_error.message);
      return NULL;
    }
  g_free (schema_error.message);
  return result;
}

/* Returns FALSE when the schema could not be used at all (@error set).
 * A file the schema rejects is not an error here: @first tells. */
static gboolean
validate_with_schema (xmlRelaxNG   *compiled,
                      xmlDoc       *doc,
                      SchemaError  *first,
                      GError      **error)
{
  g_autoptr(xmlRelaxNG) own_schema = compiled == NULL ? duaal_qualification_schema_load (error) : NULL;
  xmlRelaxNG *schema = compiled != NULL ? compiled : own_schema;
  g_autoptr(xmlRelaxNGValidCtxt) validator = NULL;

  if (schema == NULL)
    return FALSE;

  validator = xmlRelaxNGNewValidCtxt (schema);
  xmlRelaxNGSetValidStructuredErrors (validator, on_schema_error, first);
  if (xmlRelaxNGValidateDoc (validator, doc) != 0 && first->message == NULL)
    {
      first->line = 1;
      first->message = g_strdup ("?");
    }
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* The walk                                                                */

/* Where an element may appear inside its parent: elements of a lower rank
 * come first; a non-repeatable element appears at most once. */
typedef struct
{
  const char *name;
  int         rank;
  gboolean    repeatable;
} ChildRule;

static const ChildRule qualification_children[] = {
  { "title",      0, FALSE },
  { "definition", 1, FALSE },
  { "level",      2, TRUE },
  { "recognised", 3, FALSE },
  { "group",      4, TRUE },
  { "competence", 4, TRUE },
  { "context",    5, TRUE },
  { "unit",       6, TRUE },
  { NULL },
};

/* A training unit (SPEC 15): its competences must come before it. */
static const ChildRule unit_children[] = {
  { "title",      0, FALSE },
  { "includes",   1, TRUE },
  { NULL },
};

/* A CCV context (SPEC 14): its competences must come before it. */
static const ChildRule context_children[] = {
  { "title",      0, FALSE },
  { "activities", 1, FALSE },
  { "offers",     2, TRUE },
  { NULL },
};

static const ChildRule group_children[] = {
  { "competence", 0, TRUE },
  { NULL },
};

static const ChildRule competence_children[] = {
  { "title",      0, FALSE },
  { "reference",  1, FALSE },
  { "indicator",  2, TRUE },
  { "knowledge",  3, TRUE },
  { NULL },
};

static const char * const format_elements[] = {
  "qualification", "title", "definition", "level", "recognised", "group",
  "competence", "reference", "indicator", "knowledge", "context", "activities", "offers",
  "unit", "includes", NULL,
};

/* The order in which the walk meets a parent's children. */
typedef struct
{
  int         rank;
  const char *last_name;
} ChildCursor;

#define CHILD_CURSOR_INIT { -1, NULL }

static const char *
node_name (xmlNode *node)
{
  return (const char *) node->name;
}

static gboolean
is_format_element (xmlNode *node)
{
  return node->type == XML_ELEMENT_NODE
         && node->ns != NULL
         && g_strcmp0 ((const char *) node->ns->href, DUAAL_QUALIFICATION_NAMESPACE) == 0;
}

static gboolean
is_xinclude (xmlNode *node)
{
  const char *href;

  if (node->ns == NULL)
    return FALSE;
  href = (const char *) node->ns->href;
  return g_strcmp0 (href, XINCLUDE_NAMESPACE) == 0
         || g_strcmp0 (href, XINCLUDE_NAMESPACE_OLD) == 0;
}

/* The element's name as written in the file, with its prefix. */
static char *
qualified_name (xmlNode *node)
{
  if (node->ns != NULL && node->ns->prefix != NULL)
    return g_strdup_printf ("%s:%s", node->ns->prefix, node->name);
  return g_strdup (node_name (node));
}

/* Whether @node is an element of the format (any one, anywhere). */
static gboolean
check_known_element (Import  *import,
                     xmlNode *node)
{
  /* Runs for every element: the name is only spelled out to refuse. */
  if (is_xinclude (node))
    {
      g_autofree char *name = qualified_name (node);
      refuse (import, node_line (node),
              _("XInclude (<%s>) is not allowed: a qualification file must be complete in itself"),
              name);
      return FALSE;
    }
  if (!is_format_element (node))
    {
      g_autofree char *name = qualified_name (node);
      refuse (import, node_line (node),
              _("element <%s> is not in the qualification namespace “%s”"),
              name, DUAAL_QUALIFICATION_NAMESPACE);
      return FALSE;
    }
  if (!g_strv_contains (format_elements, node_name (node)))
    {
      g_autofree char *name = qualified_name (node);
      refuse (import, node_line (node), _("unknown element <%s>"), name);
      return FALSE;
    }
  return TRUE;
}

/* libxml2 gives a text node the line where it ends; a coach wants the line
 * where the text itself (after leading white space) starts. */
static long
text_start_line (xmlNode *node)
{
  const char *content = (const char *) node->content;
  long line = node_line (node);
  gboolean leading = TRUE;

  for (const char *p = content; *p != '\0'; p++)
    {
      if (!is_xml_space (*p))
        leading = FALSE;
      else if (*p == '\n' && !leading)
        line--;
    }
  return line;
}

/* Text in element-only content must be white space. */
static gboolean
check_no_text (Import  *import,
               xmlNode *node,
               xmlNode *parent)
{
  const char *content = (const char *) node->content;
  g_autofree char *shown = NULL;

  if (content == NULL || is_blank (content))
    return TRUE;
  shown = excerpt (content);
  refuse (import, text_start_line (node), _("unexpected text “%s” inside <%s>"),
          shown, node_name (parent));
  return FALSE;
}

/* The rule for @child inside @parent, checking its place; NULL when refused. */
static const ChildRule *
accept_child (Import          *import,
              xmlNode         *parent,
              xmlNode         *child,
              const ChildRule *rules,
              ChildCursor     *cursor)
{
  const ChildRule *rule = NULL;

  if (!check_known_element (import, child))
    return NULL;

  for (const ChildRule *r = rules; r->name != NULL; r++)
    if (g_str_equal (r->name, node_name (child)))
      rule = r;

  if (rule == NULL)
    refuse (import, node_line (child), _("element <%s> is not allowed inside <%s>"),
            node_name (child), node_name (parent));
  else if (rule->rank < cursor->rank)
    refuse (import, node_line (child), _("element <%s> must come before <%s>"),
            node_name (child), cursor->last_name);
  else if (rule->rank == cursor->rank && !rule->repeatable)
    refuse (import, node_line (child), _("element <%s> may appear only once inside <%s>"),
            node_name (child), node_name (parent));
  if (is_refused (import))
    return NULL;

  cursor->rank = rule->rank;
  cursor->last_name = rule->name;
  return rule;
}

/* The next child element of @parent after @position (the first when
 * NULL), skipping comments and processing instructions and refusing text.
 * Returns NULL at the end or when refused: see is_refused(). */
static xmlNode *
next_child_element (Import  *import,
                    xmlNode *parent,
                    xmlNode *position)
{
  xmlNode *node = position != NULL ? position->next : parent->children;

  for (; node != NULL; node = node->next)
    {
      switch (node->type)
        {
        case XML_ELEMENT_NODE:
          return node;
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
          if (!check_no_text (import, node, parent))
            return NULL;
          break;
        case XML_ENTITY_REF_NODE:
          refuse (import, node_line (parent), _("entity references are not allowed"));
          return NULL;
        default:
          /* Comments, processing instructions: not part of the content. */
          break;
        }
    }
  return NULL;
}

/* Attributes: only those in @allowed ("xml:lang" for the XML namespace). */
static gboolean
check_attributes (Import            *import,
                  xmlNode           *node,
                  const char * const *allowed)
{
  for (xmlAttr *attribute = node->properties; attribute != NULL; attribute = attribute->next)
    {
      g_autofree char *name = NULL;

      if (attribute->ns == NULL)
        name = g_strdup ((const char *) attribute->name);
      else if (g_strcmp0 ((const char *) attribute->ns->href, (const char *) XML_XML_NAMESPACE) == 0)
        name = g_strdup_printf ("xml:%s", attribute->name);
      else
        name = g_strdup_printf ("%s:%s", attribute->ns->prefix, attribute->name);

      if (!g_strv_contains (allowed, name))
        {
          refuse (import, node_line (node), _("unknown attribute “%s” on element <%s>"),
                  name, node_name (node));
          return FALSE;
        }
    }
  return TRUE;
}

/* A text's characters: none invisible only, no control character. */
static gboolean
check_characters (Import     *import,
                  xmlNode    *node,
                  const char *attribute,
                  const char *text)
{
  gunichar control = 0;

  switch (duaal_input_check_visible (text, &control))
    {
    case DUAAL_INPUT_CONTROL:
      if (attribute != NULL)
        refuse (import, node_line (node),
                _("attribute “%s” of element <%s> contains a control character (U+%04X)"),
                attribute, node_name (node), control);
      else
        refuse (import, node_line (node), _("the text of <%s> contains a control character (U+%04X)"),
                node_name (node), control);
      return FALSE;
    case DUAAL_INPUT_BLANK:
      if (attribute != NULL)
        refuse (import, node_line (node), _("attribute “%s” of element <%s> holds only invisible characters"),
                attribute, node_name (node));
      else
        refuse (import, node_line (node), _("element <%s> holds only invisible characters"),
                node_name (node));
      return FALSE;
    case DUAAL_INPUT_OK:
    case DUAAL_INPUT_NOT_UTF8:
    case DUAAL_INPUT_TOO_LONG:
    default:
      return TRUE;
    }
}

static void
refuse_too_long (Import     *import,
                 xmlNode    *node,
                 const char *attribute,
                 glong       length,
                 guint       max_length)
{
  if (attribute != NULL)
    refuse (import, node_line (node),
            _("attribute “%s” of element <%s> is too long (%ld characters; at most %u are allowed)"),
            attribute, node_name (node), length, max_length);
  else
    refuse (import, node_line (node),
            _("the text of <%s> is too long (%ld characters; at most %u are allowed)"),
            node_name (node), length, max_length);
}

/* Whether @text has at most @max_length characters (@factor times that
 * before NFC); refused when not. */
static gboolean
check_length (Import     *import,
              xmlNode    *node,
              const char *attribute,
              const char *text,
              guint       max_length,
              guint       factor)
{
  glong length;

  /* UTF-8 has at least a byte per character: most texts are short
   * enough by their bytes, without counting characters. */
  if (max_length == NO_LIMIT || strlen (text) <= (gsize) max_length * factor)
    return TRUE;
  length = g_utf8_strlen (text, -1);
  if (length <= (glong) max_length * factor)
    return TRUE;
  refuse_too_long (import, node, attribute, length, max_length);
  return FALSE;
}

/* @raw (the text of @node, or of its @attribute when not NULL) by the
 * format's rules: white space collapsed, not empty, no control or
 * invisible-only text, in NFC, at most @max_length characters.  NULL
 * when refused. */
static char *
finish_text (Import     *import,
             xmlNode    *node,
             const char *attribute,
             const char *raw,
             guint       max_length)
{
  gboolean plain;
  g_autofree char *text = collapse_text (raw, &plain);

  if (*text == '\0')
    {
      if (attribute != NULL)
        refuse (import, node_line (node), _("attribute “%s” of element <%s> is empty"),
                attribute, node_name (node));
      else
        refuse (import, node_line (node), _("element <%s> is empty"), node_name (node));
      return NULL;
    }
  if (!plain && !check_characters (import, node, attribute, text))
    return NULL;
  /* A value without a limit of its own (an id, a number) has an ASCII
   * pattern that the caller checks: NFC would change nothing it accepts. */
  if (!plain && max_length != NO_LIMIT)
    {
      char *normal;

      /* Normalising takes time with the square of the length (GLib): a
       * text far over its limit is refused before.  NFC shortens a text
       * by less than a factor 4 (a letter with three combining marks). */
      if (!check_length (import, node, attribute, text, max_length, 4))
        return NULL;
      normal = duaal_input_normalize (text);
      g_free (text);
      text = normal;
    }
  if (!check_length (import, node, attribute, text, max_length, 1))
    return NULL;
  return g_steal_pointer (&text);
}

/* The value of an attribute without namespace by finish_text(); NULL
 * when absent (refused when @required) or refused. */
static char *
get_attribute (Import     *import,
               xmlNode    *node,
               const char *name,
               gboolean    required,
               guint       max_length)
{
  xmlChar *raw = xmlGetNoNsProp (node, (const xmlChar *) name);
  char *value;

  if (raw == NULL)
    {
      if (required)
        refuse (import, node_line (node), _("element <%s> lacks the required attribute “%s”"),
                node_name (node), name);
      return NULL;
    }
  value = finish_text (import, node, name, (const char *) raw, max_length);
  xmlFree (raw);
  return value;
}

static void
refuse_missing_child (Import     *import,
                      xmlNode    *parent,
                      const char *child_name)
{
  refuse (import, node_line (parent), _("element <%s> has no <%s> element"),
          node_name (parent), child_name);
}

/* The text of a leaf element by finish_text() (attributes are the
 * caller's); NULL when refused, also for an element inside. */
static char *
get_text (Import  *import,
          xmlNode *node,
          guint    max_length)
{
  g_autoptr(GString) raw = NULL;
  const char *single = NULL;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      switch (child->type)
        {
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
          /* Nearly every element holds one text node: read it in place,
           * and gather pieces only when there are several. */
          if (single == NULL && raw == NULL)
            single = (const char *) child->content;
          else
            {
              if (raw == NULL)
                raw = g_string_new (single);
              g_string_append (raw, (const char *) child->content);
            }
          break;
        case XML_ELEMENT_NODE:
          if (check_known_element (import, child))
            refuse (import, node_line (child), _("element <%s> is not allowed inside <%s>"),
                    node_name (child), node_name (node));
          return NULL;
        case XML_ENTITY_REF_NODE:
          refuse (import, node_line (node), _("entity references are not allowed"));
          return NULL;
        default:
          /* Comments and processing instructions are not text. */
          break;
        }
    }

  return finish_text (import, node, NULL, raw != NULL ? raw->str : single != NULL ? single : "",
                      max_length);
}

/* A leaf element without attributes: title, definition, knowledge, ... */
static char *
walk_text_element (Import  *import,
                   xmlNode *node,
                   guint    max_length)
{
  if (!check_attributes (import, node, (const char * const[]) { NULL }))
    return NULL;
  return get_text (import, node, max_length);
}

/* Records a competence or indicator id; refuses a malformed or used one. */
static gboolean
claim_id (Import     *import,
          xmlNode    *node,
          const char *id)
{
  gpointer first_line;

  if (!duaal_input_is_valid_id (id, DUAAL_INPUT_MAX_ID))
    {
      g_autofree char *shown = excerpt (id);

      refuse (import, node_line (node),
              _("“%s” is not a valid id: use 1 to 64 letters, digits, dots, hyphens or underscores"),
              shown);
      return FALSE;
    }
  if (g_hash_table_lookup_extended (import->id_lines, id, NULL, &first_line))
    {
      refuse (import, node_line (node), _("duplicate id “%s” (first used on line %ld)"),
              id, (long) GPOINTER_TO_SIZE (first_line));
      return FALSE;
    }
  g_hash_table_insert (import->id_lines, g_string_chunk_insert (import->id_strings, id),
                       GSIZE_TO_POINTER ((gsize) node_line (node)));
  return TRUE;
}

static DuaalIndicator *
walk_indicator (Import  *import,
                xmlNode *node)
{
  g_autofree char *id = NULL;
  g_autofree char *text = NULL;

  if (!check_attributes (import, node, (const char * const[]) { "id", NULL }))
    return NULL;
  id = get_attribute (import, node, "id", TRUE, NO_LIMIT);
  if (id == NULL || !claim_id (import, node, id))
    return NULL;
  text = get_text (import, node, DUAAL_INPUT_MAX_INDICATOR);
  if (text == NULL)
    return NULL;

  return duaal_indicator_new_take (g_steal_pointer (&id), g_steal_pointer (&text));
}

static gboolean
walk_competence_child (Import          *import,
                       xmlNode         *child,
                       const ChildRule *rule,
                       char           **title,
                       char           **reference,
                       GPtrArray       *indicators,
                       GPtrArray       *knowledge)
{
  if (g_str_equal (rule->name, "title"))
    *title = walk_text_element (import, child, DUAAL_INPUT_MAX_TITLE);
  else if (g_str_equal (rule->name, "reference"))
    *reference = walk_text_element (import, child, DUAAL_INPUT_MAX_SHORT);
  else if (g_str_equal (rule->name, "indicator"))
    {
      DuaalIndicator *indicator = walk_indicator (import, child);
      if (indicator != NULL)
        g_ptr_array_add (indicators, indicator);
    }
  else
    {
      g_autofree char *text = walk_text_element (import, child, DUAAL_INPUT_MAX_KNOWLEDGE);
      if (text != NULL)
        g_ptr_array_add (knowledge, duaal_knowledge_item_new (text));
    }
  return !is_refused (import);
}

static DuaalCompetence *
walk_competence (Import     *import,
                 xmlNode    *node,
                 const char *group_title)
{
  g_autoptr(GPtrArray) indicators = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) knowledge = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *id = NULL;
  g_autofree char *number_text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *reference = NULL;
  ChildCursor cursor = CHILD_CURSOR_INIT;
  guint number = 0;

  if (!check_attributes (import, node, (const char * const[]) { "id", "number", NULL }))
    return NULL;
  id = get_attribute (import, node, "id", TRUE, NO_LIMIT);
  if (id == NULL || !claim_id (import, node, id))
    return NULL;
  number_text = get_attribute (import, node, "number", FALSE, NO_LIMIT);
  if (is_refused (import))
    return NULL;
  if (number_text != NULL && !parse_positive_number (number_text, &number))
    {
      g_autofree char *shown = excerpt (number_text);

      refuse (import, node_line (node),
              _("the competence number “%s” is not a positive whole number"), shown);
      return NULL;
    }

  for (xmlNode *child = next_child_element (import, node, NULL);
       child != NULL;
       child = next_child_element (import, node, child))
    {
      const ChildRule *rule = accept_child (import, node, child, competence_children, &cursor);

      if (rule == NULL
          || !walk_competence_child (import, child, rule, &title, &reference,
                                     indicators, knowledge))
        return NULL;
    }
  if (is_refused (import))
    return NULL;

  if (title == NULL)
    refuse_missing_child (import, node, "title");
  else if (indicators->len == 0)
    refuse_missing_child (import, node, "indicator");
  if (is_refused (import))
    return NULL;

  return duaal_competence_new (id, number, title, reference, group_title,
                               g_steal_pointer (&indicators), g_steal_pointer (&knowledge));
}

static gboolean
walk_group (Import    *import,
            xmlNode   *node,
            GPtrArray *competences)
{
  g_autofree char *title = NULL;
  ChildCursor cursor = CHILD_CURSOR_INIT;
  guint n_before = competences->len;

  if (!check_attributes (import, node, (const char * const[]) { "title", NULL }))
    return FALSE;
  title = get_attribute (import, node, "title", TRUE, DUAAL_INPUT_MAX_TITLE);
  if (title == NULL)
    return FALSE;

  for (xmlNode *child = next_child_element (import, node, NULL);
       child != NULL;
       child = next_child_element (import, node, child))
    {
      DuaalCompetence *competence;

      if (accept_child (import, node, child, group_children, &cursor) == NULL)
        return FALSE;
      competence = walk_competence (import, child, title);
      if (competence == NULL)
        return FALSE;
      g_ptr_array_add (competences, competence);
    }
  if (is_refused (import))
    return FALSE;

  if (competences->len == n_before)
    {
      refuse_missing_child (import, node, "competence");
      return FALSE;
    }
  return TRUE;
}

static gboolean
walk_level (Import  *import,
            xmlNode *node,
            GArray  *levels)
{
  g_autofree char *framework = NULL;
  g_autofree char *text = NULL;
  DuaalLevel level;

  if (!check_attributes (import, node, (const char * const[]) { "framework", NULL }))
    return FALSE;
  framework = get_attribute (import, node, "framework", TRUE, DUAAL_INPUT_MAX_SHORT);
  if (framework == NULL)
    return FALSE;
  text = get_text (import, node, DUAAL_INPUT_MAX_SHORT);
  if (text == NULL)
    return FALSE;
  if (!parse_positive_number (text, &level.value)
      || level.value < MIN_LEVEL || level.value > MAX_LEVEL)
    {
      refuse (import, node_line (node), _("the level “%s” is not a whole number from 1 to 8"),
              text);
      return FALSE;
    }

  level.framework = g_steal_pointer (&framework);
  g_array_append_val (levels, level);
  return TRUE;
}

static gboolean
walk_recognised (Import  *import,
                 xmlNode *node,
                 guint   *year)
{
  g_autofree char *text = walk_text_element (import, node, DUAAL_INPUT_MAX_SHORT);

  if (text == NULL)
    return FALSE;
  if (strlen (text) != 4 || !parse_positive_number (text, year)
      || *year < MIN_YEAR || *year > MAX_YEAR)
    {
      refuse (import, node_line (node), _("“%s” is not a year such as 2014"), text);
      return FALSE;
    }
  return TRUE;
}

/* What the root element carries besides its children. */
typedef struct
{
  char   *code;
  guint   version;
  char   *lang;
  char   *title;
  char   *definition;
  guint   recognised;
  GArray *levels;
  GPtrArray *competences;
  GPtrArray *contexts;      /* DuaalContext, in learning-line order */
  GPtrArray *units;         /* DuaalTrainingUnit, in document order */
} Header;

static void
header_clear (Header *header)
{
  g_clear_pointer (&header->code, g_free);
  g_clear_pointer (&header->lang, g_free);
  g_clear_pointer (&header->title, g_free);
  g_clear_pointer (&header->definition, g_free);
  g_clear_pointer (&header->levels, g_array_unref);
  g_clear_pointer (&header->competences, g_ptr_array_unref);
  g_clear_pointer (&header->contexts, g_ptr_array_unref);
  g_clear_pointer (&header->units, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Header, header_clear)

static gboolean
walk_qualification_attributes (Import  *import,
                               xmlNode *node,
                               Header  *header)
{
  g_autofree char *version = NULL;
  xmlChar *raw_lang;

  if (!check_attributes (import, node, (const char * const[]) { "code", "version", "xml:lang", NULL }))
    return FALSE;

  header->code = get_attribute (import, node, "code", TRUE, DUAAL_INPUT_MAX_CODE);
  if (header->code == NULL)
    return FALSE;
  /* Letters and digits of ASCII only: no look-alike letter from another
   * script and no invisible character makes a second "BK-0138". */
  if (!duaal_input_is_valid_id (header->code, DUAAL_INPUT_MAX_CODE))
    {
      refuse (import, node_line (node),
              _("“%s” is not a valid qualification code: use 1 to 32 letters A to Z, digits, dots, "
                "hyphens or underscores"), header->code);   /* at most 32 characters long */
      return FALSE;
    }

  version = get_attribute (import, node, "version", TRUE, NO_LIMIT);
  if (version == NULL)
    return FALSE;
  if (!parse_positive_number (version, &header->version))
    {
      g_autofree char *shown = excerpt (version);

      refuse (import, node_line (node), _("the version “%s” is not a positive whole number"),
              shown);
      return FALSE;
    }

  raw_lang = xmlGetNsProp (node, (const xmlChar *) "lang", XML_XML_NAMESPACE);
  if (raw_lang != NULL)
    {
      header->lang = collapse_white_space ((const char *) raw_lang);
      xmlFree (raw_lang);
      if (!is_valid_language (header->lang))
        {
          g_autofree char *shown = excerpt (header->lang);

          refuse (import, node_line (node), _("“%s” is not a language code such as “nl”"),
                  shown);
          return FALSE;
        }
    }
  return TRUE;
}

/* <offers competence="ID"/>: a competence of this file, once per context. */
static gboolean
walk_offers (Import     *import,
             xmlNode    *node,
             Header     *header,
             GPtrArray  *offered)
{
  g_autofree char *id = NULL;
  gboolean known = FALSE;

  if (!check_attributes (import, node, (const char * const[]) { "competence", NULL }))
    return FALSE;
  id = get_attribute (import, node, "competence", TRUE, NO_LIMIT);
  if (id == NULL)
    return FALSE;
  if (next_child_element (import, node, NULL) != NULL)
    refuse (import, node_line (node), _("element <offers> must be empty"));
  if (is_refused (import))
    return FALSE;
  for (guint i = 0; i < header->competences->len && !known; i++)
    known = g_str_equal (duaal_competence_get_id (g_ptr_array_index (header->competences, i)), id);
  if (!known)
    {
      g_autofree char *shown = excerpt (id);

      refuse (import, node_line (node), _("the context offers “%s”, which is not a competence of this file"),
              shown);
      return FALSE;
    }
  if (g_ptr_array_find_with_equal_func (offered, id, g_str_equal, NULL))
    {
      refuse (import, node_line (node), _("the context offers competence “%s” twice"), id);
      return FALSE;
    }
  g_ptr_array_add (offered, g_steal_pointer (&id));
  return TRUE;
}

/* A CCV context (SPEC 14): title, activities, the competences it offers. */
static gboolean
walk_context (Import  *import,
              xmlNode *node,
              Header  *header)
{
  g_autoptr(GPtrArray) offered = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = NULL;
  g_autofree char *activities = NULL;
  ChildCursor cursor = CHILD_CURSOR_INIT;

  if (!check_attributes (import, node, (const char * const[]) { NULL }))
    return FALSE;
  for (xmlNode *child = next_child_element (import, node, NULL);
       child != NULL;
       child = next_child_element (import, node, child))
    {
      const ChildRule *rule = accept_child (import, node, child, context_children, &cursor);

      if (rule == NULL)
        return FALSE;
      if (g_str_equal (rule->name, "title"))
        title = walk_text_element (import, child, DUAAL_INPUT_MAX_TITLE);
      else if (g_str_equal (rule->name, "activities"))
        activities = walk_text_element (import, child, DUAAL_INPUT_MAX_DEFINITION);
      else
        walk_offers (import, child, header, offered);
      if (is_refused (import))
        return FALSE;
    }
  if (is_refused (import))
    return FALSE;
  if (title == NULL)
    refuse_missing_child (import, node, "title");
  else if (offered->len == 0)
    refuse_missing_child (import, node, "offers");
  if (is_refused (import))
    return FALSE;

  g_ptr_array_add (offered, NULL);
  g_ptr_array_add (header->contexts, duaal_context_new (0, header->contexts->len + 1, title, activities,
                                                        (const char * const *) offered->pdata));
  return TRUE;
}

static gboolean
is_file_competence (Header     *header,
                    const char *id)
{
  for (guint i = 0; i < header->competences->len; i++)
    if (g_str_equal (duaal_competence_get_id (g_ptr_array_index (header->competences, i)), id))
      return TRUE;
  return FALSE;
}

/* <includes competence="ID"/>: a competence of this file, once per unit. */
static gboolean
walk_includes (Import     *import,
               xmlNode    *node,
               Header     *header,
               GPtrArray  *included)
{
  g_autofree char *id = NULL;

  if (!check_attributes (import, node, (const char * const[]) { "competence", NULL }))
    return FALSE;
  id = get_attribute (import, node, "competence", TRUE, NO_LIMIT);
  if (id == NULL)
    return FALSE;
  if (next_child_element (import, node, NULL) != NULL)
    refuse (import, node_line (node), _("element <includes> must be empty"));
  if (is_refused (import))
    return FALSE;
  if (!is_file_competence (header, id))
    {
      g_autofree char *shown = excerpt (id);

      refuse (import, node_line (node),
              _("the training unit includes “%s”, which is not a competence of this file"), shown);
      return FALSE;
    }
  if (g_ptr_array_find_with_equal_func (included, id, g_str_equal, NULL))
    {
      refuse (import, node_line (node), _("the training unit includes competence “%s” twice"), id);
      return FALSE;
    }
  g_ptr_array_add (included, g_steal_pointer (&id));
  return TRUE;
}

/* The code of a training unit: an id, unique among the file's units. */
static char *
walk_unit_code (Import  *import,
                xmlNode *node,
                Header  *header)
{
  g_autofree char *code = get_attribute (import, node, "code", TRUE, NO_LIMIT);

  if (code == NULL)
    return NULL;
  if (!duaal_input_is_valid_id (code, DUAAL_INPUT_MAX_ID))
    {
      g_autofree char *shown = excerpt (code);

      refuse (import, node_line (node),
              _("“%s” is not a valid training unit code: use 1 to 64 letters, digits, dots, "
                "hyphens or underscores"), shown);
      return NULL;
    }
  for (guint i = 0; i < header->units->len; i++)
    if (g_str_equal (duaal_training_unit_get_code (g_ptr_array_index (header->units, i)), code))
      {
        refuse (import, node_line (node), _("duplicate training unit code “%s”"), code);
        return NULL;
      }
  return g_steal_pointer (&code);
}

/* A training unit (SPEC 15): code, title, the competences it includes. */
static gboolean
walk_unit (Import  *import,
           xmlNode *node,
           Header  *header)
{
  g_autoptr(GPtrArray) included = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *code = NULL;
  g_autofree char *title = NULL;
  ChildCursor cursor = CHILD_CURSOR_INIT;

  if (!check_attributes (import, node, (const char * const[]) { "code", NULL }))
    return FALSE;
  code = walk_unit_code (import, node, header);
  if (code == NULL)
    return FALSE;
  for (xmlNode *child = next_child_element (import, node, NULL);
       child != NULL;
       child = next_child_element (import, node, child))
    {
      const ChildRule *rule = accept_child (import, node, child, unit_children, &cursor);

      if (rule == NULL)
        return FALSE;
      if (g_str_equal (rule->name, "title"))
        title = walk_text_element (import, child, DUAAL_INPUT_MAX_TITLE);
      else
        walk_includes (import, child, header, included);
      if (is_refused (import))
        return FALSE;
    }
  if (is_refused (import))
    return FALSE;
  if (title == NULL)
    refuse_missing_child (import, node, "title");
  else if (included->len == 0)
    refuse_missing_child (import, node, "includes");
  if (is_refused (import))
    return FALSE;

  g_ptr_array_add (included, NULL);
  g_ptr_array_add (header->units, duaal_training_unit_new (code, title, (const char * const *) included->pdata));
  return TRUE;
}

static gboolean
walk_qualification_child (Import          *import,
                          xmlNode         *child,
                          const ChildRule *rule,
                          Header          *header)
{
  if (g_str_equal (rule->name, "title"))
    header->title = walk_text_element (import, child, DUAAL_INPUT_MAX_TITLE);
  else if (g_str_equal (rule->name, "definition"))
    header->definition = walk_text_element (import, child, DUAAL_INPUT_MAX_DEFINITION);
  else if (g_str_equal (rule->name, "level"))
    walk_level (import, child, header->levels);
  else if (g_str_equal (rule->name, "recognised"))
    walk_recognised (import, child, &header->recognised);
  else if (g_str_equal (rule->name, "group"))
    walk_group (import, child, header->competences);
  else if (g_str_equal (rule->name, "context"))
    walk_context (import, child, header);
  else if (g_str_equal (rule->name, "unit"))
    walk_unit (import, child, header);
  else
    {
      DuaalCompetence *competence = walk_competence (import, child, NULL);
      if (competence != NULL)
        g_ptr_array_add (header->competences, competence);
    }
  return !is_refused (import);
}

static DuaalQualification *
walk_qualification (Import  *import,
                    xmlNode *root)
{
  g_auto(Header) header = { 0 };
  ChildCursor cursor = CHILD_CURSOR_INIT;
  DuaalQualification *qualification;

  if (!check_known_element (import, root))
    return NULL;
  if (!g_str_equal (node_name (root), "qualification"))
    {
      refuse (import, node_line (root), _("the root element must be <qualification>, not <%s>"),
              node_name (root));
      return NULL;
    }
  if (!walk_qualification_attributes (import, root, &header))
    return NULL;

  header.levels = g_array_new (FALSE, FALSE, sizeof (DuaalLevel));
  g_array_set_clear_func (header.levels, (GDestroyNotify) duaal_level_clear);
  header.competences = g_ptr_array_new_with_free_func (g_object_unref);
  header.contexts = g_ptr_array_new_with_free_func (g_object_unref);
  header.units = g_ptr_array_new_with_free_func (g_object_unref);

  for (xmlNode *child = next_child_element (import, root, NULL);
       child != NULL;
       child = next_child_element (import, root, child))
    {
      const ChildRule *rule = accept_child (import, root, child, qualification_children, &cursor);

      if (rule == NULL || !walk_qualification_child (import, child, rule, &header))
        return NULL;
    }
  if (is_refused (import))
    return NULL;

  if (header.title == NULL)
    refuse_missing_child (import, root, "title");
  else if (header.competences->len == 0)
    refuse_missing_child (import, root, "competence");
  if (is_refused (import))
    return NULL;

  qualification = duaal_qualification_new (header.code, header.version, header.title,
                                           header.definition, header.lang, header.recognised,
                                           g_steal_pointer (&header.levels),
                                           g_steal_pointer (&header.competences));
  if (header.contexts->len > 0)
    duaal_qualification_take_contexts (qualification, g_steal_pointer (&header.contexts));
  if (header.units->len > 0)
    duaal_qualification_set_training_units (qualification, header.units);
  return qualification;
}

/* ---------------------------------------------------------------------- */
/* Entry points                                                            */

static char *
too_large_cause (goffset size)
{
  g_autofree char *formatted = g_format_size ((guint64) size);

  return g_strdup_printf (_("the file is too large (%s); a qualification file may be at most 16 MiB"),
                          formatted);
}

DuaalQualification *
duaal_qualification_import_bytes (const char  *display_name,
                                  GBytes      *bytes,
                                  GError     **error)
{
  return duaal_qualification_import_bytes_with_schema (NULL, display_name, bytes, error);
}

DuaalQualification *
duaal_qualification_import_bytes_with_schema (xmlRelaxNG  *schema,
                                              const char  *display_name,
                                              GBytes      *bytes,
                                              GError     **error)
{
  g_auto(Import) import = { display_name, NULL, NULL };
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(DuaalQualification) qualification = NULL;
  SchemaError schema_error = { 0, NULL };

  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  import.id_lines = g_hash_table_new (g_str_hash, g_str_equal);
  import.id_strings = g_string_chunk_new (4096);

  if (g_bytes_get_size (bytes) > DUAAL_QUALIFICATION_MAX_FILE_SIZE)
    {
      g_autofree char *cause = too_large_cause ((goffset) g_bytes_get_size (bytes));
      refuse (&import, 1, "%s", cause);
    }
  else
    doc = parse_document (&import, bytes);

  if (doc != NULL)
    {
      if (!validate_with_schema (schema, doc, &schema_error, error))
        return NULL;
      qualification = walk_qualification (&import, xmlDocGetRootElement (doc));
      /* The walk explains a problem better than the schema; the schema
       * still has the last word on anything the walk let through. */
      if (!is_refused (&import) && schema_error.message != NULL)
        refuse (&import, schema_error.line,
                _("the file does not follow the qualification format: %s"),
                schema_error.message);
      g_free (schema_error.message);
    }

  if (is_refused (&import))
    {
      g_propagate_error (error, g_steal_pointer (&import.error));
      return NULL;
    }
  g_assert (qualification != NULL);
  return g_steal_pointer (&qualification);
}

static GError *
file_error (int         code,
            const char *display_name,
            const char *cause)
{
  return g_error_new (DUAAL_ERROR, code, "%s: %s", display_name, cause);
}

/* The file's contents, after making sure it is a regular file of a size
 * worth reading. */
static GBytes *
read_file (const char  *path,
           const char  *display_name,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  GStatBuf info;
  gsize length;

  if (g_stat (path, &info) != 0)
    {
      int saved_errno = errno;
      g_autofree char *cause = g_strdup_printf (_("cannot read the file: %s"),
                                                g_strerror (saved_errno));
      /* A wrong name or a forbidden file is the user's to fix. */
      gboolean bad_input = saved_errno == ENOENT || saved_errno == ENOTDIR
                           || saved_errno == EACCES || saved_errno == ENAMETOOLONG
                           || saved_errno == ELOOP;

      g_propagate_error (error, file_error (bad_input ? DUAAL_ERROR_INVALID_FILE : DUAAL_ERROR_IO,
                                            display_name, cause));
      return NULL;
    }
  if (!S_ISREG (info.st_mode))
    {
      g_propagate_error (error, file_error (DUAAL_ERROR_INVALID_FILE, display_name,
                                            _("this is not a regular file")));
      return NULL;
    }
  if (info.st_size > DUAAL_QUALIFICATION_MAX_FILE_SIZE)
    {
      g_autofree char *cause = too_large_cause (info.st_size);
      g_propagate_error (error, g_error_new (DUAAL_ERROR, DUAAL_ERROR_INVALID_FILE,
                                             "%s:1: %s", display_name, cause));
      return NULL;
    }

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_autofree char *cause = g_strdup_printf (_("cannot read the file: %s"),
                                                local_error->message);
      g_propagate_error (error, file_error (DUAAL_ERROR_IO, display_name, cause));
      return NULL;
    }
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

DuaalQualification *
duaal_qualification_import_file (const char  *path,
                                 GError     **error)
{
  return duaal_qualification_import_file_with_schema (NULL, path, error);
}

DuaalQualification *
duaal_qualification_import_file_with_schema (xmlRelaxNG  *schema,
                                             const char  *path,
                                             GError     **error)
{
  g_autofree char *display_name = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Messages are UTF-8 whatever the file system's encoding. */
  display_name = g_filename_display_name (path);
  bytes = read_file (path, display_name, error);
  if (bytes == NULL)
    return NULL;
  return duaal_qualification_import_bytes_with_schema (schema, display_name, bytes, error);
}

DuaalQualification *
duaal_qualification_import_demo (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = g_resource_lookup_data (duaal_core_get_resource (), DEMO_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  return duaal_qualification_import_bytes (DEMO_NAME, bytes, error);
}
