/*
 * timex.h - internals of the temporal tagger that the unit tests check.
 */
#ifndef EV_TIMEX_H
#define EV_TIMEX_H

/* Is the lexicon sorted for its binary search? */
int timex_lexicon_sorted(void);

#endif
