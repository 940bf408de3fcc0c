package backprop

import (
	"testing"

	cases "gomlp.dev/internal/cases/backprop"
)

// TestGrade runs the graded tests of this exercise (internal/cases/backprop).
// The reference is this package itself: here the tests check the hand
// values and the properties they compute on their own.
func TestGrade(t *testing.T) {
	impl := cases.Impl{Backward: Backward}
	cases.Run(t, impl, impl)
}
