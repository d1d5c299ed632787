/*
 * cmd_validate.c - `eventline validate tabari|petrarch`: run the validation
 * suites of the older coders with their own dictionaries, from the raw
 * sentence text alone, and report each record that does not code as expected.
 */
#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "cli.h"

typedef struct triple {
	char src[32], tgt[32], code[16];
} triple;

typedef struct record {
	char id[64];
	char dct[11];
	char *text;
	triple want[16];
	int nwant;
	int expect_none;   /* noevents, or an error record: nothing must be coded */
	int not_applicable;   /* tests PETRARCH's reading of a bad parse tree */
	int require_dyad;
	int unchecked;     /* TABARI "-{ ... }": the suite's mark for a record it does not check */
} record;

typedef struct vctx {
	ev_dict *dict;
	ev_verbs *verbs;
	char **discards;   /* sentence-level discard phrases, lower case */
	int ndiscards;
	int verbose;
	long records, passed, want_total, found_total;
	long triples_ok;
	long skipped;      /* records that test the parse-tree reader, not coding */
	long unchecked;    /* TABARI records marked "-{ }": coded, not compared */
	/* TABARI's suite ends its standard records with one that says so; the
	 * records after it need other settings or crash TABARI: tallied apart */
	int after_end;
	long end_records, end_passed, end_want, end_found, end_ok;
	/* TABARI's options, as the suite's records set them ({ OPTION: SET: ... }) */
	int tabari;        /* a lone agent is no actor unless converted to ~AGENT */
	int convert_agent; /* SET: CONVERT AGENT = TRUE: "~MIL" for "security forces" */
	int min_words;     /* SET: MINIMUM WORDS = N: shorter records code nothing */
	ev_coder_options copts;   /* SET: CODE ALL, DEFAULT:, FORWARD: */
	char def_src[16], def_tgt[16];
	int forward;       /* FORWARD: a story's pronouns may name its last sentence's actor */
	char story[64];    /* the last record's story: its id without the sentence number */
	char fwd_code[16]; /* the first actor of the story's last record */
} vctx;

static char *read_all(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return NULL;
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap + 1);
	while (buf) {
		size_t got = fread(buf + n, 1, cap - n, fp);
		n += got;
		if (n < cap)
			break;
		char *nb = realloc(buf, cap * 2 + 1);
		if (!nb) {
			free(buf);
			buf = NULL;
			break;
		}
		buf = nb;
		cap *= 2;
	}
	fclose(fp);
	if (buf) {
		buf[n] = 0;
		*len = n;
	}
	return buf;
}

/* The value of attribute name="..." in s[0..n), copied to out. */
static int attr(const char *s, size_t n, const char *name, char *out, size_t cap)
{
	size_t nl = strlen(name);
	for (const char *p = s; p + nl + 2 < s + n; p++) {
		if (strncmp(p, name, nl) == 0 && p[nl] == '=' && p[nl + 1] == '"' &&
		    (p == s || isspace((unsigned char)p[-1]))) {
			const char *b = p + nl + 2;
			const char *e = memchr(b, '"', (size_t)(s + n - b));
			if (!e)
				return 0;
			size_t l = (size_t)(e - b);
			if (l >= cap)
				l = cap - 1;
			memcpy(out, b, l);
			out[l] = 0;
			return 1;
		}
	}
	return 0;
}

static void upcase(char *s)
{
	for (; *s; s++)
		*s = (char)toupper((unsigned char)*s);
}

static int has_discard(const vctx *v, const char *text)
{
	for (int i = 0; i < v->ndiscards; i++) {
		const char *d = v->discards[i];
		size_t dl = strlen(d);
		for (const char *p = text; *p; p++)
			if (strncasecmp(p, d, dl) == 0 && (p == text || !isalnum((unsigned char)p[-1])) &&
			    !isalnum((unsigned char)p[dl]))
				return 1;
	}
	return 0;
}

