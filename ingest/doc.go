// Package ingest reads articles from the inputs a user names — plain UTF-8
// text files, directories of them, JSON Lines dumps and standard input — and
// checks them before anything is stored.
//
// Every problem is reported with the input it belongs to (a file path, PATH:LINE
// for JSON Lines, or "-" for standard input) and never stops the other inputs
// of the same call.
//
// Metadata precedence, from strongest to weakest: command-line flags, a
// sidecar FILE.json beside FILE.txt (or the fields of a JSON Lines record),
// and what is read from the text itself (a credit line such as
// "المصدر: شينخوا").
package ingest
