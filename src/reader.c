/*
 * reader.c - turns files, directories, stdin and buffers into documents.
 * Plain text (with optional header lines), JSON Lines and TimeML, each
 * optionally gzip-compressed.  A bad file or record is reported through the
 * diag callback and skipped; the batch always goes on.
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <sys/stat.h>
#include <unistd.h>
#include <jansson.h>
#include <zlib.h>
#include "arena.h"
#include "doc.h"
#include "timeml.h"
#include "utf8.h"

#define DEFAULT_MAX_DOC ((size_t)1 << 30)
#define MAX_DIR_DEPTH 64
#define READ_CHUNK (256u * 1024u)

typedef struct item {
	char *name;              /* path, "-", or a buffer's name */
	const unsigned char *data; /* for buffers */
	size_t len;
	ev_format format;
	int is_buffer;
	int depth;               /* directory nesting, to stop symlink loops */
	int explicit_;           /* named by the caller, not found in a directory */
} item;

/* A buffered byte source: a gzFile (which reads plain files too) or memory. */
typedef struct source {
	gzFile gz;
	const unsigned char *mem;
	size_t memlen, mempos;
	z_stream zs;             /* for gzip-compressed buffers */
	int zs_active, zs_end;
	unsigned char *buf;
	size_t cap, pos, fill;
	int eof, err;
	char errmsg[256];
	uint64_t consumed;
} source;

struct ev_reader {
	ev_reader_options opt;
	item *stack;             /* items still to read; the top is read next */
	size_t nstack, capstack;
	/* the input being read */
	item cur;
	int have_cur;
	source src;
	ev_format fmt;
	long line;               /* JSONL: line number of the last line read */
	char *linebuf;
	size_t linecap;
	size_t errors;
	uint64_t bytes_done;     /* bytes of finished inputs */
	char dct[11];
};

/* ------------------------------------------------------------ diagnostics */

static void diag(ev_reader *r, ev_severity sev, ev_status st, const char *file, long line,
                 const char *fmt, ...) __attribute__((format(printf, 6, 7)));

static void diag(ev_reader *r, ev_severity sev, ev_status st, const char *file, long line,
                 const char *fmt, ...)
{
	if (sev == EV_ERROR)
		r->errors++;
	if (!r->opt.diag)
		return;
	ev_error e;
	memset(&e, 0, sizeof e);
	e.status = st;
	e.severity = sev;
	e.line = line;
	e.offset = -1;
	snprintf(e.file, sizeof e.file, "%s", file ? file : "");
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(e.msg, sizeof e.msg, fmt, ap);
	va_end(ap);
	r->opt.diag(r->opt.diag_ud, &e);
}

/* ----------------------------------------------------------------- source */

static int src_open_path(source *s, const char *path)
{
	memset(s, 0, sizeof *s);
	int fd = strcmp(path, "-") == 0 ? dup(0) : open(path, O_RDONLY);
	if (fd < 0) {
		snprintf(s->errmsg, sizeof s->errmsg, "%s", strerror(errno));
		return -1;
	}
	s->gz = gzdopen(fd, "rb");
	if (!s->gz) {
		close(fd);
		snprintf(s->errmsg, sizeof s->errmsg, "cannot open");
		return -1;
	}
	gzbuffer(s->gz, READ_CHUNK);
	return 0;
}

static int src_open_mem(source *s, const unsigned char *data, size_t len)
{
	memset(s, 0, sizeof *s);
	s->mem = data;
	s->memlen = len;
	if (len >= 2 && data[0] == 0x1f && data[1] == 0x8b) {
		if (inflateInit2(&s->zs, 15 + 16) != Z_OK)
			return -1;
		s->zs_active = 1;
		s->zs.next_in = (unsigned char *)data;
		s->zs.avail_in = len > UINT32_MAX ? UINT32_MAX : (unsigned)len;
	}
	return 0;
}

static void src_close(source *s)
{
	if (s->gz)
		gzclose(s->gz);
	if (s->zs_active)
		inflateEnd(&s->zs);
	free(s->buf);
	memset(s, 0, sizeof *s);
}

/* Read up to n bytes into p; 0 at end; -1 on error (s->errmsg set). */
static long src_raw_read(source *s, unsigned char *p, size_t n)
{
	if (s->gz) {
		int got = gzread(s->gz, p, n > INT32_MAX ? INT32_MAX : (unsigned)n);
		if (got < 0) {
			int zerr;
			const char *m = gzerror(s->gz, &zerr);
			snprintf(s->errmsg, sizeof s->errmsg, "%s",
			         zerr == Z_ERRNO ? strerror(errno) : m);
			return -1;
		}
		if (got == 0) {
			/* Z_BUF_ERROR at the end: the gzip stream stopped in the middle. */
			int zerr;
			const char *m = gzerror(s->gz, &zerr);
			if (zerr == Z_BUF_ERROR) {
				snprintf(s->errmsg, sizeof s->errmsg, "truncated gzip data (%s)", m);
				return -1;
			}
			if (zerr != Z_OK) {
				snprintf(s->errmsg, sizeof s->errmsg, "%s", m);
				return -1;
			}
		}
		return got;
	}
	if (s->zs_active) {
		if (s->zs_end)
			return 0;
		s->zs.next_out = p;
		s->zs.avail_out = n > UINT32_MAX ? UINT32_MAX : (unsigned)n;
		int rc = inflate(&s->zs, Z_NO_FLUSH);
		long got = (long)((n > UINT32_MAX ? UINT32_MAX : n) - s->zs.avail_out);
		if (rc == Z_STREAM_END) {
			s->zs_end = 1;
		} else if (rc != Z_OK && !(rc == Z_BUF_ERROR && got > 0)) {
			snprintf(s->errmsg, sizeof s->errmsg, "truncated or corrupt gzip data");
			return -1;
		} else if (got == 0 && s->zs.avail_in == 0) {
			snprintf(s->errmsg, sizeof s->errmsg, "truncated gzip data");
			return -1;
		}
		return got;
	}
	size_t left = s->memlen - s->mempos;
	if (n > left)
		n = left;
	memcpy(p, s->mem + s->mempos, n);
	s->mempos += n;
	return (long)n;
}

