/*
 * cmd_tokens.c - `eventline tokens`: one JSON object per token.
 */
#include <stdlib.h>
#include "cli.h"

static int print_tokens(void *ud, ev_doc *d)
{
	outbuf *o = ud;
	ev_status st = ev_tokenize(d);
	if (st != EV_OK)
		return cli_doc_error(d, st);
	for (size_t i = 0; i < d->ntokens && !o->failed; i++) {
		const ev_token *t = &d->tokens[i];
		out_cstr(o, "{\"doc\":");
		out_json_cstr(o, d->id);
		out_cstr(o, ",\"index\":");
		out_long(o, (long long)i);
		out_cstr(o, ",\"start\":");
		out_long(o, t->start);
		out_cstr(o, ",\"end\":");
		out_long(o, t->end);
		out_cstr(o, ",\"text\":");
		out_json_str(o, d->body + t->start, t->end - t->start);
		out_cstr(o, ",\"kind\":\"");
		out_cstr(o, ev_tok_kind_str(t->kind));
		out_cstr(o, "\"}\n");
	}
	return EXIT_OK;
}

int cmd_tokens(int argc, char **argv)
{
	doc_opts o;
	char **paths;
	int np;
	int rc = cli_parse_doc_args("tokens", argc, argv, &o, &paths, &np, NULL, NULL);
	if (rc != EXIT_OK)
		return rc;
	outbuf out;
	out_init(&out, stdout);
	rc = cli_each_doc("tokens", &o, paths, np, print_tokens, &out);
	out_close(&out);
	free(paths);
	return rc;
}
