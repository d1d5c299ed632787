/*
 * fuzz_dict.c - libFuzzer target for the dictionary parsers (the project's
 * .dict format, TABARI and Phoenix actors, agents): any bytes in, then the
 * compiled matcher run on a small text.  The first byte picks the format.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "eventline.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const ev_dict_format formats[] = {EV_DICT_NATIVE, EV_DICT_TABARI, EV_DICT_AGENTS,
	                                         EV_DICT_AUTO};
	if (size < 1)
		return 0;
	ev_dict *d;
	if (ev_dict_new(&d) != EV_OK)
		return 0;
	ev_dict_load_buffer(d, "fuzz.dict", (const char *)data + 1, size - 1, formats[data[0] & 3],
	                    NULL, NULL);
	if (ev_dict_compile(d) == EV_OK) {
		static const char text[] = "Chinese Vice Premier Liu He met US officials in Beijing; "
		                           "the ARGENTINE PRESIDENT said Gore and Xi'an's mayor agreed.";
		ev_doc *doc;
		if (ev_doc_new("t", text, sizeof text - 1, &doc) == EV_OK) {
			if (ev_actors_tag(doc, d) == EV_OK)
				for (size_t i = 0; i < doc->nmentions; i++)
					if (doc->mentions[i].end > doc->len)
						abort();
			ev_doc_free(doc);
		}
	}
	ev_dict_free(d);
	return 0;
}