/* Make more bytes available in s->buf (compacting consumed ones). 1 = got some. */
static int src_fill(source *s)
{
	if (s->eof || s->err)
		return 0;
	if (s->pos > 0 && s->pos == s->fill) {
		s->pos = s->fill = 0;
	} else if (s->pos > s->cap / 2) {
		memmove(s->buf, s->buf + s->pos, s->fill - s->pos);
		s->fill -= s->pos;
		s->pos = 0;
	}
	if (s->cap - s->fill < READ_CHUNK) {
		size_t ncap = s->cap ? s->cap * 2 : READ_CHUNK * 2;
		while (ncap - s->fill < READ_CHUNK)
			ncap *= 2;
		unsigned char *nb = realloc(s->buf, ncap + 1);
		if (!nb) {
			s->err = 1;
			snprintf(s->errmsg, sizeof s->errmsg, "out of memory");
			return 0;
		}
		s->buf = nb;
		s->cap = ncap;
	}
	long got = src_raw_read(s, s->buf + s->fill, s->cap - s->fill);
	if (got < 0) {
		s->err = 1;
		return 0;
	}
	if (got == 0) {
		s->eof = 1;
		return 0;
	}
	s->fill += (size_t)got;
	s->consumed += (uint64_t)got;
	return 1;
}

/* ------------------------------------------------------------- the queue */

static int push_item(ev_reader *r, const item *it)
{
	if (r->nstack == r->capstack) {
		size_t ncap = r->capstack ? r->capstack * 2 : 16;
		item *ns = realloc(r->stack, ncap * sizeof *ns);
		if (!ns)
			return -1;
		r->stack = ns;
		r->capstack = ncap;
	}
	r->stack[r->nstack++] = *it;
	return 0;
}

ev_status ev_reader_new(const ev_reader_options *opts, ev_reader **out)
{
	*out = NULL;
	ev_reader *r = calloc(1, sizeof *r);
	if (!r)
		return EV_ERR_NOMEM;
	if (opts)
		r->opt = *opts;
	if (!r->opt.max_doc_bytes)
		r->opt.max_doc_bytes = DEFAULT_MAX_DOC;
	if (r->opt.dct) {
		if (!ev_date_valid(r->opt.dct, strlen(r->opt.dct))) {
			free(r);
			return EV_ERR_USAGE;
		}
		memcpy(r->dct, r->opt.dct, 10);
	}
	r->opt.dct = NULL;
	*out = r;
	return EV_OK;
}

/* Inputs are read in the order they were added: the queue is a stack, so
 * ev_reader_add_* insert at the bottom and directory listings at the top. */
static ev_status add_bottom(ev_reader *r, const item *it)
{
	if (push_item(r, it) < 0)
		return EV_ERR_NOMEM;
	memmove(r->stack + 1, r->stack, (r->nstack - 1) * sizeof *r->stack);
	r->stack[0] = *it;
	return EV_OK;
}

ev_status ev_reader_add_path(ev_reader *r, const char *path)
{
	item it = {0};
	it.name = strdup(path);
	if (!it.name)
		return EV_ERR_NOMEM;
	it.explicit_ = 1;
	ev_status st = add_bottom(r, &it);
	if (st != EV_OK)
		free(it.name);
	return st;
}

ev_status ev_reader_add_buffer(ev_reader *r, const char *name, const void *data, size_t len,
                               ev_format format)
{
	item it = {0};
	it.name = strdup(name ? name : "buffer");
	if (!it.name)
		return EV_ERR_NOMEM;
	it.data = data;
	it.len = len;
	it.format = format;
	it.is_buffer = 1;
	it.explicit_ = 1;
	ev_status st = add_bottom(r, &it);
	if (st != EV_OK)
		free(it.name);
	return st;
}

size_t ev_reader_errors(const ev_reader *r)
{
	return r->errors;
}

uint64_t ev_reader_bytes_read(const ev_reader *r)
{
	return r->bytes_done + (r->have_cur ? r->src.consumed : 0);
}

static void close_current(ev_reader *r)
{
	if (!r->have_cur)
		return;
	r->bytes_done += r->src.consumed;
	src_close(&r->src);
	free(r->cur.name);
	memset(&r->cur, 0, sizeof r->cur);
	r->have_cur = 0;
}

void ev_reader_free(ev_reader *r)
{
	if (!r)
		return;
	close_current(r);
	for (size_t i = 0; i < r->nstack; i++)
		free(r->stack[i].name);
	free(r->stack);
	free(r->linebuf);
	free(r);
}

/* ------------------------------------------------------- names and formats */

static int ends_with(const char *s, size_t n, const char *suf)
{
	size_t k = strlen(suf);
	return n >= k && strncasecmp(s + n - k, suf, k) == 0;
}

/* Length of name without a trailing ".gz". */
static size_t strip_gz(const char *name)
{
	size_t n = strlen(name);
	return ends_with(name, n, ".gz") ? n - 3 : n;
}

static ev_format format_from_name(const char *name)
{
	size_t n = strip_gz(name);
	if (ends_with(name, n, ".jsonl") || ends_with(name, n, ".ndjson") || ends_with(name, n, ".json"))
		return EV_FORMAT_JSONL;
	if (ends_with(name, n, ".tml") || ends_with(name, n, ".timeml"))
		return EV_FORMAT_TIMEML;
	if (ends_with(name, n, ".txt") || ends_with(name, n, ".text"))
		return EV_FORMAT_TEXT;
	return EV_FORMAT_AUTO;
}

