package gd

import (
	"testing"

	cases "gomlp.dev/internal/cases/gd"
)

// TestGrade runs the graded tests of this exercise (internal/cases/gd).
// The reference is this package itself: here the tests check the hand
// values and the properties they compute on their own.
func TestGrade(t *testing.T) {
	impl := cases.Impl{Step: Step, Descend: Descend}
	cases.Run(t, impl, impl)
}
