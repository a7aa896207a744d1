package arabic

import "time"

// The tabular (arithmetical) Islamic calendar, civil epoch: 1 Muharram 1
// AH = Friday 16 July 622 (Julian) = Julian Day Number 1948440, leap years
// 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 of each 30-year cycle. The
// official Saudi Umm al-Qura calendar and local moon sightings can differ
// from it by a day or two (1 Shawwal 1444 is 22 April 2023 here, 21 April in
// Umm al-Qura).
const hijriEpoch = 1948440

// hijriToJDN returns the Julian Day Number of a tabular Hijri date.
func hijriToJDN(year, month, day int) int {
	return day + (59*(month-1)+1)/2 + (year-1)*354 + floorDiv(3+11*year, 30) + hijriEpoch - 1
}

// jdnToHijri converts a Julian Day Number to a tabular Hijri date.
func jdnToHijri(jdn int) (year, month, day int) {
	year = floorDiv(30*(jdn-hijriEpoch)+10646, 10631)
	month = 1
	for m := 12; m >= 1; m-- {
		if hijriToJDN(year, m, 1) <= jdn {
			month = m
			break
		}
	}
	day = jdn - hijriToJDN(year, month, 1) + 1
	return year, month, day
}

// hijriMonthLength returns the days in a tabular Hijri month.
func hijriMonthLength(year, month int) int {
	if month == 12 {
		return hijriToJDN(year+1, 1, 1) - hijriToJDN(year, 12, 1)
	}
	return hijriToJDN(year, month+1, 1) - hijriToJDN(year, month, 1)
}

// floorDiv is integer division rounding towards minus infinity.
func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// jdnOf2000 is the Julian Day Number of 1 January 2000.
const jdnOf2000 = 2451545

// dateOfJDN returns the Gregorian day of a Julian Day Number at midnight
// in loc.
func dateOfJDN(jdn int, loc *time.Location) time.Time {
	return time.Date(2000, 1, 1, 0, 0, 0, 0, loc).AddDate(0, 0, jdn-jdnOf2000)
}

// jdnOfDate returns the Julian Day Number of t's calendar day.
func jdnOfDate(t time.Time) int {
	y, mo, d := t.Date()
	a := (14 - int(mo)) / 12
	yy := y + 4800 - a
	m := int(mo) + 12*a - 3
	return d + (153*m+2)/5 + 365*yy + floorDiv(yy, 4) - floorDiv(yy, 100) + floorDiv(yy, 400) - 32045
}

// HijriToGregorian converts a date of the tabular Islamic calendar to the
// Gregorian day (midnight in loc; UTC if loc is nil). ok is false for an
// impossible date.
func HijriToGregorian(year, month, day int, loc *time.Location) (time.Time, bool) {
	if loc == nil {
		loc = time.UTC
	}
	if year < 1 || year > 3000 || month < 1 || month > 12 || day < 1 || day > hijriMonthLength(year, month) {
		return time.Time{}, false
	}
	return dateOfJDN(hijriToJDN(year, month, day), loc), true
}

// GregorianToHijri returns the tabular Hijri date of t's calendar day.
func GregorianToHijri(t time.Time) (year, month, day int) {
	return jdnToHijri(jdnOfDate(t))
}