/* Files a directory listing picks up: the formats above, and .xml (TimeML). */
static int wanted_in_dir(const char *name)
{
	size_t n = strip_gz(name);
	return format_from_name(name) != EV_FORMAT_AUTO || ends_with(name, n, ".xml");
}

/* The document id from a path: base name without directory and extensions. */
static char *stem(ev_arena *a, const char *path)
{
	if (strcmp(path, "-") == 0)
		return arena_strndup(a, "stdin", 5);
	const char *b = strrchr(path, '/');
	b = b ? b + 1 : path;
	size_t n = strlen(b);
	if (ends_with(b, n, ".gz"))
		n -= 3;
	const char *dot = NULL;
	for (size_t i = 1; i < n; i++)
		if (b[i] == '.')
			dot = b + i;
	if (dot)
		n = (size_t)(dot - b);
	return arena_strndup(a, b, n);
}

/* Guess a format from the first bytes of the content. */
static ev_format sniff(const unsigned char *p, size_t n)
{
	size_t i = 0;
	if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
		i = 3;
	while (i < n && isspace(p[i]))
		i++;
	if (i < n && p[i] == '{')
		return EV_FORMAT_JSONL;
	if (i < n && p[i] == '<') {
		size_t lim = n < 8192 ? n : 8192;
		for (size_t k = i; k + 7 <= lim; k++)
			if (memcmp(p + k, "<TimeML", 7) == 0 || memcmp(p + k, "<TEXT>", 6) == 0)
				return EV_FORMAT_TIMEML;
	}
	return EV_FORMAT_TEXT;
}

/* Binary data: NUL bytes or many control characters near the start. */
static int looks_binary(const unsigned char *p, size_t n)
{
	size_t lim = n < 8192 ? n : 8192, ctrl = 0, nul = 0;
	for (size_t i = 0; i < lim; i++) {
		if (p[i] == 0)
			nul++;
		else if (p[i] < 0x20 && p[i] != '\n' && p[i] != '\r' && p[i] != '\t' && p[i] != '\f')
			ctrl++;
	}
	return (nul >= 4 && nul * 100 > lim) || (nul + ctrl) * 10 > lim;
}

/* --------------------------------------------------- opening the next input */

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Push a directory's entries so that they are read in name order. */
static void expand_dir(ev_reader *r, const item *dir)
{
	if (dir->depth >= MAX_DIR_DEPTH) {
		diag(r, EV_ERROR, EV_ERR_LIMIT, dir->name, 0, "directories nested too deep; skipped");
		return;
	}
	DIR *d = opendir(dir->name);
	if (!d) {
		diag(r, EV_ERROR, EV_ERR_IO, dir->name, 0, "cannot open directory: %s", strerror(errno));
		return;
	}
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			char **nn = realloc(names, cap * sizeof *nn);
			if (!nn)
				break;
			names = nn;
		}
		names[n] = strdup(e->d_name);
		if (names[n])
			n++;
	}
	closedir(d);
	qsort(names, n, sizeof *names, cmp_names);
	size_t dl = strlen(dir->name);
	for (size_t k = n; k-- > 0;) {
		size_t pl = dl + 1 + strlen(names[k]) + 1;
		char *p = malloc(pl);
		if (p) {
			snprintf(p, pl, "%s%s%s", dir->name,
			         dl && dir->name[dl - 1] == '/' ? "" : "/", names[k]);
			struct stat st;
			int keep = stat(p, &st) == 0 && (S_ISDIR(st.st_mode) || wanted_in_dir(names[k]));
			item it = {0};
			it.name = p;
			it.depth = dir->depth + 1;
			if (!keep || push_item(r, &it) < 0)
				free(p);
		}
		free(names[k]);
	}
	free(names);
}

/* Pop items until one opens as a readable input.  0 = opened, 1 = none left. */
static int open_next(ev_reader *r)
{
	while (r->nstack > 0) {
		item it = r->stack[--r->nstack];
		if (!it.is_buffer && strcmp(it.name, "-") != 0) {
			struct stat st;
			if (stat(it.name, &st) != 0) {
				diag(r, EV_ERROR, EV_ERR_IO, it.name, 0, "cannot open: %s", strerror(errno));
				free(it.name);
				continue;
			}
			if (S_ISDIR(st.st_mode)) {
				expand_dir(r, &it);
				free(it.name);
				continue;
			}
		}
		int rc = it.is_buffer ? src_open_mem(&r->src, it.data, it.len)
		                      : src_open_path(&r->src, it.name);
		if (rc != 0) {
			diag(r, EV_ERROR, EV_ERR_IO, it.name, 0, "cannot open: %s", r->src.errmsg);
			src_close(&r->src);
			free(it.name);
			continue;
		}
		r->cur = it;
		r->have_cur = 1;
		r->line = 0;
		r->fmt = it.format != EV_FORMAT_AUTO ? it.format
		         : r->opt.format != EV_FORMAT_AUTO ? r->opt.format
		         : format_from_name(it.name);
		src_fill(&r->src);
		if (r->src.err) {
			diag(r, EV_ERROR, EV_ERR_IO, it.name, 0, "cannot read: %s", r->src.errmsg);
			close_current(r);
			continue;
		}
		const unsigned char *p = r->src.buf ? r->src.buf : (const unsigned char *)"";
		if (looks_binary(p, r->src.fill)) {
			diag(r, EV_ERROR, EV_ERR_ENCODING, it.name, 0,
			     "binary data, not text; skipped (give text, JSON Lines or TimeML, optionally .gz)");
			close_current(r);
			continue;
		}
		if (r->fmt == EV_FORMAT_AUTO)
			r->fmt = sniff(p, r->src.fill);
		return 0;
	}
	return 1;
}

