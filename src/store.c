/*
 * store.c - the event database: coded documents into SQLite (schema in
 * docs/STORE.md), and the merge of reports of one happening into one event.
 * One writer per database; every document goes in whole within a transaction,
 * so a killed ingest leaves either all of a document or none of it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>
#include "eventline.h"
#include "datecalc.h"
#include "grow.h"

#define STORE_SCHEMA_VERSION "1"

/* The public schema.  Names are plain because users query them directly. */
static const char SCHEMA[] =
	"CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);\n"
	"CREATE TABLE IF NOT EXISTS documents(\n"
	"  id INTEGER PRIMARY KEY, name TEXT NOT NULL, hash TEXT NOT NULL UNIQUE,\n"
	"  path TEXT, line INTEGER, dct TEXT, source TEXT, title TEXT, url TEXT,\n"
	"  bytes INTEGER NOT NULL, sentences INTEGER NOT NULL, events INTEGER NOT NULL,\n"
	"  ingested TEXT NOT NULL);\n"
	"CREATE TABLE IF NOT EXISTS sentences(\n"
	"  id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL REFERENCES documents(id),\n"
	"  n INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL);\n"

	"CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5(text, content='sentences',\n"
	"  content_rowid='id', columnsize=0, tokenize='unicode61 remove_diacritics 2');\n"
	"CREATE TABLE IF NOT EXISTS mentions(\n"
	"  id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL REFERENCES documents(id),\n"
	"  sentence INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,\n"
	"  text TEXT NOT NULL, type TEXT NOT NULL, code TEXT, country TEXT, role TEXT,\n"
	"  actor TEXT, canonical TEXT, alias TEXT, value REAL, currency TEXT, unit TEXT);\n"


	"CREATE TABLE IF NOT EXISTS timexes(\n"
	"  id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL REFERENCES documents(id),\n"
	"  sentence INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,\n"
	"  text TEXT NOT NULL, type TEXT NOT NULL, value TEXT, mod TEXT);\n"

	"CREATE TABLE IF NOT EXISTS events(\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  source_code TEXT, source_actor TEXT, source_name TEXT,\n"
	"  target_code TEXT, target_actor TEXT, target_name TEXT,\n"
	"  cameo TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER, goldstein REAL,\n"
	"  plover_event TEXT, plover_mode TEXT,\n"
	"  date TEXT, date_mod TEXT, date_source TEXT NOT NULL, precision TEXT,\n"
	"  day_lo INTEGER, day_hi INTEGER,\n"
	"  location TEXT, location_country TEXT, amount REAL, currency TEXT,\n"
	"  mood TEXT NOT NULL, negated INTEGER NOT NULL,\n"
	"  num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL,\n"
	"  num_articles INTEGER NOT NULL, best_mention INTEGER, merge_key TEXT);\n"
	"CREATE INDEX IF NOT EXISTS events_merge ON events(merge_key, precision, day_lo);\n"
	"CREATE INDEX IF NOT EXISTS events_day ON events(day_lo);\n"

	"CREATE TABLE IF NOT EXISTS event_mentions(\n"
	"  id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id),\n"
	"  doc_id INTEGER NOT NULL REFERENCES documents(id), sentence INTEGER NOT NULL,\n"
	"  sentence_id INTEGER NOT NULL REFERENCES sentences(id),\n"
	"  source_text TEXT, source_code TEXT, source_actor TEXT,\n"
	"  target_text TEXT, target_code TEXT, target_actor TEXT,\n"
	"  cameo TEXT NOT NULL, date TEXT, date_mod TEXT, date_source TEXT NOT NULL,\n"
	"  location TEXT, location_country TEXT, amount_text TEXT, amount REAL, currency TEXT,\n"
	"  said_by_text TEXT, said_by_code TEXT, negated INTEGER NOT NULL, mood TEXT NOT NULL,\n"
	"  nominal INTEGER NOT NULL, verb TEXT NOT NULL, start INTEGER NOT NULL,\n"
	"  end INTEGER NOT NULL);\n"
	"CREATE INDEX IF NOT EXISTS event_mentions_event ON event_mentions(event_id, doc_id);\n"
	"CREATE TABLE IF NOT EXISTS event_sources(\n"
	"  event_id INTEGER NOT NULL, source TEXT NOT NULL, PRIMARY KEY(event_id, source))\n"
	"  WITHOUT ROWID;\n"
	"CREATE INDEX IF NOT EXISTS event_mentions_doc ON event_mentions(doc_id, sentence);\n"
	/* An actor's name, code, role and type: those most of its mentions have,
	 * a long name in capitals (a dateline: WASHINGTON, not U.S. or NATO) only
	 * when there is no other.  (The one max() makes SQLite take the other
	 * columns from its row; a window function here made the join slow.) */
	"CREATE VIEW IF NOT EXISTS actors AS\n"
	"  WITH usual AS (SELECT actor, canonical, code, country, role, type,\n"
	"      max((NOT (canonical = upper(canonical) AND length(canonical) > 5)) * 1000000000 + n)\n"
	"        AS score\n"
	"    FROM (SELECT actor, canonical, code, country, role, type, count(*) AS n FROM mentions\n"
	"          WHERE actor IS NOT NULL GROUP BY actor, canonical, code, country, role, type)\n"
	"    GROUP BY actor),\n"
	"  seen AS (SELECT m.actor AS actor, group_concat(DISTINCT m.text) AS aliases,\n"
	"      max(m.alias) AS cjk, count(*) AS mentions, count(DISTINCT m.doc_id) AS documents,\n"
	"      min(d.dct) AS first_seen, max(d.dct) AS last_seen\n"
	"    FROM mentions m JOIN documents d ON d.id = m.doc_id\n"
	"    WHERE m.actor IS NOT NULL GROUP BY m.actor)\n"
	"  SELECT s.actor AS actor, u.canonical AS name, u.code AS code, u.country AS country,\n"
	"         u.role AS role, u.type AS type, s.aliases AS aliases, s.cjk AS cjk,\n"
	"         s.mentions AS mentions, s.documents AS documents, s.first_seen AS first_seen,\n"
	"         s.last_seen AS last_seen\n"
	"  FROM seen s JOIN usual u ON u.actor = s.actor;\n";

