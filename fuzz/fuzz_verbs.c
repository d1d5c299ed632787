/*
 * fuzz_verbs.c - libFuzzer target for the verb-pattern loaders (the project's
 * syntax, TABARI, PETRARCH): any bytes in, then the compiled patterns run by
 * the coder over a small text.  The first byte picks the dialect.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "eventline.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const ev_verbs_format formats[] = {EV_VERBS_NATIVE, EV_VERBS_TABARI,
	                                          EV_VERBS_PETRARCH, EV_VERBS_AUTO};
	static ev_dict *dict;
	if (size < 1)
		return 0;
	if (!dict) {
		/* the default actors, loaded once: the target is the verb loader */
		if (ev_dict_new(&dict) != EV_OK || ev_dict_load_defaults(dict, NULL, NULL) != EV_OK ||
		    ev_dict_compile(dict) != EV_OK)
			abort();
	}
	ev_verbs *v;
	if (ev_verbs_new(&v) != EV_OK)
		return 0;
	ev_verbs_allow_unknown_codes(v, data[0] & 4);
	ev_verbs_load_buffer(v, "fuzz.verbs", (const char *)data + 1, size - 1, formats[data[0] & 3],
	                     NULL, NULL);
	if (ev_verbs_compile(v) == EV_OK) {
		static const char text[] =
			"Chinese Vice Premier Liu He will visit the US on Jan. 30, and Washington raised "
			"tariffs on $200 billion of Chinese goods. Japan and South Korea did not accuse "
			"China, the ministry said. Beijing's retaliation was invited by Russia.";
		ev_doc *doc;
		if (ev_doc_new("t", text, sizeof text - 1, &doc) == EV_OK) {
			strcpy(doc->dct, "2019-01-18");
			if (ev_timex_tag(doc) == EV_OK && ev_actors_tag(doc, dict) == EV_OK &&
			    ev_events_code(doc, v) == EV_OK) {
				for (size_t i = 0; i < doc->nevents; i++) {
					const ev_event *e = &doc->events[i];
					if (e->verb_end > doc->len || e->verb_start > e->verb_end ||
					    (e->source >= 0 && (size_t)e->source >= doc->nmentions) ||
					    (e->target >= 0 && (size_t)e->target >= doc->nmentions) || !e->cameo)
						abort();
				}
			}
			ev_doc_free(doc);
		}
	}
	ev_verbs_free(v);
	return 0;
}