/* ------------------------------------------------------------ common bits */

/* Count the line of byte offset off in p. */
static long line_of(const char *p, size_t off)
{
	long line = 1;
	for (size_t i = 0; i < off; i++)
		if (p[i] == '\n')
			line++;
	return line;
}

/*
 * Make p[0..*n) valid UTF-8 without NUL bytes, reporting what was replaced.
 * Returns the (possibly new, malloc'd) buffer; *owned says whether it is new.
 * base_line is the line of p[0] in the file.
 */
static char *clean_text(ev_reader *r, const char *file, long base_line, char *p, size_t *n,
                        int *owned)
{
	*owned = 0;
	size_t nul = 0, first_nul = 0;
	for (char *q = memchr(p, 0, *n); q; q = memchr(q + 1, 0, *n - (size_t)(q + 1 - p))) {
		if (!nul)
			first_nul = (size_t)(q - p);
		nul++;
		*q = ' ';
		if (q + 1 >= p + *n)
			break;
	}
	if (nul)
		diag(r, EV_WARNING, EV_ERR_ENCODING, file, base_line - 1 + line_of(p, first_nul),
		     "%zu NUL byte%s replaced with spaces", nul, nul == 1 ? "" : "s");
	size_t ok = utf8_valid_prefix((const unsigned char *)p, *n);
	if (ok == *n)
		return p;
	size_t first_bad, nbad, nlen;
	char *fixed = utf8_repair(p, *n, &nlen, &first_bad, &nbad);
	if (!fixed)
		return NULL;
	diag(r, EV_WARNING, EV_ERR_ENCODING, file, base_line - 1 + line_of(p, first_bad),
	     "invalid UTF-8 at byte %zu: %zu byte%s replaced with U+FFFD (is the file UTF-8?)",
	     first_bad, nbad, nbad == 1 ? "" : "s");
	*owned = 1;
	*n = nlen;
	return fixed;
}

static int set_dct(ev_doc *d, const char *s, size_t n)
{
	if (n >= 10 && ev_date_valid(s, 10) && (n == 10 || s[10] == 'T' || s[10] == ' ')) {
		memcpy(d->dct, s, 10);
		d->dct[10] = '\0';
		return 1;
	}
	return 0;
}

static ev_doc *new_doc(ev_reader *r)
{
	ev_doc *d = doc_alloc();
	if (!d)
		return NULL;
	d->path = arena_strndup(d->arena, r->cur.name, strlen(r->cur.name));
	d->id = stem(d->arena, r->cur.name);
	if (r->dct[0])
		memcpy(d->dct, r->dct, 11);
	return d;
}

/* ------------------------------------------------------------- plain text */

static const char *skip_blank_lines(const char *p, const char *end)
{
	const char *q = p;
	while (q < end) {
		const char *s = q;
		while (s < end && (*s == ' ' || *s == '\t' || *s == '\r'))
			s++;
		if (s < end && *s == '\n')
			q = s + 1;
		else
			break;
	}
	return q;
}

static int header_key(const char *p, size_t n, const char *key)
{
	size_t k = strlen(key);
	return n > k && strncasecmp(p, key, k) == 0 && p[k] == ':';
}

/* Trimmed copy of p[0..n) into the arena. */
static const char *trimmed(ev_arena *a, const char *p, size_t n)
{
	while (n && isspace((unsigned char)*p))
		p++, n--;
	while (n && isspace((unsigned char)p[n - 1]))
		n--;
	return n ? arena_strndup(a, p, n) : NULL;
}

/*
 * Header lines: " date 2019-01-18 Bloomberg" on the first line, or a block of
 * "Key: value" lines (Date, Title, Source, URL, Author, Id) ended by a blank line.
 * Returns the start of the body.
 */
static const char *parse_header(ev_reader *r, ev_doc *d, const char *p, const char *end)
{
	const char *eol = memchr(p, '\n', (size_t)(end - p));
	if (!eol)
		eol = end;
	const char *s = p;
	while (s < eol && (*s == ' ' || *s == '\t'))
		s++;
	if (eol - s >= 15 && strncmp(s, "date ", 5) == 0 && ev_date_valid(s + 5, 10) &&
	    (s + 15 == eol || isspace((unsigned char)s[15]))) {
		memcpy(d->dct, s + 5, 10);
		d->dct[10] = '\0';
		d->source = trimmed(d->arena, s + 15, (size_t)(eol - s - 15));
		return skip_blank_lines(eol < end ? eol + 1 : end, end);
	}
	/* A "Key: value" block: every line up to the first blank one must be a known key. */
	static const char *keys[] = {"date", "title", "source", "url", "author", "id", NULL};
	const char *q = p;
	int nkeys = 0, core = 0;
	while (q < end) {
		const char *e = memchr(q, '\n', (size_t)(end - q));
		if (!e)
			return p;   /* no blank line ends the block: it is body text */
		size_t n = (size_t)(e - q);
		if (n && q[n - 1] == '\r')
			n--;
		if (n == 0)
			break;
		int k = 0;
		while (keys[k] && !header_key(q, n, keys[k]))
			k++;
		if (!keys[k])
			return p;
		nkeys++;
		core += k <= 2;
		q = e + 1;
	}
	if (!nkeys || !core || q >= end)
		return p;
	long line = 1;
	for (const char *l = p; l < q; line++) {
		const char *e = memchr(l, '\n', (size_t)(q - l));
		size_t n = (size_t)(e - l);
		const char *colon = memchr(l, ':', n);
		const char *v = colon + 1;
		size_t vn = (size_t)(l + n - v);
		if (header_key(l, n, "date")) {
			const char *t = trimmed(d->arena, v, vn);
			if (t && !set_dct(d, t, strlen(t)))
				diag(r, EV_WARNING, EV_ERR_FORMAT, r->cur.name, line,
				     "header date '%s' is not YYYY-MM-DD; ignored", t);
		} else if (header_key(l, n, "title")) {
			d->title = trimmed(d->arena, v, vn);
		} else if (header_key(l, n, "source")) {
			d->source = trimmed(d->arena, v, vn);
		} else if (header_key(l, n, "url")) {
			d->url = trimmed(d->arena, v, vn);
		} else if (header_key(l, n, "id")) {
			const char *id = trimmed(d->arena, v, vn);
			if (id)
				d->id = id;
		}
		l = e + 1;
	}
	return skip_blank_lines(q, end);
}

