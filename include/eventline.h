/*
 * eventline.h - the public C API of libeventline.
 *
 * News articles in; tokens, sentences (and, as the pipeline grows, dated and
 * coded events) out.  This is the only public header: everything else in src/
 * is internal.  The library never prints and never exits; problems come back
 * as ev_status codes with an ev_error, or through a diagnostic callback for
 * problems that do not stop the work (a bad line in a batch, a replaced byte).
 */
#ifndef EVENTLINE_H
#define EVENTLINE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define EV_VERSION "0.1.0"

/* ---------------------------------------------------------------- status */

typedef enum ev_status {
	EV_OK = 0,
	EV_DONE = 1,            /* iteration finished: no more items */
	EV_ERR_NOMEM = -1,      /* out of memory: stop */
	EV_ERR_IO = -2,         /* a file could not be opened or read */
	EV_ERR_FORMAT = -3,     /* malformed input (JSON, TimeML, header) */
	EV_ERR_ENCODING = -4,   /* invalid UTF-8, NUL bytes, binary data */
	EV_ERR_USAGE = -5,      /* a bad argument from the caller */
	EV_ERR_LIMIT = -6,      /* input over a size limit */
	EV_ERR_STORE = -7       /* the database failed (locked, full, corrupt) */
} ev_status;

/* Severity of a diagnostic passed to an ev_diag_fn. */
typedef enum ev_severity {
	EV_WARNING = 1,   /* repaired; the document is still processed */
	EV_ERROR = 2      /* this record or file was skipped */
} ev_severity;

/** An error or warning: a message and where it happened. */
typedef struct ev_error {
	ev_status status;
	ev_severity severity;
	char file[512];     /* input name ("-" for stdin), or "" */
	long line;          /* 1-based line in the file, or 0 when unknown */
	long offset;        /* byte offset in the document body, or -1 */
	char msg[512];
} ev_error;

/** Called for each problem that does not stop the batch. */
typedef void (*ev_diag_fn)(void *ud, const ev_error *err);

/** A short English name for a status code. */
const char *ev_status_str(ev_status st);

/* ------------------------------------------------------------- documents */

/** Input formats the reader understands (each may also be gzip-compressed). */
typedef enum ev_format {
	EV_FORMAT_AUTO = 0,   /* by file extension, else by sniffing the content */
	EV_FORMAT_TEXT,       /* plain text, with optional header lines */
	EV_FORMAT_JSONL,      /* one JSON object a line: id, date, source, title, url, text */
	EV_FORMAT_TIMEML      /* TimeML (.tml): DCT and TEXT */
} ev_format;

/** Token kinds. */
typedef enum ev_tok_kind {
	EV_TOK_WORD = 1,     /* letters, possibly with inner hyphens/apostrophes/periods (U.S.) */
	EV_TOK_NUMBER,       /* 49.1, 1,000, 13th, 2019-01-30, 1/30/2019, 3:30 */
	EV_TOK_PUNCT,        /* . , ; : ! ? quotes brackets dashes ... */
	EV_TOK_SYMBOL,       /* $ % & + = / and other symbols, currency (US$, €) */
	EV_TOK_URL,          /* http://..., www...., e-mail addresses */
	EV_TOK_CJK           /* a run of Han, kana or Hangul characters */
} ev_tok_kind;

/* Token flags. */
#define EV_TF_SPACE_BEFORE   0x01u  /* whitespace precedes the token */
#define EV_TF_NEWLINE_BEFORE 0x02u  /* a line break precedes the token */
#define EV_TF_PARA_BEFORE    0x04u  /* a blank line (paragraph break) precedes it */
#define EV_TF_CAP            0x08u  /* first character is upper case */
#define EV_TF_UPPER          0x10u  /* upper-case letters, no lower-case ones, 2+ characters */
#define EV_TF_ABBREV         0x20u  /* ends with a period that belongs to it (Jan., U.S.) */
#define EV_TF_CLITIC         0x40u  /* 's, 're, n't ... split off a word */
#define EV_TF_DIGIT          0x80u  /* contains a digit */

/** A token: a span of the document body, never a copy. */
typedef struct ev_token {
	uint32_t start, end;   /* byte offsets into the body */
	uint8_t kind;          /* ev_tok_kind */
	uint8_t flags;         /* EV_TF_* */
	uint16_t reserved;
} ev_token;

