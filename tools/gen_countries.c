/*
 * gen_countries: ISO 3166-1 countries (Debian's iso-codes) -> eventline .dict
 *
 *   gen_countries /usr/share/iso-codes/json/iso_3166-1.json build/data/countries.dict \
 *                 [/usr/share/iso-codes/json/iso_3166-2.json build/data/regions.dict]
 *
 * One entry per country:
 *   NAMES   name | official_name | common_name, plus derived forms:
 *           "Korea, Republic of"      -> "Republic of Korea"
 *           "Virgin Islands, British" -> "British Virgin Islands"
 *           "Holy See (Vatican City State)" -> "Holy See"
 *           "the State of Palestine"  -> "State of Palestine"
 *           (de-duplicated, first spelling kept)
 *   CODES   the ISO alpha-3 code (CAMEO uses it for countries)
 *   ATTRS   type=GPE id=<alpha3 lower> country=<ALPHA3> kind=country source=iso-codes
 *
 * Names that have other common senses (a US state, a river, a first name) go
 * on a second line of the same country with ambiguous=1, so that the other
 * names of that country stay unambiguous.
 *
 * With the ISO 3166-2 file, it also writes the first-level divisions (states,
 * provinces, prefectures) of the countries in region_countries, coded with their
 * country: "Texas" is USA, "Guangdong" CHN.  See write_regions.
 *
 * C11 + jansson.  The output is sorted by alpha-3 code and is written to a
 * temporary file that is renamed over OUT, so an interrupted run leaves no
 * half-written dictionary.
 */
#define _POSIX_C_SOURCE 200809L
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXNAMES 16
#define NAMELEN 256

/* Names with another frequent sense in news text: matched, but flagged. */
static const char *const ambiguous_names[] = {
	"Chad",     /* a first name */
	"Congo",    /* ISO's name for the Republic of the Congo; news often means the DRC */
	"Georgia",  /* the US state */
	"Guernsey", /* a breed of cattle, a sweater */
	"Guinea",   /* the coin; "guinea pig" */
	"Jersey",   /* the garment; New Jersey */
	"Jordan",   /* a first name, the river */
	"Niger",    /* the river */
	"Réunion",  /* "reunion" once accents are folded */
};

static int is_ambiguous(const char *name)
{
	for (size_t i = 0; i < sizeof ambiguous_names / sizeof ambiguous_names[0]; i++)
		if (strcmp(ambiguous_names[i], name) == 0)
			return 1;
	return 0;
}

typedef struct {
	char names[MAXNAMES][NAMELEN];
	int n;
} namelist;

/* Copy s[0..len) as a name: no TAB, newline or '|' (the field separators),
 * runs of spaces collapsed, trimmed. */
static void add_name(namelist *nl, const char *s, size_t len)
{
	char buf[NAMELEN];
	size_t o = 0;
	for (size_t i = 0; i < len && o < sizeof buf - 1; i++) {
		char c = s[i];
		if (c == '\t' || c == '\n' || c == '\r' || c == '|')
			c = ' ';
		if (c == ' ' && (o == 0 || buf[o - 1] == ' '))
			continue;
		buf[o++] = c;
	}
	while (o && buf[o - 1] == ' ')
		o--;
	buf[o] = '\0';
	if (o == 0 || nl->n == MAXNAMES)
		return;
	for (int i = 0; i < nl->n; i++)
		if (strcmp(nl->names[i], buf) == 0)
			return;
	memcpy(nl->names[nl->n++], buf, o + 1);
}

static int ends_with(const char *s, size_t n, const char *suffix)
{
	size_t k = strlen(suffix);
	return n >= k && memcmp(s + n - k, suffix, k) == 0;
}

