/*
 * diagram_render.c — write the report's .dot files and, when Graphviz is on
 * PATH, render them to SVG by running `dot` / `sfdp` (posix_spawnp, DOT on
 * standard input, SVG read from standard output, a time limit per run).
 * Graphviz missing, failing or too slow is never an error of the report: the
 * .dot files are there, and the diagram records why there is no picture.
 *
 * The network picture is the network's SVG with its legend (a small graph
 * laid out by dot) placed to its right in one SVG document.
 */
#include "diagram_internal.h"

#include "error_internal.h"
#include "parallel_for.h"

#include <libxml/parser.h>

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

int an_i_program_on_path(const char *program)
{
    const char *path = getenv("PATH");
    if (!path || !*path)
        path = "/usr/local/bin:/usr/bin:/bin";
    while (*path) {
        const char *end = strchr(path, ':');
        size_t length = end ? (size_t)(end - path) : strlen(path);
        char candidate[4096];
        if (length && length + strlen(program) + 2 < sizeof candidate) {
            memcpy(candidate, path, length);
            snprintf(candidate + length, sizeof candidate - length, "/%s", program);
            struct stat info;
            if (stat(candidate, &info) == 0 && S_ISREG(info.st_mode) && access(candidate, X_OK) == 0)
                return 1;
        }
        if (!end)
            break;
        path = end + 1;
    }
    return 0;
}

static double now_seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static char *text_printf(const char *format, ...) __attribute__((format(printf, 1, 2)));
static char *text_printf(const char *format, ...)
{
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    va_list args;
    va_start(args, format);
    char small[1024];
    vsnprintf(small, sizeof small, format, args);
    va_end(args);
    an_i_strbuf_puts(&b, small);
    return an_i_strbuf_take(&b, NULL);
}

static int append_bytes(char **data, size_t *length, size_t *capacity, const char *bytes, size_t count)
{
    if (*length + count + 1 > *capacity) {
        size_t grown = *capacity ? *capacity : 65536;
        while (*length + count + 1 > grown)
            grown *= 2;
        char *more = realloc(*data, grown);
        if (!more)
            return 0;
        *data = more;
        *capacity = grown;
    }
    memcpy(*data + *length, bytes, count);
    *length += count;
    (*data)[*length] = '\0';
    return 1;
}

