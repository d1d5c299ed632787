/*
 * timex.c - temporal expressions (TimeML 1.2 TIMEX3): found by hand-written
 * patterns over tokens and a small lexicon, normalized against the document
 * date (DCT).  A month or weekday without a year takes its direction from the
 * tense of its clause ("met in July" → the past July, "will meet in October"
 * → the coming one).  Without a DCT, relative values stay underspecified.
 */
#include <ctype.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "arena.h"
#include "datecalc.h"
#include "eventline.h"
#include "hash.h"
#include "strcopy.h"
#include "timex.h"
#include "tok.h"

/* ---------------------------------------------------------------- lexicon */

enum cat {
	C_NONE = 0, C_MONTH, C_WDAY, C_WDAYS, C_NUM, C_ORD, C_UNIT, C_PART, C_SEASON, C_REL,
	C_AGO, C_DAYREF, C_REF, C_SETADV, C_EVERY, C_POS, C_APPROX, C_THE, C_FISCAL, C_AMPM,
	C_TZ, C_HALF, C_OF, C_OR, C_WEEKEND, C_HOLIDAY, C_DECADEW, C_MISC
};

/* Units; the order is from the finest to the coarsest. */
enum unit { U_NONE, U_SEC, U_MIN, U_HOUR, U_DAY, U_WEEK, U_MONTH, U_QUARTER, U_YEAR, U_DECADE,
            U_CENTURY, U_WEEKEND };

typedef struct lex {
	const char *w;
	uint8_t cat;
	int16_t val;
} lex;

/* Sorted by word (strcmp order), all lower case, without final periods. */
static const lex lexicon[] = {
	{"a", C_NUM, 1}, {"about", C_APPROX, 1}, {"afternoon", C_PART, 2}, {"ago", C_AGO, -1},
	{"almost", C_APPROX, 4}, {"an", C_NUM, 1}, {"annually", C_SETADV, 4},
	{"approximately", C_APPROX, 1}, {"apr", C_MONTH, 4}, {"april", C_MONTH, 4},
	{"around", C_APPROX, 1}, {"aug", C_MONTH, 8}, {"august", C_MONTH, 8},
	{"autumn", C_SEASON, 3}, {"beginning", C_POS, 1}, {"centuries", C_UNIT, U_CENTURY},
	{"century", C_UNIT, U_CENTURY}, {"christmas", C_HOLIDAY, 1}, {"coming", C_REL, 1},
	{"couple", C_NUM, 2}, {"current", C_REF, 4}, {"currently", C_REF, 0},
	{"daily", C_SETADV, 1}, {"day", C_UNIT, U_DAY}, {"days", C_UNIT, U_DAY},
	{"dec", C_MONTH, 12}, {"decade", C_UNIT, U_DECADE}, {"decades", C_UNIT, U_DECADE},
	{"december", C_MONTH, 12}, {"dozen", C_NUM, 12}, {"each", C_EVERY, 0},
	{"earlier", C_AGO, -2}, {"early", C_POS, 1}, {"edt", C_TZ, 0}, {"eight", C_NUM, 8},
	{"eighteen", C_NUM, 18}, {"eighth", C_ORD, 8}, {"eighties", C_DECADEW, 8},
	{"eighty", C_NUM, 80}, {"eleven", C_NUM, 11}, {"eleventh", C_ORD, 11}, {"end", C_POS, 3},
	{"est", C_TZ, 0}, {"evening", C_PART, 3}, {"every", C_EVERY, 0}, {"fall", C_SEASON, 3},
	{"feb", C_MONTH, 2}, {"february", C_MONTH, 2}, {"few", C_NUM, -1}, {"fifteen", C_NUM, 15},
	{"fifth", C_ORD, 5}, {"fifties", C_DECADEW, 5}, {"fifty", C_NUM, 50}, {"first", C_ORD, 1},
	{"fiscal", C_FISCAL, 0}, {"five", C_NUM, 5}, {"following", C_REL, 1},
	{"forties", C_DECADEW, 4}, {"fortnight", C_UNIT, U_WEEK}, {"forty", C_NUM, 40},
	{"four", C_NUM, 4}, {"fourteen", C_NUM, 14}, {"fourth", C_ORD, 4}, {"fri", C_WDAY, 5},
	{"friday", C_WDAY, 5}, {"fridays", C_WDAYS, 5}, {"full", C_MISC, 3}, {"future", C_REF, 2},
	{"fy", C_FISCAL, 1}, {"gmt", C_TZ, 0}, {"half", C_HALF, 0}, {"halloween", C_HOLIDAY, 3},
	{"hour", C_UNIT, U_HOUR}, {"hourly", C_SETADV, 0}, {"hours", C_UNIT, U_HOUR},
	{"hr", C_UNIT, U_HOUR}, {"hrs", C_UNIT, U_HOUR}, {"hundred", C_NUM, 100},
	{"jan", C_MONTH, 1}, {"january", C_MONTH, 1}, {"jul", C_MONTH, 7}, {"july", C_MONTH, 7},
	{"jun", C_MONTH, 6}, {"june", C_MONTH, 6}, {"last", C_REL, -1}, {"late", C_POS, 3},
	{"lately", C_REF, 1}, {"later", C_AGO, 2}, {"latest", C_MISC, 0}, {"least", C_APPROX, 6},
	{"less", C_APPROX, 5}, {"mar", C_MONTH, 3}, {"march", C_MONTH, 3}, {"may", C_MONTH, 5},
	{"mid", C_POS, 2}, {"midday", C_PART, 5}, {"middle", C_POS, 2}, {"midnight", C_PART, 6},
	{"min", C_UNIT, U_MIN}, {"mins", C_UNIT, U_MIN}, {"minute", C_UNIT, U_MIN},
	{"minutes", C_UNIT, U_MIN}, {"mon", C_WDAY, 1}, {"monday", C_WDAY, 1},
	{"mondays", C_WDAYS, 1}, {"month", C_UNIT, U_MONTH}, {"monthly", C_SETADV, 3},
	{"months", C_UNIT, U_MONTH}, {"more", C_APPROX, 3}, {"morning", C_PART, 1},
	{"near", C_MISC, 1}, {"nearly", C_APPROX, 4}, {"new", C_HOLIDAY, 4}, {"next", C_REL, 1},
	{"night", C_PART, 4}, {"nine", C_NUM, 9}, {"nineteen", C_NUM, 19},
	{"nineties", C_DECADEW, 9}, {"ninety", C_NUM, 90}, {"ninth", C_ORD, 9}, {"nite", C_PART, 4},
	{"noon", C_PART, 5}, {"nov", C_MONTH, 11}, {"november", C_MONTH, 11}, {"now", C_REF, 0},
	{"nowadays", C_REF, 0}, {"nxt", C_REL, 1}, {"oct", C_MONTH, 10}, {"october", C_MONTH, 10},
	{"of", C_OF, 0}, {"one", C_NUM, 1}, {"or", C_OR, 0}, {"over", C_APPROX, 3},
	{"overnight", C_PART, 4}, {"past", C_REL, -2}, {"pdt", C_TZ, 0}, {"per", C_EVERY, 1},
	{"previous", C_REL, -1}, {"pst", C_TZ, 0}, {"quarter", C_UNIT, U_QUARTER},
	{"quarters", C_UNIT, U_QUARTER}, {"recent", C_REF, 3}, {"recently", C_REF, 1},
	{"roughly", C_APPROX, 1}, {"sat", C_WDAY, 6}, {"saturday", C_WDAY, 6},
	{"saturdays", C_WDAYS, 6}, {"second", C_ORD, 2}, {"seconds", C_UNIT, U_SEC},
	{"secs", C_UNIT, U_SEC}, {"sep", C_MONTH, 9}, {"sept", C_MONTH, 9},
	{"september", C_MONTH, 9}, {"seven", C_NUM, 7}, {"seventeen", C_NUM, 17},
	{"seventh", C_ORD, 7}, {"seventies", C_DECADEW, 7}, {"seventy", C_NUM, 70},
	{"several", C_NUM, -1}, {"short", C_MISC, 2}, {"six", C_NUM, 6}, {"sixteen", C_NUM, 16},
	{"sixth", C_ORD, 6}, {"sixties", C_DECADEW, 6}, {"sixty", C_NUM, 60},
	{"spring", C_SEASON, 1}, {"start", C_POS, 1}, {"summer", C_SEASON, 2}, {"sun", C_WDAY, 7},
	{"sunday", C_WDAY, 7}, {"sundays", C_WDAYS, 7}, {"tdy", C_DAYREF, 0}, {"ten", C_NUM, 10},
	{"tenth", C_ORD, 10}, {"thanksgiving", C_HOLIDAY, 2}, {"that", C_MISC, 4},
	{"the", C_THE, 0}, {"these", C_MISC, 5}, {"third", C_ORD, 3}, {"thirteen", C_NUM, 13},
	{"thirties", C_DECADEW, 3}, {"thirty", C_NUM, 30}, {"this", C_REL, 0}, {"three", C_NUM, 3},
	{"thu", C_WDAY, 4}, {"thur", C_WDAY, 4}, {"thurs", C_WDAY, 4}, {"thursday", C_WDAY, 4},
	{"thursdays", C_WDAYS, 4}, {"tmr", C_DAYREF, 1}, {"tmrw", C_DAYREF, 1},
	{"tmw", C_DAYREF, 1}, {"today", C_DAYREF, 0}, {"tomorrow", C_DAYREF, 1},
	{"tonight", C_DAYREF, 2}, {"tonite", C_DAYREF, 2}, {"tue", C_WDAY, 2}, {"tues", C_WDAY, 2},
	{"tuesday", C_WDAY, 2}, {"tuesdays", C_WDAYS, 2}, {"twelfth", C_ORD, 12},
	{"twelve", C_NUM, 12}, {"twenties", C_DECADEW, 2}, {"twenty", C_NUM, 20}, {"two", C_NUM, 2},
	{"under", C_APPROX, 5}, {"up", C_APPROX, 7}, {"utc", C_TZ, 0}, {"wed", C_WDAY, 3},
	{"wednesday", C_WDAY, 3}, {"wednesdays", C_WDAYS, 3}, {"week", C_UNIT, U_WEEK},
	{"weekend", C_WEEKEND, 0}, {"weekends", C_WEEKEND, 1}, {"weekly", C_SETADV, 2},
	{"weeks", C_UNIT, U_WEEK}, {"winter", C_SEASON, 4}, {"wk", C_UNIT, U_WEEK},
	{"wks", C_UNIT, U_WEEK}, {"xmas", C_HOLIDAY, 1}, {"yday", C_DAYREF, -1},
	{"year", C_UNIT, U_YEAR}, {"yearly", C_SETADV, 4}, {"years", C_UNIT, U_YEAR},
	{"yesterday", C_DAYREF, -1}, {"yr", C_UNIT, U_YEAR}, {"yrs", C_UNIT, U_YEAR},
};

/* Modifier words (C_APPROX values) and the TIMEX3 mod they give. */
static const char *approx_mod(int v)
{
	switch (v) {
	case 1: return "APPROX";         /* about, around, roughly */
	case 3: return "MORE_THAN";      /* more than, over */
	case 4: return "EQUAL_OR_LESS";  /* nearly, almost */
	case 5: return "LESS_THAN";      /* less than, under */
	case 6: return "EQUAL_OR_MORE";  /* at least */
	case 7: return "EQUAL_OR_LESS";  /* up to, within */
	}
	return "";
}

/* Tense cues: the words that say whether a clause looks ahead or back. */
enum cue { CUE_NONE, CUE_FUT, CUE_WEAK_FUT, CUE_PAST, CUE_REPORT, CUE_ED, CUE_BE, CUE_WAS };

typedef struct cueword {
	const char *w;
	uint8_t cue;
} cueword;

static const cueword cuewords[] = {
	/* strong future */
	{"will", CUE_FUT}, {"'ll", CUE_FUT}, {"\xE2\x80\x99ll", CUE_FUT}, {"shall", CUE_FUT},
	{"due", CUE_FUT}, {"effective", CUE_FUT}, {"scheduled", CUE_FUT}, {"slated", CUE_FUT},
	{"upcoming", CUE_FUT}, {"next", CUE_FUT}, {"going", CUE_FUT}, {"wo", CUE_FUT},
	/* weak future: modals, plans, "to" + verb */
	{"would", CUE_WEAK_FUT}, {"must", CUE_WEAK_FUT}, {"should", CUE_WEAK_FUT},
	{"might", CUE_WEAK_FUT}, {"could", CUE_WEAK_FUT}, {"can", CUE_WEAK_FUT},
	{"expected", CUE_WEAK_FUT}, {"expects", CUE_WEAK_FUT}, {"plans", CUE_WEAK_FUT},
	{"plan", CUE_WEAK_FUT}, {"planned", CUE_WEAK_FUT}, {"planning", CUE_WEAK_FUT},
	{"intends", CUE_WEAK_FUT}, {"aims", CUE_WEAK_FUT}, {"ready", CUE_WEAK_FUT}, {"set", CUE_WEAK_FUT},
	{"to", CUE_WEAK_FUT},
	/* past */
	{"was", CUE_WAS}, {"were", CUE_WAS}, {"had", CUE_PAST}, {"did", CUE_PAST},
	{"met", CUE_PAST}, {"came", CUE_PAST}, {"went", CUE_PAST}, {"took", CUE_PAST},
	{"made", CUE_PAST}, {"held", CUE_PAST}, {"began", CUE_PAST}, {"left", CUE_PAST},
	{"saw", CUE_PAST}, {"gave", CUE_PAST}, {"rose", CUE_PAST}, {"fell", CUE_PAST},
	{"won", CUE_PAST}, {"lost", CUE_PAST}, {"ago", CUE_PAST}, {"last", CUE_PAST},
	{"earlier", CUE_PAST}, {"has", CUE_PAST}, {"have", CUE_PAST}, {"since", CUE_PAST},
	/* irregular past forms (the -ed ones are found by their ending) */
	{"became", CUE_PAST}, {"bought", CUE_PAST}, {"sold", CUE_PAST}, {"paid", CUE_PAST},
	{"got", CUE_PAST}, {"brought", CUE_PAST}, {"found", CUE_PAST}, {"sent", CUE_PAST},
	{"spent", CUE_PAST}, {"built", CUE_PAST}, {"ran", CUE_PAST}, {"fought", CUE_PAST},
	{"led", CUE_PAST}, {"struck", CUE_PAST}, {"shot", CUE_PAST}, {"wrote", CUE_PAST},
	{"spoke", CUE_PAST}, {"broke", CUE_PAST}, {"chose", CUE_PAST}, {"flew", CUE_PAST},
	{"grew", CUE_PAST}, {"knew", CUE_PAST}, {"thought", CUE_PAST}, {"felt", CUE_PAST},
	{"sought", CUE_PAST}, {"caught", CUE_PAST}, {"stood", CUE_PAST}, {"kept", CUE_PAST},
	{"fled", CUE_PAST}, {"drew", CUE_PAST}, {"swept", CUE_PAST}, {"slid", CUE_PAST},
	/* reporting verbs belong to the report, not to the event: weak */
	{"said", CUE_REPORT}, {"told", CUE_REPORT}, {"announced", CUE_REPORT}, {"says", CUE_REPORT},
	{"reported", CUE_REPORT}, {"added", CUE_REPORT}, {"stated", CUE_REPORT},
	/* forms of be before a participle make it passive, not past */
	{"be", CUE_BE}, {"is", CUE_BE}, {"are", CUE_BE}, {"been", CUE_BE},
};

/*
 * The lexicon and the cue words in one open-addressing hash table, built
 * once (pthread_once) and read-only afterwards, shared by all threads.
 *
 * Every word of the table is shorter than 16 bytes, so a word is its key: two words of
 * eight bytes, zero after its end.  A token is looked up without a loop over its bytes:
 * it is read eight bytes at a time, lower-cased eight at a time, hashed with two
 * multiplications and compared as two integers.
 */
