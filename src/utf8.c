/*
 * utf8.c - character classes for the tokenizer and UTF-8 repair for readers.
 */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "utf8.h"

#define S CC_SPACE
#define N (CC_SPACE | CC_NEWLINE)
#define A (CC_ALPHA | CC_LOWER)
#define U (CC_ALPHA | CC_UPPER)
#define D CC_DIGIT
#define P CC_PUNCT
#define Y CC_SYMBOL
#define C CC_CTRL

const uint16_t utf8_byte_class[256] = {
	C, C, C, C, C, C, C, C, C, S, N, S, S, S, C, C,   /* 0x00 */
	C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C,   /* 0x10 */
	S, P, P, P, Y, Y, Y, P, P, P, P, Y, P, P, P, P,   /*  !"#$%&'()*+,-./ */
	D, D, D, D, D, D, D, D, D, D, P, P, Y, Y, Y, P,   /* 0-9 :;<=>? */
	P, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,   /* @A-O */
	U, U, U, U, U, U, U, U, U, U, U, P, P, P, Y, P,   /* P-Z [\]^_ */
	Y, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A,   /* `a-o */
	A, A, A, A, A, A, A, A, A, A, A, P, Y, P, Y, C,   /* p-z {|}~ DEL */
	[0x80 ... 0xFF] = CC_HIGH,
};

#undef S
#undef N
#undef A
#undef U
#undef D
#undef P
#undef Y
#undef C

static int is_cjk(uint32_t cp)
{
	return (cp >= 0x4E00 && cp <= 0x9FFF) ||   /* CJK unified ideographs */
	       (cp >= 0x3400 && cp <= 0x4DBF) ||   /* extension A */
	       (cp >= 0x20000 && cp <= 0x2FA1F) || /* extensions B-F, compatibility supplement */
	       (cp >= 0xF900 && cp <= 0xFAFF) ||   /* compatibility ideographs */
	       (cp >= 0x3040 && cp <= 0x30FF) ||   /* hiragana, katakana */
	       (cp >= 0x31F0 && cp <= 0x31FF) ||   /* katakana phonetic extensions */
	       (cp >= 0xAC00 && cp <= 0xD7AF) ||   /* hangul syllables */
	       (cp >= 0x1100 && cp <= 0x11FF) ||   /* hangul jamo */
	       cp == 0x3005 || cp == 0x3007;      /* ideographic iteration mark, zero */
}

unsigned utf8_class(uint32_t cp)
{
	if (cp < 0x80)
		return utf8_byte_class[cp];
	if (cp == 0xA0 || cp == 0x3000 || cp == 0x2028 || cp == 0x2029 || cp == 0x200B || cp == 0xFEFF)
		return cp == 0x2028 || cp == 0x2029 ? (CC_SPACE | CC_NEWLINE) : CC_SPACE;
	if (is_cjk(cp))
		return CC_CJK | CC_ALPHA;
	switch (utf8proc_category((utf8proc_int32_t)cp)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LT:
		return CC_ALPHA | CC_UPPER;
	case UTF8PROC_CATEGORY_LL:
		return CC_ALPHA | CC_LOWER;
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
	case UTF8PROC_CATEGORY_ME:
		return CC_ALPHA;
	case UTF8PROC_CATEGORY_ND:
		return CC_DIGIT;
	case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO:
		return CC_SYMBOL;
	case UTF8PROC_CATEGORY_ZS:
		return CC_SPACE;
	case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP:
		return CC_SPACE | CC_NEWLINE;
	case UTF8PROC_CATEGORY_PC:
	case UTF8PROC_CATEGORY_PD:
	case UTF8PROC_CATEGORY_PS:
	case UTF8PROC_CATEGORY_PE:
	case UTF8PROC_CATEGORY_PI:
	case UTF8PROC_CATEGORY_PF:
	case UTF8PROC_CATEGORY_PO:
		return CC_PUNCT;
	case UTF8PROC_CATEGORY_SM:
	case UTF8PROC_CATEGORY_SC:
	case UTF8PROC_CATEGORY_SK:
	case UTF8PROC_CATEGORY_SO:
		return CC_SYMBOL;
	case UTF8PROC_CATEGORY_CF:
		return CC_SPACE;  /* soft hyphen, zero-width joiners: invisible */
	default:
		return CC_CTRL;
	}
}

size_t utf8_valid_prefix(const unsigned char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		/* Eight ASCII bytes at a time: news text is mostly ASCII. */
		while (i + 8 <= n) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			if (w & 0x8080808080808080ull)
				break;
			i += 8;
		}
		if (i >= n)
			break;
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		int len;
		uint32_t cp = utf8_decode(s + i, n - i, &len);
		if (cp == 0xFFFD && !(len == 3 && s[i] == 0xEF && s[i + 1] == 0xBF && s[i + 2] == 0xBD))
			return i;
		i += (size_t)len;
	}
	return n;
}

char *utf8_repair(const char *src, size_t n, size_t *out_len, size_t *first_bad, size_t *nbad)
{
	const unsigned char *s = (const unsigned char *)src;
	size_t cap = n + 16, o = 0, i = 0;
	char *d = malloc(cap);
	if (!d)
		return NULL;
	*nbad = 0;
	*first_bad = (size_t)-1;
	while (i < n) {
		size_t ok = utf8_valid_prefix(s + i, n - i);
		if (o + ok + 4 > cap) {
			cap = (o + ok + 4) * 2;
			char *nd = realloc(d, cap);
			if (!nd) {
				free(d);
				return NULL;
			}
			d = nd;
		}
		memcpy(d + o, s + i, ok);
		o += ok;
		i += ok;
		if (i < n) {
			if (*first_bad == (size_t)-1)
				*first_bad = i;
			(*nbad)++;
			memcpy(d + o, "\xEF\xBF\xBD", 3);
			o += 3;
			i++;
		}
	}
	d[o] = '\0';
	*out_len = o;
	return d;
}
