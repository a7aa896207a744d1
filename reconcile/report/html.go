package report

import (
	"html/template"
	"io"

	"github.com/riwaya/riwaya/reconcile"
)

// HTML writes the report as one self-contained HTML file (inline CSS, no
// external assets) with the same content as Markdown. Every piece of
// article text is escaped by html/template; elements that show Arabic
// carry dir="rtl" lang="ar"; only http(s) article URLs become links.
func HTML(w io.Writer, in Input, opts Options) error {
	evs, err := selectEvents(in, opts)
	if err != nil {
		return err
	}
	b := builder{in: in}
	data := htmlData{Title: opts.title()}
	if opts.Event != "" {
		v := b.event(evs[0], true)
		data.Single = &v
		data.Title = v.Title
	} else {
		for _, ev := range evs {
			if reconcile.Disputes(ev) > 0 {
				data.Disputed++
			}
			data.Events = append(data.Events, b.event(ev, false))
		}
		data.Count = plural(len(evs), "event")
	}
	return htmlTemplate.Execute(w, data)
}

type htmlData struct {
	Title    string
	Count    string
	Disputed int
	Events   []eventView
	Single   *eventView
}

var htmlTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"safe": safeURL,
	"inc":  func(i int) int { return i + 1 },
}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}h3{font-size:1.05rem}
.facts{list-style:none;padding:0;margin:.4rem 0}.facts li{margin:.1rem 0}
.grade{font-weight:600;padding:0 .4rem;border-radius:.3rem;background:#eee}
.grade.contested{background:#f8d7da}.grade.confirmed{background:#d1e7dd}.grade.fair{background:#fff3cd}
code{background:#f4f4f4;padding:0 .2rem;border-radius:.2rem}
.line{font-weight:600}.kind{color:#8a1c1c}.note .kind{color:#555}
.ev{list-style:none;padding-left:1rem;margin:.2rem 0 .8rem}.ev li{margin:.25rem 0}
.ar{font-family:"Noto Naskh Arabic","Amiri","Scheherazade New",serif;font-size:1.1em}
q.ar{quotes:"«" "»"}
.ref{color:#555;font-size:.9em}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:left}
th{background:#f6f6f6}td .item{margin-bottom:.6rem}td .val{font-weight:600}.via{color:#555;font-size:.85em;font-weight:400}
</style>
</head>
<body>
{{- if .Single}}{{with .Single}}
<h1>{{.Title}}</h1>
{{template "facts" .}}
<h2>Side by side</h2>
{{with .Matrix}}{{if .Columns}}
<table>
<thead><tr><th>field</th>{{range .Columns}}<th>{{.Name}}{{if .Relays}}<br><span class="via">{{.Relays}}</span>{{end}}</th>{{end}}</tr></thead>
<tbody>
{{- range .Rows}}
<tr><th>{{.Field}}</th>{{range .Cells}}<td>{{if not .}}—{{end}}{{range .}}<div class="item"><div class="val">{{.Value}}</div><div class="ar" dir="rtl" lang="ar">«{{.Text}}»</div><div class="ref">{{if safe .URL}}<a href="{{.URL}}">{{.Ref}}</a>{{else}}{{.Ref}}{{end}}{{if .Via}}, {{.Via}}{{end}}</div></div>{{end}}</td>{{end}}</tr>
{{- end}}
</tbody>
</table>
{{else}}<p>No claims.</p>{{end}}{{end}}
{{template "discs" .}}
{{end}}{{else}}
<h1>{{.Title}}</h1>
<p>{{.Count}}, {{.Disputed}} with disagreements; most disputed first.</p>
{{- range $i, $e := .Events}}
<section id="{{$e.ID}}">
<h2>{{inc $i}}. {{$e.Title}}</h2>
{{template "facts" $e}}
{{template "discs" $e}}
</section>
{{- end}}
{{end}}
</body>
</html>
{{define "facts"}}<ul class="facts">
<li>id: <code>{{.ID}}</code></li>
<li>grade: <span class="grade {{.Grade}}">{{.Grade}}</span></li>
<li>sources: {{.Sources}}</li>
{{- range .RespondsTo}}
<li>responds to: <a href="#{{.}}"><code>{{.}}</code></a></li>
{{- end}}
{{- if not .Estimates}}
<li>estimates: none given</li>
{{- end}}
{{- range .Estimates}}
<li>estimate, {{.}}</li>
{{- end}}
</ul>{{end}}
{{define "discs"}}<h3>Disagreements</h3>
{{if not .Conflicts}}<p>No disagreements.</p>{{else}}<ol>
{{- range .Conflicts}}
<li class="conflict"><span class="kind">{{.Label}}</span>: <span class="line">{{.Line}}</span>{{template "evidence" .Evidence}}</li>
{{- end}}
</ol>{{end}}
{{- if .Notes}}
<h3>Notes</h3>
<ul>
{{- range .Notes}}
<li class="note"><span class="kind">{{.Label}}</span>: <span class="line">{{.Line}}</span>{{template "evidence" .Evidence}}</li>
{{- end}}
</ul>
{{- end}}{{end}}
{{define "evidence"}}<ul class="ev">
{{- range .}}
<li>{{.Source}}{{if .Via}} <span class="via">({{.Via}})</span>{{end}}: <q class="ar" dir="rtl" lang="ar">{{.Text}}</q> <span class="ref">— {{if safe .URL}}<a href="{{.URL}}">{{.Ref}}</a>{{else}}{{.Ref}}{{end}}</span></li>
{{- end}}
</ul>{{end}}
`))