enum {
	Q_FIND_DOC, Q_ADD_DOC, Q_ADD_SENT, Q_ADD_FTS, Q_ADD_MENTION, Q_ADD_TIMEX,
	Q_FIND_EVENT, Q_ADD_EVENT, Q_ADD_EVM, Q_COUNT_EVENT, Q_REDATE_EVENT, Q_SEEN_DOC,
	Q_ADD_SOURCE, Q_NEXT_EVM,
	Q_N
};

static const char *const QUERIES[Q_N] = {
	"SELECT id FROM documents WHERE hash = ?1",
	"INSERT INTO documents(name, hash, path, line, dct, source, title, url, bytes, sentences,"
	" events, ingested) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,"
	" strftime('%Y-%m-%dT%H:%M:%SZ','now'))",
	"INSERT INTO sentences(doc_id, n, start, end, text) VALUES(?1,?2,?3,?4,?5)",
	"INSERT INTO sentences_fts(rowid, text) VALUES(?1,?2)",
	"INSERT INTO mentions(doc_id, sentence, start, end, text, type, code, country, role,"
	" actor, canonical, alias, value, currency, unit)"
	" VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15)",
	"INSERT INTO timexes(doc_id, sentence, start, end, text, type, value, mod)"
	" VALUES(?1,?2,?3,?4,?5,?6,?7,?8)",
	/* the stored events of the same key and precision in the window, in
	 * day order (the caller takes the nearest: no sorter per report) */
	"SELECT id, date_source, day_lo FROM events WHERE merge_key = ?1 AND precision = ?2"
	" AND day_lo BETWEEN ?3 AND ?4",
	"INSERT INTO events(source_code, source_actor, source_name, target_code, target_actor,"
	" target_name, cameo, root, quad, goldstein, plover_event, plover_mode, date, date_mod,"
	" date_source, precision, day_lo, day_hi, location, location_country, amount, currency,"
	" mood, negated, num_mentions, num_sources, num_articles, best_mention, merge_key)"
	" VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,"
	" ?23,?24,1,1,1,?26,?25)",
	"INSERT INTO event_mentions(event_id, doc_id, sentence, sentence_id, source_text,"
	" source_code, source_actor, target_text, target_code, target_actor, cameo, date,"
	" date_mod, date_source, location, location_country, amount_text, amount, currency,"
	" said_by_text, said_by_code, negated, mood, nominal, verb, start, end)"
	" VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,"
	" ?22,?23,?24,?25,?26,?27)",
	/* the three counts of GDELT: reports, publishers, articles; kept by
	 * increments, so a much-reported event costs no more than a new one */
	"UPDATE events SET num_mentions = num_mentions + ?2, num_articles = num_articles + ?3,"
	" num_sources = num_sources + ?4, best_mention = coalesce(?5, best_mention) WHERE id = ?1",
	/* a later report that dates the event in its text is the better one */
	"UPDATE events SET best_mention = ?2, date = ?3, date_mod = ?4, date_source = 'text',"
	" day_lo = ?5, day_hi = ?6 WHERE id = ?1",
	"SELECT 1 FROM event_mentions WHERE event_id = ?1 AND doc_id = ?2 LIMIT 1",
	"INSERT OR IGNORE INTO event_sources(event_id, source) VALUES(?1, ?2)",
	"SELECT coalesce(max(id), 0) + 1 FROM event_mentions",
};

