package grading

import (
	"fmt"
	"math"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// Test is one graded test: its name (as in Table) and its body.
type Test struct {
	Name string
	Run  func(c *C)
}

// C is what a test body checks with. Its Errorf and Fatalf report to the
// test and keep the first message, which the grader shows.
type C struct {
	t     *testing.T
	mu    sync.Mutex
	first string
	over  bool // the test timed out: later reports are dropped
}

// Errorf reports a failure and goes on.
func (c *C) Errorf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.over {
		runtime.Goexit()
	}
	if c.first == "" {
		c.first = msg
	}
	if c.t != nil {
		c.t.Error(msg)
	}
}

// Fatalf reports a failure and ends the test.
func (c *C) Fatalf(format string, args ...any) {
	c.Errorf(format, args...)
	runtime.Goexit()
}

// Close checks |got − want| ≤ tol·max(1, |want|) and reports a failure
// naming what otherwise; it returns whether the check held.
func (c *C) Close(what string, got, want, tol float64) bool {
	if Close(got, want, tol) {
		return true
	}
	c.Errorf("%s = %.10g, want %.10g (tolerance %.1g)", what, got, want, tol)
	return false
}

// Close reports |got − want| ≤ tol·max(1, |want|), false for NaN.
func Close(got, want, tol float64) bool {
	d := math.Abs(got - want)
	return !math.IsNaN(got) && !math.IsNaN(d) && d <= tol*math.Max(1, math.Abs(want))
}

// Try runs one test body outside `go test` and reports whether it passed
// and its first message: the mutation tests of internal/cases use it to show
// that each test can fail.
func Try(tc Test) (ok bool, msg string) {
	c := &C{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() {
			if r := recover(); r != nil {
				c.Errorf("panic: %v", r)
			}
		}()
		tc.Run(c)
	}()
	<-done
	return c.first == "", c.first
}

// DefaultTimeout is the per-test time limit when the grader sets none.
const DefaultTimeout = 10 * time.Second

func timeout() time.Duration {
	if d, err := time.ParseDuration(os.Getenv(EnvTimeout)); err == nil && d > 0 {
		return d
	}
	return DefaultTimeout
}

// Run runs the graded tests of one exercise as subtests of t, after checking
// that the student's files import nothing that hands over the answer.
func Run(t *testing.T, exercise string, tests []Test) {
	ex, ok := Lookup(exercise)
	if !ok {
		t.Fatalf("grading: exercise %q is not in the points table", exercise)
	}
	if err := ex.sameTests(tests); err != nil {
		t.Fatal(err)
	}
	write(Record{Exercise: exercise, Status: StatusStarted})
	importErr := CheckImports(".", exercise)
	limit := timeout()
	for _, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			status, msg := runOne(t, tc, importErr, limit)
			write(Record{Exercise: exercise, Test: tc.Name, Status: status, Message: msg})
			if status == StatusNotImpl && !strict {
				t.Skip(msg)
			}
		})
	}
}

// runOne runs one test body in its own goroutine, with a time limit, and
// turns a panic into a failure ("not implemented" into its own status).
func runOne(t *testing.T, tc Test, importErr error, limit time.Duration) (status, msg string) {
	c := &C{t: t}
	if importErr != nil {
		c.Errorf("%v", importErr)
		return StatusFail, c.first
	}
	var notImpl string
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() {
			r := recover()
			if r == nil {
				return
			}
			if s, ok := r.(string); ok && strings.HasPrefix(s, "not implemented: ") {
				notImpl = s
				return
			}
			c.Errorf("panic: %v", r)
		}()
		tc.Run(c)
	}()
	select {
	case <-done:
	case <-time.After(limit):
		c.Errorf("timed out after %v (an infinite loop?)", limit)
		c.mu.Lock()
		c.over = true
		c.mu.Unlock()
		return StatusFail, c.first
	}
	if notImpl != "" && c.first == "" {
		fn := strings.TrimPrefix(notImpl, "not implemented: ")
		msg := fmt.Sprintf("not implemented: %s (write it in exercises/%s)", fn, pkgDir())
		if strict {
			c.Errorf("%s", msg)
		}
		return StatusNotImpl, msg
	}
	if c.first != "" || t.Failed() {
		return StatusFail, c.first
	}
	return StatusPass, ""
}

// pkgDir names the folder of the package under test, for messages.
func pkgDir() string {
	wd, err := os.Getwd()
	if err != nil {
		return "?"
	}
	i := strings.LastIndexAny(wd, `/\`)
	return wd[i+1:]
}