/* Add a name and the forms derived from it. */
static void add_name_forms(namelist *nl, const char *s)
{
	size_t n = strlen(s);
	add_name(nl, s, n);

	/* "the State of Eritrea" -> "State of Eritrea" */
	if (strncmp(s, "the ", 4) == 0)
		add_name(nl, s + 4, n - 4);

	/* "Holy See (Vatican City State)" -> "Holy See";
	 * "Cocos (Keeling) Islands" -> "Cocos Islands" */
	const char *lp = strstr(s, " (");
	const char *rp = lp ? strchr(lp, ')') : NULL;
	if (lp && rp) {
		char buf[NAMELEN];
		size_t a = (size_t)(lp - s), b = strlen(rp + 1);
		if (a + b < sizeof buf) {
			memcpy(buf, s, a);
			memcpy(buf + a, rp + 1, b);
			add_name(nl, buf, a + b);
		}
	}

	/* Inverted names, when the comma is the only one and the part after it
	 * is a qualifier, not a list ("Saint Helena, Ascension and ..."):
	 *   "X, Y of" / "X, Y of the" -> "Y of X" / "Y of the X"
	 *   "X, Adjective"            -> "Adjective X"              */
	const char *comma = strstr(s, ", ");
	if (!comma || strstr(comma + 2, ", ") || strstr(comma + 2, " and "))
		return;
	const char *x = s, *y = comma + 2;
	size_t xl = (size_t)(comma - s), yl = strlen(y);
	int of = ends_with(y, yl, " of") || ends_with(y, yl, " of the");
	int word = yl > 0 && !strchr(y, ' ');
	if (!of && !word)
		return;
	if (of && strncmp(y, "The ", 4) == 0) /* "Congo, The Democratic Republic of the" */
		y += 4, yl -= 4;
	char buf[NAMELEN];
	if (xl + yl + 2 > sizeof buf)
		return;
	memcpy(buf, y, yl);
	buf[yl] = ' ';
	memcpy(buf + yl + 1, x, xl);
	add_name(nl, buf, xl + yl + 1);
}

typedef struct {
	char a3[4];
	namelist nl;
} country;

static int cmp_country(const void *a, const void *b)
{
	return strcmp(((const country *)a)->a3, ((const country *)b)->a3);
}

static const char *str_field(json_t *obj, const char *key)
{
	json_t *v = json_object_get(obj, key);
	return json_is_string(v) ? json_string_value(v) : NULL;
}

static void write_line(FILE *f, const country *c, int ambiguous, int *count)
{
	int first = 1;
	for (int i = 0; i < c->nl.n; i++) {
		if (is_ambiguous(c->nl.names[i]) != ambiguous)
			continue;
		fprintf(f, "%s%s", first ? "" : " | ", c->nl.names[i]);
		first = 0;
	}
	if (first)
		return;
	char lower[4];
	for (int i = 0; i < 4; i++)
		lower[i] = (char)(c->a3[i] >= 'A' && c->a3[i] <= 'Z' ? c->a3[i] + 32 : c->a3[i]);
	fprintf(f, "\t%s\ttype=GPE id=%s country=%s kind=country%s source=iso-codes\n", c->a3, lower,
	        c->a3, ambiguous ? " ambiguous=1" : "");
	++*count;
}

/* ------------------------------------------------------------ regions */

/* Countries whose first-level divisions are named in international news and
 * written in iso-codes in the form English text uses (Russia's are transliterated
 * Russian, so its republics are in data/regions-extra.dict instead). */
static const char *const region_countries[] = {
	"US", "CA", "MX", "BR", "AR", "CO", "VE", "AU", "IN", "PK", "AF", "CN", "JP", "KR",
	"ID", "PH", "NG", "ZA", "ET", "SD", "CD", "DE", "AT", "CH", "IT", "ES", "FR", "GB",
	"TR", "IR", "IQ", "SY", "UA", "PL", "MM", "TH", "MY", "BD", "NP", "LK", "KE",
};

/* Latin letters with diacritics, U+00C0 to U+017F, as ASCII ('?': none). */
static const char fold_table[] =
	"AAAAAA?CEEEEIIII?NOOOOO?OUUUUY??aaaaaa?ceeeeiiii?nooooo?ouuuuy?y"
	"AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi??JjKk?LlLlLl?"
	"?LlNnNnNn???OoOoOo??RrRrRrSsSsSsSsTtTt??UuUuUuUuUuUuWwYyYZzZzZz?";

/* "Bihār" -> "Bihar", "Arbīl" -> "Arbil"; 0 when a character has no ASCII form. */
static int fold_ascii(const char *s, char *out, size_t cap)
{
	size_t o = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p && o + 1 < cap; p++) {
		if (*p < 0x80) {
			out[o++] = (char)*p;
			continue;
		}
		if ((*p & 0xE0) != 0xC0 || (p[1] & 0xC0) != 0x80)
			return 0;
		unsigned cp = ((unsigned)(*p & 0x1F) << 6) | (p[1] & 0x3F);
		if (cp < 0xC0 || cp >= 0x180 || fold_table[cp - 0xC0] == '?')
			return 0;
		out[o++] = fold_table[cp - 0xC0];
		p++;
	}
	out[o] = '\0';
	return 1;
}

