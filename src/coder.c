/*
 * coder.c - who did what to whom: finds the verbs (and event nouns) of the
 * verb dictionary in each sentence, picks the most specific pattern, and
 * fills in source and target from a shallow reading of the clause (subject
 * before the verb group, object after it, passives, conjoined verbs,
 * appositions), then the event's date, place, amount, speaker and mood.
 * No parser: word classes come from closed lists of English function words.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "arena.h"
#include "verbs.h"

#define MAX_GAP 8        /* words allowed between pattern elements */
#define SUBJ_REACH 30    /* how far back a subject is looked for */
#define OBJ_REACH 16     /* how far forward an object is looked for */

typedef struct cctx {
	ev_doc *d;
	const ev_verbs *v;
	int32_t *tok_men;    /* the mention covering each token, or -1 */
	char (*low)[24];     /* lower-case text of short ASCII words, else "" */
	uint32_t *cls;       /* closed word classes of each token (C_* bits) */
	uint32_t *wh;        /* verbs_hash of each token's lower-case text */
	uint8_t (*wb)[2];    /* its verbs_word_bit as a word and as a stem */
	uint8_t *in_tx;      /* the token is part of a temporal expression */
	uint32_t sb, se;     /* the sentence's tokens [sb, se) */
	uint64_t words[4];   /* the sentence's words and stems (verbs_word_bit) */
	int caps;            /* the sentence is written in capitals (a wire headline) */
	size_t cap_ev;
	size_t n_tagged, cap_men;     /* mentions from the tagger; room for derived ones */
	int32_t last_per, last_org;   /* antecedents of he/she and it/they */
	int32_t last_m, last_f;       /* the last subjects known to be a man, a woman */
	const ev_coder_options *o;    /* never NULL: the caller's, or all zero */
	int32_t fwd, dsrc, dtgt;      /* mentions of the options' actors, or -1 */
	int discards;                 /* a mention has the discard code */
} cctx;

/* ------------------------------------------------------------ word classes */


enum {
	C_DETERMINERS = 1u << 0,
	C_MODALS = 1u << 1,
	C_AUX = 1u << 2,
	C_BE = 1u << 3,
	C_NEGATIONS = 1u << 4,
	C_PRONOUNS = 1u << 5,
	C_RELATIVES = 1u << 6,
	C_PREPOSITIONS = 1u << 7,
	C_PLACE_PREPS = 1u << 8,
	C_GROUP_ADVERBS = 1u << 9,
	C_INTENT_VERBS = 1u << 10,
	C_HYPOTHETICAL = 1u << 11,
	C_FUTURE = 1u << 12,
	C_SPEECH = 1u << 13,
	C_OBJ_STOPS = 1u << 14,
	C_COMMA = 1u << 15,
	C_AND_OR = 1u << 16,
	C_POSSESSIVE = 1u << 17,
	C_TO_BY = 1u << 18,
};

static const char *const COMMA[] = {",", NULL};
static const char *const AND_OR[] = {"and", "or", "nor", NULL};
static const char *const POSSESSIVE[] = {"'s", "’s", NULL};
static const char *const TO_BY[] = {"to", "by", NULL};
static const char *const DETERMINERS[] = {
	"the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "your",
	"my", "'s", "’s", "every", "each", "any", "no", "some", "such", "another", "whose", NULL};
static const char *const MODALS[] = {"will", "would", "can", "could", "may", "might", "must",
                                     "shall", "should", "'ll", "’ll", "wo", "ca", NULL};
static const char *const AUX[] = {"is", "are", "was", "were", "be", "been", "being", "am",
                                  "'s", "’s", "'re", "’re", "has", "have", "had", "having",
                                  "do", "does", "did", "get", "got", "gets", NULL};
static const char *const BE[] = {"is", "are", "was", "were", "be", "been", "being", "am",
                                 "'re", "’re", "get", "got", "gets", NULL};
static const char *const NEGATIONS[] = {"not", "n't", "n’t", "never", "no", NULL};
static const char *const PRONOUNS[] = {"he", "she", "it", "they", "we", "i", NULL};
static const char *const RELATIVES[] = {"who", "which", "whose", "whom", "where", "that", NULL};
static const char *const PREPOSITIONS[] = {
	"of", "in", "at", "from", "with", "for", "on", "by", "to", "against", "between", "about",
	"over", "into", "under", "after", "before", "since", "during", "among", "than", "toward",
	"towards", "like", "via", "per", "including", "across", "through", "without", "amid", NULL};
static const char *const PLACE_PREPS[] = {"in", "at", "near", "inside", "outside", "across",
                                          "throughout", NULL};
/* adverbs that sit inside a verb group ("has also repeatedly") */
static const char *const GROUP_ADVERBS[] = {
	"also", "already", "still", "just", "then", "now", "again", "further", "reportedly",
	"jointly", "formally", "officially", "finally", "later", "soon", "recently", "once",
	"even", "only", "quickly", "publicly", "allegedly", "apparently", "previously", "first",
	"repeatedly", "sharply", "strongly", "immediately", "effectively", "eventually", "ever",
	"even", "yet", "most", "really", "certainly", "probably", "possibly", "unexpectedly",
	"again", "soon", "now", "almost", NULL};
/* verbs whose "to"-infinitive is a plan or intention: "plans to visit" */
static const char *const INTENT_VERBS[] = {
	"plan", "plans", "planned", "planning", "intend", "intends", "intended", "expect", "expects",
	"expected", "schedule", "scheduled", "set", "due", "aim", "aims", "aimed", "seek", "seeks",
	"sought", "hope", "hopes", "hoped", "want", "wants", "wanted", "prepare", "prepares",
	"prepared", "preparing", "going", "agree", "agrees", "agreed", "decide", "decides",
	"decided", "vow", "vows", "vowed", "pledge", "pledged", "pledges", "promise", "promised",
	"promises", "threaten", "threatened", "threatens", "try", "tries", "tried", "likely",
	"ready", "poised", "about", "offer", "offered", "offers", "move", "moved", "moves",
	"is", "are", "was", "were", NULL};
static const char *const HYPOTHETICAL[] = {"would", "could", "might", "may", "should", "must",
                                           "can", "ca", NULL};
static const char *const FUTURE[] = {"will", "'ll", "’ll", "shall", "wo", NULL};
static const char *const SPEECH[] = {
	"said", "say", "says", "saying", "told", "tell", "tells", "telling", "added", "adds",
	"stated", "states", "noted", "notes", "insisted", "insists", "claimed", "claims",
	"reported", "reports", "wrote", "writes", "according", "announced", "announces",
	"explained", "argued", "argues", "commented", NULL};
/* words that end the clause an object is looked for in */
static const char *const OBJ_STOPS[] = {
	";", ":", "that", "which", "who", "whom", "while", "but", "because", "although", "though",
	"after", "before", "when", "as", "if", "unless", "since", "whereas", "said", "says",
	"told", "—", "–", "--", "(", NULL};

/* Each closed class and its bit, for the per-token class masks. */
static const struct {
	const char *const *words;
	uint32_t bit;
} CLASSES[] = {
	{COMMA, C_COMMA},
	{AND_OR, C_AND_OR},
	{POSSESSIVE, C_POSSESSIVE},
	{TO_BY, C_TO_BY},
	{DETERMINERS, C_DETERMINERS},
	{MODALS, C_MODALS},
	{AUX, C_AUX},
	{BE, C_BE},
	{NEGATIONS, C_NEGATIONS},
	{PRONOUNS, C_PRONOUNS},
	{RELATIVES, C_RELATIVES},
	{PREPOSITIONS, C_PREPOSITIONS},
	{PLACE_PREPS, C_PLACE_PREPS},
	{GROUP_ADVERBS, C_GROUP_ADVERBS},
	{INTENT_VERBS, C_INTENT_VERBS},
	{HYPOTHETICAL, C_HYPOTHETICAL},
	{FUTURE, C_FUTURE},
	{SPEECH, C_SPEECH},
	{OBJ_STOPS, C_OBJ_STOPS},
};

int coder_classes_build(ev_verbs *v)
{
	size_t n = 0;
	for (size_t i = 0; i < sizeof CLASSES / sizeof *CLASSES; i++)
		for (const char *const *w = CLASSES[i].words; *w; w++)
			n++;
	size_t size = 64;
	while (size < n * 2)
		size *= 2;
	v->classes = calloc(size, sizeof *v->classes);
	if (!v->classes)
		return -1;
	v->classes_mask = (uint32_t)(size - 1);
	for (size_t i = 0; i < sizeof CLASSES / sizeof *CLASSES; i++)
		for (const char *const *w = CLASSES[i].words; *w; w++) {
			uint32_t h = verbs_hash(*w, strlen(*w)) & v->classes_mask;
			while (v->classes[h].word && strcmp(v->classes[h].word, *w) != 0)
				h = (h + 1) & v->classes_mask;
			v->classes[h].word = *w;
			v->classes[h].bits |= CLASSES[i].bit;
		}
	return 0;
}

static uint32_t classes_of(const ev_verbs *v, const char *w, size_t n, uint32_t hash)
{
	uint32_t h = hash & v->classes_mask;
	for (;;) {
		const struct vclass *e = &v->classes[h];
		if (!e->word)
			return 0;
		if (strncmp(e->word, w, n) == 0 && e->word[n] == 0)
			return e->bits;
		h = (h + 1) & v->classes_mask;
	}
}

static const char *low(const cctx *c, uint32_t k)
{
	return c->low[k];
}

static int has(const cctx *c, uint32_t k, uint32_t bits)
{
	return k < c->se && k >= c->sb && (c->cls[k] & bits);
}

static int is_word(const cctx *c, uint32_t k, const char *w)
{
	/* the first letters first: most calls ask for a word that is not there */
	return k < c->se && k >= c->sb && c->low[k][0] == w[0] && strcmp(c->low[k], w) == 0;
}

static int is_actor_type(int t)
{
	return t >= EV_MEN_PER && t <= EV_MEN_NORP;
}

/* The actor mention covering token k, or -1. */
static int32_t actor_at(const cctx *c, uint32_t k)
{
	if (k < c->sb || k >= c->se)
		return -1;
	int32_t m = c->tok_men[k];
	return m >= 0 && is_actor_type(c->d->mentions[m].type) ? m : -1;
}

static int coded(const cctx *c, int32_t m);

/* After a short parenthesis that opens at k ("(EU) agree"), its end; else k. */
static uint32_t after_paren(const cctx *c, uint32_t k)
{
	if (!is_word(c, k, "("))
		return k;
	for (uint32_t q = k + 1; q < c->se && q < k + 5; q++)
		if (is_word(c, q, ")"))
			return q + 1;
	return k;
}

/*
 * "the European Union (EU)": where token p closes a short parenthesis right
 * after an actor, the token before its "("; else p.  The short form in
 * brackets is no actor of its own.
 */
static uint32_t before_paren(const cctx *c, uint32_t p)
{
	if (!is_word(c, p, ")"))
		return p;
	for (uint32_t q = p; q > c->sb + 1 && q + 5 > p; q--)
		if (is_word(c, q - 1, "(")) {
			/* the name the dictionary knows: "Federal Deposit Insurance Corp (FDIC)" */
			int32_t out = actor_at(c, q - 2), in = actor_at(c, q);
			return out >= 0 && (coded(c, out) || !coded(c, in)) ? q - 2 : p;
		}
	return p;
}

static int coded(const cctx *c, int32_t m)
{
	return m >= 0 && c->d->mentions[m].code[0];
}

/* A role word alone ("diplomats", "officials"): an actor of no country. */
static int weak(const cctx *c, int32_t m)
{
	const ev_mention *mm = &c->d->mentions[m];
	return mm->nominal && !mm->country[0];
}


/* ------------------------------------------------------------ pattern match */

static int clause_comma(const cctx *c, uint32_t k);

static int word_match(const ev_verbs *v, const vword *w, const cctx *c, uint32_t k)
{
	const char *t = low(c, k);
	const char *s = v->pool + w->off;
	if (w->exact)
		return c->wh[k] == w->hash && t[0] && strcmp(t, s) == 0;
	return t[0] == s[0] && strncmp(t, s, w->len) == 0;
}

static uint32_t alt_walk(const ev_verbs *v, const valt *a, const cctx *c, uint32_t k,
                         int32_t *slot);

/* Does alternative a match the tokens starting at k?  Its end, or 0. */
static uint32_t alt_at(const ev_verbs *v, const valt *a, const cctx *c, uint32_t k)
{
	if (!a->gaps) {
		for (uint16_t i = 0; i < a->nw; i++)
			if (k + i >= c->se || !word_match(v, &v->words[a->w0 + i], c, k + i))
				return 0;
		return k + a->nw;
	}
	/* TABARI: a word marked gap may have up to VERBS_GAP others before it */
	return alt_walk(v, a, c, k, NULL);
}

/* The slow path of alt_at: words with gaps, and actor slots ("+PESO_$"), each a
 * coded actor, whose mention goes to *slot (may be NULL). */
static uint32_t alt_walk(const ev_verbs *v, const valt *a, const cctx *c, uint32_t k,
                         int32_t *slot)
{
	uint32_t p = k;
	for (uint16_t i = 0; i < a->nw; i++) {
		const vword *w = &v->words[a->w0 + i];
		uint32_t lim = i > 0 && w->gap ? p + VERBS_GAP : p;
		if (w->exact >= VW_SRC) {
			int32_t m = -1;
			while (p <= lim && p < c->se && ((m = actor_at(c, p)) < 0 || !coded(c, m)))
				p++;
			if (p > lim || p >= c->se)
				return 0;
			if (slot)
				*slot = m;
			p = c->d->mentions[m].tok_end;
			continue;
		}
		while (p <= lim && p < c->se && !word_match(v, w, c, p))
			p++;
		if (p > lim || p >= c->se)
			return 0;
		p++;
	}
	return p;
}

/* Could one of the alternatives of el start at token k? */
static int could_start(const ev_verbs *v, const velem *el, const cctx *c, uint32_t k)
{
	const uint64_t *ew = v->elem_words[el - v->elems];
	unsigned a = c->wb[k][0], b = c->wb[k][1];
	return (ew[a >> 6] >> (a & 63) & 1) || (ew[b >> 6] >> (b & 63) & 1);
}

/*
 * Match element el with its first token in [lo, hi] going forward (or its
 * last token ending at e in [lo, hi] going backward).  On success sets *start
 * and *end of the match and *men for actor slots; returns 1.
 */
/* An element that an actor fills: $, + or % */
static int actor_slot(int kind)
{
	return kind == PE_SRC || kind == PE_TGT || kind == PE_EACH;
}