struct ev_store {
	sqlite3 *db;
	sqlite3_stmt *q[Q_N];
	int in_tx;
	int window;
	int64_t next_evm;     /* the rowid the next event mention will get */
	int64_t *sent_ids;    /* rowids of the current document's sentences */
	size_t sent_cap;
	char msg[256];
};

static ev_status fail(ev_store *s, ev_error *err)
{
	snprintf(s->msg, sizeof s->msg, "%s", sqlite3_errmsg(s->db));
	if (err) {
		memset(err, 0, sizeof *err);
		err->status = EV_ERR_STORE;
		err->severity = EV_ERROR;
		err->offset = -1;
		snprintf(err->msg, sizeof err->msg, "%s", s->msg);
	}
	return EV_ERR_STORE;
}

static int exec(ev_store *s, const char *sql)
{
	return sqlite3_exec(s->db, sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : -1;
}

static const char *meta_get(ev_store *s, const char *key, char *buf, size_t n)
{
	sqlite3_stmt *st;
	const char *r = NULL;
	if (sqlite3_prepare_v2(s->db, "SELECT value FROM meta WHERE key = ?1", -1, &st, NULL) !=
	    SQLITE_OK)
		return NULL;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW) {
		snprintf(buf, n, "%s", (const char *)sqlite3_column_text(st, 0));
		r = buf;
	}
	sqlite3_finalize(st);
	return r;
}

static int meta_set(ev_store *s, const char *key, const char *val)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)", -1,
	                       &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, val, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
	sqlite3_finalize(st);
	return rc;
}

