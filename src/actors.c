/*
 * actors.c - who acts: names from the dictionaries composed with the role
 * words and countries around them ("Chinese Vice Premier Liu He", "China's
 * chief trade negotiator", "Gao Feng, a commerce ministry spokesman"),
 * unknown capitalized names taking the code of their title, short forms and
 * CJK aliases resolved within the document, and amounts.
 */
#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "amount.h"
#include "arena.h"
#include "dict.h"
#include "hash.h"
#include "strcopy.h"
#include "tok.h"
#include "eventline.h"

/* A hash multimap from a word or an id to entities, in the document's arena: long
 * documents name hundreds of entities, and a look-up must not read them all. */
typedef struct hnode {
	uint32_t h;
	int32_t ent;
	uint32_t next;   /* index + 1 of the next node of the same bucket, 0 at the end */
} hnode;

typedef struct hindex {
	uint32_t *head;   /* bucket -> index + 1 of its first node */
	size_t nhead;
	hnode *node;
	size_t nnode, cap;
} hindex;

typedef struct actx {
	ev_doc *d;
	const ev_dict *dict;
	const char *lc;          /* the body with ASCII lower-cased */
	int32_t date;            /* the DCT as YYYYMMDD, 0 when unknown */
	size_t sb, se;           /* the sentence */
	size_t capm, cape;
	/* the dictionary match at each token, looked up once */
	const dict_entry **ent;
	uint8_t *len;
	uint8_t *blocked;        /* tokens of temporal expressions: never names */
	uint16_t *wf;            /* each token's word flags (WF_*), found once per document */
	uint32_t *th;            /* each token's ev_whash (lower case), for the tables and dictionaries */
	uint8_t *given;          /* given names (Robert, Maria): evidence of a person */
	uint8_t *late;           /* a sentence's first word, left to the end of the document */
	uint32_t *last;          /* each entity: index + 1 of its last mention as an actor */
	hindex ids;              /* entities by their id */
	hindex words;            /* entities by each word of their canonical name, lower case */
	size_t nlast, scanned;   /* entities in last; mentions read into it */
	uint8_t *head;           /* each sentence: a headline in capitals */
	int headline;            /* the current sentence is one */
} actx;

static int function_word(const actx *c, size_t k);

static const char *const mention_types[] = {"", "PER", "ORG", "GPE", "LOC", "NORP", "MONEY",
                                            "PERCENT", "QUANTITY"};

const char *ev_mention_type_str(int type)
{
	return type >= 1 && type <= 8 ? mention_types[type] : "ORG";
}

/* Whether the n bytes at s spell the word w: stops at the first difference, most
 * often the first byte, and never reads past the end of either. */
static int word_eq(const char *w, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (w[i] == '\0' || w[i] != s[i])
			return 0;
	return w[n] == '\0';
}

static int tok_is(const actx *c, size_t k, const char *s)
{
	if (k >= c->se)
		return 0;
	const ev_token *t = &c->d->tokens[k];
	return word_eq(s, c->lc + t->start, t->end - t->start);
}

/* tok_is anywhere in the document, not only in the current sentence */
static int tok_is_any(const actx *c, size_t k, const char *s)
{
	return k < c->d->ntokens &&
	       word_eq(s, c->lc + c->d->tokens[k].start, c->d->tokens[k].end - c->d->tokens[k].start);
}

static int is_cap(const actx *c, size_t k);

static int is_possessive(const actx *c, size_t k)
{
	return k < c->se && (tok_is(c, k, "'s") || tok_is(c, k, "\xE2\x80\x99s") || tok_is(c, k, "'"));
}

/* Words that are capitalized for grammar or by convention (months and days that the
 * temporal tagger did not take, as in "Sept 21-26"), not because they name something.
 * "Jan", "Jun", "May", "March", "April", "June" and "August" are names too. */
static const char *const function_words[] = {
	"a", "according", "after", "all", "also", "although", "an", "and", "another", "any", "apr",
	"as", "at", "aug", "before", "both", "but", "by", "dec", "december", "despite", "dr",
	"during", "each", "earlier", "even", "every", "feb", "february", "finally", "first", "for",
	"friday", "from", "furthermore", "he", "her", "here", "his", "how", "however", "i", "if",
	"image", "in", "indeed", "instead", "it", "its", "january", "jul", "july", "just", "last",
	"later", "many", "meanwhile", "moreover", "most", "mr", "mrs", "monday", "ms", "my",
	"nevertheless", "new", "next", "no", "not", "nov", "november", "now", "oct", "october", "of",
	"on", "one", "only", "or", "other", "our", "over", "overall", "photo", "photos", "saturday",
	"second", "sep", "separately", "sept", "september", "she", "since", "sir", "so", "some",
	"still", "such", "sunday", "that", "the", "their", "then", "there", "these", "they", "this",
	"those", "though", "thursday", "to", "tuesday", "under", "until", "update", "we", "what",
	"when", "where", "which", "while", "wednesday", "who", "why", "with", "yes", "yet", "you",
	"your", NULL};

/* Words that make a name an organization: "Huawei Technologies", "Reform Commission"
 * (a period after them is dropped: "Inc."). */
static const char *const org_words[] = {
	"inc", "corp", "co", "ltd", "llc", "plc", "group", "bank", "department", "exchange",
	"organisation", "organization", "air", "airways", "motor", "ag", "sa", "nv", "gmbh", "bancorp",
	"securities", "fund", "trust", "partners", "capital", "energy", "oil", "telecom", "communications",
	"industries", "systems", "software", "pharmaceuticals", "newsroom", "police", "authority", "board",
	"centre", "center", "court", "parliament", "congress", "hotel", "hospital", "airport", "stadium",
	"school", "college", "museum", "church", "mosque", "temple", "palace", "party", "ministry",
	"university", "association", "council", "committee", "agency", "union", "club", "fc", "united",
	"airlines", "motors", "technologies", "holdings", "news", "times", "post", "institute",
	"foundation", "commission", "corporation", "company", "federation", "league", "army",
	/* companies by their trade */
	"bros", "cables", "controls", "chemical", "chemicals", "electric", "electronics", "power",
	"medical", "services", "copper", "steel", "mining", "petroleum", "resources", "bancshares",
	"financial", "insurance", "investments", "foods", "shipping", "engineering", "enterprises",
	"properties", "breweries", "textiles", "laboratories", "broadcasting", "semiconductor",
	"aerospace", "logistics", "pharma",
	/* clubs by the words of their names */
	"rovers", "wanderers", "athletic", "albion", "thistle", "hotspur", "argyle", "academical",
	"dynamo", "dinamo", "spartak", "lokomotiv", "olympique", "afc",
	/* legal forms of other countries */
	"ab", "spa", "bv", "oy", "oyj", "asa", "kk", "srl", "pte", "bhd", "tbk", "kgaa", "sarl",
	NULL};

/* Words that end the name of a place: "Wall Street", "Tiananmen Square", "Jackson Hole". */
static const char *const loc_words[] = {
	"street", "square", "road", "avenue", "park", "bridge", "valley", "bay", "island", "islands",
	"beach", "lake", "river", "mountain", "mountains", "mount", "falls", "heights", "hill", "hills",
	"harbour", "harbor", "coast", "cape", "peninsula", "province", "county", "state", "strait",
	"canal", "desert", "forest", "hole", "gorge", "plain", "plains", "gulf", "sea", "ocean",
	"district", "region", "prison", "camp", NULL};

/* Lower-case nouns that a place's name comes before: "Yangshan port", "Tongzhou district". */
static const char *const place_nouns[] = {
	"port", "airport", "city", "town", "village", "area", "township", "suburb", "prefecture", "border",
	"neighborhood", "neighbourhood", "municipality", NULL};

/* Events named like organizations ("World Cup", "U.S. Open", "Olympic Games"): not
 * actors, so not mentions. */
static const char *const event_words[] = {
	"cup", "open", "championship", "championships", "games", "olympics", "olympic", "series", "prix",
	"tour", "masters", "trophy", "classic", "marathon", "derby", "festival", "war", "day", "summit",
	"conference", "forum", "expo", "election", "elections", NULL};

/* Institutions and groups among role words are organizations, not persons. */
static const char *const group_words[] = {
	"government", "ministry", "cabinet", "administration", "parliament", "congress", "senate", "court",
	"police", "army", "navy", "military", "party", "union", "bank", "company", "department", "office",
	"council", "commission", "committee", "agency", "forces", "media", "state", "regime",
	"authorities", "legislature", "assembly", "embassy", NULL};

/*
 * Every word of the lists above in one open-addressing table, built once for the process
 * and read-only afterwards: each token is looked up once per document, and its flags
 * (WF_*) answer every later question about it with a bit test.
 */
enum {
	WF_FUNC = 1, WF_ORG = 2, WF_LOC = 4, WF_PLACE = 8, WF_EVENT = 16, WF_GROUP = 32, WF_ART = 64,
	WF_PART = 128, WF_COMPASS = 256, WF_PREP = 512, WF_SPORT = 1024, WF_PLAYER = 2048,
	/* not a list: a capitalized word outside the temporal expressions (is_cap), cleared
	 * when a sentence's expressions are marked */
	WF_CAPWORD = 4096,
	WF_CJK = 8192     /* nor this: a CJK token, which may be an alias */
};
#define WORD_SLOTS 1024u
#define WORD_MAX 16

typedef struct word_slot {
	const char *w;
	uint64_t ka, kb; /* its bytes as two words, zero-padded: compared with a plain token's */
	uint32_t h;      /* the word's full hash: a probe that meets another word ends here */
	uint8_t n;
	uint16_t flags;
} word_slot;

/* A bit for the hash of every word of the table: four words in five of a text are in
 * none of the lists and are told so with one bit test. */
#define WORD_BITS 16384u

static word_slot word_table[WORD_SLOTS];
static uint64_t word_bits[WORD_BITS / 64];
static pthread_once_t word_once = PTHREAD_ONCE_INIT;

static void word_table_add(const char *const *list, uint16_t flag)
{
	for (; *list; list++) {
		size_t n = strlen(*list);
		uint32_t full = ev_whash(*list, n), h = full & (WORD_SLOTS - 1);
		while (word_table[h].w && (word_table[h].n != n || memcmp(word_table[h].w, *list, n)))
			h = (h + 1) & (WORD_SLOTS - 1);
		word_table[h].w = *list;
		char pad[16] = {0};
		memcpy(pad, *list, n < 16 ? n : 16);
		memcpy(&word_table[h].ka, pad, 8);
		memcpy(&word_table[h].kb, pad + 8, 8);
		word_table[h].h = full;
		word_table[h].n = (uint8_t)n;
		word_table[h].flags |= flag;
		word_bits[(full & (WORD_BITS - 1)) / 64] |= 1ULL << (full % 64);
	}
}

static void word_table_build(void)
{
	word_table_add(function_words, WF_FUNC);
	word_table_add(org_words, WF_ORG);
	word_table_add(loc_words, WF_LOC);
	word_table_add(place_nouns, WF_PLACE);
	word_table_add(event_words, WF_EVENT);
	word_table_add(group_words, WF_GROUP);
	static const char *const articles[] = {"the", "a", "an", NULL};
	word_table_add(articles, WF_ART);
	static const char *const particles[] = {"van", "von", "der", "den", "de", "del", "della",
	                                        "di", "da", "dos", "das", "du", "la", "le", "bin",
	                                        "ibn", "ter", "ten", NULL};
	word_table_add(particles, WF_PART);
	static const char *const compass[] = {"north", "south", "east", "west", "northern",
	                                      "southern", "eastern", "western", "northeast",
	                                      "northwest", "southeast", "southwest", "northeastern",
	                                      "northwestern", "southeastern", "southwestern", NULL};
	word_table_add(compass, WF_COMPASS);
	/* prepositions and verbs before a place: "in Washington" is the place, not the
	 * government */
	static const char *const preps[] = {"in", "at", "to", "from", "near", "via", "across",
	                                    "outside", "inside", "into", "toward", "towards",
	                                    "around", "throughout", "between", "of", "visit",
	                                    "visited", "visiting", NULL};
	word_table_add(preps, WF_PREP);
	/* the verbs of a result between two sides: "Essex beat Kent", "Surrey v Somerset" */
	static const char *const sport[] = {"beat", "beats", "drew", "draw", "v", "vs", "v.", "vs.",
	                                    "defeated", "edged", "thrashed", "routed", "lost", NULL};
	word_table_add(sport, WF_SPORT);
	/* the people of a side: "Warwickshire captain Tim Munton", "Derbyshire's coach" */
	static const char *const player[] = {"captain", "skipper", "coach", "manager", "striker",
	                                     "midfielder", "goalkeeper", "defender", "batsman",
	                                     "bowler", "wicketkeeper", "pitcher", "quarterback",
	                                     "winger", "playmaker", "fly-half", "scrum-half",
	                                     "all-rounder", NULL};
	word_table_add(player, WF_PLAYER);
}