int an_i_graphviz_run(const char *engine, const char *const *arguments, const char *input, size_t length,
                      double timeout, char **out, size_t *out_length, char **problem)
{
    *out = NULL;
    *problem = NULL;
    if (!an_i_program_on_path(engine)) {
        *problem = text_printf("Graphviz's '%s' is not on PATH (install Graphviz, e.g. apt-get install graphviz)",
                               engine);
        return AN_ERROR;
    }
    int to_child[2] = { -1, -1 }, from_child[2] = { -1, -1 }, errors[2] = { -1, -1 };
    /* close-on-exec: when several renders (or the caller's own threads) spawn at once, no child
     * inherits another's pipe ends (a child holding another's stdin open would keep it from EOF) */
    if (pipe2(to_child, O_CLOEXEC) != 0 || pipe2(from_child, O_CLOEXEC) != 0 || pipe2(errors, O_CLOEXEC) != 0) {
        *problem = text_printf("cannot create pipes for %s: %s", engine, strerror(errno));
        for (int i = 0; i < 2; i++) {
            if (to_child[i] >= 0) close(to_child[i]);
            if (from_child[i] >= 0) close(from_child[i]);
            if (errors[i] >= 0) close(errors[i]);
        }
        return AN_ERROR;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, to_child[0], 0);
    posix_spawn_file_actions_adddup2(&actions, from_child[1], 1);
    posix_spawn_file_actions_adddup2(&actions, errors[1], 2);
    int ends[6] = { to_child[0], to_child[1], from_child[0], from_child[1], errors[0], errors[1] };
    for (int i = 0; i < 6; i++)
        posix_spawn_file_actions_addclose(&actions, ends[i]);
    char *argv[16];
    int argc = 0;
    argv[argc++] = (char *)engine;
    for (; arguments && *arguments && argc < 15; arguments++)
        argv[argc++] = (char *)*arguments;
    argv[argc] = NULL;
    pid_t pid;
    int spawned = posix_spawnp(&pid, engine, &actions, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    close(to_child[0]);
    close(from_child[1]);
    close(errors[1]);
    if (spawned != 0) {
        close(to_child[1]);
        close(from_child[0]);
        close(errors[0]);
        *problem = text_printf("cannot run %s: %s", engine, strerror(spawned));
        return AN_ERROR;
    }
    /* a child that dies early must not kill us with SIGPIPE: write with MSG-less write and ignore EPIPE */
    struct sigaction ignore, previous;
    memset(&ignore, 0, sizeof ignore);
    ignore.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &ignore, &previous);
    for (int i = 0; i < 3; i++) {
        int fd = i == 0 ? to_child[1] : i == 1 ? from_child[0] : errors[0];
        fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    char *output = NULL, *messages = NULL;
    size_t output_length = 0, output_capacity = 0, messages_length = 0, messages_capacity = 0, written = 0;
    int in_fd = to_child[1], out_fd = from_child[0], err_fd = errors[0], timed_out = 0, memory = 1;
    if (length == 0) {
        close(in_fd);
        in_fd = -1;
    }
    double deadline = now_seconds() + timeout;
    while (out_fd >= 0 || err_fd >= 0) {
        struct pollfd fds[3];
        int count = 0;
        if (in_fd >= 0)
            fds[count++] = (struct pollfd){ in_fd, POLLOUT, 0 };
        if (out_fd >= 0)
            fds[count++] = (struct pollfd){ out_fd, POLLIN, 0 };
        if (err_fd >= 0)
            fds[count++] = (struct pollfd){ err_fd, POLLIN, 0 };
        double left = deadline - now_seconds();
        if (left <= 0) {
            timed_out = 1;
            break;
        }
        int ready = poll(fds, (nfds_t)count, (int)(left * 1000) + 1);
        if (ready < 0 && errno != EINTR)
            break;
        for (int i = 0; i < count; i++) {
            if (!fds[i].revents)
                continue;
            if (fds[i].fd == in_fd) {
                ssize_t n = write(in_fd, input + written, length - written);
                if (n > 0)
                    written += (size_t)n;
                if ((n < 0 && errno != EAGAIN && errno != EINTR) || written == length) {
                    close(in_fd);
                    in_fd = -1;
                }
            } else {
                char chunk[65536];
                ssize_t n = read(fds[i].fd, chunk, sizeof chunk);
                if (n > 0) {
                    if (fds[i].fd == out_fd)
                        memory &= append_bytes(&output, &output_length, &output_capacity, chunk, (size_t)n);
                    else if (messages_length < 8192)
                        memory &= append_bytes(&messages, &messages_length, &messages_capacity, chunk, (size_t)n);
                } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
                    close(fds[i].fd);
                    if (fds[i].fd == out_fd)
                        out_fd = -1;
                    else
                        err_fd = -1;
                }
            }
        }
    }
    if (in_fd >= 0)
        close(in_fd);
    if (out_fd >= 0)
        close(out_fd);
    if (err_fd >= 0)
        close(err_fd);
    if (timed_out)
        kill(pid, SIGKILL);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    sigaction(SIGPIPE, &previous, NULL);
    int rc = AN_OK;
    if (timed_out) {
        *problem = text_printf("%s took longer than %.0f s and was stopped", engine, timeout);
        rc = AN_ERROR;
    } else if (!memory) {
        *problem = text_printf("out of memory reading the output of %s", engine);
        rc = AN_ERROR;
    } else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !output) {
        if (messages)
            for (char *p = messages; *p; p++)
                if (*p == '\n' && p[1])
                    *p = ' ';
        *problem = text_printf("%s failed (%s %d)%s%s", engine, WIFEXITED(status) ? "exit status" : "signal",
                               WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status), messages ? ": " : "",
                               messages ? messages : "");
        rc = AN_ERROR;
    }
    free(messages);
    if (rc != AN_OK) {
        free(output);
        return rc;
    }
    *out = output;
    if (out_length)
        *out_length = output_length;
    return AN_OK;
}

/* ---- SVG ---------------------------------------------------------------------------- */

/* Width and height in points from <svg width="123pt" height="45pt" ...>. */
static int svg_size(const char *svg, double *width, double *height)
{
    const char *root = an_i_svg_start(svg), *close = strchr(root, '>');
    const char *w = strstr(root, "width=\""), *h = strstr(root, "height=\"");
    if (!close || !w || !h || w > close || h > close)
        return 0;
    *width = strtod(w + 7, NULL);
    *height = strtod(h + 8, NULL);
    return *width > 0 && *height > 0;
}