static int elem_fwd(const ev_verbs *v, const velem *el, const cctx *c, uint32_t lo, uint32_t hi,
                    uint32_t *start, uint32_t *end, int32_t *men, const valt **hit)
{
	int32_t weak_slot = -1;
	uint32_t weak_at = 0;
	for (uint32_t k = lo; k <= hi && k < c->se; k++) {
		if (actor_slot(el->kind)) {
			int32_t m = actor_at(c, k);
			if (m >= 0 && (!weak(c, m) || k + 1 >= c->se || k == hi)) {
				*start = k;
				*end = c->d->mentions[m].tok_end;
				*men = m;
				return 1;
			}
			if (m >= 0) {
				/* "ties with Gondor", not the "diplomatic" before it */
				if (weak_slot < 0) {
					weak_slot = m;
					weak_at = k;
				}
				k = c->d->mentions[m].tok_end - 1;
				continue;
			}
			/* an actor slot stays inside the clause */
			if (has(c, k, C_OBJ_STOPS) || clause_comma(c, k))
				break;
			continue;
		}
		/* "Jan. 30 to Jan. 31", "a call on Thursday": words of a date, and the
		 * preposition that opens one, are no pattern words */
		if (c->in_tx[k] || (k + 1 < c->se && c->in_tx[k + 1] && has(c, k, C_PREPOSITIONS)) ||
		    !could_start(v, el, c, k))
			continue;
		for (uint16_t a = 0; a < el->nalts; a++) {
			const valt *al = &v->alts[el->alt0 + a];
			const vword *w0 = &v->words[al->w0];
			if (w0->exact ? c->wh[k] != w0->hash : c->low[k][0] != v->pool[w0->off])
				continue;   /* its first word is not this one */
			uint32_t e = alt_at(v, al, c, k);
			if (e) {
				*start = k;
				*end = e;
				*hit = al;
				return 1;
			}
		}
	}
	if (weak_slot >= 0) {
		*start = weak_at;
		*end = c->d->mentions[weak_slot].tok_end;
		*men = weak_slot;
		return 1;
	}
	return 0;
}

static int32_t antecedent(const cctx *c, uint32_t k);

static int elem_back(const ev_verbs *v, const velem *el, const cctx *c, uint32_t lo, uint32_t hi,
                     uint32_t *start, int32_t *men, const valt **hit)
{
	/* hi is the exclusive end nearest the verb; search ends from hi down to lo */
	for (uint32_t e = hi; e >= lo && e > c->sb; e--) {
		if (actor_slot(el->kind)) {
			int32_t m = actor_at(c, e - 1);
			/* "Falastur said he regretted" (SAID $ *): a pronoun is its antecedent */
			if (m < 0 && has(c, e - 1, C_PRONOUNS)) {
				int32_t a = antecedent(c, e - 1);
				if (a >= 0) {
					*start = e - 1;
					*men = a;
					return 1;
				}
			}
			if (m >= 0 && coded(c, m)) {
				*start = c->d->mentions[m].tok_begin < c->sb ? c->sb
				                                              : c->d->mentions[m].tok_begin;
				*men = m;
				return 1;
			}
			if (m >= 0) {
				/* a name no dictionary codes is passed over, as TABARI does */
				uint32_t b = c->d->mentions[m].tok_begin;
				e = b > c->sb ? b + 1 : c->sb + 1;
				continue;
			}
			if (has(c, e - 1, C_COMMA)) {
				/* "Gollum, centre of a row between Radagast, called on" (CALLED_ON
				 * $ *): a phrase set off by commas is passed over whole */
				uint32_t q = e - 1;
				while (q > c->sb && q + 30 > e && !has(c, q - 1, C_COMMA) &&
				       !has(c, q - 1, C_OBJ_STOPS))
					q--;
				if (q <= c->sb || q + 30 <= e || !has(c, q - 1, C_COMMA))
					return 0;
				e = q;   /* the loop steps to the token before that comma */
				continue;
			}
			if (has(c, e - 1, C_OBJ_STOPS))
				return 0;
			continue;
		}
		if (c->in_tx[e - 1])
			continue;
		for (uint16_t a = 0; a < el->nalts; a++) {
			const valt *al = &v->alts[el->alt0 + a];
			/* with gaps, a match ending at e may start further back */
			for (uint32_t g = 0; g <= (al->gaps ? (uint32_t)VERBS_GAP : 0u); g++) {
				uint32_t b = e - al->nw - g;
				if (e < c->sb + al->nw + g || !could_start(v, el, c, b))
					continue;
				if (alt_at(v, al, c, b) == e) {
					*start = b;
					*hit = al;
					return 1;
				}
			}
		}
		if (e == lo)
			break;
	}
	return 0;
}

static int compound(const cctx *c, int32_t m, int32_t *out, int max);

/* TABARI's '%' takes a list ("Gondor and Osgiliath"), not a single actor:
 * is m a member of one?  Then *each is m. */
static int listed(const cctx *c, int32_t m, int32_t *each)
{
	int32_t two[2];
	if (m < 0 || compound(c, m, two, 2) < 2)
		return 0;
	*each = m;
	return 1;
}

/* On success *pb and *pe are the first token of the match and the end of it. */
/* A pattern's weight: its literal words, and for TABARI's patterns the words of
 * the alternatives that matched, with the letters of its words matched as the
 * tie-break ("RESIST { TO THE END OF THE EARTH | ... }" over "RESIST { TO THE END
 * | ... }", and "RESISTANCE TO THE INVADING" over the latter: TABARI tries the
 * longer pattern first), then plain words over a synonym set ("* DOLLAR" over
 * "* &CURRENCY"). */
#define MAX_HITS 64

/* The actor that fills the slot of alternative al matched at k ("+PESO_$": "peso
 * Bree"): the pattern's source or target. */
static void alt_slot(const ev_verbs *v, const valt *al, const cctx *c, uint32_t k,
                     int32_t *src, int32_t *tgt)
{
	int32_t m = -1;
	if (!alt_walk(v, al, c, k, &m) || m < 0)
		return;
	for (uint16_t i = 0; i < al->nw; i++)
		if (v->words[al->w0 + i].exact >= VW_SRC) {
			*(v->words[al->w0 + i].exact == VW_SRC ? src : tgt) = m;
			return;
		}
}

static int32_t pattern_weight(const ev_verbs *v, const vpattern *p, const valt *const *hits)
{
	if (!(p->flags & VP_BY_MATCH) || p->ne > MAX_HITS)
		return (int32_t)p->nlit << 8;
	int32_t words = 0, chars = 0;
	for (uint16_t k = 0; k < p->ne; k++) {
		const valt *al = hits[k];
		if (!al)
			continue;
		words += v->elems[p->e0 + k].nalts > 1 ? al->nw : 1;
		for (uint16_t w = 0; w < al->nw; w++)
			chars += v->words[al->w0 + w].len;
	}
	return words << 8 | (chars < 127 ? chars : 127) << 1 | !(p->flags & VP_SYNSET);
}

static int pattern_match(const ev_verbs *v, const vpattern *p, const cctx *c, uint32_t vb,
                         uint32_t ve, int32_t *src, int32_t *tgt, int32_t *each, uint32_t *pb,
                         uint32_t *pe, int32_t *weight)
{
	*src = *tgt = *each = -1;
	/* the alternative each word element matched, for TABARI's weights only */
	const valt *hits[MAX_HITS + 1];
	uint16_t nh = p->flags & VP_BY_MATCH ? (p->ne < MAX_HITS ? p->ne : MAX_HITS) : 0;
	for (uint16_t k = 0; k < nh; k++)
		hits[k] = NULL;
	const velem *el = &v->elems[p->e0];
	/* an element none of whose first words is in the sentence cannot match */
	for (uint16_t k = 0; k < p->ne; k++) {
		if (el[k].kind != PE_WORDS)
			continue;
		const uint64_t *ew = v->elem_words[p->e0 + k];
		if (!((ew[0] & c->words[0]) | (ew[1] & c->words[1]) | (ew[2] & c->words[2]) |
		      (ew[3] & c->words[3])))
			return 0;
	}
	uint32_t pos = ve;
	for (uint16_t k = p->verb_at + 1; k < p->ne; k++) {
		if (el[k].kind == PE_SKIP)
			continue;
		if (el[k].kind == PE_NP) {
			/* a noun phrase: [the] and an actor, or one word; to TABARI's "^ ^ +"
			 * ("IFTAR AT ^ ^ +": "at Osgiliath with the leaders of Gondor in
			 * Eriador") the actor after such a word too, when it is the
			 * clause's next */
			uint32_t q = pos;
			if (has(c, q, C_DETERMINERS))
				q++;
			int32_t m = actor_at(c, q);
			if (m < 0 && c->o->shallow)
				for (uint32_t r = q; m < 0 && r < c->se && r < q + MAX_GAP &&
				                     !has(c, r, C_OBJ_STOPS) && !clause_comma(c, r); r++)
					m = actor_at(c, r);
			pos = m >= 0 ? c->d->mentions[m].tok_end : q + 1;
			if (pos > c->se)
				return 0;
			continue;
		}
		uint32_t hi = el[k].adj ? pos : pos + MAX_GAP;
		uint32_t s, e;
		int32_t m = -1;
		if (!elem_fwd(v, &el[k], c, pos, hi, &s, &e, &m, &hits[k < nh ? k : MAX_HITS]))
			return 0;
		if (k < nh && hits[k] && (hits[k]->gaps & VA_SLOT))
			alt_slot(v, hits[k], c, s, src, tgt);
		if (el[k].kind == PE_SRC)
			*src = m;
		else if (el[k].kind == PE_TGT)
			*tgt = m;
		else if (el[k].kind == PE_EACH && !listed(c, m, each))
			return 0;
		pos = e;
	}
	*pe = pos;
	pos = vb;
	for (int k = (int)p->verb_at - 1; k >= 0; k--) {
		if (el[k].kind == PE_SKIP)
			continue;
		if (el[k].kind == PE_NP) {
			if (pos <= c->sb)
				return 0;
			int32_t m = actor_at(c, pos - 1);
			pos = m >= 0 && c->d->mentions[m].tok_begin >= c->sb ? c->d->mentions[m].tok_begin
			                                                     : pos - 1;
			if (pos > c->sb && has(c, pos - 1, C_DETERMINERS))
				pos--;
			continue;
		}
		int adj = el[k + 1].adj;
		uint32_t lo = adj || pos < c->sb + MAX_GAP ? (adj ? pos : c->sb) : pos - MAX_GAP;
		if (!adj && actor_slot(el[k].kind))
			lo = c->sb;   /* an actor slot reaches to its clause's start */
		uint32_t s;
		int32_t m = -1;
		if (!elem_back(v, &el[k], c, lo, pos, &s, &m, &hits[k < nh ? k : MAX_HITS]))
			return 0;
		if (k < nh && hits[k] && (hits[k]->gaps & VA_SLOT))
			alt_slot(v, hits[k], c, s, src, tgt);
		if (el[k].kind == PE_SRC)
			*src = m;
		else if (el[k].kind == PE_TGT)
			*tgt = m;
		else if (el[k].kind == PE_EACH && !listed(c, m, each))
			return 0;
		pos = s;
	}
	*pb = pos;
	*weight = nh ? pattern_weight(v, p, hits) : (int32_t)p->nlit << 8;
	return 1;
}

/* ------------------------------------------------------------ verbs in text */

typedef struct cand {
	uint32_t vb, ve;      /* the verb's tokens (with a multi-word verb's tail) */
	uint32_t verb;        /* index into v->verbs */
	uint32_t gb;          /* first token of the verb group ("has not yet") */
	uint8_t passive, negated, mood, speech;
	uint8_t noun;         /* used as a noun ("its voice"): coded only by a pattern */
	uint8_t coded;        /* gave events */
	uint8_t mark;         /* TABARI's '!' (dominant) or '?' (subordinate) code, else 0 */
	uint8_t complement;   /* a to-infinitive that only says what another verb is about */
	int16_t code, code2;  /* of the best pattern, else the verb's */
	int32_t lit;          /* that pattern's weight (pattern_weight); -1 with none */
	int32_t psrc, ptgt;   /* the actors the pattern bound */
	int32_t peach;        /* the list it bound to '%', or -1 */
	int32_t source, target;   /* the actors it was coded with */
	int16_t head;         /* a complement's verb: the index of the cand it completes */
	uint32_t mb, me;      /* the words the pattern matched */
} cand;

/* Match the words after a multi-word verb ("called on", "cut off ties"). */
static uint32_t tail_end(const ev_verbs *v, const vverb *vb, const cctx *c, uint32_t k)
{
	uint32_t pos = k + 1;
	for (uint16_t i = 0; i < vb->tail_nw; i++) {
		const vword *tw = &v->words[vb->tail_w0 + i];
		uint32_t lim = pos + (tw->gap ? VERBS_GAP : i == 0 ? 1 : 0);
		uint32_t j = pos;
		while (j <= lim && j < c->se && !word_match(v, &v->words[vb->tail_w0 + i], c, j))
			j++;
		if (j > lim || j >= c->se)
			return 0;
		pos = j + 1;
	}
	return pos;
}

static int lower_word(const cctx *c, uint32_t k);

/* A word in -ly inside a verb group ("strongly", "jointly"); not "only", "family". */
static int ly_adverb(const cctx *c, uint32_t k)
{
	const char *w = low(c, k);
	size_t n = strlen(w);
	return n > 4 && w[n - 2] == 'l' && w[n - 1] == 'y' && strcmp(w, "family") != 0 &&
	       strcmp(w, "italy") != 0 && c->tok_men[k] < 0 && !(c->d->tokens[k].flags & EV_TF_CAP);
}

static int word_before_pattern(const cctx *c, const vverb *vb, uint32_t k);

