package mse

import (
	"testing"

	cases "gomlp.dev/internal/cases/mse"
)

// TestGrade runs the graded tests of this exercise (internal/cases/mse).
// The reference is this package itself: here the tests check the hand
// values and the properties they compute on their own.
func TestGrade(t *testing.T) {
	impl := cases.Impl{ECM: ECM, Gradient: Gradient}
	cases.Run(t, impl, impl)
}