/* Code one record and compare; prints the mismatch. */
static void run_record(vctx *v, record *r)
{
	ev_doc *d;
	if (r->unchecked)
		v->unchecked++;
	else
		v->records++;
	/* a record is one sentence to both coders: its line breaks are spaces; and
	 * "Dol_Amroth" is written as their dictionaries write "Dol Amroth" */
	for (char *t = r->text; *t; t++)
		if (*t == '\n' || *t == '\r' || (*t == '_' && t > r->text && isalpha((unsigned char)t[-1]) &&
		                                 isalpha((unsigned char)t[1])))
			*t = ' ';
	if (ev_doc_new(r->id, r->text, strlen(r->text), &d) != EV_OK)
		return;
	memcpy(d->dct, r->dct, sizeof d->dct);
	triple got[32];
	int ngot = 0;
	int words = 0;
	for (const char *t = r->text; *t; t++)
		words += !isspace((unsigned char)*t) && (t == r->text || isspace((unsigned char)t[-1]));
	/* FORWARD: a record of the same story as the one before (FRWD-001-002
	 * after FRWD-001-001) lends pronouns with no antecedent that one's first
	 * actor: its country, not the agent ("FOR" of FORGOVPRS) */
	char story[64];
	snprintf(story, sizeof story, "%s", r->id);
	char *dash = strrchr(story, '-');
	if (dash)
		*dash = 0;
	v->copts.forward = v->forward && dash && v->fwd_code[0] && !strcmp(story, v->story)
	                       ? v->fwd_code : NULL;
	v->copts.default_source = v->def_src[0] ? v->def_src : NULL;
	v->copts.default_target = v->def_tgt[0] ? v->def_tgt : NULL;
	size_t ntagged = 0;
	if (words >= v->min_words && !has_discard(v, r->text) && ev_timex_tag(d) == EV_OK &&
	    ev_actors_tag(d, v->dict) == EV_OK && (ntagged = d->nmentions, 1) &&
	    ev_events_code_with(d, v->verbs, &v->copts) == EV_OK) {
		for (size_t i = 0; i < d->nevents && ngot < 32; i++) {
			const ev_event *e = &d->events[i];
			const char *s = e->source >= 0 ? d->mentions[e->source].code : "";
			const char *t = e->target >= 0 ? d->mentions[e->target].code : "";
			if (r->require_dyad && (!s[0] || !t[0]))
				continue;
			/* an actor with several codes (TABARI's [FRO] [BIL] [SAM], kept as
			 * "FRO/BIL/SAM") is several actors: one triple for each */
			/* a role with no actor ("officials") is "---GOV" to the old coders */
			char sb[64], tb[64];
			int sw = e->source >= 0 && d->mentions[e->source].nominal &&
			         !d->mentions[e->source].country[0];
			int tw = e->target >= 0 && d->mentions[e->target].nominal &&
			         !d->mentions[e->target].country[0];
			/* TABARI: "~GOV" with SET: CONVERT AGENT, else no actor at all */
			const char *lone = v->tabari ? "~" : "---";
			if (v->tabari && !v->convert_agent) {
				if (sw)
					s = "";
				if (tw)
					t = "";
				sw = tw = 0;
				if (r->require_dyad && (!s[0] || !t[0]))
					continue;
			}
			snprintf(sb, sizeof sb, "%s%s", sw ? lone : "", s[0] ? s : "---");
			snprintf(tb, sizeof tb, "%s%s", tw ? lone : "", t[0] ? t : "---");
			char *sp, *tp;
			for (char *sc = strtok_r(sb, "/", &sp); sc; sc = strtok_r(NULL, "/", &sp)) {
				char tcopy[64];
				snprintf(tcopy, sizeof tcopy, "%s", tb);
				for (char *tc = strtok_r(tcopy, "/", &tp); tc && ngot < 32;
				     tc = strtok_r(NULL, "/", &tp)) {
					triple tr;
					snprintf(tr.src, sizeof tr.src, "%s", sc);
					snprintf(tr.tgt, sizeof tr.tgt, "%s", tc);
					snprintf(tr.code, sizeof tr.code, "%s", e->cameo->code);
					int dup = 0;
					for (int j = 0; j < ngot; j++)
						dup |= !strcmp(got[j].src, tr.src) && !strcmp(got[j].tgt, tr.tgt) &&
						       !strcmp(got[j].code, tr.code);
					if (!dup)
						got[ngot++] = tr;
				}
			}
		}
	}
	int ok_count = 0;
	for (int i = 0; i < r->nwant; i++)
		for (int j = 0; j < ngot; j++)
			if (!strcmp(r->want[i].src, got[j].src) && !strcmp(r->want[i].tgt, got[j].tgt) &&
			    !strcmp(r->want[i].code, got[j].code)) {
				ok_count++;
				break;
			}
	snprintf(v->story, sizeof v->story, "%s", story);
	v->fwd_code[0] = 0;
	for (size_t i = 0; i < ntagged; i++) {
		const ev_mention *m = &d->mentions[i];
		if (m->code[0] && m->type <= EV_MEN_NORP && !m->nominal) {
			snprintf(v->fwd_code, sizeof v->fwd_code, "%s", m->country[0] ? m->country : m->code);
			break;
		}
	}
	if (r->unchecked) {
		ev_doc_free(d);
		return;
	}
	v->want_total += r->nwant;
	v->found_total += ngot;
	v->triples_ok += ok_count;
	int pass = ok_count == r->nwant && ngot == r->nwant;
	if (pass)
		v->passed++;
	if (!pass || v->verbose) {
		printf("%s %s\n  want:", pass ? "ok  " : "FAIL", r->id);
		if (!r->nwant)
			printf(" (no events)");
		for (int i = 0; i < r->nwant; i++)
			printf(" %s|%s|%s", r->want[i].src, r->want[i].tgt, r->want[i].code);
		printf("\n  got: ");
		if (!ngot)
			printf(" (no events)");
		for (int j = 0; j < ngot; j++)
			printf(" %s|%s|%s", got[j].src, got[j].tgt, got[j].code);
		printf("\n");
		if (!pass) {
			/* the text on one line, runs of white space as one space */
			const char *t = r->text;
			int sp = 0, any = 0;
			printf("  text:");
			for (; *t; t++) {
				if (isspace((unsigned char)*t)) {
					sp = 1;
					continue;
				}
				if (sp || !any)
					putchar(' ');
				sp = 0;
				any = 1;
				putchar(*t);
			}
			printf("\n");
		}
	}
	ev_doc_free(d);
}