static inline unsigned word_table_get_hashed(const char *s, size_t n, uint32_t h)
{
	if (n == 0 || n > WORD_MAX || !(word_bits[(h & (WORD_BITS - 1)) / 64] & (1ULL << (h % 64))))
		return 0;
	for (uint32_t i = h & (WORD_SLOTS - 1); word_table[i].w; i = (i + 1) & (WORD_SLOTS - 1))
		if (word_table[i].h == h && word_table[i].n == n && memcmp(word_table[i].w, s, n) == 0)
			return word_table[i].flags;
	return 0;
}

/* The same for a plain token (TOK_PLAIN) of n bytes read as the two masked words a and b
 * of ev_whash16: two integer compares, no memcmp. */
static inline unsigned word_table_get_key(uint64_t a, uint64_t b, size_t n, uint32_t h)
{
	/* the home slot without a branch (a word listed or not follows no pattern); the
	 * search goes on only when the bit says the word may be filed further on.  Equal
	 * words are equal at home: a plain token has no zero byte, so its masked words equal
	 * a listed word's padded ones only when the two are the same word */
	const word_slot *s = &word_table[h & (WORD_SLOTS - 1)];
	unsigned home = (s->ka == a) & (s->kb == b);
	unsigned bit = (unsigned)(word_bits[(h & (WORD_BITS - 1)) / 64] >> (h % 64)) & 1u;
	if (!(bit & (home ^ 1u)))
		return s->flags & (0u - home);
	for (uint32_t i = h & (WORD_SLOTS - 1); word_table[i].w; i = (i + 1) & (WORD_SLOTS - 1))
		if (word_table[i].h == h && word_table[i].n == n && word_table[i].ka == a &&
		    word_table[i].kb == b)
			return word_table[i].flags;
	return 0;
}

/* The flags of token k, whose lower-case hash is h: function and organization words are
 * read without a final period ("Mr.", "Inc."); a function word must be a word. */
static unsigned word_flags(const actx *c, size_t k, uint32_t h)
{
	const ev_token *t = &c->d->tokens[k];
	size_t n = t->end - t->start;
	const char *s = c->lc + t->start;
	/* every listed word is letters only */
	if (t->kind != EV_TOK_WORD || n == 0 || n > WORD_MAX + 1)
		return 0;
	unsigned f = word_table_get_hashed(s, n, h);
	if (s[n - 1] == '.')
		f = (f & ~(unsigned)(WF_FUNC | WF_ORG)) |
		    (word_table_get_hashed(s, n - 1, ev_whash(s, n - 1)) & (WF_FUNC | WF_ORG));
	return f;
}

static int org_word(const actx *c, size_t k);

/* A capitalized word of the sentence, not in a temporal expression. */
static int is_cap(const actx *c, size_t k)
{
	return k < c->se && (c->wf[k] & WF_CAPWORD);
}

static int function_word(const actx *c, size_t k)
{
	return c->wf[k] & WF_FUNC;
}
static int32_t short_form(actx *c, size_t b, size_t e);
static void copy_entity(actx *c, ev_mention *m, int32_t ent);
static int event_name(const actx *c, size_t b, size_t e);
static int loc_word(const actx *c, size_t k);
static int place_noun(const actx *c, size_t k);

static int same_word(const actx *c, size_t a, size_t b)
{
	const ev_token *x = &c->d->tokens[a], *y = &c->d->tokens[b];
	return x->end - x->start == y->end - y->start &&
	       memcmp(c->lc + x->start, c->lc + y->start, x->end - x->start) == 0;
}

/* "Chinese-made", "US-based", "Saudi-led": a capital, then a lower-case last part after a
 * hyphen, is an adjective, not a name. */
static int hyphen_adjective(const actx *c, size_t k)
{
	static const char *const tails[] = {"made", "run", "born", "style", "wide", "era", "type",
	                                    "level", "class", "bound", "speaking", "language",
	                                    "friendly", "centric", "leaning", "held", "built",
	                                    "grown", "bred", NULL};
	const ev_token *t = &c->d->tokens[k];
	const char *s = c->d->body + t->start;
	size_t n = t->end - t->start;
	for (size_t i = n; i-- > 1;)
		if (s[i - 1] == '-') {
			/* a lower-case last part that is a participle or an adjective's noun
			 * ("US-based", "Chinese-made"), not a syllable of a name ("Kang Young-hoon") */
			if (s[i] < 'a' || s[i] > 'z')
				return 0;
			size_t m = n - i;
			if (m >= 3 && s[n - 2] == 'e' && s[n - 1] == 'd')
				return 1;
			for (int w = 0; tails[w]; w++)
				if (word_eq(tails[w], s + i, m))
					return 1;
			return 0;
		}
	return 0;
}


/* A particle of names in any case: "Van" of "Van Moer", "van der" of "Joost van der
 * Westhuizen", "bin". */
static int lc_particle(const actx *c, size_t k)
{
	return c->wf[k] & WF_PART;
}

/* A particle inside a name is in lower case. */
static int name_particle(const actx *c, size_t k)
{
	return !(c->d->tokens[k].flags & EV_TF_CAP) && lc_particle(c, k);
}

/* "al-Saadani", "el-Sisi": a family name with the Arabic article. */
static int arabic_article(const actx *c, size_t k)
{
	const ev_token *t = &c->d->tokens[k];
	const char *s = c->d->body + t->start;
	return t->kind == EV_TOK_WORD && t->end - t->start > 4 && (s[0] == 'a' || s[0] == 'e') &&
	       s[1] == 'l' && s[2] == '-' && s[3] >= 'A' && s[3] <= 'Z';
}

/* A run of capitalized words from k that no dictionary knows: a name. */
static size_t unknown_name(const actx *c, size_t k)
{
	size_t j = k;
	/* "Â£2bn": a lone letter glued to a symbol is a mis-decoded byte (UTF-8
	 * read as Latin-1 and encoded again), no name */
	const ev_token *t = &c->d->tokens[k];
	if (t->end - t->start <= 2 && k + 1 < c->d->ntokens &&
	    c->d->tokens[k + 1].kind == EV_TOK_SYMBOL && c->d->tokens[k + 1].start == t->end &&
	    (unsigned char)c->d->body[t->start] >= 0xC0)
		return 0;
	/* a leader's bare surname after another capitalized word is a different person's
	 * name: "Ivanka Trump" */
	while (j < c->se && j - k < 5 && is_cap(c, j) &&
	       (!c->ent[j] || (j > k && c->ent[j]->type == DT_PER && (c->ent[j]->flags & DF_AMBIGUOUS) &&
	                       c->len[j] == 1) ||
	        /* a given name before a one-word place: "Lindsay Davenport" */
	        (j == k + 1 && c->given[k] && c->len[j] == 1 &&
	         (c->ent[j]->type == DT_GPE || c->ent[j]->type == DT_LOC))) &&
	       !function_word(c, j) &&
	       !hyphen_adjective(c, j) &&
	       !(c->d->tokens[j].flags & EV_TF_UPPER && c->d->tokens[j].end - c->d->tokens[j].start > 5)) {
		/* a lone capital letter is no name ("S", "V"), an initial "A." is */
		if (c->d->tokens[j].end - c->d->tokens[j].start == 1)
			break;
		j++;
		/* particles inside a name: "Joost van der Westhuizen", "Aravinda de Silva",
		 * "Rami al-Saadani" */
		size_t p = j;
		while (p < c->se && p - j < 2 && name_particle(c, p))
			p++;
		if (p > j && p < c->se && is_cap(c, p) && !c->ent[p] && !function_word(c, p))
			j = p;
		else if (j < c->se && arabic_article(c, j))
			j++;
	}
	/* "National Development and Reform Commission", "Securities and Exchange
	 * Commission": "and" joins one organization's name when two or more capitalized
	 * words follow it and the last is an organization word ("Pelosi and Congress"
	 * stays two).  Two whole names stay two: "Johnson Controls Inc and Lear Corp",
	 * "Kansai Electric and Kansai Airport". */
	if (j > k && j + 1 < c->se && tok_is(c, j, "and") &&
	    !(j - k >= 2 && org_word(c, j - 1)) && !same_word(c, k, j + 1)) {
		size_t q = j + 1;
		while (q < c->se && q - j <= 3 && is_cap(c, q) && !c->ent[q] && !function_word(c, q))
			q++;
		if (q >= j + 3 && org_word(c, q - 1))
			j = q;
	}
	/* "Chicago Board of Trade", "University of Michigan", "Bank of Tokyo": "of" and a
	 * place or capitalized words after an organization word are part of its name */
	if (j > k && j + 1 < c->se && org_word(c, j - 1) && tok_is(c, j, "of") && is_cap(c, j + 1)) {
		size_t q = j + 1;
		if (c->ent[q] && (c->ent[q]->type == DT_GPE || c->ent[q]->type == DT_LOC)) {
			q += c->len[q];
		} else {
			while (q < c->se && q - j <= 3 && is_cap(c, q) && !c->ent[q] && !function_word(c, q))
				q++;
		}
		if (q > j + 1)
			j = q;
	}
	/* "Douglas & Lomason", "Standard & Poor": "&" between capitalized words */
	while (j > k && j + 1 < c->se && tok_is(c, j, "&") && is_cap(c, j + 1)) {
		size_t q = j + 1;
		while (q < c->se && q - j <= 3 && is_cap(c, q) && !function_word(c, q) &&
		       (!c->ent[q] || c->len[q] == 1))
			q++;
		if (q == j + 1)
			break;
		j = q;
	}
	/* "Hong Kong-listed", "New York-based": the words before such an adjective are
	 * part of it */
	if (j < c->se && is_cap(c, j) && hyphen_adjective(c, j))
		return 0;
	/* "Huawei Technologies Co": a company suffix belongs to the name */
	return j - k;
}

/* ------------------------------------------------------------- output */

static ev_mention *add_mention(actx *c, size_t b, size_t e, int type)
{
	ev_doc *d = c->d;
	if (d->nmentions == c->capm) {
		size_t nc = c->capm ? c->capm * 2 : 32;
		ev_mention *nm = arena_grow(d->arena, d->mentions, c->capm * sizeof *nm, nc * sizeof *nm);
		if (!nm)
			return NULL;
		d->mentions = nm;
		c->capm = nc;
	}
	ev_mention *m = &d->mentions[d->nmentions++];
	memset(m, 0, sizeof *m);
	m->tok_begin = (uint32_t)b;
	m->name_begin = (uint32_t)b;
	m->tok_end = (uint32_t)e;
	m->start = d->tokens[b].start;
	m->end = d->tokens[e - 1].end;
	m->type = (uint8_t)type;
	m->entity = -1;
	m->mod = "";
	return m;
}

static int hindex_add(ev_arena *a, hindex *ix, uint32_t h, int32_t ent)
{
	if (ix->nnode == ix->cap) {
		size_t nc = ix->cap ? ix->cap * 2 : 64;
		hnode *nn = arena_grow(a, ix->node, ix->cap * sizeof *nn, nc * sizeof *nn);
		if (!nn)
			return -1;
		ix->node = nn;
		ix->cap = nc;
	}
	if (2 * (ix->nnode + 1) > ix->nhead) {
		/* twice the buckets, every node filed again */
		size_t nh = ix->nhead ? ix->nhead * 2 : 128;
		uint32_t *head = arena_alloc(a, nh * sizeof *head);
		if (!head)
			return -1;
		memset(head, 0, nh * sizeof *head);
		for (size_t i = 0; i < ix->nnode; i++) {
			uint32_t b = ix->node[i].h & (uint32_t)(nh - 1);
			ix->node[i].next = head[b];
			head[b] = (uint32_t)(i + 1);
		}
		ix->head = head;
		ix->nhead = nh;
	}
	uint32_t b = h & (uint32_t)(ix->nhead - 1);
	ix->node[ix->nnode] = (hnode){h, ent, ix->head[b]};
	ix->head[b] = (uint32_t)(++ix->nnode);
	return 0;
}

/* The first node of hash h, or NULL; hindex_next gives the next one of the same hash. */
static const hnode *hindex_first(const hindex *ix, uint32_t h)
{
	if (!ix->nhead)
		return NULL;
	for (uint32_t i = ix->head[h & (uint32_t)(ix->nhead - 1)]; i; i = ix->node[i - 1].next)
		if (ix->node[i - 1].h == h)
			return &ix->node[i - 1];
	return NULL;
}

