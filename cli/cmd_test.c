/*
 * cmd_test.c - `eventline test`: the spec-test runner (as jq's).  Each case
 * of a .test file names arguments, standard input, files to create, and the
 * expected stdout, stderr and exit status; the runner executes this same
 * binary on it.  The format is described in tests/spec/README.md.
 */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>
#include "cli.h"

#define CASE_TIMEOUT_S 300

typedef struct buf {
	char *p;
	size_t len, cap;
} buf;

static void buf_add(buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t nc = (b->len + n + 1) * 2;
		char *np = realloc(b->p, nc);
		if (!np) {
			fprintf(stderr, "eventline test: out of memory\n");
			exit(EXIT_INPUT);
		}
		b->p = np;
		b->cap = nc;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

typedef struct file_spec {
	char *name;
	buf content;
	int gzip;
	long repeat;   /* write the content this many times (big inputs) */
} file_spec;

typedef struct tcase {
	char *name;
	long line;
	buf args, in, out, err, status, requires, out_file, out_contains, err_contains, setup;
	int has_in, has_out, has_err, has_status, has_out_file, has_out_contains, has_err_contains;
	file_spec files[16];
	int nfiles;
} tcase;

typedef struct runner {
	const char *self;
	char root[PATH_MAX];
	int verbose, update;
	int passed, failed, skipped;
} runner;

/* --------------------------------------------------------------- parsing */

static void unescape(buf *b)
{
	size_t o = 0;
	for (size_t i = 0; i < b->len; i++) {
		char c = b->p[i];
		if (c == '\\' && i + 1 < b->len) {
			char e = b->p[++i];
			if (e == 'n')
				c = '\n';
			else if (e == 't')
				c = '\t';
			else if (e == 'r')
				c = '\r';
			else if (e == '0')
				c = '\0';
			else if (e == 'x' && i + 2 < b->len) {
				char hx[3] = {b->p[i + 1], b->p[i + 2], 0};
				c = (char)strtol(hx, NULL, 16);
				i += 2;
			} else
				c = e;
		}
		b->p[o++] = c;
	}
	b->len = o;
	if (b->p)
		b->p[o] = '\0';
}

/* Finish a section: drop trailing blank lines, then apply its modifiers. */
static void finish_section(buf *b, const char *mods)
{
	while (b->len >= 1 && b->p[b->len - 1] == '\n' &&
	       (b->len == 1 || b->p[b->len - 2] == '\n'))
		b->len--;
	if (b->p)
		b->p[b->len] = '\0';
	if (strstr(mods, "escaped"))
		unescape(b);
	if (strstr(mods, "nonl") && b->len && b->p[b->len - 1] == '\n')
		b->p[--b->len] = '\0';
}

static void free_case(tcase *c)
{
	free(c->name);
	buf *bs[] = {&c->args, &c->in, &c->out, &c->err, &c->status, &c->requires, &c->out_file, &c->setup,
	             &c->out_contains, &c->err_contains};
	for (size_t i = 0; i < sizeof bs / sizeof bs[0]; i++)
		free(bs[i]->p);
	for (int i = 0; i < c->nfiles; i++) {
		free(c->files[i].name);
		free(c->files[i].content.p);
	}
	memset(c, 0, sizeof *c);
}

/* Split args shell-style (spaces, '...' and "..."), expanding $ROOT. */
static int split_args(const runner *r, const char *s, char **argv, int max, buf *store)
{
	int n = 0;
	store->len = 0;
	size_t offs[64];
	while (*s && n < max && n < 64) {
		while (*s == ' ' || *s == '\t' || *s == '\n')
			s++;
		if (!*s)
			break;
		offs[n++] = store->len;
		while (*s && *s != ' ' && *s != '\t' && *s != '\n') {
			if (*s == '\'' || *s == '"') {
				char q = *s++;
				while (*s && *s != q)
					buf_add(store, s++, 1);
				if (*s)
					s++;
			} else if (strncmp(s, "$ROOT", 5) == 0) {
				buf_add(store, r->root, strlen(r->root));
				s += 5;
			} else {
				buf_add(store, s++, 1);
			}
		}
		buf_add(store, "", 1);
	}
	for (int i = 0; i < n; i++)
		argv[i] = store->p + offs[i];
	return n;
}

/* ------------------------------------------------------------- running */

static int rm_entry(const char *p, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(p);
}

/* Write a file section; a later section of the same name appends to it. */
static int write_file(const char *dir, const file_spec *f, int append)
{
	char path[PATH_MAX];
	snprintf(path, sizeof path, "%s/%s", dir, f->name);
	for (char *s = path + strlen(dir) + 1; *s; s++) {
		if (*s == '/') {
			*s = '\0';
			mkdir(path, 0755);
			*s = '/';
		}
	}
	long times = f->repeat > 0 ? f->repeat : 1;
	int ok = 1;
	if (f->gzip) {
		gzFile gz = gzopen(path, append ? "ab" : "wb");
		if (!gz)
			return -1;
		for (long i = 0; i < times && f->content.len; i++)
			ok &= gzwrite(gz, f->content.p, (unsigned)f->content.len) == (int)f->content.len;
		return gzclose(gz) == Z_OK && ok ? 0 : -1;
	}
	FILE *fp = fopen(path, append ? "ab" : "wb");
	if (!fp)
		return -1;
	for (long i = 0; i < times && f->content.len; i++)
		ok &= fwrite(f->content.p, 1, f->content.len, fp) == f->content.len;
	return fclose(fp) == 0 && ok ? 0 : -1;
}

/* Run the binary with argv, feeding in; capture stdout/stderr.  Returns the exit status. */
static int run_child(const runner *r, const char *dir, char **argv, const buf *in, buf *out,
                     buf *err)
{
	int pin[2], pout[2], perr[2];
	if (pipe(pin) || pipe(pout) || pipe(perr))
		return -1;
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		if (dir && chdir(dir) != 0)
			_exit(127);
		dup2(pin[0], 0);
		dup2(pout[1], 1);
		dup2(perr[1], 2);
		close(pin[0]), close(pin[1]), close(pout[0]), close(pout[1]), close(perr[0]),
		    close(perr[1]);
		execv(r->self, argv);
		_exit(127);
	}
	close(pin[0]), close(pout[1]), close(perr[1]);
	signal(SIGPIPE, SIG_IGN);
	size_t inpos = 0;
	int fin = pin[1];
	if (!in || in->len == 0) {
		close(fin);
		fin = -1;
	} else {
		fcntl(fin, F_SETFL, O_NONBLOCK);
	}
	int open_out = 1, open_err = 1;
	time_t t0 = time(NULL);
	while (open_out || open_err) {
		struct pollfd fds[3];
		int nf = 0;
		fds[nf++] = (struct pollfd){pout[0], POLLIN, 0};
		fds[nf++] = (struct pollfd){perr[0], POLLIN, 0};
		if (fin >= 0)
			fds[nf++] = (struct pollfd){fin, POLLOUT, 0};
		if (!open_out)
			fds[0].fd = -1;
		if (!open_err)
			fds[1].fd = -1;
		int pr = poll(fds, (nfds_t)nf, 1000);
		if (pr < 0 && errno != EINTR)
			break;
		if (time(NULL) - t0 > CASE_TIMEOUT_S) {
			kill(pid, SIGKILL);
			buf_add(err, "\n[eventline test: timed out]\n", 29);
			break;
		}
		char tmp[65536];
		for (int k = 0; k < 2; k++) {
			if (fds[k].fd >= 0 && (fds[k].revents & (POLLIN | POLLHUP | POLLERR))) {
				ssize_t g = read(fds[k].fd, tmp, sizeof tmp);
				if (g > 0)
					buf_add(k ? err : out, tmp, (size_t)g);
				else if (g == 0 || errno != EAGAIN) {
					if (k)
						open_err = 0;
					else
						open_out = 0;
				}
			}
		}
		if (fin >= 0 && nf == 3 && (fds[2].revents & (POLLOUT | POLLERR | POLLHUP))) {
			ssize_t w = write(fin, in->p + inpos, in->len - inpos);
			if (w > 0)
				inpos += (size_t)w;
			if (w < 0 && errno != EAGAIN) {
				close(fin);
				fin = -1;
			} else if (inpos == in->len) {
				close(fin);
				fin = -1;
			}
		}
	}
	if (fin >= 0)
		close(fin);
	close(pout[0]), close(perr[0]);
	int ws;
	while (waitpid(pid, &ws, 0) < 0 && errno == EINTR)
		;
	if (WIFEXITED(ws))
		return WEXITSTATUS(ws);
	return 128 + (WIFSIGNALED(ws) ? WTERMSIG(ws) : 0);
}