/* Load the discard phrases of a PETRARCH/TABARI discard file (sentence level). */
static void load_discards(vctx *v, const char *path)
{
	size_t n;
	char *buf = read_all(path, &n);
	if (!buf)
		return;
	for (char *line = strtok(buf, "\n"); line; line = strtok(NULL, "\n")) {
		char *h = strchr(line, '#');
		if (h)
			*h = 0;
		while (*line == ' ' || *line == '\t' || *line == '+')
			line++;
		size_t l = strlen(line);
		while (l && isspace((unsigned char)line[l - 1]))
			line[--l] = 0;
		if (!l || *line == '<')
			continue;
		for (char *p = line; *p; p++)
			if (*p == '_')
				*p = ' ';
		char **nd = realloc(v->discards, (size_t)(v->ndiscards + 1) * sizeof *nd);
		if (!nd)
			break;
		v->discards = nd;
		v->discards[v->ndiscards++] = strdup(line);
	}
	free(buf);
}

static void print_summary(const vctx *v, const char *what)
{
	long records = v->records, passed = v->passed, ok = v->triples_ok, want = v->want_total,
	     found = v->found_total;
	if (v->after_end) {
		records = v->end_records, passed = v->end_passed, ok = v->end_ok;
		want = v->end_want, found = v->end_found;
	}
	printf("%s: %ld of %ld records coded as expected (%.1f%%); triples %ld of %ld expected "
	       "found, %ld coded\n",
	       what, passed, records, records ? 100.0 * passed / records : 0.0, ok, want, found);
	if (v->after_end)
		printf("after the suite's end record (records that need other settings or crash "
		       "TABARI): %ld of %ld records; triples %ld of %ld expected found, %ld coded\n",
		       v->passed - passed, v->records - records, v->triples_ok - ok,
		       v->want_total - want, v->found_total - found);
	if (v->skipped)
		printf("%ld records skipped: they test the reading of a malformed parse tree, and "
		       "eventline reads the text\n", v->skipped);
	if (v->unchecked)
		printf("%ld records not checked: the suite marks their events -{ } (TABARI does not "
		       "check them)\n", v->unchecked);
}

/* The first "YYMMDD ID" line that starts within [s, e), or NULL. */
static char *record_line_in(char *s, char *e)
{
	for (char *l = memchr(s, '\n', (size_t)(e - s)); l && l + 1 < e;
	     l = memchr(l + 1, '\n', (size_t)(e - l - 1))) {
		const char *q = l + 1;
		if (strspn(q, "0123456789") == 6 && (q[6] == ' ' || q[6] == '\t'))
			return l + 1;
	}
	return NULL;
}

/* A comment closed before the last of its events (its closing mark after the
 * second of four, the other two on the lines after it): the lines that hold
 * only more "{ ... }" events up to a second closing mark are the record's too.
 * Returns the end of the events (ce, or that second mark) and sets *resume
 * after it. */
