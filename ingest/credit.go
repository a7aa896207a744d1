package ingest

import (
	"regexp"
	"strings"
)

// creditLabel matches a credit line's label: "المصدر:" and its variants.
var creditLabel = regexp.MustCompile(`^(?:المصدر|مصدر الخبر|المصادر|نقلا عن|نقلاً عن|Source)\s*[:：]\s*(.+)$`)

// genericCredits are credit words that name no particular outlet.
var genericCredits = map[string]bool{"وكالات": true, "الوكالات": true, "متابعات": true, "مواقع": true, "وسائل إعلام": true}

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
