package places

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// loadT loads the embedded gazetteer or fails the test.
func loadT(tb testing.TB) *Gazetteer {
	tb.Helper()
	g, err := Load()
	if err != nil {
		tb.Fatalf("Load: %v", err)
	}
	return g
}

func TestLoad(t *testing.T) {
	g := loadT(t)
	if g.Len() < 320 {
		t.Errorf("Len() = %d, want at least 320 places", g.Len())
	}
	govs := []string{"damascus", "rif_dimashq", "aleppo", "idlib", "hama", "homs", "latakia", "tartus",
		"deir_ez_zor", "raqqa", "hasakah", "daraa", "suwayda", "quneitra"}
	for _, id := range govs {
		p, ok := g.Get(id)
		if !ok || p.Kind != KindGovernorate || p.Parent != "syria" {
			t.Errorf("Get(%q) = %+v, %v; want a governorate of syria", id, p, ok)
		}
	}
	seen := map[Kind]int{}
	for _, p := range g.Places() {
		seen[p.Kind]++
		if len(p.NamesAr) == 0 {
			t.Errorf("%s has no Arabic name", p.ID)
		}
	}
	for k := range validKinds {
		if k == KindSubdistrict {
			continue // the towns stand for their subdistricts
		}
		if seen[k] == 0 {
			t.Errorf("no place of kind %s", k)
		}
	}
	if _, ok := g.Get("atlantis"); ok {
		t.Error(`Get("atlantis") found a place`)
	}
}

func TestContainment(t *testing.T) {
	g := loadT(t)
	tests := []struct {
		id, anc string
		want    bool
	}{
		{"conoco_field", "deir_ez_zor", true},
		{"conoco_field", "syria", true},
		{"conoco_field", "hasakah", false},
		{"mezzeh", "damascus", true},
		{"mezzeh_airport", "damascus", true},
		{"mezzeh_airport", "mezzeh", true},
		{"tanf", "homs", true},
		{"tanf", "syria", true},
		{"green_village", "omar_field", true},
		{"green_village", "deir_ez_zor", true},
		{"deir_ez_zor_city", "deir_ez_zor", true},
		{"deir_ez_zor", "deir_ez_zor_city", false},
		{"deir_ez_zor", "deir_ez_zor", true},
		{"damascus_airport", "rif_dimashq", true},
		{"damascus_airport", "damascus", false},
		{"rmeilan_base", "hasakah", true},
		{"tower_22", "jordan", true},
		{"tower_22", "syria", false},
		{"ain_al_asad", "iraq", true},
		{"occupied_golan", "syria", true},
		{"syria", "conoco_field", false},
		{"nowhere", "syria", false},
		{"syria", "nowhere", false},
	}
	for _, tt := range tests {
		if got := g.Within(tt.id, tt.anc); got != tt.want {
			t.Errorf("Within(%q, %q) = %v, want %v", tt.id, tt.anc, got, tt.want)
		}
	}
}

func TestAncestors(t *testing.T) {
	g := loadT(t)
	tests := []struct {
		id   string
		want []string
	}{
		{"conoco_field", []string{"deir_ez_zor", "syria"}},
		{"mezzeh_airport", []string{"mezzeh", "damascus", "syria"}},
		{"green_village", []string{"omar_field", "deir_ez_zor", "syria"}},
		{"syria", nil},
		{"nowhere", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, g.Ancestors(tt.id)); diff != "" {
			t.Errorf("Ancestors(%q) (-want +got):\n%s", tt.id, diff)
		}
		// The list is shared: appending to it must copy it.
		if a := g.Ancestors(tt.id); cap(a) != len(a) {
			t.Errorf("Ancestors(%q): capacity %d beyond its %d places", tt.id, cap(a), len(a))
		}
	}
}

