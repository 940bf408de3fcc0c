package validate

import "math"

// Close reports whether got is within the tolerance tol of want,
//
//	|got − want| ≤ tol·max(1, |want|),
//
// an absolute tolerance for values near zero and a relative one for large
// values. It is false when either is NaN (the comparison is written so that
// a NaN difference fails it) and an infinity matches only the same infinity.
func Close(got, want, tol float64) bool {
	if math.IsInf(got, 0) || math.IsInf(want, 0) {
		return got == want
	}
	return math.Abs(got-want) <= tol*math.Max(1, math.Abs(want))
}

// Tol reports whether tol can be a tolerance: a finite number ≥ 0.
func Tol(tol float64) bool { return tol >= 0 && !math.IsInf(tol, 0) }
