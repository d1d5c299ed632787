/*
 * timeml.c - a small reader for TimeML: enough XML to take the DCT, TITLE and
 * TEXT of a TempEval document, decode entities and keep inline tags (TIMEX3,
 * EVENT, SIGNAL) as spans of the plain body, for evaluation.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "arena.h"
#include "timeml.h"

static const char *find(const char *p, const char *end, const char *s)
{
	size_t k = strlen(s);
	for (; p + k <= end; p++) {
		p = memchr(p, s[0], (size_t)(end - p));
		if (!p || p + k > end)
			return NULL;
		if (memcmp(p, s, k) == 0)
			return p;
	}
	return NULL;
}

static long line_at(const char *base, const char *p)
{
	long l = 1;
	for (const char *q = base; q < p; q++)
		l += *q == '\n';
	return l;
}

/* Decode one entity at p (which points at '&'); *adv gets its length. */
static size_t decode_entity(const char *p, const char *end, char out[4], size_t *adv)
{
	static const struct { const char *name; char c; } named[] = {
		{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
	for (size_t i = 0; i < sizeof named / sizeof named[0]; i++) {
		size_t k = strlen(named[i].name);
		if ((size_t)(end - p) >= k && memcmp(p, named[i].name, k) == 0) {
			out[0] = named[i].c;
			*adv = k;
			return 1;
		}
	}
	if (end - p >= 4 && p[1] == '#') {
		const char *q = p + 2;
		int hex = q < end && (*q == 'x' || *q == 'X');
		q += hex;
		unsigned long cp = 0;
		const char *digits = q;
		while (q < end && q - digits < 8 &&
		       ((*q >= '0' && *q <= '9') || (hex && ((*q | 32) >= 'a' && (*q | 32) <= 'f')))) {
			int v = *q <= '9' ? *q - '0' : (*q | 32) - 'a' + 10;
			cp = cp * (hex ? 16 : 10) + (unsigned long)v;
			q++;
		}
		if (q > digits && q < end && *q == ';' && cp > 0 && cp <= 0x10FFFF &&
		    !(cp >= 0xD800 && cp <= 0xDFFF)) {
			*adv = (size_t)(q + 1 - p);
			if (cp < 0x80) {
				out[0] = (char)cp;
				return 1;
			} else if (cp < 0x800) {
				out[0] = (char)(0xC0 | (cp >> 6));
				out[1] = (char)(0x80 | (cp & 0x3F));
				return 2;
			} else if (cp < 0x10000) {
				out[0] = (char)(0xE0 | (cp >> 12));
				out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
				out[2] = (char)(0x80 | (cp & 0x3F));
				return 3;
			}
			out[0] = (char)(0xF0 | (cp >> 18));
			out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
			out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
			out[3] = (char)(0x80 | (cp & 0x3F));
			return 4;
		}
	}
	out[0] = '&';
	*adv = 1;
	return 1;
}

/* The value of attribute name in attrs[0..n), or NULL; *vn gets its length. */
static const char *attr_value(const char *attrs, size_t n, const char *name, size_t *vn)
{
	size_t k = strlen(name);
	const char *end = attrs + n;
	for (const char *p = attrs; p + k + 2 <= end; p++) {
		if (memcmp(p, name, k) == 0 && p[k] == '=' && (p == attrs || p[-1] == ' ' ||
		    p[-1] == '\t' || p[-1] == '\n') && (p[k + 1] == '"' || p[k + 1] == '\'')) {
			char q = p[k + 1];
			const char *v = p + k + 2;
			const char *e = memchr(v, q, (size_t)(end - v));
			if (!e)
				return NULL;
			*vn = (size_t)(e - v);
			return v;
		}
	}
	return NULL;
}

int timeml_parse(ev_doc *d, const char *p, size_t n, long *line, char *msg, size_t msgsz)
{
	const char *end = p + n;
	*line = 0;
	const char *t = find(p, end, "<TEXT>");
	const char *te = t ? find(t, end, "</TEXT>") : NULL;
	if (!t) {
		snprintf(msg, msgsz, "no <TEXT> element (is this a TimeML file?)");
		return -1;
	}
	if (!te) {
		*line = line_at(p, t);
		snprintf(msg, msgsz, "<TEXT> is not closed by </TEXT>");
		return -1;
	}
	const char *dct = find(p, end, "<DCT>");
	const char *dcte = dct ? find(dct, end, "</DCT>") : NULL;
	if (dct && dcte) {
		size_t vn;
		const char *v = attr_value(dct, (size_t)(dcte - dct), "value", &vn);
		if (v && vn >= 10 && ev_date_valid(v, 10)) {
			memcpy(d->dct, v, 10);
			d->dct[10] = '\0';
		}
	}
	const char *ti = find(p, t, "<TITLE>");
	const char *tie = ti ? find(ti, t, "</TITLE>") : NULL;
	if (ti && tie) {
		ti += 7;
		while (ti < tie && (*ti == ' ' || *ti == '\n'))
			ti++;
		const char *e = tie;
		while (e > ti && (e[-1] == ' ' || e[-1] == '\n'))
			e--;
		if (e > ti)
			d->title = arena_strndup(d->arena, ti, (size_t)(e - ti));
	}

	/* The body is never longer than the TEXT content. */
	const char *s = t + 6;
	char *body = arena_alloc(d->arena, (size_t)(te - s) + 1);
	if (!body)
		return -2;
	size_t o = 0, nm = 0, capm = 0;
	ev_markup *mk = NULL;
	size_t *open = NULL, nopen = 0;   /* indices of unclosed markup */
	int rc = 0;
	while (s < te) {
		if (*s == '<') {
			const char *gt = memchr(s, '>', (size_t)(te - s));
			if (!gt) {
				*line = line_at(p, s);
				snprintf(msg, msgsz, "unterminated tag");
				rc = -1;
				break;
			}
			if (s[1] == '!' || s[1] == '?') {
				const char *ce = s[1] == '!' && te - s >= 4 && memcmp(s, "<!--", 4) == 0
				                 ? find(s, te, "-->") : NULL;
				s = ce ? ce + 3 : gt + 1;
				continue;
			}
			if (s[1] == '/') {
				const char *nm0 = s + 2;
				size_t nl = (size_t)(gt - nm0);
				for (size_t k = nopen; k-- > 0;) {
					ev_markup *m = &mk[open[k]];
					if (strlen(m->tag) == nl && memcmp(m->tag, nm0, nl) == 0) {
						m->end = (uint32_t)o;
						memmove(open + k, open + k + 1, (nopen - k - 1) * sizeof *open);
						nopen--;
						break;
					}
				}
			} else if (gt[-1] != '/') {
				const char *nm0 = s + 1, *ne = nm0;
				while (ne < gt && *ne != ' ' && *ne != '\t' && *ne != '\n')
					ne++;
				if (nm == capm) {
					size_t nc = capm ? capm * 2 : 32;
					ev_markup *nmk = arena_grow(d->arena, mk, capm * sizeof *mk, nc * sizeof *mk);
					size_t *nop = realloc(open, nc * sizeof *open);
					if (!nmk || !nop) {
						free(nop ? nop : open);
						open = NULL;
						rc = -2;
						break;
					}
					mk = nmk;
					open = nop;
					capm = nc;
				}
				ev_markup *m = &mk[nm];
				m->start = m->end = (uint32_t)o;
				m->tag = arena_strndup(d->arena, nm0, (size_t)(ne - nm0));
				m->attrs = arena_strndup(d->arena, ne, (size_t)(gt - ne));
				open[nopen++] = nm++;
			}
			s = gt + 1;
		} else if (*s == '&') {
			char buf[4];
			size_t adv;
			size_t k = decode_entity(s, te, buf, &adv);
			memcpy(body + o, buf, k);
			o += k;
			s += adv;
		} else {
			const char *q = s;
			while (q < te && *q != '<' && *q != '&')
				q++;
			memcpy(body + o, s, (size_t)(q - s));
			o += (size_t)(q - s);
			s = q;
		}
	}
	free(open);
	if (rc)
		return rc;
	body[o] = '\0';
	d->body = body;
	d->len = o;
	d->markup = mk;
	d->nmarkup = nm;
	return d->arena->oom ? -2 : 0;
}