/* Show where got and want first differ. */
static void show_diff(const char *what, const buf *want, const buf *got)
{
	const char *w = want->p ? want->p : "", *g = got->p ? got->p : "";
	long line = 1;
	size_t i = 0;
	while (i < want->len && i < got->len && w[i] == g[i]) {
		if (w[i] == '\n')
			line++;
		i++;
	}
	size_t ws = i, gs = i;
	while (ws > 0 && w[ws - 1] != '\n')
		ws--;
	gs = ws;
	const char *we = memchr(w + ws, '\n', want->len - ws);
	const char *ge = memchr(g + gs, '\n', got->len > gs ? got->len - gs : 0);
	int wl = (int)((we ? we : w + want->len) - (w + ws));
	int gl = (int)(got->len > gs ? (ge ? ge : g + got->len) - (g + gs) : 0);
	printf("    %s differs at line %ld:\n      want: %.*s%s\n      got:  %.*s%s\n", what, line,
	       wl > 300 ? 300 : wl, w + ws, ws >= want->len ? "(end)" : "",
	       gl > 300 ? 300 : gl, got->len > gs ? g + gs : "", gs >= got->len ? "(end)" : "");
}

static int read_whole(const char *path, buf *b)
{
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return -1;
	char tmp[65536];
	size_t g;
	while ((g = fread(tmp, 1, sizeof tmp, fp)) > 0)
		buf_add(b, tmp, g);
	fclose(fp);
	return 0;
}

