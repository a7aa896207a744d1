package pipeline_test

import (
	"math"
	"sort"
	"testing"
)

func TestCoEventScore(t *testing.T) {
	type want struct {
		pairs, within pairCount
		b3P, b3R      float64
	}
	tests := []struct {
		name  string
		items []coItem
		want  want
	}{
		{"no figures", nil, want{b3P: 1, b3R: 1}},
		{"grouped as the gold groups",
			[]coItem{{"v1", "A", "x"}, {"v1", "A", "x"}, {"v2", "B", "y"}},
			want{pairs: pairCount{tp: 1}, within: pairCount{tp: 1}, b3P: 1, b3R: 1}},
		{"a second event of an article merged into the first, which another article shares",
			[]coItem{{"v1", "A", "x"}, {"v1", "B", "x"}, {"v2", "A", "x"}},
			want{pairs: pairCount{tp: 1, fp: 2}, within: pairCount{fp: 1}, b3P: 5.0 / 9, b3R: 1}},
		{"one event split in two within an article",
			[]coItem{{"v1", "A", "x"}, {"v1", "A", "y"}},
			want{pairs: pairCount{fn: 1}, within: pairCount{fn: 1}, b3P: 1, b3R: 0.5}},
		{"figures of no gold event stand alone",
			[]coItem{{"v1", "", "x"}, {"v2", "", "x"}},
			want{pairs: pairCount{fp: 1}, b3P: 0.5, b3R: 1}},
		{"claims in no predicted event stand alone",
			[]coItem{{"v1", "A", ""}, {"v1", "A", ""}},
			want{pairs: pairCount{fn: 1}, within: pairCount{fn: 1}, b3P: 1, b3R: 0.5}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := coEventScore(tc.items)
			if s.pairs != tc.want.pairs || s.within != tc.want.within {
				t.Errorf("pairs %+v within %+v, want %+v and %+v", s.pairs, s.within, tc.want.pairs, tc.want.within)
			}
			if math.Abs(s.b3P-tc.want.b3P) > 1e-9 || math.Abs(s.b3R-tc.want.b3R) > 1e-9 {
				t.Errorf("B3 P=%.3f R=%.3f, want %.3f and %.3f", s.b3P, s.b3R, tc.want.b3P, tc.want.b3R)
			}
		})
	}
}

func TestCoEventScoreRatios(t *testing.T) {
	c := pairCount{tp: 1, fp: 2}
	if math.Abs(c.p()-1.0/3) > 1e-9 || c.r() != 1 || math.Abs(c.f1()-0.5) > 1e-9 {
		t.Errorf("P=%.3f R=%.3f F1=%.3f, want 0.333 1 0.5", c.p(), c.r(), c.f1())
	}
}

func TestMatchFigures(t *testing.T) {
	fig := func(art, src string, low, pos int, ev string) coFig {
		return coFig{article: art, source: src, outcome: "killed", low: low, high: "∞", pos: pos, event: ev}
	}
	tests := []struct {
		name      string
		gold, got []coFig
		want      []coItem // sorted by gold, then pred
	}{
		{"equal values of two events go each to the nearest mention",
			[]coFig{fig("v1", "sohr", 3, 10, "A"), fig("v1", "sohr", 3, 100, "B")},
			[]coFig{fig("v1", "sohr", 3, 95, "q"), fig("v1", "sohr", 3, 12, "p")},
			[]coItem{{"v1", "A", "p"}, {"v1", "B", "q"}}},
		{"the same source is matched before a nearer other source",
			[]coFig{fig("v1", "sohr", 5, 0, "A"), fig("v1", "activist", 5, 50, "B")},
			[]coFig{fig("v1", "activist", 5, 0, "p")},
			[]coItem{{"v1", "B", "p"}}},
		{"a figure with the wrong source is still matched on its value",
			[]coFig{fig("v1", "sohr", 7, 0, "A")},
			[]coFig{fig("v1", "outlet", 7, 3, "p")},
			[]coItem{{"v1", "A", "p"}}},
		{"another article or value does not match",
			[]coFig{fig("v1", "sohr", 7, 0, "A")},
			[]coFig{fig("v2", "sohr", 7, 0, "p"), fig("v1", "sohr", 8, 0, "q")},
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := matchFigures(tc.gold, tc.got)
			sort.Slice(got, func(i, j int) bool {
				if got[i].gold != got[j].gold {
					return got[i].gold < got[j].gold
				}
				return got[i].pred < got[j].pred
			})
			if len(got) != len(tc.want) {
				t.Fatalf("got %+v, want %+v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("got %+v, want %+v", got, tc.want)
				}
			}
		})
	}
}