/** A sentence: a span of the body and its range of tokens [tok_begin, tok_end). */
typedef struct ev_sentence {
	uint32_t start, end;
	uint32_t tok_begin, tok_end;
} ev_sentence;

/** A span marked up in the source (a TimeML TIMEX3 in a .tml file). */
typedef struct ev_markup {
	uint32_t start, end;   /* body offsets of the marked text */
	const char *tag;       /* element name, e.g. "TIMEX3" */
	const char *attrs;     /* the raw attribute text of the start tag */
} ev_markup;

/** TimeML 1.2 TIMEX3 types. */
typedef enum ev_timex_type {
	EV_TIMEX_DATE = 1,
	EV_TIMEX_TIME,
	EV_TIMEX_DURATION,
	EV_TIMEX_SET
} ev_timex_type;

/**
 * A temporal expression (TimeML 1.2 TIMEX3): its span, type, normalized value
 * ("2019-01-30", "2019-W05", "2019-09-05TMO", "P3Y", "XXXX-08-01",
 * "PRESENT_REF") and modifier ("START", "MID", "END", "APPROX", "BEFORE",
 * "AFTER", ... or "" when there is none).
 */
typedef struct ev_timex {
	uint32_t start, end;           /* byte offsets into the body */
	uint32_t tok_begin, tok_end;   /* its tokens [tok_begin, tok_end) */
	uint8_t type;                  /* ev_timex_type */
	char value[40];
	char mod[16];
} ev_timex;

/** Mention types: named actors and places, and amounts. */
typedef enum ev_mention_type {
	EV_MEN_PER = 1,    /* a person, or a person named by role ("the vice premier") */
	EV_MEN_ORG,        /* an organization, institution or group */
	EV_MEN_GPE,        /* a country, city or other political place */
	EV_MEN_LOC,        /* a place that is not political (a sea, a region) */
	EV_MEN_NORP,       /* a nationality or group adjective ("Chinese") */
	EV_MEN_MONEY,
	EV_MEN_PERCENT,
	EV_MEN_QUANTITY
} ev_mention_type;

/** An actor of a document: every mention of it shares the entity. */
typedef struct ev_entity {
	const char *id;           /* stable id: "liu_he", "chn", "gao_feng" */
	const char *canonical;    /* display name: "Liu He" */
	const char *alias;        /* a CJK alias seen in the text ("劉鶴"), or NULL; later
	                           * mentions in either script (刘鹤) resolve to it */
	char code[16];            /* CAMEO code in force at the document date: "CHNGOV" */
	char country[4];          /* ISO 3166-1 alpha-3, or "" */
	char role[4];             /* CAMEO role code, or "" */
	uint8_t type;             /* ev_mention_type */
	uint8_t gender;           /* a person's: 'm' or 'f' from a given name, or 0 */
	uint32_t first_tok;       /* its first mention's first token */
} ev_entity;

/** A mention: a span of the body naming an actor, a place or an amount. */
/** The code of an actor whose mention makes the coder pass over its sentence
 *  (TABARI's discard code, "NASGUL [###]"). */
#define EV_DISCARD_CODE "###"

typedef struct ev_mention {
	uint32_t start, end;           /* byte offsets into the body */
	uint32_t tok_begin, tok_end;
	uint32_t name_begin;           /* the name's first token: "Liu He" in "Vice Premier Liu He" */
	uint8_t type;                  /* ev_mention_type */
	uint8_t nominal;               /* named by a role only ("the vice premier") */
	int32_t entity;                /* index into doc->entities, -1 for amounts */
	char code[16];                 /* CAMEO code ("CHNGOV"), or "" when unknown */
	char country[4];
	char role[4];
	double value;                  /* amounts: 7.5e10; percent as 25 */
	char currency[4];              /* ISO 4217 for money */
	char unit[24];                 /* the unit of a quantity ("products") */
	const char *mod;               /* "" or MORE_THAN, APPROX, ... */
} ev_mention;

typedef struct ev_arena ev_arena;

/**
 * A document: its body and every layer the pipeline adds.  All memory,
 * strings included, lives in the document's arena; ev_doc_free releases it.
 */
