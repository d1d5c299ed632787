/*
 * cmd_store.c - the commands that read the event database: timeline (the
 * story in date order), who (the actors), search (full text) and export.
 * They are queries over the public schema of docs/STORE.md.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <sqlite3.h>
#include "cli.h"
#include "events_out.h"

typedef enum { FMT_TEXT, FMT_JSON, FMT_CSV, FMT_GDELT, FMT_ICEWS } out_format;

/* Options of the reading commands; what a command does not take stays unset. */
typedef struct query_opts {
	const char *db;
	const char *actor, *with, *from, *to, *roots;
	long min_sources, limit;
	int undated, mentions, all;
	out_format format;
	const char *args[64];   /* the words of a search query */
	int nargs;
} query_opts;

/* Parse argv; allowed lists the options the command takes ("actor with ..."). */
static int parse_query_args(const char *cmd, int argc, char **argv, const char *allowed,
                            const char *formats, query_opts *q)
{
	memset(q, 0, sizeof *q);
	q->db = "eventline.db";
	q->limit = -1;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (a[0] != '-' || !a[1] || (a[1] != '-' && !isalpha((unsigned char)a[1]))) {
			if (q->nargs == 64)
				return cli_usage_error(cmd, "too many words");
			q->args[q->nargs++] = a;
			continue;
		}
		if (strcmp(a, "--") == 0) {
			while (++i < argc && q->nargs < 64)
				q->args[q->nargs++] = argv[i];
			break;
		}
		const char *name = a + 2;
		const char *flagnames[] = {"undated", "mentions", "all"};
		int *flags[] = {&q->undated, &q->mentions, &q->all};
		int done = 0;
		for (int k = 0; k < 3 && !done; k++)
			if (strcmp(name, flagnames[k]) == 0 && strstr(allowed, flagnames[k])) {
				*flags[k] = 1;
				done = 1;
			}
		if (done)
			continue;
		if (strcmp(a, "--db") != 0 && strcmp(a, "--format") != 0 &&
		    (a[1] != '-' || strstr(allowed, name) == NULL))
			return cli_usage_error(cmd, "unknown option %s", a);
		if (i + 1 >= argc)
			return cli_usage_error(cmd, "%s needs a value", a);
		const char *v = argv[++i];
		if (strcmp(a, "--db") == 0) {
			q->db = v;
		} else if (strcmp(a, "--format") == 0) {
			static const char *const names[] = {"text", "json", "csv", "gdelt", "icews",
			                                    "jsonl"};
			int f = -1;
			for (int k = 0; k < 6; k++)
				if (strcmp(v, names[k]) == 0 && strstr(formats, k == 5 ? "json" : names[k]))
					f = k == 5 ? FMT_JSON : k;
			if (f < 0)
				return cli_usage_error(cmd, "--format takes %s", formats);
			q->format = (out_format)f;
		} else if (strcmp(name, "actor") == 0) {
			q->actor = v;
		} else if (strcmp(name, "with") == 0) {
			q->with = v;
		} else if (strcmp(name, "from") == 0 || strcmp(name, "to") == 0) {
			long lo, hi;
			const char *prec;
			if (ev_date_range(v, &lo, &hi, &prec) != 0)
				return cli_usage_error(cmd, "%s takes a date: YYYY, YYYY-MM or YYYY-MM-DD", a);
			*(name[0] == 'f' ? &q->from : &q->to) = v;
		} else if (strcmp(name, "root") == 0) {
			for (const char *p = v; *p; p++)
				if (!isdigit((unsigned char)*p) && *p != ',')
					return cli_usage_error(cmd, "--root takes CAMEO roots: 04,16");
			q->roots = v;
		} else if (strcmp(name, "min-sources") == 0 || strcmp(name, "limit") == 0) {
			char *end;
			long n = strtol(v, &end, 10);
			if (*end || n < 0)
				return cli_usage_error(cmd, "%s takes a number", a);
			*(name[0] == 'm' ? &q->min_sources : &q->limit) = n;
		} else {
			return cli_usage_error(cmd, "unknown option %s", a);
		}
	}
	return EXIT_OK;
}

static int open_db(const char *cmd, const char *path, ev_store **s)
{
	ev_error err;
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "%s %s: %s: no such database; make one with `eventline ingest --db %s FILE...`\n",
		        cli_progname, cmd, path, path);
		return EXIT_INPUT;
	}
	fclose(f);
	if (ev_store_open(path, EV_STORE_READ, s, &err) != EV_OK) {
		fprintf(stderr, "%s %s: %s: %s\n", cli_progname, cmd, path, err.msg);
		return EXIT_INPUT;
	}
	return EXIT_OK;
}