static char *stray_triples(char *ce, char **resume)
{
	const char *q = ce + 2;
	int any = 0;
	for (;;) {
		q += strspn(q, " \t\r\n");
		if (q[0] == '\\' && q[1] == 'n') {
			q += 2;
			continue;
		}
		if (*q == '{') {
			const char *r = strchr(q, '}');
			if (!r || memchr(q, '\n', (size_t)(r - q)))
				return ce;
			q = r + 1;
			any = 1;
			continue;
		}
		break;
	}
	if (!any || q[0] != '*' || q[1] != '/')
		return ce;
	*resume = (char *)q + 2;
	return (char *)q;
}

/* Parse "{ ARN / GON / 064 }" triples (TABARI) into r. */
static void tabari_triples(record *r, const char *s, const char *e)
{
	for (const char *p = s; p < e && r->nwant < 16; p++) {
		if (*p != '{')
			continue;
		if (p > s && p[-1] == '-')
			r->unchecked = 1;   /* "-{ ARN / GON / 064 }": deactivated */
		const char *q = memchr(p, '}', (size_t)(e - p));
		if (!q)
			break;
		char buf[128];
		size_t l = (size_t)(q - p - 1) < sizeof buf - 1 ? (size_t)(q - p - 1) : sizeof buf - 1;
		memcpy(buf, p + 1, l);
		buf[l] = 0;
		char a[32], b[32], c[16];
		if (sscanf(buf, " %31[^/ ] / %31[^/ ] / %15[^/} ]", a, b, c) == 3) {
			triple *t = &r->want[r->nwant++];
			snprintf(t->src, sizeof t->src, "%s", a);
			snprintf(t->tgt, sizeof t->tgt, "%s", b);
			snprintf(t->code, sizeof t->code, "%s", c);
		}
		p = q;
	}
}

/* DEFAULT: SOURCE [X] PRIOR TARGET [Y] AFTER, or DEFAULT: OFF */
static void tabari_default(vctx *v, const char *s)
{
	if (strstr(s, "OFF")) {
		v->def_src[0] = v->def_tgt[0] = 0;
		v->copts.default_prior = v->copts.default_after = 0;
		return;
	}
	const char *src = strstr(s, "SOURCE"), *tgt = strstr(s, "TARGET");
	if (src && sscanf(src, "SOURCE [%15[^]]]", v->def_src) == 1) {
		const char *pr = strstr(src, "PRIOR");
		v->copts.default_prior = pr && (!tgt || tgt < src || pr < tgt);   /* of SOURCE's part */
	}
	if (tgt && sscanf(tgt, "TARGET [%15[^]]]", v->def_tgt) == 1)
		v->copts.default_after = strstr(tgt, "AFTER") != NULL;
}

/* COMMA: MIN = 2 MAX = 10 EMIN = 2 EMAX = 10 BMIN = 255 BMAX = 0, or COMMA: OFF */
static void tabari_comma(vctx *v, const char *s)
{
	ev_coder_options *o = &v->copts;
	if (strstr(s, "OFF")) {
		o->comma = 0;
		return;
	}
	o->comma = 1;
	char key[8];
	int val, n;
	while (sscanf(s, " %7[A-Z] = %d%n", key, &val, &n) == 2) {
		int *f = !strcmp(key, "MIN") ? &o->comma_min : !strcmp(key, "MAX") ? &o->comma_max :
		         !strcmp(key, "EMIN") ? &o->comma_emin : !strcmp(key, "EMAX") ? &o->comma_emax :
		         !strcmp(key, "BMIN") ? &o->comma_bmin : !strcmp(key, "BMAX") ? &o->comma_bmax :
		         NULL;
		if (f)
			*f = val;
		s += n;
	}
}

/* COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR ... */
static void tabari_complex(vctx *v, const char *s)
{
	const char *p;
	v->copts.complex_verbs = (p = strstr(s, "VERBS[")) ? atoi(p + 6) : 0;
	v->copts.complex_conj = (p = strstr(s, "CONJ[")) ? atoi(p + 5) : 0;
	v->copts.complex_noactprior = strstr(s, "NOACTPRIOR") != NULL;
}

/* The { OPTION: SET: ... } commands of a record's comment [s, e), which hold
 * for the records after it. */
