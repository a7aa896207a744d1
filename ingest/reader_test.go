package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// collect reads args and splits the items into articles and problems.
func collect(t *testing.T, r *Reader, args ...string) (ok []Item, bad []Item) {
	t.Helper()
	for it := range r.Items(context.Background(), args) {
		if it.Err != nil {
			bad = append(bad, it)
		} else {
			ok = append(ok, it)
		}
	}
	return ok, bad
}

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const sample = "قال مصدر محلي إن قذيفتين سقطتا قرب السوق صباح اليوم.\n"

func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	emptyDir := filepath.Join(dir, "empty")
	if err := os.Mkdir(emptyDir, 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		file    string // written under dir when content is set
		content string
		arg     string // overrides the path argument
		wantErr string // substring of the one-line message
	}{
		{name: "missing file", arg: filepath.Join(dir, "nope.txt"), wantErr: "nope.txt: no such file or directory"},
		{name: "empty dir", arg: emptyDir, wantErr: "empty: directory holds no articles"},
		{name: "invalid utf8", file: "latin1.txt", content: "caf\xe9 au lait\n", wantErr: "latin1.txt: not valid UTF-8 (line 1, byte offset 3)"},
		{name: "invalid utf8 line 2", file: "bad2.txt", content: "سطر أول\nسطر \xff ثان\n", wantErr: "not valid UTF-8 (line 2"},
		{name: "nul bytes", file: "bin.txt", content: "abc\x00def", wantErr: "bin.txt: binary data (NUL byte at offset 3)"},
		{name: "control bytes", file: "ctl.txt", content: "\x01\x02\x03\x04ab", wantErr: "binary data (control characters)"},
		{name: "empty text", file: "empty.txt", content: "", wantErr: "empty.txt: empty article"},
		{name: "whitespace only", file: "ws.txt", content: " \n\t \n", wantErr: "ws.txt: empty article"},
		{name: "html without text", file: "page.txt", content: "<html><head><title>x</title></head><body><script>var a=1</script></body></html>", wantErr: "page.txt: HTML page with no article text"},
		{name: "bad sidecar date", file: "dated.txt", content: sample, wantErr: `dated.json: published "yesterday" is not a date`},
		{name: "malformed sidecar", file: "side.txt", content: sample, wantErr: "side.json: malformed metadata sidecar"},
		{name: "jsonl bad record", file: "dump.jsonl", content: `{"text": "` + strings.TrimSpace(sample) + `"}` + "\n{not json}\n", wantErr: "dump.jsonl:2: malformed JSON Lines record"},
		{name: "jsonl no text", file: "notext.jsonl", content: `{"outlet": "سانا"}` + "\n", wantErr: `notext.jsonl:1: record has no "text" field`},
		{name: "jsonl text not string", file: "num.jsonl", content: `{"text": 5}` + "\n", wantErr: `num.jsonl:1: "text" is not a string`},
		{name: "jsonl bad date", file: "date.jsonl", content: `{"text": "نص", "published": "12/01/2019"}` + "\n", wantErr: `date.jsonl:1: published "12/01/2019" is not a date`},
		{name: "too large", file: "big.txt", content: strings.Repeat("كلمة ", 300), wantErr: "big.txt: article is larger than the 1000-byte limit"},
	}
	write(t, dir, "dated.json", `{"published": "yesterday"}`)
	write(t, dir, "side.json", `{"outlet": `)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arg := tt.arg
			if tt.file != "" {
				arg = write(t, dir, tt.file, tt.content)
			}
			r := &Reader{MaxBytes: 1000}
			_, bad := collect(t, r, arg)
			if len(bad) == 0 {
				t.Fatalf("no error for %s", arg)
			}
			msg := bad[len(bad)-1].Err.Error()
			if !strings.Contains(msg, tt.wantErr) {
				t.Errorf("error = %q, want it to contain %q", msg, tt.wantErr)
			}
			if strings.Contains(msg, "\n") {
				t.Errorf("error is not one line: %q", msg)
			}
		})
	}
}