static int db_error(const char *cmd, ev_store *s)
{
	fprintf(stderr, "%s %s: %s\n", cli_progname, cmd,
	        sqlite3_errmsg((sqlite3 *)ev_store_db(s)));
	return EXIT_INPUT;
}

static const char *col(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return t ? (const char *)t : "";
}

/* ------------------------------------------------------------ output */

/* Text on one line: a name or a sentence across a line break of the source. */
static void out_line(outbuf *o, const char *s)
{
	for (; *s; s++)
		out_char(o, *s == '\n' || *s == '\r' || *s == '\t' ? ' ' : *s);
}

/* A CSV field (RFC 4180: quoted when it holds a comma, quote or line break). */
static void csv_field(outbuf *o, const char *s)
{
	if (!strpbrk(s, ",\"\r\n")) {
		out_cstr(o, s);
		return;
	}
	out_char(o, '"');
	for (; *s; s++) {
		if (*s == '"')
			out_char(o, '"');
		out_char(o, *s);
	}
	out_char(o, '"');
}

/* Every column of a row: a CSV line, or a JSON object named by the columns. */
static void row_out(outbuf *o, sqlite3_stmt *st, out_format f, int first)
{
	int n = sqlite3_column_count(st);
	if (f == FMT_CSV) {
		if (first) {
			for (int i = 0; i < n; i++) {
				if (i)
					out_char(o, ',');
				csv_field(o, sqlite3_column_name(st, i));
			}
			out_char(o, '\n');
		}
		for (int i = 0; i < n; i++) {
			if (i)
				out_char(o, ',');
			csv_field(o, col(st, i));
		}
		out_char(o, '\n');
		return;
	}
	out_char(o, '{');
	for (int i = 0; i < n; i++) {
		if (i)
			out_char(o, ',');
		out_json_cstr(o, sqlite3_column_name(st, i));
		out_char(o, ':');
		switch (sqlite3_column_type(st, i)) {
		case SQLITE_NULL:
			out_cstr(o, "null");
			break;
		case SQLITE_INTEGER:
			out_long(o, sqlite3_column_int64(st, i));
			break;
		case SQLITE_FLOAT: {
			char buf[64];
			snprintf(buf, sizeof buf, "%.15g", sqlite3_column_double(st, i));
			out_cstr(o, buf);
			break;
		}
		default:
			out_json_cstr(o, col(st, i));
		}
	}
	out_cstr(o, "}\n");
}

static const char *const MONTHS[] = {"January", "February", "March", "April", "May", "June",
                                     "July", "August", "September", "October", "November",
                                     "December"};

/* A date as a reader says it, at its precision: "2019-01-30", "early October
 * 2019", "2018, week 36", "Q3 2019". */
static void date_words(char *out, size_t n, const char *value, const char *mod,
                       const char *prec)
{
	const char *m = !strcmp(mod, "START") ? "early "
	                : !strcmp(mod, "MID") ? "mid-"
	                : !strcmp(mod, "END") ? "late "
	                : !strcmp(mod, "APPROX") ? "about "
	                                         : "";
	if (!strcmp(prec, "month"))
		snprintf(out, n, "%s%s %.4s", m, MONTHS[atoi(value + 5) - 1], value);
	else if (!strcmp(prec, "week"))
		snprintf(out, n, "%s%.4s, week %d", m, value, atoi(value + 6));
	else if (!strcmp(prec, "quarter") || !strcmp(prec, "half"))
		snprintf(out, n, "%s%.2s %.4s", m, value + 5, value);
	else if (!strcmp(prec, "year"))
		snprintf(out, n, "%s%.4s", m, value);
	else if (!strcmp(prec, "day") && value[10] == 'T') {
		/* a part of the day (TIMEX3 TMO, TAF, TEV, TNI) or a time */
		static const char *const parts[][2] = {
			{"MO", "morning"}, {"AF", "afternoon"}, {"EV", "evening"}, {"NI", "night"}};
		const char *t = value + 11;
		for (int i = 0; i < 4; i++)
			if (!strcmp(t, parts[i][0]))
				t = parts[i][1];
		snprintf(out, n, "%s%.10s %s", m, value, t);
	}
	else if (*value)
		snprintf(out, n, "%s%s", m, value);
	else
		snprintf(out, n, "undated");
}

/* --------------------------------------------------------- timeline */

