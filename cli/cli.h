/*
 * cli.h - what the subcommands share: the command table entry, buffered
 * JSON output, diagnostics on stderr, the document loop and progress bar.
 * Only cli/ talks to the user; the library never prints.
 */
#ifndef EV_CLI_H
#define EV_CLI_H

#include <stdio.h>
#include <stddef.h>
#include "eventline.h"

/* Exit statuses. */
enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2 };

typedef struct command {
	const char *name;
	int (*fn)(int argc, char **argv);
	const char *summary;   /* one line for `eventline --help` */
	const char *usage;     /* the full text for `eventline NAME --help` */
} command;

extern const command cli_commands[];

int cmd_docs(int argc, char **argv);
int cmd_tokens(int argc, char **argv);
int cmd_sentences(int argc, char **argv);
int cmd_timex(int argc, char **argv);
int cmd_actors(int argc, char **argv);
int cmd_eval_ner(int argc, char **argv);
int cmd_code(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_timeline(int argc, char **argv);
int cmd_who(int argc, char **argv);
int cmd_search(int argc, char **argv);
int cmd_export(int argc, char **argv);

/* The whole pipeline's dictionaries and options, shared by code and ingest:
 * --dict/--actors/--agents, --verbs, --no-default-dicts/-verbs, --any-code, -j. */
typedef struct pipeline {
	const char *dict_paths[64];
	ev_dict_format dict_fmts[64];
	int ndicts;
	const char *verb_paths[16];
	int nverbs;
	int no_default_dicts, no_default_verbs, any_code;
	int jobs;
	ev_dict *dict;
	ev_verbs *verbs;
	size_t dict_errors, verb_errors;
} pipeline;
/* An extra option of the pipeline: 1 when taken (see extra_opt_fn), else 0. */
int cli_pipeline_opt(const char *cmd, pipeline *p, const char *opt, const char *val, int *used);
/* Load the dictionaries; EXIT_OK or an exit status (reported). */
int cli_pipeline_load(const char *cmd, pipeline *p);
/* The analysis of one document (a doc_fn on any thread; ud is the pipeline). */
int cli_pipeline_work(void *ud, ev_doc *d);
void cli_pipeline_release(pipeline *p);
int cmd_validate(int argc, char **argv);
/* Load the default and the named verb dictionaries; EXIT_OK, or an exit status. */
int cli_load_verbs(const char *cmd, ev_verbs **out, const char *const *paths, int n,
                   int defaults, int any_code, size_t *errors);
/* Load the default and the named dictionaries; EXIT_OK, or an exit status. */
int cli_load_dicts(const char *cmd, ev_dict **out, const char *const *paths,
                   const ev_dict_format *fmts, int n, int defaults, size_t *errors);
int cmd_eval(int argc, char **argv);
int cmd_eval_timex(int argc, char **argv);
int cmd_bench(int argc, char **argv);
int cmd_test(int argc, char **argv);
extern const char *cli_progname;

/* Print a usage error ("eventline CMD: msg" and a hint); returns EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The diag callback: "file:line: msg" on stderr. */
void cli_diag(void *ud, const ev_error *e);
/* A --min-* value: a number from 0 to 1 into *out; EXIT_OK or a usage error. */
int cli_parse_fraction(const char *cmd, const char *opt, const char *val, double *out);
/* Is argv[i] --help or -h among argv[1..argc)? */
int cli_wants_help(int argc, char **argv);
int cli_print_help(const char *cmd);

/* ------------------------------------------------------ buffered output */

typedef struct outbuf {
	FILE *fp;
	char *buf;
	size_t len, cap;
	int failed;   /* a write failed (EPIPE, disk full): stop early */
} outbuf;

void out_init(outbuf *o, FILE *fp);
void out_flush(outbuf *o);
void out_close(outbuf *o);
void out_raw(outbuf *o, const char *s, size_t n);
static inline void out_cstr(outbuf *o, const char *s);
void out_char(outbuf *o, char c);
void out_long(outbuf *o, long long v);
void out_double(outbuf *o, double v, int decimals);
/* A JSON string literal, quotes included. */
void out_json_str(outbuf *o, const char *s, size_t n);
/* A JSON string or null. */
void out_json_cstr(outbuf *o, const char *s);
/* ,"value":V[,"currency":C][,"unit":U] of an amount mention (null for an unknown number). */
void out_amount_fields(outbuf *o, const ev_mention *m);

#include <string.h>
static inline void out_cstr(outbuf *o, const char *s)
{
	out_raw(o, s, strlen(s));
}

/* -------------------------------------------------- the document loop */

/* Options every document command takes. */
typedef struct doc_opts {
	const char *dct;
	ev_format format;
	int quiet;
	int progress;   /* show a progress bar (stderr is a terminal, stdout is not) */
	const long long *count;    /* a running count the progress bar shows too, or NULL */
	const char *count_label;   /* its name: "events" */
} doc_opts;

/*
 * Parse the common options (--dct, --input-format, --quiet) from argv, leave
 * the paths in *paths and their number in *npaths.  Extra long options are handled by extra(),
 * which returns 1 when it took the option (and its value from *val).
 */
typedef int (*extra_opt_fn)(void *ud, const char *opt, const char *val, int *used_val);
int cli_parse_doc_args(const char *cmd, int argc, char **argv, doc_opts *o, char ***paths,
                       int *npaths, extra_opt_fn extra, void *ud);

/* Report a document a stage could not process (file:line); returns EXIT_INPUT. */
int cli_doc_error(const ev_doc *d, ev_status st);

/* Run fn on every document of the inputs; returns the exit status. */
typedef int (*doc_fn)(void *ud, ev_doc *doc);
int cli_each_doc(const char *cmd, const doc_opts *o, char **paths, int npaths, doc_fn fn, void *ud);

/*
 * The same on several threads: work(ud, doc) runs on any thread (it must only
 * read shared state) and returns a status; emit(ud, doc, status) then runs on
 * the calling thread, for every document in input order.
 */
typedef int (*doc_emit_fn)(void *ud, ev_doc *doc, int status);
int cli_each_doc_parallel(const char *cmd, const doc_opts *o, char **paths, int npaths,
                          doc_fn work, doc_emit_fn emit, void *ud, int jobs);
/* The number of cores online (1 to 64). */
int cli_jobs_default(void);
/* -j N, -jN, --jobs N for an extra_opt_fn: 1 when opt was one of them (jobs set, or
 * *used = -1 after a usage error), else 0. */
int cli_jobs_opt(const char *cmd, const char *opt, const char *val, int *used, int *jobs);

#endif
