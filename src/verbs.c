/*
 * verbs.c - verb-pattern dictionaries: the CAMEO code table, and TABARI,
 * PETRARCH and the project's own verb files (docs/VERBS.md) parsed into flat
 * arrays, with a hash index of word forms.  Read-only once compiled.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "slurp.h"
#include "verbs.h"
#include "grow.h"

/* The embedded tables (build/gen/default_tables.c). */
struct embedded_file {
	const char *name;
	const unsigned char *data;
	size_t len;
};
extern const struct embedded_file embedded_tables[];

static const struct embedded_file *embedded(const char *suffix)
{
	size_t sl = strlen(suffix);
	for (const struct embedded_file *f = embedded_tables; f->name; f++) {
		size_t n = strlen(f->name);
		if (n >= sl && strcmp(f->name + n - sl, suffix) == 0)
			return f;
	}
	return NULL;
}

#define PUSH(v, arr, n, cap) \
	(grow((void **)&(v)->arr, &(v)->cap, (v)->n + 1, sizeof *(v)->arr) < 0 ? ((v)->oom = 1, -1) : 0)

/* Lower-case copy of s[0..n) into the pool; its offset, or UINT32_MAX. */
static uint32_t pool_add(ev_verbs *v, const char *s, size_t n)
{
	if (grow((void **)&v->pool, &v->pool_cap, v->pool_len + n + 1, 1) < 0) {
		v->oom = 1;
		return UINT32_MAX;
	}
	uint32_t off = (uint32_t)v->pool_len;
	for (size_t i = 0; i < n; i++)
		v->pool[off + i] = (char)tolower((unsigned char)s[i]);
	v->pool[off + n] = 0;
	v->pool_len += n + 1;
	return off;
}

/* ------------------------------------------------------------ CAMEO table */

static int cameo_cmp(const void *a, const void *b)
{
	return strcmp(((const ev_cameo *)a)->code, ((const ev_cameo *)b)->code);
}

/* Parse data/cameo.tsv: code root quad goldstein plover mode name. */
static int load_cameo(ev_verbs *v)
{
	const struct embedded_file *f = embedded("cameo.tsv");
	if (!f)
		return 0;
	const char *p = (const char *)f->data, *end = p + f->len;
	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		if (!eol)
			eol = end;
		if (p < eol && *p != '#') {
			const char *col[7];
			size_t cl[7];
			int nc = 0;
			const char *q = p;
			while (nc < 7) {
				const char *tab = memchr(q, '\t', (size_t)(eol - q));
				const char *ce = tab ? tab : eol;
				col[nc] = q;
				cl[nc++] = (size_t)(ce - q);
				if (!tab)
					break;
				q = tab + 1;
			}
			if (nc >= 4 && cl[0] > 0 && cl[0] < 8) {
				if (PUSH(v, cameo, ncameo, cap_cameo) < 0)
					return -1;
				ev_cameo *c = &v->cameo[v->ncameo++];
				memset(c, 0, sizeof *c);
				memcpy(c->code, col[0], cl[0]);
				memcpy(c->root, col[0], 2);
				c->quad = (int8_t)atoi(col[2]);
				c->goldstein = (float)strtod(col[3], NULL);
				/* strings are pool offsets until the pool stops moving */
				c->plover = (const char *)(uintptr_t)pool_add(v, col[4], nc > 4 ? cl[4] : 0);
				c->mode = (const char *)(uintptr_t)pool_add(v, col[5], nc > 5 ? cl[5] : 0);
				c->name = (const char *)(uintptr_t)0;
				if (nc > 6) {
					/* keep the name's case */
					uint32_t off = pool_add(v, col[6], cl[6]);
					if (off != UINT32_MAX)
						memcpy(v->pool + off, col[6], cl[6]);
					c->name = (const char *)(uintptr_t)off;
				}
				if (nc > 4) {
					/* PLOVER events are upper case */
					char *pl = v->pool + (uintptr_t)c->plover;
					for (; *pl; pl++)
						*pl = (char)toupper((unsigned char)*pl);
				}
			}
		}
		p = eol + 1;
	}
	qsort(v->cameo, v->ncameo, sizeof *v->cameo, cameo_cmp);
	v->nsorted = v->ncameo;
	return v->oom ? -1 : 0;
}