#define LEX_HASH_SIZE 1024u
#define LEX_MAX 15

typedef struct lexkey {
	uint64_t a, b;
} lexkey;

typedef struct lexslot {
	const char *w;    /* NULL: empty */
	lexkey key;
	uint8_t len;
	uint8_t cat;
	int16_t val;
	uint8_t cue;
} lexslot;

/* A bit for the hash of every word of the table: most words of a text are in neither
 * list and are told so with one bit test. */
#define LEX_BITS 16384u

static lexslot lex_table[LEX_HASH_SIZE];
static uint64_t lex_bits[LEX_BITS / 64];
static pthread_once_t lex_once = PTHREAD_ONCE_INIT;

/* Eight bytes with ASCII capitals lowered: a byte gets 0x20 when it is below 0x80 and
 * between 'A' and 'Z' (the sums test its low seven bits). */
static uint64_t lower8(uint64_t x)
{
	uint64_t low7 = x & 0x7F7F7F7F7F7F7F7FULL;
	uint64_t ge_a = low7 + 0x3F3F3F3F3F3F3F3FULL;   /* 0x80 + 'A' - 0x80 ... >= 'A' */
	uint64_t gt_z = low7 + 0x2525252525252525ULL;   /* > 'Z' */
	return x | ((~x & ge_a & ~gt_z & 0x8080808080808080ULL) >> 2);
}

/* The key of w[0..n) (n <= LEX_MAX), read byte by byte: safe wherever w is. */
static lexkey key_of(const char *w, size_t n, int lower)
{
	unsigned char buf[16] = {0};
	memcpy(buf, w, n);
	lexkey k;
	memcpy(&k.a, buf, 8);
	memcpy(&k.b, buf + 8, 8);
	if (lower) {
		k.a = lower8(k.a);
		k.b = lower8(k.b);
	}
	return k;
}

/* The same, lower-cased, when 16 bytes can be read at w: two loads and two masks. */
static lexkey key_wide(const char *w, size_t n)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	lexkey k;
	uint64_t ma, mb;
	memcpy(&k.a, w, 8);
	memcpy(&k.b, w + 8, 8);
	ev_first_bytes(n, &ma, &mb);
	k.a &= ma;
	k.b &= mb;
	k.a = lower8(k.a);
	k.b = lower8(k.b);
	return k;
#else
	return key_of(w, n, 1);
#endif
}

static uint32_t lex_hash(lexkey k)
{
	return (uint32_t)(((k.a ^ (k.b * 0xC2B2AE3D27D4EB4FULL)) * 0x9E3779B97F4A7C15ULL) >> 32);
}

static lexslot *lex_slot(lexkey k)
{
	uint32_t i = lex_hash(k) & (LEX_HASH_SIZE - 1);
	while (lex_table[i].w && !(lex_table[i].key.a == k.a && lex_table[i].key.b == k.b))
		i = (i + 1) & (LEX_HASH_SIZE - 1);
	return &lex_table[i];
}

/* A new word's slot, its key and its bit. */
static void lex_fill(lexslot *sl, const char *w, lexkey k)
{
	uint32_t h = lex_hash(k);
	sl->w = w;
	sl->key = k;
	sl->len = (uint8_t)strlen(w);
	lex_bits[(h & (LEX_BITS - 1)) / 64] |= 1ULL << (h % 64);
}

/* The table's words as they are written (all lower case): a word that is not could
 * never be found, as before. */
static void lex_build(void)
{
	for (size_t i = 0; i < sizeof lexicon / sizeof lexicon[0]; i++) {
		size_t n = strlen(lexicon[i].w);
		if (n == 0 || n > LEX_MAX)
			continue;   /* longer than any word looked up */
		lexkey k = key_of(lexicon[i].w, n, 0);
		lexslot *sl = lex_slot(k);
		lex_fill(sl, lexicon[i].w, k);
		sl->cat = lexicon[i].cat;
		sl->val = lexicon[i].val;
	}
	for (size_t i = 0; i < sizeof cuewords / sizeof cuewords[0]; i++) {
		size_t n = strlen(cuewords[i].w);
		if (n == 0 || n > LEX_MAX)
			continue;
		lexkey k = key_of(cuewords[i].w, n, 0);
		lexslot *sl = lex_slot(k);
		if (!sl->w)
			lex_fill(sl, cuewords[i].w, k);
		sl->cue = cuewords[i].cue;
	}
}

/* Is the lexicon in strcmp order, as the binary search needs? (unit-tested) */
int timex_lexicon_sorted(void)
{
	for (size_t i = 1; i < sizeof lexicon / sizeof lexicon[0]; i++)
		if (strcmp(lexicon[i - 1].w, lexicon[i].w) >= 0)
			return 0;
	return 1;
}

/* The entry for a key, or NULL, once the table is built: most words end at their bit. */
static const lexslot *lex_find_key(lexkey k)
{
	uint32_t h = lex_hash(k);
	if (!(lex_bits[(h & (LEX_BITS - 1)) / 64] & (1ULL << (h % 64))))
		return NULL;
	for (uint32_t i = h & (LEX_HASH_SIZE - 1); lex_table[i].w; i = (i + 1) & (LEX_HASH_SIZE - 1))
		if (lex_table[i].key.a == k.a && lex_table[i].key.b == k.b)
			return &lex_table[i];
	return NULL;
}

/* The entry for w[0..n) (case-insensitive, ASCII), or NULL, once the table is built. */
static const lexslot *lex_find(const char *w, size_t n)
{
	if (n == 0 || n > LEX_MAX)
		return NULL;
	return lex_find_key(key_of(w, n, 1));
}

/* The entry for a word (case-insensitive, ASCII), or NULL. */
static const lexslot *lookup_slot(const char *w, size_t n)
{
	pthread_once(&lex_once, lex_build);
	return lex_find(w, n);
}

/* The lexicon entry (category and value) of a word, or NULL. */
static const lexslot *lookup(const char *w, size_t n)
{
	const lexslot *sl = lookup_slot(w, n);
	return sl && sl->cat != C_NONE ? sl : NULL;
}

/* ----------------------------------------------------------- the matcher */

/* What each token is, looked up once per document. */
typedef struct tinfo {
	uint8_t cat;
	int16_t val;
	int32_t num;      /* a plain number's value, -1 if not a number */
	uint8_t short_form;   /* "Sun", "Jan" without a period: weak as a date */
	uint8_t cue;          /* enum cue */
	uint8_t hyphen;       /* a word with a hyphen (two-year, mid-2019): can_start */
} tinfo;

typedef struct tctx {
	const ev_doc *d;
	const ev_token *t;
	tinfo *ti;
	size_t sb, se;    /* the sentence's tokens [sb, se) */
	int has_dct;
	int dy, dm, dd;   /* the DCT */
	char ref[40];     /* the last absolute date mentioned: "a year earlier" is from it */
	char qref[8];     /* the latest ended quarter named (YYYY-Qn): what a results story is about */
} tctx;

/* A match: its tokens [b, e), type, value and modifier. */
typedef struct cand {
	size_t b, e;
	int type;
	int from_ref;     /* computed from the reference time: does not move it */
	char value[40];
	const char *mod;
} cand;

/*
 * strncasecmp(a, b, n) == 0 as the C locale has it (ASCII letters only), inline: most
 * calls compare a token of two to five letters, for which the library call cost several
 * times the loop.
 */
static inline int ascii_ieq(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned x = (unsigned char)a[i], y = (unsigned char)b[i];
		x += x - 'A' < 26u ? 32u : 0u;
		y += y - 'A' < 26u ? 32u : 0u;
		if (x != y)
			return 0;
		if (!x)
			return 1;
	}
	return 1;
}

static int tok_is_n(const tctx *c, size_t k, const char *s, size_t n)
{
	if (k >= c->se)
		return 0;   /* past the sentence: nothing is there (found by fuzzing) */
	const ev_token *t = &c->t[k];
	return t->end - t->start == n && ascii_ieq(c->d->body + t->start, s, n);
}

/* Is token k the word s (a string literal: its length is known when compiled)? */
#define tok_is_ci(c, k, s) tok_is_n((c), (k), "" s, sizeof(s) - 1)

static int cat(const tctx *c, size_t k)
{
	return k < c->se ? c->ti[k].cat : C_NONE;
}

static int val(const tctx *c, size_t k)
{
	return c->ti[k].val;
}

static int num(const tctx *c, size_t k)
{
	return k < c->se ? c->ti[k].num : -1;
}

/* A token is adjacent to the previous one (no space: "mid-" pieces, "p.m"). */
static int glued(const tctx *c, size_t k)
{
	return k < c->se && !(c->t[k].flags & EV_TF_SPACE_BEFORE);
}

/* Is token k an opening quotation mark (", ``, a curly quote)? */
static int open_quote(const tctx *c, size_t k)
{
	if (k >= c->se || (c->t[k].kind != EV_TOK_PUNCT && c->t[k].kind != EV_TOK_SYMBOL))
		return 0;
	char q = c->d->body[c->t[k].start];
	return q == '"' || q == '`' || tok_is_ci(c, k, "\xE2\x80\x9C") ||
	       (q == '\'' && (c->t[k].end - c->t[k].start == 2 ||
	                      (c->t[k].start > 0 && c->d->body[c->t[k].start - 1] == '\'')));
}

/* ------------------------------------------------------------------ tense */

/* A future cue at k: will, due, planning; "to" only if to_ok ("was to meet") */
static int fut_cue(const tctx *c, size_t k, int to_ok)
{
	return k < c->se && (c->ti[k].cue == CUE_FUT || c->ti[k].cue == CUE_WEAK_FUT) &&
	       (to_ok || !tok_is_ci(c, k, "to"));
}

/*
 * Direction of the clause around tokens [b, e): +2 future (will, scheduled),
 * +1 future from a weak cue only (modals, "to"), -2 past, -1 past from a
 * reporting verb only ("said": the report, not the event), 0 unknown.
 * The nearest cue wins: will, 'll, shall, going to, due to, scheduled,
 * expected, plans → future; was, were, had, did, -ed verbs, said → past.
 */
static int clause_tense(const tctx *c, size_t b, size_t e, int strong_only)
{
	int best = 0;
	size_t bestd = (size_t)-1;
	/* "said Monday", "announced on Oct. 5": the date of the report itself
	 * (looking past a clock time before the day: "until 9 a.m. EST Tuesday") */
	size_t h = b;
	for (int g = 0; g < 4 && h > c->sb && (c->t[h - 1].kind == EV_TOK_NUMBER ||
	                                       cat(c, h - 1) == C_TZ ||
	                                       tok_is_ci(c, h - 1, "a.m.") ||
	                                       tok_is_ci(c, h - 1, "p.m.")); g++)
		h--;
	if (h > c->sb && cat(c, h - 1) == C_THE)
		h--;
	if (h > c->sb && tok_is_ci(c, h - 1, "on"))
		h--;
	if (h > c->sb && c->ti[h - 1].cue == CUE_REPORT)
		return -2;
	/* "postponed until Tuesday", "extended the offer until Nov. 6": a deadline
	 * ahead; a sentence-opening "Until Thursday, they had not..." is not */
	if (h > c->sb + 1 && tok_is_ci(c, h - 1, "until"))
		return 2;
	/* "ahead of the weekend": the coming one */
	if (h > c->sb + 1 && tok_is_ci(c, h - 1, "of") && tok_is_ci(c, h - 2, "ahead"))
		return 2;
	for (size_t k = c->sb; k < c->se; k++) {
		int cue = c->ti[k].cue;
		if (cue == CUE_NONE || (k >= b && k < e))
			continue;
		size_t dist = k < b ? b - k : k - e + 1;
		int dir = 0;
		switch (cue) {
		case CUE_FUT:
			/* "had been due to expire", "had been scheduled": a plan of the past */
			dir = k > c->sb + 1 && tok_is_ci(c, k - 1, "been") && tok_is_ci(c, k - 2, "had")
			      ? -2 : 2;
			break;
		case CUE_WEAK_FUT:
			if (strong_only)
				break;
			/* "to" only as in "to visit": right before a lower-case verb */
			if (c->t[k].end - c->t[k].start == 2 &&
			    (k + 1 >= c->se || c->t[k + 1].kind != EV_TOK_WORD ||
			     (c->t[k + 1].flags & EV_TF_CAP) || k + 1 == b))
				break;
			dir = 1;
			dist += 8;
			break;
		case CUE_WAS:
			/* "was planning to", "were due to", "was going to": a plan, still
			 * ahead at the time of writing */
			dir = fut_cue(c, k + 1, 1) || fut_cue(c, k + 2, 0) ? 1 : -2;
			break;
		case CUE_BE:
			/* "is to resume", "are to meet": an arrangement */
			if (tok_is_ci(c, k + 1, "to") && (tok_is_ci(c, k, "is") || tok_is_ci(c, k, "are")) &&
			    k + 2 < c->se && c->t[k + 2].kind == EV_TOK_WORD && !(c->t[k + 2].flags & EV_TF_CAP))
				dir = 1;
			break;
		case CUE_PAST:
			/* a participle after be is passive: "would be paid", "is held";
			 * "has scheduled" is left to the verb after it */
			if (!(k > c->sb && c->ti[k - 1].cue == CUE_BE) && !fut_cue(c, k + 1, 0))
				dir = -2;
			break;
		case CUE_REPORT:
			dir = -1;
			dist += 8;
			break;
		case CUE_ED:
			/* an -ed verb, unless passive after be ("is scheduled" is above) */
			if (!(k > c->sb && c->ti[k - 1].cue == CUE_BE))
				dir = -2;
			break;
		}
		if (dir && dist < bestd) {
			bestd = dist;
			best = dir;
		}
	}
	return best;
}

/* ------------------------------------------------------------- values */

/*
 * snprintf(out, cap, f, ...) for the values this file writes, with the conversions they
 * use: %s, %.Ns, %.*s, %c, %d and %0Nd.  A value is written for almost every expression,
 * and glibc's snprintf costs several hundred instructions a call; a format with any other
 * conversion goes to vsnprintf.
 */
static void tfmt(char *out, size_t cap, const char *f, ...)
{
	va_list ap;
	va_start(ap, f);
	for (const char *q = f; *q; q++) {
		if (*q != '%')
			continue;
		/* the conversion after any precision (of %s) or zero-padded width (of %d) */
		char want = 0;
		q++;
		if (*q == '.' && q[1] == '*') {
			q += 2;
			want = 's';
		} else if (*q == '.' || *q == '0') {
			want = *q == '.' ? 's' : 'd';
			for (q++; *q >= '0' && *q <= '9'; q++)
				;
		}
		if (want ? *q != want : (*q != 's' && *q != 'd' && *q != 'c')) {
			vsnprintf(out, cap, f, ap);
			va_end(ap);
			return;
		}
	}
	size_t o = 0;
#define PUT(ch) do { if (o + 1 < cap) out[o] = (ch); o++; } while (0)
	for (const char *q = f; *q; q++) {
		if (*q != '%') {
			PUT(*q);
			continue;
		}
		q++;
		int prec = -1, width = 0;
		if (*q == '.') {
			q++;
			if (*q == '*') {
				prec = va_arg(ap, int);
				q++;
			} else {
				for (prec = 0; *q >= '0' && *q <= '9'; q++)
					prec = prec * 10 + (*q - '0');
			}
		} else if (*q == '0') {
			for (q++; *q >= '0' && *q <= '9'; q++)
				width = width * 10 + (*q - '0');
		}
		if (*q == 's') {
			const char *a = va_arg(ap, const char *);
			if (!a)
				a = "(null)";   /* as glibc prints it */
			for (int i = 0; (prec < 0 || i < prec) && a[i]; i++)
				PUT(a[i]);
		} else if (*q == 'c') {
			PUT((char)va_arg(ap, int));
		} else {
			int v = va_arg(ap, int);
			char dg[12];
			int n = 0;
			unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
			do
				dg[n++] = (char)('0' + u % 10);
			while (u /= 10);
			if (v < 0) {
				PUT('-');
				width--;
			}
			for (; width > n; width--)
				PUT('0');
			while (n)
				PUT(dg[--n]);
		}
	}
#undef PUT
	if (cap)
		out[o < cap ? o : cap - 1] = '\0';
	va_end(ap);
}

