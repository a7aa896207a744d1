// Package arabic is riwaya's Arabic text layer: normalisation for matching,
// tokenisation with clitic analysis, lexicon matching, segmentation into
// paragraphs, sentences, clauses and quotations, and the parsing of figures
// and dates as Arabic news writes them.
//
// Every span the package returns is a half-open range of byte offsets into
// the ORIGINAL text it was given, so that callers can always show the text
// exactly as written (with its diacritics). Folded forms (Normalize, Fold,
// Token.Norm, Token.Stem) are for comparison only.
//
// All functions are pure: they never panic, whatever the input (including
// invalid UTF-8), and they keep no state between calls.
package arabic
