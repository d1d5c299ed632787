/*
 * datecalc.c - day numbers to and from civil dates (the well-known
 * era-based algorithm, valid for every proleptic Gregorian date), weekdays
 * and ISO weeks.
 */
#include "datecalc.h"

long date_days(int y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;                                      /* [0, 399] */
	long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;     /* [0, 365] */
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;               /* [0, 146096] */
	return era * 146097 + doe - 719468;
}

void date_civil(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long yy = yoe + era * 400;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yy + (*m <= 2));
}

int date_weekday(long days)
{
	/* 1970-01-01 was a Thursday (4) */
	long w = (days + 3) % 7;
	if (w < 0)
		w += 7;
	return (int)w + 1;
}

void date_iso_week(long days, int *wy, int *wk)
{
	/* The week belongs to the year of its Thursday. */
	long thu = days - date_weekday(days) + 4;
	int y, m, d;
	date_civil(thu, &y, &m, &d);
	*wy = y;
	*wk = (int)((thu - date_days(y, 1, 1)) / 7 + 1);
}