func TestGoodInputsSurviveBadOnes(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "a/good.txt", sample)
	bad := write(t, dir, "a/bad.txt", "\xff\xfe")
	jsonl := write(t, dir, "b/dump.jsonl", `{"text":"نص أول للاختبار"}`+"\n\n"+`oops`+"\n"+`{"text":"نص ثان للاختبار","outlet":"سانا","extra":1}`+"\n")
	ok, problems := collect(t, &Reader{}, good, bad, filepath.Join(dir, "missing.txt"), jsonl)
	if len(ok) != 3 {
		t.Fatalf("got %d articles, want 3", len(ok))
	}
	if len(problems) != 3 {
		t.Fatalf("got %d problems, want 3: %v", len(problems), problems)
	}
	if got := problems[2].Input; got != jsonl+":3" {
		t.Errorf("bad record input = %q, want %q", got, jsonl+":3")
	}
	last := ok[2]
	if last.Input != jsonl+":4" || last.Article.Outlet != "سانا" {
		t.Errorf("record = %+v", last)
	}
	if len(last.Warnings) != 1 || !strings.Contains(last.Warnings[0].String(), `unknown metadata key "extra" ignored`) {
		t.Errorf("warnings = %v", last.Warnings)
	}
}

func TestDirectoryWalk(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "2.txt", sample)
	write(t, dir, "sub/1.txt", "نص آخر في مجلد فرعي\n")
	write(t, dir, "sub/1.json", `{"outlet":"عنب بلدي","published":"2020-03-01T08:00:00Z"}`)
	write(t, dir, ".hidden/3.txt", "مخفي\n")
	write(t, dir, "notes.md", "ignored\n")
	ok, bad := collect(t, &Reader{}, dir)
	if len(bad) != 0 {
		t.Fatalf("problems: %v", bad)
	}
	if len(ok) != 2 {
		t.Fatalf("got %d articles, want 2", len(ok))
	}
	if ok[1].Article.Outlet != "عنب بلدي" || ok[1].Article.Published != "2020-03-01" {
		t.Errorf("sidecar metadata not applied: %+v", ok[1].Article)
	}
}

