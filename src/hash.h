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

/* The FNV-1a hash of s[0..n), and in *head that of the bytes before the first hyphen (all
 * of them when there is none): one pass over a token gives the key of the word tables and
 * dictionaries and the key of its first piece, which the amount table is filed under
 * ("half-a-trillion" under "half"). */
static inline uint32_t fnv1a_head(const char *s, size_t n, uint32_t *head)
{
	uint32_t h = 2166136261u;
	size_t i = 0;
	for (; i < n && s[i] != '-'; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	*head = h;
	return fnv1a_more(h, s + i, n - i);
}

#endif
