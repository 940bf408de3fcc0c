package grading

import (
	"fmt"
	"runtime"
	"strings"
)

// Reply is what became of one call in an answering process.
type Reply struct {
	Index  int    // the call's index
	Value  []byte // the observed answer (gob), when the call returned
	Stub   string // the function that is still a stub ("Z")
	Panic  string // the panic's value, when the call panicked
	Where  string // the student's file:line the panic came from
	Goexit bool   // the call ended its goroutine with runtime.Goexit
	// Missing is set by whoever collects the replies: no reply came (the
	// process ended, timed out, or garbled its replies).
	Missing bool
}

// Test outcomes. The grader adds its own for a process (timeout, crashed).
const (
	StatusPass    = "pass"
	StatusFail    = "fail"            // a wrong answer
	StatusError   = "error"           // a call panicked, or did not return
	StatusNotImpl = "not implemented" // a function is still a stub
	StatusMissing = "no answer"       // a reply is missing
	// StatusFault is the grader's own failure (the reference solution
	// failed, a test's calls do not decode): no grade can be given.
	StatusFault = "grader fault"
)

// Outcome is a test's verdict.
type Outcome struct {
	Status  string
	Message string
}

// problem reports a reply that is not an answer, as the test's outcome.
func (r Reply) problem(call string) (Outcome, bool) {
	call = Cap(call, 160)
	switch {
	case r.Missing:
		return Outcome{StatusMissing, "no answer to " + call}, true
	case r.Stub != "":
		return Outcome{StatusNotImpl, "not implemented: " + r.Stub}, true
	case r.Goexit:
		return Outcome{StatusError, call + " did not return: it called runtime.Goexit"}, true
	case r.Panic != "":
		msg := call + " panicked: " + r.Panic
		if r.Where != "" {
			msg += " (" + r.Where + ")"
		}
		return Outcome{StatusError, msg}, true
	case r.Value == nil:
		return Outcome{StatusError, "an empty answer to " + call}, true
	}
	return Outcome{}, false
}

// evaluate runs one call in its own goroutine and turns a panic, a stub or a
// runtime.Goexit into a Reply; f encodes the answer.
func evaluate(f func() ([]byte, error)) (r Reply) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		returned := false
		defer func() {
			if returned {
				return
			}
			p := recover()
			if p == nil {
				r.Goexit = true
				return
			}
			msg := panicText(p)
			if fn, ok := strings.CutPrefix(msg, "not implemented: "); ok {
				r.Stub = Cap(fn, 80)
				return
			}
			r.Panic, r.Where = Cap(msg, 300), studentFrame()
		}()
		b, err := f()
		if err != nil {
			r.Panic = "the answer cannot be encoded: " + err.Error()
		} else {
			r.Value = b
		}
		returned = true
	}()
	<-done
	return r
}

// panicText is a panic's value as text; a value whose String or Error
// method panics itself is named by its type.
func panicText(p any) (s string) {
	defer func() {
		if recover() != nil {
			s = fmt.Sprintf("a %T whose text cannot be printed", p)
		}
	}()
	return fmt.Sprint(p)
}

// studentFrame is the file:line of the innermost frame of a student's (or a
// solution's) package on the panicking goroutine's stack, relative to the
// repository ("exercises/threshold/threshold.go:12").
func studentFrame() string {
	pcs := make([]uintptr, 64)
	n := runtime.Callers(3, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		for _, root := range []string{"exercises/", "solutions/"} {
			if strings.HasPrefix(f.Function, "gomlp.dev/"+root) {
				file := f.File
				if i := strings.LastIndex(file, root); i >= 0 {
					file = file[i:]
				}
				return fmt.Sprintf("%s:%d", file, f.Line)
			}
		}
		if !more {
			return ""
		}
	}
}

// MessageCap is the longest message kept, in runes.
const MessageCap = 400

// Cap shortens s to at most n runes, marking the cut with "…".
func Cap(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
