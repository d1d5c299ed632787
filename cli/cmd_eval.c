/*
 * cmd_eval.c - `eventline eval`: score a stage against gold data.
 * `eval sentences` rebuilds running text from CoNLL-U '# text =' lines and
 * scores predicted sentence ends against the gold ones.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"

typedef struct sbuf {
	char *p;
	size_t len, cap;
} sbuf;

static int sb_add(sbuf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t nc = (b->len + n + 1) * 2;
		char *np = realloc(b->p, nc);
		if (!np)
			return -1;
		b->p = np;
		b->cap = nc;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
	return 0;
}

typedef struct counts {
	size_t gold, pred, correct;
	int errors;   /* print each miss and false boundary */
} counts;

static void context(const char *body, size_t len, size_t off)
{
	size_t a = off > 40 ? off - 40 : 0, b = off + 40 < len ? off + 40 : len;
	fprintf(stdout, "  ...");
	for (size_t i = a; i < b; i++) {
		if (i == off)
			fputs(" || ", stdout);
		fputc(body[i] == '\n' ? ' ' : body[i], stdout);
	}
	fputs("...\n", stdout);
}

static int cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

/* Score one rebuilt document; gold[] holds the sentence ends (ascending). */
static int score_doc(const char *name, sbuf *text, size_t *gold, size_t ngold, counts *c)
{
	ev_doc *d;
	if (ngold == 0)
		return 0;
	if (ev_doc_new(name, text->p, text->len, &d) != EV_OK)
		return -1;
	if (ev_split_sentences(d) != EV_OK) {
		ev_doc_free(d);
		return -1;
	}
	/* The end of the document is a boundary for free: not counted. */
	size_t np = d->nsents ? d->nsents - 1 : 0, ng = ngold - 1;
	size_t *pred = malloc((np + 1) * sizeof *pred);
	if (!pred) {
		ev_doc_free(d);
		return -1;
	}
	for (size_t i = 0; i < np; i++)
		pred[i] = d->sents[i].end;
	qsort(pred, np, sizeof *pred, cmp_size);
	size_t i = 0, j = 0;
	while (i < np || j < ng) {
		if (i < np && j < ng && pred[i] == gold[j]) {
			c->correct++;
			i++, j++;
		} else if (j >= ng || (i < np && pred[i] < gold[j])) {
			if (c->errors) {
				printf("%s: false boundary at %zu\n", name, pred[i]);
				context(d->body, d->len, pred[i]);
			}
			i++;
		} else {
			if (c->errors) {
				printf("%s: missed boundary at %zu\n", name, gold[j]);
				context(d->body, d->len, gold[j]);
			}
			j++;
		}
	}
	c->gold += ng;
	c->pred += np;
	free(pred);
	ev_doc_free(d);
	return 0;
}

