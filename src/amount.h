/*
 * amount.h - amounts in tokens: money with its currency and scale (US$75 billion, ¥2 trn,
 * Rs 500 crore), percentages (6.6 pct) and counted quantities (3,000 troops), normalized.
 * Internal: spans of a document's tokens, found without allocating.
 */
#ifndef EV_AMOUNT_H
#define EV_AMOUNT_H

#include <stddef.h>
#include <stdint.h>
#include "eventline.h"

typedef enum { AMOUNT_MONEY = 1, AMOUNT_PERCENT, AMOUNT_QUANTITY } amount_kind;

typedef struct amount {
	size_t b, e;          /* tokens [b, e) */
	int kind;             /* amount_kind */
	double value;         /* normalized: 7.5e10; percent as 25; NaN if vague ("hundreds of") */
	char currency[4];     /* ISO 4217 for money, "" otherwise */
	char unit[24];        /* quantity unit, lower case and singular ("product"); "" for a
	                       * bare number or for money and percentages */
	const char *mod;      /* "" or MORE_THAN, LESS_THAN, APPROX, EQUAL_OR_MORE, EQUAL_OR_LESS */
} amount;

/* The amount that starts at token k of doc (k < end, end = the sentence's last token + 1),
 * or 0; fills *out.  Scanning a whole document, amount_find is faster: it indexes its
 * word table once per call. */
int amount_match(const ev_doc *doc, size_t k, size_t end, amount *out);

/* All amounts of doc's sentences, left to right, non-overlapping, into out[0..max); returns
 * the count found (may exceed max: only max are stored). */
size_t amount_find(const ev_doc *doc, amount *out, size_t max);

/* The same, with th[k] the ev_whash of token k's bytes and ph[k] that of its bytes before
 * its first hyphen, ASCII capitals lowered (ev_whash_token of hash.h), which most words
 * are passed over by. */
size_t amount_find_hashed(const ev_doc *doc, const uint32_t *th, const uint32_t *ph, amount *out,
                          size_t max);

/* Is the word table in strcmp order, with the first word of each phrase marked, as its
 * lookups need? (unit-tested) */
int amount_table_sorted(void);

#endif
