/*
 * fuzz_tokenize.c - libFuzzer target for the tokenizer and sentence splitter:
 * any bytes in, and the invariants every later stage relies on checked.
 */
#include <stdint.h>
#include <stdlib.h>
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
	ev_doc_free(d);
	return 0;
}