/* The SQL of a side filter: a code prefix or a name. */
static void side_sql(char *out, size_t n, const char *side, int param)
{
	snprintf(out, n,
	         "(%1$s_code LIKE ?%2$d || '%%' OR %1$s_name LIKE '%%' || ?%2$d || '%%'"
	         " OR %1$s_actor = lower(replace(?%2$d, ' ', '_')))",
	         side, param);
}

static void actor_filter(char *out, size_t n, int has_actor, int has_with)
{
	char sa[400], ta[400], sw[400], tw[400];
	side_sql(sa, sizeof sa, "e.source", 1);
	side_sql(ta, sizeof ta, "e.target", 1);
	side_sql(sw, sizeof sw, "e.source", 2);
	side_sql(tw, sizeof tw, "e.target", 2);
	if (has_actor && has_with)
		snprintf(out, n, " AND ((%s AND %s) OR (%s AND %s))", sa, tw, ta, sw);
	else if (has_actor)
		snprintf(out, n, " AND (%s OR %s)", sa, ta);
	else if (has_with)
		snprintf(out, n, " AND (%s OR %s)", sw, tw);
	else
		out[0] = '\0';
}

#define TIMELINE_SELECT \
	"SELECT e.id, e.date, coalesce(e.date_mod, '') AS date_mod, e.date_source," \
	" coalesce(e.precision, '') AS precision," \
	" e.source_code, e.source_name, e.target_code, e.target_name, e.cameo, e.root, e.quad," \
	" e.goldstein, e.plover_event, e.plover_mode, e.location, e.location_country, e.amount," \
	" e.currency, e.mood, e.negated, e.num_mentions, e.num_sources, e.num_articles," \
	" d.name AS doc, d.dct, d.source AS publisher, d.url, m.sentence, s.text AS sentence_text," \
	" m.source_text, m.target_text, m.verb, m.location AS location_text," \
	" m.amount_text, m.said_by_text, m.said_by_code"
#define TIMELINE_FROM \
	" FROM events e LEFT JOIN event_mentions m ON m.id = e.best_mention" \
	" LEFT JOIN sentences s ON s.id = m.sentence_id" \
	" LEFT JOIN documents d ON d.id = m.doc_id"
static const char TIMELINE_COLS[] = TIMELINE_SELECT TIMELINE_FROM;
enum {
	T_ID, T_DATE, T_MOD, T_DSRC, T_PREC, T_SCODE, T_SNAME, T_TCODE, T_TNAME, T_CAMEO, T_ROOT,
	T_QUAD, T_GOLD, T_PLOVER, T_PMODE, T_LOC, T_LOCC, T_AMOUNT, T_CUR, T_MOOD, T_NEG, T_NMEN,
	T_NSRC, T_NART, T_DOC, T_DCT, T_PUB, T_URL, T_SENT, T_STEXT, T_SRCTEXT, T_TGTTEXT, T_VERB,
	T_LOCTEXT, T_AMTTEXT, T_SAIDTEXT, T_SAIDCODE, T_DAYLO, T_DAYHI, T_MIRRORED, T_PAIRRANK
};

