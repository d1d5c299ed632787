/*
 * arena.c - bump allocation in blocks that double in size, so a document of
 * any length takes few malloc calls and one free pass.
 */
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include "arena.h"

struct arena_block {
	struct arena_block *next;
	size_t size, used;
	_Alignas(16) unsigned char data[];
};

#define ARENA_MIN_BLOCK (64u * 1024u)
#define ALIGN16(n) (((n) + 15u) & ~(size_t)15u)

ev_arena *arena_new(void)
{
	return calloc(1, sizeof(ev_arena));
}

void arena_free(ev_arena *a)
{
	if (!a)
		return;
	struct arena_block *b = a->head;
	while (b) {
		struct arena_block *next = b->next;
		free(b);
		b = next;
	}
	free(a);
}

void arena_clear(ev_arena *a)
{
	struct arena_block *b = a->head;
	while (b && b->next) {
		struct arena_block *next = b->next;
		free(b);
		b = next;
	}
	a->head = b;   /* the first, smallest block is kept for the next use */
	if (b)
		b->used = 0;
	a->last = NULL;
	a->last_size = 0;
}

static struct arena_block *arena_add_block(ev_arena *a, size_t need)
{
	size_t size = a->head ? a->head->size * 2 : ARENA_MIN_BLOCK;
	if (size > 64u * 1024u * 1024u)
		size = 64u * 1024u * 1024u;
	if (size < need)
		size = need;
	if (size > SIZE_MAX - sizeof(struct arena_block)) {
		a->oom = 1;
		return NULL;
	}
	struct arena_block *b = malloc(sizeof(struct arena_block) + size);
	if (!b) {
		a->oom = 1;
		return NULL;
	}
	b->size = size;
	b->used = 0;
	b->next = a->head;
	a->head = b;
	return b;
}

void *arena_alloc(ev_arena *a, size_t n)
{
	if (n == 0)
		n = 1;
	if (n > SIZE_MAX - 16) {
		a->oom = 1;
		return NULL;
	}
	n = ALIGN16(n);
	struct arena_block *b = a->head;
	if (!b || b->size - b->used < n) {
		b = arena_add_block(a, n);
		if (!b)
			return NULL;
	}
	void *p = b->data + b->used;
	b->used += n;
	a->last = p;
	a->last_size = n;
	return p;
}

void *arena_grow(ev_arena *a, void *p, size_t old, size_t n)
{
	if (!p)
		return arena_alloc(a, n);
	if (n <= old)
		return p;
	struct arena_block *b = a->head;
	if (p == a->last && b && (unsigned char *)p + a->last_size == b->data + b->used) {
		size_t need = ALIGN16(n);
		size_t start = (size_t)((unsigned char *)p - b->data);
		if (need <= b->size - start) {
			b->used = start + need;
			a->last_size = need;
			return p;
		}
	}
	void *q = arena_alloc(a, n);
	if (!q)
		return NULL;
	memcpy(q, p, old);
	return q;
}

char *arena_strndup(ev_arena *a, const char *s, size_t n)
{
	char *d = arena_alloc(a, n + 1);
	if (!d)
		return NULL;
	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}
