/*
 * cmd_eval_timex.c - `eventline eval timex`: score the timex tagger against the TIMEX3 tags of
 * TimeML files, as TempEval-3 task A does (strict and relaxed extent, type and value).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "cli.h"

/* A gold TIMEX3 or a system timex, with its span trimmed of whitespace at both ends. */
typedef struct tx {
	uint32_t start, end;     /* the span, trimmed: what extents are compared on */
	uint32_t maxend;         /* largest end of this and every earlier tx (sorted by start) */
	const char *type;        /* type name, not NUL-terminated for gold */
	size_t ntype;
	const char *value;       /* normalized value, not NUL-terminated for gold */
	size_t nvalue;
	size_t idx;              /* index in the source array: the last sort key, for stability */
	long match;              /* index of the matched tx on the other side, or -1 */
} tx;

/* A gold and a system timex that share at least one byte. */
typedef struct pair {
	size_t g, s;
	uint32_t overlap;
	int strict;
} pair;

typedef struct vec {
	void *p;
	size_t n, cap;
} vec;

typedef struct timex_eval {
	outbuf out;
	int errors;                                  /* --errors: one line per problem */
	double min_strict, min_relaxed, min_value;   /* < 0 when not given */
	size_t docs, gold, sys, relaxed, strict, type_ok, value_ok;
	/* Per-document work arrays, reused from one document to the next. */
	vec golds, syss, pairs;
} timex_eval;

/* Room for n more elements of size sz; -1 when out of memory. */
static int vec_reserve(vec *v, size_t n, size_t sz)
{
	if (v->n + n <= v->cap)
		return 0;
	size_t nc = v->cap ? v->cap : 32;
	while (nc < v->n + n)
		nc *= 2;
	void *np = realloc(v->p, nc * sz);
	if (!np)
		return -1;
	v->p = np;
	v->cap = nc;
	return 0;
}

/*
 * The value of attribute name in the raw attribute text of a start tag (name="..." or
 * name='...', spaces allowed around '='), or NULL; *n gets its length.  Attributes are walked
 * one by one, so a name inside another attribute's value is not taken for an attribute.
 */
static const char *attr_get(const char *attrs, const char *name, size_t *n)
{
	size_t k = strlen(name);
	const char *p = attrs;
	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			p++;
		const char *nm = p;
		while (*p && *p != '=' && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r' &&
		       *p != '/')
			p++;
		if (p == nm)
			return NULL;   /* the end, or a stray '/' or '=' */
		size_t nl = (size_t)(p - nm);
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			p++;
		if (*p != '=')
			continue;   /* an attribute without a value (not XML, but harmless) */
		p++;
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			p++;
		if (*p != '"' && *p != '\'')
			return NULL;
		const char *v = p + 1, *e = strchr(v, *p);
		if (!e)
			return NULL;
		if (nl == k && memcmp(nm, name, k) == 0) {
			*n = (size_t)(e - v);
			return v;
		}
		p = e + 1;
	}
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* TempEval-3 compares extents without the whitespace at their ends. */
static void trim(const char *body, tx *t)
{
	while (t->start < t->end && is_space(body[t->start]))
		t->start++;
	while (t->end > t->start && is_space(body[t->end - 1]))
		t->end--;
}

