/*
 * cmd_bench.c - `eventline bench`: throughput of a stage over documents held
 * in memory, so that reading and decompression are not counted.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include "cli.h"

typedef struct bench_ctx {
	char **bodies;
	size_t *lens;
	size_t n, cap;
	size_t bytes;
	const char *stage;
	int repeat;
	const char *dicts[16];
	ev_dict_format fmts[16];
	int ndicts;
	const char *verbs[8];
	int nverbs;
} bench_ctx;

static int bench_opt(void *ud, const char *opt, const char *val, int *used)
{
	bench_ctx *c = ud;
	if (strcmp(opt, "--stage") == 0) {
		if (!val || (strcmp(val, "tokens") != 0 && strcmp(val, "sentences") != 0 &&
		             strcmp(val, "timex") != 0 && strcmp(val, "actors") != 0 &&
		             strcmp(val, "code") != 0)) {
			cli_usage_error("bench", "--stage takes tokens, sentences, timex, actors or code");
			*used = -1;
			return 1;
		}
		c->stage = val;
		*used = 1;
		return 1;
	}
	if ((strcmp(opt, "--actors") == 0 || strcmp(opt, "--agents") == 0 ||
	     strcmp(opt, "--dict") == 0) && val && c->ndicts < 16) {
		c->fmts[c->ndicts] = opt[2] == 'd' ? EV_DICT_NATIVE : opt[3] == 'c' ? EV_DICT_TABARI
		                                                                 : EV_DICT_AGENTS;
		c->dicts[c->ndicts++] = val;
		*used = 1;
		return 1;
	}
	if (strcmp(opt, "--verbs") == 0 && val && c->nverbs < 8) {
		c->verbs[c->nverbs++] = val;
		*used = 1;
		return 1;
	}
	if (strcmp(opt, "--repeat") == 0) {
		c->repeat = val ? atoi(val) : 0;
		if (c->repeat < 1 || c->repeat > 1000) {
			cli_usage_error("bench", "--repeat takes a number from 1 to 1000");
			*used = -1;
			return 1;
		}
		*used = 1;
		return 1;
	}
	return 0;
}

static int keep_doc(void *ud, ev_doc *d)
{
	bench_ctx *c = ud;
	if (c->n == c->cap) {
		size_t nc = c->cap ? c->cap * 2 : 1024;
		char **nb = realloc(c->bodies, nc * sizeof *nb);
		if (!nb)
			return EXIT_INPUT;
		c->bodies = nb;
		size_t *nl = realloc(c->lens, nc * sizeof *nl);
		if (!nl)
			return EXIT_INPUT;
		c->lens = nl;
		c->cap = nc;
	}
	char *b = malloc(d->len + 1);
	if (!b)
		return EXIT_INPUT;
	memcpy(b, d->body, d->len + 1);
	c->bodies[c->n] = b;
	c->lens[c->n++] = d->len;
	c->bytes += d->len;
	return EXIT_OK;
}

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int cmd_bench(int argc, char **argv)
{
	bench_ctx c = {0};
	c.stage = "sentences";
	c.repeat = 3;
	doc_opts o;
	char **paths;
	int np;
	int rc = cli_parse_doc_args("bench", argc, argv, &o, &paths, &np, bench_opt, &c);
	if (rc != EXIT_OK)
		return rc;
	o.progress = 0;
	rc = cli_each_doc("bench", &o, paths, np, keep_doc, &c);
	free(paths);
	int sentences = strcmp(c.stage, "sentences") == 0;
	int timex = strcmp(c.stage, "timex") == 0;
	int code = strcmp(c.stage, "code") == 0;
	int actors = code || strcmp(c.stage, "actors") == 0;
	ev_dict *dict = NULL;
	ev_verbs *verbs = NULL;
	double load_ms = 0, verbs_ms = 0;
	if (actors) {
		size_t derr;
		double t0 = now_s();
		if (cli_load_dicts("bench", &dict, c.dicts, c.fmts, c.ndicts, 1, &derr) != EXIT_OK)
			return EXIT_INPUT;
		load_ms = (now_s() - t0) * 1e3;
	}
	if (code) {
		size_t verr;
		double t0 = now_s();
		if (cli_load_verbs("bench", &verbs, c.verbs, c.nverbs, 1, 0, &verr) != EXIT_OK)
			return EXIT_INPUT;
		verbs_ms = (now_s() - t0) * 1e3;
	}
	double best = 0;
	size_t ntok = 0, nsent = 0, ntimex = 0, nev = 0;
	for (int r = 0; r < c.repeat; r++) {
		double t0 = now_s();
		ntok = nsent = ntimex = nev = 0;
		for (size_t i = 0; i < c.n; i++) {
			ev_doc *d;
			if (ev_doc_new(NULL, c.bodies[i], c.lens[i], &d) != EV_OK)
				return EXIT_INPUT;
			ev_status st = timex || actors ? ev_timex_tag(d) : sentences ? ev_split_sentences(d)
			                                                             : ev_tokenize(d);
			if (st == EV_OK && actors)
				st = ev_actors_tag(d, dict);
			if (st == EV_OK && code)
				st = ev_events_code(d, verbs);
			if (st != EV_OK) {
				ev_doc_free(d);
				continue;
			}
			ntok += d->ntokens;
			ntimex += d->ntimexes;
			nsent += d->nsents;
			nev += d->nevents;
			ev_doc_free(d);
		}
		double el = now_s() - t0;
		if (r == 0 || el < best)
			best = el;
	}
	for (size_t i = 0; i < c.n; i++)
		free(c.bodies[i]);
	free(c.bodies);
	free(c.lens);
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	if (best <= 0)
		best = 1e-9;
	printf("{\"stage\":\"%s\",\"docs\":%zu,\"bytes\":%zu,\"tokens\":%zu,\"sentences\":%zu,\"timexes\":%zu,"
	       "\"events\":%zu,\"seconds\":%.4f,\"mb_per_s\":%.1f,\"tokens_per_s\":%.0f,"
	       "\"sentences_per_s\":%.0f,\"peak_rss_mb\":%.1f}\n",
	       c.stage, c.n, c.bytes, ntok, nsent, ntimex, nev, best, (double)c.bytes / 1e6 / best,
	       (double)ntok / best, (double)nsent / best, (double)ru.ru_maxrss / 1024.0);
	if (code) {
		size_t nv, nf, npat;
		ev_verbs_counts(verbs, &nv, &nf, &npat);
		printf("{\"verbs\":%zu,\"verb_forms\":%zu,\"patterns\":%zu,\"verbs_load_ms\":%.1f}\n", nv,
		       nf, npat, verbs_ms);
		ev_verbs_free(verbs);
	}
	if (actors) {
		printf("{\"dictionary_entries\":%zu,\"dictionary_load_ms\":%.1f}\n",
		       ev_dict_entries(dict), load_ms);
		ev_dict_free(dict);
	}
	return rc;
}