static void run_case(runner *r, const char *file, tcase *c)
{
	/* requires: every path must exist, else the case is skipped */
	if (c->requires.len) {
		char *argv[64];
		buf store = {0};
		int n = split_args(r, c->requires.p, argv, 64, &store);
		for (int i = 0; i < n; i++) {
			if (access(argv[i], F_OK) != 0) {
				r->skipped++;
				printf("SKIP %s:%ld: %s (needs %s)\n", file, c->line, c->name, argv[i]);
				free(store.p);
				return;
			}
		}
		free(store.p);
	}
	char dir[] = "/tmp/eventline-test-XXXXXX";
	int use_dir = c->nfiles > 0 || c->setup.len > 0;
	if (use_dir && !mkdtemp(dir)) {
		printf("FAIL %s:%ld: %s: cannot make a temporary directory\n", file, c->line, c->name);
		r->failed++;
		return;
	}
	for (int i = 0; i < c->nfiles; i++) {
		int append = 0;
		for (int k = 0; k < i; k++)
			append |= strcmp(c->files[k].name, c->files[i].name) == 0;
		if (write_file(dir, &c->files[i], append) != 0)
			printf("     %s:%ld: cannot write %s\n", file, c->line, c->files[i].name);
	}
	char *argv[66];
	buf store = {0};
	argv[0] = (char *)"eventline";
	/* setup: eventline command lines run first in the same directory */
	for (char *line = c->setup.p; line && *line;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		int sn = *line ? split_args(r, line, argv + 1, 64, &store) : 0;
		if (sn > 0) {
			argv[sn + 1] = NULL;
			buf sout = {0}, serr = {0};
			int sst = run_child(r, dir, argv, NULL, &sout, &serr);
			if (sst != 0) {
				printf("FAIL %s:%ld: %s: setup `%s` exited %d: %.200s\n", file, c->line,
				       c->name, line, sst, serr.p ? serr.p : "");
				r->failed++;
				free(sout.p);
				free(serr.p);
				free(store.p);
				nftw(dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
				return;
			}
			free(sout.p);
			free(serr.p);
		}
		free(store.p);
		store.p = NULL;
		store.len = store.cap = 0;
		line = nl ? nl + 1 : NULL;
	}
	int n = split_args(r, c->args.p ? c->args.p : "", argv + 1, 64, &store);
	argv[n + 1] = NULL;
	buf out = {0}, err = {0};
	int st = run_child(r, use_dir ? dir : NULL, argv, c->has_in ? &c->in : NULL, &out, &err);
	if (use_dir)
		nftw(dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);

	int ok = 1;
	int want_status = c->has_status ? atoi(c->status.p ? c->status.p : "0") : 0;
	char why[4][PATH_MAX + 64];
	int nwhy = 0;
	if (st != want_status) {
		ok = 0;
		snprintf(why[nwhy++], sizeof why[0], "exit status %d, want %d", st, want_status);
	}
	buf want_out = {0};
	if (c->has_out_file) {
		char path[PATH_MAX];
		snprintf(path, sizeof path, "%s", c->out_file.p ? c->out_file.p : "");
		path[strcspn(path, "\n")] = '\0';
		if (r->update) {
			FILE *fp = fopen(path, "wb");
			if (fp) {
				fwrite(out.p ? out.p : "", 1, out.len, fp);
				fclose(fp);
			}
		}
		if (read_whole(path, &want_out) != 0) {
			ok = 0;
			snprintf(why[nwhy++], sizeof why[0], "cannot read %s (run with --update)", path);
		}
	} else if (c->has_out) {
		buf_add(&want_out, c->out.p ? c->out.p : "", c->out.len);
	}
	int out_bad = (c->has_out || c->has_out_file) &&
	              (want_out.len != out.len || (out.len && memcmp(want_out.p, out.p, out.len)));
	int err_bad = 0;
	buf want_err = {0};
	if (c->has_err) {
		buf_add(&want_err, c->err.p ? c->err.p : "", c->err.len);
		err_bad = want_err.len != err.len || (err.len && memcmp(want_err.p, err.p, err.len));
	}
	const buf *cont[2] = {&c->out_contains, &c->err_contains};
	const buf *hay[2] = {&out, &err};
	for (int k = 0; k < 2; k++) {
		if (!cont[k]->len)
			continue;
		char *s = cont[k]->p;
		while (s && *s) {
			char *nl = strchr(s, '\n');
			if (nl)
				*nl = '\0';
			if (*s && (!hay[k]->p || !strstr(hay[k]->p, s))) {
				ok = 0;
				if (nwhy < 4)
					snprintf(why[nwhy++], sizeof why[0], "%s lacks: %.90s",
					         k ? "stderr" : "stdout", s);
			}
			if (nl)
				*nl = '\n';
			s = nl ? nl + 1 : NULL;
		}
	}
	if (out_bad || err_bad)
		ok = 0;
	if (ok) {
		r->passed++;
		if (r->verbose)
			printf("PASS %s:%ld: %s\n", file, c->line, c->name);
	} else {
		r->failed++;
		printf("FAIL %s:%ld: %s\n", file, c->line, c->name);
		for (int i = 0; i < nwhy; i++)
			printf("    %s\n", why[i]);
		if (out_bad)
			show_diff("stdout", &want_out, &out);
		if (err_bad)
			show_diff("stderr", &want_err, &err);
		if (!err_bad && err.len && st != want_status)
			printf("    stderr: %.*s\n", (int)(err.len > 600 ? 600 : err.len), err.p);
	}
	free(want_out.p);
	free(want_err.p);
	free(out.p);
	free(err.p);
	free(store.p);
}

static int run_file(runner *r, const char *path)
{
	buf text = {0};
	if (read_whole(path, &text) != 0) {
		fprintf(stderr, "%s: cannot open: %s\n", path, strerror(errno));
		return -1;
	}
	tcase c = {0};
	int in_case = 0;
	buf *sec = NULL;
	char mods[64] = "";
	long lineno = 0;
	char *p = text.p ? text.p : (char *)"", *end = p + text.len;
	while (p < end) {
		char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		lineno++;
		if (n >= 4 && strncmp(p, "=== ", 4) == 0) {
			if (sec)
				finish_section(sec, mods);
			if (in_case)
				run_case(r, path, &c);
			free_case(&c);
			c.name = strndup(p + 4, n - 4);
			c.line = lineno;
			in_case = 1;
			sec = NULL;
		} else if (in_case && n >= 4 && strncmp(p, "--- ", 4) == 0) {
			if (sec)
				finish_section(sec, mods);
			char kind[64] = "", arg[256] = "";
			char hdr[512];
			snprintf(hdr, sizeof hdr, "%.*s", (int)(n - 4), p + 4);
			char *paren = strchr(hdr, '(');
			snprintf(mods, sizeof mods, "%s", paren ? paren : "");
			if (paren)
				*paren = '\0';
			sscanf(hdr, "%63s %255s", kind, arg);
			sec = NULL;
			if (!strcmp(kind, "args"))
				sec = &c.args;
			else if (!strcmp(kind, "stdin"))
				sec = &c.in, c.has_in = 1;
			else if (!strcmp(kind, "stdout"))
				sec = &c.out, c.has_out = 1;
			else if (!strcmp(kind, "stderr"))
				sec = &c.err, c.has_err = 1;
			else if (!strcmp(kind, "status"))
				sec = &c.status, c.has_status = 1;
			else if (!strcmp(kind, "requires"))
				sec = &c.requires;
			else if (!strcmp(kind, "setup"))
				sec = &c.setup;
			else if (!strcmp(kind, "stdout-file"))
				sec = &c.out_file, c.has_out_file = 1;
			else if (!strcmp(kind, "stdout-contains"))
				sec = &c.out_contains, c.has_out_contains = 1;
			else if (!strcmp(kind, "stderr-contains"))
				sec = &c.err_contains, c.has_err_contains = 1;
			else if (!strcmp(kind, "file") && arg[0] && c.nfiles < 16) {
				file_spec *f = &c.files[c.nfiles++];
				f->name = strdup(arg);
				f->gzip = strstr(mods, "gzip") != NULL;
				const char *rep = strstr(mods, "repeat ");
				f->repeat = rep ? atol(rep + 7) : 1;
				sec = &f->content;
			} else {
				fprintf(stderr, "%s:%ld: unknown section '--- %s'\n", path, lineno, kind);
				r->failed++;
			}
		} else if (sec) {
			buf_add(sec, p, n);
			buf_add(sec, "\n", 1);
		}
		p = nl ? nl + 1 : end;
	}
	if (sec)
		finish_section(sec, mods);
	if (in_case)
		run_case(r, path, &c);
	free_case(&c);
	free(text.p);
	return 0;
}

int cmd_test(int argc, char **argv)
{
	runner r = {0};
	static char self[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
	if (n <= 0) {
		fprintf(stderr, "eventline test: cannot find this program's path\n");
		return EXIT_INPUT;
	}
	self[n] = '\0';
	r.self = self;
	if (!getcwd(r.root, sizeof r.root))
		strcpy(r.root, ".");
	int nfiles = 0, rc = EXIT_OK;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-v") == 0)
			r.verbose = 1;
		else if (strcmp(argv[i], "--update") == 0)
			r.update = 1;
		else if (argv[i][0] == '-')
			return cli_usage_error("test", "unknown option '%s'", argv[i]);
		else {
			nfiles++;
			fflush(stdout);
			if (run_file(&r, argv[i]) < 0)
				rc = EXIT_INPUT;
			fflush(stdout);
		}
	}
	if (!nfiles)
		return cli_usage_error("test", "give .test files to run");
	printf("%d passed, %d failed, %d skipped\n", r.passed, r.failed, r.skipped);
	return r.failed || rc ? EXIT_INPUT : EXIT_OK;
}
