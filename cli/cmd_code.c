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
	pipeline pl;
	long long next_id;
} code_ctx;

static int need(const char *cmd, const char *opt, const char *val, int *used)
{
	if (val)
		return 1;
	cli_usage_error(cmd, "%s needs a value", opt);
	*used = -1;
	return 0;
}

int cli_pipeline_opt(const char *cmd, pipeline *p, const char *opt, const char *val, int *used)
{
	if (strcmp(opt, "--dict") == 0 || strcmp(opt, "--actors") == 0 ||
	    strcmp(opt, "--agents") == 0) {
		if (!need(cmd, opt, val, used))
			return 1;
		if (p->ndicts == 64) {
			cli_usage_error(cmd, "at most 64 dictionaries");
			*used = -1;
			return 1;
		}
		p->dict_paths[p->ndicts] = val;
		p->dict_fmts[p->ndicts++] = strcmp(opt, "--dict") == 0     ? EV_DICT_NATIVE
		                            : strcmp(opt, "--actors") == 0 ? EV_DICT_TABARI
		                                                           : EV_DICT_AGENTS;
		*used = 1;
		return 1;
	}
	if (strcmp(opt, "--verbs") == 0) {
		if (!need(cmd, opt, val, used))
			return 1;
		if (p->nverbs == 16) {
			cli_usage_error(cmd, "at most 16 verb dictionaries");
			*used = -1;
			return 1;
		}
		p->verb_paths[p->nverbs++] = val;
		*used = 1;
		return 1;
	}
	if (strcmp(opt, "--no-default-dicts") == 0) {
		p->no_default_dicts = 1;
		return 1;
	}
	if (strcmp(opt, "--no-default-verbs") == 0) {
		p->no_default_verbs = 1;
		return 1;
	}
	if (cli_jobs_opt(cmd, opt, val, used, &p->jobs))
		return 1;
	if (strcmp(opt, "--any-code") == 0) {
		p->any_code = 1;
		return 1;
	}
	return 0;
}

static int code_opt(void *ud, const char *opt, const char *val, int *used)
{
	code_ctx *c = ud;
	if (strcmp(opt, "--format") == 0) {
		if (!need("code", opt, val, used))
			return 1;
		if (events_format_parse(val, &c->format) != 0) {
			cli_usage_error("code", "--format takes jsonl, tsv, gdelt or icews");
			*used = -1;
			return 1;
		}
		*used = 1;
		return 1;
	}
	return cli_pipeline_opt("code", &c->pl, opt, val, used);
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

int cli_pipeline_load(const char *cmd, pipeline *p)
{
	int rc = cli_load_dicts(cmd, &p->dict, p->dict_paths, p->dict_fmts, p->ndicts,
	                        !p->no_default_dicts, &p->dict_errors);
	if (rc == EXIT_OK)
		rc = cli_load_verbs(cmd, &p->verbs, p->verb_paths, p->nverbs, !p->no_default_verbs,
		                    p->any_code, &p->verb_errors);
	if (rc != EXIT_OK) {
		ev_dict_free(p->dict);
		p->dict = NULL;
	}
	return rc;
}

void cli_pipeline_release(pipeline *p)
{
	ev_verbs_free(p->verbs);
	ev_dict_free(p->dict);
	p->verbs = NULL;
	p->dict = NULL;
}

/* On any thread: the analysis, which only reads the shared dictionaries. */
int cli_pipeline_work(void *ud, ev_doc *d)
{
	const pipeline *p = ud;
	ev_status st = ev_timex_tag(d);
	if (st == EV_OK)
		st = ev_actors_tag(d, p->dict);
	if (st == EV_OK)
		st = ev_events_code(d, p->verbs);
	return (int)st;
}

static int code_work(void *ud, ev_doc *d)
{
	return cli_pipeline_work(&((code_ctx *)ud)->pl, d);
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
	rc = cli_pipeline_load("code", &c.pl);
	if (rc != EXIT_OK) {
		free(paths);
		return rc;
	}
	out_init(&c.out, stdout);
	events_header(&c.out, c.format);
	rc = cli_each_doc_parallel("code", &o, paths, np, code_work, code_emit, &c,
	                           c.pl.jobs ? c.pl.jobs : cli_jobs_default());
	out_close(&c.out);
	int bad_dicts = c.pl.dict_errors || c.pl.verb_errors;
	cli_pipeline_release(&c.pl);
	free(paths);
	return rc == EXIT_OK && bad_dicts ? EXIT_INPUT : rc;
}
