/*
 * common.c - output buffering, JSON strings, diagnostics, option parsing and
 * the read-every-document loop (with its progress bar) shared by commands.
 */
#include <errno.h>
#include <stdarg.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "cli.h"

/* ---------------------------------------------------------- messages */

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "%s%s%s: ", cli_progname, cmd ? " " : "", cmd ? cmd : "");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry '%s %s%s--help' for more information.\n", cli_progname,
	        cmd ? cmd : "", cmd ? " " : "");
	return EXIT_USAGE;
}

/* Diagnostics state of this process: the CLI runs one batch at a time. */
#define MAX_WARNINGS_PER_FILE 10
static struct {
	int progress_on;          /* a progress line is on the terminal: clear it first */
	char file[512];           /* the file the warning count is for */
	long warnings, hidden;
} diag_state;

/* Report warnings suppressed for the last file, if any. */
static void diag_flush_hidden(void)
{
	if (diag_state.hidden > 0)
		fprintf(stderr, "%s: %ld more warning%s not shown\n", diag_state.file, diag_state.hidden,
		        diag_state.hidden == 1 ? "" : "s");
	diag_state.hidden = 0;
}

void cli_diag(void *ud, const ev_error *e)
{
	(void)ud;
	if (e->severity == EV_WARNING) {
		/* A file with thousands of repaired records gets ten lines and a count. */
		if (strcmp(diag_state.file, e->file) != 0) {
			diag_flush_hidden();
			snprintf(diag_state.file, sizeof diag_state.file, "%s", e->file);
			diag_state.warnings = 0;
		}
		if (++diag_state.warnings > MAX_WARNINGS_PER_FILE) {
			diag_state.hidden++;
			return;
		}
	}
	if (diag_state.progress_on)
		fputs("\r\033[K", stderr);
	const char *sev = e->severity == EV_WARNING ? "warning: " : "";
	if (e->file[0] && e->line > 0)
		fprintf(stderr, "%s:%ld: %s%s\n", e->file, e->line, sev, e->msg);
	else if (e->file[0])
		fprintf(stderr, "%s: %s%s\n", e->file, sev, e->msg);
	else
		fprintf(stderr, "%s: %s%s\n", cli_progname, sev, e->msg);
}

int cli_parse_fraction(const char *cmd, const char *opt, const char *val, double *out)
{
	char *end;
	double v = val ? strtod(val, &end) : -1;
	if (!val || end == val || *end || !(v >= 0 && v <= 1))
		return cli_usage_error(cmd, "%s takes a number from 0 to 1", opt);
	*out = v;
	return EXIT_OK;
}

int cli_wants_help(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			return 0;
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
			return 1;
	}
	return 0;
}

int cli_print_help(const char *cmd)
{
	for (const command *c = cli_commands; c->name; c++) {
		if (strcmp(c->name, cmd) == 0) {
			fputs(c->usage, stdout);
			return EXIT_OK;
		}
	}
	return cli_usage_error(NULL, "no command '%s'", cmd);
}

/* ------------------------------------------------------------ output */

void out_init(outbuf *o, FILE *fp)
{
	o->fp = fp;
	o->cap = 1u << 16;
	o->buf = malloc(o->cap);
	o->len = 0;
	o->failed = o->buf == NULL;
}

void out_flush(outbuf *o)
{
	if (o->len && !o->failed) {
		if (fwrite(o->buf, 1, o->len, o->fp) != o->len || fflush(o->fp) != 0)
			o->failed = 1;
	}
	o->len = 0;
}

void out_close(outbuf *o)
{
	out_flush(o);
	free(o->buf);
	o->buf = NULL;
}

void out_raw(outbuf *o, const char *s, size_t n)
{
	if (o->failed)
		return;
	if (o->len + n > o->cap) {
		out_flush(o);
		if (n > o->cap) {
			if (fwrite(s, 1, n, o->fp) != n)
				o->failed = 1;
			return;
		}
	}
	memcpy(o->buf + o->len, s, n);
	o->len += n;
}

void out_char(outbuf *o, char c)
{
	if (o->len + 1 > o->cap)
		out_flush(o);
	if (!o->failed)
		o->buf[o->len++] = c;
}

/* Offsets and counts are written for every token and mention: digits by hand,
 * not through printf, which costs several times as much. */
void out_long(outbuf *o, long long v)
{
	char b[24];
	char *p = b + sizeof b;
	/* through unsigned, so that the most negative value has a magnitude */
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		*--p = '-';
	out_raw(o, p, (size_t)(b + sizeof b - p));
}

void out_double(outbuf *o, double v, int decimals)
{
	char b[64];
	int n = snprintf(b, sizeof b, "%.*f", decimals, v);
	out_raw(o, b, (size_t)n);
}

