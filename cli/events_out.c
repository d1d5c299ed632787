/*
 * events_out.c - coded events as JSON Lines and TSV (GDELT and ICEWS
 * layouts are in events_export.c).
 */
#include <stdio.h>
#include <string.h>
#include "events_out.h"

int events_format_parse(const char *s, ev_event_format *out)
{
	static const char *const names[] = {"jsonl", "tsv", "gdelt", "icews"};
	for (int i = 0; i < 4; i++)
		if (strcmp(s, names[i]) == 0) {
			*out = (ev_event_format)i;
			return 0;
		}
	return -1;
}

static const char *const MOODS[] = {"asserted", "future", "hypothetical"};
static const char *const DATE_SOURCES[] = {"none", "text", "document"};

static void json_actor(outbuf *o, const ev_doc *d, int32_t m)
{
	if (m < 0) {
		out_cstr(o, "null");
		return;
	}
	const ev_mention *mm = &d->mentions[m];
	const ev_entity *en = mm->entity >= 0 ? &d->entities[mm->entity] : NULL;
	out_cstr(o, "{\"text\":");
	out_json_str(o, d->body + mm->start, mm->end - mm->start);
	out_cstr(o, ",\"code\":");
	out_json_cstr(o, mm->code[0] ? mm->code : NULL);
	out_cstr(o, ",\"country\":");
	out_json_cstr(o, mm->country[0] ? mm->country : NULL);
	out_cstr(o, ",\"role\":");
	out_json_cstr(o, mm->role[0] ? mm->role : NULL);
	out_cstr(o, ",\"id\":");
	out_json_cstr(o, en ? en->id : NULL);
	out_cstr(o, "}");
}

static void print_jsonl(outbuf *o, const ev_doc *d, const ev_event *e)
{
	const ev_cameo *c = e->cameo;
	out_cstr(o, "{\"doc\":");
	out_json_cstr(o, d->id);
	out_cstr(o, ",\"sentence\":");
	out_long(o, e->sentence);
	out_cstr(o, ",\"source\":");
	json_actor(o, d, e->source);
	out_cstr(o, ",\"target\":");
	json_actor(o, d, e->target);
	out_cstr(o, ",\"cameo\":");
	out_json_cstr(o, c->code);
	out_cstr(o, ",\"root\":");
	out_json_cstr(o, c->root);
	out_cstr(o, ",\"quad\":");
	if (c->quad)
		out_long(o, c->quad);
	else
		out_cstr(o, "null");
	out_cstr(o, ",\"goldstein\":");
	if (c->quad)
		out_double(o, c->goldstein, 1);
	else
		out_cstr(o, "null");
	out_cstr(o, ",\"plover\":");
	if (c->plover[0]) {
		out_cstr(o, "{\"event\":");
		out_json_cstr(o, c->plover);
		out_cstr(o, ",\"mode\":");
		out_json_cstr(o, c->mode[0] ? c->mode : NULL);
		out_cstr(o, "}");
	} else {
		out_cstr(o, "null");
	}
	out_cstr(o, ",\"date\":");
	out_json_cstr(o, e->date[0] ? e->date : NULL);
	out_cstr(o, ",\"date_source\":\"");
	out_cstr(o, DATE_SOURCES[e->date_source]);
	out_cstr(o, "\",\"location\":");
	if (e->location >= 0) {
		const ev_mention *m = &d->mentions[e->location];
		out_cstr(o, "{\"text\":");
		out_json_str(o, d->body + m->start, m->end - m->start);
		out_cstr(o, ",\"country\":");
		out_json_cstr(o, m->country[0] ? m->country : NULL);
		out_cstr(o, "}");
	} else {
		out_cstr(o, "null");
	}
	out_cstr(o, ",\"amount\":");
	if (e->amount >= 0) {
		const ev_mention *m = &d->mentions[e->amount];
		out_cstr(o, "{\"text\":");
		out_json_str(o, d->body + m->start, m->end - m->start);
		out_amount_fields(o, m);
		out_cstr(o, "}");
	} else {
		out_cstr(o, "null");
	}
	out_cstr(o, ",\"said_by\":");
	json_actor(o, d, e->said_by);
	out_cstr(o, e->negated ? ",\"negated\":true" : ",\"negated\":false");
	out_cstr(o, ",\"mood\":\"");
	out_cstr(o, MOODS[e->mood]);
	out_cstr(o, "\"");
	if (e->nominal)
		out_cstr(o, ",\"nominal\":true");
	out_cstr(o, ",\"verb\":");
	out_json_str(o, d->body + e->verb_start, e->verb_end - e->verb_start);
	out_cstr(o, ",\"start\":");
	out_long(o, e->verb_start);
	out_cstr(o, ",\"end\":");
	out_long(o, e->verb_end);
	out_cstr(o, "}\n");
}

