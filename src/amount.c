/*
 * amount.c - money, percentages and counted quantities as news writes them: US$75 billion,
 * €1.5bn, Rs 500 crore, 5.93 mln dlrs, half-a-trillion dollars, 6.6 pct, 3,000 troops.
 * Patterns over tokens and their hyphen pieces, one word table, values normalized to units.
 */
#include <math.h>
#include <stdint.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "amount.h"
#include "hash.h"
#include "strcopy.h"
#include "tok.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* ---------------------------------------------------------------- lexicon */

enum wcls {
	W_NUM = 1,   /* number words: one .. ninety, a/an (before a scale), half */
	W_SCALE,     /* million, bn, crore, lakh, dozen: multiply */
	W_VAGUE,     /* dozens, hundreds, tens (of thousands): value unknown */
	W_FEW,       /* several, a few (hundred): value unknown */
	W_PCT,       /* %, percent, per cent, pct */
	W_PPOINT,    /* percentage points, basis points: a quantity of their own */
	W_MOD,       /* more than, about, at least ...: code is the mod */
	W_INTENS,    /* just, well (over): only before a W_MOD */
	W_SUFMOD,    /* or more, or so */
	W_MONTH,     /* capitalized, a date is near: not an amount */
	W_TUNIT,     /* days, years: durations belong to the temporal tagger */
	W_TIMEW,     /* a.m., o'clock, GMT: clock times */
	W_STOP,      /* function words and common verbs: never a unit */
	W_PREMOD,    /* more, new, other (troops): skipped on the way to the unit */
	W_CUR,       /* a currency: symbol, ISO code or noun; code is ISO 4217 */
	W_CURADJ,    /* Canadian, Hong Kong (dollars): code is the currency it selects */
	W_LEAD       /* no role: only the first word of a phrase ("hong", "upwards") */
};

/* Currency nouns and the adjectives that qualify them ("Swiss" goes with francs). */
enum grp {
	G_NONE, G_DOLLAR, G_EURO, G_YEN, G_YUAN, G_RUPEE, G_POUND, G_FRANC, G_PESO, G_WON, G_RAND,
	G_RUBLE, G_LIRA, G_RIYAL, G_RIAL, G_DINAR, G_DIRHAM, G_SHEKEL, G_REAL, G_KRONA, G_SHILLING,
	G_MARK
};

#define F_ART       0x001u  /* a, an: a number only before a scale */
#define F_HALF      0x002u  /* half (a) billion */
#define F_TENS      0x004u  /* twenty .. ninety: a ones word may follow (twenty-five) */
#define F_VSCALE    0x008u  /* thousands, millions: can follow "tens of", "hundreds of" */
#define F_SYM       0x010u  /* a currency symbol: written before the number */
#define F_SUFFIX    0x020u  /* a symbol that may also follow it (5 €) */
#define F_YENSYM    0x040u  /* ¥: yen unless the sentence says yuan */
#define F_CODE      0x080u  /* an ISO code: counts only in capitals (RMB, USD) */
#define F_NOUNIT    0x100u  /* never a quantity's unit (won, try, real) */
#define F_CAPWORD   0x200u  /* Rs, Rp, RM: capitalized, before the number only */
#define F_NEEDSCALE 0x400u  /* pounds, won, rand: money only after million etc. */
#define F_NEEDADJ   0x800u  /* pesos, dinars: which one needs an adjective */
#define F_LEAD      0x1000u /* the first word of a longer entry ("more" of "more than") */

typedef struct word {
	const char *w;       /* lower case; phrases joined by one space */
	uint8_t cls;         /* enum wcls */
	uint8_t grp;         /* enum grp, for currencies and their adjectives */
	uint16_t flags;      /* F_* */
	double val;          /* number, scale, or a currency's unit (0.01 for cents) */
	const char *code;    /* ISO 4217 code, mod name, or unit name */
} word;

/*
 * Sorted by w in strcmp order.  The first word of each phrase is an entry of its own
 * with F_LEAD (W_LEAD if it has no other role): lookup reads on to longer phrases only
 * after such a word, and no entry starts with a digit.  amount_table_sorted checks all three.
 */
