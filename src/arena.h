/*
 * arena.h - one bump allocator per document.  Every layer of a document
 * (body, tokens, sentences, strings) lives here and is freed in one go.
 * An allocation failure sets a flag that stays set, so a stage can run on and
 * the caller checks once (as SQLite's mallocFailed).
 */
#ifndef EV_ARENA_H
#define EV_ARENA_H

#include <stddef.h>
#include "eventline.h"

struct ev_arena {
	struct arena_block *head;   /* newest block first */
	void *last;                 /* the latest allocation, which can grow in place */
	size_t last_size;
	int oom;                    /* set on the first failed allocation */
};

ev_arena *arena_new(void);
void arena_free(ev_arena *a);
/* Drop every allocation and keep one block, for an arena used over and over
 * (the dictionary loader tokenizes each name in one). */
void arena_clear(ev_arena *a);
/* Zero-free allocation aligned to 16 bytes; NULL (and a->oom set) on failure. */
void *arena_alloc(ev_arena *a, size_t n);
/* Grow the block p (of old bytes) to n bytes; in place when p is the latest. */
void *arena_grow(ev_arena *a, void *p, size_t old, size_t n);
/* Copy of s[0..n) with a terminating NUL. */
char *arena_strndup(ev_arena *a, const char *s, size_t n);

#endif
