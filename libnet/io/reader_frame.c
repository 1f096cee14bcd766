/*
 * reader_frame.c — the frame the network readers share (reader_frame.h).
 */
#include "reader_frame.h"
#include "error_internal.h"
#include "network_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int an_i_reader_open(const char *path, int *out_fd)
{
    *out_fd = open(path, O_RDONLY | O_CLOEXEC);
    if (*out_fd < 0)
        return an_i_error_at(AN_EIO, path, 0, 0, "cannot open: %s", strerror(errno));
    return AN_OK;
}

int an_i_reader_hand_over(an_network **out, an_network *network, int status, const char *name)
{
    if (status == AN_OK && !(network->source_name = strdup(name)))
        status = an_i_error(AN_ENOMEM, "out of memory");
    if (status != AN_OK) {
        an_network_free(network);
        return status;
    }
    *out = network;
    return AN_OK;
}

void an_i_xml_halt(xmlParserCtxtPtr ctxt)
{
    ctxt->disableSAX = 1;
    ctxt->instate = XML_PARSER_EOF;
    ctxt->errNo = XML_ERR_USER_STOP;
    ctxt->wellFormed = 0;
}

int an_i_reader_vfail(int *status, xmlParserCtxtPtr ctxt, const char *file, int halt, int code, long line,
                      long column, const char *format, va_list args)
{
    if (*status)
        return *status;
    char reason[768];
    vsnprintf(reason, sizeof reason, format, args);
    an_i_error_at(code, file, line, column, "%s", reason);
    *status = code;
    if (halt && ctxt)
        an_i_xml_halt(ctxt);
    return code;
}
