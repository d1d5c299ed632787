/*
 * test_text.c - tokenizer, sentence splitter, readers and TimeML.
 */
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include "eventline.h"
#include "unit.h"

/* Token texts of s joined by '|'. */
static char *toks(const char *s)
{
	static char out[4096];
	ev_doc *d;
	out[0] = '\0';
	if (ev_doc_new("t", s, strlen(s), &d) != EV_OK || ev_tokenize(d) != EV_OK)
		return out;
	size_t o = 0;
	for (size_t i = 0; i < d->ntokens && o < sizeof out - 200; i++) {
		if (i)
			out[o++] = '|';
		size_t n = d->tokens[i].end - d->tokens[i].start;
		memcpy(out + o, d->body + d->tokens[i].start, n);
		o += n;
	}
	out[o] = '\0';
	ev_doc_free(d);
	return out;
}

/* Sentence texts of s joined by " || ". */
static char *sents(const char *s)
{
	static char out[4096];
	ev_doc *d;
	out[0] = '\0';
	if (ev_doc_new("t", s, strlen(s), &d) != EV_OK || ev_split_sentences(d) != EV_OK)
		return out;
	size_t o = 0;
	for (size_t i = 0; i < d->nsents && o < sizeof out - 400; i++) {
		if (i) {
			memcpy(out + o, " || ", 4);
			o += 4;
		}
		size_t n = d->sents[i].end - d->sents[i].start;
		memcpy(out + o, d->body + d->sents[i].start, n);
		o += n;
	}
	out[o] = '\0';
	ev_doc_free(d);
	return out;
}

void test_tokens(void)
{
	CHECK_STR(toks("US$75 billion"), "US$|75|billion");
	CHECK_STR(toks("half-a-trillion dollars"), "half-a-trillion|dollars");
	CHECK_STR(toks("the 13th round, 49.1 and 1,000,000"), "the|13th|round|,|49.1|and|1,000,000");
	CHECK_STR(toks("Jan. 30 in the U.S."), "Jan.|30|in|the|U.S.");
	CHECK_STR(toks("China’s “mini-state council”"), "China|’s|“|mini-state|council|”");
	CHECK_STR(toks("don't stop"), "do|n't|stop");
	CHECK_STR(toks("O'Brien said"), "O'Brien|said");
	CHECK_STR(toks("Liu He (劉鶴) will"), "Liu|He|(|劉鶴|)|will");
	CHECK_STR(toks("talks — soon"), "talks|—|soon");
	CHECK_STR(toks("see https://example.org/a?b=1."), "see|https://example.org/a?b=1|.");
	CHECK_STR(toks("mail press@example.org now"), "mail|press@example.org|now");
	CHECK_STR(toks("on 1/30/2019 at 3:30 p.m."), "on|1/30/2019|at|3:30|p.m.");
	CHECK_STR(toks("2019-01-30"), "2019-01-30");
	CHECK_STR(toks("AT&T and S&P"), "AT&T|and|S&P");
	CHECK_STR(toks("Wait... what?!"), "Wait|...|what|?!");
	CHECK_STR(toks("a 25% rise"), "a|25|%|rise");
	CHECK_STR(toks("J. K. Rowling"), "J.|K.|Rowling");
	CHECK_STR(toks("No. 2 seed"), "No.|2|seed");
	CHECK_STR(toks("no. It"), "no|.|It");
	CHECK_STR(toks("€1.5bn"), "€|1.5bn");
	CHECK_STR(toks("Zürich café"), "Zürich|café");
	CHECK_STR(toks("a\xFF" "b"), "a|\xEF\xBF\xBD|b");   /* repaired on the way in */

	/* offsets and flags */
	ev_doc *d;
	ev_doc_new("t", "A  b\n\nC", 7, &d);
	ev_tokenize(d);
	CHECK(d->ntokens == 3);
	CHECK(d->tokens[1].start == 3 && d->tokens[1].end == 4);
	CHECK(d->tokens[0].flags & EV_TF_CAP);
	CHECK(d->tokens[2].flags & EV_TF_PARA_BEFORE);
	CHECK(!(d->tokens[1].flags & EV_TF_NEWLINE_BEFORE));
	ev_doc_free(d);
}

