/*
 * tok.h - what the sentence splitter asks of the tokenizer.
 */
#ifndef EV_TOK_H
#define EV_TOK_H

#include <stddef.h>
#include "eventline.h"

/*
 * ev_token.reserved, which only the tokenizer writes: TOK_PLAIN marks a word or number of
 * 1 to 15 ASCII letters and digits with at least 16 bytes of the body from its start (no
 * hyphen, period, apostrophe or other byte in it), so later stages need not look for a
 * hyphen in it and may read 16 bytes at it.
 */
#define TOK_PLAIN 1u

/* Can the abbreviation w[0..len) (with its final period) end a sentence?
 * "Inc.", "U.S.", "etc.", "p.m." can; "Mr.", "Jan.", "No.", "J." cannot. */
int tok_abbrev_can_end(const char *w, size_t len);

#endif