static void tabari_command(vctx *v, const char *buf)
{
	const char *eq = strchr(buf, '=');
	if (strstr(buf, "CONVERT AGENT") && eq)
		v->convert_agent = strstr(eq, "TRUE") != NULL;
	else if (strstr(buf, "MINIMUM WORDS") && eq)
		v->min_words = atoi(eq + 1);
	else if (strstr(buf, "SET:") && strstr(buf, "CODE ALL"))
		v->copts.code_all = 1, v->copts.by_sentence = 0;
	else if (strstr(buf, "SET:") && strstr(buf, "CODE BY"))   /* BY CLAUSE, BY SENTENCE */
		v->copts.code_all = 0, v->copts.by_sentence = strstr(buf, "SENTENCE") != NULL;
	else if (strstr(buf, "FORWARD:"))
		v->forward = strstr(buf, " OFF") == NULL;
	else if (strstr(buf, "DEFAULT:"))
		tabari_default(v, strstr(buf, "DEFAULT:") + 8);
	else if (strstr(buf, "COMMA:"))
		tabari_comma(v, strstr(buf, "COMMA:") + 6);
	else if (strstr(buf, "COMPLEX:"))
		tabari_complex(v, strstr(buf, "COMPLEX:") + 8);
}

static void tabari_options(vctx *v, const char *s, const char *e)
{
	for (const char *p = s; p < e; p++) {
		if (strncmp(p, "OPTION:", 7) != 0)
			continue;
		const char *q = memchr(p, '}', (size_t)(e - p));
		char buf[160];
		size_t l = (size_t)((q ? q : e) - p);
		snprintf(buf, sizeof buf, "%.*s", (int)(l < sizeof buf ? l : sizeof buf - 1), p);
		tabari_command(v, buf);
	}
}

/* The project's .options file: TABARI's settings before the first record.
 * With one, the coder is set up as TABARI ran: records shorter than its
 * built-in minimum of five words code nothing (the suite's options file shows
 * it as a commented-out SET: MINIMUM WORDS = 5; its MINWRD-01 record,
 * "Gondor's planes attacked Osgiliath.", codes nothing until SET: MINIMUM
 * WORDS = 4). */
static void tabari_options_file(vctx *v, const char *path)
{
	size_t n;
	char *buf = read_all(path, &n);
	if (!buf)
		return;
	v->min_words = 5;
	/* TABARI's comma-delimited clauses: inner and closing ones of 2 to 10 words
	 * are deleted, initial ones kept (the suite's COMMA-Cancel record restores
	 * these; its COMMA-01 records need them) */
	ev_coder_options *o = &v->copts;
	o->comma = 1;
	o->comma_min = o->comma_emin = 2;
	o->comma_max = o->comma_emax = 10;
	o->comma_bmin = 255;
	o->comma_bmax = 0;
	for (char *line = strtok(buf, "\n"); line; line = strtok(NULL, "\n"))
		if (strncmp(line, "//", 2) != 0)
			tabari_command(v, line);
	free(buf);
}

static int run_tabari(vctx *v, const char *path)
{
	size_t n;
	char *buf = read_all(path, &n);
	if (!buf) {
		fprintf(stderr, "%s validate: cannot read %s\n", cli_progname, path);
		return EXIT_INPUT;
	}
	/* records: "YYMMDD ID" line, text lines, then a comment with the expected codes */
	v->tabari = 1;
	v->copts.shallow = 1;   /* TABARI's own reading of a sentence, for every record */
	v->copts.skip_uncoded = 1;
	char *p = buf;
	while (*p) {
		char *eol = strchr(p, '\n');
		if (!eol)
			eol = p + strlen(p);
		char date[16], id[64], line[256];
		size_t ll = (size_t)(eol - p) < sizeof line - 1 ? (size_t)(eol - p) : sizeof line - 1;
		memcpy(line, p, ll);
		line[ll] = 0;
		if (sscanf(line, "%15s %63s", date, id) == 2 && strlen(date) == 6 &&
		    strspn(date, "0123456789") == 6) {
			record r;
			memset(&r, 0, sizeof r);
			r.require_dyad = 1;
			/* "950101  950101  AGENTS-11": a date written twice */
			char id2[64];
			if (!strcmp(id, date) && sscanf(line, "%*s %*s %63s", id2) == 1)
				snprintf(id, sizeof id, "%s", id2);
			snprintf(r.id, sizeof r.id, "%s", id);
			int yy = (date[0] - '0') * 10 + date[1] - '0';
			snprintf(r.dct, sizeof r.dct, "%d-%.2s-%.2s", yy < 50 ? 2000 + yy : 1900 + yy,
			         date + 2, date + 4);
			char *tb = *eol ? eol + 1 : eol;
			char *te = strstr(tb, "/*");
			char *ce = te ? strstr(te, "*/") : NULL;
			if (!te || !ce) {
				p = *eol ? eol + 1 : eol;
				continue;
			}
			/* a comment left open (no closing mark before the next record) ends
			 * before that record's "YYMMDD ID" line, as TABARI reads a record */
			char *next = record_line_in(te, ce);
			char *resume = next ? next : ce + 2;
			if (next)
				ce = next;
			else
				ce = stray_triples(ce, &resume);
			r.text = strndup(tb, (size_t)(te - tb));
			tabari_triples(&r, te, ce);
			if (r.text && !strncmp(r.text + strspn(r.text, " \t\r\n"),
			                       "This is the end of the standard validation records", 50) &&
			    !v->after_end) {
				v->after_end = 1;   /* TABARI's validation stops here */
				v->end_records = v->records, v->end_passed = v->passed;
				v->end_want = v->want_total, v->end_found = v->found_total;
				v->end_ok = v->triples_ok;
			}
			if (r.text && strcmp(id, "*INTRO") != 0 && strncmp(r.text, "This is", 7) != 0)
				run_record(v, &r);
			free(r.text);
			tabari_options(v, te, ce);
			p = resume;
			continue;
		}
		p = *eol ? eol + 1 : eol;
	}
	free(buf);
	print_summary(v, "TABARI validation");
	return EXIT_OK;
}

