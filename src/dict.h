/*
 * dict.h - actor, role and place dictionaries: loaded from the project's
 * .dict format or from TABARI / PETRARCH-Phoenix files, compiled into a
 * read-only matcher over tokens (a hash on the first word of each name).
 */
#ifndef EV_DICT_H
#define EV_DICT_H

#include <stddef.h>
#include <stdint.h>
#include "eventline.h"

/* Entry types (also the mention types of the actors layer). */
enum {
	DT_PER = 1, DT_ORG, DT_GPE, DT_LOC, DT_NORP, DT_ROLE,
	DT_GIVEN   /* a given name: evidence of a person, never a mention by itself */
};

/* Entry flags. */
#define DF_AGENT     0x01u   /* a TABARI/Phoenix agent: its code is appended (~GOV) */
#define DF_AMBIGUOUS 0x02u   /* also a common word or name (Chad, Georgia) */
#define DF_UNTYPED   0x04u   /* from a TABARI/PETRARCH actors file: no type was given */
#define DF_PREFIX    0x08u   /* an agent whose code goes first ("MSF Arnor": NGO~ ARN) */

typedef struct dict_entry {
	uint32_t codes, ncodes;     /* into the code table */
	uint32_t id, canonical;     /* string offsets (0 = none) */
	uint32_t country, role, kind, title;
	uint32_t file, line;        /* where it was defined */
	uint8_t type;               /* DT_* */
	uint8_t flags;              /* DF_* */
} dict_entry;

typedef struct dict_code {
	uint32_t code;              /* string offset */
	int32_t from, to;           /* YYYYMMDD, inclusive; 0 and 99999999 when open */
} dict_code;

/* The longest dictionary name at token k of doc (tokens [k, end)): returns its
 * length in tokens (0 if none) and the entry.  lc is the document body with
 * ASCII letters lower-cased (same offsets). */
size_t dict_match(const ev_dict *d, const ev_doc *doc, const char *lc, size_t k, size_t end,
                  const dict_entry **entry /* OUT */);

/* The same, with h the ev_whash (hash.h) of token k's lower-case bytes already made, and
 * hn that of token k + 1 (any value when k + 1 == end). */
size_t dict_match_hashed(const ev_dict *d, const ev_doc *doc, const char *lc, size_t k,
                         size_t end, uint32_t h, uint32_t hn, const dict_entry **entry /* OUT */);

/* The first words of a dictionary's names as bits of their lower-case hashes, for a
 * caller to pass most words over in its own loop, without a call; dict_match_hashed
 * tests them first too.  bits is NULL when every word may start a name. */
typedef struct dict_firsts {
	const uint64_t *bits;
	uint32_t mask;
} dict_firsts;

dict_firsts dict_first_words(const ev_dict *d);

/* Whether some name may start with the word whose lower-case hash is h (0: none does). */
static inline int dict_firsts_has(dict_firsts f, uint32_t h)
{
	uint32_t b = h & f.mask;
	return !f.bits || ((f.bits[b / 64] >> (b % 64)) & 1);
}

/* Whether the dictionary holds actors of the old coders' files (DF_UNTYPED). */
int dict_untyped(const ev_dict *d);

/* The entry of a one-word name spelled s[0..n) (lc: the same bytes lower-cased), or
 * NULL: for parts of a word ("China" and "US" of "China-US"). */
const dict_entry *dict_match_word(const ev_dict *d, const char *s, const char *lc, size_t n);

/* Whether some one-word name of type (DT_*) is spelled lc[0..n) in lower case: "Christian"
 * is a given name as well as a religion. */
int dict_word_has_type(const ev_dict *d, const char *lc, size_t n, int type);
/* The same, giving the entry (NULL when there is none). */
const dict_entry *dict_word_of_type(const ev_dict *d, const char *lc, size_t n, int type);

/* A string of the dictionary's pool (offset 0 gives NULL). */
const char *dict_str(const ev_dict *d, uint32_t off);

/* The entry's code in force on date (YYYYMMDD): the first code whose range
 * holds the date, else the first undated one, else (a person out of office)
 * their country, else the first.  With no date (0), the first code. */
const char *dict_code_at(const ev_dict *d, const dict_entry *e, int32_t date);

#endif
