package grading

import (
	"fmt"

	"gomlp.dev/internal/validate"
)

// Verdict collects what is wrong with a test's answers; the first message is
// the one shown, with a count of the others.
type Verdict struct {
	first string
	n     int
}

// Errorf reports a failure.
func (v *Verdict) Errorf(format string, args ...any) {
	if v.n == 0 {
		v.first = fmt.Sprintf(format, args...)
	}
	v.n++
}

// Failed reports whether anything failed.
func (v *Verdict) Failed() bool { return v.n > 0 }

// Message is the first failure, and how many more there were.
func (v *Verdict) Message() string {
	switch v.n {
	case 0:
		return ""
	case 1:
		return v.first
	}
	return fmt.Sprintf("%s (and %d more failures)", v.first, v.n-1)
}

// Close checks got against want within tol, relative above 1 and absolute
// below (validate.Close), and reports a failure naming what otherwise.
func (v *Verdict) Close(what string, got, want, tol float64) bool {
	if validate.Close(got, want, tol) {
		return true
	}
	v.Errorf("%s = %s, want %s (tolerance %.1g)", what, F(got), F(want), tol)
	return false
}

// Vec checks a vector: its length, then each entry (Close); it reports the
// first wrong entry only.
func (v *Verdict) Vec(what string, got, want []float64, tol float64) bool {
	if len(got) != len(want) {
		v.Errorf("%s has %d entries, want %d", what, len(got), len(want))
		return false
	}
	for i := range want {
		if !validate.Close(got[i], want[i], tol) {
			v.Errorf("%s[%d] = %s, want %s (tolerance %.1g)", what, i, F(got[i]), F(want[i]), tol)
			return false
		}
	}
	return true
}
