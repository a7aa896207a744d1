// Package riwaya holds what the whole module shares at its root: the bundled
// example articles that `riwaya demo` ingests.
package riwaya

import "embed"

// Examples holds the five seed articles the project was specified from, with
// their metadata sidecars, under "testdata/seeds/".
//
//go:embed testdata/seeds/*.txt testdata/seeds/*.json
var Examples embed.FS
