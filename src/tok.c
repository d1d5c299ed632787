/*
 * tok.c - the tokenizer: one pass over the body, tokens as spans.  News text
 * as it is written: U.S., Jan., 49.1, 1,000, 13th, US$75, half-a-trillion,
 * China's / China’s (split into China + ’s), curly quotes, em-dashes, URLs,
 * e-mail addresses and runs of CJK characters (劉鶴) as their own tokens.
 * ASCII goes through a table; other characters through utf8_class.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include "arena.h"
#include "tok.h"
#include "utf8.h"

typedef struct tokenizer {
	const unsigned char *s;
	size_t n;
	ev_doc *doc;
	ev_token *toks;
	size_t ntoks, cap;
	unsigned pending;   /* EV_TF_* whitespace flags for the next token */
} tokenizer;

static inline uint32_t cp_at(const tokenizer *t, size_t i, int *len)
{
	if (t->s[i] < 0x80) {
		*len = 1;
		return t->s[i];
	}
	return utf8_decode(t->s + i, t->n - i, len);
}

static inline unsigned class_at(const tokenizer *t, size_t i, int *len)
{
	if (i >= t->n) {
		*len = 0;
		return 0;
	}
	if (t->s[i] < 0x80) {
		*len = 1;
		return utf8_byte_class[t->s[i]];
	}
	return utf8_class(utf8_decode(t->s + i, t->n - i, len));
}

static inline int is_alnum_at(const tokenizer *t, size_t i)
{
	int len;
	unsigned c = class_at(t, i, &len);
	return (c & (CC_ALPHA | CC_DIGIT)) && !(c & CC_CJK);
}

static inline int is_digit_at(const tokenizer *t, size_t i)
{
	return i < t->n && t->s[i] >= '0' && t->s[i] <= '9';
}

static inline int is_alpha_ascii(unsigned char c)
{
	return (c | 32) >= 'a' && (c | 32) <= 'z';
}

static int grow_tokens(tokenizer *t)
{
	size_t nc = t->cap ? t->cap * 2 : 256;
	ev_token *nt = arena_grow(t->doc->arena, t->toks, t->cap * sizeof *nt, nc * sizeof *nt);
	if (!nt)
		return -1;
	t->toks = nt;
	t->cap = nc;
	return 0;
}

static inline int emit(tokenizer *t, size_t start, size_t end, int kind, unsigned flags,
                       unsigned reserved)
{
	if (t->ntoks == t->cap && grow_tokens(t) < 0)
		return -1;
	/* one compound store: the compiler writes the 12 bytes at once */
	t->toks[t->ntoks++] = (ev_token){(uint32_t)start, (uint32_t)end, (uint8_t)kind,
	                                 (uint8_t)(flags | t->pending), (uint16_t)reserved};
	t->pending = 0;
	return 0;
}

/* Case and digit flags of s[a..b). */
static unsigned shape_flags(const tokenizer *t, size_t a, size_t b)
{
	unsigned seen = 0, first = 0;
	for (size_t i = a; i < b;) {
		unsigned c;
		if (t->s[i] < 0x80) {
			c = utf8_byte_class[t->s[i]];
			i++;
		} else {
			int len;
			c = class_at(t, i, &len);
			i += (size_t)len;
		}
		if (!seen)
			first = c;
		seen |= c;
	}
	return ((seen & CC_DIGIT) ? EV_TF_DIGIT : 0) | ((first & CC_UPPER) ? EV_TF_CAP : 0) |
	       ((seen & CC_UPPER) && !(seen & CC_LOWER) && b - a >= 2 ? EV_TF_UPPER : 0);
}

#ifdef __SSE2__
/* The lower-case letters, capitals and digits among the 16 bytes at s, a bit each.  Bytes
 * >= 0x80 are negative as signed chars: in none of the ranges. */