/* Strip <!-- --> comments in place. */
static void strip_comments(char *s)
{
	char *w = s;
	for (char *p = s; *p;) {
		if (strncmp(p, "<!--", 4) == 0) {
			char *e = strstr(p + 4, "-->");
			p = e ? e + 3 : p + strlen(p);
			continue;
		}
		*w++ = *p++;
	}
	*w = 0;
}

static int run_petrarch(vctx *v, char *buf)
{
	strip_comments(buf);
	v->copts.mutual_lists = 1;
	int require_dyad = 1;
	char *p = buf;
	for (;;) {
		char *sent = strstr(p, "<Sentence ");
		/* <Config> lines between records change options as the suite goes */
		for (char *cfg = strstr(p, "<Config "); cfg && (!sent || cfg < sent);
		     cfg = strstr(cfg + 1, "<Config ")) {
			char opt[64], val[64];
			char *ce = strchr(cfg, '>');
			if (ce && attr(cfg, (size_t)(ce - cfg), "option", opt, sizeof opt) &&
			    attr(cfg, (size_t)(ce - cfg), "value", val, sizeof val) &&
			    !strcmp(opt, "require_dyad"))
				require_dyad = strcasecmp(val, "false") != 0;
		}
		if (!sent)
			break;
		char *end = strstr(sent, "</Sentence>");
		if (!end)
			break;
		char *tag_end = strchr(sent, '>');
		record r;
		memset(&r, 0, sizeof r);
		r.require_dyad = require_dyad;
		char date[16] = "", valid[8] = "";
		attr(sent, (size_t)(tag_end - sent), "id", r.id, sizeof r.id);
		attr(sent, (size_t)(tag_end - sent), "date", date, sizeof date);
		attr(sent, (size_t)(tag_end - sent), "sentence", valid, sizeof valid);
		if (strlen(date) == 8)
			snprintf(r.dct, sizeof r.dct, "%.4s-%.2s-%.2s", date, date + 4, date + 6);
		for (char *ec = strstr(tag_end, "<EventCoding"); ec && ec < end;
		     ec = strstr(ec + 1, "<EventCoding")) {
			char *ee = strchr(ec, '>');
			size_t el = (size_t)(ee - ec);
			char tmp[32];
			if (attr(ec, el, "noevents", tmp, sizeof tmp) || attr(ec, el, "error", tmp, sizeof tmp)) {
				r.expect_none = 1;
				/* a malformed parse tree is PETRARCH's input, not ours: we read
				 * the sentence's text, so the record does not apply */
				if (!strcmp(tmp, "bad_input_parse"))
					r.not_applicable = 1;
				continue;
			}
			if (r.nwant < 16) {
				triple *t = &r.want[r.nwant];
				if (attr(ec, el, "sourcecode", t->src, sizeof t->src) &&
				    attr(ec, el, "targetcode", t->tgt, sizeof t->tgt) &&
				    attr(ec, el, "eventcode", t->code, sizeof t->code)) {
					upcase(t->src);
					upcase(t->tgt);
					r.nwant++;
				}
			}
		}
		char *tx = strstr(tag_end, "<Text>");
		char *txe = tx ? strstr(tx, "</Text>") : NULL;
		if (r.not_applicable) {
			v->skipped++;
		} else if (tx && txe && txe < end && strcasecmp(valid, "false") != 0) {
			r.text = strndup(tx + 6, (size_t)(txe - tx - 6));
			if (r.text)
				run_record(v, &r);
			free(r.text);
		}
		p = end + 11;
	}
	print_summary(v, "PETRARCH unit tests");
	return EXIT_OK;
}

