/*
 * doc.h - internal helpers around ev_doc.
 */
#ifndef EV_DOC_H
#define EV_DOC_H

#include "eventline.h"

/* A fresh, empty document with its own arena; NULL on out of memory. */
ev_doc *doc_alloc(void);

#endif
