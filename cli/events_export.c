/*
 * events_export.c - coded events in the layouts users already load: the GDELT
 * 2.0 event export (61 tab-separated columns, no header) and the ICEWS event
 * table (20 tab-separated columns under a header).  Columns eventline has no
 * information for stay empty (GDELT) or "NA" (ICEWS, whose files write NA).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "events_out.h"

/* ------------------------------------------------------------- countries */

/*
 * ISO 3166-1 alpha-3 codes (plus XKX, Kosovo, as CAMEO dictionaries use it)
 * and English names.  `name` is what ICEWS writes in its Country columns
 * ("Russian Federation", "Moldova, Republic of", "Occupied Palestinian
 * Territory", "Cote d'Ivoire": ASCII, as ICEWS has it); `shortname`, where
 * given, is the everyday name GDELT uses in its Geo_FullName columns.
 * Sorted by code for bsearch.
 */
typedef struct country_name {
	char code[4];
	const char *name;
	const char *shortname;
} country_name;

static const country_name COUNTRIES[] = {
	{"ABW", "Aruba", NULL},
	{"AFG", "Afghanistan", NULL},
	{"AGO", "Angola", NULL},
	{"AIA", "Anguilla", NULL},
	{"ALA", "Aland Islands", NULL},
	{"ALB", "Albania", NULL},
	{"AND", "Andorra", NULL},
	{"ARE", "United Arab Emirates", NULL},
	{"ARG", "Argentina", NULL},
	{"ARM", "Armenia", NULL},
	{"ASM", "American Samoa", NULL},
	{"ATA", "Antarctica", NULL},
	{"ATF", "French Southern Territories", NULL},
	{"ATG", "Antigua and Barbuda", NULL},
	{"AUS", "Australia", NULL},
	{"AUT", "Austria", NULL},
	{"AZE", "Azerbaijan", NULL},
	{"BDI", "Burundi", NULL},
	{"BEL", "Belgium", NULL},
	{"BEN", "Benin", NULL},
	{"BES", "Bonaire, Sint Eustatius and Saba", NULL},
	{"BFA", "Burkina Faso", NULL},
	{"BGD", "Bangladesh", NULL},
	{"BGR", "Bulgaria", NULL},
	{"BHR", "Bahrain", NULL},
	{"BHS", "Bahamas", NULL},
	{"BIH", "Bosnia and Herzegovina", NULL},
	{"BLM", "Saint Barthelemy", NULL},
	{"BLR", "Belarus", NULL},
	{"BLZ", "Belize", NULL},
	{"BMU", "Bermuda", NULL},
	{"BOL", "Bolivia", NULL},
	{"BRA", "Brazil", NULL},
	{"BRB", "Barbados", NULL},
	{"BRN", "Brunei", NULL},
	{"BTN", "Bhutan", NULL},
	{"BVT", "Bouvet Island", NULL},
	{"BWA", "Botswana", NULL},
	{"CAF", "Central African Republic", NULL},
	{"CAN", "Canada", NULL},
	{"CCK", "Cocos (Keeling) Islands", NULL},
	{"CHE", "Switzerland", NULL},
	{"CHL", "Chile", NULL},
	{"CHN", "China", NULL},
	{"CIV", "Cote d'Ivoire", NULL},
	{"CMR", "Cameroon", NULL},
	{"COD", "Democratic Republic of Congo", NULL},
	{"COG", "Congo", NULL},
	{"COK", "Cook Islands", NULL},
	{"COL", "Colombia", NULL},
	{"COM", "Comoros", NULL},
	{"CPV", "Cape Verde", NULL},
	{"CRI", "Costa Rica", NULL},
	{"CUB", "Cuba", NULL},
	{"CUW", "Curacao", NULL},
	{"CXR", "Christmas Island", NULL},
	{"CYM", "Cayman Islands", NULL},
	{"CYP", "Cyprus", NULL},
	{"CZE", "Czech Republic", NULL},
	{"DEU", "Germany", NULL},
	{"DJI", "Djibouti", NULL},
	{"DMA", "Dominica", NULL},
	{"DNK", "Denmark", NULL},
	{"DOM", "Dominican Republic", NULL},
	{"DZA", "Algeria", NULL},
	{"ECU", "Ecuador", NULL},
	{"EGY", "Egypt", NULL},
	{"ERI", "Eritrea", NULL},
	{"ESH", "Western Sahara", NULL},
	{"ESP", "Spain", NULL},
	{"EST", "Estonia", NULL},
	{"ETH", "Ethiopia", NULL},
	{"FIN", "Finland", NULL},
	{"FJI", "Fiji", NULL},
	{"FLK", "Falkland Islands", NULL},
	{"FRA", "France", NULL},
	{"FRO", "Faroe Islands", NULL},
	{"FSM", "Micronesia", NULL},
	{"GAB", "Gabon", NULL},
	{"GBR", "United Kingdom", NULL},
	{"GEO", "Georgia", NULL},
	{"GGY", "Guernsey", NULL},
	{"GHA", "Ghana", NULL},
	{"GIB", "Gibraltar", NULL},
	{"GIN", "Guinea", NULL},
	{"GLP", "Guadeloupe", NULL},
	{"GMB", "Gambia", NULL},
	{"GNB", "Guinea-Bissau", NULL},
	{"GNQ", "Equatorial Guinea", NULL},
	{"GRC", "Greece", NULL},
	{"GRD", "Grenada", NULL},
	{"GRL", "Greenland", NULL},
	{"GTM", "Guatemala", NULL},
	{"GUF", "French Guiana", NULL},
	{"GUM", "Guam", NULL},
	{"GUY", "Guyana", NULL},
	{"HKG", "Hong Kong", NULL},
	{"HMD", "Heard Island and McDonald Islands", NULL},
	{"HND", "Honduras", NULL},
	{"HRV", "Croatia", NULL},
	{"HTI", "Haiti", NULL},
	{"HUN", "Hungary", NULL},
	{"IDN", "Indonesia", NULL},
	{"IMN", "Isle of Man", NULL},
	{"IND", "India", NULL},
	{"IOT", "British Indian Ocean Territory", NULL},
	{"IRL", "Ireland", NULL},
	{"IRN", "Iran", NULL},
	{"IRQ", "Iraq", NULL},
	{"ISL", "Iceland", NULL},
	{"ISR", "Israel", NULL},
	{"ITA", "Italy", NULL},
	{"JAM", "Jamaica", NULL},
	{"JEY", "Jersey", NULL},
	{"JOR", "Jordan", NULL},
	{"JPN", "Japan", NULL},
	{"KAZ", "Kazakhstan", NULL},
	{"KEN", "Kenya", NULL},
	{"KGZ", "Kyrgyzstan", NULL},
	{"KHM", "Cambodia", NULL},
	{"KIR", "Kiribati", NULL},
	{"KNA", "Saint Kitts and Nevis", NULL},
	{"KOR", "South Korea", NULL},
	{"KWT", "Kuwait", NULL},
	{"LAO", "Laos", NULL},
	{"LBN", "Lebanon", NULL},
	{"LBR", "Liberia", NULL},
	{"LBY", "Libya", NULL},
	{"LCA", "Saint Lucia", NULL},
	{"LIE", "Liechtenstein", NULL},
	{"LKA", "Sri Lanka", NULL},
	{"LSO", "Lesotho", NULL},
	{"LTU", "Lithuania", NULL},
	{"LUX", "Luxembourg", NULL},
	{"LVA", "Latvia", NULL},
	{"MAC", "Macao", NULL},
	{"MAF", "Saint Martin (French part)", NULL},
	{"MAR", "Morocco", NULL},
	{"MCO", "Monaco", NULL},
	{"MDA", "Moldova, Republic of", "Moldova"},
	{"MDG", "Madagascar", NULL},
	{"MDV", "Maldives", NULL},
	{"MEX", "Mexico", NULL},
	{"MHL", "Marshall Islands", NULL},
	{"MKD", "the former Yugoslav Republic of Macedonia", "North Macedonia"},
	{"MLI", "Mali", NULL},
	{"MLT", "Malta", NULL},
	{"MMR", "Myanmar", NULL},
	{"MNE", "Montenegro", NULL},
	{"MNG", "Mongolia", NULL},
	{"MNP", "Northern Mariana Islands", NULL},
	{"MOZ", "Mozambique", NULL},
	{"MRT", "Mauritania", NULL},
	{"MSR", "Montserrat", NULL},
	{"MTQ", "Martinique", NULL},
	{"MUS", "Mauritius", NULL},
	{"MWI", "Malawi", NULL},
	{"MYS", "Malaysia", NULL},
	{"MYT", "Mayotte", NULL},
	{"NAM", "Namibia", NULL},
	{"NCL", "New Caledonia", NULL},
	{"NER", "Niger", NULL},
	{"NFK", "Norfolk Island", NULL},
	{"NGA", "Nigeria", NULL},
	{"NIC", "Nicaragua", NULL},
	{"NIU", "Niue", NULL},
	{"NLD", "Netherlands", NULL},
	{"NOR", "Norway", NULL},
	{"NPL", "Nepal", NULL},
	{"NRU", "Nauru", NULL},
	{"NZL", "New Zealand", NULL},
	{"OMN", "Oman", NULL},
	{"PAK", "Pakistan", NULL},
	{"PAN", "Panama", NULL},
	{"PCN", "Pitcairn", NULL},
	{"PER", "Peru", NULL},
	{"PHL", "Philippines", NULL},
	{"PLW", "Palau", NULL},
	{"PNG", "Papua New Guinea", NULL},
	{"POL", "Poland", NULL},
	{"PRI", "Puerto Rico", NULL},
	{"PRK", "North Korea", NULL},
	{"PRT", "Portugal", NULL},
	{"PRY", "Paraguay", NULL},
	{"PSE", "Occupied Palestinian Territory", "Palestine"},
	{"PYF", "French Polynesia", NULL},
	{"QAT", "Qatar", NULL},
	{"REU", "Reunion", NULL},
	{"ROU", "Romania", NULL},
	{"RUS", "Russian Federation", "Russia"},
	{"RWA", "Rwanda", NULL},
	{"SAU", "Saudi Arabia", NULL},
	{"SDN", "Sudan", NULL},
	{"SEN", "Senegal", NULL},
	{"SGP", "Singapore", NULL},
	{"SGS", "South Georgia and the South Sandwich Islands", NULL},
	{"SHN", "Saint Helena", NULL},
	{"SJM", "Svalbard and Jan Mayen", NULL},
	{"SLB", "Solomon Islands", NULL},
	{"SLE", "Sierra Leone", NULL},
	{"SLV", "El Salvador", NULL},
	{"SMR", "San Marino", NULL},
	{"SOM", "Somalia", NULL},
	{"SPM", "Saint Pierre and Miquelon", NULL},
	{"SRB", "Serbia", NULL},
	{"SSD", "South Sudan", NULL},
	{"STP", "Sao Tome and Principe", NULL},
	{"SUR", "Suriname", NULL},
	{"SVK", "Slovakia", NULL},
	{"SVN", "Slovenia", NULL},
	{"SWE", "Sweden", NULL},
	{"SWZ", "Swaziland", "Eswatini"},
	{"SXM", "Sint Maarten (Dutch part)", NULL},
	{"SYC", "Seychelles", NULL},
	{"SYR", "Syria", NULL},
	{"TCA", "Turks and Caicos Islands", NULL},
	{"TCD", "Chad", NULL},
	{"TGO", "Togo", NULL},
	{"THA", "Thailand", NULL},
	{"TJK", "Tajikistan", NULL},
	{"TKL", "Tokelau", NULL},
	{"TKM", "Turkmenistan", NULL},
	{"TLS", "Timor-Leste", NULL},
	{"TON", "Tonga", NULL},
	{"TTO", "Trinidad and Tobago", NULL},
	{"TUN", "Tunisia", NULL},
	{"TUR", "Turkey", NULL},
	{"TUV", "Tuvalu", NULL},
	{"TWN", "Taiwan", NULL},
	{"TZA", "Tanzania", NULL},
	{"UGA", "Uganda", NULL},
	{"UKR", "Ukraine", NULL},
	{"UMI", "United States Minor Outlying Islands", NULL},
	{"URY", "Uruguay", NULL},
	{"USA", "United States", NULL},
	{"UZB", "Uzbekistan", NULL},
	{"VAT", "Holy See", NULL},
	{"VCT", "Saint Vincent and the Grenadines", NULL},
	{"VEN", "Venezuela", NULL},
	{"VGB", "British Virgin Islands", NULL},
	{"VIR", "United States Virgin Islands", NULL},
	{"VNM", "Vietnam", NULL},
	{"VUT", "Vanuatu", NULL},
	{"WLF", "Wallis and Futuna", NULL},
	{"WSM", "Samoa", NULL},
	{"XKX", "Kosovo", NULL},
	{"YEM", "Yemen", NULL},
	{"ZAF", "South Africa", NULL},
	{"ZMB", "Zambia", NULL},
	{"ZWE", "Zimbabwe", NULL},
};

