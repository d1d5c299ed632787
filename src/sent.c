/*
 * sent.c - sentence boundaries from tokens.  A boundary follows terminal
 * punctuation (with its closing quotes) when the next token can start a
 * sentence; an abbreviation that can end a sentence ("Inc.", "U.S.") only
 * before a word that typically opens one; a blank line always; and a single
 * line break when the text is not hard-wrapped (headlines, captions).
 */
#include <string.h>
#include "arena.h"
#include "tok.h"
#include "utf8.h"

/* Longest sentence in tokens; longer runs (tables, lists) are cut. */
#define MAX_SENT_TOKENS 400

/* Words that open sentences far more often than they continue a name. */
static const char *const openers[] = {
	"A", "According", "After", "Also", "Although", "An", "And", "Another", "As", "At", "Before",
	"Both", "But", "By", "Despite", "During", "Each", "For", "From", "He", "Her", "Here", "His",
	"However", "I", "If", "In", "It", "Its", "Last", "Many", "Meanwhile", "Most", "My", "No",
	"Not", "Now", "On", "One", "Our", "She", "Since", "So", "Some", "Still", "That", "The",
	"Their", "There", "These", "They", "This", "Those", "Though", "To", "Under", "Until", "We",
	"What", "When", "Where", "While", "Who", "With", "Yet", "You",
};

static int is_opener(const char *w, size_t n)
{
	size_t lo = 0, hi = sizeof openers / sizeof openers[0];
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strncmp(openers[mid], w, n);
		if (c == 0 && openers[mid][n] != '\0')
			c = 1;
		if (c == 0)
			return 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

static int tok_is(const ev_doc *d, const ev_token *t, const char *s)
{
	size_t n = strlen(s);
	return t->end - t->start == n && memcmp(d->body + t->start, s, n) == 0;
}

/* Lower-case words that leave a sentence open: a line that ends with one
 * ("restore ties with" / "Mordor ...") runs on, headline or not. */
static const char *const open_enders[] = {
	"a", "an", "and", "at", "between", "by", "for", "from", "in", "into", "its", "of", "on",
	"or", "the", "their", "to", "with",
};

static int open_ender(const ev_doc *d, const ev_token *t)
{
	if (t->kind != EV_TOK_WORD || t->end - t->start > 7)
		return 0;
	for (size_t i = 0; i < sizeof open_enders / sizeof *open_enders; i++)
		if (tok_is(d, t, open_enders[i]))
			return 1;
	return 0;
}

/* Terminal punctuation: . ! ? runs, and the ellipsis character. */
static int is_terminal(const ev_doc *d, const ev_token *t)
{
	if (t->kind != EV_TOK_PUNCT)
		return 0;
	unsigned char c = (unsigned char)d->body[t->start];
	return c == '.' || c == '!' || c == '?' || tok_is(d, t, "\xE2\x80\xA6") ||
	       tok_is(d, t, "\xEF\xBC\x81") || tok_is(d, t, "\xEF\xBC\x9F") ||   /* fullwidth ! ? */
	       tok_is(d, t, "\xE3\x80\x82");                                     /* ideographic . */
}

/* Closing quotes and brackets that stay with the sentence before them. */
static int is_closer(const ev_doc *d, const ev_token *t)
{
	if (t->kind != EV_TOK_PUNCT)
		return 0;
	unsigned char c = (unsigned char)d->body[t->start];
	return c == '"' || c == '\'' || c == ')' || c == ']' || tok_is(d, t, "\xE2\x80\x9D") ||
	       tok_is(d, t, "\xE2\x80\x99") || tok_is(d, t, "\xC2\xBB");
}

/* Can token t open a sentence (after terminal punctuation)? */
static int can_open(const ev_doc *d, const ev_token *t)
{
	if (t->kind == EV_TOK_WORD) {
		unsigned char c = (unsigned char)d->body[t->start];
		return !(c >= 'a' && c <= 'z') && !(t->flags & EV_TF_CLITIC);
	}
	if (t->kind == EV_TOK_PUNCT) {
		unsigned char c = (unsigned char)d->body[t->start];
		/* Opening quotes and brackets, dashes of a dialogue: yes; , ; : ) no. */
		return c == '"' || c == '\'' || c == '(' || c == '[' || tok_is(d, t, "\xE2\x80\x9C") ||
		       tok_is(d, t, "\xE2\x80\x98") || tok_is(d, t, "\xE2\x80\x94") || c == '-' ||
		       tok_is(d, t, "\xC2\xAB");
	}
	return 1;   /* numbers, symbols, CJK, URLs */
}

/*
 * A lower-case word after a bare period ("... later. what are you doing"):
 * informal text starts sentences so.  Kept for periods after a word of four
 * or more letters or a number, with a space before the next word, so that
 * unknown abbreviations ("approx. five") and quoted speech ("?” he said")
 * are not cut.
 */
static int lower_start(const ev_doc *d, const ev_token *t, size_t k, size_t last)
{
	const ev_token *p = k > 0 ? &t[k - 1] : NULL, *x = &t[last + 1];
	if (last != k || d->body[t[k].start] != '.' || t[k].end - t[k].start != 1 || !p ||
	    x->kind != EV_TOK_WORD || (x->flags & EV_TF_CLITIC) || !(x->flags & EV_TF_SPACE_BEFORE) ||
	    (t[k].flags & EV_TF_SPACE_BEFORE))
		return 0;
	return p->kind == EV_TOK_NUMBER || (p->kind == EV_TOK_WORD && p->end - p->start >= 4);
}

/*
 * Is the body hard-wrapped (a line break inside paragraphs, as in wire copy)?
 * Then single line breaks are spaces.  *width gets the usual line width.
 */
static int hard_wrapped(const ev_doc *d, size_t *width)
{
	const char *p = d->body, *end = p + d->len;
	size_t lines = 0, cont = 0, maxw = 0;
	int prev_nonblank = 0, prev_open = 0;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *e = nl ? nl : end;
		size_t w = (size_t)(e - p);
		int blank = 1;
		for (const char *q = p; q < e; q++)
			if (*q != ' ' && *q != '\t' && *q != '\r') {
				blank = 0;
				break;
			}
		if (!blank) {
			/* Count a line that runs on: the previous line was long and unfinished. */
			if (prev_nonblank)
				cont += prev_open;
			lines++;
			if (w > maxw && w < 400)
				maxw = w;
			const char *l = e;
			while (l > p && (l[-1] == ' ' || l[-1] == '\r' || l[-1] == '\t'))
				l--;
			char last = l > p ? l[-1] : '\0';
			prev_open = w >= 40 && last != '.' && last != '?' && last != '!' && last != ':' &&
			            last != '"';
		}
		prev_nonblank = !blank;
		if (!nl)
			break;
		p = nl + 1;
	}
	*width = maxw;
	return lines >= 3 && cont * 4 >= lines;
}