/* Is token k, spelled like a verb, used as one here? */
static int verb_context(const cctx *c, uint32_t k, const vverb *vb, const char *form)
{
	const ev_token *t = &c->d->tokens[k];
	/* a capital inside a sentence is a name or a title word (unless the whole
	 * sentence is in capitals) */
	if ((t->flags & EV_TF_CAP) && k > c->sb && !c->caps) {
		const char *pl = low(c, k - 1);
		if (!(pl[0] && (strcmp(pl, "\"") == 0 || strcmp(pl, "“") == 0)))
			return 0;
	}
	if (actor_at(c, k) >= 0)
		return 0;
	/* a word with "'s" is a noun ("the attack's aftermath", "donate's"), bar
	 * "let's" */
	if (k + 1 < c->se && has(c, k + 1, C_POSSESSIVE) && !is_word(c, k, "let"))
		return 0;
	/* after a determiner it is a noun; after a possessive, a pattern may still
	 * make it an event ("raised its voice for X", "postponed their meeting") */
	/* (TABARI's only determiners are the articles: "their attack" is a verb) */
	if (k > c->sb && has(c, k - 1, C_DETERMINERS) &&
	    (!c->o->shallow || is_word(c, k - 1, "a") || is_word(c, k - 1, "an") ||
	     is_word(c, k - 1, "the"))) {
		const char *d = low(c, k - 1);
		int poss = !strcmp(d, "its") || !strcmp(d, "their") || !strcmp(d, "his") ||
		           !strcmp(d, "her") || !strcmp(d, "our");
		/* "Eriador's death toll has risen": a verb phrase of three words or
		 * more (DEATH TOLL RISEN) after a name's possessive */
		if (vb->tail_nw >= 2 && has(c, k - 1, C_POSSESSIVE))
			return 1;
		return poss ? 2 : 0;
	}
	/* TABARI: a dictionary's verb is a verb unless an article (or a capital)
	 * makes it a noun ("following daylight raids": RAID) */
	if (c->o->shallow)
		return 1;
	size_t fl = strlen(form);
	/* a dictionary's base may be a past form ("CALLED_ON"): that is no noun */
	int base = strcmp(form, c->v->pool + vb->base_off) == 0 &&
	           !(fl > 3 && !strcmp(form + fl - 2, "ed"));
	int s_form = !base && fl > 1 && form[fl - 1] == 's';
	if (fl > 4 && !strcmp(form + fl - 3, "ing") && k > c->sb && has(c, k - 1, C_PREPOSITIONS) &&
	    !is_word(c, k - 1, "after") && !is_word(c, k - 1, "before") && !is_word(c, k - 1, "since") &&
	    !is_word(c, k - 1, "by"))
		return 0;   /* "accused X of bullying": the gerund names what the accusation is about */
	/* "solidarity with besieged Gaza", "a wave of coordinated attacks": an -ed word
	 * right after a preposition describes the noun after it */
	if (!base && !s_form && fl > 3 && !strcmp(form + fl - 2, "ed") && form[fl - 3] != 'e' &&
	    k > c->sb && has(c, k - 1, C_PREPOSITIONS) &&
	    /* not "fail to heed", "has since denied", "shortly after announced" */
	    !is_word(c, k - 1, "to") && !is_word(c, k - 1, "since") && !is_word(c, k - 1, "about") &&
	    !is_word(c, k - 1, "after") && !is_word(c, k - 1, "before") && !is_word(c, k - 1, "like"))
		return 0;
	/* "we're going to have": the future, not a journey */
	if (!strcmp(form, "going") && is_word(c, k + 1, "to"))
		return 0;
	/* (not the particle of a multi-word verb: "crowds burned down its embassy") */
	if (!base && !s_form && fl > 3 && !strcmp(form + fl - 2, "ed") && k + 1 < c->se &&
	    lower_word(c, k + 1) && !has(c, k + 1, C_DETERMINERS) &&
	    !(vb->tail_nw && word_match(c->v, &c->v->words[vb->tail_w0], c, k + 1))) {
		/* "imported oils", "further coordinated rate cuts": an -ed word before a noun
		 * is a verb only after its subject (an actor, a pronoun, "which", an
		 * auxiliary), over adverbs and dates */
		uint32_t q = k;
		while (q > c->sb && (has(c, q - 1, C_GROUP_ADVERBS) || ly_adverb(c, q - 1) ||
		                     c->in_tx[q - 1]))
			q--;
		if (q == c->sb)
			return 0;
		uint32_t p0 = q - 1;
		if (actor_at(c, p0) >= 0 || has(c, p0, C_PRONOUNS | C_RELATIVES | C_MODALS | C_AUX |
		                                         C_NEGATIONS | C_COMMA))
			return 1;
		/* TABARI: "but promised aid" too (on news, where "but destroyed roads"
		 * also occurs, the default reading leaves it) */
		if (has(c, p0, C_AND_OR) || (c->o->shallow && is_word(c, p0, "but")))
			return !(p0 > c->sb && lower_word(c, p0 - 1));   /* "domestic and imported" */
		/* "Ithilen's militia vowed resistance": a plain noun after a possessive
		 * is a subject too */
		return p0 > c->sb && lower_word(c, p0) && has(c, p0 - 1, C_POSSESSIVE);
	}
	if (!base && !s_form)
		return 1;   /* -ed, -ing and irregular forms: verbs unless a determiner precedes */
	/* base and -s forms are often nouns ("talks", "visit", "tariffs"): they need a
	 * subject, an auxiliary, "to" or a negation right before them */
	uint32_t j = k;
	while (j > c->sb && (has(c, j - 1, C_GROUP_ADVERBS) || ly_adverb(c, j - 1)))
		j--;
	if (j == c->sb)
		return base && k == c->sb ? 0 : 0;
	uint32_t p = before_paren(c, j - 1);
	if (has(c, p, C_MODALS) || has(c, p, C_AUX) || has(c, p, C_NEGATIONS) || is_word(c, p, "to") ||
	    has(c, p, C_PRONOUNS) || has(c, p, C_RELATIVES) || has(c, p, C_AND_OR))
		return 1;
	int32_t a = actor_at(c, p);
	if (a >= 0) {
		/* "an anti- Gondor parade", "a Gondor parade": a name inside a noun
		 * phrase is no subject; the word is a noun, coded only by a pattern
		 * (not "the Philippines agree", "a senior official said") */
		uint32_t b = c->d->mentions[a].tok_begin;
		if (b > c->sb && !c->d->mentions[a].nominal &&
		    (is_word(c, b - 1, "a") || is_word(c, b - 1, "an") ||
		     (is_word(c, b - 1, "-") && b - 1 > c->sb &&
		      lower_word(c, b - 2))))   /* "anti-", not "-RRB-" */
			return 2;
		return 1;
	}
	/* "was in accord with" (ACCORD: IN_*): a word whose verb has a pattern
	 * naming the word right before it is coded only by a pattern */
	/* TABARI knows no such context: the sentence's first verb, after a lower-case
	 * word ("Estonia plans tos expel", "it has no new sign"), is one to its
	 * shallow reading (3: a verb if no other comes before it, else 2; 4: else
	 * none) */
	int first = c->o->shallow && lower_word(c, j - 1);
	if (word_before_pattern(c, vb, k))
		return first ? 3 : 2;
	return first ? 4 : 0;
}

/* Does one of vb's patterns name words that stand before token k ("IN_*" right
 * before it, "HAS NO *" within a few words)? */
static int word_before_pattern(const cctx *c, const vverb *vb, uint32_t k)
{
	const ev_verbs *v = c->v;
	for (uint32_t pi = vb->p0; pi < vb->p0 + vb->np; pi++) {
		const vpattern *p = &v->patterns[pi];
		if (p->verb_at == 0)
			continue;
		const velem *el = &v->elems[p->e0 + p->verb_at - 1];
		uint32_t gap = v->elems[p->e0 + p->verb_at].adj ? 0 : MAX_GAP;
		for (uint16_t a = 0; el->kind == PE_WORDS && a < el->nalts; a++) {
			const valt *al = &v->alts[el->alt0 + a];
			for (uint32_t e = k; e + gap >= k && e >= c->sb + al->nw; e--)
				if (alt_at(v, al, c, e - al->nw))
					return 1;
		}
	}
	return 0;
}

/* Walk back over the verb group: auxiliaries, modals, negation, "plans to". */
static void verb_group(cctx *c, cand *cd, const char *form, int base_form)
{
	uint32_t j = cd->vb;
	int have_be = 0, to_seen = 0;
	while (j > c->sb) {
		uint32_t p = j - 1;
		if (has(c, p, C_GROUP_ADVERBS) || ly_adverb(c, p)) {
			j = p;
			continue;
		}
		if (has(c, p, C_NEGATIONS)) {
			cd->negated = 1;
			j = p;
			continue;
		}
		if (has(c, p, C_FUTURE)) {
			cd->mood = cd->mood == EV_MOOD_HYPOTHETICAL ? cd->mood : EV_MOOD_FUTURE;
			j = p;
			continue;
		}
		if (has(c, p, C_HYPOTHETICAL)) {
			cd->mood = EV_MOOD_HYPOTHETICAL;
			j = p;
			continue;
		}
		if (has(c, p, C_BE)) {
			have_be = 1;
			j = p;
			continue;
		}
		if (has(c, p, C_AUX)) {
			j = p;
			continue;
		}
		if (is_word(c, p, "to") && !to_seen) {
			/* "plans to visit", "is expected to visit", "agreed to restart" */
			to_seen = 1;
			if (p > c->sb && has(c, p - 1, C_INTENT_VERBS)) {
				cd->mood = cd->mood ? cd->mood : EV_MOOD_FUTURE;
				j = p - 1;
				if (is_word(c, p - 1, "going") || is_word(c, p - 1, "about"))
					cd->mood = EV_MOOD_FUTURE;
				continue;
			}
			j = p;
			break;
		}
		break;
	}
	cd->gb = j;
	/* "was invited", "were arrested": a participle after a form of be; and "the
	 * level demanded by Britain", a participle with its agent right after it */
	size_t fl = strlen(form);
	int ing = fl > 3 && !strcmp(form + fl - 3, "ing");
	/* a dictionary may head a verb with its past form (LEVIED, where "levy" is
	 * also a noun): that is no base form; but "is headed back to the US" is on
	 * its way, no passive */
	if (fl > 3 && !strcmp(form + fl - 2, "ed") && form[fl - 3] != 'e' && strcmp(form, "headed"))
		base_form = 0;
	cd->passive = (uint8_t)(!base_form && !to_seen && !ing &&
	                        (have_be || (is_word(c, cd->ve, "by") &&
	                                     (fl > 2 && !strcmp(form + fl - 2, "ed")))));
	/* TABARI: a passive has "by" within three words after the verb ("Mordor
	 * was reported on Friday to have ..." is Mordor reporting) */
	if (cd->passive && c->o->shallow) {
		int by = 0;
		for (uint32_t k = cd->ve; k < cd->ve + 3 && k < c->se; k++)
			by |= is_word(c, k, "by");
		cd->passive = (uint8_t)by;
	}
	if (cd->passive && !have_be)
		cd->passive = 2;   /* "questions levied by the House": of the noun before it */
	/* "if" earlier in the clause makes it hypothetical */
	for (uint32_t k = cd->gb; k > c->sb && k + 12 > cd->gb; k--) {
		if (is_word(c, k - 1, "if") || is_word(c, k - 1, "unless")) {
			cd->mood = EV_MOOD_HYPOTHETICAL;
			break;
		}
		if (is_word(c, k - 1, ";"))
			break;
	}
}

/* --------------------------------------------------------- source, target */

/* The actor right after the word at q ("by the ministry", "between China"), an
 * article allowed between; -1 when there is none. */
static int32_t actor_after(const cctx *c, uint32_t q)
{
	uint32_t r = q + 1;
	if (has(c, r, C_DETERMINERS))
		r++;
	return actor_at(c, r);
}

/* Is the mention m the object of a preposition ("talks with China")? */
static int after_preposition(const cctx *c, int32_t m)
{
	uint32_t b = c->d->mentions[m].tok_begin;
	if (b <= c->sb)
		return 0;
	uint32_t p = b - 1;
	if (has(c, p, C_DETERMINERS) && p > c->sb)
		p--;
	return has(c, p, C_PREPOSITIONS);
}

/* Is mention m a person known to be of the other sex than sex ('m', 'f')? */
static int other_sex(const cctx *c, int32_t m, int sex)
{
	const ev_mention *mm = &c->d->mentions[m];
	if (!sex || mm->entity < 0)
		return 0;
	int g = c->d->entities[mm->entity].gender;
	return g && g != sex;
}

/* A subject pronoun's antecedent. */
static int32_t antecedent(const cctx *c, uint32_t k)
{
	const char *w = low(c, k);
	int per = !strcmp(w, "he") || !strcmp(w, "she") || !strcmp(w, "him") || !strcmp(w, "her");
	/* the sex a pronoun asks for: 'm', 'f', or 0 */
	int sex = !strcmp(w, "he") || !strcmp(w, "him") ? 'm' : per ? 'f' : 0;
	/* "we" and "I" are mostly the speaker or the writer, not an actor named before */
	if (!per && strcmp(w, "it") && strcmp(w, "they") && strcmp(w, "them"))
		return -1;
	/* "Ethiopia indicated it would act": the sentence's first actor before the
	 * pronoun (its subject, mostly) comes first, then the last clause subject */
	uint32_t at = c->d->tokens[k].start, sb = c->d->tokens[c->sb].start;
	for (size_t i = 0; i < c->d->nmentions; i++) {
		const ev_mention *m = &c->d->mentions[i];
		if (m->start >= at)
			break;
		if (m->start < sb)
			continue;
		if (m->code[0] && is_actor_type(m->type) && (m->type == EV_MEN_PER) == per &&
		    !after_preposition(c, (int32_t)i) && !other_sex(c, (int32_t)i, sex))
			return (int32_t)i;
	}
	int32_t r = per ? c->last_per : c->last_org;
	/* "she" is not the last man named: the last woman, or someone of unknown sex */
	if (r >= 0 && per && other_sex(c, r, sex))
		r = sex == 'm' ? c->last_m : c->last_f;
	if (r < 0 && per) {
		/* dictionaries that do not type their actors: any actor of the sentence */
		for (size_t i = 0; i < c->d->nmentions; i++) {
			const ev_mention *m = &c->d->mentions[i];
			if (m->start >= at)
				break;
			if (m->start >= sb && m->code[0] && is_actor_type(m->type) &&
			    !after_preposition(c, (int32_t)i))
				return (int32_t)i;
		}
	}
	/* TABARI's FORWARD: the story's previous sentence names it */
	return r >= 0 ? r : c->fwd;
}

/*
 * "The broadsheet", "the newspaper": a definite description of a kind of actor
 * named before stands for the last one of that kind ("the People's Daily").
 */
static int32_t described(const cctx *c, uint32_t k)
{
	static const char *const media[] = {"newspaper", "broadsheet", "paper", "daily", "tabloid",
	                                    "outlet", "broadcaster", "agency", NULL};
	const char *w = low(c, k);
	int is_media = 0;
	for (int i = 0; media[i]; i++)
		is_media |= strcmp(w, media[i]) == 0;
	if (!is_media)
		return -1;
	uint32_t b = c->d->tokens[c->sb].start;
	for (size_t i = c->d->nmentions; i-- > 0;) {
		const ev_mention *m = &c->d->mentions[i];
		if (m->start >= b)
			continue;
		if (strstr(m->code, "MED"))
			return (int32_t)i;
	}
	return -1;
}

static int compound(const cctx *c, int32_t m, int32_t *out, int max);

/* Does m close a list that a preposition opens ("of Arnor, Osgiliath and
 * Gondor")?  Then the list is no subject. */
static int32_t list_after_preposition(const cctx *c, int32_t m)
{
	uint32_t b = c->d->mentions[m].tok_begin;
	if (b <= c->sb + 2 || !(has(c, b - 1, C_AND_OR | C_COMMA | C_DETERMINERS)))
		return -1;
	int32_t l[8];
	int n = compound(c, m, l, 8);
	for (int i = 1; i < n; i++)
		if (c->d->mentions[l[i]].tok_begin < b && after_preposition(c, l[i]))
			return l[i];
	return -1;
}

/* "criminal charges", "bank fraud": a role word of no country before a noun
 * modifies it; a plural one ("the Muslims almost") does not. */
static int modifier_role(const cctx *c, int32_t m)
{
	const ev_mention *mm = &c->d->mentions[m];
	if (!weak(c, m) || mm->tok_end >= c->se || !lower_word(c, mm->tok_end))
		return 0;
	const char *w = low(c, mm->tok_end - 1);
	size_t n = strlen(w);
	return !(n > 3 && w[n - 1] == 's' && w[n - 2] != 's');
}

/*
 * The subject of a verb group starting at token gb: the nearest actor before
 * it that is not the object of a preposition, skipping appositions and
 * relative clauses set off by commas.  -1 when there is none.
 */
