package claims_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
	"github.com/riwaya/riwaya/claims/places"
	"github.com/riwaya/riwaya/ingest"
	"github.com/riwaya/riwaya/reconcile"
	"github.com/riwaya/riwaya/sources"
)

// goldSet is an annotated set of articles: testdata/seeds/gold.meta.json,
// testdata/dev/gold.json, testdata/heldout/gold.json.
type goldSet struct {
	Articles []struct {
		File      string `json:"file"`
		Outlet    string `json:"outlet"`
		Published string `json:"published"`
		Key       string `json:"key"`
	} `json:"articles"`
	Figures []struct {
		Article string `json:"article"`
		Source  string `json:"source"`
		Outcome string `json:"outcome"`
		Low     int    `json:"low"`
		High    *int   `json:"high"`
		Text    string `json:"text"`
		Zero    bool   `json:"zero"` // "no casualties": not a figure to extract
		Earlier bool   `json:"earlier"`
	} `json:"figures"`
	Actors []struct {
		Article string `json:"article"`
		Source  string `json:"source"`
		Actor   string `json:"actor"`
		Stance  string `json:"stance"`
	} `json:"actors"`
	Targets []struct {
		Article string `json:"article"`
		Source  string `json:"source"`
		Class   string `json:"class"`
		Target  string `json:"target"`
	} `json:"targets"`
	Dates  []goldDate  `json:"dates"`
	Places []goldPlace `json:"places"`
}

// extractor builds the extractor the command uses.
func extractor(tb testing.TB) (*claims.Extractor, *sources.Registry) {
	tb.Helper()
	reg, err := sources.Load()
	if err != nil {
		tb.Fatal(err)
	}
	gaz, err := places.Load()
	if err != nil {
		tb.Fatal(err)
	}
	return claims.NewExtractor(reg, gaz), reg
}

// loadArticle reads an article with its sidecar, as ingest would.
func loadArticle(tb testing.TB, reg *sources.Registry, path, outlet, published string) claims.Article {
	tb.Helper()
	text, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	a := claims.Article{ID: strings.TrimSuffix(filepath.Base(path), ".txt"), Text: string(text), Outlet: outlet, Published: published}
	if side, err := os.ReadFile(strings.TrimSuffix(path, ".txt") + ".json"); err == nil {
		var md struct{ Outlet, Published string }
		if json.Unmarshal(side, &md) == nil {
			if md.Outlet != "" {
				a.Outlet = md.Outlet
			}
			if md.Published != "" {
				a.Published = md.Published
			}
		}
	}
	if a.Outlet == "" {
		// As ingest does: a credit line, else a dateline.
		if a.Outlet = ingest.CreditLine(a.Text); a.Outlet == "" {
			a.Outlet = ingest.Dateline(a.Text)
		}
	}
	if a.Outlet != "" {
		if s, ok := reg.Lookup(a.Outlet); ok {
			a.OutletID = s.ID
		}
	}
	return a
}

type figKey struct {
	article, source, outcome string
	low                      int
	high                     string
}

type actorKey struct{ article, source, actor, stance string }

// targetKey is one source's characterisation of what was hit in one
// article, by class (military or civilian), as the reconciler reads it.
type targetKey struct{ article, source, class string }

func highString(h *int) string {
	if h == nil {
		return "∞"
	}
	return fmt.Sprint(*h)
}

// score is precision and recall over multisets of keys.
type score struct{ tp, fp, fn int }

