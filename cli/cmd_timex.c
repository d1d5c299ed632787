/*
 * cmd_timex.c - `eventline timex`: temporal expressions as JSON Lines, or
 * as TimeML with inline TIMEX3 tags (what the TempEval-3 tools read).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "cli.h"

typedef struct timex_ctx {
	outbuf out;
	int timeml;
	const char *out_dir;   /* one .tml file per document, or NULL for stdout */
	int infer;
} timex_ctx;

static int timex_opt(void *ud, const char *opt, const char *val, int *used)
{
	timex_ctx *c = ud;
	if (strcmp(opt, "--format") == 0) {
		if (!val || (strcmp(val, "jsonl") != 0 && strcmp(val, "timeml") != 0)) {
			cli_usage_error("timex", "--format takes jsonl or timeml");
			*used = -1;
			return 1;
		}
		c->timeml = strcmp(val, "timeml") == 0;
		*used = 1;
		return 1;
	}
	if (strcmp(opt, "--out-dir") == 0) {
		if (!val) {
			cli_usage_error("timex", "--out-dir needs a directory");
			*used = -1;
			return 1;
		}
		c->out_dir = val;
		c->timeml = 1;
		*used = 1;
		return 1;
	}
	if (strcmp(opt, "--infer-dct") == 0) {
		c->infer = 1;
		return 1;
	}
	return 0;
}

/* XML text: & < > escaped. */
static void out_xml(outbuf *o, const char *s, size_t n)
{
	size_t run = 0;
	for (size_t i = 0; i < n; i++) {
		const char *e = s[i] == '&' ? "&amp;" : s[i] == '<' ? "&lt;" : s[i] == '>' ? "&gt;" : NULL;
		if (!e)
			continue;
		out_raw(o, s + run, i - run);
		out_cstr(o, e);
		run = i + 1;
	}
	out_raw(o, s + run, n - run);
}

static void print_timeml(outbuf *o, const ev_doc *d)
{
	out_cstr(o, "<?xml version=\"1.0\" ?>\n<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
	            "xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n\n<DOCID>");
	out_xml(o, d->id, strlen(d->id));
	out_cstr(o, "</DOCID>\n\n<DCT>");
	if (d->dct[0]) {
		out_cstr(o, "<TIMEX3 tid=\"t0\" type=\"DATE\" value=\"");
		out_cstr(o, d->dct);
		out_cstr(o, "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">");
		out_cstr(o, d->dct);
		out_cstr(o, "</TIMEX3>");
	}
	out_cstr(o, "</DCT>\n\n");
	if (d->title) {
		out_cstr(o, "<TITLE>");
		out_xml(o, d->title, strlen(d->title));
		out_cstr(o, "</TITLE>\n\n");
	}
	out_cstr(o, "<TEXT>");
	size_t pos = 0;
	for (size_t i = 0; i < d->ntimexes; i++) {
		const ev_timex *x = &d->timexes[i];
		out_xml(o, d->body + pos, x->start - pos);
		char head[160];
		snprintf(head, sizeof head, "<TIMEX3 tid=\"t%zu\" type=\"%s\" value=\"%s\"%s%s%s>", i + 1,
		         ev_timex_type_str(x->type), x->value, x->mod[0] ? " mod=\"" : "", x->mod,
		         x->mod[0] ? "\"" : "");
		out_cstr(o, head);
		out_xml(o, d->body + x->start, x->end - x->start);
		out_cstr(o, "</TIMEX3>");
		pos = x->end;
	}
	out_xml(o, d->body + pos, d->len - pos);
	out_cstr(o, "</TEXT>\n\n</TimeML>\n");
}

static void print_jsonl(outbuf *o, const ev_doc *d)
{
	for (size_t i = 0; i < d->ntimexes && !o->failed; i++) {
		const ev_timex *x = &d->timexes[i];
		out_cstr(o, "{\"doc\":");
		out_json_cstr(o, d->id);
		out_cstr(o, ",\"start\":");
		out_long(o, x->start);
		out_cstr(o, ",\"end\":");
		out_long(o, x->end);
		out_cstr(o, ",\"text\":");
		out_json_str(o, d->body + x->start, x->end - x->start);
		out_cstr(o, ",\"type\":\"");
		out_cstr(o, ev_timex_type_str(x->type));
		out_cstr(o, "\",\"value\":");
		out_json_cstr(o, x->value);
		if (x->mod[0]) {
			out_cstr(o, ",\"mod\":");
			out_json_cstr(o, x->mod);
		}
		out_cstr(o, "}\n");
	}
}

static int tag_doc(void *ud, ev_doc *d)
{
	timex_ctx *c = ud;
	if (c->infer && !d->dct[0]) {
		ev_dct_guess g;
		if (ev_dct_infer(d, &g) == EV_OK && g.date[0]) {
			memcpy(d->dct, g.date, sizeof d->dct);
			if (!c->timeml) {
				out_cstr(&c->out, "{\"doc\":");
				out_json_cstr(&c->out, d->id);
				out_cstr(&c->out, ",\"dct\":");
				out_json_cstr(&c->out, g.date);
				out_cstr(&c->out, ",\"dct_source\":\"inferred\",\"evidence\":");
				out_json_cstr(&c->out, g.evidence);
				out_cstr(&c->out, "}\n");
			}
		} else {
			fprintf(stderr, "%s:%ld: warning: no date could be inferred for '%s'\n", d->path,
			        d->line, d->id);
		}
	}
	ev_status st = ev_timex_tag(d);
	if (st != EV_OK)
		return cli_doc_error(d, st);
	if (c->out_dir) {
		char path[4096];
		snprintf(path, sizeof path, "%s/%s.tml", c->out_dir, d->id);
		for (char *p = path + strlen(c->out_dir) + 1; *p; p++)
			if (*p == '/')
				*p = '_';
		FILE *fp = fopen(path, "w");
		if (!fp) {
			fprintf(stderr, "%s: cannot write: %s\n", path, strerror(errno));
			return EXIT_INPUT;
		}
		outbuf fo;
		out_init(&fo, fp);
		print_timeml(&fo, d);
		out_close(&fo);
		if (fclose(fp) != 0 || fo.failed) {
			fprintf(stderr, "%s: cannot write: %s\n", path, strerror(errno));
			return EXIT_INPUT;
		}
		return EXIT_OK;
	}
	if (c->timeml)
		print_timeml(&c->out, d);
	else
		print_jsonl(&c->out, d);
	return EXIT_OK;
}

int cmd_timex(int argc, char **argv)
{
	timex_ctx c = {0};
	doc_opts o;
	char **paths;
	int np;
	int rc = cli_parse_doc_args("timex", argc, argv, &o, &paths, &np, timex_opt, &c);
	if (rc != EXIT_OK)
		return rc;
	if (c.out_dir) {
		struct stat st;
		if (stat(c.out_dir, &st) != 0 && mkdir(c.out_dir, 0755) != 0) {
			free(paths);
			return cli_usage_error("timex", "cannot make directory '%s': %s", c.out_dir,
			                       strerror(errno));
		}
	}
	out_init(&c.out, stdout);
	rc = cli_each_doc("timex", &o, paths, np, tag_doc, &c);
	out_close(&c.out);
	free(paths);
	return rc;
}