typedef struct ev_doc {
	const char *id;        /* JSON id, else the file name without extensions */
	const char *path;      /* the input it came from ("-" for stdin) */
	long line;             /* 1-based line of the record in its file (JSONL), else 1 */
	const char *body;      /* UTF-8 text, NUL-terminated; offsets refer to it */
	size_t len;            /* body length in bytes */
	char dct[11];          /* document date YYYY-MM-DD, or "" when unknown */
	const char *source;    /* publisher, or NULL */
	const char *title;     /* title, or NULL */
	const char *url;       /* URL, or NULL */

	ev_token *tokens;      /* filled by ev_tokenize */
	size_t ntokens;
	ev_sentence *sents;    /* filled by ev_split_sentences */
	size_t nsents;
	ev_timex *timexes;     /* filled by ev_timex_tag */
	size_t ntimexes;
	ev_mention *mentions;  /* filled by ev_actors_tag */
	size_t nmentions;
	ev_entity *entities;
	size_t nentities;
	struct ev_event *events; /* filled by ev_events_code */
	size_t nevents;
	ev_markup *markup;     /* inline markup of TimeML input */
	size_t nmarkup;

	ev_arena *arena;
} ev_doc;

/** Make a document from a body (copied; invalid UTF-8 replaced with U+FFFD);
 *  id may be NULL ("doc"). */
ev_status ev_doc_new(const char *id, const char *body, size_t len,
                     ev_doc **out /* OUT */);
/** Free a document and every layer on it.  NULL is allowed. */
void ev_doc_free(ev_doc *doc);

/** Is s a valid calendar date of the form YYYY-MM-DD? */
int ev_date_valid(const char *s, size_t len);

/* ---------------------------------------------------------------- reader */

typedef struct ev_reader ev_reader;

typedef struct ev_reader_options {
	ev_format format;      /* EV_FORMAT_AUTO unless forced */
	const char *dct;       /* date for documents that carry none, or NULL */
	size_t max_doc_bytes;  /* larger documents are skipped; 0 = 1 GiB */
	ev_diag_fn diag;       /* receives warnings and skipped-record errors */
	void *diag_ud;
} ev_reader_options;

/** A reader over files, directories (recursively), "-" (stdin) and buffers. */
ev_status ev_reader_new(const ev_reader_options *opts, ev_reader **out /* OUT */);
/** Queue a path: a file, a directory, or "-" for standard input. */
ev_status ev_reader_add_path(ev_reader *r, const char *path);
/** Queue an in-memory input (not copied: keep it alive until read). */
ev_status ev_reader_add_buffer(ev_reader *r, const char *name, const void *data,
                               size_t len, ev_format format);
/**
 * Next document.  EV_OK with *out set (the caller frees it with ev_doc_free),
 * EV_DONE at the end, or EV_ERR_NOMEM.  Unreadable files and bad records are
 * reported through the diag callback and skipped, so the batch goes on.
 */
ev_status ev_reader_next(ev_reader *r, ev_doc **out /* OUT */);
/** Number of EV_ERROR diagnostics so far (records or files skipped). */
size_t ev_reader_errors(const ev_reader *r);
/** Bytes of input consumed so far (compressed bytes for .gz), for progress. */
uint64_t ev_reader_bytes_read(const ev_reader *r);
void ev_reader_free(ev_reader *r);

/* ---------------------------------------------------------- dictionaries */

typedef struct ev_dict ev_dict;

/** Dictionary formats (docs/DICTIONARIES.md). */
typedef enum ev_dict_format {
	EV_DICT_AUTO = 0,   /* .dict is native; a name with "agents" is agents; else TABARI actors */
	EV_DICT_NATIVE,     /* the project's NAMES<TAB>CODES<TAB>ATTRIBUTES */
	EV_DICT_TABARI,     /* TABARI .actors and PETRARCH/Phoenix *.actors.txt */
	EV_DICT_AGENTS      /* TABARI .agents and Phoenix agents.txt (codes like ~GOV) */
} ev_dict_format;

/** An empty dictionary set; load files into it, then compile it once. */
ev_status ev_dict_new(ev_dict **out /* OUT */);
/** Load a dictionary file.  A bad line is reported through diag as
 *  file:line: what is wrong, and the rest of the file still loads. */
ev_status ev_dict_load_file(ev_dict *d, const char *path, ev_dict_format fmt, ev_diag_fn diag,
                            void *diag_ud);