static int build_timeline_sql(const query_opts *q, char *sql, size_t n, long *from, long *to)
{
	char actors[2000], roots[300] = "", extra[400] = "";
	actor_filter(actors, sizeof actors, q->actor != NULL, q->with != NULL);
	if (q->roots) {
		size_t k = (size_t)snprintf(roots, sizeof roots, " AND e.root IN (");
		const char *p = q->roots;
		int first = 1;
		while (*p && k + 8 < sizeof roots) {
			size_t len = strcspn(p, ",");
			if (len == 1 || len == 2)
				k += (size_t)snprintf(roots + k, sizeof roots - k, "%s'%s%.*s'", first ? "" : ",",
				                      len == 1 ? "0" : "", (int)len, p);
			first = 0;
			p += len;
			if (*p == ',')
				p++;
		}
		snprintf(roots + k, sizeof roots - k, ")");
	}
	long hi;
	const char *prec;
	*from = *to = 0;
	if (q->from)
		ev_date_range(q->from, from, &hi, &prec);
	if (q->to)
		ev_date_range(q->to, &hi, to, &prec);
	/* "X said" with no one it was said to is a statement, not a step of the
	 * story: shown with --all, or when --root picks the roots */
	snprintf(extra, sizeof extra, "%s%s%s%s%s", q->from ? " AND e.day_hi >= ?3" : "",
	         q->to ? " AND e.day_lo <= ?4" : "", q->min_sources ? " AND e.num_sources >= ?5" : "",
	         q->undated || q->from || q->to ? "" : " AND e.day_lo IS NOT NULL",
	         q->all || q->roots ? ""
	                            : " AND NOT (e.root = '01' AND e.target_code IS NULL"
	                              " AND e.target_name IS NULL)");
	/* An event and its mirror (A -> B and B -> A with the same code, date
	 * and sentence: "China and the US agreed") are one pair: the text view
	 * prints the pair once, with <->. */
	return snprintf(sql, n,
	                "SELECT * FROM (" TIMELINE_SELECT ", e.day_lo, e.day_hi,"
	                " (count(*) OVER pair) > 1 AS mirrored, row_number() OVER pair_in_order AS pair_rank"
	                TIMELINE_FROM " WHERE 1%s%s%s WINDOW pair AS (PARTITION BY e.date, e.cameo,"
	                " e.mood, e.negated, m.doc_id, m.sentence, CASE WHEN e.source_code < e.target_code"
	                " THEN e.source_code || '|' || e.target_code ELSE e.target_code || '|' ||"
	                " e.source_code END), pair_in_order AS (pair ORDER BY e.id))%s"
	                " ORDER BY day_lo IS NULL, day_lo, day_hi - day_lo DESC, id LIMIT ?6",
	                actors, roots, extra, q->format == FMT_TEXT ? " WHERE pair_rank = 1" : "") >=
	               (int)n
	           ? -1
	           : 0;
}

static void timeline_text(outbuf *o, sqlite3_stmt *st, const ev_verbs *v)
{
	char when[64];
	date_words(when, sizeof when, col(st, T_DATE), col(st, T_MOD), col(st, T_PREC));
	if (!strcmp(col(st, T_DSRC), "document"))
		strncat(when, "*", sizeof when - strlen(when) - 1);
	char line[80];
	snprintf(line, sizeof line, "%-20s ", when);
	out_cstr(o, line);
	const char *sc = col(st, T_SCODE), *tc = col(st, T_TCODE);
	if (*sc || *col(st, T_SNAME)) {
		out_cstr(o, *sc ? sc : "-");
		out_cstr(o, " (");
		out_line(o, col(st, T_SNAME));
		out_cstr(o, ") ");
	}
	const ev_cameo *c = ev_cameo_lookup(v, col(st, T_CAMEO));
	if (sqlite3_column_int(st, T_NEG))
		out_cstr(o, "NOT ");
	out_cstr(o, col(st, T_CAMEO));
	out_char(o, ' ');
	out_cstr(o, c && c->name ? c->name : col(st, T_VERB));
	if (*tc || *col(st, T_TNAME)) {
		out_cstr(o, sqlite3_column_int(st, T_MIRRORED) ? " <-> " : " -> ");
		out_cstr(o, *tc ? tc : "-");
		out_cstr(o, " (");
		out_line(o, col(st, T_TNAME));
		out_cstr(o, ")");
	}
	if (*col(st, T_LOC)) {
		out_cstr(o, ", in ");
		out_line(o, col(st, T_LOC));
	}
	if (*col(st, T_AMTTEXT)) {
		out_cstr(o, ", ");
		out_line(o, col(st, T_AMTTEXT));
	}
	if (strcmp(col(st, T_MOOD), "asserted") != 0) {
		out_cstr(o, " [");
		out_cstr(o, col(st, T_MOOD));
		out_char(o, ']');
	}
	char counts[128];
	long long nm = sqlite3_column_int64(st, T_NMEN), ns = sqlite3_column_int64(st, T_NSRC),
	          na = sqlite3_column_int64(st, T_NART);
	snprintf(counts, sizeof counts, "  (%lld mention%s, %lld source%s, %lld article%s)\n", nm,
	         nm == 1 ? "" : "s", ns, ns == 1 ? "" : "s", na, na == 1 ? "" : "s");
	out_cstr(o, counts);
	/* the best sentence, on one line */
	out_cstr(o, "                     \"");
	out_line(o, col(st, T_STEXT));
	out_cstr(o, "\" (");
	out_cstr(o, col(st, T_DOC));
	out_cstr(o, ")\n");
}