func TestMostSpecificFirst(t *testing.T) {
	g := loadT(t)
	tests := []struct {
		in, want []string
	}{
		{[]string{"deir_ez_zor", "conoco_field"}, []string{"conoco_field", "deir_ez_zor"}},
		{[]string{"syria", "deir_ez_zor", "syria", "omar_field", "conoco_field"},
			[]string{"omar_field", "conoco_field", "deir_ez_zor", "syria"}},
		{[]string{"unknown", "syria", "mezzeh_airport"}, []string{"mezzeh_airport", "syria", "unknown"}},
		{nil, []string{}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, g.MostSpecificFirst(tt.in)); diff != "" {
			t.Errorf("MostSpecificFirst(%v) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestNearby(t *testing.T) {
	g := loadT(t)
	tests := []struct {
		a, b string
		km   float64
		want bool
	}{
		{"conoco_field", "deir_ez_zor_city", 30, true},
		{"omar_field", "mayadin", 20, true},
		{"omar_field", "albu_kamal", 20, false},
		{"kiswah", "damascus", 25, true},
		{"tanf", "damascus", 100, false},
		{"levant", "syria", 10000, false}, // no coordinates
		{"nowhere", "syria", 10000, false},
	}
	for _, tt := range tests {
		if got := g.Nearby(tt.a, tt.b, tt.km); got != tt.want {
			d, _ := g.Distance(tt.a, tt.b)
			t.Errorf("Nearby(%q, %q, %v) = %v, want %v (distance %.1f km)", tt.a, tt.b, tt.km, got, tt.want, d)
		}
	}
	// Damascus–Aleppo is about 310 km.
	if d, ok := g.Distance("damascus", "aleppo_city"); !ok || d < 290 || d > 330 {
		t.Errorf("Distance(damascus, aleppo_city) = %.0f, %v; want about 310", d, ok)
	}
}

// TestAround checks Around against Nearby on every pair of places, for
// radii answered from the neighbour lists and beyond them.
func TestAround(t *testing.T) {
	g := loadT(t)
	all := g.Places()
	for _, km := range []float64{5, 10, 25, AroundMaxKm, 120} {
		pairs := 0
		for _, p := range all {
			around := g.Around(p.ID, km)
			got := map[string]bool{}
			last := -1.0
			for _, q := range around {
				got[q] = true
				d, _ := g.Distance(p.ID, q)
				if d < last {
					t.Errorf("Around(%s, %v): %s (%.1f km) after a place %.1f km away", p.ID, km, q, d, last)
				}
				last = d
			}
			for _, q := range all {
				want := q.ID != p.ID && g.Nearby(p.ID, q.ID, km)
				if got[q.ID] != want {
					d, _ := g.Distance(p.ID, q.ID)
					t.Errorf("Around(%s, %v) has %s: %v, want %v (%.1f km)", p.ID, km, q.ID, got[q.ID], want, d)
				}
				if want {
					pairs++
				}
			}
		}
		if km >= 25 && pairs == 0 {
			t.Errorf("no pair of places within %v km: the test checks nothing", km)
		}
	}
	if got := g.Around("nowhere", 50); got != nil {
		t.Errorf("Around(nowhere) = %v", got)
	}
	if got := g.Around("levant", 50); got != nil {
		t.Errorf("Around(levant), a place without coordinates, = %v", got)
	}
}

func TestParseProblems(t *testing.T) {
	const head = "# test data\n"
	line := func(fields ...string) string { return strings.Join(fields, "\t") + "\n" }
	syria := line("syria", "country", "-", "35", "38", "Syria", "سوريا")
	tests := []struct {
		name string
		data string
		want []string // "line: substring" of each expected problem
	}{
		{"duplicate id", head + syria + line("syria", "country", "-", "35", "38", "Syria again", "سورية"),
			[]string{`3: duplicate id "syria" (first on line 2)`}},
		{"empty names", head + syria + line("a", "town", "syria", "35", "38", "A", "") +
			line("b", "town", "syria", "35", "38", "B", "بلدة||قرية") + line("c", "town", "syria", "35", "38", "C", "+"),
			[]string{"3: a: no Arabic names", "4: b: empty Arabic name", "5: c: empty Arabic name"}},
		{"unknown parent", head + syria + line("x", "town", "atlantis", "35", "38", "X", "إكس"),
			[]string{`3: x: unknown parent "atlantis"`}},
		{"cycle", head + syria + line("a", "town", "b", "35", "38", "A", "ألف") + line("b", "town", "c", "35", "38", "B", "باء") +
			line("c", "town", "a", "35", "38", "C", "جيم") + line("d", "town", "d", "35", "38", "D", "دال"),
			[]string{"3: a: parent cycle", "6: d: is its own parent"}},
		{"bad coordinates", head + syria + line("a", "town", "syria", "135", "38", "A", "ألف") +
			line("b", "town", "syria", "35", "0", "B", "باء") + line("c", "town", "syria", "north", "38", "C", "جيم"),
			[]string{"3: a: coordinates 135 38 out of range", "4: b: only one of lat", "5: c: coordinates"}},
		{"far from parent", head + syria + line("gov", "governorate", "syria", "35", "40", "Gov", "محافظتنا") +
			line("t", "town", "gov", "33", "36", "T", "تاء"),
			[]string{"4: t: 431 km from gov"}},
		{"shared name", head + syria + line("a", "town", "syria", "35", "38", "A", "الباب") +
			line("b", "city", "syria", "35", "38", "B", "الباب"),
			[]string{`4: b: name "الباب" also names a (line 3)`}},
		{"same name twice", head + syria + line("a", "town", "syria", "35", "38", "A", "أعزاز|اعزاز"),
			[]string{`3: a: name "اعزاز" given twice`}},
		{"head-only of the same kind", head + syria + line("a", "airport", "syria", "35", "38", "A", "+حلب") +
			line("b", "airport", "syria", "35", "38", "B", "+حلب"),
			[]string{`4: b: name "حلب" also names a (line 3), a airport too`}},
		{"lonely shared marker", head + syria + line("a", "town", "syria", "35", "38", "A", "?ألف"),
			[]string{"3: a: a name is marked shared"}},
		{"bad fields", head + syria + "x\ttown\tsyria\n" + line("Bad-Id", "hamlet", "syria", "35", "38", "", "#ألف") +
			line("r", "town", "", "35", "38", "R", "راء", "colour=red"),
			[]string{"3: want 7 or 8 tab-separated fields", `4: id "Bad-Id" is not`, `4: Bad-Id: unknown kind "hamlet"`,
				"4: Bad-Id: empty English name", "4: Bad-Id: name", "5: r: a town needs a parent", `5: r: unknown attribute "colour"`}},
		{"unknown countryside", head + line("syria", "country", "-", "35", "38", "Syria", "سوريا", "countryside=nowhere"),
			[]string{`2: syria: unknown countryside place "nowhere"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("test.tsv", strings.NewReader(tt.data), nil)
			var de *DataError
			if !errors.As(err, &de) {
				t.Fatalf("Parse error = %v, want a *DataError", err)
			}
			var got []string
			for _, p := range de.Problems {
				got = append(got, strconv.Itoa(p.Line)+": "+p.Msg)
			}
			for _, w := range tt.want {
				lineNo, msg, _ := strings.Cut(w, ": ")
				found := false
				for _, g := range got {
					if strings.HasPrefix(g, lineNo+": ") && strings.Contains(g, msg) {
						found = true
					}
				}
				if !found {
					t.Errorf("missing problem %q in:\n%s", w, strings.Join(got, "\n"))
				}
			}
			if len(got) != len(tt.want) {
				t.Errorf("got %d problems, want %d:\n%s", len(got), len(tt.want), strings.Join(got, "\n"))
			}
			if !strings.Contains(err.Error(), "test.tsv:") {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
}

func TestParseValid(t *testing.T) {
	data := "syria\tcountry\t-\t35\t38\tSyria\tسوريا\n" +
		"gov\tgovernorate\tsyria\t35\t40\tGov\tالمحافظة الأولى|+الأولى\n" +
		"town\ttown\tgov\t35.1\t40.1\tTown\t~البلدة الصغيرة\n"
	g, err := Parse("ok.tsv", strings.NewReader(data), strings.NewReader("# none\n"))
	if err != nil {
		t.Fatal(err)
	}
	if g.Len() != 3 || !g.Within("town", "syria") || g.Depth("town") != 2 {
		t.Errorf("unexpected gazetteer: len %d, within %v, depth %d", g.Len(), g.Within("town", "syria"), g.Depth("town"))
	}
}

// TestDataHasNoSeedSentences guards the rule that no run of four Arabic
// words of a seed article appears in the package's data or code.
func TestDataHasNoSeedSentences(t *testing.T) {
	seeds, _ := filepath.Glob("../../testdata/seeds/*.txt")
	if len(seeds) == 0 {
		t.Skip("no seeds")
	}
	word := regexp.MustCompile(`[\x{0600}-\x{06FF}]+`)
	shingles := func(text string) map[string]bool {
		w := word.FindAllString(text, -1)
		out := map[string]bool{}
		for i := 0; i+4 <= len(w); i++ {
			out[strings.Join(w[i:i+4], " ")] = true
		}
		return out
	}
	seed := map[string]bool{}
	for _, f := range seeds {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for s := range shingles(string(b)) {
			seed[s] = true
		}
	}
	files, _ := filepath.Glob("*.go")
	more, _ := filepath.Glob("data/*")
	for _, f := range append(files, more...) {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var hits []string
		for s := range shingles(string(b)) {
			if seed[s] {
				hits = append(hits, s)
			}
		}
		sort.Strings(hits)
		if len(hits) > 0 {
			t.Errorf("%s repeats seed text: %q", f, hits)
		}
	}
}

// TestExpanse: regions and rivers are expanses, no incident's scene;
// governorates, towns and unknown ids are not.
func TestExpanse(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id   string
		want bool
	}{
		{"badia", true}, {"euphrates", true}, {"homs", false}, {"sayyida_zaynab", false}, {"no_such_place", false},
	}
	for _, tt := range tests {
		if got := g.Expanse(tt.id); got != tt.want {
			t.Errorf("Expanse(%q) = %v, want %v", tt.id, got, tt.want)
		}
	}
}

// TestRiver: rivers are rivers; regions, towns and unknown ids are not.
func TestRiver(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id   string
		want bool
	}{
		{"euphrates", true}, {"orontes", true}, {"khabur", true}, {"badia", false}, {"homs", false}, {"no_such_place", false},
	}
	for _, tt := range tests {
		if got := g.River(tt.id); got != tt.want {
			t.Errorf("River(%q) = %v, want %v", tt.id, got, tt.want)
		}
	}
}