/** Load dictionary text from memory; name is used in messages and for AUTO. */
ev_status ev_dict_load_buffer(ev_dict *d, const char *name, const char *text, size_t len,
                              ev_dict_format fmt, ev_diag_fn diag, void *diag_ud);
/** Load the project's default dictionaries (the data/ dictionaries and the generated
 *  country and city tables), built into the library. */
ev_status ev_dict_load_defaults(ev_dict *d, ev_diag_fn diag, void *diag_ud);
/** Number of bad lines reported while loading. */
size_t ev_dict_errors(const ev_dict *d);
/** Build the matcher.  The dictionary is read-only afterwards and may be
 *  shared by any number of threads. */
ev_status ev_dict_compile(ev_dict *d);
/** Number of entries loaded. */
size_t ev_dict_entries(const ev_dict *d);
void ev_dict_free(ev_dict *d);

/* ------------------------------------------------------- tokens, sentences */

/** Tokenize the body into doc->tokens. */
ev_status ev_tokenize(ev_doc *doc);
/** Split tokens into doc->sents (tokenizes first if needed). */
ev_status ev_split_sentences(ev_doc *doc);

/** Find and normalize temporal expressions into doc->timexes (splits sentences
 *  first if needed).  Relative expressions are resolved against doc->dct; with
 *  no DCT they stay underspecified (XXXX-08-01). */
ev_status ev_timex_tag(ev_doc *doc);

/** A document date estimated from the text, and why. */
typedef struct ev_dct_guess {
	char date[11];        /* YYYY-MM-DD, or "" when nothing supports a guess */
	char evidence[256];   /* the expressions the guess rests on */
} ev_dct_guess;

/** Estimate the document date of a document that has none, from its own
 *  explicit dates: the latest full date mentioned; else the latest month and
 *  day with the latest year named; else the latest month.  Leaves doc->dct
 *  unchanged. */
ev_status ev_dct_infer(ev_doc *doc, ev_dct_guess *out /* OUT */);

/** Find the actors, places and amounts of a document into doc->mentions and
 *  doc->entities, coded with dict (splits sentences first if needed). */
ev_status ev_actors_tag(ev_doc *doc, const ev_dict *dict);

/* ---------------------------------------------------------------- events */

typedef struct ev_verbs ev_verbs;

/** Verb-pattern dictionary formats (docs/VERBS.md). */
typedef enum ev_verbs_format {
	EV_VERBS_AUTO = 0,   /* a file name with "tabari" in it is TABARI, one with "petr" PETRARCH;
	                      * else the project's syntax */
	EV_VERBS_NATIVE,     /* data/CAMEO.md: verb forms generated and exact; pattern words are
	                      * stems unless they end in '_' */
	EV_VERBS_TABARI,     /* TABARI .verbs: verbs and pattern words are stems unless they end in '_' */
	EV_VERBS_PETRARCH    /* PETRARCH verb files: the same syntax, pattern words whole */
} ev_verbs_format;

/** An empty verb dictionary, with the CAMEO code table built in. */
ev_status ev_verbs_new(ev_verbs **out /* OUT */);
/** Load a verb-pattern dictionary (TABARI .verbs, PETRARCH verbs, the project's
 *  own).  A bad line or an unknown CAMEO code is reported through diag as
 *  file:line: what is wrong, and the rest still loads. */
ev_status ev_verbs_load_file(ev_verbs *v, const char *path, ev_verbs_format fmt,
                             ev_diag_fn diag, void *diag_ud);
ev_status ev_verbs_load_buffer(ev_verbs *v, const char *name, const char *text, size_t len,
                               ev_verbs_format fmt, ev_diag_fn diag, void *diag_ud);
/** Accept event codes that are not in the CAMEO table (test suites written
 *  with other code sets, such as PETRARCH's WEIS-style codes). */
void ev_verbs_allow_unknown_codes(ev_verbs *v, int yes);
/** Load the project's default CAMEO verb patterns (data/cameo.verbs). */
ev_status ev_verbs_load_defaults(ev_verbs *v, ev_diag_fn diag, void *diag_ud);
/** Build the index; read-only afterwards, shareable by threads. */
ev_status ev_verbs_compile(ev_verbs *v);
size_t ev_verbs_errors(const ev_verbs *v);
/** Numbers of verbs (base entries), word forms and patterns loaded. */
void ev_verbs_counts(const ev_verbs *v, size_t *verbs, size_t *forms, size_t *patterns);
void ev_verbs_free(ev_verbs *v);

