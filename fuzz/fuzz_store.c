/*
 * fuzz_store.c - libFuzzer target for the event database: any text is coded
 * and stored (with a second document from its first half, to merge), and the
 * counts the merge keeps must agree with the stored reports.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>
#include "eventline.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static ev_dict *dict;
static ev_verbs *verbs;

static ev_doc *coded(const char *id, const uint8_t *data, size_t size, const char *dct)
{
	ev_doc *d;
	if (ev_doc_new(id, (const char *)data, size, &d) != EV_OK)
		return NULL;
	if (dct)
		memcpy(d->dct, dct, 11);
	if (ev_timex_tag(d) != EV_OK || ev_actors_tag(d, dict) != EV_OK ||
	    ev_events_code(d, verbs) != EV_OK) {
		ev_doc_free(d);
		return NULL;
	}
	return d;
}

/* A query whose one integer answer must be 0. */
static void must_be_zero(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		abort();
	if (sqlite3_step(st) != SQLITE_ROW || sqlite3_column_int64(st, 0) != 0)
		abort();
	sqlite3_finalize(st);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!dict && (ev_dict_new(&dict) != EV_OK || ev_dict_load_defaults(dict, NULL, NULL) != EV_OK ||
	              ev_dict_compile(dict) != EV_OK))
		abort();
	if (!verbs && (ev_verbs_new(&verbs) != EV_OK ||
	               ev_verbs_load_defaults(verbs, NULL, NULL) != EV_OK ||
	               ev_verbs_compile(verbs) != EV_OK))
		abort();
	ev_store *s;
	if (ev_store_open(":memory:", EV_STORE_WRITE, &s, NULL) != EV_OK)
		abort();
	if (size > 0)
		ev_store_set_window(s, data[0] % 4);
	const char *dct = size > 0 && (data[0] & 4) ? "2019-01-18" : NULL;
	ev_doc *a = coded("a", data, size, dct);
	ev_doc *b = coded("b", data, size / 2, "2019-01-19");
	int added;
	if (a) {
		if (ev_store_add(s, a, &added, NULL) != EV_OK || !added)
			abort();
		/* the same text again is left alone */
		if (ev_store_add(s, a, &added, NULL) != EV_OK || added)
			abort();
	}
	if (b && ev_store_add(s, b, &added, NULL) != EV_OK)
		abort();
	if (ev_store_commit(s) != EV_OK)
		abort();
	sqlite3 *db = ev_store_db(s);
	must_be_zero(db, "SELECT count(*) FROM events e WHERE num_mentions !="
	                 " (SELECT count(*) FROM event_mentions m WHERE m.event_id = e.id)"
	                 " OR num_articles != (SELECT count(DISTINCT doc_id) FROM event_mentions m"
	                 "   WHERE m.event_id = e.id)"
	                 " OR num_sources > num_articles OR num_sources < 1"
	                 " OR best_mention NOT IN (SELECT id FROM event_mentions m WHERE m.event_id = e.id)"
	                 " OR (day_lo IS NOT NULL AND day_hi < day_lo)");
	must_be_zero(db, "SELECT count(*) FROM event_mentions m WHERE sentence_id NOT IN"
	                 " (SELECT id FROM sentences s WHERE s.doc_id = m.doc_id)");
	ev_store_close(s);
	ev_doc_free(a);
	ev_doc_free(b);
	return 0;
}