static int32_t find_subject(const cctx *c, uint32_t gb)
{
	uint32_t k = gb;
	int steps = 0;
	while (k > c->sb && steps++ < SUBJ_REACH) {
		uint32_t p = before_paren(c, k - 1);
		const char *w = low(c, p);
		int32_t m = actor_at(c, p);
		if (m >= 0) {
			const ev_mention *mm = &c->d->mentions[m];
			if (mm->type >= EV_MEN_MONEY) {
				k = p;
				continue;
			}
			/* "criminal charges", "bank fraud": a role word before a noun is its
			 * modifier, no actor */
			if (mm->tok_end < gb && modifier_role(c, m)) {
				k = mm->tok_begin > c->sb ? mm->tok_begin : c->sb;
				continue;
			}
			int32_t first = list_after_preposition(c, m);
			if (first >= 0) {
				/* "the ambassadors of A, B and C presented": the role before the
				 * preposition is the subject; with none there, the list is */
				uint32_t q = c->d->mentions[first].tok_begin - 1;
				if (has(c, q, C_DETERMINERS) && q > c->sb)
					q--;
				if (q <= c->sb || actor_at(c, q - 1) < 0)
					return m;
				k = q;
				continue;
			}
			if (!after_preposition(c, m)) {
				/* "the newspaper" after the People's Daily was named: that paper */
				if (weak(c, m) && mm->tok_end == mm->tok_begin + 1 && mm->tok_begin > c->sb &&
				    is_word(c, mm->tok_begin - 1, "the")) {
					int32_t r = described(c, mm->tok_begin);
					if (r >= 0)
						return r;
				}
				/* "French franc prices are ...": a nationality or place before a
				 * noun modifies it; the subject is that noun, no actor */
				if ((mm->type == EV_MEN_NORP || mm->type == EV_MEN_GPE) && mm->tok_end < gb &&
				    !mm->nominal && lower_word(c, mm->tok_end))
					return -1;
				return m;
			}
			/* "thousands in Cairo defied": the subject is the noun before the place,
			 * no actor, and not one of an earlier clause */
			uint32_t pp = mm->tok_begin - 1;
			if (has(c, pp, C_DETERMINERS) && pp > c->sb)
				pp--;
			if (has(c, pp, C_PLACE_PREPS) && pp > c->sb && lower_word(c, pp - 1)) {
				/* its noun phrase, back to where it opens: an actor there is
				 * the subject ("Japanese officials in Washington"), a clause
				 * boundary means none */
				uint32_t q = pp - 1;
				while (q > c->sb && (lower_word(c, q - 1) || has(c, q - 1, C_DETERMINERS) ||
				                     is_word(c, q - 1, "and")))
					q--;
				if (q == c->sb || has(c, q - 1, C_COMMA) || has(c, q - 1, C_SPEECH) ||
				    is_word(c, q - 1, "that") || is_word(c, q - 1, ";"))
					return -1;
			}
			k = mm->tok_begin > c->sb ? mm->tok_begin : c->sb;
			continue;
		}
		if (c->cls[p] & C_PRONOUNS)
			return antecedent(c, p);
		if (p > c->sb && is_word(c, p - 1, "the")) {
			int32_t r = described(c, p);
			if (r >= 0)
				return r;
		}
		if (!strcmp(w, ";") || !strcmp(w, ":") || !strcmp(w, "that") || !strcmp(w, "“") ||
		    !strcmp(w, "”") || !strcmp(w, "\"") || (c->cls[p] & C_SPEECH))
			return -1;   /* "It said the escalation had violated": not "It" */
		/* "under which the nations agreed": the subject is after "which"; only
		 * "X, which agreed" has the actor before it */
		if ((!strcmp(w, "which") || !strcmp(w, "who") || !strcmp(w, "whom")) && p + 1 < gb)
			return -1;
		if (!strcmp(w, ",")) {
			/* ", a commerce ministry spokesman," or ", who ..., ": skip back to the
			 * comma that opens it when one is near */
			uint32_t q = p;
			while (q > c->sb && p - q < 30 && !has(c, q - 1, C_COMMA))
				q--;
			if (q > c->sb && has(c, q - 1, C_COMMA) &&
			    (has(c, q, C_RELATIVES) || has(c, q, C_DETERMINERS) || actor_at(c, q) >= 0)) {
				int32_t before = actor_at(c, q - 2);
				if (before >= 0) {
					k = q - 1;
					continue;
				}
			}
			/* an actor set off at the start: "Beijing, meanwhile, said" */
			k = p;
			continue;
		}
		k = p;
	}
	return -1;
}

/*
 * "Bree Prime Minister Romendacil" may come out of the tagger as a role phrase
 * (BREGOV) and a name coded on its own (BRE): the phrase's code says more.
 */
static int32_t fuller(const cctx *c, int32_t m)
{
	if (m < 0)
		return m;
	const ev_mention *mm = &c->d->mentions[m];
	uint32_t b = mm->tok_begin;
	if (b == 0 || b <= c->sb)
		return m;
	int32_t p = c->tok_men[b - 1];
	if (p < 0 && !mm->code[0] && !mm->nominal) {
		/* "the primary official news agency WFNA": a name no dictionary codes,
		 * after a role phrase and the words that end its noun phrase, is that
		 * role (---GOV to PETRARCH) */
		uint32_t q = b;
		while (q > c->sb && b - q < 3 && lower_word(c, q - 1))
			q--;
		int32_t r = q > c->sb && q < b ? c->tok_men[q - 1] : -1;
		if (r >= 0 && r != m && c->d->mentions[r].nominal && c->d->mentions[r].code[0])
			return r;
		return m;
	}
	if (p < 0 || p == m)
		return m;
	const ev_mention *pm = &c->d->mentions[p];
	size_t ml = strlen(mm->code), pl = strlen(pm->code);
	if (pm->nominal && pm->tok_end == b && ml && pl > ml && strncmp(pm->code, mm->code, ml) == 0)
		return p;
	return m;
}

/* A lower-case word that is no function word: an adjective, say ("evil"). */
static int lower_word(const cctx *c, uint32_t k)
{
	const ev_token *t = &c->d->tokens[k];
	if (t->kind != EV_TOK_WORD || (t->flags & EV_TF_CAP) || c->cls[k] || !c->low[k][0] ||
	    c->tok_men[k] >= 0)
		return 0;
	size_t n = strlen(c->low[k]);
	/* a verb is no modifier: "in Beijing and accused Russia" */
	if (n > 2 && !strcmp(c->low[k] + n - 2, "ed"))
		return 0;
	return verbs_find(c->v, c->low[k], n) < 0;
}

/* A comma that ends a clause, not one between two adjectives ("restore
 * complete, full diplomatic ties"). */
static int clause_comma(const cctx *c, uint32_t k)
{
	if (!has(c, k, C_COMMA))
		return 0;
	return !(k > c->sb && k + 1 < c->se && lower_word(c, k - 1) && lower_word(c, k + 1));
}

/* The object: the first actor after the verb, within the clause; one of no
 * country only when the clause has no other ("ties with Gondor": not the
 * "diplomatic" of "diplomatic ties"). */
static int32_t find_object(const cctx *c, uint32_t from, int skip_places)
{
	int32_t fallback = -1;
	int head = 0;
	for (uint32_t k = from; k < c->se && k < from + OBJ_REACH; k++) {
		int32_t m = actor_at(c, k);
		if (m >= 0) {
			const ev_mention *mm = &c->d->mentions[m];
			uint32_t b = mm->tok_begin;
			if ((mm->type == EV_MEN_GPE || mm->type == EV_MEN_LOC) && b > c->sb &&
			    has(c, b - 1, C_PLACE_PREPS)) {
				/* "criticised the police and marched in Cairo": a place named
				 * after a role is where, not whom */
				if (fallback >= 0)
					return fallback;
				if (skip_places) {
					k = mm->tok_end - 1;
					continue;
				}
			}
			if (modifier_role(c, m) || (c->o->skip_uncoded && !coded(c, m))) {
				k = mm->tok_end - 1;   /* "bank fraud": a modifier, no actor */
				continue;
			}
			if (!weak(c, m)) {
				/* "China's Huawei": the one possessed is the object */
				uint32_t e = mm->tok_end;
				if (has(c, e, C_POSSESSIVE) && actor_at(c, e + 1) >= 0)
					return actor_at(c, e + 1);
				return m;
			}
			if (fallback < 0) {
				fallback = m;
				/* "accused the oil firm of nickel and diming Gulf residents": a
				 * role named as the object's head ends at a preposition */
				head = b > from && has(c, b - 1, C_DETERMINERS);
			}
			k = mm->tok_end - 1;
			continue;
		}
		if (head && has(c, k, C_PREPOSITIONS))
			return fallback;
		/* "asked him to": the one the pronoun stands for (not "her" before a noun) */
		if ((is_word(c, k, "him") || is_word(c, k, "them") ||
		     (is_word(c, k, "her") && !(k + 1 < c->se && lower_word(c, k + 1)))) &&
		    k == from + (has(c, from, C_DETERMINERS) ? 1 : 0)) {
			int32_t a = antecedent(c, k);
			if (a >= 0)
				return a;
		}
		if (has(c, k, C_OBJ_STOPS) || clause_comma(c, k))
			return fallback;
	}
	return fallback;
}

/*
 * "allowed that Mordor isn't ...", "expressed hopes on Thursday that Osgiliath
 * could be drawn in": a verb with no object in its own clause acts on the
 * subject of the clause that "that" opens right after it, as TABARI and
 * PETRARCH code it.  Dates and adverbs may come between.
 */
static int32_t that_subject(const cctx *c, uint32_t from)
{
	uint32_t k = from;
	while (k < c->se && k < from + 6 &&
	       (c->in_tx[k] || has(c, k, C_GROUP_ADVERBS) ||
	        (has(c, k, C_PREPOSITIONS) && k + 1 < c->se && c->in_tx[k + 1])))
		k++;
	/* TABARI deletes a phrase set off by commas: "brushed aside reports, rumored
	 * to originate in Mordor, that Calimehtar attacked" */
	if (c->o->shallow && has(c, k, C_COMMA)) {
		uint32_t q = k + 1;
		while (q < c->se && q < k + 12 && !has(c, q, C_COMMA) && !is_word(c, q, "that"))
			q++;
		if (q < c->se && has(c, q, C_COMMA))
			k = q + 1;
	}
	if (!is_word(c, k, "that"))
		return -1;
	int32_t m = actor_after(c, k);
	return m >= 0 && !weak(c, m) ? m : -1;
}

/* "by X" after a passive verb. */
static int32_t find_agent(const cctx *c, uint32_t from)
{
	for (uint32_t k = from; k < c->se && k < from + 8; k++) {
		if (is_word(c, k, "by"))
			return actor_after(c, k);
		/* "was invited after a call by X": prepositions may come between */
		if (has(c, k, C_COMMA) || is_word(c, k, ";") || has(c, k, C_SPEECH | C_RELATIVES))
			break;
	}
	return -1;
}


/* Determiners and adjectives before a name at k ("the evil awful"): how many. */
static uint32_t modifiers(const cctx *c, uint32_t k)
{
	uint32_t n = 0;
	while (n < 3 && k + n < c->se && actor_at(c, k + n) < 0 &&
	       (has(c, k + n, C_DETERMINERS) || lower_word(c, k + n)))
		n++;
	return actor_at(c, k + n) >= 0 ? n : 0;
}

/* Members of one list are actors of one kind: people with people, and
 * countries, organizations and places together. */
static int same_kind(const cctx *c, int32_t a, int32_t b)
{
	int ta = c->d->mentions[a].type, tb = c->d->mentions[b].type;
	return (ta == EV_MEN_PER) == (tb == EV_MEN_PER);
}

/*
 * The link between two actors of a list: 2 for "and"/"or" (with or without a
 * comma before it), 1 for a comma alone, 0 for anything else.  *skip is the
 * number of tokens of the link.
 */
static int link_at(const cctx *c, uint32_t k, uint32_t *skip)
{
	if (has(c, k, C_COMMA) && (has(c, k + 1, C_AND_OR))) {
		*skip = 2;
		return 2;
	}
	if (has(c, k, C_AND_OR)) {
		*skip = 1;
		return 2;
	}
	if (has(c, k, C_COMMA)) {
		*skip = 1;
		return 1;
	}
	return 0;
}

/*
 * The actors listed with m ("Lighthizer and Mnuchin", "Arnor, Osgiliath and
 * Gondor").  A comma joins only inside a list that an "and" closes, so that
 * "At the invitation of X, Y will visit" keeps X out of Y's list.
 */
static int compound(const cctx *c, int32_t m, int32_t *out, int max)
{
	int n = 0;
	out[n++] = m;
	if (m < 0 || m == c->fwd || m == c->dsrc || m == c->dtgt)
		return n;   /* the options' actors stand on no words of the text */
	const ev_mention *base = &c->d->mentions[m];
	/* forward: keep the members up to the last one after an "and" */
	int32_t tmp[16];
	int nt = 0, keep = 0, closed = 0;
	uint32_t k = after_paren(c, base->tok_end);
	while (nt < 16 && k < c->se) {
		uint32_t skip;
		if (c->o->shallow && nt > 0) {
			/* TABARI: one phrase may hold two actors apart by adjectives, both
			 * members ("Calenardhon and the evil Arnor awful Gondor") */
			uint32_t ka = k;
			while (ka < c->se && ka < k + 3 && lower_word(c, ka))
				ka++;
			int32_t adj = ka > k ? actor_at(c, ka) : -1;
			if (adj >= 0 && c->d->mentions[adj].tok_begin == ka && same_kind(c, adj, m) &&
			    coded(c, adj)) {
				tmp[nt++] = adj;
				if (closed)
					keep = nt;
				k = after_paren(c, c->d->mentions[adj].tok_end);
				continue;
			}
		}
		int l = link_at(c, k, &skip);
		/* after "and", only another "and" goes on: "A and B and C" */
		if (!l || (closed && l != 2))
			break;
		uint32_t at = k + skip + modifiers(c, k + skip);
		int32_t o = actor_at(c, at);
		if (o < 0 || c->d->mentions[o].tok_begin != at || !same_kind(c, o, m))
			break;
		tmp[nt++] = o;
		if (l == 2) {
			keep = nt;
			closed = 1;
		}
		k = after_paren(c, c->d->mentions[o].tok_end);
	}
	for (int i = 0; i < keep && n < max; i++)
		out[n++] = tmp[i];
	/* backward: m closes the list only after "and"; then commas reach further */
	k = base->tok_begin;
	int need_and = 1, n_adj = -1;
	while (n < max && k > c->sb + 1) {
		int found = 0;
		/* TABARI: one phrase may hold two actors apart by adjectives, both
		 * members ("Calenardhon and the evil Arnor awful Gondor") */
		uint32_t ka = k;
		while (c->o->shallow && ka > c->sb + 1 && ka + 3 > k && lower_word(c, ka - 1))
			ka--;
		int32_t adj = ka < k ? actor_at(c, ka - 1) : -1;
		if (adj >= 0 && same_kind(c, adj, m) && coded(c, adj)) {
			if (need_and && n_adj < 0)
				n_adj = n;   /* kept only if an "and" closes the list */
			out[n++] = adj;
			k = c->d->mentions[adj].tok_begin;
			continue;
		}
		for (uint32_t skip = 1; skip <= 2 && k >= c->sb + skip + 1 && !found; skip++) {
			uint32_t s2;
			/* "Fornost and the evil awful Gondor": words between the link and m */
			uint32_t kk = k;
			while (kk > c->sb + 1 && kk + 4 > k && (has(c, kk - 1, C_DETERMINERS) ||
			                                         lower_word(c, kk - 1)))
				kk--;
			if (kk < c->sb + skip + 1)
				continue;
			int l = link_at(c, kk - skip, &s2);
			if (!l || s2 != skip || (need_and && l != 2))
				continue;
			int32_t o = actor_at(c, kk - skip - 1);
			if (o < 0 || !same_kind(c, o, m))
				continue;
			out[n++] = o;
			k = c->d->mentions[o].tok_begin;
			need_and = 0;
			found = 1;
		}
		if (!found)
			break;
	}
	if (need_and && n_adj >= 0)
		n = n_adj;   /* "Mordor et Arnor": no list */
	return n;
}

/*
 * A copy of mention like, on tokens [like's start, tok_end) with code: a
 * mention the coder derives, kept after the tagger's mentions, one for each
 * span and code.  Its index, or -1.
 */