static const char *dir_of(const char *path, char *buf, size_t cap)
{
	snprintf(buf, cap, "%s", path);
	char *sl = strrchr(buf, '/');
	if (sl)
		*sl = 0;
	else
		snprintf(buf, cap, ".");
	return buf;
}

/* <Tag>value</Tag> of the PETRARCH environment block. */
static int env_file(const char *buf, const char *tag, const char *dir, char *out, size_t cap)
{
	char open[64];
	snprintf(open, sizeof open, "<%s>", tag);
	const char *s = strstr(buf, open);
	if (!s)
		return 0;
	s += strlen(open);
	const char *e = strchr(s, '<');
	if (!e)
		return 0;
	while (s < e && isspace((unsigned char)*s))
		s++;
	while (e > s && isspace((unsigned char)e[-1]))
		e--;
	snprintf(out, cap, "%s/%.*s", dir, (int)(e - s), s);
	return 1;
}

int cmd_validate(int argc, char **argv)
{
	if (cli_wants_help(argc, argv))
		return cli_print_help("validate");
	if (argc < 3)
		return cli_usage_error("validate", "say which suite: tabari DIR|FILE or petrarch FILE");
	const char *suite = argv[1];
	const char *target = NULL;
	const char *extra_verbs[8];
	int nextra = 0, defaults = 0;
	vctx v;
	memset(&v, 0, sizeof v);
	for (int i = 2; i < argc; i++) {
		if (!strcmp(argv[i], "--verbs") && i + 1 < argc && nextra < 8)
			extra_verbs[nextra++] = argv[++i];
		else if (!strcmp(argv[i], "--all"))
			v.verbose = 1;
		else if (!strcmp(argv[i], "--default-dicts"))
			defaults = 1;
		else if (argv[i][0] == '-' && argv[i][1])
			return cli_usage_error("validate", "unknown option %s", argv[i]);
		else if (!target)
			target = argv[i];
		else
			return cli_usage_error("validate", "one suite at a time");
	}
	if (!target)
		return cli_usage_error("validate", "name the suite's file or directory");

	const char *dict_paths[8], *verb_paths[10];
	ev_dict_format fmts[8];
	int nd = 0, nv = 0;
	char paths[8][1400];
	char dirbuf[1024];
	char *xml = NULL;
	const char *tabari_text = NULL;

	if (!strcmp(suite, "petrarch")) {
		size_t n;
		xml = read_all(target, &n);
		if (!xml) {
			fprintf(stderr, "%s validate: cannot read %s: give PETR.UnitTest.records.xml\n",
			        cli_progname, target);
			return EXIT_INPUT;
		}
		dir_of(target, dirbuf, sizeof dirbuf);
		if (env_file(xml, "Verbfile", dirbuf, paths[0], sizeof paths[0]))
			verb_paths[nv++] = paths[0];
		if (env_file(xml, "Actorfile", dirbuf, paths[1], sizeof paths[1])) {
			dict_paths[nd] = paths[1];
			fmts[nd++] = EV_DICT_TABARI;
		}
		if (env_file(xml, "Agentfile", dirbuf, paths[2], sizeof paths[2])) {
			dict_paths[nd] = paths[2];
			fmts[nd++] = EV_DICT_AGENTS;
		}
		if (env_file(xml, "Discardfile", dirbuf, paths[3], sizeof paths[3]))
			load_discards(&v, paths[3]);
	} else if (!strcmp(suite, "tabari")) {
		/* a .project file naming the dictionaries and records (TABARI's own), a
		 * directory holding one, or a directory of *.text, *.actors, *.agents, *.verbs */
		struct stat st;
		if (stat(target, &st) != 0) {
			fprintf(stderr, "%s validate: cannot read %s\n", cli_progname, target);
			return EXIT_INPUT;
		}
		static char project[1400], found_text[1400];
		const char *dir;
		int slot = 0;
		if (S_ISDIR(st.st_mode)) {
			snprintf(dirbuf, sizeof dirbuf, "%s", target);
			dir = dirbuf;
			DIR *dh = opendir(dir);
			struct dirent *de;
			while (dh && (de = readdir(dh)) != NULL) {
				size_t l = strlen(de->d_name);
				if (l > 8 && !strcmp(de->d_name + l - 8, ".project"))
					snprintf(project, sizeof project, "%s/%s", dir, de->d_name);
			}
			if (dh)
				closedir(dh);
		} else {
			dir = dir_of(target, dirbuf, sizeof dirbuf);
			size_t l = strlen(target);
			if (l > 8 && !strcmp(target + l - 8, ".project"))
				snprintf(project, sizeof project, "%s", target);
			else
				tabari_text = target;
		}
		if (project[0]) {
			size_t n;
			char *pj = read_all(project, &n);
			static const char *const tags[] = {"<actorsfile>", "<agentsfile>", "<verbsfile>",
			                                   "<textfile>", "<optionsfile>"};
			for (int t = 0; pj && t < 5; t++) {
				char *q = strstr(pj, tags[t]);
				char name[256];
				if (!q || sscanf(q + strlen(tags[t]), " %255s", name) != 1)
					continue;
				if (t == 4) {
					char opath[1400];
					snprintf(opath, sizeof opath, "%s/%s", dir, name);
					tabari_options_file(&v, opath);
					continue;
				}
				if (t == 3) {
					snprintf(found_text, sizeof found_text, "%s/%s", dir, name);
					if (!tabari_text)
						tabari_text = found_text;
					continue;
				}
				snprintf(paths[slot], sizeof paths[slot], "%s/%s", dir, name);
				if (t == 2) {
					verb_paths[nv++] = paths[slot++];
				} else {
					dict_paths[nd] = paths[slot++];
					fmts[nd++] = t == 0 ? EV_DICT_TABARI : EV_DICT_AGENTS;
				}
			}
			free(pj);
		} else {
			DIR *dh = opendir(dir);
			struct dirent *de;
			while (dh && (de = readdir(dh)) != NULL && slot < 7) {
				const char *nm = de->d_name;
				size_t l = strlen(nm);
				if (l > 5 && !strcmp(nm + l - 5, ".text") && !tabari_text) {
					snprintf(found_text, sizeof found_text, "%s/%s", dir, nm);
					tabari_text = found_text;
				} else if (l > 7 && !strcmp(nm + l - 7, ".actors")) {
					snprintf(paths[slot], sizeof paths[slot], "%s/%s", dir, nm);
					dict_paths[nd] = paths[slot++];
					fmts[nd++] = EV_DICT_TABARI;
				} else if (l > 7 && !strcmp(nm + l - 7, ".agents")) {
					snprintf(paths[slot], sizeof paths[slot], "%s/%s", dir, nm);
					dict_paths[nd] = paths[slot++];
					fmts[nd++] = EV_DICT_AGENTS;
				} else if (l > 6 && !strcmp(nm + l - 6, ".verbs")) {
					snprintf(paths[slot], sizeof paths[slot], "%s/%s", dir, nm);
					verb_paths[nv++] = paths[slot++];
				}
			}
			if (dh)
				closedir(dh);
		}
		if (!tabari_text) {
			fprintf(stderr, "%s validate: no .project or .text file of records in %s\n",
			        cli_progname, dir);
			return EXIT_INPUT;
		}
	} else {
		return cli_usage_error("validate", "unknown suite '%s': tabari or petrarch", suite);
	}
	for (int i = 0; i < nextra; i++)
		verb_paths[nv++] = extra_verbs[i];
	if (nv == 0) {
		free(xml);
		fprintf(stderr, "%s validate: no verb dictionary: the suite names none; give one with "
		                "--verbs FILE\n", cli_progname);
		return EXIT_INPUT;
	}
	size_t derr = 0, verr = 0;
	int rc = cli_load_dicts("validate", &v.dict, dict_paths, fmts, nd, defaults, &derr);
	if (rc == EXIT_OK)
		rc = cli_load_verbs("validate", &v.verbs, verb_paths, nv, 0, 1, &verr);
	if (rc != EXIT_OK) {
		free(xml);
		ev_dict_free(v.dict);
		return rc;
	}
	if (xml)
		rc = run_petrarch(&v, xml);
	else
		rc = run_tabari(&v, tabari_text);
	if (rc == EXIT_OK && v.records == 0) {
		fprintf(stderr, "%s validate: no records found in %s: is it the suite's %s?\n",
		        cli_progname, xml ? target : tabari_text,
		        xml ? "XML of <Sentence> records" : ".text file of 'YYMMDD ID' records");
		rc = EXIT_INPUT;
	}
	/* dictionaries that could not be read in full were reported; say so in the status */
	if (rc == EXIT_OK && (derr || verr))
		rc = EXIT_INPUT;
	free(xml);
	for (int i = 0; i < v.ndiscards; i++)
		free(v.discards[i]);
	free(v.discards);
	ev_verbs_free(v.verbs);
	ev_dict_free(v.dict);
	return rc;
}