static void set_date(cand *o, int y, int m, int d)
{
	/* by hand: this runs for most dates, and snprintf costs several times as much */
	if (y < 0 || y > 9999 || m < 0 || m > 99 || d < 0 || d > 99) {
		tfmt(o->value, sizeof o->value, "%04d-%02d-%02d", y, m, d);
		return;
	}
	char *v = o->value;
	v[0] = (char)('0' + y / 1000);
	v[1] = (char)('0' + y / 100 % 10);
	v[2] = (char)('0' + y / 10 % 10);
	v[3] = (char)('0' + y % 10);
	v[4] = '-';
	v[5] = (char)('0' + m / 10);
	v[6] = (char)('0' + m % 10);
	v[7] = '-';
	v[8] = (char)('0' + d / 10);
	v[9] = (char)('0' + d % 10);
	v[10] = '\0';
}

/* Resolve a month/day without a year against the DCT and the tense. */
static void resolve_md(const tctx *c, cand *o, int m, int d, int tense)
{
	if (!c->has_dct) {
		if (d)
			tfmt(o->value, sizeof o->value, "XXXX-%02d-%02d", m, d);
		else
			tfmt(o->value, sizeof o->value, "XXXX-%02d", m);
		return;
	}
	/*
	 * The two candidates: the last such date on or before the DCT and the
	 * next one after it.  The tense picks when its candidate lies within half
	 * a year; otherwise the nearer one wins ("said the vote was set for Nov.
	 * 6" in late October is this November, whatever the reporting verb).
	 */
	long dct = date_days(c->dy, c->dm, c->dd);
	int dd = d ? d : 1;
	int yp = c->dy, yf = c->dy;
	long tp, tf;
	if (d) {
		if (date_days(c->dy, m, dd) > dct)
			yp--;
		else if (date_days(c->dy, m, dd) < dct)
			yf++;
		tp = dct - date_days(yp, m, dd);
		tf = date_days(yf, m, dd) - dct;
	} else {
		/* months: the DCT's own month counts as both */
		if (m > c->dm)
			yp--;
		else if (m < c->dm)
			yf++;
		tp = (c->dy - yp) * 12L + (c->dm - m);
		tf = (yf - c->dy) * 12L + (m - c->dm);
		tp *= 30;
		tf *= 30;
	}
	int y;
	if ((tense < 0 && tp <= 183) || (tense == -2 && tp <= 365 && tf > (d ? 91 : 60)))
		y = yp;
	else if ((tense > 0 && tf <= 183) || (tense == 2 && tf <= 365 && tp > (d ? 91 : 60)))
		y = yf;
	else
		y = tf < tp ? yf : yp;
	if (d)
		set_date(o, y, m, d);
	else
		tfmt(o->value, sizeof o->value, "%04d-%02d", y, m);
}

/* A weekday (1 = Monday) resolved by tense: the last one, or the next one. */
static void resolve_wday(const tctx *c, cand *o, int wd, int tense, int rel)
{
	if (!c->has_dct) {
		tfmt(o->value, sizeof o->value, "XXXX-WXX-%d", wd);
		return;
	}
	long base = date_days(c->dy, c->dm, c->dd);
	int dw = date_weekday(base);
	int delta;
	if (rel > 0 || (rel == 0 && tense > 0)) {
		delta = (wd - dw + 7) % 7;
		if (delta == 0 && rel > 0)
			delta = 7;
	} else {
		delta = -((dw - wd + 7) % 7);
		if (delta == 0 && rel < 0)
			delta = -7;
		/* No clear past: "Tuesday" in a Monday paper is tomorrow, not six days
		 * ago; the nearer day wins, the past on a tie. */
		if (rel == 0 && tense > -2 && delta <= -5)
			delta += 7;
	}
	int y, m, d;
	date_civil(base + delta, &y, &m, &d);
	set_date(o, y, m, d);
}

/* A date shifted from the DCT by n units, at that unit's granularity. */
static void shift_dct(const tctx *c, cand *o, int unit, int n)
{
	if (!c->has_dct) {
		static const char *const u[] = {"", "", "", "", "XXXX-XX-XX", "XXXX-WXX", "XXXX-XX",
		                                 "XXXX-QX", "XXXX", "XXX", "XX", "XXXX-WXX-WE"};
		tfmt(o->value, sizeof o->value, "%s", unit < 12 ? u[unit] : "XXXX");
		return;
	}
	long base = date_days(c->dy, c->dm, c->dd);
	int y, m, d;
	switch (unit) {
	case U_SEC:
	case U_MIN:
	case U_HOUR:
	case U_DAY:
		date_civil(base + n, &y, &m, &d);
		set_date(o, y, m, d);
		break;
	case U_WEEK:
	case U_WEEKEND: {
		int wy, wk;
		date_iso_week(base + 7L * n, &wy, &wk);
		tfmt(o->value, sizeof o->value, unit == U_WEEK ? "%04d-W%02d" : "%04d-W%02d-WE", wy,
		         wk);
		break;
	}
	case U_MONTH: {
		int mm = c->dy * 12 + (c->dm - 1) + n;
		tfmt(o->value, sizeof o->value, "%04d-%02d", mm / 12, mm % 12 + 1);
		break;
	}
	case U_QUARTER: {
		int q = c->dy * 4 + (c->dm - 1) / 3 + n;
		tfmt(o->value, sizeof o->value, "%04d-Q%d", q / 4, q % 4 + 1);
		break;
	}
	case U_YEAR:
		tfmt(o->value, sizeof o->value, "%04d", c->dy + n);
		break;
	case U_DECADE:
		tfmt(o->value, sizeof o->value, "%03d", c->dy / 10 + n);
		break;
	case U_CENTURY:
		tfmt(o->value, sizeof o->value, "%02d", c->dy / 100 + n);
		break;
	}
}

/*
 * n years before or after the reference time (the last absolute date of the
 * text), at its granularity: "a year earlier" after "the third quarter" is
 * last year's third quarter.  n months from a reference month or day: the
 * month.  Other units, or no reference: from the DCT.
 */
static void shift_ref(const tctx *c, cand *o, int unit, int n)
{
	const char *r = c->ref;
	o->from_ref = 1;
	if (unit == U_YEAR && strlen(r) >= 4 && isdigit((unsigned char)r[0]) &&
	    isdigit((unsigned char)r[3]) && (r[4] == '\0' || r[4] == '-')) {
		tfmt(o->value, sizeof o->value, "%04d%s", atoi(r) + n, r + 4);
		/* 29 February a year on is not a date */
		if (strlen(o->value) == 10 && !ev_date_valid(o->value, 10))
			o->value[7] = '\0';
		return;
	}
	if (unit == U_MONTH && strlen(r) >= 7 && isdigit((unsigned char)r[0]) && r[4] == '-' &&
	    isdigit((unsigned char)r[5]) && isdigit((unsigned char)r[6])) {
		int mm = atoi(r) * 12 + atoi(r + 5) - 1 + n;
		tfmt(o->value, sizeof o->value, "%04d-%02d", mm / 12, mm % 12 + 1);
		return;
	}
	shift_dct(c, o, unit, n);
}

/*
 * n years back in a comparison ("a year ago", "a year earlier", "year-ago"):
 * in a story about a quarter, that quarter n years back; otherwise from the
 * reference time (from_ref) or the DCT.
 */
static void years_back(const tctx *c, cand *o, size_t b, int n, int from_ref)
{
	if (c->qref[0]) {
		/* "for the nine months, ... a year earlier": the year, not the quarter */
		int months = 0;
		for (size_t k = c->sb + 1; k < b; k++)
			if (cat(c, k) == C_UNIT && val(c, k) == U_MONTH &&
			    ((cat(c, k - 1) == C_NUM && val(c, k - 1) >= 6) || num(c, k - 1) >= 6))
				months = 1;
		o->from_ref = 1;
		tfmt(o->value, sizeof o->value, "%04d%s", atoi(c->qref) - n,
		         months ? "" : c->qref + 4);
	} else if (from_ref) {
		shift_ref(c, o, U_YEAR, -n);
	} else {
		shift_dct(c, o, U_YEAR, -n);
	}
}

/* A duration value: P3Y, PT48H, PXM (unknown number, n < 0). */
static void set_duration(cand *o, int unit, int n, int half)
{
	static const char *const letter[] = {"", "S", "M", "H", "D", "W", "M", "Q", "Y", "E", "C",
	                                     "WE"};
	const char *t = unit <= U_HOUR ? "T" : "";
	int nn = n;
	const char *l = letter[unit];
	if (unit == U_DECADE) {
		nn = n > 0 ? n * 10 : n;   /* "decades": some years, PXY, as TimeBank writes it */
		l = "Y";
	} else if (unit == U_CENTURY && n > 0) {
		nn = n * 100;
		l = "Y";
	} else if (unit == U_WEEKEND) {
		nn = n > 0 ? n * 2 : n;
		l = "D";
	}
	/* a half in the next smaller unit, as TimeBank writes it: 2 1/2 years is
	 * P2Y6M, 5 1/2 hours PT5H30M, a day and a half P1DT12H */
	static const char *const half_of[] = {"", "", "30S", "30M", "T12H", "", "15D", "", "6M"};
	if (n < 0)
		tfmt(o->value, sizeof o->value, "P%sX%s", t, l);
	else if (half && unit <= U_YEAR && half_of[unit][0])
		tfmt(o->value, sizeof o->value, "P%s%d%s%s", t, nn, l, half_of[unit]);
	else if (half)
		tfmt(o->value, sizeof o->value, "P%s%d.5%s", t, nn, l);
	else
		tfmt(o->value, sizeof o->value, "P%s%d%s", t, nn, l);
	o->type = EV_TIMEX_DURATION;
}

static const char *part_code(int v)
{
	static const char *const p[] = {"", "MO", "AF", "EV", "NI", "12:00", "24:00"};
	return v >= 1 && v <= 6 ? p[v] : "";
}

/* ----------------------------------------------------------- sub-matchers */

/* A year token: 4 digits, 1000-2199, not a quantity ("2,019", "1990 people"). */
static int year_at(const tctx *c, size_t k)
{
	if (k >= c->se || c->t[k].kind != EV_TOK_NUMBER || c->t[k].end - c->t[k].start != 4)
		return 0;
	int y = num(c, k);
	if (y < 1000 || y > 2199)
		return 0;
	/* "$1990", "1990%" are not years */
	if (k > c->sb && c->d->body[c->t[k - 1].start] == '$' && glued(c, k))
		return 0;
	if (k + 1 < c->se && c->d->body[c->t[k + 1].start] == '%')
		return 0;
	return y;
}

/* A day of the month: 1-31 as a number or ordinal ("30", "30th"). */
static int mday_at(const tctx *c, size_t k)
{
	if (k >= c->se || c->t[k].kind != EV_TOK_NUMBER)
		return 0;
	const char *w = c->d->body + c->t[k].start;
	size_t n = c->t[k].end - c->t[k].start;
	int v = 0;
	size_t i = 0;
	while (i < n && isdigit((unsigned char)w[i]) && i < 3)
		v = v * 10 + (w[i++] - '0');
	if (i == 0 || i > 2)
		return 0;
	if (i < n) {
		const char *s = w + i;
		size_t l = n - i;
		if (!(l == 2 && (ascii_ieq(s, "st", 2) || ascii_ieq(s, "nd", 2) ||
		                 ascii_ieq(s, "rd", 2) || ascii_ieq(s, "th", 2))))
			return 0;
	}
	return v >= 1 && v <= 31 ? v : 0;
}

/* A count before a unit: a number (2, 48, 1.5), a number word, "a few". */
static int count_at(const tctx *c, size_t k, size_t *next, int *half)
{
	*half = 0;
	if (k >= c->se)
		return -2;
	if (c->t[k].kind == EV_TOK_NUMBER) {
		const char *w = c->d->body + c->t[k].start;
		size_t n = c->t[k].end - c->t[k].start;
		if (n == 3 && w[1] == '.' && w[2] == '5')
			*half = 1;
		if (num(c, k) < 0)
			return -2;
		*next = k + 1;
		/* "5 1/2 hours" */
		if (k + 1 < c->se && tok_is_ci(c, k + 1, "1/2")) {
			*half = 1;
			*next = k + 2;
		}
		return num(c, k);
	}
	if (cat(c, k) == C_NUM) {
		int v = val(c, k);
		size_t j = k + 1;
		/* "a few", "a couple of", "a dozen", "twenty-five" is one token */
		if (v == 1 && (cat(c, j) == C_NUM) && (tok_is_ci(c, k, "a") || tok_is_ci(c, k, "an"))) {
			v = val(c, j);
			j++;
		}
		if (cat(c, j) == C_OF && (tok_is_ci(c, j - 1, "couple") || tok_is_ci(c, j - 1, "dozen")))
			j++;
		/* "one and a half" */
		if (tok_is_ci(c, j, "and") && tok_is_ci(c, j + 1, "a") && tok_is_ci(c, j + 2, "half")) {
			*half = 1;
			j += 3;
		}
		*next = j;
		return v;
	}
	/* hyphenated number words: "twenty-five" */
	if (c->t[k].kind == EV_TOK_WORD) {
		const char *w = c->d->body + c->t[k].start;
		size_t n = c->t[k].end - c->t[k].start;
		const char *h = memchr(w, '-', n);
		if (h) {
			const lexslot *a = lookup(w, (size_t)(h - w)), *b = lookup(h + 1, n - (size_t)(h - w) - 1);
			if (a && b && a->cat == C_NUM && b->cat == C_NUM && a->val >= 20 && b->val < 10) {
				*next = k + 1;
				return a->val + b->val;
			}
		}
	}
	return -2;
}

/* "two-year", "16-hour", "52-week", "third-quarter": a hyphenated adjective. */
static int hyphen_unit(const tctx *c, size_t k, int *n, int *unit, int *ord)
{
	if (k >= c->se)
		return 0;
	const char *w = c->d->body + c->t[k].start;
	size_t len = c->t[k].end - c->t[k].start;
	*ord = 0;
	/* "day-long", "decades-long": the span itself */
	if (len > 5 && ascii_ieq(w + len - 5, "-long", 5)) {
		len -= 5;
		const lexslot *u = lookup(w, len);
		if (u && u->cat == C_UNIT) {
			*n = (w[len - 1] | 32) == 's' ? -1 : 1;
			*unit = u->val;
			return 1;
		}
	}
	const char *h = NULL;
	for (size_t i = len; i-- > 1;)
		if (w[i] == '-') {
			h = w + i;
			break;
		}
	if (!h)
		return 0;
	const lexslot *u = lookup(h + 1, len - (size_t)(h - w) - 1);
	if (!u || u->cat != C_UNIT)
		return 0;
	/* "three-quarters" is a fraction; adjectives are singular ("two-year") */
	if (u->val == U_QUARTER && (w[len - 1] | 32) == 's')
		return 0;
	size_t pl = (size_t)(h - w);
	const lexslot *p = lookup(w, pl);
	if (p && p->cat == C_NUM && p->val != 0) {   /* two-year; several-year: -1 */
		*n = p->val;
	} else if (p && p->cat == C_ORD) {
		*n = p->val;
		*ord = 1;
	} else {
		int v = 0;
		size_t i = 0;
		/* at most six digits: "22222222222-hour" is no duration (and would overflow) */
		while (i < pl && i < 6 && isdigit((unsigned char)w[i]))
			v = v * 10 + (w[i++] - '0');
		if (i == 0 || i != pl)
			return 0;
		*n = v;
	}
	*unit = u->val;
	return 1;
}

