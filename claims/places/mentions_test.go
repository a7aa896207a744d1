package places

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/riwaya/riwaya/claims/arabic"
)

var update = flag.Bool("update", false, "rewrite testdata/seed_places.golden and testdata/generated.jsonl")

// example is one line of testdata/mentions.jsonl or generated.jsonl.
type example struct {
	Text string   `json:"text"`
	Want []string `json:"want"` // place ids of all mentions, in text order
	// Optional, aligned with Want: the text of each mention's Name and
	// Span, its "qualifier/direction", and its alternatives.
	Names []string   `json:"names,omitempty"`
	Spans []string   `json:"spans,omitempty"`
	Quals []string   `json:"quals,omitempty"`
	Alts  [][]string `json:"alts,omitempty"`
	Note  string     `json:"note,omitempty"`
}

func readExamples(t *testing.T, path string) []example {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []example
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		var ex example
		if err := json.Unmarshal(sc.Bytes(), &ex); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		out = append(out, ex)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// checkExample compares the mentions of ex.Text with what ex wants.
func checkExample(t *testing.T, g *Gazetteer, ex example) {
	t.Helper()
	ms := g.Mentions(ex.Text, arabic.Tokenize(ex.Text))
	got := make([]string, len(ms))
	for i, m := range ms {
		got[i] = m.PlaceID
	}
	want := ex.Want
	if want == nil {
		want = []string{}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%s\nplaces (-want +got):\n%s%s", ex.Text, diff, describe(ex.Text, ms))
		return
	}
	for i, m := range ms {
		if i < len(ex.Names) && ex.Names[i] != "" && m.Name.In(ex.Text) != ex.Names[i] {
			t.Errorf("%s\nmention %d name %q, want %q", ex.Text, i, m.Name.In(ex.Text), ex.Names[i])
		}
		if i < len(ex.Spans) && ex.Spans[i] != "" && m.Span.In(ex.Text) != ex.Spans[i] {
			t.Errorf("%s\nmention %d span %q, want %q", ex.Text, i, m.Span.In(ex.Text), ex.Spans[i])
		}
		if i < len(ex.Quals) && ex.Quals[i] != "" && m.Qualifier+"/"+m.Direction != ex.Quals[i] {
			t.Errorf("%s\nmention %d qualifier/direction %q, want %q", ex.Text, i, m.Qualifier+"/"+m.Direction, ex.Quals[i])
		}
		if i < len(ex.Alts) && !cmp.Equal(ex.Alts[i], m.Alternatives, cmp.Comparer(func(a, b []string) bool {
			return len(a) == len(b) && strings.Join(a, ",") == strings.Join(b, ",")
		})) {
			t.Errorf("%s\nmention %d alternatives %v, want %v", ex.Text, i, m.Alternatives, ex.Alts[i])
		}
	}
}

// describe renders mentions for failure messages.
func describe(text string, ms []Mention) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "\n  %s %q rule=%s qual=%s/%s", m.PlaceID, m.Span.In(text), m.Rule, m.Qualifier, m.Direction)
	}
	return b.String()
}

func TestMentionsHandWritten(t *testing.T) {
	g := loadT(t)
	exs := readExamples(t, "testdata/mentions.jsonl")
	if len(exs) < 60 {
		t.Errorf("only %d hand-written examples", len(exs))
	}
	for i, ex := range exs {
		t.Run(fmt.Sprintf("%03d", i+1), func(t *testing.T) { checkExample(t, g, ex) })
	}
}