static const hnode *hindex_next(const hindex *ix, const hnode *n)
{
	for (uint32_t i = n->next; i; i = ix->node[i - 1].next)
		if (ix->node[i - 1].h == n->h)
			return &ix->node[i - 1];
	return NULL;
}

/* The hash of s[0..n) with ASCII capitals lowered. */
static uint32_t fnv1a_lower(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		h = (h ^ (ch >= 'A' && ch <= 'Z' ? ch + 32u : ch)) * 16777619u;
	}
	return h;
}

/* The entity with this id, or -1. */
static int32_t entity_find(const actx *c, const char *id, size_t idlen)
{
	for (const hnode *n = hindex_first(&c->ids, fnv1a(id, idlen)); n; n = hindex_next(&c->ids, n)) {
		const char *eid = c->d->entities[n->ent].id;
		if (strncmp(eid, id, idlen) == 0 && eid[idlen] == '\0')
			return n->ent;
	}
	return -1;
}

/* The entity with this id, or a new one. */
static int32_t entity_for(actx *c, const char *id, size_t idlen, const char *canonical,
                          size_t clen, int type, uint32_t first_tok)
{
	ev_doc *d = c->d;
	int32_t found = entity_find(c, id, idlen);
	if (found >= 0)
		return found;
	if (d->nentities == c->cape) {
		size_t nc = c->cape ? c->cape * 2 : 16;
		ev_entity *ne = arena_grow(d->arena, d->entities, c->cape * sizeof *ne, nc * sizeof *ne);
		if (!ne)
			return -1;
		d->entities = ne;
		c->cape = nc;
	}
	ev_entity *en = &d->entities[d->nentities];
	memset(en, 0, sizeof *en);
	en->id = arena_strndup(d->arena, id, idlen);
	en->canonical = arena_strndup(d->arena, canonical, clen);
	en->type = (uint8_t)type;
	en->first_tok = first_tok;
	if (!en->id || !en->canonical)
		return -1;
	int32_t ent = (int32_t)d->nentities++;
	if (hindex_add(d->arena, &c->ids, fnv1a(id, idlen), ent) < 0)
		return -1;
	for (const char *w = en->canonical; *w;) {
		const char *we = w;
		while (*we && *we != ' ')
			we++;
		if (we > w && hindex_add(d->arena, &c->words, fnv1a_lower(w, (size_t)(we - w)), ent) < 0)
			return -1;
		w = we;
		while (*w == ' ')
			w++;
	}
	return ent;
}

/* An id from words: "Gao Feng" -> "gao_feng". */
static size_t make_id(const actx *c, size_t b, size_t e, char *out, size_t cap)
{
	size_t o = 0;
	for (size_t k = b; k < e && o + 2 < cap; k++) {
		const ev_token *t = &c->d->tokens[k];
		if (t->kind == EV_TOK_PUNCT)
			continue;
		if (o)
			out[o++] = '_';
		for (uint32_t i = t->start; i < t->end && o + 1 < cap; i++) {
			unsigned char ch = (unsigned char)c->lc[i];
			out[o++] = ch == '.' || ch == '\'' ? '_' : (char)ch;
		}
	}
	while (o && out[o - 1] == '_')
		o--;
	out[o] = '\0';
	return o;
}

/* A mention of unknown words [b, e) as a name of its own: its entity is keyed by
 * its words ("gao_feng"). */
static ev_mention *new_name(actx *c, size_t b, size_t e, int type)
{
	ev_mention *m = add_mention(c, b, e, type);
	if (m) {
		char id[128];
		size_t idl = make_id(c, b, e, id, sizeof id);
		m->entity = entity_for(c, id, idl, c->d->body + m->start, m->end - m->start, type,
		                       (uint32_t)b);
	}
	return m;
}

/* The entity named by the same words [b, e) before ("Harrowgate" after "Harrowgate 4"),
 * or -1.  The words themselves must be its name, not only its id: "Can" is not Canada,
 * whose id is "can". */
static int32_t same_name(const actx *c, size_t b, size_t e)
{
	char id[128];
	int32_t ent = entity_find(c, id, make_id(c, b, e, id, sizeof id));
	size_t n = c->d->tokens[e - 1].end - c->d->tokens[b].start;
	const char *s = c->d->body + c->d->tokens[b].start;
	if (ent >= 0 && (strlen(c->d->entities[ent].canonical) != n ||
	                 strncasecmp(c->d->entities[ent].canonical, s, n)))
		return -1;
	return ent;
}

static void set_code(ev_mention *m, const char *code)
{
	str_copy(m->code, sizeof m->code, code ? code : "", SIZE_MAX);
}

/* Whether code holds part (a code of three letters or more) at a place that is a
 * multiple of three: TABARI adds an agent's code to an actor's only when it is not
 * already there ("Quibbler [HGWGOVMED] government newspaper [~GOVMED]" stays
 * HGWGOVMED), and only whole codes count (NGM is not in GONGMO). */
static int has_code_at3(const char *code, const char *part)
{
	size_t n = strlen(code), pn = strlen(part);
	if (pn < 3)
		return 0;
	for (size_t i = 0; i + pn <= n; i += 3)
		if (!memcmp(code + i, part, pn))
			return 1;
	return 0;
}

/* The code of a leading agent, a country and a role (NGO + ARN, CHN + GOV), cut at
 * 15 bytes as a code of 16 bytes made with snprintf's "%s%s%s" was.  A lead or role
 * already in the country's code is not added again. */
static void set_code3(ev_mention *m, const char *lead, const char *country, const char *role)
{
	char code[16];
	if (lead && has_code_at3(country, lead))
		lead = "";
	if (role && has_code_at3(country, role))
		role = "";
	str_copy(code, sizeof code, lead, SIZE_MAX);
	size_t n = strlen(code);
	str_copy(code + n, sizeof code - n, country, SIZE_MAX);
	n = strlen(code);
	str_copy(code + n, sizeof code - n, role ? role : "", SIZE_MAX);
	set_code(m, code);
}

/* Role code of a role entry (its code, e.g. GOV). */
static const char *role_code(const actx *c, const dict_entry *e)
{
	return dict_code_at(c->dict, e, c->date);
}

/* Institutions and groups among role words are organizations, not persons. */
static int role_is_group(const actx *c, size_t b, size_t e)
{
	const ev_token *t = &c->d->tokens[e - 1];
	size_t n = t->end - t->start;
	const char *s = c->lc + t->start;
	(void)b;
	if (n > 3 && s[n - 1] == 's' && s[n - 2] != 's')
		return 1;   /* plural: lawmakers, troops, officials */
	return c->wf[e - 1] & WF_GROUP;
}

/* ------------------------------------------------------------ phrases */

/* Token k is a spokesman, spokeswoman, spokesperson or their plurals. */
static int spokes_word(const actx *c, size_t k)
{
	const ev_token *t = &c->d->tokens[k];
	return t->end - t->start > 6 && !memcmp(c->lc + t->start, "spokes", 6);
}

/* A CAMEO sector code ("Treasury [GOV]" is some country's treasury, not a country
 * called GOV). */
static int sector_code(const char *code)
{
	static const char sectors[] = "AGR BUS COP CRM CVL DEV EDU ELI ENV GOV HLH HRI IGO IMG "
	                              "INS JUD LAB LEG MED MIL MNC NGM NGO OPP PTY RAD REB REF "
	                              "REL SEP SPY UAF UIS ";
	if (strlen(code) != 3)
		return 0;
	for (const char *p = sectors; *p; p += 4)
		if (!memcmp(p, code, 3))
			return 1;
	return 0;
}

/*
 * An organization that composes with role words as a country does: one with a
 * bare three-letter code (GON, ARN: the old coders' country actors carry no
 * type; "Gondor's government" GONGOV), or an untyped actor of their files
 * whose code begins with a country ("Washington [USAGOV] officials" USAGOV).
 */
static int state_like(const actx *c, const dict_entry *e)
{
	if (e->type != DT_ORG)
		return 0;
	const char *code = dict_code_at(c->dict, e, c->date);
	if (!code || strlen(code) < 3 || !isupper((unsigned char)code[0]) ||
	    !isupper((unsigned char)code[1]) || !isupper((unsigned char)code[2]))
		return 0;
	/* a bare country code (GON), or, in the old coders' files, any actor whose
	 * code is made of three-letter codes: "Washington [USAGOV] security officials",
	 * "the Quibbler [HGWGOVMED] government newspaper" */
	size_t n = strlen(code);
	if (n == 3)
		return 1;
	if (!(e->flags & DF_UNTYPED) || n % 3)
		return 0;
	for (size_t i = 3; i < n; i++)
		if (!isupper((unsigned char)code[i]))
			return 0;
	return 1;
}

/* The code a role composes with: a country's three letters, but the whole code of
 * an actor of the old coders' files (TABARI appends an agent to the actor's code:
 * "White House [USAGOV]" + "former" officials is USAGOVELI). */
static void composing_code(const actx *c, const dict_entry *e, char *out, size_t cap)
{
	const char *co = dict_str(c->dict, e->country);
	const char *code = dict_code_at(c->dict, e, c->date);
	if (!co)
		co = code;
	size_t keep = (e->flags & DF_UNTYPED) && e->type == DT_ORG && state_like(c, e) ? SIZE_MAX : 3;
	str_copy(out, cap, co ? co : "", keep);
}

/* TABARI and CAMEO: a "former" official is one of the elites (ELI), whatever the
 * office: "Arnor former security officials" ARNELI.  Only for the agents of the
 * old coders' files, which carry no dates of office. */
static int former_agent(const actx *c, const dict_entry *role, size_t b, size_t e)
{
	if (!role || !(role->flags & DF_AGENT))
		return 0;
	for (size_t q = b; q < e; q++)
		if (tok_is(c, q, "former"))
			return 1;
	return 0;
}

/* A lower-case word in -ed: after a role word, most likely its verb ("police
 * arrested students"; but "bank holding company" is one name). */
static int verb_ending(const actx *c, size_t q)
{
	const ev_token *t = &c->d->tokens[q];
	size_t n = t->end - t->start;
	const char *w = c->lc + t->start;
	return n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd';
}

/* Only an article, a dictionary word or a capital can open a phrase: most words are
 * passed over by this test, which the tagger's loop makes before calling actor_phrase. */
static int may_open_phrase(const actx *c, size_t k)
{
	return c->ent[k] || (c->wf[k] & WF_ART) || is_cap(c, k);
}

/*
 * An actor phrase at k: [the] [COUNTRY | COUNTRY's | NORP] ROLE... [NAME]
 * where NAME is a PER from the dictionary or unknown capitalized words.
 * Returns its end, or k when there is none.
 */