static const country_name *country_find(const char *code)
{
	size_t lo = 0, hi = sizeof COUNTRIES / sizeof COUNTRIES[0];
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(code, COUNTRIES[mid].code);
		if (c == 0)
			return &COUNTRIES[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

/* The ICEWS name of a country code; an unknown code (a CAMEO region such as
 * "AFR") is written as it is. */
static const char *country_icews(const char *code)
{
	const country_name *c = country_find(code);
	return c ? c->name : code;
}

static const char *country_short(const char *code)
{
	const country_name *c = country_find(code);
	return c ? (c->shortname ? c->shortname : c->name) : code;
}

/* ------------------------------------------------------- actor codes */

/*
 * CAMEO actor types (the 3-letter role codes of the CAMEO codebook) with the
 * ICEWS sectors that correspond: the specific sector, then the general one
 * it belongs to, as ICEWS writes them ("Military,Government").  gdelt: GDELT
 * writes the code in its Type columns (it does not for PTY and REL, which
 * eventline uses as roles too).  NULL sectors: no ICEWS counterpart.
 * Sorted by code.
 */
typedef struct actor_type {
	char code[4];
	uint8_t gdelt;
	const char *sector, *general;
} actor_type;

static const actor_type TYPES[] = {
	{"AGR", 1, "Agricultural", "Social"},
	{"BUS", 1, "Business", "Social"},
	{"COP", 1, "Police", "Government"},
	{"CRM", 1, "Criminals / Gangs", "Dissident"},
	{"CVL", 1, "General Population / Civilian / Social", "Social"},
	{"DEV", 1, NULL, NULL},
	{"EDU", 1, "Education", "Social"},
	{"ELI", 1, "Elite", NULL},
	{"ENV", 1, NULL, NULL},
	{"GOV", 1, "Government", NULL},
	{"HLH", 1, "Medical / Health", "Social"},
	{"HRI", 1, "Human Rights NGOs", "Nongovernmental Organizations / Activists"},
	{"IGO", 1, "International Government Organization", NULL},
	{"IMG", 1, NULL, NULL},
	{"INS", 1, "Insurgents", "Dissident"},
	{"INT", 1, NULL, NULL},
	{"JUD", 1, "Judicial", "Government"},
	{"LAB", 1, "Labor", "Social"},
	{"LEG", 1, "Legislative / Parliamentary", "Government"},
	{"MED", 1, "Media", "Social"},
	{"MIL", 1, "Military", "Government"},
	{"MNC", 1, "Multinational Corporation", "Business"},
	{"MOD", 1, NULL, NULL},
	{"NGM", 1, "Nongovernmental Organizations / Activists", NULL},
	{"NGO", 1, "Nongovernmental Organizations / Activists", NULL},
	{"OPP", 1, "Opposition Major Party (Out Of Government)", "Parties"},
	{"PTY", 0, "Parties", NULL},
	{"RAD", 1, "Radicals / Extremists / Fundamentalists", "Dissident"},
	{"REB", 1, "Rebel", "Dissident"},
	{"REF", 1, "Refugees / Displaced", "Social"},
	{"REL", 0, "National Religious", NULL},
	{"SEP", 1, "Separatists", "Dissident"},
	{"SET", 1, NULL, NULL},
	{"SPY", 1, "Intelligence Ministry", "Government"},
	{"UAF", 1, "Unidentified Forces", NULL},
	{"UIS", 1, NULL, NULL},
};

static const actor_type *type_find(const char *code)
{
	for (size_t i = 0; i < sizeof TYPES / sizeof TYPES[0]; i++)
		if (memcmp(code, TYPES[i].code, 3) == 0)
			return &TYPES[i];
	return NULL;
}

/* CAMEO's regions, which GDELT writes as country codes (IGOEUREEC: EUR). */
static const char REGIONS[][4] = {
	"AFR", "ASA", "BLK", "CAS", "CAU", "CEU", "CFR", "CRB", "EAF", "EEU", "EIN", "EUR",
	"LAM", "MDT", "MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF",
	"WST",
};

static int is_region(const char *code)
{
	for (size_t i = 0; i < sizeof REGIONS / sizeof REGIONS[0]; i++)
		if (memcmp(code, REGIONS[i], 3) == 0)
			return 1;
	return 0;
}

/*
 * A CAMEO actor code taken apart as GDELT does, three letters at a time:
 * the first country or region, up to three types in order, and the first
 * other code that follows an international type (IGOUNO: UNO) as the known
 * group.  Other codes (religions, ethnic groups) are not kept.
 */
typedef struct actor_parts {
	char country[4];
	char group[4];
	const actor_type *types[3];
	int ntypes;
} actor_parts;

static void actor_split(const ev_mention *m, actor_parts *p)
{
	memset(p, 0, sizeof *p);
	size_t n = strnlen(m->code, sizeof m->code);
	int international = 0;
	for (size_t i = 0; i + 3 <= n; i += 3) {
		char c[4] = {m->code[i], m->code[i + 1], m->code[i + 2], 0};
		const actor_type *t;
		if (!p->country[0] && (country_find(c) || is_region(c))) {
			memcpy(p->country, c, 4);
		} else if ((t = type_find(c)) != NULL) {
			if (p->ntypes < 3)
				p->types[p->ntypes++] = t;
			if (!strcmp(c, "IGO") || !strcmp(c, "NGO") || !strcmp(c, "NGM") ||
			    !strcmp(c, "IMG") || !strcmp(c, "INT"))
				international = 1;
		} else if (international && !p->group[0]) {
			memcpy(p->group, c, 4);
		}
	}
	/* A mention whose code says less than its fields (a bare role). */
	if (!p->country[0] && m->country[0])
		memcpy(p->country, m->country, 4);
	if (!p->ntypes && m->role[0]) {
		const actor_type *t = type_find(m->role);
		if (t)
			p->types[p->ntypes++] = t;
	}
}

/* ---------------------------------------------------------------- helpers */

/* A field: tabs and line breaks inside become spaces; upper-cased (ASCII
 * letters only: other bytes are UTF-8 and stay as they are) when upper is set. */
static void field(outbuf *o, const char *s, size_t n, int upper)
{
	char buf[256];
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '\t' || c == '\n' || c == '\r')
			c = ' ';
		else if (upper && c >= 'a' && c <= 'z')
			c = (char)(c - 'a' + 'A');
		buf[k++] = c;
		if (k == sizeof buf) {
			out_raw(o, buf, k);
			k = 0;
		}
	}
	out_raw(o, buf, k);
}