static int cmp_tx(const void *a, const void *b)
{
	const tx *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end < y->end ? -1 : 1;
	return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/* Exact extents first, so that a longer overlapping timex never takes an exact one's partner;
 * then the largest overlap; then position, so the result does not depend on qsort. */
static int cmp_pair(const void *a, const void *b)
{
	const pair *x = a, *y = b;
	if (x->strict != y->strict)
		return x->strict > y->strict ? -1 : 1;
	if (x->overlap != y->overlap)
		return x->overlap > y->overlap ? -1 : 1;
	if (x->g != y->g)
		return x->g < y->g ? -1 : 1;
	return x->s < y->s ? -1 : x->s > y->s;
}

/* Print at most 100 bytes of a timex between quotes, each run of whitespace as one space, so
 * that every problem stays on one line. */
static void out_span(outbuf *o, const char *body, const tx *t)
{
	uint32_t start = t->start, end = t->end;
	enum { MAX = 100 };
	uint32_t e = end - start > MAX ? start + MAX : end;
	while (e > start && e < end && ((unsigned char)body[e] & 0xC0) == 0x80)
		e--;   /* do not cut a UTF-8 sequence */
	out_char(o, '"');
	for (uint32_t i = start; i < e; i++) {
		if (is_space(body[i])) {
			if (i == start || !is_space(body[i - 1]))
				out_char(o, ' ');
		} else {
			out_char(o, body[i]);
		}
	}
	if (e < end)
		out_cstr(o, "...");
	out_char(o, '"');
}

static void out_head(outbuf *o, const ev_doc *d, const char *what)
{
	out_cstr(o, d->path);
	out_cstr(o, ": ");
	out_cstr(o, what);
	out_char(o, ' ');
}

/* " [TYPE value]" of a timex, "" standing for an empty value. */
static void out_type_value(outbuf *o, const tx *t)
{
	out_cstr(o, " [");
	out_raw(o, t->type, t->ntype);
	out_char(o, ' ');
	if (t->nvalue)
		out_raw(o, t->value, t->nvalue);
	else
		out_cstr(o, "\"\"");
	out_cstr(o, "]\n");
}

/* The problems of one gold timex (missed, extent, value, type), or a spurious system one. */
static void report_gold(timex_eval *c, const ev_doc *d, const tx *g, const tx *sys)
{
	outbuf *o = &c->out;
	if (g->match < 0) {
		out_head(o, d, "missed");
		out_span(o, d->body, g);
		out_type_value(o, g);
		return;
	}
	const tx *s = &sys[g->match];
	if (s->start != g->start || s->end != g->end) {
		out_head(o, d, "extent");
		out_span(o, d->body, s);
		out_cstr(o, " vs gold ");
		out_span(o, d->body, g);
		out_char(o, '\n');
	}
	/* The system's text, since the wrong value or type was made from it. */
	if (s->nvalue != g->nvalue || memcmp(s->value, g->value, g->nvalue) != 0) {
		out_head(o, d, "value");
		out_span(o, d->body, s);
		out_char(o, ' ');
		out_raw(o, s->value, s->nvalue);
		out_cstr(o, s->nvalue ? " want " : "\"\" want ");
		out_raw(o, g->value, g->nvalue);
		out_cstr(o, g->nvalue ? "\n" : "\"\"\n");
	}
	if (s->ntype != g->ntype || memcmp(s->type, g->type, g->ntype) != 0) {
		out_head(o, d, "type");
		out_span(o, d->body, s);
		out_char(o, ' ');
		out_raw(o, s->type, s->ntype);
		out_cstr(o, " want ");
		out_raw(o, g->type, g->ntype);
		out_char(o, '\n');
	}
}

/* Every problem of a document, in order of position in the text. */
static void report_doc(timex_eval *c, const ev_doc *d, const tx *gold, size_t ng, const tx *sys,
                       size_t ns)
{
	size_t i = 0, j = 0;
	while (i < ng || j < ns) {
		while (j < ns && sys[j].match >= 0)
			j++;
		if (i < ng && (j >= ns || gold[i].start <= sys[j].start)) {
			report_gold(c, d, &gold[i], sys);
			i++;
		} else if (j < ns) {
			out_head(&c->out, d, "spurious");
			out_span(&c->out, d->body, &sys[j]);
			out_type_value(&c->out, &sys[j]);
			j++;
		}
	}
}

static int ends_with(const char *s, size_t n, const char *suf)
{
	size_t k = strlen(suf);
	return n >= k && strncasecmp(s + n - k, suf, k) == 0;
}

/*
 * Is d a TimeML document?  A corpus directory may hold a README.txt, which the reader reads as
 * plain text; it has no gold and must not count as a document.  TimeML is what carries markup,
 * or what is named as TimeML (a .tml file whose TEXT has no tags at all still has gold: none).
 */
static int is_timeml(const ev_doc *d)
{
	if (d->nmarkup)
		return 1;
	size_t n = strlen(d->path);
	if (ends_with(d->path, n, ".gz"))
		n -= 3;
	return ends_with(d->path, n, ".tml") || ends_with(d->path, n, ".timeml") ||
	       ends_with(d->path, n, ".xml");
}

static int out_of_memory(const ev_doc *d)
{
	fprintf(stderr, "%s: out of memory; document not scored\n", d->path);
	return EXIT_INPUT;
}

static int score_doc(void *ud, ev_doc *d)
{
	timex_eval *c = ud;
	if (!is_timeml(d))
		return EXIT_OK;
	ev_status st = ev_timex_tag(d);
	if (st != EV_OK)
		return cli_doc_error(d, st);

	/* Gold: the TIMEX3 tags inside TEXT (the DCT's is outside it, so not markup). */
	c->golds.n = c->syss.n = c->pairs.n = 0;
	if (vec_reserve(&c->golds, d->nmarkup, sizeof(tx)) < 0 ||
	    vec_reserve(&c->syss, d->ntimexes, sizeof(tx)) < 0)
		return out_of_memory(d);
	tx *gold = c->golds.p, *sys = c->syss.p;
	size_t ng = 0, ns = 0;
	for (size_t i = 0; i < d->nmarkup; i++) {
		const ev_markup *m = &d->markup[i];
		if (strcmp(m->tag, "TIMEX3") != 0)
			continue;
		tx *g = &gold[ng];
		memset(g, 0, sizeof *g);
		g->start = m->start;
		g->end = m->end;
		g->idx = ng++;
		g->match = -1;
		/* A TIMEX3 without a value (rare) is compared with "". */
		g->value = attr_get(m->attrs, "value", &g->nvalue);
		if (!g->value)
			g->value = "";
		g->type = attr_get(m->attrs, "type", &g->ntype);
		if (!g->type)
			g->type = "";
		trim(d->body, g);
	}
	int rc = EXIT_OK;
	for (size_t i = 0; i < d->ntimexes; i++) {
		const ev_timex *t = &d->timexes[i];
		if (t->start > t->end || t->end > d->len) {
			/* A tagger bug: say so rather than read outside the body. */
			fprintf(stderr, "%s: system timex %zu has span %u-%u outside the body "
			        "(%zu bytes); ignored\n", d->path, i, t->start, t->end, d->len);
			rc = EXIT_INPUT;
			continue;
		}
		tx *s = &sys[ns];
		memset(s, 0, sizeof *s);
		s->start = t->start;
		s->end = t->end;
		s->idx = ns++;
		s->match = -1;
		s->type = ev_timex_type_str(t->type);
		s->ntype = strlen(s->type);
		s->value = t->value;
		s->nvalue = strnlen(t->value, sizeof t->value);
		trim(d->body, s);
	}
	/* Arrays still empty are NULL, which qsort must not be given even for no elements. */
	if (ng > 1)
		qsort(gold, ng, sizeof *gold, cmp_tx);
	if (ns > 1)
		qsort(sys, ns, sizeof *sys, cmp_tx);
	for (size_t j = 0; j < ns; j++) {
		uint32_t prev = j ? sys[j - 1].maxend : 0;
		sys[j].maxend = prev > sys[j].end ? prev : sys[j].end;
	}

	/*
	 * Candidate pairs: the system timexes that start before a gold one ends, looked at
	 * backwards until none of the earlier ones can reach into it (maxend), so that the work
	 * stays linear for the usual case of timexes that do not overlap one another.
	 */
	for (size_t i = 0; i < ng; i++) {
		const tx *g = &gold[i];
		if (g->start == g->end)
			continue;   /* an empty TIMEX3 shares no byte with anything */
		size_t lo = 0, hi = ns;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (sys[mid].start < g->end)
				lo = mid + 1;
			else
				hi = mid;
		}
		for (size_t j = lo; j-- > 0 && sys[j].maxend > g->start;) {
			const tx *s = &sys[j];
			uint32_t a = s->start > g->start ? s->start : g->start;
			uint32_t b = s->end < g->end ? s->end : g->end;
			if (a >= b)
				continue;
			if (vec_reserve(&c->pairs, 1, sizeof(pair)) < 0)
				return out_of_memory(d);
			pair *p = (pair *)c->pairs.p + c->pairs.n++;
			p->g = i;
			p->s = j;
			p->overlap = b - a;
			p->strict = s->start == g->start && s->end == g->end;
		}
	}
	pair *pairs = c->pairs.p;
	if (c->pairs.n > 1)
		qsort(pairs, c->pairs.n, sizeof *pairs, cmp_pair);

	size_t relaxed = 0, strict = 0, type_ok = 0, value_ok = 0;
	for (size_t k = 0; k < c->pairs.n; k++) {
		tx *g = &gold[pairs[k].g], *s = &sys[pairs[k].s];
		if (g->match >= 0 || s->match >= 0)
			continue;
		g->match = (long)pairs[k].s;
		s->match = (long)pairs[k].g;
		relaxed++;
		strict += (size_t)pairs[k].strict;
		type_ok += s->ntype == g->ntype && memcmp(s->type, g->type, g->ntype) == 0;
		value_ok += s->nvalue == g->nvalue && memcmp(s->value, g->value, g->nvalue) == 0;
	}
	c->docs++;
	c->gold += ng;
	c->sys += ns;
	c->relaxed += relaxed;
	c->strict += strict;
	c->type_ok += type_ok;
	c->value_ok += value_ok;
	if (c->errors)
		report_doc(c, d, gold, ng, sys, ns);
	return rc;
}