static const word words[] = {
	{"$", W_CUR, G_DOLLAR, F_SYM, 1, "USD"}, {"%", W_PCT, G_NONE, 0, 0, NULL},
	{"a", W_NUM, G_NONE, F_ART|F_LEAD, 1, NULL}, {"a few", W_FEW, G_NONE, 0, 0, NULL},
	{"a maximum of", W_MOD, G_NONE, 0, 0, "EQUAL_OR_LESS"},
	{"a minimum of", W_MOD, G_NONE, 0, 0, "EQUAL_OR_MORE"},
	{"a$", W_CUR, G_DOLLAR, F_SYM, 1, "AUD"}, {"a.m", W_TIMEW, G_NONE, 0, 0, NULL},
	{"about", W_MOD, G_NONE, 0, 0, "APPROX"}, {"above", W_MOD, G_NONE, 0, 0, "MORE_THAN"},
	{"according", W_STOP, G_NONE, 0, 0, NULL}, {"across", W_STOP, G_NONE, 0, 0, NULL},
	{"active", W_PREMOD, G_NONE, 0, 0, NULL}, {"additional", W_PREMOD, G_NONE, 0, 0, NULL},
	{"aed", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "AED"}, {"after", W_STOP, G_NONE, 0, 0, NULL},
	{"again", W_STOP, G_NONE, 0, 0, NULL}, {"against", W_STOP, G_NONE, 0, 0, NULL},
	{"ago", W_STOP, G_NONE, 0, 0, NULL}, {"algerian", W_CURADJ, G_DINAR, 0, 0, "DZD"},
	{"all", W_STOP, G_NONE, 0, 0, NULL}, {"almost", W_MOD, G_NONE, 0, 0, "EQUAL_OR_LESS"},
	{"already", W_STOP, G_NONE, 0, 0, NULL}, {"also", W_STOP, G_NONE, 0, 0, NULL},
	{"am", W_TIMEW, G_NONE, 0, 0, NULL}, {"american", W_CURADJ, G_DOLLAR, 0, 0, "USD"},
	{"amid", W_STOP, G_NONE, 0, 0, NULL}, {"among", W_STOP, G_NONE, 0, 0, NULL},
	{"an", W_NUM, G_NONE, F_ART|F_LEAD, 1, NULL},
	{"an estimated", W_MOD, G_NONE, 0, 0, "APPROX"}, {"and", W_STOP, G_NONE, 0, 0, NULL},
	{"another", W_STOP, G_NONE, 0, 0, NULL}, {"any", W_STOP, G_NONE, 0, 0, NULL},
	{"apiece", W_STOP, G_NONE, 0, 0, NULL}, {"approx", W_MOD, G_NONE, 0, 0, "APPROX"},
	{"approximately", W_MOD, G_NONE, 0, 0, "APPROX"}, {"apr", W_MONTH, G_NONE, 0, 0, NULL},
	{"april", W_MONTH, G_NONE, 0, 0, NULL}, {"are", W_STOP, G_NONE, 0, 0, NULL},
	{"argentine", W_CURADJ, G_PESO, 0, 0, "ARS"}, {"armed", W_PREMOD, G_NONE, 0, 0, NULL},
	{"around", W_MOD, G_NONE, 0, 0, "APPROX"}, {"as", W_STOP, G_NONE, F_LEAD, 0, NULL},
	{"as high as", W_MOD, G_NONE, 0, 0, "EQUAL_OR_LESS"},
	{"as many as", W_MOD, G_NONE, 0, 0, "EQUAL_OR_LESS"},
	{"as much as", W_MOD, G_NONE, 0, 0, "EQUAL_OR_LESS"},
	{"at", W_STOP, G_NONE, F_LEAD, 0, NULL}, {"at least", W_MOD, G_NONE, 0, 0, "EQUAL_OR_MORE"},
	{"at most", W_MOD, G_NONE, 0, 0, "EQUAL_OR_LESS"},
	{"au$", W_CUR, G_DOLLAR, F_SYM, 1, "AUD"},
	{"aud", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "AUD"}, {"aug", W_MONTH, G_NONE, 0, 0, NULL},
	{"august", W_MONTH, G_NONE, 0, 0, NULL}, {"aust", W_CURADJ, G_DOLLAR, 0, 0, "AUD"},
	{"australian", W_CURADJ, G_DOLLAR, 0, 0, "AUD"},
	{"bahraini", W_CURADJ, G_DINAR, 0, 0, "BHD"}, {"baht", W_CUR, G_NONE, 0, 1, "THB"},
	{"basis", W_LEAD, G_NONE, F_LEAD, 0, NULL},
	{"basis point", W_PPOINT, G_NONE, 0, 0, "basis point"},
	{"basis points", W_PPOINT, G_NONE, 0, 0, "basis point"}, {"be", W_STOP, G_NONE, 0, 0, NULL},
	{"became", W_STOP, G_NONE, 0, 0, NULL}, {"because", W_STOP, G_NONE, 0, 0, NULL},
	{"been", W_STOP, G_NONE, 0, 0, NULL}, {"before", W_STOP, G_NONE, 0, 0, NULL},
	{"being", W_STOP, G_NONE, 0, 0, NULL}, {"below", W_MOD, G_NONE, 0, 0, "LESS_THAN"},
	{"between", W_STOP, G_NONE, 0, 0, NULL}, {"big", W_PREMOD, G_NONE, 0, 0, NULL},
	{"billion", W_SCALE, G_NONE, 0, 1e9, NULL},
	{"billions", W_VAGUE, G_NONE, F_VSCALE, 0, NULL}, {"bln", W_SCALE, G_NONE, 0, 1e9, NULL},
	{"bn", W_SCALE, G_NONE, 0, 1e9, NULL}, {"both", W_STOP, G_NONE, 0, 0, NULL},
	{"brazilian", W_CURADJ, G_REAL, 0, 0, "BRL"}, {"british", W_CURADJ, G_POUND, 0, 0, "GBP"},
	{"brl", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "BRL"}, {"bst", W_TIMEW, G_NONE, 0, 0, NULL},
	{"but", W_STOP, G_NONE, 0, 0, NULL}, {"by", W_STOP, G_NONE, 0, 0, NULL},
	{"c$", W_CUR, G_DOLLAR, F_SYM, 1, "CAD"}, {"ca$", W_CUR, G_DOLLAR, F_SYM, 1, "CAD"},
	{"cad", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "CAD"}, {"came", W_STOP, G_NONE, 0, 0, NULL},
	{"can", W_CURADJ, G_DOLLAR, 0, 0, "CAD"}, {"canadian", W_CURADJ, G_DOLLAR, 0, 0, "CAD"},
	{"cedi", W_CUR, G_NONE, 0, 1, "GHS"}, {"cedis", W_CUR, G_NONE, 0, 1, "GHS"},
	{"cent", W_CUR, G_DOLLAR, 0, 0.01, "USD"}, {"cents", W_CUR, G_DOLLAR, 0, 0.01, "USD"},
	{"centuries", W_TUNIT, G_NONE, 0, 0, NULL}, {"century", W_TUNIT, G_NONE, 0, 0, NULL},
	{"cet", W_TIMEW, G_NONE, 0, 0, NULL}, {"chf", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "CHF"},
	{"chilean", W_CURADJ, G_PESO, 0, 0, "CLP"}, {"chinese", W_CURADJ, G_YUAN, 0, 0, "CNY"},
	{"circa", W_MOD, G_NONE, 0, 0, "APPROX"}, {"close", W_LEAD, G_NONE, F_LEAD, 0, NULL},
	{"close to", W_MOD, G_NONE, 0, 0, "EQUAL_OR_LESS"},
	{"cny", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "CNY"},
	{"colombian", W_CURADJ, G_PESO, 0, 0, "COP"}, {"common", W_PREMOD, G_NONE, 0, 0, NULL},
	{"compared", W_STOP, G_NONE, 0, 0, NULL}, {"confirmed", W_PREMOD, G_NONE, 0, 0, NULL},
	{"could", W_STOP, G_NONE, 0, 0, NULL}, {"cr", W_SCALE, G_NONE, 0, 1e7, NULL},
	{"crore", W_SCALE, G_NONE, 0, 1e7, NULL}, {"crores", W_SCALE, G_NONE, 0, 1e7, NULL},
	{"crown", W_CUR, G_KRONA, F_NEEDADJ, 1, NULL},
	{"crowns", W_CUR, G_KRONA, F_NEEDADJ, 1, NULL}, {"ct", W_CUR, G_DOLLAR, 0, 0.01, "USD"},
	{"cts", W_CUR, G_DOLLAR, 0, 0.01, "USD"}, {"cubic", W_PREMOD, G_NONE, 0, 0, NULL},
	{"cut", W_STOP, G_NONE, 0, 0, NULL}, {"czech", W_CURADJ, G_KRONA, 0, 0, "CZK"},
	{"danish", W_CURADJ, G_KRONA, 0, 0, "DKK"}, {"day", W_TUNIT, G_NONE, 0, 0, NULL},
	{"days", W_TUNIT, G_NONE, 0, 0, NULL}, {"dec", W_MONTH, G_NONE, 0, 0, NULL},
	{"decade", W_TUNIT, G_NONE, 0, 0, NULL}, {"decades", W_TUNIT, G_NONE, 0, 0, NULL},
	{"december", W_MONTH, G_NONE, 0, 0, NULL}, {"deutsche", W_LEAD, G_NONE, F_LEAD, 0, NULL},
	{"deutsche marks", W_CUR, G_MARK, 0, 1, "DEM"},
	{"deutschmarks", W_CUR, G_MARK, 0, 1, "DEM"}, {"did", W_STOP, G_NONE, 0, 0, NULL},
	{"different", W_PREMOD, G_NONE, 0, 0, NULL}, {"dinar", W_CUR, G_DINAR, F_NEEDADJ, 1, NULL},
	{"dinars", W_CUR, G_DINAR, F_NEEDADJ, 1, NULL}, {"dirham", W_CUR, G_DIRHAM, 0, 1, "AED"},
	{"dirhams", W_CUR, G_DIRHAM, 0, 1, "AED"},
	{"dkk", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "DKK"}, {"dlr", W_CUR, G_DOLLAR, 0, 1, "USD"},
	{"dlrs", W_CUR, G_DOLLAR, 0, 1, "USD"}, {"do", W_STOP, G_NONE, 0, 0, NULL},
	{"does", W_STOP, G_NONE, 0, 0, NULL}, {"dollar", W_CUR, G_DOLLAR, 0, 1, "USD"},
	{"dollars", W_CUR, G_DOLLAR, 0, 1, "USD"},
	{"dong", W_CUR, G_NONE, F_NEEDSCALE|F_NOUNIT, 1, "VND"},
	{"down", W_STOP, G_NONE, 0, 0, NULL}, {"dozen", W_SCALE, G_NONE, 0, 12, NULL},
	{"dozens", W_VAGUE, G_NONE, 0, 0, NULL}, {"during", W_STOP, G_NONE, 0, 0, NULL},
	{"each", W_STOP, G_NONE, 0, 0, NULL}, {"earlier", W_STOP, G_NONE, 0, 0, NULL},
	{"edt", W_TIMEW, G_NONE, 0, 0, NULL}, {"egp", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "EGP"},
	{"egyptian", W_CURADJ, G_POUND, 0, 0, "EGP"}, {"eight", W_NUM, G_NONE, 0, 8, NULL},
	{"eighteen", W_NUM, G_NONE, 0, 18, NULL}, {"eighty", W_NUM, G_NONE, F_TENS, 80, NULL},
	{"either", W_STOP, G_NONE, 0, 0, NULL}, {"eleven", W_NUM, G_NONE, 0, 11, NULL},
	{"emirati", W_CURADJ, G_DIRHAM, 0, 0, "AED"}, {"est", W_TIMEW, G_NONE, 0, 0, NULL},
	{"estimated", W_MOD, G_NONE, 0, 0, "APPROX"},
	{"eur", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "EUR"}, {"euro", W_CUR, G_EURO, 0, 1, "EUR"},
	{"euros", W_CUR, G_EURO, 0, 1, "EUR"}, {"even", W_STOP, G_NONE, 0, 0, NULL},
	{"every", W_STOP, G_NONE, 0, 0, NULL}, {"excluding", W_STOP, G_NONE, 0, 0, NULL},
	{"extra", W_PREMOD, G_NONE, 0, 0, NULL}, {"far", W_INTENS, G_NONE, 0, 0, NULL},
	{"feb", W_MONTH, G_NONE, 0, 0, NULL}, {"february", W_MONTH, G_NONE, 0, 0, NULL},
	{"fell", W_STOP, G_NONE, 0, 0, NULL}, {"few", W_FEW, G_NONE, 0, 0, NULL},
	{"fewer", W_LEAD, G_NONE, F_LEAD, 0, NULL},
	{"fewer than", W_MOD, G_NONE, 0, 0, "LESS_THAN"}, {"fifteen", W_NUM, G_NONE, 0, 15, NULL},
	{"fifty", W_NUM, G_NONE, F_TENS, 50, NULL}, {"five", W_NUM, G_NONE, 0, 5, NULL},
	{"for", W_STOP, G_NONE, 0, 0, NULL}, {"foreign", W_PREMOD, G_NONE, 0, 0, NULL},
	{"forint", W_CUR, G_NONE, 0, 1, "HUF"}, {"forints", W_CUR, G_NONE, 0, 1, "HUF"},
	{"fortnight", W_TUNIT, G_NONE, 0, 0, NULL}, {"fortnights", W_TUNIT, G_NONE, 0, 0, NULL},
	{"forty", W_NUM, G_NONE, F_TENS, 40, NULL}, {"four", W_NUM, G_NONE, 0, 4, NULL},
	{"fourteen", W_NUM, G_NONE, 0, 14, NULL}, {"franc", W_CUR, G_FRANC, 0, 1, "CHF"},
	{"francs", W_CUR, G_FRANC, 0, 1, "CHF"}, {"french", W_CURADJ, G_FRANC, 0, 0, "FRF"},
	{"from", W_STOP, G_NONE, 0, 0, NULL}, {"further", W_PREMOD, G_NONE, 0, 0, NULL},
	{"gave", W_STOP, G_NONE, 0, 0, NULL}, {"gbp", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "GBP"},
	{"german", W_CURADJ, G_MARK, 0, 0, "DEM"}, {"gmt", W_TIMEW, G_NONE, 0, 0, NULL},
	{"got", W_STOP, G_NONE, 0, 0, NULL}, {"grew", W_STOP, G_NONE, 0, 0, NULL},
	{"guilder", W_CUR, G_NONE, 0, 1, "NLG"}, {"guilders", W_CUR, G_NONE, 0, 1, "NLG"},
	{"had", W_STOP, G_NONE, 0, 0, NULL}, {"half", W_NUM, G_NONE, F_HALF, 0.5, NULL},
	{"has", W_STOP, G_NONE, 0, 0, NULL}, {"have", W_STOP, G_NONE, 0, 0, NULL},
	{"he", W_STOP, G_NONE, 0, 0, NULL}, {"her", W_STOP, G_NONE, 0, 0, NULL},
	{"here", W_STOP, G_NONE, 0, 0, NULL}, {"hers", W_STOP, G_NONE, 0, 0, NULL},
	{"him", W_STOP, G_NONE, 0, 0, NULL}, {"his", W_STOP, G_NONE, 0, 0, NULL},
	{"hit", W_STOP, G_NONE, 0, 0, NULL}, {"hk", W_CURADJ, G_DOLLAR, 0, 0, "HKD"},
	{"hk$", W_CUR, G_DOLLAR, F_SYM, 1, "HKD"},
	{"hkd", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "HKD"},
	{"hong", W_LEAD, G_NONE, F_LEAD, 0, NULL}, {"hong kong", W_CURADJ, G_DOLLAR, 0, 0, "HKD"},
	{"hour", W_TUNIT, G_NONE, 0, 0, NULL}, {"hours", W_TUNIT, G_NONE, 0, 0, NULL},
	{"hr", W_TUNIT, G_NONE, 0, 0, NULL}, {"hrs", W_TUNIT, G_NONE, 0, 0, NULL},
	{"hryvnia", W_CUR, G_NONE, 0, 1, "UAH"}, {"hryvnias", W_CUR, G_NONE, 0, 1, "UAH"},
	{"huf", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "HUF"},
	{"hundred", W_SCALE, G_NONE, 0, 1e2, NULL},
	{"hundreds", W_VAGUE, G_NONE, F_VSCALE, 0, NULL}, {"i", W_STOP, G_NONE, 0, 0, NULL},
	{"icelandic", W_CURADJ, G_KRONA, 0, 0, "ISK"},
	{"idr", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "IDR"}, {"if", W_STOP, G_NONE, 0, 0, NULL},
	{"ils", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "ILS"}, {"in", W_STOP, G_NONE, F_LEAD, 0, NULL},
	{"in excess of", W_MOD, G_NONE, 0, 0, "MORE_THAN"},
	{"including", W_STOP, G_NONE, 0, 0, NULL}, {"indian", W_CURADJ, G_RUPEE, 0, 0, "INR"},
	{"individual", W_PREMOD, G_NONE, 0, 0, NULL}, {"innocent", W_PREMOD, G_NONE, 0, 0, NULL},
	{"inr", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "INR"}, {"into", W_STOP, G_NONE, 0, 0, NULL},
	{"iranian", W_CURADJ, G_RIAL, 0, 0, "IRR"}, {"iraqi", W_CURADJ, G_DINAR, 0, 0, "IQD"},
	{"is", W_STOP, G_NONE, 0, 0, NULL}, {"israeli", W_CURADJ, G_SHEKEL, 0, 0, "ILS"},
	{"it", W_STOP, G_NONE, 0, 0, NULL}, {"italian", W_CURADJ, G_LIRA, 0, 0, "ITL"},
	{"its", W_STOP, G_NONE, 0, 0, NULL}, {"jamaican", W_CURADJ, G_DOLLAR, 0, 0, "JMD"},
	{"jan", W_MONTH, G_NONE, 0, 0, NULL}, {"january", W_MONTH, G_NONE, 0, 0, NULL},
	{"japanese", W_CURADJ, G_YEN, 0, 0, "JPY"}, {"jordanian", W_CURADJ, G_DINAR, 0, 0, "JOD"},
	{"jpy", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "JPY"}, {"jul", W_MONTH, G_NONE, 0, 0, NULL},
	{"july", W_MONTH, G_NONE, 0, 0, NULL}, {"jun", W_MONTH, G_NONE, 0, 0, NULL},
	{"june", W_MONTH, G_NONE, 0, 0, NULL}, {"just", W_INTENS, G_NONE, 0, 0, NULL},
	{"kenyan", W_CURADJ, G_SHILLING, 0, 0, "KES"}, {"korean", W_CURADJ, G_WON, 0, 0, "KRW"},
	{"krona", W_CUR, G_KRONA, 0, 1, "SEK"}, {"krone", W_CUR, G_KRONA, 0, 1, "NOK"},
	{"kroner", W_CUR, G_KRONA, 0, 1, "NOK"}, {"kronor", W_CUR, G_KRONA, 0, 1, "SEK"},
	{"krw", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "KRW"},
	{"ksh", W_CUR, G_NONE, F_CAPWORD|F_NOUNIT, 1, "KES"},
	{"kuwaiti", W_CURADJ, G_DINAR, 0, 0, "KWD"}, {"kwacha", W_CUR, G_NONE, 0, 1, "ZMW"},
	{"lac", W_SCALE, G_NONE, 0, 1e5, NULL}, {"lacs", W_SCALE, G_NONE, 0, 1e5, NULL},
	{"lakh", W_SCALE, G_NONE, 0, 1e5, NULL}, {"lakhs", W_SCALE, G_NONE, 0, 1e5, NULL},
	{"large", W_PREMOD, G_NONE, 0, 0, NULL}, {"last", W_STOP, G_NONE, 0, 0, NULL},
	{"later", W_STOP, G_NONE, 0, 0, NULL}, {"least", W_STOP, G_NONE, 0, 0, NULL},
	{"lebanese", W_CURADJ, G_POUND, 0, 0, "LBP"}, {"left", W_STOP, G_NONE, 0, 0, NULL},
	{"less", W_STOP, G_NONE, F_LEAD, 0, NULL}, {"less than", W_MOD, G_NONE, 0, 0, "LESS_THAN"},
	{"libyan", W_CURADJ, G_DINAR, 0, 0, "LYD"}, {"lira", W_CUR, G_LIRA, 0, 1, "TRY"},
	{"liras", W_CUR, G_LIRA, 0, 1, "TRY"}, {"lire", W_CUR, G_LIRA, 0, 1, "TRY"},
	{"local", W_PREMOD, G_NONE, 0, 0, NULL}, {"long", W_PREMOD, G_NONE, 0, 0, NULL},
	{"lost", W_STOP, G_NONE, 0, 0, NULL}, {"made", W_STOP, G_NONE, 0, 0, NULL},
	{"major", W_PREMOD, G_NONE, 0, 0, NULL}, {"many", W_STOP, G_NONE, 0, 0, NULL},
	{"mar", W_MONTH, G_NONE, 0, 0, NULL}, {"march", W_MONTH, G_NONE, 0, 0, NULL},
	{"marks", W_CUR, G_MARK, 0, 1, "DEM"}, {"may", W_MONTH, G_NONE, 0, 0, NULL},
	{"me", W_STOP, G_NONE, 0, 0, NULL}, {"met", W_STOP, G_NONE, 0, 0, NULL},
	{"metric", W_PREMOD, G_NONE, 0, 0, NULL}, {"mexican", W_CURADJ, G_PESO, 0, 0, "MXN"},
	{"might", W_STOP, G_NONE, 0, 0, NULL}, {"mil", W_SCALE, G_NONE, 0, 1e6, NULL},
	{"millennia", W_TUNIT, G_NONE, 0, 0, NULL}, {"millennium", W_TUNIT, G_NONE, 0, 0, NULL},
	{"million", W_SCALE, G_NONE, 0, 1e6, NULL},
	{"millions", W_VAGUE, G_NONE, F_VSCALE, 0, NULL}, {"min", W_TUNIT, G_NONE, 0, 0, NULL},
	{"mins", W_TUNIT, G_NONE, 0, 0, NULL}, {"minus", W_STOP, G_NONE, 0, 0, NULL},
	{"minute", W_TUNIT, G_NONE, 0, 0, NULL}, {"minutes", W_TUNIT, G_NONE, 0, 0, NULL},
	{"mln", W_SCALE, G_NONE, 0, 1e6, NULL}, {"mn", W_SCALE, G_NONE, 0, 1e6, NULL},
	{"month", W_TUNIT, G_NONE, 0, 0, NULL}, {"months", W_TUNIT, G_NONE, 0, 0, NULL},
	{"more", W_PREMOD, G_NONE, F_LEAD, 0, NULL},
	{"more than", W_MOD, G_NONE, 0, 0, "MORE_THAN"},
	{"moroccan", W_CURADJ, G_DIRHAM, 0, 0, "MAD"}, {"most", W_STOP, G_NONE, 0, 0, NULL},
	{"mth", W_TUNIT, G_NONE, 0, 0, NULL}, {"mths", W_TUNIT, G_NONE, 0, 0, NULL},
	{"much", W_INTENS, G_NONE, 0, 0, NULL}, {"must", W_STOP, G_NONE, 0, 0, NULL},
	{"mx$", W_CUR, G_PESO, F_SYM, 1, "MXN"}, {"mxn", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "MXN"},
	{"my", W_STOP, G_NONE, 0, 0, NULL}, {"myr", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "MYR"},
	{"n.z", W_CURADJ, G_DOLLAR, 0, 0, "NZD"}, {"naira", W_CUR, G_NONE, 0, 1, "NGN"},
	{"nearly", W_MOD, G_NONE, 0, 0, "EQUAL_OR_LESS"}, {"neither", W_STOP, G_NONE, 0, 0, NULL},
	{"nepalese", W_CURADJ, G_RUPEE, 0, 0, "NPR"}, {"nepali", W_CURADJ, G_RUPEE, 0, 0, "NPR"},
	{"new", W_PREMOD, G_NONE, F_LEAD, 0, NULL}, {"new taiwan", W_CURADJ, G_DOLLAR, 0, 0, "TWD"},
	{"new zealand", W_CURADJ, G_DOLLAR, 0, 0, "NZD"}, {"next", W_STOP, G_NONE, 0, 0, NULL},
	{"ngn", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "NGN"}, {"night", W_TUNIT, G_NONE, 0, 0, NULL},
	{"nights", W_TUNIT, G_NONE, 0, 0, NULL}, {"nine", W_NUM, G_NONE, 0, 9, NULL},
	{"nineteen", W_NUM, G_NONE, 0, 19, NULL}, {"ninety", W_NUM, G_NONE, F_TENS, 90, NULL},
	{"no", W_STOP, G_NONE, F_LEAD, 0, NULL},
	{"no fewer than", W_MOD, G_NONE, 0, 0, "EQUAL_OR_MORE"},
	{"no less than", W_MOD, G_NONE, 0, 0, "EQUAL_OR_MORE"},
	{"no more than", W_MOD, G_NONE, 0, 0, "EQUAL_OR_LESS"},
	{"nok", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "NOK"}, {"none", W_STOP, G_NONE, 0, 0, NULL},
	{"nor", W_STOP, G_NONE, 0, 0, NULL}, {"north", W_LEAD, G_NONE, F_LEAD, 0, NULL},
	{"north korean", W_CURADJ, G_WON, 0, 0, "KPW"},
	{"norwegian", W_CURADJ, G_KRONA, 0, 0, "NOK"}, {"not", W_STOP, G_NONE, 0, 0, NULL},
	{"nov", W_MONTH, G_NONE, 0, 0, NULL}, {"november", W_MONTH, G_NONE, 0, 0, NULL},
	{"now", W_STOP, G_NONE, 0, 0, NULL}, {"nt", W_CURADJ, G_DOLLAR, 0, 0, "TWD"},
	{"nt$", W_CUR, G_DOLLAR, F_SYM, 1, "TWD"}, {"nz$", W_CUR, G_DOLLAR, F_SYM, 1, "NZD"},
	{"nzd", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "NZD"}, {"o'clock", W_TIMEW, G_NONE, 0, 0, NULL},
	{"oct", W_MONTH, G_NONE, 0, 0, NULL}, {"october", W_MONTH, G_NONE, 0, 0, NULL},
	{"of", W_STOP, G_NONE, 0, 0, NULL}, {"off", W_STOP, G_NONE, 0, 0, NULL},
	{"omani", W_CURADJ, G_RIAL, 0, 0, "OMR"}, {"on", W_STOP, G_NONE, 0, 0, NULL},
	{"one", W_NUM, G_NONE, 0, 1, NULL}, {"only", W_STOP, G_NONE, 0, 0, NULL},
	{"onto", W_STOP, G_NONE, 0, 0, NULL}, {"or", W_STOP, G_NONE, F_LEAD, 0, NULL},
	{"or fewer", W_SUFMOD, G_NONE, 0, 0, "EQUAL_OR_LESS"},
	{"or less", W_SUFMOD, G_NONE, 0, 0, "EQUAL_OR_LESS"},
	{"or more", W_SUFMOD, G_NONE, 0, 0, "EQUAL_OR_MORE"},
	{"or so", W_SUFMOD, G_NONE, 0, 0, "APPROX"}, {"ordinary", W_PREMOD, G_NONE, 0, 0, NULL},
	{"other", W_PREMOD, G_NONE, 0, 0, NULL}, {"our", W_STOP, G_NONE, 0, 0, NULL},
	{"out", W_STOP, G_NONE, 0, 0, NULL}, {"over", W_MOD, G_NONE, 0, 0, "MORE_THAN"},
	{"own", W_STOP, G_NONE, 0, 0, NULL}, {"p.m", W_TIMEW, G_NONE, 0, 0, NULL},
	{"pakistani", W_CURADJ, G_RUPEE, 0, 0, "PKR"}, {"pct", W_PCT, G_NONE, 0, 0, NULL},
	{"pdt", W_TIMEW, G_NONE, 0, 0, NULL}, {"pence", W_CUR, G_POUND, 0, 0.01, "GBP"},
	{"per", W_STOP, G_NONE, F_LEAD, 0, NULL}, {"per cent", W_PCT, G_NONE, 0, 0, NULL},
	{"percent", W_PCT, G_NONE, 0, 0, NULL}, {"percentage", W_LEAD, G_NONE, F_LEAD, 0, NULL},
	{"percentage point", W_PPOINT, G_NONE, 0, 0, "percentage point"},
	{"percentage points", W_PPOINT, G_NONE, 0, 0, "percentage point"},
	{"peso", W_CUR, G_PESO, F_NEEDADJ, 1, NULL}, {"pesos", W_CUR, G_PESO, F_NEEDADJ, 1, NULL},
	{"philippine", W_CURADJ, G_PESO, 0, 0, "PHP"},
	{"php", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "PHP"},
	{"pkr", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "PKR"},
	{"pln", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "PLN"}, {"plus", W_STOP, G_NONE, 0, 0, NULL},
	{"pm", W_TIMEW, G_NONE, 0, 0, NULL}, {"pound", W_CUR, G_POUND, F_NEEDSCALE, 1, "GBP"},
	{"pounds", W_CUR, G_POUND, F_NEEDSCALE|F_LEAD, 1, "GBP"},
	{"pounds sterling", W_CUR, G_POUND, 0, 1, "GBP"},
	{"preferred", W_PREMOD, G_NONE, 0, 0, NULL}, {"pst", W_TIMEW, G_NONE, 0, 0, NULL},
	{"put", W_STOP, G_NONE, 0, 0, NULL}, {"qatari", W_CURADJ, G_RIYAL, 0, 0, "QAR"},
	{"qtr", W_TUNIT, G_NONE, 0, 0, NULL}, {"qtrs", W_TUNIT, G_NONE, 0, 0, NULL},
	{"quadrillion", W_SCALE, G_NONE, 0, 1e15, NULL}, {"quarter", W_TUNIT, G_NONE, 0, 0, NULL},
	{"quarters", W_TUNIT, G_NONE, 0, 0, NULL}, {"r$", W_CUR, G_REAL, F_SYM, 1, "BRL"},
	{"ran", W_STOP, G_NONE, 0, 0, NULL}, {"rand", W_CUR, G_RAND, F_NEEDSCALE, 1, "ZAR"},
	{"reais", W_CUR, G_REAL, 0, 1, "BRL"}, {"real", W_CUR, G_REAL, F_NEEDADJ|F_NOUNIT, 1, NULL},
	{"registered", W_PREMOD, G_NONE, 0, 0, NULL}, {"renminbi", W_CUR, G_YUAN, 0, 1, "CNY"},
	{"respectively", W_STOP, G_NONE, 0, 0, NULL}, {"rial", W_CUR, G_RIAL, 0, 1, "IRR"},
	{"rials", W_CUR, G_RIAL, 0, 1, "IRR"}, {"ringgit", W_CUR, G_NONE, 0, 1, "MYR"},
	{"riyal", W_CUR, G_RIYAL, 0, 1, "SAR"}, {"riyals", W_CUR, G_RIYAL, 0, 1, "SAR"},
	{"rm", W_CUR, G_NONE, F_CAPWORD|F_NOUNIT, 1, "MYR"},
	{"rmb", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "CNY"}, {"rose", W_STOP, G_NONE, 0, 0, NULL},
	{"rouble", W_CUR, G_RUBLE, 0, 1, "RUB"}, {"roubles", W_CUR, G_RUBLE, 0, 1, "RUB"},
	{"roughly", W_MOD, G_NONE, 0, 0, "APPROX"},
	{"rp", W_CUR, G_NONE, F_CAPWORD|F_NOUNIT, 1, "IDR"},
	{"rs", W_CUR, G_NONE, F_CAPWORD|F_NOUNIT, 1, "INR"},
	{"rub", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "RUB"}, {"ruble", W_CUR, G_RUBLE, 0, 1, "RUB"},
	{"rubles", W_CUR, G_RUBLE, 0, 1, "RUB"}, {"rupee", W_CUR, G_RUPEE, 0, 1, "INR"},
	{"rupees", W_CUR, G_RUPEE, 0, 1, "INR"}, {"rupiah", W_CUR, G_NONE, 0, 1, "IDR"},
	{"russian", W_CURADJ, G_RUBLE, 0, 0, "RUB"}, {"s$", W_CUR, G_DOLLAR, F_SYM, 1, "SGD"},
	{"said", W_STOP, G_NONE, 0, 0, NULL}, {"same", W_STOP, G_NONE, 0, 0, NULL},
	{"sar", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "SAR"},
	{"saudi", W_CURADJ, G_RIYAL, 0, 0, "SAR"}, {"saw", W_STOP, G_NONE, 0, 0, NULL},
	{"say", W_STOP, G_NONE, 0, 0, NULL}, {"says", W_STOP, G_NONE, 0, 0, NULL},
	{"scores", W_VAGUE, G_NONE, 0, 0, NULL}, {"sec", W_TUNIT, G_NONE, 0, 0, NULL},
	{"second", W_TUNIT, G_NONE, 0, 0, NULL}, {"seconds", W_TUNIT, G_NONE, 0, 0, NULL},
	{"secs", W_TUNIT, G_NONE, 0, 0, NULL}, {"sek", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "SEK"},
	{"sep", W_MONTH, G_NONE, 0, 0, NULL}, {"separate", W_PREMOD, G_NONE, 0, 0, NULL},
	{"sept", W_MONTH, G_NONE, 0, 0, NULL}, {"september", W_MONTH, G_NONE, 0, 0, NULL},
	{"serbian", W_CURADJ, G_DINAR, 0, 0, "RSD"}, {"set", W_STOP, G_NONE, 0, 0, NULL},
	{"seven", W_NUM, G_NONE, 0, 7, NULL}, {"seventeen", W_NUM, G_NONE, 0, 17, NULL},
	{"seventy", W_NUM, G_NONE, F_TENS, 70, NULL}, {"several", W_FEW, G_NONE, 0, 0, NULL},
	{"sfr", W_CUR, G_NONE, F_CAPWORD|F_NOUNIT, 1, "CHF"},
	{"sgd", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "SGD"}, {"shall", W_STOP, G_NONE, 0, 0, NULL},
	{"she", W_STOP, G_NONE, 0, 0, NULL}, {"shekel", W_CUR, G_SHEKEL, 0, 1, "ILS"},
	{"shekels", W_CUR, G_SHEKEL, 0, 1, "ILS"},
	{"shilling", W_CUR, G_SHILLING, F_NEEDADJ, 1, NULL},
	{"shillings", W_CUR, G_SHILLING, F_NEEDADJ, 1, NULL},
	{"short", W_PREMOD, G_NONE, 0, 0, NULL}, {"should", W_STOP, G_NONE, 0, 0, NULL},
	{"since", W_STOP, G_NONE, 0, 0, NULL}, {"singapore", W_CURADJ, G_DOLLAR, 0, 0, "SGD"},
	{"six", W_NUM, G_NONE, 0, 6, NULL}, {"sixteen", W_NUM, G_NONE, 0, 16, NULL},
	{"sixty", W_NUM, G_NONE, F_TENS, 60, NULL}, {"slightly", W_INTENS, G_NONE, 0, 0, NULL},
	{"small", W_PREMOD, G_NONE, 0, 0, NULL}, {"so", W_STOP, G_NONE, 0, 0, NULL},
	{"some", W_MOD, G_NONE, 0, 0, "APPROX"}, {"south", W_LEAD, G_NONE, F_LEAD, 0, NULL},
	{"south african", W_CURADJ, G_RAND, 0, 0, "ZAR"},
	{"south korean", W_CURADJ, G_WON, 0, 0, "KRW"}, {"square", W_PREMOD, G_NONE, 0, 0, NULL},
	{"sri", W_LEAD, G_NONE, F_LEAD, 0, NULL}, {"sri lankan", W_CURADJ, G_RUPEE, 0, 0, "LKR"},
	{"sterling", W_CUR, G_POUND, 0, 1, "GBP"}, {"stg", W_CUR, G_POUND, 0, 1, "GBP"},
	{"still", W_STOP, G_NONE, 0, 0, NULL}, {"stood", W_STOP, G_NONE, 0, 0, NULL},
	{"such", W_STOP, G_NONE, 0, 0, NULL}, {"suspected", W_PREMOD, G_NONE, 0, 0, NULL},
	{"swedish", W_CURADJ, G_KRONA, 0, 0, "SEK"}, {"swiss", W_CURADJ, G_FRANC, 0, 0, "CHF"},
	{"taiwan", W_CURADJ, G_DOLLAR, 0, 0, "TWD"}, {"taiwanese", W_CURADJ, G_DOLLAR, 0, 0, "TWD"},
	{"taka", W_CUR, G_NONE, 0, 1, "BDT"}, {"tanzanian", W_CURADJ, G_SHILLING, 0, 0, "TZS"},
	{"tell", W_STOP, G_NONE, 0, 0, NULL}, {"ten", W_NUM, G_NONE, 0, 10, NULL},
	{"tens", W_VAGUE, G_NONE, 0, 0, NULL}, {"than", W_STOP, G_NONE, 0, 0, NULL},
	{"that", W_STOP, G_NONE, 0, 0, NULL}, {"thb", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "THB"},
	{"the", W_STOP, G_NONE, 0, 0, NULL}, {"their", W_STOP, G_NONE, 0, 0, NULL},
	{"theirs", W_STOP, G_NONE, 0, 0, NULL}, {"them", W_STOP, G_NONE, 0, 0, NULL},
	{"then", W_STOP, G_NONE, 0, 0, NULL}, {"there", W_STOP, G_NONE, 0, 0, NULL},
	{"these", W_STOP, G_NONE, 0, 0, NULL}, {"they", W_STOP, G_NONE, 0, 0, NULL},
	{"thirteen", W_NUM, G_NONE, 0, 13, NULL}, {"thirty", W_NUM, G_NONE, F_TENS, 30, NULL},
	{"this", W_STOP, G_NONE, 0, 0, NULL}, {"those", W_STOP, G_NONE, 0, 0, NULL},
	{"thousand", W_SCALE, G_NONE, 0, 1e3, NULL},
	{"thousands", W_VAGUE, G_NONE, F_VSCALE, 0, NULL}, {"three", W_NUM, G_NONE, 0, 3, NULL},
	{"through", W_STOP, G_NONE, 0, 0, NULL}, {"throughout", W_STOP, G_NONE, 0, 0, NULL},
	{"till", W_STOP, G_NONE, 0, 0, NULL}, {"times", W_STOP, G_NONE, 0, 0, NULL},
	{"tln", W_SCALE, G_NONE, 0, 1e12, NULL}, {"tn", W_SCALE, G_NONE, 0, 1e12, NULL},
	{"to", W_STOP, G_NONE, 0, 0, NULL}, {"told", W_STOP, G_NONE, 0, 0, NULL},
	{"too", W_STOP, G_NONE, 0, 0, NULL}, {"took", W_STOP, G_NONE, 0, 0, NULL},
	{"toward", W_STOP, G_NONE, 0, 0, NULL}, {"towards", W_STOP, G_NONE, 0, 0, NULL},
	{"trillion", W_SCALE, G_NONE, 0, 1e12, NULL},
	{"trillions", W_VAGUE, G_NONE, F_VSCALE, 0, NULL}, {"trn", W_SCALE, G_NONE, 0, 1e12, NULL},
	{"try", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "TRY"},
	{"tunisian", W_CURADJ, G_DINAR, 0, 0, "TND"}, {"turkish", W_CURADJ, G_LIRA, 0, 0, "TRY"},
	{"twd", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "TWD"}, {"twelve", W_NUM, G_NONE, 0, 12, NULL},
	{"twenty", W_NUM, G_NONE, F_TENS, 20, NULL}, {"two", W_NUM, G_NONE, 0, 2, NULL},
	{"u.s", W_CURADJ, G_DOLLAR, 0, 0, "USD"}, {"uae", W_CURADJ, G_DIRHAM, 0, 0, "AED"},
	{"uah", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "UAH"},
	{"ugandan", W_CURADJ, G_SHILLING, 0, 0, "UGX"}, {"under", W_MOD, G_NONE, 0, 0, "LESS_THAN"},
	{"unique", W_PREMOD, G_NONE, 0, 0, NULL}, {"unless", W_STOP, G_NONE, 0, 0, NULL},
	{"until", W_STOP, G_NONE, 0, 0, NULL}, {"up", W_STOP, G_NONE, F_LEAD, 0, NULL},
	{"up to", W_MOD, G_NONE, 0, 0, "EQUAL_OR_LESS"}, {"upon", W_STOP, G_NONE, 0, 0, NULL},
	{"upwards", W_LEAD, G_NONE, F_LEAD, 0, NULL},
	{"upwards of", W_MOD, G_NONE, 0, 0, "MORE_THAN"}, {"us", W_CURADJ, G_DOLLAR, 0, 0, "USD"},
	{"us$", W_CUR, G_DOLLAR, F_SYM, 1, "USD"},
	{"usd", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "USD"}, {"utc", W_TIMEW, G_NONE, 0, 0, NULL},
	{"versus", W_STOP, G_NONE, 0, 0, NULL}, {"very", W_STOP, G_NONE, 0, 0, NULL},
	{"via", W_STOP, G_NONE, 0, 0, NULL}, {"vnd", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "VND"},
	{"vs", W_STOP, G_NONE, 0, 0, NULL}, {"was", W_STOP, G_NONE, 0, 0, NULL},
	{"we", W_STOP, G_NONE, 0, 0, NULL}, {"week", W_TUNIT, G_NONE, 0, 0, NULL},
	{"weekend", W_TUNIT, G_NONE, 0, 0, NULL}, {"weekends", W_TUNIT, G_NONE, 0, 0, NULL},
	{"weeks", W_TUNIT, G_NONE, 0, 0, NULL}, {"well", W_INTENS, G_NONE, 0, 0, NULL},
	{"went", W_STOP, G_NONE, 0, 0, NULL}, {"were", W_STOP, G_NONE, 0, 0, NULL},
	{"what", W_STOP, G_NONE, 0, 0, NULL}, {"when", W_STOP, G_NONE, 0, 0, NULL},
	{"where", W_STOP, G_NONE, 0, 0, NULL}, {"whereas", W_STOP, G_NONE, 0, 0, NULL},
	{"which", W_STOP, G_NONE, 0, 0, NULL}, {"while", W_STOP, G_NONE, 0, 0, NULL},
	{"who", W_STOP, G_NONE, 0, 0, NULL}, {"whom", W_STOP, G_NONE, 0, 0, NULL},
	{"whose", W_STOP, G_NONE, 0, 0, NULL}, {"will", W_STOP, G_NONE, 0, 0, NULL},
	{"with", W_STOP, G_NONE, 0, 0, NULL}, {"within", W_STOP, G_NONE, 0, 0, NULL},
	{"without", W_STOP, G_NONE, 0, 0, NULL}, {"wk", W_TUNIT, G_NONE, 0, 0, NULL},
	{"wks", W_TUNIT, G_NONE, 0, 0, NULL}, {"won", W_CUR, G_WON, F_NEEDSCALE|F_NOUNIT, 1, "KRW"},
	{"would", W_STOP, G_NONE, 0, 0, NULL}, {"year", W_TUNIT, G_NONE, 0, 0, NULL},
	{"year-on-year", W_STOP, G_NONE, 0, 0, NULL},
	{"year-over-year", W_STOP, G_NONE, 0, 0, NULL}, {"years", W_TUNIT, G_NONE, 0, 0, NULL},
	{"yen", W_CUR, G_YEN, 0, 1, "JPY"}, {"yet", W_STOP, G_NONE, 0, 0, NULL},
	{"you", W_STOP, G_NONE, 0, 0, NULL}, {"young", W_PREMOD, G_NONE, 0, 0, NULL},
	{"your", W_STOP, G_NONE, 0, 0, NULL}, {"yoy", W_STOP, G_NONE, 0, 0, NULL},
	{"yr", W_TUNIT, G_NONE, 0, 0, NULL}, {"yrs", W_TUNIT, G_NONE, 0, 0, NULL},
	{"yuan", W_CUR, G_YUAN, 0, 1, "CNY"}, {"z$", W_CUR, G_DOLLAR, F_SYM, 1, "ZWL"},
	{"zar", W_CUR, G_NONE, F_CODE|F_NOUNIT, 1, "ZAR"},
	{"zimbabwe", W_CURADJ, G_DOLLAR, 0, 0, "ZWL"},
	{"zimbabwean", W_CURADJ, G_DOLLAR, 0, 0, "ZWL"}, {"zloty", W_CUR, G_NONE, 0, 1, "PLN"},
	{"zlotych", W_CUR, G_NONE, 0, 1, "PLN"}, {"zlotys", W_CUR, G_NONE, 0, 1, "PLN"},
	{"\xc2\xa3", W_CUR, G_POUND, F_SYM|F_SUFFIX, 1, "GBP"},
	{"\xc2\xa5", W_CUR, G_YEN, F_SYM|F_SUFFIX|F_YENSYM, 1, "JPY"},
	{"\xe0\xb8\xbf", W_CUR, G_NONE, F_SYM|F_SUFFIX, 1, "THB"},
	{"\xe2\x82\xa6", W_CUR, G_NONE, F_SYM|F_SUFFIX, 1, "NGN"},
	{"\xe2\x82\xa9", W_CUR, G_WON, F_SYM|F_SUFFIX, 1, "KRW"},
	{"\xe2\x82\xaa", W_CUR, G_SHEKEL, F_SYM|F_SUFFIX, 1, "ILS"},
	{"\xe2\x82\xab", W_CUR, G_NONE, F_SYM|F_SUFFIX, 1, "VND"},
	{"\xe2\x82\xac", W_CUR, G_EURO, F_SYM|F_SUFFIX, 1, "EUR"},
	{"\xe2\x82\xb1", W_CUR, G_PESO, F_SYM|F_SUFFIX, 1, "PHP"},
	{"\xe2\x82\xb4", W_CUR, G_NONE, F_SYM|F_SUFFIX, 1, "UAH"},
	{"\xe2\x82\xb9", W_CUR, G_RUPEE, F_SYM|F_SUFFIX, 1, "INR"},
	{"\xe2\x82\xba", W_CUR, G_LIRA, F_SYM|F_SUFFIX, 1, "TRY"},
	{"\xe2\x82\xbd", W_CUR, G_RUBLE, F_SYM|F_SUFFIX, 1, "RUB"},
	{"\xef\xbc\x85", W_PCT, G_NONE, 0, 0, NULL},
	{"\xef\xbf\xa5", W_CUR, G_YEN, F_SYM|F_SUFFIX|F_YENSYM, 1, "JPY"},
};