/* Slurp the rest of the current input into r->src.buf; 0 ok, -1 error reported. */
static int slurp(ev_reader *r)
{
	source *s = &r->src;
	while (!s->eof && !s->err) {
		if (s->fill - s->pos > r->opt.max_doc_bytes) {
			diag(r, EV_ERROR, EV_ERR_LIMIT, r->cur.name, 0,
			     "document larger than %zu bytes; skipped", r->opt.max_doc_bytes);
			return -1;
		}
		src_fill(s);
	}
	if (s->err) {
		diag(r, EV_ERROR, EV_ERR_IO, r->cur.name, 0, "cannot read: %s", s->errmsg);
		return -1;
	}
	if (s->fill - s->pos > r->opt.max_doc_bytes) {
		diag(r, EV_ERROR, EV_ERR_LIMIT, r->cur.name, 0,
		     "document larger than %zu bytes; skipped", r->opt.max_doc_bytes);
		return -1;
	}
	return 0;
}

/*
 * A whole input as clean text and a new document for it: *text (malloc'd
 * when *owned) of *n bytes.  EV_DONE when the input was reported and skipped.
 */
static ev_status whole_input(ev_reader *r, char **text, size_t *n, int *owned, ev_doc **d)
{
	if (slurp(r) != 0)
		return EV_DONE;
	source *s = &r->src;
	*n = s->fill - s->pos;
	char *p = (char *)(s->buf ? s->buf + s->pos : (unsigned char *)"");
	*text = clean_text(r, r->cur.name, 1, p, n, owned);
	if (!*text)
		return EV_ERR_NOMEM;
	*d = new_doc(r);
	if (!*d) {
		if (*owned)
			free(*text);
		return EV_ERR_NOMEM;
	}
	return EV_OK;
}

static ev_status read_text(ev_reader *r, ev_doc **out)
{
	char *text;
	size_t n;
	int owned;
	ev_doc *d;
	ev_status st = whole_input(r, &text, &n, &owned, &d);
	if (st != EV_OK)
		return st;
	const char *start = text, *end = text + n;
	if (n >= 3 && memcmp(start, "\xEF\xBB\xBF", 3) == 0)
		start += 3;
	start = parse_header(r, d, start, end);
	const char *q = start;
	while (q < end && isspace((unsigned char)*q))
		q++;
	if (q == end) {
		diag(r, EV_WARNING, EV_ERR_FORMAT, r->cur.name, 1,
		     n ? "no text after the header; nothing to read" : "empty file; nothing to read");
		ev_doc_free(d);
		if (owned)
			free(text);
		return EV_DONE;
	}
	d->len = (size_t)(end - start);
	d->body = arena_strndup(d->arena, start, d->len);
	if (owned)
		free(text);
	if (d->arena->oom) {
		ev_doc_free(d);
		return EV_ERR_NOMEM;
	}
	*out = d;
	return EV_OK;
}

/* ----------------------------------------------------------------- TimeML */

static ev_status read_timeml(ev_reader *r, ev_doc **out)
{
	char *text;
	size_t n;
	int owned;
	ev_doc *d;
	ev_status st = whole_input(r, &text, &n, &owned, &d);
	if (st != EV_OK)
		return st;
	char msg[256];
	long line = 0;
	int rc = timeml_parse(d, text, n, &line, msg, sizeof msg);
	if (owned)
		free(text);
	if (rc == -2 || d->arena->oom) {
		ev_doc_free(d);
		return EV_ERR_NOMEM;
	}
	if (rc != 0) {
		diag(r, EV_ERROR, EV_ERR_FORMAT, r->cur.name, line, "%s; skipped", msg);
		ev_doc_free(d);
		return EV_DONE;
	}
	if (!d->dct[0] && r->dct[0])
		memcpy(d->dct, r->dct, 11);
	*out = d;
	return EV_OK;
}

/* ------------------------------------------------------------ JSON Lines */

/* Next line of the current input into r->linebuf (without the newline).
 * Returns its length, -1 at end of input, -2 when over the size limit (skipped). */
static long next_line(ev_reader *r, size_t *len)
{
	source *s = &r->src;
	size_t scanned = 0;
	for (;;) {
		unsigned char *start = s->buf + s->pos;
		size_t avail = s->fill - s->pos;
		unsigned char *nl = avail > scanned ? memchr(start + scanned, '\n', avail - scanned) : NULL;
		if (nl || ((s->eof || s->err) && avail > 0)) {
			size_t n = nl ? (size_t)(nl - start) : avail;
			r->line++;
			if (n > r->opt.max_doc_bytes) {
				s->pos += nl ? n + 1 : n;
				return -2;
			}
			if (n + 1 > r->linecap) {
				size_t ncap = n + 1 < 4096 ? 4096 : (n + 1) * 2;
				char *nb = realloc(r->linebuf, ncap);
				if (!nb)
					return -3;
				r->linebuf = nb;
				r->linecap = ncap;
			}
			memcpy(r->linebuf, start, n);
			r->linebuf[n] = '\0';
			s->pos += nl ? n + 1 : n;
			*len = n;
			return (long)n;
		}
		if (s->eof || s->err)
			return -1;
		if (avail > r->opt.max_doc_bytes + 1) {
			/* Skip the rest of an over-long line without keeping it. */
			r->line++;
			for (;;) {
				unsigned char *q = memchr(s->buf + s->pos, '\n', s->fill - s->pos);
				if (q) {
					s->pos = (size_t)(q - s->buf) + 1;
					return -2;
				}
				s->pos = s->fill;
				if (!src_fill(s))
					return -2;
			}
		}
		scanned = avail;
		src_fill(s);
	}
}