/*
 * A year in words, as broadcasts spell them: "nineteen ninety-six", "twenty
 * fifteen", and after "year" or a preposition that ends the clause, "two
 * thousand (and) one".  The year, with *next after it; 0 if none.
 */
static int spelled_year(const tctx *c, size_t k, size_t *next)
{
	if (cat(c, k) != C_NUM)
		return 0;
	int v = val(c, k), half;
	size_t after;
	if (v >= 18 && v <= 20 && c->t[k].kind == EV_TOK_WORD) {
		int n = count_at(c, k + 1, &after, &half);
		if (n >= 10 && n <= 99 && after == k + 2 && c->t[k + 1].kind == EV_TOK_WORD &&
		    cat(c, after) != C_UNIT) {
			*next = after;
			return v * 100 + n;
		}
		return 0;
	}
	if (v == 2 && tok_is_ci(c, k + 1, "thousand") && k > c->sb &&
	    (tok_is_ci(c, k - 1, "year") || tok_is_ci(c, k - 1, "in") ||
	     tok_is_ci(c, k - 1, "until") || tok_is_ci(c, k - 1, "since"))) {
		size_t j = k + 2;
		int y = 2000;
		if (tok_is_ci(c, j, "and") && count_at(c, j + 1, &after, &half) > 0)
			j++;
		int n = count_at(c, j, &after, &half);
		if (n >= 1 && n <= 99 && c->t[j].kind == EV_TOK_WORD) {
			y += n;
			j = after;
		} else {
			j = k + 2;
		}
		/* "in two thousand cases" is a count: only at the end of a clause */
		if (!tok_is_ci(c, k - 1, "year") && j < c->se && c->t[j].kind == EV_TOK_WORD)
			return 0;
		*next = j;
		return y;
	}
	return 0;
}

/* A year in digits or words at k, with *next after it; 0 if none. */
static int year_span(const tctx *c, size_t k, size_t *next)
{
	int y = year_at(c, k);
	if (y) {
		*next = k + 1;
		return y;
	}
	return spelled_year(c, k, next);
}

/* Try an absolute date at k: month forms, day-month, ISO, slashes, years. */
/* A year at j, or after a comma there ("Jan. 30, 2019"): the year, its end in *ye. */
static int year_after(const tctx *c, size_t j, size_t *ye)
{
	if (j < c->se && c->d->body[c->t[j].start] == ',')
		j++;
	return year_span(c, j, ye);
}

/* The day d at k with the month at mk: the full date when a year follows the
 * month, else the month and day resolved by the clause's tense. */
static int day_month(const tctx *c, cand *o, size_t k, size_t mk, int d)
{
	int m = val(c, mk);
	int y = year_at(c, mk + 1);
	if (y) {
		set_date(o, y, m, d);
		o->e = mk + 2;
	} else {
		resolve_md(c, o, m, d, clause_tense(c, k, mk + 1, 0));
		o->e = mk + 1;
	}
	o->type = EV_TIMEX_DATE;
	return 1;
}

static int match_absolute(const tctx *c, size_t k, cand *o)
{
	int m, d, y;
	size_t j;
	if (k >= c->se)
		return 0;
	/* MONTH [DAY] [,] [YEAR] */
	if (cat(c, k) == C_MONTH) {
		m = val(c, k);
		/* "may" and "march" as verbs: need a day, a year, or a capital */
		int cap = (c->t[k].flags & EV_TF_CAP) != 0;
		j = k + 1;
		d = mday_at(c, j);
		if (d) {
			j++;
			size_t ye;
			y = year_after(c, j, &ye);
			if (y) {
				set_date(o, y, m, d);
				o->e = ye;
			} else {
				resolve_md(c, o, m, d, clause_tense(c, k, j, 0));
				o->e = j;
			}
			o->type = EV_TIMEX_DATE;
			return 1;
		}
		size_t ye;
		y = year_after(c, j, &ye);
		if (y) {
			tfmt(o->value, sizeof o->value, "%04d-%02d", y, m);
			o->e = ye;
			o->type = EV_TIMEX_DATE;
			return 1;
		}
		/* "May last year", "January this year" */
		if (cap && cat(c, j) == C_REL && val(c, j) >= -1 && cat(c, j + 1) == C_UNIT &&
		    val(c, j + 1) == U_YEAR) {
			if (c->has_dct)
				tfmt(o->value, sizeof o->value, "%04d-%02d", c->dy + val(c, j), m);
			else
				tfmt(o->value, sizeof o->value, "XXXX-%02d", m);
			o->e = j + 2;
			o->type = EV_TIMEX_DATE;
			return 1;
		}
		if (c->ti[k].short_form)
			return 0;
		if (!cap || (m == 5 && tok_is_ci(c, k, "may") && k > c->sb &&
		             !(cat(c, k - 1) == C_REL || tok_is_ci(c, k - 1, "in") ||
		               tok_is_ci(c, k - 1, "since") || tok_is_ci(c, k - 1, "until") ||
		               tok_is_ci(c, k - 1, "of") || tok_is_ci(c, k - 1, "by") ||
		               cat(c, k - 1) == C_POS || cat(c, k - 1) == C_THE)))
			return 0;
		if ((m == 3 || m == 8) && !(c->t[k].flags & EV_TF_CAP))
			return 0;
		/* a name: "the March for Life", "March of Dimes", a quoted "March of..." */
		if ((tok_is_ci(c, k + 1, "for") || tok_is_ci(c, k + 1, "of")) &&
		    k + 2 < c->se && (c->t[k + 2].flags & EV_TF_CAP) && c->t[k + 2].kind == EV_TOK_WORD &&
		    cat(c, k + 2) == C_NONE)
			return 0;
		if (k > c->sb && open_quote(c, k - 1))
			return 0;
		resolve_md(c, o, m, 0, clause_tense(c, k, k + 1, 0));
		o->e = k + 1;
		o->type = EV_TIMEX_DATE;
		return 1;
	}
	/* DAY MONTH [YEAR]: "30 January 2019" */
	if ((d = mday_at(c, k)) != 0 && cat(c, k + 1) == C_MONTH && (c->t[k + 1].flags & EV_TF_CAP))
		return day_month(c, o, k, k + 1, d);
	/* "the 30th of January" (k at the ordinal) */
	if ((d = mday_at(c, k)) != 0 && cat(c, k + 1) == C_OF && cat(c, k + 2) == C_MONTH)
		return day_month(c, o, k, k + 2, d);
	if (c->t[k].kind == EV_TOK_NUMBER) {
		const char *w = c->d->body + c->t[k].start;
		size_t n = c->t[k].end - c->t[k].start;
		int a, b2, cc;
		char tail;
		/* ISO 2019-01-30 */
		if (n == 10 && sscanf(w, "%4d-%2d-%2d", &a, &b2, &cc) == 3 && w[4] == '-' &&
		    ev_date_valid(w, 10)) {
			set_date(o, a, b2, cc);
			o->e = k + 1;
			o->type = EV_TIMEX_DATE;
			return 1;
		}
		/* 1/30/2019, 1/30/19, 30/1/2019 */
		char tb[16];
		if (n >= 6 && n <= 10 && memchr(w, '/', n) && (memcpy(tb, w, n), tb[n] = '\0', 1) &&
		    sscanf(tb, "%d/%d/%d%c", &a, &b2, &cc, &tail) == 3) {
			int mm = a, ddd = b2;
			if (a > 12 && b2 <= 12) {
				mm = b2;
				ddd = a;
			}
			int yy = cc < 100 ? (cc < 50 ? 2000 + cc : 1900 + cc) : cc;
			char buf[48];
			tfmt(buf, sizeof buf, "%04d-%02d-%02d", yy, mm, ddd);
			if (ev_date_valid(buf, 10)) {
				memcpy(o->value, buf, 11);
				o->e = k + 1;
				o->type = EV_TIMEX_DATE;
				return 1;
			}
		}
		/* decades: 1990s, '90s */
		if ((n == 5 && w[4] == 's' && isdigit((unsigned char)w[0]) && w[3] == '0')) {
			tfmt(o->value, sizeof o->value, "%.3s", w);
			o->e = k + 1;
			o->type = EV_TIMEX_DATE;
			return 1;
		}
	}
	/* '90s: apostrophe + "90s" */
	if (k + 1 < c->se && c->t[k].kind == EV_TOK_PUNCT && glued(c, k + 1) &&
	    (c->d->body[c->t[k].start] == '\'' || tok_is_ci(c, k, "\xE2\x80\x99")) &&
	    c->t[k + 1].end - c->t[k + 1].start == 3 && c->d->body[c->t[k + 1].start + 2] == 's' &&
	    isdigit((unsigned char)c->d->body[c->t[k + 1].start])) {
		const char *w = c->d->body + c->t[k + 1].start;
		int dec = (w[0] - '0') * 10 + (w[1] - '0');
		tfmt(o->value, sizeof o->value, "%d%d", dec >= 30 ? 19 : 20, dec / 10);
		o->e = k + 2;
		o->type = EV_TIMEX_DATE;
		return 1;
	}
	size_t sy;
	if ((y = spelled_year(c, k, &sy)) != 0) {
		tfmt(o->value, sizeof o->value, "%04d", y);
		o->e = sy;
		o->type = EV_TIMEX_DATE;
		return 1;
	}
	/* "post-1959", "pre-1990": the year */
	if (c->t[k].kind == EV_TOK_WORD && c->t[k].end - c->t[k].start >= 8) {
		const char *w = c->d->body + c->t[k].start;
		size_t n = c->t[k].end - c->t[k].start, pl = n - 4;
		if ((ascii_ieq(w, "post-", 5) || ascii_ieq(w, "pre-", 4)) &&
		    w[pl - 1] == '-' && pl <= 5 && isdigit((unsigned char)w[pl]) &&
		    isdigit((unsigned char)w[n - 1]) && (w[pl] == '1' || w[pl] == '2')) {
			tfmt(o->value, sizeof o->value, "%.4s", w + pl);
			o->e = k + 1;
			o->type = EV_TIMEX_DATE;
			return 1;
		}
	}
	/* the second day of a range: "April 24 and 25", "May 3 to 5" */
	if ((d = mday_at(c, k)) != 0 && k >= c->sb + 3 && mday_at(c, k - 2) &&
	    cat(c, k - 3) == C_MONTH && (tok_is_ci(c, k - 1, "and") || tok_is_ci(c, k - 1, "to") ||
	                                 tok_is_ci(c, k - 1, "or") || tok_is_ci(c, k - 1, "through")) &&
	    cat(c, k + 1) != C_UNIT && !(k + 1 < c->se && c->d->body[c->t[k + 1].start] == '%')) {
		cand first;
		memset(&first, 0, sizeof first);
		if (match_absolute(c, k - 3, &first) && strlen(first.value) == 10) {
			memcpy(o->value, first.value, 8);
			tfmt(o->value + 8, sizeof o->value - 8, "%02d", d);
			y = year_at(c, k + 1);
			if (y)
				set_date(o, y, val(c, k - 3), d);
			o->e = y ? k + 2 : k + 1;
			o->type = EV_TIMEX_DATE;
			if (ev_date_valid(o->value, 10))
				return 1;
		}
	}
	/* a year alone: "in 1990", "1990 levels" */
	if ((y = year_at(c, k)) != 0) {
		/* not a year: "1990 people", "No. 1990", "Flight 2019" */
		if (k > c->sb && (c->t[k - 1].flags & EV_TF_CAP) && c->t[k - 1].kind == EV_TOK_WORD &&
		    cat(c, k - 1) == C_NONE && !(tok_is_ci(c, k - 1, "In") || tok_is_ci(c, k - 1, "By") ||
		                                tok_is_ci(c, k - 1, "Since") || tok_is_ci(c, k - 1, "Until") ||
		                                tok_is_ci(c, k - 1, "For") || tok_is_ci(c, k - 1, "During") ||
		                                tok_is_ci(c, k - 1, "From") || tok_is_ci(c, k - 1, "After") ||
		                                tok_is_ci(c, k - 1, "Before") || tok_is_ci(c, k - 1, "Through")))
			return 0;
		tfmt(o->value, sizeof o->value, "%04d", y);
		o->e = k + 1;
		o->type = EV_TIMEX_DATE;
		return 1;
	}
	return 0;
}

/* A clock time at k: "3 p.m.", "10:35 a.m.", "3:30", "noon", "midnight". */
static int match_clock(const tctx *c, size_t k, int *hh, int *mm, size_t *next)
{
	if (k >= c->se)
		return 0;
	if (c->t[k].kind == EV_TOK_NUMBER) {
		const char *w = c->d->body + c->t[k].start;
		size_t n = c->t[k].end - c->t[k].start;
		int h = 0, m = 0;
		int colon = n >= 4 && n <= 5 && w[n - 3] == ':';
		/* glued: "8am", "5:30pm" */
		if (n >= 3 && n <= 7 && (ascii_ieq(w + n - 2, "am", 2) ||
		                         ascii_ieq(w + n - 2, "pm", 2))) {
			char tb[8];
			tfmt(tb, sizeof tb, "%.*s", (int)(n - 2), w);
			int pm = (w[n - 2] | 32) == 'p';
			if (sscanf(tb, "%d:%d", &h, &m) < 1 || h < 1 || h > 12 || m < 0 || m > 59)
				return 0;
			if (strchr(tb, ':') == NULL && strlen(tb) > 2)
				return 0;
			h = pm ? (h % 12) + 12 : h % 12;
			size_t j = k + 1;
			if (cat(c, j) == C_TZ)
				j++;
			*hh = h;
			*mm = m;
			*next = j;
			return 1;
		}
		if (colon) {
			if (sscanf(w, "%d:%d", &h, &m) != 2)
				return 0;
		} else if (n <= 2) {
			h = num(c, k);
		} else {
			return 0;
		}
		size_t j = k + 1;
		int ampm = 0;
		if (j < c->se) {
			const char *a = c->d->body + c->t[j].start;
			size_t al = c->t[j].end - c->t[j].start;
			if ((al == 4 && ascii_ieq(a, "a.m.", 4)) || (al == 2 && ascii_ieq(a, "am", 2)) ||
			    (al == 3 && ascii_ieq(a, "a.m", 3)))
				ampm = 1;
			else if ((al == 4 && ascii_ieq(a, "p.m.", 4)) ||
			         (al == 2 && ascii_ieq(a, "pm", 2)) ||
			         (al == 3 && ascii_ieq(a, "p.m", 3)))
				ampm = 2;
		}
		if (!ampm && !colon)
			return 0;
		if (h > 23 || m > 59 || (ampm && (h < 1 || h > 12)))
			return 0;
		if (ampm == 2 && h < 12)
			h += 12;
		if (ampm == 1 && h == 12)
			h = 0;
		if (ampm)
			j++;
		/* "p.m" + "." at a sentence end */
		if (ampm && j < c->se && glued(c, j) && c->d->body[c->t[j].start] == '.' &&
		    c->t[j - 1].end - c->t[j - 1].start == 3)
			j++;
		if (cat(c, j) == C_TZ)
			j++;
		*hh = h;
		*mm = m;
		*next = j;
		return 1;
	}
	if (cat(c, k) == C_PART && val(c, k) >= 5 && !(k > c->sb && tok_is_ci(c, k - 1, "high"))) {
		/* (not "high noon", the idiom and the film) */
		*hh = val(c, k) == 5 ? 12 : 24;
		*mm = 0;
		*next = k + 1;
		return 1;
	}
	return 0;
}

