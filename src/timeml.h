/*
 * timeml.h - reading TimeML documents (TempEval-3 .tml): the DCT, the TEXT
 * with its inline tags removed, and those tags kept as markup spans.
 */
#ifndef EV_TIMEML_H
#define EV_TIMEML_H

#include <stddef.h>
#include "eventline.h"

/*
 * Parse p[0..n) into d (body, dct, title, markup).  0 on success; -1 on a
 * malformed document (msg and *line say what and where); -2 out of memory.
 */
int timeml_parse(ev_doc *d, const char *p, size_t n, long *line, char *msg, size_t msgsz);

#endif
