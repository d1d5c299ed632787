/*
 * main.c - runs the unit tests of libeventline's internals.
 */
#include "unit.h"

int unit_failures;

static const struct {
	const char *name;
	void (*fn)(void);
} tests[] = {
	{"arena", test_arena},
	{"utf8", test_utf8},
	{"dates", test_dates},
	{"datecalc", test_datecalc},
	{"dict", test_dict},
	{"tokens", test_tokens},
	{"sentences", test_sentences},
	{"reader", test_reader},
	{"timeml", test_timeml},
	{"amount", test_amount},
};

int main(void)
{
	int passed = 0, failed = 0;
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (size_t i = 0; i < sizeof tests / sizeof tests[0]; i++) {
		int before = unit_failures;
		tests[i].fn();
		if (unit_failures == before) {
			passed++;
		} else {
			failed++;
			printf("FAIL unit %s\n", tests[i].name);
		}
	}
	printf("%d passed, %d failed, 0 skipped\n", passed, failed);
	return failed ? 1 : 0;
}
