/*
 * verbs.h - the compiled verb-pattern dictionary shared by verbs.c (loading)
 * and coder.c (matching).  Internal: the public face is ev_verbs in eventline.h.
 */
#ifndef EV_VERBS_H
#define EV_VERBS_H

#include <stdint.h>
#include "eventline.h"

/* A literal word of a pattern or a multi-word verb, lower case, in the pool. */
typedef struct vword {
	uint32_t off;
	uint16_t len;
	uint8_t exact;   /* whole word; else a stem that matches any word it begins;
	                  * VW_SRC/VW_TGT: an actor slot ($ or +) inside a set's member */
	uint8_t gap;     /* TABARI: a space before it lets up to VERBS_GAP words stand between */
	uint32_t hash;   /* verbs_hash of the whole word (exact words) */
} vword;

/* One alternative of a pattern element: words that must be adjacent, but for
 * a word marked gap. */
typedef struct valt {
	uint32_t w0;
	uint16_t nw;
	uint16_t gaps;   /* some word of it is marked gap */
} valt;

#define VERBS_GAP 3

/* TABARI: "+PESO_$": an actor slot among the words of a synonym set's member */
#define VW_SRC 2
#define VW_TGT 3
/* valt.gaps: bit 1, a word marked gap; bit 2, an actor slot */
#define VA_SLOT 2u

/* PE_EACH: TABARI's '%', a list whose members act on each other */
enum { PE_VERB = 1, PE_SRC, PE_TGT, PE_WORDS, PE_SKIP, PE_NP, PE_EACH };

typedef struct velem {
	uint8_t kind;     /* PE_* */
	uint8_t adj;      /* must touch the element before it (joined by '_') */
	uint16_t nalts;
	uint32_t alt0;    /* PE_WORDS: alternatives alts[alt0 .. alt0+nalts) */
} velem;

/* TABARI: weighed by the words its alternatives matched (coder.c pattern_weight) */
#define VP_BY_MATCH 0x1u
/* it names a synonym set (&CURRENCY): on a tie a pattern of plain words wins */
#define VP_SYNSET   0x2u

typedef struct vpattern {
	uint32_t e0;       /* elements elems[e0 .. e0+ne) */
	uint16_t ne;
	uint16_t verb_at;  /* index (0-based, within the pattern) of the '*' */
	uint16_t nlit;     /* literal words: the more, the more specific */
	int16_t code;      /* index into cameo[], or -1 for [---] (no event) */
	int16_t code2;     /* the paired event's code ([042:043]), or -1 */
	uint8_t mark;      /* TABARI: '!' a dominant event ([031!]), '?' a subordinate one, or 0 */
	uint16_t flags;    /* VP_* */
	uint32_t line;
	uint64_t need[4];  /* words it cannot match without (verbs_word_bit): a sentence
	                    * lacking any of them is skipped without trying */
} vpattern;

typedef struct vverb {
	uint32_t base_off;
	uint16_t base_len;
	int16_t code;      /* index into cameo[]; -1 [---]: only patterns code */
	int16_t code2;
	uint8_t nominal;   /* a noun naming an event ("retaliation") */
	uint8_t stem;      /* TABARI: the base matches any word it begins */
	uint32_t tail_w0;  /* multi-word verbs: the words after the verb */
	uint16_t tail_nw;
	uint8_t mark;      /* as a pattern's */
	uint8_t pad;
	uint32_t p0, np;   /* its patterns: patterns[p0 .. p0+np) */
} vverb;

/* A word form ("accused") and the verb it belongs to; chained for forms of several verbs. */
typedef struct vform {
	uint32_t off;
	uint16_t len;
	uint16_t stem;     /* TABARI: a stem, that matches any word it begins */
	uint32_t verb;
	int32_t next;      /* next form with the same spelling, or -1 */
} vform;

struct ev_verbs {
	char *pool;
	size_t pool_len, pool_cap;

	ev_cameo *cameo;
	size_t ncameo, cap_cameo;
	size_t nsorted;        /* cameo[0 .. nsorted) is the sorted table; codes added after */
	int allow_unknown;

	vverb *verbs;
	size_t nverbs, cap_verbs;
	vform *forms;
	size_t nforms, cap_forms;
	vpattern *patterns;
	size_t npatterns, cap_patterns;
	velem *elems;
	size_t nelems, cap_elems;
	uint64_t (*elem_words)[4];   /* compiled: per element, the bits of its first words */
	valt *alts;
	size_t nalts, cap_alts;
	vword *words;
	size_t nwords, cap_words;

	/* TABARI <TIME> phrases coded [###] (discard) or [+++] (complex): a
	 * sentence that holds one is coded not at all */
	valt *discards;
	size_t ndiscards, cap_discards;

	/* stems (TABARI): lengths present, for lookups of a word's prefixes */
	uint64_t stem_lens;
	/* codes marked dominant or subordinate (TABARI's [031!], [023?]) */
	size_t nmarked;

	/* the coder's closed word classes (coder.c): word -> class bits */
	struct vclass {
		const char *word;
		uint32_t bits;
	} *classes;
	uint32_t classes_mask;

	/* compiled: open-addressing table of form indexes (heads of chains) */
	int32_t *table;
	uint32_t table_mask;
	int compiled;
	size_t errors;
	int oom;
};

/* FNV-1a of a lower-case ASCII string. */
static inline uint32_t verbs_hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

/* Build v->classes (coder.c); -1 when out of memory. */
int coder_classes_build(ev_verbs *v);

/* The bit (0..255) of a word, or of a stem's first three letters, in the
 * 256-bit summaries of sentences and patterns. */
static inline unsigned verbs_word_bit(const char *s, size_t n, int stem)
{
	return verbs_hash(s, stem && n > 3 ? 3 : n) * 2654435761u >> 24;
}

/* The chain of forms spelled s[0..n) (lower case), or -1. */
int32_t verbs_find(const ev_verbs *v, const char *s, size_t n);
/* The same with the string's verbs_hash already known. */
int32_t verbs_find_hashed(const ev_verbs *v, const char *s, size_t n, uint32_t hash);

#endif