func (s score) precision() float64 { return ratio(s.tp, s.tp+s.fp) }
func (s score) recall() float64    { return ratio(s.tp, s.tp+s.fn) }
func (s score) f1() float64 {
	p, r := s.precision(), s.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func compare[K comparable](gold, got []K) (score, []K, []K) {
	left := map[K]int{}
	for _, g := range gold {
		left[g]++
	}
	var s score
	var extra []K
	for _, k := range got {
		if left[k] > 0 {
			left[k]--
			s.tp++
		} else {
			s.fp++
			extra = append(extra, k)
		}
	}
	var missed []K
	for _, g := range gold {
		if left[g] > 0 {
			left[g]--
			s.fn++
			missed = append(missed, g)
		}
	}
	return s, missed, extra
}

// evalResult holds the scores of one gold set.
type evalResult struct {
	figures, actors, targets score
	sourceRight              float64 // among found figures matching gold on all but source
	missedFig                []figKey
	extraFig                 []figKey
	missedAct                []actorKey
	extraAct                 []actorKey
	missedTgt                []targetKey
	extraTgt                 []targetKey
	tgtText                  map[targetKey]string // a phrase behind each key, for the per-item lines
	where                    whereResult          // dates and places, see eval_where_test.go
}

func evaluate(t *testing.T, dir, goldFile string) evalResult {
	x, reg := extractor(t)
	data, err := os.ReadFile(filepath.Join(dir, goldFile))
	if err != nil {
		t.Skipf("no gold: %v", err)
	}
	var g goldSet
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatalf("%s: %v", goldFile, err)
	}
	var goldF, gotF []figKey
	var goldA, gotA []actorKey
	var goldT, gotT []targetKey
	tgtText := map[targetKey]string{}
	outletOf := map[string]string{}
	extracted := map[string][]claims.Claim{}
	for _, ga := range g.Articles {
		a := loadArticle(t, reg, filepath.Join(dir, ga.File), ga.Outlet, ga.Published)
		outletOf[ga.Key] = a.OutletID
		norm := func(src string) string {
			if src == "outlet" || (a.OutletID != "" && src == a.OutletID) {
				return "outlet"
			}
			return src
		}
		cs := x.Extract(a)
		extracted[ga.Key] = cs
		for _, c := range cs {
			for _, f := range c.Figures {
				if f.Earlier || f.High != nil && *f.High == 0 {
					continue // earlier and zero tolls are not scored, as in the gold
				}
				gotF = append(gotF, figKey{ga.Key, norm(c.Source.ID), f.Outcome, f.Low, highString(f.High)})
			}
			if c.Actor != nil {
				gotA = append(gotA, actorKey{ga.Key, norm(c.Source.ID), *c.Actor, c.Stance})
			}
			if k, ok := claimTarget(ga.Key, norm(c.Source.ID), c); ok {
				gotT = append(gotT, k)
				if _, seen := tgtText[k]; !seen {
					tgtText[k] = *c.Target
				}
			}
		}
		for _, gt := range g.Targets {
			if gt.Article == ga.Key {
				k := targetKey{ga.Key, norm(gt.Source), gt.Class}
				goldT = append(goldT, k)
				if _, seen := tgtText[k]; !seen {
					tgtText[k] = gt.Target
				}
			}
		}
		for _, f := range g.Figures {
			if f.Article == ga.Key && !f.Zero && !f.Earlier && !(f.Low == 0 && f.High != nil && *f.High == 0) {
				goldF = append(goldF, figKey{ga.Key, norm(f.Source), f.Outcome, f.Low, highString(f.High)})
			}
		}
		for _, ac := range g.Actors {
			if ac.Article == ga.Key {
				goldA = append(goldA, actorKey{ga.Key, norm(ac.Source), ac.Actor, ac.Stance})
			}
		}
	}
	var r evalResult
	r.figures, r.missedFig, r.extraFig = compare(goldF, gotF)
	// Source accuracy: figures found whose article, outcome and range match
	// gold, and how many of them carry the right source.
	strip := func(k figKey) figKey { k.source = ""; return k }
	var gs, ss []figKey
	for _, k := range goldF {
		gs = append(gs, strip(k))
	}
	for _, k := range gotF {
		ss = append(ss, strip(k))
	}
	anySource, _, _ := compare(gs, ss)
	r.sourceRight = ratio(r.figures.tp, anySource.tp)
	// Actors are compared on attributions, so a repeated attribution by
	// the same source counts once.
	r.actors, r.missedAct, r.extraAct = compare(dedupe(goldA), dedupe(gotA))
	// Targets likewise: one source's class in one article counts once.
	r.targets, r.missedTgt, r.extraTgt = compare(dedupe(goldT), dedupe(gotT))
	r.tgtText = tgtText
	r.where = scoreWhere(t, g.Dates, g.Places, extracted)
	return r
}

// claimTarget is the key of a claim's characterisation of what was hit,
// read as the reconciler reads it: a target of some class, on a claim
// that is not an interception nor a denial.
func claimTarget(article, source string, c claims.Claim) (targetKey, bool) {
	if c.Target == nil || c.EventType == claims.EventInterception || c.Stance == claims.StanceDenies {
		return targetKey{}, false
	}
	cl := reconcile.TargetClass(*c.Target)
	if cl == "" {
		return targetKey{}, false
	}
	return targetKey{article, source, cl}, true
}

