/*
 * test_amount.c - money, percentages and quantities (src/amount.c): forms as news
 * writes them, their normalized values, modifiers and spans, and the numbers that are
 * not amounts (years, dates, times, ordinals, names, phone numbers).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "amount.h"
#include "eventline.h"
#include "unit.h"

#define MAXA 32

typedef struct found {
	ev_doc *doc;
	amount a[MAXA];
	size_t n;
} found;

static int find(const char *s, found *f)
{
	f->n = 0;
	if (ev_doc_new("t", s, strlen(s), &f->doc) != EV_OK || ev_split_sentences(f->doc) != EV_OK)
		return 0;
	f->n = amount_find(f->doc, f->a, MAXA);
	return 1;
}

/* The text of an amount's tokens, into buf. */
static const char *span(const ev_doc *d, const amount *a, char *buf, size_t cap)
{
	size_t s = d->tokens[a->b].start, e = d->tokens[a->e - 1].end;
	snprintf(buf, cap, "%.*s", (int)(e - s), d->body + s);
	return buf;
}

/* Equal within a relative tolerance; NaN (a vague amount) equals NaN. */
static int same_value(double got, double want)
{
	if (isnan(want))
		return isnan(got);
	return fabs(got - want) <= 1e-9 * fabs(want) + 1e-12;
}

static void list_found(const found *f)
{
	char buf[256];
	printf("    found %zu:", f->n);
	for (size_t i = 0; i < f->n && i < MAXA; i++)
		printf(" [%s]", span(f->doc, &f->a[i], buf, sizeof buf));
	printf("\n");
}

/* In text s, the amount whose text is want_span has these fields. */
static void expect(const char *s, const char *want_span, int kind, double value,
                   const char *currency, const char *unit, const char *mod)
{
	found f;
	char buf[256];
	int before = unit_failures;
	CHECK(find(s, &f));
	const amount *a = NULL;
	for (size_t i = 0; i < f.n && i < MAXA && !a; i++)
		if (strcmp(span(f.doc, &f.a[i], buf, sizeof buf), want_span) == 0)
			a = &f.a[i];
	CHECK(a != NULL);
	if (a) {
		CHECK(a->kind == kind);
		CHECK(same_value(a->value, value));
		CHECK_STR(a->currency, currency);
		CHECK_STR(a->unit, unit);
		CHECK_STR(a->mod, mod);
	}
	if (unit_failures != before) {
		printf("    in \"%s\" (want [%s])\n", s, want_span);
		if (a)
			printf("    got kind %d value %g\n", a->kind, a->value);
		list_found(&f);
	}
	ev_doc_free(f.doc);
}

/* Text s holds no amount at all. */
static void none(const char *s)
{
	found f;
	int before = unit_failures;
	CHECK(find(s, &f));
	CHECK(f.n == 0);
	if (unit_failures != before) {
		printf("    in \"%s\"\n", s);
		list_found(&f);
	}
	ev_doc_free(f.doc);
}

static void money(const char *s, const char *sp, double v, const char *cur)
{
	expect(s, sp, AMOUNT_MONEY, v, cur, "", "");
}

static void percent(const char *s, const char *sp, double v)
{
	expect(s, sp, AMOUNT_PERCENT, v, "", "", "");
}

static void quantity(const char *s, const char *sp, double v, const char *unit)
{
	expect(s, sp, AMOUNT_QUANTITY, v, "", unit, "");
}