func TestMetadataPrecedence(t *testing.T) {
	dir := t.TempDir()
	text := "خبر قصير عن قصف مدفعي.\nالمصدر: شينخوا\n"
	p := write(t, dir, "x.txt", text)
	tests := []struct {
		name     string
		sidecar  string
		override Metadata
		want     string
	}{
		{"credit line only", "", Metadata{}, "شينخوا"},
		{"sidecar beats text", `{"outlet":"Xinhua Arabic"}`, Metadata{}, "Xinhua Arabic"},
		{"flag beats sidecar", `{"outlet":"Xinhua Arabic"}`, Metadata{Outlet: "SANA"}, "SANA"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			side := filepath.Join(dir, "x.json")
			os.Remove(side)
			if tt.sidecar != "" {
				write(t, dir, "x.json", tt.sidecar)
			}
			ok, bad := collect(t, &Reader{Override: tt.override}, p)
			if len(bad) != 0 || len(ok) != 1 {
				t.Fatalf("ok=%v bad=%v", ok, bad)
			}
			if got := ok[0].Article.Outlet; got != tt.want {
				t.Errorf("outlet = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestStdin(t *testing.T) {
	ok, bad := collect(t, &Reader{Stdin: strings.NewReader(sample)}, "-")
	if len(bad) != 0 || len(ok) != 1 || ok[0].Input != "-" || ok[0].Article.Text != sample {
		t.Fatalf("plain stdin: ok=%v bad=%v", ok, bad)
	}
	ok, bad = collect(t, &Reader{Stdin: strings.NewReader(`{"text":"أ"}` + "\n" + `{"text":"ب"}`)}, "-")
	if len(bad) != 0 || len(ok) != 2 || ok[1].Input != "-:2" {
		t.Fatalf("jsonl stdin: ok=%v bad=%v", ok, bad)
	}
}

func TestHTMLExtraction(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>t</title><style>p{}</style></head><body>
<nav>القائمة</nav><article><h1>عنوان الخبر</h1><p>قال المرصد إن 3 مدنيين قتلوا &amp; أصيب آخرون.</p>
<p>وأضاف&nbsp;أن القصف استمر.</p></article><script>alert(1)</script></body></html>`
	got := HTMLText(page)
	want := "عنوان الخبر\n\nقال المرصد إن 3 مدنيين قتلوا & أصيب آخرون.\n\nوأضاف أن القصف استمر.\n"
	if got != want {
		t.Errorf("HTMLText =\n%q\nwant\n%q", got, want)
	}
	if LooksLikeHTML("سعر الدولار <5 ليرات> في السوق") {
		t.Error("plain text with angle brackets taken for HTML")
	}
}

func TestCreditLine(t *testing.T) {
	tests := []struct{ text, want string }{
		{"نص.\nالمصدر: الميادين\n", "الميادين"},
		{"نص.\nالمصدر : وكالة سبوتنيك\n\nقد يعجبك أيضا\n", "وكالة سبوتنيك"},
		{"نص.\n\n(العربية.نت، سكاي نيوز)\n", "العربية.نت"},
		{"نص.\n(وكالات)\n", ""},
		{"نص بلا سطر مصدر.\n", ""},
		{"نص.\n(قال الشاهد إن القصف بدأ قبل الفجر بقليل واستمر حتى ساعات الظهر دون توقف يذكر)\n", ""},
	}
	for _, tt := range tests {
		if got := CreditLine(tt.text); got != tt.want {
			t.Errorf("CreditLine(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestDateline(t *testing.T) {
	tests := []struct{ text, want string }{
		{"عنوان\nبيروت (أ ف ب) - قتل ثلاثة مدنيين في قصف.\n", "أ ف ب"},
		{"عنوان الخبر\n\nدمشق-سانا\n\nأعلن مصدر عسكري أن ...\n", "سانا"},
		{"أنقرة/ الأناضول\nقالت الوزارة ...\n", "الأناضول"},
		{"قال المرصد إن القصف - وهو الثاني - أوقع قتلى.\n", ""},
		// The country and the date between the city and the agency.
		{"عنوان\n\nالرقة (سوريا) 4 مارس آذار (رويترز) - قالت مصادر إن ...\n", "رويترز"},
		{"عنوان\nواشنطن، 12 آذار (أ ف ب) - أعلن البنتاغون أن ...\n", "أ ف ب"},
		{"عنوان\nحلب (سوريا) - قال ناشطون إن ...\n", ""},
	}
	for _, tt := range tests {
		if got := Dateline(tt.text); got != tt.want {
			t.Errorf("Dateline(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestArticleIDNormalisesSpacing(t *testing.T) {
	a := ArticleID("سطر أول\r\nسطر  ثان\n")
	b := ArticleID("  سطر أول\nسطر ثان")
	if a != b {
		t.Errorf("ids differ for the same text with other spacing: %s %s", a, b)
	}
	if c := ArticleID("سطر أول\nسطر ثالث"); c == a {
		t.Error("different texts share an id")
	}
	if len(a) != 16 {
		t.Errorf("id %q is not 16 hex digits", a)
	}
}

// TestByteOrderMarkKept: a file that starts with a byte-order mark is
// stored byte for byte, so that offsets index the file as given, and it
// keeps the id of the same text without the mark.
func TestByteOrderMarkKept(t *testing.T) {
	dir := t.TempDir()
	withBOM := write(t, dir, "bom.txt", "\ufeff"+sample)
	plain := write(t, dir, "plain.txt", sample)
	ok, bad := collect(t, &Reader{}, withBOM, plain)
	if len(bad) != 0 || len(ok) != 2 {
		t.Fatalf("got %d articles and problems %v", len(ok), bad)
	}
	if got := ok[0].Article.Text; got != "\ufeff"+sample {
		t.Errorf("stored text %q, want the file's bytes", got)
	}
	if ok[0].Article.ID != ok[1].Article.ID {
		t.Errorf("ids differ with and without the mark: %s %s", ok[0].Article.ID, ok[1].Article.ID)
	}
	if _, bad := collect(t, &Reader{}, write(t, dir, "empty.txt", "\ufeff \n")); len(bad) != 1 {
		t.Errorf("a mark and spaces alone should be an empty article")
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2019-01-12", "2019-01-12"},
		{"2019-01-12T23:10:00Z", "2019-01-12"},
		{"2019-01-12 08:30", "2019-01-12"},
		{"12/01/2019", ""},
		{"2019-13-01", ""},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if (err != nil) != (tt.want == "") || got != tt.want {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

func FuzzReadRecord(f *testing.F) {
	f.Add([]byte(`{"text":"نص","outlet":"سانا","published":"2020-01-01"}`))
	f.Add([]byte(`{"text":5}`))
	f.Add([]byte("\xff{"))
	f.Fuzz(func(t *testing.T, line []byte) {
		r := &Reader{MaxBytes: 4096}
		it := r.record("f:1", line)
		if it.Err == nil && it.Article.ID == "" {
			t.Fatal("article without id")
		}
		if it.Err != nil && strings.Contains(it.Err.Error(), "\n") {
			t.Fatalf("multi-line error %q", it.Err)
		}
	})
}