/* The <svg> element with width/height in user units (points) and a position. */
static void nested_svg(an_i_strbuf *b, const char *svg, double x, double y, double width, double height)
{
    const char *root = an_i_svg_start(svg), *close = strchr(root, '>');
    /* drop the root's own attributes except viewBox; write ours */
    const char *view = strstr(root, "viewBox=\"");
    an_i_strbuf_printf(b, "<svg x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\"", x, y, width, height);
    if (view && view < close) {
        const char *end = strchr(view + 9, '"');
        an_i_strbuf_puts(b, " ");
        an_i_strbuf_append(b, view, (size_t)(end + 1 - view));
    }
    an_i_strbuf_puts(b, ">");
    const char *body = close + 1;
    const char *last = strstr(body, "</svg>"), *next;
    while (last && (next = strstr(last + 6, "</svg>")) != NULL)
        last = next;
    an_i_strbuf_append(b, body, last ? (size_t)(last - body) : strlen(body));
    an_i_strbuf_puts(b, "</svg>\n");
}

/* The picture and its legend side by side in one SVG document. NULL when sizes are unreadable. */
static char *compose(const char *picture, const char *legend)
{
    double pw, ph, lw, lh;
    if (!svg_size(picture, &pw, &ph) || !svg_size(legend, &lw, &lh))
        return NULL;
    double gap = 12, width = pw + gap + lw, height = ph > lh ? ph : lh;
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    an_i_strbuf_printf(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
                           "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                           "width=\"%.2fpt\" height=\"%.2fpt\" viewBox=\"0 0 %.2f %.2f\">\n"
                           "<rect x=\"0\" y=\"0\" width=\"%.2f\" height=\"%.2f\" fill=\"white\"/>\n",
                       width, height, width, height, width, height);
    nested_svg(&b, picture, 0, 0, pw, ph);
    nested_svg(&b, legend, pw + gap, 0, lw, lh);
    an_i_strbuf_puts(&b, "</svg>\n");
    return an_i_strbuf_take(&b, NULL);
}

/* ---- the diagrams of a report ---------------------------------------------------------- */

static an_i_diagram *add_diagram(const an_i_report *report, const char *name, const char *title, const char *engine)
{
    an_i_report_output *output = report->output;
    an_i_diagram *grown = realloc(output->diagrams, (size_t)(output->diagram_count + 1) * sizeof *grown);
    if (!grown)
        return NULL;
    output->diagrams = grown;
    an_i_diagram *d = &grown[output->diagram_count++];
    memset(d, 0, sizeof *d);
    d->name = strdup(name);
    d->title = strdup(title);
    d->engine = strdup(engine);
    if (!d->name || !d->title || !d->engine)
        return NULL;
    return d;
}

static int write_named(const an_i_report *report, const char *directory, const char *stem, const char *extension,
                       const char *text)
{
    char name[256];
    snprintf(name, sizeof name, "%s.%s", stem, extension);
    return an_i_report_write_file(report, directory, name, text, strlen(text));
}

/* Append the legend as a cluster before the closing brace of `dot` (for the .dot file). */
static char *with_legend(const char *dot, const char *legend_cluster)
{
    const char *last = strrchr(dot, '}');
    if (!last)
        return strdup(dot);
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    an_i_strbuf_append(&b, dot, (size_t)(last - dot));
    an_i_strbuf_puts(&b, legend_cluster);
    an_i_strbuf_puts(&b, last);
    return an_i_strbuf_take(&b, NULL);
}

/* Render one diagram's DOT (and legend) to a cleaned SVG in d->svg, or say why not in d->problem. */
static void render_now(const an_i_report *report, an_i_diagram *d, const char *dot, const char *legend)
{
    static const char *const svg[] = { "-Tsvg", NULL };
    char *picture = NULL, *legend_svg = NULL;
    size_t size = 0;
    if (an_i_graphviz_run(d->engine, svg, dot, strlen(dot), report->options.render_timeout, &picture, &size,
                          &d->problem) != AN_OK)
        return;
    if (legend) {
        char *ignored = NULL;
        if (an_i_graphviz_run("dot", svg, legend, strlen(legend), report->options.render_timeout, &legend_svg, &size,
                              &ignored) == AN_OK) {
            char *both = compose(picture, legend_svg);
            if (both) {
                free(picture);
                picture = both;
            }
        }
        free(ignored);
        free(legend_svg);
    }
    /* rebuilt from an allow-list (svg_clean.c): what Graphviz copied from data cannot add markup */
    d->svg = an_i_svg_clean(picture, strlen(picture));
    free(picture);
    if (!d->svg)
        d->problem = strdup("Graphviz's SVG did not parse as XML, so the picture is left out (the .dot file is "
                            "written)");
}

