/*
 * objective.c — one evaluation of a key-player objective for a set, as a
 * key (larger = better) and as the published score.
 */
#include "keyplayers_internal.h"

#include <math.h>
#include <string.h>

int an_i_kp_integer_key(int objective)
{
    return objective == AN_KP_FRAGMENTATION || objective == AN_KP_REACH;
}

static int64_t histogram_total(int64_t *histogram, int32_t largest, int64_t up_to)
{
    int64_t total = 0;
    for (int32_t d = 1; d <= largest; d++)
        if (up_to < 0 || d <= up_to)
            total += histogram[d];
    return total;
}

double an_i_kp_key(const an_i_kp_context *context, an_i_kp_scratch *scratch, const an_i_kp_set *set)
{
    const an_i_csr *adjacency = context->adjacency;
    int64_t *histogram = scratch->histogram;
    int32_t largest;
    double key;
    switch (context->objective) {
    case AN_KP_FRAGMENTATION:
        if (context->symmetric)
            return -(double)an_i_kp_component_pairs(adjacency, scratch, set, NULL, NULL);
        largest = an_i_kp_distance_histogram(adjacency, scratch, set, 0, context->n, histogram);
        key = -(double)histogram_total(histogram, largest, -1);
        break;
    case AN_KP_DISTANCE_FRAGMENTATION:
        largest = an_i_kp_distance_histogram(adjacency, scratch, set, 0, context->n, histogram);
        key = -an_i_kp_inverse_distance_sum(histogram, largest);
        break;
    case AN_KP_REACH:
        if (context->reach_bits) {
            int64_t reached = an_i_kp_reach_bits_key(context->reach_bits, set);
            if (reached >= 0)
                return (double)reached;
        }
        largest = an_i_kp_reach_histogram(adjacency, scratch, set, context->steps, histogram);
        key = (double)histogram_total(histogram, largest, context->steps);
        break;
    default: /* AN_KP_DISTANCE_REACH */
        largest = an_i_kp_reach_histogram(adjacency, scratch, set, -1, histogram);
        key = an_i_kp_inverse_distance_sum(histogram, largest);
        break;
    }
    memset(histogram, 0, ((size_t)largest + 1) * sizeof *histogram);
    return key;
}

int an_i_kp_has_secondary(int objective)
{
    return objective == AN_KP_FRAGMENTATION || objective == AN_KP_REACH;
}

double an_i_kp_secondary(const an_i_kp_context *context, an_i_kp_scratch *scratch, const an_i_kp_set *set)
{
    const an_i_csr *adjacency = context->adjacency;
    int64_t *histogram = scratch->histogram;
    int32_t largest;
    double key = 0;
    switch (context->objective) {
    case AN_KP_FRAGMENTATION: {
        int32_t count = context->sources ? context->source_count : context->n;
        for (int32_t i = 0; i < count; i++) {
            int32_t source = context->sources ? context->sources[i] : i;
            largest = an_i_kp_distance_histogram(adjacency, scratch, set, source, source + 1, histogram);
            key -= an_i_kp_inverse_distance_sum(histogram, largest);
            memset(histogram, 0, ((size_t)largest + 1) * sizeof *histogram);
        }
        return key;
    }
    case AN_KP_REACH:
        largest = an_i_kp_reach_histogram(adjacency, scratch, set, -1, histogram);
        key = an_i_kp_inverse_distance_sum(histogram, largest);
        memset(histogram, 0, ((size_t)largest + 1) * sizeof *histogram);
        return key;
    default:
        return 0;
    }
}

double an_i_kp_score(const an_i_kp_context *context, double key, int64_t size)
{
    double remaining = (double)context->n - (double)size;
    switch (context->objective) {
    case AN_KP_FRAGMENTATION:
    case AN_KP_DISTANCE_FRAGMENTATION:
        if (remaining < 2)
            return 1.0;
        return 1.0 - (-key) / (remaining * (remaining - 1.0));
    default:
        if (remaining < 1)
            return NAN;
        return key / remaining;
    }
}
