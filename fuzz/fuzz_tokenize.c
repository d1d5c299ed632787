/*
 * fuzz_tokenize.c - libFuzzer target for the tokenizer, sentence splitter and
 * temporal tagger: any bytes in, and the invariants later stages rely on checked.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "eventline.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	ev_doc *d;
	if (ev_doc_new("fuzz", (const char *)data, size, &d) != EV_OK)
		return 0;
	if (ev_split_sentences(d) != EV_OK) {
		ev_doc_free(d);
		return 0;
	}
	uint32_t prev_end = 0;
	for (size_t i = 0; i < d->ntokens; i++) {
		const ev_token *t = &d->tokens[i];
		/* in bounds, non-empty, in order, not overlapping */
		if (t->start >= t->end || t->end > d->len || t->start < prev_end)
			abort();
		/* a token never starts or ends inside a UTF-8 sequence */
		if (((unsigned char)d->body[t->start] & 0xC0) == 0x80 ||
		    (t->end < d->len && ((unsigned char)d->body[t->end] & 0xC0) == 0x80))
			abort();
		prev_end = t->end;
	}
	/* sentences tile the tokens */
	uint32_t next = 0;
	for (size_t i = 0; i < d->nsents; i++) {
		const ev_sentence *s = &d->sents[i];
		if (s->tok_begin != next || s->tok_end <= s->tok_begin || s->tok_end > d->ntokens)
			abort();
		if (s->start != d->tokens[s->tok_begin].start || s->end != d->tokens[s->tok_end - 1].end)
			abort();
		next = s->tok_end;
	}
	if (next != d->ntokens)
		abort();
	/* temporal expressions: with and without a document date */
	if (size > 0 && (data[0] & 1))
		memcpy(d->dct, "2019-01-18", 11);
	if (ev_timex_tag(d) == EV_OK) {
		for (size_t i = 0; i < d->ntimexes; i++) {
			const ev_timex *x = &d->timexes[i];
			if (x->start >= x->end || x->end > d->len || x->tok_end > d->ntokens ||
			    x->tok_begin >= x->tok_end || !memchr(x->value, 0, sizeof x->value))
				abort();
			if (i > 0 && x->start < d->timexes[i - 1].end)
				abort();
		}
	}
	/* actors with the default dictionaries, compiled once for the whole run */
	static ev_dict *dict;
	if (!dict && ev_dict_new(&dict) == EV_OK &&
	    (ev_dict_load_defaults(dict, NULL, NULL) != EV_OK || ev_dict_compile(dict) != EV_OK)) {
		ev_dict_free(dict);
		dict = NULL;
	}
	if (dict && ev_actors_tag(d, dict) == EV_OK) {
		for (size_t i = 0; i < d->nmentions; i++) {
			const ev_mention *m = &d->mentions[i];
			if (m->start >= m->end || m->end > d->len || m->tok_end > d->ntokens ||
			    (m->entity >= 0 && (size_t)m->entity >= d->nentities))
				abort();
		}
		/* and the events, with the default verb patterns */
		static ev_verbs *verbs;
		if (!verbs && ev_verbs_new(&verbs) == EV_OK &&
		    (ev_verbs_load_defaults(verbs, NULL, NULL) != EV_OK ||
		     ev_verbs_compile(verbs) != EV_OK)) {
			ev_verbs_free(verbs);
			verbs = NULL;
		}
		if (verbs && ev_events_code(d, verbs) == EV_OK) {
			for (size_t i = 0; i < d->nevents; i++) {
				const ev_event *e = &d->events[i];
				if (e->verb_end > d->len || e->verb_start >= e->verb_end ||
				    e->sentence >= d->nsents ||
				    (e->source >= 0 && (size_t)e->source >= d->nmentions) ||
				    (e->target >= 0 && (size_t)e->target >= d->nmentions) ||
				    (e->timex >= 0 && (size_t)e->timex >= d->ntimexes))
					abort();
			}
		}
	}
	ev_dct_guess g;
	d->dct[0] = '\0';
	if (ev_dct_infer(d, &g) == EV_OK && g.date[0] && !ev_date_valid(g.date, strlen(g.date)))
		abort();
	ev_doc_free(d);
	return 0;
}
