/*
 * tok.h - what the sentence splitter asks of the tokenizer.
 */
#ifndef EV_TOK_H
#define EV_TOK_H

#include <stddef.h>
#include "eventline.h"

/* Can the abbreviation w[0..len) (with its final period) end a sentence?
 * "Inc.", "U.S.", "etc.", "p.m." can; "Mr.", "Jan.", "No.", "J." cannot. */
int tok_abbrev_can_end(const char *w, size_t len);

#endif
