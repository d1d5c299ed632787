/*
 * cmd_code.c - `eventline code`: the whole pipeline, text in, coded events
 * out, as JSON Lines (the record of docs/DESIGN.md), TSV, GDELT 2.0 or ICEWS.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "events_out.h"

typedef struct code_ctx {
	outbuf out;
	ev_event_format format;
	const char *dict_paths[64];
	ev_dict_format dict_fmts[64];
	int ndicts;
	const char *verb_paths[16];
	int nverbs;
	int no_default_dicts, no_default_verbs, any_code;
	ev_dict *dict;
	ev_verbs *verbs;
	long long next_id;
	int jobs;
} code_ctx;

static int need(const char *opt, const char *val, int *used)
{
	if (val)
		return 1;
	cli_usage_error("code", "%s needs a value", opt);
	*used = -1;
	return 0;
}

static int code_opt(void *ud, const char *opt, const char *val, int *used)
{
	code_ctx *c = ud;
	if (strcmp(opt, "--format") == 0) {
		if (!need(opt, val, used))
			return 1;
		if (events_format_parse(val, &c->format) != 0) {
			cli_usage_error("code", "--format takes jsonl, tsv, gdelt or icews");
			*used = -1;
			return 1;
		}
		*used = 1;
		return 1;
	}
	if (strcmp(opt, "--dict") == 0 || strcmp(opt, "--actors") == 0 ||
	    strcmp(opt, "--agents") == 0) {
		if (!need(opt, val, used))
			return 1;
		if (c->ndicts == 64) {
			cli_usage_error("code", "at most 64 dictionaries");
			*used = -1;
			return 1;
		}
		c->dict_paths[c->ndicts] = val;
		c->dict_fmts[c->ndicts++] = strcmp(opt, "--dict") == 0     ? EV_DICT_NATIVE
		                            : strcmp(opt, "--actors") == 0 ? EV_DICT_TABARI
		                                                           : EV_DICT_AGENTS;
		*used = 1;
		return 1;
	}
	if (strcmp(opt, "--verbs") == 0) {
		if (!need(opt, val, used))
			return 1;
		if (c->nverbs == 16) {
			cli_usage_error("code", "at most 16 verb dictionaries");
			*used = -1;
			return 1;
		}
		c->verb_paths[c->nverbs++] = val;
		*used = 1;
		return 1;
	}
	if (strcmp(opt, "--no-default-dicts") == 0) {
		c->no_default_dicts = 1;
		return 1;
	}
	if (strcmp(opt, "--no-default-verbs") == 0) {
		c->no_default_verbs = 1;
		return 1;
	}
	if (cli_jobs_opt("code", opt, val, used, &c->jobs))
		return 1;
	if (strcmp(opt, "--any-code") == 0) {
		c->any_code = 1;
		return 1;
	}
	return 0;
}

/* Load the default and the named verb dictionaries; EXIT_OK or a status. */
int cli_load_verbs(const char *cmd, ev_verbs **out, const char *const *paths, int n,
                   int defaults, int any_code, size_t *errors)
{
	ev_verbs *v;
	*errors = 0;
	if (ev_verbs_new(&v) != EV_OK) {
		fprintf(stderr, "%s %s: out of memory\n", cli_progname, cmd);
		return EXIT_INPUT;
	}
	ev_verbs_allow_unknown_codes(v, any_code);
	if (defaults && ev_verbs_load_defaults(v, cli_diag, NULL) != EV_OK) {
		fprintf(stderr, "%s %s: cannot load the default verb patterns\n", cli_progname, cmd);
		ev_verbs_free(v);
		return EXIT_INPUT;
	}
	for (int i = 0; i < n; i++) {
		ev_status st = ev_verbs_load_file(v, paths[i], EV_VERBS_AUTO, cli_diag, NULL);
		if (st == EV_ERR_NOMEM) {
			ev_verbs_free(v);
			return EXIT_INPUT;
		}
		if (st != EV_OK)
			(*errors)++;
	}
	*errors += ev_verbs_errors(v);
	if (ev_verbs_compile(v) != EV_OK) {
		fprintf(stderr, "%s %s: out of memory compiling verb patterns\n", cli_progname, cmd);
		ev_verbs_free(v);
		return EXIT_INPUT;
	}
	*out = v;
	return EXIT_OK;
}

/* On any thread: the analysis, which only reads the shared dictionaries. */
static int code_work(void *ud, ev_doc *d)
{
	const code_ctx *c = ud;
	ev_status st = ev_timex_tag(d);
	if (st == EV_OK)
		st = ev_actors_tag(d, c->dict);
	if (st == EV_OK)
		st = ev_events_code(d, c->verbs);
	return (int)st;
}

/* On the main thread, in input order: the output. */
static int code_emit(void *ud, ev_doc *d, int st)
{
	code_ctx *c = ud;
	if (st != EV_OK)
		return cli_doc_error(d, (ev_status)st);
	for (size_t i = 0; i < d->nevents && !c->out.failed; i++)
		events_print(&c->out, c->format, d, &d->events[i], ++c->next_id);
	return EXIT_OK;
}

int cmd_code(int argc, char **argv)
{
	code_ctx c;
	memset(&c, 0, sizeof c);
	doc_opts o;
	char **paths;
	int np;
	int rc = cli_parse_doc_args("code", argc, argv, &o, &paths, &np, code_opt, &c);
	if (rc != EXIT_OK)
		return rc;
	size_t derr = 0, verr = 0;
	rc = cli_load_dicts("code", &c.dict, c.dict_paths, c.dict_fmts, c.ndicts,
	                    !c.no_default_dicts, &derr);
	if (rc == EXIT_OK)
		rc = cli_load_verbs("code", &c.verbs, c.verb_paths, c.nverbs, !c.no_default_verbs,
		                    c.any_code, &verr);
	if (rc != EXIT_OK) {
		ev_dict_free(c.dict);
		free(paths);
		return rc;
	}
	out_init(&c.out, stdout);
	events_header(&c.out, c.format);
	rc = cli_each_doc_parallel("code", &o, paths, np, code_work, code_emit, &c,
	                           c.jobs ? c.jobs : cli_jobs_default());
	out_close(&c.out);
	ev_verbs_free(c.verbs);
	ev_dict_free(c.dict);
	free(paths);
	return rc == EXIT_OK && (derr || verr) ? EXIT_INPUT : rc;
}
