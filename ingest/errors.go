package ingest

import (
	"fmt"
	"strings"
)

// InputError is a problem with one input: the article it names is not stored.
// Its message is one line that names the input and says what is wrong.
type InputError struct {
	Input string // file path, PATH:LINE for JSON Lines, or "-"
	Msg   string // what is wrong, lower case, no trailing period
	Hint  string // how to fix it, optional
}

func (e *InputError) Error() string {
	var b strings.Builder
	b.WriteString(e.Input)
	b.WriteString(": ")
	b.WriteString(e.Msg)
	if e.Hint != "" {
		b.WriteString(" (")
		b.WriteString(e.Hint)
		b.WriteString(")")
	}
	return b.String()
}

func inputErrorf(input, format string, args ...any) *InputError {
	return &InputError{Input: input, Msg: fmt.Sprintf(format, args...)}
}

// Warning is a problem that does not stop an article from being stored, such
// as an unknown metadata key.
type Warning struct {
	Input string
	Msg   string
}

func (w Warning) String() string { return w.Input + ": warning: " + w.Msg }