void out_json_str(outbuf *o, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	out_char(o, '"');
	size_t run = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		out_raw(o, s + run, i - run);
		run = i + 1;
		char esc[7] = {'\\', 0};
		switch (c) {
		case '"': esc[1] = '"'; break;
		case '\\': esc[1] = '\\'; break;
		case '\n': esc[1] = 'n'; break;
		case '\t': esc[1] = 't'; break;
		case '\r': esc[1] = 'r'; break;
		case '\b': esc[1] = 'b'; break;
		case '\f': esc[1] = 'f'; break;
		default:
			memcpy(esc, "\\u00", 4);
			esc[4] = hex[c >> 4];
			esc[5] = hex[c & 15];
			out_raw(o, esc, 6);
			continue;
		}
		out_raw(o, esc, 2);
	}
	out_raw(o, s + run, n - run);
	out_char(o, '"');
}

void out_json_cstr(outbuf *o, const char *s)
{
	if (s)
		out_json_str(o, s, strlen(s));
	else
		out_raw(o, "null", 4);
}

void out_amount_fields(outbuf *o, const ev_mention *m)
{
	out_cstr(o, ",\"value\":");
	/* an unknown number ("thousands of protesters") is null: JSON has no NaN */
	char buf[64];
	if (m->value != m->value)
		snprintf(buf, sizeof buf, "null");
	else
		snprintf(buf, sizeof buf, "%.15g", m->value);
	out_cstr(o, buf);
	if (m->currency[0]) {
		out_cstr(o, ",\"currency\":");
		out_json_cstr(o, m->currency);
	}
	if (m->unit[0]) {
		out_cstr(o, ",\"unit\":");
		out_json_cstr(o, m->unit);
	}
}

/* ---------------------------------------------------------- options */

static int parse_format(const char *s, ev_format *f)
{
	if (strcmp(s, "auto") == 0)
		*f = EV_FORMAT_AUTO;
	else if (strcmp(s, "text") == 0 || strcmp(s, "txt") == 0)
		*f = EV_FORMAT_TEXT;
	else if (strcmp(s, "jsonl") == 0)
		*f = EV_FORMAT_JSONL;
	else if (strcmp(s, "timeml") == 0 || strcmp(s, "tml") == 0)
		*f = EV_FORMAT_TIMEML;
	else
		return -1;
	return 0;
}

int cli_parse_doc_args(const char *cmd, int argc, char **argv, doc_opts *o, char ***paths,
                       int *npaths, extra_opt_fn extra, void *ud)
{
	memset(o, 0, sizeof *o);
	char **p = malloc(sizeof(char *) * (size_t)(argc + 1));
	if (!p)
		return cli_usage_error(cmd, "out of memory");
	int np = 0, only_paths = 0;
	for (int i = 1; i < argc; i++) {
		char *a = argv[i];
		if (only_paths || a[0] != '-' || strcmp(a, "-") == 0) {
			p[np++] = a;
			continue;
		}
		if (strcmp(a, "--") == 0) {
			only_paths = 1;
			continue;
		}
		/* --name=value or --name value */
		char name[64];
		const char *val = NULL;
		const char *eq = strchr(a, '=');
		size_t nl = eq ? (size_t)(eq - a) : strlen(a);
		if (nl >= sizeof name) {
			free(p);
			return cli_usage_error(cmd, "unknown option '%s'", a);
		}
		memcpy(name, a, nl);
		name[nl] = '\0';
		if (eq)
			val = eq + 1;
		else if (i + 1 < argc)
			val = argv[i + 1];
		int used = 0;
		if (strcmp(name, "--dct") == 0) {
			if (!val) {
				free(p);
				return cli_usage_error(cmd, "--dct needs a date (YYYY-MM-DD)");
			}
			if (!ev_date_valid(val, strlen(val))) {
				free(p);
				return cli_usage_error(cmd, "--dct '%s' is not a valid date; give YYYY-MM-DD, e.g. --dct 2019-01-18", val);
			}
			o->dct = val;
			used = 1;
		} else if (strcmp(name, "--input-format") == 0) {
			if (!val || parse_format(val, &o->format) < 0) {
				free(p);
				return cli_usage_error(cmd, "--input-format takes auto, text, jsonl or timeml");
			}
			used = 1;
		} else if (strcmp(name, "-q") == 0 || strcmp(name, "--quiet") == 0) {
			o->quiet = 1;
		} else if (!extra || !extra(ud, name, val, &used)) {
			free(p);
			return cli_usage_error(cmd, "unknown option '%s'", a);
		} else if (used < 0) {
			free(p);
			return EXIT_USAGE;
		}
		if (used && !eq)
			i++;
	}
	if (np == 0) {
		free(p);
		return cli_usage_error(cmd, "no input: give files, directories, or - for standard input");
	}
	o->progress = !o->quiet && isatty(2) && !isatty(1) && getenv("CI") == NULL;
	p[np] = NULL;
	*paths = p;
	*npaths = np;
	return EXIT_OK;
}

