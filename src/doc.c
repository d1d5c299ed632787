/*
 * doc.c - documents, status names and date checks shared by every stage.
 */
#include <stdlib.h>
#include <string.h>
#include "arena.h"
#include "doc.h"
#include "utf8.h"

const char *ev_status_str(ev_status st)
{
	switch (st) {
	case EV_OK: return "ok";
	case EV_DONE: return "done";
	case EV_ERR_NOMEM: return "out of memory";
	case EV_ERR_IO: return "cannot read";
	case EV_ERR_FORMAT: return "malformed input";
	case EV_ERR_ENCODING: return "bad encoding";
	case EV_ERR_USAGE: return "bad argument";
	case EV_ERR_LIMIT: return "too large";
	case EV_ERR_STORE: return "database error";
	}
	return "unknown status";
}

ev_doc *doc_alloc(void)
{
	ev_arena *a = arena_new();
	if (!a)
		return NULL;
	ev_doc *d = arena_alloc(a, sizeof *d);
	if (!d) {
		arena_free(a);
		return NULL;
	}
	memset(d, 0, sizeof *d);
	d->arena = a;
	d->line = 1;
	d->id = "doc";
	d->path = "";
	d->body = "";
	return d;
}

ev_status doc_set_body(ev_doc *d, const char *body, size_t len)
{
	char *b;
	size_t ok = utf8_valid_prefix((const unsigned char *)body, len);
	if (ok == len) {
		b = arena_strndup(d->arena, body, len);
	} else {
		size_t first, nbad;
		char *fixed = utf8_repair(body, len, &len, &first, &nbad);
		b = fixed ? arena_strndup(d->arena, fixed, len) : NULL;
		free(fixed);
	}
	if (!b || d->arena->oom)
		return EV_ERR_NOMEM;
	d->body = b;
	d->len = len;
	return EV_OK;
}

ev_status ev_doc_new(const char *id, const char *body, size_t len, ev_doc **out)
{
	*out = NULL;
	ev_doc *d = doc_alloc();
	if (!d)
		return EV_ERR_NOMEM;
	if (id)
		d->id = arena_strndup(d->arena, id, strlen(id));
	if (doc_set_body(d, body, len) != EV_OK || d->arena->oom) {
		ev_doc_free(d);
		return EV_ERR_NOMEM;
	}
	*out = d;
	return EV_OK;
}

void ev_doc_free(ev_doc *doc)
{
	if (doc)
		arena_free(doc->arena);
}

static int leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int ev_date_valid(const char *s, size_t len)
{
	static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (len != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return 0;
	int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	int m = (s[5] - '0') * 10 + (s[6] - '0');
	int d = (s[8] - '0') * 10 + (s[9] - '0');
	if (m < 1 || m > 12 || d < 1)
		return 0;
	int md = mdays[m - 1] + (m == 2 && leap(y));
	return d <= md;
}
