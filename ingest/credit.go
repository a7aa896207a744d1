package ingest

import (
	"regexp"
	"strings"
)

// creditLabel matches a credit line's label: "المصدر:" and its variants.
var creditLabel = regexp.MustCompile(`^(?:المصدر|مصدر الخبر|المصادر|نقلا عن|نقلاً عن|Source)\s*[:：]\s*(.+)$`)

// genericCredits are credit words that name no particular outlet.
var genericCredits = map[string]bool{"وكالات": true, "الوكالات": true, "متابعات": true, "مواقع": true, "وسائل إعلام": true}

// datelineCredit matches an agency dateline at the start of a paragraph:
// "بيروت (أ ف ب) -", and with the country and the date between the city
// and the agency, "الرقة (سوريا) 4 مارس آذار (رويترز) -", "واشنطن،
// 12 آذار (رويترز) -". datelineLine matches a dateline that is a line of
// its own: "دمشق-سانا", "أنقرة/ الأناضول".
var (
	datelineCredit = regexp.MustCompile(`^\s*[\p{Arabic}]+(?: [\p{Arabic}]+)?\s*` +
		`(?:\([\p{Arabic} ]{2,20}\)\s*)?` + // the country
		`(?:[،,]?\s*[0-9٠-٩]{1,2}\s+[\p{Arabic}]+(?:\s+[\p{Arabic}]+)?(?:\s+[0-9٠-٩]{4})?\s*)?` + // the date
		`\(([^()]{2,30})\)\s*[-–—:]`)
	datelineLine = regexp.MustCompile(`^\s*[\p{Arabic}]+(?: [\p{Arabic}]+)?\s*[-–—/]\s*([\p{Arabic}A-Za-z][\p{Arabic}A-Za-z ]{1,25})\s*$`)
)

// datelineCountries are what stands in brackets after a city when no
// agency follows ("حلب (سوريا) - ..."): a country, not a credit.
var datelineCountries = map[string]bool{"سوريا": true, "العراق": true, "لبنان": true, "تركيا": true, "الأردن": true,
	"إسرائيل": true, "إيران": true, "روسيا": true, "مصر": true}

// Dateline returns the agency a dateline at the start of one of the first
// lines names ("بيروت (أ ف ب) - ...", "دمشق-سانا"), or "".
func Dateline(text string) string {
	lines := strings.SplitN(text, "\n", 8)
	for _, line := range lines {
		m := datelineCredit.FindStringSubmatch(line)
		if m == nil {
			m = datelineLine.FindStringSubmatch(line)
		}
		if m == nil {
			continue
		}
		if name := strings.TrimSpace(m[1]); name != "" && !genericCredits[name] && !datelineCountries[name] {
			return name
		}
	}
	return ""
}

// CreditLine returns the outlet a credit line near the end of the article
// names ("المصدر: شينخوا", "(الجزيرة نت، رويترز)"), or "". When the line
// names several outlets the first is taken; generic credits such as
// "(وكالات)" give "".
func CreditLine(text string) string {
	lines := strings.Split(strings.TrimRight(text, " \t\r\n"), "\n")
	checked := 0
	for i := len(lines) - 1; i >= 0 && checked < 4; i-- {
		line := strings.TrimSpace(lines[i])
		if line == "" {
			continue
		}
		checked++
		var body string
		if m := creditLabel.FindStringSubmatch(line); m != nil {
			body = m[1]
		} else if strings.HasPrefix(line, "(") && strings.HasSuffix(line, ")") && len(line) <= 80 {
			body = line[1 : len(line)-1]
		} else {
			continue
		}
		names := strings.FieldsFunc(body, func(r rune) bool { return r == '،' || r == ',' || r == '/' || r == '|' })
		if len(names) == 0 {
			return ""
		}
		first := strings.Trim(strings.TrimSpace(names[0]), " \"'«»“”.()")
		if first == "" || genericCredits[first] || len(first) > 60 {
			return ""
		}
		return first
	}
	return ""
}