/* Room for one more mention after the document's; NULL without memory. */
static ev_mention *mention_slot(cctx *c)
{
	ev_doc *d = c->d;
	if (d->nmentions >= c->cap_men) {
		size_t nc = c->cap_men * 2 + 8;
		ev_mention *nm = arena_grow(d->arena, d->mentions, d->nmentions * sizeof *nm,
		                            nc * sizeof *nm);
		if (!nm)
			return NULL;
		d->mentions = nm;
		c->cap_men = nc;
	}
	return &d->mentions[d->nmentions];
}

static int32_t derive(cctx *c, int32_t like, uint32_t tok_end, const char *code)
{
	ev_doc *d = c->d;
	for (size_t i = c->n_tagged; i < d->nmentions; i++)
		if (d->mentions[i].tok_begin == d->mentions[like].tok_begin &&
		    d->mentions[i].tok_end == tok_end && !strcmp(d->mentions[i].code, code))
			return (int32_t)i;
	ev_mention *m = mention_slot(c);
	if (!m)
		return -1;
	*m = d->mentions[like];
	m->nominal = 1;
	if (tok_end != m->tok_end) {
		m->tok_end = tok_end;
		m->end = d->tokens[tok_end - 1].end;
	}
	snprintf(m->code, sizeof m->code, "%s", code);
	return (int32_t)d->nmentions++;
}

/* A mention for a role of one member of a list ("lawmakers in Fornost and
 * Gondor": GONLEG), on the role's words; its index, or -1. */
static int32_t derived(cctx *c, int32_t role, const char *country, const char *suffix)
{
	char code[16];
	snprintf(code, sizeof code, "%s%s", country, suffix);
	int32_t x = derive(c, role, c->d->mentions[role].tok_end, code);
	if (x >= 0) {
		ev_mention *m = &c->d->mentions[x];
		m->entity = -1;
		snprintf(m->country, sizeof m->country, "%s", country);
		snprintf(m->role, sizeof m->role, "%s", suffix);
	}
	return x;
}

/* "media giant Vivendi Universal": the role phrase r over the whole noun
 * phrase up to the name m that no dictionary codes; a derived mention, or r. */
static int32_t spanned(cctx *c, int32_t r, int32_t m)
{
	if (c->d->mentions[r].tok_end >= c->d->mentions[m].tok_end)
		return r;
	char code[16];
	snprintf(code, sizeof code, "%s", c->d->mentions[r].code);
	int32_t x = derive(c, r, c->d->mentions[m].tok_end, code);
	return x >= 0 ? x : r;
}

/* The country code of actor m: its country, else a dictionary actor's bare
 * three-letter code ("GON"); NULL when it has none. */
static const char *country_of(const cctx *c, int32_t m)
{
	const ev_mention *mm = &c->d->mentions[m];
	if (mm->country[0])
		return mm->country;
	/* not "activists" in "opposition from activists": no place */
	return strlen(mm->code) == 3 && mm->type != EV_MEN_PER && !mm->nominal ? mm->code : NULL;
}

/* The role code of a role phrase ("GOV" of ARNGOV), or NULL. */
static const char *role_of(const cctx *c, int32_t m)
{
	const ev_mention *mm = &c->d->mentions[m];
	if (!mm->nominal || !mm->role[0])
		return NULL;
	size_t cl = strlen(mm->country);
	return cl && strncmp(mm->code, mm->country, cl) == 0 && mm->code[cl] ? mm->code + cl
	                                                                      : mm->code;
}

/*
 * Roles over lists, as PETRARCH composes them: "the ambassadors of Arnor,
 * Osgiliath and Gondor" (ARNGOV, OSGGOV, GONGOV), "lawmakers and officials in
 * Fornost and Gondor" (each role of each place), "Danish media and
 * government" (DNKMED, DNKGOV).  Rewrites the list a[0..n) and returns its
 * new length.
 */
static int distribute(cctx *c, int32_t *a, int n, int max)
{
	if (n < 1 || a[0] < 0)
		return n;
	/* the last role of the list, and the place list after "of", "in", "from" */
	int32_t last = -1;
	for (int i = 0; i < n; i++) {
		if (!role_of(c, a[i]))
			return n;
		if (last < 0 || c->d->mentions[a[i]].tok_begin > c->d->mentions[last].tok_begin)
			last = a[i];
	}
	uint32_t k = c->d->mentions[last].tok_end;
	int32_t places[8];
	int np = 0;
	if (is_word(c, k, "of") || is_word(c, k, "in") || is_word(c, k, "from")) {
		int32_t p = actor_after(c, k);
		const char *pc = p >= 0 ? country_of(c, p) : NULL;
		const char *lc = c->d->mentions[last].country;
		if (pc && (!lc[0] || !strcmp(lc, pc)))
			np = compound(c, p, places, 8);
	}
	/* TABARI: the role goes with the list's first place only, the one it
	 * touches ("the ambassadors of Arnor, Osgiliath and Gondor": ARNGOV, OSG,
	 * GON) */
	if (c->o->shallow && n == 1 && np > 1) {
		for (int j = 1; j < np && j < max; j++)
			a[j] = places[j];
		return np < max ? np : max;
	}
	if (np > 0 && (np > 1 || n > 1)) {
		int32_t roles[8];
		int nr = n < 8 ? n : 8, out = 0;
		memcpy(roles, a, (size_t)nr * sizeof *roles);
		for (int i = 0; i < nr; i++)
			for (int j = 0; j < np && out < max; j++) {
				const char *pc = country_of(c, places[j]);
				char suffix[16];
				snprintf(suffix, sizeof suffix, "%s", role_of(c, roles[i]));
				int32_t m = pc ? derived(c, roles[i], pc, suffix) : -1;
				int dup = 0;
				for (int q = 0; q < out; q++)
					dup |= a[q] == m;
				if (m >= 0 && !dup)   /* "in Cairo and Alexandria": EGYOPP once */
					a[out++] = m;
			}
		return out ? out : n;
	}
	/* "Danish media and government": a role with no country takes the one of
	 * the role phrase before it in the list */
	for (int i = 0; i < n; i++) {
		const ev_mention *mi = &c->d->mentions[a[i]];
		if (mi->country[0])
			continue;
		for (int j = 0; j < n; j++) {
			const ev_mention *mj = &c->d->mentions[a[j]];
			if (mj->tok_begin < mi->tok_begin && mj->country[0]) {
				char cc[4], suffix[16];
				snprintf(cc, sizeof cc, "%s", mj->country);
				snprintf(suffix, sizeof suffix, "%s", role_of(c, a[i]));
				int32_t m = derived(c, a[i], cc, suffix);
				if (m >= 0)
					a[i] = m;
				break;
			}
		}
	}
	return n;
}

/* ------------------------------------------------------ date, place, amount */

/*
 * The date of the verb at vb: the nearest DATE or TIME expression of the
 * sentence that is not nearer to another verb ("Liu, who met Lighthizer last
 * week, will visit on Jan. 30": last week is the meeting's, Jan. 30 the visit's).
 */
static int32_t find_timex(const cctx *c, uint32_t vb, const cand *cands, int nc)
{
	const ev_doc *d = c->d;
	int32_t best = -1;
	long best_dist = 0;
	for (size_t i = 0; i < d->ntimexes; i++) {
		const ev_timex *x = &d->timexes[i];
		if (x->tok_begin < c->sb || x->tok_end > c->se)
			continue;
		if (x->type != EV_TIMEX_DATE && x->type != EV_TIMEX_TIME)
			continue;
		if (x->value[0] == 'P' || strstr(x->value, "_REF"))
			continue;
		/* date adjuncts mostly follow their verb: one before it counts double */
		long dist = x->tok_begin >= vb ? (long)(x->tok_begin - vb) : 2 * (long)(vb - x->tok_end) + 1;
		int other_nearer = 0;
		for (int j = 0; j < nc && !other_nearer; j++) {
			uint32_t o = cands[j].vb;
			if (o == vb)
				continue;
			long od = x->tok_begin >= o ? (long)(x->tok_begin - o) : 2 * (long)(o - x->tok_end) + 1;
			other_nearer = od < dist;
		}
		if (other_nearer)
			continue;
		if (best < 0 || dist < best_dist) {
			best = (int32_t)i;
			best_dist = dist;
		}
	}
	return best;
}

static int32_t find_place(const cctx *c, uint32_t vb, int32_t src, int32_t tgt, const cand *cands,
                          int nc)
{
	int32_t best = -1;
	long bd = 0;
	for (uint32_t k = c->sb + 1; k < c->se; k++) {
		int32_t m = c->tok_men[k];
		if (m < 0 || m == src || m == tgt || c->d->mentions[m].tok_begin != k)
			continue;
		const ev_mention *mm = &c->d->mentions[m];
		if (mm->type != EV_MEN_GPE && mm->type != EV_MEN_LOC)
			continue;
		uint32_t p = k - 1;
		if (has(c, p, C_DETERMINERS) && p > c->sb)
			p--;
		if (!has(c, p, C_PLACE_PREPS))
			continue;
		/* places follow their verb, as dates do: one before it counts double;
		 * "met China in Beijing and accused Russia": Beijing is the meeting's */
		long dist = k > vb ? (long)(k - vb) : 2 * (long)(vb - k) + 1;
		int other_nearer = 0;
		for (int j = 0; j < nc && !other_nearer; j++)
			if (cands[j].vb != vb)
				other_nearer = (k > cands[j].vb ? (long)(k - cands[j].vb)
				                                : 2 * (long)(cands[j].vb - k) + 1) < dist;
		if (other_nearer)
			continue;
		if (best < 0 || dist < bd) {
			best = m;
			bd = dist;
		}
	}
	return best;
}

static int32_t find_amount(const cctx *c, uint32_t vb, uint32_t ve)
{
	int32_t best = -1;
	long bd = 0;
	for (uint32_t k = c->sb; k < c->se; k++) {
		int32_t m = c->tok_men[k];
		if (m < 0 || c->d->mentions[m].tok_begin != k)
			continue;
		const ev_mention *mm = &c->d->mentions[m];
		/* money, or a rate ("tariffs of 25%"); counts of things ("the two sides")
		 * are no amount of an event */
		if (mm->type != EV_MEN_MONEY && mm->type != EV_MEN_PERCENT)
			continue;
		long dist = k >= ve ? (long)(k - ve) : (long)(vb - mm->tok_end) + 4;
		if (k < ve && vb - mm->tok_end > 6)
			continue;
		if (k >= ve && k - ve > 14)
			continue;
		if (mm->type == EV_MEN_PERCENT)
			dist += 20;
		if (best < 0 || dist < bd) {
			best = m;
			bd = dist;
		}
	}
	return best;
}

/* The first coded actor of tokens [b, e), or -1 (TABARI's shallow reading). */
static int32_t first_actor(const cctx *c, uint32_t b, uint32_t e)
{
	for (uint32_t k = b; k < e; k++) {
		int32_t m = actor_at(c, k);
		if (m >= 0 && coded(c, m))
			return m;
	}
	return -1;
}

static int compound(const cctx *c, int32_t m, int32_t *out, int max);

/* Is token k a word as TABARI counts them (not punctuation, not a clitic)? */
static int counted_word(const cctx *c, uint32_t k)
{
	const ev_token *t = &c->d->tokens[k];
	return (t->kind == EV_TOK_WORD || t->kind == EV_TOK_NUMBER) && !(t->flags & EV_TF_CLITIC);
}

/* Does the token before k end an actor whose list goes on after k? */
static int list_goes_on(const cctx *c, uint32_t k)
{
	uint32_t p = k > c->sb + 1 && has(c, k - 1, C_COMMA) ? k - 1 : k;   /* "B, and C" */
	int32_t m = p > c->sb ? actor_at(c, p - 1) : -1, list[8];
	int n = m >= 0 ? compound(c, m, list, 8) : 0;
	for (int i = 1; i < n; i++)
		if (c->d->mentions[list[i]].tok_begin > k)
			return 1;
	return 0;
}

/* A comma that sets off a clause, not one between the actors of a list
 * ("Arnor, Osgiliath and Gondor"). */
static int clause_comma_at(const cctx *c, uint32_t k)
{
	if (!has(c, k, C_COMMA))
		return 0;
	if (k > c->sb && actor_at(c, k - 1) >= 0 && actor_at(c, k + 1) >= 0)
		return 0;   /* "Galadriel, Gollum participated" */
	return !list_goes_on(c, k);
}

/* Delete tokens [b, e) for the coder: no word, no class, no actor. */
static void cut_tokens(cctx *c, uint32_t b, uint32_t e)
{
	for (uint32_t k = b; k < e; k++) {
		c->low[k][0] = 0;
		c->cls[k] = 0;
		c->tok_men[k] = -1;
	}
}

/* TABARI's COMMA option: delete the clauses of the sentence set off by commas
 * whose number of words lies within the option's bounds.  As TABARI scans: at
 * a comma, the words before it may be an initial clause; then the words to the
 * next comma an inner clause, or those to the end a closing one (which ends
 * the scan); the scan goes on after that next comma, so a clause after a
 * second comma is never a closing one.  A clause goes with its commas, so that
 * what is left reads as one ("Gollum, centre of a row, called on": "Gollum
 * called on"). */
static void comma_clauses(cctx *c)
{
	const ev_coder_options *o = c->o;
	uint32_t words = 0;   /* words before k */
	for (uint32_t k = c->sb; k < c->se; k++) {
		if (!clause_comma_at(c, k)) {
			words += counted_word(c, k);
			continue;
		}
		if ((int)words >= o->comma_bmin && (int)words <= o->comma_bmax)
			cut_tokens(c, c->sb, k + 1);
		uint32_t q = k + 1, n = 0;
		while (q < c->se && !clause_comma_at(c, q))
			n += counted_word(c, q++);
		if (q >= c->se) {
			if ((int)n >= o->comma_emin && (int)n <= o->comma_emax)
				cut_tokens(c, k, c->se);
			return;
		}
		if ((int)n >= o->comma_min && (int)n <= o->comma_max)
			cut_tokens(c, k, q + 1);
		words += n;
		k = q;
	}
}

/*
 * Does a clause begin at token j, as TABARI splits a sentence?  After "and" or
 * "but", before a new subject (an actor, a pronoun) or a verb ("alleged and
 * acknowledged", "but Dagolath promised"); not inside a list of actors nor
 * between nouns ("sheep and evil awful goats").
 */
static int clause_break(const cctx *c, const cand *cands, int nc, uint32_t j)
{
	if (j < c->sb + 2 ||
	    (!is_word(c, j - 1, "and") && !is_word(c, j - 1, "but") && !is_word(c, j - 1, "or")) ||
	    actor_at(c, j - 1) >= 0 || list_goes_on(c, j - 1))
		return 0;   /* (not inside a name: "Durthang and an Orc") */
	uint32_t n = j;   /* "and then she asked", "but the promised aid" */
	while (n < c->se && n < j + 2 && (has(c, n, C_DETERMINERS) || is_word(c, n, "then")))
		n++;
	/* a verb after it, or before it ("a new bombing and shelling offensive") */
	for (int i = 0; i < nc; i++)
		if ((cands[i].vb == n || cands[i].ve == j - 1) && !cands[i].noun)
			return 1;
	/* a date is no noun: "leave tomorrow and a week from now to attend" */
	return actor_at(c, n) >= 0 || has(c, n, C_PRONOUNS) || c->in_tx[j - 2];
}

/* Where the clause of token k ends: the token after its conjunction, or the
 * sentence's end. */
static uint32_t clause_end(const cctx *c, const cand *cands, int nc, uint32_t k)
{
	while (k < c->se && !clause_break(c, cands, nc, k))
		k++;
	return k;
}

