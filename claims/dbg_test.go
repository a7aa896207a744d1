package claims_test

import (
	"github.com/riwaya/riwaya/claims"
	"fmt"
	"os"
	"testing"

	"github.com/riwaya/riwaya/claims/arabic"
	"github.com/riwaya/riwaya/sources"
)

func TestDebugTmp(t *testing.T) {
	text := os.Getenv("DBG")
	reg, _ := sources.Load()
	toks := arabic.Tokenize(text)
	for _, m := range reg.Mentions(text, toks) {
		fmt.Printf("mention %s %q rule=%s clit=%q first=%d\n", m.SourceID, text[m.Span.Start:m.Span.End], m.Rule, m.Clitics, m.First)
	}
	for _, n := range arabic.Numbers(toks) {
		fmt.Printf("number %q low=%d high=%d open=%v q=%s src=%s noun=%s kind=%d\n", text[n.Start:n.End], n.Low, n.High, n.Open, n.Qualifier, n.Source, n.Noun, n.Kind)
	}
}

func TestDebugClaims(t *testing.T) {
	x, reg := extractor(t)
	_ = reg
	a := claims.Article{ID: "x", Text: os.Getenv("DBG"), Published: "2020-01-01"}
	for _, c := range x.Extract(a) {
		fmt.Printf("%s via=%v %s %s actor=%v rules=%v figs=%v\n   %q\n", c.Source.ID, c.Via, c.Stance, c.EventType, c.Actor, c.Rules, c.Figures, c.Text)
	}
}
