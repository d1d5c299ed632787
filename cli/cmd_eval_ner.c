/*
 * cmd_eval_ner.c - `eventline eval ner`: score the actor tagger as a named
 * entity recognizer on CoNLL-2003 files (exact span and type, PER/ORG/LOC).
 * The text is rebuilt from the tokens (joined by spaces, one sentence a
 * paragraph), so every gold token has a known byte span.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "grow.h"
#include "dict.h"

enum { NER_PER, NER_ORG, NER_LOC, NER_N };
static const char *const ner_names[NER_N] = {"PER", "ORG", "LOC"};

typedef struct span {
	size_t b, e;   /* tokens [b, e) */
	int type;
} span;

typedef struct ner_doc {
	char *text;
	size_t len, cap;
	size_t *tstart, *tend;   /* byte span of each token */
	size_t ntok, captok;
	span *gold;
	size_t ngold, capgold;
	long first_line;
} ner_doc;

typedef struct ner_counts {
	size_t tp[NER_N], fp[NER_N], fn[NER_N];
	int errors;
	ev_dict *dict;
	size_t docs;
} ner_counts;

static int type_of(const char *tag)
{
	if (strlen(tag) < 5 || tag[1] != '-')
		return -1;
	for (int i = 0; i < NER_N; i++)
		if (strcmp(tag + 2, ner_names[i]) == 0)
			return i;
	return -1;   /* MISC and O are not scored */
}

/* Our mention types as CoNLL's: GPE and LOC are both LOC. */
static int conll_type(int t)
{
	switch (t) {
	case EV_MEN_PER: return NER_PER;
	case EV_MEN_ORG: return NER_ORG;
	case EV_MEN_GPE:
	case EV_MEN_LOC: return NER_LOC;
	}
	return -1;
}

/* The gold tokens [b, e) that the mention's bytes cover exactly; -1 when it does not
 * start and end on token edges. */
static int tok_span(const ner_doc *nd, const ev_mention *m, span *out /* OUT */)
{
	size_t lo = 0, hi = nd->ntok;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (nd->tstart[mid] < m->start)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo >= nd->ntok || nd->tstart[lo] != m->start)
		return -1;
	for (size_t k = lo; k < nd->ntok && nd->tstart[k] < m->end; k++)
		if (nd->tend[k] == m->end) {
			out->b = lo;
			out->e = k + 1;
			return 0;
		}
	return -1;
}

static int cmp_span(const void *a, const void *b)
{
	const span *x = a, *y = b;
	if (x->b != y->b)
		return x->b < y->b ? -1 : 1;
	return x->e < y->e ? -1 : x->e > y->e;
}

