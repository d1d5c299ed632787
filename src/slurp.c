/*
 * slurp.c - whole-file reads for the loaders of dictionaries and verb files,
 * which parse text in memory.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "slurp.h"

ev_status slurp_file(const char *path, char **out, size_t *len)
{
	*out = NULL;
	*len = 0;
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return EV_ERR_IO;
	size_t cap = 65536, n = 0;
	char *buf = malloc(cap + 1);
	for (;;) {
		if (!buf) {
			fclose(fp);
			return EV_ERR_NOMEM;
		}
		size_t got = fread(buf + n, 1, cap - n, fp);
		n += got;
		if (got == 0)
			break;
		if (n == cap) {
			char *nb = cap > SIZE_MAX / 4 ? NULL : realloc(buf, cap * 2 + 1);
			if (!nb)
				free(buf);
			buf = nb;
			cap *= 2;
		}
	}
	int err = ferror(fp) ? errno : 0;
	fclose(fp);
	if (err) {
		free(buf);
		errno = err;
		return EV_ERR_IO;
	}
	buf[n] = 0;
	*out = buf;
	*len = n;
	return EV_OK;
}

void slurp_bad_line(ev_diag_fn diag, void *ud, const char *file, long line, const char *fmt,
                    va_list ap)
{
	if (!diag)
		return;
	ev_error e;
	memset(&e, 0, sizeof e);
	e.status = EV_ERR_FORMAT;
	e.severity = EV_ERROR;
	e.line = line;
	e.offset = -1;
	snprintf(e.file, sizeof e.file, "%s", file);
	vsnprintf(e.msg, sizeof e.msg, fmt, ap);
	diag(ud, &e);
}

void slurp_report(ev_diag_fn diag, void *ud, const char *path, const char *what, int err)
{
	if (!diag)
		return;
	ev_error e;
	memset(&e, 0, sizeof e);
	e.status = EV_ERR_IO;
	e.severity = EV_ERROR;
	e.offset = -1;
	snprintf(e.file, sizeof e.file, "%s", path);
	snprintf(e.msg, sizeof e.msg, "cannot open %s: %s", what, strerror(err));
	diag(ud, &e);
}