/* --min-strict and the others: a number from 0 to 1. */
static int parse_min(const char *opt, const char *val, double *out, int *used)
{
	*used = cli_parse_fraction("eval timex", opt, val, out) == EXIT_OK ? 1 : -1;
	return 1;
}

static int timex_opt(void *ud, const char *opt, const char *val, int *used)
{
	timex_eval *c = ud;
	if (strcmp(opt, "--errors") == 0) {
		c->errors = 1;
		return 1;
	}
	if (strcmp(opt, "--min-strict") == 0)
		return parse_min(opt, val, &c->min_strict, used);
	if (strcmp(opt, "--min-relaxed") == 0)
		return parse_min(opt, val, &c->min_relaxed, used);
	if (strcmp(opt, "--min-value") == 0)
		return parse_min(opt, val, &c->min_value, used);
	return 0;
}

static double ratio(size_t a, size_t b)
{
	return b ? (double)a / (double)b : 0.0;
}

static double f1(double p, double r)
{
	return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

/* Exit status 1 when a figure asked for with --min-* fell short. */
static int check_min(const char *what, double got, const char *opt, double min)
{
	if (min < 0 || got >= min)
		return EXIT_OK;
	fprintf(stderr, "%s eval timex: %s %.4f is below %s %.4f\n", cli_progname, what, got, opt,
	        min);
	return EXIT_INPUT;
}

int cmd_eval_timex(int argc, char **argv)
{
	timex_eval c = {0};
	c.min_strict = c.min_relaxed = c.min_value = -1;
	doc_opts o;
	char **paths;
	int np;
	int rc = cli_parse_doc_args("eval timex", argc, argv, &o, &paths, &np, timex_opt, &c);
	if (rc != EXIT_OK)
		return rc;
	out_init(&c.out, stdout);
	rc = cli_each_doc("eval timex", &o, paths, np, score_doc, &c);
	free(paths);
	free(c.golds.p);
	free(c.syss.p);
	free(c.pairs.p);

	double sp = ratio(c.strict, c.sys), sr = ratio(c.strict, c.gold), sf = f1(sp, sr);
	double rp = ratio(c.relaxed, c.sys), rr = ratio(c.relaxed, c.gold), rf = f1(rp, rr);
	double ta = ratio(c.type_ok, c.relaxed), va = ratio(c.value_ok, c.relaxed);
	char line[256];
	snprintf(line, sizeof line, "timex: %zu documents, gold %zu, system %zu\n", c.docs, c.gold,
	         c.sys);
	out_cstr(&c.out, line);
	snprintf(line, sizeof line, "strict   P %.4f  R %.4f  F1 %.4f\n", sp, sr, sf);
	out_cstr(&c.out, line);
	snprintf(line, sizeof line, "relaxed  P %.4f  R %.4f  F1 %.4f\n", rp, rr, rf);
	out_cstr(&c.out, line);
	/* As in TempEval-3: an attribute's F1 is its accuracy on relaxed matches times relaxed F1. */
	snprintf(line, sizeof line, "type     accuracy %.4f  F1 %.4f\n", ta, ta * rf);
	out_cstr(&c.out, line);
	snprintf(line, sizeof line, "value    accuracy %.4f  F1 %.4f\n", va, va * rf);
	out_cstr(&c.out, line);
	out_close(&c.out);

	int mrc = check_min("strict F1", sf, "--min-strict", c.min_strict);
	mrc |= check_min("relaxed F1", rf, "--min-relaxed", c.min_relaxed);
	mrc |= check_min("value F1", va * rf, "--min-value", c.min_value);
	return rc != EXIT_OK ? rc : mrc;
}