static void score_doc(ner_counts *c, ner_doc *nd, const char *path)
{
	if (nd->ntok == 0)
		return;
	ev_doc *d;
	if (ev_doc_new("conll", nd->text, nd->len, &d) != EV_OK)
		return;
	c->docs++;
	if (ev_timex_tag(d) != EV_OK || ev_actors_tag(d, c->dict) != EV_OK) {
		ev_doc_free(d);
		return;
	}
	/* system spans on the gold tokens: a mention must start and end on token edges */
	span *sys = malloc((2 * d->nmentions + 1) * sizeof *sys);
	char *lc = malloc(d->len + 1);
	size_t nsys = 0;
	for (size_t k = 0; lc && k <= d->len; k++)
		lc[k] = (char)(d->body[k] >= 'A' && d->body[k] <= 'Z' ? d->body[k] + 32 : d->body[k]);
	for (size_t i = 0; sys && lc && i < d->nmentions; i++) {
		const ev_mention *m = &d->mentions[i];
		int ty = conll_type(m->type);
		ev_mention nm = *m;
		/* the place a composed phrase begins with is a name of its own for CoNLL: "U.S."
		 * of "U.S. envoy" or "U.S. Assistant Secretary of State John Kornblum" */
		if (m->country[0] && (m->nominal || m->tok_begin < m->name_begin) && c->dict) {
			size_t k = m->tok_begin;
			const dict_entry *e;
			size_t n = dict_match(c->dict, d, lc, k, m->tok_end, &e);
			if (n && (e->type == DT_GPE || e->type == DT_LOC)) {
				ev_mention pm = *m;
				pm.start = d->tokens[k].start;
				pm.end = d->tokens[k + n - 1].end;
				if (tok_span(nd, &pm, &sys[nsys]) == 0) {
					sys[nsys].type = NER_LOC;
					nsys++;
				}
			}
		}
		if (ty < 0 || m->nominal)
			continue;
		/* the name alone: "Liu He" of "Vice Premier Liu He", "White House" of "the White
		 * House" */
		nm.start = d->tokens[m->name_begin].start;
		if (m->name_begin + 1 < m->tok_end && (d->body[nm.start] == 't' || d->body[nm.start] == 'T') &&
		    d->tokens[m->name_begin].end - nm.start == 3 &&
		    strncasecmp(d->body + nm.start, "the", 3) == 0)
			nm.start = d->tokens[m->name_begin + 1].start;
		m = &nm;
		if (tok_span(nd, m, &sys[nsys]) != 0) {
			/* not on token edges: a false positive of its type */
			c->fp[ty]++;
			if (c->errors)
				printf("%s:%ld: spurious %s \"%.*s\" (not on token edges)\n", path,
				       nd->first_line, ner_names[ty], (int)(m->end - m->start), d->body + m->start);
			continue;
		}
		sys[nsys++].type = ty;
	}
	qsort(sys, nsys, sizeof *sys, cmp_span);
	qsort(nd->gold, nd->ngold, sizeof *nd->gold, cmp_span);
	size_t i = 0, j = 0;
	while (i < nsys || j < nd->ngold) {
		int cmp = i >= nsys ? 1 : j >= nd->ngold ? -1 : cmp_span(&sys[i], &nd->gold[j]);
		if (cmp == 0) {
			if (sys[i].type == nd->gold[j].type) {
				c->tp[sys[i].type]++;
			} else {
				c->fp[sys[i].type]++;
				c->fn[nd->gold[j].type]++;
				if (c->errors)
					printf("%s:%ld: type \"%.*s\" %s want %s\n", path, nd->first_line,
					       (int)(nd->tend[sys[i].e - 1] - nd->tstart[sys[i].b]),
					       nd->text + nd->tstart[sys[i].b], ner_names[sys[i].type],
					       ner_names[nd->gold[j].type]);
			}
			i++, j++;
		} else if (cmp < 0) {
			c->fp[sys[i].type]++;
			if (c->errors)
				printf("%s:%ld: spurious %s \"%.*s\"\n", path, nd->first_line,
				       ner_names[sys[i].type],
				       (int)(nd->tend[sys[i].e - 1] - nd->tstart[sys[i].b]),
				       nd->text + nd->tstart[sys[i].b]);
			i++;
		} else {
			c->fn[nd->gold[j].type]++;
			if (c->errors)
				printf("%s:%ld: missed %s \"%.*s\"\n", path, nd->first_line,
				       ner_names[nd->gold[j].type],
				       (int)(nd->tend[nd->gold[j].e - 1] - nd->tstart[nd->gold[j].b]),
				       nd->text + nd->tstart[nd->gold[j].b]);
			j++;
		}
	}
	free(sys);
	free(lc);
	ev_doc_free(d);
}

static int add_token(ner_doc *nd, const char *w, size_t n, int sentence_start)
{
	if (grow((void **)&nd->text, &nd->cap, nd->len + n + 3, 1) < 0 ||
	    grow((void **)&nd->tstart, &nd->captok, nd->ntok + 1, sizeof(size_t)) < 0)
		return -1;
	size_t cap2 = nd->captok;
	size_t *ne = realloc(nd->tend, cap2 * sizeof *ne);
	if (!ne)
		return -1;
	nd->tend = ne;
	if (nd->len) {
		if (sentence_start) {
			nd->text[nd->len++] = '\n';
			nd->text[nd->len++] = '\n';
		} else {
			nd->text[nd->len++] = ' ';
		}
	}
	nd->tstart[nd->ntok] = nd->len;
	memcpy(nd->text + nd->len, w, n);
	nd->len += n;
	nd->tend[nd->ntok++] = nd->len;
	nd->text[nd->len] = '\0';
	return 0;
}

