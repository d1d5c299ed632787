/*
 * doc.h - internal helpers around ev_doc.
 */
#ifndef EV_DOC_H
#define EV_DOC_H

#include "eventline.h"

/* A fresh, empty document with its own arena; NULL on out of memory. */
ev_doc *doc_alloc(void);
/* Copy body into d's arena as its text (invalid UTF-8 replaced with U+FFFD). */
ev_status doc_set_body(ev_doc *d, const char *body, size_t len);

#endif