/* ------------------------------------------------------ progress bar */

typedef struct progress {
	int on;
	double t0, last;
	uint64_t total;   /* bytes of the named inputs, 0 when unknown (stdin) */
	size_t docs;
	const long long *count;
	const char *count_label;
} progress;

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static uint64_t input_size(const char *path)
{
	struct stat st;
	if (strcmp(path, "-") == 0 || stat(path, &st) != 0)
		return 0;
	return S_ISREG(st.st_mode) ? (uint64_t)st.st_size : 0;
}

static void progress_show(progress *pg, const ev_reader *r, int final)
{
	double t = now_s();
	if (!pg->on || (!final && t - pg->last < 0.2))
		return;
	pg->last = t;
	double el = t - pg->t0;
	uint64_t done = ev_reader_bytes_read(r);
	char bar[32] = "";
	char eta[32] = "";
	if (pg->total > 0) {
		double f = (double)done / (double)pg->total;
		if (f > 1)
			f = 1;
		int w = 20, k = (int)(f * w);
		bar[0] = '[';
		for (int i = 0; i < w; i++)
			bar[1 + i] = i < k ? '#' : '.';
		bar[w + 1] = ']';
		bar[w + 2] = ' ';
		bar[w + 3] = '\0';
		if (f > 0.01 && !final)
			snprintf(eta, sizeof eta, ", ETA %.0fs", el / f - el);
	}
	char count[64] = "";
	if (pg->count)
		snprintf(count, sizeof count, ", %lld %s", *pg->count, pg->count_label);
	fprintf(stderr, "\r%s%zu docs, %.0f docs/s%s, %.1f MB, %.1fs%s\033[K%s", bar, pg->docs,
	        el > 0 ? (double)pg->docs / el : 0.0, count, (double)done / 1e6, el, eta,
	        final ? "\n" : "");
}

/* A reader over the inputs, with the progress bar's total; NULL after an error
 * (reported; *rc says the exit status). */
static ev_reader *open_inputs(const char *cmd, const doc_opts *o, char **paths, int npaths,
                              progress *pg, int *rc)
{
	ev_reader_options ro = {0};
	ro.format = o->format;
	ro.dct = o->dct;
	ro.diag = cli_diag;
	ev_reader *r;
	ev_status st = ev_reader_new(&ro, &r);
	if (st != EV_OK) {
		*rc = cli_usage_error(cmd, "%s", ev_status_str(st));
		return NULL;
	}
	memset(pg, 0, sizeof *pg);
	pg->on = o->progress;
	pg->count = o->count;
	pg->count_label = o->count_label ? o->count_label : "";
	diag_state.progress_on = pg->on;
	pg->t0 = pg->last = now_s();
	int stdin_used = 0;
	for (int i = 0; i < npaths; i++) {
		if (strcmp(paths[i], "-") == 0) {
			if (stdin_used++)
				continue;   /* stdin can be read once */
		}
		pg->total += input_size(paths[i]);
		if (ev_reader_add_path(r, paths[i]) != EV_OK) {
			ev_reader_free(r);
			fprintf(stderr, "%s %s: out of memory\n", cli_progname, cmd);
			*rc = EXIT_INPUT;
			return NULL;
		}
	}
	return r;
}

static int close_inputs(ev_reader *r, progress *pg, int rc)
{
	if (pg->on)
		progress_show(pg, r, 1);
	diag_state.progress_on = 0;
	diag_flush_hidden();
	if (ev_reader_errors(r) > 0 && rc == EXIT_OK)
		rc = EXIT_INPUT;
	ev_reader_free(r);
	return rc;
}

int cli_each_doc(const char *cmd, const doc_opts *o, char **paths, int npaths, doc_fn fn, void *ud)
{
	progress pg;
	int rc = EXIT_OK;
	ev_reader *r = open_inputs(cmd, o, paths, npaths, &pg, &rc);
	if (!r)
		return rc;
	for (;;) {
		ev_doc *d;
		ev_status st = ev_reader_next(r, &d);
		if (st == EV_DONE)
			break;
		if (st != EV_OK) {
			fprintf(stderr, "%s %s: %s\n", cli_progname, cmd, ev_status_str(st));
			rc = EXIT_INPUT;
			break;
		}
		pg.docs++;
		int frc = fn(ud, d);
		ev_doc_free(d);
		progress_show(&pg, r, 0);
		if (frc != EXIT_OK) {
			rc = frc;
			if (frc == EXIT_USAGE)
				break;
		}
	}
	return close_inputs(r, &pg, rc);
}

/* ------------------------------------------------- the parallel loop */

