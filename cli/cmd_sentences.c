/*
 * cmd_sentences.c - `eventline sentences`: one JSON object per sentence.
 */
#include <stdio.h>
#include <stdlib.h>
#include "cli.h"

/* Report a document that a stage could not process; the batch goes on. */
int cli_doc_error(const ev_doc *d, ev_status st)
{
	fprintf(stderr, "%s:%ld: document '%s' not processed: %s\n", d->path, d->line, d->id,
	        ev_status_str(st));
	return EXIT_INPUT;
}

static int print_sentences(void *ud, ev_doc *d)
{
	outbuf *o = ud;
	ev_status st = ev_split_sentences(d);
	if (st != EV_OK)
		return cli_doc_error(d, st);
	for (size_t i = 0; i < d->nsents && !o->failed; i++) {
		const ev_sentence *s = &d->sents[i];
		out_cstr(o, "{\"doc\":");
		out_json_cstr(o, d->id);
		out_cstr(o, ",\"index\":");
		out_long(o, (long long)i);
		out_cstr(o, ",\"start\":");
		out_long(o, s->start);
		out_cstr(o, ",\"end\":");
		out_long(o, s->end);
		out_cstr(o, ",\"text\":");
		out_json_str(o, d->body + s->start, s->end - s->start);
		out_cstr(o, ",\"tokens\":");
		out_long(o, (long long)(s->tok_end - s->tok_begin));
		out_cstr(o, "}\n");
	}
	return EXIT_OK;
}

int cmd_sentences(int argc, char **argv)
{
	doc_opts o;
	char **paths;
	int np;
	int rc = cli_parse_doc_args("sentences", argc, argv, &o, &paths, &np, NULL, NULL);
	if (rc != EXIT_OK)
		return rc;
	outbuf out;
	out_init(&out, stdout);
	rc = cli_each_doc("sentences", &o, paths, np, print_sentences, &out);
	out_close(&out);
	free(paths);
	return rc;
}
