/*
 * version.c — version queries, type names and an_free.
 */
#include "actornet/common.h"

#include <stdlib.h>

const char *an_version_string(void)
{
    return AN_VERSION_STRING;
}

int an_version_number(void)
{
    return AN_VERSION_MAJOR * 10000 + AN_VERSION_MINOR * 100 + AN_VERSION_PATCH;
}

void an_free(void *memory)
{
    free(memory);
}

const char *an_type_name(an_type type)
{
    switch (type) {
    case AN_TYPE_BOOLEAN: return "boolean";
    case AN_TYPE_INT: return "int";
    case AN_TYPE_LONG: return "long";
    case AN_TYPE_FLOAT: return "float";
    case AN_TYPE_DOUBLE: return "double";
    case AN_TYPE_STRING: return "string";
    }
    return NULL;
}
