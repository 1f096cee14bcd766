/*
 * sax_floor.c — the floor for any libxml2-based GraphML loader: libxml2's
 * SAX2 push parser (xmlCreatePushParserCtxt + xmlParseChunk, 256 KiB chunks
 * read with read(2), XML_PARSE_NONET as actornet's reader) with callbacks
 * that only count elements, attributes and text bytes.
 *
 *     sax_floor FILE      prints: seconds <TAB> peak RSS MiB <TAB> counts
 */
#include <libxml/parser.h>
#include <libxml/SAX2.h>

#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

typedef struct counts {
    long long elements, attributes, text_bytes;
} counts;

static void on_start(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri,
                     int nb_namespaces, const xmlChar **namespaces, int nb_attributes, int nb_defaulted,
                     const xmlChar **attributes)
{
    counts *c = ctx;
    (void)localname, (void)prefix, (void)uri, (void)nb_namespaces, (void)namespaces, (void)nb_defaulted;
    (void)attributes;
    c->elements++;
    c->attributes += nb_attributes;
}

static void on_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri)
{
    (void)ctx, (void)localname, (void)prefix, (void)uri;
}

static void on_characters(void *ctx, const xmlChar *text, int length)
{
    (void)text;
    ((counts *)ctx)->text_bytes += length;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: sax_floor FILE\n");
        return 2;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int fd = open(argv[1], O_RDONLY);
    if (fd < 0) {
        perror(argv[1]);
        return 1;
    }
    static char chunk[256 * 1024];
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = on_start;
    sax.endElementNs = on_end;
    sax.characters = on_characters;
    counts c = { 0, 0, 0 };
    ssize_t got = read(fd, chunk, 4);
    xmlParserCtxtPtr ctxt = xmlCreatePushParserCtxt(&sax, &c, chunk, got > 0 ? (int)got : 0, argv[1]);
    xmlCtxtUseOptions(ctxt, XML_PARSE_NONET);
    int rc = 0;
    while ((got = read(fd, chunk, sizeof chunk)) > 0 && rc == 0)
        rc = xmlParseChunk(ctxt, chunk, (int)got, 0);
    if (rc == 0)
        rc = xmlParseChunk(ctxt, chunk, 0, 1);
    int wellformed = ctxt->wellFormed;
    xmlFreeParserCtxt(ctxt);
    close(fd);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    printf("%.4f\t%.1f\telements=%lld attributes=%lld text_bytes=%lld%s\n",
           (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) * 1e-9, usage.ru_maxrss / 1024.0, c.elements,
           c.attributes, c.text_bytes, rc == 0 && wellformed ? "" : " NOT WELL-FORMED");
    return rc == 0 && wellformed ? 0 : 1;
}
