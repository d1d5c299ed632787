/*
 * hash.h - the hashes of words: ev_whash, which the dictionaries, the word tables of the
 * actor tagger and the amount table file words under, and FNV-1a, which grows with a
 * phrase one byte at a time (the amount table's phrases, the dictionaries' second words).
 */
#ifndef EV_HASH_H
#define EV_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

static inline uint32_t fnv1a_more(uint32_t h, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

static inline uint32_t fnv1a(const char *s, size_t n)
{
	return fnv1a_more(2166136261u, s, n);
}

/*
 * The hash that words are filed under in the dictionaries, the word lists of the actor
 * tagger and the amount table: eight bytes at a time, the last block padded with zeros,
 * so a word costs a multiplication or two and no loop over its bytes (FNV-1a, a byte at
 * a time, gave every token a mispredicted loop exit).  The caller lower-cases.
 */
#define EV_WHASH_SEED 0x243F6A8885A308D3ULL
#define EV_WHASH_MUL 0x9E3779B97F4A7C15ULL

static inline uint64_t ev_whash_block(uint64_t h, uint64_t x)
{
	h = (h ^ x) * EV_WHASH_MUL;
	return h ^ (h >> 29);
}

static inline uint32_t ev_whash_final(uint64_t h, size_t n)
{
	return (uint32_t)(((h ^ n) * EV_WHASH_MUL) >> 32);
}

/* The hash of s[0..n), reading no byte outside it. */
static inline uint32_t ev_whash(const char *s, size_t n)
{
	uint64_t h = EV_WHASH_SEED, x;
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		memcpy(&x, s + i, 8);
		h = ev_whash_block(h, x);
	}
	if (i < n) {
		x = 0;
		memcpy(&x, s + i, n - i);
		h = ev_whash_block(h, x);
	}
	return ev_whash_final(h, n);
}

/* The low n bytes of x (n < 8), as ev_whash pads a last block on a little-endian machine. */
static inline uint64_t ev_whash_low(uint64_t x, size_t n)
{
	return x & ((1ULL << (8 * n)) - 1);
}

/* The masks of the first n bytes of a 16-byte word read as two (n <= 16), from a table:
 * no branch on the length, which differs from one token to the next. */
static inline void ev_first_bytes(size_t n, uint64_t *ma, uint64_t *mb)
{
	static const uint64_t low[9] = {0, 0xFFULL, 0xFFFFULL, 0xFFFFFFULL, 0xFFFFFFFFULL,
	                                0xFFFFFFFFFFULL, 0xFFFFFFFFFFFFULL, 0xFFFFFFFFFFFFFFULL,
	                                ~0ULL};
	*ma = low[n < 8 ? n : 8];
	*mb = low[n > 8 ? n - 8 : 0];
}

/* Whether byte ch (not 0) is among the 16 bytes of a and b: a zero byte of x ^ ch...ch.
 * Bytes of zero padding never match. */
static inline int ev_words_have_byte(uint64_t a, uint64_t b, unsigned char ch)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
	uint64_t da = a ^ (ones * ch), db = b ^ (ones * ch);
	return ((((da - ones) & ~da) | ((db - ones) & ~db)) & highs) != 0;
}

/* ev_whash_token's slow way: a long token, one near the end of the text, or a hyphen. */
static inline uint32_t ev_whash_token_bytes(const char *s, size_t n, uint32_t *head)
{
	const char *hy = memchr(s, '-', n);
	uint32_t full = ev_whash(s, n);
	*head = hy ? ev_whash(s, (size_t)(hy - s)) : full;
	return full;
}

/*
 * The ev_whash of s[0..n), 1 to 16 bytes with 16 that may be read at s (the rest of the
 * body and its NUL), read as two words masked to the token (*a, *b: for a byte test): no
 * loop and no branch on the length.  Little-endian only, as ev_whash pads.
 */
static inline uint32_t ev_whash16(const char *s, size_t n, uint64_t *a, uint64_t *b)
{
	uint64_t ma, mb;
	memcpy(a, s, 8);
	memcpy(b, s + 8, 8);
	ev_first_bytes(n, &ma, &mb);
	*a &= ma;
	*b &= mb;
	uint64_t h = ev_whash_block(EV_WHASH_SEED, *a), h2 = ev_whash_block(h, *b);
	return ev_whash_final(n > 8 ? h2 : h, n);
}

/*
 * The ev_whash of a token s[0..n) whose bytes are lower-cased already, and in *head that
 * of its bytes before the first hyphen (the whole token when it has none): the amount
 * table files "half-a-trillion" under "half".  avail is how many bytes may be read at s
 * (the rest of the body and its NUL); with 16 of them a token of 1 to 16 bytes is read as
 * two words, masked and hashed without a loop or a branch on its length.
 */
static inline uint32_t ev_whash_token(const char *s, size_t n, size_t avail, uint32_t *head)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (n - 1 < 16 && avail >= 16) {
		uint64_t a, b;
		uint32_t full = ev_whash16(s, n, &a, &b);
		if (!ev_words_have_byte(a, b, '-')) {
			*head = full;
			return full;
		}
	}
#endif
	(void)avail;
	return ev_whash_token_bytes(s, n, head);
}

#endif
