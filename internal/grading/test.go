package grading

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
)

// Call is one question a test asks: the inputs of one call of the student's
// functions. Its String describes it in messages ("Z((0.5, −1), 2, (1, 3))").
// Its fields are exported: calls travel to the student's process.
type Call interface{ String() string }

// Test is one graded test of an exercise whose functions are I (the
// exercise's Impl struct of function values). Make one with New.
type Test[I any] interface {
	Name() string
	// plan draws the calls and encodes them; n is how many.
	plan(r *rand.Rand) (calls []byte, n int, err error)
	// answer puts each call to impl and emits one Reply per call, in order
	// (the student's side).
	answer(impl I, calls []byte, emit func(Reply)) error
	// judge gives the verdict on the student's replies (got) given the
	// reference's (want), both indexed by call (the grader's side).
	judge(calls []byte, got, want []Reply) Outcome
}

// New makes a graded test from its three parts:
//
//   - plan returns the calls: hand cases first, then random ones drawn from r;
//   - ask puts one call to an implementation and returns what is observed
//     (the answer A: return values, an error's text, the inputs after the
//     call …). It runs in the student's process, so it only calls and copies;
//   - judge reports through v what is wrong with the student's answers got,
//     given the calls and the reference's answers want (same length). It
//     runs only when every call of both returned.
//
// A must be a type encoding/gob can carry (exported fields, no pointers that
// may be nil inside slices).
func New[I any, C Call, A any](name string, plan func(r *rand.Rand) []C, ask func(impl I, c C) A, judge func(v *Verdict, calls []C, got, want []A)) Test[I] {
	return &test[I, C, A]{name, plan, ask, judge}
}

type test[I any, C Call, A any] struct {
	name   string
	planFn func(r *rand.Rand) []C
	ask    func(impl I, c C) A
	judgeF func(v *Verdict, calls []C, got, want []A)
}

func (t *test[I, C, A]) Name() string { return t.name }

func (t *test[I, C, A]) plan(r *rand.Rand) ([]byte, int, error) {
	calls := t.planFn(r)
	if len(calls) == 0 {
		return nil, 0, fmt.Errorf("grading: test %s asks nothing", t.name)
	}
	b, err := encode(calls)
	return b, len(calls), err
}

func (t *test[I, C, A]) answer(impl I, b []byte, emit func(Reply)) error {
	var calls []C
	if err := decode(b, &calls); err != nil {
		return fmt.Errorf("grading: test %s: reading the calls: %v", t.name, err)
	}
	for i, c := range calls {
		r := evaluate(func() ([]byte, error) { return encode(t.ask(impl, c)) })
		r.Index = i
		emit(r)
	}
	return nil
}

func (t *test[I, C, A]) judge(b []byte, got, want []Reply) Outcome {
	var calls []C
	if err := decode(b, &calls); err != nil {
		return Outcome{StatusFault, fmt.Sprintf("grading: test %s: reading its own calls: %v", t.name, err)}
	}
	if len(got) != len(calls) || len(want) != len(calls) {
		return Outcome{StatusFault, fmt.Sprintf("grading: test %s: %d calls, %d and %d replies", t.name, len(calls), len(got), len(want))}
	}
	gotA, wantA := make([]A, len(calls)), make([]A, len(calls))
	for i, c := range calls {
		if out, bad := want[i].problem(c.String()); bad {
			return Outcome{StatusFault, "the reference solution failed: " + out.Message}
		}
		if err := decode(want[i].Value, &wantA[i]); err != nil {
			return Outcome{StatusFault, fmt.Sprintf("the reference's answer to %s: %v", c, err)}
		}
		if out, bad := got[i].problem(c.String()); bad {
			return out
		}
		if err := decode(got[i].Value, &gotA[i]); err != nil {
			return Outcome{StatusError, fmt.Sprintf("the answer to %s is garbled: %v", Cap(c.String(), 120), err)}
		}
	}
	v := &Verdict{}
	if msg, ok := safely(func() { t.judgeF(v, calls, gotA, wantA) }); !ok {
		// a judge is written for any answer; one that panics is a bug of
		// the test, but the answer it met was not right either
		return Outcome{StatusFail, "the answers could not be judged (" + msg + ")"}
	}
	if v.Failed() {
		return Outcome{StatusFail, v.Message()}
	}
	return Outcome{StatusPass, ""}
}

// safely runs f and reports a panic's message.
func safely(f func()) (msg string, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			msg, ok = fmt.Sprint(r), false
		}
	}()
	f()
	return "", true
}

// RNG is the random source of one test of one run: the run's seed and the
// test's name, so that each test's calls do not depend on the others.
func RNG(seed uint64, exercise, test string) *rand.Rand {
	h := fnv.New64a()
	h.Write([]byte(exercise + "/" + test))
	return rand.New(rand.NewPCG(seed, h.Sum64()))
}

func encode(v any) ([]byte, error) {
	var buf bytes.Buffer
	err := gob.NewEncoder(&buf).Encode(v)
	return buf.Bytes(), err
}

func decode(b []byte, v any) error {
	return gob.NewDecoder(bytes.NewReader(b)).Decode(v)
}