static size_t actor_phrase(actx *c, size_t k)
{
	size_t j = k;
	if (!may_open_phrase(c, k))
		return k;
	/* a phrase needs a country, a role or a leader from the dictionaries, at k or after
	 * an article and at most three qualifiers: with no entry that near there is none */
	size_t lim = k + 5 < c->se ? k + 5 : c->se;
	uintptr_t near = 0;
	for (size_t q = k; q < lim; q++)
		near |= (uintptr_t)c->ent[q];   /* no early exit: the loop runs five times */
	if (!near)
		return k;
	if (c->wf[j] & WF_ART)
		j++;
	const dict_entry *country = NULL;
	/* "MSF Arnor", "an MSF Arnor diplomat": an agent whose code goes first
	 * (NGO~) before a country: NGOARN, NGOARNGOV */
	const dict_entry *prefix = NULL;
	size_t pb = j;
	if (j < c->se && c->ent[j] && c->ent[j]->type == DT_ROLE && (c->ent[j]->flags & DF_PREFIX)) {
		size_t after = j + c->len[j];
		if (after < c->se && c->ent[after] &&
		    (c->ent[after]->type == DT_NORP || c->ent[after]->type == DT_GPE ||
		     state_like(c, c->ent[after]))) {
			prefix = c->ent[j];
			country = c->ent[after];
			j = after + c->len[after];
			if (is_possessive(c, j))
				j++;
		}
	}
	size_t cb = prefix ? pb : j;
	if (prefix) {
		/* the country is taken */
	} else if (j < c->se && c->ent[j] &&
	    (c->ent[j]->type == DT_NORP || c->ent[j]->type == DT_GPE || state_like(c, c->ent[j]))) {
		size_t after = j + c->len[j];
		if (c->ent[j]->type == DT_NORP) {
			country = c->ent[j];
			j = after;
		} else if (is_possessive(c, after)) {
			country = c->ent[j];
			j = after + 1;
		} else if (after < c->se && c->ent[after] && c->ent[after]->type == DT_ROLE) {
			country = c->ent[j];
			j = after;
		} else if (after + 1 < c->se && tok_is(c, after, "former") && c->ent[after + 1] &&
		           c->ent[after + 1]->type == DT_ROLE && (c->ent[after + 1]->flags & DF_AGENT)) {
			country = c->ent[j];   /* "Arnor former security officials" */
			j = after;
		}
	} else if (j < c->se && c->ent[j] && c->ent[j]->type == DT_PER && c->ent[j]->country &&
	           j + c->len[j] < c->se && c->ent[j + c->len[j]] &&
	           c->ent[j + c->len[j]]->type == DT_ROLE &&
	           (tok_is(c, j + c->len[j], "administration") || tok_is(c, j + c->len[j], "government") ||
	            tok_is(c, j + c->len[j], "cabinet"))) {
		/* "the Trump administration", "the Modi government": the leader's country */
		country = c->ent[j];
		j += c->len[j];
	}
	/* role words, with capitalized qualifiers between them (Trade Representative,
	 * Commerce Minister, Ministry of Commerce spokesman) */
	size_t rb = j, re = j;
	const dict_entry *role = NULL;
	while (j < c->se) {
		if (c->ent[j] && c->ent[j]->type == DT_ROLE) {
			role = c->ent[j];
			j += c->len[j];
			re = j;
			continue;
		}
		/* a qualifier before a role word: capitalized ("Trade Representative"),
		 * or lower case inside a noun phrase ("China's chief trade negotiator",
		 * "the top economic aide") but not a verb ("told reporters") */
		size_t q = j;
		int np = k < j && ((c->wf[k] & WF_ART) ||
		                   country);
		while (q < c->se && q - j < 3 && !c->ent[q] && c->d->tokens[q].kind == EV_TOK_WORD &&
		       (!function_word(c, q) || (np && tok_is(c, q, "first"))) &&   /* "first deputy" */
		       (is_cap(c, q) || (np && !(q > j && is_cap(c, q - 1)))) &&
		       !(role && !is_cap(c, q) && verb_ending(c, q)))
			q++;   /* "Russian police arrested students": a verb after a role ends it,
			        * and a lower-case word after a name ("MP Lembit Opik said ministers") */
		/* (not "Inspector General met General Petraeus": a title in capitals
		 * after lower-case words begins another phrase) */
		if (q > j && q < c->se && c->ent[q] && c->ent[q]->type == DT_ROLE &&
		    !(role && !is_cap(c, q - 1) && is_cap(c, q))) {
			j = q;
			continue;
		}
		/* "Ministry of Commerce", "Minister of Foreign Affairs" */
		if (role && tok_is(c, j, "of") && is_cap(c, j + 1)) {
			size_t q2 = j + 1;
			while (q2 < c->se && is_cap(c, q2) && !c->ent[q2] && q2 - j < 5)
				q2++;
			if (q2 > j + 1) {
				j = q2;
				re = j;
				continue;
			}
		}
		break;
	}
	if (!role && !country)
		return k;
	/* the old coders' agent before their actor composes with it as with a country
	 * before it: "minister Calimehtar [CAL]" is CALGOV; not when an actor stands
	 * right before the agent, whose agent it is ("Arnor and Gondor Defense
	 * Ministers Arnor and Gondor") */
	if (role && !country && !prefix && (role->flags & DF_AGENT) && re < c->se && c->ent[re] &&
	    (c->ent[re]->flags & DF_UNTYPED) && state_like(c, c->ent[re]) &&
	    !(c->d->nmentions && c->d->mentions[c->d->nmentions - 1].tok_end == k)) {
		country = c->ent[re];
		re += c->len[re];
	}
	/* the name */
	size_t nb = re, ne = re;
	const dict_entry *person = NULL;
	if (nb < c->se && c->ent[nb] && c->ent[nb]->type == DT_PER) {
		person = c->ent[nb];
		ne = nb + c->len[nb];
	} else if (role && is_cap(c, nb)) {
		ne = nb + unknown_name(c, nb);
		if (ne > nb && event_name(c, nb, ne) && (role->flags & DF_AMBIGUOUS))
			return k;   /* "the next General Election": an event, no general */
	}
	if (!role && !person && ne == nb && !prefix)
		return k;   /* a country alone is handled as a plain match */

	char cc[16] = "";
	if (country)
		composing_code(c, country, cc, sizeof cc);
	const char *rc = role ? role_code(c, role) : NULL;
	if (!prefix && sector_code(cc)) {
		/* "a Treasury spokesman", "IOC president Jacques Rogge": the people of a
		 * body coded by its sector alone (GOV, NGO) take its code, of no country */
		rc = dict_code_at(c->dict, country, c->date);
		cc[0] = '\0';
	} else if (country && role && re > rb && (country->type == DT_NORP || country->type == DT_ORG)) {
		/* "Lib Dem home affairs spokesman": a party's spokesman speaks for it */
		const char *co = dict_code_at(c->dict, country, c->date);
		if (spokes_word(c, re - 1) && co && strlen(co) == 6)
			rc = co + 3;
	}
	if (former_agent(c, role, k > c->sb ? k - 1 : k, re))
		rc = "ELI";
	const char *lead = prefix ? role_code(c, prefix) : NULL;   /* goes before the country */
	if (!lead || !strcmp(lead, cc))
		lead = "";   /* "human rights activists Amnesty International": NGM once */
	/* the mention: the name if there is one, else the whole phrase */
	if (ne > nb) {
		ev_mention *m = add_mention(c, k == cb || c->ent[k] ? k : cb, ne, EV_MEN_PER);
		if (!m)
			return k;
		m->tok_begin = (uint32_t)(country ? cb : rb);
		m->name_begin = (uint32_t)nb;
		m->start = c->d->tokens[m->tok_begin].start;
		/* "Ambassador Lighthizer", "President Chirac" after the full name: that
		 * person, with the code the dictionary gave the full name */
		int32_t prior = !person && ne == nb + 1 ? short_form(c, nb, ne) : -1;
		if (prior >= 0 && c->d->entities[prior].type == EV_MEN_PER && c->d->entities[prior].code[0] &&
		    (c->d->entities[prior].country[0] || !cc[0])) {
			copy_entity(c, m, prior);
			if (!m->role[0] && rc && strlen(m->code) == 3) {
				/* the title says what the dictionary does not at this date */
				set_code3(m, lead, m->country, rc);
				str_copy(m->role, sizeof m->role, rc, SIZE_MAX);
			}
			return ne;
		}
		char id[128];
		size_t idl;
		const char *canon;
		size_t canl;
		if (person) {
			set_code(m, dict_code_at(c->dict, person, c->date));
			const char *pid = dict_str(c->dict, person->id);
			idl = snprintf(id, sizeof id, "%s", pid ? pid : "person");
			const char *pc = dict_str(c->dict, person->canonical);
			canon = pc ? pc : c->d->body + c->d->tokens[nb].start;
			canl = pc ? strlen(pc) : c->d->tokens[ne - 1].end - c->d->tokens[nb].start;
			const char *pco = dict_str(c->dict, person->country);
			str_copy(m->country, sizeof m->country, pco ? pco : cc, SIZE_MAX);
		} else {
			set_code3(m, lead, cc, rc);
			str_copy(m->country, sizeof m->country, cc, SIZE_MAX);
			idl = make_id(c, nb, ne, id, sizeof id);
			canon = c->d->body + c->d->tokens[nb].start;
			canl = c->d->tokens[ne - 1].end - c->d->tokens[nb].start;
		}
		if (strlen(m->code) > 3)
			str_copy(m->role, sizeof m->role, m->code + 3, SIZE_MAX);
		else if (rc)
			str_copy(m->role, sizeof m->role, rc, SIZE_MAX);
		m->entity = entity_for(c, id, idl, canon, canl, EV_MEN_PER, m->tok_begin);
		if (m->entity >= 0) {
			ev_entity *en = &c->d->entities[m->entity];
			memcpy(en->code, m->code, sizeof en->code);
			memcpy(en->country, m->country, sizeof en->country);
			memcpy(en->role, m->role, sizeof en->role);
		}
		return ne;
	}
	/* no name: "China's chief trade negotiator", "the vice premier", "US lawmakers" */
	ev_mention *m = add_mention(c, country ? cb : rb, re,
	                            role_is_group(c, rb, re) || (prefix && !role) ? EV_MEN_ORG
	                                                                          : EV_MEN_PER);
	if (!m)
		return k;
	m->nominal = 1;
	if (cc[0] || rc)
		set_code3(m, lead, cc, rc);
	str_copy(m->country, sizeof m->country, cc, SIZE_MAX);
	str_copy(m->role, sizeof m->role, rc ? rc : lead, SIZE_MAX);
	/* "the vice premier" after "Vice Premier Liu He": the same person */
	if (!country && role && m->type == EV_MEN_PER) {
		for (size_t i = c->d->nmentions - 1; i-- > 0;) {
			const ev_mention *p = &c->d->mentions[i];
			if (p->type == EV_MEN_PER && !p->nominal && p->entity >= 0 &&
			    p->tok_end - p->tok_begin > re - rb) {
				/* the earlier phrase used the same role words */
				int same = 0;
				for (uint32_t q = p->tok_begin; q + (re - rb) <= p->tok_end && !same; q++) {
					same = 1;
					for (size_t r = 0; r < re - rb && same; r++) {
						const ev_token *a = &c->d->tokens[q + r], *b = &c->d->tokens[rb + r];
						same = a->end - a->start == b->end - b->start &&
						       memcmp(c->lc + a->start, c->lc + b->start, a->end - a->start) == 0;
					}
				}
				if (same) {
					m->entity = p->entity;
					memcpy(m->code, p->code, sizeof m->code);
					memcpy(m->country, p->country, sizeof m->country);
					break;
				}
			}
		}
	}
	return re;
}

/* Prepositions before a place: "in Washington" is the place, not the government. */
static int place_context(const actx *c, size_t k)
{
	if (k == 0 || k <= c->sb)
		return 0;
	return c->wf[k - 1] & WF_PREP;
}

/* A score or a table's count: whole numbers ("3", "4-38", "532-8"), not amounts or prices
 * ("Net 1.20", "Sales 1,234"). */
static int score_number(const actx *c, size_t k)
{
	const ev_token *t = &c->d->tokens[k];
	if (t->kind != EV_TOK_NUMBER)
		return 0;
	for (uint32_t i = t->start; i < t->end; i++)
		if (c->d->body[i] != '-' && (c->d->body[i] < '0' || c->d->body[i] > '9'))
			return 0;
	return 1;
}

/* A mention of an entity met before: its code, country and role. */
static void copy_entity(actx *c, ev_mention *m, int32_t ent)
{
	const ev_entity *en = &c->d->entities[ent];
	m->entity = ent;
	memcpy(m->code, en->code, sizeof m->code);
	memcpy(m->country, en->country, sizeof m->country);
	memcpy(m->role, en->role, sizeof m->role);
}

/* A mention's code, country, role and entity from its dictionary entry. */
static void code_entry(actx *c, ev_mention *m, const dict_entry *e, const char *kind, size_t k)
{
	const char *code = dict_code_at(c->dict, e, c->date);
	const char *co = dict_str(c->dict, e->country);
	set_code(m, code);
	str_copy(m->country, sizeof m->country, co ? co : "", SIZE_MAX);
	if (!m->country[0] && code && strlen(code) >= 3 && e->type == DT_GPE)
		str_copy(m->country, sizeof m->country, code, 3);
	/* "Beijing said": a capital standing for its government */
	if (kind && strcmp(kind, "capital") == 0 && !place_context(c, k) && m->country[0]) {
		str_copy(m->code, sizeof m->code, m->country, SIZE_MAX);
		strcat(m->code, "GOV");
		strcpy(m->role, "GOV");
	} else if (strlen(m->code) > 3 && e->type != DT_GPE) {
		str_copy(m->role, sizeof m->role, m->code + 3, 3);
	}
	const char *id = dict_str(c->dict, e->id);
	const char *canon = dict_str(c->dict, e->canonical);
	size_t cl = canon ? strlen(canon) : m->end - m->start;
	if (!canon)
		canon = c->d->body + m->start;
	m->entity = entity_for(c, id ? id : "unknown", id ? strlen(id) : 7, canon, cl, m->type,
	                       (uint32_t)k);
	if (m->entity >= 0 && !c->d->entities[m->entity].code[0]) {
		ev_entity *en = &c->d->entities[m->entity];
		memcpy(en->code, m->code, sizeof en->code);
		memcpy(en->country, m->country, sizeof en->country);
		memcpy(en->role, m->role, sizeof en->role);
	}
}

static int mention_type_of(const dict_entry *e)
{
	return e->type == DT_PER ? EV_MEN_PER : e->type == DT_ORG ? EV_MEN_ORG
	     : e->type == DT_GPE ? EV_MEN_GPE : e->type == DT_LOC ? EV_MEN_LOC
	     : e->type == DT_NORP ? EV_MEN_NORP : 0;
}

