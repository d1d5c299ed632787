/*
 * dict.c - loading dictionaries (the project's .dict format, TABARI and
 * PETRARCH/Phoenix actors and agents) and matching their names on tokens.
 * Names are tokenized with the document tokenizer, so "U.S." or "Xi'an" in a
 * dictionary meets the same tokens as in a text.  Everything lives in a few
 * growing arrays and one string pool, read-only once compiled.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "arena.h"
#include "dict.h"
#include "doc.h"
#include "grow.h"
#include "hash.h"
#include "slurp.h"

/* A surface form: its tokens (normalized strings in the pool) and entry. */
typedef struct dict_key {
	uint32_t entry;
	uint32_t toks;        /* index of its first token in the token table */
	uint8_t ntok;
	uint8_t exact_case;   /* an acronym (US, WHO): matches only in capitals */
	uint8_t stem;         /* TABARI stem: the last word matches as a prefix */
	uint8_t gapped;       /* a word of it may have others before it (dict_tok.gap) */
	uint32_t next;        /* the next key in the same bucket, or UINT32_MAX */
	uint32_t hash;        /* full hash of what it is filed under: most of a bucket's
	                         other keys are told apart without touching their text */
	uint32_t hash2;       /* hash of the second word, for keys of two words or more
	                         whose second word is matched whole; else 0 */
} dict_key;

typedef struct dict_tok {
	uint32_t off;         /* string offset */
	uint16_t len;
	uint8_t gap;          /* TABARI "PRINCE DOL_AMROTH": other words may stand before it */
} dict_tok;

/* How many words a TABARI name's space lets stand between ("Prince of Dol Amroth",
 * "Al \"The Weasel\" Gore"). */
#define MAX_NAME_GAP 4

#define NIL UINT32_MAX

struct ev_dict {
	char *pool;
	size_t pool_len, pool_cap;
	dict_entry *entries;
	size_t nentries, cap_entries;
	dict_code *codes;
	size_t ncodes, cap_codes;
	dict_key *keys;
	size_t nkeys, cap_keys;
	dict_tok *toks;
	size_t ntoks, cap_toks;
	uint32_t *buckets;    /* hash of the first word -> first key */
	uint32_t *stem_buckets;   /* hash of a stem's first 4 bytes -> first key */
	uint32_t *pair_buckets;   /* hash of the first two words -> first key of two words or
	                             more: "the White House" is not read at every "the" */
	uint64_t *pair_first;     /* a bit for each first-word bucket that such keys start in */
	uint64_t *first;          /* a bit for the first word of every key, eight times as many
	                             bits as buckets: most words of a text start no name and are
	                             told so without reading a bucket or a key */
	uint64_t *pair_bits;      /* a bit for the ev_whash of the first two words of every key
	                             of two words or more (pair_bits_hash): "the" before most
	                             words is passed over without hashing the next one again */
	size_t nbuckets;
	int compiled;
	int oom;
	size_t errors;        /* bad lines reported while loading */
	size_t nstems;        /* keys filed as stems (TABARI): none, no stem look-ups */
	size_t nuntyped;      /* entries of the old coders' actors files */
};

/* ------------------------------------------------------------- storage */

static uint32_t pool_add(ev_dict *d, const char *s, size_t n)
{
	if (grow((void **)&d->pool, &d->pool_cap, d->pool_len + n + 1, 1) < 0) {
		d->oom = 1;
		return 0;
	}
	uint32_t off = (uint32_t)d->pool_len;
	memcpy(d->pool + off, s, n);
	d->pool[off + n] = '\0';
	d->pool_len += n + 1;
	return off;
}

const char *dict_str(const ev_dict *d, uint32_t off)
{
	return off ? d->pool + off : NULL;
}

ev_status ev_dict_new(ev_dict **out)
{
	*out = calloc(1, sizeof **out);
	if (!*out)
		return EV_ERR_NOMEM;
	/* offset 0 means "no string" */
	if (pool_add(*out, "", 0) != 0 || (*out)->oom) {
		ev_dict_free(*out);
		*out = NULL;
		return EV_ERR_NOMEM;
	}
	return EV_OK;
}

void ev_dict_free(ev_dict *d)
{
	if (!d)
		return;
	free(d->pool);
	free(d->entries);
	free(d->codes);
	free(d->keys);
	free(d->toks);
	free(d->buckets);
	free(d->stem_buckets);
	free(d->pair_buckets);
	free(d->pair_first);
	free(d->first);
	free(d->pair_bits);
	free(d);
}

size_t ev_dict_entries(const ev_dict *d)
{
	return d->nentries;
}

size_t ev_dict_errors(const ev_dict *d)
{
	return d->errors;
}

/* The default dictionaries, embedded at build time (build/gen/default_dicts.c). */
struct embedded_file {
	const char *name;
	const unsigned char *data;
	size_t len;
};
extern const struct embedded_file embedded_dicts[];

ev_status ev_dict_load_defaults(ev_dict *d, ev_diag_fn diag, void *diag_ud)
{
	for (const struct embedded_file *f = embedded_dicts; f->name; f++) {
		ev_status st = ev_dict_load_buffer(d, f->name, (const char *)f->data, f->len,
		                                   EV_DICT_NATIVE, diag, diag_ud);
		if (st != EV_OK)
			return st;
	}
	return EV_OK;
}

/* ------------------------------------------------------------ loading */

typedef struct loader {
	ev_dict *d;
	const char *file;
	uint32_t file_off;
	long line;
	ev_diag_fn diag;
	void *ud;
	size_t errors;
	ev_doc name;         /* each name is tokenized here, in one reused arena */
} loader;