/* Where the clause of token k begins. */
static uint32_t clause_begin(const cctx *c, const cand *cands, int nc, uint32_t k)
{
	while (k > c->sb && !clause_break(c, cands, nc, k))
		k--;
	return k;
}

/* Are mentions a and b of one entity? */
static int same_entity(const cctx *c, int32_t a, int32_t b)
{
	return a >= 0 && b >= 0 && c->d->mentions[a].entity >= 0 &&
	       c->d->mentions[a].entity == c->d->mentions[b].entity;
}

/* The first coded actor of tokens [b, e), or the antecedent of a pronoun
 * there, or -1 (TABARI's source). */
static int32_t clause_actor(const cctx *c, uint32_t b, uint32_t e)
{
	for (uint32_t k = b; k < e; k++) {
		int32_t m = actor_at(c, k);
		if (m >= 0 && coded(c, m))
			return m;
		if (m < 0 && has(c, k, C_PRONOUNS) && (m = antecedent(c, k)) >= 0)
			return m;
	}
	return -1;
}

/* The first coded actor from token k to the end of its clause, other than
 * not (TABARI's target). */
static int32_t actor_in_clause(const cctx *c, const cand *cands, int nc, uint32_t k, int32_t not)
{
	for (; k < c->se && !clause_break(c, cands, nc, k); k++) {
		int32_t m = actor_at(c, k);
		if (m < 0)
			m = antecedent(c, k);   /* "asked him": TABARI reads a pronoun as its actor */
		if (m >= 0 && coded(c, m) && m != not)
			return m;
	}
	return -1;
}

/*
 * TABARI composes an agent with an actor only when the two touch ("Arnor's
 * foreign minister": ARNGOVFRM): in "Dagolath's first Deputy Prime Minister"
 * the title (capitalized) begins after a word of its own ("first"), and the
 * phrase is the country alone (DAG).
 */
static int32_t adjacent_agent(cctx *c, int32_t m)
{
	if (m < 0)
		return m;
	const ev_mention *mm = &c->d->mentions[m];
	uint32_t b = mm->tok_begin;
	if (strlen(mm->country) != 3 || b + 3 >= mm->tok_end ||
	    !has(c, b + 1, C_POSSESSIVE) || c->d->tokens[b + 2].kind != EV_TOK_WORD ||
	    (c->d->tokens[b + 2].flags & EV_TF_CAP))
		return m;
	for (uint32_t k = b + 3; k < mm->tok_end; k++)
		if (c->d->tokens[k].flags & EV_TF_CAP) {
			char cc[4];
			snprintf(cc, sizeof cc, "%s", mm->country);
			int32_t r = derive(c, m, b + 1, cc);
			return r >= 0 ? r : m;
		}
	return m;
}

/* TABARI's COMPLEX test: too many verbs or conjunctions, or no actor before
 * the first verb (what is left after the COMMA deletion). */
static int too_complex(const cctx *c, const cand *cands, int nc)
{
	const ev_coder_options *o = c->o;
	int nv = 0, first = -1;
	for (int i = 0; i < nc; i++)
		if (!cands[i].noun && !c->v->verbs[cands[i].verb].nominal) {
			nv++;
			if (first < 0 && (cands[i].code >= 0 || cands[i].code2 >= 0))
				first = i;
		}
	if (o->complex_verbs && nv >= o->complex_verbs)
		return 1;
	if (o->complex_conj) {
		int nconj = 0;
		for (uint32_t k = c->sb + 1; k < c->se; k++)
			nconj += (is_word(c, k, "and") || is_word(c, k, "but") || is_word(c, k, "or")) &&
			         !list_goes_on(c, k);
		if (nconj >= o->complex_conj)
			return 1;
	}
	if (!o->complex_noactprior || first < 0 || first_actor(c, c->sb, cands[first].vb) >= 0)
		return 0;
	for (uint32_t k = c->sb; k < cands[first].vb; k++)   /* "it promised" */
		if (has(c, k, C_PRONOUNS) && antecedent(c, k) >= 0)
			return 0;
	return 1;
}

/*
 * TABARI's dominant and subordinate codes: a sentence with an event of a
 * dominant code ("[031!]") keeps only those; else one with an event of an
 * ordinary code drops those of subordinate codes ("[023?]").  The sentence's
 * events are d->events[ev0 ..); each names its verb by verb_start.
 */
static void dominant_events(cctx *c, const cand *cands, int nc, size_t ev0)
{
	ev_doc *d = c->d;
	int has[3] = {0, 0, 0};   /* ordinary, dominant, subordinate */
	for (int i = 0; i < nc; i++)
		if (cands[i].coded)
			has[cands[i].mark == '!' ? 1 : cands[i].mark == '?' ? 2 : 0] = 1;
	if (!has[1] && !(has[2] && has[0]))
		return;
	int keep_mark = has[1] ? '!' : 0;
	size_t o = ev0;
	for (size_t e = ev0; e < d->nevents; e++) {
		int mark = 0;
		for (int i = 0; i < nc; i++)
			if (cands[i].coded && d->tokens[cands[i].vb].start == d->events[e].verb_start)
				mark = cands[i].mark;
		if (mark == keep_mark || (!keep_mark && mark != '?'))
			d->events[o++] = d->events[e];
	}
	d->nevents = o;
}

/* ------------------------------------------------------------ emitting */

static ev_event *new_event(cctx *c)
{
	ev_doc *d = c->d;
	if (d->nevents == c->cap_ev) {
		size_t nc = c->cap_ev ? c->cap_ev * 2 : 16;
		ev_event *ne = arena_grow(d->arena, d->events, c->cap_ev * sizeof *ne, nc * sizeof *ne);
		if (!ne)
			return NULL;
		d->events = ne;
		c->cap_ev = nc;
	}
	ev_event *e = &d->events[d->nevents++];
	memset(e, 0, sizeof *e);
	e->source = e->target = e->timex = e->location = e->amount = e->said_by = -1;
	return e;
}

/* Is the date value v (YYYY, YYYY-MM, YYYY-MM-DD...) wholly after the day dct? */
static int after_dct(const char *v, const char *dct)
{
	size_t n = 0;
	while (v[n] && (isdigit((unsigned char)v[n]) || v[n] == '-') && n < 10)
		n++;
	if (!dct[0] || (n != 4 && n != 7 && n != 10))
		return 0;
	return strncmp(v, dct, n) > 0;
}

static void set_date(const cctx *c, ev_event *e, int32_t tx)
{
	if (tx >= 0) {
		e->timex = tx;
		snprintf(e->date, sizeof e->date, "%s", c->d->timexes[tx].value);
		e->date_source = EV_DATE_TEXT;
		/* "is headed to the US at the end of the month": a date still to come makes
		 * an asserted event a planned one */
		if (e->mood == EV_MOOD_ASSERTED && after_dct(e->date, c->d->dct))
			e->mood = EV_MOOD_FUTURE;
	} else if (c->d->dct[0]) {
		snprintf(e->date, sizeof e->date, "%s", c->d->dct);
		e->date_source = EV_DATE_DOCUMENT;
	}
}

/*
 * Codes that a list of actors can do to each other with no object named: "China
 * and Russia agreed to cooperate", "met", "held talks", "signed", "clashed"; not
 * "Russia and China blocked the resolution", nor "Portugal and the Netherlands
 * announced their withdrawal" (0356), "visited" (042), "praised" (051): each of
 * those is done to someone else.
 */
static int reciprocal(const ev_cameo *cm)
{
	static const char *const codes[] = {
		"030", "031", "032", "033", "036", "037",   /* intend to cooperate, meet, settle */
		"040", "041", "044", "046",                 /* consult, call, meet, negotiate */
		"050", "057",                               /* cooperate, sign an agreement */
		"06",                                       /* material cooperation */
		"0871",                                     /* a ceasefire */
		"190", "193", "194", "196",                 /* fight, clash */
		NULL};
	size_t n = strlen(cm->code);
	if (n == 2)   /* a root alone */
		return !strcmp(cm->code, "03") || !strcmp(cm->code, "04") || !strcmp(cm->code, "05") ||
		       !strcmp(cm->code, "06") || !strcmp(cm->code, "19");
	for (int i = 0; codes[i]; i++)
		if (!strncmp(cm->code, codes[i], strlen(codes[i])))
			return 1;
	return 0;
}

/* ------------------------------------------------------------ a sentence */

#define MAX_CANDS 64

static int nominal_source(const cctx *c, uint32_t k, uint32_t ke, int32_t *src)
{
	/* "Beijing's retaliation", "China's swift retaliation" */
	uint32_t j = k;
	if (j > c->sb + 1 && !has(c, j - 1, C_DETERMINERS) && low(c, j - 1)[0] &&
	    actor_at(c, j - 1) < 0 && has(c, j - 2, C_POSSESSIVE))
		j--;
	if (j > c->sb + 1 && has(c, j - 1, C_POSSESSIVE)) {
		int32_t m = actor_at(c, j - 2);
		if (m >= 0) {
			*src = m;
			return 1;
		}
	}
	if (j > c->sb) {
		int32_t m = actor_at(c, j - 1);
		if (m >= 0 && c->d->mentions[m].type == EV_MEN_NORP) {
			*src = m;   /* "Chinese retaliation" */
			return 1;
		}
	}
	/* "a phone call between Liu He and Robert Lighthizer": each with the other */
	for (uint32_t q = ke; q < c->se && q < ke + 10; q++) {
		if (has(c, q, C_OBJ_STOPS) || has(c, q, C_COMMA))
			break;
		if (is_word(c, q, "between") || is_word(c, q, "among")) {
			int32_t m = actor_after(c, q);
			if (m >= 0) {
				*src = m;
				return 2;
			}
			break;
		}
	}
	/* "retaliation by China" */
	for (uint32_t q = ke; q < c->se && q < ke + 4; q++)
		if (is_word(c, q, "by")) {
			int32_t m = actor_after(c, q);
			if (m >= 0) {
				*src = m;
				return 1;
			}
		}
	return 0;
}

/* Was a verb before candidate i coded, with no semicolon between? */
static int coded_earlier(const cctx *c, const cand *cands, int i)
{
	for (int j = i - 1; j >= 0; j--) {
		for (uint32_t k = cands[j].ve; k < cands[i].vb; k++)
			if (is_word(c, k, ";"))
				return 0;
		if (cands[j].coded && !c->v->verbs[cands[j].verb].nominal)
			return 1;
	}
	return 0;
}

/* "Ethiopia indicated it should have acted" (ACT: INDICATED SHOULD *): a verb
 * among the words of another verb's pattern is part of that event. */
static int inside_pattern(const cctx *c, const cand *cands, int nc, int i)
{
	for (int j = 0; j < nc; j++) {
		/* TABARI takes the verbs in turn: a later verb's pattern hides none */
		if (j == i || (j > i && c->o->shallow) || cands[j].lit <= 0 ||
		    (cands[j].code < 0 && cands[j].code2 < 0) ||
		    cands[j].mb > cands[i].vb || cands[i].vb >= cands[j].me)
			continue;
		/* within one clause: not "... or declines, the U.S. Embassy said" */
		uint32_t a = cands[i].vb < cands[j].vb ? cands[i].vb : cands[j].vb;
		uint32_t b = cands[i].vb < cands[j].vb ? cands[j].vb : cands[i].vb;
		int open = 1;
		for (uint32_t k = a; k < b && open; k++)
			open = !has(c, k, C_OBJ_STOPS | C_COMMA);
		if (open)
			return 1;
	}
	return 0;
}

/*
 * A to-infinitive that says what an earlier verb of the clause is about, not
 * an event of its own: after a noun ("abandoned efforts to stop X", "a bid to
 * end"), after the earlier verb's object ("called on Gondor late Sunday to be
 * allowed"), or after another such infinitive ("to be allowed to leave").
 * Marks it and returns 1.
 */
static int complement_of(const cctx *c, cand *cands, int i)
{
	cand *cd = &cands[i];
	if (!is_word(c, cd->gb, "to") || i == 0)
		return 0;
	/* the nearest earlier verb that was coded or is itself a complement */
	int j = i - 1;
	while (j >= 0 && !cands[j].coded && !cands[j].complement)
		j--;
	if (j < 0)
		return 0;
	for (uint32_t k = cands[j].ve; k < cd->gb; k++)
		if (has(c, k, C_OBJ_STOPS) || has(c, k, C_COMMA))
			return 0;
	uint32_t p = cd->gb;
	while (p > cands[j].ve && (c->in_tx[p - 1] || has(c, p - 1, C_GROUP_ADVERBS) ||
	                           ly_adverb(c, p - 1) ||
	                           (has(c, p - 1, C_PREPOSITIONS) && c->in_tx[p])))
		p--;   /* "urged Russia on Monday to stop" */
	if (p == cands[j].ve)
		return 0;
	int32_t m = actor_at(c, p - 1);
	/* a noun: a plural ("efforts"), or a word after an article or possessive
	 * ("a bid", "its decision"); not "continue to", "be able to" */
	const char *w = low(c, p - 1);
	size_t wl = strlen(w);
	int noun = lower_word(c, p - 1) && !has(c, p - 1, C_INTENT_VERBS) &&
	           ((wl > 3 && w[wl - 1] == 's' && w[wl - 2] != 's') ||
	            (p - 1 > c->sb && has(c, p - 2, C_DETERMINERS)));
	int object = m >= 0 && (cands[j].complement || cands[j].target == m) &&
	             !(c->d->mentions[m].type == EV_MEN_GPE && after_preposition(c, m));
	int chained = cands[j].complement && cands[j].ve == p;
	if (noun || object || chained) {
		cd->complement = 1;
		cd->head = (int16_t)j;
		return 1;
	}
	return 0;
}