void test_sentences(void)
{
	CHECK_STR(sents("Liu will visit the U.S. on Jan. 30. Talks resume."),
	          "Liu will visit the U.S. on Jan. 30. || Talks resume.");
	CHECK_STR(sents("He lives in the U.S. The talks failed."),
	          "He lives in the U.S. || The talks failed.");
	CHECK_STR(sents("U.S. President Donald Trump spoke. Mr. Xi replied."),
	          "U.S. President Donald Trump spoke. || Mr. Xi replied.");
	CHECK_STR(sents("“Is it over?” he asked. “No.”"), "“Is it over?” he asked. || “No.”");
	CHECK_STR(sents("“It is over.” Gao said so."), "“It is over.” || Gao said so.");
	CHECK_STR(sents("Growth was 6.6 per cent. Exports fell."),
	          "Growth was 6.6 per cent. || Exports fell.");
	CHECK_STR(sents("Huawei Technologies Co. Ltd. denied it."), "Huawei Technologies Co. Ltd. denied it.");
	CHECK_STR(sents("Trade talks resume\n\nBeijing agreed."), "Trade talks resume || Beijing agreed.");
	CHECK_STR(sents("The delegation met.\nPhotos: Weibo"), "The delegation met. || Photos: Weibo");
	CHECK_STR(sents("Wait... What happened?"), "Wait... || What happened?");
	CHECK_STR(sents("Dr. J. Smith arrived at 5 p.m. on Friday."), "Dr. J. Smith arrived at 5 p.m. on Friday.");
	CHECK_STR(sents("Prices rose (by 5%). Then they fell."), "Prices rose (by 5%). || Then they fell.");
	CHECK_STR(sents(""), "");
	/* hard-wrapped wire copy: line breaks inside sentences are spaces */
	CHECK_STR(sents("The company said its first quarter profit rose sharply on\n"
	                "higher sales of its products in Europe and the United\n"
	                "States, and it expects more growth in the second half.\n"),
	          "The company said its first quarter profit rose sharply on\n"
	          "higher sales of its products in Europe and the United\n"
	          "States, and it expects more growth in the second half.");
	/* an over-long run without punctuation is cut, not kept whole */
	size_t n = 3000;
	char *big = malloc(n * 2 + 1);
	for (size_t i = 0; i < n; i++)
		big[2 * i] = 'a', big[2 * i + 1] = ' ';
	big[2 * n] = '\0';
	ev_doc *d;
	ev_doc_new("t", big, strlen(big), &d);
	ev_split_sentences(d);
	CHECK(d->nsents >= 7 && d->nsents <= 9);
	CHECK(d->sents[d->nsents - 1].tok_end == d->ntokens);
	ev_doc_free(d);
	free(big);
}

typedef struct diags {
	int warnings, errors;
	char last[1200];
} diags;

static void collect(void *ud, const ev_error *e)
{
	diags *g = ud;
	if (e->severity == EV_WARNING)
		g->warnings++;
	else
		g->errors++;
	snprintf(g->last, sizeof g->last, "%s:%ld: %s", e->file, e->line, e->msg);
}

/* Read one buffer; returns the number of documents, the first kept in *first. */
static int read_buf(const char *name, const void *data, size_t len, diags *g, ev_doc **first)
{
	ev_reader_options o = {0};
	o.diag = collect;
	o.diag_ud = g;
	o.dct = "2000-01-01";
	ev_reader *r;
	memset(g, 0, sizeof *g);
	if (ev_reader_new(&o, &r) != EV_OK)
		return -1;
	ev_reader_add_buffer(r, name, data, len, EV_FORMAT_AUTO);
	int n = 0;
	ev_doc *d;
	*first = NULL;
	while (ev_reader_next(r, &d) == EV_OK) {
		if (n++ == 0)
			*first = d;
		else
			ev_doc_free(d);
	}
	ev_reader_free(r);
	return n;
}

