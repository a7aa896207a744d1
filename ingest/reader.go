package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/riwaya/riwaya/claims"
)

// DefaultMaxBytes is the largest article accepted, in bytes of UTF-8 text:
// 1 MiB, about fifty times a long news article. Larger inputs are refused
// rather than truncated.
const DefaultMaxBytes = 1 << 20

// Metadata is what an input says about an article besides its text. Empty
// fields are unknown.
type Metadata struct {
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Title     string `json:"title"`
}

// merge fills the empty fields of m from weaker.
func (m Metadata) merge(weaker Metadata) Metadata {
	if m.Outlet == "" {
		m.Outlet = weaker.Outlet
	}
	if m.Published == "" {
		m.Published = weaker.Published
	}
	if m.URL == "" {
		m.URL = weaker.URL
	}
	if m.Title == "" {
		m.Title = weaker.Title
	}
	return m
}

// Item is one article read from an input, or the reason it could not be.
type Item struct {
	// Input names where the article came from: the file path, PATH:LINE for
	// JSON Lines, or "-" for standard input.
	Input string
	// Article holds the text and metadata; its ID is set. Zero when Err is set.
	Article claims.Article
	// Err is set when the input could not be read as an article.
	Err *InputError
	// Warnings are problems that did not stop the article.
	Warnings []Warning
	// FromHTML is set when the text was extracted from an HTML page.
	FromHTML bool
}

// Reader reads articles from files, directories, JSON Lines and standard
// input. The zero value reads with DefaultMaxBytes and no overrides.
type Reader struct {
	// Override holds metadata given on the command line; it wins over
	// sidecars and JSON Lines fields.
	Override Metadata
	// MaxBytes limits the size of one article; 0 means DefaultMaxBytes.
	MaxBytes int
	// Stdin is read for the argument "-".
	Stdin io.Reader
}

func (r *Reader) maxBytes() int {
	if r.MaxBytes > 0 {
		return r.MaxBytes
	}
	return DefaultMaxBytes
}

// Items reads every named input in order and yields one Item per article or
// problem. A directory is walked recursively for *.txt and *.jsonl files in
// lexical order. Reading stops early when ctx is done or the consumer stops.
func (r *Reader) Items(ctx context.Context, args []string) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		for _, arg := range args {
			if ctx.Err() != nil {
				return
			}
			if !r.readArg(ctx, arg, yield) {
				return
			}
		}
	}
}

func (r *Reader) readArg(ctx context.Context, arg string, yield func(Item) bool) bool {
	if arg == "-" {
		if r.Stdin == nil {
			return yield(Item{Input: "-", Err: inputErrorf("-", "no standard input")})
		}
		return r.readStream(ctx, "-", r.Stdin, yield)
	}
	info, err := os.Stat(arg)
	if err != nil {
		return yield(Item{Input: arg, Err: statError(arg, err)})
	}
	if !info.IsDir() {
		return r.readFile(ctx, arg, yield)
	}
	files, err := articleFiles(arg)
	if err != nil {
		return yield(Item{Input: arg, Err: inputErrorf(arg, "cannot read directory: %v", unwrapPath(err))})
	}
	if len(files) == 0 {
		return yield(Item{Input: arg, Err: &InputError{Input: arg, Msg: "directory holds no articles", Hint: "expected *.txt or *.jsonl files"}})
	}
	for _, f := range files {
		if ctx.Err() != nil {
			return false
		}
		if !r.readFile(ctx, f, yield) {
			return false
		}
	}
	return true
}

func statError(path string, err error) *InputError {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return inputErrorf(path, "no such file or directory")
	case errors.Is(err, fs.ErrPermission):
		return inputErrorf(path, "permission denied")
	default:
		return inputErrorf(path, "%v", unwrapPath(err))
	}
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// articleFiles lists the *.txt and *.jsonl files below dir, skipping hidden
// files and directories, in lexical order.
func articleFiles(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if path != dir && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && (strings.HasSuffix(name, ".txt") || strings.HasSuffix(name, ".jsonl")) {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

func (r *Reader) readFile(ctx context.Context, path string, yield func(Item) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return yield(Item{Input: path, Err: statError(path, err)})
	}
	defer f.Close()
	if strings.HasSuffix(path, ".jsonl") {
		return r.readJSONLines(ctx, path, f, yield)
	}
	data, err := readLimited(f, r.maxBytes())
	if err != nil {
		return yield(Item{Input: path, Err: r.sizeOrReadError(path, err)})
	}
	side, warnings, serr := readSidecar(path)
	if serr != nil {
		return yield(Item{Input: path, Err: serr})
	}
	return yield(r.article(path, data, side, warnings))
}

// readStream reads standard input: JSON Lines when its first non-blank byte
// is '{', otherwise one plain-text article.
func (r *Reader) readStream(ctx context.Context, name string, in io.Reader, yield func(Item) bool) bool {
	br := bufio.NewReaderSize(in, 64<<10)
	head, _ := br.Peek(512)
	if t := bytes.TrimLeft(head, " \t\r\n\ufeff"); len(t) > 0 && t[0] == '{' {
		return r.readJSONLines(ctx, name, br, yield)
	}
	data, err := readLimited(br, r.maxBytes())
	if err != nil {
		return yield(Item{Input: name, Err: r.sizeOrReadError(name, err)})
	}
	return yield(r.article(name, data, Metadata{}, nil))
}

var errTooLarge = errors.New("too large")

func (r *Reader) sizeOrReadError(input string, err error) *InputError {
	if errors.Is(err, errTooLarge) {
		return &InputError{Input: input, Msg: fmt.Sprintf("article is larger than the %d-byte limit", r.maxBytes()), Hint: "split it, or raise --max-bytes"}
	}
	return inputErrorf(input, "read: %v", unwrapPath(err))
}

// readLimited reads all of rd, or errTooLarge past limit bytes.
func readLimited(rd io.Reader, limit int) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(rd, int64(limit)+1))
	if err != nil {
		return nil, err
	}
	if len(data) > limit {
		return nil, errTooLarge
	}
	return data, nil
}

