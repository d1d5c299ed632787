/*
 * slurp.h - what the loaders of dictionaries and verb files share: reading a
 * whole file, and reporting its bad lines.
 */
#ifndef EV_SLURP_H
#define EV_SLURP_H

#include <stdarg.h>
#include <stddef.h>
#include "eventline.h"

/* Read path into a malloc'd, NUL-terminated *out of *len bytes.  On failure
 * returns EV_ERR_IO (errno says why) or EV_ERR_NOMEM and *out is NULL. */
ev_status slurp_file(const char *path, char **out /* OUT */, size_t *len /* OUT */);

/* Report a bad line of a loaded file ("file:line: message") through diag (may be NULL). */
void slurp_bad_line(ev_diag_fn diag, void *ud, const char *file, long line, const char *fmt,
                    va_list ap);

/* Report "cannot open WHAT: strerror" for path through diag (may be NULL). */
void slurp_report(ev_diag_fn diag, void *ud, const char *path, const char *what, int err);

#endif