static int eval_file(ner_counts *c, const char *path)
{
	FILE *fp = fopen(path, "r");
	if (!fp) {
		fprintf(stderr, "%s: cannot open: %s\n", path, strerror(errno));
		return -1;
	}
	ner_doc nd;
	memset(&nd, 0, sizeof nd);
	char *line = NULL;
	size_t lcap = 0;
	ssize_t n;
	long lineno = 0;
	int sentence_start = 1, prev_type = -1, bad = 0;
	size_t open_b = 0;
	while ((n = getline(&line, &lcap, fp)) >= 0) {
		lineno++;
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		if (n == 0) {
			if (prev_type >= 0 && !grow((void **)&nd.gold, &nd.capgold, nd.ngold + 1, sizeof(span)))
				nd.gold[nd.ngold++] = (span){open_b, nd.ntok, prev_type};
			prev_type = -1;
			sentence_start = 1;
			continue;
		}
		if (strncmp(line, "-DOCSTART-", 10) == 0) {
			if (prev_type >= 0 && !grow((void **)&nd.gold, &nd.capgold, nd.ngold + 1, sizeof(span)))
				nd.gold[nd.ngold++] = (span){open_b, nd.ntok, prev_type};
			prev_type = -1;
			score_doc(c, &nd, path);
			nd.len = nd.ntok = nd.ngold = 0;
			nd.first_line = lineno + 1;
			continue;
		}
		char *sp = strchr(line, ' ');
		char *tag = strrchr(line, ' ');
		if (!sp || !tag) {
			if (!bad++)
				fprintf(stderr, "%s:%ld: expected 'word POS chunk NE'; line skipped\n", path, lineno);
			continue;
		}
		if (!nd.first_line)
			nd.first_line = lineno;
		int ty = type_of(tag + 1);
		/* IOB1: I-X continues X; B-X starts a new X right after another X */
		if (prev_type >= 0 && (ty != prev_type || tag[1] == 'B')) {
			if (!grow((void **)&nd.gold, &nd.capgold, nd.ngold + 1, sizeof(span)))
				nd.gold[nd.ngold++] = (span){open_b, nd.ntok, prev_type};
			prev_type = -1;
		}
		if (ty >= 0 && prev_type < 0)
			open_b = nd.ntok;
		prev_type = ty;
		if (add_token(&nd, line, (size_t)(sp - line), sentence_start) < 0)
			break;
		sentence_start = 0;
	}
	if (prev_type >= 0 && !grow((void **)&nd.gold, &nd.capgold, nd.ngold + 1, sizeof(span)))
		nd.gold[nd.ngold++] = (span){open_b, nd.ntok, prev_type};
	score_doc(c, &nd, path);
	free(nd.text);
	free(nd.tstart);
	free(nd.tend);
	free(nd.gold);
	free(line);
	fclose(fp);
	return 0;
}

int cmd_eval_ner(int argc, char **argv)
{
	ner_counts c;
	memset(&c, 0, sizeof c);
	double min_f1 = -1;
	int nfiles = 0, rc = EXIT_OK;
	const char *dp[64];
	ev_dict_format df[64];
	int nd = 0;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--errors") == 0) {
			c.errors = 1;
		} else if (strcmp(argv[i], "--min-f1") == 0 && i + 1 < argc) {
			if (cli_parse_fraction("eval", "--min-f1", argv[++i], &min_f1) != EXIT_OK)
				return EXIT_USAGE;
		} else if ((strcmp(argv[i], "--dict") == 0 || strcmp(argv[i], "--actors") == 0) &&
		           i + 1 < argc && nd < 64) {
			df[nd] = argv[i][2] == 'd' ? EV_DICT_NATIVE : EV_DICT_TABARI;
			dp[nd++] = argv[++i];
		} else if (argv[i][0] == '-') {
			return cli_usage_error("eval", "unknown option '%s'", argv[i]);
		} else {
			nfiles++;
		}
	}
	if (!nfiles)
		return cli_usage_error("eval", "give CoNLL-2003 files to score against");
	size_t derr;
	rc = cli_load_dicts("eval", &c.dict, dp, df, nd, 1, &derr);
	if (rc != EXIT_OK)
		return rc;
	for (int i = 1; i < argc; i++) {
		if (argv[i][0] == '-') {
			if (strcmp(argv[i], "--min-f1") == 0 || strcmp(argv[i], "--dict") == 0 ||
			    strcmp(argv[i], "--actors") == 0)
				i++;
			continue;
		}
		if (eval_file(&c, argv[i]) < 0)
			rc = EXIT_INPUT;
	}
	ev_dict_free(c.dict);
	size_t tp = 0, fp = 0, fn = 0;
	printf("ner: %zu documents\n", c.docs);
	for (int t = 0; t < NER_N; t++) {
		double p = c.tp[t] + c.fp[t] ? (double)c.tp[t] / (double)(c.tp[t] + c.fp[t]) : 0;
		double r = c.tp[t] + c.fn[t] ? (double)c.tp[t] / (double)(c.tp[t] + c.fn[t]) : 0;
		printf("%-4s P %.4f  R %.4f  F1 %.4f  (gold %zu, system %zu)\n", ner_names[t], p, r,
		       p + r > 0 ? 2 * p * r / (p + r) : 0, c.tp[t] + c.fn[t], c.tp[t] + c.fp[t]);
		tp += c.tp[t];
		fp += c.fp[t];
		fn += c.fn[t];
	}
	double p = tp + fp ? (double)tp / (double)(tp + fp) : 0;
	double r = tp + fn ? (double)tp / (double)(tp + fn) : 0;
	double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
	printf("micro P %.4f  R %.4f  F1 %.4f\n", p, r, f);
	if (min_f1 >= 0 && f < min_f1) {
		fprintf(stderr, "eventline eval: micro F1 %.4f is below --min-f1 %.4f\n", f, min_f1);
		return EXIT_INPUT;
	}
	return rc;
}