// readSidecar reads FILE.json beside FILE.txt, if there is one.
func readSidecar(txtPath string) (Metadata, []Warning, *InputError) {
	sidePath := strings.TrimSuffix(txtPath, filepath.Ext(txtPath)) + ".json"
	data, err := os.ReadFile(sidePath)
	if errors.Is(err, fs.ErrNotExist) {
		return Metadata{}, nil, nil
	}
	if err != nil {
		return Metadata{}, nil, inputErrorf(sidePath, "read sidecar: %v", unwrapPath(err))
	}
	md, warnings, perr := parseMetadata(sidePath, data)
	if perr != nil {
		return Metadata{}, nil, perr
	}
	return md, warnings, nil
}

// readJSONLines reads one article per line. Blank lines are skipped; a bad
// line is reported with its number and does not stop the rest.
func (r *Reader) readJSONLines(ctx context.Context, name string, in io.Reader, yield func(Item) bool) bool {
	br, ok := in.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(in, 64<<10)
	}
	// JSON escapes can make a record up to six times longer than its text.
	lineLimit := 6*r.maxBytes() + 64<<10
	any := false
	for lineNo := 1; ; lineNo++ {
		if ctx.Err() != nil {
			return false
		}
		line, tooLong, err := readLine(br, lineLimit)
		input := fmt.Sprintf("%s:%d", name, lineNo)
		if err != nil && !errors.Is(err, io.EOF) {
			return yield(Item{Input: input, Err: inputErrorf(input, "read: %v", unwrapPath(err))})
		}
		if tooLong {
			any = true
			if !yield(Item{Input: input, Err: r.sizeOrReadError(input, errTooLarge)}) {
				return false
			}
		} else if t := bytes.TrimSpace(line); len(t) > 0 {
			any = true
			if !yield(r.record(input, t)) {
				return false
			}
		}
		if errors.Is(err, io.EOF) {
			break
		}
	}
	if !any {
		return yield(Item{Input: name, Err: inputErrorf(name, "no JSON Lines records")})
	}
	return true
}

// readLine reads one line without its newline, discarding anything past
// limit bytes (reporting tooLong).
func readLine(br *bufio.Reader, limit int) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if len(line)+len(chunk) > limit {
			tooLong = true
		} else {
			line = append(line, chunk...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		if tooLong {
			line = nil
		}
		return line, tooLong, err
	}
}

// record parses one JSON Lines record into an article.
func (r *Reader) record(input string, line []byte) Item {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(line, &raw); err != nil {
		return Item{Input: input, Err: &InputError{Input: input, Msg: "malformed JSON Lines record: " + jsonProblem(err), Hint: `want {"text": ..., "outlet": ..., "published": ...}`}}
	}
	textRaw, ok := raw["text"]
	if !ok {
		return Item{Input: input, Err: inputErrorf(input, `record has no "text" field`)}
	}
	var text string
	if err := json.Unmarshal(textRaw, &text); err != nil {
		return Item{Input: input, Err: inputErrorf(input, `"text" is not a string`)}
	}
	delete(raw, "text")
	md, warnings, perr := metadataFromFields(input, raw)
	if perr != nil {
		return Item{Input: input, Err: perr}
	}
	if len(text) > r.maxBytes() {
		return Item{Input: input, Err: r.sizeOrReadError(input, errTooLarge)}
	}
	return r.article(input, []byte(text), md, warnings)
}

func jsonProblem(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%v at byte %d", se, se.Offset)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("expected an object, found %s", te.Value)
	}
	return err.Error()
}

// knownKeys are the metadata keys a sidecar or a record may carry; others
// draw a warning.
var knownKeys = map[string]bool{"outlet": true, "published": true, "url": true, "title": true}

func parseMetadata(input string, data []byte) (Metadata, []Warning, *InputError) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return Metadata{}, nil, inputErrorf(input, "malformed metadata sidecar: %s", jsonProblem(err))
	}
	return metadataFromFields(input, raw)
}

func metadataFromFields(input string, raw map[string]json.RawMessage) (Metadata, []Warning, *InputError) {
	var md Metadata
	var warnings []Warning
	keys := make([]string, 0, len(raw))
	for k := range raw {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if !knownKeys[k] {
			warnings = append(warnings, Warning{Input: input, Msg: fmt.Sprintf("unknown metadata key %q ignored", k)})
			continue
		}
		var s *string
		if err := json.Unmarshal(raw[k], &s); err != nil {
			return Metadata{}, nil, inputErrorf(input, "metadata %q is not a string", k)
		}
		if s == nil {
			continue
		}
		v := strings.TrimSpace(*s)
		switch k {
		case "outlet":
			md.Outlet = v
		case "published":
			md.Published = v
		case "url":
			md.URL = v
		case "title":
			md.Title = v
		}
	}
	if md.Published != "" {
		d, err := ParseDate(md.Published)
		if err != nil {
			return Metadata{}, nil, &InputError{Input: input, Msg: fmt.Sprintf("published %q is not a date", md.Published), Hint: "want YYYY-MM-DD"}
		}
		md.Published = d
	}
	return md, warnings, nil
}
