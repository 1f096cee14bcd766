/*
 * cli_data.c — finding the bundled data without configuration.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef ACTORNET_SOURCE_DATA_DIR
#define ACTORNET_SOURCE_DATA_DIR ""
#endif
#ifndef ACTORNET_INSTALLED_DATA_DIR
#define ACTORNET_INSTALLED_DATA_DIR ""
#endif

static char *join(const char *dir, const char *name)
{
    size_t length = strlen(dir) + strlen(name) + 2;
    char *path = malloc(length);
    if (path)
        snprintf(path, length, "%s/%s", dir, name);
    return path;
}

char *cli_data_path(const char *name)
{
    const char *candidates[3] = { getenv("ACTORNET_DATA_DIR"), ACTORNET_SOURCE_DATA_DIR, ACTORNET_INSTALLED_DATA_DIR };
    for (int i = 0; i < 3; i++) {
        if (!candidates[i] || !*candidates[i])
            continue;
        char *path = join(candidates[i], name);
        if (path && access(path, R_OK) == 0)
            return path;
        free(path);
    }
    cli_error("cannot find the bundled file '%s' (looked in $ACTORNET_DATA_DIR, %s, %s)", name,
              ACTORNET_SOURCE_DATA_DIR, ACTORNET_INSTALLED_DATA_DIR);
    return NULL;
}
