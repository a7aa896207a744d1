package sources

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
)

// testRegistry loads the embedded registry once for all tests.
var testRegistry = sync.OnceValues(Load)

func mustRegistry(tb testing.TB) *Registry {
	tb.Helper()
	r, err := testRegistry()
	if err != nil {
		tb.Fatalf("Load: %v", err)
	}
	return r
}

// contractIDs are the source ids that CONTRACT.md fixes.
var contractIDs = []string{"sana", "syria_state_tv", "syrian_army", "sohr", "pentagon", "centcom",
	"coalition", "us_government", "almayadeen", "russia_mod", "russia_mfa", "iran_mfa", "iran_advisors",
	"reuters", "xinhua", "sputnik", "interfax", "nyt", "alarabiya", "skynews_arabia", "sy24",
	"ansarallah", "local_sources", "analyst", "media", "outlet"}

func TestLoad(t *testing.T) {
	r := mustRegistry(t)
	if r.Len() < 90 {
		t.Errorf("registry has %d sources, want at least 90", r.Len())
	}
	for _, id := range contractIDs {
		if _, ok := r.Source(id); !ok {
			t.Errorf("contract id %q missing", id)
		}
	}
	for _, id := range []string{"snhr", "white_helmets", "sdf", "idf", "hezbollah", "irgc", "syria_tv",
		"athr_press", "shafaq", "enab_baladi", "informed_sources", "activist"} {
		if _, ok := r.Source(id); !ok {
			t.Errorf("domain id %q missing", id)
		}
	}
	for _, s := range r.Sources() {
		searchable := false
		for _, n := range s.Names {
			if matchForms[n.Form] {
				searchable = true
			}
		}
		if !searchable {
			t.Errorf("%s: no name that can be found in text", s.ID)
		}
		if s.Parent != "" {
			if _, ok := r.Source(s.Parent); !ok {
				t.Errorf("%s: parent %q not found", s.ID, s.Parent)
			}
		}
	}
}

func TestSourceFields(t *testing.T) {
	r := mustRegistry(t)
	tests := []struct {
		id, kind, aff, actor, parent string
		generic                      bool
	}{
		{"centcom", KindMilitary, "us", "us", "pentagon", false},
		{"russia_mod", KindGovernment, "russia", "russia", "russia_government", false},
		{"syrian_army", KindMilitary, "syria_gov", "syria_gov", "syria_mod", false},
		{"sana", KindStateMedia, "syria_gov", "", "syria_government", false},
		{"sohr", KindMonitor, "opposition", "", "", false},
		{"almanar", KindMedia, "iran", "", "hezbollah", false},
		{"local_sources", KindAnonymous, "unknown", "", "", true},
		{"outlet", KindOutlet, "unknown", "", "", true},
	}
	for _, tt := range tests {
		s, ok := r.Source(tt.id)
		if !ok {
			t.Errorf("%s: not found", tt.id)
			continue
		}
		if s.Kind != tt.kind || s.Affiliation != tt.aff || s.Actor != tt.actor || s.Parent != tt.parent || s.Generic != tt.generic {
			t.Errorf("%s = {%s %s %s %s %v}, want {%s %s %s %s %v}", tt.id, s.Kind, s.Affiliation, s.Actor, s.Parent,
				s.Generic, tt.kind, tt.aff, tt.actor, tt.parent, tt.generic)
		}
	}
}