int cmd_timeline(int argc, char **argv)
{
	query_opts q;
	int rc = parse_query_args("timeline", argc, argv,
	                          "actor with from to root min-sources limit undated all",
	                          "text, json or csv", &q);
	if (rc != EXIT_OK)
		return rc;
	if (q.nargs)
		return cli_usage_error("timeline", "unexpected argument %s", q.args[0]);
	ev_store *s;
	if ((rc = open_db("timeline", q.db, &s)) != EXIT_OK)
		return rc;
	ev_verbs *v = NULL;
	size_t verrs;
	if (q.format == FMT_TEXT &&
	    (rc = cli_load_verbs("timeline", &v, NULL, 0, 1, 0, &verrs)) != EXIT_OK) {
		ev_store_close(s);
		return rc;
	}
	char sql[8192];
	long from, to;
	sqlite3_stmt *st = NULL;
	if (build_timeline_sql(&q, sql, sizeof sql, &from, &to) != 0 ||
	    sqlite3_prepare_v2(ev_store_db(s), sql, -1, &st, NULL) != SQLITE_OK) {
		rc = db_error("timeline", s);
		ev_verbs_free(v);
		ev_store_close(s);
		return rc;
	}
	if (q.actor)
		sqlite3_bind_text(st, 1, q.actor, -1, SQLITE_STATIC);
	if (q.with)
		sqlite3_bind_text(st, 2, q.with, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, from);
	sqlite3_bind_int64(st, 4, to);
	sqlite3_bind_int64(st, 5, q.min_sources);
	sqlite3_bind_int64(st, 6, q.limit);
	outbuf o;
	out_init(&o, stdout);
	int n = 0, r, starred = 0;
	while ((r = sqlite3_step(st)) == SQLITE_ROW && !o.failed) {
		if (q.format == FMT_TEXT) {
			timeline_text(&o, st, v);
			starred |= !strcmp(col(st, T_DSRC), "document");
		} else
			row_out(&o, st, q.format, n == 0);
		n++;
	}
	if (r != SQLITE_DONE && r != SQLITE_ROW)
		rc = db_error("timeline", s);
	if (n == 0 && q.format == FMT_TEXT && rc == EXIT_OK)
		fprintf(stderr, "%s timeline: no events match%s\n", cli_progname,
		        q.actor || q.with || q.from || q.to || q.roots ? " these filters" : "");
	else if (starred)
		out_cstr(&o, "(* the report's date: the text gives none)\n");
	out_close(&o);
	sqlite3_finalize(st);
	ev_verbs_free(v);
	ev_store_close(s);
	return rc;
}

/* -------------------------------------------------------------- who */

int cmd_who(int argc, char **argv)
{
	query_opts q;
	int rc = parse_query_args("who", argc, argv, "limit", "text, json or csv", &q);
	if (rc != EXIT_OK)
		return rc;
	if (q.nargs > 1)
		return cli_usage_error("who", "one NAME at most (quote a name with spaces)");
	ev_store *s;
	if ((rc = open_db("who", q.db, &s)) != EXIT_OK)
		return rc;
	sqlite3_stmt *st;
	const char *sql =
		"SELECT actor, name, code, country, role, type, aliases, cjk, mentions, documents,"
		" first_seen, last_seen FROM actors WHERE ?1 IS NULL OR name LIKE '%' || ?1 || '%'"
		" OR aliases LIKE '%' || ?1 || '%' OR actor LIKE '%' || ?1 || '%' OR code LIKE ?1 || '%'"
		" ORDER BY mentions DESC, name LIMIT ?2";
	if (sqlite3_prepare_v2(ev_store_db(s), sql, -1, &st, NULL) != SQLITE_OK) {
		rc = db_error("who", s);
		ev_store_close(s);
		return rc;
	}
	if (q.nargs)
		sqlite3_bind_text(st, 1, q.args[0], -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, q.limit);
	outbuf o;
	out_init(&o, stdout);
	int n = 0, r;
	while ((r = sqlite3_step(st)) == SQLITE_ROW && !o.failed) {
		if (q.format != FMT_TEXT) {
			row_out(&o, st, q.format, n++ == 0);
			continue;
		}
		n++;
		char buf[512];
		long long nm = sqlite3_column_int64(st, 8), nd = sqlite3_column_int64(st, 9);
		snprintf(buf, sizeof buf, "%-28s %-10s %-4s %-4s %-4s %lld mention%s in %lld document%s, %s to %s\n",
		         col(st, 1), *col(st, 2) ? col(st, 2) : "-", col(st, 5),
		         *col(st, 3) ? col(st, 3) : "-", *col(st, 4) ? col(st, 4) : "-", nm,
		         nm == 1 ? "" : "s", nd, nd == 1 ? "" : "s", *col(st, 10) ? col(st, 10) : "?",
		         *col(st, 11) ? col(st, 11) : "?");
		out_cstr(&o, buf);
		/* the other names it goes by (group_concat joins them with commas) */
		const char *name = col(st, 1), *p = col(st, 6);
		int k = 0;
		while (*p) {
			size_t len = strcspn(p, ",");
			if (len != strlen(name) || strncmp(p, name, len) != 0) {
				out_cstr(&o, k++ ? ", " : "    also: ");
				for (size_t j = 0; j < len; j++)   /* a name across a line break */
					out_char(&o, p[j] == '\n' || p[j] == '\r' || p[j] == '\t' ? ' ' : p[j]);
			}
			p += len + (p[len] == ',');
		}
		if (*col(st, 7)) {
			out_cstr(&o, k++ ? ", " : "    also: ");
			out_cstr(&o, col(st, 7));
		}
		if (k)
			out_char(&o, '\n');
	}
	if (r != SQLITE_DONE && r != SQLITE_ROW)
		rc = db_error("who", s);
	else if (n == 0)
		fprintf(stderr, "%s who: no actor matches\n", cli_progname);
	out_close(&o);
	sqlite3_finalize(st);
	ev_store_close(s);
	return rc;
}

