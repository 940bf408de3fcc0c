package threshold

import (
	"testing"

	cases "gomlp.dev/internal/cases/threshold"
)

// TestGrade runs the graded tests of this exercise (internal/cases/threshold).
// The reference is this package itself: here the tests check the hand
// values and the properties they compute on their own.
func TestGrade(t *testing.T) {
	impl := cases.Impl{Z: Z, Unit: Unit, BoundaryX2: BoundaryX2}
	cases.Run(t, impl, impl)
}