/* The date an anchor word names: today, yesterday, a weekday, a month day. */
/* Fixed and computed holidays: Christmas, Thanksgiving, Halloween, New Year's Day. */
static int match_holiday(const tctx *c, size_t k, cand *o)
{
	int h = val(c, k);
	size_t e = k + 1;
	if (h == 4) {
		/* "New Year's Day", "New Year's Eve" */
		if (!(tok_is_ci(c, k + 1, "year") && (tok_is_ci(c, k + 2, "'s") ||
		                                      tok_is_ci(c, k + 2, "\xE2\x80\x99s")) &&
		      (tok_is_ci(c, k + 3, "day") || tok_is_ci(c, k + 3, "eve"))))
			return 0;
		e = k + 4;
	} else if (tok_is_ci(c, e, "day") || (h == 1 && tok_is_ci(c, e, "eve"))) {
		e++;
	}
	int eve = tok_is_ci(c, e - 1, "eve");
	int y = year_at(c, e);
	int m, d;
	int yy = y ? y : c->has_dct ? c->dy : 0;
	if (h == 1) {
		m = 12;
		d = eve ? 24 : 25;
	} else if (h == 3) {
		m = 10;
		d = 31;
	} else if (h == 4) {
		m = eve ? 12 : 1;
		d = eve ? 31 : 1;
	} else {
		/* Thanksgiving: the fourth Thursday of November */
		m = 11;
		d = 0;
	}
	o->type = EV_TIMEX_DATE;
	o->e = y ? e + 1 : e;
	if (d == 0) {
		if (!yy) {
			strcpy(o->value, "XXXX-11-XX");
			return 1;
		}
		long first = date_days(yy, 11, 1);
		int wd = date_weekday(first);
		d = 1 + (4 - wd + 7) % 7 + 21;
		if (!y && c->has_dct && date_days(yy, 11, d) > date_days(c->dy, c->dm, c->dd) + 183) {
			yy--;
			first = date_days(yy, 11, 1);
			d = 1 + (4 - date_weekday(first) + 7) % 7 + 21;
		}
		set_date(o, yy, m, d);
		return 1;
	}
	if (y)
		set_date(o, y, m, d);
	else
		resolve_md(c, o, m, d, clause_tense(c, k, e, 0));
	return 1;
}

static int match_day(const tctx *c, size_t k, cand *o)
{
	if (cat(c, k) == C_HOLIDAY && ((c->t[k].flags & EV_TF_CAP) || val(c, k) != 4))
		return match_holiday(c, k, o);
	if (cat(c, k) == C_DAYREF && val(c, k) != 2) {
		/* the generic present and future, which TimeBank leaves out: "today's
		 * youth", "in today's world", "the leaders of tomorrow" */
		if ((tok_is_ci(c, k + 1, "'s") || tok_is_ci(c, k + 1, "\xE2\x80\x99s")) &&
		    (tok_is_ci(c, k + 2, "world") || tok_is_ci(c, k + 2, "youth") ||
		     tok_is_ci(c, k + 2, "society") || tok_is_ci(c, k + 2, "generation") ||
		     tok_is_ci(c, k + 2, "children") || tok_is_ci(c, k + 2, "young") ||
		     tok_is_ci(c, k + 2, "economy") || tok_is_ci(c, k + 2, "standards")))
			return 0;
		if (val(c, k) >= 0 && k > c->sb + 1 && tok_is_ci(c, k - 1, "of") &&
		    c->t[k - 2].kind == EV_TOK_WORD && !(c->t[k - 2].flags & EV_TF_CAP) &&
		    cat(c, k - 2) == C_NONE && (k + 1 >= c->se || c->t[k + 1].kind == EV_TOK_PUNCT))
			return 0;
		o->type = EV_TIMEX_DATE;
		o->e = k + 1;
		shift_dct(c, o, U_DAY, val(c, k));
		return 1;
	}
	if (cat(c, k) == C_WDAY && !c->ti[k].short_form &&
	    ((c->t[k].flags & EV_TF_CAP) || c->t[k].end - c->t[k].start >= 6)) {
		o->type = EV_TIMEX_DATE;
		o->e = k + 1;
		/* "Thursday, Jan. 30" */
		size_t j = k + 1;
		if (j < c->se && c->d->body[c->t[j].start] == ',')
			j++;
		cand t2 = *o;
		if (cat(c, j) == C_MONTH && mday_at(c, j + 1) && match_absolute(c, j, &t2)) {
			*o = t2;
			return 1;
		}
		resolve_wday(c, o, val(c, k), clause_tense(c, k, k + 1, 1), 0);
		return 1;
	}
	return 0;
}

/*
 * The calendar quarter of a fiscal quarter that ended on the date at k ("the
 * quarter ended July 31" is mostly May to July: the second quarter).
 */
static int quarter_ended(const tctx *c, size_t k, cand *o)
{
	cand d;
	memset(&d, 0, sizeof d);
	if (cat(c, k) != C_MONTH || !mday_at(c, k + 1) || !match_absolute(c, k, &d) ||
	    strlen(d.value) != 10 || !isdigit((unsigned char)d.value[0]))
		return 0;
	int y, m, dd;
	date_civil(date_days(atoi(d.value), atoi(d.value + 5), atoi(d.value + 8)) - 45, &y, &m, &dd);
	tfmt(o->value, sizeof o->value, "%04d-Q%d", y, (m - 1) / 3 + 1);
	return 1;
}

/* ---------------------------------------------------------------- match */

/*
 * The longest temporal expression starting at token i, or 0.  Prefixes
 * (the, about, early, the end of) are taken first, then one core, then
 * suffixes (ago, of 2019, or so).
 */
