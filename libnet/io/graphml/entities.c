/*
 * graphml/entities.c — the internal DTD subset and its entities.
 *
 * Internal general entities declared in the internal subset are expanded
 * (libxml2 delivers their replacement text to the SAX callbacks) under a
 * budget: every reference costs the length of its replacement text plus 32
 * bytes, and all references together may cost at most 1 MiB + 4 x the bytes
 * of input read so far. Beyond that the load fails with AN_ELIMIT (billion
 * laughs, quadratic blowup). libxml2's own checks (entity loops,
 * amplification, depth of nested expansion) are mapped to AN_ELIMIT as well
 * (failures.c). A reference to an external entity, general or parameter
 * (SYSTEM / PUBLIC, file or URL), fails with AN_EUNSUPPORTED; it is never
 * opened. An undefined entity is AN_EPARSE.
 */
#include "reader.h"

#include <libxml/SAX2.h>
#include <libxml/tree.h>

#define ENTITY_BUDGET_BASE (1024u * 1024u)
#define ENTITY_BUDGET_FACTOR 4u
#define ENTITY_REFERENCE_COST 32u

void XMLCALL an_i_graphml_on_internal_subset(void *ctx, const xmlChar *name, const xmlChar *external_id,
                                             const xmlChar *system_id)
{
    reader *r = ctx;
    xmlParserCtxtPtr c = r->ctxt;
    if (r->status)
        return;
    if (!c->myDoc) {
        /* entity declarations need a document to live in */
        c->myDoc = xmlNewDoc(BAD_CAST "1.0");
        if (!c->myDoc) {
            an_i_graphml_fail_nomem(r);
            return;
        }
        c->myDoc->properties = XML_DOC_INTERNAL;
        if (c->dict) {
            c->myDoc->dict = c->dict;
            xmlDictReference(c->dict);
        }
    }
    xmlSAX2InternalSubset(c, name, external_id, system_id);
}

void XMLCALL an_i_graphml_on_entity_decl(void *ctx, const xmlChar *name, int type, const xmlChar *public_id,
                                         const xmlChar *system_id, xmlChar *content)
{
    reader *r = ctx;
    if (r->status || !r->ctxt->myDoc)
        return;
    xmlSAX2EntityDecl(r->ctxt, name, type, public_id, system_id, content);
}

/* Charge one reference to the expansion budget; non-zero when exhausted. */
static int charge_entity(reader *r, xmlEntityPtr entity)
{
    r->entity_cost += (uint64_t)(entity->length > 0 ? entity->length : 0) + ENTITY_REFERENCE_COST;
    uint64_t budget = ENTITY_BUDGET_BASE + ENTITY_BUDGET_FACTOR * r->bytes_fed;
    if (r->entity_cost > budget)
        return an_i_graphml_record_failure_at(
            r, AN_ELIMIT, current_line(r), current_column(r),
            "entity expansion exceeds its budget (%llu bytes for %llu bytes of input) at '&%.100s;': "
            "refusing a possible entity bomb",
            (unsigned long long)r->entity_cost, (unsigned long long)r->bytes_fed, (const char *)entity->name);
    return 0;
}

static void fail_external_entity(reader *r, xmlEntityPtr entity, const char *kind)
{
    const xmlChar *where = entity->SystemID ? entity->SystemID : entity->ExternalID;
    /* record only: libxml2 is in the middle of resolving a reference; it
     * reports the reference as undefined next, and we ignore the rest */
    an_i_graphml_record_failure_at(r, AN_EUNSUPPORTED, current_line(r), current_column(r),
                                   "%s '%s%.100s;' refers to an external resource ('%.200s'); external "
                                   "entities are never read", kind, kind[0] == 'p' ? "%" : "&",
                                   (const char *)entity->name, where ? (const char *)where : "");
}

xmlEntityPtr XMLCALL an_i_graphml_on_get_entity(void *ctx, const xmlChar *name)
{
    reader *r = ctx;
    xmlEntityPtr entity = xmlGetPredefinedEntity(name);
    if (entity)
        return entity;
    if (r->status || !r->ctxt->myDoc)
        return NULL;
    entity = xmlGetDocEntity(r->ctxt->myDoc, name);
    if (!entity)
        return NULL; /* libxml2 reports the undefined entity */
    if (entity->etype != XML_INTERNAL_GENERAL_ENTITY) {
        fail_external_entity(r, entity, "entity");
        return NULL;
    }
    return charge_entity(r, entity) ? NULL : entity;
}

xmlEntityPtr XMLCALL an_i_graphml_on_get_parameter_entity(void *ctx, const xmlChar *name)
{
    reader *r = ctx;
    if (r->status || !r->ctxt->myDoc)
        return NULL;
    xmlEntityPtr entity = xmlGetParameterEntity(r->ctxt->myDoc, name);
    if (!entity)
        return NULL;
    if (entity->etype != XML_INTERNAL_PARAMETER_ENTITY) {
        fail_external_entity(r, entity, "parameter entity");
        return NULL;
    }
    return charge_entity(r, entity) ? NULL : entity;
}

/* libxml2 calls this after delivering an internal entity's text, and for a
 * reference it could not resolve (when the document has an external subset). */
void XMLCALL an_i_graphml_on_reference(void *ctx, const xmlChar *name)
{
    reader *r = ctx;
    if (r->status)
        return;
    xmlEntityPtr entity = r->ctxt->myDoc ? xmlGetDocEntity(r->ctxt->myDoc, name) : NULL;
    if (entity && entity->etype == XML_INTERNAL_GENERAL_ENTITY)
        return;
    FAIL(r, AN_EPARSE, "malformed XML: undefined entity '&%.200s;'", (const char *)name);
}