static void bad(loader *L, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void bad(loader *L, const char *fmt, ...)
{
	L->errors++;
	va_list ap;
	va_start(ap, fmt);
	slurp_bad_line(L->diag, L->ud, L->file, L->line, fmt, ap);
	va_end(ap);
}

static uint32_t new_entry(loader *L, int type)
{
	ev_dict *d = L->d;
	if (grow((void **)&d->entries, &d->cap_entries, d->nentries + 1, sizeof *d->entries) < 0) {
		d->oom = 1;
		return NIL;
	}
	dict_entry *e = &d->entries[d->nentries];
	memset(e, 0, sizeof *e);
	e->type = (uint8_t)type;
	e->codes = (uint32_t)d->ncodes;
	e->file = L->file_off;
	e->line = (uint32_t)L->line;
	return (uint32_t)d->nentries++;
}

/* Parse a date YYYYMMDD or YYMMDD (TABARI: 2-digit years below 30 are 20xx). */
static int parse_date(const char *s, size_t n, int32_t *out)
{
	if (n != 6 && n != 8)
		return -1;
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return -1;
	long v = 0;
	for (size_t i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	if (n == 6) {
		long yy = v / 10000;
		v += (yy < 30 ? 2000 : 1900) * 10000L;
	}
	long m = v / 100 % 100, dd = v % 100;
	if (m < 1 || m > 12 || dd < 1 || dd > 31)
		return -1;
	*out = (int32_t)v;
	return 0;
}

/*
 * A code with an optional date range: "CHNGOV", "CHNGOV 20180319-20230312",
 * "CHNGOV >20121115", "USAGOV <011214", "~GOV".  Adds it to the current entry.
 */
static int add_code(loader *L, uint32_t entry, const char *s, size_t n)
{
	ev_dict *d = L->d;
	while (n && isspace((unsigned char)*s))
		s++, n--;
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	if (n >= 2 && s[0] == '[' && s[n - 1] == ']') {
		s++;
		n -= 2;
	}
	while (n && isspace((unsigned char)*s))
		s++, n--;
	/* "~GOV" appends a role to the actor's code; "IGO~" puts it first */
	if (n && *s == '~')
		s++, n--;
	size_t cl = 0;
	while (cl < n && !isspace((unsigned char)s[cl]))
		cl++;
	/* TABARI's null and complex markers ([---], [+++]) code nothing; with a
	 * date range ("PRINCE DOL_AMROTH [--- <950630] [DOL]") they code nothing then.
	 * Its discard code [###] is kept: a sentence that names the actor then is
	 * coded not at all (EV_DISCARD_CODE) */
	int null_code = cl > 0 && strspn(s, "-#+") >= cl;
	int discard = cl == 3 && memcmp(s, EV_DISCARD_CODE, 3) == 0;
	if (null_code && !discard) {
		const char *r0 = s + cl;
		size_t rn0 = n - cl;
		while (rn0 && isspace((unsigned char)*r0))
			r0++, rn0--;
		if (!rn0)
			return 0;
	}
	if (!null_code && (cl == 0 || cl > 15)) {
		bad(L, "malformed code '%.*s' (a CAMEO code is 3 to 15 letters)", (int)n, s);
		return -1;
	}
	size_t kept = discard ? cl : null_code ? 0 : cl;
	if (!null_code && cl > 1 && s[cl - 1] == '~') {
		kept--;   /* "IGO~": a prefix code */
		d->entries[entry].flags |= DF_PREFIX;
	}
	for (size_t i = 0; i < kept && !discard; i++)
		if (!isalnum((unsigned char)s[i]) && s[i] != '-' && s[i] != '/') {
			bad(L, "malformed code '%.*s'", (int)cl, s);
			return -1;
		}
	int32_t from = 0, to = 99999999;
	const char *r = s + cl;
	size_t rn = n - cl;
	while (rn && isspace((unsigned char)*r))
		r++, rn--;
	if (rn) {
		int ok = 0;
		if (*r == '>' || *r == '<') {
			const char *q = r + 1;
			size_t qn = rn - 1;
			while (qn && isspace((unsigned char)*q))
				q++, qn--;
			ok = parse_date(q, qn, *r == '>' ? &from : &to) == 0;
		} else {
			const char *dash = memchr(r, '-', rn);
			if (dash) {
				/* "950601 - 990815": spaces around the dash are allowed */
				size_t a = (size_t)(dash - r), b = rn - a - 1;
				const char *bs = dash + 1;
				while (a && isspace((unsigned char)r[a - 1]))
					a--;
				while (b && isspace((unsigned char)*bs))
					bs++, b--;
				ok = (a == 0 || parse_date(r, a, &from) == 0) &&
				     (b == 0 || parse_date(bs, b, &to) == 0);
			}
		}
		if (!ok) {
			bad(L, "malformed date range '%.*s' (write YYYYMMDD-YYYYMMDD, >YYYYMMDD or <YYYYMMDD)",
			    (int)rn, r);
			return -1;
		}
		if (from > to) {
			bad(L, "date range '%.*s' ends before it starts", (int)rn, r);
			return -1;
		}
	}
	if (grow((void **)&d->codes, &d->cap_codes, d->ncodes + 1, sizeof *d->codes) < 0) {
		d->oom = 1;
		return -1;
	}
	char up[16];
	for (size_t i = 0; i < kept; i++)
		up[i] = (char)toupper((unsigned char)s[i]);
	dict_code *c = &d->codes[d->ncodes++];
	c->code = pool_add(d, up, kept);
	c->from = from;
	c->to = to;
	d->entries[entry].ncodes++;
	return 0;
}

/*
 * Add a surface form of entry: tokenized like documents.  underscores are
 * spaces (TABARI); a trailing "_" marks a whole word, otherwise a TABARI
 * name's last word is a stem.
 */
static int add_name(loader *L, uint32_t entry, const char *s, size_t n, int tabari)
{
	ev_dict *d = L->d;
	char buf[512];
	while (n && isspace((unsigned char)*s))
		s++, n--;
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	if (n == 0)
		return 0;
	if (n >= sizeof buf) {
		bad(L, "name longer than %zu bytes", sizeof buf - 1);
		return -1;
	}
	int stem = 0;
	if (tabari) {
		/* '_' at the end marks a whole word, and so does '=' ("MOUSE=") */
		stem = s[n - 1] != '_' && s[n - 1] != '=';
		while (n && (s[n - 1] == '_' || s[n - 1] == '='))
			n--;
	}
	for (size_t i = 0; i < n; i++)
		buf[i] = tabari && s[i] == '_' ? ' ' : s[i];
	/* tokenized as documents are; one arena serves every name of the file, as a
	 * document and an arena each made loading take twice as long */
	ev_doc *tmp = &L->name;
	if (!tmp->arena && !(tmp->arena = arena_new())) {
		d->oom = 1;
		return -1;
	}
	ev_arena *a = tmp->arena;
	arena_clear(a);
	memset(tmp, 0, sizeof *tmp);
	tmp->arena = a;
	if (doc_set_body(tmp, buf, n) != EV_OK || ev_tokenize(tmp) != EV_OK) {
		d->oom = 1;
		return -1;
	}
	if (tmp->ntokens == 0 || tmp->ntokens > 32) {
		size_t nt = tmp->ntokens;
		if (nt)
			bad(L, "name of more than 32 words");
		return nt ? -1 : 0;
	}
	if (grow((void **)&d->keys, &d->cap_keys, d->nkeys + 1, sizeof *d->keys) < 0 ||
	    grow((void **)&d->toks, &d->cap_toks, d->ntoks + tmp->ntokens, sizeof *d->toks) < 0) {
		d->oom = 1;
		return -1;
	}
	dict_key *k = &d->keys[d->nkeys++];
	k->entry = entry;
	k->toks = (uint32_t)d->ntoks;
	k->ntok = (uint8_t)tmp->ntokens;
	k->stem = (uint8_t)stem;
	k->gapped = 0;
	k->next = NIL;
	/* Acronyms in capitals (US, WHO, NATO) match only in capitals; TABARI
	 * dictionaries are all capitals, so there case never matters. */
	k->exact_case = !tabari && tmp->ntokens == 1 && (tmp->tokens[0].flags & EV_TF_UPPER) &&
	                tmp->tokens[0].end - tmp->tokens[0].start <= 5;
	for (size_t i = 0; i < tmp->ntokens; i++) {
		const ev_token *t = &tmp->tokens[i];
		char low[512];
		size_t tl = t->end - t->start;
		for (size_t j = 0; j < tl; j++) {
			unsigned char c = (unsigned char)tmp->body[t->start + j];
			low[j] = (char)(k->exact_case ? c : (c >= 'A' && c <= 'Z' ? c + 32 : c));
		}
		dict_tok *dt = &d->toks[d->ntoks++];
		dt->off = pool_add(d, low, tl);
		dt->len = (uint16_t)tl;
		/* in a TABARI name '_' joins words and a space lets others stand between */
		dt->gap = 0;
		if (tabari && i > 0)
			for (uint32_t q = tmp->tokens[i - 1].end; q < t->start && q < n && !dt->gap; q++)
				dt->gap = s[q] == ' ';   /* (a repaired body may be longer than s) */
		k->gapped |= dt->gap;
	}
	return d->oom ? -1 : 0;
}

static const struct {
	const char *name;
	int type;
} type_names[] = {
	{"PER", DT_PER}, {"ORG", DT_ORG}, {"GPE", DT_GPE}, {"LOC", DT_LOC}, {"NORP", DT_NORP},
	{"ROLE", DT_ROLE}, {"GIVEN", DT_GIVEN},
};

/* An entry's default id: its first name, lower case, words joined by _. */
static void default_id(ev_dict *d, uint32_t e, size_t key)
{
	char buf[128];
	size_t bl = 0;
	const dict_key *k = &d->keys[key];
	for (uint8_t i = 0; i < k->ntok && bl < sizeof buf - 2; i++) {
		const dict_tok *t = &d->toks[k->toks + i];
		if (i)
			buf[bl++] = '_';
		for (uint16_t j = 0; j < t->len && bl < sizeof buf - 1; j++)
			buf[bl++] = (char)tolower((unsigned char)d->pool[t->off + j]);
	}
	d->entries[e].id = pool_add(d, buf, bl);
}

/* One line of the project's .dict format: NAMES TAB CODES TAB ATTRIBUTES. */
static void load_native_line(loader *L, const char *s, size_t n)
{
	ev_dict *d = L->d;
	const char *t1 = memchr(s, '\t', n);
	const char *t2 = t1 ? memchr(t1 + 1, '\t', (size_t)(s + n - t1 - 1)) : NULL;
	if (!t1 || !t2) {
		bad(L, "expected three TAB-separated fields: NAMES, CODES, ATTRIBUTES");
		return;
	}
	/* attributes first: the type is needed to make the entry */
	const char *a = t2 + 1, *ae = s + n;
	int type = 0;
	uint32_t attr[6] = {0};   /* id canonical country role kind title */
	uint8_t flags = 0;
	static const char *const keys[] = {"id", "canonical", "country", "role", "kind", "title"};
	while (a < ae) {
		while (a < ae && (*a == ' ' || *a == '\t'))
			a++;
		const char *we = a;
		while (we < ae && *we != ' ' && *we != '\t')
			we++;
		if (we == a)
			break;
		const char *eq = memchr(a, '=', (size_t)(we - a));
		if (!eq) {
			bad(L, "attribute '%.*s' is not key=value", (int)(we - a), a);
			return;
		}
		size_t kl = (size_t)(eq - a), vl = (size_t)(we - eq - 1);
		const char *v = eq + 1;
		if (kl == 4 && memcmp(a, "type", 4) == 0) {
			for (size_t i = 0; i < sizeof type_names / sizeof type_names[0]; i++)
				if (strlen(type_names[i].name) == vl && memcmp(type_names[i].name, v, vl) == 0)
					type = type_names[i].type;
			if (!type) {
				bad(L, "unknown type '%.*s' (PER, ORG, GPE, LOC, NORP, ROLE or GIVEN)", (int)vl, v);
				return;
			}
		} else if (kl == 9 && memcmp(a, "ambiguous", 9) == 0) {
			if (vl == 1 && *v == '1')
				flags |= DF_AMBIGUOUS;
		} else {
			for (int i = 0; i < 6; i++) {
				if (strlen(keys[i]) == kl && memcmp(keys[i], a, kl) == 0) {
					char buf[256];
					size_t bl = vl < sizeof buf ? vl : sizeof buf - 1;
					for (size_t j = 0; j < bl; j++)
						buf[j] = v[j] == '_' && i != 0 ? ' ' : v[j];
					attr[i] = pool_add(d, buf, bl);
				}
			}
			/* other keys (lat, lon, source, approx) are documentation */
		}
		a = we;
	}
	if (!type) {
		bad(L, "no type= attribute");
		return;
	}
	uint32_t e = new_entry(L, type);
	if (e == NIL)
		return;
	dict_entry *en = &d->entries[e];
	en->id = attr[0];
	en->canonical = attr[1];
	en->country = attr[2];
	en->role = attr[3];
	en->kind = attr[4];
	en->title = attr[5];
	en->flags = flags;
	/* codes */
	const char *c = t1 + 1;
	while (c < t2) {
		const char *ce = memchr(c, ';', (size_t)(t2 - c));
		if (!ce)
			ce = t2;
		const char *p = c;
		while (p < ce && isspace((unsigned char)*p))
			p++;
		if (p < ce) {
			/* "CODE [range]" -> "CODE range" */
			char buf[96];
			size_t bl = 0;
			for (const char *q = p; q < ce && bl < sizeof buf - 1; q++)
				if (*q != '[' && *q != ']')
					buf[bl++] = *q;
			if (add_code(L, e, buf, bl) < 0) {
				d->nentries--;
				d->ncodes = en->codes;
				return;
			}
		}
		c = ce + 1;
	}
	if (d->entries[e].ncodes == 0) {
		bad(L, "no code");
		d->nentries--;
		return;
	}
	/* names */
	size_t keys0 = d->nkeys;
	const char *p = s;
	while (p < t1) {
		const char *bar = p;
		while (bar < t1 && !(*bar == '|' && (bar == s || bar[-1] == ' ')))
			bar++;
		if (add_name(L, e, p, (size_t)(bar - p), 0) < 0)
			break;
		p = bar + 1;
	}
	if (d->nkeys == keys0) {
		bad(L, "no name");
		d->nentries--;
		return;
	}
	if (!d->entries[e].id)
		default_id(d, e, keys0);
}

/*
 * TABARI and PETRARCH/Phoenix actors and agents: "NAME [CODE range] [CODE]",
 * "+SYNONYM" lines, tab-indented "[CODE range]" lines, ";" comments, and in
 * agents files "!MACRO! = A, B" substitutions ("CATTLE!PERSON!").
 */
typedef struct macro {
	char name[32];
	char values[512];
} macro;

/* At most this many names from one line: macros multiply (!A!!A!!A!...). */
#define MAX_EXPANSIONS 256

static void load_tabari_names(loader *L, uint32_t e, const char *s, size_t n, const macro *m,
                              size_t nm, int *budget)
{
	/* every step counts, so a macro that names itself ends too */
	if (--*budget <= 0)
		return;
	/* expand one !MACRO! if present */
	const char *b1 = memchr(s, '!', n);
	const char *b2 = b1 ? memchr(b1 + 1, '!', (size_t)(s + n - b1 - 1)) : NULL;
	if (b1 && b2) {
		size_t ml = (size_t)(b2 - b1 + 1);
		for (size_t i = 0; i < nm; i++) {
			if (strlen(m[i].name) != ml || memcmp(m[i].name, b1, ml) != 0)
				continue;
			const char *v = m[i].values;
			while (*v) {
				while (*v == ' ' || *v == ',')
					v++;
				const char *ve = v;
				while (*ve && *ve != ',')
					ve++;
				const char *vt = ve;
				while (vt > v && vt[-1] == ' ')
					vt--;
				char buf[512];
				int bl = snprintf(buf, sizeof buf, "%.*s%.*s%.*s", (int)(b1 - s), s,
				                  (int)(vt - v), v, (int)(s + n - b2 - 1), b2 + 1);
				if (bl > 0 && (size_t)bl < sizeof buf && vt > v)
					load_tabari_names(L, e, buf, (size_t)bl, m, nm, budget);
				if (*budget <= 0)
					return;
				v = ve;
			}
			return;
		}
		bad(L, "unknown macro '%.*s'", (int)ml, b1);
		return;
	}
	add_name(L, e, s, n, 1);
}

/*
 * The regular plural of an agent's name, which TABARI and PETRARCH add
 * themselves unless braces list the forms ("MUSLIM_" also "MUSLIMS_",
 * "CONGRESS" "CONGRESSES", "AUTHORITY" "AUTHORITIES"); its length, or 0.
 */
static size_t agent_plural(const char *s, size_t n, char *out, size_t cap)
{
	size_t u = 0;
	while (u < n && s[n - 1 - u] == '_')
		u++;
	size_t w = n - u;
	if (w < 2 || w + u + 3 > cap || !isalpha((unsigned char)s[w - 1]))
		return 0;
	char last = (char)toupper((unsigned char)s[w - 1]);
	char prev = (char)toupper((unsigned char)s[w - 2]);
	memcpy(out, s, w);
	size_t o = w;
	if (last == 'Y' && !strchr("AEIOU", prev)) {
		memcpy(out + o - 1, "IES", 3);
		o += 2;
	} else if (last == 'S' || last == 'X' || last == 'Z' || ((last == 'H') && (prev == 'C' || prev == 'S'))) {
		memcpy(out + o, "ES", 2);
		o += 2;
	} else {
		out[o++] = 'S';
	}
	memset(out + o, '_', u);
	return o + u;
}

/*
 * TABARI's regular noun ending of a whole-word actor ("LIBYA_": "Libyas",
 * "ITHILEN_GOVERNMENT_RADIO_": "... radios"), which its suite codes as the
 * actor; a stem matches it already.  Its length, or 0.
 */
static size_t actor_ending(const char *s, size_t n, char *out, size_t cap)
{
	size_t u = 0;
	while (u < n && s[n - 1 - u] == '_')
		u++;
	size_t w = n - u;
	if (!u || w < 2 || w + u + 2 > cap || !isalpha((unsigned char)s[w - 1]))
		return 0;
	memcpy(out, s, w);
	out[w] = 'S';
	memset(out + w + 1, '_', u);
	return w + 1 + u;
}

static void load_tabari(loader *L, const char *text, size_t len, int agents)
{
	ev_dict *d = L->d;
	macro macros[32];
	size_t nmacros = 0;
	uint32_t cur = NIL;
	int in_block = 0;   /* inside <NOUN> ... </NOUN> and similar sections: skipped */
	int in_comment = 0; /* inside a <!-- ... --> comment over several lines (PETRARCH) */
	const char *p = text, *end = text + len;
	L->line = 0;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		L->line++;
		const char *s = p;
		size_t n = (size_t)(le - s);
		p = nl ? nl + 1 : end;
		if (n && s[n - 1] == '\r')
			n--;
		/* comments: <!-- ... -->, also written "<! -- ... -->", over one line or several */
		if (in_comment || (n >= 2 && s[0] == '<' && s[1] == '!')) {
			int closes = 0;
			for (size_t i = 0; i < n; i++)
				closes |= s[i] == '>';
			in_comment = !closes;
			continue;
		}
		/* comments: "#" lines and "; ..." tails */
		const char *semi = memchr(s, ';', n);
		if (semi)
			n = (size_t)(semi - s);
		const char *hash = memchr(s, '#', n);
		if (hash && (hash == s || isspace((unsigned char)hash[-1]) || hash[-1] == ']'))
			n = (size_t)(hash - s);
		int indented = n && (s[0] == '\t' || s[0] == ' ');
		while (n && isspace((unsigned char)*s))
			s++, n--;
		while (n && isspace((unsigned char)s[n - 1]))
			n--;
		if (n == 0)
			continue;
		if (s[0] == '<') {
			in_block = !(n > 1 && s[1] == '/');
			continue;
		}
		if (in_block)
			continue;
		if (s[0] == '!' && memchr(s, '=', n)) {
			const char *eq = memchr(s, '=', n);
			const char *ne = eq;
			while (ne > s && isspace((unsigned char)ne[-1]))
				ne--;
			if (nmacros < 32 && (size_t)(ne - s) < sizeof macros[0].name) {
				snprintf(macros[nmacros].name, sizeof macros[0].name, "%.*s", (int)(ne - s), s);
				snprintf(macros[nmacros].values, sizeof macros[0].values, "%.*s",
				         (int)(s + n - eq - 1), eq + 1);
				nmacros++;
			} else {
				bad(L, "too many or too long macros");
			}
			continue;
		}
		if (indented && s[0] == '[') {
			/* a code line for the entry above */
			if (cur == NIL) {
				bad(L, "code line with no name above it");
				continue;
			}
			add_code(L, cur, s, n);
			continue;
		}
		if (s[0] == '+') {
			if (cur == NIL) {
				bad(L, "synonym '+' with no name above it");
				continue;
			}
			int budget = MAX_EXPANSIONS;
			load_tabari_names(L, cur, s + 1, n - 1, macros, nmacros, &budget);
			if (budget <= 0)
				bad(L, "macros expand to more than %d names; the rest are dropped",
				    MAX_EXPANSIONS);
			continue;
		}
		/* a new entry: NAME [codes...] */
		const char *br = memchr(s, '[', n);
		size_t nl_ = br ? (size_t)(br - s) : n;
		cur = new_entry(L, agents ? DT_ROLE : DT_ORG);
		if (cur == NIL)
			return;
		if (agents)
			d->entries[cur].flags |= DF_AGENT;
		else
			d->entries[cur].flags |= DF_UNTYPED, d->nuntyped++;
		while (br) {
			const char *be = memchr(br, ']', (size_t)(s + n - br));
			if (!be) {
				bad(L, "'[' without ']'");
				break;
			}
			/* "[---]" is TABARI's null code: nothing to add */
			if (!(be - br == 4 && memcmp(br, "[---]", 5) == 0))
				add_code(L, cur, br, (size_t)(be - br + 1));
			br = memchr(be, '[', (size_t)(s + n - be));
		}
		size_t keys0 = d->nkeys;
		int budget = MAX_EXPANSIONS;
		/* "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]": other forms in braces,
		 * "{}" when there are none */
		const char *lbr = memchr(s, '{', nl_);
		size_t name_n = lbr ? (size_t)(lbr - s) : nl_;
		while (name_n && isspace((unsigned char)s[name_n - 1]))
			name_n--;
		load_tabari_names(L, cur, s, name_n, macros, nmacros, &budget);
		char plural[512];
		size_t pn = agents && !lbr ? agent_plural(s, name_n, plural, sizeof plural)
		            : !agents ? actor_ending(s, name_n, plural, sizeof plural) : 0;
		if (pn)
			load_tabari_names(L, cur, plural, pn, macros, nmacros, &budget);
		const char *rbr = lbr ? memchr(lbr, '}', nl_ - (size_t)(lbr - s)) : NULL;
		for (const char *q = lbr ? lbr + 1 : NULL; q && rbr && q < rbr && budget > 0;) {
			while (q < rbr && isspace((unsigned char)*q))
				q++;
			const char *w = q;
			while (q < rbr && !isspace((unsigned char)*q))
				q++;
			if (q > w)
				load_tabari_names(L, cur, w, (size_t)(q - w), macros, nmacros, &budget);
		}
		if (budget <= 0)
			bad(L, "macros expand to more than %d names; the rest are dropped",
			    MAX_EXPANSIONS);
		if (d->nkeys > keys0)
			default_id(d, cur, keys0);
	}
	/* entries that never got a code are skipped when the matcher is built */
}

ev_status ev_dict_load_buffer(ev_dict *d, const char *name, const char *text, size_t len,
                              ev_dict_format fmt, ev_diag_fn diag, void *ud)
{
	if (d->compiled)
		return EV_ERR_USAGE;
	loader L = {d, name, pool_add(d, name, strlen(name)), 0, diag, ud, 0, {0}};
	if (fmt == EV_DICT_AUTO) {
		size_t nl = strlen(name);
		if (nl >= 5 && strcmp(name + nl - 5, ".dict") == 0)
			fmt = EV_DICT_NATIVE;
		else if (strstr(name, "agents") || strstr(name, "Agents"))
			fmt = EV_DICT_AGENTS;
		else
			fmt = EV_DICT_TABARI;
	}
	if (fmt == EV_DICT_NATIVE) {
		const char *p = text, *end = text + len;
		while (p < end) {
			const char *nl = memchr(p, '\n', (size_t)(end - p));
			const char *le = nl ? nl : end;
			L.line++;
			size_t n = (size_t)(le - p);
			if (n && p[n - 1] == '\r')
				n--;
			size_t k = 0;
			while (k < n && (p[k] == ' ' || p[k] == '\t'))
				k++;
			if (k < n && p[k] != '#')
				load_native_line(&L, p, n);
			p = nl ? nl + 1 : end;
		}
	} else {
		load_tabari(&L, text, len, fmt == EV_DICT_AGENTS);
	}
	if (L.name.arena)
		arena_free(L.name.arena);
	d->errors += L.errors;
	return d->oom ? EV_ERR_NOMEM : EV_OK;
}

ev_status ev_dict_load_file(ev_dict *d, const char *path, ev_dict_format fmt, ev_diag_fn diag,
                            void *ud)
{
	char *buf;
	size_t len;
	ev_status st = slurp_file(path, &buf, &len);
	if (st == EV_ERR_IO)
		slurp_report(diag, ud, path, "dictionary", errno);
	if (st != EV_OK)
		return st;
	st = ev_dict_load_buffer(d, path, buf, len, fmt, diag, ud);
	free(buf);
	return st;
}

/* ------------------------------------------------------------ compiling */


/* The hash of a lower-case word with a curly apostrophe read as a straight one, as
 * key_matches reads it; never 0, which stands for "no second word to check". */
static uint32_t hash_word(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	if (n >= 3 && memcmp(s, "\xE2\x80\x99", 3) == 0) {
		h = fnv1a_more(h, "'", 1);
		s += 3;
		n -= 3;
	}
	h = fnv1a_more(h, s, n);
	return h ? h : 1;
}

/* Bits of dict.first for each bucket: with a fifth of the buckets used, one word in
 * forty that starts no name finds its bit set. */
#define FIRST_PER_BUCKET 8u

/* The bit of pair_bits for two words' ev_whash. */
static uint32_t pair_bits_hash(uint32_t h1, uint32_t h2)
{
	return (h1 * 0x85EBCA6Bu) ^ (h2 * 0xC2B2AE35u);
}

static void set_pair_bit(ev_dict *d, size_t nb, uint32_t h1, uint32_t h2)
{
	uint32_t b = pair_bits_hash(h1, h2) & (uint32_t)(nb - 1);
	d->pair_bits[b / 64] |= 1ULL << (b % 64);
}

/* The bucket of a key by its first two words' hashes. */
static uint32_t pair_hash(uint32_t h1, uint32_t h2)
{
	return h1 ^ (h2 * 0x9E3779B1u);
}

/* Keys in a bucket are ordered longest first, so the first hit is the longest match. */
static int cmp_key_len(const void *a, const void *b)
{
	const dict_key *x = a, *y = b;
	if (x->ntok != y->ntok)
		return x->ntok > y->ntok ? -1 : 1;
	return x->entry < y->entry ? -1 : x->entry > y->entry;
}

/*
 * Keys longest first, then in entry order (cmp_key_len).  Keys are filed in
 * entry order as files are read, so a stable counting sort on the word count
 * gives that order in one pass (qsort took a sixth of loading Phoenix).
 */
static int sort_keys(ev_dict *d)
{
	size_t at[34] = {0};
	for (size_t i = 0; i < d->nkeys; i++) {
		if (d->keys[i].ntok > 32 || (i && d->keys[i].entry < d->keys[i - 1].entry)) {
			qsort(d->keys, d->nkeys, sizeof *d->keys, cmp_key_len);
			return 0;
		}
		at[33 - d->keys[i].ntok]++;   /* 32 words first */
	}
	dict_key *out = malloc(d->nkeys * sizeof *out);
	if (!out)
		return -1;
	for (size_t c = 0, sum = 0; c < 34; c++) {
		size_t n = at[c];
		at[c] = sum;
		sum += n;
	}
	for (size_t i = 0; i < d->nkeys; i++)
		out[at[33 - d->keys[i].ntok]++] = d->keys[i];
	free(d->keys);
	d->keys = out;
	d->cap_keys = d->nkeys;
	return 0;
}

ev_status ev_dict_compile(ev_dict *d)
{
	if (d->oom)
		return EV_ERR_NOMEM;
	/* longest names first in each bucket; keys of entries without codes are skipped below */
	if (d->nkeys && sort_keys(d) < 0)
		return EV_ERR_NOMEM;
	size_t nb = 1024;
	while (nb < d->nkeys * 2)
		nb *= 2;
	free(d->buckets);
	free(d->stem_buckets);
	free(d->pair_buckets);
	free(d->pair_first);
	free(d->first);
	free(d->pair_bits);
	d->nstems = 0;
	d->buckets = malloc(nb * sizeof *d->buckets);
	d->stem_buckets = malloc(nb * sizeof *d->stem_buckets);
	d->pair_buckets = malloc(nb * sizeof *d->pair_buckets);
	d->pair_first = calloc(nb / 64, sizeof *d->pair_first);
	d->first = calloc(nb * FIRST_PER_BUCKET / 64, sizeof *d->first);
	d->pair_bits = calloc(nb / 64, sizeof *d->pair_bits);
	if (!d->buckets || !d->stem_buckets || !d->pair_buckets || !d->pair_first || !d->first ||
	    !d->pair_bits)
		return EV_ERR_NOMEM;
	for (size_t i = 0; i < nb; i++)
		d->buckets[i] = d->stem_buckets[i] = d->pair_buckets[i] = NIL;
	d->nbuckets = nb;
	/* insert in reverse so each chain keeps the longest-first order */
	for (size_t i = d->nkeys; i-- > 0;) {
		dict_key *k = &d->keys[i];
		if (d->entries[k->entry].ncodes == 0)
			continue;
		const dict_tok *t = &d->toks[k->toks];
		/* filed under the lower-case form, which is what documents are looked up by */
		char low[512];
		for (uint16_t j = 0; j < t->len && j < sizeof low; j++) {
			unsigned char ch = (unsigned char)d->pool[t->off + j];
			low[j] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
		}
		size_t tl = t->len < sizeof low ? t->len : sizeof low;
		k->hash2 = 0;
		if (k->ntok >= 2 && !(k->stem && k->ntok == 2) && !d->toks[k->toks + 1].gap) {
			const dict_tok *t2 = &d->toks[k->toks + 1];
			char low2[512];
			size_t tl2 = t2->len < sizeof low2 ? t2->len : sizeof low2;
			for (size_t j = 0; j < tl2; j++) {
				unsigned char ch = (unsigned char)d->pool[t2->off + j];
				low2[j] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
			}
			if (t2->len <= sizeof low2) {
				k->hash2 = hash_word(low2, tl2);
				/* the second word as a text may write it: an apostrophe first may be
				 * a curly one there (key_matches) */
				uint32_t h1 = ev_whash(low, tl);
				set_pair_bit(d, nb, h1, ev_whash(low2, tl2));
				if (tl2 >= 1 && low2[0] == '\'' && tl2 + 2 <= sizeof low2) {
					char curly[512];
					memcpy(curly, "\xE2\x80\x99", 3);
					memcpy(curly + 3, low2 + 1, tl2 - 1);
					set_pair_bit(d, nb, h1, ev_whash(curly, tl2 + 2));
				}
			}
		}
		if (!(k->stem && k->ntok == 1)) {
			uint32_t b = ev_whash(low, tl) & (uint32_t)(nb * FIRST_PER_BUCKET - 1);
			d->first[b / 64] |= 1ULL << (b % 64);
		}
		if (k->stem && k->ntok == 1) {
			d->nstems++;
			k->hash = fnv1a(low, tl < 4 ? tl : 4);
			uint32_t h = k->hash & (uint32_t)(nb - 1);
			k->next = d->stem_buckets[h];
			d->stem_buckets[h] = (uint32_t)i;
		} else if (k->hash2) {
			k->hash = ev_whash(low, tl);
			uint32_t h = pair_hash(k->hash, k->hash2) & (uint32_t)(nb - 1);
			k->next = d->pair_buckets[h];
			d->pair_buckets[h] = (uint32_t)i;
			uint32_t f = k->hash & (uint32_t)(nb - 1);
			d->pair_first[f / 64] |= 1ULL << (f % 64);
		} else {
			k->hash = ev_whash(low, tl);
			uint32_t h = k->hash & (uint32_t)(nb - 1);
			k->next = d->buckets[h];
			d->buckets[h] = (uint32_t)i;
		}
	}
	d->compiled = 1;
	return EV_OK;
}

/* ------------------------------------------------------------- matching */

/* Does token p match the key's token kt? */
static int tok_matches(const ev_dict *d, const dict_key *k, const dict_tok *kt, const ev_doc *doc,
                       const char *lc, size_t p, int last)
{
	const ev_token *t = &doc->tokens[p];
	size_t tl = t->end - t->start;
	const char *src = k->exact_case ? doc->body : lc;
	if (k->stem && last)
		return tl >= kt->len && memcmp(src + t->start, d->pool + kt->off, kt->len) == 0;
	if (tl == kt->len && memcmp(src + t->start, d->pool + kt->off, tl) == 0)
		return 1;
	/* a curly apostrophe is an apostrophe: People’s Bank = People's Bank */
	return tl == (size_t)kt->len + 2 && kt->len >= 1 && d->pool[kt->off] == '\'' &&
	       memcmp(src + t->start, "\xE2\x80\x99", 3) == 0 &&
	       memcmp(src + t->start + 3, d->pool + kt->off + 1, kt->len - 1) == 0;
}

/* Does key k match the tokens at `at`?  The number of tokens it covers, or 0. */
static size_t key_matches(const ev_dict *d, const dict_key *k, const ev_doc *doc, const char *lc,
                          size_t at, size_t end)
{
	if (at + k->ntok > end)
		return 0;
	if (!k->gapped) {
		for (uint8_t i = 0; i < k->ntok; i++)
			if (!tok_matches(d, k, &d->toks[k->toks + i], doc, lc, at + i, i + 1 == k->ntok))
				return 0;
		return k->ntok;
	}
	size_t p = at;
	for (uint8_t i = 0; i < k->ntok; i++, p++) {
		const dict_tok *kt = &d->toks[k->toks + i];
		int last = i + 1 == k->ntok;
		size_t lim = kt->gap ? p + MAX_NAME_GAP : p;
		while (p < end && p <= lim && !tok_matches(d, k, kt, doc, lc, p, last)) {
			/* words and quotation marks may stand between, not a comma or a stop */
			const ev_token *t = &doc->tokens[p];
			if (t->kind == EV_TOK_PUNCT && doc->body[t->start] != '"' &&
			    doc->body[t->start] != '\'' && (unsigned char)doc->body[t->start] < 0x80)
				return 0;
			p++;
		}
		if (p >= end || p > lim)
			return 0;
	}
	return p - at;
}

dict_firsts dict_first_words(const ev_dict *d)
{
	dict_firsts f = {NULL, 0};
	/* a stem is filed under its first bytes, which the bits do not hold */
	if (d->compiled && !d->nstems) {
		f.bits = d->first;
		f.mask = (uint32_t)(d->nbuckets * FIRST_PER_BUCKET - 1);
	}
	return f;
}

size_t dict_match(const ev_dict *d, const ev_doc *doc, const char *lc, size_t k, size_t end,
                  const dict_entry **entry)
{
	if (k >= end) {
		*entry = NULL;
		return 0;
	}
	const ev_token *t = &doc->tokens[k], *n = t + 1;
	uint32_t hn = k + 1 < end ? ev_whash(lc + n->start, n->end - n->start) : 0;
	return dict_match_hashed(d, doc, lc, k, end, ev_whash(lc + t->start, t->end - t->start), hn,
	                         entry);
}

size_t dict_match_hashed(const ev_dict *d, const ev_doc *doc, const char *lc, size_t k,
                         size_t end, uint32_t h, uint32_t hn, const dict_entry **entry)
{
	*entry = NULL;
	if (!d->compiled || k >= end || !dict_firsts_has(dict_first_words(d), h))
		return 0;
	const ev_token *t = &doc->tokens[k];
	size_t tl = t->end - t->start;
	uint32_t mask = (uint32_t)(d->nbuckets - 1);
	size_t best = 0;
	uint32_t h2 = 0;   /* of the next word, when a key first needs it */
	/* names of two words or more are filed under their first two: the longest that
	 * matches, and of those the first entry, as in one list sorted that way */
	uint32_t best_entry = UINT32_MAX;
	uint32_t f = h & mask;
	uint32_t pb = pair_bits_hash(h, hn) & mask;
	if (k + 1 < end && (d->pair_first[f / 64] & (1ULL << (f % 64))) &&
	    (d->pair_bits[pb / 64] & (1ULL << (pb % 64)))) {
		const ev_token *n = &doc->tokens[k + 1];
		h2 = hash_word(lc + n->start, n->end - n->start);
		for (uint32_t i = d->pair_buckets[pair_hash(h, h2) & mask]; i != NIL; i = d->keys[i].next) {
			const dict_key *key = &d->keys[i];
			if (key->ntok < best || (key->ntok == best && key->entry >= best_entry))
				continue;
			size_t span;
			if (key->hash == h && key->hash2 == h2 &&
			    (span = key_matches(d, key, doc, lc, k, end)) != 0) {
				best = span;
				best_entry = key->entry;
				*entry = &d->entries[key->entry];
			}
		}
	}
	for (uint32_t i = d->buckets[h & mask]; i != NIL; i = d->keys[i].next) {
		const dict_key *key = &d->keys[i];
		if (key->ntok < best || (key->ntok == best && key->entry >= best_entry))
			break;
		if (key->hash != h)
			continue;
		if (key->hash2) {
			if (k + 1 >= end)
				continue;
			if (!h2) {
				const ev_token *n = &doc->tokens[k + 1];
				h2 = hash_word(lc + n->start, n->end - n->start);
			}
			if (key->hash2 != h2)
				continue;
		}
		size_t span = key_matches(d, key, doc, lc, k, end);
		if (span) {
			best = span;
			*entry = &d->entries[key->entry];
			break;
		}
	}
	/* stems are filed under their first four bytes (or all of a shorter one) */
	for (size_t pl = tl < 4 ? tl : 4; best == 0 && d->nstems && pl > 0; pl--) {
		uint32_t hp = fnv1a(lc + t->start, pl);
		for (uint32_t i = d->stem_buckets[hp & mask]; i != NIL; i = d->keys[i].next) {
			const dict_key *key = &d->keys[i];
			size_t kl = d->toks[key->toks].len;
			if (key->hash == hp && (kl < 4 ? kl : 4) == pl &&
			    key_matches(d, key, doc, lc, k, end)) {
				best = 1;
				*entry = &d->entries[key->entry];
				break;
			}
		}
	}
	return best;
}

/* The entry of a one-word name, of any type (type 0) or of the one given. */
static const dict_entry *word_entry(const ev_dict *d, const char *s, const char *lc, size_t n,
                                    int type)
{
	if (!d->compiled || n == 0)
		return NULL;
	uint32_t h = ev_whash(lc, n);
	for (uint32_t i = d->buckets[h & (uint32_t)(d->nbuckets - 1)]; i != NIL; i = d->keys[i].next) {
		const dict_key *key = &d->keys[i];
		const dict_tok *kt = &d->toks[key->toks];
		if (key->ntok == 1 && key->hash == h && kt->len == n &&
		    (!type || d->entries[key->entry].type == type) &&
		    memcmp(key->exact_case ? s : lc, d->pool + kt->off, n) == 0)
			return &d->entries[key->entry];
	}
	return NULL;
}

int dict_untyped(const ev_dict *d)
{
	return d->nuntyped > 0;
}

const dict_entry *dict_match_word(const ev_dict *d, const char *s, const char *lc, size_t n)
{
	return word_entry(d, s, lc, n, 0);
}

/* Only lower case is known here: names that match in capitals only are passed over. */
const dict_entry *dict_word_of_type(const ev_dict *d, const char *lc, size_t n, int type)
{
	return word_entry(d, lc, lc, n, type);
}

int dict_word_has_type(const ev_dict *d, const char *lc, size_t n, int type)
{
	return dict_word_of_type(d, lc, n, type) != NULL;
}

const char *dict_code_at(const ev_dict *d, const dict_entry *e, int32_t date)
{
	if (e->ncodes == 0)
		return NULL;
	const dict_code *c = &d->codes[e->codes];
	/* with no date, the first code: dictionaries list the main office first (a
	 * null code of some years is no office) */
	if (!date) {
		for (uint32_t i = 0; i < e->ncodes; i++)
			if (d->pool[c[i].code])
				return d->pool + c[i].code;
		return d->pool + c[0].code;
	}
	/* a dated code in force beats an open one, and the narrowest range wins
	 * ("[HOB] [HOBMIL 20080120-20121109] [ORCHOB 20100109-20100112]") */
	int best = -1;
	int64_t span = 0;
	for (uint32_t i = 0; i < e->ncodes; i++) {
		if (c[i].from > date || date > c[i].to || (c[i].from == 0 && c[i].to == 99999999))
			continue;
		int64_t sp = (int64_t)c[i].to - c[i].from;
		if (best < 0 || sp < span) {
			best = (int)i;
			span = sp;
		}
	}
	if (best >= 0)
		return d->pool + c[best].code;
	for (uint32_t i = 0; i < e->ncodes; i++)
		if (c[i].from == 0 && c[i].to == 99999999)
			return d->pool + c[i].code;
	/* out of every office on that date: a person of their country, nothing more */
	if (e->country && e->type == DT_PER)
		return d->pool + e->country;
	return d->pool + c[0].code;
}
