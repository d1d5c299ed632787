/*
 * test_core.c - arena, UTF-8 and date checks.
 */
#include <stdint.h>
#include <stdlib.h>
#include "arena.h"
#include "datecalc.h"
#include "eventline.h"
#include "unit.h"
#include "utf8.h"
#include "timex.h"

void test_arena(void)
{
	ev_arena *a = arena_new();
	CHECK(a != NULL);
	char *p = arena_alloc(a, 3);
	CHECK(((uintptr_t)p & 15) == 0);
	int *v = arena_alloc(a, 4 * sizeof(int));
	for (int i = 0; i < 4; i++)
		v[i] = i;
	int *w = arena_grow(a, v, 4 * sizeof(int), 64 * sizeof(int));
	CHECK(w == v);   /* the latest allocation grows in place */
	CHECK(w[3] == 3);
	int *big = arena_grow(a, w, 64 * sizeof(int), 1000000 * sizeof(int));
	CHECK(big != NULL && big[2] == 2);
	big[999999] = 7;
	char *s = arena_strndup(a, "hello world", 5);
	CHECK_STR(s, "hello");
	for (int i = 0; i < 10000; i++)
		CHECK(arena_alloc(a, 100) != NULL);
	CHECK(!a->oom);
	arena_free(a);
}

void test_utf8(void)
{
	int len;
	CHECK(utf8_decode((const unsigned char *)"\xE5\x8A\x89", 3, &len) == 0x5289 && len == 3);
	CHECK(utf8_decode((const unsigned char *)"\xE5\x8A", 2, &len) == 0xFFFD && len == 1);
	CHECK(utf8_decode((const unsigned char *)"\xC0\xAF", 2, &len) == 0xFFFD);   /* overlong */
	CHECK(utf8_decode((const unsigned char *)"\xED\xA0\x80", 3, &len) == 0xFFFD); /* surrogate */
	CHECK(utf8_decode((const unsigned char *)"\xF0\x9F\x98\x80", 4, &len) == 0x1F600 && len == 4);
	CHECK(utf8_valid_prefix((const unsigned char *)"abc\xFF" "d", 5) == 3);
	CHECK(utf8_valid_prefix((const unsigned char *)"caf\xC3\xA9", 5) == 5);
	size_t n, first, bad;
	char *r = utf8_repair("a\xFF" "b\xC3", 4, &n, &first, &bad);
	CHECK_STR(r, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
	CHECK(first == 1 && bad == 2 && n == 8);
	free(r);
	CHECK(utf8_class(0x5289) & CC_CJK);
	CHECK(utf8_class('A') & CC_UPPER);
	CHECK(utf8_class(0xC9) & CC_UPPER);          /* É */
	CHECK(utf8_class(0x2014) & CC_PUNCT);        /* em dash */
	CHECK(utf8_class(0x20AC) & CC_SYMBOL);       /* euro */
	CHECK(utf8_class(0xA0) & CC_SPACE);          /* no-break space */
}

void test_dates(void)
{
	CHECK(ev_date_valid("2019-01-18", 10));
	CHECK(ev_date_valid("2020-02-29", 10));
	CHECK(!ev_date_valid("2019-02-29", 10));
	CHECK(ev_date_valid("2000-02-29", 10));
	CHECK(!ev_date_valid("1900-02-29", 10));
	CHECK(!ev_date_valid("2019-13-01", 10));
	CHECK(!ev_date_valid("2019-1-18", 9));
	CHECK(!ev_date_valid("2019/01/18", 10));
	CHECK(!ev_date_valid("2019-04-31", 10));
}

void test_datecalc(void)
{
	CHECK(date_days(1970, 1, 1) == 0);
	CHECK(date_days(2019, 1, 18) == 17914);
	int y, m, d;
	date_civil(17914, &y, &m, &d);
	CHECK(y == 2019 && m == 1 && d == 18);
	date_civil(date_days(2000, 2, 29) + 1, &y, &m, &d);
	CHECK(y == 2000 && m == 3 && d == 1);
	date_civil(date_days(1600, 3, 1) - 1, &y, &m, &d);
	CHECK(y == 1600 && m == 2 && d == 29);
	CHECK(date_weekday(date_days(2019, 9, 5)) == 4);    /* a Thursday */
	CHECK(date_weekday(date_days(1970, 1, 1)) == 4);
	CHECK(date_weekday(date_days(1969, 12, 29)) == 1);  /* before the epoch */
	int wy, wk;
	date_iso_week(date_days(2019, 1, 18), &wy, &wk);
	CHECK(wy == 2019 && wk == 3);
	date_iso_week(date_days(2019, 12, 30), &wy, &wk);  /* week 1 of 2020 */
	CHECK(wy == 2020 && wk == 1);
	date_iso_week(date_days(2021, 1, 3), &wy, &wk);    /* week 53 of 2020 */
	CHECK(wy == 2020 && wk == 53);
	/* every day of four centuries round-trips */
	for (long z = date_days(1800, 1, 1); z < date_days(2200, 1, 1); z++) {
		date_civil(z, &y, &m, &d);
		if (date_days(y, m, d) != z) {
			CHECK(date_days(y, m, d) == z);
			break;
		}
	}
	CHECK(timex_lexicon_sorted());
}
