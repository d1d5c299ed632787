/*
 * slurp.h - read a whole file into memory (dictionaries, verb files).
 */
#ifndef EV_SLURP_H
#define EV_SLURP_H

#include <stddef.h>
#include "eventline.h"

/* Read path into a malloc'd, NUL-terminated *out of *len bytes.  On failure
 * returns EV_ERR_IO (errno says why) or EV_ERR_NOMEM and *out is NULL. */
ev_status slurp_file(const char *path, char **out /* OUT */, size_t *len /* OUT */);

/* Report "cannot open WHAT: strerror" for path through diag (may be NULL). */
void slurp_report(ev_diag_fn diag, void *ud, const char *path, const char *what, int err);

#endif