static const char *json_str(ev_arena *a, json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	if (json_is_string(v))
		return trimmed(a, json_string_value(v), json_string_length(v));
	return NULL;
}

/* ------------------------------------------------- JSON Lines: fast path */

/*
 * Most news records are flat objects of strings: {"id": "...", "date": "...",
 * "text": "..."}.  This scanner reads exactly that, unescaping straight into
 * the document's arena (skipping nested values under other keys), and leaves
 * every other case (bad JSON, a missing or empty text, a bad date, \u0000,
 * a nested value where a string belongs) to Jansson, which also
 * words the error messages.  Returns 1 with *out set, 0 to fall back, -1 on
 * out of memory.
 */
typedef struct jstr {
	const char *p;    /* the raw string, between its quotes */
	size_t n;
	int escaped;
} jstr;

static const char *skip_ws(const char *p, const char *e)
{
	while (p < e && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
		p++;
	return p;
}

/* A string from p (at its opening quote); the end after the closing quote, or NULL. */
static const char *scan_string(const char *p, const char *e, jstr *s)
{
	p++;
	s->p = p;
	s->escaped = 0;
	while (p < e) {
#ifdef __SSE2__
		/* 16 bytes at a time up to the first quote, backslash or control byte */
		while (e - p >= 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
			__m128i hit = _mm_or_si128(
				_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
				             _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))),
				_mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(0x1f)), _mm_set1_epi8(0x1f)));
			int mask = _mm_movemask_epi8(hit);
			if (mask) {
				p += __builtin_ctz((unsigned)mask);
				break;
			}
			p += 16;
		}
		if (p >= e)
			break;
#endif
		unsigned char c = (unsigned char)*p;
		if (c == '"') {
			s->n = (size_t)(p - s->p);
			return p + 1;
		}
		if (c < 0x20)
			return NULL;
		if (c == '\\') {
			s->escaped = 1;
			if (++p >= e)
				return NULL;
		}
		p++;
	}
	return NULL;
}

static int hexval(const char *p)
{
	int v = 0;
	for (int i = 0; i < 4; i++) {
		char c = p[i];
		int d = c >= '0' && c <= '9' ? c - '0' : (c | 32) >= 'a' && (c | 32) <= 'f' ? (c | 32) - 'a' + 10 : -1;
		if (d < 0)
			return -1;
		v = v * 16 + d;
	}
	return v;
}

/* Unescape s into the arena; NULL when it is not simple (\u0000, a lone surrogate). */
static char *unescape_json(ev_arena *a, const jstr *s, size_t *len)
{
	char *o = arena_alloc(a, s->n + 1);
	if (!o)
		return NULL;
	if (!s->escaped) {
		memcpy(o, s->p, s->n);
		o[s->n] = '\0';
		*len = s->n;
		return o;
	}
	size_t k = 0;
	for (size_t i = 0; i < s->n; i++) {
		/* copy the run up to the next escape at once */
		const char *bs = memchr(s->p + i, '\\', s->n - i);
		size_t run = bs ? (size_t)(bs - (s->p + i)) : s->n - i;
		memcpy(o + k, s->p + i, run);
		k += run;
		i += run;
		if (i >= s->n)
			break;
		char c = s->p[++i];
		switch (c) {
		case '"': case '\\': case '/': o[k++] = c; break;
		case 'b': o[k++] = '\b'; break;
		case 'f': o[k++] = '\f'; break;
		case 'n': o[k++] = '\n'; break;
		case 'r': o[k++] = '\r'; break;
		case 't': o[k++] = '\t'; break;
		case 'u': {
			if (i + 4 >= s->n)
				return NULL;
			long cp = hexval(s->p + i + 1);
			i += 4;
			if (cp <= 0)
				return NULL;
			if (cp >= 0xD800 && cp <= 0xDBFF) {
				if (i + 6 >= s->n || s->p[i + 1] != '\\' || s->p[i + 2] != 'u')
					return NULL;
				long lo = hexval(s->p + i + 3);
				if (lo < 0xDC00 || lo > 0xDFFF)
					return NULL;
				cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
				i += 6;
			} else if (cp >= 0xDC00 && cp <= 0xDFFF) {
				return NULL;
			}
			/* the UTF-8 form is never longer than the escape it replaces */
			if (cp < 0x80) {
				o[k++] = (char)cp;
			} else if (cp < 0x800) {
				o[k++] = (char)(0xC0 | (cp >> 6));
				o[k++] = (char)(0x80 | (cp & 0x3F));
			} else if (cp < 0x10000) {
				o[k++] = (char)(0xE0 | (cp >> 12));
				o[k++] = (char)(0x80 | ((cp >> 6) & 0x3F));
				o[k++] = (char)(0x80 | (cp & 0x3F));
			} else {
				o[k++] = (char)(0xF0 | (cp >> 18));
				o[k++] = (char)(0x80 | ((cp >> 12) & 0x3F));
				o[k++] = (char)(0x80 | ((cp >> 6) & 0x3F));
				o[k++] = (char)(0x80 | (cp & 0x3F));
			}
			break;
		}
		default:
			return NULL;
		}
	}
	o[k] = '\0';
	*len = k;
	return o;
}

