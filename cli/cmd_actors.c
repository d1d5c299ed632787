/*
 * cmd_actors.c - `eventline actors`: who and what the articles name, coded:
 * one JSON object per mention of a person, organization, place or amount.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"

typedef struct dict_arg {
	const char *path;
	ev_dict_format fmt;
} dict_arg;

typedef struct actors_ctx {
	outbuf out;
	dict_arg dicts[64];
	int ndicts;
	int no_defaults;
	int jobs;
	ev_dict *dict;
} actors_ctx;

static int actors_opt(void *ud, const char *opt, const char *val, int *used)
{
	actors_ctx *c = ud;
	ev_dict_format fmt;
	if (cli_jobs_opt("actors", opt, val, used, &c->jobs))
		return 1;
	if (strcmp(opt, "--dict") == 0)
		fmt = EV_DICT_NATIVE;
	else if (strcmp(opt, "--actors") == 0)
		fmt = EV_DICT_TABARI;
	else if (strcmp(opt, "--agents") == 0)
		fmt = EV_DICT_AGENTS;
	else if (strcmp(opt, "--no-default-dicts") == 0) {
		c->no_defaults = 1;
		return 1;
	} else
		return 0;
	if (!val) {
		cli_usage_error("actors", "%s needs a dictionary file", opt);
		*used = -1;
		return 1;
	}
	if (c->ndicts == 64) {
		cli_usage_error("actors", "at most 64 dictionaries");
		*used = -1;
		return 1;
	}
	c->dicts[c->ndicts].path = val;
	c->dicts[c->ndicts++].fmt = fmt;
	*used = 1;
	return 1;
}

/* Load the default and the named dictionaries; 0, or an exit status. */
int cli_load_dicts(const char *cmd, ev_dict **out, const char *const *paths,
                   const ev_dict_format *fmts, int n, int defaults, size_t *errors)
{
	ev_dict *d;
	if (ev_dict_new(&d) != EV_OK) {
		fprintf(stderr, "%s %s: out of memory\n", cli_progname, cmd);
		return EXIT_INPUT;
	}
	*errors = 0;
	if (defaults && ev_dict_load_defaults(d, cli_diag, NULL) != EV_OK) {
		fprintf(stderr, "%s %s: cannot load the default dictionaries\n", cli_progname, cmd);
		ev_dict_free(d);
		return EXIT_INPUT;
	}
	for (int i = 0; i < n; i++) {
		ev_status st = ev_dict_load_file(d, paths[i], fmts[i], cli_diag, NULL);
		if (st == EV_ERR_NOMEM) {
			ev_dict_free(d);
			return EXIT_INPUT;
		}
		if (st != EV_OK)
			(*errors)++;
	}
	/* bad lines were reported one by one; the run says something was wrong */
	*errors += ev_dict_errors(d);
	if (ev_dict_compile(d) != EV_OK) {
		fprintf(stderr, "%s %s: out of memory compiling dictionaries\n", cli_progname, cmd);
		ev_dict_free(d);
		return EXIT_INPUT;
	}
	*out = d;
	return EXIT_OK;
}

static void print_mention(outbuf *o, const ev_doc *d, const ev_mention *m)
{
	out_cstr(o, "{\"doc\":");
	out_json_cstr(o, d->id);
	out_cstr(o, ",\"start\":");
	out_long(o, m->start);
	out_cstr(o, ",\"end\":");
	out_long(o, m->end);
	out_cstr(o, ",\"text\":");
	out_json_str(o, d->body + m->start, m->end - m->start);
	out_cstr(o, ",\"type\":\"");
	out_cstr(o, ev_mention_type_str(m->type));
	out_cstr(o, "\"");
	if (m->type >= EV_MEN_MONEY) {
		out_amount_fields(o, m);
		if (m->mod && m->mod[0]) {
			out_cstr(o, ",\"mod\":");
			out_json_cstr(o, m->mod);
		}
		out_cstr(o, "}\n");
		return;
	}
	const ev_entity *en = m->entity >= 0 ? &d->entities[m->entity] : NULL;
	out_cstr(o, ",\"code\":");
	out_json_cstr(o, m->code[0] ? m->code : NULL);
	out_cstr(o, ",\"country\":");
	out_json_cstr(o, m->country[0] ? m->country : NULL);
	out_cstr(o, ",\"role\":");
	out_json_cstr(o, m->role[0] ? m->role : NULL);
	out_cstr(o, ",\"id\":");
	out_json_cstr(o, en ? en->id : NULL);
	out_cstr(o, ",\"canonical\":");
	out_json_cstr(o, en ? en->canonical : NULL);
	if (en && en->alias) {
		out_cstr(o, ",\"alias\":");
		out_json_cstr(o, en->alias);
	}
	if (m->nominal)
		out_cstr(o, ",\"nominal\":true");
	out_cstr(o, "}\n");
}

/* On any thread: dates first ("Jan." and "Thursday" are not names), then actors. */
static int tag_work(void *ud, ev_doc *d)
{
	const actors_ctx *c = ud;
	ev_status st = ev_timex_tag(d);
	if (st == EV_OK)
		st = ev_actors_tag(d, c->dict);
	return (int)st;
}

/* On the main thread, in input order. */
static int tag_emit(void *ud, ev_doc *d, int st)
{
	actors_ctx *c = ud;
	if (st != EV_OK)
		return cli_doc_error(d, (ev_status)st);
	for (size_t i = 0; i < d->nmentions && !c->out.failed; i++)
		print_mention(&c->out, d, &d->mentions[i]);
	return EXIT_OK;
}

int cmd_actors(int argc, char **argv)
{
	actors_ctx c;
	memset(&c, 0, sizeof c);
	doc_opts o;
	char **paths;
	int np;
	int rc = cli_parse_doc_args("actors", argc, argv, &o, &paths, &np, actors_opt, &c);
	if (rc != EXIT_OK)
		return rc;
	const char *dp[64];
	ev_dict_format df[64];
	for (int i = 0; i < c.ndicts; i++) {
		dp[i] = c.dicts[i].path;
		df[i] = c.dicts[i].fmt;
	}
	size_t derr;
	rc = cli_load_dicts("actors", &c.dict, dp, df, c.ndicts, !c.no_defaults, &derr);
	if (rc != EXIT_OK) {
		free(paths);
		return rc;
	}
	out_init(&c.out, stdout);
	rc = cli_each_doc_parallel("actors", &o, paths, np, tag_work, tag_emit, &c,
	                           c.jobs ? c.jobs : cli_jobs_default());
	out_close(&c.out);
	ev_dict_free(c.dict);
	free(paths);
	return rc == EXIT_OK && derr ? EXIT_INPUT : rc;
}
