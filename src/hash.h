/*
 * hash.h - the FNV-1a hash that the dictionaries, the word tables of the actor
 * tagger and the amount table are filed under.
 */
#ifndef EV_HASH_H
#define EV_HASH_H

#include <stddef.h>
#include <stdint.h>

static inline uint32_t fnv1a_more(uint32_t h, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

static inline uint32_t fnv1a(const char *s, size_t n)
{
	return fnv1a_more(2166136261u, s, n);
}

#endif
