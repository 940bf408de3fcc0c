package xor

import (
	"testing"

	cases "gomlp.dev/internal/cases/xor"
)

// TestGrade runs the graded tests of this exercise (internal/cases/xor).
// The reference is this package itself: here the tests check the hand
// values and the properties they compute on their own.
func TestGrade(t *testing.T) {
	impl := cases.Impl{Weights: Weights, XOR: XOR}
	cases.Run(t, impl, impl)
}