static inline void ascii_masks(const unsigned char *s, unsigned *lo, unsigned *up, unsigned *dg)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
	*lo = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('a' - 1)),
	                                                _mm_cmplt_epi8(v, _mm_set1_epi8('z' + 1))));
	*up = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
	                                                _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1))));
	*dg = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
	                                                _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1))));
}
#endif

/*
 * Skip the run of ASCII letters and digits at s[j..n), 16 bytes at a time
 * where SSE2 is there (every x86-64), adding their classes to *seen.  Stops
 * at the first other byte, or short of the end; the caller's byte loop
 * finishes the run (non-ASCII letters, the last bytes).
 */
static inline size_t ascii_alnum_run(const unsigned char *s, size_t j, size_t n, unsigned *seen)
{
#ifdef __SSE2__
	unsigned lo_seen = 0, up_seen = 0, dg_seen = 0;
	while (j + 16 <= n) {
		unsigned lo, up, dg;
		ascii_masks(s + j, &lo, &up, &dg);
		/* ~any has bit 16 set, so the count is 16 at most. */
		unsigned run = (unsigned)__builtin_ctz(~(lo | up | dg));
		unsigned keep = (1u << run) - 1u;
		lo_seen |= lo & keep;
		up_seen |= up & keep;
		dg_seen |= dg & keep;
		j += run;
		if (run < 16)
			break;
	}
	*seen |= (lo_seen ? CC_ALPHA | CC_LOWER : 0) | (up_seen ? CC_ALPHA | CC_UPPER : 0) |
	         (dg_seen ? CC_DIGIT : 0);
#else
	(void)n;
	(void)seen;
#endif
	return j;
}

/*
 * Most words in one step: a run of 1 to 15 ASCII letters and digits that a space, a line
 * break or (after a letter) a comma ends.  Nothing joins such a word to what follows, and
 * no period, clitic or mark after it changes it, so scan_word and word_suffix would take
 * it as it is.  Returns its end, with its digit and capital flags in *flags, or 0 for any
 * other word (the caller then takes the long way).
 */
static inline size_t plain_word(const unsigned char *s, size_t i, size_t n, unsigned *flags)
{
#ifdef __SSE2__
	if (i + 16 > n)
		return 0;
	unsigned lo, up, dg;
	ascii_masks(s + i, &lo, &up, &dg);
	unsigned run = (unsigned)__builtin_ctz(~(lo | up | dg));   /* 16 at most */
	if (run == 0 || run == 16)
		return 0;
	/* What may end it: 3 for a space or a line break, 2 for a comma, which only a letter
	 * may stand before (after a digit it may group digits: 1,000).  One test, not three
	 * branches that the next byte makes hard to predict. */
	static const uint8_t ends[256] = {[' '] = 3, ['\n'] = 3, [','] = 2};
	if (ends[s[i + run]] <= ((dg >> (run - 1)) & 1u) * 2u)
		return 0;
	unsigned keep = (1u << run) - 1u;
	*flags = ((dg & keep) != 0) * EV_TF_DIGIT |
	         (((up & keep) != 0) & ((lo & keep) == 0) & (run >= 2)) * EV_TF_UPPER;
	return i + run;
#else
	(void)s, (void)i, (void)n, (void)flags;
	return 0;
#endif
}

/* Words whose following period belongs to them (lower case, no period). */
static const char *const abbrevs[] = {
	"adm", "al", "approx", "apr", "aug", "ave", "blvd", "bros", "capt", "cf", "cmdr", "co",
	"col", "corp", "dec", "dept", "dr", "etc", "feb", "fig", "fri", "ft", "gen", "gov",
	"govt", "hon", "inc", "jan", "jr", "jul", "jun", "lt", "ltd", "maj", "mar", "messrs", "mon",
	"mr", "mrs", "ms", "mt", "nov", "oct", "pct", "plc", "pp", "prof", "pt", "rep", "reps",
	"rev", "rs", "sen", "sens", "sep", "sept", "sgt", "sr", "st", "supt", "thu", "thur", "thurs",
	"tue", "tues", "univ", "vol", "vs", "wed",
};