/** One CAMEO code: facts from the project's table (data/cameo.tsv). */
typedef struct ev_cameo {
	char code[8];            /* "042" */
	char root[3];            /* "04" */
	int8_t quad;             /* GDELT QuadClass 1-4 */
	float goldstein;         /* -10 .. +10 */
	const char *plover;      /* PLOVER event ("CONSULT"), or "" */
	const char *mode;        /* PLOVER mode ("visit"), or "" */
	const char *name;        /* "Make a visit" */
} ev_cameo;

/** The facts of a CAMEO code, or NULL when the code is unknown. */
const ev_cameo *ev_cameo_lookup(const ev_verbs *v, const char *code);

/** Moods of an event. */
typedef enum ev_mood {
	EV_MOOD_ASSERTED = 0,
	EV_MOOD_FUTURE,          /* will, plans to, is to, is expected to */
	EV_MOOD_HYPOTHETICAL     /* would, could, may, might, if */
} ev_mood;

/** Where an event's date came from. */
typedef enum ev_date_source {
	EV_DATE_NONE = 0,        /* no date: an undated document and no date in the text */
	EV_DATE_TEXT,            /* a temporal expression linked to the event */
	EV_DATE_DOCUMENT         /* the document date */
} ev_date_source;

/**
 * A coded event.  Actors, place, amount and speaker are indexes into
 * doc->mentions (-1: none); the date is a TIMEX3 value.
 */
typedef struct ev_event {
	uint32_t sentence;             /* index into doc->sents */
	int32_t source, target;        /* mentions, or -1 */
	const ev_cameo *cameo;         /* the code and its facts */
	char date[40];                 /* TIMEX3 value, or "" */
	uint8_t date_source;           /* ev_date_source */
	uint8_t mood;                  /* ev_mood */
	uint8_t negated;
	uint8_t nominal;               /* coded from a noun ("Beijing's retaliation") */
	int32_t timex;                 /* the linked doc->timexes entry, or -1 */
	int32_t location;              /* a GPE/LOC mention, or -1 */
	int32_t amount;                /* a MONEY/PERCENT/QUANTITY mention, or -1 */
	int32_t said_by;               /* the speaker of reported speech, or -1 */
	uint32_t verb_start, verb_end; /* the verb (or noun) span in the body */
} ev_event;

/** Code the events of a document into doc->events.  Run ev_timex_tag and
 *  ev_actors_tag first: events are built on their dates and mentions. */
ev_status ev_events_code(ev_doc *doc, const ev_verbs *verbs);

/**
 * Options of the coder, after TABARI's per-project settings; all zero (or a
 * NULL pointer to them) is ev_events_code's behaviour.  Codes are copied into
 * derived mentions of the document, so the strings need only outlive the call.
 */
