/*
 * main.c - the eventline command: a table of subcommands (as git's), each
 * with its own --help.  Exit status: 0 done, 1 some input could not be read
 * (the rest was processed), 2 usage error.
 */
#include <stdio.h>
#include <string.h>
#include "cli.h"

const char *cli_progname = "eventline";

#define INPUT_HELP \
	"Inputs: files, directories (read recursively: .txt .jsonl .ndjson .json .tml .xml,\n" \
	"each optionally .gz) and - for standard input.  Plain text may open with a\n" \
	"' date 2019-01-18 Source' line or a Date:/Title:/Source: block ended by a blank\n" \
	"line; JSON Lines records are {\"id\",\"date\",\"source\",\"title\",\"url\",\"text\"}.\n" \
	"\n" \
	"Options:\n" \
	"  --dct YYYY-MM-DD       date for documents that carry none\n" \
	"  --input-format F       auto (default: by extension, else by content), text,\n" \
	"                         jsonl or timeml\n" \
	"  -q, --quiet            no progress bar\n" \
	"  -h, --help             this help\n" \
	"\n" \
	"Bad input (unreadable, binary, malformed JSON, invalid UTF-8) is reported on\n" \
	"stderr as file:line: what is wrong; the rest of the batch is still processed.\n" \
	"Exit status: 0 ok, 1 some input could not be read, 2 usage error.\n"

