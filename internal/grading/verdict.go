package grading

import (
	"fmt"
	"math"
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
// below (Near), and reports a failure naming what otherwise.
func (v *Verdict) Close(what string, got, want, tol float64) bool {
	if Near(got, want, tol) {
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
		if !Near(got[i], want[i], tol) {
			v.Errorf("%s[%d] = %s, want %s (tolerance %.1g)", what, i, F(got[i]), F(want[i]), tol)
			return false
		}
	}
	return true
}

// Near reports |got − want| ≤ tol·max(1, |want|). It is false when either
// is NaN, and an infinite want is matched only by the same infinity.
func Near(got, want, tol float64) bool {
	if math.IsInf(want, 0) || math.IsInf(got, 0) {
		return got == want
	}
	d := math.Abs(got - want)
	return d <= tol*math.Max(1, math.Abs(want)) // false for NaN
}
