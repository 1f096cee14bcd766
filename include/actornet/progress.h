/*
 * actornet/progress.h — progress reports and cancellation of long calls.
 *
 * One mechanism for both: a handler installed for the calling thread is called
 * from inside long library calls with how far the work has got, and cancels
 * the call by returning non-zero. The cancelled call stops at its next
 * checkpoint, frees what it built and returns AN_ECANCELED (its outputs are
 * left as on any failure: a failed load returns no network). The CLI draws a
 * progress line from it; the Python binding turns Ctrl-C into a cancellation
 * through it.
 *
 * What reports progress: loading GraphML (bytes read), exact betweenness
 * (sources done), the robustness checks (replicates), key-player search
 * (search rounds; total unknown), the report (its steps), and every igraph
 * routine that reports progress or checks for interruption (closeness,
 * community detection, ...). Tasks nest: a robustness check runs a
 * centrality per replicate, so `task` is the outer call ("robustness"),
 * `step` the inner one ("betweenness"), and `fraction` combines both.
 *
 * When: the handler runs on the thread that installed it (never on a worker
 * thread), at a task's start and at the end of a successful outermost task
 * (then fraction is exactly 1 and done equals total, even for a task whose
 * total was not known), whenever the overall fraction has
 * moved by 1/1000, and otherwise at least every 0.2 s while the task can
 * check (so a handler can poll for Ctrl-C even when there is no news). Long
 * stretches without a checkpoint remain (one igraph call that neither
 * reports nor checks, a single Leiden pass on a huge network).
 *
 * Rules for the handler: it must not call back into actornet on the same
 * thread, and should return quickly. Modelled on igraph's progress and
 * interruption handlers (igraph_set_progress_handler,
 * igraph_set_interruption_handler), but per thread and as one callback.
 */
#ifndef ACTORNET_PROGRESS_H
#define ACTORNET_PROGRESS_H

#include <stdint.h>

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** What a progress handler is told (valid during the call only). */
typedef struct an_progress {
    const char *task;  /**< the outermost running task ("loading", "betweenness", "robustness",
                            "key players", "report", "communities", ...) */
    const char *step;  /**< the innermost running task (equal to task when not nested) */
    int64_t done;      /**< units of the outermost task done (bytes, sources, replicates, rounds) */
    int64_t total;     /**< its total units; 0 when not known in advance */
    double fraction;   /**< overall fraction done in [0, 1], nested tasks included; negative
                            when unknown (total 0) */
    double elapsed;    /**< seconds since the outermost task began */
} an_progress;

/**
 * A progress handler: return 0 to go on, anything else to cancel the running
 * call (it returns AN_ECANCELED).
 */
typedef int (*an_progress_fn)(void *data, const an_progress *progress);

/**
 * Install `handler` (NULL: none) with its `data` for the calling thread; it
 * replaces any earlier one. Calls made on other threads are not affected.
 * O(1); never fails.
 */
AN_API void an_progress_set_handler(an_progress_fn handler, void *data);

/** The calling thread's handler (NULL if none); its data in *out_data when non-NULL. O(1). */
AN_API an_progress_fn an_progress_handler(void **out_data);

#ifdef __cplusplus
}
#endif
#endif /* ACTORNET_PROGRESS_H */