/* Width of the line that holds byte offset off. */
static size_t line_width(const ev_doc *d, size_t off)
{
	size_t a = off, b = off;
	while (a > 0 && d->body[a - 1] != '\n')
		a--;
	while (b < d->len && d->body[b] != '\n')
		b++;
	return b - a;
}

static int add_sentence(ev_doc *d, size_t *cap, size_t b, size_t e)
{
	if (d->nsents == *cap) {
		size_t nc = *cap ? *cap * 2 : 64;
		ev_sentence *ns = arena_grow(d->arena, d->sents, *cap * sizeof *ns, nc * sizeof *ns);
		if (!ns)
			return -1;
		d->sents = ns;
		*cap = nc;
	}
	ev_sentence *s = &d->sents[d->nsents++];
	s->tok_begin = (uint32_t)b;
	s->tok_end = (uint32_t)e;
	s->start = d->tokens[b].start;
	s->end = d->tokens[e - 1].end;
	return 0;
}

ev_status ev_split_sentences(ev_doc *d)
{
	if (!d->tokens && d->len > 0) {
		ev_status st = ev_tokenize(d);
		if (st != EV_OK)
			return st;
	}
	d->sents = NULL;
	d->nsents = 0;
	size_t n = d->ntokens, cap = 0, width = 0;
	if (n == 0)
		return EV_OK;
	int wrapped = hard_wrapped(d, &width);
	const ev_token *t = d->tokens;
	size_t begin = 0;
	for (size_t k = 0; k < n; k++) {
		/* Most tokens are plain words inside a line: no boundary after them. */
		if (t[k].kind != EV_TOK_PUNCT && !(t[k].flags & EV_TF_ABBREV) && k + 1 < n &&
		    !(t[k + 1].flags & EV_TF_NEWLINE_BEFORE) && k + 1 - begin < MAX_SENT_TOKENS)
			continue;
		size_t last = k;   /* the last token of the sentence if it ends here */
		int boundary = 0;
		if (is_terminal(d, &t[k])) {
			while (last + 1 < n && is_closer(d, &t[last + 1]) &&
			       !(t[last + 1].flags & EV_TF_SPACE_BEFORE))
				last++;
			boundary = last + 1 == n || can_open(d, &t[last + 1]) ||
			           (t[last + 1].flags & EV_TF_NEWLINE_BEFORE) ||
			           lower_start(d, t, k, last);
		} else if (t[k].flags & EV_TF_ABBREV) {
			if (k + 1 < n && tok_abbrev_can_end(d->body + t[k].start, t[k].end - t[k].start)) {
				const ev_token *x = &t[k + 1];
				/* ... Co. "Businesses cannot ...": a quote opening on a capital. */
				int quote = tok_is(d, x, "\xE2\x80\x9C") ||
				            (tok_is(d, x, "\"") && (x->flags & EV_TF_SPACE_BEFORE) &&
				             k + 2 < n && (t[k + 2].flags & EV_TF_CAP) &&
				             !(t[k + 2].flags & EV_TF_SPACE_BEFORE));
				boundary = quote || (x->kind == EV_TOK_WORD && (x->flags & EV_TF_CAP) &&
				                     is_opener(d->body + x->start, x->end - x->start));
			}
		}
		if (last + 1 < n && !boundary) {
			unsigned f = t[last + 1].flags;
			if (f & EV_TF_PARA_BEFORE) {
				boundary = 1;
			} else if (f & EV_TF_NEWLINE_BEFORE) {
				/* A line break ends a headline or caption; in wrapped text only a
				 * short line without a comma, a hyphen or an open word at its end does. */
				unsigned char lc = (unsigned char)d->body[t[last].end - 1];
				boundary = lc != ',' && lc != '-' &&
				           (t[last].kind != EV_TOK_WORD ||
				           !((unsigned char)d->body[t[last + 1].start] >= 'a' &&
				             (unsigned char)d->body[t[last + 1].start] <= 'z'));
				if (boundary && wrapped)
					boundary = line_width(d, t[last].start) * 2 < width &&
					           can_open(d, &t[last + 1]);
				if (boundary)
					boundary = !open_ender(d, &t[last]);
			}
		}
		if (!boundary && last + 1 - begin >= MAX_SENT_TOKENS)
			boundary = 1;
		if (boundary || last + 1 == n) {
			if (add_sentence(d, &cap, begin, last + 1) < 0)
				return EV_ERR_NOMEM;
			begin = last + 1;
		}
		k = last;
	}
	return d->arena->oom ? EV_ERR_NOMEM : EV_OK;
}