static const word *table_find_sorted(const char *key);

int amount_table_sorted(void)
{
	for (size_t i = 0; i < NELEM(words); i++) {
		if (i && strcmp(words[i - 1].w, words[i].w) >= 0)
			return 0;
		if (words[i].w[0] >= '0' && words[i].w[0] <= '9')
			return 0;   /* lookup passes digits over without a search */
		const char *sp = strchr(words[i].w, ' ');
		char first[32];
		if (!sp)
			continue;
		if ((size_t)(sp - words[i].w) >= sizeof first)
			return 0;
		memcpy(first, words[i].w, (size_t)(sp - words[i].w));
		first[sp - words[i].w] = '\0';
		const word *f = table_find_sorted(first);
		if (!f || !(f->flags & F_LEAD))
			return 0;
	}
	return 1;
}

/*
 * A hash index of the table, which makes a lookup one probe instead of ten string
 * comparisons.  Slots hold an index + 1, 0 when empty.
 */
#define INDEX_SLOTS 2048u
#define FIRST_BITS 65536u

typedef struct windex {
	uint16_t slot[INDEX_SLOTS];
	uint32_t hash[INDEX_SLOTS];   /* the full hash of the slot's word: most probes end here */
	/* a bit for the hash of each table word's first piece: most words of a text
	 * have none (1 in 60 or so collide) and are passed over without a look-up */
	uint64_t first[FIRST_BITS / 64];
	/* the same for the first two pieces of each phrase ("in excess", "at least") */
	uint64_t pair[FIRST_BITS / 64];
	/* the same under ev_whash (hash.h), which the actor tagger hashes each token's first
	 * piece with (amount_find_hashed): first_w as first, and start_w for the words that
	 * can open an amount (can_start), not the stop words ("the", "and") that the table
	 * holds for units, which are a fifth of a text */
	uint64_t first_w[FIRST_BITS / 64];
	uint64_t start_w[FIRST_BITS / 64];
} windex;

