/*
 * fuzz_reader.c - libFuzzer target for the readers: plain text with headers,
 * JSON Lines, TimeML and gzip, followed by tokenizing and splitting.
 * The first byte picks the format and name, the rest is the input.
 */
#include <stdint.h>
#include <stdlib.h>
#include "eventline.h"

static void ignore(void *ud, const ev_error *e)
{
	(void)ud;
	(void)e;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *names[] = {"a.txt", "a.jsonl", "a.tml", "a.txt.gz", "a.jsonl.gz", "stdin",
	                              "a.tml.gz", "a"};
	static const ev_format formats[] = {EV_FORMAT_AUTO, EV_FORMAT_TEXT, EV_FORMAT_JSONL,
	                                    EV_FORMAT_TIMEML};
	if (size < 1)
		return 0;
	ev_reader_options o = {0};
	o.diag = ignore;
	o.max_doc_bytes = 1 << 20;
	if (data[0] & 0x80)
		o.dct = "2019-01-18";
	ev_reader *r;
	if (ev_reader_new(&o, &r) != EV_OK)
		return 0;
	ev_reader_add_buffer(r, names[data[0] & 7], data + 1, size - 1, formats[(data[0] >> 3) & 3]);
	ev_doc *d;
	while (ev_reader_next(r, &d) == EV_OK) {
		if (ev_split_sentences(d) == EV_OK) {
			for (size_t i = 0; i < d->ntokens; i++)
				if (d->tokens[i].end > d->len || d->tokens[i].start >= d->tokens[i].end)
					abort();
			if (ev_timex_tag(d) == EV_OK)
				for (size_t i = 0; i < d->ntimexes; i++)
					if (d->timexes[i].end > d->len)
						abort();
		}
		ev_doc_free(d);
	}
	ev_reader_free(r);
	return 0;
}