/* US state and other capitalized-only abbreviations ("Calif.", "Sat."). */
static const char *const cap_abbrevs[] = {
	"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
	"kans", "ky", "la", "mass", "md", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
	"okla", "ore", "pa", "sat", "sun", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
};

/*
 * A word of 1 to 7 ASCII letters as one integer, lower case: its bytes in order, the rest
 * zero.  0 for any other word.
 */
static uint64_t word_key(const unsigned char *w, size_t len)
{
	if (len == 0 || len > 7)
		return 0;
	uint64_t k = 0;
	for (size_t i = 0; i < len; i++) {
		if (!is_alpha_ascii(w[i]))
			return 0;
		k |= (uint64_t)(w[i] | 32) << (8 * i);
	}
	return k;
}

/* The lists below as sorted integers, built once and read-only afterwards. */
typedef struct keyset {
	uint64_t k[80];
	size_t n;
} keyset;

static keyset abbrev_keys, cap_keys, final_keys;
static pthread_once_t keys_once = PTHREAD_ONCE_INIT;

static int cmp_key(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return (x > y) - (x < y);
}

static void keyset_fill(keyset *ks, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n && i < sizeof ks->k / sizeof ks->k[0]; i++)
		ks->k[ks->n++] = word_key((const unsigned char *)list[i], strlen(list[i]));
	qsort(ks->k, ks->n, sizeof ks->k[0], cmp_key);
}

static void keys_build(void);

/*
 * Is w[0..len) (any case) a word of the set?  A binary search whose steps compile to
 * conditional moves: which way a word goes is not predictable, and a search by strcmp
 * mispredicted a branch or two at each word before a period.
 */
static int in_list(const keyset *ks, const unsigned char *w, size_t len)
{
	uint64_t key = word_key(w, len);
	if (!key)
		return 0;
	pthread_once(&keys_once, keys_build);
	const uint64_t *k = ks->k;
	size_t n = ks->n;
	while (n > 1) {
		size_t half = n / 2;
		k = k[half] <= key ? k + half : k;
		n -= half;
	}
	return *k == key;
}

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* Abbreviations that often close a sentence ("... of Huawei Technologies Co."). */
static const char *const final_abbrevs[] = {
	"bros", "co", "corp", "etc", "inc", "jr", "ltd", "plc", "sr",
};

static void keys_build(void)
{
	_Static_assert(NELEM(abbrevs) <= sizeof abbrev_keys.k / sizeof abbrev_keys.k[0], "keyset");
	keyset_fill(&abbrev_keys, abbrevs, NELEM(abbrevs));
	keyset_fill(&cap_keys, cap_abbrevs, NELEM(cap_abbrevs));
	keyset_fill(&final_keys, final_abbrevs, NELEM(final_abbrevs));
}

int tok_abbrev_can_end(const char *w, size_t len)
{
	const unsigned char *u = (const unsigned char *)w;
	if (len < 2 || w[len - 1] != '.')
		return 0;
	len--;
	/* Dotted forms (U.S., a.m., U.N.) but not a lone initial (J.). */
	if (len >= 3 && w[1] == '.')
		return 1;
	if (in_list(&final_keys, u, len))
		return 1;
	return u[0] >= 'A' && u[0] <= 'Z' && len > 2 && in_list(&cap_keys, u, len) &&
	       !in_list(&abbrev_keys, u, len);
}

/* Is the apostrophe at i (of alen bytes) followed by a clitic (s, re, ve, ll, d, m)? */
static size_t clitic_len(const tokenizer *t, size_t i, int alen)
{
	size_t j = i + (size_t)alen, k = j;
	while (k < t->n && is_alpha_ascii(t->s[k]) && k - j < 3)
		k++;
	if (k < t->n && is_alnum_at(t, k))
		return 0;
	size_t n = k - j;
	const unsigned char *w = t->s + j;
	int ok = (n == 1 && ((w[0] | 32) == 's' || (w[0] | 32) == 'd' || (w[0] | 32) == 'm')) ||
	         (n == 2 && (((w[0] | 32) == 'r' && (w[1] | 32) == 'e') ||
	                     ((w[0] | 32) == 'v' && (w[1] | 32) == 'e') ||
	                     ((w[0] | 32) == 'l' && (w[1] | 32) == 'l')));
	return ok ? (size_t)alen + n : 0;
}