/* Under half full, a probe rarely goes past its slot. */
_Static_assert(NELEM(words) < INDEX_SLOTS / 2, "the word table outgrew its index");

static uint32_t word_hash_n(const char *w, size_t n)
{
	return fnv1a(w, n);
}

static uint32_t word_hash(const char *w)
{
	return word_hash_n(w, strlen(w));
}

/* Whether a word found at a token lets it open an amount (the last test of can_start). */
static int opens(const word *w)
{
	return (w->flags & F_LEAD) || w->cls == W_NUM || w->cls == W_FEW || w->cls == W_VAGUE ||
	       w->cls == W_MOD || w->cls == W_INTENS || w->cls == W_CUR || w->cls == W_CURADJ;
}

static void index_build(windex *ix)
{
	memset(ix, 0, sizeof *ix);
	for (size_t i = 0; i < NELEM(words); i++) {
		uint32_t h = word_hash(words[i].w) & (INDEX_SLOTS - 1);
		while (ix->slot[h])
			h = (h + 1) & (INDEX_SLOTS - 1);
		ix->slot[h] = (uint16_t)(i + 1);
		ix->hash[h] = word_hash(words[i].w);
		size_t sp = strcspn(words[i].w, " ");
		uint32_t f = word_hash_n(words[i].w, sp) & (FIRST_BITS - 1);
		ix->first[f / 64] |= 1ULL << (f % 64);
		uint32_t fw = ev_whash(words[i].w, sp) & (FIRST_BITS - 1);
		ix->first_w[fw / 64] |= 1ULL << (fw % 64);
		if (!words[i].w[sp] && opens(&words[i]))
			ix->start_w[fw / 64] |= 1ULL << (fw % 64);
		if (words[i].w[sp]) {
			size_t sp2 = sp + 1 + strcspn(words[i].w + sp + 1, " ");
			uint32_t p = word_hash_n(words[i].w, sp2) & (FIRST_BITS - 1);
			ix->pair[p / 64] |= 1ULL << (p % 64);
		}
	}
}

