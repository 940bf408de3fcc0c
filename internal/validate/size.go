package validate

import (
	"fmt"
	"slices"
)

// Fits reports whether the product of factors (each ≥ 0) is at most limit
// (≥ 0), computed without overflowing int: the check to make before
// allocating factors[0]·factors[1]·… values (N·K of a one-hot matrix,
// B·units of a batch), so that a typo (1e9 for 10) is a message naming the
// limit rather than a fatal "out of memory". A negative factor does not fit.
func Fits(limit int, factors ...int) bool {
	if limit < 0 || slices.ContainsFunc(factors, func(f int) bool { return f < 0 }) {
		return false
	}
	if slices.Contains(factors, 0) {
		return true
	}
	p := 1
	for _, f := range factors {
		if p > limit/f {
			return false
		}
		p *= f
	}
	return true
}

// Dims formats the shape of a matrix with r rows and c columns as "r×c",
// the way messages name shapes ("X is 4×3, the network takes 2 inputs").
func Dims(r, c int) string { return fmt.Sprintf("%d×%d", r, c) }