/* Byte length of an apostrophe (' or U+2019) at i, else 0. */
static inline int apostrophe_at(const tokenizer *t, size_t i)
{
	if (i < t->n && t->s[i] == '\'')
		return 1;
	if (i + 2 < t->n && t->s[i] == 0xE2 && t->s[i + 1] == 0x80 && t->s[i + 2] == 0x99)
		return 3;
	return 0;
}

/* Scan a URL or e-mail address from i; returns its end (trailing punctuation trimmed). */
static size_t scan_url(const tokenizer *t, size_t i)
{
	size_t j = i;
	while (j < t->n && t->s[j] > ' ' && t->s[j] < 0x7F && t->s[j] != '"' && t->s[j] != '<' &&
	       t->s[j] != '>')
		j++;
	while (j > i && strchr(".,;:!?)]}'", t->s[j - 1]))
		j--;
	return j;
}

static int starts_url(const tokenizer *t, size_t i)
{
	unsigned char c = t->s[i], d = i + 1 < t->n ? t->s[i + 1] : 0;
	if (!((c == 'h' && d == 't') || (c == 'f' && d == 't') || (c == 'w' && d == 'w')))
		return 0;
	const char *p = (const char *)t->s + i;
	size_t left = t->n - i, k = 0;
	if (left > 8 && strncmp(p, "https://", 8) == 0)
		k = 8;
	else if (left > 7 && (strncmp(p, "http://", 7) == 0 || strncmp(p, "ftp://", 6) == 0))
		k = p[0] == 'f' ? 6 : 7;
	else if (left > 4 && strncmp(p, "www.", 4) == 0)
		k = 4;
	/* a host name must follow */
	return k && is_alnum_at(t, i + k);
}

/* An e-mail address at i: word chars, '@', a domain with a dot.  Returns its end or 0. */
static size_t scan_email(const tokenizer *t, size_t i)
{
	size_t j = i;
	while (j < t->n && (is_alpha_ascii(t->s[j]) || is_digit_at(t, j) || t->s[j] == '.' ||
	                    t->s[j] == '_' || t->s[j] == '-' || t->s[j] == '+'))
		j++;
	if (j == i || j >= t->n || t->s[j] != '@')
		return 0;
	size_t k = j + 1, dots = 0;
	while (k < t->n && (is_alpha_ascii(t->s[k]) || is_digit_at(t, k) || t->s[k] == '.' ||
	                    t->s[k] == '-'))
		dots += t->s[k++] == '.';
	while (k > j + 1 && t->s[k - 1] == '.')
		k--, dots--;
	return dots > 0 && k > j + 2 ? k : 0;
}

/*
 * A word or number from i.  Inner joiners are kept when both sides are
 * alphanumeric: hyphens (half-a-trillion, 2019-01-30), digit groups (1,000),
 * decimals (49.1), digit slashes and colons (1/30/2019, 3:30), ampersands
 * between capitals (AT&T), apostrophes not starting a clitic (O'Brien).
 * Returns the end; *flags gets EV_TF_ABBREV when a period is taken in.
 */
