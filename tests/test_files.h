/*
 * test_files.h — reading a whole file in the C tests.
 */
#ifndef AN_TEST_FILES_H
#define AN_TEST_FILES_H

#include <stdio.h>
#include <stdlib.h>

/*
 * The bytes of `path`, NUL-terminated (free with free()); NULL if the file
 * cannot be opened, read or allocated. *size (if size is not NULL) receives
 * the length without the NUL.
 */
static inline char *an_t_read_file(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long length = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = length >= 0 ? malloc((size_t)length + 1) : NULL;
    if (text && fread(text, 1, (size_t)length, f) != (size_t)length) {
        free(text);
        text = NULL;
    }
    fclose(f);
    if (!text)
        return NULL;
    text[length] = '\0';
    if (size)
        *size = (size_t)length;
    return text;
}

#endif