ev_status ev_store_open(const char *path, ev_store_mode mode, ev_store **out, ev_error *err)
{
	*out = NULL;
	ev_store *s = calloc(1, sizeof *s);
	if (!s)
		return EV_ERR_NOMEM;
	s->window = 1;
	int flags = mode == EV_STORE_WRITE ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
	                                   : SQLITE_OPEN_READONLY;
	if (sqlite3_open_v2(path, &s->db, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		ev_status st = fail(s, err);
		ev_store_close(s);
		return st;
	}
	/* readers wait for a writer's commit instead of failing */
	sqlite3_busy_timeout(s->db, 30000);
	char buf[64];
	if (mode == EV_STORE_WRITE) {
		/* WAL: readers run while an ingest writes, and a killed writer leaves
		 * the last committed state.  NORMAL sync is safe against a killed
		 * process (only a power cut can lose the last commits). */
		if (exec(s, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
		            " PRAGMA cache_size=-8192; PRAGMA temp_store=MEMORY;") != 0 ||
		    exec(s, "BEGIN IMMEDIATE") != 0 || exec(s, SCHEMA) != 0) {
			ev_status st = fail(s, err);
			ev_store_close(s);
			return st;
		}
		const char *v = meta_get(s, "schema_version", buf, sizeof buf);
		if (v && strcmp(v, STORE_SCHEMA_VERSION) != 0) {
			snprintf(s->msg, sizeof s->msg,
			         "schema version %s, this eventline writes %s: ingest into a new database", v,
			         STORE_SCHEMA_VERSION);
			goto bad;
		}
		if ((!v && meta_set(s, "schema_version", STORE_SCHEMA_VERSION) != 0) ||
		    exec(s, "COMMIT") != 0) {
			ev_status st = fail(s, err);
			ev_store_close(s);
			return st;
		}
		for (int i = 0; i < Q_N; i++)
			if (sqlite3_prepare_v3(s->db, QUERIES[i], -1, SQLITE_PREPARE_PERSISTENT, &s->q[i],
			                       NULL) != SQLITE_OK) {
				ev_status st = fail(s, err);
				ev_store_close(s);
				return st;
			}
	} else if (!meta_get(s, "schema_version", buf, sizeof buf)) {
		snprintf(s->msg, sizeof s->msg, "not an eventline database (no meta table)");
		goto bad;
	}
	if (meta_get(s, "window", buf, sizeof buf))
		s->window = atoi(buf);
	*out = s;
	return EV_OK;
bad:
	if (err) {
		memset(err, 0, sizeof *err);
		err->status = EV_ERR_STORE;
		err->severity = EV_ERROR;
		err->offset = -1;
		snprintf(err->msg, sizeof err->msg, "%s", s->msg);
	}
	ev_store_close(s);
	return EV_ERR_STORE;
}

ev_status ev_store_set_window(ev_store *s, int days)
{
	if (days < 0 || days > 3660)
		return EV_ERR_USAGE;
	char buf[16];
	snprintf(buf, sizeof buf, "%d", days);
	if (meta_set(s, "window", buf) != 0)
		return fail(s, NULL);
	s->window = days;
	return EV_OK;
}

int ev_store_window(const ev_store *s)
{
	return s->window;
}

const char *ev_store_errmsg(const ev_store *s)
{
	return s->msg;
}

void *ev_store_db(ev_store *s)
{
	return s->db;
}

ev_status ev_store_commit(ev_store *s)
{
	if (!s->in_tx)
		return EV_OK;
	s->in_tx = 0;
	return exec(s, "COMMIT") == 0 ? EV_OK : fail(s, NULL);
}

void ev_store_close(ev_store *s)
{
	if (!s)
		return;
	if (s->in_tx)
		ev_store_commit(s);
	for (int i = 0; i < Q_N; i++)
		sqlite3_finalize(s->q[i]);
	sqlite3_close(s->db);
	free(s->sent_ids);
	free(s);
}

/* ------------------------------------------------------------ dates */

int ev_date_range(const char *v, long *lo, long *hi, const char **precision)
{
	int y = 0, i = 0;
	for (; i < 4; i++) {
		if (v[i] < '0' || v[i] > '9')
			return -1;
		y = y * 10 + (v[i] - '0');
	}
	if (v[4] == '\0') {
		*lo = date_days(y, 1, 1);
		*hi = date_days(y + 1, 1, 1) - 1;
		*precision = "year";
		return 0;
	}
	if (v[4] != '-')
		return -1;
	const char *p = v + 5;
	int two = p[0] >= '0' && p[0] <= '9' && p[1] >= '0' && p[1] <= '9';
	if (p[0] == 'W' && p[1] >= '0' && p[1] <= '9' && p[2] >= '0' && p[2] <= '9') {
		int w = (p[1] - '0') * 10 + (p[2] - '0');
		if (w < 1 || w > 53)
			return -1;
		long jan4 = date_days(y, 1, 4);
		*lo = jan4 - (date_weekday(jan4) - 1) + 7L * (w - 1);
		*hi = *lo + 6;
		*precision = "week";
		return 0;
	}
	if ((p[0] == 'Q' && p[1] >= '1' && p[1] <= '4') || (p[0] == 'H' && (p[1] == '1' || p[1] == '2'))) {
		int months = p[0] == 'Q' ? 3 : 6, k = p[1] - '1';
		int m0 = 1 + months * k, m1 = m0 + months;
		*lo = date_days(y, m0, 1);
		*hi = (m1 > 12 ? date_days(y + 1, 1, 1) : date_days(y, m1, 1)) - 1;
		*precision = p[0] == 'Q' ? "quarter" : "half";
		return 0;
	}
	if (!two)
		return -1;
	int m = (p[0] - '0') * 10 + (p[1] - '0');
	if (m < 1 || m > 12)
		return -1;
	if (p[2] == '\0') {
		*lo = date_days(y, m, 1);
		*hi = (m == 12 ? date_days(y + 1, 1, 1) : date_days(y, m + 1, 1)) - 1;
		*precision = "month";
		return 0;
	}
	if (p[2] != '-' || p[3] < '0' || p[3] > '9' || p[4] < '0' || p[4] > '9')
		return -1;
	int d = (p[3] - '0') * 10 + (p[4] - '0');
	if (d < 1 || d > 31)
		return -1;
	*lo = *hi = date_days(y, m, d);
	*precision = "day";
	return 0;
}

/* ------------------------------------------------------------ adding */

/* A content hash of the body: two independent 64-bit lanes, as 32 hex digits.
 * Not for adversaries: it tells a re-fed article from a new one. */
static void body_hash(const char *s, size_t n, char out[33])
{
	uint64_t a = 0x9E3779B97F4A7C15ull ^ n, b = 0xC2B2AE3D27D4EB4Full + n;
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		a = (a ^ w) * 0xFF51AFD7ED558CCDull;
		a ^= a >> 32;
		b = (b + w) * 0xC4CEB9FE1A85EC53ull;
		b ^= b >> 29;
	}
	for (; i < n; i++) {
		a = (a ^ (unsigned char)s[i]) * 0x100000001B3ull;
		b = (b + (unsigned char)s[i]) * 0x9E3779B97F4A7C15ull;
	}
	a ^= a >> 33;
	a *= 0xFF51AFD7ED558CCDull;
	a ^= a >> 33;
	b ^= b >> 31;
	b *= 0xC4CEB9FE1A85EC53ull;
	b ^= b >> 33;
	snprintf(out, 33, "%016llx%016llx", (unsigned long long)a, (unsigned long long)b);
}

