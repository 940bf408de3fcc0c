package data

import (
	"fmt"

	"gomlp.dev/internal/validate"
	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

// fail panics with the message of a caller's mistake, "data: Fn: what is
// wrong": the package doc's rule for everything but reading files.
func fail(fn, format string, args ...any) {
	panic(fmt.Errorf("data: "+fn+": "+format, args...))
}

// checkMatrix panics unless m, the argument called name ("X", "Y", …), is
// a matrix with at least one row and one column (not nil, not a typed nil).
func checkMatrix(fn, name string, m mat.Matrix) {
	switch {
	case validate.Nil(m):
		fail(fn, "%s is nil", name)
	case validate.Empty(m):
		r, c := m.Dims()
		fail(fn, "%s is empty (%s)", name, validate.Dims(r, c))
	}
}

// checkFinite panics unless every element of m (checked by checkMatrix) is
// a finite number.
func checkFinite(fn, name string, m mat.Matrix) {
	if i, j, found := validate.MatrixNonFinite(m); found {
		fail(fn, "%s[%d,%d] is %v, want a finite number", name, i, j, m.At(i, j))
	}
}

// checkDataset panics unless d holds non-empty X and Y with one row of each
// per example and, if present, one label per row. It does not read the
// values: a function of this package that only copies examples passes a
// NaN on, and Train reports it.
func checkDataset(fn string, d *mlp.Dataset) {
	if d == nil {
		fail(fn, "nil *mlp.Dataset")
	}
	checkMatrix(fn, "X", d.X)
	checkMatrix(fn, "Y", d.Y)
	rx, cx := d.X.Dims()
	ry, cy := d.Y.Dims()
	if rx != ry {
		fail(fn, "X is %s but Y is %s: want one row of each per example", validate.Dims(rx, cx), validate.Dims(ry, cy))
	}
	if d.Labels != nil && len(d.Labels) != rx {
		fail(fn, "%d labels for %d examples", len(d.Labels), rx)
	}
}

// MaxExamples is the most examples N a synthetic or regression set may have
// (checked before anything is allocated): 10 million, 160 MB for X of two
// features, far more than a figure or a notebook needs.
const MaxExamples = 10_000_000

// checkExamples panics unless 1 ≤ n ≤ MaxExamples.
func checkExamples(fn string, n int) {
	switch {
	case n < 1:
		fail(fn, "number of examples N = %d, want > 0", n)
	case n > MaxExamples:
		fail(fn, "number of examples N = %d, want at most data.MaxExamples = %d", n, MaxExamples)
	}
}

// checkNoise panics unless the noise level is finite and ≥ 0.
func checkNoise(fn string, noise float64) {
	if !validate.Finite(noise) || noise < 0 {
		fail(fn, "noise = %v, want a finite standard deviation ≥ 0", noise)
	}
}

// classNames returns "0", "1", …, "k−1".
func classNames(k int) []string {
	names := make([]string, k)
	for i := range names {
		names[i] = fmt.Sprint(i)
	}
	return names
}