/* Whether the name is only compass words ("North East", "Central"): a part of
 * many countries, and a word of every text. */
static int generic_region(const char *s)
{
	static const char *const w[] = {"North", "South", "East", "West", "Northern", "Southern",
	                                "Eastern", "Western", "Central", "Capital", "Centre",
	                                "Upper", "Lower", "Region", "District", "Territory", NULL};
	while (*s) {
		size_t n = strcspn(s, " -");
		int hit = 0;
		for (int i = 0; w[i] && !hit; i++)
			hit = strlen(w[i]) == n && strncmp(w[i], s, n) == 0;
		if (!hit)
			return 0;
		s += n;
		s += strspn(s, " -");
	}
	return 1;
}

/* The forms of a division's name that news uses:
 *   "Catalunya [Cataluña]"         -> both
 *   "Asturias, Principado de"      -> "Asturias"
 *   "Ilocos (Region I)"            -> "Ilocos"
 *   "Guangdong Sheng", "Beijing Shi", "Guangxi Zhuangzu Zizhiqu" -> "Guangdong", ...
 * each also without its diacritics. */
static void add_region_forms(namelist *nl, const char *name)
{
	char buf[NAMELEN], alt[NAMELEN] = "";
	snprintf(buf, sizeof buf, "%s", name);
	char *br = strstr(buf, " [");
	if (br) {
		char *e = strchr(br, ']');
		if (e) {
			*e = '\0';
			snprintf(alt, sizeof alt, "%s", br + 2);
		}
		*br = '\0';
	}
	char *cut = strstr(buf, " (");
	if (cut)
		*cut = '\0';
	cut = strstr(buf, ", ");
	if (cut)
		*cut = '\0';
	static const char *const cn[] = {" Zizhiqu", " Sheng", " Shi", " Zhuangzu", " Huizu", " Huizi",
	                                  " Uygur", NULL};
	for (int again = 1; again;) {
		again = 0;
		for (int i = 0; cn[i]; i++)
			if (ends_with(buf, strlen(buf), cn[i])) {
				buf[strlen(buf) - strlen(cn[i])] = '\0';
				again = 1;
			}
	}
	const char *forms[2] = {buf, alt};
	for (int i = 0; i < 2; i++) {
		char folded[NAMELEN];
		if (!forms[i][0] || generic_region(forms[i]))
			continue;
		add_name(nl, forms[i], strlen(forms[i]));
		if (fold_ascii(forms[i], folded, sizeof folded))
			add_name(nl, folded, strlen(folded));
	}
}

/* Alpha-3 of an alpha-2 code, from the ISO 3166-1 array. */
static const char *alpha3_of(json_t *countries, const char *a2, size_t n)
{
	for (size_t i = 0; i < json_array_size(countries); i++) {
		json_t *o = json_array_get(countries, i);
		const char *x = str_field(o, "alpha_2");
		if (x && strlen(x) == n && strncmp(x, a2, n) == 0)
			return str_field(o, "alpha_3");
	}
	return NULL;
}

/* The regions dictionary: one line per division, type=GPE kind=region, coded with
 * its country.  Every name is marked ambiguous=1 (matched only when capitalized):
 * many are also words or other places' names (Victoria, Delta, Georgia). */
