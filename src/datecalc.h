/*
 * datecalc.h - proleptic Gregorian calendar arithmetic on day numbers
 * (days since 1970-01-01), for normalizing relative dates.
 */
#ifndef EV_DATECALC_H
#define EV_DATECALC_H

long date_days(int y, int m, int d);
void date_civil(long days, int *y, int *m, int *d);
/* ISO weekday: 1 = Monday ... 7 = Sunday. */
int date_weekday(long days);
/* ISO 8601 week-numbering year and week (1-53). */
void date_iso_week(long days, int *wy, int *wk);

#endif