static int key_is(const jstr *k, const char *s)
{
	size_t n = strlen(s);
	return !k->escaped && k->n == n && memcmp(k->p, s, n) == 0;
}

static int fast_record(ev_reader *r, const char *line, size_t n, ev_doc **out)
{
	const char *p = skip_ws(line, line + n), *e = line + n;
	if (p >= e || *p != '{')
		return 0;
	p = skip_ws(p + 1, e);
	jstr f[6];   /* id date source title url text */
	int have[6] = {0};
	const char *idnum = NULL;
	size_t idnum_len = 0;
	static const char *const names[6] = {"id", "date", "source", "title", "url", "text"};
	if (p < e && *p == '}')
		return 0;
	for (;;) {
		if (p >= e || *p != '"')
			return 0;
		jstr key;
		p = scan_string(p, e, &key);
		if (!p)
			return 0;
		p = skip_ws(p, e);
		if (p >= e || *p != ':')
			return 0;
		p = skip_ws(p + 1, e);
		if (p >= e)
			return 0;
		int slot = -1;
		for (int i = 0; i < 6; i++)
			if (key_is(&key, names[i]))
				slot = i;
		if (*p == '"') {
			jstr v;
			p = scan_string(p, e, &v);
			if (!p)
				return 0;
			if (slot >= 0) {
				f[slot] = v;
				have[slot] = 1;
			}
		} else if (*p == '-' || (*p >= '0' && *p <= '9')) {
			const char *q = p;
			while (p < e && (*p == '-' || *p == '+' || *p == '.' || *p == 'e' || *p == 'E' ||
			                 (*p >= '0' && *p <= '9')))
				p++;
			if (slot == 0) {
				idnum = q;
				idnum_len = (size_t)(p - q);
			} else if (slot >= 0) {
				return 0;
			}
		} else if ((size_t)(e - p) >= 4 && memcmp(p, "null", 4) == 0 && slot != 5) {
			p += 4;
			if (slot >= 0)
				have[slot] = 0;
		} else if ((size_t)(e - p) >= 4 && memcmp(p, "true", 4) == 0 && slot < 0) {
			p += 4;
		} else if ((size_t)(e - p) >= 5 && memcmp(p, "false", 5) == 0 && slot < 0) {
			p += 5;
		} else if ((*p == '[' || *p == '{') && slot < 0) {
			/* a nested value under a key we do not read: skip it whole */
			int depth = 0;
			while (p < e) {
				if (*p == '"') {
					jstr skip;
					p = scan_string(p, e, &skip);
					if (!p)
						return 0;
					continue;
				}
				if (*p == '[' || *p == '{')
					depth++;
				else if (*p == ']' || *p == '}')
					depth--;
				p++;
				if (depth == 0)
					break;
			}
			if (depth != 0)
				return 0;
		} else {
			return 0;   /* null text, a nested value where a string belongs: Jansson */
		}
		p = skip_ws(p, e);
		if (p < e && *p == ',') {
			p = skip_ws(p + 1, e);
			continue;
		}
		if (p < e && *p == '}') {
			p = skip_ws(p + 1, e);
			break;
		}
		return 0;
	}
	if (p != e || !have[5] || f[5].n == 0)
		return 0;
	if (idnum) {
		for (size_t i = 0; i < idnum_len; i++)
			if (!isdigit((unsigned char)idnum[i]) && !(i == 0 && idnum[i] == '-'))
				return 0;   /* a float id: let Jansson say what it is */
		if (idnum_len > 19)
			return 0;
	}
	ev_doc *d = new_doc(r);
	if (!d)
		return -1;
	d->line = r->line;
	size_t len;
	char *body = unescape_json(d->arena, &f[5], &len);
	if (!body || (f[5].escaped && memchr(body, 0, len))) {
		int oom = d->arena->oom;
		ev_doc_free(d);
		return oom ? -1 : 0;
	}
	d->body = body;
	d->len = len;
	const char *vals[5] = {NULL};
	for (int i = 0; i < 5; i++) {
		if (!have[i])
			continue;
		size_t vl;
		char *v = unescape_json(d->arena, &f[i], &vl);
		if (!v || memchr(v, 0, vl)) {
			ev_doc_free(d);
			return 0;
		}
		vals[i] = trimmed(d->arena, v, vl);
	}
	if (vals[1] && !set_dct(d, vals[1], strlen(vals[1]))) {
		ev_doc_free(d);
		return 0;   /* the slow path words the warning */
	}
	if (have[0] && f[0].n > 0) {
		d->id = vals[0] ? vals[0] : arena_strndup(d->arena, f[0].p, f[0].n);
	} else if (idnum) {
		d->id = arena_strndup(d->arena, idnum, idnum_len);
	} else {
		char buf[32];
		snprintf(buf, sizeof buf, ":%ld", r->line);
		size_t sl = strlen(d->id);
		char *nid = arena_alloc(d->arena, sl + strlen(buf) + 1);
		if (nid) {
			memcpy(nid, d->id, sl);
			strcpy(nid + sl, buf);
			d->id = nid;
		}
	}
	d->source = vals[2];
	d->title = vals[3];
	d->url = vals[4];
	if (d->arena->oom) {
		ev_doc_free(d);
		return -1;
	}
	*out = d;
	return 1;
}