/* Queue a diagram for rendering (an_i_report_render_diagrams draws them all), or say why it is not drawn. */
static void queue_render(const an_i_report *report, an_i_diagram *d, const char *dot, const char *legend)
{
    if (!report->options.render) {
        d->problem = strdup("rendering was not asked for (--no-render)");
        return;
    }
    if (!report->output->graphviz_found) {
        d->problem = strdup("Graphviz is not installed (no 'dot' on PATH): the .dot file is written, "
                            "the picture is not (apt-get install graphviz)");
        return;
    }
    d->pending_dot = strdup(dot);
    d->pending_legend = legend ? strdup(legend) : NULL;
    if (!d->pending_dot || (legend && !d->pending_legend)) {
        free(d->pending_dot);
        free(d->pending_legend);
        d->pending_dot = d->pending_legend = NULL;
        d->problem = strdup("out of memory before rendering");
    }
}

typedef struct render_job {
    const an_i_report *report;
    const int64_t *queued;      /* diagram indices */
} render_job;

/* an_i_parallel_fn: render queued diagrams [begin, end); each writes only its own diagram. */
static void render_work(void *context, int worker, int64_t begin, int64_t end)
{
    (void)worker;
    const render_job *job = context;
    for (int64_t i = begin; i < end; i++) {
        an_i_diagram *d = &job->report->output->diagrams[job->queued[i]];
        render_now(job->report, d, d->pending_dot, d->pending_legend);
        free(d->pending_dot);
        free(d->pending_legend);
        d->pending_dot = d->pending_legend = NULL;
    }
}

/* Render every queued diagram, a Graphviz process per worker at a time (ACTORNET_THREADS or one
 * per CPU): each render waits on its own process, and the pictures do not depend on the order. */
int an_i_report_render_diagrams(const an_i_report *report)
{
    const an_i_report_output *output = report->output;
    int64_t count = 0;
    for (int64_t i = 0; i < output->diagram_count; i++)
        count += output->diagrams[i].pending_dot != NULL;
    if (count == 0)
        return AN_OK;
    int64_t *queued = malloc((size_t)count * sizeof *queued);
    if (!queued)
        return AN_I_NOMEM();
    count = 0;
    for (int64_t i = 0; i < output->diagram_count; i++)
        if (output->diagrams[i].pending_dot)
            queued[count++] = i;
    xmlInitParser(); /* the SVG cleaner parses on several threads: libxml2 initialised once, here */
    int threads = an_i_parallel_threads_env(0);
    render_job job = { report, queued };
    an_i_parallel_for(threads < count ? threads : (int)count, count, 1, render_work, &job);
    free(queued);
    return AN_OK;
}

static int one_network_diagram(const an_i_report *report, const char *directory, const char *name, const char *title,
                               const unsigned char *keep)
{
    char *dot = NULL, *legend = NULL, *cluster = NULL, *file = NULL;
    an_i_diagram *d = add_diagram(report, name, title, "sfdp");
    if (!d)
        return AN_I_NOMEM();
    int rc = an_i_diagram_network_dot(report, keep, title, &dot);
    if (rc == AN_OK)
        rc = an_i_diagram_legend_dot(report, keep, 0, &legend);
    if (rc == AN_OK)
        rc = an_i_diagram_legend_dot(report, keep, 1, &cluster);
    if (rc == AN_OK && !(file = with_legend(dot, cluster)))
        rc = AN_I_NOMEM();
    if (rc == AN_OK)
        rc = write_named(report, directory, name, "dot", file);
    if (rc == AN_OK && (rc = an_i_report_progress(report, name)) == AN_OK)
        queue_render(report, d, dot, legend);
    free(dot);
    free(legend);
    free(cluster);
    free(file);
    return rc;
}