static void field_cstr(outbuf *o, const char *s)
{
	if (s)
		field(o, s, strlen(s), 0);
}

/* ICEWS writes NA for what it does not know. */
static void icews_cstr(outbuf *o, const char *s)
{
	if (s && s[0])
		field(o, s, strlen(s), 0);
	else
		out_cstr(o, "NA");
}

static void tab(outbuf *o)
{
	out_char(o, '\t');
}

/* n empty columns: their tabs. */
static void empties(outbuf *o, int n)
{
	while (n-- > 0)
		out_char(o, '\t');
}

/* The day of the event: its own date when it names a full day (a TIMEX3 value
 * "2019-01-30", possibly with a time), else the document date; 0 when neither
 * does.  *day gets YYYY-MM-DD. */
static int event_day(const ev_doc *d, const ev_event *e, const char **day)
{
	size_t n = strnlen(e->date, sizeof e->date);
	if (n >= 10 && (n == 10 || e->date[10] == 'T') && ev_date_valid(e->date, 10)) {
		*day = e->date;
		return 1;
	}
	if (ev_date_valid(d->dct, strnlen(d->dct, sizeof d->dct))) {
		*day = d->dct;
		return 1;
	}
	return 0;
}

static int num2(const char *s)
{
	return (s[0] - '0') * 10 + (s[1] - '0');
}

