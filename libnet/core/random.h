/*
 * random.h — a small, fast, seeded pseudo-random generator (xoshiro256**,
 * Blackman & Vigna 2018, seeded through splitmix64). Independent of igraph's
 * global RNG, so code that holds its own state is reproducible and needs no
 * lock. Not for cryptography.
 */
#ifndef AN_RANDOM_H
#define AN_RANDOM_H

#include <stdint.h>

typedef struct an_i_random {
    uint64_t state[4];
} an_i_random;

/**
 * splitmix64's output function of x + 0x9E3779B97F4A7C15 (Steele, Lea &
 * Flood 2014): a well-mixed 64-bit hash of x, for deriving seeds and
 * priorities from indices. O(1).
 */
uint64_t an_i_splitmix64(uint64_t x);

/** Seed the generator; the same seed gives the same sequence on every platform. */
void an_i_random_seed(an_i_random *random, uint64_t seed);

/** Next 64 random bits. */
uint64_t an_i_random_next(an_i_random *random);

/** A double uniform in [0, 1) with 53 random bits. */
double an_i_random_uniform(an_i_random *random);

/** An integer uniform in [0, bound) (bound > 0), without modulo bias. */
uint64_t an_i_random_below(an_i_random *random, uint64_t bound);

#endif