func dedupe[K comparable](ks []K) []K {
	seen := map[K]bool{}
	var out []K
	for _, k := range ks {
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

func report(t *testing.T, name string, r evalResult) {
	t.Logf("%s figures: P=%.2f R=%.2f F1=%.2f (tp=%d fp=%d fn=%d); source right for %.0f%% of found figures",
		name, r.figures.precision(), r.figures.recall(), r.figures.f1(), r.figures.tp, r.figures.fp, r.figures.fn, 100*r.sourceRight)
	t.Logf("%s actors:  P=%.2f R=%.2f F1=%.2f (tp=%d fp=%d fn=%d)",
		name, r.actors.precision(), r.actors.recall(), r.actors.f1(), r.actors.tp, r.actors.fp, r.actors.fn)
	t.Logf("%s targets: P=%.2f R=%.2f F1=%.2f (tp=%d fp=%d fn=%d)",
		name, r.targets.precision(), r.targets.recall(), r.targets.f1(), r.targets.tp, r.targets.fp, r.targets.fn)
	reportWhere(t, name, r.where)
	// Sealed sets are scored, never inspected: their misses stay unseen.
	if testing.Verbose() && !sealed[name] {
		sortKeys(r.missedFig)
		for _, k := range r.missedFig {
			t.Logf("  missed figure %+v", k)
		}
		for _, k := range r.extraFig {
			t.Logf("  extra figure  %+v", k)
		}
		for _, k := range r.missedAct {
			t.Logf("  missed actor  %+v", k)
		}
		for _, k := range r.extraAct {
			t.Logf("  extra actor   %+v", k)
		}
		for _, k := range r.missedTgt {
			t.Logf("  missed target %+v %q", k, r.tgtText[k])
		}
		for _, k := range r.extraTgt {
			t.Logf("  extra target  %+v %q", k, r.tgtText[k])
		}
	}
}

func sortKeys(ks []figKey) {
	sort.Slice(ks, func(i, j int) bool { return fmt.Sprint(ks[i]) < fmt.Sprint(ks[j]) })
}

// Floors are set from honest measurement and only ever raised.
func TestEvalSeeds(t *testing.T) {
	r := evaluate(t, "../testdata/seeds", "gold.meta.json")
	report(t, "seeds", r)
	if r.figures.recall() < 1 {
		t.Errorf("seed figure recall %.2f: every numeric casualty figure of the seeds must be found", r.figures.recall())
	}
}

// evalSet scores the figures of a gold set in testdata and fails below
// its floor.
func evalSet(t *testing.T, name string, floor float64) {
	t.Helper()
	r := evaluate(t, filepath.Join("..", "testdata", name), "gold.json")
	report(t, name, r)
	if f := r.figures.f1(); f < floor {
		t.Errorf("%s figure F1 %.2f below floor %.2f", name, f, floor)
	}
	if f, tf := r.targets.f1(), targetFloors[name]; f < tf {
		t.Errorf("%s target F1 %.2f below floor %.2f", name, f, tf)
	}
}

// targetFloors are floors on target F1, about 0.04 under the scores
// measured at the end of session 7 where they had risen; before that under
// those measured when the target score was added and the qualified-target
// rules landed
// (dev .64, dev2 .60, dev3 .59, dev4 .66, dev5 .56, dev6 .75, dev7 .68,
// dev8 .64, dev9 .54, dev10 .62, dev11 .44, dev12 .48, dev13 .59,
// held-out .55).
var targetFloors = map[string]float64{
	"dev": 0.62, "dev2": 0.57, "dev3": 0.60, "dev4": 0.72, "dev5": 0.53, "dev6": 0.77, "dev7": 0.67,
	"dev8": 0.71, "dev9": 0.59, "dev10": 0.63, "dev11": 0.52, "dev12": 0.54, "dev13": 0.64, "heldout": 0.51,
	"dev14": 0.61, "dev15": 0.64, "dev16": 0.65, "dev17": 0.59, "dev18": 0.58, "dev19": 0.61,
	"dev20": 0.65, "dev21": 0.62, "dev22": 0.71, "dev23": 0.63, "dev24": 0.43, "dev25": 0.60,
}

func TestEvalDev(t *testing.T)  { evalSet(t, "dev", evalFloorDevFigures) }
func TestEvalDev2(t *testing.T) { evalSet(t, "dev2", evalFloorDev2Figures) }
func TestEvalDev3(t *testing.T) { evalSet(t, "dev3", evalFloorDev3Figures) }

// dev4 to dev8 were each scored once before any rule was tuned on them;
// dev7 is kept sealed like the held-out set (see sealed).
func TestEvalDev4(t *testing.T) { evalSet(t, "dev4", evalFloorDev4Figures) }
func TestEvalDev5(t *testing.T) { evalSet(t, "dev5", evalFloorDev5Figures) }
func TestEvalDev6(t *testing.T) { evalSet(t, "dev6", evalFloorDev6Figures) }
func TestEvalDev7(t *testing.T) { evalSet(t, "dev7", evalFloorDev7Figures) }
func TestEvalDev8(t *testing.T) { evalSet(t, "dev8", evalFloorDev8Figures) }

// dev9 to dev11 were written unseen and kept sealed: first scored at the
// end of the session that wrote them, after every rule of it.
func TestEvalDev9(t *testing.T)  { evalSet(t, "dev9", evalFloorDev9Figures) }
func TestEvalDev10(t *testing.T) { evalSet(t, "dev10", evalFloorDev10Figures) }
func TestEvalDev11(t *testing.T) { evalSet(t, "dev11", evalFloorDev11Figures) }

// dev12 and dev13 were written unseen and scored once at the end of
// session 4 (see their notes.md); they are development sets since.
func TestEvalDev12(t *testing.T) { evalSet(t, "dev12", evalFloorDev12Figures) }
func TestEvalDev13(t *testing.T) { evalSet(t, "dev13", evalFloorDev13Figures) }

// dev14 to dev16 were written unseen in session 5 and scored once, after
// every rule of its first part (see their notes.md); development sets since.
func TestEvalDev14(t *testing.T) { evalSet(t, "dev14", evalFloorDev14Figures) }
func TestEvalDev15(t *testing.T) { evalSet(t, "dev15", evalFloorDev15Figures) }
func TestEvalDev16(t *testing.T) { evalSet(t, "dev16", evalFloorDev16Figures) }

// dev17 to dev19 were written unseen in session 5 and scored once, after
// every rule before them (see their notes.md); development sets since
// session 6.
func TestEvalDev17(t *testing.T) { evalSet(t, "dev17", evalFloorDev17Figures) }
func TestEvalDev18(t *testing.T) { evalSet(t, "dev18", evalFloorDev18Figures) }
func TestEvalDev19(t *testing.T) { evalSet(t, "dev19", evalFloorDev19Figures) }

// dev20 to dev22 were written unseen in session 6 and scored once, at its
// end, after every rule of it (see their notes.md); they stay sealed.
func TestEvalDev20(t *testing.T) { evalSet(t, "dev20", evalFloorDev20Figures) }
func TestEvalDev21(t *testing.T) { evalSet(t, "dev21", evalFloorDev21Figures) }
func TestEvalDev22(t *testing.T) { evalSet(t, "dev22", evalFloorDev22Figures) }

// dev23 to dev25 were written unseen in session 7 and scored once, at its
// end, after every rule of it (see their notes.md); then unsealed.
func TestEvalDev23(t *testing.T) { evalSet(t, "dev23", evalFloorDev23Figures) }
func TestEvalDev24(t *testing.T) { evalSet(t, "dev24", evalFloorDev24Figures) }
func TestEvalDev25(t *testing.T) { evalSet(t, "dev25", evalFloorDev25Figures) }

// dev26 to dev28 were written unseen in session 8 and scored once, at its
// end, after every rule of it (see their notes.md); then unsealed.
func TestEvalDev26(t *testing.T) { evalSet(t, "dev26", evalFloorDev26Figures) }
func TestEvalDev27(t *testing.T) { evalSet(t, "dev27", evalFloorDev27Figures) }
func TestEvalDev28(t *testing.T) { evalSet(t, "dev28", evalFloorDev28Figures) }

// dev29 to dev32 were written unseen in session 9 and scored once, at its
// end, after every rule of it (see their notes.md); then unsealed.
func TestEvalDev29(t *testing.T) { evalSet(t, "dev29", evalFloorDev29Figures) }
func TestEvalDev30(t *testing.T) { evalSet(t, "dev30", evalFloorDev30Figures) }
func TestEvalDev31(t *testing.T) { evalSet(t, "dev31", evalFloorDev31Figures) }
func TestEvalDev32(t *testing.T) { evalSet(t, "dev32", evalFloorDev32Figures) }

// para1 is dev31 rewritten in other words (same facts, sources and gold,
// other constructions, verbs, number forms and attribution places): an
// open set that measures robustness to phrasing against dev31's scores.
func TestEvalPara1(t *testing.T) { evalSet(t, "para1", evalFloorPara1Figures) }

// para2 is dev30 rewritten in other words, like para1 (see its notes.md).
func TestEvalPara2(t *testing.T) { evalSet(t, "para2", evalFloorPara2Figures) }

// dev33 to dev36 were written unseen in session 10 and scored once, after
// every rule of its two improvement rounds (see their notes.md); then unsealed.
func TestEvalDev33(t *testing.T) { evalSet(t, "dev33", evalFloorDev33Figures) }
func TestEvalDev34(t *testing.T) { evalSet(t, "dev34", evalFloorDev34Figures) }
func TestEvalDev35(t *testing.T) { evalSet(t, "dev35", evalFloorDev35Figures) }
func TestEvalDev36(t *testing.T) { evalSet(t, "dev36", evalFloorDev36Figures) }

// dev37 to dev40 were written unseen in session 11 and scored once, after
// every rule of its two improvement rounds (see their notes.md); then unsealed.
func TestEvalDev37(t *testing.T) { evalSet(t, "dev37", evalFloorDev37Figures) }
func TestEvalDev38(t *testing.T) { evalSet(t, "dev38", evalFloorDev38Figures) }
func TestEvalDev39(t *testing.T) { evalSet(t, "dev39", evalFloorDev39Figures) }
func TestEvalDev40(t *testing.T) { evalSet(t, "dev40", evalFloorDev40Figures) }

// dev41 to dev44 were written unseen in session 12 and scored once, after
// every rule of its improvement round (see their notes.md); then unsealed.
func TestEvalDev41(t *testing.T) { evalSet(t, "dev41", evalFloorDev41Figures) }
func TestEvalDev42(t *testing.T) { evalSet(t, "dev42", evalFloorDev42Figures) }
func TestEvalDev43(t *testing.T) { evalSet(t, "dev43", evalFloorDev43Figures) }
func TestEvalDev44(t *testing.T) { evalSet(t, "dev44", evalFloorDev44Figures) }

// dev45 to dev48 were written unseen in session 13, scored once after every
// rule of its improvement rounds (see their notes.md), then unsealed.
func TestEvalDev45(t *testing.T) { evalSet(t, "dev45", evalFloorDev45Figures) }
func TestEvalDev46(t *testing.T) { evalSet(t, "dev46", evalFloorDev46Figures) }
func TestEvalDev47(t *testing.T) { evalSet(t, "dev47", evalFloorDev47Figures) }
func TestEvalDev48(t *testing.T) { evalSet(t, "dev48", evalFloorDev48Figures) }

// dev49 to dev52 were written unseen in session 14, scored once after every
// rule of its improvement rounds (see their notes.md), then unsealed.
func TestEvalDev49(t *testing.T) { evalSet(t, "dev49", evalFloorDev49Figures) }
func TestEvalDev50(t *testing.T) { evalSet(t, "dev50", evalFloorDev50Figures) }
func TestEvalDev51(t *testing.T) { evalSet(t, "dev51", evalFloorDev51Figures) }
func TestEvalDev52(t *testing.T) { evalSet(t, "dev52", evalFloorDev52Figures) }

// dev53 to dev56 were written unseen in session 15 and first scored at its
// end, after every rule of it (see their notes.md); then unsealed.
func TestEvalDev53(t *testing.T) { evalSet(t, "dev53", evalFloorDev53Figures) }
func TestEvalDev54(t *testing.T) { evalSet(t, "dev54", evalFloorDev54Figures) }
func TestEvalDev55(t *testing.T) { evalSet(t, "dev55", evalFloorDev55Figures) }
func TestEvalDev56(t *testing.T) { evalSet(t, "dev56", evalFloorDev56Figures) }

// dev57 to dev60 were written unseen in session 16 and first scored at its
// end (see their notes.md); they stay sealed until the next session reads them.
func TestEvalDev57(t *testing.T) { evalSet(t, "dev57", evalFloorDev57Figures) }
func TestEvalDev58(t *testing.T) { evalSet(t, "dev58", evalFloorDev58Figures) }
func TestEvalDev59(t *testing.T) { evalSet(t, "dev59", evalFloorDev59Figures) }
func TestEvalDev60(t *testing.T) { evalSet(t, "dev60", evalFloorDev60Figures) }

// TestEvalHeldout measures the held-out set, which rules are never tuned on.
func TestEvalHeldout(t *testing.T) { evalSet(t, "heldout", evalFloorHeldoutFigures) }

// sealed are the sets whose per-item lines are never printed: the held-out
// set and dev7, and dev57 to dev60 until the next session. dev12 to dev56
// were unsealed after their first contact (recorded in their notes.md), as
// dev9 to dev11 were before them.
var sealed = map[string]bool{"heldout": true, "dev7": true, "dev57": true, "dev58": true, "dev59": true, "dev60": true}

// Floors a little under the measured scores (raised at the end of sessions
// 13, 12, 11, 10 and 7 where they had risen, and at the end of session 6 to about 0.04 under each set's figure F1 then; before that: dev 0.97, dev2 0.92, dev3 0.90, dev4 0.94, dev5 0.85, dev6 0.93,
// dev7 0.81, dev8 0.84, dev11 0.77, dev12 0.77, dev13 0.92, held-out 0.85;
// at first contact dev5 0.67, dev6
// 0.88, dev7 0.79, dev8 0.76, dev9 0.71, dev10 0.69, dev11 0.73, dev12 0.61,
// dev13 0.85, dev14 0.81, dev15 0.69, dev16 0.78, dev17 0.67, dev18 0.71,
// dev19 0.75),
// so that a regression fails the build while noise does not.
const (
	evalFloorDevFigures     = 0.93
	evalFloorDev2Figures    = 0.88
	evalFloorDev3Figures    = 0.88
	evalFloorDev4Figures    = 0.91
	evalFloorDev5Figures    = 0.81
	evalFloorDev6Figures    = 0.91
	evalFloorDev7Figures    = 0.8
	evalFloorDev8Figures    = 0.83
	evalFloorDev9Figures    = 0.79
	evalFloorDev10Figures   = 0.82
	evalFloorDev11Figures   = 0.79
	evalFloorDev12Figures   = 0.79
	evalFloorDev13Figures   = 0.91
	evalFloorDev14Figures   = 0.84
	evalFloorDev15Figures   = 0.79
	evalFloorDev16Figures   = 0.86
	evalFloorDev17Figures   = 0.86
	evalFloorDev18Figures   = 0.88
	evalFloorDev19Figures   = 0.87
	evalFloorDev20Figures   = 0.81
	evalFloorDev21Figures   = 0.88
	evalFloorDev22Figures   = 0.86
	evalFloorDev23Figures   = 0.83
	evalFloorDev24Figures   = 0.86
	evalFloorDev25Figures   = 0.83
	evalFloorDev26Figures   = 0.74
	evalFloorDev27Figures   = 0.81
	evalFloorDev28Figures   = 0.86
	evalFloorDev29Figures   = 0.80
	evalFloorDev30Figures   = 0.83
	evalFloorDev31Figures   = 0.77
	evalFloorDev32Figures   = 0.81
	evalFloorPara1Figures   = 0.81
	evalFloorPara2Figures   = 0.77
	evalFloorDev33Figures   = 0.83
	evalFloorDev34Figures   = 0.79
	evalFloorDev35Figures   = 0.79
	evalFloorDev36Figures   = 0.76
	evalFloorDev37Figures   = 0.76
	evalFloorDev38Figures   = 0.83
	evalFloorDev39Figures   = 0.79
	evalFloorDev40Figures   = 0.77
	evalFloorDev41Figures   = 0.71
	evalFloorDev42Figures   = 0.75
	evalFloorDev43Figures   = 0.83
	evalFloorDev44Figures   = 0.76
	evalFloorDev45Figures   = 0.67
	evalFloorDev46Figures   = 0.86
	evalFloorDev47Figures   = 0.76
	evalFloorDev48Figures   = 0.68
	evalFloorDev49Figures   = 0.72
	evalFloorDev50Figures   = 0.74
	evalFloorDev51Figures   = 0.63
	evalFloorDev52Figures   = 0.79
	evalFloorDev53Figures   = 0.60
	evalFloorDev54Figures   = 0.65
	evalFloorDev55Figures   = 0.68
	evalFloorDev56Figures   = 0.76
	evalFloorDev57Figures   = 0.71
	evalFloorDev58Figures   = 0.67
	evalFloorDev59Figures   = 0.82
	evalFloorDev60Figures   = 0.72
	evalFloorHeldoutFigures = 0.83
)