/* The name of an actor: its entity's display name ("Liu He" for "the vice
 * premier"), else the text of the mention. */
static void actor_name(outbuf *o, const ev_doc *d, const ev_mention *m, int upper)
{
	const ev_entity *en = m->entity >= 0 ? &d->entities[m->entity] : NULL;
	if (en && en->canonical && en->canonical[0] && !upper)
		field(o, en->canonical, strlen(en->canonical), 0);
	else
		field(o, d->body + m->start, m->end - m->start, upper);
}

/* Is the place mention a country (the generated country entries have the
 * lower-case alpha-3 code as id), rather than a city or other place? */
static int is_country(const ev_doc *d, const ev_mention *m)
{
	if (!m->country[0] || m->entity < 0)
		return 0;
	const char *id = d->entities[m->entity].id;
	if (!id || strlen(id) != 3)
		return 0;
	for (int i = 0; i < 3; i++)
		if (id[i] != m->country[i] - 'A' + 'a')
			return 0;
	return 1;
}

/* ------------------------------------------------------------------ GDELT */

/*
 * Actor<N>Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code,
 * Religion2Code, Type1Code, Type2Code, Type3Code: ten columns, each followed
 * by its tab.  Groups, ethnicity and religion are not coded: empty.
 */
static void gdelt_actor(outbuf *o, const ev_doc *d, int32_t mi)
{
	if (mi < 0) {
		empties(o, 10);
		return;
	}
	const ev_mention *m = &d->mentions[mi];
	actor_parts p;
	actor_split(m, &p);
	out_cstr(o, m->code);
	tab(o);
	actor_name(o, d, m, 1);   /* GDELT names are the matched text in capitals */
	tab(o);
	out_cstr(o, p.country);
	tab(o);
	out_cstr(o, p.group);
	empties(o, 4);
	int k = 0;
	for (int i = 0; i < p.ntypes; i++)
		if (p.types[i]->gdelt) {
			out_cstr(o, p.types[i]->code);
			tab(o);
			k++;
		}
	empties(o, 3 - k);
}