/* ----------------------------------------------------------- search */

int cmd_search(int argc, char **argv)
{
	query_opts q;
	int rc = parse_query_args("search", argc, argv, "limit", "text or json", &q);
	if (rc != EXIT_OK)
		return rc;
	if (!q.nargs)
		return cli_usage_error("search", "give a query: eventline search 'tariff*'");
	char query[4096] = "";
	for (int i = 0; i < q.nargs; i++) {
		if (i)
			strncat(query, " ", sizeof query - strlen(query) - 1);
		strncat(query, q.args[i], sizeof query - strlen(query) - 1);
	}
	ev_store *s;
	if ((rc = open_db("search", q.db, &s)) != EXIT_OK)
		return rc;
	sqlite3 *db = ev_store_db(s);
	sqlite3_stmt *st, *ev;
	if (sqlite3_prepare_v2(db,
	                       "SELECT d.name AS doc, d.dct, s.n AS sentence, s.text, s.doc_id"
	                       " FROM sentences_fts f JOIN sentences s ON s.id = f.rowid"
	                       " JOIN documents d ON d.id = s.doc_id"
	                       " WHERE sentences_fts MATCH ?1 ORDER BY f.rank LIMIT ?2",
	                       -1, &st, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db,
	                       "SELECT m.cameo, m.source_code, m.source_text, m.target_code,"
	                       " m.target_text, m.date, m.verb, m.event_id"
	                       " FROM event_mentions m WHERE m.doc_id = ?1 AND m.sentence = ?2"
	                       " ORDER BY m.start",
	                       -1, &ev, NULL) != SQLITE_OK) {
		rc = db_error("search", s);
		ev_store_close(s);
		return rc;
	}
	sqlite3_bind_text(st, 1, query, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, q.limit < 0 ? 20 : q.limit);
	outbuf o;
	out_init(&o, stdout);
	int n = 0, r;
	while ((r = sqlite3_step(st)) == SQLITE_ROW && !o.failed) {
		n++;
		sqlite3_bind_int64(ev, 1, sqlite3_column_int64(st, 4));
		sqlite3_bind_int64(ev, 2, sqlite3_column_int64(st, 2));
		if (q.format == FMT_JSON) {
			out_cstr(&o, "{\"doc\":");
			out_json_cstr(&o, col(st, 0));
			out_cstr(&o, ",\"dct\":");
			out_json_cstr(&o, *col(st, 1) ? col(st, 1) : NULL);
			out_cstr(&o, ",\"sentence\":");
			out_long(&o, sqlite3_column_int64(st, 2));
			out_cstr(&o, ",\"text\":");
			out_json_cstr(&o, col(st, 3));
			out_cstr(&o, ",\"events\":[");
			int k = 0;
			while (sqlite3_step(ev) == SQLITE_ROW) {
				out_cstr(&o, k++ ? ",{\"event\":" : "{\"event\":");
				out_long(&o, sqlite3_column_int64(ev, 7));
				out_cstr(&o, ",\"cameo\":");
				out_json_cstr(&o, col(ev, 0));
				out_cstr(&o, ",\"source\":");
				out_json_cstr(&o, *col(ev, 1) ? col(ev, 1) : NULL);
				out_cstr(&o, ",\"target\":");
				out_json_cstr(&o, *col(ev, 3) ? col(ev, 3) : NULL);
				out_cstr(&o, ",\"date\":");
				out_json_cstr(&o, *col(ev, 5) ? col(ev, 5) : NULL);
				out_cstr(&o, ",\"verb\":");
				out_json_cstr(&o, col(ev, 6));
				out_char(&o, '}');
			}
			out_cstr(&o, "]}\n");
		} else {
			out_cstr(&o, col(st, 0));
			out_cstr(&o, " (");
			out_cstr(&o, *col(st, 1) ? col(st, 1) : "undated");
			out_cstr(&o, "), sentence ");
			out_long(&o, sqlite3_column_int64(st, 2));
			out_cstr(&o, ":\n    ");
			out_line(&o, col(st, 3));
			out_char(&o, '\n');
			while (sqlite3_step(ev) == SQLITE_ROW) {
				out_cstr(&o, "    event ");
				out_long(&o, sqlite3_column_int64(ev, 7));
				out_cstr(&o, ": ");
				out_cstr(&o, *col(ev, 1) ? col(ev, 1) : "-");
				out_char(&o, ' ');
				out_cstr(&o, col(ev, 0));
				out_char(&o, ' ');
				out_cstr(&o, *col(ev, 3) ? col(ev, 3) : "-");
				out_cstr(&o, " (");
				out_cstr(&o, col(ev, 6));
				if (*col(ev, 5)) {
					out_cstr(&o, ", ");
					out_cstr(&o, col(ev, 5));
				}
				out_cstr(&o, ")\n");
			}
		}
		sqlite3_reset(ev);
	}
	if (r != SQLITE_DONE && r != SQLITE_ROW) {
		fprintf(stderr, "%s search: %s: %s (FTS5 syntax: words, \"a phrase\", OR, NOT, prefix*)\n",
		        cli_progname, query, sqlite3_errmsg(db));
		rc = EXIT_USAGE;
	} else if (n == 0) {
		fprintf(stderr, "%s search: no sentence matches %s\n", cli_progname, query);
	}
	out_close(&o);
	sqlite3_finalize(ev);
	sqlite3_finalize(st);
	ev_store_close(s);
	return rc;
}

