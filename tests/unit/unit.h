/*
 * unit.h - a minimal unit-test harness: CHECK records a failure with its
 * file:line and goes on, so one run shows every broken expectation.
 */
#ifndef EV_UNIT_H
#define EV_UNIT_H

#include <stdio.h>
#include <string.h>

extern int unit_failures;

#define CHECK(cond) do { \
	if (!(cond)) { \
		unit_failures++; \
		printf("  %s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
	} } while (0)

#define CHECK_STR(got, want) do { \
	const char *g_ = (got), *w_ = (want); \
	if (!g_ || strcmp(g_, w_) != 0) { \
		unit_failures++; \
		printf("  %s:%d: got  \"%s\"\n  %*s want \"%s\"\n", __FILE__, __LINE__, \
		       g_ ? g_ : "(null)", (int)strlen(__FILE__) + 6, "", w_); \
	} } while (0)

void test_arena(void);
void test_utf8(void);
void test_dates(void);
void test_datecalc(void);
void test_dict(void);
void test_tokens(void);
void test_sentences(void);
void test_reader(void);
void test_timeml(void);
void test_amount(void);

#endif