void test_amount(void)
{
	CHECK(amount_table_sorted());

	/* money: symbols, scales, currency words */
	money("Tariffs on US$75 billion of goods.", "US$75 billion", 7.5e10, "USD");
	money("The U.S. taxed $200 billion of Chinese goods.", "$200 billion", 2e11, "USD");
	money("a $1.5 trillion plan", "$1.5 trillion", 1.5e12, "USD");
	money("a $300bn deficit", "$300bn", 3e11, "USD");
	money("they paid 300 billion dollars", "300 billion dollars", 3e11, "USD");
	expect("some 300 billion dollars", "some 300 billion dollars", AMOUNT_MONEY, 3e11, "USD",
	       "", "APPROX");
	money("It cost half-a-trillion dollars.", "half-a-trillion dollars", 5e11, "USD");
	expect("China bought more than half-a-trillion dollars worth of goods.",
	       "more than half-a-trillion dollars", AMOUNT_MONEY, 5e11, "USD", "", "MORE_THAN");
	money("debt of \xC2\xA5" "2 trn", "\xC2\xA5" "2 trn", 2e12, "JPY");
	money("Japan spent \xC2\xA5" "2 trillion.", "\xC2\xA5" "2 trillion", 2e12, "JPY");
	/* ¥ is the yen unless the sentence speaks of yuan */
	money("loans of \xC2\xA5" "2 trillion in yuan credit", "\xC2\xA5" "2 trillion", 2e12,
	      "CNY");
	money("new loans of 2 trillion yuan", "2 trillion yuan", 2e12, "CNY");
	money("RMB 100 million in aid", "RMB 100 million", 1e8, "CNY");
	money("RMB100bn in aid", "RMB100bn", 1e11, "CNY");
	money("a \xE2\x82\xAC" "1.5bn fine", "\xE2\x82\xAC" "1.5bn", 1.5e9, "EUR");
	money("a \xC2\xA3" "3m deal", "\xC2\xA3" "3m", 3e6, "GBP");
	money("HK$10 million", "HK$10 million", 1e7, "HKD");
	money("A$5 million", "A$5 million", 5e6, "AUD");
	money("C$6 million", "C$6 million", 6e6, "CAD");
	money("S$7 million", "S$7 million", 7e6, "SGD");
	money("NZ$8 million", "NZ$8 million", 8e6, "NZD");
	money("R$9 million", "R$9 million", 9e6, "BRL");
	money("a Rs 500 crore package", "Rs 500 crore", 5e9, "INR");
	money("a Rs 2 lakh loan", "Rs 2 lakh", 2e5, "INR");
	money("The state paid Rs. 50 lakh to them.", "Rs. 50 lakh", 5e6, "INR");
	money("5 million euros", "5 million euros", 5e6, "EUR");
	money("10 billion rupees", "10 billion rupees", 1e10, "INR");
	money("Net 5.93 mln dlrs vs 4.1 mln dlrs", "5.93 mln dlrs", 5.93e6, "USD");
	money("Net 5.93 mln dlrs vs 4.1 mln dlrs", "4.1 mln dlrs", 4.1e6, "USD");
	money("bought US$75 billion-worth of soybeans", "US$75 billion-worth", 7.5e10, "USD");
	money("5 billion Hong Kong dollars", "5 billion Hong Kong dollars", 5e9, "HKD");
	money("300 billion U.S. dollars", "300 billion U.S. dollars", 3e11, "USD");
	money("earned 80 cts a share", "80 cts", 0.8, "USD");
	money("5 million pounds", "5 million pounds", 5e6, "GBP");
	money("US $75 billion", "US $75 billion", 7.5e10, "USD");
	expect("billions of dollars", "billions of dollars", AMOUNT_MONEY, NAN, "USD", "",
	       "APPROX");
	expect("nearly $5 billion", "nearly $5 billion", AMOUNT_MONEY, 5e9, "USD", "",
	       "EQUAL_OR_LESS");
	expect("just over $1 billion", "just over $1 billion", AMOUNT_MONEY, 1e9, "USD", "",
	       "MORE_THAN");

	/* percentages */
	percent("a 25% tariff", "25%", 25);
	percent("rose 25 percent", "25 percent", 25);
	percent("rose 25 per cent", "25 per cent", 25);
	percent("rose 6.6 pct in January", "6.6 pct", 6.6);
	percent("fell -0.5% on Friday", "-0.5%", -0.5);
	percent("twenty-five percent", "twenty-five percent", 25);
	expect("at least 25% of it", "at least 25%", AMOUNT_PERCENT, 25, "", "", "EQUAL_OR_MORE");
	expect("up to 10 percent", "up to 10 percent", AMOUNT_PERCENT, 10, "", "", "EQUAL_OR_LESS");

	/* quantities: a number and its unit noun, singular, lower case */
	quantity("tariffs on 5,078 products", "5,078 products", 5078, "product");
	quantity("1 million people fled", "1 million people", 1e6, "people");
	quantity("70 people died", "70 people", 70, "people");
	quantity("sent 3,000 troops", "3,000 troops", 3000, "troop");
	quantity("155,221 bags of coffee", "155,221 bags", 155221, "bag");
	quantity("carrying 60 kilos of heroin", "60 kilos", 60, "kilo");
	quantity("70 Palestinians were killed", "70 Palestinians", 70, "palestinian");
	quantity("three people died", "three people", 3, "people");
	quantity("200 pounds of rice", "200 pounds", 200, "pound");
	quantity("up 2 percentage points", "2 percentage points", 2, "percentage point");
	quantity("5 U.S. soldiers", "5 U.S. soldiers", 5, "soldier");
	quantity("two security tools", "two security tools", 2, "tool");
	quantity("killed 1990 people", "1990 people", 1990, "people");
	expect("over 3,000 troops", "over 3,000 troops", AMOUNT_QUANTITY, 3000, "", "troop",
	       "MORE_THAN");
	expect("about 70 people", "about 70 people", AMOUNT_QUANTITY, 70, "", "people", "APPROX");
	expect("fewer than 100 people", "fewer than 100 people", AMOUNT_QUANTITY, 100, "",
	       "people", "LESS_THAN");
	expect("hundreds of people", "hundreds of people", AMOUNT_QUANTITY, NAN, "", "people",
	       "APPROX");
	expect("5 percent or more", "5 percent or more", AMOUNT_PERCENT, 5, "", "",
	       "EQUAL_OR_MORE");
	/* bare numbers: quantities without a unit */
	quantity("a total of 1,000.", "1,000", 1000, "");
	quantity("the index at 49.1.", "49.1", 49.1, "");
	quantity("it reached 75bn.", "75bn", 7.5e10, "");

	/* not amounts */
	none("It happened in 2019.");
	none("the 2020 election");
	none("They met on Jan. 30.");
	none("on 30 January");
	none("at 3:30 today");
	none("at 3 p.m.");
	none("in the 13th round");
	none("a Boeing 737 crashed");
	none("the G20 summit");
	none("COVID-19 cases");
	none("call 555-1234");
	none("call (212) 555-1234");
	none("call +1 212 555 1234");
	none("the No. 2 seed");
	none("Flight 2019 landed");
	none("in the 1990s");
	none("for 30 days");
	none("a 75-year-old man");
	none("3m people");
	none("one reason");

	/* amount_match at a given token, and an end that cuts the amount short */
	ev_doc *d;
	amount a;
	const char *s = "He said US$75 billion.";
	CHECK(ev_doc_new("t", s, strlen(s), &d) == EV_OK && ev_split_sentences(d) == EV_OK);
	size_t end = d->sents[0].tok_end;
	CHECK(amount_match(d, 2, end, &a) && a.b == 2 && a.e == 5 && a.kind == AMOUNT_MONEY);
	CHECK(amount_match(d, 2, 4, &a) && a.e == 4 && same_value(a.value, 75));
	CHECK(!amount_match(d, 0, end, &a));
	CHECK(!amount_match(d, end, end, &a));
	CHECK(!amount_match(d, 2, d->ntokens + 1, &a));
	ev_doc_free(d);

	/* amount_find counts past max but stores only max */
	amount few[1];
	s = "25% and 30% and 40%";
	CHECK(ev_doc_new("t", s, strlen(s), &d) == EV_OK && ev_split_sentences(d) == EV_OK);
	CHECK(amount_find(d, few, 1) == 3);
	CHECK(few[0].kind == AMOUNT_PERCENT && same_value(few[0].value, 25));
	CHECK(amount_find(d, NULL, 0) == 3);
	ev_doc_free(d);
	/* a currency symbol that ends the text: nothing is read past the last token */
	found f;
	CHECK(find("Prices rose to $", &f) && f.n == 0);
	ev_doc_free(f.doc);
}