void test_reader(void)
{
	diags g;
	ev_doc *d;
	const char *t1 = " date 2019-01-18 Bloomberg\n\nChina’s negotiator is headed back.\n";
	CHECK(read_buf("a/b/004_x.txt", t1, strlen(t1), &g, &d) == 1);
	CHECK_STR(d->id, "004_x");
	CHECK_STR(d->dct, "2019-01-18");
	CHECK_STR(d->source, "Bloomberg");
	CHECK_STR(d->body, "China’s negotiator is headed back.\n");
	ev_doc_free(d);

	const char *t2 = "Date: 2019-05-13\nTitle: Beijing hits back\nSource: Wire\n\nBody text.";
	CHECK(read_buf("x.txt", t2, strlen(t2), &g, &d) == 1);
	CHECK_STR(d->dct, "2019-05-13");
	CHECK_STR(d->title, "Beijing hits back");
	CHECK_STR(d->body, "Body text.");
	ev_doc_free(d);

	/* no header: body is the bytes exactly, the --dct date applies */
	const char *t3 = "Title of a thing\nwithout blank line";
	CHECK(read_buf("x.txt", t3, strlen(t3), &g, &d) == 1);
	CHECK_STR(d->body, t3);
	CHECK_STR(d->dct, "2000-01-01");
	ev_doc_free(d);

	const char *j = "{\"id\":\"a\",\"date\":\"2019-09-05\",\"text\":\"One.\"}\n"
	                "{\"id\":\"b\", bad json}\n"
	                "\n"
	                "[1,2]\n"
	                "{\"id\":7,\"text\":\"Seven \\u00e9.\"}\n"
	                "{\"title\":\"no text\"}\n"
	                "{\"text\":\"last, no newline\",\"date\":\"May 5\"}";
	CHECK(read_buf("n.jsonl", j, strlen(j), &g, &d) == 3);
	CHECK_STR(d->id, "a");
	CHECK_STR(d->dct, "2019-09-05");
	CHECK_STR(d->body, "One.");
	CHECK(g.errors == 3 && g.warnings == 1);
	ev_doc_free(d);

	/* invalid UTF-8 in JSON is repaired and reported */
	const char *j2 = "{\"id\":\"u\",\"text\":\"caf\xE9 au lait\"}\n";
	CHECK(read_buf("u.jsonl", j2, strlen(j2), &g, &d) == 1);
	CHECK_STR(d->body, "caf\xEF\xBF\xBD au lait");
	CHECK(g.warnings == 1);
	ev_doc_free(d);

	/* sniffed as JSON Lines without an extension */
	CHECK(read_buf("stdin", j, strlen(j), &g, &d) == 3);
	ev_doc_free(d);

	/* binary data is refused, not read */
	unsigned char bin[256];
	for (int i = 0; i < 256; i++)
		bin[i] = (unsigned char)i;
	CHECK(read_buf("x.bin", bin, sizeof bin, &g, &d) == 0);
	CHECK(g.errors == 1 && strstr(g.last, "binary") != NULL);

	/* gzip-compressed buffers */
	unsigned char gz[512];
	z_stream zs = {0};
	deflateInit2(&zs, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY);
	zs.next_in = (unsigned char *)t1;
	zs.avail_in = (unsigned)strlen(t1);
	zs.next_out = gz;
	zs.avail_out = sizeof gz;
	deflate(&zs, Z_FINISH);
	size_t gzlen = sizeof gz - zs.avail_out;
	deflateEnd(&zs);
	CHECK(read_buf("a.txt.gz", gz, gzlen, &g, &d) == 1);
	CHECK_STR(d->id, "a");
	CHECK_STR(d->dct, "2019-01-18");
	ev_doc_free(d);
	/* truncated gzip: reported, nothing crashes */
	CHECK(read_buf("a.txt.gz", gz, gzlen / 2, &g, &d) == 0);
	CHECK(g.errors == 1);

	/* NUL bytes in text are replaced and reported */
	char nul[300];
	memset(nul, 'a', sizeof nul);
	nul[100] = '\0';
	CHECK(read_buf("z.txt", nul, sizeof nul, &g, &d) == 1);
	CHECK(d && d->len == sizeof nul && d->body[100] == ' ');
	CHECK(g.warnings == 1);
	ev_doc_free(d);

	/* an empty file is reported, gives no document */
	CHECK(read_buf("e.txt", "", 0, &g, &d) == 0);
	CHECK(g.warnings == 1);
}

void test_timeml(void)
{
	const char *t =
	    "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>x</DOCID>\n"
	    "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\">January 8, 1998</TIMEX3></DCT>\n"
	    "<TEXT>Prices rose <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">yesterday</TIMEX3>"
	    " &amp; fell <EVENT eid=\"e1\">today</EVENT>.</TEXT>\n</TimeML>\n";
	diags g;
	ev_doc *d;
	CHECK(read_buf("doc1.tml", t, strlen(t), &g, &d) == 1);
	if (!d)
		return;
	CHECK_STR(d->dct, "1998-01-08");
	CHECK_STR(d->body, "Prices rose yesterday & fell today.");
	CHECK(d->nmarkup == 2);
	CHECK_STR(d->markup[0].tag, "TIMEX3");
	CHECK(d->markup[0].start == 12 && d->markup[0].end == 21);
	CHECK(strstr(d->markup[0].attrs, "value=\"1998-01-07\"") != NULL);
	ev_doc_free(d);
	const char *bad = "<TimeML><DCT></DCT>no text here</TimeML>";
	CHECK(read_buf("bad.tml", bad, strlen(bad), &g, &d) == 0);
	CHECK(g.errors == 1 && strstr(g.last, "TEXT") != NULL);
}
