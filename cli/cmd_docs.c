/*
 * cmd_docs.c - `eventline docs`: what the reader made of the inputs, one
 * JSON object per document (id, date, source, title, url, length).
 */
#include <stdlib.h>
#include "cli.h"

typedef struct docs_ctx {
	outbuf out;
	int body;
} docs_ctx;

static int docs_opt(void *ud, const char *opt, const char *val, int *used)
{
	(void)val;
	(void)used;
	docs_ctx *c = ud;
	if (strcmp(opt, "--body") == 0) {
		c->body = 1;
		return 1;
	}
	return 0;
}

static int print_doc(void *ud, ev_doc *d)
{
	docs_ctx *c = ud;
	outbuf *o = &c->out;
	out_cstr(o, "{\"doc\":");
	out_json_cstr(o, d->id);
	out_cstr(o, ",\"path\":");
	out_json_cstr(o, d->path);
	out_cstr(o, ",\"line\":");
	out_long(o, d->line);
	out_cstr(o, ",\"date\":");
	out_json_cstr(o, d->dct[0] ? d->dct : NULL);
	out_cstr(o, ",\"source\":");
	out_json_cstr(o, d->source);
	out_cstr(o, ",\"title\":");
	out_json_cstr(o, d->title);
	out_cstr(o, ",\"url\":");
	out_json_cstr(o, d->url);
	out_cstr(o, ",\"bytes\":");
	out_long(o, (long long)d->len);
	if (d->nmarkup) {
		out_cstr(o, ",\"markup\":");
		out_long(o, (long long)d->nmarkup);
	}
	if (c->body) {
		out_cstr(o, ",\"text\":");
		out_json_str(o, d->body, d->len);
	}
	out_cstr(o, "}\n");
	return EXIT_OK;
}

int cmd_docs(int argc, char **argv)
{
	docs_ctx c = {0};
	doc_opts o;
	char **paths;
	int np;
	int rc = cli_parse_doc_args("docs", argc, argv, &o, &paths, &np, docs_opt, &c);
	if (rc != EXIT_OK)
		return rc;
	out_init(&c.out, stdout);
	rc = cli_each_doc("docs", &o, paths, np, print_doc, &c);
	out_close(&c.out);
	free(paths);
	return rc;
}