/* A capitalized word joined by hyphens ("Al-Gore"). */
static int hyphen_word(const ev_doc *doc, const ev_token *t)
{
	return (t->flags & EV_TF_CAP) && memchr(doc->body + t->start, '-', t->end - t->start);
}

/* TABARI's "AL_GORE" in "the Al-Gore group": a word joined by hyphens that is, in
 * its parts, a name of the old coders' files (their names join words by '_', and
 * their text broke words at hyphens).  The entry, or NULL. */
static const dict_entry *hyphen_name(const actx *c, size_t k)
{
	const ev_token *t = &c->d->tokens[k];
	size_t n = t->end - t->start;
	char buf[128];
	if (n >= sizeof buf)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		char ch = c->lc[t->start + i];
		buf[i] = ch == '-' ? ' ' : ch;
	}
	ev_doc *tmp;
	const dict_entry *e = NULL;
	if (ev_doc_new("name", buf, n, &tmp) == EV_OK && ev_tokenize(tmp) == EV_OK &&
	    tmp->ntokens > 1 &&
	    dict_match(c->dict, tmp, tmp->body, 0, tmp->ntokens, &e) != tmp->ntokens)
		e = NULL;
	ev_doc_free(tmp);
	return e && (e->flags & DF_UNTYPED) ? e : NULL;
}

/* "China-US talks", "US-China", "Arab-Israeli": places joined by hyphens in one word are
 * each a mention of their own, on their part of the word.  Returns whether k was one. */
static int hyphen_places(actx *c, size_t k)
{
	const ev_token *t = &c->d->tokens[k];
	const char *s = c->d->body + t->start, *lc = c->lc + t->start;
	size_t n = t->end - t->start;
	const dict_entry *parts[4];
	size_t pb[4], pe[4], np = 0;
	for (size_t i = 0; i <= n;) {
		size_t j = i;
		while (j < n && s[j] != '-')
			j++;
		if (np == 4 || j == i || s[i] < 'A' || s[i] > 'Z')
			return 0;
		parts[np] = dict_match_word(c->dict, s + i, lc + i, j - i);
		if (!parts[np] || (parts[np]->type != DT_GPE && parts[np]->type != DT_LOC &&
		                   parts[np]->type != DT_NORP))
			return 0;
		pb[np] = i;
		pe[np++] = j;
		i = j + 1;
	}
	if (np < 2)
		return 0;
	for (size_t p = 0; p < np; p++) {
		ev_mention *m = add_mention(c, k, k + 1, mention_type_of(parts[p]));
		if (!m)
			return 1;
		m->start = t->start + (uint32_t)pb[p];
		m->end = t->start + (uint32_t)pe[p];
		code_entry(c, m, parts[p], NULL, k);
	}
	return 1;
}

/* A plain dictionary match at k. */
static size_t plain_match(actx *c, size_t k)
{
	const dict_entry *e = c->ent[k];
	size_t end = k + c->len[k];
	int type = mention_type_of(e);
	if (!type)
		return k;
	/* an ambiguous word (Chad, Georgia, Nice) in lower case is not a name */
	if ((e->flags & DF_AMBIGUOUS) && !is_cap(c, k))
		return k;
	const char *kind = dict_str(c->dict, e->kind);
	/* "Christian Karembeu", "Chad Curtis": a people or a country that is also a given name,
	 * before an unknown capitalized word, is a person's first name */
	if ((e->type == DT_NORP || (e->type == DT_GPE && (e->flags & DF_AMBIGUOUS))) &&
	    end == k + 1 && is_cap(c, k) && end < c->se && is_cap(c, end) && !c->ent[end] &&
	    !function_word(c, end) && !org_word(c, end) && !loc_word(c, end) &&
	    dict_word_has_type(c->dict, c->lc + c->d->tokens[k].start,
	                       c->d->tokens[k].end - c->d->tokens[k].start, DT_GIVEN)) {
		size_t n = unknown_name(c, end);
		if (n && new_name(c, k, end + n, EV_MEN_PER))
			return end + n;
	}
	/* "Washington" after "MaliVai Washington", "Jordan" after "Eddie Jordan": the person */
	if ((type == EV_MEN_GPE || type == EV_MEN_LOC) && end == k + 1 && is_cap(c, k) &&
	    !place_context(c, k)) {
		int32_t ent = short_form(c, k, end);
		if (ent >= 0 && c->d->entities[ent].type == EV_MEN_PER) {
			ev_mention *m = add_mention(c, k, end, EV_MEN_PER);
			if (m)
				copy_entity(c, m, ent);
			return end;
		}
	}
	if (type == EV_MEN_GPE || type == EV_MEN_LOC) {
		/* a place that names an event ("U.S. Open", "Atlanta Games", "Texas Open
		 * Championship"): no actor at all */
		for (size_t j = end; j < c->se && j - end < 3 && is_cap(c, j) && !function_word(c, j) &&
		                     !(c->ent[j] && c->ent[j]->type == DT_ROLE); j++)
			if (event_name(c, j, j + 1))
				return j + 1;
		/* a place before unknown capitalized words names a club or a firm ("Philadelphia
		 * Eagles", "Chicago Purchasing Managers", "Texas Instruments", "France Telecom"),
		 * not the place */
		/* "Douglas & Lomason": a firm named after people or places */
		if (end + 1 < c->se && tok_is(c, end, "&") && is_cap(c, end + 1)) {
			size_t q = end + 1;
			while (q < c->se && q - end <= 3 && is_cap(c, q) && !function_word(c, q))
				q++;
			if (new_name(c, k, q, EV_MEN_ORG))
				return q;
		}
		if (is_cap(c, end) && !function_word(c, end) && !c->given[end] && !c->headline) {
			size_t n = unknown_name(c, end);
			int city = kind && (strcmp(kind, "city") == 0 || strcmp(kind, "capital") == 0);
			/* after a country or a region, only a name with an organization word
			 * ("Kenya Airways"): "South Korea Tuesday", "U.S. Treasuries" are not one */
			int orgw = 0;
			for (size_t q = end; q < end + n && !orgw; q++)
				orgw = org_word(c, q);
			int place = n && (loc_word(c, end + n - 1) || place_noun(c, end + n - 1));
			if (n && (city || orgw || place) &&
			    new_name(c, k, end + n, place ? EV_MEN_LOC : EV_MEN_ORG))
				return end + n;
		}
	}
	/* "Kia Motor Corp", "ZTE Corp": a firm's legal form after its known name */
	while (type == EV_MEN_ORG && end < c->se && is_cap(c, end) && org_word(c, end) && !c->ent[end])
		end++;
	ev_mention *m = add_mention(c, k, end, type);
	if (!m)
		return k;
	code_entry(c, m, e, kind, k);
	return end;
}

/* Events named like organizations ("World Cup", "U.S. Open", "Olympic Games"):
 * not actors, so not mentions. */
static int event_name(const actx *c, size_t b, size_t e)
{
	(void)b;
	return c->wf[e - 1] & WF_EVENT;
}

/* The traditional -> simplified table (build/gen/t2s.c, from OpenCC). */
extern const char *const t2s_pairs[][2];
extern const size_t t2s_count;

/*
 * s[0..n) with every traditional character replaced by its simplified form,
 * into out (NUL-terminated); its length.  劉鶴 and 刘鹤 then compare equal.
 */