static size_t scan_word(const tokenizer *t, size_t i, unsigned *flags)
{
	size_t j = i;
	unsigned seen = 0;   /* the classes met, for the shape flags: no second pass */
	*flags = 0;
	for (;;) {
		/* The body ends with a NUL (a control character), which stops the
		 * ASCII loop without a bounds check. */
		const unsigned char *s = t->s;
		j = ascii_alnum_run(s, j, t->n, &seen);
		/* Past an ASCII byte that is not alphanumeric the run is over; the
		 * byte loop handles the tail and non-ASCII letters (Zürich). */
		while (j + 16 > t->n || s[j] >= 0x80) {
			unsigned c = utf8_byte_class[s[j]];
			if (c & (CC_ALPHA | CC_DIGIT)) {
				seen |= c;
				j++;
				continue;
			}
			if (!(c & CC_HIGH) || j >= t->n)
				break;
			int len;
			c = class_at(t, j, &len);
			if (!(c & (CC_ALPHA | CC_DIGIT)) || (c & CC_CJK))
				break;
			seen |= c;
			j += (size_t)len;
		}
		if (j > t->n)
			j = t->n;
		if (j >= t->n)
			break;
		unsigned char c = t->s[j];
		if (c == ' ' || c == '\n')
			break;   /* the common case: a word ends at a space */
		if (c == '-' && is_alnum_at(t, j + 1)) {
			j++;
			continue;
		}
		int left_digit = t->s[j - 1] >= '0' && t->s[j - 1] <= '9';
		if ((c == '.' || c == '/' || c == ':') && left_digit && is_digit_at(t, j + 1)) {
			j++;
			continue;
		}
		if (c == ',' && left_digit && is_digit_at(t, j + 1) && is_digit_at(t, j + 2) &&
		    is_digit_at(t, j + 3) && !is_digit_at(t, j + 4)) {
			j++;
			continue;
		}
		if (c == '&' && j + 1 < t->n && t->s[j - 1] >= 'A' && t->s[j - 1] <= 'Z' &&
		    t->s[j + 1] >= 'A' && t->s[j + 1] <= 'Z') {
			j++;
			continue;
		}
		int alen = apostrophe_at(t, j);
		if (alen && !clitic_len(t, j, alen) && j + (size_t)alen < t->n &&
		    is_alpha_ascii(t->s[j + (size_t)alen]) &&
		    !(t->s[j + (size_t)alen] == 't' && j > i && (t->s[j - 1] | 32) == 'n' &&
		      !is_alnum_at(t, j + (size_t)alen + 1))) {
			j += (size_t)alen;
			continue;
		}
		break;
	}
	*flags = ((seen & CC_DIGIT) ? EV_TF_DIGIT : 0) |
	         ((seen & CC_UPPER) && !(seen & CC_LOWER) && j - i >= 2 ? EV_TF_UPPER : 0);
	if (j >= t->n || t->s[j] != '.')
		return j;
	/* A period after a word: initials and dotted abbreviations (U.S., a.m., e.g.). */
	if (j - i == 1 && is_alpha_ascii(t->s[i])) {
		size_t k = j + 1;
		while (k + 1 < t->n && is_alpha_ascii(t->s[k]) && t->s[k + 1] == '.' &&
		       !(k + 2 < t->n && is_alnum_at(t, k + 2)))
			k += 2;
		if (k > j + 1 || (t->s[i] >= 'A' && t->s[i] <= 'Z')) {
			*flags |= EV_TF_ABBREV | (shape_flags(t, i, k) & EV_TF_UPPER);
			return k;
		}
		return j;
	}
	if (in_list(&abbrev_keys, t->s + i, j - i) ||
	    (t->s[i] >= 'A' && t->s[i] <= 'Z' && in_list(&cap_keys, t->s + i, j - i)) ||
	    (j - i == 2 && (t->s[i] | 32) == 'n' && (t->s[i + 1] | 32) == 'o' && j + 2 < t->n &&
	     t->s[j + 1] == ' ' && is_digit_at(t, j + 2))) {
		*flags |= EV_TF_ABBREV;
		return j + 1;
	}
	return j;
}

/*
 * After a word ending at end: the length of a clitic that follows it (’s, 're,
 * 'll ...), or of n't when the word ends in n (then *stem_cut is 1: the n
 * moves to the clitic).  0 when none.
 */