/* The index is built once for the process and read-only afterwards, shared by threads. */
static windex shared_index;
static pthread_once_t index_once = PTHREAD_ONCE_INIT;

static void index_build_shared(void)
{
	index_build(&shared_index);
}

/* The entry for key, whose hash is h, through the index. */
static const word *table_find_hashed(const windex *ix, const char *key, uint32_t h)
{
	for (uint32_t i = h & (INDEX_SLOTS - 1); ix->slot[i]; i = (i + 1) & (INDEX_SLOTS - 1))
		if (ix->hash[i] == h && strcmp(words[ix->slot[i] - 1].w, key) == 0)
			return &words[ix->slot[i] - 1];
	return NULL;
}

/* The entry for key, through the index when there is one, else by binary search. */
static const word *table_find(const windex *ix, const char *key)
{
	if (!ix)
		return table_find_sorted(key);
	return table_find_hashed(ix, key, word_hash(key));
}

static const word *table_find_sorted(const char *key)
{
	size_t lo = 0, hi = NELEM(words);
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(words[mid].w, key);
		if (c == 0)
			return &words[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* ASCII classes only: the locale must not change what a digit is. */
static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

static int is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || is_upper(c);
}

static char to_lower(char c)
{
	return is_upper(c) ? (char)(c + 32) : c;
}

/* ------------------------------------------------------- tokens, pieces */

/* The matcher's view: a document and the sentence's tokens [sb, end). */
typedef struct lcache lcache;

typedef struct mctx {
	const ev_doc *d;
	const ev_token *t;
	size_t sb, end;
	const windex *ix;   /* NULL: binary search */
	lcache *cache;      /* look-ups already made in this match, or NULL */
	const uint32_t *ph; /* each token's first-piece hash (amount_find_hashed), or NULL */
	const uint32_t *th; /* each token's hash, likewise */
} mctx;

/*
 * A position: token k, byte off inside it.  Words and numbers are read in
 * pieces split at their inner hyphens, so "half-a-trillion", "billion-worth"
 * and "per-cent" read like the separate words, and "75-year-old" can be seen
 * to end inside a token (an adjective, not an amount).
 */
typedef struct cur {
	size_t k, off;
} cur;

static size_t tok_len(const mctx *m, size_t k)
{
	return m->t[k].end - m->t[k].start;
}

static const char *tok_str(const mctx *m, size_t k)
{
	return m->d->body + m->t[k].start;
}

/* The piece at c into *p; its length, 0 at the end of the sentence. */
static size_t piece(const mctx *m, cur c, const char **p)
{
	if (c.k >= m->end)
		return 0;
	const char *s = tok_str(m, c.k) + c.off;
	size_t n = tok_len(m, c.k) - c.off;
	int kind = m->t[c.k].kind;
	if ((kind == EV_TOK_WORD || kind == EV_TOK_NUMBER) && !(m->t[c.k].reserved & TOK_PLAIN)) {
		/* memchr: a loop over the bytes mispredicts its exit at every token (most tokens
		 * are plain and have no hyphen) */
		const char *hy = memchr(s, '-', n);
		if (hy)
			n = (size_t)(hy - s);
	}
	*p = s;
	return n;
}

static cur next_piece(const mctx *m, cur c)
{
	const char *p;
	if (c.k >= m->end)
		return c;
	size_t n = piece(m, c, &p);
	if (c.off + n < tok_len(m, c.k)) {
		c.off += n + 1;
	} else {
		c.k++;
		c.off = 0;
	}
	return c;
}

/* Append the lower-cased piece at c to buf (the period of "pct." or "U.S." left out). */
static int key_piece(const mctx *m, cur c, char *buf, size_t *o, size_t cap)
{
	const char *p;
	size_t n = piece(m, c, &p);
	if (n == 0)
		return 0;
	if (n > 1 && p[n - 1] == '.' && c.off + n == tok_len(m, c.k) &&
	    (m->t[c.k].flags & EV_TF_ABBREV))
		n--;
	if (*o + n + 2 > cap)
		return 0;
	if (*o)
		buf[(*o)++] = ' ';
	for (size_t i = 0; i < n; i++)
		buf[(*o)++] = to_lower(p[i]);
	buf[*o] = '\0';
	return 1;
}

/*
 * The table entries of the longest phrases of up to 1, 2 and 3 pieces at c: res[n] and
 * aft[n] (res[n] NULL when there is none).  Every phrase's first word is in the table with
 * F_LEAD, so most words cost one search.
 */
static void lookup_all(const mctx *m, cur c, const word *res[4], cur aft[4])
{
	char key[64];
	size_t o = 0;
	res[0] = res[1] = res[2] = res[3] = NULL;
	aft[0] = aft[1] = aft[2] = aft[3] = c;
	/* no entry starts with a digit: numbers leave at once */
	if (c.k < m->end && is_digit(m->d->body[m->t[c.k].start + c.off]))
		return;
	/* at the start of a token, the caller's hash of its first piece (of a word) or of all
	 * of it (punctuation and symbols are not cut at hyphens) is the key's: most leave
	 * here without being copied */
	if (m->ph && c.k < m->end && c.off == 0 && !(m->t[c.k].flags & EV_TF_ABBREV)) {
		uint32_t f = (m->t[c.k].kind == EV_TOK_WORD ? m->ph[c.k] : m->th[c.k]) & (FIRST_BITS - 1);
		if (!(m->ix->first_w[f / 64] & (1ULL << (f % 64))))
			return;
	}
	if (!key_piece(m, c, key, &o, sizeof key))
		return;
	/* the key's hash grows with it; a first piece that no entry starts with ends the
	 * look-up at once */
	uint32_t h = word_hash_n(key, o);
	if (m->ix && !(m->ix->first[(h & (FIRST_BITS - 1)) / 64] & (1ULL << (h & 63))))
		return;
	const word *w = m->ix ? table_find_hashed(m->ix, key, h) : table_find(NULL, key);
	if (!w)
		return;
	cur x = next_piece(m, c);
	if (w->cls != W_LEAD) {
		res[1] = w;
		aft[1] = x;
	}
	int np = 2;
	for (; np <= 3 && (w->flags & F_LEAD); np++) {
		size_t o0 = o;
		res[np] = res[np - 1];
		aft[np] = aft[np - 1];
		if (!key_piece(m, x, key, &o, sizeof key))
			break;
		h = fnv1a_more(h, key + o0, o - o0);
		x = next_piece(m, x);
		const word *p = m->ix ? table_find_hashed(m->ix, key, h) : table_find(NULL, key);
		if (p && p->cls != W_LEAD) {
			res[np] = p;
			aft[np] = x;
		}
	}
	for (; np <= 3; np++) {
		res[np] = res[np - 1];
		aft[np] = aft[np - 1];
	}
}

/* The look-ups of one match: the same places are read for modifiers, currencies and
 * number words, and after the number for scales, percent signs and units. */
#define LCACHE_N 4
struct lcache {
	cur c[LCACHE_N];
	const word *res[LCACHE_N][4];
	cur aft[LCACHE_N][4];
	int n, next;
};

/* The entry of the longest phrase of up to maxn (1 to 3) pieces at c; *after is past it. */
static const word *lookup(const mctx *m, cur c, int maxn, cur *after)
{
	const word *res_local[4];
	cur aft_local[4];
	const word **res = res_local;
	cur *aft = aft_local;
	lcache *lc = m->cache;
	if (lc) {
		int i = 0;
		for (; i < lc->n; i++)
			if (lc->c[i].k == c.k && lc->c[i].off == c.off)
				break;
		if (i < lc->n) {
			if (lc->res[i][maxn])
				*after = lc->aft[i][maxn];
			return lc->res[i][maxn];
		}
		/* read straight into the cache's slot */
		i = lc->n < LCACHE_N ? lc->n++ : lc->next++ % LCACHE_N;
		lc->c[i] = c;
		res = lc->res[i];
		aft = lc->aft[i];
	}
	lookup_all(m, c, res, aft);
	if (res[maxn])
		*after = aft[maxn];
	return res[maxn];
}

/* The entry of the whole token k (for the unit, where hyphens stay: "man-hours"). */
static const word *lookup_token(const mctx *m, size_t k)
{
	/* a key of one token is a whole entry of one piece, whose hash first_w holds: the
	 * caller's hash of the token says no to most words at once */
	if (m->th && !(m->t[k].flags & EV_TF_ABBREV)) {
		uint32_t f = m->th[k] & (FIRST_BITS - 1);
		if (!(m->ix->first_w[f / 64] & (1ULL << (f % 64))))
			return NULL;
	}
	char key[32];
	size_t n = tok_len(m, k);
	const char *s = tok_str(m, k);
	if (n > 1 && s[n - 1] == '.' && (m->t[k].flags & EV_TF_ABBREV))
		n--;
	if (n == 0 || n >= sizeof key)
		return NULL;
	for (size_t i = 0; i < n; i++)
		key[i] = to_lower(s[i]);
	key[n] = '\0';
	return table_find(m->ix, key);
}

static int piece_is(const mctx *m, cur c, const char *w)
{
	const char *p;
	size_t n = piece(m, c, &p), wn = strlen(w);
	if (n != wn)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (to_lower(p[i]) != w[i])
			return 0;
	return 1;
}

static int tok_is(const mctx *m, size_t k, const char *s)
{
	size_t n = strlen(s);
	return k < m->end && tok_len(m, k) == n && memcmp(tok_str(m, k), s, n) == 0;
}

static int tok_ieq(const mctx *m, size_t k, const char *s)
{
	cur c = {k, 0};
	return k < m->end && tok_len(m, k) == strlen(s) && piece_is(m, c, s);
}

/* ---------------------------------------------------------------- numbers */

typedef struct numeral {
	double v;
	int digits;     /* written in digits */
	int plain;      /* digits alone (737, 2019): could be a year, a name, a phone number */
	int ndig;       /* how many, when plain */
	int scaled;     /* a scale word or suffix (billion, bn) */
	int weak;       /* a suffix that needs a currency to mean a scale: 3m, 5B, 10k */
	int vague;      /* hundreds of: the value is unknown */
	int words;      /* written in words */
	int pct;        /* 25pc */
	char unit[8];   /* a unit glued on: 60kg */
} numeral;

/* Suffixes glued to digits that scale them; weak ones could be metres or a name (3M). */
static const struct {
	const char *s;
	double scale;
	int weak;
} glued_scales[] = {
	{"b", 1e9, 1}, {"bln", 1e9, 0}, {"bn", 1e9, 0}, {"cr", 1e7, 0}, {"k", 1e3, 1},
	{"m", 1e6, 1}, {"mln", 1e6, 0}, {"mn", 1e6, 0}, {"tn", 1e12, 0}, {"tr", 1e12, 1},
	{"trn", 1e12, 0},
};

/* Units glued to digits (60kg, 10MW); anything else glued (13th, 1990s, 3pm, 5G) is no amount. */
static const char *const glued_units[] = {
	"bpd", "cm", "ft", "gw", "gwh", "ha", "kg", "km", "kmh", "kph", "kw", "kwh", "lb", "lbs",
	"mm", "mph", "mw", "mwh", "twh",
};

/*
 * The value of buf[0..n), digits with at most one period, as strtod reads it, without
 * strtod's cost on most numbers: up to 15 digits are an exact integer, and that integer
 * over an exact power of ten is rounded once, correctly, as strtod rounds.
 */
static double digits_value(const char *buf, size_t n)
{
	static const double p10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8,
	                             1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
	uint64_t v = 0;
	int nd = 0, frac = -1;
	for (size_t i = 0; i < n; i++) {
		if (buf[i] == '.') {
			frac = 0;
			continue;
		}
		if (nd == 15)
			return strtod(buf, NULL);
		v = v * 10 + (uint64_t)(buf[i] - '0');
		nd++;
		if (frac >= 0)
			frac++;
	}
	return frac > 0 ? (double)v / p10[frac] : (double)v;
}

/* Digits as news writes them: 1,000,000  49.1  1.5bn  300bn  60kg.  0 for anything else. */
static int parse_digits(const char *s, size_t n, numeral *nm)
{
	char buf[48];
	size_t i = 0, o = 0;
	int comma = 0, dec = 0;
	while (i < n && is_digit(s[i])) {
		if (o >= 40)
			return 0;
		buf[o++] = s[i++];
	}
	size_t run = i;
	if (run == 0)
		return 0;
	while (i < n && s[i] == ',') {
		/* The tokenizer keeps a comma before exactly three digits; the
		 * first group must still be a group (1,000 but not 10000,000). */
		if (!comma && run > 3)
			return 0;
		comma = 1;
		size_t j = i + 1;
		while (j < n && is_digit(s[j]))
			j++;
		if (j - i - 1 != 3 || o + 3 >= 40)
			return 0;
		memcpy(buf + o, s + i + 1, 3);
		o += 3;
		i = j;
	}
	if (i < n && s[i] == '.') {
		size_t j = i + 1;
		while (j < n && is_digit(s[j]))
			j++;
		if (j == i + 1 || o + (j - i) >= 46)
			return 0;
		memcpy(buf + o, s + i, j - i);
		o += j - i;
		i = j;
		dec = 1;
	}
	buf[o] = '\0';
	const char *suf = s + i;
	size_t sn = n - i;
	char low[8];
	int upper = 0;
	if (sn >= sizeof low)
		return 0;
	for (size_t j = 0; j < sn; j++) {
		if (!is_alpha(suf[j]))
			return 0;   /* 3:30, 1/30/2019, 1.2.3 */
		upper |= is_upper(suf[j]);
		low[j] = to_lower(suf[j]);
	}
	low[sn] = '\0';
	nm->v = digits_value(buf, o);
	nm->digits = 1;
	nm->plain = !comma && !dec && sn == 0;
	nm->ndig = (int)run;
	if (sn == 0)
		return 1;
	for (size_t j = 0; j < NELEM(glued_scales); j++) {
		if (strcmp(low, glued_scales[j].s) == 0) {
			nm->v *= glued_scales[j].scale;
			nm->scaled = 1;
			nm->weak = glued_scales[j].weak || upper;
			return 1;
		}
	}
	if (strcmp(low, "pc") == 0 || strcmp(low, "pct") == 0) {
		nm->pct = 1;
		return 1;
	}
	for (size_t j = 0; j < NELEM(glued_units); j++) {
		if (strcmp(low, glued_units[j]) == 0) {
			str_copy(nm->unit, sizeof nm->unit, strcmp(low, "lbs") ? low : "lb", SIZE_MAX);
			return 1;
		}
	}
	return 0;
}

static int is_ones(const word *w)
{
	return w && w->cls == W_NUM && !(w->flags & (F_ART | F_HALF | F_TENS)) && w->val < 10;
}

/* A ones or tens word after "hundred", with its ones: "(two hundred) fifty-five". */
static double small_number(const mctx *m, cur *c)
{
	cur a, b;
	const word *w = lookup(m, *c, 1, &a);
	if (!w || w->cls != W_NUM || (w->flags & (F_ART | F_HALF)))
		return 0;
	double v = w->val;
	*c = a;
	if ((w->flags & F_TENS) && is_ones(lookup(m, a, 1, &b))) {
		v += lookup(m, a, 1, &b)->val;
		*c = b;
	}
	return v;
}

/*
 * A number in words, before its scales: "three", "twenty-five", "two hundred", "a
 * (billion)", "half-a-(trillion)", and the vague ones whose value is unknown:
 * "dozens of", "tens of thousands of", "several (hundred)".
 */
static int words_at(const mctx *m, cur *c, numeral *nm)
{
	cur a, b;
	const word *w = lookup(m, *c, 2, &a);
	if (!w)
		return 0;
	nm->words = 1;
	if (w->cls == W_FEW) {
		const word *s = lookup(m, a, 1, &b);
		if (!s || s->cls != W_SCALE)
			return 0;
		nm->v = NAN;
		nm->vague = 1;
		*c = a;
		return 1;
	}
	if (w->cls == W_VAGUE) {
		cur x = *c;
		for (;;) {
			const word *v = lookup(m, x, 1, &a);
			if (!v || v->cls != W_VAGUE || !piece_is(m, a, "of"))
				return 0;
			x = next_piece(m, a);
			const word *nx = lookup(m, x, 1, &b);
			if (!nx || nx->cls != W_VAGUE || !(nx->flags & F_VSCALE))
				break;
		}
		nm->v = NAN;
		nm->vague = 1;
		*c = x;
		return 1;
	}
	if (w->cls != W_NUM)
		return 0;
	if (w->flags & F_ART) {
		/* "a" is a number only as in "a billion", "a dozen" */
		const word *s = lookup(m, a, 1, &b);
		if (!s || s->cls != W_SCALE)
			return 0;
		nm->v = 1;
		*c = a;
		return 1;
	}
	if (w->flags & F_HALF) {
		cur x = a;
		const word *s = lookup(m, x, 1, &b);
		if (s && s->cls == W_NUM && (s->flags & F_ART)) {
			x = b;
			s = lookup(m, x, 1, &b);
		}
		if (!s || s->cls != W_SCALE)
			return 0;
		nm->v = 0.5;
		*c = x;
		return 1;
	}
	cur x = *c;
	double v = small_number(m, &x);
	const word *h = lookup(m, x, 1, &b);
	if (h && h->cls == W_SCALE && h->val == 100) {
		v *= 100;
		x = b;
		v += small_number(m, &x);
	}
	nm->v = v;
	*c = x;
	return 1;
}

/* A number at *c, in digits or words, with the scales after it ("1.5 lakh crore"). */
static int numeral_at(const mctx *m, cur *c, numeral *nm)
{
	const char *p;
	memset(nm, 0, sizeof *nm);
	size_t n = piece(m, *c, &p);
	if (n == 0)
		return 0;
	if (is_digit(p[0])) {
		/* digits inside a word (G20, COVID-19) are no number, except after a
		 * glued currency (Rs500), which the caller has stepped over */
		if (m->t[c->k].kind != EV_TOK_NUMBER && c->off == 0)
			return 0;
		if (!parse_digits(p, n, nm))
			return 0;
		*c = next_piece(m, *c);
	} else if (!words_at(m, c, nm)) {
		return 0;
	}
	if (nm->pct || nm->unit[0])
		return 1;
	for (;;) {
		cur a;
		const word *w = lookup(m, *c, 1, &a);
		if (!w || w->cls != W_SCALE)
			break;
		nm->v *= w->val;
		nm->scaled = 1;
		*c = a;
	}
	return 1;
}

/* --------------------------------------------------------------- currency */

/* Is s[0..n) written as the currency word w must be to count (RMB, not rmb; Rs)? */
static int prefix_case_ok(const word *w, const char *s, size_t n)
{
	if (w->flags & F_CODE) {
		for (size_t i = 0; i < n; i++)
			if (!is_upper(s[i]))
				return 0;
		return 1;
	}
	return (w->flags & F_CAPWORD) && is_upper(s[0]);
}

/*
 * A currency written before the number: a symbol ($, US$, HK$, €, ¥), "US $", an ISO
 * code or Rs/Rp/RM ("RMB 100 million", "Rs. 50"), or glued to it (Rs500, RMB100bn).
 * Moves *c to the number.
 */
static const word *currency_before(const mctx *m, cur *c)
{
	cur a, b;
	const word *w;
	if (c->k >= m->end || c->off)
		return NULL;
	const ev_token *t = &m->t[c->k];
	if (t->kind == EV_TOK_SYMBOL) {
		w = lookup(m, *c, 1, &a);
		if (!w || w->cls != W_CUR || !(w->flags & F_SYM))
			return NULL;
		*c = a;
		return w;
	}
	if (t->kind != EV_TOK_WORD)
		return NULL;
	const char *s = tok_str(m, c->k);
	size_t n = tok_len(m, c->k);
	if (t->flags & EV_TF_DIGIT) {
		size_t i = 0;
		char key[8];
		while (i < n && i < sizeof key - 1 && is_alpha(s[i])) {
			key[i] = to_lower(s[i]);
			i++;
		}
		key[i] = '\0';
		if (i == 0 || i >= n || !is_digit(s[i]))
			return NULL;
		w = table_find(m->ix, key);
		if (!w || w->cls != W_CUR || !prefix_case_ok(w, s, i))
			return NULL;
		c->off = i;
		return w;
	}
	w = lookup(m, *c, 2, &a);
	if (w && w->cls == W_CURADJ && !a.off) {
		/* "US $75 billion" */
		const word *sym = lookup(m, a, 1, &b);
		if (!sym || sym->cls != W_CUR || !(sym->flags & F_SYM) || sym->grp != w->grp)
			return NULL;
		*c = b;
		return w;   /* its code: the adjective's */
	}
	if (!w || w->cls != W_CUR || a.off || !(w->flags & (F_CODE | F_CAPWORD)) ||
	    !prefix_case_ok(w, s, n - ((t->flags & EV_TF_ABBREV) ? 1 : 0)))
		return NULL;
	*c = a;
	/* "Rs. 500": the period is a token of its own */
	if ((w->flags & F_CAPWORD) && c->k + 1 < m->end && tok_is(m, c->k, ".") &&
	    !(m->t[c->k].flags & EV_TF_SPACE_BEFORE) && m->t[c->k + 1].kind == EV_TOK_NUMBER)
		c->k++;
	return w;
}

/* A currency after the number: "dollars", "Hong Kong dollars", "mln dlrs", "RMB", "5 €". */
static int currency_after(const mctx *m, cur c, const numeral *nm, cur *after,
                          const char **code, double *mult)
{
	cur a, b;
	const word *w = lookup(m, c, 2, &a);
	if (!w)
		return 0;
	if (w->cls == W_CURADJ) {
		const word *n = lookup(m, a, 1, &b);
		if (!n || n->cls != W_CUR || n->grp != w->grp ||
		    (n->flags & (F_SYM | F_CODE | F_CAPWORD)))
			return 0;
		*code = w->code;
		*mult = n->val;
		*after = b;
		return 1;
	}
	if (w->cls != W_CUR || (w->flags & (F_CAPWORD | F_NEEDADJ)))
		return 0;
	if ((w->flags & F_SYM) && !(w->flags & F_SUFFIX))
		return 0;
	if ((w->flags & F_CODE) && !(m->t[c.k].flags & EV_TF_UPPER))
		return 0;
	/* "200 pounds" is a weight, "5 million pounds" money */
	if ((w->flags & F_NEEDSCALE) && !nm->scaled)
		return 0;
	*code = w->code;
	*mult = w->val;
	*after = a;
	return 1;
}

/* ¥ is the yen unless the sentence speaks of yuan. */
static int sentence_says_yuan(const mctx *m)
{
	for (size_t k = m->sb; k < m->end; k++)
		if (tok_ieq(m, k, "yuan") || tok_ieq(m, k, "rmb") || tok_ieq(m, k, "cny") ||
		    tok_ieq(m, k, "renminbi"))
			return 1;
	return 0;
}

/* ------------------------------------------------------------------ units */

enum { N_NONE, N_NOUN, N_PREMOD, N_TIME };

static int ends_with(const char *s, size_t n, const char *suf)
{
	size_t sn = strlen(suf);
	return n >= sn && memcmp(s + n - sn, suf, sn) == 0;
}

/* Plurals without an s: people and their kind, which the year test needs ("killed 1990
 * people" is no year). */
static const char *const irregular_plurals[] = {
	"children", "men", "people", "personnel", "police", "women",
};

/* 2 for the plurals above (people, men), 1 for others (troops), 0 for a singular. */
static int looks_plural(const char *low, size_t n)
{
	for (size_t i = 0; i < NELEM(irregular_plurals); i++)
		if (low[0] == irregular_plurals[i][0] && strcmp(low, irregular_plurals[i]) == 0)
			return 2;   /* (the first letter first: most units match none) */
	return n > 2 && low[n - 1] == 's' && !ends_with(low, n, "ss") && !ends_with(low, n, "us") &&
	       !ends_with(low, n, "is");
}

/* What token k can be after a number: the unit noun, a word before it, a time or date. */
static int noun_kind(const mctx *m, size_t k)
{
	const ev_token *t = &m->t[k];
	if (t->kind != EV_TOK_WORD || (t->flags & (EV_TF_DIGIT | EV_TF_CLITIC)))
		return N_NONE;
	const word *w = lookup_token(m, k);
	if (w && w->cls != W_LEAD) {
		switch (w->cls) {
		case W_TUNIT:
		case W_TIMEW:
			return N_TIME;
		case W_MONTH:
			/* "30 January"; a lower-case "may" is the verb */
			return (t->flags & EV_TF_CAP) ? N_TIME : N_NONE;
		case W_PREMOD:
			return N_PREMOD;
		case W_CURADJ:
			return (t->flags & EV_TF_CAP) ? N_PREMOD : N_NONE;
		case W_CUR:
			return (w->flags & F_NOUNIT) ? N_NONE : N_NOUN;
		}
		return N_NONE;
	}
	const char *s = tok_str(m, k);
	size_t n = tok_len(m, k);
	if (!is_alpha(s[0]) && !((unsigned char)s[0] >= 0x80))
		return N_NONE;
	if (t->flags & EV_TF_CAP) {
		/* "70 Palestinians" counts people; "5 U.S. soldiers" has an adjective
		 * first; "737 MAX" is a name (no noun follows) */
		char low[32];
		if (n >= sizeof low || (t->flags & (EV_TF_UPPER | EV_TF_ABBREV)))
			return N_PREMOD;
		for (size_t i = 0; i < n; i++)
			low[i] = to_lower(s[i]);
		low[n] = '\0';
		return looks_plural(low, n) ? N_NOUN : N_PREMOD;
	}
	if ((t->flags & EV_TF_ABBREV) || n < 2)
		return N_NONE;   /* "etc.", "5 x 10" */
	/* verbs and adverbs right after a number: "70 died", "5 rising", "only" */
	if (n > 4 && (ends_with(s, n, "ed") || ends_with(s, n, "ing") || ends_with(s, n, "ly")))
		return N_NONE;
	return N_NOUN;
}

/* Words the naive singular must leave alone. */
static const char *const same_plural[] = {
	"aircraft", "cattle", "data", "deer", "earnings", "fish", "headquarters", "means",
	"news", "people", "personnel", "police", "proceeds", "savings", "series", "sheep",
	"species", "staff",
};

static const struct {
	const char *pl, *sg;
} irregular_singular[] = {
	{"children", "child"}, {"feet", "foot"}, {"geese", "goose"}, {"lbs", "lb"},
	{"lives", "life"}, {"men", "man"}, {"mice", "mouse"}, {"teeth", "tooth"},
	{"wives", "wife"}, {"women", "woman"},
};

/* Naive singular, in place: casualties → casualty, taxes → tax, troops → troop. */
static void singularize(char *w)
{
	size_t n = strlen(w);
	for (size_t i = 0; i < NELEM(same_plural); i++)
		if (w[0] == same_plural[i][0] && strcmp(w, same_plural[i]) == 0)
			return;
	for (size_t i = 0; i < NELEM(irregular_singular); i++) {
		if (w[0] == irregular_singular[i].pl[0] && strcmp(w, irregular_singular[i].pl) == 0) {
			strcpy(w, irregular_singular[i].sg);   /* never longer */
			return;
		}
	}
	if (n > 4 && ends_with(w, n, "ies")) {
		strcpy(w + n - 3, "y");
	} else if ((n > 4 && (ends_with(w, n, "ches") || ends_with(w, n, "shes") ||
	                      ends_with(w, n, "sses") || ends_with(w, n, "xes") ||
	                      ends_with(w, n, "zzes"))) ||
	           (n > 6 && ends_with(w, n, "oes"))) {   /* cargoes, potatoes; not shoes */
		w[n - 2] = '\0';
	} else if (n > 3 && w[n - 1] == 's' && !ends_with(w, n, "ss") && !ends_with(w, n, "us") &&
	           !ends_with(w, n, "is")) {
		w[n - 1] = '\0';
	}
}

/* Copy token k, lower-cased (ASCII) and cut on a character boundary, into unit[cap]. */
static void copy_unit(const mctx *m, size_t k, char *unit, size_t cap, int *plural)
{
	const char *s = tok_str(m, k);
	size_t n = tok_len(m, k);
	if (n >= cap) {
		n = cap - 1;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;   /* do not split a UTF-8 sequence */
	}
	for (size_t i = 0; i < n; i++)
		unit[i] = to_lower(s[i]);
	unit[n] = '\0';
	*plural = looks_plural(unit, n);
	singularize(unit);
}

/*
 * The unit noun after a number at token k: "troops", "more troops", "U.S. soldiers".
 * 1 with the unit and *e past it; 0 when there is none; -1 when the word makes the
 * number a duration, a time or a date (30 days, 3 p.m., 30 January), not an amount.
 */
static int unit_after(const mctx *m, size_t k, char *unit, size_t cap, size_t *e, int *plural)
{
	for (int i = 0; i < 3 && k < m->end; i++, k++) {
		int r = noun_kind(m, k);
		if (r == N_TIME)
			return -1;
		if (r == N_NOUN) {
			copy_unit(m, k, unit, cap, plural);
			/* The head of a compound is its last noun: "two security tools",
			 * "400 main brands".  A plural after a singular is taken as it. */
			if (!*plural && k + 1 < m->end && !(m->t[k + 1].flags & EV_TF_CAP) &&
			    noun_kind(m, k + 1) == N_NOUN) {
				char next[32];
				int pl;
				copy_unit(m, k + 1, next, sizeof next, &pl);
				if (pl)
					copy_unit(m, ++k, unit, cap, plural);
			}
			*e = k + 1;
			return 1;
		}
		if (r != N_PREMOD)
			return 0;
	}
	return 0;
}

/* --------------------------------------------------------------- matching */

static int is_cap_word(const mctx *m, size_t k)
{
	return m->t[k].kind == EV_TOK_WORD && (m->t[k].flags & EV_TF_CAP);
}

/* Function words and modifiers may open a sentence before a number ("The 70", "About 70"). */
static int opener_word(const word *w)
{
	return w && (w->cls == W_STOP || w->cls == W_MOD || w->cls == W_NUM || w->cls == W_INTENS ||
	             w->cls == W_PREMOD || w->cls == W_FEW);
}

/* Words before a year: "in 1850", "the 1986 results", "its 1987 sales". */
static int year_word(const mctx *m, size_t k, int determiners)
{
	static const char *const preps[] = {
		"after", "before", "during", "from", "in", "since", "till", "until",
	};
	static const char *const dets[] = {
		"'s", "fiscal", "her", "his", "its", "last", "next", "our", "that", "the", "their",
		"this", "\xE2\x80\x99s",
	};
	for (size_t i = 0; i < NELEM(preps); i++)
		if (tok_ieq(m, k, preps[i]))
			return 1;
	for (size_t i = 0; determiners && i < NELEM(dets); i++)
		if (tok_ieq(m, k, dets[i]))
			return 1;
	return 0;
}

/*
 * A quantity in digits that is really something else: a year ("in 2019"), part of a
 * name ("Boeing 737", "737 MAX"), a date ("Jan. 30"), a phone number ("555 1234").
 * k0 is the numeral's token, e the token after the amount.
 */
static int digits_ok(const mctx *m, size_t k0, size_t e, const numeral *nm, int has_unit,
                     int plural)
{
	int has_prev = k0 > m->sb;
	size_t prev = k0 - 1;
	if (has_prev && is_cap_word(m, prev)) {
		const word *w = lookup_token(m, prev);
		if (w && w->cls == W_MONTH)
			return 0;   /* Jan. 30 */
		if (nm->plain && !opener_word(w))
			return 0;   /* Boeing 737, Flight 2019 */
	}
	if (has_prev && nm->plain && (m->t[prev].flags & EV_TF_ABBREV))
		return 0;   /* No. 2, Vol. 3, Art. 5 */
	if (!nm->plain)
		return 1;
	if (nm->ndig > 1 && tok_str(m, k0)[0] == '0')
		return 0;   /* 007, 05: codes, not counts */
	if (nm->ndig == 4 && nm->v >= 1900 && nm->v <= 2099) {
		/* A year, as in "in 2019", "the 2020 election", "had 1986 sales": edited
		 * news writes counts this large with a comma.  Only people counted
		 * mid-sentence are a quantity ("killed 1990 people"), as timex agrees. */
		if (!(has_unit && plural == 2) || !has_prev || year_word(m, prev, 1))
			return 0;
	}
	if (nm->ndig == 4 && nm->v >= 1000 && nm->v < 1900 && has_prev && !has_unit &&
	    year_word(m, prev, 0))
		return 0;   /* in 1850 */
	if (!has_unit && e < m->end && is_cap_word(m, e))
		return 0;   /* 737 MAX */
	/* phone numbers: +1 212 555 1234, (212) 555-1234 */
	if (has_prev && (m->t[prev].kind == EV_TOK_NUMBER || tok_is(m, prev, "+") ||
	                 tok_is(m, prev, "#")))
		return 0;
	if (!has_unit && e < m->end && m->t[e].kind == EV_TOK_NUMBER)
		return 0;
	if (has_prev && tok_is(m, prev, "(") && tok_is(m, e, ")") && e + 1 < m->end &&
	    m->t[e + 1].kind == EV_TOK_NUMBER)
		return 0;
	return 1;
}

/* A minus sign glued to the number after it, not to a word before it ("fell -0.5%"). */
static int minus_at(const mctx *m, size_t k)
{
	if (k + 1 >= m->end)
		return 0;
	/* most punctuation is told apart by its first byte */
	char c0 = m->d->body[m->t[k].start];
	if (c0 != '-' && c0 != '\xE2')
		return 0;
	return (tok_is(m, k, "-") || tok_is(m, k, "\xE2\x88\x92")) &&
	       m->t[k + 1].kind == EV_TOK_NUMBER && !(m->t[k + 1].flags & EV_TF_SPACE_BEFORE) &&
	       (k == m->sb || (m->t[k].flags & EV_TF_SPACE_BEFORE));
}

static int match(const mctx *m0, size_t k, amount *out)
{
	lcache cache;
	cache.n = cache.next = 0;
	mctx mc = *m0;
	mc.cache = &cache;
	const mctx *m = &mc;
	cur c = {k, 0}, a;
	const char *mod = "";

	/* modifiers: more than, about, at least, just over */
	const word *w = lookup(m, c, 3, &a);
	if (w && w->cls == W_INTENS) {
		w = lookup(m, a, 3, &a);
		if (!w || w->cls != W_MOD)
			return 0;
	}
	if (w && w->cls == W_MOD) {
		if (a.off)
			return 0;
		mod = w->code;
		c = a;
	}

	/* the currency before the number, and a sign */
	const word *pre = currency_before(m, &c);
	const char *code = pre ? pre->code : "";
	int neg = 0;
	if (!c.off && minus_at(m, c.k)) {
		neg = 1;
		c.k++;
	}

	numeral nm;
	size_t k0 = c.k;
	if (!numeral_at(m, &c, &nm))
		return 0;
	if (neg)
		nm.v = -nm.v;

	int kind = pre ? AMOUNT_MONEY : 0, has_unit = 0, plural = 0;
	char unit[sizeof out->unit] = "";
	if (nm.pct || nm.unit[0]) {
		if (pre)
			return 0;
		kind = nm.pct ? AMOUNT_PERCENT : AMOUNT_QUANTITY;
		str_copy(unit, sizeof unit, nm.unit, SIZE_MAX);
		has_unit = nm.unit[0] != '\0';
	}
	if (!kind) {
		w = lookup(m, c, 2, &a);
		if (w && w->cls == W_PCT) {
			kind = AMOUNT_PERCENT;
			c = a;
		} else if (w && w->cls == W_PPOINT) {
			kind = AMOUNT_QUANTITY;
			str_copy(unit, sizeof unit, w->code, SIZE_MAX);
			has_unit = 1;
			c = a;
		}
	}
	if (!kind || kind == AMOUNT_MONEY) {
		const char *sc;
		double mult;
		if (currency_after(m, c, &nm, &a, &sc, &mult)) {
			if (!kind) {
				kind = AMOUNT_MONEY;
				code = sc;
				nm.v *= mult;
				c = a;
			} else if (strcmp(sc, code) == 0 ||
			           ((pre->flags & F_YENSYM) && strcmp(sc, "CNY") == 0)) {
				code = sc;   /* "US$5 billion dollars", "¥2 trillion yuan" */
				c = a;
			}
		}
	}
	if (kind == AMOUNT_MONEY && pre && (pre->flags & F_YENSYM) && strcmp(code, "JPY") == 0 &&
	    sentence_says_yuan(m))
		code = "CNY";

	/* the rest of a hyphenated token: "billion-worth", "billion-plus" */
	while (c.off) {
		if (piece_is(m, c, "plus")) {
			if (!*mod)
				mod = "MORE_THAN";
		} else if (!piece_is(m, c, "worth")) {
			return 0;   /* 75-year-old, 5,000-strong, 2019-01-30 */
		}
		c = next_piece(m, c);
	}

	if (!kind) {
		kind = AMOUNT_QUANTITY;
		size_t e;
		int r = unit_after(m, c.k, unit, sizeof unit, &e, &plural);
		if (r < 0)
			return 0;
		if (r > 0) {
			/* "Three Gorges", "the Seven Sisters": names */
			if (nm.words && (m->t[e - 1].flags & EV_TF_CAP))
				return 0;
			has_unit = 1;
			c.k = e;
		}
	}

	/* modifiers after: "or more", "or so" */
	w = lookup(m, c, 2, &a);
	if (w && w->cls == W_SUFMOD && !a.off) {
		if (!*mod)
			mod = w->code;
		c = a;
	}
	if (nm.vague && !*mod)
		mod = "APPROX";

	if (nm.weak && kind != AMOUNT_MONEY)
		return 0;   /* 3M, 100m: a name or metres without a currency */
	if (kind == AMOUNT_QUANTITY) {
		if (nm.words && !has_unit && (nm.vague || !nm.scaled))
			return 0;   /* "three", "hundreds of" alone */
		if (nm.words && !nm.scaled && !nm.vague && nm.v < 2)
			return 0;   /* "one reason" */
		if (nm.digits && !digits_ok(m, k0, c.k, &nm, has_unit, plural))
			return 0;
	}

	memset(out, 0, sizeof *out);
	out->b = k;
	out->e = c.k;
	out->kind = kind;
	out->value = nm.v;
	if (kind == AMOUNT_MONEY)
		str_copy(out->currency, sizeof out->currency, code, SIZE_MAX);
	if (kind == AMOUNT_QUANTITY)
		memcpy(out->unit, unit, sizeof out->unit);
	out->mod = mod;
	return 1;
}

/* The first token of the sentence that holds token k (0 without sentences). */
static size_t sentence_begin(const ev_doc *doc, size_t k)
{
	size_t lo = 0, hi = doc->nsents;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (doc->sents[mid].tok_begin <= k)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo ? doc->sents[lo - 1].tok_begin : 0;
}

int amount_match(const ev_doc *doc, size_t k, size_t end, amount *out)
{
	if (!doc || !doc->tokens || !out || end > doc->ntokens || k >= end)
		return 0;
	size_t sb = sentence_begin(doc, k);
	mctx m = {doc, doc->tokens, sb <= k ? sb : k, end, NULL, NULL, NULL, NULL};
	return match(&m, k, out);
}

/*
 * Can token k open an amount?  A quick test before the matcher: a number, a currency
 * symbol, a minus sign, a word with glued digits (Rs500), or a word of the table that
 * can come first (a modifier, a number word, a currency, the start of a phrase).
 */
static int can_start(const mctx *m, const uint32_t *ph, size_t k)
{
	const ev_token *t = &m->t[k];
	cur c = {k, 0}, a;
	const word *w;
	if (ph) {
		/* one test, seldom mispredicted, for most tokens: a plain word whose first piece
		 * opens nothing, punctuation that is no minus sign, a URL or CJK */
		uint32_t f = ph[k] & (FIRST_BITS - 1);
		int no_open = !((m->ix->start_w[f / 64] >> (f % 64)) & 1);
		unsigned char c0 = (unsigned char)m->d->body[t->start];
		int pass = ((t->kind == EV_TOK_WORD) & !(t->flags & (EV_TF_DIGIT | EV_TF_ABBREV)) & no_open) |
		           ((t->kind == EV_TOK_PUNCT) & (c0 != '-') & (c0 != 0xE2)) |
		           (t->kind == EV_TOK_URL) | (t->kind == EV_TOK_CJK);
		if (pass)
			return 0;
	}
	switch (t->kind) {
	case EV_TOK_NUMBER:
		return 1;
	case EV_TOK_PUNCT:
		return minus_at(m, k);
	case EV_TOK_SYMBOL:
		w = lookup(m, c, 1, &a);
		return w && w->cls == W_CUR;
	case EV_TOK_WORD: {
		if (t->flags & EV_TF_DIGIT)
			return 1;
		/* the caller's hash of the first piece answers most words with one bit test; an
		 * abbreviation's key drops its period, so it is hashed below */
		if (ph && !(t->flags & EV_TF_ABBREV)) {
			uint32_t f = ph[k] & (FIRST_BITS - 1);
			if (!(m->ix->start_w[f / 64] & (1ULL << (f % 64))))
				return 0;
		}
		/* a quick no for words the table cannot hold: the piece key_piece would
		 * make, hashed as it is lower-cased, against the table's first pieces */
		/* the first piece, role-less leads included (lookup would skip them), as
		 * key_piece makes it: lower case, the period of an abbreviation left out */
		char key[32];
		if (m->ix) {
			const char *p;
			size_t n = piece(m, c, &p);
			if (n > 1 && p[n - 1] == '.' && n == tok_len(m, k) &&
			    (t->flags & EV_TF_ABBREV))
				n--;
			if (n == 0 || n + 2 > sizeof key)
				return 0;
			uint32_t h = 2166136261u;
			for (size_t i = 0; i < n; i++) {
				key[i] = to_lower(p[i]);
				h = (h ^ (unsigned char)key[i]) * 16777619u;
			}
			key[n] = '\0';
			uint32_t f = h & (FIRST_BITS - 1);
			if (!(m->ix->first[f / 64] & (1ULL << (f % 64))) ||
			    !(w = table_find_hashed(m->ix, key, h)))
				return 0;
			/* a word with no role of its own that only leads phrases ("in", "at", "as")
			 * opens an amount only with such a phrase: most are followed by a word that
			 * no phrase has second */
			int lead_only = (w->cls == W_STOP || w->cls == W_LEAD) && (w->flags & F_LEAD);
			/* "a" and "an" are a number only before a scale ("a billion"), and a currency
			 * adjective ("U.S.", "American") a currency only before its symbol or in a
			 * phrase ("U.S. dollars"): the next piece must be a word of the table */
			int needs_next = (w->cls == W_NUM && (w->flags & F_ART)) || w->cls == W_CURADJ;
			if (lead_only || needs_next) {
				size_t o = n;
				cur x = next_piece(m, c);
				if (!key_piece(m, x, key, &o, sizeof key))
					return 0;
				uint32_t b2 = fnv1a_more(h, key + n, o - n) & (FIRST_BITS - 1);
				uint32_t b1 = word_hash_n(key + n + 1, o - n - 1) & (FIRST_BITS - 1);
				if (!(m->ix->pair[b2 / 64] & (1ULL << (b2 % 64))) &&
				    !(needs_next && (m->ix->first[b1 / 64] & (1ULL << (b1 % 64)))))
					return 0;
			}
		} else {
			size_t o = 0;
			if (!key_piece(m, c, key, &o, sizeof key) || !(w = table_find(NULL, key)))
				return 0;
		}
		return opens(w);
	}
	}
	return 0;
}

/*
 * "Rs. 500 crore": the sentence splitter ends a sentence at "Rs." before a number.
 * Is token k such an "Rs" at the end of sentence s, with a number opening the next?
 */
static int split_prefix(const ev_doc *doc, size_t s, size_t k)
{
	const mctx m = {doc, doc->tokens, doc->sents[s].tok_begin, doc->sents[s].tok_end, NULL, NULL,
	                NULL, NULL};
	if (s + 1 >= doc->nsents || k + 2 != m.end || !tok_is(&m, k + 1, "."))
		return 0;
	size_t nb = doc->sents[s + 1].tok_begin;
	/* the word is looked up last: almost every sentence ends in a word and "." */
	if (nb != k + 2 || nb >= doc->ntokens || doc->tokens[nb].kind != EV_TOK_NUMBER)
		return 0;
	const word *w = lookup_token(&m, k);
	return w && w->cls == W_CUR && (w->flags & F_CAPWORD);
}

size_t amount_find(const ev_doc *doc, amount *out, size_t max)
{
	return amount_find_hashed(doc, NULL, NULL, out, max);
}

size_t amount_find_hashed(const ev_doc *doc, const uint32_t *th, const uint32_t *ph, amount *out,
                          size_t max)
{
	if (!doc || !doc->tokens)
		return 0;
	size_t found = 0, k = 0;
	size_t ns = doc->nsents ? doc->nsents : 1;
	pthread_once(&index_once, index_build_shared);
	const windex *ixp = &shared_index;
	for (size_t s = 0; s < ns; s++) {
		size_t sb = doc->nsents ? doc->sents[s].tok_begin : 0;
		size_t se = doc->nsents ? doc->sents[s].tok_end : doc->ntokens;
		if (se > doc->ntokens)
			se = doc->ntokens;
		if (k < sb)
			k = sb;   /* else an amount ran on from the last sentence ("Rs. 500") */
		mctx m = {doc, doc->tokens, sb, se, ixp, NULL, th && ph ? ph : NULL, th};
		while (k < se) {
			if (!can_start(&m, m.ph, k)) {
				k++;   /* most tokens */
				continue;
			}
			amount a;
			mctx mm = m;
			if (doc->nsents && k + 2 == se && split_prefix(doc, s, k))
				mm.end = doc->sents[s + 1].tok_end;
			if (match(&mm, k, &a)) {
				if (found < max)
					out[found] = a;
				found++;
				k = a.e;
			} else {
				k++;
			}
		}
	}
	return found;
}
