package pipeline_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
	"github.com/riwaya/riwaya/pipeline"
	"github.com/riwaya/riwaya/reconcile"
)

// disputeScene is an article that asserts an event, told by one outlet:
// the first side of the perpetrator and casualty probes.
type disputeScene struct {
	outlet, text string
}

// disputeProbe is a second report of a scene's event, from another
// outlet, and what reading the two together must give for one kind of
// discrepancy: "flag" (the kind is marked on the event that holds both
// reports) or "no" (both reports meet in one event and the kind is not
// marked). why says, for a "no", the precise reason the reports agree, and
// for a "flag", what they disagree on.
type disputeProbe struct {
	scene, outlet, text string
	want, why           string
}

// disputeFlag extracts the scene and the probe as two articles of one day,
// reconciles them as ingest does and tells, for kind, "flag" when an event
// holding both marks it, "no" when such an event does not, and "apart"
// when no event holds claims of both; the line lists the discrepancies
// and the probe's claims (source, stance, actor, figures).
func disputeFlag(pl *pipeline.Pipeline, scenes map[string]disputeScene, kind string, p disputeProbe) (string, string) {
	sc := scenes[p.scene]
	var cs []claims.Claim
	for _, a := range []claims.Article{
		{ID: "scene", Text: sc.text, Outlet: sc.outlet, Published: "2024-03-12"},
		{ID: "probe", Text: p.text, Outlet: p.outlet, Published: "2024-03-12"},
	} {
		_, c := pl.Extract(a)
		cs = append(cs, c...)
	}
	k := pl.Knowledge()
	k.Articles = probeDates{}
	articleOf := make(map[string]string, len(cs))
	for _, c := range cs {
		articleOf[c.ID] = c.Article
	}
	got, line := "apart", ""
	for _, ev := range reconcile.Reconcile(cs, k) {
		arts := map[string]bool{}
		for _, id := range ev.Claims {
			arts[articleOf[id]] = true
		}
		both := arts["scene"] && arts["probe"]
		if both && got == "apart" {
			got = "no"
		}
		for _, d := range ev.Discrepancies {
			if both && d.Kind == kind {
				got = "flag"
			}
			line += " <" + d.Kind + ":" + d.Field + " " + strings.Join(d.Values, "/") + ">"
		}
	}
	for _, c := range cs {
		a := "-"
		if c.Actor != nil {
			a = *c.Actor
		}
		fs := ""
		for _, f := range c.Figures {
			fs += fmt.Sprintf(" %s:%d", f.Outcome, f.Low)
		}
		line += fmt.Sprintf(" [%s %s %s %s %s%s]", c.Article, c.Source.ID, c.Stance, c.EventType, a, fs)
	}
	return got, line
}

// runDisputeProbes asserts the probes of pass one by one and only logs
// those of weak (known failures), but fails when more than maxWeak of the
// weak ones fail: a floor on their count, so that one of them that passed
// and breaks again is caught.
func runDisputeProbes(t *testing.T, name, kind string, scenes map[string]disputeScene, pass, weak []disputeProbe, maxWeak int) {
	t.Helper()
	_, pl := mustPipeline(t, name+".db")
	ok := 0
	for _, p := range pass {
		if got, line := disputeFlag(pl, scenes, kind, p); got != p.want {
			t.Errorf("%s: want %s, got %s (%s): %s |%s", p.scene, p.want, got, p.why, p.text, line)
		} else {
			ok++
		}
	}
	failing := 0
	for _, p := range weak {
		if got, line := disputeFlag(pl, scenes, kind, p); got != p.want {
			failing++
			t.Logf("known failure %s: want %s, got %s (%s): %s |%s", p.scene, p.want, got, p.why, p.text, line)
		} else {
			t.Logf("known failure now passes %s: %s", p.scene, p.text)
		}
	}
	if failing > maxWeak {
		t.Errorf("%s: %d of %d known failures fail, at most %d may", name, failing, len(weak), maxWeak)
	}
	t.Logf("%s probes: %d of %d asserted pass; %d of %d known failures still fail", name, ok, len(pass), failing, len(weak))
}