func TestLookup(t *testing.T) {
	r := mustRegistry(t)
	tests := []struct{ name, want string }{
		{"Al Arabiya.net", "alarabiya"},
		{"al arabiya", "alarabiya"},
		{"Alarabiya.net", "alarabiya"},
		{"Sky News Arabia", "skynews_arabia"},
		{"Xinhua", "xinhua"},
		{"SY24", "sy24"},
		{"sy24", "sy24"},
		{"سكاي نيوز", "skynews_arabia"},
		{"العربية.نت", "alarabiya"},
		{"شينخوا", "xinhua"},
		{"Ansar Allah", "ansarallah"},
		{"Al Mayadeen", "almayadeen"},
		{"الميادين", "almayadeen"},
		{"The New York Times", "nyt"},
		{"Reuters", "reuters"},
		{"رويترز", "reuters"},
		{"SANA", "sana"},
		{"سانا", "sana"},
		{"Al-Jazeera", "aljazeera"},
		{"الجزيرة نت", "aljazeera"},
		{"Enab Baladi", "enab_baladi"},
		{"عنب بلدي", "enab_baladi"},
		{"Syrian Observatory for Human Rights", "sohr"},
		{"centcom", "centcom"},
		{"البنتاجون", "pentagon"},
		{"nobody at all", ""},
		{"", ""},
	}
	for _, tt := range tests {
		s, ok := r.Lookup(tt.name)
		got := ""
		if ok {
			got = s.ID
		}
		if got != tt.want {
			t.Errorf("Lookup(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// goodFiles returns a minimal valid registry that the validation tests
// break one way or another.
func goodFiles() fstest.MapFS {
	return fstest.MapFS{
		SourcesFile: {Data: []byte("# test\n" +
			"alpha\tmedia\tindependent\t-\t-\t-\tAlpha\tألفا\n" +
			"beta\tmilitary\tus\tus\talpha\t-\tBeta\tبيتا\n")},
		NamesFile: {Data: []byte("alpha\tar\tألفا\nbeta\tar\tبيتا\nbeta\ten\tBeta Force\n")},
		LexiconFile: {Data: []byte("speech\tقال\ncue\tبحسب\nhead\tقناة\nspokes\tالمتحدث\tspokesman\n" +
			"anon\tمسؤول\tofficial\nqual\tعسكري\tmilitary\nstop\tأن\n")},
		NationsFile: {Data: []byte("us\tgov\tbeta\nus\tadj\tأمريكي\n")},
	}
}

func TestLoadFSGood(t *testing.T) {
	r, err := LoadFS(goodFiles())
	if err != nil {
		t.Fatalf("LoadFS: %v", err)
	}
	if r.Len() != 2 {
		t.Errorf("Len = %d, want 2", r.Len())
	}
	ms := r.Mentions("قال مسؤول أمريكي إن ألفا كذبت", nil)
	if len(ms) != 2 || ms[0].SourceID != "beta" || ms[1].SourceID != "alpha" {
		t.Errorf("Mentions = %+v", ms)
	}
}

func TestLoadFSRejects(t *testing.T) {
	tests := []struct {
		name string
		file string
		data string
		want []string // substrings of the error, each with its line
	}{
		{"duplicate id", SourcesFile,
			"alpha\tmedia\tindependent\t-\t-\t-\tAlpha\tألفا\nalpha\tmedia\tindependent\t-\t-\t-\tAlpha2\tألفا\nbeta\tmilitary\tus\tus\t-\t-\tBeta\tبيتا\n",
			[]string{`sources.tsv:2: duplicate id "alpha"`}},
		{"empty names", SourcesFile,
			"alpha\tmedia\tindependent\t-\t-\t-\t-\t\nbeta\tmilitary\tus\tus\t-\t-\tBeta\tبيتا\n",
			[]string{"sources.tsv:1: alpha: empty English name", "sources.tsv:1: alpha: empty Arabic name"}},
		{"unknown kind, affiliation, actor, flag", SourcesFile,
			"alpha\tblog\tmars\tnobody\t-\tshiny\tAlpha\tألفا\nbeta\tmilitary\tus\tus\t-\t-\tBeta\tبيتا\n",
			[]string{`sources.tsv:1: alpha: unknown kind "blog"`, `sources.tsv:1: alpha: unknown affiliation "mars"`,
				`sources.tsv:1: alpha: unknown actor "nobody"`, `sources.tsv:1: alpha: unknown flag "shiny"`}},
		{"unknown parent and self parent", SourcesFile,
			"alpha\tmedia\tindependent\t-\tgamma\t-\tAlpha\tألفا\nbeta\tmilitary\tus\tus\tbeta\t-\tBeta\tبيتا\n",
			[]string{`sources.tsv:1: alpha: unknown parent "gamma"`, "sources.tsv:2: beta: is its own parent"}},
		{"organ without a parent", SourcesFile,
			"alpha\tmedia\tindependent\t-\t-\torgan\tAlpha\tألفا\nbeta\tmilitary\tus\tus\t-\t-\tBeta\tبيتا\n",
			[]string{"sources.tsv:1: alpha: an organ needs the parent it voices"}},
		{"parent cycle", SourcesFile,
			"alpha\tmedia\tindependent\t-\tbeta\t-\tAlpha\tألفا\nbeta\tmilitary\tus\tus\talpha\t-\tBeta\tبيتا\n",
			[]string{"sources.tsv:1: alpha: parent chain loops", "sources.tsv:2: beta: parent chain loops"}},
		{"bad slugs and field count", SourcesFile,
			"Alpha\tmedia\tindependent\t-\t-\t-\tAlpha\tألفا\nbe-ta\tmilitary\tus\tus\t-\t-\tBeta\tبيتا\nshort\tline\n",
			[]string{`sources.tsv:1: id "Alpha" is not a lowercase ASCII slug`, `sources.tsv:2: id "be-ta"`,
				"sources.tsv:3: want 8 tab-separated fields"}},
		{"names: unknown id, form, empty text, duplicate", NamesFile,
			"alpha\tar\tألفا\nbeta\tar\tبيتا\ngamma\tar\tغاما\nalpha\tnickname\tألف\nalpha\tar\t\nbeta\tar\tألفا\nbeta\tlatin\tبيتا\nalpha\trole\tمدير ألفا\n",
			[]string{`names.tsv:3: unknown source id "gamma"`, `names.tsv:4: alpha: unknown form "nickname"`,
				"names.tsv:5: alpha: empty name", `names.tsv:6: beta: name "ألفا" already names alpha (line 1)`,
				"names.tsv:7: beta: form latin wants Latin script", `names.tsv:8: form "role" needs a role`}},
		{"lexicon: unknown class and missing argument", LexiconFile,
			"speech\tقال\ncue\tبحسب\nhead\tقناة\nspokes\tالمتحدث\nanon\tمسؤول\tofficial\nqual\tعسكري\tfierce\nstop\tأن\nverbs\tقال\n",
			[]string{`lexicon.tsv:4: spokes "المتحدث": needs an argument`, `lexicon.tsv:6: qual "عسكري": unknown class "fierce"`,
				`lexicon.tsv:8: unknown class "verbs"`, `lexicon.tsv: class "spokes" is empty`}},
		{"nations: unknown affiliation, field and id", NationsFile,
			"us\tgov\tbeta\nmars\tgov\tbeta\nus\tnavy\tbeta\nus\tmilitary\tdelta\n",
			[]string{`nations.tsv:2: unknown affiliation "mars"`, `nations.tsv:3: us: unknown field "navy"`,
				`nations.tsv:4: us military: unknown source id "delta"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := goodFiles()
			fsys[tt.file] = &fstest.MapFile{Data: []byte(tt.data)}
			r, err := LoadFS(fsys)
			if err == nil {
				t.Fatalf("LoadFS accepted bad data (%d sources)", r.Len())
			}
			var ve *ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("error %T is not a *ValidationError: %v", err, err)
			}
			msg := err.Error()
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("error does not mention %q:\n%s", w, msg)
				}
			}
		})
	}
}

func TestLoadFSMissingFile(t *testing.T) {
	fsys := goodFiles()
	delete(fsys, NationsFile)
	if _, err := LoadFS(fsys); err == nil || !strings.Contains(err.Error(), "nations.tsv: cannot read") {
		t.Errorf("LoadFS without nations.tsv: err = %v", err)
	}
}