static size_t clitic_after(const tokenizer *t, size_t start, size_t end, int *stem_cut)
{
	*stem_cut = 0;
	int alen = apostrophe_at(t, end);
	if (!alen)
		return 0;
	size_t k = clitic_len(t, end, alen);
	if (k)
		return k;
	size_t a = end + (size_t)alen;
	if (end - start >= 2 && (t->s[end - 1] | 32) == 'n' && a < t->n && (t->s[a] | 32) == 't' &&
	    !is_alnum_at(t, a + 1)) {
		*stem_cut = 1;
		return (size_t)alen + 1;
	}
	return 0;
}

/*
 * What follows a word at *end when it is not a space: an e-mail address
 * (the word was its local part), a clitic (China’s -> China + ’s, emitted
 * here, the clitic left as the current token), or a currency prefix (US$).
 */
static int word_suffix(tokenizer *t, size_t i, size_t *start, size_t *end, int *kind,
                       unsigned *flags)
{
	unsigned char nx = t->s[*end];
	size_t e;
	if ((nx == '@' || nx == '.' || nx == '_' || nx == '+' || nx == '-') &&
	    (e = scan_email(t, i)) != 0) {
		*end = e;
		*kind = EV_TOK_URL;
		*flags = shape_flags(t, i, e);
		return 0;
	}
	int cut;
	size_t cl = (*flags & EV_TF_ABBREV) ? 0 : clitic_after(t, i, *end, &cut);
	if (cl) {
		size_t stem = *end - (size_t)cut;
		if (emit(t, i, stem, *kind, shape_flags(t, i, stem), 0) < 0)
			return -1;
		*start = stem;
		*end += cl;
		*kind = EV_TOK_WORD;
		*flags = EV_TF_CLITIC | shape_flags(t, stem, *end);
		return 0;
	}
	/* Currency prefixes: US$, HK$, A$, C$ */
	if (nx == '$' && *kind == EV_TOK_WORD && *end - i <= 2 && t->s[i] >= 'A' && t->s[i] <= 'Z') {
		(*end)++;
		*kind = EV_TOK_SYMBOL;
	}
	return 0;
}