/* A TSV field: tabs and line breaks inside become spaces. */
static void tsv_str(outbuf *o, const char *s, size_t n)
{
	size_t run = 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
			out_raw(o, s + run, i - run);
			out_char(o, ' ');
			run = i + 1;
		}
	out_raw(o, s + run, n - run);
}

static void tsv_actor(outbuf *o, const ev_doc *d, int32_t m)
{
	if (m >= 0) {
		out_cstr(o, d->mentions[m].code);
		out_char(o, '\t');
		tsv_str(o, d->body + d->mentions[m].start, d->mentions[m].end - d->mentions[m].start);
	} else {
		out_char(o, '\t');
	}
}

static void print_tsv(outbuf *o, const ev_doc *d, const ev_event *e)
{
	tsv_str(o, d->id, strlen(d->id));
	out_char(o, '\t');
	out_long(o, e->sentence);
	out_char(o, '\t');
	out_cstr(o, e->date);
	out_char(o, '\t');
	tsv_actor(o, d, e->source);
	out_char(o, '\t');
	out_cstr(o, e->cameo->code);
	out_char(o, '\t');
	tsv_actor(o, d, e->target);
	out_char(o, '\t');
	out_cstr(o, e->cameo->plover);
	out_char(o, '\t');
	out_cstr(o, MOODS[e->mood]);
	out_char(o, '\t');
	out_cstr(o, e->negated ? "1" : "0");
	out_char(o, '\t');
	if (e->location >= 0) {
		const ev_mention *m = &d->mentions[e->location];
		tsv_str(o, d->body + m->start, m->end - m->start);
	}
	out_char(o, '\t');
	if (e->amount >= 0 && d->mentions[e->amount].value == d->mentions[e->amount].value) {
		char buf[64];
		snprintf(buf, sizeof buf, "%.15g", d->mentions[e->amount].value);
		out_cstr(o, buf);
	}
	out_char(o, '\t');
	tsv_str(o, d->body + e->verb_start, e->verb_end - e->verb_start);
	out_char(o, '\n');
}

void events_header(outbuf *o, ev_event_format f)
{
	if (f == EV_OUT_TSV)
		out_cstr(o, "doc\tsentence\tdate\tsource\tsource_text\tcameo\ttarget\ttarget_text\t"
		            "plover\tmood\tnegated\tlocation\tamount\tverb\n");
	else if (f == EV_OUT_ICEWS)
		events_header_icews(o);
}

void events_print(outbuf *o, ev_event_format f, const ev_doc *d, const ev_event *e, long long id)
{
	switch (f) {
	case EV_OUT_JSONL:
		print_jsonl(o, d, e);
		break;
	case EV_OUT_TSV:
		print_tsv(o, d, e);
		break;
	case EV_OUT_GDELT:
		events_print_gdelt(o, d, e, id, NULL);
		break;
	case EV_OUT_ICEWS:
		events_print_icews(o, d, e, id);
		break;
	}
}