/* Documents are read in batches by the main thread; workers analyse the
 * documents of a batch, each taking the next one not yet taken; then the main
 * thread prints the batch in input order, so output is the same for any number
 * of workers. */
#define BATCH_DOCS 256
#define BATCH_BYTES (1u << 20)

typedef struct batch {
	ev_doc *docs[BATCH_DOCS];
	int status[BATCH_DOCS];
	size_t n;
	size_t next;              /* the next document to take (under lock) */
	pthread_mutex_t lock;
	doc_fn work;
	void *ud;
} batch;

static void *batch_worker(void *arg)
{
	batch *b = arg;
	for (;;) {
		pthread_mutex_lock(&b->lock);
		size_t i = b->next++;
		pthread_mutex_unlock(&b->lock);
		if (i >= b->n)
			return NULL;
		b->status[i] = b->work(b->ud, b->docs[i]);
	}
}

int cli_jobs_opt(const char *cmd, const char *opt, const char *val, int *used, int *jobs)
{
	int glued = strncmp(opt, "-j", 2) == 0 && opt[2] >= '0' && opt[2] <= '9';   /* -j4 */
	if (!glued && strcmp(opt, "-j") != 0 && strcmp(opt, "--jobs") != 0)
		return 0;
	const char *v = glued ? opt + 2 : val;
	char *end = NULL;
	long n = v ? strtol(v, &end, 10) : 0;
	if (!v || *end || n < 1 || n > 64) {
		cli_usage_error(cmd, "%s takes a number of threads from 1 to 64", glued ? "-j" : opt);
		*used = -1;
		return 1;
	}
	*jobs = (int)n;
	*used = !glued;
	return 1;
}

int cli_jobs_default(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > 64 ? 64 : (int)n;
}

/* Emit a batch's documents in order and free them. */
static int batch_emit(batch *b, doc_emit_fn emit, void *ud, progress *pg, int rc)
{
	for (size_t i = 0; i < b->n; i++) {
		pg->docs++;
		int frc = emit(ud, b->docs[i], b->status[i]);
		ev_doc_free(b->docs[i]);
		if (frc != EXIT_OK)
			rc = frc;
	}
	b->n = 0;
	return rc;
}

/*
 * Two batches are in flight: while the workers analyse one, the main thread
 * writes out the one before (a slow writer such as the database then costs
 * no analysis time), and helps the workers when it is done.
 */
int cli_each_doc_parallel(const char *cmd, const doc_opts *o, char **paths, int npaths,
                          doc_fn work, doc_emit_fn emit, void *ud, int jobs)
{
	progress pg;
	int rc = EXIT_OK;
	ev_reader *r = open_inputs(cmd, o, paths, npaths, &pg, &rc);
	if (!r)
		return rc;
	batch *bs = calloc(2, sizeof *bs);
	if (!bs) {
		fprintf(stderr, "%s %s: out of memory\n", cli_progname, cmd);
		return close_inputs(r, &pg, EXIT_INPUT);
	}
	for (int k = 0; k < 2; k++) {
		pthread_mutex_init(&bs[k].lock, NULL);
		bs[k].work = work;
		bs[k].ud = ud;
	}
	if (jobs < 1)
		jobs = 1;
	int done = 0, cur = 0;
	while (!done) {
		batch *b = &bs[cur], *prev = &bs[cur ^ 1];
		size_t bytes = 0;
		b->n = 0;
		while (b->n < BATCH_DOCS && bytes < BATCH_BYTES) {
			ev_doc *d;
			ev_status st = ev_reader_next(r, &d);
			if (st == EV_DONE) {
				done = 1;
				break;
			}
			if (st != EV_OK) {
				fprintf(stderr, "%s %s: %s\n", cli_progname, cmd, ev_status_str(st));
				rc = EXIT_INPUT;
				done = 1;
				break;
			}
			b->docs[b->n++] = d;
			bytes += d->len;
		}
		b->next = 0;
		pthread_t th[64];
		int nth = 0;
		/* jobs - 1 workers start on this batch; the main thread joins them
		 * once the batch before is written (with one job it does all) */
		for (int t = 0; t < jobs - 1 && (size_t)t < b->n; t++)
			if (pthread_create(&th[nth], NULL, batch_worker, b) == 0)
				nth++;
		rc = batch_emit(prev, emit, ud, &pg, rc);
		progress_show(&pg, r, 0);
		batch_worker(b);   /* the main thread works too */
		for (int t = 0; t < nth; t++)
			pthread_join(th[t], NULL);
		cur ^= 1;
	}
	rc = batch_emit(&bs[cur ^ 1], emit, ud, &pg, rc);
	progress_show(&pg, r, 0);
	for (int k = 0; k < 2; k++)
		pthread_mutex_destroy(&bs[k].lock);
	free(bs);
	return close_inputs(r, &pg, rc);
}
