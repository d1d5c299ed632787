/*
 * grow.h - growing a malloc'd array by doubling, for the loaders and tools
 * that build tables of unknown size (documents use their arena instead).
 */
#ifndef EV_GROW_H
#define EV_GROW_H

#include <stdlib.h>

/* Make *p hold at least need elements of size bytes; *cap is its capacity in
 * elements.  0, or -1 when out of memory (*p is then unchanged). */
static inline int grow(void **p, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return 0;
	size_t nc = *cap ? *cap : 64;
	while (nc < need)
		nc *= 2;
	void *q = realloc(*p, nc * size);
	if (!q)
		return -1;
	*p = q;
	*cap = nc;
	return 0;
}

#endif
