/*
 * cmd_ingest.c - `eventline ingest`: code documents on every core and store
 * them, one writer committing in batches, in the SQLite event database.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"

#define COMMIT_DOCS 512   /* documents a transaction: fewer syncs, small loss on a kill */

typedef struct ingest_ctx {
	pipeline pl;
	const char *db;
	int window;          /* -1: the database's own */
	ev_store *store;
	long long docs, skipped, events;
	size_t pending;      /* documents in the open transaction */
	int failed;
} ingest_ctx;

static int ingest_opt(void *ud, const char *opt, const char *val, int *used)
{
	ingest_ctx *c = ud;
	if (strcmp(opt, "--db") == 0 || strcmp(opt, "--window") == 0) {
		if (!val) {
			cli_usage_error("ingest", "%s needs a value", opt);
			*used = -1;
			return 1;
		}
		*used = 1;
		if (opt[2] == 'd') {
			c->db = val;
			return 1;
		}
		char *end;
		long w = strtol(val, &end, 10);
		if (*end || w < 0 || w > 3660) {
			cli_usage_error("ingest", "--window takes a number of days from 0 to 3660");
			*used = -1;
			return 1;
		}
		c->window = (int)w;
		return 1;
	}
	return cli_pipeline_opt("ingest", &c->pl, opt, val, used);
}

static int ingest_work(void *ud, ev_doc *d)
{
	return cli_pipeline_work(&((ingest_ctx *)ud)->pl, d);
}

/* The writer, on the main thread in input order. */
static int ingest_emit(void *ud, ev_doc *d, int st)
{
	ingest_ctx *c = ud;
	if (c->failed)
		return EXIT_INPUT;
	if (st != EV_OK)
		return cli_doc_error(d, (ev_status)st);
	int added;
	size_t nev;
	ev_status s = ev_store_add(c->store, d, &added, &nev);
	if (s == EV_ERR_STORE || s == EV_ERR_NOMEM) {
		fprintf(stderr, "%s ingest: %s: %s: %s\n", cli_progname, c->db, d->path,
		        s == EV_ERR_NOMEM ? "out of memory" : ev_store_errmsg(c->store));
		c->failed = 1;
		return EXIT_INPUT;
	}
	if (added) {
		c->docs++;
		c->events += (long long)nev;
	} else {
		c->skipped++;
	}
	if (++c->pending >= COMMIT_DOCS) {
		c->pending = 0;
		if (ev_store_commit(c->store) != EV_OK) {
			fprintf(stderr, "%s ingest: %s: %s\n", cli_progname, c->db,
			        ev_store_errmsg(c->store));
			c->failed = 1;
			return EXIT_INPUT;
		}
	}
	return EXIT_OK;
}

int cmd_ingest(int argc, char **argv)
{
	ingest_ctx c;
	memset(&c, 0, sizeof c);
	c.db = "eventline.db";
	c.window = -1;
	doc_opts o;
	char **paths;
	int np;
	int rc = cli_parse_doc_args("ingest", argc, argv, &o, &paths, &np, ingest_opt, &c);
	if (rc != EXIT_OK)
		return rc;
	ev_error err;
	if (ev_store_open(c.db, EV_STORE_WRITE, &c.store, &err) != EV_OK) {
		fprintf(stderr, "%s ingest: %s: %s\n", cli_progname, c.db, err.msg);
		free(paths);
		return EXIT_INPUT;
	}
	if (c.window >= 0 && ev_store_set_window(c.store, c.window) != EV_OK) {
		fprintf(stderr, "%s ingest: %s: %s\n", cli_progname, c.db, ev_store_errmsg(c.store));
		ev_store_close(c.store);
		free(paths);
		return EXIT_INPUT;
	}
	rc = cli_pipeline_load("ingest", &c.pl);
	if (rc != EXIT_OK) {
		ev_store_close(c.store);
		free(paths);
		return rc;
	}
	o.count = &c.events;
	o.count_label = "events";
	rc = cli_each_doc_parallel("ingest", &o, paths, np, ingest_work, ingest_emit, &c,
	                           c.pl.jobs ? c.pl.jobs : cli_jobs_default());
	if (ev_store_commit(c.store) != EV_OK) {
		fprintf(stderr, "%s ingest: %s: %s\n", cli_progname, c.db, ev_store_errmsg(c.store));
		rc = EXIT_INPUT;
	}
	ev_store_close(c.store);
	if (!o.quiet)
		fprintf(stderr, "%s: %lld documents stored, %lld already there, %lld events\n", c.db,
		        c.docs, c.skipped, c.events);
	int bad_dicts = c.pl.dict_errors || c.pl.verb_errors;
	cli_pipeline_release(&c.pl);
	free(paths);
	return rc == EXIT_OK && bad_dicts ? EXIT_INPUT : rc;
}
