/*
 * utf8.h - decoding, validation and character classes.  ASCII goes through a
 * table; everything else asks utf8proc for its Unicode category.
 */
#ifndef EV_UTF8_H
#define EV_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Character classes (bit set). */
enum {
	CC_SPACE = 1 << 0,    /* white space, including NBSP and ideographic space */
	CC_NEWLINE = 1 << 1,  /* \n (CR is a plain space) */
	CC_ALPHA = 1 << 2,    /* a letter or combining mark */
	CC_UPPER = 1 << 3,
	CC_DIGIT = 1 << 4,    /* decimal digit */
	CC_PUNCT = 1 << 5,
	CC_SYMBOL = 1 << 6,
	CC_CJK = 1 << 7,      /* Han, Hiragana, Katakana, Hangul, CJK punctuation excluded */
	CC_CTRL = 1 << 8,
	CC_LOWER = 1 << 9,    /* a cased letter in lower case */
	CC_HIGH = 1 << 10     /* a byte >= 0x80: decode and ask utf8_class */
};

/* Classes of single bytes: ASCII characters, and CC_HIGH for the rest. */
extern const uint16_t utf8_byte_class[256];

/*
 * Decode one code point from s[0..n) (n >= 1).  Sets *len to the bytes used.
 * Invalid or truncated sequences give U+FFFD with *len = 1.
 */
static inline uint32_t utf8_decode(const unsigned char *s, size_t n, int *len)
{
	uint32_t c = s[0];
	if (c < 0x80) {
		*len = 1;
		return c;
	}
	if (c >= 0xC2 && c <= 0xDF && n >= 2 && (s[1] & 0xC0) == 0x80) {
		*len = 2;
		return ((c & 0x1F) << 6) | (s[1] & 0x3F);
	}
	if (c >= 0xE0 && c <= 0xEF && n >= 3 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
		uint32_t cp = ((c & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
		if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
			*len = 3;
			return cp;
		}
	} else if (c >= 0xF0 && c <= 0xF4 && n >= 4 && (s[1] & 0xC0) == 0x80 &&
	           (s[2] & 0xC0) == 0x80 && (s[3] & 0xC0) == 0x80) {
		uint32_t cp = ((c & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
		              ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
		if (cp >= 0x10000 && cp <= 0x10FFFF) {
			*len = 4;
			return cp;
		}
	}
	*len = 1;
	return 0xFFFD;
}

/* Class bits of a code point. */
unsigned utf8_class(uint32_t cp);

/* Length of the longest valid UTF-8 prefix of s[0..n). */
size_t utf8_valid_prefix(const unsigned char *s, size_t n);

/*
 * Copy s[0..n) to a fresh malloc'd buffer with each invalid byte replaced by
 * U+FFFD (3 bytes).  *first_bad gets the offset of the first bad byte in s
 * and *nbad the number replaced.  Returns NULL on out of memory.
 */
char *utf8_repair(const char *s, size_t n, size_t *out_len, size_t *first_bad, size_t *nbad);

#endif