int an_i_report_diagrams(const an_i_report *report, const char *directory)
{
    int rc = AN_OK;
    report->output->graphviz_found = report->options.render && an_i_program_on_path("dot");
    report->output->draw_whole = report->n <= report->options.draw_limit;
    unsigned char *keep = NULL;
    char title[512];
    if (report->output->draw_whole) {
        snprintf(title, sizeof title, "%s: %lld actors, %lld ties", an_i_report_input_base(report),
                 (long long)report->n, (long long)report->m);
        rc = one_network_diagram(report, directory, "network", title, NULL);
    } else {
        keep = calloc((size_t)report->n, 1);
        if (!keep)
            return AN_I_NOMEM();
        int64_t top = report->options.top_k * 3;
        if (top < 30)
            top = 30;
        if (top > report->options.draw_limit)
            top = report->options.draw_limit;
        for (int64_t i = 0; i < top && i < report->n; i++)
            keep[report->order[i]] = 1;
        snprintf(title, sizeof title, "The %lld most central actors by %s (of %lld; too many to draw whole) "
                 "and the ties among them", (long long)top, report->options.size_by, (long long)report->n);
        rc = one_network_diagram(report, directory, "top-actors", title, keep);
        if (rc == AN_OK) {
            char *dot = NULL;
            an_i_diagram *d = add_diagram(report, "communities", "Community quotient graph", "sfdp");
            rc = d ? an_i_diagram_quotient_dot(report, &dot) : AN_I_NOMEM();
            if (rc == AN_OK)
                rc = write_named(report, directory, "communities", "dot", dot);
            if (rc == AN_OK)
                queue_render(report, d, dot, NULL);
            free(dot);
        }
        for (int64_t i = 0; i < 3 && i < report->n && rc == AN_OK; i++) {
            /* ego network: the actor and its direct contacts (the most central ones when there are more
             * than the drawing limit) */
            int64_t centre = report->order[i], kept = 1, contacts = 0;
            memset(keep, 0, (size_t)report->n);
            for (int64_t e = 0; e < report->m; e++) { /* mark the contacts: O(m) */
                int64_t s, t;
                an_network_edge_endpoints(report->network, e, &s, &t);
                if (s == centre && t != centre)
                    keep[t] = 2;
                else if (t == centre && s != centre)
                    keep[s] = 2;
            }
            for (int64_t j = 0; j < report->n; j++) { /* keep them by centrality, up to the limit */
                int64_t v = report->order[j];
                if (keep[v] != 2)
                    continue;
                contacts++;
                keep[v] = kept < report->options.draw_limit;
                kept += keep[v];
            }
            keep[centre] = 1;
            char name[32];
            snprintf(name, sizeof name, "ego-%lld", (long long)i + 1);
            if (kept - 1 < contacts)
                snprintf(title, sizeof title, "Ego network of %s (rank %lld by %s): the %lld most central of its "
                         "%lld contacts", report->labels[centre], (long long)i + 1, report->options.size_by,
                         (long long)(kept - 1), (long long)contacts);
            else
                snprintf(title, sizeof title, "Ego network of %s (rank %lld by %s): %lld contacts",
                         report->labels[centre], (long long)i + 1, report->options.size_by, (long long)contacts);
            rc = one_network_diagram(report, directory, name, title, keep);
        }
    }
    free(keep);
    for (int64_t i = 0; i < report->chain_count && rc == AN_OK; i++) {
        char name[32], *dot = NULL;
        snprintf(name, sizeof name, "chain-%lld", (long long)i + 1);
        snprintf(title, sizeof title, "Chain %lld", (long long)i + 1);
        an_i_diagram *d = add_diagram(report, name, title, "dot");
        rc = d ? an_i_diagram_chain_dot(report, i, &dot) : AN_I_NOMEM();
        if (rc == AN_OK)
            rc = write_named(report, directory, name, "dot", dot);
        if (rc == AN_OK)
            queue_render(report, d, dot, NULL);
        free(dot);
    }
    return rc;
}

int an_i_report_write_svgs(const an_i_report *report, const char *directory)
{
    const an_i_report_output *output = report->output;
    int rc = AN_OK;
    for (int64_t i = 0; i < output->diagram_count && rc == AN_OK; i++)
        if (output->diagrams[i].svg)
            rc = write_named(report, directory, output->diagrams[i].name, "svg", output->diagrams[i].svg);
    return rc;
}