static int write_regions(json_t *countries, const char *in, const char *out)
{
	json_error_t err;
	json_t *root = json_load_file(in, 0, &err);
	if (!root) {
		fprintf(stderr, "%s:%d:%d: %s\n", in, err.line, err.column, err.text);
		return -1;
	}
	json_t *arr = json_object_get(root, "3166-2");
	size_t ol = strlen(out);
	char tmp[4096];
	if (!json_is_array(arr) || ol + 5 > sizeof tmp) {
		fprintf(stderr, "%s: no \"3166-2\" array\n", in);
		json_decref(root);
		return -1;
	}
	snprintf(tmp, sizeof tmp, "%s.tmp", out);
	FILE *f = fopen(tmp, "w");
	if (!f) {
		perror(tmp);
		json_decref(root);
		return -1;
	}
	fprintf(f, "# generated by tools/gen_countries.c from %s: do not edit.\n"
	           "# Data: Debian iso-codes (ISO 3166-2), LGPL-2.1-or-later.  See data/README.md.\n",
	        in);
	int count = 0;
	for (size_t i = 0; i < json_array_size(arr); i++) {
		json_t *o = json_array_get(arr, i);
		const char *code = str_field(o, "code"), *name = str_field(o, "name");
		if (!code || !name || json_object_get(o, "parent") || !strchr(code, '-'))
			continue;
		size_t a2l = (size_t)(strchr(code, '-') - code);
		int wanted = 0;
		for (size_t k = 0; k < sizeof region_countries / sizeof region_countries[0]; k++)
			wanted |= strlen(region_countries[k]) == a2l &&
			          strncmp(region_countries[k], code, a2l) == 0;
		const char *a3 = wanted ? alpha3_of(countries, code, a2l) : NULL;
		if (!a3)
			continue;
		namelist nl;
		nl.n = 0;
		add_region_forms(&nl, name);
		if (nl.n == 0)
			continue;
		for (int k = 0; k < nl.n; k++)
			fprintf(f, "%s%s", k ? " | " : "", nl.names[k]);
		char id[NAMELEN];
		size_t il = 0;
		for (const char *p = code; *p && il + 1 < sizeof id; p++)
			id[il++] = *p == '-' ? '_' : (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
		id[il] = '\0';
		fprintf(f, "\t%s\ttype=GPE id=%s country=%s kind=region ambiguous=1 source=iso-codes\n",
		        a3, id, a3);
		count++;
	}
	json_decref(root);
	if (fclose(f) != 0 || rename(tmp, out) != 0) {
		perror(out);
		remove(tmp);
		return -1;
	}
	return count;
}

int main(int argc, char **argv)
{
	if (argc != 3 && argc != 5) {
		fprintf(stderr, "usage: %s ISO_3166-1.json OUT.dict [ISO_3166-2.json REGIONS.dict]\n",
		        argv[0]);
		return 2;
	}
	const char *in = argv[1], *out = argv[2];
	json_error_t err;
	json_t *root = json_load_file(in, 0, &err);
	if (!root) {
		fprintf(stderr, "%s:%d:%d: %s\n", in, err.line, err.column, err.text);
		return 1;
	}
	json_t *arr = json_object_get(root, "3166-1");
	if (!json_is_array(arr) || json_array_size(arr) == 0) {
		fprintf(stderr, "%s: no \"3166-1\" array\n", in);
		json_decref(root);
		return 1;
	}
	size_t n = json_array_size(arr);
	country *cs = calloc(n, sizeof *cs);
	if (!cs) {
		fprintf(stderr, "%s: out of memory\n", argv[0]);
		return 1;
	}
	size_t nc = 0;
	for (size_t i = 0; i < n; i++) {
		json_t *o = json_array_get(arr, i);
		const char *a3 = str_field(o, "alpha_3"), *name = str_field(o, "name");
		if (!a3 || strlen(a3) != 3 || !name) {
			fprintf(stderr, "%s: entry %zu: no alpha_3 or name, skipped\n", in, i);
			continue;
		}
		country *c = &cs[nc++];
		memcpy(c->a3, a3, 4);
		add_name_forms(&c->nl, name);
		const char *official = str_field(o, "official_name");
		const char *common = str_field(o, "common_name");
		if (official)
			add_name_forms(&c->nl, official);
		if (common)
			add_name_forms(&c->nl, common);
	}
	int nregions = argc == 5 ? write_regions(arr, argv[3], argv[4]) : 0;
	json_decref(root);
	if (nregions < 0)
		return 1;
	qsort(cs, nc, sizeof *cs, cmp_country);

	size_t ol = strlen(out);
	char *tmp = malloc(ol + 5);
	if (!tmp)
		return 1;
	memcpy(tmp, out, ol);
	memcpy(tmp + ol, ".tmp", 5);
	FILE *f = fopen(tmp, "w");
	if (!f) {
		perror(tmp);
		return 1;
	}
	fprintf(f, "# generated by tools/gen_countries.c from %s: do not edit.\n"
	           "# Data: Debian iso-codes (ISO 3166-1), LGPL-2.1-or-later.  See data/README.md.\n",
	        in);
	int count = 0;
	for (size_t i = 0; i < nc; i++) {
		write_line(f, &cs[i], 0, &count);
		write_line(f, &cs[i], 1, &count);
	}
	if (fclose(f) != 0 || rename(tmp, out) != 0) {
		perror(out);
		remove(tmp);
		return 1;
	}
	free(tmp);
	free(cs);
	printf("%d %d\n", count, nregions);
	return 0;
}
