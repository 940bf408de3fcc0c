package grading

import (
	"fmt"
	"reflect"
	"strings"
	"time"
)

// Suite is the graded tests of one exercise, over the functions I a student
// writes (the exercise's Impl struct, one field per function).
type Suite[I any] struct {
	Exercise string
	Tests    []Test[I]
}

// Graded is what the grader needs of a suite; it never holds an Impl.
type Graded interface {
	Name() string
	// TestNames lists the tests in the points table's order.
	TestNames() []string
	// Functions lists the functions a student writes: the Impl's fields.
	Functions() []string
	// Plan draws and encodes the calls of one test for one run; n is how
	// many there are.
	Plan(test string, seed uint64) (calls []byte, n int, err error)
	// Judge gives the verdict on one test's replies.
	Judge(test string, calls []byte, got, want []Reply) Outcome
}

var _ Graded = Suite[struct{}]{}

// Name is the exercise's name.
func (s Suite[I]) Name() string { return s.Exercise }

// TestNames lists the tests.
func (s Suite[I]) TestNames() []string {
	var out []string
	for _, t := range s.Tests {
		out = append(out, t.Name())
	}
	return out
}

// Functions lists the Impl's fields.
func (s Suite[I]) Functions() []string {
	var out []string
	ty := reflect.TypeFor[I]()
	for i := range ty.NumField() {
		out = append(out, ty.Field(i).Name)
	}
	return out
}

func (s Suite[I]) find(name string) (Test[I], error) {
	for _, t := range s.Tests {
		if t.Name() == name {
			return t, nil
		}
	}
	return nil, fmt.Errorf("grading: exercise %s has no test %q", s.Exercise, name)
}

// Plan draws the calls of one test from the run's seed.
func (s Suite[I]) Plan(test string, seed uint64) ([]byte, int, error) {
	t, err := s.find(test)
	if err != nil {
		return nil, 0, err
	}
	return t.plan(RNG(seed, s.Exercise, test))
}

// Judge judges one test's replies.
func (s Suite[I]) Judge(test string, calls []byte, got, want []Reply) Outcome {
	t, err := s.find(test)
	if err != nil {
		return Outcome{StatusFault, err.Error()}
	}
	return t.judge(calls, got, want)
}

// Check reports whether the suite's tests are exactly the points table's,
// in its order.
func (s Suite[I]) Check() error {
	ex, ok := Lookup(s.Exercise)
	if !ok {
		return fmt.Errorf("grading: exercise %q is not in the points table", s.Exercise)
	}
	var want []string
	for _, p := range ex.Tests {
		want = append(want, p.Test)
	}
	if got := s.TestNames(); strings.Join(got, ",") != strings.Join(want, ",") {
		return fmt.Errorf("grading: exercise %s has tests %v, the points table %v", s.Exercise, got, want)
	}
	return nil
}

// Local runs one test in this process: the calls from seed, the answers of
// impl and of the reference ref, the verdict. A test whose answers take
// longer than limit fails (its goroutine is left behind).
func Local[I any](s Suite[I], test string, seed uint64, impl, ref I, limit time.Duration) Outcome {
	t, err := s.find(test)
	if err != nil {
		return Outcome{StatusFault, err.Error()}
	}
	calls, _, err := t.plan(RNG(seed, s.Exercise, test))
	if err != nil {
		return Outcome{StatusFault, err.Error()}
	}
	want, err := answerWithin(t, ref, calls, limit)
	if err != nil {
		return Outcome{StatusFault, "the reference: " + err.Error()}
	}
	got, err := answerWithin(t, impl, calls, limit)
	if err != nil {
		return Outcome{StatusTimeout, err.Error()}
	}
	return t.judge(calls, got, want)
}

// StatusTimeout: the answers took longer than the test's time limit.
const StatusTimeout = "timeout"

// answerWithin collects impl's replies to every call, or fails after limit.
func answerWithin[I any](t Test[I], impl I, calls []byte, limit time.Duration) ([]Reply, error) {
	type result struct {
		replies []Reply
		err     error
	}
	done := make(chan result, 1)
	go func() {
		var rs []Reply
		err := t.answer(impl, calls, func(r Reply) { rs = append(rs, r) })
		done <- result{rs, err}
	}()
	select {
	case r := <-done:
		return r.replies, r.err
	case <-time.After(limit):
		return nil, fmt.Errorf("timed out after %v (an infinite loop?)", limit)
	}
}