static size_t simplify(const char *s, size_t n, char *out, size_t cap)
{
	size_t o = 0;
	for (size_t i = 0; i < n;) {
		size_t l = 1;
		unsigned char b = (unsigned char)s[i];
		if (b >= 0xF0)
			l = 4;
		else if (b >= 0xE0)
			l = 3;
		else if (b >= 0xC0)
			l = 2;
		if (i + l > n)
			l = n - i;
		char ch[5] = {0};
		memcpy(ch, s + i, l);
		const char *rep = ch;
		size_t lo = 0, hi = t2s_count;
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			int c = strcmp(t2s_pairs[mid][0], ch);
			if (c == 0) {
				rep = t2s_pairs[mid][1];
				break;
			}
			if (c < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		size_t rl = strlen(rep);
		if (o + rl + 1 > cap)
			break;
		memcpy(out + o, rep, rl);
		o += rl;
		i += l;
	}
	out[o] = '\0';
	return o;
}

/* "Liu" after "Liu He": a short form of a person already named. */
/* Whether the word at t fits the name of entity en, named last by a mention of type:
 * a word of a person's name; the first word of an organization's longer name ("Magna"
 * after "Magna International Inc"), unless it says what kind of body it is ("Bank",
 * "National"). */
static int name_fits(const actx *c, size_t b, const ev_entity *en, int type)
{
	const ev_token *t = &c->d->tokens[b];
	const char *s = en->canonical;
	size_t tl = t->end - t->start;
	if (type == EV_MEN_ORG) {
		const char *sp = strchr(s, ' ');
		return sp && !org_word(c, b) && !function_word(c, b) && (size_t)(sp - s) == tl &&
		       strncasecmp(s, c->d->body + t->start, tl) == 0;
	}
	while (*s) {
		const char *w = s;
		while (*s && *s != ' ')
			s++;
		if ((size_t)(s - w) == tl && strncasecmp(w, c->d->body + t->start, tl) == 0)
			return 1;
		while (*s == ' ')
			s++;
	}
	return 0;
}

static int names_actor(const ev_mention *m)
{
	return ((m->type == EV_MEN_PER) | (m->type == EV_MEN_ORG)) & !m->nominal & (m->entity >= 0);
}

/* Mention i may now name its entity as a person or an organization (read by short_form). */
static void note_mention(actx *c, size_t i)
{
	const ev_mention *m = &c->d->mentions[i];
	if (i >= c->scanned || !names_actor(m))
		return;
	if ((size_t)m->entity >= c->nlast)
		c->scanned = i;   /* read again from here, once last has room */
	else if (c->last[m->entity] < i + 1)
		c->last[m->entity] = (uint32_t)(i + 1);
}

/*
 * "Liu" after "Liu He": a short form of a person or organization already named, the one
 * named last.  Each entity keeps the index + 1 of its last mention as a person or an
 * organization (c->last), brought up to date with the mentions made since the last call,
 * so a call reads the entities once, not every mention of a long document.
 */
static int32_t short_form(actx *c, size_t b, size_t e)
{
	if (e - b != 1)
		return -1;
	ev_doc *d = c->d;
	if (c->nlast < d->nentities) {
		size_t nc = c->nlast ? c->nlast : 64;
		while (nc < d->nentities)
			nc *= 2;
		uint32_t *nl = arena_grow(d->arena, c->last, c->nlast * sizeof *nl, nc * sizeof *nl);
		if (!nl)
			return -1;
		memset(nl + c->nlast, 0, (nc - c->nlast) * sizeof *nl);
		c->last = nl;
		c->nlast = nc;
	}
	for (; c->scanned < d->nmentions; c->scanned++) {
		const ev_mention *m = &d->mentions[c->scanned];
		if (names_actor(m))
			c->last[m->entity] = (uint32_t)(c->scanned + 1);
	}
	int32_t best = -1;
	uint32_t best_at = 0;
	const ev_token *t = &d->tokens[b];
	uint32_t h = fnv1a(c->lc + t->start, t->end - t->start);
	for (const hnode *nd = hindex_first(&c->words, h); nd; nd = hindex_next(&c->words, nd)) {
		size_t en = (size_t)nd->ent;
		uint32_t at = c->last[en];
		if (at <= best_at)
			continue;
		const ev_mention *m = &d->mentions[at - 1];
		if (!names_actor(m) || (size_t)m->entity != en) {
			c->scanned = 0;   /* a mention changed since: read them all again */
			memset(c->last, 0, c->nlast * sizeof *c->last);
			return short_form(c, b, e);
		}
		if (name_fits(c, b, &d->entities[en], m->type)) {
			best = (int32_t)en;
			best_at = at;
		}
	}
	return best;
}

/* Words that make a name an organization: "Huawei Technologies", "Reform Commission". */
static int org_word(const actx *c, size_t k)
{
	return c->wf[k] & WF_ORG;
}

/* Words that end the name of a place: "Wall Street", "Tiananmen Square", "Jackson Hole". */
static int loc_word(const actx *c, size_t k)
{
	return c->wf[k] & WF_LOC;
}

/* Lower-case nouns that a place's name comes before: "Yangshan port", "Tongzhou district". */
static int place_noun(const actx *c, size_t k)
{
	return c->wf[k] & WF_PLACE;
}

/* An initial: "P." in "P. Simmons". */
static int is_initial(const actx *c, size_t k)
{
	const ev_token *t = &c->d->tokens[k];
	return t->end - t->start == 2 && c->d->body[t->start] >= 'A' && c->d->body[t->start] <= 'Z' &&
	       c->d->body[t->start + 1] == '.';
}

/* Words around a name that only an organization takes: "shares of Magna", "an analyst
 * at Cofinec", "Rabobank said in a statement", "Pirelli's chairman". */
static int org_context(const actx *c, size_t b, size_t e)
{
	static const char *const before_of[] = {"shares", "stake", "unit", "subsidiary", "division",
	                                        "chairman", "shareholders", "owner", "parent",
	                                        "takeover", "acquisition", "merger", NULL};
	static const char *const before_at[] = {"analyst", "analysts", "economist", "economists",
	                                        "strategist", "dealer", "dealers", "trader",
	                                        "traders", "broker", "brokers", NULL};
	static const char *const after[] = {"shares", "stock", "shareholders", "spokesman",
	                                    "spokeswoman", "chairman", "subsidiary", "unit",
	                                    "officials", "executives", "management", NULL};
	if (b >= c->sb + 2) {
		const char *const *list = tok_is(c, b - 1, "of") ? before_of
		                        : tok_is(c, b - 1, "at") ? before_at : NULL;
		for (int i = 0; list && list[i]; i++)
			if (tok_is(c, b - 2, list[i]))
				return 1;
	}
	size_t a = e;
	if (is_possessive(c, a))
		a++;
	for (int i = 0; after[i]; i++)
		if (tok_is(c, a, after[i]))
			return 1;
	if (tok_is(c, e, "said") && tok_is(c, e + 1, "in") && tok_is(c, e + 2, "a") &&
	    tok_is(c, e + 3, "statement"))
		return 1;
	/* "Rabobank said it", "Cofinec, which": a person would be "he" or "who" */
	if ((tok_is(c, e, "said") || tok_is(c, e, "says")) &&
	    (tok_is(c, e + 1, "it") || tok_is(c, e + 1, "its")))
		return 1;
	return tok_is(c, e, ",") && tok_is(c, e + 1, "which");
}

/* A capital after a lower-case letter inside a word, not after a family name's prefix. */
static int camel_case(const actx *c, size_t k)
{
	static const char *const prefixes[] = {"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van",
	                                       "Von", "Fitz", NULL};
	const ev_token *t = &c->d->tokens[k];
	const char *s = c->d->body + t->start;
	size_t n = t->end - t->start;
	for (size_t i = 1; i + 1 < n; i++) {
		if (s[i] >= 'a' && s[i] <= 'z' && s[i + 1] >= 'A' && s[i + 1] <= 'Z') {
			for (int p = 0; prefixes[p]; p++)
				if (strlen(prefixes[p]) == i + 1 && strncmp(prefixes[p], s, i + 1) == 0)
					return 0;
			return 1;
		}
	}
	return 0;
}

/* Guess the type of an unknown name for NER: organizations by their words. */
static int guess_type(const actx *c, size_t b, size_t e)
{
	for (size_t k = b; k < e; k++)
		if (org_word(c, k) || tok_is(c, k, "&"))
			return EV_MEN_ORG;
	if (e - b >= 2 && loc_word(c, e - 1))
		return EV_MEN_LOC;
	/* "Yangshan container port", "Pudong district": a place noun after it */
	for (size_t k = e; k < e + 2 && k < c->se && c->d->tokens[k].kind == EV_TOK_WORD &&
	                   !(c->d->tokens[k].flags & EV_TF_CAP); k++)
		if (loc_word(c, k) || place_noun(c, k))
			return EV_MEN_LOC;
	if ((c->given[b] || is_initial(c, b)) && e - b >= 2)
		return EV_MEN_PER;   /* "Robert Smith", "P. Simmons" */
	if (org_context(c, b, e))
		return EV_MEN_ORG;
	/* "Kehl, Germany", "Tunbridge Wells, Kent": a place, then its country or region */
	if (e + 1 < c->se && tok_is(c, e, ",") && c->ent[e + 1] && c->ent[e + 1]->type == DT_GPE) {
		const char *kind = dict_str(c->dict, c->ent[e + 1]->kind);
		if (kind && (strcmp(kind, "country") == 0 || strcmp(kind, "region") == 0 ||
		             strcmp(kind, "nation") == 0))
			return EV_MEN_LOC;
	}
	/* "KeyCorp", "NationsBank": a capital inside a word is a firm's mark, but "McGrath",
	 * "MacArthur", "DeLay", "LaRocca" are family names */
	if (e - b == 1 && camel_case(c, b))
		return EV_MEN_ORG;
	/* "the Eagles", "the Springboks": a plural after "the" is a team or a body, not a
	 * person */
	if (e - b == 1 && b > c->sb && tok_is(c, b - 1, "the")) {
		const ev_token *t = &c->d->tokens[b];
		const char *s = c->lc + t->start;
		size_t n = t->end - t->start;
		if (n > 3 && s[n - 1] == 's' && s[n - 2] != 's' && s[n - 2] != '\'')
			return EV_MEN_ORG;
	}
	/* "in Dunmore", "at the Oval": a preposition of place, with "the" or not */
	if (e - b == 1 && (place_context(c, b) ||
	                   (b > c->sb + 1 && tok_is(c, b - 1, "the") && !tok_is(c, b - 2, "of") &&
	                    place_context(c, b - 1))))
		return EV_MEN_LOC;
	if (c->d->tokens[b].flags & EV_TF_UPPER)
		return EV_MEN_ORG;
	return EV_MEN_PER;   /* measured best of PER, ORG and LOC on CoNLL testa */
}

/*
 * Sports results name teams by their place: "Leeds 2 Chelsea 1", "Essex beat
 * Kent", "Surrey v Somerset".  A place or unknown name right before a score,
 * or on either side of beat/drew/v, is a team: an organization.
 */
static void sports_teams(actx *c, size_t first)
{
	ev_doc *d = c->d;
	for (size_t i = first; i < d->nmentions; i++) {
		ev_mention *m = &d->mentions[i];
		if ((m->type != EV_MEN_GPE) & (m->type != EV_MEN_LOC) &
		    !((m->type == EV_MEN_PER) & (m->code[0] == '\0')))
			continue;
		/* a national side keeps its country's name and type ("Romania 3 Lithuania 0",
		 * "England beat Wales") */
		const dict_entry *e = c->ent[m->tok_begin];
		const char *kind = m->type == EV_MEN_GPE && e ? dict_str(c->dict, e->kind) : NULL;
		if (kind && (strcmp(kind, "country") == 0 || strcmp(kind, "nation") == 0))
			continue;
		size_t a = m->tok_end, b = m->tok_begin;
		/* a person's name is two words or an initial and a name ("Scott Draper", "P.
		 * Simmons"): after it a number is their runs or goals, and "beat" is a match
		 * of players.  One unknown word is as likely a club as a surname. */
		if (m->type == EV_MEN_PER && (a - b > 1 || c->given[b] || is_initial(c, b)))
			continue;
		/* nor is the short form of a person named in full before ("Edberg beat ...") */
		if (m->type == EV_MEN_PER && m->entity >= 0 && strchr(d->entities[m->entity].canonical, ' '))
			continue;
		int team = 0;
		/* a score right after a place or club: "Leeds 2", "Essex 532-8", "Puchon 3 1 0" */
		if (a < d->ntokens && d->tokens[a].kind == EV_TOK_NUMBER &&
		    (a + 1 >= d->ntokens || d->tokens[a + 1].kind != EV_TOK_WORD ||
		     (d->tokens[a + 1].flags & EV_TF_CAP) || tok_is_any(c, a + 1, "and")))
			team = d->tokens[a].end - d->tokens[a].start <= 7 &&
			       !(d->tokens[a].end - d->tokens[a].start == 4);   /* not a year */
		/* the second side of a result: "Harrowgate 4 Dunmore 1 in the league" */
		if (i > 0 && b >= 1 && d->tokens[b - 1].kind == EV_TOK_NUMBER &&
		    d->mentions[i - 1].type == EV_MEN_ORG && d->mentions[i - 1].tok_end + 1 == b)
			team = 1;
		if ((a < d->ntokens && (c->wf[a] & WF_SPORT)) || (b > 0 && (c->wf[b - 1] & WF_SPORT)))
			team = 1;
		/* a side's captain or coach: "Warwickshire captain Tim Munton" */
		size_t p = a < d->ntokens && is_possessive(c, a) ? a + 1 : a;
		if (p < d->ntokens && (c->wf[p] & WF_PLAYER))
			team = 1;
		if (team) {
			m->type = EV_MEN_ORG;
			m->code[0] = '\0';
			m->role[0] = '\0';
			if (m->entity >= 0)
				d->entities[m->entity].type = EV_MEN_ORG;
			note_mention(c, i);
		}
	}
}

/* A person named with a given name of one sex ("Mary Smith") is 'f' or 'm',
 * for the pronouns that later stand for them. */
static void person_gender(actx *c)
{
	ev_doc *d = c->d;
	for (size_t i = 0; i < d->nmentions; i++) {
		const ev_mention *m = &d->mentions[i];
		if (m->type != EV_MEN_PER || m->entity < 0 || d->entities[m->entity].gender)
			continue;
		for (uint32_t k = m->name_begin > m->tok_begin ? m->name_begin : m->tok_begin;
		     k < m->tok_end && k < d->ntokens; k++) {
			int g = c->given[k];
			if (g != 'm' && g != 'f' && is_cap(c, k)) {
				/* a dictionary person's first name is matched as the whole name:
				 * look the word up alone */
				const ev_token *t = &d->tokens[k];
				const dict_entry *e = dict_word_of_type(c->dict, c->lc + t->start,
				                                        t->end - t->start, DT_GIVEN);
				const char *kd = e ? dict_str(c->dict, e->kind) : NULL;
				g = kd && !strcmp(kd, "male") ? 'm' : kd && !strcmp(kd, "female") ? 'f' : 0;
			}
			if (g == 'm' || g == 'f') {
				d->entities[m->entity].gender = (uint8_t)g;
				break;
			}
		}
	}
}

/*
 * "officials in Beijing", "the government of Gondor", "soldiers from Mali":
 * a role named without a country takes the country of the place after it,
 * and "the Communist Party's Politburo" that of the body it possesses.
 */
static void role_of_place(actx *c)
{
	ev_doc *d = c->d;
	c->sb = 0;
	c->se = d->ntokens;
	for (size_t i = 0; i + 1 < d->nmentions; i++) {
		ev_mention *m = &d->mentions[i];
		if (!m->nominal || m->country[0] || !m->role[0])
			continue;
		int speaks = spokes_word(c, m->tok_end - 1);
		/* "Hezbollah envoys in Bavaria": the envoys are someone's already, and "a
		 * Labour Party spokesman", "Toyota executives" are the body's own */
		if (i > 0 && d->mentions[i - 1].tok_end == m->tok_begin) {
			const ev_mention *o = &d->mentions[i - 1];
			if (o->type == EV_MEN_ORG && !o->nominal && o->code[0] &&
			    (speaks || (o->country[0] && !strcmp(o->role, m->role)))) {
				set_code(m, o->code);
				memcpy(m->country, o->country, sizeof m->country);
				memcpy(m->role, o->role, sizeof m->role);
			}
			continue;
		}
		uint32_t k = m->tok_end;
		const ev_mention *p = &d->mentions[i + 1];
		/* "the Communist Party's Politburo": a body named without a country is of the
		 * country of the organization it has; only a name ("the bank's Treasury
		 * department" says nothing of the bank) */
		if (is_possessive(c, k) && is_cap(c, m->tok_begin) && p->tok_begin == k + 1 && p->type == EV_MEN_ORG &&
		    !p->nominal && p->country[0] && m->type == EV_MEN_ORG) {
			char code[16];
			snprintf(code, sizeof code, "%s%s", p->country, m->role);
			set_code(m, code);
			memcpy(m->country, p->country, sizeof m->country);
			continue;
		}
		if (k + 1 >= d->ntokens)
			continue;
		int of = tok_is(c, k, "of"), to = tok_is(c, k, "to"), for_ = tok_is(c, k, "for");
		int member = of || for_ || tok_is(c, k, "with") || tok_is(c, k, "at");
		if (!member && !to && !(tok_is(c, k, "in") || tok_is(c, k, "from")))
			continue;
		k++;
		if (tok_is(c, k, "the"))
			k++;
		if (p->tok_begin != k || !p->code[0] || p->nominal)
			continue;
		/* "senior officials with the National Development and Reform Commission",
		 * "executives at Toyota": people of that body's own sector are its people,
		 * and "a spokesman for Huawei" speaks for it whatever its sector */
		if (member && p->type == EV_MEN_ORG &&
		    ((p->country[0] && !strcmp(p->role, m->role)) ||
		     (speaks && (p->country[0] || sector_code(p->code))))) {
			set_code(m, p->code);
			memcpy(m->country, p->country, sizeof m->country);
			if (speaks)
				str_copy(m->role, sizeof m->role, p->role[0] ? p->role : p->code, SIZE_MAX);
			continue;
		}
		/* "a top economic aide to President Xi Jinping" serves his country (but
		 * "troops to Mali", "an envoy to China" are sent there) */
		if (to && m->type == EV_MEN_PER && p->type == EV_MEN_PER && p->country[0]) {
			char code[16];
			snprintf(code, sizeof code, "%s%s", p->country, m->role);
			set_code(m, code);
			memcpy(m->country, p->country, sizeof m->country);
			continue;
		}
		if (!of && (member || to))
			continue;   /* "the rebels with Milan anti-tank missiles" */
		const char *cc = p->country[0] ? p->country : NULL;
		char buf[16];
		const dict_entry *pe = c->ent[p->tok_begin];
		if (p->type != EV_MEN_PER && pe && (pe->flags & DF_UNTYPED) && state_like(c, pe) &&
		    p->tok_end - p->tok_begin == c->len[p->tok_begin]) {
			/* an actor of the old coders' files: its whole code ("in White House"
			 * [USAGOV]) */
			str_copy(buf, sizeof buf, p->code, SIZE_MAX);
			cc = buf;
		} else if (!cc && p->type != EV_MEN_PER && strlen(p->code) == 3) {
			/* a dictionary actor with a bare three-letter code (GON) */
			memcpy(buf, p->code, 4);
			cc = buf;
		}
		if (!cc || (p->type != EV_MEN_GPE && p->type != EV_MEN_NORP && cc != buf))
			continue;
		/* "human rights activists in Arnor": an agent coded NGM~ goes first */
		const dict_entry *re = m->tok_begin < d->ntokens ? c->ent[m->tok_begin] : NULL;
		if (re && re->type == DT_ROLE && (re->flags & DF_PREFIX))
			set_code3(m, m->role, cc, NULL);
		else
			set_code3(m, "", cc, m->role);
		/* "officials of the Treasury [GOV]" are GOV once, of no country (but
		 * "activists of Amnesty International [NGM]" are NGMOPP) */
		if (!strcmp(cc, m->role))
			continue;
		if (sector_code(cc) && !strstr("IGO NGO NGM MNC IMG UIS", cc)) {
			/* "the director of the Treasury [GOV]": a sector is no country, and
			 * only the transnational ones lead a code (NGMOPP) */
			set_code(m, cc);
			continue;
		}
		str_copy(m->country, sizeof m->country, cc, 3);
	}
}

/* One sense per document: a name that was a team once ("Essex 532-8") is the team
 * wherever else it stands alone ("Essex look certain to regain top spot"), except
 * after a preposition of place ("in Essex"). */
static void teams_throughout(actx *c)
{
	ev_doc *d = c->d;
	c->sb = 0;
	c->se = d->ntokens;
	for (size_t i = 0; i < d->nmentions; i++) {
		ev_mention *m = &d->mentions[i];
		if (m->entity < 0 || d->entities[m->entity].type != EV_MEN_ORG || m->type == EV_MEN_ORG ||
		    m->nominal || m->tok_end - m->tok_begin != 1 || place_context(c, m->tok_begin))
			continue;
		if ((m->type == EV_MEN_PER && !m->code[0]) || m->type == EV_MEN_GPE ||
		    m->type == EV_MEN_LOC) {
			m->type = EV_MEN_ORG;
			m->code[0] = '\0';
			m->role[0] = '\0';
			note_mention(c, i);
		}
	}
}

/* A headline in capitals ("LEICESTERSHIRE TAKE OVER AT TOP"): every word is
 * capitalized, so only the dictionaries and the rest of the story can say which are
 * names (see names_later).  Of its words of two letters or more, three in four are in
 * capitals (the tagger counts them as it reads the sentence's words). */
static int caps_headline(size_t nwords, size_t nupper)
{
	return nwords >= 3 && nupper * 4 >= nwords * 3;
}

static int cmp_mention(const void *a, const void *b)
{
	const ev_mention *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->end < y->end ? -1 : x->end > y->end;
}

/*
 * Sort the mentions by position when those from before on were added after the others:
 * the few new ones are sorted and merged into the rest, which are most often in order
 * already (qsort of the whole array sorted pointers to its 100-byte entries, 1.5% of the
 * tagger on long stories).  The merge keeps the order of equal entries, the old first,
 * as glibc's merge sort did.
 */
static void sort_new_mentions(ev_doc *d, size_t before)
{
	ev_mention *m = d->mentions;
	size_t n = d->nmentions, i = 1;
	while (i < before && cmp_mention(&m[i - 1], &m[i]) <= 0)
		i++;
	ev_mention *tmp = i >= before ? arena_alloc(d->arena, (n - before) * sizeof *m) : NULL;
	if (!tmp) {
		qsort(m, n, sizeof *m, cmp_mention);
		return;
	}
	qsort(m + before, n - before, sizeof *m, cmp_mention);
	memcpy(tmp, m + before, (n - before) * sizeof *m);
	/* from the back: an old entry moves only past new ones that go before it */
	size_t a = before, b = n - before, o = n;
	while (b > 0)
		m[--o] = a > 0 && cmp_mention(&tmp[b - 1], &m[a - 1]) < 0 ? m[--a] : tmp[--b];
}

/* A word of a capitals headline that the story names ("HENKE TAKES LEAD" before "Nolan
 * Henke fired a 62") is that name, and so is a single word opening a sentence ("Lebed
 * signed" before "Alexander Lebed").  Runs when the whole document is tagged. */
static void names_later(actx *c)
{
	ev_doc *d = c->d;
	size_t before = d->nmentions, mi = 0;
	for (size_t s = 0; s < d->nsents; s++) {
		size_t sb = d->sents[s].tok_begin, se = d->sents[s].tok_end;
		int headline = c->head[s];
		for (size_t k = sb; k < se; k++) {
			if (!headline) {
				/* outside a headline only the words left to the end count */
				const uint8_t *late = memchr(c->late + k, 1, se - k);
				if (!late)
					break;
				k = (size_t)(late - c->late);
			}
			while (mi < before && d->mentions[mi].tok_end <= k)
				mi++;
			if (mi < before && d->mentions[mi].tok_begin <= k)
				continue;   /* already part of a mention */
			if (!c->late[k] && (!headline || d->tokens[k].kind != EV_TOK_WORD ||
			                    !(d->tokens[k].flags & EV_TF_UPPER) || c->blocked[k] ||
			                    function_word(c, k) || c->ent[k] ||
			                    d->tokens[k].end - d->tokens[k].start < 3))
				continue;
			int32_t ent = short_form(c, k, k + 1);
			if (ent < 0)
				ent = same_name(c, k, k + 1);
			if (ent < 0 || d->entities[ent].type > EV_MEN_LOC)
				continue;
			ev_mention *m = add_mention(c, k, k + 1, d->entities[ent].type);
			if (!m)
				return;
			copy_entity(c, m, ent);
		}
	}
	/* "Pirelli" before "Pirelli Cables": a single word taken for a person is the
	 * organization whose longer name the story gives later */
	for (size_t i = 0; i < before; i++) {
		ev_mention *m = &d->mentions[i];
		if (m->type != EV_MEN_PER || m->code[0] || m->nominal || m->entity < 0 ||
		    m->tok_end - m->tok_begin != 1 || strchr(d->entities[m->entity].canonical, ' '))
			continue;
		const ev_token *t = &d->tokens[m->tok_begin];
		size_t n = t->end - t->start;
		int32_t found = -1;
		for (const hnode *nd = hindex_first(&c->words, fnv1a(c->lc + t->start, n)); nd;
		     nd = hindex_next(&c->words, nd)) {
			const char *cn = d->entities[nd->ent].canonical;
			if (d->entities[nd->ent].type == EV_MEN_ORG &&
			    strncasecmp(cn, d->body + t->start, n) == 0 && cn[n] == ' ' &&
			    (found < 0 || nd->ent < found))
				found = nd->ent;   /* the first such entity, as a scan in order finds */
		}
		if (found >= 0) {
			m->type = EV_MEN_ORG;
			copy_entity(c, m, found);
		}
	}
	if (d->nmentions > before) {
		sort_new_mentions(d, before);
		c->scanned = 0;   /* the indices in c->last are no longer those of the mentions */
		if (c->last)
			memset(c->last, 0, c->nlast * sizeof *c->last);
	}
}

/* n bytes of s into out with ASCII capitals lowered, eight at a time: a byte gets 0x20
 * when it is below 0x80 and between 'A' and 'Z' (the sum tests on its low seven bits). */
static void lower_ascii(const char *s, char *out, size_t n)
{
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t x;
		memcpy(&x, s + i, 8);
		uint64_t low7 = x & 0x7f7f7f7f7f7f7f7fULL;
		uint64_t ge_a = low7 + 0x3f3f3f3f3f3f3f3fULL;   /* 0x80 set from 'A' (0x41) up */
		uint64_t gt_z = low7 + 0x2525252525252525ULL;   /* 0x80 set above 'Z' (0x5a) */
		uint64_t upper = ~x & (ge_a ^ gt_z) & 0x8080808080808080ULL;
		x |= upper >> 2;
		memcpy(out + i, &x, 8);
	}
	for (; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		out[i] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
	}
}

