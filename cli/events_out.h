/*
 * events_out.h - printing coded events: JSON Lines (the record of
 * docs/DESIGN.md), TSV, and the GDELT 2.0 and ICEWS layouts users load.
 */
#ifndef EV_EVENTS_OUT_H
#define EV_EVENTS_OUT_H

#include "cli.h"

typedef enum ev_event_format {
	EV_OUT_JSONL = 0,
	EV_OUT_TSV,
	EV_OUT_GDELT,
	EV_OUT_ICEWS
} ev_event_format;

/* "jsonl", "tsv", "gdelt", "icews": 0 and *out, or -1. */
int events_format_parse(const char *s, ev_event_format *out);
/* The header line of the format, if it has one. */
void events_header(outbuf *o, ev_event_format f);
/* One event; id numbers the events of a run (GDELT's GLOBALEVENTID). */
void events_print(outbuf *o, ev_event_format f, const ev_doc *d, const ev_event *e, long long id);

/* events_export.c: the GDELT 2.0 export (61 tab-separated columns, no header)
 * and the ICEWS event table (20 tab-separated columns, with its header). */
void events_print_gdelt(outbuf *o, const ev_doc *d, const ev_event *e, long long id,
                        const long long counts[3] /* NumMentions, NumSources, NumArticles;
                                                     NULL: one report */);
void events_header_icews(outbuf *o);
void events_print_icews(outbuf *o, const ev_doc *d, const ev_event *e, long long id);

#endif