void events_print_gdelt(outbuf *o, const ev_doc *d, const ev_event *e, long long id,
                        const long long counts[3])
{
	const ev_cameo *c = e->cameo;
	const char *day;
	int dated = event_day(d, e, &day);

	/* 1-5: GLOBALEVENTID, SQLDATE, MonthYear, Year, FractionDate */
	out_long(o, id);
	tab(o);
	if (dated) {
		int y = (day[0] - '0') * 1000 + (day[1] - '0') * 100 + num2(day + 2);
		int mo = num2(day + 5), dd = num2(day + 8);
		out_raw(o, day, 4);
		out_raw(o, day + 5, 2);
		out_raw(o, day + 8, 2);
		tab(o);
		out_raw(o, day, 4);
		out_raw(o, day + 5, 2);
		tab(o);
		out_raw(o, day, 4);
		tab(o);
		/* GDELT's FractionDate counts 30-day months: 2018-10-24 is
		 * 2018 + (9 * 30 + 24) / 365 = 2018.8055, as in its exports. */
		out_double(o, y + ((mo - 1) * 30 + dd) / 365.0, 4);
	} else {
		empties(o, 3);
	}
	tab(o);

	/* 6-25: the actors */
	gdelt_actor(o, d, e->source);
	gdelt_actor(o, d, e->target);

	/* 26-35: IsRootEvent, EventCode, EventBaseCode, EventRootCode,
	 * QuadClass, GoldsteinScale, NumMentions, NumSources, NumArticles,
	 * AvgTone (no tone is computed: empty) */
	out_cstr(o, "1\t");
	out_cstr(o, c->code);
	tab(o);
	out_raw(o, c->code, strnlen(c->code, 3));
	tab(o);
	out_cstr(o, c->root);
	tab(o);
	if (c->quad) {
		out_long(o, c->quad);
		tab(o);
		out_double(o, c->goldstein, 1);
	} else {
		tab(o);
	}
	for (int i = 0; i < 3; i++) {
		tab(o);
		out_long(o, counts ? counts[i] : 1);
	}
	out_cstr(o, "\t\t");

	/* 36-51: Actor1Geo_* and Actor2Geo_*: where the actors were is not
	 * known; GDELT writes type 0 and empty columns then. */
	out_cstr(o, "0\t\t\t\t\t\t\t\t0\t\t\t\t\t\t\t\t");

	/* 52-59: ActionGeo_Type, FullName, CountryCode, ADM1Code, ADM2Code,
	 * Lat, Long, FeatureID.  Type: 1 country, 3 US city, 4 world city (a
	 * state or province is not told apart from a city).  CountryCode is the
	 * ISO 3166-1 alpha-3 code eventline has, NOT the FIPS 10-4 code GDELT
	 * writes there ("USA", not "US"). */
	if (e->location >= 0) {
		const ev_mention *m = &d->mentions[e->location];
		if (is_country(d, m)) {
			out_cstr(o, "1\t");
			out_cstr(o, country_short(m->country));
		} else {
			out_cstr(o, strcmp(m->country, "USA") == 0 ? "3\t" : "4\t");
			actor_name(o, d, m, 0);
			if (m->country[0]) {
				out_cstr(o, ", ");
				out_cstr(o, country_short(m->country));
			}
		}
		tab(o);
		out_cstr(o, m->country);
	} else {
		out_cstr(o, "0\t\t");
	}
	out_cstr(o, "\t\t\t\t\t\t");

	/* 60-61: DATEADDED (the document date at midnight), SOURCEURL */
	if (ev_date_valid(d->dct, strnlen(d->dct, sizeof d->dct))) {
		out_raw(o, d->dct, 4);
		out_raw(o, d->dct + 5, 2);
		out_raw(o, d->dct + 8, 2);
		out_cstr(o, "000000");
	}
	tab(o);
	field_cstr(o, d->url && d->url[0] ? d->url : d->id);
	out_char(o, '\n');
}

