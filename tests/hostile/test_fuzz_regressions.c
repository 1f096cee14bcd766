/*
 * test_fuzz_regressions.c — every input the fuzzers ever crashed on, and the
 * seed corpus, through every fuzz target, in the normal build.
 *
 *   test_fuzz_regressions DIR...
 *
 * Each regular file in each DIR (sorted by name) goes through the targets of
 * fuzz/ (compiled in with -DAN_FUZZ_NO_ENTRY): the GraphML reader, the
 * GraphML round-trip oracle, the DOT writer check and the analyses. Files
 * ending in .args (argument vectors) go through the CLI parser target
 * instead. A target that finds a broken invariant aborts, so a regression
 * fails this test in every build (plain, ASan+UBSan, valgrind), not only in
 * a libFuzzer build. New crashing inputs go to tests/hostile/regressions/
 * (see fuzz/README.md).
 */
#include "fuzz_targets.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static unsigned char *read_all(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t capacity = 1 << 16, length = 0;
    unsigned char *data = malloc(capacity);
    for (;;) {
        if (!data)
            break;
        size_t n = fread(data + length, 1, capacity - length, f);
        length += n;
        if (length < capacity)
            break;
        unsigned char *bigger = realloc(data, capacity * 2);
        if (!bigger) {
            free(data);
            data = NULL;
            break;
        }
        data = bigger;
        capacity *= 2;
    }
    fclose(f);
    *size = length;
    return data;
}

static int ends_with(const char *text, const char *suffix)
{
    size_t a = strlen(text), b = strlen(suffix);
    return a >= b && strcmp(text + a - b, suffix) == 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: test_fuzz_regressions DIR...\n");
        return 2;
    }
    long files = 0;
    for (int d = 1; d < argc; d++) {
        DIR *dir = opendir(argv[d]);
        if (!dir) {
            fprintf(stderr, "cannot open %s\n", argv[d]);
            return 1;
        }
        char **names = NULL;
        size_t count = 0;
        struct dirent *entry;
        while ((entry = readdir(dir)) != NULL) {
            if (entry->d_name[0] == '.')
                continue;
            names = realloc(names, (count + 1) * sizeof *names);
            names[count++] = strdup(entry->d_name);
        }
        closedir(dir);
        if (count)
            qsort(names, count, sizeof *names, compare_names);
        for (size_t i = 0; i < count; i++) {
            char path[4096];
            snprintf(path, sizeof path, "%s/%s", argv[d], names[i]);
            size_t size = 0;
            unsigned char *data = read_all(path, &size);
            if (!data) {
                fprintf(stderr, "cannot read %s\n", path);
                return 1;
            }
            clock_t start = clock();
            if (ends_with(names[i], ".args")) {
                an_fuzz_cli_args(data, size);
            } else {
                an_fuzz_graphml_read(data, size);
                an_fuzz_graphml_roundtrip(data, size);
                an_fuzz_dot_write(data, size);
                an_fuzz_analyses(data, size);
            }
            printf("ok   %s (%.2f s)\n", path, (double)(clock() - start) / CLOCKS_PER_SEC);
            files++;
            free(data);
            free(names[i]);
        }
        free(names);
    }
    printf("cases: %ld passed, 0 failed\n", files);
    return 0;
}
