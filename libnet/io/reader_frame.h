/*
 * reader_frame.h — what the network readers (GraphML in graphml/, GEXF in
 * gexf/) share around their own parsing: opening the input file, halting a
 * libxml2 push parser from inside a callback, and handing the loaded network
 * over (or freeing it) once parsing has ended.
 */
#ifndef AN_READER_FRAME_H
#define AN_READER_FRAME_H

#include "actornet/network.h"

#include <libxml/parser.h>
#include <stdarg.h>

/** Open `path` read-only (close-on-exec) into *out_fd. AN_OK, or AN_EIO naming the file. */
int an_i_reader_open(const char *path, int *out_fd);

/**
 * Hand a reader's result over: on status AN_OK the network is named `name`
 * (an_network_source_name) and stored in *out; on any failure (or when the
 * name cannot be copied: AN_ENOMEM) the network is freed and *out is left
 * untouched, so a failed load returns no graph. Returns the final status.
 */
int an_i_reader_hand_over(an_network **out, an_network *network, int status, const char *name);

/*
 * Halt a libxml2 push parser from inside one of its SAX callbacks: no event
 * after this one, and xmlParseChunk returns. (xmlStopParser in libxml2 2.9
 * also frees the input buffer the current callback's arguments point into.)
 */
void an_i_xml_halt(xmlParserCtxtPtr ctxt);

/**
 * Record a reader's first failure: the error (per thread) at FILE:LINE:COLUMN
 * with the formatted reason, `*status` set to `code`, and with `halt` the
 * parser stopped (an_i_xml_halt; `ctxt` may be NULL). A reader that has
 * already failed keeps its first failure: returns the status it holds.
 */
int an_i_reader_vfail(int *status, xmlParserCtxtPtr ctxt, const char *file, int halt, int code, long line,
                      long column, const char *format, va_list args);

#endif