static ev_status code_sentence(cctx *c, uint32_t si)
{
	const ev_verbs *v = c->v;
	ev_doc *d = c->d;
	cand cands[MAX_CANDS];
	int nc = 0;
	char form[24];

	/* 1. the verbs and event nouns of the sentence */
	for (uint32_t k = c->sb; k < c->se && nc < MAX_CANDS; k++) {
		const char *w = low(c, k);
		if (!w[0] || !isalpha((unsigned char)w[0]))
			continue;
		size_t wl = strlen(w);
		/* the word itself, then (TABARI stems) each shorter prefix that is a stem:
		 * "called for" is CALL when CALLED_ON does not fit */
		int32_t best_f = -1;
		uint32_t best_end = 0;
		int best_noun = 0;
		for (size_t n = wl; n >= 2 && best_f < 0; n--) {
			if (n < wl && (!v->stem_lens || n >= 64 || !(v->stem_lens >> n & 1)))
				continue;
			int32_t f0 = n == wl ? verbs_find_hashed(v, w, n, c->wh[k]) : verbs_find(v, w, n);
			for (int32_t f = f0; f >= 0; f = v->forms[f].next) {
				const vverb *vb = &v->verbs[v->forms[f].verb];
				if (n < wl && !vb->stem && !v->forms[f].stem)
					continue;
				uint32_t end = vb->tail_nw ? tail_end(v, vb, c, k) : k + 1;
				if (!end)
					continue;
				if (vb->nominal) {
					int32_t s;
					if (k > c->sb && (c->d->tokens[k].flags & EV_TF_CAP))
						continue;
					if (!nominal_source(c, k, end, &s))
						continue;
				}
				int ctx = 1;
				if (!vb->nominal) {
					memcpy(form, w, wl + 1);
					ctx = verb_context(c, k, vb, form);
					if (ctx >= 3)
						ctx = nc == 0 ? 1 : ctx == 3 ? 2 : 0;
					if (!ctx || (ctx == 2 && vb->np == 0))
						continue;
				}
				/* a reading as a verb beats one as a noun, then the longer */
				if (best_f < 0 || (best_noun && ctx == 1) ||
				    (best_noun == (ctx == 2) && end > best_end)) {
					best_f = f;
					best_end = end;
					best_noun = ctx == 2;
				}
			}
			if (!v->stem_lens)
				break;
		}
		if (best_f < 0)
			continue;
		/* "halted talks": the noun is what the verb before it acts on, not an
		 * event of its own */
		if (v->verbs[v->forms[best_f].verb].nominal && nc > 0 &&
		    !v->verbs[cands[nc - 1].verb].nominal && k - cands[nc - 1].ve <= 3)
			continue;
		cand *cd = &cands[nc++];
		memset(cd, 0, sizeof *cd);
		cd->vb = k;
		cd->ve = best_end;
		cd->verb = v->forms[best_f].verb;
		cd->speech = (c->cls[k] & C_SPEECH) != 0;
		cd->noun = (uint8_t)best_noun;
		const vverb *vb = &v->verbs[cd->verb];
		if (vb->nominal)
			cd->gb = k;
		else
			verb_group(c, cd, w, strcmp(w, v->pool + vb->base_off) == 0);
		k = best_end - 1;
	}

	/* 2. the speaker of reported speech: "X said", "said X", "according to X" */
	int32_t speaker = -1;
	uint32_t speech_at = 0;
	int trailing = 0;
	for (uint32_t k = c->sb; k < c->se; k++) {
		if (!has(c, k, C_SPEECH) || c->tok_men[k] >= 0 ||
		    (k > c->sb && (d->tokens[k].flags & EV_TF_CAP)))
			continue;   /* "United States" */
		int32_t s = -1;
		if (is_word(c, k, "according") && is_word(c, k + 1, "to")) {
			s = actor_after(c, k + 1);
		} else {
			cand tmp;
			memset(&tmp, 0, sizeof tmp);
			tmp.vb = k;
			verb_group(c, &tmp, low(c, k), 0);
			s = find_subject(c, tmp.gb);
			if (s < 0 || c->d->mentions[s].tok_end + 6 < tmp.gb) {
				/* "..., said Gao Feng, a spokesman" */
				int32_t after = actor_at(c, k + 1);
				if (after < 0 && has(c, k + 1, C_DETERMINERS))
					after = actor_at(c, k + 2);
				if (after >= 0)
					s = after;
			}
		}
		if (s >= 0) {
			speaker = s;
			speech_at = k;
			/* "..., the ministry said." attributes what came before */
			trailing = k > c->sb + 3 && (has(c, k - 1, C_COMMA) || is_word(c, k + 1, ".") ||
			                              c->d->mentions[s].tok_begin > k ||
			                              (c->d->mentions[s].tok_begin > c->sb &&
			                               (has(c, c->d->mentions[s].tok_begin - 1, C_COMMA) ||
			                                has(c, c->d->mentions[s].tok_begin - 2, C_COMMA))));
			break;
		}
	}

	/* 3. each candidate's best pattern: the one with the most literal words */
	for (int i = 0; i < nc; i++) {
		cand *cd = &cands[i];
		const vverb *vb = &v->verbs[cd->verb];
		cd->code = vb->code;
		cd->code2 = vb->code2;
		cd->mark = vb->mark;
		cd->psrc = cd->ptgt = cd->peach = -1;
		cd->mb = cd->vb;
		cd->me = cd->ve;
		cd->lit = -1;
		for (uint32_t pi = vb->p0; pi < vb->p0 + vb->np; pi++) {
			const vpattern *p = &v->patterns[pi];
			int32_t s, t, each;
			uint32_t b, e;
			/* nlit is at most its weight in words */
			if (((int32_t)p->nlit << 8 | (p->flags & VP_BY_MATCH ? 255 : 0)) <= cd->lit)
				continue;
			if ((p->need[0] & ~c->words[0]) | (p->need[1] & ~c->words[1]) |
			    (p->need[2] & ~c->words[2]) | (p->need[3] & ~c->words[3]))
				continue;   /* a word it needs is not in the sentence */
			int32_t w;
			if (pattern_match(v, p, c, cd->vb, cd->ve, &s, &t, &each, &b, &e, &w) &&
			    w > cd->lit) {
				cd->lit = w;
				cd->mb = b;
				cd->me = e;
				cd->code = p->code;
				cd->code2 = p->code2;
				cd->mark = p->mark;
				cd->psrc = s;
				cd->ptgt = t;
				cd->peach = each;
			}
		}
	}

	if ((c->o->complex_verbs || c->o->complex_conj || c->o->complex_noactprior) &&
	    too_complex(c, cands, nc))
		return EV_OK;

	/* 4. each candidate: actors, and the rest */
	int32_t prev_src = -1, first_src = -1;
	int32_t that_tgt = -1;   /* the subject of a "that" clause taken as a target */
	int last_coded = -1;   /* the cand that last gave events */
	int last_main = -1;    /* ... not a subordinate one */
	int32_t tsrc = -1;              /* TABARI's source, held across clauses */
	uint32_t tclause = UINT32_MAX;  /* the clause it was last looked at in */
	size_t ev0 = d->nevents;
	uint32_t prev_ve = 0;
	for (int i = 0; i < nc && !(c->o->by_sentence && last_coded >= 0); i++) {
		cand *cd = &cands[i];
		const vverb *vb = &v->verbs[cd->verb];
		int16_t code = cd->code, code2 = cd->code2;
		int32_t psrc = cd->psrc, ptgt = cd->ptgt;
		/* TABARI's '%' ("- % HAVE POSTPONED *", "- HAS * WITH %"): a list there is
		 * the event's source and target at once, its members acting on each
		 * other ("exchanged prisoners with Gondor and Osgiliath": GON OSG, OSG
		 * GON) */
		int each = cd->peach >= 0 && psrc < 0 && ptgt < 0;
		if (each)
			psrc = cd->peach;
		uint32_t mb = cd->mb, me = cd->me;
		/* a pattern that opens with its target and names no source ("- + WAS * DEAD") */
		int tgt_opens = ptgt >= 0 && psrc < 0 && d->mentions[ptgt].tok_end <= cd->vb &&
		                d->mentions[ptgt].tok_begin <= mb;
		if (code < 0 && code2 < 0)
			continue;
		/* TABARI passes over a clause of one or two words ("Gondor alleged and
		 * ...") */
		if (c->o->shallow) {
			uint32_t cb = clause_begin(c, cands, nc, cd->vb);
			uint32_t ce = clause_end(c, cands, nc, cd->ve), n = 0;
			for (uint32_t k = cb; k < ce; k++)
				n += counted_word(c, k) || has(c, k, C_COMMA);
			if (n <= 2u + (ce < c->se))   /* not counting its conjunction */
				continue;
		}
		/* TABARI codes one verb a clause (CODE BY CLAUSE) */
		if (c->o->shallow && !c->o->code_all && last_main >= 0 &&
		    clause_begin(c, cands, nc, cands[last_main].vb) == clause_begin(c, cands, nc, cd->vb))
			continue;
		/* a verb used as a noun ("an anti- Gondor parade", "by its resumption of
		 * ties with Gondor") after a coded verb of the sentence, short of a
		 * semicolon, is what that event is about, as TABARI codes it */
		if (cd->noun && (cd->lit <= 0 || (!c->o->code_all && coded_earlier(c, cands, i))))
			continue;   /* a noun no pattern speaks for, or the object of a verb */
		if (inside_pattern(c, cands, nc, i))
			continue;
		/* CODE ALL codes a complement too, between the actors of its verb
		 * ("urged Bree to assist it": CAL BRE 092 beside CAL BRE 102) */
		int head = -1;
		/* TABARI: a to-infinitive in a clause of its own is that clause's verb */
		if (complement_of(c, cands, i) &&
		    !(c->o->shallow && !c->o->code_all && cd->head >= 0 &&
		      clause_begin(c, cands, nc, cands[cd->head].vb) != clause_begin(c, cands, nc, cd->vb))) {
			if (!c->o->code_all)
				continue;
			head = cd->head;
			while (head >= 0 && !cands[head].coded && cands[head].complement)
				head = cands[head].head;
			if (head < 0 || !cands[head].coded)
				continue;
		}

		int32_t src = psrc, tgt = ptgt;
		int main_clause = 0;   /* coordinated with the sentence's first clause */
		if (each) {
			/* the list is all the event's actors */
		} else if (head >= 0) {
			if (src < 0)
				src = cands[head].source;
			/* TABARI: the complement's own first actor after it, if any
			 * ("left for X to attend meetings ... with Y": Y) */
			if (tgt < 0 && c->o->shallow)
				tgt = actor_in_clause(c, cands, nc, cd->ve, src);
			if (tgt < 0)
				tgt = cands[head].target;
		} else if (vb->nominal) {
			int how = 0;
			if (src < 0)
				how = nominal_source(c, cd->vb, cd->ve, &src);
			if (tgt < 0 && how != 2) {
				for (uint32_t q = cd->ve; q < c->se && q < cd->ve + 3; q++)
					if (has(c, q, C_PREPOSITIONS) && !is_word(c, q, "by")) {
						tgt = find_object(c, q + 1, 1);
						break;
					}
			}
		} else if (c->o->shallow && tgt_opens) {
			/* TABARI: a pattern that opens with its target and names no source
			 * ("- + WAS * DEAD") takes the source after the verb ("An Eriadorian
			 * was shot dead in Osgiliath": OSG ERI) */
			src = find_object(c, cd->ve, 0);
		} else if (psrc >= 0 && d->mentions[psrc].tok_begin >= cd->ve && ptgt < 0) {
			/* "received aid from X": the pattern's source follows the verb, and the
			 * subject is the one acted upon; to TABARI the actor after the source
			 * when there is one ("contribute a million peso Bree to Gondor") */
			tgt = c->o->shallow ? find_object(c, d->mentions[psrc].tok_end, 1) : -1;
			if (tgt < 0)
				tgt = find_subject(c, cd->gb);
		} else if (cd->passive) {
			if (src < 0)
				src = find_agent(c, cd->ve);
			if (tgt < 0 && cd->passive == 2 && cd->gb > c->sb &&
			    !has(c, cd->gb - 1, C_AND_OR)) {   /* "were armed and funded by" */
				/* a participle after its noun acts on that noun: "protesters
				 * detained by police", not "Hayward answered questions levied by
				 * the House" */
				uint32_t e = cd->gb;
				if (e > c->sb + 1 && has(c, e - 1, C_COMMA))
					e--;   /* "China, backed by Russia," */
				int32_t m = e > c->sb ? actor_at(c, e - 1) : -1;
				tgt = m >= 0 && d->mentions[m].tok_end == e ? m : -1;
			} else if (tgt < 0) {
				tgt = find_subject(c, cd->gb);
			}
		} else {
			if (src < 0) {
				/* "met the US and agreed": the earlier verb's subject */
				uint32_t p = cd->gb;
				/* TABARI: after "or" too ("might affirm an attack ... or assail X") */
				if (p > c->sb && (is_word(c, p - 1, "and") || is_word(c, p - 1, "but") ||
				                  is_word(c, p - 1, "then") ||
				                  (c->o->shallow && is_word(c, p - 1, "or"))) &&
				    prev_src >= 0 && prev_ve && prev_ve <= p) {
					/* after a comma ("He said China hoped ..., but gave no details")
					 * the verb goes with the sentence's first clause */
					main_clause = p > c->sb + 1 && has(c, p - 2, C_COMMA) && first_src >= 0;
					src = main_clause ? first_src : prev_src;
				} else {
					src = find_subject(c, cd->gb);
					/* "Falastur noted that Yemen regretted" (NOTED + *), "Gollum
					 * noted would now boycott": the subject comes before the words
					 * the pattern matched, when there is one */
					if (mb < cd->gb && (src < 0 || d->mentions[src].tok_begin >= mb)) {
						int32_t s0 = find_subject(c, mb);
						if (s0 >= 0)
							src = s0;
					}
				}
			}
			if (tgt < 0 && !(cd->speech && !is_word(c, cd->vb, "told") &&
			                 !is_word(c, cd->vb, "tell") && !is_word(c, cd->vb, "tells")))
			{
				tgt = find_object(c, cd->ve, 1);
				/* a name no dictionary codes among the words the pattern matched is
				 * no object: "should apply Geneva conventions in its dealings with
				 * Rohan" (APPLY_{GENEVA|...} CONVENTIONS) */
				if (tgt >= 0 && d->mentions[tgt].tok_begin < me && !coded(c, tgt)) {
					int32_t after = find_object(c, me, 1);
					if (after >= 0)
						tgt = after;
				}
			}
			/* "allowed that Mordor isn't a really pleasant place" (* REALLY_PLEASANT):
			 * "that" after the verb, or after the pattern's words */
			if (tgt < 0 && !cd->speech)
				tgt = that_subject(c, cd->ve);
			if (tgt < 0 && !cd->speech && me > cd->ve)
				tgt = that_subject(c, me);
			if (c->o->shallow && tgt >= 0 && that_tgt < 0 && d->mentions[tgt].tok_begin > cd->ve &&
			    tgt == that_subject(c, d->mentions[tgt].tok_begin - 1))
				that_tgt = tgt;
			/* TABARI: with no target after the verb, the actor right before it,
			 * among the words of a pattern that named the source ("$ ^ FOR *":
			 * "Arnor was United Arab Emirates for Eriador warning": ARN ERI) */
			if (c->o->shallow && tgt < 0 && psrc >= 0 && mb < cd->gb) {
				int32_t m = actor_at(c, cd->gb - 1);
				if (m >= 0 && m != psrc && coded(c, m) && d->mentions[m].tok_begin > mb &&
				    d->mentions[m].tok_begin > d->mentions[psrc].tok_end)
					tgt = m;
			}
		}
		/* TABARI: the clause whose subject a verb took as its target ("brushed
		 * aside reports that Calimehtar attacked Gandalf": ELF CAL) is coded no
		 * further */
		if (c->o->shallow && that_tgt >= 0 && src == that_tgt && !cd->passive && i > 0 &&
		    cands[i - 1].coded && cands[i - 1].target == that_tgt)
			continue;
		/* TABARI's shallow reading: the first actor of the verb's clause before
		 * it, a pronoun standing for its antecedent ("Elrond brushed, aside
		 * reports ..., that Calimehtar attacked Gandalf": ELF), else the
		 * sentence's first actor before the verb */
		if (c->o->shallow && !each && head < 0 && !vb->nominal && !cd->passive && !tgt_opens) {
			uint32_t cb = clause_begin(c, cands, nc, cd->vb);
			int32_t first = psrc < 0 ? clause_actor(c, cb, cd->gb) : -1;
			/* the source holds across clauses until one begins with an actor
			 * ("Gondor launched a new bombing and shelling offensive against
			 * besieged Osgiliath ... following daylight raids": GON) */
			if (psrc < 0) {
				if (cb != tclause) {
					tclause = cb;
					int32_t a = actor_at(c, cb);
					if (cb > c->sb && a >= 0 && coded(c, a))
						tsrc = a;
				}
				if (tsrc < 0)
					tsrc = first;
				/* none held nor before the verb: the clause's first actor, after
				 * the verb too ("Gondor alleged and acknowledged that Calenardon
				 * might affirm an attack by Osgiliath soldiers": OSGMIL) */
				if (tsrc < 0 && cb > c->sb)
					tsrc = clause_actor(c, cb, clause_end(c, cands, nc, cd->ve));
				if (tsrc >= 0)
					first = tsrc;
			}
			if (first >= 0)
				src = first;
			else if (!coded(c, src))
				src = first_actor(c, c->sb, cd->gb);
		}
		/* and as target the first actor after the verb in its clause, past
		 * commas and prepositions, whatever its object ("restore ties with
		 * Gxndor almost five years after Calenardhon crowds burned down": CAL),
		 * else the nearest one before it but the source ("it requested that
		 * Elrond assist": ELF), else none, as TABARI's getRegularTarget; with a
		 * default target, the DEFAULT rules below stand for that */
		if (c->o->shallow && !each && head < 0 && !vb->nominal && !cd->passive &&
		    (ptgt < 0 || !coded(c, tgt))) {
			int32_t m = actor_in_clause(c, cands, nc, cd->ve, src);
			for (uint32_t k = cd->vb; m < 0 && c->dtgt < 0 && k > clause_begin(c, cands, nc, cd->vb);
			     k--) {
				int32_t a = actor_at(c, k - 1);
				if (a >= 0 && coded(c, a) && a != src && !same_entity(c, a, src))
					m = a;
			}
			if (m >= 0)
				tgt = m;
			else if (ptgt < 0)
				tgt = -1;   /* none there: TABARI has no target */
		}
		int32_t src0 = src, tgt0 = tgt;
		src = fuller(c, src);
		tgt = fuller(c, tgt);
		if (c->o->shallow) {
			src = adjacent_agent(c, src);
			tgt = adjacent_agent(c, tgt);
		}
		if (src >= 0 && src != src0 && d->mentions[src].tok_end <= d->mentions[src0].tok_begin)
			src = spanned(c, src, src0);
		if (tgt >= 0 && tgt != tgt0 && d->mentions[tgt].tok_end <= d->mentions[tgt0].tok_begin)
			tgt = spanned(c, tgt, tgt0);
		/* the subject of the clause is what "he" and "it" will mean next */
		int32_t subj = cd->passive ? tgt : src;
		if (subj >= 0 && coded(c, subj)) {
			if (d->mentions[subj].type == EV_MEN_PER) {
				c->last_per = subj;
				if (d->mentions[subj].entity >= 0) {
					int g = d->entities[d->mentions[subj].entity].gender;
					if (g == 'm')
						c->last_m = subj;
					else if (g == 'f')
						c->last_f = subj;
				}
			} else {
				c->last_org = subj;
			}
		}
		if (src >= 0 && src == tgt)
			tgt = -1;
		/* CODE ALL: a verb short of an actor takes the one the verb coded
		 * before it had ("restore ties with Gondor ... after crowds burned
		 * down its embassy": ARN GON 222 too) */
		if (c->o->code_all && last_coded >= 0) {
			if (!coded(c, src) && cands[last_coded].source != tgt)
				src = cands[last_coded].source;
			if (!coded(c, tgt) && cands[last_coded].target != src)
				tgt = cands[last_coded].target;
		}
		/* DEFAULT: actors.  Without PRIOR a missing source is the first actor
		 * after the verb (its target then the next one, else the default);
		 * without AFTER a missing target is a second member of the subject's
		 * list; see the lists below */
		int src_after = 0, tgt_before = 0;
		if (c->dsrc >= 0 && !coded(c, src)) {
			if (c->o->default_prior || !coded(c, tgt))
				src = c->dsrc;
			else
				src_after = 1;
		}
		if (c->dtgt >= 0 && !coded(c, tgt) && !src_after) {
			if (c->o->default_after || !coded(c, src))
				tgt = c->dtgt;
			else
				tgt_before = 1;
		}
		if (!coded(c, src) && !coded(c, tgt))
			continue;
		/* an active verb whose subject is no actor ("the escalation had violated
		 * the consensus") is not an event between actors; a passive without its
		 * agent ("Liu was invited") still is */
		if (!coded(c, src) && !cd->passive && !vb->nominal && !cd->speech && !src_after)
			continue;
		cd->coded = 1;
		cd->source = src;
		cd->target = tgt;
		last_coded = i;
		if (cd->mark != '?')
			last_main = i;
		if (src >= 0) {
			prev_src = src;
			prev_ve = cd->ve;
			if (first_src < 0)
				first_src = src;
		}

		int32_t srcs[8], tgts[8];
		int ns = distribute(c, srcs, compound(c, src, srcs, 8), 8);
		if (ns > 1 && tgt >= 0 && weak(c, tgt) && ptgt < 0)
			tgt = -1;   /* "Gondor and Osgiliath renewed diplomatic ties": each other */
		int nt = compound(c, tgt, tgts, 8);
		/* TABARI spreads a list only from its first member: "Elrond" found
		 * before the verb at the end of "the IMF and Red Cross, and Elrond" is
		 * Elrond alone */
		for (int a = 1; c->o->shallow && a < nt; a++)
			if (d->mentions[tgts[a]].tok_begin < d->mentions[tgt].tok_begin)
				nt = 1;
		nt = distribute(c, tgts, nt, 8);
		if (src_after) {
			srcs[0] = tgts[0];
			ns = 1;
			if (nt > 1)
				memmove(tgts, tgts + 1, (size_t)--nt * sizeof *tgts);
			else
				tgts[0] = c->dtgt;
		} else if (tgt_before) {
			if (ns > 1) {
				/* the list's first member in the text is the source ("Bree and
				 * Arnor": BRE ARN) */
				int f = 0;
				for (int a = 1; a < ns; a++)
					if (srcs[a] >= 0 && (srcs[f] < 0 || d->mentions[srcs[a]].start <
					                                     d->mentions[srcs[f]].start))
						f = a;
				int32_t first = srcs[f];
				srcs[f] = srcs[0];
				srcs[0] = first;
				memcpy(tgts, srcs + 1, (size_t)(ns - 1) * sizeof *tgts);
				nt = ns - 1;
				ns = 1;
			} else {
				tgts[0] = c->dtgt;
				nt = 1;
			}
		}
		int32_t tx = find_timex(c, cd->vb, cands, nc);
		int32_t amt = find_amount(c, cd->vb, cd->ve);
		int32_t said = -1;
		if (speaker >= 0 && !cd->speech && !main_clause) {
			if (trailing ? cd->vb < speech_at : cd->vb > speech_at)
				said = speaker;
		}
		/* "China and the US agreed to resume talks": with no object, the members
		 * of a compound subject act on each other */
		if (each) {
			/* in the order of the text: the first member acts first */
			for (int a = 1; a < ns; a++)
				for (int b = a; b > 0 && srcs[b] >= 0 && srcs[b - 1] >= 0 &&
				                d->mentions[srcs[b]].start < d->mentions[srcs[b - 1]].start;
				     b--) {
					int32_t t = srcs[b];
					srcs[b] = srcs[b - 1];
					srcs[b - 1] = t;
				}
		}
		int mutual = ns > 1 && nt == 1 && tgts[0] < 0 &&
		             (each || c->o->mutual_lists || reciprocal(&v->cameo[code >= 0 ? code : code2]));
		for (int a = 0; a < ns; a++)
			for (int b = 0; b < (mutual ? ns : nt); b++) {
				/* a paired code over a '%' list: each acts on the other, and the
				 * other answers ("welcomed": 044 and 045 both ways) */
				if (mutual && a == b)
					continue;
				int32_t tg = mutual ? srcs[b] : tgts[b];
				/* "ties between Arnor and Gondor may permit reconciliation between
				 * Calenardhon and Gondor": no actor acts on itself */
				if (srcs[a] >= 0 && tg >= 0 &&
				    (srcs[a] == tg || (d->mentions[srcs[a]].entity >= 0 &&
				                       d->mentions[srcs[a]].entity == d->mentions[tg].entity)))
					continue;   /* (nor do the same words: "abused by firms") */
				/* TABARI: nor two actors of one code (checkSameActors) */
				if (c->o->shallow && srcs[a] >= 0 && tg >= 0 &&
				    !strcmp(d->mentions[srcs[a]].code, d->mentions[tg].code))
					continue;
				for (int pair = 0; pair < 2; pair++) {
					int16_t cc = pair ? code2 : code;
					/* members acting on each other already give both directions */
					if (cc < 0 || (pair && mutual && code2 == code))
						continue;
					int32_t s = pair ? tg : srcs[a], t = pair ? srcs[a] : tg;
					if (pair && (s < 0 || t < 0))
						continue;
					ev_event *e = new_event(c);
					if (!e)
						return EV_ERR_NOMEM;
					e->sentence = si;
					e->source = s;
					e->target = t;
					e->cameo = &v->cameo[cc];
					e->mood = cd->mood;
					e->negated = cd->negated;
					e->nominal = vb->nominal;
					set_date(c, e, tx);
					e->location = find_place(c, cd->vb, s, t, cands, nc);
					e->amount = amt;
					e->said_by = said;
					e->verb_start = d->tokens[cd->vb].start;
					e->verb_end = d->tokens[cd->ve - 1].end;
				}
			}
	}
	if (v->nmarked)
		dominant_events(c, cands, nc, ev0);
	return EV_OK;
}

