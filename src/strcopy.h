/*
 * strcopy.h - copying a short C string into a fixed field, cut to fit: what
 * snprintf(dst, cap, "%.*s", max, s) does, without its cost, for the fields that
 * every mention, amount and temporal expression fills.
 */
#ifndef EV_STRCOPY_H
#define EV_STRCOPY_H

#include <stddef.h>
#include <stdint.h>   /* SIZE_MAX, for "no limit but cap" */
#include <string.h>

/* s into dst of cap (> 0) bytes, cut to at most max bytes and to what fits. */
static inline void str_copy(char *dst, size_t cap, const char *s, size_t max)
{
	size_t n = 0;
	while (n + 1 < cap && n < max && s[n])
		n++;
	memcpy(dst, s, n);
	dst[n] = '\0';
}

#endif