ev_status ev_actors_tag(ev_doc *doc, const ev_dict *dict)
{
	if (!doc->sents && doc->len > 0) {
		ev_status st = ev_split_sentences(doc);
		if (st != EV_OK)
			return st;
	}
	doc->mentions = NULL;
	doc->nmentions = 0;
	doc->entities = NULL;
	doc->nentities = 0;
	if (doc->ntokens == 0)
		return EV_OK;
	actx c;
	memset(&c, 0, sizeof c);
	c.d = doc;
	c.dict = dict;
	char *lc = arena_alloc(doc->arena, doc->len + 1);
	c.ent = arena_alloc(doc->arena, doc->ntokens * sizeof *c.ent);
	c.len = arena_alloc(doc->arena, doc->ntokens);
	c.blocked = arena_alloc(doc->arena, doc->ntokens);
	c.wf = arena_alloc(doc->arena, doc->ntokens * sizeof *c.wf);
	c.th = arena_alloc(doc->arena, doc->ntokens * sizeof *c.th);
	c.given = arena_alloc(doc->arena, doc->ntokens);
	c.late = arena_alloc(doc->arena, doc->ntokens);
	c.head = arena_alloc(doc->arena, doc->nsents + 1);
	if (!lc || !c.ent || !c.len || !c.blocked || !c.wf || !c.th || !c.given || !c.late || !c.head)
		return EV_ERR_NOMEM;
	memset(c.blocked, 0, doc->ntokens);
	memset(c.late, 0, doc->ntokens);
	/* room for the mentions and entities of most documents (news has a mention every ten
	 * tokens or so): arrays grown by doubling were copied each time */
	c.capm = doc->ntokens / 8 + 32;
	c.cape = doc->ntokens / 16 + 16;
	doc->mentions = arena_alloc(doc->arena, c.capm * sizeof *doc->mentions);
	doc->entities = arena_alloc(doc->arena, c.cape * sizeof *doc->entities);
	if (!doc->mentions || !doc->entities)
		return EV_ERR_NOMEM;
	size_t tx = 0;
	lower_ascii(doc->body, lc, doc->len + 1);
	c.lc = lc;
	pthread_once(&word_once, word_table_build);
	/* the hash of each token's first piece, for the amount table: made in the same
	 * pass as the whole token's */
	uint32_t *ph = arena_alloc(doc->arena, doc->ntokens * sizeof *ph);
	if (!ph)
		return EV_ERR_NOMEM;
	/* every token's word flags, before any sentence is read: the sports and
	 * within-document passes look at the tokens of other sentences too */
	for (size_t k = 0; k < doc->ntokens; k++) {
		const ev_token *t = &doc->tokens[k];
		unsigned wf;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		if (t->reserved & TOK_PLAIN) {
			/* most words: no hyphen to look for, and 16 bytes to read */
			uint64_t a, b;
			size_t n = t->end - t->start;
			c.th[k] = ph[k] = ev_whash16(lc + t->start, n, &a, &b);
			wf = t->kind == EV_TOK_WORD ? word_table_get_key(a, b, n, c.th[k]) : 0;
		} else
#endif
		{
			c.th[k] = ev_whash_token(lc + t->start, t->end - t->start, doc->len + 1 - t->start,
			                         &ph[k]);
			wf = word_flags(&c, k, c.th[k]);
		}
		c.wf[k] = (uint16_t)(wf |
		                     (t->kind == EV_TOK_WORD && (t->flags & EV_TF_CAP) ? WF_CAPWORD : 0) |
		                     (t->kind == EV_TOK_CJK ? WF_CJK : 0));
	}
	/* every amount of the document in one pass (amount_find indexes its words once) */
	size_t maxam = doc->ntokens / 8 + 16, nam;
	amount *ams = arena_alloc(doc->arena, maxam * sizeof *ams);
	if (!ams)
		return EV_ERR_NOMEM;
	nam = amount_find_hashed(doc, c.th, ph, ams, maxam);
	if (nam > maxam) {
		ams = arena_alloc(doc->arena, nam * sizeof *ams);
		if (!ams)
			return EV_ERR_NOMEM;
		nam = amount_find_hashed(doc, c.th, ph, ams, nam);
	}
	size_t ai = 0, sent_first = 0;
	dict_firsts firsts = dict ? dict_first_words(dict) : (dict_firsts){NULL, 0};
	if (doc->dct[0])
		c.date = atoi(doc->dct) * 10000 + atoi(doc->dct + 5) * 100 + atoi(doc->dct + 8);
	int untyped = dict && dict_untyped(dict);
	for (size_t s = 0; s < doc->nsents; s++) {
		c.sb = doc->sents[s].tok_begin;
		c.se = doc->sents[s].tok_end;
		if (s > 0)
			sports_teams(&c, sent_first);
		sent_first = doc->nmentions;
		/* the words of a headline in capitals (caps_headline), counted on the way */
		size_t nwords = 0, nupper = 0;
		for (size_t k = c.sb; k < c.se; k++) {
			const ev_token *t = &doc->tokens[k];
			/* & rather than &&: no branch on what kind of token it is */
			size_t word = (t->kind == EV_TOK_WORD) & (t->end - t->start > 1);
			nwords += word;
			nupper += word & ((t->flags & EV_TF_UPPER) != 0);
			if (!dict || (!dict_firsts_has(firsts, c.th[k]) &&
			              !(untyped && hyphen_word(doc, t)))) {
				c.ent[k] = NULL;   /* most words start no name */
				c.len[k] = 0;
				c.given[k] = 0;
				continue;
			}
			size_t n = dict_match_hashed(dict, doc, lc, k, c.se, c.th[k],
			                             k + 1 < c.se ? c.th[k + 1] : 0, &c.ent[k]);
			c.len[k] = (uint8_t)(n > 255 ? 255 : n);
			if (!n)
				c.ent[k] = NULL;
			if (!n && untyped && hyphen_word(doc, t) && (c.ent[k] = hyphen_name(&c, k)) != NULL)
				c.len[k] = (uint8_t)(n = 1);
			/* "Van der Westhuizen", "Van Moer": a capitalized particle opens a name, not
			 * the place it also names (Van, in Turkey) */
			if (n == 1 && k + 1 < c.se && lc_particle(&c, k) &&
			    ((doc->tokens[k + 1].flags & EV_TF_CAP) || lc_particle(&c, k + 1))) {
				c.ent[k] = NULL;
				n = 0;
				c.len[k] = 0;
			}
			/* a given name alone is no mention, only a sign of a person */
			c.given[k] = c.ent[k] && c.ent[k]->type == DT_GIVEN;
			if (c.given[k]) {
				/* the given-name list says which names are men's or women's */
				const char *kd = dict_str(c.dict, c.ent[k]->kind);
				if (kd && !strcmp(kd, "male"))
					c.given[k] = 'm';
				else if (kd && !strcmp(kd, "female"))
					c.given[k] = 'f';
				c.ent[k] = NULL;
				c.len[k] = 0;
			}
		}
		/* temporal expressions ("Jan. 30", "Thursday") are not names */
		while (tx < doc->ntimexes && doc->timexes[tx].tok_end <= c.sb)
			tx++;
		for (size_t x = tx; x < doc->ntimexes && doc->timexes[x].tok_begin < c.se; x++)
			for (size_t k = doc->timexes[x].tok_begin; k < doc->timexes[x].tok_end; k++) {
				c.blocked[k] = 1;
				c.wf[k] &= (uint16_t)~WF_CAPWORD;
			}
		int headline = c.headline = c.head[s] = (uint8_t)caps_headline(nwords, nupper);
		/* the word that opens the sentence, after any quotes, brackets or dashes */
		size_t opener = c.sb;
		while (opener + 1 < c.se && doc->tokens[opener].kind == EV_TOK_PUNCT)
			opener++;
		for (size_t k = c.sb; k < c.se;) {
			/* most tokens: a lower-case word or a mark at which no phrase, name, alias or
			 * amount starts (the amounts are in order: the next one starts after k) */
			if (!c.ent[k] && !(c.wf[k] & (WF_ART | WF_CAPWORD | WF_CJK)) &&
			    (ai >= nam || ams[ai].b > k)) {
				k++;
				continue;
			}
			size_t e = may_open_phrase(&c, k) ? actor_phrase(&c, k) : k;
			if (e > k) {
				k = e;
				/* "Liu He (劉鶴)": the characters are an alias */
				if (k + 2 < c.se && tok_is(&c, k, "(") && doc->tokens[k + 1].kind == EV_TOK_CJK &&
				    tok_is(&c, k + 2, ")") && doc->nmentions &&
				    doc->mentions[doc->nmentions - 1].entity >= 0) {
					ev_entity *en = &doc->entities[doc->mentions[doc->nmentions - 1].entity];
					const ev_token *t = &doc->tokens[k + 1];
					en->alias = arena_strndup(doc->arena, doc->body + t->start, t->end - t->start);
					k += 3;
				}
				continue;
			}
			if (c.ent[k] && c.ent[k]->type != DT_ROLE) {
				e = plain_match(&c, k);
				if (e > k) {
					k = e;
					continue;
				}
			}
			/* a CJK alias seen before, in either script (劉鶴 = 刘鹤) */
			if (doc->tokens[k].kind == EV_TOK_CJK) {
				const ev_token *t = &doc->tokens[k];
				char ts[128], as[128];
				size_t tl = simplify(doc->body + t->start, t->end - t->start, ts, sizeof ts);
				for (size_t i = 0; i < doc->nentities; i++) {
					const char *al = doc->entities[i].alias;
					if (al && simplify(al, strlen(al), as, sizeof as) == tl &&
					    memcmp(as, ts, tl) == 0) {
						ev_mention *m = add_mention(&c, k, k + 1, doc->entities[i].type);
						if (m)
							copy_entity(&c, m, (int32_t)i);
						break;
					}
				}
				k++;
				continue;
			}
			/* amounts */
			while (ai < nam && ams[ai].b < k)
				ai++;
			if (ai < nam && ams[ai].b == k && ams[ai].e > k) {
				const amount am = ams[ai++];
				int ty = am.kind == AMOUNT_MONEY ? EV_MEN_MONEY : am.kind == AMOUNT_PERCENT
				         ? EV_MEN_PERCENT : EV_MEN_QUANTITY;
				ev_mention *m = add_mention(&c, am.b, am.e, ty);
				if (m) {
					m->value = am.value;
					memcpy(m->currency, am.currency, sizeof m->currency);
					str_copy(m->unit, sizeof m->unit, am.unit, SIZE_MAX);
					m->mod = am.mod ? am.mod : "";
				}
				k = am.e;
				continue;
			}
			if (is_cap(&c, k) && memchr(doc->body + doc->tokens[k].start, '-',
			                           doc->tokens[k].end - doc->tokens[k].start) &&
			    hyphen_places(&c, k)) {
				k++;
				continue;
			}
			/* an unknown name: a short form of an earlier one, or new */
			if (is_cap(&c, k) && !function_word(&c, k) &&
			    !(headline && (doc->tokens[k].flags & EV_TF_UPPER))) {
				size_t n = unknown_name(&c, k);
				if (n && event_name(&c, k, k + n)) {
					k += n;
					continue;
				}
				/* a compass word alone ("the North", "Northern and Eastern states") is
				 * a direction, not a name */
				if (n == 1 && (c.wf[k] & WF_COMPASS)) {
					k++;
					continue;
				}
				int32_t ent = n ? short_form(&c, k, k + n) : -1;
				/* the same words as an earlier name ("Harrowgate" after "Harrowgate 4",
				 * "Kehl" after "Kehl, Germany"): one sense per document */
				if (n && ent < 0) {
					ent = same_name(&c, k, k + n);
					/* except a club's name after "in": "the game in Dunmore" */
					if (ent >= 0 && place_context(&c, k) &&
					    doc->entities[ent].type != EV_MEN_LOC && doc->entities[ent].type != EV_MEN_GPE)
						ent = -1;
				}
				/* a single word opening a sentence is capitalized by grammar, unless a
				 * score or a table row follows it ("Puchon 3 1 0 6 1 10") */
				if (n == 1 && k == opener && ent < 0)
					c.late[k] = 1;
				if (n && (k > opener || n > 1 || ent >= 0 ||
				          (k + 1 < c.se && score_number(&c, k + 1)))) {
					c.late[k] = 0;
					ev_mention *m = ent >= 0 ? add_mention(&c, k, k + n, doc->entities[ent].type)
					                         : new_name(&c, k, k + n, guess_type(&c, k, k + n));
					if (m && ent >= 0) {
						copy_entity(&c, m, ent);
					} else if (m) {
						/* "Shanghai's Yangshan port", "Shanghai's Peace Hotel", "Kehl,
						 * Germany": a place or a body in a place, of its country */
						const ev_mention *pm = doc->nmentions >= 2 ? m - 1 : NULL;
						const dict_entry *after = k + n + 1 < c.se && tok_is(&c, k + n, ",")
						                          ? c.ent[k + n + 1] : NULL;
						const char *aco = after && after->type == DT_GPE
						                  ? dict_str(dict, after->country) : NULL;
						if ((m->type == EV_MEN_LOC || m->type == EV_MEN_ORG) && pm &&
						    pm->type == EV_MEN_GPE && pm->tok_end + 1 == k &&
						    is_possessive(&c, k - 1) && pm->country[0]) {
							memcpy(m->country, pm->country, sizeof m->country);
							memcpy(m->code, pm->country, sizeof m->country);
						} else if (m->type == EV_MEN_LOC && aco && strlen(aco) == 3) {
							memcpy(m->country, aco, 4);
							memcpy(m->code, aco, 4);
						}
						if (m->code[0] && m->entity >= 0 && !doc->entities[m->entity].code[0]) {
							memcpy(doc->entities[m->entity].code, m->code, sizeof m->code);
							memcpy(doc->entities[m->entity].country, m->country,
							       sizeof m->country);
						}
						/* "Gao Feng, a commerce ministry spokesman,": the apposition codes the name */
						if (k + n + 1 < c.se && tok_is(&c, k + n, ",")) {
							size_t before = doc->nmentions;
							size_t e2 = actor_phrase(&c, k + n + 1);
							if (e2 > k + n + 1 && doc->nmentions == before + 1) {
								ev_mention *ap = &doc->mentions[before];
								m = &doc->mentions[before - 1];
								/* an apposition opens with an article or a country ("a
								 * spokesman", "China's ..."), not a bare plural ("X,
								 * traders said"); a body ("a bank holding company") makes
								 * the name an organization */
								int opens = (c.wf[k + n + 1] & WF_ART) ||
								            (c.ent[k + n + 1] && (c.ent[k + n + 1]->type == DT_NORP ||
								                                  c.ent[k + n + 1]->type == DT_GPE));
								if (ap->nominal && ap->code[0] && opens) {
									int ty = ap->type == EV_MEN_ORG ? EV_MEN_ORG : EV_MEN_PER;
									memcpy(m->code, ap->code, sizeof m->code);
									memcpy(m->country, ap->country, sizeof m->country);
									memcpy(m->role, ap->role, sizeof m->role);
									m->type = (uint8_t)ty;
									note_mention(&c, before - 1);
									ap->entity = m->entity;
									if (m->entity >= 0) {
										ev_entity *en = &doc->entities[m->entity];
										memcpy(en->code, m->code, sizeof en->code);
										memcpy(en->country, m->country, sizeof en->country);
										memcpy(en->role, m->role, sizeof en->role);
										en->type = (uint8_t)ty;
									}
								}
								k = e2;
								continue;
							}
						}
					}
					k += n;
					continue;
				}
			}
			k++;
		}
	}
	if (doc->nsents) {
		sports_teams(&c, sent_first);
		teams_throughout(&c);
		names_later(&c);
	}
	role_of_place(&c);
	person_gender(&c);
	return doc->arena->oom ? EV_ERR_NOMEM : EV_OK;
}