static int cameo_index(const ev_verbs *v, const char *code)
{
	for (size_t i = v->nsorted; i < v->ncameo; i++)
		if (strcmp(v->cameo[i].code, code) == 0)
			return (int)i;
	size_t lo = 0, hi = v->nsorted;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(v->cameo[mid].code, code);
		if (c == 0)
			return (int)mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

const ev_cameo *ev_cameo_lookup(const ev_verbs *v, const char *code)
{
	if (!v || !code)
		return NULL;
	int i = cameo_index(v, code);
	return i < 0 ? NULL : &v->cameo[i];
}

/* ------------------------------------------------------------ life cycle */

ev_status ev_verbs_new(ev_verbs **out)
{
	*out = NULL;
	ev_verbs *v = calloc(1, sizeof *v);
	if (!v)
		return EV_ERR_NOMEM;
	if (load_cameo(v) < 0) {
		ev_verbs_free(v);
		return EV_ERR_NOMEM;
	}
	*out = v;
	return EV_OK;
}

void ev_verbs_free(ev_verbs *v)
{
	if (!v)
		return;
	free(v->pool);
	free(v->cameo);
	free(v->verbs);
	free(v->forms);
	free(v->patterns);
	free(v->elems);
	free(v->elem_words);
	free(v->alts);
	free(v->words);
	free(v->discards);
	free(v->table);
	free(v->classes);
	free(v);
}

size_t ev_verbs_errors(const ev_verbs *v)
{
	return v->errors;
}

void ev_verbs_counts(const ev_verbs *v, size_t *verbs, size_t *forms, size_t *patterns)
{
	if (verbs)
		*verbs = v->nverbs;
	if (forms)
		*forms = v->nforms;
	if (patterns)
		*patterns = v->npatterns;
}

void ev_verbs_allow_unknown_codes(ev_verbs *v, int yes)
{
	v->allow_unknown = yes;
}

/* ---------------------------------------------------------------- loading */

typedef struct vloader {
	ev_verbs *v;
	const char *file;
	long line;
	ev_diag_fn diag;
	void *ud;
	int tabari;            /* verbs too are stems unless they end in '_' */
	int whole_words;       /* PETRARCH: pattern words match whole words only */
	/* synonym sets: name offset, its members as alternatives */
	struct syn {
		uint32_t name;
		uint32_t alt0;     /* alternatives in a private list (syn_alts) */
		uint16_t nalts;
	} *syns;
	size_t nsyns, cap_syns;
	valt *syn_alts;
	size_t nsyn_alts, cap_syn_alts;
	long cur_syn;          /* the set +lines add to, or -1 */
	/* the verbs patterns currently attach to: verbs[vb0 .. nverbs) */
	size_t vb0;
	int in_block;
	int16_t block_code, block_code2;
	size_t block_p0;       /* the block's first pattern */
	int in_comment;        /* inside <!-- ... --> */
	int in_time;           /* inside TABARI's <TIME> ... </TIME>: dates are timex's work */
} vloader;

static void vbad(vloader *L, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void vbad(vloader *L, const char *fmt, ...)
{
	L->v->errors++;
	va_list ap;
	va_start(ap, fmt);
	slurp_bad_line(L->diag, L->ud, L->file, L->line, fmt, ap);
	va_end(ap);
}

/* Add a code seen in a dictionary to the table when unknown codes are allowed. */
static int add_code(ev_verbs *v, const char *code)
{
	if (PUSH(v, cameo, ncameo, cap_cameo) < 0)
		return -1;
	ev_cameo *c = &v->cameo[v->ncameo++];
	memset(c, 0, sizeof *c);
	snprintf(c->code, sizeof c->code, "%s", code);
	memcpy(c->root, code, 2);
	uint32_t empty = pool_add(v, "", 0);
	c->plover = c->mode = c->name = (const char *)(uintptr_t)empty;
	/* appended unsorted: entries already point at the sorted part by index */
	return (int)(v->ncameo - 1);
}

/*
 * Parse "[042]", "[042:043]", "[---]", "[0874A]" (a trailing letter is a
 * coder's note) between s and e.  Returns 0 and the indexes (-1 for "---"),
 * or -1 after reporting the problem.  TABARI's "[031!]" (a dominant event:
 * the sentence's only one) and "[025?]" (a subordinate one: none where
 * another is) set *mark to '!' or '?' (mark may be NULL).
 */
static int parse_code(vloader *L, const char *s, const char *e, int16_t *c1, int16_t *c2,
                      uint8_t *mark)
{
	*c1 = *c2 = -1;
	if (mark)
		*mark = 0;
	const char *p = s;
	for (int k = 0; k < 2; k++) {
		while (p < e && *p == ' ')
			p++;
		const char *b = p;
		while (p < e && *p != ':' && *p != ' ')
			p++;
		size_t n = (size_t)(p - b);
		if ((n == 3 && (memcmp(b, "---", 3) == 0 || memcmp(b, "###", 3) == 0)) || (n == 0 && k == 0 && p < e && *p == ':')) {
			/* no event (TABARI also writes ### for it; PETRARCH-2 "[:173]" has
			 * only the paired event) */
		} else {
			char code[8];
			size_t d = 0;
			while (d < n && isdigit((unsigned char)b[d]))
				d++;
			/* letters after the digits are annotations (075A); anything else is wrong */
			size_t r = d;
			while (r < n && isalpha((unsigned char)b[r]))
				r++;
			if (k == 0 && r + 1 == n && (b[r] == '!' || b[r] == '?')) {
				if (mark)
					*mark = (uint8_t)b[r];
				L->v->nmarked++;
				n--;
			}
			if (d < 2 || d > 4 || r != n) {
				vbad(L, "bad event code '%.*s': expected digits such as [042] or [---]",
				     (int)n, b);
				return -1;
			}
			/* a validation suite's "174K" is its own code: kept whole when codes
			 * outside the CAMEO table are allowed */
			size_t keep = L->v->allow_unknown && r < 8 ? r : d;
			memcpy(code, b, keep);
			code[keep] = 0;
			int idx = cameo_index(L->v, code);
			if (idx < 0 && L->v->allow_unknown)
				idx = add_code(L->v, code);
			if (idx < 0) {
				if (!L->v->oom)
					vbad(L, "unknown CAMEO code '%s' (see data/cameo.tsv)", code);
				return -1;
			}
			if (k == 0)
				*c1 = (int16_t)idx;
			else
				*c2 = (int16_t)idx;
		}
		while (p < e && *p == ' ')
			p++;
		if (p < e && *p == ':') {
			p++;
			continue;
		}
		break;
	}
	while (p < e && *p == ' ')
		p++;
	if (p != e) {
		vbad(L, "bad event code '%.*s'", (int)(e - s), s);
		return -1;
	}
	return 0;
}

static long find_syn(vloader *L, const char *s, size_t n)
{
	while (n > 0 && s[n - 1] == '_')
		n--;   /* "&PREPOSIT1_" and "&PREPOSIT1" are one set */
	for (size_t i = 0; i < L->nsyns; i++) {
		const char *name = L->v->pool + L->syns[i].name;
		if (strlen(name) == n && strncasecmp(name, s, n) == 0)
			return (long)i;
	}
	return -1;
}

/* Add a word (upper or lower case, '_' stripped) to the word list. */
static int add_word(vloader *L, const char *s, size_t n, int exact)
{
	ev_verbs *v = L->v;
	if (PUSH(v, words, nwords, cap_words) < 0)
		return -1;
	uint32_t off = pool_add(v, s, n);
	if (off == UINT32_MAX)
		return -1;
	vword *w = &v->words[v->nwords++];
	w->off = off;
	w->len = (uint16_t)n;
	w->exact = (uint8_t)(exact || L->whole_words);
	w->gap = 0;
	w->hash = verbs_hash(v->pool + off, n);
	return 0;
}

/*
 * A pattern word split as the tokenizer splits text: "DIDN'T" is "did" + "n't",
 * "GONDOR'S" is "gondor" + "'s", "ANTI-" (before a space) is "anti" + "-".
 * The number of words added, or -1.
 */
static int add_words(vloader *L, const char *s, size_t n, int exact)
{
	/* TABARI's "+PESO_$": an actor slot among a member's words */
	if (L->tabari && n == 1 && (*s == '$' || *s == '+')) {
		if (add_word(L, s, 1, 1) < 0)
			return -1;
		L->v->words[L->v->nwords - 1].exact = *s == '$' ? VW_SRC : VW_TGT;
		return 1;
	}
	/* TABARI's "REAL~_PLEASANT": '~' ends a stem ("real", "really") even before '_' */
	if (n > 1 && s[n - 1] == '~') {
		if (add_word(L, s, n - 1, 0) < 0)
			return -1;
		L->v->words[L->v->nwords - 1].exact = 0;
		return 1;
	}
	size_t cut = n;
	if (n > 3 && (s[n - 3] == 'N' || s[n - 3] == 'n') && s[n - 2] == '\'' &&
	    (s[n - 1] == 'T' || s[n - 1] == 't'))
		cut = n - 3;
	else if (n > 2 && s[n - 2] == '\'' && (s[n - 1] == 'S' || s[n - 1] == 's'))
		cut = n - 2;
	else if (n > 1 && s[n - 1] == '-')
		cut = n - 1;
	if (cut == n)
		return add_word(L, s, n, exact) < 0 ? -1 : 1;
	if (add_word(L, s, cut, 1) < 0 || add_word(L, s + cut, n - cut, exact) < 0)
		return -1;
	return 2;
}

/*
 * A pattern token such as "IN_", "WAS_*", "NEW_&TIETYPES_RELATIONS", "$",
 * "KLM_NOP_+RST": split at '_' into elements, each touching the one before.
 */
static int add_token(vloader *L, const char *s, size_t n, int first_adj, vpattern *pt)
{
	ev_verbs *v = L->v;
	size_t i = 0;
	int adj = first_adj;
	while (i < n) {
		size_t j = i;
		while (j < n && s[j] != '_')
			j++;
		size_t pl = j - i;
		const char *piece = s + i;
		int exact = (j < n);   /* a '_' follows: "IN_" is the word "in" exactly */
		if (pl > 0) {
			if (PUSH(v, elems, nelems, cap_elems) < 0)
				return -1;
			velem *el = &v->elems[v->nelems];
			memset(el, 0, sizeof *el);
			el->adj = (uint8_t)adj;
			if (pl == 1 && *piece == '*') {
				el->kind = PE_VERB;
				pt->verb_at = (uint16_t)pt->ne;
			} else if (pl == 1 && *piece == '$') {
				el->kind = PE_SRC;
			} else if (pl == 1 && *piece == '+') {
				el->kind = PE_TGT;
			} else if (pl == 1 && *piece == '%') {
				/* TABARI's list of actors acting on each other; PETRARCH's suite
				 * codes its '%' patterns as if the mark were not there */
				el->kind = L->tabari ? PE_EACH : PE_SKIP;
			} else if (pl == 1 && *piece == '^') {
				el->kind = PE_NP;   /* TABARI: skip a noun phrase */
			} else if (*piece == '&') {
				long si = find_syn(L, piece + 1, pl - 1);
				if (si < 0) {
					vbad(L, "unknown synonym set '%.*s': define it with &NAME and +WORD lines "
					        "before use", (int)pl, piece);
					return -1;
				}
				el->kind = PE_WORDS;
				el->alt0 = (uint32_t)v->nalts;
				el->nalts = L->syns[si].nalts;
				pt->flags |= VP_SYNSET;
				uint16_t most = 1;   /* as a group of alternatives counts */
				for (uint16_t a = 0; a < L->syns[si].nalts; a++) {
					if (PUSH(v, alts, nalts, cap_alts) < 0)
						return -1;
					v->alts[v->nalts++] = L->syn_alts[L->syns[si].alt0 + a];
					if (L->tabari && L->syn_alts[L->syns[si].alt0 + a].nw > most)
						most = L->syn_alts[L->syns[si].alt0 + a].nw;
				}
				pt->nlit += most;
			} else {
				/* "+RST" glued to a word: a target slot followed by a word */
				if (*piece == '+' || *piece == '$') {
					el->kind = *piece == '+' ? PE_TGT : PE_SRC;
					v->nelems++;
					pt->ne++;
					if (PUSH(v, elems, nelems, cap_elems) < 0)
						return -1;
					el = &v->elems[v->nelems];
					memset(el, 0, sizeof *el);
					el->adj = 1;
					piece++;
					pl--;
				}
				el->kind = PE_WORDS;
				el->alt0 = (uint32_t)v->nalts;
				el->nalts = 1;
				if (PUSH(v, alts, nalts, cap_alts) < 0)
					return -1;
				v->alts[v->nalts].w0 = (uint32_t)v->nwords;
				int nw = add_words(L, piece, pl, exact);
				if (nw < 0)
					return -1;
				v->alts[v->nalts].nw = (uint16_t)nw;
				v->nalts++;
				pt->nlit++;
			}
			v->nelems++;
			pt->ne++;
		}
		adj = 1;
		i = j + 1;
	}
	return 0;
}

/* The first "&NAME" in [s, e): *at is its '&' and *at_e its end; NULL *at
 * when there is none.  Its set, or -1 when no set has that name. */
static long inner_set(vloader *L, const char *s, const char *e, const char **at,
                      const char **at_e)
{
	*at = NULL;
	for (const char *r = s; r < e; r++)
		if (*r == '&' && (r == s || r[-1] == ' ' || r[-1] == '_' || r[-1] == '\t')) {
			const char *ie = r + 1;
			while (ie < e && *ie != ' ' && *ie != '_' && *ie != '\t')
				ie++;
			*at = r;
			*at_e = ie;
			return find_syn(L, r + 1, (size_t)(ie - r - 1));
		}
	return -1;
}

/* The words of [s, e) (split at spaces and '_', a '_' after a word making it
 * exact) appended to v->words, with member k of set si copied where inner
 * (its "&NAME") stands, so that an alternative's run of words stays in one
 * piece.  Their number, or -1. */
static int run_words(vloader *L, const char *s, const char *e, const char *inner, long si,
                     uint16_t k)
{
	ev_verbs *v = L->v;
	int n = 0;
	for (const char *q = s; q < e;) {
		int spaced = 0;
		while (q < e && (*q == ' ' || *q == '_' || *q == '\t'))
			spaced |= *q++ != '_';
		const char *b = q;
		while (q < e && *q != ' ' && *q != '_' && *q != '\t')
			q++;
		if (q == b)
			continue;
		if (b == inner) {
			valt in = L->syn_alts[L->syns[si].alt0 + k];
			for (uint16_t w = 0; w < in.nw; w++) {
				if (PUSH(v, words, nwords, cap_words) < 0)
					return -1;
				v->words[v->nwords++] = v->words[in.w0 + w];
			}
			n += in.nw;
			continue;
		}
		size_t w0 = v->nwords;
		int nw = add_words(L, b, (size_t)(q - b), q < e && *q == '_');
		if (nw < 0)
			return -1;
		/* TABARI: "{ LOUDLY INCLUDED }", "+AUSTRIAN FLORIN": words apart by a
		 * space may have others between ("loudly boldly included"); '_' joins */
		if (L->tabari && spaced && n > 0)
			v->words[w0].gap = 1;
		n += nw;
	}
	return n;
}

/* A line of TABARI's <TIME> section.  Time shifts ("LAST_WEEK [-7]") are the
 * temporal tagger's work; a phrase coded [###] or [+++] ("KAN_WA_MA_KAN [###]",
 * "WHEN_PEACE_COMES [+++]") marks a sentence TABARI discards or leaves to a
 * person, and is kept. */
static void time_phrase(vloader *L, const char *s, const char *e)
{
	ev_verbs *v = L->v;
	const char *lb = memchr(s, '[', (size_t)(e - s));
	if (*s == '-' || !lb || e - lb < 5 ||
	    (memcmp(lb, "[###]", 5) != 0 && memcmp(lb, "[+++]", 5) != 0))
		return;
	if (PUSH(v, discards, ndiscards, cap_discards) < 0)
		return;
	uint32_t w0 = (uint32_t)v->nwords;
	int nw = run_words(L, s, lb, NULL, -1, 0);
	if (nw > 0)
		v->discards[v->ndiscards++] = (valt){w0, (uint16_t)nw, 0};
}

/* Does a word of the run [w0, w0+nw) after its first let others stand before it? */
static uint16_t alt_gaps(const ev_verbs *v, uint32_t w0, int nw)
{
	uint16_t g = 0;
	for (int w = 0; w < nw; w++) {
		if (w > 0)
			g |= v->words[w0 + (uint32_t)w].gap;
		if (v->words[w0 + (uint32_t)w].exact >= VW_SRC)
			g |= VA_SLOT;
	}
	return g;
}

/* "{ A B | C }" in a pattern: alternatives of adjacent word sequences; one
 * that names a synonym set ("&CURRENCY_EXCHANGE") gives one alternative for
 * each of its members, with the words around it. */
static int add_alternatives(vloader *L, const char *s, const char *e, int adj, vpattern *pt)
{
	ev_verbs *v = L->v;
	if (PUSH(v, elems, nelems, cap_elems) < 0)
		return -1;
	size_t ei = v->nelems++;
	pt->ne++;
	velem *el = &v->elems[ei];
	memset(el, 0, sizeof *el);
	el->kind = PE_WORDS;
	el->adj = (uint8_t)adj;
	el->alt0 = (uint32_t)v->nalts;
	const char *p = s;
	while (p <= e) {
		const char *bar = p;
		while (bar < e && *bar != '|')
			bar++;
		const char *inner, *inner_e;
		long si = inner_set(L, p, bar, &inner, &inner_e);
		if (inner && si < 0) {
			vbad(L, "unknown synonym set '%.*s'", (int)(inner_e - inner), inner);
			return -1;
		}
		if (si >= 0)
			pt->flags |= VP_SYNSET;
		/* words inside the braces are joined by '_' or spaces alike */
		uint16_t nin = si >= 0 ? L->syns[si].nalts : 1;
		for (uint16_t k = 0; k < nin; k++) {
			if (PUSH(v, alts, nalts, cap_alts) < 0)
				return -1;
			uint32_t w0 = (uint32_t)v->nwords;
			int nw = run_words(L, p, bar, si >= 0 ? inner : NULL, si, k);
			if (nw < 0)
				return -1;
			if (nw > 0) {
				v->alts[v->nalts].w0 = w0;
				v->alts[v->nalts].nw = (uint16_t)nw;
				v->alts[v->nalts].gaps = alt_gaps(v, w0, nw);
				v->nalts++;
				v->elems[ei].nalts++;
			}
		}
		p = bar + 1;
	}
	if (v->elems[ei].nalts == 0) {
		vbad(L, "empty { } alternatives in a pattern");
		return -1;
	}
	/* a group of alternatives is one word of the pattern; to TABARI, which
	 * tries longer patterns first, as many as its longest alternative has
	 * ("RESIST { TO THE END OF THE EARTH | TO THE DEATH }" before "RESIST
	 * { TO THE END | TO THE DEATH }") */
	uint16_t most = 1;
	for (uint32_t a = v->elems[ei].alt0; L->tabari && a < v->nalts; a++)
		if (v->alts[a].nw > most)
			most = v->alts[a].nw;
	pt->nlit += most;
	return 0;
}

/* "- PATTERN [code]" */
static void parse_pattern(vloader *L, const char *s, const char *e)
{
	ev_verbs *v = L->v;
	if (L->vb0 >= v->nverbs) {
		vbad(L, "a pattern before any verb: put a VERB [code] line above it");
		return;
	}
	const char *lb = NULL, *rb = NULL;
	for (const char *q = e; q > s; q--)
		if (q[-1] == ']') {
			rb = q - 1;
			break;
		}
	if (rb)
		for (const char *q = rb; q > s; q--)
			if (q[-1] == '[') {
				lb = q - 1;
				break;
			}
	if (!lb) {
		vbad(L, "a pattern needs its event code in brackets at the end, e.g. [042] or [---]");
		return;
	}
	vpattern pt;
	memset(&pt, 0, sizeof pt);
	pt.verb_at = UINT16_MAX;
	pt.line = (uint32_t)L->line;
	pt.flags = L->tabari ? VP_BY_MATCH : 0;
	if (parse_code(L, lb + 1, rb, &pt.code, &pt.code2, &pt.mark) < 0)
		return;
	size_t save_e = v->nelems, save_a = v->nalts, save_w = v->nwords;
	pt.e0 = (uint32_t)v->nelems;
	const char *p = s;
	int ok = 1, adj_next = 0;
	while (ok && p < lb) {
		while (p < lb && (*p == ' ' || *p == '\t' || *p == '(' || *p == ')'))
			p++;
		if (p >= lb)
			break;
		if (*p == '{') {
			const char *close = memchr(p, '}', (size_t)(lb - p));
			if (!close) {
				vbad(L, "'{' without '}' in a pattern");
				ok = 0;
				break;
			}
			if (memchr(p, '|', (size_t)(close - p)) || !L->tabari) {
				if (add_alternatives(L, p + 1, close, adj_next, &pt) < 0)
					ok = 0;
			} else if (add_alternatives(L, p + 1, close, adj_next, &pt) < 0) {
				ok = 0;
			}
			p = close + 1;
			adj_next = (p < lb && *p == '_');
			if (adj_next)
				p++;
			continue;
		}
		const char *b = p;
		while (p < lb && *p != ' ' && *p != '\t' && *p != '(' && *p != ')' && *p != '{')
			p++;
		if (add_token(L, b, (size_t)(p - b), adj_next, &pt) < 0)
			ok = 0;
		/* "APPLY_{ GENEVA | INTERNATIONAL }": a '_' at the end joins what follows */
		adj_next = p > b && p[-1] == '_' && p < lb && *p == '{';
	}
	if (ok && pt.verb_at == UINT16_MAX) {
		vbad(L, "a pattern needs a '*' where the verb goes");
		ok = 0;
	}
	if (!ok || PUSH(v, patterns, npatterns, cap_patterns) < 0) {
		v->nelems = save_e;
		v->nalts = save_a;
		v->nwords = save_w;
		return;
	}
	/* the words every match needs: single-alternative elements; a stem of
	 * fewer than three letters says too little to filter on */
	for (uint32_t k = 0; k < pt.ne; k++) {
		const velem *el = &v->elems[pt.e0 + k];
		if (el->kind != PE_WORDS || el->nalts != 1)
			continue;
		const valt *a = &v->alts[el->alt0];
		for (uint16_t w = 0; w < a->nw; w++) {
			const vword *vw = &v->words[a->w0 + w];
			if ((!vw->exact && vw->len < 3) || vw->exact >= VW_SRC)
				continue;
			unsigned bit = verbs_word_bit(v->pool + vw->off, vw->len, !vw->exact);
			pt.need[bit >> 6] |= 1ull << (bit & 63);
		}
	}
	v->patterns[v->npatterns++] = pt;
	/* patterns follow their verbs: extend the range of each open verb */
	for (size_t i = L->vb0; i < v->nverbs; i++) {
		if (v->verbs[i].np == 0)
			v->verbs[i].p0 = (uint32_t)(v->npatterns - 1);
		v->verbs[i].np = (uint32_t)(v->npatterns - v->verbs[i].p0);
	}
}

static int add_form(ev_verbs *v, const char *s, size_t n, uint32_t verb)
{
	if (n == 0 || n > 60)
		return 0;
	if (PUSH(v, forms, nforms, cap_forms) < 0)
		return -1;
	uint32_t off = pool_add(v, s, n);
	if (off == UINT32_MAX)
		return -1;
	vform *f = &v->forms[v->nforms++];
	f->off = off;
	f->len = (uint16_t)n;
	f->stem = 0;
	f->verb = verb;
	f->next = -1;
	return 0;
}

/* A form listed in braces, [fb, r): a multi-word form ("CALLED_ON") gives its
 * first word, the tail being the verb's; to TABARI a form without '_' is a
 * stem ("{ ACTING_ ACTUALITY }": "actualityss"). */
static int add_listed_form(vloader *L, const char *fb, const char *r, uint32_t vi)
{
	ev_verbs *v = L->v;
	const char *fe = fb;
	while (fe < r && *fe != '_' && *fe != '+')
		fe++;
	if (fe == fb)
		return 0;
	size_t n0 = v->nforms;
	if (add_form(v, fb, (size_t)(fe - fb), vi) < 0)
		return -1;
	if (L->tabari && fe == r && v->nforms > n0) {
		v->forms[n0].stem = 1;
		if (fe - fb < 64)
			v->stem_lens |= 1ull << (fe - fb);
	}
	return 0;
}

/* The regular forms of an English verb: -s/-es, -ed/-d/-ied, -ing. */
/* TABARI's own verb endings of a whole-word verb, beside the English ones:
 * -ES and -EN added as they are ("DEPART_": "departes", "departen"), which
 * its suite codes (VERBEND-01d, 01e). */
static int tabari_endings(ev_verbs *v, const char *base, size_t n, uint32_t verb)
{
	char buf[72];
	if (n == 0 || n > 60)
		return 0;
	memcpy(buf, base, n);
	memcpy(buf + n, "es", 2);
	int r = add_form(v, buf, n + 2, verb);
	memcpy(buf + n, "en", 2);
	return r | add_form(v, buf, n + 2, verb);
}

static int add_regular_forms(ev_verbs *v, const char *base, size_t n, uint32_t verb)
{
	char buf[72];
	if (n == 0 || n > 60)
		return 0;
	char last = (char)tolower((unsigned char)base[n - 1]);
	char prev = n > 1 ? (char)tolower((unsigned char)base[n - 2]) : 0;
	int vowel_prev = prev && strchr("aeiou", prev);
	memcpy(buf, base, n);
	int r = 0;
	if (last == 'y' && !vowel_prev) {
		memcpy(buf + n - 1, "ies", 3);
		r |= add_form(v, buf, n + 2, verb);
		memcpy(buf + n - 1, "ied", 3);
		r |= add_form(v, buf, n + 2, verb);
		memcpy(buf + n, "ing", 3);
		r |= add_form(v, buf, n + 3, verb);
		return r;
	}
	if (last == 's' || last == 'x' || last == 'z' || (last == 'h' && (prev == 'c' || prev == 's'))) {
		memcpy(buf + n, "es", 2);
		r |= add_form(v, buf, n + 2, verb);
	} else {
		buf[n] = 's';
		r |= add_form(v, buf, n + 1, verb);
	}
	if (last == 'e') {
		buf[n] = 'd';
		r |= add_form(v, buf, n + 1, verb);
		/* "agree" keeps its e: agreeing; "use" drops it: using */
		size_t k = (prev == 'e' || prev == 'y' || prev == 'o') ? n : n - 1;
		memcpy(buf + k, "ing", 3);
		r |= add_form(v, buf, k + 3, verb);
	} else {
		memcpy(buf + n, "ed", 2);
		r |= add_form(v, buf, n + 2, verb);
		memcpy(buf + n, "ing", 3);
		r |= add_form(v, buf, n + 3, verb);
	}
	return r;
}

/* "VERB [code]", "VERB {FORMS} [code]", "CALL_ON [code]", "= NOUN [code]" */
static void parse_verb(vloader *L, const char *s, const char *e)
{
	ev_verbs *v = L->v;
	int nominal = 0;
	if (*s == '=') {
		nominal = 1;
		s++;
		while (s < e && (*s == ' ' || *s == '\t'))
			s++;
	}
	const char *lb = memchr(s, '[', (size_t)(e - s));
	const char *lbrace = memchr(s, '{', (size_t)(e - s));
	const char *name_end = e;
	if (lb && lb < name_end)
		name_end = lb;
	if (lbrace && lbrace < name_end)
		name_end = lbrace;
	while (name_end > s && (name_end[-1] == ' ' || name_end[-1] == '\t'))
		name_end--;
	if (name_end == s) {
		vbad(L, "a verb line needs a verb before its forms and code");
		return;
	}
	int16_t c1, c2;
	uint8_t mark = 0;
	if (lb) {
		const char *rb = memchr(lb, ']', (size_t)(e - lb));
		if (!rb) {
			vbad(L, "'[' without ']'");
			return;
		}
		if (parse_code(L, lb + 1, rb, &c1, &c2, &mark) < 0)
			return;
	} else if (L->in_block) {
		c1 = L->block_code;
		c2 = L->block_code2;
	} else {
		vbad(L, "a verb needs an event code such as [042] or [---], or a --- BLOCK [code] --- "
		        "header above it");
		return;
	}
	/* the verb and, for "CALL_ON" or "BE GUEST_OF_HONOUR IN", the words after it;
	 * PETRARCH-2 joins them with '+' */
	const char *b = s;
	while (b < name_end && *b != '_' && *b != ' ' && *b != '+')
		b++;
	size_t base_len = (size_t)(b - s);
	int stem = L->tabari && !(b < name_end && *b == '_' && b + 1 == name_end);
	/* TABARI's '=' after a verb ("BAN=") is that word as written, with no
	 * endings: the suite finds "ban" with it, and not "baning" or "baned"
	 * (VERBEND-05) */
	int as_written = 0;
	if (L->tabari && b == name_end && b > s + 1 && b[-1] == '=') {
		b--;
		name_end--;
		base_len--;
		stem = 0;
		as_written = 1;
	}
	if (PUSH(v, verbs, nverbs, cap_verbs) < 0)
		return;
	uint32_t vi = (uint32_t)v->nverbs;
	vverb *vb = &v->verbs[vi];
	memset(vb, 0, sizeof *vb);
	vb->base_off = pool_add(v, s, base_len);
	vb->base_len = (uint16_t)base_len;
	vb->code = c1;
	vb->code2 = c2;
	vb->mark = mark;
	vb->nominal = (uint8_t)nominal;
	vb->tail_w0 = (uint32_t)v->nwords;
	const char *q = b;
	while (q < name_end) {
		int spaced = 0;
		while (q < name_end && (*q == '_' || *q == ' ' || *q == '+'))
			spaced |= *q++ == ' ';
		const char *wb = q;
		while (q < name_end && *q != '_' && *q != ' ' && *q != '+')
			q++;
		if (q > wb) {
			if (add_word(L, wb, (size_t)(q - wb), q < name_end && *q == '_') < 0)
				return;
			/* TABARI: "DEATH TOLL RISEN", words apart by a space, may have
			 * others between ("death toll has risen") */
			if (L->tabari && spaced)
				v->words[v->nwords - 1].gap = 1;
			vb = &v->verbs[vi];
			vb->tail_nw++;
		}
	}
	v->nverbs++;
	if (lbrace && (!lb || lbrace < lb)) {
		const char *rbrace = memchr(lbrace, '}', (size_t)(e - lbrace));
		if (!rbrace) {
			vbad(L, "'{' without '}' in the forms of a verb");
			v->nverbs--;
			return;
		}
		if (stem) {
			v->verbs[vi].stem = 1;
			if (base_len < 64)
				v->stem_lens |= 1ull << base_len;
		}
		if (add_form(v, s, base_len, vi) < 0)
			return;
		if (stem && v->nforms)
			v->forms[v->nforms - 1].stem = 1;
		const char *r = lbrace + 1;
		while (r < rbrace) {
			while (r < rbrace && (*r == ' ' || *r == '\t'))
				r++;
			const char *fb = r;
			while (r < rbrace && *r != ' ' && *r != '\t')
				r++;
			if (fb < r && *fb == '+')
				fb++;   /* PETRARCH-2's mark of the verb word */
			if (add_listed_form(L, fb, r, vi) < 0)
				return;
		}
	} else if (stem) {
		v->verbs[vi].stem = 1;
		if (base_len < 64)
			v->stem_lens |= 1ull << base_len;
		if (add_form(v, s, base_len, vi) < 0)
			return;
		if (v->nforms)
			v->forms[v->nforms - 1].stem = 1;
	} else {
		if (add_form(v, s, base_len, vi) < 0)
			return;
		/* nouns take a plural; verbs every regular form */
		if (nominal) {
			char buf[72];
			if (base_len < 60) {
				memcpy(buf, s, base_len);
				buf[base_len] = 's';
				add_form(v, buf, base_len + 1, vi);
			}
		} else if (!as_written && add_regular_forms(v, s, base_len, vi) < 0) {
			return;
		} else if (!as_written && L->tabari && tabari_endings(v, s, base_len, vi) < 0) {
			return;
		}
	}
	/* outside a block the patterns that follow are this verb's alone */
	if (!L->in_block)
		L->vb0 = vi;
}

/* Every verb of a block takes every pattern of the block, wherever it stands. */
static void close_block(vloader *L)
{
	ev_verbs *v = L->v;
	if (!L->in_block || v->npatterns <= L->block_p0)
		return;
	for (size_t i = L->vb0; i < v->nverbs; i++) {
		v->verbs[i].p0 = (uint32_t)L->block_p0;
		v->verbs[i].np = (uint32_t)(v->npatterns - L->block_p0);
	}
}

static void parse_line(vloader *L, const char *s, const char *e)
{
	ev_verbs *v = L->v;
	/* comments: ';' (TABARI) and '#' (PETRARCH), outside brackets */
	int depth = 0;
	for (const char *q = s; q < e; q++) {
		if (*q == '[')
			depth++;
		else if (*q == ']')
			depth--;
		else if ((*q == ';' || *q == '#') && depth <= 0) {
			e = q;
			break;
		}
	}
	while (s < e && (*s == ' ' || *s == '\t'))
		s++;
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		e--;
	if (L->in_comment) {
		for (const char *q = s; q + 2 < e + 1 && q + 3 <= e; q++)
			if (memcmp(q, "-->", 3) == 0) {
				L->in_comment = 0;
				return;
			}
		if (e - s >= 3 && memcmp(e - 3, "-->", 3) == 0)
			L->in_comment = 0;
		return;
	}
	if (s == e)
		return;
	if (e - s >= 4 && memcmp(s, "<!--", 4) == 0) {
		if (!(e - s >= 7 && memcmp(e - 3, "-->", 3) == 0))
			L->in_comment = 1;
		return;
	}
	if (*s == '<') {
		/* TABARI section tags; <TIME> holds time-shift phrases, which the
		 * temporal tagger covers: skipped */
		if (e - s >= 6 && strncasecmp(s, "<TIME>", 6) == 0)
			L->in_time = 1;
		else if (e - s >= 7 && strncasecmp(s, "</TIME>", 7) == 0)
			L->in_time = 0;
		return;
	}
	if (L->in_time) {
		time_phrase(L, s, e);
		return;
	}
	if (*s == '~')
		return;   /* the ~~FINISH line */
	if (*s == '{' && v->nverbs > 0) {
		/* TABARI: "{ BROKE_ BROKEN_ }" on its own line lists forms of the verb above */
		const char *r = s + 1;
		uint32_t vi = (uint32_t)(v->nverbs - 1);
		while (r < e && *r != '}') {
			while (r < e && (*r == ' ' || *r == '\t'))
				r++;
			const char *fb = r;
			while (r < e && *r != ' ' && *r != '\t' && *r != '}')
				r++;
			if (add_listed_form(L, fb, r, vi) < 0)
				return;
		}
		return;
	}
	if (*s == '&') {
		const char *ne = s + 1;
		while (ne < e && *ne != ' ' && *ne != '\t')
			ne++;
		if (grow((void **)&L->syns, &L->cap_syns, L->nsyns + 1, sizeof *L->syns) < 0) {
			v->oom = 1;
			return;
		}
		long old = find_syn(L, s + 1, (size_t)(ne - s - 1));
		if (old >= 0) {
			L->cur_syn = old;   /* a repeated set adds to the first */
			return;
		}
		struct syn *sy = &L->syns[L->nsyns];
		size_t nl = (size_t)(ne - s - 1);
		while (nl > 0 && s[nl] == '_')
			nl--;
		sy->name = pool_add(v, s + 1, nl);
		sy->alt0 = (uint32_t)L->nsyn_alts;
		sy->nalts = 0;
		L->cur_syn = (long)L->nsyns++;
		return;
	}
	if (*s == '+' && s + 1 < e && s[1] != ' ' && L->cur_syn < 0 && L->in_block) {
		/* PETRARCH-2 marks the verb of a multi-word verb with '+': +ASK_FOR {+ASKED_FOR} */
		parse_verb(L, s + 1, e);
		return;
	}
	if (*s == '+' && s + 1 < e && s[1] != ' ') {
		if (L->cur_syn < 0) {
			vbad(L, "a +WORD line outside a synonym set: start the set with &NAME");
			return;
		}
		struct syn *sy = &L->syns[L->cur_syn];
		if (sy->alt0 + sy->nalts != L->nsyn_alts) {
			vbad(L, "synonym set '%s' continues after other sets: keep its +lines together",
			     v->pool + sy->name);
			return;
		}
		if (grow((void **)&L->syn_alts, &L->cap_syn_alts, L->nsyn_alts + 1,
		         sizeof *L->syn_alts) < 0) {
			v->oom = 1;
			return;
		}
		/* "+&TIETYPES_MEMOS": a set inside a set gives one alternative for each of
		 * its members, with the words around it ("cultural memos", "military
		 * memos"); a line names one inner set at most */
		const char *inner, *inner_e;
		long si = inner_set(L, s + 1, e, &inner, &inner_e);
		if (inner && (si < 0 || si == L->cur_syn)) {
			vbad(L, "unknown synonym set '%.*s'", (int)(inner_e - inner), inner);
			return;
		}
		uint16_t nin = si >= 0 ? L->syns[si].nalts : 1;
		for (uint16_t k = 0; k < nin; k++) {
			if (grow((void **)&L->syn_alts, &L->cap_syn_alts, L->nsyn_alts + 1,
			         sizeof *L->syn_alts) < 0) {
				v->oom = 1;
				return;
			}
			valt a = {(uint32_t)v->nwords, 0, 0};
			int nw = run_words(L, s + 1, e, si >= 0 ? inner : NULL, si, k);
			if (nw < 0)
				return;
			a.nw = (uint16_t)nw;
			a.gaps = alt_gaps(v, a.w0, nw);
			if (a.nw) {
				L->syn_alts[L->nsyn_alts++] = a;
				L->syns[L->cur_syn].nalts++;
			}
		}
		return;
	}
	L->cur_syn = -1;
	if (*s == '-' && e - s >= 3 && s[1] == '-' && s[2] == '-') {
		/* --- LABEL [code] --- */
		const char *lb = memchr(s, '[', (size_t)(e - s));
		const char *rb = lb ? memchr(lb, ']', (size_t)(e - lb)) : NULL;
		close_block(L);
		L->vb0 = v->nverbs;
		L->in_block = 1;
		L->block_p0 = v->npatterns;
		L->block_code = L->block_code2 = -1;
		if (lb && rb && parse_code(L, lb + 1, rb, &L->block_code, &L->block_code2, NULL) < 0)
			L->in_block = 1;
		return;
	}
	if (*s == '-') {
		parse_pattern(L, s + 1, e);
		return;
	}
	parse_verb(L, s, e);
}

ev_status ev_verbs_load_buffer(ev_verbs *v, const char *name, const char *text, size_t len,
                               ev_verbs_format fmt, ev_diag_fn diag, void *diag_ud)
{
	if (v->compiled)
		return EV_ERR_USAGE;
	if (fmt == EV_VERBS_AUTO) {
		/* TABARI's files carry its name (TABARI.CAMEO.091003.master.verbs) */
		const char *base = strrchr(name, '/');
		base = base ? base + 1 : name;
		fmt = strcasestr(base, "tabari") ? EV_VERBS_TABARI
		      : strcasestr(base, "petr") ? EV_VERBS_PETRARCH
		                                 : EV_VERBS_NATIVE;
	}
	vloader L;
	memset(&L, 0, sizeof L);
	L.v = v;
	L.file = name;
	L.diag = diag;
	L.ud = diag_ud;
	L.tabari = fmt == EV_VERBS_TABARI;
	L.whole_words = fmt == EV_VERBS_PETRARCH;
	L.cur_syn = -1;
	L.vb0 = v->nverbs;
	const char *p = text, *end = text + len;
	while (p < end && !v->oom) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		if (!eol)
			eol = end;
		L.line++;
		if (memchr(p, 0, (size_t)(eol - p)))
			vbad(&L, "NUL byte in the line: is this a text file?");
		else
			parse_line(&L, p, eol);
		p = eol + 1;
	}
	close_block(&L);
	free(L.syns);
	free(L.syn_alts);
	return v->oom ? EV_ERR_NOMEM : EV_OK;
}

ev_status ev_verbs_load_file(ev_verbs *v, const char *path, ev_verbs_format fmt,
                             ev_diag_fn diag, void *diag_ud)
{
	char *buf;
	size_t len;
	ev_status st = slurp_file(path, &buf, &len);
	if (st == EV_ERR_IO)
		slurp_report(diag, diag_ud, path, "verb dictionary", errno);
	if (st != EV_OK)
		return st;
	st = ev_verbs_load_buffer(v, path, buf, len, fmt, diag, diag_ud);
	free(buf);
	return st;
}

ev_status ev_verbs_load_defaults(ev_verbs *v, ev_diag_fn diag, void *diag_ud)
{
	const struct embedded_file *f = embedded("cameo.verbs");
	if (!f)
		return EV_OK;
	return ev_verbs_load_buffer(v, f->name, (const char *)f->data, f->len, EV_VERBS_NATIVE,
	                            diag, diag_ud);
}

/* ------------------------------------------------------------- compiling */

ev_status ev_verbs_compile(ev_verbs *v)
{
	if (v->compiled)
		return EV_OK;
	if (v->oom)
		return EV_ERR_NOMEM;
	/* the pool no longer moves: turn the table's string offsets into pointers */
	for (size_t i = 0; i < v->ncameo; i++) {
		ev_cameo *c = &v->cameo[i];
		c->plover = v->pool + (uintptr_t)c->plover;
		c->mode = v->pool + (uintptr_t)c->mode;
		c->name = v->pool + (uintptr_t)c->name;
	}
	size_t size = 64;
	while (size < v->nforms * 2 + 1)
		size *= 2;
	v->table = malloc(size * sizeof *v->table);
	if (!v->table)
		return EV_ERR_NOMEM;
	for (size_t i = 0; i < size; i++)
		v->table[i] = -1;
	v->table_mask = (uint32_t)(size - 1);
	for (size_t i = 0; i < v->nforms; i++) {
		vform *f = &v->forms[i];
		const char *s = v->pool + f->off;
		uint32_t h = verbs_hash(s, f->len) & v->table_mask;
		for (;;) {
			int32_t t = v->table[h];
			if (t < 0) {
				v->table[h] = (int32_t)i;
				break;
			}
			vform *g = &v->forms[t];
			if (g->len == f->len && memcmp(v->pool + g->off, s, f->len) == 0) {
				/* same spelling: chain after the head, keeping dictionary order */
				while (g->next >= 0)
					g = &v->forms[g->next];
				g->next = (int32_t)i;
				break;
			}
			h = (h + 1) & v->table_mask;
		}
	}
	if (coder_classes_build(v) < 0)
		return EV_ERR_NOMEM;
	/* each element's possible first words, so that a token is tried against
	 * its alternatives only when one of them could start there */
	v->elem_words = calloc(v->nelems ? v->nelems : 1, sizeof *v->elem_words);
	if (!v->elem_words)
		return EV_ERR_NOMEM;
	for (size_t i = 0; i < v->nelems; i++) {
		const velem *el = &v->elems[i];
		if (el->kind != PE_WORDS)
			continue;
		for (uint16_t a = 0; a < el->nalts; a++) {
			const vword *w = &v->words[v->alts[el->alt0 + a].w0];
			unsigned bit;
			if ((!w->exact && w->len < 3) || w->exact >= VW_SRC) {
				memset(v->elem_words[i], 0xff, sizeof v->elem_words[i]);
				break;   /* a short stem: no filter */
			}
			bit = verbs_word_bit(v->pool + w->off, w->len, !w->exact);
			v->elem_words[i][bit >> 6] |= 1ull << (bit & 63);
		}
	}
	v->compiled = 1;
	return EV_OK;
}

int32_t verbs_find(const ev_verbs *v, const char *s, size_t n)
{
	return verbs_find_hashed(v, s, n, verbs_hash(s, n));
}

int32_t verbs_find_hashed(const ev_verbs *v, const char *s, size_t n, uint32_t hash)
{
	if (!v->table)
		return -1;
	uint32_t h = hash & v->table_mask;
	for (;;) {
		int32_t t = v->table[h];
		if (t < 0)
			return -1;
		const vform *f = &v->forms[t];
		if (f->len == n && memcmp(v->pool + f->off, s, n) == 0)
			return t;
		h = (h + 1) & v->table_mask;
	}
}