typedef struct ev_coder_options {
	/* TABARI SET: CODE ALL: every verb of the sentence is an event, a verb
	 * short of an actor (or of both) taking those of the verb coded before it,
	 * and a to-infinitive or a noun after a coded verb is coded too */
	int code_all;
	/* TABARI SET: CODE BY SENTENCE: only the sentence's first verb that gives
	 * events gives them */
	int by_sentence;
	/* TABARI DEFAULT: SOURCE [X] / TARGET [Y]: the actor of an event that
	 * has none on that side (NULL: none) */
	const char *default_source, *default_target;
	/* PRIOR: the default source stands in whenever no actor precedes the
	 * verb; without it an actor after the verb is the source, and the default
	 * only when there is none.  AFTER: likewise for the default target, which
	 * without it is a second member of a list subject ("Bree and Arnor") */
	int default_prior, default_after;
	/* TABARI FORWARD: the actor a pronoun with no antecedent in the document
	 * stands for (the first actor of the story's previous sentence); NULL */
	const char *forward;
	/* TABARI's shallow reading (validate tabari): the sentence is split into
	 * clauses at "and", "but" and "or" (not inside lists of actors), and a
	 * clause codes its first verb that gives events; a dictionary's verb is a
	 * verb unless an article makes it a noun; the source is the first actor of
	 * the clause (held across clauses until one begins with an actor), the
	 * target the first actor after the verb, else the nearest before it; an
	 * agent composes only with the actor it touches; a passive needs "by"
	 * within three words.  See docs/DESIGN.md */
	int shallow;
	/* PETRARCH: the members of a list subject with no object act on each other
	 * whatever the code ("Gondor and Osgiliath delayed their meeting"); by
	 * default only with codes done together (meet, negotiate, sign, clash) */
	int mutual_lists;
	/* TABARI COMMA: a part of the sentence set off by commas, of a number of
	 * words between two bounds, is deleted before coding: the clause between
	 * two commas (comma_min..comma_max words), the one from a comma to the end
	 * (comma_emin..comma_emax) and the one before the first comma
	 * (comma_bmin..comma_bmax).  A comma between two actors of a list sets off
	 * nothing.  comma 0: no deletion */
	int comma;
	int comma_min, comma_max, comma_emin, comma_emax, comma_bmin, comma_bmax;
	/* TABARI COMPLEX: VERBS[n] CONJ[n] NOACTPRIOR: a sentence with n verbs or
	 * more, or n conjunctions or more outside lists of actors, or with no actor
	 * before its first verb, is too complex to code and gives no events (0:
	 * no such test) */
	int complex_verbs, complex_conj, complex_noactprior;
	/* TABARI: a name that no dictionary codes, or whose code is null at the
	 * date ([---]), is a noun, not an object ("ties with Boromir in Gondor":
	 * GON) */
	int skip_uncoded;
} ev_coder_options;

/** ev_events_code with options (opts may be NULL). */
ev_status ev_events_code_with(ev_doc *doc, const ev_verbs *verbs, const ev_coder_options *opts);

/** Name of a mention type ("PER", "ORG", "GPE", ...). */
const char *ev_mention_type_str(int type);

/** Name of a TIMEX3 type ("DATE", "TIME", "DURATION", "SET"). */
const char *ev_timex_type_str(int type);

/** Name of a token kind ("word", "number", ...). */
const char *ev_tok_kind_str(int kind);

/* ----------------------------------------------------------------- store */

/**
 * An event database (SQLite; the schema is in docs/STORE.md): documents with
 * their sentences, mentions, temporal expressions and events, and the events
 * merged across documents.  One writer at a time; readers may run alongside.
 */
typedef struct ev_store ev_store;

/** Open modes. */
typedef enum ev_store_mode {
	EV_STORE_READ = 0,   /* an existing database, read only */
	EV_STORE_WRITE       /* create the database and its tables when missing */
} ev_store_mode;

/** Open (and in EV_STORE_WRITE mode create) the database at path; on an error
 *  *out is NULL and err says why. */
ev_status ev_store_open(const char *path, ev_store_mode mode, ev_store **out /* OUT */,
                        ev_error *err /* OUT, may be NULL */);

/** The merge window in days: a report of an event merges with a stored event
 *  of the same actors, CAMEO root, mood and negation whose date is at most this
 *  many days away (default 1, kept in the database for later ingests). */
ev_status ev_store_set_window(ev_store *s, int days);
int ev_store_window(const ev_store *s);

/** Store a coded document (run ev_events_code first) in the open
 *  transaction, which ev_store_add starts when none is open.  A document whose
 *  body is already stored (same content hash) is left alone: *added is then 0. */
ev_status ev_store_add(ev_store *s, const ev_doc *doc, int *added /* OUT */,
                       size_t *events /* OUT: its events, may be NULL */);

/** Commit the open transaction, if any. */
ev_status ev_store_commit(ev_store *s);

/** The last database error's message. */
const char *ev_store_errmsg(const ev_store *s);

/** The sqlite3 connection, for queries over the public schema. */
void *ev_store_db(ev_store *s);

/** Commit and close; NULL is allowed. */
void ev_store_close(ev_store *s);

/** Day range of a TIMEX3 date value: 0 and [*lo, *hi] in days since
 *  1970-01-01 with its precision ("day", "week", "month", "quarter", "half",
 *  "year"), or -1 for values with no place on the calendar (XXXX-08-01, P3Y). */
int ev_date_range(const char *value, long *lo /* OUT */, long *hi /* OUT */,
                  const char **precision /* OUT */);

#ifdef __cplusplus
}
#endif
#endif /* EVENTLINE_H */
