package arabic

import (
	"syscall"
	"testing"
	"time"
)

func cpuNow() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestScratchCPU(t *testing.T) {
	texts := seedTexts(t)
	s := ""
	for _, x := range texts {
		s += x + "\n\n"
	}
	for _, c := range []struct {
		name string
		f    func()
	}{
		{"normalize", func() { Normalize(s) }},
		{"tokenize", func() { Tokenize(s) }},
		{"segment", func() { Sentences(s) }},
		{"layer", func() { Normalize(s); Sentences(s); Tokenize(s) }},
	} {
		n := 3000
		c0 := cpuNow()
		for i := 0; i < n; i++ {
			c.f()
		}
		d := cpuNow() - c0
		t.Logf("%s: %.1f MB/s CPU (%v/op)", c.name, float64(len(s))*float64(n)/d.Seconds()/1e6, d/time.Duration(n))
	}
}
