package ingest

import (
	"html"
	"regexp"
	"strings"
)

var (
	htmlMarker = regexp.MustCompile(`(?i)<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]`)
	htmlTag    = regexp.MustCompile(`(?i)</?(p|div|br|span|article|section|h[1-6]|a|li|ul|strong|em|b|i|img|table|tr|td)(\s[^>]*)?/?>`)
	// dropBlocks are elements whose content is never article text.
	dropBlocks = regexp.MustCompile(`(?is)<(script|style|head|nav|footer|header|aside|noscript|template|svg|form)[\s>].*?</(script|style|head|nav|footer|header|aside|noscript|template|svg|form)\s*>`)
	comment    = regexp.MustCompile(`(?s)<!--.*?-->`)
	blockTag   = regexp.MustCompile(`(?i)</?(p|div|br|li|h[1-6]|tr|article|section|blockquote|title)(\s[^>]*)?/?>`)
	anyTag     = regexp.MustCompile(`(?s)<[^>]*>`)
	blankRun   = regexp.MustCompile(`\n[ \t\r\f\v]*(\n[ \t\r\f\v]*)+`)
	spaceRun   = regexp.MustCompile(`[ \t\f\v]+`)
)

// LooksLikeHTML reports whether text is an HTML page or fragment rather than
// plain text: it has a document marker, or at least three common tags.
func LooksLikeHTML(text string) bool {
	if htmlMarker.MatchString(text) {
		return true
	}
	return len(htmlTag.FindAllStringIndex(text, 3)) >= 3
}

// HTMLText extracts the readable text of an HTML page: scripts, styles,
// navigation and comments are dropped, block elements become line breaks,
// entities are decoded and blank lines folded. It is deliberately simple;
// its output is what gets stored, never the markup.
func HTMLText(page string) string {
	s := comment.ReplaceAllString(page, "")
	s = dropBlocks.ReplaceAllString(s, "\n")
	s = blockTag.ReplaceAllString(s, "\n")
	s = anyTag.ReplaceAllString(s, "")
	s = html.UnescapeString(s)
	s = strings.ReplaceAll(s, "\u00a0", " ")
	s = spaceRun.ReplaceAllString(s, " ")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	s = strings.Join(lines, "\n")
	s = blankRun.ReplaceAllString(s, "\n\n")
	return strings.TrimSpace(s) + "\n"
}