const command cli_commands[] = {
	{"docs", cmd_docs, "list the documents read from the inputs",
	 "usage: eventline docs [options] [--body] FILE|DIR|-...\n"
	 "\n"
	 "Print one JSON object per document: doc (id), path, line, date, source,\n"
	 "title, url, bytes (and text with --body), to check how inputs are read.\n"
	 "\n" INPUT_HELP},
	{"tokens", cmd_tokens, "print tokens as JSON Lines",
	 "usage: eventline tokens [options] FILE|DIR|-...\n"
	 "\n"
	 "Print one JSON object per token: doc, index, start, end (byte offsets into\n"
	 "the document body), text and kind (word, number, punct, symbol, url, cjk).\n"
	 "\n"
	 "Example:\n"
	 "  echo 'Beijing retaliated on US$75 billion of U.S. goods.' | eventline tokens -\n"
	 "\n" INPUT_HELP},
	{"sentences", cmd_sentences, "print sentences as JSON Lines",
	 "usage: eventline sentences [options] FILE|DIR|-...\n"
	 "\n"
	 "Print one JSON object per sentence: doc, index, start, end (byte offsets into\n"
	 "the document body), text and tokens (their number).\n"
	 "\n"
	 "Example:\n"
	 "  eventline sentences examples/\n"
	 "\n" INPUT_HELP},
	{"timex", cmd_timex, "find and normalize dates, times, durations (TimeML TIMEX3)",
	 "usage: eventline timex [options] [--format jsonl|timeml] [--out-dir DIR] [--infer-dct]\n"
	 "                       FILE|DIR|-...\n"
	 "\n"
	 "Print one JSON object per temporal expression: doc, start, end (byte offsets\n"
	 "into the body), text, type (DATE, TIME, DURATION, SET), value (TimeML 1.2:\n"
	 "2019-01-30, 2019-10, 2019-W05, 2019-Q3, 2019-09-05TMO, P3Y, PT48H, PXM,\n"
	 "PRESENT_REF, XXXX-08-01) and mod (START, MID, END, APPROX, ... when there is one).\n"
	 "Relative expressions are resolved against the document date; a month or\n"
	 "weekday without a year takes its direction from the tense of its clause.\n"
	 "Documents without a date keep relative values underspecified (XXXX-...).\n"
	 "\n"
	 "  --format timeml   TimeML with inline TIMEX3 tags instead of JSON Lines\n"
	 "  --out-dir DIR     write one DOC.tml per document into DIR (TempEval-3 tools)\n"
	 "  --infer-dct       estimate the date of undated documents from their text and\n"
	 "                    print it first: {\"doc\",\"dct\",\"dct_source\",\"evidence\"}\n"
	 "\n"
	 "Example:\n"
	 "  echo 'Liu will visit on Jan. 30; talks began last week.' | eventline timex --dct 2019-01-18 -\n"
	 "\n" INPUT_HELP},
	{"actors", cmd_actors, "find and code actors, places and amounts",
	 "usage: eventline actors [options] [--dict F] [--actors F] [--agents F]\n"
	 "                        [--no-default-dicts] [-j N] FILE|DIR|-...\n"
	 "\n"
	 "Print one JSON object per mention: doc, start, end (byte offsets into the\n"
	 "body), text, type (PER, ORG, GPE, LOC, NORP, MONEY, PERCENT, QUANTITY), and\n"
	 "for actors code (CAMEO: CHNGOV), country (ISO alpha-3), role, id (stable within\n"
	 "the document: later short forms share it) and canonical name; for amounts\n"
	 "value, currency or unit and mod.  Role words and countries compose with names\n"
	 "('Chinese Vice Premier Liu He' is CHNGOV); an unknown name takes the code of\n"
	 "its title; a capital standing for its government ('Beijing said') is CHNGOV.\n"
	 "\n"
	 "  --dict F             load a dictionary in the project's format (.dict), repeatable\n"
	 "  --actors F           load a TABARI or PETRARCH/Phoenix actors dictionary\n"
	 "  --agents F           load a TABARI or Phoenix agents dictionary\n"
	 "  --no-default-dicts   use only the dictionaries given (docs/DICTIONARIES.md)\n"
	 "  -j, --jobs N         threads (default: every core); output keeps input order\n"
	 "\n" INPUT_HELP},
	{"validate", cmd_validate, "run the TABARI or PETRARCH validation suite",
	 "usage: eventline validate tabari DIR|FILE.project|FILE.text [--verbs F] [--all]\n"
	 "       eventline validate petrarch PETR.UnitTest.records.xml [--verbs F] [--all]\n"
	 "\n"
	 "Code each record of an older coder's validation suite from its raw text (no\n"
	 "parse trees), with the suite's own dictionaries, and compare the coded\n"
	 "(source, target, CAMEO code) triples with the expected ones.  A record\n"
	 "passes when the two sets are equal.  Prints each failing record (want, got,\n"
	 "text) and a summary line with the pass rate.\n"
	 "\n"
	 "  tabari DIR      TABARI's .project file (or a directory holding one) naming the\n"
	 "                  records (.text: 'YYMMDD ID' lines, text, expected\n"
	 "                  { SRC / TGT / CODE } in /* */ comments) and the .actors,\n"
	 "                  .agents and .verbs dictionaries; without a project, the\n"
	 "                  directory's *.text, *.actors, *.agents and *.verbs\n"
	 "  petrarch FILE   PETRARCH's XML records; its <Environment> names the verb,\n"
	 "                  actor, agent and discard files beside it\n"
	 "  --verbs F       another verb dictionary (when the suite ships none)\n"
	 "  --default-dicts also load eventline's own actor dictionaries\n"
	 "  --all           print passing records too\n"
	 "\n"
	 "Example:\n"
	 "  eventline validate petrarch ../shared/data/events/petrarch_unittest/petrarch2_676801c/PETR.UnitTest.records.xml\n"},
	{"code", cmd_code, "code events: who did what to whom, when, where (CAMEO, PLOVER)",
	 "usage: eventline code [options] [--format jsonl|tsv|gdelt|icews] [--verbs F]\n"
	 "                      [--dict F] [--actors F] [--agents F] [--no-default-dicts]\n"
	 "                      [--no-default-verbs] [--any-code] [-j N] FILE|DIR|-...\n"
	 "\n"
	 "Run the whole pipeline (dates, actors, verbs) and print one event per line:\n"
	 "doc, sentence, source and target (text, CAMEO actor code, country, role, id),\n"
	 "cameo, root, quad (GDELT QuadClass), goldstein, plover {event, mode}, date (the\n"
	 "event's own TIMEX3 value) with date_source (text or document), location,\n"
	 "amount, said_by (the speaker of reported speech), negated, mood (asserted,\n"
	 "future, hypothetical), verb and its start/end byte offsets.\n"
	 "\n"
	 "  --format F          jsonl (default), tsv (with a header line), gdelt (the 61\n"
	 "                      columns of a GDELT 2.0 export) or icews (20 columns)\n"
	 "  --verbs F           also load a verb-pattern dictionary: TABARI .verbs,\n"
	 "                      PETRARCH verbs, or the project's syntax (docs/VERBS.md);\n"
	 "                      repeatable\n"
	 "  --no-default-verbs  without the built-in CAMEO verb patterns (data/cameo.verbs)\n"
	 "  --any-code          accept event codes outside the CAMEO table\n"
	 "  -j, --jobs N        threads (default: every core); output keeps input order\n"
	 "  --dict/--actors/--agents F, --no-default-dicts: actor dictionaries, as for\n"
	 "                      `eventline actors`\n"
	 "\n"
	 "Example:\n"
	 "  echo 'Chinese Vice Premier Liu He will visit the US on Jan. 30.' |\n"
	 "    eventline code --dct 2019-01-18 -\n"
	 "\n" INPUT_HELP},
	{"ingest", cmd_ingest, "code documents and store them in the event database (SQLite)",
	 "usage: eventline ingest [--db FILE] [--window DAYS] [options] FILE|DIR|-...\n"
	 "\n"
	 "Run the whole pipeline on every core and store documents, sentences (with a\n"
	 "full-text index), actor mentions, temporal expressions and events in an SQLite\n"
	 "database (schema: docs/STORE.md).  One writer commits every 512 documents;\n"
	 "a document already stored (same text) is skipped, so ingesting again after an\n"
	 "interruption stores only what is missing.  Reports of the same happening\n"
	 "(same source and target actors, CAMEO root, mood and negation, dates at most\n"
	 "--window days apart at the same precision) merge into one event that counts\n"
	 "its mentions, sources and articles.\n"
	 "\n"
	 "  --db FILE      the database (default eventline.db; created when missing)\n"
	 "  --window DAYS  the merge window (default 1; kept in the database)\n"
	 "  -j, --jobs N   threads coding documents (default: every core)\n"
	 "  --dict/--actors/--agents/--verbs F, --no-default-dicts, --no-default-verbs,\n"
	 "  --any-code     dictionaries, as for `eventline code`\n"
	 "\n"
	 "Example:\n"
	 "  eventline ingest --db talks.db examples/ && eventline timeline --db talks.db\n"
	 "\n" INPUT_HELP},
	{"timeline", cmd_timeline, "the events of the database in date order",
	 "usage: eventline timeline [--db FILE] [--actor A] [--with B] [--from DATE] [--to DATE]\n"
	 "                          [--root 04,16] [--min-sources N] [--limit N] [--all]\n"
	 "                          [--format text|json|csv]\n"
	 "\n"
	 "The story in date order: the date at its precision (a day, \"early October\n"
	 "2019\", a week), who did what to whom (CAMEO code and name), where, how much,\n"
	 "the numbers of mentions, sources and articles, and the best sentence (a report\n"
	 "that dates the event in its own words, else the first).  An event coded both\n"
	 "ways from one sentence (\"China and the US agreed\") prints once, with <->.\n"
	 "A date marked * is the report's own: the text gives none.\n"
	 "\n"
	 "  --db FILE        the database (default eventline.db)\n"
	 "  --actor A        events with A as source or target: a CAMEO code or its\n"
	 "                   start (CHN matches CHNGOV), or a name (\"Liu He\")\n"
	 "  --with B         ... and B on the other side\n"
	 "  --from/--to D    dates from/to D (YYYY, YYYY-MM or YYYY-MM-DD), inclusive\n"
	 "  --root R,...     CAMEO root codes (04 consult, 16 reduce relations, ...)\n"
	 "  --min-sources N  events told by at least N sources\n"
	 "  --undated        also events with no date (they come last)\n"
	 "  --all            also statements made to no one (\"X said\", CAMEO 01 with\n"
	 "                   no target), which are left out unless --root names roots\n"
	 "  --limit N        at most N events\n"
	 "  --format F       text (default), json (JSON Lines) or csv\n"
	 "\n"
	 "Example:\n"
	 "  eventline timeline --db talks.db --actor CHN --with USA --root 04,16\n"},
	{"who", cmd_who, "who's who: the actors of the database",
	 "usage: eventline who [--db FILE] [--limit N] [--format text|json|csv] [NAME]\n"
	 "\n"
	 "Actors with their CAMEO code, role and country, the names they go by, the\n"
	 "numbers of mentions and documents, and the first and last document dates they\n"
	 "were seen, most mentioned first.  NAME keeps the actors whose name, alias, id or\n"
	 "code contains it.\n"
	 "\n"
	 "Example:\n"
	 "  eventline who --db talks.db Liu\n"},
	{"search", cmd_search, "full-text search over the stored sentences",
	 "usage: eventline search [--db FILE] [--limit N] [--format text|json] QUERY...\n"
	 "\n"
	 "Sentences that match QUERY (SQLite FTS5 syntax: words, \"a phrase\", OR, NOT,\n"
	 "prefix*), best first (20 unless --limit says), each with its document and the\n"
	 "events coded in it.\n"
	 "\n"
	 "Example:\n"
	 "  eventline search --db talks.db 'retaliat* OR \"trade war\"'\n"},
	{"export", cmd_export, "export the database's events (GDELT, ICEWS, JSON Lines, CSV)",
	 "usage: eventline export [--db FILE] --format gdelt|icews|jsonl|csv [--mentions]\n"
	 "\n"
	 "Every merged event, one a line: gdelt (the 61 columns of a GDELT 2.0 export,\n"
	 "with NumMentions, NumSources and NumArticles), icews (20 columns), jsonl (the\n"
	 "event record of `eventline code` with the merged counts) or csv (the events\n"
	 "table).  --mentions exports every report (event_mentions) instead.\n"
	 "\n"
	 "Example:\n"
	 "  eventline export --db talks.db --format gdelt > talks.gdelt.tsv\n"},
	{"eval", cmd_eval, "score a stage against gold data",
	 "usage: eventline eval sentences [--min-f1 F] [--errors] FILE.conllu|DIR...\n"
	 "       eventline eval ner [--min-f1 F] [--errors] [--dict F] [--actors F] FILE.conll...\n"
	 "       eventline eval timex [--errors] [--min-strict F] [--min-relaxed F]\n"
	 "                            [--min-value F] GOLD.tml|DIR...\n"
	 "\n"
	 "eval sentences scores sentence boundaries against CoNLL-U files (Universal\n"
	 "Dependencies, GUM): the text is rebuilt from '# text =' lines, sentences joined\n"
	 "by a space and paragraphs ('# newpar') by a blank line; a boundary is correct\n"
	 "when a predicted sentence ends where a gold one does.  Prints precision, recall\n"
	 "and F1.\n"
	 "\n"
	 "eval ner scores the actor tagger on CoNLL-2003 files: exact span and type for\n"
	 "PER, ORG and LOC (GPE counts as LOC); precision, recall and F1 per type and\n"
	 "micro-averaged.\n"
	 "\n"
	 "eval timex runs the temporal tagger on the TEXT of TimeML files with their DCT\n"
	 "and scores it as TempEval-3 task A: strict (identical extent) and relaxed\n"
	 "(overlapping) precision, recall and F1, type and value accuracy over relaxed\n"
	 "matches, and type and value F1 (accuracy x relaxed F1).\n"
	 "\n"
	 "  --errors         print each miss, spurious match, extent, type and value error\n"
	 "  --min-f1 F       (sentences) exit with status 1 when F1 is below F\n"
	 "  --min-strict F, --min-relaxed F, --min-value F\n"
	 "                   (timex) exit with status 1 when that F1 is below F\n"},
	{"bench", cmd_bench, "measure throughput of the pipeline stages",
	 "usage: eventline bench [--stage tokens|sentences|timex|actors|code] [--repeat N]\n"
	 "                       [--dict F] [--actors F] [--agents F] [--verbs F]\n"
	 "                       FILE|DIR|-...\n"
	 "\n"
	 "Read all documents into memory, then time the stage over them N times\n"
	 "(default 3, best run kept) on one core; each stage includes the ones before it.\n"
	 "Prints MB/s, tokens/s, sentences/s\n"
	 "(actors also the dictionaries' size and load time; the defaults plus any given;\n"
	 "code, the whole pipeline, also events and the verb patterns' size and load time)\n"
	 "and peak memory as JSON.\n"},
	{"test", cmd_test, "run spec tests (.test files)",
	 "usage: eventline test [-v] [--update] FILE.test...\n"
	 "\n"
	 "Run each case of the spec files through this eventline binary and compare\n"
	 "its stdout, stderr and exit status with the expected ones.  Ends with the\n"
	 "line 'N passed, N failed, N skipped'.  Format (tests/spec/README.md):\n"
	 "\n"
	 "  === name of the case\n"
	 "  --- args\n"
	 "  sentences --dct 2019-01-18 -\n"
	 "  --- stdin\n"
	 "  Liu He will visit the U.S. on Jan. 30. Talks resume.\n"
	 "  --- stdout\n"
	 "  {...expected JSON lines...}\n"
	 "  --- status\n"
	 "  0\n"
	 "\n"
	 "  -v         print every case, not only failures\n"
	 "  --update   rewrite the files named by stdout-file sections (goldens)\n"},
	{NULL, NULL, NULL, NULL},
};