static int match(const tctx *c, size_t i, cand *o)
{
	memset(o, 0, sizeof *o);
	o->b = i;
	o->mod = "";
	size_t j = i;
	int the = 0, pos = 0;
	const char *amod = "";
	/* prefixes */
	for (int guard = 0; guard < 4 && j < c->se; guard++) {
		int ct = cat(c, j);
		if (ct == C_THE && !the) {
			the = 1;
			j++;
		} else if (ct == C_APPROX) {
			int v = val(c, j);
			/* a modifier holds on to a count or a date: not "about recent", "over the weekend" */
			size_t nx = j + 1 + (tok_is_ci(c, j + 1, "than") || tok_is_ci(c, j + 1, "to"));
			int nc = cat(c, nx);
			if (nc == C_THE || nc == C_REF || nc == C_REL || nc == C_WEEKEND || nc == C_SETADV ||
			    nc == C_EVERY || nx >= c->se)
				break;
			if ((tok_is_ci(c, j, "over") || tok_is_ci(c, j, "under")) &&
			    ((nc != C_NUM && c->t[nx].kind != EV_TOK_NUMBER) || year_at(c, nx)))
				break;   /* "over 2020" is a span, not "more than" */
			if ((v == 3 || v == 5) && !tok_is_ci(c, j, "over") && !tok_is_ci(c, j, "under")) {
				if (!tok_is_ci(c, j + 1, "than"))
					break;
				j += 2;
			} else if (v == 6) {
				if (!(j > c->sb && tok_is_ci(c, j - 1, "at")))
					break;
				o->b = j - 1;
				j++;
			} else if (tok_is_ci(c, j, "up")) {
				if (!tok_is_ci(c, j + 1, "to"))
					break;
				j += 2;
			} else {
				j++;
			}
			amod = approx_mod(v);
		} else if (ct == C_POS) {
			int v = val(c, j);
			/* the end of, the beginning of, the middle of, the start of; the
			 * early (late) hours of */
			if ((v == 1 || v == 3) && tok_is_ci(c, j + 1, "hours") && cat(c, j + 2) == C_OF &&
			    j + 3 < c->se && cat(c, j + 3) != C_NONE) {
				pos = v;
				j += 3;
				if (cat(c, j) == C_THE)
					j++;
			} else if (cat(c, j + 1) == C_OF) {
				pos = v;
				j += 2;
				if (cat(c, j) == C_THE)
					j++;
			} else if ((v == 1 || v == 3 || v == 2) && !tok_is_ci(c, j, "end") &&
			           !tok_is_ci(c, j, "start") && !tok_is_ci(c, j, "beginning")) {
				pos = v;
				j++;
				/* "mid-" glued to what follows */
				if (j < c->se && c->d->body[c->t[j].start] == '-' && glued(c, j))
					j++;
			} else {
				break;
			}
		} else if (ct == C_AGO && (val(c, j) == -2 || val(c, j) == 2) &&
		           ((cat(c, j + 1) == C_REL && val(c, j + 1) == 0) ||
		            (tok_is_ci(c, j + 1, "that") && cat(c, j + 2) == C_UNIT))) {
			/* earlier this year, later this month, later that year */
			pos = val(c, j) < 0 ? 1 : 3;
			j++;
		} else {
			break;
		}
	}
	/* "a five-year", "a two day": the article is not part of the count */
	if ((tok_is_ci(c, j, "a") || tok_is_ci(c, j, "an")) && cat(c, j + 1) == C_NUM &&
	    val(c, j + 1) > 1 && !tok_is_ci(c, j + 1, "couple") && !tok_is_ci(c, j + 1, "dozen") &&
	    !tok_is_ci(c, j + 1, "hundred")) {
		if (j == i)
			o->b = i + 1;
		j++;
	}
	size_t core = j, core0 = j;
	int keep_the = 0;   /* the core says "the" belongs to it */
	if (core >= c->se)
		return 0;
	cand r;
	memset(&r, 0, sizeof r);
	r.mod = "";
	int ok = 0;
	int ct = cat(c, core);
	const char *w = c->d->body + c->t[core].start;
	size_t wl = c->t[core].end - c->t[core].start;

	/* "mid-2019", "mid-January", "mid-1990s", "late-2018" as one token */
	if (!ok && wl > 4 && c->t[core].kind == EV_TOK_WORD) {
		const char *h = memchr(w, '-', wl);
		const lexslot *p = h ? lookup(w, (size_t)(h - w)) : NULL;
		if (p && p->cat == C_POS && !tok_is_ci(c, core, "end")) {
			size_t rest = wl - (size_t)(h - w) - 1;
			const lexslot *m = lookup(h + 1, rest);
			const char *s = h + 1;
			if (m && m->cat == C_MONTH) {
				resolve_md(c, &r, m->val, 0, clause_tense(c, core, core + 1, 0));
				ok = 1;
			} else if (rest == 4 && isdigit((unsigned char)s[0]) && isdigit((unsigned char)s[3])) {
				tfmt(r.value, sizeof r.value, "%.4s", s);
				ok = 1;
			} else if (rest == 5 && isdigit((unsigned char)s[0]) && s[4] == 's') {
				tfmt(r.value, sizeof r.value, "%.3s", s);
				ok = 1;
			}
			if (ok) {
				pos = p->val;
				r.type = EV_TIMEX_DATE;
				r.e = core + 1;
			} else if (m && m->cat == C_PART && m->val <= 4) {
				/* "mid-afternoon yesterday", "late-night": of the day after it, or the DCT */
				cand day;
				memset(&day, 0, sizeof day);
				if (match_day(c, core + 1, &day) && strlen(day.value) == 10) {
					r.e = day.e;
				} else {
					shift_dct(c, &day, U_DAY, 0);
					r.e = core + 1;
				}
				tfmt(r.value, sizeof r.value, "%.20sT%s", day.value, part_code(m->val));
				r.type = EV_TIMEX_TIME;
				pos = p->val;
				ok = 1;
			}
		}
	}
	/* "by year-end", "year end", "year's end": the end of this year ("since
	 * year-end": of last year) */
	if (!ok && (tok_is_ci(c, core, "year-end") ||
	            (tok_is_ci(c, core, "year") && !the &&
	             (tok_is_ci(c, core + 1, "end") ||
	              ((tok_is_ci(c, core + 1, "'s") || tok_is_ci(c, core + 1, "\xE2\x80\x99s")) &&
	               tok_is_ci(c, core + 2, "end")))))) {
		r.e = tok_is_ci(c, core, "year-end") ? core + 1 : tok_is_ci(c, core + 1, "end") ? core + 2
		                                                                            : core + 3;
		/* "year-end results", "Year-end sale": an adjective */
		if (r.e < c->se && c->t[r.e].kind == EV_TOK_WORD && !tok_is_ci(c, r.e, "and") &&
		    !tok_is_ci(c, r.e, "or"))
			return 0;
		r.type = EV_TIMEX_DATE;
		shift_dct(c, &r, U_YEAR, core0 > c->sb && tok_is_ci(c, core0 - 1, "since") ? -1 : 0);
		pos = 3;
		ok = 1;
	}
	/* references: now, currently, recently, recent, current, the future */
	if (!ok && ct == C_REF) {
		int v = val(c, core);
		if (v == 3 && cat(c, core + 1) == C_UNIT) {
			/* "recent weeks", "recent days": a stretch of an unknown number of
			 * them; "recent years" is the past, as TimeBank mostly has it */
			if (val(c, core + 1) >= U_YEAR) {
				strcpy(r.value, "PAST_REF");
				r.type = EV_TIMEX_DATE;
			} else {
				set_duration(&r, val(c, core + 1), -1, 0);
			}
			r.e = core + 2;
			ok = 1;
		} else if (v == 4 && cat(c, core + 1) == C_UNIT) {
			/* "the current quarter" is this quarter */
			keep_the = 1;
			r.type = EV_TIMEX_DATE;
			shift_dct(c, &r, val(c, core + 1), 0);
			r.e = core + 2;
			ok = 1;
		} else if ((v == 2 || v == 3) && !the && !(core > c->sb && tok_is_ci(c, core - 1, "in"))) {
			/* bare "future growth", "recent gains" are adjectives, not times */
			ok = 0;
		} else if (!(v == 0 && core + 1 < c->se && c->d->body[c->t[core + 1].start] == ',' &&
		             core == c->sb)) {
			/* (a sentence-opening "Now," is a discourse marker) */
			strcpy(r.value, v == 0 || v == 4 ? "PRESENT_REF" : v == 2 ? "FUTURE_REF" : "PAST_REF");
			r.type = EV_TIMEX_DATE;
			r.e = core + 1;
			ok = 1;
		}
	}
	if (!ok && ct == C_REL && val(c, core) == -2 && the && cat(c, core + 1) != C_UNIT &&
	    cat(c, core + 1) != C_NUM && c->t[core + 1 < c->se ? core + 1 : core].kind != EV_TOK_NUMBER &&
	    !(core + 1 < c->se && cat(c, core + 1) == C_WEEKEND)) {
		/* "the past" */
		strcpy(r.value, "PAST_REF");
		r.type = EV_TIMEX_DATE;
		r.e = core + 1;
		ok = 1;
	}
	/* tonight, this morning, last night */
	if (!ok && ct == C_DAYREF && val(c, core) == 2) {
		if (c->has_dct)
			tfmt(r.value, sizeof r.value, "%04d-%02d-%02dTNI", c->dy, c->dm, c->dd);
		else
			strcpy(r.value, "XXXX-XX-XXTNI");
		r.type = EV_TIMEX_TIME;
		r.e = core + 1;
		ok = 1;
	}
	/* "will last 90 days", "to last a week": the verb, not the adjective */
	if (!ok && ct == C_REL && tok_is_ci(c, core, "last") && core > c->sb &&
	    (tok_is_ci(c, core - 1, "will") || tok_is_ci(c, core - 1, "would") ||
	     tok_is_ci(c, core - 1, "to") || tok_is_ci(c, core - 1, "could") ||
	     tok_is_ci(c, core - 1, "can") || tok_is_ci(c, core - 1, "may") ||
	     tok_is_ci(c, core - 1, "might") || tok_is_ci(c, core - 1, "should") ||
	     tok_is_ci(c, core - 1, "must") || tok_is_ci(c, core - 1, "not") ||
	     tok_is_ci(c, core - 1, "n't") || tok_is_ci(c, core - 1, "'ll") ||
	     tok_is_ci(c, core - 1, "did") || tok_is_ci(c, core - 1, "does")))
		return 0;
	/* REL + unit/weekday/month/season/part of day ("this year's third quarter"
	 * is left to the quarters below) */
	if (!ok && ct == C_REL &&
	    !(tok_is_ci(c, core + 1, "year") &&
	      (tok_is_ci(c, core + 2, "'s") || tok_is_ci(c, core + 2, "\xE2\x80\x99s")) &&
	      cat(c, core + 3) == C_ORD &&
	      (cat(c, core + 4) == C_HALF ||
	       (cat(c, core + 4) == C_UNIT && val(c, core + 4) == U_QUARTER)))) {
		int rel = val(c, core);
		size_t k = core + 1;
		int c2 = cat(c, k);
		int n = 0, half;
		size_t after;
		if (rel == -2 || (rel == -1 && the) || (rel == 1 && the) || rel == 1 || rel == -1) {
			/* the past/last/next two years: a duration */
			if ((n = count_at(c, k, &after, &half)) > 0 || n == -1) {
				if (cat(c, after) == C_UNIT && !(tok_is_ci(c, k, "a") && rel != -2)) {
					set_duration(&r, val(c, after), n, half);
					r.e = after + 1;
					ok = 1;
				}
			}
		}
		/* ABC's "This Week": a capitalized unit just inside quotes is a title */
		if (c2 == C_UNIT && (c->t[k].flags & EV_TF_CAP) && core > c->sb && open_quote(c, core - 1))
			return 0;
		if (!ok && c2 == C_UNIT) {
			int u = val(c, k);
			const char *uw = c->d->body + c->t[k].start;
			int plural = (uw[c->t[k].end - c->t[k].start - 1] | 32) == 's';
			/* "throughout the past year", "within the next month", "over the past
			 * decade": a stretch of time; "for the last week", "over the past
			 * year" are the week and the year, as TimeBank has them */
			int span = i > c->sb && (tok_is_ci(c, i - 1, "during") ||
			                         tok_is_ci(c, i - 1, "throughout") ||
			                         tok_is_ci(c, i - 1, "within") ||
			                         (u >= U_DECADE && (tok_is_ci(c, i - 1, "over") ||
			                                            tok_is_ci(c, i - 1, "for"))));
			if (plural && rel != 0) {
				/* "the coming weeks", "past years": an unknown number of them */
				set_duration(&r, u, -1, 0);
			} else if ((rel == -2 || the) && rel != 0 && span) {
				set_duration(&r, u, 1, 0);
			} else if (rel != 0 && (tok_is_ci(c, core, "following") ||
			                        tok_is_ci(c, core, "previous"))) {
				/* "the following month": the one after the reference time */
				r.type = EV_TIMEX_DATE;
				shift_ref(c, &r, u, rel < 0 ? -1 : 1);
				if (u == U_YEAR && isdigit((unsigned char)r.value[0]))
					r.value[4] = '\0';
			} else if (u == U_YEAR && rel == -1 && c->qref[0] && core > c->sb &&
			           (tok_is_ci(c, core - 1, "period") || tok_is_ci(c, core - 1, "quarter"))) {
				/* "the corresponding period last year": the story's quarter a year back */
				r.type = EV_TIMEX_DATE;
				years_back(c, &r, core, 1, 0);
			} else if (u == U_YEAR && c->qref[0] &&
			           (tok_is_ci(c, k + 1, "'s") || tok_is_ci(c, k + 1, "\xE2\x80\x99s")) &&
			           (tok_is_ci(c, k + 2, "quarter") || tok_is_ci(c, k + 2, "period"))) {
				/* "last year's quarter": the story's quarter in that year */
				r.type = EV_TIMEX_DATE;
				years_back(c, &r, core, -rel, 0);
				k += 2;
			} else {
				r.type = EV_TIMEX_DATE;
				shift_dct(c, &r, u, rel == -2 ? -1 : rel);
			}
			r.e = k + 1;
			ok = 1;
		} else if (!ok && c2 == C_WEEKEND) {
			r.type = EV_TIMEX_DATE;
			shift_dct(c, &r, U_WEEKEND, rel < 0 ? -1 : rel);
			r.e = k + 1;
			ok = 1;
		} else if (!ok && c2 == C_WDAY) {
			r.type = EV_TIMEX_DATE;
			if ((tok_is_ci(c, core, "previous") || tok_is_ci(c, core, "following")) &&
			    strlen(c->ref) == 10 && isdigit((unsigned char)c->ref[0])) {
				/* "the previous Friday": the one before the day the text is about */
				long base = date_days(atoi(c->ref), atoi(c->ref + 5), atoi(c->ref + 8));
				int dw = date_weekday(base), delta;
				if (rel < 0)
					delta = -((dw - val(c, k) + 6) % 7 + 1);
				else
					delta = (val(c, k) - dw + 6) % 7 + 1;
				int y, m, dd;
				date_civil(base + delta, &y, &m, &dd);
				set_date(&r, y, m, dd);
				r.from_ref = 1;
			} else {
				resolve_wday(c, &r, val(c, k), clause_tense(c, core, k + 1, 1), rel < 0 ? -1 : rel);
			}
			r.e = k + 1;
			ok = 1;
		} else if (!ok && c2 == C_MONTH && !((val(c, k) == 3 || val(c, k) == 5) &&
		                                     !(c->t[k].flags & EV_TF_CAP))) {
			/* (not "this march", "next may": a noun and a verb) */
			int m = val(c, k);
			r.type = EV_TIMEX_DATE;
			if (!c->has_dct)
				tfmt(r.value, sizeof r.value, "XXXX-%02d", m);
			else {
				int y = c->dy;
				if (rel < 0 && m >= c->dm)
					y--;
				else if (rel > 0 && m <= c->dm)
					y++;
				tfmt(r.value, sizeof r.value, "%04d-%02d", y, m);
			}
			r.e = k + 1;
			ok = 1;
		} else if (!ok && c2 == C_SEASON) {
			static const char *const sc[] = {"", "SP", "SU", "FA", "WI"};
			int s = val(c, k);
			r.type = EV_TIMEX_DATE;
			if (!c->has_dct)
				tfmt(r.value, sizeof r.value, "XXXX-%s", sc[s]);
			else {
				/* Seasons counted from spring = 0; winter runs from December into
				 * the next year and is named by the year of its December. */
				int cy = c->dm <= 2 ? c->dy - 1 : c->dy;
				int cidx = c->dm <= 2 || c->dm == 12 ? 3 : c->dm <= 5 ? 0 : c->dm <= 8 ? 1 : 2;
				long cur = cy * 4L + cidx, want = (s - 1);
				long ord = cy * 4L + want;
				if (rel < 0 && ord >= cur)
					ord -= 4;
				else if (rel > 0 && ord <= cur)
					ord += 4;
				else if (rel == 0)
					/* this spring: the calendar year's; this winter: the current one */
					ord = want == 3 && cidx == 3 ? cur : c->dy * 4L + want;
				tfmt(r.value, sizeof r.value, "%04ld-%s", ord / 4, sc[s]);
			}
			r.e = k + 1;
			ok = 1;
		} else if (!ok && c2 == C_PART && val(c, k) <= 4 && rel != -2) {
			/* this morning, last night */
			cand t2;
			memset(&t2, 0, sizeof t2);
			shift_dct(c, &t2, U_DAY, rel == 0 ? 0 : rel);
			tfmt(r.value, sizeof r.value, "%.20sT%s", t2.value, part_code(val(c, k)));
			r.type = EV_TIMEX_TIME;
			r.e = k + 1;
			ok = 1;
		}
	}
	/* the first nine months, the last two years, the first two quarters of 1990 */
	if (!ok && ct == C_ORD && (val(c, core) == 1 || tok_is_ci(c, core, "last"))) {
		int half, n;
		size_t after;
		if ((n = count_at(c, core + 1, &after, &half)) > 1 && cat(c, after) == C_UNIT) {
			set_duration(&r, val(c, after), n, half);
			r.e = after + 1;
			int yy;
			if (cat(c, r.e) == C_OF && (yy = year_at(c, r.e + 1)) != 0)
				r.e += 2;
			ok = 1;
		}
	}
	/* the 19th century, the twentieth century */
	if (!ok && (ct == C_ORD || mday_at(c, core)) && cat(c, core + 1) == C_UNIT &&
	    val(c, core + 1) == U_CENTURY) {
		int n = ct == C_ORD ? val(c, core) : mday_at(c, core);
		tfmt(r.value, sizeof r.value, "%02d", n - 1);
		r.type = EV_TIMEX_DATE;
		r.e = core + 2;
		ok = 1;
	}
	/* "the fiscal-first quarter": the quarter of that number */
	if (!ok && wl > 7 && ascii_ieq(w, "fiscal-", 7) && cat(c, core + 1) == C_UNIT &&
	    val(c, core + 1) == U_QUARTER) {
		const lexslot *q = lookup(w + 7, wl - 7);
		if (q && q->cat == C_ORD && q->val <= 4) {
			int y = c->dy - (c->has_dct && (q->val - 1) * 3 + 1 > c->dm);
			if (c->has_dct)
				tfmt(r.value, sizeof r.value, "%04d-Q%d", y, q->val);
			else
				tfmt(r.value, sizeof r.value, "XXXX-Q%d", q->val);
			r.type = EV_TIMEX_DATE;
			r.e = core + 2;
			keep_the = 1;
			ok = 1;
		}
	}
	/*
	 * A year before a quarter: "the 1988 third quarter", "the fiscal first
	 * quarter", "this year's third quarter", "the year-ago third quarter".
	 */
	int qyear = 0;
	if (!ok) {
		size_t q0 = core;
		int yy;
		if ((yy = year_at(c, q0)) != 0 && cat(c, q0 + 1) == C_ORD) {
			qyear = yy;
			q0++;
		} else if (cat(c, q0) == C_FISCAL && cat(c, q0 + 1) == C_ORD) {
			q0++;
		} else if ((tok_is_ci(c, q0, "year-ago") || tok_is_ci(c, q0, "year-earlier")) &&
		           cat(c, q0 + 1) == C_ORD) {
			qyear = (strlen(c->ref) >= 4 && isdigit((unsigned char)c->ref[0]) ? atoi(c->ref)
			         : c->dy) - 1;
			q0++;
		} else if (cat(c, q0) == C_REL && val(c, q0) >= -1 && tok_is_ci(c, q0 + 1, "year") &&
		           (tok_is_ci(c, q0 + 2, "'s") || tok_is_ci(c, q0 + 2, "\xE2\x80\x99s")) &&
		           cat(c, q0 + 3) == C_ORD && c->has_dct) {
			qyear = c->dy + val(c, q0);
			q0 += 3;
		}
		if (q0 != core && (cat(c, q0 + 1) == C_HALF ||
		                   (cat(c, q0 + 1) == C_UNIT && val(c, q0 + 1) == U_QUARTER))) {
			core = q0;
			ct = C_ORD;
			keep_the = 1;
		} else {
			qyear = 0;
		}
	}
	/* quarters and halves: the third quarter, third-quarter, the first half */
	if (!ok && (ct == C_ORD || (ct == C_REL && val(c, core) == -1 && the))) {
		int q = ct == C_ORD ? val(c, core) : 4;
		size_t k = core + 1;
		int quarter = cat(c, k) == C_UNIT && val(c, k) == U_QUARTER && q <= 4;
		int half = cat(c, k) == C_HALF && q <= 2;
		if (quarter || half) {
			r.type = EV_TIMEX_DATE;
			int y = c->has_dct ? c->dy : 0;
			/* a quarter not yet begun at the DCT is last year's, in past tense */
			if (quarter && c->has_dct && (q - 1) * 3 + 1 > c->dm)
				y--;
			if (qyear)
				y = qyear;
			/* "of 2019" names the year */
			size_t e = k + 1;
			int yy;
			if (cat(c, e) == C_OF && (yy = year_at(c, e + 1)) != 0) {
				y = yy;
				e += 2;
			}
			char unit = quarter ? 'Q' : 'H';
			if (y)
				tfmt(r.value, sizeof r.value, "%04d-%c%d", y, unit, q);
			else
				tfmt(r.value, sizeof r.value, "XXXX-%c%d", unit, q);
			r.e = e;
			ok = 1;
		}
	}
	/* hyphenated adjectives: two-year (duration), third-quarter (date) */
	if (!ok) {
		int n, unit, ord;
		if (hyphen_unit(c, core, &n, &unit, &ord)) {
			if (ord && unit == U_QUARTER && n <= 4) {
				int y = c->has_dct ? c->dy : 0;
				if (c->has_dct && (n - 1) * 3 + 1 > c->dm)
					y--;
				if (y)
					tfmt(r.value, sizeof r.value, "%04d-Q%d", y, n);
				else
					tfmt(r.value, sizeof r.value, "XXXX-Q%d", n);
				r.type = EV_TIMEX_DATE;
				ok = 1;
			} else if (!ord && (n > 0 || n == -1)) {
				set_duration(&r, unit, n, 0);
				ok = 1;
			}
			r.e = core + 1;
		}
	}
	/* year-earlier, year-ago (+ quarter/period): the reference time a year back */
	if (!ok && (tok_is_ci(c, core, "year-earlier") || tok_is_ci(c, core, "year-ago"))) {
		r.type = EV_TIMEX_DATE;
		years_back(c, &r, core, 1, 1);
		r.e = core + 1;
		if (the && (tok_is_ci(c, core + 1, "quarter") || tok_is_ci(c, core + 1, "period"))) {
			r.e++;
			keep_the = 1;
		}
		ok = 1;
	}
	/* "these days": the present */
	if (!ok && ct == C_MISC && tok_is_ci(c, core, "these") && tok_is_ci(c, core + 1, "days")) {
		strcpy(r.value, "PRESENT_REF");
		r.type = EV_TIMEX_DATE;
		r.e = core + 2;
		ok = 1;
	}
	/* "that year", "later that month", "that quarter": the reference time's */
	if (!ok && ct == C_MISC && cat(c, core + 1) == C_UNIT && tok_is_ci(c, core, "that")) {
		int u = val(c, core + 1);
		size_t rl = strlen(c->ref);
		int full = rl >= 4 && isdigit((unsigned char)c->ref[0]) && isdigit((unsigned char)c->ref[3]);
		if (u == U_QUARTER && c->qref[0]) {
			strcpy(r.value, c->qref);
			ok = 1;
		} else if (full && u == U_YEAR) {
			tfmt(r.value, sizeof r.value, "%.4s", c->ref);
			ok = 1;
		} else if (full && u == U_MONTH && rl >= 7 && isdigit((unsigned char)c->ref[5])) {
			tfmt(r.value, sizeof r.value, "%.7s", c->ref);
			ok = 1;
		} else if (full && u == U_DAY && rl >= 10 && isdigit((unsigned char)c->ref[8])) {
			tfmt(r.value, sizeof r.value, "%.10s", c->ref);
			ok = 1;
		}
		if (ok) {
			r.type = EV_TIMEX_DATE;
			r.from_ref = 1;
			r.e = core + 2;
		}
	}
	/* "the nineties", "the late sixties": decades of the 1900s in words */
	if (!ok && ct == C_DECADEW && (the || pos)) {
		tfmt(r.value, sizeof r.value, "19%d", val(c, core));
		r.type = EV_TIMEX_DATE;
		r.e = core + 1;
		keep_the = 1;
		ok = 1;
	}
	/* the near future, the near term, the short term */
	if (!ok && the && (tok_is_ci(c, core, "near") || tok_is_ci(c, core, "short")) &&
	    (tok_is_ci(c, core + 1, "future") || tok_is_ci(c, core + 1, "term"))) {
		strcpy(r.value, "FUTURE_REF");
		r.type = EV_TIMEX_DATE;
		r.e = core + 2;
		keep_the = 1;
		ok = 1;
	}
	/* the year 2000, the year two thousand */
	if (!ok && the && ct == C_UNIT && tok_is_ci(c, core, "year")) {
		size_t ye;
		int yy = year_span(c, core + 1, &ye);
		if (yy) {
			tfmt(r.value, sizeof r.value, "%04d", yy);
			r.type = EV_TIMEX_DATE;
			r.e = ye;
			keep_the = 1;
			ok = 1;
		}
	}
	/* the quarter, the latest quarter (or period), the fiscal year, the year, the weekend */
	if (!ok && the && (ct == C_UNIT || ct == C_WEEKEND || tok_is_ci(c, core, "latest") ||
	                   ((ct == C_FISCAL || tok_is_ci(c, core, "full")) &&
	                    tok_is_ci(c, core + 1, "year")))) {
		size_t k = tok_is_ci(c, core, "latest") || ct == C_FISCAL || tok_is_ci(c, core, "full")
		           ? core + 1 : core;
		if (tok_is_ci(c, core, "latest") && cat(c, k) == C_FISCAL)
			k++;
		int u = cat(c, k) == C_WEEKEND ? U_WEEKEND : cat(c, k) == C_UNIT ? val(c, k) : U_NONE;
		if (tok_is_ci(c, core, "latest") && tok_is_ci(c, k, "period"))
			u = U_QUARTER;   /* results news: the latest period is a quarter */
		const char *w2 = c->d->body + c->t[k].start;
		int singular = k < c->se && w2[c->t[k].end - c->t[k].start - 1] != 's';
		int span = core > c->sb + 1 && (tok_is_ci(c, core - 2, "for") ||
		                                tok_is_ci(c, core - 2, "during") ||
		                                tok_is_ci(c, core - 2, "over") ||
		                                tok_is_ci(c, core - 2, "throughout"));
		if (singular && (u == U_QUARTER || u == U_YEAR || u == U_MONTH || u == U_WEEKEND)) {
			/* "the year ended Sept. 30" and "throughout the year" are a span of a
			 * year; "for the year" and "a high for the year" are this year, as
			 * TimeBank has them */
			int ended = tok_is_ci(c, k + 1, "ended") || tok_is_ci(c, k + 1, "ending");
			int stretch = span && !tok_is_ci(c, core - 2, "for");   /* throughout, over */
			if ((u == U_YEAR && (ended || stretch)) || (span && u == U_MONTH)) {
				set_duration(&r, u, 1, 0);
			} else if (u == U_QUARTER && ended && quarter_ended(c, k + 2, &r)) {
				/* "the quarter ended July 31": the calendar quarter most of it lies in */
				r.type = EV_TIMEX_DATE;
			} else if (u == U_QUARTER && strlen(c->ref) == 7 && c->ref[5] == 'Q' &&
			           !tok_is_ci(c, core, "latest")) {
				strcpy(r.value, c->ref);
				r.type = EV_TIMEX_DATE;
			} else if (u == U_QUARTER) {
				/* results news: the quarter just ended, whose results come out
				 * in the first two months of the next one */
				r.type = EV_TIMEX_DATE;
				shift_dct(c, &r, U_QUARTER, c->has_dct && (c->dm - 1) % 3 <= 1 ? -1 : 0);
			} else if (u == U_WEEKEND) {
				r.type = EV_TIMEX_DATE;
				int tense = clause_tense(c, core, k + 1, 0);
				int dw = c->has_dct ? date_weekday(date_days(c->dy, c->dm, c->dd)) : 1;
				shift_dct(c, &r, U_WEEKEND, tense > 0 || dw >= 6 ? 0 : -1);
			} else {
				r.type = EV_TIMEX_DATE;
				shift_dct(c, &r, u, 0);
			}
			r.e = k + 1;
			ok = 1;
			keep_the = 1;
		}
	}
	/* fiscal 2019, FY2019 */
	if (!ok && ct == C_FISCAL) {
		int y = year_at(c, core + 1);
		if (y) {
			tfmt(r.value, sizeof r.value, "%04d", y);
			r.type = EV_TIMEX_DATE;
			r.e = core + 2;
			ok = 1;
		}
	}
	/* seasons: spring, summer 2019, the winter of 2018; "Spring of Life" and
	 * a quoted "Spring ..." are names */
	if (!ok && ct == C_SEASON && (c->t[core].flags & EV_TF_CAP) && core > c->sb &&
	    (open_quote(c, core - 1) || (tok_is_ci(c, core + 1, "of") && core + 2 < c->se &&
	                                 c->t[core + 2].kind == EV_TOK_WORD &&
	                                 (c->t[core + 2].flags & EV_TF_CAP))))
		return 0;
	if (!ok && ct == C_SEASON && !(tok_is_ci(c, core, "fall") && !the &&
	                               !(core > c->sb && (tok_is_ci(c, core - 1, "in") ||
	                                                  tok_is_ci(c, core - 1, "this") ||
	                                                  tok_is_ci(c, core - 1, "last") ||
	                                                  tok_is_ci(c, core - 1, "next"))))) {
		static const char *const sc[] = {"", "SP", "SU", "FA", "WI"};
		int s = val(c, core);
		size_t e = core + 1, ye;
		int y = year_span(c, e, &ye);
		if (!y && cat(c, e) == C_OF)
			y = year_span(c, e + 1, &ye);
		if (y) {
			e = ye;
		} else if (c->has_dct) {
			y = c->dy;
		}
		if (y)
			tfmt(r.value, sizeof r.value, "%04d-%s", y, sc[s]);
		else
			tfmt(r.value, sizeof r.value, "XXXX-%s", sc[s]);
		r.type = EV_TIMEX_DATE;
		r.e = e;
		ok = 1;
	}
	/* sets: daily, every week, each Thursday */
	/* (a capitalized "Daily" inside a sentence names a paper: People's Daily) */
	if (!ok && ct == C_SETADV && !((c->t[core].flags & EV_TF_CAP) && core > c->sb)) {
		static const char *const sv[] = {"PT1H", "P1D", "P1W", "P1M", "P1Y", "P3M"};
		strcpy(r.value, sv[val(c, core)]);
		r.type = EV_TIMEX_SET;
		r.e = core + 1;
		ok = 1;
	}
	if (!ok && ct == C_EVERY && val(c, core) == 0) {
		size_t k = core + 1;
		int c2 = cat(c, k);
		if (c2 == C_UNIT) {
			set_duration(&r, val(c, k), 1, 0);
			r.type = EV_TIMEX_SET;
			r.e = k + 1;
			ok = 1;
		} else if (c2 == C_WDAY) {
			tfmt(r.value, sizeof r.value, "XXXX-WXX-%d", val(c, k));
			r.type = EV_TIMEX_SET;
			r.e = k + 1;
			ok = 1;
		} else if (c2 == C_MONTH && (c->t[k].flags & EV_TF_CAP)) {
			tfmt(r.value, sizeof r.value, "XXXX-%02d", val(c, k));
			r.type = EV_TIMEX_SET;
			r.e = k + 1;
			ok = 1;
		} else {
			int half, n;
			size_t after;
			if ((n = count_at(c, k, &after, &half)) > 1 && cat(c, after) == C_UNIT) {
				set_duration(&r, val(c, after), n, half);
				r.type = EV_TIMEX_SET;
				r.e = after + 1;
				ok = 1;
			}
		}
	}
	/* weekday plural: "on Mondays" */
	if (!ok && ct == C_WDAYS && (c->t[core].flags & EV_TF_CAP)) {
		tfmt(r.value, sizeof r.value, "XXXX-WXX-%d", val(c, core));
		r.type = EV_TIMEX_SET;
		r.e = core + 1;
		ok = 1;
	}
	/* a clock time, with a day after it: "10 p.m. Wednesday", "5 p.m. EST Nov. 9" */
	if (!ok) {
		int hh, mm;
		size_t after;
		if (match_clock(c, core, &hh, &mm, &after)) {
			cand day;
			memset(&day, 0, sizeof day);
			size_t dj = after;
			if (dj < c->se && c->d->body[c->t[dj].start] == ',')
				dj++;
			if (match_day(c, dj, &day) || (cat(c, dj) == C_MONTH && match_absolute(c, dj, &day)))
				after = day.e;
			else
				shift_dct(c, &day, U_DAY, 0);
			if (hh == 24 && mm == 0)
				tfmt(r.value, sizeof r.value, "%.10sT24:00", day.value);
			else
				tfmt(r.value, sizeof r.value, "%.10sT%02d:%02d", day.value, hh, mm);
			r.type = EV_TIMEX_TIME;
			r.e = after;
			ok = 1;
		}
	}
	/* a day (yesterday, Thursday), with a part of day: "Thursday morning" */
	if (!ok && match_day(c, core, &r)) {
		ok = 1;
		size_t k = r.e;
		if (cat(c, k) == C_PART && val(c, k) <= 4) {
			size_t l = strlen(r.value);
			if (l == 10 || (l > 10 && r.value[10] != 'T'))
				tfmt(r.value + 10, sizeof r.value - 10, "T%s", part_code(val(c, k)));
			r.type = EV_TIMEX_TIME;
			r.e = k + 1;
		}
	}
	/* a part of day before its day: "mid-afternoon yesterday", "noon Saturday" */
	if (!ok && ct == C_PART && val(c, core) <= 4) {
		cand day;
		memset(&day, 0, sizeof day);
		if (match_day(c, core + 1, &day) && strlen(day.value) == 10) {
			tfmt(r.value, sizeof r.value, "%.20sT%s", day.value, part_code(val(c, core)));
			r.type = EV_TIMEX_TIME;
			r.e = day.e;
			ok = 1;
		} else if ((the || pos) && (tok_is_ci(c, core, "morning") ||
		                            tok_is_ci(c, core, "afternoon") ||
		                            tok_is_ci(c, core, "evening"))) {
			/* "in the morning": of the day the text is about (the reference
			 * time, when it is a day), else of the DCT */
			cand t2;
			memset(&t2, 0, sizeof t2);
			if (strlen(c->ref) == 10 && isdigit((unsigned char)c->ref[0]))
				memcpy(t2.value, c->ref, 11);
			else
				shift_dct(c, &t2, U_DAY, 0);
			tfmt(r.value, sizeof r.value, "%.20sT%s", t2.value, part_code(val(c, core)));
			r.type = EV_TIMEX_TIME;
			r.from_ref = 1;
			r.e = core + 1;
			ok = 1;
		}
	}
	if (!ok && match_absolute(c, core, &r))
		ok = 1;
	/* durations and offsets: three years, 48 hours, a few months, two days ago */
	if (!ok) {
		int half, n;
		size_t after;
		n = count_at(c, core, &after, &half);
		/* glued: "5hrs", "50mins", "2weeks" */
		int glued_unit = 0;
		if (n == -2 && c->t[core].kind == EV_TOK_NUMBER) {
			const char *w3 = c->d->body + c->t[core].start;
			size_t l3 = c->t[core].end - c->t[core].start, dg = 0;
			while (dg < l3 && isdigit((unsigned char)w3[dg]))
				dg++;
			const lexslot *u = dg > 0 && dg < 5 && dg < l3 ? lookup(w3 + dg, l3 - dg) : NULL;
			if (u && u->cat == C_UNIT) {
				n = atoi(w3);
				glued_unit = u->val;
			}
		}
		if (glued_unit) {
			set_duration(&r, glued_unit, n, 0);
			r.e = core + 1;
			ok = 1;
		} else if ((n >= 0 || n == -1) && cat(c, after + 1) == C_UNIT && n != 0 &&
		           (tok_is_ci(c, after, "more") || tok_is_ci(c, after, "additional") ||
		            tok_is_ci(c, after, "extra") || tok_is_ci(c, after, "trading") ||
		            tok_is_ci(c, after, "business") || tok_is_ci(c, after, "working"))) {
			/* "two more weeks", "eight trading days" */
			set_duration(&r, val(c, after + 1), n, half);
			r.e = after + 2;
			ok = 1;
		} else if ((n >= 0 || n == -1) && cat(c, after) == C_UNIT) {
			int u = val(c, after);
			/* "a day", "a year" alone are too often not durations ("$5 a day") */
			int weak = n == 1 && (tok_is_ci(c, core, "a") || tok_is_ci(c, core, "an")) &&
			           core > c->sb && !tok_is_ci(c, core - 1, "for") &&
			           !tok_is_ci(c, core - 1, "in") && !tok_is_ci(c, core - 1, "than") &&
			           !tok_is_ci(c, core - 1, "about") && !tok_is_ci(c, core - 1, "within") &&
			           !tok_is_ci(c, core - 1, "nearly") && !tok_is_ci(c, core - 1, "almost") &&
			           !tok_is_ci(c, core - 1, "over") && !tok_is_ci(c, core - 1, "as") &&
			           !tok_is_ci(c, core - 1, "barely") && !tok_is_ci(c, core - 1, "just") &&
			           !tok_is_ci(c, core - 1, "only") && cat(c, after + 1) != C_AGO &&
			           /* "a month after the crash" */
			           !tok_is_ci(c, after + 1, "after") && !tok_is_ci(c, after + 1, "before") &&
			           !(tok_is_ci(c, after + 1, "and") && tok_is_ci(c, after + 3, "half"));
			/* "a quarter of the shares", "three quarters of its food" are fractions;
			 * "two quarters of losses" is a span */
			if (u == U_QUARTER && cat(c, after + 1) == C_OF && !year_at(c, after + 2) &&
			    !(cat(c, after + 2) == C_THE && cat(c, after + 3) == C_UNIT) &&
			    (cat(c, after + 2) == C_THE || cat(c, after + 2) == C_NUM ||
			     c->t[after + 2 < c->se ? after + 2 : after].kind == EV_TOK_NUMBER ||
			     tok_is_ci(c, after + 2, "its") || tok_is_ci(c, after + 2, "their") ||
			     tok_is_ci(c, after + 2, "all") || tok_is_ci(c, after + 2, "his") ||
			     tok_is_ci(c, after + 2, "her") || tok_is_ci(c, after + 2, "our")))
				return 0;
			/* CBS's "60 Minutes": a capitalized unit just inside quotes is a title */
			if ((c->t[after].flags & EV_TF_CAP) && core > c->sb && open_quote(c, core - 1))
				return 0;
			/* "52 years old" is an age, which TimeBank leaves out */
			if (u == U_YEAR && tok_is_ci(c, after + 1, "old"))
				return 0;
			if (!weak) {
				size_t e = after + 1;
				if (cat(c, e) == C_AGO && val(c, e) == -1) {
					/* two years ago: the date, at the unit's granularity; a year
					 * ago in a story about a quarter is that quarter a year back */
					r.type = EV_TIMEX_DATE;
					if (u == U_YEAR && n > 0)
						years_back(c, &r, core, n, 0);
					else
						shift_dct(c, &r, u, n > 0 ? -n : -1);
					if (n < 0)
						strcpy(r.value, "PAST_REF");
					r.e = e + 1;
				} else if (cat(c, e) == C_AGO && (val(c, e) == -2 || val(c, e) == 2) && n > 0) {
					/* a year earlier / two days later: from the reference time */
					r.type = EV_TIMEX_DATE;
					if (u == U_YEAR && val(c, e) < 0)
						years_back(c, &r, core, n, 1);
					else
						shift_ref(c, &r, u, val(c, e) < 0 ? -n : n);
					r.e = e + 1;
				} else if (core0 > c->sb && tok_is_ci(c, core0 - 1, "in") && n > 0 &&
				           clause_tense(c, core, e, 1) > 0) {
					/* "will resume in a week": the date a week on */
					r.type = EV_TIMEX_DATE;
					shift_dct(c, &r, u, n);
					r.e = e;
				} else {
					/* "a minute and a half" */
					if (!half && n > 0 && tok_is_ci(c, e, "and") && tok_is_ci(c, e + 1, "a") &&
					    tok_is_ci(c, e + 2, "half")) {
						half = 1;
						e += 3;
					}
					set_duration(&r, u, n, half);
					r.e = e;
					keep_the = 1;   /* "the nine months" */
				}
				ok = 1;
			}
		} else if (n == -2 && ct == C_UNIT && (tok_is_ci(c, core, "years") ||
		                                        tok_is_ci(c, core, "months") ||
		                                        tok_is_ci(c, core, "weeks") ||
		                                        tok_is_ci(c, core, "days") ||
		                                        tok_is_ci(c, core, "hours") ||
		                                        tok_is_ci(c, core, "decades") ||
		                                        tok_is_ci(c, core, "centuries")) &&
		           core > c->sb && (tok_is_ci(c, core - 1, "for") || the)) {
			/* "for years": a vague duration */
			set_duration(&r, val(c, core), -1, 0);
			r.e = core + 1;
			ok = 1;
		}
	}
	if (!ok)
		return 0;

	/* suffixes: "of 2019", "of this year", "or so", a year after a month */
	size_t e = r.e;
	if (pos && cat(c, e) == C_OF) {
		cand t2;
		if (match_absolute(c, e + 1, &t2) || (cat(c, e + 1) == C_REL && match(c, e + 1, &t2))) {
			memcpy(r.value, t2.value, sizeof r.value);
			e = t2.e;
		}
	}
	if (cat(c, e) == C_OR && tok_is_ci(c, e + 1, "so")) {
		e += 2;
		amod = "APPROX";
	}
	r.e = e;

	/* a prefix with nothing to hold on to ("the", "about") does not start it */
	size_t b = o->b;
	*o = r;
	o->b = (the || pos || *amod) ? b : core0;
	/* "the" belongs to "the third quarter", "the past two years", "the 1990s",
	 * "the future", "the weekend"; not to "the Oct. 23 meeting" or "the 1988 level". */
	int decade = c->t[core].kind == EV_TOK_NUMBER && c->d->body[c->t[core].end - 1] == 's';
	int the_ok = pos || (r.e > core + 1 && cat(c, core + 1) == C_UNIT && val(c, core + 1) == U_CENTURY) ||
	             (ct == C_REF && (tok_is_ci(c, core, "future") || tok_is_ci(c, core, "past"))) ||
	             keep_the || ct == C_REL || ct == C_ORD || ct == C_WEEKEND ||
	             ct == C_UNIT || ct == C_SEASON || ct == C_PART || decade ||
	             (ct == C_NUM && r.type == EV_TIMEX_DURATION && cat(c, core) == C_ORD);
	if (the && !the_ok && !*amod && o->b < core0 && cat(c, o->b) == C_THE)
		o->b++;
	if (pos == 1)
		o->mod = "START";
	else if (pos == 2)
		o->mod = "MID";
	else if (pos == 3)
		o->mod = "END";
	else
		o->mod = *amod ? amod : "";
	return (int)(o->e - o->b);
}

