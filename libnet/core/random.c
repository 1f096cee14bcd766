/*
 * random.c — xoshiro256** seeded by splitmix64.
 */
#include "random.h"

uint64_t an_i_splitmix64(uint64_t x)
{
    uint64_t z = x + 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* The splitmix64 generator: advance x, return its mix. */
static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = an_i_splitmix64(*x);
    *x += 0x9e3779b97f4a7c15ULL;
    return z;
}

static inline uint64_t rotate_left(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

void an_i_random_seed(an_i_random *random, uint64_t seed)
{
    for (int i = 0; i < 4; i++)
        random->state[i] = splitmix64(&seed);
}

uint64_t an_i_random_next(an_i_random *random)
{
    uint64_t *s = random->state;
    uint64_t result = rotate_left(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotate_left(s[3], 45);
    return result;
}

double an_i_random_uniform(an_i_random *random)
{
    return (double)(an_i_random_next(random) >> 11) * 0x1.0p-53;
}

uint64_t an_i_random_below(an_i_random *random, uint64_t bound)
{
    uint64_t threshold = -bound % bound; /* 2^64 mod bound */
    for (;;) {
        uint64_t r = an_i_random_next(random);
        if (r >= threshold)
            return r % bound;
    }
}