static void usage(FILE *fp)
{
	fprintf(fp,
	        "usage: eventline [--version] [--help] COMMAND [options] [FILE|DIR|-]...\n"
	        "\n"
	        "eventline turns news articles into structured event data: who did what to\n"
	        "whom, when, where.  Commands:\n"
	        "\n");
	for (const command *c = cli_commands; c->name; c++)
		fprintf(fp, "  %-10s  %s\n", c->name, c->summary);
	fprintf(fp, "\nRun 'eventline COMMAND --help' for the options of a command.\n");
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return EXIT_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		if (argc > 2 && strcmp(argv[1], "help") == 0)
			return cli_print_help(argv[2]);
		usage(stdout);
		return EXIT_OK;
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "version") == 0) {
		printf("eventline %s\n", EV_VERSION);
		return EXIT_OK;
	}
	for (const command *c = cli_commands; c->name; c++) {
		if (strcmp(c->name, argv[1]) == 0) {
			if (cli_wants_help(argc - 1, argv + 1)) {
				fputs(c->usage, stdout);
				return EXIT_OK;
			}
			int rc = c->fn(argc - 1, argv + 1);
			if (fflush(stdout) != 0 || ferror(stdout))
				rc = rc ? rc : EXIT_INPUT;
			return rc;
		}
	}
	return cli_usage_error(NULL, "'%s' is not a command", argv[1]);
}