/* ------------------------------------------------------------------ ICEWS */

void events_header_icews(outbuf *o)
{
	out_cstr(o, "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\t"
	            "Event Text\tCAMEO Code\tIntensity\tTarget Name\tTarget Sectors\t"
	            "Target Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\t"
	            "Province\tCountry\tLatitude\tLongitude\n");
}

/* The ICEWS sectors of an actor: those of its types, each once
 * ("Government,Media,Social" for CHNGOVMED), or NA. */
static void icews_sectors(outbuf *o, const actor_parts *p)
{
	const char *seen[6];
	int n = 0;
	for (int i = 0; i < p->ntypes; i++) {
		const char *two[2] = {p->types[i]->sector, p->types[i]->general};
		for (int j = 0; j < 2; j++) {
			if (!two[j])
				continue;
			int dup = 0;
			for (int k = 0; k < n; k++)
				dup |= strcmp(seen[k], two[j]) == 0;
			if (dup)
				continue;
			if (n)
				out_char(o, ',');
			out_cstr(o, two[j]);
			seen[n++] = two[j];
		}
	}
	if (!n)
		out_cstr(o, "NA");
}

/* Name, Sectors, Country: three columns, each followed by its tab.  The
 * country is the actor's nationality (ISO), so a region or an IGO has NA. */