/* Does the sentence name an actor with the discard code ("Nasgul"), or hold
 * a TABARI time phrase coded [###] or [+++] ("kan wa ma kan")?  TABARI codes
 * nothing of it. */
static int discarded(const cctx *c)
{
	const ev_verbs *v = c->v;
	for (uint32_t k = c->sb; k < c->se; k++) {
		if (c->tok_men[k] >= 0 && !strcmp(c->d->mentions[c->tok_men[k]].code, EV_DISCARD_CODE))
			return 1;
		for (size_t i = 0; i < v->ndiscards; i++)
			if (alt_at(v, &v->discards[i], c, k))
				return 1;
	}
	return 0;
}

/* A mention for an actor the options name ("DEFSRC"), not the text: empty,
 * at the body's end, so that no search through the sentence meets it. */
static int32_t option_actor(cctx *c, const char *code)
{
	ev_doc *d = c->d;
	ev_mention *m = code && code[0] && d->ntokens ? mention_slot(c) : NULL;
	if (!m)
		return -1;
	memset(m, 0, sizeof *m);
	m->start = m->end = (uint32_t)d->len;
	m->type = EV_MEN_ORG;
	m->entity = -1;
	m->mod = "";
	snprintf(m->code, sizeof m->code, "%s", code);
	return (int32_t)d->nmentions++;
}

ev_status ev_events_code(ev_doc *doc, const ev_verbs *verbs)
{
	return ev_events_code_with(doc, verbs, NULL);
}

ev_status ev_events_code_with(ev_doc *doc, const ev_verbs *verbs, const ev_coder_options *opts)
{
	static const ev_coder_options none;
	if (!verbs || !verbs->compiled)
		return EV_ERR_USAGE;
	if (!doc->sents) {
		ev_status st = ev_split_sentences(doc);
		if (st != EV_OK)
			return st;
	}
	doc->events = NULL;
	doc->nevents = 0;
	cctx c;
	memset(&c, 0, sizeof c);
	c.d = doc;
	c.v = verbs;
	c.last_per = c.last_org = c.last_m = c.last_f = -1;
	c.o = opts ? opts : &none;
	c.fwd = c.dsrc = c.dtgt = -1;
	size_t nt = doc->ntokens ? doc->ntokens : 1;
	c.tok_men = arena_alloc(doc->arena, nt * sizeof *c.tok_men);
	c.low = arena_alloc(doc->arena, nt * sizeof *c.low);
	c.cls = arena_alloc(doc->arena, nt * sizeof *c.cls);
	c.wh = arena_alloc(doc->arena, nt * sizeof *c.wh);
	c.wb = arena_alloc(doc->arena, nt * sizeof *c.wb);
	c.in_tx = arena_alloc(doc->arena, nt);
	if (!c.tok_men || !c.low || !c.cls || !c.wh || !c.wb || !c.in_tx)
		return EV_ERR_NOMEM;
	memset(c.in_tx, 0, nt);
	/* dates and times, not "now" or "recently" (PRESENT_REF, PAST_REF), which
	 * patterns may name */
	for (size_t i = 0; i < doc->ntimexes; i++)
		if (!strstr(doc->timexes[i].value, "_REF"))
			for (uint32_t k = doc->timexes[i].tok_begin; k < doc->timexes[i].tok_end && k < nt;
			     k++)
				c.in_tx[k] = 1;
	for (size_t i = 0; i < doc->ntokens; i++) {
		c.tok_men[i] = -1;
		const ev_token *t = &doc->tokens[i];
		size_t n = t->end - t->start;
		char *o = c.low[i];
		o[0] = 0;
		c.cls[i] = 0;
		c.wh[i] = 0;
		c.wb[i][0] = c.wb[i][1] = 0;
		if (n >= sizeof c.low[i])
			continue;
		/* lower case and the FNV-1a hash in one pass; the hash of the first three
		 * letters (the stem's bit) is the same loop stopped early */
		const unsigned char *s = (const unsigned char *)doc->body + t->start;
		uint32_t h = 2166136261u, h3 = 0;
		size_t j;
		for (j = 0; j < n; j++) {
			unsigned char ch = s[j];
			ch = (unsigned char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
			o[j] = (char)ch;
			h = (h ^ ch) * 16777619u;
			if (j == 2)
				h3 = h;
		}
		o[j] = 0;
		c.wh[i] = h;
		c.wb[i][0] = (uint8_t)(h * 2654435761u >> 24);
		c.wb[i][1] = (uint8_t)((n > 3 ? h3 : h) * 2654435761u >> 24);
		c.cls[i] = classes_of(verbs, o, n, h);
	}
	c.n_tagged = c.cap_men = doc->nmentions;
	for (size_t m = 0; m < doc->nmentions; m++) {
		c.discards |= !strcmp(doc->mentions[m].code, EV_DISCARD_CODE);
		for (uint32_t k = doc->mentions[m].tok_begin; k < doc->mentions[m].tok_end; k++)
			if (k < doc->ntokens && c.tok_men[k] < 0)
				c.tok_men[k] = (int32_t)m;
	}
	c.fwd = option_actor(&c, c.o->forward);
	c.dsrc = option_actor(&c, c.o->default_source);
	c.dtgt = option_actor(&c, c.o->default_target);
	for (size_t s = 0; s < doc->nsents; s++) {
		c.sb = doc->sents[s].tok_begin;
		c.se = doc->sents[s].tok_end;
		memset(c.words, 0, sizeof c.words);
		size_t nw = 0, nup = 0;
		for (uint32_t k = c.sb; k < c.se; k++)
			if (doc->tokens[k].kind == EV_TOK_WORD) {
				nw++;
				nup += (doc->tokens[k].flags & EV_TF_UPPER) != 0;
			}
		c.caps = nw >= 4 && nup * 10 >= nw * 8;
		for (uint32_t k = c.sb; k < c.se; k++) {
			if (!c.low[k][0])
				continue;
			for (int j = 0; j < 2; j++) {
				unsigned b = c.wb[k][j];
				c.words[b >> 6] |= 1ull << (b & 63);
			}
		}
		if ((c.discards || verbs->ndiscards) && discarded(&c))
			continue;
		if (c.o->comma)
			comma_clauses(&c);
		ev_status st = code_sentence(&c, (uint32_t)s);
		if (st != EV_OK)
			return st;
	}
	return doc->arena->oom ? EV_ERR_NOMEM : EV_OK;
}
