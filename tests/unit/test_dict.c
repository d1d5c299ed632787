/*
 * test_dict.c - dictionary loading (all formats), dated codes and matching.
 */
#include <string.h>
#include "dict.h"
#include "hash.h"
#include "eventline.h"
#include "unit.h"

static int errors;

static void count(void *ud, const ev_error *e)
{
	(void)ud;
	(void)e;
	errors++;
}

/* The code matched at the start of text (NULL if none) and the match length. */
static const char *code_at(const ev_dict *d, const char *text, int32_t date, size_t *len)
{
	static char buf[32];
	ev_doc *doc;
	*len = 0;
	if (ev_doc_new("t", text, strlen(text), &doc) != EV_OK || ev_split_sentences(doc) != EV_OK)
		return NULL;
	char lc[256];
	for (size_t i = 0; i <= doc->len && i < sizeof lc; i++)
		lc[i] = (char)(doc->body[i] >= 'A' && doc->body[i] <= 'Z' ? doc->body[i] + 32 : doc->body[i]);
	const dict_entry *e;
	*len = dict_match(d, doc, lc, 0, doc->ntokens, &e);
	const char *c = *len ? dict_code_at(d, e, date) : NULL;
	snprintf(buf, sizeof buf, "%s", c ? c : "");
	ev_doc_free(doc);
	return c ? buf : NULL;
}

/* ev_whash_token reads a short token as two words and finds its first hyphen in them:
 * it must give what ev_whash gives on the same bytes, at every length and hyphen place. */
static void check_whash_token(void)
{
	char buf[64];
	memset(buf, 'x', sizeof buf);
	int bad = 0;
	for (size_t n = 0; n <= 24; n++) {
		for (size_t hy = 0; hy <= n; hy++) {
			for (size_t i = 0; i < n; i++)
				buf[i] = (char)('a' + (i * 7 + n) % 26);
			if (hy < n)
				buf[hy] = '-';
			if (hy + 2 < n)
				buf[hy + 2] = '-';   /* a second hyphen changes nothing */
			for (int wide = 0; wide < 2; wide++) {
				uint32_t head = 0;
				uint32_t full = ev_whash_token(buf, n, wide ? sizeof buf : n, &head);
				size_t p = hy < n ? hy : n;
				bad += full != ev_whash(buf, n) || head != ev_whash(buf, p);
			}
		}
	}
	CHECK(bad == 0);
	/* the bytes after the token do not count, nor a hyphen among them */
	uint32_t head;
	memcpy(buf, "said-year", 10);
	CHECK(ev_whash_token(buf, 4, sizeof buf, &head) == ev_whash("said", 4) &&
	      head == ev_whash("said", 4));
}

void test_dict(void)
{
	check_whash_token();
	ev_dict *d;
	CHECK(ev_dict_new(&d) == EV_OK);
	const char *native =
	    "# a comment\n"
	    "Liu He | 刘鹤\tCHNGOV [20180319-20230312]; CHNELI\ttype=PER id=liu_he country=CHN\n"
	    "United States | US | U.S.\tUSA\ttype=GPE kind=country\n"
	    "vice premier\tGOV\ttype=ROLE\n"
	    "bad line without tabs\n"
	    "Nowhere\tXYZ [20200101-20190101]\ttype=GPE\n";
	errors = 0;
	CHECK(ev_dict_load_buffer(d, "t.dict", native, strlen(native), EV_DICT_AUTO, count, NULL) ==
	      EV_OK);
	CHECK(errors == 2);
	const char *tabari = "ARGENTIN  [ARG]\nAL_GORE_  [USAGOV 930120-010120] [USAELI]\n"
	                     "XI_JINPING\n+PRESIDENT_XI\n\t[CHNGOV >20121115]\n";
	CHECK(ev_dict_load_buffer(d, "t.actors", tabari, strlen(tabari), EV_DICT_AUTO, count, NULL) ==
	      EV_OK);
	CHECK(ev_dict_entries(d) == 6);
	CHECK(ev_dict_compile(d) == EV_OK);
	size_t n;
	CHECK_STR(code_at(d, "Liu He said", 20190118, &n), "CHNGOV");
	CHECK(n == 2);
	CHECK_STR(code_at(d, "Liu He said", 20240101, &n), "CHNELI");
	CHECK_STR(code_at(d, "刘鹤 said", 20190118, &n), "CHNGOV");
	CHECK_STR(code_at(d, "The United States said", 0, &n) ? "x" : "", "");   /* not at token 0 */
	CHECK_STR(code_at(d, "United States officials", 0, &n), "USA");
	CHECK(n == 2);
	CHECK_STR(code_at(d, "US officials", 0, &n), "USA");
	CHECK(code_at(d, "us officials", 0, &n) == NULL);          /* acronyms match in capitals */
	CHECK_STR(code_at(d, "U.S. officials", 0, &n), "USA");
	CHECK_STR(code_at(d, "Argentina won", 0, &n), "ARG");     /* a TABARI stem */
	CHECK_STR(code_at(d, "Al Gore spoke", 19990101, &n), "USAGOV");
	CHECK_STR(code_at(d, "Al Gore spoke", 20050101, &n), "USAELI");
	CHECK(code_at(d, "Al Goreb spoke", 19990101, &n) == NULL); /* "_" ends a whole word */
	/* but for its regular noun ending in -s, as TABARI reads its actors */
	CHECK_STR(code_at(d, "Al Gores spoke", 19990101, &n), "USAGOV");
	CHECK_STR(code_at(d, "President Xi spoke", 20150101, &n), "CHNGOV");
	ev_dict_free(d);

	/* agents with macros; the defaults load without a bad line */
	CHECK(ev_dict_new(&d) == EV_OK);
	const char *agents = "!PERSON! = MAN, MEN\nCATTLE!PERSON! [~AGR]\n";
	errors = 0;
	CHECK(ev_dict_load_buffer(d, "x.agents", agents, strlen(agents), EV_DICT_AUTO, count, NULL) ==
	      EV_OK);
	CHECK(ev_dict_entries(d) == 1);
	CHECK(ev_dict_load_defaults(d, count, NULL) == EV_OK);
	CHECK(errors == 0);
	CHECK(ev_dict_compile(d) == EV_OK);
	CHECK_STR(code_at(d, "cattlemen protested", 0, &n), "AGR");
	ev_dict_free(d);
}