static void icews_actor(outbuf *o, const ev_doc *d, int32_t mi)
{
	if (mi < 0) {
		out_cstr(o, "NA\tNA\tNA\t");
		return;
	}
	const ev_mention *m = &d->mentions[mi];
	actor_parts p;
	actor_split(m, &p);
	actor_name(o, d, m, 0);
	tab(o);
	icews_sectors(o, &p);
	tab(o);
	const char *cc = m->country[0] ? m->country : country_find(p.country) ? p.country : NULL;
	icews_cstr(o, cc ? country_icews(cc) : NULL);
	tab(o);
}

/* Intensity as ICEWS writes it: "1", "4.5", "-10". */
static void icews_intensity(outbuf *o, double g)
{
	char b[32];
	int n = snprintf(b, sizeof b, "%.1f", g);
	if (n >= 2 && b[n - 2] == '.' && b[n - 1] == '0')
		n -= 2;
	if (n == 2 && b[0] == '-' && b[1] == '0')   /* -0.0 */
		out_char(o, '0');
	else
		out_raw(o, b, (size_t)n);
}

void events_print_icews(outbuf *o, const ev_doc *d, const ev_event *e, long long id)
{
	const ev_cameo *c = e->cameo;
	const char *day;

	out_long(o, id);
	tab(o);
	if (event_day(d, e, &day))
		out_raw(o, day, 10);
	else
		out_cstr(o, "NA");
	tab(o);
	icews_actor(o, d, e->source);
	icews_cstr(o, c->name);
	tab(o);
	out_cstr(o, c->code);
	tab(o);
	if (c->quad)
		icews_intensity(o, c->goldstein);
	else
		out_cstr(o, "NA");
	tab(o);
	icews_actor(o, d, e->target);
	icews_cstr(o, d->id);
	tab(o);
	out_long(o, (long long)e->sentence + 1);
	tab(o);
	icews_cstr(o, d->source);
	tab(o);

	/* City, District, Province, Country: a country mention fills only the
	 * country; any other place is taken as the city.  No coordinates. */
	if (e->location >= 0) {
		const ev_mention *m = &d->mentions[e->location];
		if (is_country(d, m))
			out_cstr(o, "NA");
		else
			actor_name(o, d, m, 0);
		out_cstr(o, "\tNA\tNA\t");
		icews_cstr(o, m->country[0] ? country_icews(m->country) : NULL);
	} else {
		out_cstr(o, "NA\tNA\tNA\tNA");
	}
	out_cstr(o, "\tNA\tNA\n");
}