static ev_status read_jsonl(ev_reader *r, ev_doc **out)
{
	for (;;) {
		size_t n = 0;
		long rc = next_line(r, &n);
		if (rc == -3)
			return EV_ERR_NOMEM;
		if (rc == -1) {
			if (r->src.err)
				diag(r, EV_ERROR, EV_ERR_IO, r->cur.name, r->line + 1, "cannot read: %s",
				     r->src.errmsg);
			return EV_DONE;
		}
		if (rc == -2) {
			diag(r, EV_ERROR, EV_ERR_LIMIT, r->cur.name, r->line,
			     "record larger than %zu bytes; skipped", r->opt.max_doc_bytes);
			continue;
		}
		char *line = r->linebuf;
		if (r->line == 1 && n >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0)
			line += 3, n -= 3;
		size_t k = 0;
		while (k < n && isspace((unsigned char)line[k]))
			k++;
		if (k == n)
			continue;   /* blank line */
		if (memchr(line, 0, n)) {
			diag(r, EV_ERROR, EV_ERR_ENCODING, r->cur.name, r->line,
			     "NUL byte in a JSON line; record skipped");
			continue;
		}
		int owned;
		char *text = clean_text(r, r->cur.name, r->line, line, &n, &owned);
		if (!text)
			return EV_ERR_NOMEM;
		int fr = fast_record(r, text, n, out);
		if (fr != 0) {
			if (owned)
				free(text);
			return fr > 0 ? EV_OK : EV_ERR_NOMEM;
		}
		json_error_t jerr;
		json_t *o = json_loadb(text, n, JSON_ALLOW_NUL, &jerr);
		if (owned)
			free(text);
		if (!o) {
			diag(r, EV_ERROR, EV_ERR_FORMAT, r->cur.name, r->line,
			     "malformed JSON at column %d: %s; record skipped", jerr.column, jerr.text);
			continue;
		}
		if (!json_is_object(o)) {
			diag(r, EV_ERROR, EV_ERR_FORMAT, r->cur.name, r->line,
			     "expected a JSON object with a \"text\" field; record skipped");
			json_decref(o);
			continue;
		}
		json_t *t = json_object_get(o, "text");
		if (json_is_null(t) || (json_is_string(t) && json_string_length(t) == 0)) {
			/* A headline-only record (as in Reuters-21578): nothing to code. */
			diag(r, EV_WARNING, EV_ERR_FORMAT, r->cur.name, r->line,
			     "\"text\" is empty; record skipped");
			json_decref(o);
			continue;
		}
		if (!json_is_string(t)) {
			diag(r, EV_ERROR, EV_ERR_FORMAT, r->cur.name, r->line,
			     t ? "\"text\" is not a string; record skipped"
			       : "no \"text\" field; record skipped");
			json_decref(o);
			continue;
		}
		ev_doc *d = new_doc(r);
		if (!d) {
			json_decref(o);
			return EV_ERR_NOMEM;
		}
		d->line = r->line;
		size_t tl = json_string_length(t);
		char *body = arena_strndup(d->arena, json_string_value(t), tl);
		if (body && memchr(body, 0, tl)) {
			diag(r, EV_WARNING, EV_ERR_ENCODING, r->cur.name, r->line,
			     "NUL characters in \"text\" replaced with spaces");
			for (size_t i = 0; i < tl; i++)
				if (!body[i])
					body[i] = ' ';
		}
		d->body = body;
		d->len = tl;
		json_t *id = json_object_get(o, "id");
		if (json_is_string(id) && json_string_length(id) > 0) {
			d->id = arena_strndup(d->arena, json_string_value(id), json_string_length(id));
		} else if (json_is_integer(id)) {
			char buf[32];
			snprintf(buf, sizeof buf, "%lld", (long long)json_integer_value(id));
			d->id = arena_strndup(d->arena, buf, strlen(buf));
		} else {
			/* No id: the file's stem and the line, unique within a batch. */
			char buf[32];
			snprintf(buf, sizeof buf, ":%ld", r->line);
			size_t sl = strlen(d->id);
			char *nid = arena_alloc(d->arena, sl + strlen(buf) + 1);
			if (nid) {
				memcpy(nid, d->id, sl);
				strcpy(nid + sl, buf);
				d->id = nid;
			}
		}
		const char *date = json_str(d->arena, o, "date");
		if (date && !set_dct(d, date, strlen(date)))
			diag(r, EV_WARNING, EV_ERR_FORMAT, r->cur.name, r->line,
			     "\"date\" '%.40s' is not YYYY-MM-DD; using %s", date,
			     d->dct[0] ? "--dct" : "no date");
		d->source = json_str(d->arena, o, "source");
		d->title = json_str(d->arena, o, "title");
		d->url = json_str(d->arena, o, "url");
		json_decref(o);
		if (d->arena->oom) {
			ev_doc_free(d);
			return EV_ERR_NOMEM;
		}
		*out = d;
		return EV_OK;
	}
}

/* ------------------------------------------------------------------ next */

ev_status ev_reader_next(ev_reader *r, ev_doc **out)
{
	*out = NULL;
	for (;;) {
		if (!r->have_cur && open_next(r) != 0)
			return EV_DONE;
		ev_status st;
		switch (r->fmt) {
		case EV_FORMAT_JSONL:
			st = read_jsonl(r, out);
			break;
		case EV_FORMAT_TIMEML:
			st = read_timeml(r, out);
			if (st == EV_OK)
				r->src.eof = 1, r->src.pos = r->src.fill;
			break;
		default:
			st = read_text(r, out);
			if (st == EV_OK)
				r->src.eof = 1, r->src.pos = r->src.fill;
			break;
		}
		if (st == EV_OK) {
			if (r->fmt != EV_FORMAT_JSONL)
				close_current(r);
			return EV_OK;
		}
		if (st == EV_ERR_NOMEM)
			return st;
		close_current(r);   /* EV_DONE: this input is finished */
	}
}