static int eval_conllu(const char *path, counts *c)
{
	FILE *fp = fopen(path, "r");
	if (!fp) {
		fprintf(stderr, "%s: cannot open: %s\n", path, strerror(errno));
		return -1;
	}
	sbuf text = {0};
	size_t *gold = NULL, ng = 0, capg = 0;
	char *line = NULL;
	size_t lcap = 0;
	ssize_t n;
	long lineno = 0;
	int newpar = 0, rc = 0, bad = 0;
	char name[600];
	snprintf(name, sizeof name, "%s", path);
	while ((n = getline(&line, &lcap, fp)) >= 0) {
		lineno++;
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		if (strncmp(line, "# newdoc", 8) == 0) {
			if (score_doc(name, &text, gold, ng, c) < 0)
				rc = -1;
			text.len = 0;
			ng = 0;
			newpar = 0;
			const char *id = strstr(line, "id =");
			snprintf(name, sizeof name, "%s#%s", path, id ? id + 5 : "doc");
			continue;
		}
		if (strncmp(line, "# newpar", 8) == 0) {
			newpar = 1;
			continue;
		}
		if (strncmp(line, "# text = ", 9) != 0)
			continue;
		const char *s = line + 9;
		size_t sl = strlen(s);
		while (sl && s[sl - 1] == ' ')
			sl--;
		if (sl == 0) {
			if (!bad++)
				fprintf(stderr, "%s:%ld: empty '# text' line; skipped\n", path, lineno);
			continue;
		}
		if (text.len && sb_add(&text, newpar ? "\n\n" : " ", newpar ? 2 : 1) < 0)
			rc = -1;
		newpar = 0;
		if (sb_add(&text, s, sl) < 0)
			rc = -1;
		if (ng == capg) {
			capg = capg ? capg * 2 : 256;
			size_t *ngp = realloc(gold, capg * sizeof *gold);
			if (!ngp) {
				rc = -1;
				break;
			}
			gold = ngp;
		}
		gold[ng++] = text.len;
	}
	if (score_doc(name, &text, gold, ng, c) < 0)
		rc = -1;
	free(line);
	free(gold);
	free(text.p);
	fclose(fp);
	return rc;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A file, or every .conllu file of a directory in name order. */
static int eval_path(const char *path, counts *c)
{
	DIR *d = opendir(path);
	if (!d)
		return eval_conllu(path, c);
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		size_t l = strlen(e->d_name);
		if (l < 7 || strcmp(e->d_name + l - 7, ".conllu") != 0)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 32;
			char **nn = realloc(names, cap * sizeof *nn);
			if (!nn)
				break;
			names = nn;
		}
		names[n++] = strdup(e->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof *names, cmp_str);
	int rc = 0;
	for (size_t i = 0; i < n; i++) {
		char p[4096];
		snprintf(p, sizeof p, "%s/%s", path, names[i]);
		if (eval_conllu(p, c) < 0)
			rc = -1;
		free(names[i]);
	}
	free(names);
	return rc;
}

static int eval_sentences(int argc, char **argv)
{
	counts c = {0};
	double min_f1 = -1;
	int nfiles = 0, rc = EXIT_OK;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--errors") == 0) {
			c.errors = 1;
		} else if (strcmp(argv[i], "--min-f1") == 0 && i + 1 < argc) {
			if (cli_parse_fraction("eval", "--min-f1", argv[++i], &min_f1) != EXIT_OK)
				return EXIT_USAGE;
		} else if (argv[i][0] == '-') {
			return cli_usage_error("eval", "unknown option '%s'", argv[i]);
		} else {
			nfiles++;
			if (eval_path(argv[i], &c) < 0)
				rc = EXIT_INPUT;
		}
	}
	if (!nfiles)
		return cli_usage_error("eval", "give CoNLL-U files to score against");
	double p = c.pred ? (double)c.correct / (double)c.pred : 0;
	double r = c.gold ? (double)c.correct / (double)c.gold : 0;
	double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
	printf("sentence boundaries: gold %zu, predicted %zu, correct %zu\n", c.gold, c.pred, c.correct);
	printf("precision %.4f  recall %.4f  F1 %.4f\n", p, r, f);
	if (min_f1 >= 0 && f < min_f1) {
		fprintf(stderr, "eventline eval: F1 %.4f is below --min-f1 %.4f\n", f, min_f1);
		return EXIT_INPUT;
	}
	return rc;
}

int cmd_eval(int argc, char **argv)
{
	if (argc < 2)
		return cli_usage_error("eval", "say what to evaluate: sentences or timex");
	if (strcmp(argv[1], "sentences") == 0)
		return eval_sentences(argc - 1, argv + 1);
	if (strcmp(argv[1], "ner") == 0)
		return cmd_eval_ner(argc - 1, argv + 1);
	if (strcmp(argv[1], "timex") == 0)
		return cmd_eval_timex(argc - 1, argv + 1);
	return cli_usage_error("eval", "cannot evaluate '%s' (try: sentences, timex)", argv[1]);
}