ev_status ev_tokenize(ev_doc *doc)
{
	tokenizer t = {(const unsigned char *)doc->body, doc->len, doc, NULL, 0, 0, 0};
	if (doc->len > UINT32_MAX)
		return EV_ERR_LIMIT;
	size_t i = 0, n = t.n;
	size_t cap0 = n / 4 + 16;   /* news has a token every 5 bytes or so: room for most */
	t.toks = arena_alloc(doc->arena, cap0 * sizeof *t.toks);
	if (!t.toks)
		return EV_ERR_NOMEM;
	t.cap = cap0;
	int newlines = 0, indent = 0;
	while (i < n) {
		unsigned char c = t.s[i];
		/* the space between two words on a line: nothing but a flag */
		if (c == ' ' && !newlines) {
			t.pending |= EV_TF_SPACE_BEFORE;
			i++;
			continue;
		}
		int len = 1;
		unsigned cls;
		if (c < 0x80) {
			cls = utf8_byte_class[c];
		} else {
			cls = utf8_class(utf8_decode(t.s + i, n - i, &len));
		}
		if (cls & (CC_SPACE | CC_CTRL)) {
			t.pending |= EV_TF_SPACE_BEFORE;
			if (cls & CC_NEWLINE) {
				t.pending |= EV_TF_NEWLINE_BEFORE;
				indent = 0;
				if (++newlines >= 2)
					t.pending |= EV_TF_PARA_BEFORE;
			} else if (newlines && (c == ' ' || c == '\t')) {
				/* An indented line opens a paragraph (wire copy). */
				indent += c == '\t' ? 2 : 1;
				if (indent >= 2)
					t.pending |= EV_TF_PARA_BEFORE;
			}
			i += (size_t)len;
			continue;
		}
		newlines = 0;
		indent = 0;
		size_t start = i, end;
		int kind;
		unsigned flags = 0, reserved = 0;
		if (cls & CC_CJK) {
			end = i + (size_t)len;
			while (end < n) {
				int l2;
				unsigned c2 = class_at(&t, end, &l2);
				if (!(c2 & CC_CJK))
					break;
				end += (size_t)l2;
			}
			kind = EV_TOK_CJK;
		} else if (cls & (CC_ALPHA | CC_DIGIT)) {
			/* only "ht", "ft" and "ww" can open a URL: one test of the pair, seldom true */
			unsigned pair = c | (unsigned)t.s[i + 1] << 8;
			if (((pair == ('h' | 't' << 8)) | (pair == ('f' | 't' << 8)) | (pair == ('w' | 'w' << 8))) &&
			    starts_url(&t, i)) {
				end = scan_url(&t, i);
				kind = EV_TOK_URL;
				flags = shape_flags(&t, start, end);
			} else if (c < 0x80 && (end = plain_word(t.s, i, n, &flags)) != 0) {
				kind = (cls & CC_DIGIT) ? EV_TOK_NUMBER : EV_TOK_WORD;
				flags |= ((cls & CC_UPPER) != 0) * EV_TF_CAP;   /* no branch on the case */
				reserved = TOK_PLAIN;
			} else {
				end = scan_word(&t, i, &flags);
				kind = (cls & CC_DIGIT) ? EV_TOK_NUMBER : EV_TOK_WORD;
				if (c < 0x80 ? (cls & CC_UPPER) : (utf8_class(utf8_decode(t.s + i, n - i, &len)) & CC_UPPER))
					flags |= EV_TF_CAP;
				/* Most words end at a space; only a following mark can make an
				 * e-mail address, a clitic or a currency prefix of them. */
				if (!(utf8_byte_class[t.s[end]] & (CC_SPACE | CC_CTRL))) {
					if (word_suffix(&t, i, &start, &end, &kind, &flags) < 0)
						return EV_ERR_NOMEM;
				}
			}
		} else if (c == '.' || c == '!' || c == '?') {
			end = i + 1;
			while (end < n && (t.s[end] == '.' || t.s[end] == '!' || t.s[end] == '?'))
				end++;
			kind = EV_TOK_PUNCT;
		} else if (c == '-' && i + 1 < n && t.s[i + 1] == '-') {
			end = i + 2;
			while (end < n && t.s[end] == '-')
				end++;
			kind = EV_TOK_PUNCT;
		} else if (c == '\'' || (len == 3 && c == 0xE2 && t.s[i + 1] == 0x80 && t.s[i + 2] == 0x99)) {
			/* A clitic after a closing quote or bracket is rare; a quote it is. */
			end = i + (size_t)len;
			kind = EV_TOK_PUNCT;
		} else {
			end = i + (size_t)len;
			kind = (cls & CC_PUNCT) ? EV_TOK_PUNCT : EV_TOK_SYMBOL;
		}
		if (emit(&t, start, end, kind, flags, reserved) < 0)
			return EV_ERR_NOMEM;
		/* the space after it, as the loop's first test would take it (no branch: whether a
		 * space follows is not predictable) */
		unsigned sp = t.s[end] == ' ';
		t.pending = sp * EV_TF_SPACE_BEFORE;
		i = end + sp;
	}
	doc->tokens = t.toks;
	doc->ntokens = t.ntoks;
	return doc->arena->oom ? EV_ERR_NOMEM : EV_OK;
}

const char *ev_tok_kind_str(int kind)
{
	switch (kind) {
	case EV_TOK_WORD: return "word";
	case EV_TOK_NUMBER: return "number";
	case EV_TOK_PUNCT: return "punct";
	case EV_TOK_SYMBOL: return "symbol";
	case EV_TOK_URL: return "url";
	case EV_TOK_CJK: return "cjk";
	}
	return "unknown";
}