static void bind_span(sqlite3_stmt *st, int i, const ev_doc *d, uint32_t a, uint32_t b)
{
	sqlite3_bind_text(st, i, d->body + a, (int)(b - a), SQLITE_STATIC);
}

static void bind_cstr(sqlite3_stmt *st, int i, const char *s)
{
	if (s && *s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

/* Run a bound statement to its end and reset it: 0, or -1 on an error. */
static int step(sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return rc == SQLITE_DONE || rc == SQLITE_ROW ? 0 : -1;
}

/* The sentence that holds token t (sentences are in token order). */
static uint32_t sent_of_tok(const ev_doc *d, uint32_t t)
{
	size_t lo = 0, hi = d->nsents;
	while (lo + 1 < hi) {
		size_t mid = (lo + hi) / 2;
		if (d->sents[mid].tok_begin <= t)
			lo = mid;
		else
			hi = mid;
	}
	return (uint32_t)lo;
}

/* Parameters 1-5 of a mention or a timex: doc_id, sentence, start, end, text. */
static void bind_where(sqlite3_stmt *q, const ev_doc *d, int64_t doc_id, uint32_t tok,
                       uint32_t start, uint32_t end)
{
	sqlite3_bind_int64(q, 1, doc_id);
	sqlite3_bind_int64(q, 2, d->nsents ? sent_of_tok(d, tok) : 0);
	sqlite3_bind_int64(q, 3, start);
	sqlite3_bind_int64(q, 4, end);
	bind_span(q, 5, d, start, end);
}

static const char *const MOODS[] = {"asserted", "future", "hypothetical"};
static const char *const DATE_SOURCES[] = {"none", "text", "document"};

/* The merge key of one side: its code, else its actor id, else "". */
static size_t side_key(const ev_doc *d, int32_t m, char *out, size_t n)
{
	if (m < 0)
		return 0;
	const ev_mention *mm = &d->mentions[m];
	if (mm->code[0])
		return (size_t)snprintf(out, n, "%s", mm->code);
	if (mm->entity >= 0 && d->entities[mm->entity].id)
		return (size_t)snprintf(out, n, "~%s", d->entities[mm->entity].id);
	return 0;
}

static int add_event(ev_store *s, const ev_doc *d, int64_t doc_id, const ev_event *e)
{
	const ev_cameo *c = e->cameo;
	const char *mod = e->timex >= 0 ? d->timexes[e->timex].mod : "";
	long lo = 0, hi = 0;
	const char *prec = NULL;
	int dated = e->date[0] && ev_date_range(e->date, &lo, &hi, &prec) == 0;
	char sk[128], tk[128], key[300];
	size_t sl = side_key(d, e->source, sk, sizeof sk), tl = side_key(d, e->target, tk, sizeof tk);
	if (sl == 0)
		sk[0] = '\0';
	if (tl == 0)
		tk[0] = '\0';
	int mergeable = dated && (sl || tl);
	snprintf(key, sizeof key, "%s|%s|%s|%s|%d", sk, tk, c->root, MOODS[e->mood], e->negated);

	int64_t ev_id = 0;
	int replace_date = 0, created = 0;
	if (mergeable) {
		sqlite3_stmt *q = s->q[Q_FIND_EVENT];
		sqlite3_bind_text(q, 1, key, -1, SQLITE_STATIC);
		sqlite3_bind_text(q, 2, prec, -1, SQLITE_STATIC);
		sqlite3_bind_int64(q, 3, lo - s->window);
		sqlite3_bind_int64(q, 4, lo + s->window);
		int rc;
		long best = -1;
		while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
			long dist = labs((long)sqlite3_column_int64(q, 2) - lo);
			if (best >= 0 && dist >= best)
				continue;   /* ties: the first stored */
			best = dist;
			ev_id = sqlite3_column_int64(q, 0);
			const char *ds = (const char *)sqlite3_column_text(q, 1);
			replace_date = e->date_source == EV_DATE_TEXT && ds && strcmp(ds, "text") != 0;
		}
		sqlite3_reset(q);
		sqlite3_clear_bindings(q);
		if (rc != SQLITE_DONE)
			return -1;
	}
	const ev_mention *loc = e->location >= 0 ? &d->mentions[e->location] : NULL;
	const ev_mention *amt = e->amount >= 0 ? &d->mentions[e->amount] : NULL;
	int has_value = amt && amt->value == amt->value;
	if (!ev_id) {
		sqlite3_stmt *q = s->q[Q_ADD_EVENT];
		const int32_t side[2] = {e->source, e->target};
		for (int k = 0; k < 2; k++) {
			if (side[k] < 0)
				continue;
			const ev_mention *m = &d->mentions[side[k]];
			const ev_entity *en = m->entity >= 0 ? &d->entities[m->entity] : NULL;
			bind_cstr(q, 1 + 3 * k, m->code);
			bind_cstr(q, 2 + 3 * k, en ? en->id : NULL);
			if (en && en->canonical)
				bind_cstr(q, 3 + 3 * k, en->canonical);
			else
				bind_span(q, 3 + 3 * k, d, m->start, m->end);
		}
		bind_cstr(q, 7, c->code);
		bind_cstr(q, 8, c->root);
		if (c->quad) {
			sqlite3_bind_int(q, 9, c->quad);
			sqlite3_bind_double(q, 10, (double)c->goldstein);
		}
		bind_cstr(q, 11, c->plover);
		bind_cstr(q, 12, c->mode);
		bind_cstr(q, 13, e->date);
		bind_cstr(q, 14, mod);
		bind_cstr(q, 15, DATE_SOURCES[e->date_source]);
		if (dated) {
			bind_cstr(q, 16, prec);
			sqlite3_bind_int64(q, 17, lo);
			sqlite3_bind_int64(q, 18, hi);
		}
		if (loc) {
			bind_span(q, 19, d, loc->start, loc->end);
			bind_cstr(q, 20, loc->country);
		}
		if (has_value) {
			sqlite3_bind_double(q, 21, amt->value);
			bind_cstr(q, 22, amt->currency);
		}
		bind_cstr(q, 23, MOODS[e->mood]);
		sqlite3_bind_int(q, 24, e->negated);
		if (mergeable)
			sqlite3_bind_text(q, 25, key, -1, SQLITE_STATIC);
		/* counted as one report now, with the mention stored next as the
		 * best: one statement less for the events that are reported once */
		sqlite3_bind_int64(q, 26, s->next_evm);
		if (step(q) != 0)
			return -1;
		ev_id = sqlite3_last_insert_rowid(s->db);
		created = 1;
	}

	/* a new article for the event?  (asked before this mention is stored) */
	sqlite3_stmt *q;
	int new_article = 1, new_source = 0;
	if (!created) {
		q = s->q[Q_SEEN_DOC];
		sqlite3_bind_int64(q, 1, ev_id);
		sqlite3_bind_int64(q, 2, doc_id);
		int rc = sqlite3_step(q);
		sqlite3_reset(q);
		if (rc != SQLITE_ROW && rc != SQLITE_DONE)
			return -1;
		new_article = rc == SQLITE_DONE;
	}
	if (new_article) {
		/* a publisher, else the article itself is the source */
		char own[32];
		snprintf(own, sizeof own, "#%lld", (long long)doc_id);
		q = s->q[Q_ADD_SOURCE];
		sqlite3_bind_int64(q, 1, ev_id);
		if (sqlite3_bind_text(q, 2, d->source && *d->source ? d->source : own, -1,
		                      SQLITE_TRANSIENT) != SQLITE_OK || step(q) != 0)
			return -1;
		new_source = sqlite3_changes(s->db) > 0;
	}

	q = s->q[Q_ADD_EVM];
	sqlite3_bind_int64(q, 1, ev_id);
	sqlite3_bind_int64(q, 2, doc_id);
	sqlite3_bind_int64(q, 3, e->sentence);
	sqlite3_bind_int64(q, 4, s->sent_ids[e->sentence]);
	const int32_t side[3] = {e->source, e->target, e->said_by};
	const int col[3] = {5, 8, 20};
	for (int k = 0; k < 3; k++) {
		if (side[k] < 0)
			continue;
		const ev_mention *m = &d->mentions[side[k]];
		bind_span(q, col[k], d, m->start, m->end);
		bind_cstr(q, col[k] + 1, m->code);
		if (k < 2)
			bind_cstr(q, col[k] + 2, m->entity >= 0 ? d->entities[m->entity].id : NULL);
	}
	bind_cstr(q, 11, c->code);
	bind_cstr(q, 12, e->date);
	bind_cstr(q, 13, mod);
	bind_cstr(q, 14, DATE_SOURCES[e->date_source]);
	if (loc) {
		bind_span(q, 15, d, loc->start, loc->end);
		bind_cstr(q, 16, loc->country);
	}
	if (amt) {
		bind_span(q, 17, d, amt->start, amt->end);
		if (has_value)
			sqlite3_bind_double(q, 18, amt->value);
		bind_cstr(q, 19, amt->currency);
	}
	sqlite3_bind_int(q, 22, e->negated);
	bind_cstr(q, 23, MOODS[e->mood]);
	sqlite3_bind_int(q, 24, e->nominal);
	bind_span(q, 25, d, e->verb_start, e->verb_end);
	sqlite3_bind_int64(q, 26, e->verb_start);
	sqlite3_bind_int64(q, 27, e->verb_end);
	if (step(q) != 0)
		return -1;
	int64_t evm = sqlite3_last_insert_rowid(s->db);
	int predicted = evm == s->next_evm;
	s->next_evm = evm + 1;
	if (!created || !predicted) {
		q = s->q[Q_COUNT_EVENT];
		sqlite3_bind_int64(q, 1, ev_id);
		sqlite3_bind_int(q, 2, !created);
		sqlite3_bind_int(q, 3, created ? 0 : new_article);
		sqlite3_bind_int(q, 4, created ? 0 : new_source);
		if (created)
			sqlite3_bind_int64(q, 5, evm);
		if (step(q) != 0)
			return -1;
	}
	if (replace_date) {
		q = s->q[Q_REDATE_EVENT];
		sqlite3_bind_int64(q, 1, ev_id);
		sqlite3_bind_int64(q, 2, evm);
		bind_cstr(q, 3, e->date);
		bind_cstr(q, 4, mod);
		sqlite3_bind_int64(q, 5, lo);
		sqlite3_bind_int64(q, 6, hi);
		if (step(q) != 0)
			return -1;
	}
	return 0;
}

static int add_sentences(ev_store *s, const ev_doc *d, int64_t doc_id)
{
	if (grow((void **)&s->sent_ids, &s->sent_cap, d->nsents + 1, sizeof *s->sent_ids) != 0)
		return -2;
	for (size_t i = 0; i < d->nsents; i++) {
		const ev_sentence *se = &d->sents[i];
		sqlite3_stmt *q = s->q[Q_ADD_SENT];
		sqlite3_bind_int64(q, 1, doc_id);
		sqlite3_bind_int64(q, 2, (sqlite3_int64)i);
		sqlite3_bind_int64(q, 3, se->start);
		sqlite3_bind_int64(q, 4, se->end);
		bind_span(q, 5, d, se->start, se->end);
		if (step(q) != 0)
			return -1;
		s->sent_ids[i] = sqlite3_last_insert_rowid(s->db);
		q = s->q[Q_ADD_FTS];
		sqlite3_bind_int64(q, 1, s->sent_ids[i]);
		bind_span(q, 2, d, se->start, se->end);
		if (step(q) != 0)
			return -1;
	}
	return 0;
}

static int add_mentions(ev_store *s, const ev_doc *d, int64_t doc_id)
{
	for (size_t i = 0; i < d->nmentions; i++) {
		const ev_mention *m = &d->mentions[i];
		const ev_entity *en = m->entity >= 0 ? &d->entities[m->entity] : NULL;
		sqlite3_stmt *q = s->q[Q_ADD_MENTION];
		bind_where(q, d, doc_id, m->tok_begin, m->start, m->end);
		bind_cstr(q, 6, ev_mention_type_str(m->type));
		bind_cstr(q, 7, m->code);
		bind_cstr(q, 8, m->country);
		bind_cstr(q, 9, m->role);
		if (en) {
			bind_cstr(q, 10, en->id);
			bind_cstr(q, 11, en->canonical);
			bind_cstr(q, 12, en->alias);
		}
		if (m->entity < 0 && m->value == m->value)
			sqlite3_bind_double(q, 13, m->value);
		bind_cstr(q, 14, m->currency);
		bind_cstr(q, 15, m->unit);
		if (step(q) != 0)
			return -1;
	}
	return 0;
}

static int add_timexes(ev_store *s, const ev_doc *d, int64_t doc_id)
{
	for (size_t i = 0; i < d->ntimexes; i++) {
		const ev_timex *t = &d->timexes[i];
		sqlite3_stmt *q = s->q[Q_ADD_TIMEX];
		bind_where(q, d, doc_id, t->tok_begin, t->start, t->end);
		bind_cstr(q, 6, ev_timex_type_str(t->type));
		bind_cstr(q, 7, t->value);
		bind_cstr(q, 8, t->mod);
		if (step(q) != 0)
			return -1;
	}
	return 0;
}

static int add_doc(ev_store *s, const ev_doc *d, const char *hash, int64_t *doc_id)
{
	sqlite3_stmt *q = s->q[Q_ADD_DOC];
	bind_cstr(q, 1, d->id ? d->id : "doc");
	bind_cstr(q, 2, hash);
	bind_cstr(q, 3, d->path);
	sqlite3_bind_int64(q, 4, d->line);
	bind_cstr(q, 5, d->dct);
	bind_cstr(q, 6, d->source);
	bind_cstr(q, 7, d->title);
	bind_cstr(q, 8, d->url);
	sqlite3_bind_int64(q, 9, (sqlite3_int64)d->len);
	sqlite3_bind_int64(q, 10, (sqlite3_int64)d->nsents);
	sqlite3_bind_int64(q, 11, (sqlite3_int64)d->nevents);
	if (step(q) != 0)
		return -1;
	*doc_id = sqlite3_last_insert_rowid(s->db);
	int r = add_sentences(s, d, *doc_id);
	if (r == 0)
		r = add_mentions(s, d, *doc_id);
	if (r == 0)
		r = add_timexes(s, d, *doc_id);
	for (size_t i = 0; i < d->nevents && r == 0; i++)
		if (d->events[i].sentence < d->nsents)
			r = add_event(s, d, *doc_id, &d->events[i]);
	return r;
}

ev_status ev_store_add(ev_store *s, const ev_doc *d, int *added, size_t *events)
{
	*added = 0;
	if (events)
		*events = 0;
	if (!s->q[0]) {
		snprintf(s->msg, sizeof s->msg, "the database is open for reading only");
		return EV_ERR_USAGE;
	}
	char hash[33];
	body_hash(d->body, d->len, hash);
	if (!s->in_tx) {
		if (exec(s, "BEGIN IMMEDIATE") != 0)
			return fail(s, NULL);
		s->in_tx = 1;
		/* another writer may have stored reports since our last commit */
		sqlite3_stmt *n = s->q[Q_NEXT_EVM];
		if (sqlite3_step(n) != SQLITE_ROW) {
			sqlite3_reset(n);
			return fail(s, NULL);
		}
		s->next_evm = sqlite3_column_int64(n, 0);
		sqlite3_reset(n);
	}
	sqlite3_stmt *q = s->q[Q_FIND_DOC];
	sqlite3_bind_text(q, 1, hash, -1, SQLITE_STATIC);
	int rc = sqlite3_step(q);
	sqlite3_reset(q);
	if (rc == SQLITE_ROW)
		return EV_OK;   /* stored before: nothing changes */
	if (rc != SQLITE_DONE)
		return fail(s, NULL);
	/* A failure here is the database's (full disk, I/O), not the document's:
	 * the whole open transaction is rolled back, so no half document stays,
	 * and the caller stops.  (A savepoint a document would keep the others,
	 * but makes the full-text index flush at every document: 5x slower.) */
	int64_t doc_id;
	int r = add_doc(s, d, hash, &doc_id);
	if (r != 0) {
		ev_status st = r == -2 ? EV_ERR_NOMEM : fail(s, NULL);
		exec(s, "ROLLBACK");
		s->in_tx = 0;
		return st;
	}
	*added = 1;
	if (events)
		*events = d->nevents;
	return EV_OK;
}