/* ----------------------------------------------------------- export */

/*
 * GDELT and ICEWS rows are written by the same code as `eventline code`
 * writes them, from a document rebuilt from the stored row: a body holding
 * the texts of the actors, place and verb, and mentions spanning them.
 */
typedef struct rebuilt {
	char body[4096];
	size_t len;
	ev_mention m[3];
	ev_entity en[3];
	ev_doc d;
	ev_event e;
} rebuilt;

static int32_t rebuilt_span(rebuilt *rb, int k, const char *text, const char *code,
                            const char *country, const char *id, const char *name, int type)
{
	if (!*text && !*code)
		return -1;
	size_t n = strlen(text);
	if (rb->len + n + 1 >= sizeof rb->body)
		n = 0;
	ev_mention *m = &rb->m[k];
	memset(m, 0, sizeof *m);
	m->start = (uint32_t)rb->len;
	memcpy(rb->body + rb->len, text, n);
	rb->len += n;
	rb->body[rb->len++] = ' ';
	m->end = m->start + (uint32_t)n;
	m->type = (uint8_t)type;
	snprintf(m->code, sizeof m->code, "%s", code);
	snprintf(m->country, sizeof m->country, "%s", country);
	m->entity = k;
	memset(&rb->en[k], 0, sizeof rb->en[k]);
	rb->en[k].id = id;
	rb->en[k].canonical = *name ? name : NULL;
	return k;
}