/* Turn the number tokens' digits into values once per document. */
static void number_values(const ev_doc *d, tinfo *ti)
{
	pthread_once(&lex_once, lex_build);
	for (size_t k = 0; k < d->ntokens; k++) {
		const ev_token *t = &d->tokens[k];
		ti[k].num = -1;
		ti[k].cat = C_NONE;
		ti[k].val = 0;
		ti[k].short_form = 0;
		ti[k].cue = CUE_NONE;
		ti[k].hyphen = 0;
		size_t n = t->end - t->start;
		const char *w = d->body + t->start;
		if (t->kind == EV_TOK_NUMBER) {
			long v = 0;
			size_t i = 0;
			for (; i < n && i < 9; i++) {
				if (!isdigit((unsigned char)w[i]))
					break;
				v = v * 10 + (w[i] - '0');
			}
			/* plain digits, or a decimal like 1.5 (counted as 1) */
			if (i == n || (i < n && w[i] == '.' && i > 0))
				ti[k].num = (int32_t)v;
		} else if (t->kind == EV_TOK_WORD) {
			size_t l = n;
			if (l > 1 && w[l - 1] == '.')
				l--;
			/* 16 bytes can be read at most tokens: the body ends with a NUL.  The key
			 * of such a word also tells whether it has a hyphen; the rest use memchr */
			const lexslot *x;
			if (l >= 1 && l <= LEX_MAX && t->start + 16 <= d->len + 1) {
				lexkey key = key_wide(w, l);
				ti[k].hyphen = !(t->reserved & TOK_PLAIN) &&   /* most have none */
				               ev_words_have_byte(key.a, key.b, '-');
				x = lex_find_key(key);
			} else {
				ti[k].hyphen = memchr(w, '-', n) != NULL;
				x = l == 0 || l > LEX_MAX ? NULL : lex_find(w, l);
			}
			if (x)
				ti[k].cue = x->cue;
			else if (w[n - 1] == 'd' && n >= 4 && w[n - 2] == 'e' && w[n - 3] != 'e' &&
			         !(t->flags & EV_TF_CAP) && !(w[0] == 'u' && w[1] == 'n'))
				ti[k].cue = CUE_ED;   /* died, rejected; not need, feed, nor the
				                       * adjectives unspecified, unchanged */
			/* "set to", "set for" look ahead as "scheduled" does; "the high set
			 * on Aug. 6" does not */
			if (ti[k].cue == CUE_WEAK_FUT && l == 3 && ascii_ieq(w, "set", 3))
				ti[k].cue = k + 1 < d->ntokens &&
				            ((d->tokens[k + 1].end - d->tokens[k + 1].start == 2 &&
				              ascii_ieq(d->body + d->tokens[k + 1].start, "to", 2)) ||
				             (d->tokens[k + 1].end - d->tokens[k + 1].start == 3 &&
				              ascii_ieq(d->body + d->tokens[k + 1].start, "for", 3)))
				            ? CUE_FUT : CUE_NONE;
			/* "plans to hold", "expects to": a plan ahead, as strong as "will"
			 * ("planned to" and the modals stay weak) */
			if (ti[k].cue == CUE_WEAK_FUT && l > 3 && w[l - 1] != 'd' && x && x->cat == C_NONE &&
			    k + 1 < d->ntokens && d->tokens[k + 1].end - d->tokens[k + 1].start == 2 &&
			    ascii_ieq(d->body + d->tokens[k + 1].start, "to", 2) &&
			    !ascii_ieq(w, "would", 5) && !ascii_ieq(w, "could", 5) &&
			    !ascii_ieq(w, "should", 6) && !ascii_ieq(w, "might", 5))
				ti[k].cue = CUE_FUT;
			/* "next to the embassy" is a place, not the future */
			if (ti[k].cue == CUE_FUT && l == 4 && ascii_ieq(w, "next", 4) &&
			    k + 1 < d->ntokens && d->tokens[k + 1].end - d->tokens[k + 1].start == 2 &&
			    ascii_ieq(d->body + d->tokens[k + 1].start, "to", 2))
				ti[k].cue = CUE_NONE;
			if (x && x->cat != C_NONE) {
				ti[k].cat = x->cat;
				ti[k].val = x->val;
				/* "Sun", "Wed", "Jan" with no period are often names */
				ti[k].short_form = (x->cat == C_WDAY || x->cat == C_MONTH) && l <= 4 && l == n &&
				                   !(x->cat == C_MONTH && (x->val == 5 || x->val == 6 || x->val == 7));
			}
		}
	}
}