func TestMentionsGenerated(t *testing.T) {
	g := loadT(t)
	const path = "testdata/generated.jsonl"
	if *update {
		var buf bytes.Buffer
		for _, ex := range generateExamples(t, g) {
			b, err := json.Marshal(ex)
			if err != nil {
				t.Fatal(err)
			}
			buf.Write(b)
			buf.WriteByte('\n')
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for i, ex := range readExamples(t, path) {
		t.Run(fmt.Sprintf("%04d", i+1), func(t *testing.T) { checkExample(t, g, ex) })
	}
}

// TestEveryPlaceHasPositive checks that the example files name every place
// at least once.
func TestEveryPlaceHasPositive(t *testing.T) {
	g := loadT(t)
	seen := map[string]bool{}
	for _, path := range []string{"testdata/mentions.jsonl", "testdata/generated.jsonl"} {
		for _, ex := range readExamples(t, path) {
			for _, id := range ex.Want {
				seen[id] = true
			}
		}
	}
	for _, p := range g.Places() {
		if !seen[p.ID] {
			t.Errorf("no example mentions %s", p.ID)
		}
	}
}

// Templates of generated sentences; {X} is the place expression. The
// last one has no locative word, for names that need none.
var genTemplates = []string{
	"سقطت قذائف على {X} صباح اليوم.",
	"أفاد ناشطون بوقوع انفجار في {X} مساء أمس.",
	"وصلت تعزيزات عسكرية إلى {X} خلال الليل.",
	"تشهد {X} هدوءا حذرا منذ أيام.",
}

// genHeads is the head used to introduce a head-only name of each kind.
var genHeads = map[Kind]string{
	KindCountry: "منطقة", KindGovernorate: "محافظة", KindDistrict: "منطقة", KindSubdistrict: "ناحية",
	KindCity: "مدينة", KindTown: "بلدة", KindVillage: "قرية", KindNeighbourhood: "حي",
	KindRegion: "منطقة", KindBase: "قاعدة", KindAirport: "مطار", KindOilField: "حقل",
	KindGasField: "حقل", KindCrossing: "معبر", KindRiver: "نهر", KindSite: "منطقة",
}

// generateExamples makes one sentence for every Arabic name of every
// place, the name preceded by the head its kind takes when it needs one;
// a shared name gets its place's nearest ancestor with a name of its own
// as context.
func generateExamples(t *testing.T, g *Gazetteer) []example {
	recs, probs, err := readPlaces(bytes.NewReader(placesTSV))
	if err != nil || len(probs) > 0 {
		t.Fatalf("reading embedded data: %v %v", err, probs)
	}
	plain := map[string]string{} // id → a name usable bare and unshared
	for _, r := range recs {
		for _, n := range r.names {
			if n.flags&(flagHeadOnly|flagShared|flagWeak) == 0 {
				plain[r.place.ID] = n.text
				break
			}
		}
	}
	var out []example
	k := 0
	for _, r := range recs {
		for _, n := range r.names {
			x, want := n.text, []string{r.place.ID}
			if n.flags&flagHeadOnly != 0 {
				head := genHeads[r.place.Kind]
				if r.place.Kind == KindSite && strings.Contains(r.place.NameEn, "camp") {
					head = "مخيم"
				}
				x = head + " " + n.text
			}
			if n.flags&flagShared != 0 {
				anc := ""
				for _, a := range g.Ancestors(r.place.ID) {
					if plain[a] != "" {
						anc = a
						break
					}
				}
				if anc == "" {
					continue // a root's shared name: its other names are tested
				}
				x += " في " + plain[anc]
				want = append(want, anc)
			}
			tmpl := genTemplates[k%len(genTemplates)]
			if n.flags&flagWeak != 0 && strings.HasPrefix(tmpl, "تشهد") {
				tmpl = genTemplates[0]
			}
			k++
			ex := example{Text: strings.Replace(tmpl, "{X}", x, 1), Want: want}
			if n.flags&flagHeadOnly == 0 {
				ex.Names = []string{n.text} // a head-only name may be read with its head
			}
			out = append(out, ex)
		}
	}
	return out
}

// seedFiles returns the seed articles.
func seedFiles(tb testing.TB) []string {
	files, err := filepath.Glob("../../testdata/seeds/*.txt")
	if err != nil || len(files) == 0 {
		tb.Skip("no seed articles")
	}
	return files
}

// TestSeedGolden compares every place mention in the seed articles with
// testdata/seed_places.golden, reviewed by hand. Run with -update to
// rewrite it, then review the diff against the Arabic.
func TestSeedGolden(t *testing.T) {
	g := loadT(t)
	var b strings.Builder
	b.WriteString("# file\tstart-end\tplace\trule\tqualifier/direction\ttext\n")
	for _, f := range seedFiles(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		for _, m := range g.Mentions(text, arabic.Tokenize(text)) {
			fmt.Fprintf(&b, "%s\t%d-%d\t%s\t%s\t%s/%s\t%s\n", filepath.Base(f), m.Span.Start, m.Span.End,
				m.PlaceID, m.Rule, m.Qualifier, m.Direction, m.Span.In(text))
		}
	}
	const golden = "testdata/seed_places.golden"
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), b.String()); diff != "" {
		t.Errorf("seed mentions differ from %s (-want +got):\n%s", golden, diff)
	}
}

func FuzzMentions(f *testing.F) {
	g := loadT(f)
	for _, file := range seedFiles(f) {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		for _, para := range strings.Split(string(data), "\n") {
			f.Add(para)
		}
	}
	f.Add("استهدف “كونيكو” و”العمر” بريف الدير")
	f.Add("لـ“الميادين” وقرب \xff مدينة")
	f.Add("حقلي العمر و")
	f.Fuzz(func(t *testing.T, text string) {
		toks := arabic.Tokenize(text)
		ms := g.Mentions(text, toks)
		// Rune boundaries as ranging decodes them: an invalid byte is a
		// rune of its own.
		boundary := map[int]bool{len(text): true}
		for i := range text {
			boundary[i] = true
		}
		prevEnd := 0
		for i, m := range ms {
			if m.Span.Start < prevEnd || m.Span.Start >= m.Span.End || m.Span.End > len(text) {
				t.Fatalf("mention %d span %v out of order or range (prev end %d, len %d)", i, m.Span, prevEnd, len(text))
			}
			if !m.Span.Contains(m.Name) || m.Name.Start >= m.Name.End {
				t.Fatalf("mention %d name %v outside span %v", i, m.Name, m.Span)
			}
			for _, off := range []int{m.Span.Start, m.Span.End, m.Name.Start, m.Name.End} {
				if !boundary[off] {
					t.Fatalf("mention %d: offset %d is not on a rune boundary", i, off)
				}
			}
			if m.First < 0 || m.First >= m.Last || m.Last > len(toks) {
				t.Fatalf("mention %d tokens [%d,%d) out of range (%d tokens)", i, m.First, m.Last, len(toks))
			}
			if _, ok := g.Get(m.PlaceID); !ok {
				t.Fatalf("mention %d: unknown place %q", i, m.PlaceID)
			}
			prevEnd = m.Span.End
		}
	})
}

func BenchmarkMentions(b *testing.B) {
	g := loadT(b)
	var texts []string
	var toks [][]arabic.Token
	size := 0
	for _, f := range seedFiles(b) {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		toks = append(toks, arabic.Tokenize(string(data)))
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i, text := range texts {
			g.Mentions(text, toks[i])
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}