static void export_row(outbuf *o, sqlite3_stmt *st, out_format f, const ev_verbs *v)
{
	rebuilt rb;
	memset(&rb, 0, sizeof rb);
	ev_doc *d = &rb.d;
	ev_event *e = &rb.e;
	d->id = col(st, T_DOC);
	d->source = *col(st, T_PUB) ? col(st, T_PUB) : NULL;
	d->url = *col(st, T_URL) ? col(st, T_URL) : NULL;
	snprintf(d->dct, sizeof d->dct, "%s", col(st, T_DCT));
	e->source = rebuilt_span(&rb, 0, col(st, T_SRCTEXT), col(st, T_SCODE), "", "",
	                         col(st, T_SNAME), EV_MEN_ORG);
	e->target = rebuilt_span(&rb, 1, col(st, T_TGTTEXT), col(st, T_TCODE), "", "",
	                         col(st, T_TNAME), EV_MEN_ORG);
	e->location = rebuilt_span(&rb, 2, col(st, T_LOCTEXT), "", col(st, T_LOCC), "",
	                           "", EV_MEN_GPE);
	e->amount = e->said_by = e->timex = -1;
	e->cameo = ev_cameo_lookup(v, col(st, T_CAMEO));
	snprintf(e->date, sizeof e->date, "%s", col(st, T_DATE));
	e->sentence = (uint32_t)sqlite3_column_int64(st, T_SENT);
	e->negated = (uint8_t)sqlite3_column_int(st, T_NEG);
	size_t vn = strlen(col(st, T_VERB));
	if (rb.len + vn < sizeof rb.body) {
		e->verb_start = (uint32_t)rb.len;
		memcpy(rb.body + rb.len, col(st, T_VERB), vn);
		rb.len += vn;
		e->verb_end = (uint32_t)rb.len;
	}
	rb.body[rb.len] = '\0';
	d->body = rb.body;
	d->len = rb.len;
	d->mentions = rb.m;
	d->nmentions = 3;
	d->entities = rb.en;
	d->nentities = 3;
	if (!e->cameo)
		return;   /* a code from outside the table (--any-code): not in these layouts */
	long long id = sqlite3_column_int64(st, T_ID);
	if (f == FMT_GDELT) {
		long long counts[3] = {sqlite3_column_int64(st, T_NMEN), sqlite3_column_int64(st, T_NSRC),
		                       sqlite3_column_int64(st, T_NART)};
		events_print_gdelt(o, d, e, id, counts);
	} else {
		events_print_icews(o, d, e, id);
	}
}

int cmd_export(int argc, char **argv)
{
	query_opts q;
	int rc = parse_query_args("export", argc, argv, "mentions", "gdelt, icews, jsonl or csv", &q);
	if (rc != EXIT_OK)
		return rc;
	if (q.nargs)
		return cli_usage_error("export", "unexpected argument %s", q.args[0]);
	if (q.format == FMT_TEXT)
		return cli_usage_error("export", "give --format gdelt, icews, jsonl or csv");
	if (q.mentions && (q.format == FMT_GDELT || q.format == FMT_ICEWS))
		return cli_usage_error("export", "--mentions exports jsonl or csv");
	ev_store *s;
	if ((rc = open_db("export", q.db, &s)) != EXIT_OK)
		return rc;
	ev_verbs *v = NULL;
	size_t verrs;
	if ((rc = cli_load_verbs("export", &v, NULL, 0, 1, 0, &verrs)) != EXIT_OK) {
		ev_store_close(s);
		return rc;
	}
	char sql[4096];
	if (q.mentions)
		snprintf(sql, sizeof sql,
		         "SELECT m.*, d.name AS doc, d.dct, s.text AS sentence_text FROM event_mentions m"
		         " JOIN documents d ON d.id = m.doc_id JOIN sentences s ON s.id = m.sentence_id"
		         " ORDER BY m.id");
	else if (q.format == FMT_CSV || q.format == FMT_JSON)
		snprintf(sql, sizeof sql,
		         "SELECT e.*, d.name AS doc, m.sentence, s.text AS sentence_text FROM events e"
		         " LEFT JOIN event_mentions m ON m.id = e.best_mention"
		         " LEFT JOIN sentences s ON s.id = m.sentence_id"
		         " LEFT JOIN documents d ON d.id = m.doc_id ORDER BY e.day_lo IS NULL, e.day_lo, e.id");
	else
		snprintf(sql, sizeof sql, "%s ORDER BY e.day_lo IS NULL, e.day_lo, e.id", TIMELINE_COLS);
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(ev_store_db(s), sql, -1, &st, NULL) != SQLITE_OK) {
		rc = db_error("export", s);
		ev_verbs_free(v);
		ev_store_close(s);
		return rc;
	}
	outbuf o;
	out_init(&o, stdout);
	if (q.format == FMT_ICEWS)
		events_header_icews(&o);
	int n = 0, r;
	while ((r = sqlite3_step(st)) == SQLITE_ROW && !o.failed) {
		if (q.format == FMT_GDELT || q.format == FMT_ICEWS)
			export_row(&o, st, q.format, v);
		else
			row_out(&o, st, q.format, n == 0);
		n++;
	}
	if (r != SQLITE_DONE && r != SQLITE_ROW)
		rc = db_error("export", s);
	out_close(&o);
	sqlite3_finalize(st);
	ev_verbs_free(v);
	ev_store_close(s);
	return rc;
}