/* Only lexicon words (with latest, near, that), numbers, an apostrophe ('90s)
 * and hyphenated words (two-year, mid-2019, year-ago) can start an expression.
 * Of punctuation, only the apostrophe of match_absolute's '90s: every other core
 * wants a lexicon word, a number, a word or one of its words, and so does a
 * prefix, so "the" or "a" before a comma starts nothing either.  (Every mark was
 * tried before, and nearly half of the matcher's calls were at marks.) */
static inline int can_start(const ev_doc *doc, const tinfo *ti, size_t k)
{
	const ev_token *tk = &doc->tokens[k];
	const char *p = doc->body + tk->start;
	size_t n = tk->end - tk->start;
	return ti[k].cat != C_NONE || tk->kind == EV_TOK_NUMBER ||
	       (tk->kind == EV_TOK_PUNCT && n <= 3 &&
	        (p[0] == '\'' || (n == 3 && memcmp(p, "\xE2\x80\x99", 3) == 0))) ||
	       (tk->kind == EV_TOK_WORD && ti[k].hyphen);
}

ev_status ev_timex_tag(ev_doc *doc)
{
	if (!doc->sents && doc->len > 0) {
		ev_status st = ev_split_sentences(doc);
		if (st != EV_OK)
			return st;
	}
	doc->timexes = NULL;
	doc->ntimexes = 0;
	if (doc->ntokens == 0)
		return EV_OK;
	tinfo *ti = arena_alloc(doc->arena, doc->ntokens * sizeof *ti);
	if (!ti)
		return EV_ERR_NOMEM;
	number_values(doc, ti);
	tctx c;
	memset(&c, 0, sizeof c);
	c.d = doc;
	c.t = doc->tokens;
	c.ti = ti;
	if (doc->dct[0]) {
		c.has_dct = 1;
		c.dy = atoi(doc->dct);
		c.dm = atoi(doc->dct + 5);
		c.dd = atoi(doc->dct + 8);
	}
	size_t cap = 0;
	for (size_t s = 0; s < doc->nsents; s++) {
		c.sb = doc->sents[s].tok_begin;
		c.se = doc->sents[s].tok_end;
		for (size_t k = c.sb; k < c.se;) {
			cand o;
			int n = 0;
			/* quick reject: tokens that cannot start an expression */
			/* Articles and "of"/"or" start nothing by themselves: look past "the"
			 * and "a" to the word they introduce. */
			int ck = ti[k].cat;
			if (ck == C_OF || ck == C_OR || ck == C_TZ || ck == C_HALF ||
			    (ck == C_MISC && ti[k].val >= 4 && !(k + 1 < c.se && ti[k + 1].cat == C_UNIT))) {
				/* ("that" and "these" only before a unit: that year, these days) */
				k++;
				continue;
			}
			if ((ck == C_THE || (ck == C_NUM && ti[k].val == 1)) &&
			    !(k + 1 < c.se && can_start(doc, ti, k + 1)) &&
			    !(ck == C_NUM && tok_is_ci(&c, k + 1, "and"))) {   /* one and a half */
				k++;
				continue;
			}
			if (can_start(doc, ti, k))
				n = match(&c, k, &o);
			if (n <= 0 || o.e <= o.b) {
				k++;
				continue;
			}
			if (doc->ntimexes == cap) {
				size_t nc = cap ? cap * 2 : 16;
				ev_timex *nt = arena_grow(doc->arena, doc->timexes, cap * sizeof *nt,
				                          nc * sizeof *nt);
				if (!nt)
					return EV_ERR_NOMEM;
				doc->timexes = nt;
				cap = nc;
			}
			ev_timex *x = &doc->timexes[doc->ntimexes++];
			memset(x, 0, sizeof *x);
			x->tok_begin = (uint32_t)o.b;
			x->tok_end = (uint32_t)o.e;
			x->start = doc->tokens[o.b].start;
			x->end = doc->tokens[o.e - 1].end;
			x->type = (uint8_t)o.type;
			str_copy(x->value, sizeof x->value, o.value, SIZE_MAX);
			str_copy(x->mod, sizeof x->mod, o.mod ? o.mod : "", SIZE_MAX);
			if (o.type == EV_TIMEX_DATE && !o.from_ref && isdigit((unsigned char)o.value[0]) &&
			    isdigit((unsigned char)o.value[3]))
				str_copy(c.ref, sizeof c.ref, o.value, 39);
			/* the story's quarter is the latest one named that has ended: "the
			 * fourth quarter" in a November report is a forecast, "after a flat
			 * second quarter" an aside */
			if ((!c.qref[0] || strcmp(o.value, c.qref) > 0) && o.type == EV_TIMEX_DATE &&
			    !o.from_ref && strlen(o.value) == 7 &&
			    o.value[5] == 'Q' && isdigit((unsigned char)o.value[6]) &&
			    (!c.has_dct || atoi(o.value) * 4 + (o.value[6] - '1') < c.dy * 4 + (c.dm - 1) / 3))
				memcpy(c.qref, o.value, 8);
			k = o.e;
		}
	}
	return doc->arena->oom ? EV_ERR_NOMEM : EV_OK;
}

const char *ev_timex_type_str(int type)
{
	switch (type) {
	case EV_TIMEX_DATE: return "DATE";
	case EV_TIMEX_TIME: return "TIME";
	case EV_TIMEX_DURATION: return "DURATION";
	case EV_TIMEX_SET: return "SET";
	}
	return "DATE";
}

/*
 * The latest explicit full date of the text is the best single guess at the
 * date of a news article: reports look back at what happened, rarely ahead.
 */
ev_status ev_dct_infer(ev_doc *doc, ev_dct_guess *out)
{
	memset(out, 0, sizeof *out);
	char saved[11];
	memcpy(saved, doc->dct, sizeof saved);
	doc->dct[0] = '\0';
	ev_status st = ev_timex_tag(doc);
	memcpy(doc->dct, saved, sizeof saved);
	if (st != EV_OK)
		return st;
	const ev_timex *best = NULL;
	int best_full = 0;
	for (size_t i = 0; i < doc->ntimexes; i++) {
		const ev_timex *x = &doc->timexes[i];
		const char *v = x->value;
		int full = strlen(v) >= 10 && ev_date_valid(v, 10);
		int month = !full && strlen(v) == 7 && isdigit((unsigned char)v[0]) && v[4] == '-' &&
		            isdigit((unsigned char)v[5]);
		if (!full && !month)
			continue;
		if (full < best_full)
			continue;
		if (!best || full > best_full || strncmp(v, best->value, 10) > 0) {
			best = x;
			best_full = full;
		}
	}
	if (!best_full) {
		/* No full date: a month and day ("July 30") with the latest year the
		 * text names ("in 2019") is the next best thing. */
		const ev_timex *md = NULL, *yr = NULL;
		for (size_t i = 0; i < doc->ntimexes; i++) {
			const char *v = doc->timexes[i].value;
			if (strncmp(v, "XXXX-", 5) == 0 && strlen(v) == 10 && isdigit((unsigned char)v[5]) &&
			    isdigit((unsigned char)v[8]) && (!md || strcmp(v + 5, md->value + 5) > 0))
				md = &doc->timexes[i];
			if (strlen(v) == 4 && isdigit((unsigned char)v[0]) && isdigit((unsigned char)v[3]) &&
			    (!yr || strcmp(v, yr->value) > 0))
				yr = &doc->timexes[i];
		}
		if (md && yr) {
			char buf[16];
			tfmt(buf, sizeof buf, "%.4s-%.5s", yr->value, md->value + 5);
			if (ev_date_valid(buf, 10)) {
				memcpy(out->date, buf, 11);
				tfmt(out->evidence, sizeof out->evidence,
				         "latest month and day '%.*s' at byte %u with the latest year '%.*s'",
				         (int)(md->end - md->start > 60 ? 60 : md->end - md->start),
				         doc->body + md->start, md->start,
				         (int)(yr->end - yr->start > 20 ? 20 : yr->end - yr->start),
				         doc->body + yr->start);
				return EV_OK;
			}
		}
	}
	if (!best)
		return EV_OK;
	if (best_full)
		memcpy(out->date, best->value, 10);
	else
		tfmt(out->date, sizeof out->date, "%.7s-01", best->value);
	out->date[10] = '\0';
	tfmt(out->evidence, sizeof out->evidence, "%s '%.*s' at byte %u",
	         best_full ? "latest full date" : "latest month (no full date)",
	         (int)(best->end - best->start > 80 ? 80 : best->end - best->start),
	         doc->body + best->start, best->start);
	return EV_OK;
}
